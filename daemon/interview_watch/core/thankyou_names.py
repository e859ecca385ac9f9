"""What an interview thank-you names: the company (from its text, else the recipients' domain) and
the role (from the subject, else the body). Pure."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from interview_watch.core.matching import company_domain, is_ats_relay_domain, without_legal_suffix
from interview_watch.core.thankyou_phrases import CONTEXT_RE, FLAGS, INTERVIEW_RE, MEETING_RE, thanks_in

_F = FLAGS


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
    # "Thank you - Wayne Enterprises interview": believed only when the recipients' domain agrees
    ("company_interview", _NAME + r"\s+(?:job\s+)?interview\b"),
    # "the interview with Siemens": believed only when the recipient is a recruiting agency
    ("company_with", r"\b(?:interviews?|gespr(?:ä|ae)ch|vorstellungsgespr(?:ä|ae)ch|entretien|entrevista)"
     r"\s+(?:with|mit|avec|con)\s+" + _NAME),
)
# Rules whose name is believed only as said above, never as the text's first name.
_CONDITIONAL_RULES = frozenset({"company_interview", "company_with"})
# Recruiting agencies: their domain names the agency, and the client is named in the text.
_AGENCY = re.compile(
    r"recruit|talent|staffing|personal(?:beratung|service|vermittlung)|headhunt|executive|search|"
    r"hays|randstad|adecco|manpower|michael-?page|page-?(?:group|personnel)|robert-?half|kforce|"
    r"hudson|harvey-?nash|experis|gi-?group|hiring|placement|interim",
    re.I,
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
    or the interview ("the interview at Acme"; to a recruiting agency also "the interview with
    Siemens"), else the recipient's domain (acme.co.uk -> "Acme"), else any name in the text
    ("the Acme team" may be a team inside the company, so it never overrides the domain);
    ("", []) when none."""
    domain = next((d for d in map(company_domain, recipients) if d and not is_ats_relay_domain(d)), "")
    agency = bool(domain) and bool(_AGENCY.search(domain.split(".")[0]))
    found = _companies_in_text(f"{subject}\n\n{body}")
    for rule, name, phrase, _ in found:
        if domain and rule != "company_with" and _same_company(name, domain):
            return name, [f"company_from_text: {phrase}"]
    for rule, name, phrase, in_context in found:
        if in_context or (rule == "company_with" and agency):
            return name, [f"company_from_text: {phrase}"]
    if domain:
        return company_name_from_domain(domain), [f"company_from_domain: {domain}"]
    for rule, name, phrase, _ in found:
        if rule not in _CONDITIONAL_RULES:
            return name, [f"company_from_text: {phrase}"]
    return "", []


def company_name_from_domain(domain: str) -> str:
    """Return a display name for a registrable domain: "acme.co.uk" -> "Acme", "deutsche-bahn.de"
    -> "Deutsche Bahn", "sap.com" -> "SAP" (labels of three characters or fewer are acronyms)."""
    label = domain.split(".")[0]
    return " ".join(p.upper() if len(p) <= 3 else p.capitalize() for p in label.split("-") if p)


def _companies_in_text(text: str) -> list[tuple[str, str, str, bool]]:
    """Return (rule, name, phrase, said next to the thanks or interview) for each name in `text`."""
    found: list[tuple[int, str, str, str, bool]] = []
    for rule, pattern in _COMPANY:
        for m in pattern.finditer(text):
            name = _clean_company(m.group("name"))
            if not name:
                continue
            sentence = _sentence_before(text, m.start())
            in_context = rule == "company_at" and _about_the_interview(sentence)
            found.append((m.start(), rule, name, " ".join(m.group(0).split()), in_context))
    return [(rule, name, phrase, ctx) for _, rule, name, phrase, ctx in sorted(found)]


# "my current role at Initech" names the user's own employer, not the one they thank.
_OWN_JOB = re.compile(
    r"\b(?:my|currently|current|derzeit|aktuell|meine[mr]?|actuellement|mon|actualmente|mi)\b", _F
)


