"""German phrase rules (Sie and du forms). Weights as in en.py.

German rejections are formulaic ("leider", "für einen anderen Kandidaten entschieden", "für Ihren
weiteren beruflichen Weg alles Gute"); invitations say "Einladung", "Kennenlernen", "Termin".
"""

from __future__ import annotations

from interview_watch.core.rules import rule

L = "de"
_YOU = r"(?:sie|dich|ihnen|dir|euch)"
_YOUR = r"(?:ihre|ihren|ihrer|ihrem|ihr|deine|deinen|deiner|deinem|dein)"
_PANEL = r"(?:panel|team|gremium|kommission|vorstand|leitung|partnern|geschäftsführung)"
_TALK = (r"(?:gespräch|gesprach|gespräche|interview|kennenlernen|austausch|termin|treffen|hearing|"
         r"runde|call|telefonat|videocall|video-call|teams-call|zoom-call|meeting|probetag|"
         r"probearbeiten|besuch)")

REJECTION = [
    rule("leider", "rejection", L, 2, r"\bleider\b",
         unless_after=r" (?:\w+ ){0,4}(?:noch keine|noch nicht|etwas|verschieben|verlegen|"
                      r"kurzfristig|krank|erkrankt|verhindert|im urlaub|umplanen|dauert|verzögert|länger|dazwischen\w*|"
                      r"später)"),
    rule("other_candidate", "rejection", L, 3,
         r"\b(?:für|zugunsten) (?:eine[nrm]? |eines |einer |die |den |des )?(?:andere[nrm]?|weitere[nrm]?|"
         r"interne[nrm]?) (?:kandidat|bewerber|person|profil|lösung|besetzung|mitbewerber)|"
         r"\b(?:andere[nrm]?|anderen) (?:kandidat\w*|bewerber\w*) (?:den |dem )?vorzug|"
         r"\bvorzug gegeben|\b(?:stelle|position|rolle|vakanz) (?:\w+ ){0,2}(?:intern|anderweitig) "
         r"(?:zu )?(?:besetzen|vergeben|nachzubesetzen)\b|\b(?:wahl|entscheidung) (?:\w+ ){0,4}auf (?:eine[nr]? |einen )?"
         r"(?:andere|anderen|anderer|internen|interne)\b|\bmit (?:einer|einem|einen) (?:anderen |internen |weiteren )?"
         r"(?:kandidat|bewerber|person|kolleg)\w*\b(?: \w+){0,4} (?:zu )?besetz|\bmit (?:einer|einem|"
         r"einen) (?:anderen|internen) (?:kandidat|bewerber|person)\w*(?: \w+){0,3} (?:fortzusetzen|"
         r"fortsetzen|fortfahren|fortzufahren|weiterzumachen|weiterzugehen|weitergehen)\b|\bentschieden\b(?: \S+)"
         r"{0,6} (?:eine[nrm]? |die |den )?(?:andere[nrm]? |interne[nrm]? )(?:kandidat|bewerber|"
         r"person)|\bfür (?:jemand|jemanden|eine andere person|einen anderen|eine "
         r"andere)\b(?: \w+){0,4} entschieden|\b(?:ihnen|dir|euch) (?:\w+ ){0,2}absagen\b"),
    rule("decided_against", "rejection", L, 3,
         r"\b(?:gegen|nicht für) (?:sie|dich|ihre bewerbung|deine bewerbung|eine (?:weitere )?"
         r"zusammenarbeit|eine zusammenarbeit) (?:\w+ )?entschieden|\bdagegen entschieden|\bentschieden, (?:den|die|"
         r"ihre|deine) (?:prozess|bewerbung|stelle|position) nicht"),
    rule("not_considered", "rejection", L, 3,
         r"\bnicht (?:weiter |mehr |länger |weiterhin )?(?:berücksichtig|in betracht|in die "
         r"(?:engere|nächste) (?:wahl|auswahl|runde)|weiterverfolg|weiter verfolg|fortsetzen|"
         r"fortführen|weiterführen|weiter fortführen|zum zug|ausgewählt|anbieten|einladen|"
         r"weiterkommen|weiter gehen|weitergehen|berücksichtigt)|\bnicht (?:mit " + _YOU +
         r"|mit " + _YOUR + r" bewerbung) (?:weiter|fortfahren|fortsetzen)|\bnicht (?:\w+ ){0,5}"
         r"(?:einladen|einzuladen|berücksichtigen|zu berücksichtigen|anbieten|anzubieten|"
         r"weiterverfolgen|weiterzuverfolgen|fortsetzen|fortzusetzen|fortzuführen|weiterzuführen|"
         r"weiterzugehen|zu berücksichtigen)\b"),
    rule("absage", "rejection", L, 3, r"\b(?<!oder\x20)absage\b|\babsagen (?:müssen|zu)\b",
         negatable=True, unless_after=r" (?:des|unseres|für den|unseren) (?:termin|gespräch)"),
    rule("position_filled", "rejection", L, 3,
         r"\b(?:stelle|position|vakanz|rolle|vakanz) (?:ist|wurde|wurden|haben wir|konnten wir) "
         r"(?:\w+ ){0,3}(?:besetzt|vergeben|geschlossen|zurückgezogen|gestrichen)|"
         r"\banderweitig (?:besetzt|vergeben|entschieden)|\b(?:stelle|position|vakanz|rolle) (?:\w+ ){0,3}"
         r"(?:weiter|weiterhin|vorerst|erneut|neu) (?:offen (?:zu )?(?:halten|lassen)|auszuschreiben|"
         r"ausschreiben)\b|\b(?:entschieden|beschlossen),? (?:\w+ ){0,3}(?:suche|recherche) "
         r"(?:fortzusetzen|weiterzuführen)\b|\b(?:entschieden|beschlossen),? weiter zu suchen\b"),
    rule("no_offer", "rejection", L, 3,
         r"\b(?:keine (?:positive |gute |erfreuliche )?(?:zusage|nachricht|stelle|position|"
         r"rückmeldung|antwort)|keinen (?:vertrag|arbeitsvertrag|job|platz)|kein (?:angebot|"
         r"stellenangebot|vertragsangebot|positives feedback)|negative[nr]? (?:rückmeldung|nachricht|"
         r"antwort|entscheidung|bescheid))\b|\b(?:passendere[nrm]?|geeignetere[nrm]?|bessere[nrm]?) "
         r"(?:besetzung|kandidat\w*|bewerber\w*|person|lösung) (?:\w+ ){0,3}(?:gefunden|entschieden)"),
    rule("requirements_mismatch", "rejection", L, 2.5,
         r"\b(?:anforderungen|anforderungsprofil|profil|erwartungen|vorstellungen) (?:\w+ ){0,5}"
         r"nicht (?:ganz |vollständig |ausreichend |genau |optimal )?(?:entspricht|entsprechen|"
         r"passt|passen|überein|gerecht)|\bnicht (?:ganz |optimal |ausreichend |vollständig )?"
         r"(?:unseren|den) anforderungen"),
    rule("career_wishes", "rejection", L, 2.5,
         r"\b(?:für|auf) " + _YOUR + r" (?:weitere[nrm]? |berufliche[nrm]? |private[nrm]? |"
         r"zukünftige[nrm]? )*(?:zukunft|weg|werdegang|laufbahn|stellensuche|jobsuche|karriere|"
         r"bewerbungen|lebensweg|suche)\b"),
    rule("documents_returned", "rejection", L, 2,
         r"\b(?:unterlagen|bewerbungsunterlagen|daten) (?:\w+ ){0,4}(?:zurück|löschen|gelöscht|"
         r"vernichten|vernichtet)"),
    rule("keep_on_file", "rejection", L, 1.5,
         r"\b(?:talentpool|talent-pool|in evidenz|bewerberpool|für zukünftige|künftige "
         r"(?:stellen|positionen|vakanzen)|zukünftige (?:stellen|positionen|vakanzen))"),
    rule("regret_to_inform", "rejection", L, 2,
         r"\bbedauer\w*|\bmitteilen (?:zu )?müssen\b|\bmüssen (?:wir|ich) "
         r"(?:\w+ ){0,3}mitteilen"),
    rule("more_experience", "rejection", L, 1.5,
         r"\b(?:mehr|tiefere|umfangreichere|stärkere|längere|einschlägigere|spezifischere) "
         r"(?:\w+ )?(?:erfahrung|berufserfahrung|führungserfahrung|praxiserfahrung|expertise)\b"),
    rule("sorry", "rejection", L, 1, r"\b(?:tut (?:mir|uns) (?:sehr |wirklich |echt |total |ehrlich )?leid)\b",
         unless_after=r",? (?:dass|für) (?:die|das) (?:verzögerung|verschiebung|warten)"),
    rule("difficult_decision", "rejection", L, 1.5,
         r"\b(?:schwer|nicht leicht|schwierig)\w* (?:\w+ ){0,3}(?:entscheidung|gefallen)|"
         r"\bentscheidung (?:ist )?(?:uns )?(?:nicht leicht|schwer)|\bviele(?:n)? (?:sehr )?"
         r"(?:gute|qualifizierte|starke)(?:n)? (?:bewerb|kandidat)"),
]

