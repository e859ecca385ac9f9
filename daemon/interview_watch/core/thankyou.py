"""Recognise the user's interview thank-you emails among sent messages, and what they name.

Pure. A sent message is a thank-you when, in the subject or the text the user wrote (quotes and
signature removed), a word of thanks is followed in the same sentence by an interview word
("thank you for the interview", "vielen Dank für das Vorstellungsgespräch", "merci pour
l'entretien", "gracias por la entrevista"), or by a meeting word ("our conversation", "Ihre Zeit",
"notre échange", "su tiempo") while the message is about a job (a role, a position, your team, an
interview). Thanks for sending a job ad, for a newsletter or for a mock interview do not count.
The phrase tables are data; each rule's name and the phrase it found become the evidence.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Iterable, Sequence

from interview_watch.core.matching import (
    company_domain,
    is_ats_relay_domain,
    is_bulk,
    without_legal_suffix,
)
from interview_watch.core.models import ParsedMessage, ThankYouVerdict

try:  # written alongside this module; the local fallback keeps this module usable without it
    from interview_watch.core.textclean import author_text as _shared_author_text
except ImportError:  # pragma: no cover - depends on the checkout
    _shared_author_text = None

_F = re.IGNORECASE | re.UNICODE

# Words of thanks, per language: the rule's evidence names the language. Conditional thanks
# ("I would appreciate an interview", "le agradecería una entrevista") ask for an interview.
GRATITUDE: dict[str, str] = {
    "en": r"\bthank(?:s|\s+you|ing\s+you|ful)?\b|(?<!\bbe\s)\bgrateful\b"
    r"|(?<!would\s)(?<!\bI'd\s)(?<!\bI’d\s)\bappreciat(?:e|ed|ing)\b",
    # "mich für das Gespräch bedanken": the verb comes last, so "für" starts the clause then.
    "de": r"\bdank(?:e|en|bar)?\b|\bbedank(?:e|en)\b|\bf(?:ü|ue)r\b(?=[^.!?\n]{0,120}\bbedanken\b)",
    "fr": r"\bmerci\b|\bremerci(?!erais)\w*|(?<!serais\s)(?<!serai\s)\breconnaissant\w*",
    "es": r"\bgracias\b|\bagradec(?!er[íi]a)\w*|\bagradezco\b",
}
# What one thanks for after an interview: interview words suffice on their own.
INTERVIEW_WORDS = (
    r"\b(?:job\s+)?interview(?:s|ed|ing)?\b(?!\s+(?:prep|preparation|tips|questions|practice|"
    r"coaching|training|guide|podcast|book|course))"
    r"|\b(?:vorstellungs|bewerbungs|kennenlern)gespr(?:ä|ae|a)ch\w*"
    r"|\bentretien\w*|\bentrevue\w*|\bentrevista\w*"
)
# Meeting words count only when the message is about a job as well.
MEETING_WORDS = (
    r"\b(?:conversations?|chat(?:ting)?|calls?|meeting|meet(?:ing)?|speak(?:ing)?|spoke|"
    r"talk(?:ing)?|discussions?|discuss(?:ing)?|time|opportunity|having\s+me|hosting\s+me)\b"
    r"|\w*gespr(?:ä|ae|a)ch\w*|\btelefonat\w*|\beinladung\w*|\bzeit\b|\baustausch\w*|"
    r"\bkennenlernen\b|\btreffen\b|\bgelegenheit\b"
    r"|\b[ée]change\w*|\b[ée]changer\b|\btemps\b|\brencontre\w*|\brencontrer\b|\bappel\b|"
    r"\bconversation\b|\bdiscussion\b|\bopportunit[ée]\b"
    r"|\bconversaci[óo]n\b|\bconversar\b|\bcharla\b|\btiempo\b|\breuni[óo]n\b|\bllamada\b|"
    r"\bhablar\b|\boportunidad\b"
)
# Signs that the message is about a job. Interview words count as well.
JOB_CONTEXT = (
    r"\brole\b(?!-)|\bopportunit(?:y|ies)\b|\bopening\b|\bvacancy\b|"
    r"\b(?:the|this|that)\s+job\b(?!\s+(?:scheduler|queue|runs?|runner|failed|failure|config|logs?))|"
    r"\bjob\s+(?:offer|opportunity)\b|\bhiring\b|\bcandidacy\b|\bmy\s+application\b|"
    r"\b(?:join(?:ing)?\s+(?:your|the)|your)\s+team\b|\brecruit(?:ing|ment)\s+process\b"
    r"|\bstelle\b|\bposition\b|\brolle\b|\bbewerbung\w*|\bvakanz\b|\bihr(?:em|en)?\s+team\b|"
    r"\bihrem\s+unternehmen\b|\bvorzustellen\b|\bjoin(?:ing)?\s+(?-i:[A-Z])"
    r"|\bposte\b|\bcandidature\b|\bvotre\s+[ée]quipe\b|\brejoindre\b|\bemploi\b|\brecrutement\b"
    r"|\bpuesto\b|\bposici[óo]n\b|\bvacante\b|\bcandidatura\b|\b(?:su|vuestro)\s+equipo\b|"
    r"\bunirme\b|\bcargo\b|\bproceso\s+de\s+selecci[óo]n\b"
)
# Between the thanks and the noun, these mean the thanks is for something else: a job ad, a
# link, a newsletter, a practice interview, or an interview still hoped for ("in advance").
NOT_FOR_AN_INTERVIEW = (
    r"\b(?:send(?:ing)?|sent|forward(?:ing|ed)?|reaching\s+out|getting\s+in\s+touch|contacting|"
    r"thinking\s+of\s+me|job\s+ad|ad|advert\w*|posting|listing|link|newsletter|subscri\w+|"
    r"sign(?:ing)?\s+up|registering|mock|practice|in\s+advance|consider(?:ing|ation))\b"
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
# "It was a pleasure speaking with you" and its translations, thanked for elsewhere in the text.
PLEASURE = (
    r"\b(?:great|nice|lovely|wonderful|a\s+pleasure|enjoyed|loved)\s+(?:to\s+)?"
    r"(?:meeting|speaking|talking|chatting|meet|speak|talk|our\s+conversation|the\s+interview)\b"
    r"|\bhat\s+mich\s+(?:sehr\s+)?gefreut\b|\bgro(?:ß|ss)e\s+freude\b"
    r"|\bravie?\s+d'avoir\b|\bun\s+(?:r[ée]el\s+|grand\s+)?plaisir\b"
    r"|\bfue\s+un\s+(?:gran\s+)?placer\b|\bencantad[oa]\s+de\b|\bdisfrut[ée]\b"
)
# A sentence ends at . ! ? ; or a paragraph, but not at the dot of "Ms. Smith".
_CLAUSE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?<!\bHr)(?<!\bFr)(?<!\bSr)\.|[!?;¡¿\n]"
)
_CLAUSE_CHARS = 160
_MAX_CHARS = 20_000  # a thank-you is short; a huge body is read only this far

_GRATITUDE = {lang: re.compile(p, _F) for lang, p in GRATITUDE.items()}
_INTERVIEW = re.compile(INTERVIEW_WORDS, _F)
_MEETING = re.compile(MEETING_WORDS, _F)
_CONTEXT = re.compile(JOB_CONTEXT + "|" + INTERVIEW_WORDS, _F)
_VETO = re.compile(NOT_FOR_AN_INTERVIEW, _F)
_PLEASURE = re.compile(PLEASURE, _F)


def detect_thank_you(msg: ParsedMessage, own_addresses: Sequence[str]) -> ThankYouVerdict | None:
    """Given a message from the Sent folder and the user's own addresses, return why it is an
    interview thank-you and the company and role it names, or None when it is not one."""
    own = {a.lower() for a in own_addresses}
    recipients = [a.lower() for a in (*msg.to, *msg.cc) if a and a.lower() not in own]
    if not recipients or is_bulk(msg):
        return None
    body = author_body(msg)[:_MAX_CHARS]
    evidence = _thanks_evidence(f"{msg.subject}\n\n{body}")
    if not evidence:
        return None
    company, company_evidence = company_for(body, msg.subject, recipients)
    role, role_evidence = role_for(msg.subject, body)
    return ThankYouVerdict(
        company=company, role=role, evidence=tuple(evidence + company_evidence + role_evidence)
    )


def author_body(msg: ParsedMessage) -> str:
    """Return what the user wrote in `msg`, as paragraphs with each one's lines joined."""
    text = msg.text
    if not text.strip() and msg.html:
        text = html_to_text(msg.html)
    elif re.search(r"<(?:p|br|div|span|b|strong|html|body)\b[^>]*>", text, re.I):
        text = html_to_text(text)
    cleaned = _shared_author_text(text) if _shared_author_text is not None else ""
    if not isinstance(cleaned, str) or not cleaned.strip():
        cleaned = _local_author_text(text)
    paragraphs = re.split(r"\n\s*\n", cleaned)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML body: quoted blocks, styles and scripts dropped."""
    html = re.sub(r"(?is)<(style|script|head|blockquote)\b.*?</\1\s*>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</(?:p|div|li|tr|h\d)\s*>", "\n", html)
    html = re.sub(r"(?i)<(?:p|div)\b[^>]*>", "\n\n", html)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


_QUOTE_START = re.compile(
    r"^\s*(?:(?:on|am|le|el)\b.{0,300}\b(?:wrote|schrieb|a\s+[ée]crit|escribi[óo])\b.{0,40}:\s*$"
    r"|-{2,}\s*(?:original\s+message|urspr[üu]ngliche\s+nachricht|message\s+d'origine|"
    r"mensaje\s+original|forwarded\s+message|weitergeleitete\s+nachricht)\s*-{2,})",
    re.I,
)


def _local_author_text(text: str) -> str:
    """Fallback when textclean is absent: drop ">" lines and everything from an attribution line,
    and the signature after "-- "."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _QUOTE_START.match(line) or line.rstrip() in ("--", "-- "):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)


