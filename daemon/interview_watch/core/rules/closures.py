"""Rejections that close the process without the usual words, in four languages.

Real recruiter and ATS mail often ends a candidacy by talking about the role, not the candidate:
the role was filled (by someone, internally, "the position you interviewed for has now been
filled"), put on hold, withdrawn, kept open, or the process was stopped; or it names the winner
obliquely ("we went with the person who ...", "the successful candidate had ...", "notre choix
s'est porté sur un autre candidat", "wir haben uns für eine Mitbewerberin entschieden", "no ha
prosperado"). Weights as in en.py: 3 decides on its own.
"""

from __future__ import annotations

from interview_watch.core.rules import rule
from interview_watch.core.rules.en import _NOT, _ROLE

_PERSON = r"(?:person|candidate|applicant|finalist|individual|profile|someone|somebody)"
_NOT_MEETING = r"(?!interview|call|meeting|date|time|start|conversation|chat)"
# A pause for a while ("on hold for two weeks", "until January") is a delay, not an ending.
_FOR_A_WHILE = (r" ?(?:for (?:a|two|three|four|\d+|the|another|a few|a couple|now while)|until|"
                r"till|while|pending|briefly|temporarily|over (?:the|christmas|the holidays))\b")

EN = [
    rule("went_with_person", "rejection", "en", 3,
         r"\b(?:went|gone|go|going|decided to go|opted to go|ended up going) with (?:the|a|an) "
         r"(?:other )?" + _PERSON + r" (?:who|whose|that|with)\b"),
    rule("role_filled_by", "rejection", "en", 3,
         r"\b" + _ROLE + r"\b(?: (?!has|have|is|was|will)[\w'-]+){1,5}? (?:has|have|had|is|was) "
         r"(?:now |since |already |recently |just |successfully |officially )*(?:been )?"
         r"(?:filled|closed|cancell?ed|withdrawn|offered to (?:and accepted by )?(?:another|a|an|"
         r"someone))\b|\b" + _ROLE + r" (?:will be|is being|is going to be) (?:filled|offered) "
         r"(?:internally|by (?:one of|someone|another|an internal|a current|an existing|internal)|to "
         r"(?:another|someone|an internal|one of))"),
    rule("filled_the_role", "rejection", "en", 3,
         r"\b(?:(?:have|has|we've|we) (?:now |since |already |recently |just )?(?:filled|closed|"
         r"appointed to|made an appointment to)|"
         r"(?:made|making) (?:a|an) (?:hire|appointment) (?:for|to)) (?:the|this|our|that) "
         r"(?:[\w-]+ ){0,3}" + _ROLE + r"\b"),
    rule("hired_internally", "rejection", "en", 3,
         r"\b(?:hire|hired|hiring|fill|filled|filling|recruit|recruited|appoint|appointed|promote|"
         r"promoted|go|went|going|gone|move|moving|proceed|proceeding|keep|keeping) (?:\w+ ){0,3}?"
         r"(?:internally|in-house|in house|from within|with an internal (?:candidate|applicant|hire|"
         r"person|colleague))\b|\bpromot\w* (?:one of our|someone from (?:our|the|within)|a member of "
         r"(?:our|the) (?:own )?team|from within|internally)\b|\b(?:went|"
         r"gone|go|going|given|offered) to an internal (?:candidate|applicant|colleague|person)\b"),
    rule("role_on_hold", "rejection", "en", 3,
         r"\b(?:put|placed|putting|placing) (?:the|this|our|that|all) (?:[\w-]+ )?(?:hire|hiring|"
         r"role|position|vacancy|opening|search|req|requisition|recruitment|process|headcount)s? on "
         r"hold\b|\b(?:withdraw|withdrawn|withdrew|withdrawing|pull|pulled|pulling) (?:the|this|"
         r"our|that) (?:[\w-]+ )?(?:role|position|vacancy|opening|req|requisition|job posting|"
         r"posting)\b|\b(?:decided|decision|chosen|opted) (?:not to|to not) (?:fill|hire|recruit)\b|"
         r"\b(?:no longer|not) (?:be )?(?:recruiting|hiring|looking to (?:hire|fill)) (?:for )?"
         r"(?:the|this|that|our|a|this)\b|\b(?:keep|keeping|leave|leaving) (?:the|this) (?:role|"
         r"position|search|vacancy) open\b|\bre-?advertis\w* (?:the|this) (?:role|position|"
         r"vacancy|post)\b", unless_after=_FOR_A_WHILE),
    rule("not_taking_further", "rejection", "en", 3,
         r"\b(?:" + _NOT + r"|unable to|no longer) (?:be )?(?:able to )?(?:going to )?(?:be )?"
         r"(?:take|taking|move|moving|progress|progressing|advance|advancing|put|putting|bring|"
         r"bringing|pursue|pursuing|consider|considering) (?:" + _NOT_MEETING + r"[\w'-]+ ){1,3}(?:further|forward|ahead|through)\b",
         unless_after=r" ?(?:until|before|for now,? but)\b"),
    rule("selected_someone", "rejection", "en", 3,
         r"\b(?:appointed|selected|chosen|identified|found|hired|made an offer to|extended an offer "
         r"to) (?:a|an|another|the other) (?:[\w-]+ ){0,2}?(?:candidate|applicant|individual|"
         r"finalist|person)\b(?! (?:for (?:the|a|an) (?:next|final|second)|to (?:interview|meet)))"),
    rule("successful_candidate", "rejection", "en", 2.5,
         r"\b(?<!are\x20)(?<!were\x20)(?<!'re\x20)(?<!as\x20)(?<!be\x20)(?<!being\x20)the successful "
         r"(?:candidate|applicant)\b",
         unless_after=r" (?:will|would|is expected|should|must|may)\b"),
    rule("landed_on_other", "rejection", "en", 3,
         r"\b(?:landed on|settled on|gone for|went for|decided on|opted for|picked|offered (?:the|"
         r"this|that) (?:[\w-]+ ){0,2}(?:role|position|job|spot|place|post|seat) to) (?:another|a "
         r"different|the other|an internal|a more \w+) (?:candidate|applicant|finalist|person|"
         r"profile)\b|\boffered (?:the|this|that) (?:[\w-]+ ){0,2}(?:role|position|job|spot|place|"
         r"post|seat) to (?!you\b|yourself\b|anyone\b|someone\b)\w+|\b(?:given|gave|giving) (?:it|the "
         r"(?:[\w-]+ )?(?:role|job|position|spot|gig|post)) to (?:someone|somebody|another|a|an|the "
         r"other|one of)\b"),
    # not when that candidate is still to be met: "we still need to interview another candidate"
    rule("another_candidate", "rejection", "en", 2,
         r"\b(?<!interview\x20)(?<!interviewing\x20)(?<!meet\x20)(?<!meeting\x20)(?<!with\x20)"
         r"(?<!to\x20)(?<!see\x20)(?<!seeing\x20)(?<!from\x20)(?<!on\x20)(?<!for\x20)"
         r"(?:another|a different) (?:candidate|applicant|finalist)\b(?!'s (?:availability|"
         r"schedule))|\bthe other (?:candidate|finalist)\b"),
    rule("not_the_one", "rejection", "en", 3,
         r"\bnot (?:the one|the person|the candidate|who) (?:we|they|the team|the panel) "
         r"(?:selected|chose|picked|hired|went with|offered)\b|\b(?:hired|made a hire|appointed "
         r"someone|found someone) for (?:the|this|that|our) (?:[\w-]+ ){0,2}" + _ROLE + r"\b"),
    rule("not_moving_forward_end", "rejection", "en", 3,
         r"\b(?:" + _NOT + r"|unable to|no longer) (?:be )?(?:able to )?(?:going to )?(?:be )?"
         r"(?:moving|move|proceeding|proceed|progressing|progress|continuing|continue)(?: (?:forward|"
         r"ahead|further))?(?: (?:at this (?:time|point|stage)|this time|on this occasion))?"
         r"(?= ?[.!;,]|$)"),
    rule("application_declined", "rejection", "en", 3,
         r"\b(?:declined|rejected|turned down) (?:your|the) (?:application|candidacy|candidature)\b|"
         r"\b(?:application|candidacy|candidature) (?:has been|was|have been|is being|is now) "
         r"(?:declined|rejected|unsuccessful|closed|archived)\b"),
    rule("closing_process", "rejection", "en", 3,
         r"\b(?:conclud\w*|end\w*|clos\w*|stop\w*|wrap\w* up) (?:the|our|this) (?:process|"
         r"conversation|conversations|discussions?) (?:with you|here|for you|on our side)\b"),
    # the role itself went away: "the analyst req was one of the ones that got pulled", "there's
    # no role to move forward with", "the position no longer exists"
    rule("role_pulled", "rejection", "en", 3,
         r"\b(?:role|position|req|requisition|opening|vacancy|headcount|job)s?\b(?: [\w'-]+){0,6}? "
         r"(?:got|was|were|has been|have been|had been|is being|are being) (?:pulled|cut|frozen|"
         r"scrapped|axed|eliminated|defunded|shelved)\b(?! short)|\b(?:there's|there is|we have|we've got) "
         r"no (?:longer )?(?:a |any )?(?:role|position|opening|req|vacancy|job|headcount) (?:to "
         r"(?:move forward with|fill|offer|hire for|progress)|left|any ?more)\b|\b(?:role|position|"
         r"opening|req|vacancy|job) (?:no longer exists|doesn't exist any ?more|does not exist any "
         r"?more)\b", unless_after=_FOR_A_WHILE),
    # an applicant-tracking status line: "Status: Rejected", "Application status: not selected"
    rule("status_line", "rejection", "en", 3,
         r"\b(?:application|candidate|candidacy) status(?: ?:| ?[\t\n]) ?(?:declined|closed|archived|not "
         r"proceeding)\b|\bstatus(?: ?:| ?[\t\n]) ?(?:rejected|unsuccessful|not selected|not progressing|no "
         r"longer under consideration|position filled)\b|\b(?:status|application|candidacy) "
         r"(?:has been |was |is )?(?:updated|changed|set|moved) to:? (?:unsuccessful|rejected|not "
         r"selected|declined|not progressing|archived)\b"),
    # the search goes on without you: "we'll be continuing our search with that in mind"
    rule("search_continues", "rejection", "en", 2.5,
         r"\b(?:we'll be|we will be|we are|we're|we'll|we will|i'll be|going to be|decided to "
         r"keep|plan to keep) (?:continuing|continue|keep|keeping|reopening|reopen|re-opening|"
         r"relaunching) (?:our|the) (?:search|recruitment|hiring process)\b(?! (?:and|while) "
         r"(?:will|we'll|i'll|to) )"),
]