OFFER = [
    rule("zusage", "offer", L, 3,
         r"\b(?:zusage (?:geben|erteilen|machen|aussprechen|mitteilen)|positive zusage|"
         r"(?:eine|die|unsere) zusage|zusage für (?:die|diese) (?:stelle|position))\b",
         negatable=True, unless_after=r" (?:oder (?:eine )?absage|(?:für den|zum|zu dem|für unser) "
                                      r"(?:termin|gespräch))"),
    rule("hire_you", "offer", L, 3,
         r"\bwahl (?:\w+ ){0,3}auf (?:sie|dich) gefallen\b|"
         r"\ban bord (?:haben|holen|nehmen|begrüßen|willkommen)\b|\b(?:arbeits)?vertrag(?:sentwurf)? "
         r"(?:\w+ ){0,3}(?:zukommen|zuschicken|zusenden)\b|"
         r"\b(?:ihnen|dir) (?:\w+ ){0,3}(?:die stelle|die position|einen vertrag|ein angebot|eine "
         r"(?:zusammenarbeit|festanstellung|anstellung)|"
         r"einen arbeitsvertrag|die rolle) (?:\w+ ){0,4}(?:anbieten|anzubieten)\b|\b(?:den|ihren|"
         r"deinen|einen) (?:arbeits)?vertrag (?:\w+ ){0,4}(?:schicke|sende|senden|schicken|"
         r"zukommen|zuschicken|zusenden)\b|\b(?:der job|die stelle) (?:gehört|ist) (?:dir|ihnen)\b|"
         r"(?<!ob\x20wir\x20)\b(?:sie|dich) (?:(?!nicht\b|kein)\w+ ){0,8}(?:einstellen|anstellen|einzustellen|anzustellen|an bord "
         r"holen)\b|\b(?:freuen|freue) (?:uns|mich),? (?:\w+ ){0,4}(?:zusammenarbeit|an bord)\b",
         negatable=True),
    rule("contract_offer", "offer", L, 3,
         r"\b(?:vertragsangebot|arbeitsvertrag|arbeitsvertrages|stellenangebot|jobangebot|"
         r"vertragsentwurf|vertragsunterlagen|angebot (?:zu )?(?:unterbreiten|machen|zukommen|schicken|"
         r"senden|zusenden)|angebotsschreiben|arbeitsangebot)\b", negatable=True),
    rule("welcome_to_team", "offer", L, 3,
         r"\bwillkommen (?:im|in unserem|in unserer|an) (?:team|bord|firma|unternehmen)|"
         r"\b(?:im|in unserem|an) (?:team|bord) (?:begrüßen|willkommen heißen)|\bals (?:neue[nr]? "
         r")?(?:kolleg\w*|mitarbeiter\w*|teammitglied) (?:begrüßen|willkommen)|\bteil unseres "
         r"teams (?:werden|zu werden|wirst|werden)", negatable=True),
    rule("salary_terms", "offer", L, 2.5,
         r"\b(?:jahresgehalt|bruttojahresgehalt|grundgehalt|einstiegsgehalt|jahresbrutto|"
         r"fixgehalt|vergütung von|gehalt von|vergütungspaket|gehaltspaket|bonusregelung)\b"),
    rule("start_date", "offer", L, 1.5,
         r"\b(?:eintrittstermin|eintrittsdatum|startdatum|starttermin|arbeitsbeginn|ersten "
         r"arbeitstag|beginn " + _YOUR + r" tätigkeit)\b"),
    rule("signature", "offer", L, 3,
         r"\b(?:vertrag|arbeitsvertrag|angebot)\w* (?:\w+ ){0,3}(?:im anhang|anbei|beigefügt|"
         r"angehängt|zur unterschrift|unterschrieben)|\bzur unterschrift\b|\bunterschrieben "
         r"zurück|\bgegengezeichnet"),
    rule("chosen_for_role", "offer", L, 3,
         r"\b(?:für|zu) " + _YOU + r" (?:als (?:neue[nr]? )?\w+ )?entschieden\b"),
    rule("congratulations", "offer", L, 1, r"\bherzlichen glückwunsch|\bgratulieren"),
]