def _thanks_evidence(text: str) -> list[str]:
    """Return the rule names and phrases showing `text` thanks someone for an interview."""
    text = text[:_MAX_CHARS]
    contexts = [(m.start(), m.end(), m.group(0)) for m in _CONTEXT.finditer(text)]
    for lang, gratitude in _GRATITUDE.items():
        for thanks in gratitude.finditer(text):
            clause = _clause_after(text, thanks.end())
            veto = _VETO.search(clause)
            limit = veto.start() if veto else len(clause)
            noun = _INTERVIEW.search(clause, 0, limit)
            if noun:
                return [f"thanks_for_interview/{lang}: {_phrase(thanks.group(0), clause, noun)}"]
            noun = _MEETING.search(clause, 0, limit)
            if noun:
                start = thanks.end() + noun.start()
                context = _job_context(contexts, start, start + len(noun.group(0)))
                if context:
                    phrase = _phrase(thanks.group(0), clause, noun)
                    return [f"thanks_for_conversation/{lang}: {phrase}", f"job_context: {context}"]
    pleasure = _PLEASURE.search(text)
    if pleasure and _thanks_in(text):
        context = _job_context(contexts, pleasure.start(), pleasure.end())
        if context:
            return [f"pleasure_meeting: {pleasure.group(0)}", f"job_context: {context}"]
    return []


