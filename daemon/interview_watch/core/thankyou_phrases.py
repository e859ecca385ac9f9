"""The phrase tables thank-you detection reads: words of thanks, interview and meeting words, signs
of a job, and what a thanks is for when it is not an interview. Data, compiled once.

Every word of thanks here must keep a stem in prefilter.THANKS_STEMS (the server-side Sent filter).
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE | re.UNICODE

# Words of thanks, per language: the rule's evidence names the language. Conditional thanks
# ("I would appreciate an interview", "le agradecería una entrevista") ask for an interview.
GRATITUDE: dict[str, str] = {
    "en": r"\bthank(?:s|\s+you|ing\s+you|ful)?\b|\bth(?:a?n)?x\b|(?<!\bbe\s)\bgrateful\b"
    r"|(?<!would\s)(?<!\bI'd\s)(?<!\bI’d\s)\bappreciat(?:e|ed|ing)\b",
    # "mich für das Gespräch bedanken": the verb comes last, so "für" starts the clause then.
    "de": r"\bdank(?:e|en|bar)?\b|\bbedank(?:e|en)\b"
    r"|\bf(?:ü|ue)r\b(?=[^.!?\n]{0,120}\b(?:bedanken|bedanke\s+ich|danke\s+ich)\b)",
    "fr": r"\bmerci\b|\bremerci(?!erais)\w*|(?<!serais\s)(?<!serai\s)\breconnaissant\w*",
    "es": r"\bgracias\b|\bagradec(?!er[íi]a)\w*|\bagradezco\b",
}
# What one thanks for after an interview: interview words suffice on their own.
INTERVIEW_WORDS = (
    r"\b(?:job\s+|telefon|video|online|bewerbungs|vorstellungs|fach|zweit|abschluss)?"
    r"interview(?:s|ed|ing)?\b(?!\s+(?:prep|preparation|tips|questions|practice|"
    r"coaching|training|guide|podcast|book|course))"
    r"|\b(?:vorstellungs|bewerbungs|kennenlern)gespr(?:ä|ae|a)ch\w*"
    r"|\bentretien\w*|\bentrevue\w*|\bentrevista\w*"
    # the formats a hiring process uses besides the word "interview"
    r"|\b(?:phone|recruiter|initial|intro(?:ductory)?|video)\s+screen(?:ing)?\b"
    r"(?!\s+(?:protector|repair|replacement|time|size|share|sharing))|\bscreening\s+call\b"
    r"|\b(?:system|product)\s+design\s+(?:interview|session|round|exercise|question|discussion)\b"
    r"|\bpresent(?:ing|ed)?\s+(?:my|the|our)\s+case\s+study\b|\bcase\s+study\s+(?:presentation|"
    r"interview|exercise|round|session)\b|\bassessment\s+(?:cent(?:er|re)|day)\b"
    r"|\b(?:pairing|pair[-\s]programming|coding|technical|take[-\s]home|whiteboard(?:ing)?)\s+"
    r"(?:exercise|session|challenge|test|assessment|round)\b"
    r"|\b(?:erst|zweit|dritt|abschluss|auswahl|job|fach)gespr(?:ä|ae|a)ch\w*|\bprobearbeit\w*|"
    r"\bassessment[-\s]?center\b|\bfallstudie\b"
    # a round of the process named by its stage: "the final round", "the virtual onsite", "the panel"
    r"|\b(?:first|second|third|final|last|next|1st|2nd|3rd|onsite|on-site|in-person|virtual)[-\s]round\b"
    r"(?!\s+of\b)|\bon-?site\b(?!\s+(?:visit|support|engineer|work|parking|gym|childcare|team|event))"
    r"|\bpanel(?:\s+interview)?\b(?!\s+(?:discussion|talk|session|debate|event))"
    r"|\b(?:zweite|dritte|finale|letzte)n?\s+runde\b|\bendrunde\b|\b(?:deuxi[èe]me|dernier|troisi[èe]me)\s+tour\b"
    r"|\b(?:segunda|tercera|[úu]ltima)\s+(?:ronda|vuelta|fase)\b"
    # a later round named as a conversation: "the second conversation", "das zweite Gespräch"
    r"|\b(?:second|third|final|follow-up)[-\s](?:round\s+)?(?:conversation|chat|call)\b"
    r"|\b(?:zweite|dritte|abschlie(?:ß|ss)ende|finale)[ns]?\s+gespr(?:ä|ae|a)ch\w*"
    r"|\b[ée]tude\s+de\s+cas\b|\bmise\s+en\s+situation\b|\bcaso\s+pr[áa]ctico\b|\bprueba\s+t[ée]cnica\b"
)
# Meeting words count only when the message is about a job as well.
MEETING_WORDS = (
    r"\b(?:conversations?|chat(?:ting)?|calls?|meeting|meet(?:ing)?|speak(?:ing)?|spoke|"
    r"talk(?:ing)?|discussions?|discuss(?:ing)?|time|opportunity|having\s+me|hosting\s+me|"
    r"coffee|lunch|breakfast|walk(?:ing)?\s+me\s+through|show(?:ing)?\s+me\s+around|tour|"
    r"insights?|introduc(?:ing|tions?)|walk-?through|session)\b|\baccueil\b|\brecibirme\b|\brecibimiento\b|"
    r"\bempfang\b"
    r"|\beinblick\w*|\bvisite\b|\bcaf[ée]\b|\balmuerzo\b"
    r"|\w*gespr(?:ä|ae|a)ch\w*|\btelefonat\w*|\beinladung\w*|\bzeit\b|\baustausch\w*|"
    r"\bkennenlernen\b|\btreffen\b|\bgelegenheit\b"
    r"|\b[ée]change\w*|\b[ée]changer\b|\btemps\b|\brencontre\w*|\brencontrer\b|\bappel\b|"
    r"\bconversation\b|\bdiscussion\b|\bopportunit[ée]\b"
    r"|\bconversaci[óo]n\b|\bconversar\b|\bcharla\b|\btiempo\b|\breuni[óo]n\b|\bllamada\b|"
    r"\bhablar\b|\boportunidad\b"
    # the day itself thanked for: "thanks again for today", "danke für gestern", "gracias por lo de ayer"
    r"|\b(?:for|f(?:ü|ue)r|pour|por(?:\s+lo\s+de)?)\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|"
    r"earlier(?:\s+today)?|(?:mon|tues|wednes|thurs|fri)day|heute|gestern|aujourd['’]hui|hier|hoy|ayer)\b"
)
# Signs that the message is about a job. Interview words count as well.
JOB_CONTEXT = (
    r"\b(?:excited|enthusiastic|thrilled|eager)\s+about\s+(?:the|this)\s+opportunity\b|"
    r"\bopportunity\s+to\s+(?:join|work|contribute|be\s+part)\b|"
    r"\b(?:be(?:come)?|being)\s+(?:a\s+)?part\s+of\s+(?:your|the)\s+team\b|"
    r"\b(?:ihr|euer)\w*\s+team\s+(?:zu\s+)?(?:verst(?:ä|ae)rken|erg(?:ä|ae)nzen|unterst(?:ü|ue)tzen|"
    r"bereichern)|\bteil\s+(?:ihres|eures|des)\s+teams\b|\bint[ée]grer\s+votre\s+[ée]quipe\b|"
    r"\bformar\s+parte\s+de\s+(?:su|vuestro|tu)\s+equipo\b|"
    r"\brole\b(?!-)|\bopportunit(?:y|ies)\b|\bopening\b|\bvacancy\b|"
    r"\b(?:the|this|that)\s+job\b(?!\s+(?:scheduler|queue|runs?|runner|failed|failure|config|logs?))|"
    r"\bjob\s+(?:offer|opportunity)\b|\bhiring\b|\bcandidacy\b|\bmy\s+application\b|"
    r"\b(?:join(?:ing)?\s+(?:your|the)|your)\s+team\b|\brecruit(?:ing|ment)\s+process\b"
    r"|\bstelle\b|\bposition\b|\brolle\b|\bbewerbung\w*|\bvakanz\b|\bihr(?:em|en)?\s+team\b|"
    r"\bihrem\s+unternehmen\b|\bvorzustellen\b|\bjoin(?:ing)?\s+(?:(?-i:[A-Z])|as\b|you\b)"
    r"|\bposte\b|\bcandidature\b|\bvotre\s+[ée]quipe\b|\brejoindre\b|\bemploi\b|\brecrutement\b"
    r"|\bpuesto\b|\bposici[óo]n\b|\bvacante\b|\bcandidatura\b|\b(?:su|vuestro)\s+equipo\b|"
    r"\bunirme\b|\bsumarme\b|\bincorporarme\b|\bcargo\b|\bproceso\s+de\s+selecci[óo]n\b|"
    r"\bint[ée]grer\s+(?:votre|l['’][ée]quipe)\b|\bmitzuarbeiten\b|\beinzusteigen\b"
    # the stages of a hiring process
    r"|\b(?:first|second|third|final|next|last|technical)\s+(?:round|stage)\b|\bon-?site\b|"
    r"\bhiring\s+manager\b|\b(?:hiring|interview|selection)\s+process\b|"
    r"\b(?:zweite|finale|letzte|n(?:ä|ae)chste)\s+runde\b|\bauswahlverfahren\b|"
    r"\b(?:deuxi[èe]me|dernier|prochain)\s+tour\b|\b(?:segunda|[úu]ltima|siguiente)\s+ronda\b"
)
# Between the thanks and the noun, these mean the thanks is for something else: a job ad, a
# link, a newsletter, a practice interview, or an interview still hoped for ("in advance").
NOT_FOR_AN_INTERVIEW = (
    r"\b(?:send(?:ing)?|sent|forward(?:ing|ed)?|reaching\s+out|getting\s+in\s+touch|contacting|"
    r"thinking\s+of\s+me|job\s+ad|ad|advert\w*|posting|listing|link|newsletter|subscri\w+|"
    r"sign(?:ing)?\s+up|registering|mock|practice|in\s+advance|consider(?:ing|ation))\b"
    # an application's closing line: "thank you for your time and consideration"
    r"|\b(?:your\s+)?time\s+and\s+(?:your\s+)?(?:consideration|attention)\b|"
    r"\btime\s+(?:to\s+)?(?:review|read|consider)\w*|\breview(?:ing)?\s+my\b|\battention\b"
    r"|\b(?:ihre\s+)?zeit\s+und\s+(?:ihre\s+)?(?:aufmerksamkeit|m(?:ü|ue)he)\b|\baufmerksamkeit\b"
    r"|\b(?:votre\s+)?temps\s+et\s+(?:votre\s+)?(?:consid[ée]ration|attention)\b"
    r"|\b(?:su\s+)?tiempo\s+y\s+(?:su\s+)?(?:consideraci[óo]n|atenci[óo]n)\b|\batenci[óo]n\b"
    r"|\byour\s+(?:talk|presentation|session)\b"
    # thanks for patience while asking to move the interview
    r"|\b(?:flexib\w+|patience|understanding|verst(?:ä|ae)ndnis|geduld|compr[ée]hension|comprensi[óo]n|"
    r"paciencia|reschedul\w*|postpon\w*|verschieb\w*|d[ée]caler|reporter|reprogramar|aplazar)\b"
    # an interview that is not for a job, or the user on the hiring side
    r"|\b(?:informational|info|exit|user|customer|research|press|media|radio|podcast|stay)\s+interview"
    r"|\bjoining\b(?!\s+me\b)|\b(?:teilnahme|participation|participaci[óo]n)\b"
    r"|\b(?:zusend\w*|zusendung|weiterleit\w*|stellenanzeige|anzeige|ausschreibung|link|"
    r"newsletter|anmeldung|im\s+voraus|ber(?:ü|ue)cksichtigung)\b"
    r"|\b(?:envoi|envoy\w*|transf[ée]r\w*|annonce|lien|inscription|abonnement|d['’]avance|"
    r"consid[ée]ration)\b"
    r"|\b(?:env[íi]o|enviar|enviado|anuncio|enlace|suscripci[óo]n|bolet[íi]n|de\s+antemano|"
    r"por\s+adelantado|consideraci[óo]n)\b"
    # sharing counts against only when a job ad is what was shared ("sharing the role with me")
    r"|\b(?:shar(?:e|ing)|passing\s+(?:along|on)|partag\w*|compartir)\b(?=(?:\s+\S+){0,4}?\s+"
    r"(?:job|role|position|posting|ad|link|opening|vacancy|description|annonce|offre|lien|puesto|"
    r"oferta|anuncio|enlace|vacante)\b)"
)
# Anywhere in the sentence of thanks: an event, not an interview (a talk at a meetup, a podcast).
EVENTS = (
    r"\b(?:meetup|meet-up|conference|webinar|workshop|keynote|hackathon|(?:career|job)\s+fairs?|"
    r"podcast|episode|livestream|konferenz|messe|karrieremesse|vortrag\w*|salon|conf[ée]rence|"
    r"forum|conferencia|feria)\b"
    # the user interviewing someone for a publication or a study
    r"|\b(?:for|f(?:ü|ue)r|pour|para)\s+(?:our|my|the|unse?re?[nm]?|meine?[nm]?|den|die|notre|mon|ma|nuestro|"
    r"nuestra|mi|el|la)\s+(?:article|story|feature|magazine|newspaper|blog|thesis|dissertation|study|"
    r"survey|artikel|beitrag|masterarbeit|bachelorarbeit|studie|umfrage|reportage|m[ée]moire|th[èe]se|"
    r"[ée]tude|enqu[êe]te|art[íi]culo|reportaje|tesis|estudio|encuesta)\b"
)
# Anywhere in the sentence of thanks: the user on the hiring side, thanking a fellow interviewer.
HIRING_SIDE = (
    r"\b(?:the|a|our|this|that)\s+(?:candidates?|applicants?)\b|\bdebrief\w*|\bscorecards?\b|"
    r"\b(?:den|die|der)\s+(?:bewerber(?:in|innen)?|kandidat(?:in|en)?)\b|"
    r"\b(?:le|la|les)\s+candidat(?:e|s|es)?\b|\b(?:el|la|los|las)\s+candidat[oa]s?\b"
)
# Job words business mail uses as well: alone they do not make a message about a job.
WEAK_CONTEXT = r"opportunit(?:y|ies)|your\s+team|ihr(?:em|en)?\s+team|votre\s+[ée]quipe|(?:su|vuestro)\s+equipo"
# "It was a pleasure speaking with you" and its translations, thanked for elsewhere in the text.
PLEASURE = (
    r"\b(?:great|nice|lovely|wonderful|a\s+pleasure|enjoyed|loved)\s+(?:to\s+)?"
    r"(?:meeting|speaking|talking|chatting|meet|speak|talk|our\s+conversation|the\s+interview)\b"
    r"|\bhat\s+mich\s+(?:sehr\s+)?gefreut\b|\bgro(?:ß|ss)e\s+freude\b"
    r"|\bravie?\s+d'avoir\b|\bun\s+(?:r[ée]el\s+|grand\s+)?plaisir\b"
    r"|\bfue\s+un\s+(?:gran\s+)?placer\b|\bencantad[oa]\s+de\b|\bdisfrut[ée]\b"
)

# Between the thanks and the noun (or the noun itself), these say the interview is still to come:
# thanks for the invitation, for scheduling it. Such thanks count only when the text also looks
# back on the meeting and does not confirm a date ahead.
BEFORE_THE_INTERVIEW = (
    r"\b(?:invit(?:e|ation|ing)|schedul(?:e|ing)|set(?:ting)?\s+up|arrang(?:e|ing)|organi[sz]ing|"
    r"coordinating|confirm(?:ing|ation))\b"
    r"|\b(?:einladung|eingeladen|organisation|organisier\w*|vereinbar\w*|terminvorschlag)\b"
    r"|\b(?:invitation|convocation|inviter|organisation|organis\w+)\b"
    r"|\b(?:invitaci[óo]n|invitarme|convocatoria|organizar|coordinar|programar|agendar)\b"
    r"|\b(?:proposition|proposer|propuesta|proponer|proposal|propos(?:e|ing))\b"
)
LOOKS_BACK = (
    r"\b(?:today|yesterday|this\s+(?:morning|afternoon)|earlier|enjoyed|went\s+(?:really\s+|very\s+)?"
    r"well|it\s+was|learn(?:ed|t|ing)\s+(?:about|more)|great\s+(?:meeting|speaking|talking)|insights?|"
    r"(?:great|pleasant|insightful|interesting|engaging|wonderful|lovely|nice)\s+(?:conversation|"
    r"discussion|chat|interview|meeting))\b"
    # a conversation described as pleasant has taken place
    r"|\b(?:angenehme|interessante|spannende|nette|freundliche|offene)[nms]?\s+(?:gespr(?:ä|ae)ch|"
    r"austausch|kennenlernen|telefonat)\w*|\beinblick\w*"
    r"|\b(?:agr[ée]able|int[ée]ressant|enrichissant)e?\s+(?:[ée]change|entretien)|"
    r"\b(?:[ée]change|entretien)\s+(?:tr[èe]s\s+)?(?:agr[ée]able|int[ée]ressant|enrichissant)"
    r"|\b(?:agradable|interesante)\s+(?:conversaci[óo]n|charla|entrevista)|"
    r"\b(?:conversaci[óo]n|charla|entrevista)\s+(?:tan\s+|muy\s+)?(?:agradable|interesante)"
    r"|\b(?:heute|gestern|hat\s+mi(?:r|ch)|war\s+(?:sehr|ein))\b"
    r"|\b(?:hier|ce\s+matin|aujourd['’]hui|tout\s+[àa]\s+l['’]heure|[ée]tait)\b"
    r"|\b(?:ayer|hoy|esta\s+ma[ñn]ana|fue\s+un)\b"
)
LOOKS_AHEAD = (
    r"\b(?:tomorrow\s+at|next\s+(?:monday|tuesday|wednesday|thursday|friday)|see\s+you\s+(?:on|then|"
    r"tomorrow|next)|looking\s+forward\s+to\s+(?:meeting|seeing|speaking\s+with|talking\s+to)\s+you|"
    r"i\s+(?:can\s+)?confirm|works\s+(?:well\s+|great\s+)?for\s+me|i['’]ll\s+be\s+there)\b"
    r"|\b(?:morgen\s+um|best(?:ä|ae)tige|sehe\s+(?:ich\s+)?(?:Sie|dich))\b"
    r"|\b(?:demain\s+[àa]|je\s+(?:vous\s+)?confirme)\b"
    r"|\b(?:ma[ñn]ana\s+a\s+las|confirmo|all[íi]\s+estar[ée])\b"
    # availability for a slot still ahead
    r"|\b(?:i['’]?m|i\s+am)\s+(?:also\s+)?(?:available|free)\s+(?:on|at|next|this|tomorrow|any\s+time|"
    r"(?:mon|tues|wednes|thurs|fri)day)\b|\bn(?:ä|ae)chste[nm]?\s+(?:montag|dienstag|mittwoch|"
    r"donnerstag|freitag|woche)\b|\bje\s+suis\s+disponible\s+(?:le|la|ce|demain|d[èe]s|[àa]|"
    r"(?:lun|mar|mercre|jeu|vendre)di)\b|\b(?:lun|mar|mercre|jeu|vendre)di\s+prochain\b|"
    r"\bestoy\s+disponible\s+(?:el|los|a\s+las|ma[ñn]ana|lunes|martes|mi[ée]rcoles|jueves|viernes)\b|"
    r"\bpr[óo]ximo\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes)\b"
)

# What a reply to a decision thanks for: the news itself ("thank you for letting me know").
NEWS = (
    r"^\s*(?:(?:so\s+|very\s+)?much\s+|again\s+|a\s+lot\s+)?(?:for|f(?:ü|ue)r|pour|por)\s+"
    r"(?:letting\s+me\s+know|the\s+update|(?:your|the)\s+(?:quick\s+|kind\s+|honest\s+)?(?:update|"
    r"reply|response|feedback|decision|honesty|news|message)|getting\s+back\s+to\s+me|informing\s+me|"
    r"(?:ihre|die|deine)\s+(?:r(?:ü|ue)ckmeldung|nachricht|info\w*|absage|entscheidung)|"
    r"(?:votre|ton)\s+(?:retour|r[ée]ponse|message)|m['’]avoir\s+(?:inform[ée]e?|r[ée]pondu)|"
    r"(?:su|tu)\s+(?:respuesta|mensaje)|avisarme|informarme)"
)
# A second thing thanked for, judged on its own: "for considering me and for the chat".
AND_FOR = r"\b(?:and|as\s+well\s+as|und|et|y)\s+(?:also\s+|auch\s+|aussi\s+|tambi[ée]n\s+)?(?:for|f(?:ü|ue)r|pour|por)\b"
# Anywhere in what the user wrote: the message withdraws, or answers an offer, so it is no
# thank-you for an interview even when it thanks for one.
NOT_A_THANK_YOU = (
    r"\bwithdraw(?:ing)?\s+(?:my\s+(?:application|candidacy)|from\s+(?:the|your)\s+(?:process|search|"
    r"consideration))\b|\b(?:accepted|accept(?:ing)?)\s+(?:another|a\s+different|an\s+other)\s+"
    r"(?:offer|position|role|job)\b|\b(?:delighted|happy|pleased|thrilled|excited|glad)\s+to\s+accept\b|"
    r"\bdecline\s+(?:the|your)\s+(?:kind\s+)?offer\b|\bbefore\s+I\s+accept\b"
    r"|\bBewerbung\s+zur(?:ü|ue)ck\w*|\bziehe\s+(?:ich\s+)?meine\s+Bewerbung\b|"
    r"\bAngebot\s+(?:sehr\s+)?(?:gerne?\s+)?an(?:zunehmen|nehmen|nehme)\b|\bnehme\s+(?:ich\s+)?(?:Ihr|das)\s+Angebot\b"
    r"|\bretir(?:er|e)\s+ma\s+candidature\b|\baccept(?:er|e)\s+(?:votre|l['’]|cette)\s+offre\b"
    r"|\bretir(?:ar|o)\s+mi\s+candidatura\b|\bacept(?:ar|o)\s+(?:su|la|vuestra|tu)\s+oferta\b"
)

GRATITUDE_RE = {lang: re.compile(p, FLAGS) for lang, p in GRATITUDE.items()}
INTERVIEW_RE = re.compile(INTERVIEW_WORDS, FLAGS)
MEETING_RE = re.compile(MEETING_WORDS, FLAGS)
CONTEXT_RE = re.compile(JOB_CONTEXT + "|" + INTERVIEW_WORDS, FLAGS)
VETO_RE = re.compile(NOT_FOR_AN_INTERVIEW, FLAGS)
EVENT_RE = re.compile(EVENTS + "|" + HIRING_SIDE, FLAGS)
WEAK_CONTEXT_RE = re.compile(WEAK_CONTEXT, FLAGS)
PLEASURE_RE = re.compile(PLEASURE, FLAGS)
BEFORE_RE = re.compile(BEFORE_THE_INTERVIEW, FLAGS)
LOOKS_BACK_RE = re.compile(LOOKS_BACK, FLAGS)
LOOKS_AHEAD_RE = re.compile(LOOKS_AHEAD, FLAGS)
AND_FOR_RE = re.compile(AND_FOR, FLAGS)
NEWS_RE = re.compile(NEWS, FLAGS)
NOT_A_THANK_YOU_RE = re.compile(NOT_A_THANK_YOU, FLAGS)


def thanks_in(text: str) -> bool:
    """Return whether `text` holds a word of thanks in any language."""
    return any(g.search(text) for g in GRATITUDE_RE.values())