SECOND_INTERVIEW = [
    rule("other_role", "second_interview", L, 0.5,
         r"\b(?:eine[nr]? )?(?:andere[nrm]?|weitere[nrm]?|neue[nrm]?|offene[nrm]?|freie[nrm]?) "
         r"(?:stelle|position|vakanz|"
         r"rolle|team)\b"),
    rule("invitation", "second_interview", L, 3,
         r"\b(?:einladen|einladung|eingeladen|lade[n]? (?:wir |ich )?" + _YOU + r" (?:[\w.]+ ){0,9}"
         r"ein)\b", meeting=True, negatable=True),
    rule("next_round", "second_interview", L, 2,
         r"\b(?:zweite[snmr]?|weitere[snmr]?|nächste[snmr]?|finale[snmr]?|abschließende[snmr]?|"
         r"persönliche[snmr]?|vertiefende[snmr]?|letzte[snmr]?|dritte[snmr]?) (?:vorstellungs|"
         r"kennenlern|fach|auswahl)?" + _TALK + r"|\b(?:zweitgespräch|folgegespräch|"
         r"zweitinterview|fachgespräch|fachinterview|abschlussgespräch|assessment-center|"
         r"assessment center|probetag|probearbeiten)\b", negatable=True),
    rule("schedule", "second_interview", L, 3,
         r"\b(?:termin|termine|zeitfenster|terminvorschläge|terminvorschlag|slot|uhrzeit) "
         r"(?:\w+ ){0,5}(?:vereinbaren|finden|abstimmen|vorschlagen|ausmachen|buchen|auswählen|"
         r"aussuchen|koordinieren|festlegen|planen|nennen)|\b(?:schick|schicke|schicken|sende|senden|"
         r"nenn|nenne|nennen) (?:sie |du )?(?:mir|uns) (?:gern |gerne |bitte )*(?:ein paar |einige |"
         r"zwei |drei |mögliche )?(?:termine|terminvorschläge|zeitfenster|slots|zeiten)\b|\b(?:wann|an welche[nm] tag) (?:\w+ )"
         r"{0,7}(?:zeit|verfügbar|passt|passen)\b|\bwelche[rnms]? (?:tag|termin|zeit|uhrzeit|datum|"
         r"tage|termine) (?:\w+ ){0,3}(?:passt|passen|geht|gehen|wäre)\b|\b(?:hätten|haben|hast|hättest) (?:sie|du) "
         r"(?:\w+ ){0,6}zeit\b|\bpasst (?:es )?(?:ihnen|dir) (?:\w+ ){0,4}(?:am|um|nächste)|"
         r"\b(?:ihre|deine) verfügbarkeit(?:en)?\b|\b(?:wählen|buchen|suchen|reservieren) (?:sie |du )?"
         r"(?:\w+ ){0,6}(?:termin|zeitfenster|slot|zeitslot)", meeting=True, negatable=True,
         unless_after=r" (?:für (?:den|einen) (?:start|eintritt)|zum (?:start|eintritt))"),
    rule("meet_the_team", "second_interview", L, 3,
         r"\b(?:team|kollegen|kolleginnen|geschäftsführ\w*|gründer\w*|abteilungsleit\w*|"
         r"teamleit\w*|fachbereich|vorgesetzten|ceo|cto|bereichsleit\w*) (?:\w+ ){0,4}"
         r"(?:kennen ?(?:zu ?)?lernen|kennenlernen|treffen)\b|\bkaffee\b|\bmittagessen\b",
         meeting=True, negatable=True),
    rule("see_again", "second_interview", L, 3,
         r"\b(?:nochmal|noch einmal|erneut|wieder|gerne) (?:\w+ ){0,2}(?:sehen|treffen|sprechen|"
         r"kennenlernen)\b|\bwie sieht es (?:\w+ ){0,6}aus\b|\b(?:ginge|geht|passt|passen|"
         r"würde|wäre) (?:\w+ ){0,5}(?:montag|dienstag|mittwoch|donnerstag|freitag|nächste woche)",
         meeting=True, negatable=True),
    rule("introduce", "second_interview", L, 3,
         r"(?<!profil\x20)(?<!unterlagen\x20)(?<!bewerbung\x20)(?<!lebenslauf\x20)"
         r"\b(?:unserem|unserer|unseren|dem|der) (?:\w+ )?(?:abteilungsleit\w*|teamleit\w*|"
         r"geschäftsführ\w*|gründer\w*|ceo|cto|vorgesetzten|bereichsleit\w*|team|kollegen|"
         r"kolleginnen|chef\w*|fachbereich) (?:\w+ ){0,2}?(?:persönlich |gerne |gern )?vorstellen\b|"
         # the candidate presents work to a panel: "dem Panel zu präsentieren", "stellen Sie ... vor"
         # ("Ihr Profil dem Team vorstellen", "wir stellen ... der Geschäftsführung vor": the recruiter)
         r"(?<!unterlagen\x20)(?<!bewerbung\x20)(?<!profil\x20)(?<!lebenslauf\x20)\b(?:dem|der|den|vor "
         r"dem|vor der|vor den|unserem|unserer|unseren|vor unserem|vor unserer) (?:\w+ )?\w*" + _PANEL +
         r" (?:\w+ ){0,2}?(?:zu präsentieren|vorzustellen|vorzutragen)\b|\b(?:werden|würden|sollen|"
         r"sollten|können|dürfen|stellen) sie (?:\w+ ){0,6}?(?:dem|der|den|unserem|unserer|unseren) "
         r"(?:\w+ )?\w*" + _PANEL + r" (?:präsentieren|vorstellen|vortragen|vor)\b|\bpräsentieren sie "
         r"(?:\w+ ){0,6}?(?:dem|der|den|unserem|unserer|unseren|vor dem|vor der|vor unserem) (?:\w+ )?"
         r"\w*" + _PANEL + r"\b|"
         r"\bmit (?:unserem|unserer|unseren|dem|der) (?:\w+ ){0,3}(?:zusammenbringen|bekannt machen)\b|"
         r"\b(?:schlage|schlagen) (?:ich|wir) (?:ihnen|dir|euch) (?:folgende |den |die |einen |zwei |"
         r"drei )?(?:termin\w*|\d|montag|dienstag|mittwoch|donnerstag|freitag|nächste)|\bwäre (?:es )?"
         r"(?:ihnen|dir) (?:\w+ ){0,5}recht\b", meeting=True, negatable=True),
    rule("on_site", "second_interview", L, 3,
         r"\b(?:vorbei ?(?:zu ?)?(?:kommen|schauen)|bei uns vor ort|vor ort "
         r"(?:in|bei|im)|in unser(?:em|en|er)? (?:büro|büros|office|räumlichkeiten|standort|zentrale|"
         r"firmensitz|hauptsitz|studio|atelier)|(?:ins|in das) (?:büro|studio|office|atelier|labor|"
         r"werk|geschäft|café) (?:\w+ )?(?:kommen|vorbeikommen)|zu uns ins büro|persönlich "
         r"kennenlernen)", meeting=True,
         negatable=True),
    rule("reschedule", "second_interview", L, 3,
         r"\b(?:termin|gespräch|interview|treffen|call|meeting)\w* (?:\w+ ){0,5}(?:verschieben|"
         r"verlegen|umlegen|neu ansetzen)|\b(?:termin|gespräch|interview|treffen|call|meeting)\w* "
         r"(?:\w+ ){0,5}auf (?:\w+,? ){0,4}(?:legen|schieben)\b|\b(?:verschieben|verlegen|umplanen)\b|\bneue[nr]? "
         r"termin", meeting=True, negatable=True),
    rule("conduct_talk", "second_interview", L, 3,
         r"\b(?:gespräch|interview|kennenlernen|austausch|termin) (?:mit (?:ihnen|dir|euch) )?"
         r"(?:führen|vereinbaren|ausmachen|abstimmen)\b", meeting=True, negatable=True),
    rule("clock_time", "second_interview", L, 1.5,
         r"\b(?:um|ab|gegen|von) \d{1,2}(?:[.:]\d\d)? uhr\b"),
    rule("time_question", "second_interview", L, 1.5,
         r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|morgen|vormittag|nachmittag)\w*\b"
         r"[^.!?\n]{0,40}\?"),
    rule("calendar_invite", "second_interview", L, 3,
         r"\b(?:kalendereinladung|termineinladung|einladungslink|teams-link|zoom-link|"
         r"kalendereintrag|outlook-einladung)\b", meeting=True),
    rule("move_forward", "second_interview", L, 1.5,
         r"\b(?:weiterkommen|nächste runde|nächsten schritt|eine runde weiter|weiter im prozess|"
         r"im prozess weiter)\b", negatable=True),
]

