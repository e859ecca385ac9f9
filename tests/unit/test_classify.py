"""Table tests for the reply classifier: the hard cases in four languages, precedence, evidence,
scheduling evidence, and the quality targets on the team's labeled corpus."""

from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_watch.adapters.parsing import parse_message
from interview_watch.core.classify import classify, find_hits
from interview_watch.core.models import CalendarInvite, ParsedMessage
from interview_watch.core.rules import all_rules, compile_phrase, fold, rule_index

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
SENT = datetime(2026, 9, 14, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def reply(text: str, subject: str = "Re: Thank you for your time", html: str = "",
          calendar: tuple[CalendarInvite, ...] = ()) -> ParsedMessage:
    return ParsedMessage(
        message_id="<r1@example.com>", subject=subject, from_addr="recruiter@example.com",
        from_name="Recruiter", to=("me@example.net",), cc=(), date=SENT,
        in_reply_to=("<ty@example.net>",), references=("<ty@example.net>",),
        headers={"subject": (subject,)}, text=text, html=html,
        content_type="text/plain", calendar=calendar)


HARD_CASES = [
    # --- rejections full of warm words
    ("en", "warm_rejection", "rejection",
     "Thank you so much for your time - we were very impressed with your portfolio and loved "
     "meeting you. Unfortunately we won't be extending an offer, but we'll keep your résumé on "
     "file for future roles."),
    ("en", "warm_rejection", "rejection",
     "Thanks for the lovely note! Everyone enjoyed your presentation. After a lot of thought we've "
     "decided to pursue other candidates whose experience is closer to what we need."),
    ("de", "warm_rejection", "rejection",
     "Vielen Dank für das sehr angenehme Gespräch, Sie haben uns wirklich beeindruckt. Leider "
     "haben wir uns für einen anderen Bewerber entschieden. Alles Gute für Ihren weiteren Weg!"),
    ("fr", "warm_rejection", "rejection",
     "Merci pour votre message, nous avons beaucoup apprécié notre échange. Malheureusement, "
     "nous ne donnerons pas suite à votre candidature. Nous conservons votre CV."),
    ("es", "warm_rejection", "rejection",
     "¡Gracias por tu mensaje! Nos encantó conocerte y valoramos mucho tu tiempo. Sin embargo, "
     "hemos decidido continuar con otros candidatos. Mucho éxito en tu búsqueda."),
    # --- acknowledgments that mention next steps
    ("en", "ack_next_steps", "acknowledgment",
     "Thanks for your note! We're still interviewing this week and I'll be in touch about next "
     "steps soon."),
    ("de", "ack_next_steps", "acknowledgment",
     "Danke für Ihre Nachricht. Wir melden uns nächste Woche zu den nächsten Schritten."),
    ("fr", "ack_next_steps", "acknowledgment",
     "Merci pour votre message, je reviens vers vous rapidement concernant les prochaines étapes."),
    ("es", "ack_next_steps", "acknowledgment",
     "Gracias por tu correo. Aún no hemos tomado una decisión; te informaremos de los próximos "
     "pasos."),
    # --- invitations that never say "interview"
    ("en", "invite_no_interview_word", "second_interview",
     "Loved chatting! We'd like you to meet the wider team next week - would Tuesday work?"),
    ("en", "invite_no_interview_word", "second_interview",
     "Thanks! The founders would love to grab a coffee with you on Friday morning."),
    ("de", "invite_no_interview_word", "second_interview",
     "Danke! Wir würden Sie gerne einladen, das Team bei uns vor Ort kennenzulernen. Wann hätten "
     "Sie Zeit?"),
    ("fr", "invite_no_interview_word", "second_interview",
     "Merci ! Nos fondateurs aimeraient vous rencontrer autour d'un café. Quelles sont vos "
     "disponibilités la semaine prochaine ?"),
    ("es", "invite_no_interview_word", "second_interview",
     "¡Gracias! Nos gustaría que vinieras a conocer al equipo. ¿Cuándo tendrías un hueco?"),
    # --- a reschedule that opens with regret
    ("en", "reschedule_regret", "second_interview",
     "We regret to inform you that we need to reschedule your final interview on Thursday. Would "
     "Monday at 2pm work instead?"),
    ("de", "reschedule_regret", "second_interview",
     "Leider müssen wir unser zweites Gespräch am Freitag verschieben. Passt Ihnen Montag um 10 Uhr?"),
    ("fr", "reschedule_regret", "second_interview",
     "Nous sommes désolés, nous devons décaler votre second entretien. Seriez-vous disponible "
     "jeudi à 14h ?"),
    ("es", "reschedule_regret", "second_interview",
     "Lamentablemente tenemos que reprogramar tu segunda entrevista. ¿Te vendría bien el jueves?"),
    # --- a request for references that says "move forward"
    ("en", "references_move_forward", "info_request",
     "Great news - we'd like to move forward with you! Could you send two professional references?"),
    ("de", "references_move_forward", "info_request",
     "Wir möchten gern mit Ihnen weitermachen. Könnten Sie uns zwei Referenzen zusenden?"),
    ("fr", "references_move_forward", "info_request",
     "Nous souhaitons avancer avec vous : pourriez-vous nous transmettre deux références ?"),
    ("es", "references_move_forward", "info_request",
     "Queremos seguir avanzando contigo. ¿Podrías enviarnos dos referencias profesionales?"),
    # --- offers that never say "offer"
    ("en", "offer_no_offer_word", "offer",
     "We'd love to have you join the team! Your contract is attached with a start date of 1 "
     "October and a base salary of $95,000."),
    ("de", "offer_no_offer_word", "offer",
     "Wir freuen uns, Ihnen eine Zusage geben zu können! Den Arbeitsvertrag senden wir Ihnen zu."),
    ("fr", "offer_no_offer_word", "offer",
     "Bonne nouvelle : vous recevrez votre promesse d'embauche cette semaine. Bienvenue dans "
     "l'équipe !"),
    ("es", "offer_no_offer_word", "offer",
     "¡Nos complace ofrecerte el puesto! Bienvenido al equipo; te enviaremos el contrato."),
]


@pytest.mark.parametrize("language,case,expected,text", HARD_CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(HARD_CASES)])
def test_hard_cases(language, case, expected, text):
    verdict = classify(reply(text))
    assert verdict.category == expected, verdict.evidence
    assert 0.0 <= verdict.confidence <= 1.0
    assert verdict.evidence