def _thanks_in(text: str) -> bool:
    return any(g.search(text) for g in _GRATITUDE.values())


def _phrase(thanks: str, clause: str, noun: re.Match[str]) -> str:
    return " ".join(f"{thanks}{clause[: noun.end()]}".split())


def _clause_after(text: str, start: int) -> str:
    """Return the rest of the sentence that begins at `start`, at most _CLAUSE_CHARS long."""
    window = text[start : start + _CLAUSE_CHARS]
    end = _CLAUSE_END.search(window)
    return window[: end.start()] if end else window


def _job_context(contexts: list[tuple[int, int, str]], skip_start: int, skip_end: int) -> str:
    """Return the first job word outside the span [skip_start, skip_end) (the meeting word itself,
    so "thanks for the opportunity" is not its own context), or ""."""
    for start, end, word in contexts:
        if end <= skip_start or start >= skip_end:
            return word
    return ""



# --- What the thank-you names: the company and the role -----------------------------------------

# A company name as written: one to four capitalised words ("Acme", "Procter & Gamble", "N26").
_WORD = r"[A-Z0-9ÄÖÜÉÈÁÍÓÚ](?:[\w&'’+-]|\.(?=\w))*"  # a period only inside a word: "Acme.io"
_NAME = r"(?P<name>(?-i:" + _WORD + r"(?:[ \t]+(?:&[ \t]+)?" + _WORD + r"){0,3}))"
COMPANY_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "company_at",
        r"\b(?:at|bei(?:\s+(?:der|dem|den))?|chez|en|au\s+sein\s+(?:de\s+|d['’])|join(?:ing)?|rejoindre)\s+"
        + _NAME,
    ),
    ("company_team", r"\bthe\s+" + _NAME + r"\s+team\b"),
    ("company_team", r"\bl['’][ée]quipe\s+(?:de\s+|d['’])" + _NAME),
    ("company_team", r"\bel\s+equipo\s+de\s+" + _NAME),
    ("company_team", r"\b(?:das|dem|im)\s+" + _NAME + r"[-\s]Team\b"),
)
_COMPANY = tuple((rule, re.compile(p, _F)) for rule, p in COMPANY_PATTERNS)
# Capitalised words after "at"/"bei"/"en" that are not companies.
_NOT_A_COMPANY = frozenset(
    """i the this that these your our my his her their it we you he she they a an all any some
    home least last first noon midnight monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    ihnen ihrem ihrer ihr dir euch uns fragen rückfragen gelegenheit bedarf interesse gespräch
    bewerbung vorstellungsgespräch interview montag dienstag mittwoch donnerstag freitag vous nous
    toi moi lui eux lundi mardi mercredi jeudi vendredi madrid barcelona valencia sevilla paris
    london berlin münchen munich hamburg lyon remote person zoom teams meet skype webex""".split()
)