INFO_REQUEST = [
    rule("references", "info_request", L, 3,
         r"\b(?:referenzen|referenzgeber\w*|referenzpersonen|arbeitszeugnis(?:se)?|zeugnisse|"
         r"ansprechpartner für (?:eine )?referenz)\b"),
    rule("salary_expectations", "info_request", L, 3,
         r"\b(?:gehaltsvorstellung\w*|gehaltswunsch|gehaltsvorstellungen|gehaltserwartung\w*|"
         r"aktuelle[sn]? gehalt|kündigungsfrist\w*|frühestmögliche[nr]? (?:eintritt\w*|start\w*)|"
         r"frühesten eintritt\w*)\b"),
    rule("documents", "info_request", L, 2.5,
         r"\b(?:arbeitsproben?|portfolio|zertifikate|nachweise|abschlusszeugnis\w*|"
         r"studiennachweis\w*|aufenthaltstitel|arbeitserlaubnis|fragebogen|personalbogen|"
         r"probeaufgabe|fallstudie|case study|aktuellen lebenslauf|kopie (?:ihres|deines|"
         r"ihrer|deiner))\b"),
    rule("ask_to_send", "info_request", L, 1.5,
         r"\b(?:könnten|würden|könntest|würdest|bitten|bitte|dürfte ich|darf ich) (?:\w+ ){0,8}"
         r"(?:zusenden|zuschicken|senden|schicken|nachreichen|übermitteln|mitteilen|nennen|"
         r"zukommen lassen|ausfüllen|hochladen|bestätigen)\b"),
    rule("questions", "info_request", L, 1.5,
         r"\b(?:noch )?(?:ein(?:e|ige)?|zwei|kurze|weitere) (?:kurze )?(?:rückfragen?|fragen?)\b"),
]