DE = [
    # not "noch nicht für einen Kandidaten entschieden": no decision yet
    rule("chose_other", "rejection", "de", 3,
         r"\b(?<!nicht\x20)(?<!noch\x20)für (?:eine[nrm]? |die |den |einige )?(?:andere[nrm]? |weitere[nrm]? |interne[nrm]? )?"
         r"(?:kandidat|bewerber|mitbewerber|person|profil|kolleg|jemand)[\w:*/]* (?:\w+ ){0,6}?"
         r"(?:entschieden|entschlossen)\b|\bmit (?:einer|einem|einen) (?:anderen|anderer|internen|"
         r"weiteren) (?:kandidat|bewerber|person|kolleg)\w* (?:\w+ ){0,2}(?:abschließen|"
         r"abgeschlossen|fortsetzen|fortfahren|weitermachen|weitergehen)\b|\ban (?:eine[nrm]?|die|den) "
         r"(?:andere[nrm]?|interne[nrm]?|weitere[nrm]?) (?:kandidat|bewerber|person)\w* "
         r"(?:vergeben|gegangen)|\bentschieden,? (?:\w+ ){0,3}mit (?:den )?anderen (?:kandidat|"
         r"bewerber|person)\w*|\bmit (?:den )?anderen (?:kandidat|bewerber)\w* (?:\w+ ){0,3}"
         r"(?:weiter\w*|fortfahren|fortsetzen|fortzusetzen|fortführen)\b"),
    rule("another_candidate", "rejection", "de", 2,
         r"\b(?<!mit\x20)(?:eine[nrm]?|die|den) andere[nrm]? (?:kandidat|bewerber|person|mitbewerber)\w*"),
    rule("we_filled", "rejection", "de", 3,
         r"\b(?:haben|hat|konnten|konnte) (?:wir |sich )?(?:die|diese|unsere) (?:\w+ )?(?:stelle|"
         r"position|vakanz|rolle) (?:\w+ ){0,7}(?:besetzt|vergeben|nachbesetzt)\b|"
         r"\b(?<!noch\x20)nicht (?:mehr |zu |neu )?(?:zu )?(?:besetzen|besetzt|nachbesetzen|"
         r"nachzubesetzen|nachbesetzt)\b"),
    rule("end_process", "rejection", "de", 3,
         r"\b(?:prozess|verfahren|auswahlverfahren|bewerbungsprozess|zusammenarbeit) mit (?:ihnen|dir|"
         r"euch) (?:\w+ ){0,4}(?:beenden|abschließen|nicht fortsetzen|nicht weiterführen)\b|"
         r"\b(?:vorerst|vorläufig|zunächst|erst einmal|bis auf weiteres) unbesetzt\b|\bunbesetzt "
         r"(?:zu )?lassen\b|\bohne (?:sie|dich) (?:\w+ )?fortsetzen\b"),
    rule("status_line", "rejection", "de", 3,
         r"\b(?:bewerbungs)?status ?: ?(?:abgelehnt|absage|nicht berücksichtigt|abgesagt|nicht weiter "
         r"berücksichtigt|ausgeschieden)\b"),
    # internal: "für einen Kollegen aus dem eigenen Haus entschieden", "aus den eigenen Reihen"
    rule("internal_hire", "rejection", "de", 3,
         r"\b(?:für|mit) (?:\w+ ){0,3}(?:aus (?:den|unseren) eigenen reihen|aus dem eigenen haus|aus "
         r"unserem (?:eigenen )?(?:team|haus|unternehmen))\b(?: \w+){0,3} (?:entschieden|besetzt|"
         r"besetzen|nachbesetzt|nachbesetzen)\b|\b(?:auswahlverfahren|bewerbungsverfahren|"
         r"verfahren|prozess|bewerbungsprozess)\w* (?:\w+ ){0,3}(?:an dieser stelle|hiermit|"
         r"vorzeitig) (?:beenden|abbrechen|einstellen|abschließen)\b"),
    # "diesmal hat es nicht geklappt"; "wir drücken Ihnen die Daumen für die weitere Suche"
    rule("did_not_work_out", "rejection", "de", 3,
         r"\b(?:diesmal|dieses mal|mit der (?:stelle|position)|mit uns)\b(?: \w+){0,3} (?:leider )?"
         r"nicht (?:ganz )?geklappt\b|\b(?:hat es|es hat|hat's) (?:\w+ ){0,2}(?:diesmal|dieses mal) "
         r"(?:leider )?nicht geklappt\b"),
    rule("fingers_crossed", "rejection", "de", 2,
         r"\bdrücke[n]? (?:ihnen|dir|euch) (?:\w+ ){0,2}die daumen für (?:die|ihre|deine) (?:weitere[n]? )?"
         r"(?:suche|jobsuche|stellensuche|bewerbungen|zukunft)\b"),
    rule("not_in_your_favour", "rejection", "de", 3,
         r"\bnicht (?:zu )?(?:ihren|deinen|ihrem|deinem|ihrer|deiner) gunsten\b"),
]