def company_for(body: str, subject: str, recipients: Sequence[str]) -> tuple[str, list[str]]:
    """Return the company a thank-you names and the evidence: a name in the text that agrees with
    a recipient's domain, else one said "at"/"bei"/"chez"/"en" in the same sentence as the thanks
    or the interview ("the interview at Acme"), else the recipient's domain (acme.co.uk ->
    "Acme"), else any name in the text ("the Acme team" may be a team inside the company, so it
    never overrides the domain); ("", []) when none."""
    domain = next((d for d in map(company_domain, recipients) if d and not is_ats_relay_domain(d)), "")
    found = _companies_in_text(f"{subject}\n\n{body}")
    for name, phrase, _ in found:
        if domain and _same_company(name, domain):
            return name, [f"company_from_text: {phrase}"]
    for name, phrase, in_context in found:
        if in_context:
            return name, [f"company_from_text: {phrase}"]
    if domain:
        return company_name_from_domain(domain), [f"company_from_domain: {domain}"]
    if found:
        return found[0][0], [f"company_from_text: {found[0][1]}"]
    return "", []


def company_name_from_domain(domain: str) -> str:
    """Return a display name for a registrable domain: "acme.co.uk" -> "Acme", "deutsche-bahn.de"
    -> "Deutsche Bahn", "sap.com" -> "SAP" (labels of three characters or fewer are acronyms)."""
    label = domain.split(".")[0]
    return " ".join(p.upper() if len(p) <= 3 else p.capitalize() for p in label.split("-") if p)


def _companies_in_text(text: str) -> list[tuple[str, str, bool]]:
    """Return (name, phrase, said next to the thanks or interview) for each name in `text`."""
    found: list[tuple[int, str, str, bool]] = []
    for rule, pattern in _COMPANY:
        for m in pattern.finditer(text):
            name = _clean_company(m.group("name"))
            if not name:
                continue
            sentence = _sentence_before(text, m.start())
            in_context = rule == "company_at" and _about_the_interview(sentence)
            found.append((m.start(), name, " ".join(m.group(0).split()), in_context))
    return [(name, phrase, ctx) for _, name, phrase, ctx in sorted(found)]