ACKNOWLEDGMENT = [
    rule("thanks", "acknowledgment", L, 1,
         r"\b(?:vielen |herzlichen |besten |lieben )?dank (?:für|fuer)\b|\bdanke (?:für|ihnen|"
         r"dir|schön|sehr)\b"),
    rule("nice_meeting", "acknowledgment", L, 1,
         r"\b(?:hat (?:mich|uns) (?:sehr )?gefreut|freut mich|schön, " + _YOU + r"|angenehme[sn]?"
         r" gespräch)"),
    rule("be_in_touch", "acknowledgment", L, 2,
         r"\b(?:melde[n]? (?:uns|mich)|(?:bei|zu) (?:ihnen|dir) (?:\w+ ){0,3}melden|"
         r"rückmeldung (?:geben|erhalten|bekommen|zukommen)|" r"(?:halten|halte) (?:sie|dich) "
         r"(?:\w+ ){0,2}auf dem laufenden|(?:geben|gebe) (?:ihnen|dir) (?:\w+ ){0,3}(?:bescheid|"
         r"rückmeldung)|informieren (?:sie|dich) (?:\w+ ){0,3}(?:sobald|über|zeitnah)|"
         r"(?:zeitnah|baldmöglichst|in kürze) (?:eine )?rückmeldung)"),
    rule("still_deciding", "acknowledgment", L, 2.5,
         r"\b(?:(?:bewerbungs)?status ?: ?(?:in prüfung|in bearbeitung|in bewertung|eingegangen)|"
         r"noch keine (?:entscheidung|rückmeldung)|noch nicht (?:sagen|mitteilen|absehen|entschieden|abgeschlossen|"
         r"getroffen|gefallen)|(?:auswahlprozess|bewerbungsprozess|prozess|auswahlverfahren) "
         r"(?:\w+ ){0,2}(?:läuft|ist) noch|noch (?:in|im|mitten im) (?:gesprächen|auswahlprozess|"
         r"prozess|auswahlverfahren)|noch weitere (?:gespräche|kandidaten|bewerber)|dauert "
         r"(?:noch|etwas|leider|länger)|verzögerung|verzögert|gedulden|geduld|(?:einer|eine|eines) (?:von|"
         r"der|aus den) (?:zwei|drei|den letzten|zwei letzten|drei letzten) (?:finalist\w*|kandidat\w*|"
         r"bewerber\w*)|(?:wir )?entscheiden (?:uns )?(?:\w+ ){0,2}(?:bis|ende|anfang|nächste|kommende)|entscheidung "
         r"(?:\w+ ){0,3}(?:bis|ende|anfang|nächste|kommende))"),
    rule("passed_along", "acknowledgment", L, 2,
         r"\b(?:weitergeleitet|weitergegeben|weiterleiten|weitergeben)\b"),
    rule("next_steps", "acknowledgment", L, 1.5,
         r"\b(?:nächsten schritte|weitere vorgehen|weiteren schritte|stand der dinge|update)\b"),
]

OTHER = [
    rule("mailing_list", "other", L, 3,
         r"\b(?:abmelden|abbestellen|newsletter|jobalarm|job-alert|passende stellen für sie)\b"),
    rule("wrong_person", "other", L, 3,
         r"\b(?:falsche[nr]? (?:person|empfänger|adresse|ansprechpartner)|nicht (?:der|die) "
         r"richtige (?:ansprechpartner|ansprechpartnerin|person)|nicht mehr (?:bei|im unternehmen|"
         r"für))\b|\b(?:falsch gelandet|irrtümlich|versehentlich)\b|\bnicht (?:an|bei) "
         r"(?:ihrem|deinem|dem) (?:gespräch|interview) beteiligt"),
    rule("off_topic", "other", L, 3,
         r"\b(?:ganz )?anderes thema\b|\bnebenbei (?:gefragt|bemerkt)|\bkurz off-topic|"
         r"\bnichts mit (?:ihrer|deiner) bewerbung"),
]

RULES = REJECTION + OFFER + SECOND_INTERVIEW + INFO_REQUEST + ACKNOWLEDGMENT + OTHER