@pytest.mark.parametrize("text,expected", [
    # negation turns an offer phrase around
    ("We are not in a position to offer you the role at this time.", "rejection"),
    ("We won't be able to make you an offer.", "rejection"),
    ("Unfortunately the position is no longer available.", "rejection"),
    # "unfortunately" alone, in a delay, is not a rejection
    ("Thanks! Unfortunately the hiring manager is travelling, so we'll get back to you next "
     "week.", "acknowledgment"),
    # a feedback call offered after a rejection stays a rejection
    ("We've decided not to move forward. Happy to schedule a call to share feedback.",
     "rejection"),
    # an offer that proposes a call stays an offer
    ("I'm thrilled to offer you the position! Could we set up a call tomorrow to go through it?",
     "offer"),
    # closing one role while inviting to another
    ("While we won't be moving forward for the Senior role, we'd like to invite you to "
     "interview for another position on the data team.", "second_interview"),
    ("Thanks!", "acknowledgment"),
    ("", "other"),
])
def test_precedence(text, expected):
    assert classify(reply(text)).category == expected


def test_evidence_names_rule_and_quotes_phrase():
    verdict = classify(reply("Sadly we have decided not to move forward with your application."))
    assert verdict.category == "rejection"
    assert any(e.startswith("rejection/en/") and 'not to move forward' in e
               for e in verdict.evidence), verdict.evidence


def test_quoted_thank_you_is_not_read():
    text = ("Thanks, will be in touch soon.\n\nOn Mon, 14 Sep 2026, Me <me@example.net> wrote:\n"
            "> I would love to join the team and hope to hear about a second interview.\n")
    assert classify(reply(text)).category == "acknowledgment"


def test_calendar_request_is_an_invitation_with_its_time():
    start = datetime(2026, 9, 22, 15, 0, tzinfo=timezone.utc)
    invite = CalendarInvite("REQUEST", "Final panel", start, "recruiter@example.com")
    verdict = classify(reply("See invite.", calendar=(invite,)))
    assert verdict.category == "second_interview"
    assert verdict.proposed_time == start
    cancelled = CalendarInvite("CANCEL", "Final panel", start, "recruiter@example.com")
    assert classify(reply("See invite.", calendar=(cancelled,))).category != "second_interview"