def _about_the_interview(sentence: str) -> bool:
    if INTERVIEW_RE.search(sentence) or MEETING_RE.search(sentence) or thanks_in(sentence):
        return True
    return bool(CONTEXT_RE.search(sentence)) and not _OWN_JOB.search(sentence)


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
# The field a French or Spanish title names with "en": "technicien en maintenance", "técnico en
# sistemas"; a contract type or a place of work is no field.
_FIELD = re.compile(
    r"\s+en\s+(?!cdi\b|cdd\b|alternance|stage|int[ée]rim|t[ée]l[ée]travail|remplacement|freelance|"
    r"pr[ée]sentiel|distanciel|remoto|pr[áa]cticas|l[ae]s?\b|el\b|un[ae]?\b|mi\b|su\b|nuestr\w+|votre|notre)"
    r"[a-zà-ÿ][\w-]+",
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
    much very such ihr vielen dank danke für das die der merci pour gracias por la el le s
    zoom teams skype webex hangouts meet google virtual remote in-person telephone online""".split()
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
    "writer", "editor", "marketer", "strategist", "technician", "technicien", "programmer", "tester",
    "entwickler", "ingenieur", "berater", "leiter", "referent", "sachbearbeiter", "werkstudent",
    "praktikant", "ingénieur", "développeu", "chef", "responsable", "chargé", "stagiaire",
    "ingeniero", "ingeniera", "desarrollador", "analista", "gerente", "jefe", "jefa", "diseñador",
    "consultor", "becari", "científic", "arquitect", "programador", "técnic",
)


def role_for(subject: str, body: str, company: str = "") -> tuple[str, list[str]]:
    """Return the role a thank-you names and the evidence, from the subject, then the body; never
    the company's own name ("Thank you - Wayne Enterprises interview")."""
    subject = re.sub(r"^(?:\s*(?:re|aw|wg|fw|fwd|tr|rv|sv)\s*:)+\s*", "", subject, flags=re.I)
    role = _role_near_keywords(subject, company) or _role_segment(subject)
    if role:
        return role, [f"role_from_subject: {role}"]
    role = _role_near_keywords(body, company)
    return (role, [f"role_from_body: {role}"]) if role else ("", [])


# "join Acme as a Product Manager", "die Aufgaben als Risikoanalyst": kept up to the last word
# that is a job title, and only when there is one.
_ROLE_AS = re.compile(
    r"\b(?:as|als|comme|como)\s+(?:an?\s+|the\s+|your\s+|ein(?:e|en|er)?\s+|une?\s+|una?\s+)?", _F
)


def _is_title_word(word: str) -> bool:
    lower = word.lower()
    return lower.startswith(ROLE_WORDS) or any(len(stem) >= 5 and stem in lower for stem in ROLE_WORDS)


def _names_company(role: str, company: str) -> bool:
    plain = re.sub(r"\W", "", role.casefold())
    return bool(company) and plain == re.sub(r"\W", "", company.casefold())


def _role_near_keywords(text: str, company: str = "") -> str:
    found: list[tuple[int, str]] = []
    for m in _ROLE_AS.finditer(text):
        words = _walk(_ROLE_TOKEN.findall(text[m.end() : m.end() + 120]), _NOT_IN_ROLE_AFTER, forward=True)
        titled = [i for i, w in enumerate(words) if _is_title_word(w)]
        if titled and titled[0] <= 2:
            end = titled[-1] + 1
            # a German title's field is a capitalised noun after it: "als Projektleiter Digitalisierung"
            while end < len(words) and words[end][:1].isupper() and m.group(0).lower().startswith("als"):
                end += 1
            found.append((m.start(), " ".join(words[:end])))
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
        if words and _is_title_word(words[-1]):
            field = _FIELD.match(text, m.end() + len(" ".join(tokens[: len(words)])))
            if field and len(words) < 5:
                words.append(" ".join(field.group(0).split()))
        if words:
            found.append((m.start(), " ".join(words)))
    found = [(at, role) for at, role in found if not _names_company(role, company)]
    return min(found)[1] if found else ""


_JOINERS = ("&", "/", "+")


def _walk(tokens: Iterable[str], stop: frozenset[str], forward: bool = False) -> list[str]:
    """Collect up to six role words from `tokens` until punctuation or a stop word; [] when the
    run is longer (a sentence, not a title)."""
    words = _walk_words(tokens, stop, forward)
    while words and words[-1] in _JOINERS:
        words.pop()
    return words


def _walk_words(tokens: Iterable[str], stop: frozenset[str], forward: bool) -> list[str]:
    words: list[str] = []
    for token in tokens:
        if token in _JOINERS and words:  # "President & CEO", "Sales/Marketing Lead"
            words.append(token)
            continue
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


# The last word of a job title ("Engineer", "Manager", "Entwickler"): a subject segment ending in
# one names the role; "Engineering sync" or "Team Lead sync" does not.
_TITLE_END = re.compile(
    r"(?:engineer|developer|manager|designer|analyst|scientist|lead|director|consultant|architect|"
    r"specialist|coordinator|administrator|intern|officer|associate|researcher|recruiter|accountant|"
    r"strategist|technician|programmer|writer|editor|entwickler(?:in)?|ingenieur(?:in)?|leiter(?:in)?|"
    r"berater(?:in)?|referent(?:in)?|werkstudent(?:in)?|ing[ée]nieur(?:e)?|d[ée]veloppeu(?:r|se)|"
    r"analista|ingenier[oa]|desarrollador(?:a)?|gerente)s?",
    _F,
)


def is_job_title(role: str) -> bool:
    """Return whether `role` ends in a job title's noun ("Senior Data Analyst", "Teamleitung"
    does not)."""
    words = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", role).split()
    return bool(words) and bool(_TITLE_END.fullmatch(words[-1].strip(".,")))


def title_in_subject(subject: str) -> str:
    """Return a subject segment that is a job title and nothing else ("Thank you - Senior Backend
    Engineer (Req #4471)" -> "Senior Backend Engineer (Req #4471)"), or ""."""
    subject = re.sub(r"^(?:\s*(?:re|aw|wg|fw|fwd|tr|rv|sv)\s*:)+\s*", "", subject, flags=re.I)
    segment = _role_segment(subject)
    return segment if is_job_title(segment) else ""


def _role_segment(subject: str) -> str:
    for segment in re.split(r"\s[–—|:-]\s|[–—|:]", subject):
        segment = segment.strip()
        if not segment or INTERVIEW_RE.search(segment) or thanks_in(segment):
            continue
        words = segment.split()
        if len(words) <= 6 and any(w.lower().startswith(ROLE_WORDS) for w in words):
            # a requisition number is no part of the title: "Data Engineer (Req #4471)"
            return re.sub(r"\s*[(\[][^)\]]*\d[^)\]]*[)\]]\s*$", "", segment)
    return ""
