"""The phrase tables behind core/machine.py: automatic-reply subjects and bodies, bounce texts.

Data only. Each body phrase carries its language, a weight (2: says "automatic" or "out of
office" outright; 1: only hints, as "on vacation" does in a person's note too) and a name.
"""

from __future__ import annotations

import re

_I = re.I

# Subjects of automatic replies. Exchange/Outlook prefix "Automatic reply:" in the recipient's
# language; Gmail vacation replies carry whatever subject the user set (often "Out of office").
AUTO_SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("en", re.compile(r"^\s*(?:automatic\s+reply|auto[- ]?reply|autoreply|auto[- ]?response"
                      r"|out\s+of\s+(?:the\s+)?office(?:\s+auto[- ]?reply)?|ooo\b|away\s*:"
                      r"|auto\s*:|\[auto[- ]?reply\]|on\s+vacation|vacation\s+reply"
                      r"|away\s+from\s+(?:the\s+|my\s+)?(?:office|desk|email))", _I)),
    ("en", re.compile(r"\b(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto[- ]?reply"
                      r"|autoresponse)\b", _I)),
    ("de", re.compile(r"^\s*abwesenheit\s*:|\b(?:automatische\s+antwort|abwesenheitsnotiz|abwesenheits(?:meldung"
                      r"|nachricht|info)|abwesend|nicht\s+im\s+b[üu]ro|au(?:ß|ss)er\s+haus"
                      r"|urlaubsabwesenheit)\b", _I)),
    ("fr", re.compile(r"(?:^\s*absence\s*(?::|$)|r[ée]ponse\s+automatique|absente?\s+du\s+bureau|message\s+d'absence"
                      r"|absence\s+du\s+bureau|^\s*absente?\s*:|hors\s+du\s+bureau)", _I)),
    ("es", re.compile(r"(?:respuesta\s+autom[áa]tica|fuera\s+de\s+(?:la\s+)?oficina"
                      r"|mensaje\s+de\s+ausencia|^\s*ausente\s*:|respuesta\s+de\s+ausencia)", _I)),
)