@pytest.mark.parametrize("text,expected", [
    ("Would you be available on October 6 at 2:00 pm for the final round?",
     datetime(2026, 10, 6, 14, 0, tzinfo=SENT.tzinfo)),
    ("Hätten Sie am 29. September um 14:00 Uhr Zeit für ein zweites Gespräch?",
     datetime(2026, 9, 29, 14, 0, tzinfo=SENT.tzinfo)),
    ("Seriez-vous disponible le 12 octobre à 14h30 pour un second entretien ?",
     datetime(2026, 10, 12, 14, 30, tzinfo=SENT.tzinfo)),
    ("¿Te vendría bien el 13 de octubre a las 10:00 para la segunda entrevista?",
     datetime(2026, 10, 13, 10, 0, tzinfo=SENT.tzinfo)),
])
def test_proposed_time_from_text(text, expected):
    verdict = classify(reply(text))
    assert verdict.category == "second_interview"
    assert verdict.proposed_time == expected


@pytest.mark.parametrize("text", [
    "Please pick a time here: https://calendly.com/acme-recruiting/final-round",
    "Book your slot: https://calendar.google.com/calendar/appointments/schedules/AcZ123",
    "Next step: https://app.goodtime.io/candidate/availability/abc123",
])
def test_scheduling_links_are_invitations(text):
    assert classify(reply(text)).category == "second_interview"


def test_signature_booking_link_only_in_html_does_not_make_an_ack_an_invitation():
    html = ('<p>Thanks for the note, we will be in touch soon.</p><p>Jane<br>'
            '<a href="https://calendly.com/jane/30min">Book time with me</a></p>')
    verdict = classify(reply("Thanks for the note, we will be in touch soon.", html=html))
    assert verdict.category == "acknowledgment", verdict.evidence


def test_signature_booking_link_in_text_does_not_make_an_ack_an_invitation():
    text = ("Hi Sam, thanks so much for the kind note! We're still meeting a few people this week "
            "and I'll be in touch as soon as we have an update.\n\nNatalie Cruz | Senior Recruiter"
            "\nBook time with me: https://calendly.com/natalie-cruz/15min")
    verdict = classify(reply(text))
    assert verdict.category == "acknowledgment", verdict.evidence


def test_fold_keeps_length_and_strips_accents():
    text = "Zusage für Sie – très ÉLÉGANT, señor, „Straße“"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("zusage fur sie - tres elegant, senor")


def test_compile_phrase_umlauts_match_both_spellings():
    pattern = compile_phrase(r"\bfür (?:sie|dich)")
    assert pattern.search(fold("Für Sie")) and pattern.search(fold("fuer dich"))


def test_rule_names_are_unique_and_weighted():
    rules = all_rules()
    assert len({r.name for r in rules}) == len(rules)
    assert all(r.weight > 0 and r.name.count("/") == 2 for r in rules)


def _corpus_bodies() -> list[str]:
    from interview_watch.core.textclean import author_text

    return [author_text(parse_message(p.read_bytes()).text) for p in sorted(CORPUS.glob("*.eml"))]


def test_prefilter_never_changes_a_match():
    """The word index is only a shortcut: every rule that matches anywhere in a text must be
    among the candidates, tried at a position where it matches."""
    index = rule_index()
    for body in _corpus_bodies():
        folded = fold(body)
        candidates = {r.name: starts for r, starts in index.candidates(folded)}
        for one in all_rules():
            match = one.pattern.search(folded)
            if match is None or one.language in ("any",):
                continue
            from interview_watch.core.rules.index import _TOKEN, detect_languages
            if one.language not in detect_languages(set(_TOKEN.findall(folded))):
                continue
            assert one.name in candidates, (one.name, match.group(0))
            starts = candidates[one.name]
            assert starts is None or match.start() in starts, (one.name, match.group(0))


def test_find_hits_counts_shared_words_once():
    hits = find_hits("Could you send your portfolio?", "body")
    assert len([h for h in hits if '"portfolio"' in h.label()]) == 1