# "my current role at Initech" names the user's own employer, not the one they thank.
_OWN_JOB = re.compile(
    r"\b(?:my|currently|current|derzeit|aktuell|meine[mr]?|actuellement|mon|actualmente|mi)\b", _F
)


def _about_the_interview(sentence: str) -> bool:
    if _INTERVIEW.search(sentence) or _MEETING.search(sentence) or _thanks_in(sentence):
        return True
    return bool(_CONTEXT.search(sentence)) and not _OWN_JOB.search(sentence)


def _clean_company(raw: str) -> str:
    words = [w.rstrip(".,'’").removesuffix("'s").removesuffix("’s") for w in raw.split()]
    while words and words[-1].lower() in _NOT_A_COMPANY | {"&", "today", "yesterday", "heute", "gestern"}:
        words.pop()
    if not words or words[0].lower() in _NOT_A_COMPANY or not re.search(r"[^\W\d_]", words[0]):
        return ""
    return without_legal_suffix(" ".join(words))


def _same_company(name: str, domain: str) -> bool:
    plain = re.sub(r"[^a-z0-9]", "", name.lower())
    label = domain.split(".")[0].replace("-", "")
    if plain == label:
        return bool(plain)
    return min(len(plain), len(label)) >= 3 and (plain.startswith(label) or label.startswith(plain))


def _sentence_before(text: str, end: int) -> str:
    start = max(text.rfind(c, 0, end) for c in ".!?\n")
    return text[max(start + 1, end - 160) : end]


# Roles: a run of words before "interview"/"role"/"position", or after "position as",
# "Stelle als", "poste de", "puesto de"; checked in the subject first, then the body.
_ROLE_BEFORE = re.compile(r"\b(?:interview|position|role|opening|vacancy|job)\b", _F)
_ROLE_AFTER = re.compile(
    r"\b(?:position|role|job)\s+(?:of|as)\s+"
    r"|\binterview\s*(?:for|[–—:-])\s*(?:the\s+)?(?:(?:position|role)\s+of\s+)?"
    r"|\b(?:position|stelle|rolle|bewerbung|vorstellungsgespr(?:ä|ae)ch|gespr(?:ä|ae)ch)\s+"
    r"(?:als|zum|zur|des|der|eines|einer)\s+"
    r"|\bvorstellungsgespr(?:ä|ae)ch\s*[–—:-]\s*"
    r"|\bpostes?\s+(?:de\s+|d['’])|\ben\s+tant\s+que\s+"
    r"|\bentretien\s*(?:pour|[–—:-])\s*(?:le\s+poste\s+(?:de\s+|d['’]))?"
    r"|\b(?:puesto|posici[óo]n|cargo|vacante|rol)\s+(?:de|como)\s+"
    r"|\bentrevista\s*(?:para|[–—:-])\s*(?:el\s+puesto\s+de\s+)?",
    _F,
)
_ROLE_TOKEN = re.compile(r"[\w/&+#'’.-]+|[,;:!?()\[\]\"“”–—|]")
_ROLE_KEYWORDS = frozenset(
    "interview interviews position role opening vacancy job team stelle poste puesto rolle "
    "vorstellungsgespräch gespräch entretien entrevista".split()
)
_NOT_IN_ROLE_BEFORE = _ROLE_KEYWORDS | frozenset(
    """the a an this that our my your their his her for about regarding re fw fwd aw wg tr rv on
    of after at with to and thank thanks you today today's yesterday yesterday's conversation
    great lovely nice wonderful open new exciting current advertised available interesting recent
    first second third final initial technical phone video virtual onsite on-site panel screening
    round follow-up 1st 2nd 3rd in-person hiring following up last week's from is was me again so
    much very such ihr vielen dank danke für das die der merci pour gracias por la el le s""".split()
)
_NOT_IN_ROLE_AFTER = _ROLE_KEYWORDS | frozenset(
    """at with and in on today yesterday this last next for that which who where i we you is was
    bei mit und im am heute gestern zu ist war chez avec et dans hier aujourd'hui ce cette cet
    pour en est con y ayer hoy esta este que qui ich je yo wir nous es à au aux me m' sounds seems
    looks fits passt reizt klingt correspond semble m'intéresse interesa encaja parece""".split()
)
_LEADING_ARTICLES = frozenset("the a an un une una el la le l' der die das einen eine einer des".split())
_TRAILING_LINKS = frozenset("of de des du d' für and y et und - &".split())
# Word stems that make a subject segment a job title ("Thank you - Senior Data Engineer").
ROLE_WORDS = (
    "engineer", "developer", "manager", "designer", "analyst", "scientist", "lead", "director",
    "consultant", "architect", "specialist", "coordinator", "administrator", "intern", "officer",
    "head", "associate", "researcher", "recruiter", "accountant", "owner", "sre", "devops",
    "writer", "editor", "marketer", "strategist", "technician", "programmer", "tester",
    "entwickler", "ingenieur", "berater", "leiter", "referent", "sachbearbeiter", "werkstudent",
    "praktikant", "ingénieur", "développeu", "chef", "responsable", "chargé", "stagiaire",
    "ingeniero", "ingeniera", "desarrollador", "analista", "gerente", "jefe", "jefa", "diseñador",
    "consultor", "becari", "científic", "arquitect", "programador", "técnic",
)