# Each phrase also names literal stems (lower-case), one of which must occur for the pattern to
# be tried at all: a cheap `in` test spares the regular expression on most replies.
BODY_PHRASES: tuple[tuple[str, int, str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("en", 2, "out of office", ("office", "i am", "i'm", "i’m", "im "), re.compile(
        r"\bout\s+of\s+(?:the\s+)?office\b|\bI\s*(?:am|'m)\s+(?:currently\s+)?"
        r"(?:out|away|travell?ing|on\s+(?:annual\s+|parental\s+|maternity\s+|paternity\s+)?"
        r"(?:leave|vacation|holiday|pto))\b", _I)),
    ("en", 2, "automatic reply", ("automat", "auto"), re.compile(
        r"\b(?:this\s+is\s+an?\s+)?(?:automatic|automated|auto[- ]?generated)\s+"
        r"(?:reply|response|message|e-?mail)\b|\bauto[- ]?reply\b", _I)),
    # a leaver's mailbox: "This mailbox is no longer monitored"
    ("en", 2, "not monitored", ("monitored", "in use", "checked"), re.compile(
        r"\b(?:mailbox|inbox|e-?mail\s+(?:address|account)|address|account)\s+is\s+(?:no\s+longer|not)"
        r"\s+(?:being\s+)?(?:monitored|in\s+use|checked)\b", _I)),
    ("en", 1, "limited access", ("access", "return", "get back", "am back", "m back", "until"),
     re.compile(
        r"\b(?:limited|no|without)\s+access\s+to\s+(?:my\s+)?e-?mail"
        r"|\bupon\s+my\s+return\b|\bwhen\s+I(?:\s+return|\s+get\s+back|\s+am\s+back|['’]m\s+back)\b"
        # "on annual leave until 21/09", "until Monday 14 September"
        r"|\buntil\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:[/.]\d{1,2}"
        r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", _I)),
    ("en", 1, "back on", ("back", "return", "urgent", "direct", "left"), re.compile(
        r"\b(?:I\s*(?:will|'ll)\s+be\s+back|(?:I\s+)?will\s+(?:be\s+)?return(?:ing)?\b"
        r"|returning\s+(?:on|to)|back\s+in\s+the\s+office|back\s+on\b"
        r"|for\s+(?:anything\s+|any\s+)?urgent\b|urgent\s+(?:matters|queries|requests|enquiries"
        r"|inquiries|issues)|please\s+(?:re)?direct\s+(?:any\s+|all\s+|your\s+)?(?:future\s+)?"
        r"(?:\w+\s+)?(?:queries|enquiries|inquiries|e-?mails|correspondence|messages)\s+to\b"
        r"|\bI(?:'ve|\s+have)\s+(?:now\s+)?left\s+(?!a\b|you\b|the\s+(?:panel|team)\s+)\w+)", _I)),
    ("de", 2, "abwesend", ("abwesen", "büro", "buro", "haus", "automatisch", "urlaub", "elternzeit",
                           "weitergeleitet", "erreichbar"), re.compile(
        r"\b(?:abwesend|nicht\s+im\s+b[üu]ro|au(?:ß|ss)er\s+haus|abwesenheitsnotiz"
        r"|automatische\s+antwort|im\s+(?:urlaub|jahresurlaub)|in\s+(?:elternzeit|urlaub)"
        r"|(?:nachricht|e-?mail)\s+wird\s+nicht\s+weitergeleitet"
        r"|bin\s+(?:derzeit|aktuell|momentan)\s+nicht\s+erreichbar)\b", _I)),
    ("de", 1, "wieder da", ("rückkehr", "ruckkehr", "wieder", "zugriff", "zugang", "erreichbar",
                            "dringend", "lese", "bis "), re.compile(
        r"\bnach\s+meiner\s+r[üu]ckkehr\b|\bwieder\s+(?:im\s+b[üu]ro|erreichbar|da|im\s+haus"
        r"|zur[üu]ck|f[üu]r\s+sie\s+da)\b|\bin\s+dringenden\s+f[äa]llen\b"
        r"|\blese\s+(?:meine\s+)?e-?mails\s+nicht\b"
        r"|\bkeinen\s+(?:zugriff|zugang)\s+auf\s+(?:meine\s+)?e-?mails?\b"
        r"|\beingeschr[äa]nkt\s+erreichbar\b"
        r"|\bbis\s+(?:einschlie(?:ß|ss)lich\s+|inkl\.?\s+|zum\s+)?\d{1,2}\.\s?\d{1,2}\.", _I)),
    ("fr", 2, "absent", ("absent", "automatique", "cong", "vacances", "bureau", "déplacement",
                         "deplacement"), re.compile(
        r"\b(?:absente?\s+du\s+bureau|actuellement\s+absente?|je\s+suis\s+absente?"
        r"|je\s+suis\s+en\s+d[ée]placement"
        r"|r[ée]ponse\s+automatique|message\s+automatique|en\s+cong[ée]s?|en\s+vacances"
        r"|hors\s+du\s+bureau)\b", _I)),
    ("fr", 1, "de retour", ("retour", "accès", "acces", "urgence", "transf", "jusqu"), re.compile(
        r"\bjusqu['’](?:au|à)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?\d{1,2}(?:er)?"
        r"(?:[/.]\d{1,2}|\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre"
        r"|octobre|novembre|d[ée]cembre))|"
        r"\bde\s+retour\s+(?:le|au\s+bureau|lundi|mardi|mercredi|jeudi|vendredi)\b"
        r"|\bpour\s+toute\s+urgence\b|\ben\s+cas\s+d'urgence\b"
        r"|\bne\s+sera\s+pas\s+transf[ée]r[ée]\b"
        r"|\b[àa]\s+mon\s+retour\b|\bacc[èe]s\s+limit[ée]\s+[àa]\s+(?:mes|ma)\b", _I)),
    ("es", 2, "fuera de la oficina", ("oficina", "ausente", "fuera", "vacaciones", "automátic", "automatic"), re.compile(
        r"\b(?:fuera\s+de\s+(?:la\s+)?oficina|estar[ée]\s+(?:ausente|fuera)|me\s+encuentro\s+(?:fuera"
        r"|ausente|de\s+vacaciones)|estoy\s+(?:fuera|de\s+vacaciones|ausente)|de\s+vacaciones"
        r"|respuesta\s+autom[áa]tica|mensaje\s+autom[áa]tico)\b", _I)),
    ("es", 1, "a mi regreso", ("regres", "vuelta", "acceso", "urgen", "hasta"), re.compile(
        r"\bhasta\s+el\s+(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes)\s+)?\d{1,2}(?:[/.]\d{1,2}"
        r"|\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
        r"|octubre|noviembre|diciembre))|"
        r"\ba\s+mi\s+(?:regreso|vuelta)\b|\bsin\s+acceso\s+al\s+correo\b"
        r"|\bpara\s+(?:temas|asuntos|cualquier\s+asunto)\s+urgentes?\b|\ben\s+caso\s+de\s+urgencia\b|\bregres(?:o|ar[ée])\s+el\b|\bestar[ée]\s+de\s+vuelta\b"
        r"|\bacceso\s+limitado\s+a(?:l)?\s+(?:mi\s+)?correo\b", _I)),
)

# Portuguese: Brazilian recruiters' vacation replies to an English thank-you.
BODY_PHRASES += (
    ("pt", 2, "de férias", ("férias", "ferias", "escrit", "ausente"), re.compile(
        r"\b(?:estou|estarei|encontro-me)\s+(?:de\s+f[ée]rias|ausente|fora\s+do\s+escrit[óo]rio)"
        r"|\bfora\s+do\s+escrit[óo]rio\b|\bresposta\s+autom[áa]tica\b", _I)),
    ("pt", 1, "até", ("até", "ate ", "urgente", "retorno"), re.compile(
        r"\bat[ée]\s+(?:o\s+dia\s+)?\d{1,2}(?:/|\s+de\s+)|\bassuntos\s+urgentes\b"
        r"|\bno\s+meu\s+retorno\b|\bretorno\s+(?:em|no\s+dia)\b", _I)),
)

# Phrases that mark an automatic mail without saying the sender is away.
NOT_AWAY = frozenset({"not monitored"})

BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})

DAEMON_SENDER = re.compile(
    r"\b(?:mailer-daemon|postmaster|mail\s+delivery\s+(?:system|subsystem)|mailerdaemon"
    r"|mail\s+administrator)\b", _I)

BOUNCE_SUBJECT = re.compile(
    r"undeliver(?:ed|able)|delivery\s+status\s+notification|mail\s+delivery\s+failed"
    r"|returned\s+mail|failure\s+notice|delivery\s+(?:has\s+)?failed|delivery\s+failure"
    r"|could\s+not\s+be\s+delivered|nicht\s+zustellbar|unzustellbar|non\s+remis"
    r"|[ée]chec\s+de\s+(?:la\s+)?remise|no\s+se\s+puede\s+entregar|no\s+entregado"
    r"|delivery\s+(?:delayed|delay)|warning:\s+could\s+not\s+send"
    r"|(?:message|mail|e-?mail)\s+delayed|delayed\s+(?:mail|message)", _I)

PERMANENT_TEXT = re.compile(
    r"permanent\s+(?:fatal\s+)?error|this\s+is\s+a\s+permanent\s+error"
    r"|the\s+following\s+address(?:\(es\))?\s+failed|could\s+not\s+be\s+delivered"
    r"|wasn't\s+delivered|couldn't\s+be\s+delivered|wasn't\s+able\s+to\s+deliver"
    r"|delivery\s+to\s+the\s+following\s+recipients?\s+failed(?:\s+permanently)?"
    r"|user\s+unknown|no\s+such\s+user|unknown\s+user|does\s+not\s+exist|address\s+rejected"
    r"|mailbox\s+(?:unavailable|not\s+found|disabled)|recipient\s+rejected"
    r"|mailbox\s+(?:is\s+)?full|over\s+(?:its\s+|the\s+)?(?:storage\s+)?quota|quota\s+exceeded"
    r"|\b55[0-4][ -]\d?|\b5\.\d{1,3}\.\d{1,3}\b"
    r"|konnte\s+nicht\s+zugestellt\s+werden|n'a\s+pas\s+pu\s+[êe]tre\s+remis"
    r"|no\s+se\s+pudo\s+entregar", _I)

DELAY_TEXT = re.compile(
    r"\bdelayed\b|\bwill\s+(?:continue\s+to\s+)?(?:retry|try)\b|\bstill\s+trying\b"
    r"|\btemporar(?:y|ily)\s+(?:failure|error|deferred|unavailable)\b|\b4\.\d{1,3}\.\d{1,3}\b"
    r"|has\s+not\s+yet\s+been\s+delivered|not\s+been\s+delivered\s+yet"
    r"|no\s+action\s+is\s+required\s+on\s+your\s+part|verz[öo]gert", _I)

# Without a header or subject marker, a note that talks about the application itself was
# written by a person, whatever it says about holidays.
HUMAN_TOPIC = re.compile(
    r"\b(?:interview|round|offer|position|role|candidate|candidacy|application|next\s+steps"
    r"|gespr[äa]ch|bewerbung|stelle|angebot|entretien|candidature|poste|offre"
    r"|entrevista|candidatura|puesto|oferta|vacante)\b|\?", _I)