def test_corpus_meets_quality_targets():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from classifier import evaluate, load, scores, targets_met
    finally:
        sys.path.pop(0)
    rows = load(CORPUS, "all")
    assert len(rows) >= 240
    result = scores([(row["category"], predicted) for row, predicted, _ in evaluate(CORPUS, rows)])
    met = targets_met(result)
    assert all(ok for _, ok in met.values()), met


def test_corpus_covers_every_category_language_and_hard_case():
    with open(CORPUS / "labels.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for language in ("en", "de", "fr", "es"):
        mine = [r for r in rows if r["language"] == language]
        assert {r["category"] for r in mine} == {
            "second_interview", "offer", "rejection", "info_request", "acknowledgment",
            "auto_reply", "bounce", "other"}
        hard = [r["hard_case"] for r in mine]
        for case in ("warm_rejection", "ack_next_steps", "invite_no_interview_word",
                     "reschedule_regret", "references_move_forward", "offer_no_offer_word"):
            assert hard.count(case) >= 2, (language, case)
    assert {r["split"] for r in rows} >= {"dev", "holdout"}


def _phrasings() -> list[tuple[str, str]]:
    rows = []
    folder = ROOT / "tests" / "data" / "corpus_src"
    lines = [line for path in sorted(folder.glob("phrasings*.txt"))  # phrasings.txt, phrasings2.txt
             for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line.strip() and not line.startswith("#"):
            expected, text = line.split(" | ", 1)
            rows.append((expected.strip(), text.replace("\\n", "\n")))  # "\n" in a line: a break
    return rows


@pytest.mark.parametrize("expected,text", _phrasings(), ids=lambda v: v[:40])
def test_phrasings(expected, text):
    verdict = classify(reply(text))
    assert verdict.category == expected, verdict.evidence


@pytest.mark.parametrize("text, phrase, clause", [
    ("der termin hat leider nicht geklappt, konnen wir auf donnerstag verschieben", "verschieben",
     "konnen wir auf donnerstag "),
    ("the slot didn't work, could we do friday", "do friday", "could we "),
    ("no puedo el martes, ¿podemos moverla", "moverla", "podemos "),
    # a comma without a new clause's verb keeps the "not" in the clause
    ("we won't, as you know, be inviting you", "be inviting", "we won't, as you know, "),
])
def test_clause_before_ends_at_a_comma_before_a_new_clause_verb(text, phrase, clause):
    from interview_watch.core.rules import clause_before
    assert clause_before(text, text.index(phrase), 45) == clause


@pytest.mark.parametrize("text, expected", [
    ("happy to jump on a call to share the panel's feedback - let me know a time that suits", True),
    ("fur ein kurzes feedbackgesprach stehe ich zur verfugung, wann es ihnen passt", True),
    ("great feedback from the panel! could you do tuesday for the final round", False),
    ("could you do tuesday for the final round", False),
])
def test_a_call_about_feedback_is_not_a_meeting(text, expected):
    from interview_watch.core.rules import about_feedback
    start = len(text) - 10
    assert about_feedback(text, start, len(text)) is expected


@pytest.mark.parametrize("expected, table", [
    ("rejection", "<tr><td>Application status</td><td>Rejected</td></tr><tr><td>Role</td>"
                  "<td>Analyst</td></tr>"),
    ("rejection", "<tr><th>Position</th><th>Status</th></tr><tr><td>Data Analyst</td>"
                  "<td>Unsuccessful</td></tr>"),
    ("second_interview", "<tr><td>Stage:</td><td>Onsite interview scheduled</td></tr>"),
    ("acknowledgment", "<tr><td>Status</td><td>Under review</td></tr>"),
    ("offer", "<tr><td>Application status:</td><td>Offer extended</td></tr>"),
])
def test_ats_status_tables_in_html_only_mail(expected, table):
    # an HTML-only status mail: each row is read as "key: value", a row under a header as
    # "header: cell", the way the applicant-tracking system means it
    html = f"<html><body><p>Hi Sam,</p><table>{table}</table></body></html>"
    verdict = classify(reply("", subject="Update on your application", html=html))
    assert verdict.category == expected, verdict.evidence