def role_for(subject: str, body: str) -> tuple[str, list[str]]:
    """Return the role a thank-you names and the evidence, from the subject, then the body."""
    subject = re.sub(r"^(?:\s*(?:re|aw|wg|fw|fwd|tr|rv|sv)\s*:)+\s*", "", subject, flags=re.I)
    role = _role_near_keywords(subject) or _role_segment(subject)
    if role:
        return role, [f"role_from_subject: {role}"]
    role = _role_near_keywords(body)
    return (role, [f"role_from_body: {role}"]) if role else ("", [])


def _role_near_keywords(text: str) -> str:
    found: list[tuple[int, str]] = []
    for m in _ROLE_BEFORE.finditer(text):
        before = _ROLE_TOKEN.findall(text[max(0, m.start() - 120) : m.start()])
        words = _walk(reversed(before), _NOT_IN_ROLE_BEFORE)
        if words:
            found.append((m.start(), " ".join(reversed(words))))
    for m in _ROLE_AFTER.finditer(text):
        tokens = _ROLE_TOKEN.findall(text[m.end() : m.end() + 120])
        while tokens and tokens[0].lower() in _LEADING_ARTICLES:
            tokens.pop(0)
        words = _walk(tokens, _NOT_IN_ROLE_AFTER, forward=True)
        while words and words[-1].lower() in _TRAILING_LINKS:
            words.pop()
        if words:
            found.append((m.start(), " ".join(words)))
    return min(found)[1] if found else ""


def _walk(tokens: Iterable[str], stop: frozenset[str], forward: bool = False) -> list[str]:
    """Collect up to six role words from `tokens` until punctuation or a stop word; [] when the
    run is longer (a sentence, not a title)."""
    words: list[str] = []
    for token in tokens:
        word = token.rstrip(".") if token not in ("Sr.", "Jr.") else token
        if not re.search(r"\w", token) or word.lower() in stop or word.endswith(("'s", "’s")):
            break
        if not forward and token.endswith(".") and words and token not in ("Sr.", "Jr."):
            break
        words.append(word)
        if forward and token.endswith("."):
            break
        if len(words) > 6:
            # a sentence, not a title: keep it only up to its last job-title word
            titled = [i for i, w in enumerate(words) if w.lower().startswith(ROLE_WORDS)]
            return words[: titled[-1] + 1] if titled and forward else []
    return words


def _role_segment(subject: str) -> str:
    for segment in re.split(r"\s[–—|:-]\s|[–—|:]", subject):
        segment = segment.strip()
        if not segment or _INTERVIEW.search(segment) or _thanks_in(segment):
            continue
        words = segment.split()
        if len(words) <= 6 and any(w.lower().startswith(ROLE_WORDS) for w in words):
            return segment
    return ""