FR = [
    rule("choice_fell_on", "rejection", "fr", 3,
         r"\bchoix (?:\w+ ){0,2}(?:s'est |s'est finalement |a été )?port[ée] sur (?:un|une|"
         r"d'autres|quelqu'un|le profil d'|la candidature d')"),
    rule("another_candidate", "rejection", "fr", 2,
         r"\b(?:un autre candidat|une autre candidate|une autre personne|un autre profil|une autre "
         r"candidature)\b"),
    rule("give_role_to", "rejection", "fr", 3,
         r"\b(?:confier|confié|confions|attribuer|attribué|attribuons) (?:le|ce) (?:poste|rôle|job)"
         r" à (?:un|une|quelqu'un|d'autres|l'un|l'une)\b"),
    rule("stop_process", "rejection", "fr", 3,
         r"\b(?:arrêter|arrêtons|arrêté|stopper|stoppons|mettre (?:un )?terme (?:à|au)|mettre "
         r"fin (?:à|au)|clore|clôturer) (?:\w+ ){0,2}?(?:le |notre |ce |les )?(?:processus|"
         r"recrutement|échanges)(?: de recrutement)? (?:avec (?:vous|toi)|pour (?:vous|toi)|vous "
         r"concernant|te concernant)"),
    rule("internal_hire", "rejection", "fr", 3,
         r"\b(?:recruter|recruté|recrutons|pourvoir|pourvu|attribué|attribuer|privilégier|"
         r"privilégié) (?:\w+ ){0,3}?(?:en interne|par (?:une )?(?:promotion|mobilité) interne|"
         r"à (?:un|une) (?:candidat|candidate|personne|collaborat\w+) (?:en )?interne)\b"),
    rule("role_not_opened", "rejection", "fr", 3,
         r"\b(?:poste|recrutement|offre) (?:\w+ ){0,2}ne sera (?:\w+ )?pas (?:ouvert|pourvu|maintenu|"
         r"reconduit)"),
    rule("status_line", "rejection", "fr", 3,
         r"\bstatut ?: ?(?:refusée?|non retenue?|candidature (?:refusée|non retenue|clôturée)|"
         r"rejetée?)\b"),
    rule("will_not_keep", "rejection", "fr", 3,
         r"\b(?:ne|n') ?(?:retiendrons|retiendrai|retiendra|poursuivrons|poursuivrai|continuerons|"
         r"continuerai|irons|avancerons|donnerons) pas (?:\w+ ){0,2}(?:votre|ta|ton|le processus|"
         r"notre collaboration|plus loin|avec|suite)"),
]

ES = [
    rule("not_prospered", "rejection", "es", 3,
         r"\bno (?:ha|han|haya) (?:podido )?prosper(?:ado|ar)\b|\bno (?:continuarás|continuará|"
         r"seguirás|seguirá|avanzarás|avanzará|pasarás|pasará|has pasado|ha pasado|has avanzado|"
         r"ha avanzado|has superado|ha superado)\b(?: \w+){0,3} (?:proceso|siguiente|próxima|"
         r"fase|etapa|ronda)"),
    rule("another_candidate", "rejection", "es", 2,
         r"\b(?<!entrevistar\x20)(?<!entrevistando\x20)(?<!conocer\x20)(?<!conociendo\x20)"
         r"(?<!hablar\x20)(?<!hablando\x20)(?<!ver\x20)(?<!viendo\x20)"
         r"(?:a|por|con) (?:otra|otro) (?:aspirante|candidat[oa]|persona|perfil|finalista|"
         r"postulante|profesional)\b"),
    rule("discarded", "rejection", "es", 3,
         r"\b(?:candidatura|perfil|solicitud|postulación) (?:ha sido|fue|queda|ha quedado) "
         r"descartad[oa]\b|\bhemos descartado (?:tu|su) (?:candidatura|perfil|solicitud)\b"),
    rule("could_not_be", "rejection", "es", 3,
         r"\b(?:esta vez|en esta ocasión|al final|finalmente)\b(?: \w+){0,2} no (?:ha podido|pudo) "
         r"ser\b|\bno (?:ha podido|pudo) ser (?:esta vez|en esta ocasión)\b"),
    rule("status_line", "rejection", "es", 3,
         r"\bestado(?: de (?:tu|su) candidatura)? ?: ?(?:descartad[oa]|rechazad[oa]|no "
         r"seleccionad[oa]|no apt[oa])\b|\bestado de (?:tu|su) candidatura ?: ?(?:finalizad[oa]|"
         r"cerrad[oa])\b"),
    rule("kept_someone", "rejection", "es", 3,
         r"\bnos (?:hemos )?(?:quedado|quedamos|quedaremos|vamos a quedar) con (?:un|una|otro|otra|el|"
         r"la|alguien)\b"),
    rule("internal_hire", "rejection", "es", 3,
         r"\b(?:cubrir|cubierto|cubrimos|cubriremos|contratar|contratado|ocupar|ocupado|resolver|"
         r"resuelto) (?:\w+ ){0,3}?(?:internamente|de forma interna|con (?:un|una) (?:candidat|"
         r"persona|perfil|profesional)\w* intern[oa])\b"),
    rule("closed_process", "rejection", "es", 3,
         r"\b(?:cerrar|cerramos|cerrado|cerraremos|finalizar|finalizado|resuelto|resolver|"
         r"cubierto|cubrir|cubrimos|cubriremos) (?:el|la|tu|su|este|esta) (?:proceso|posición|"
         r"vacante|puesto|plaza) (?:\w+ ){0,2}(?:sin (?:contratar|cubrir|incorporar)|contigo|con "
         r"usted|con (?:un|una|otro|otra|el|la) (?:\w+ )?(?:candidat|persona|perfil|profesional)\w*)"),
]

RULES = EN + DE + FR + ES
