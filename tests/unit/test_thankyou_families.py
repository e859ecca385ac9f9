"""Thank-you detection by family: more members of each family the blind set taught, so a rule
fixed for one sentence is checked on its neighbours (thanks for an interview still ahead, an
application's closing line, an event, a vacation reply or a forward in Sent, compound interview
words, coffee and tours as meetings, hiring stages as job context, the client an agency names,
"as a <title>")."""

from __future__ import annotations

import pytest

from interview_watch.core.thankyou import detect_thank_you
from tests.fixtures.thankyou_cases import assert_verdict
from tests.unit.test_thankyou_blind import OWN, case

FAMILIES = [
    # thanks for the invitation or the scheduling: a thank-you only when it looks back
    case("de-einladung-und-angenehmes-gespraech", "Vielen Dank",
         "Sehr geehrte Frau Klein,\n\nvielen Dank für die Einladung und das angenehme Gespräch. Ich bin "
         "von der Stelle begeistert.\n\nMax Muster", ("klein@hanse-logistik.de",),
         company=("Hanse Logistik",)),
    case("de-einladung-ich-freue-mich", "Bewerbung als Data Scientist",
         "Sehr geehrter Herr Schmidt,\n\nvielen Dank für die Einladung zum Gespräch. Ich freue mich.",
         ("schmidt@sap.com",)),
    case("en-inviting-me-then-enjoyed", "Thank you",
         "Hi Mark,\n\nThank you for inviting me to interview for the QA Lead role. I enjoyed meeting the "
         "team.\n\nMax", ("mark@umbrella-corp.com",), company=("Umbrella Corp", "Umbrella"),
         role="QA Lead"),
    case("en-scheduling-the-call-tomorrow", "Re: Call",
         "Thanks for scheduling the call about the role! Tomorrow at 2 works for me.",
         ("mark@umbrella-corp.com",)),
    case("en-arranging-today-hearing-next-week", "Thank you",
         "Hi Kim, thank you for arranging today's interview with the hiring manager. I'll send my "
         "references tomorrow and look forward to hearing from you next week.", ("kim@globex.com",),
         company=("Globex",)),
    case("es-invitacion-confirmo", "RE: Entrevista",
         "Gracias por la invitación a la entrevista, confirmo mi asistencia el jueves a las 10.",
         ("lucia@mercadoverde.es",)),
    case("fr-invitation-then-echange-enrichissant", "Merci",
         "Bonjour Madame Durand,\n\nMerci pour votre invitation à l'entretien d'hier, l'échange était "
         "très enrichissant.\n\nMax", ("c.durand@groupe-lumiere.fr",),
         company=("Groupe Lumiere",)),
    # an application's closing line
    case("en-time-to-review-my-application", "Application - Data Engineer",
         "Dear Sir or Madam,\n\nplease find my CV attached. Thank you for taking the time to review my "
         "application; I'd welcome a call about the role.\n\nMax", ("jobs@globex.com",)),
    case("de-zeit-und-aufmerksamkeit", "Bewerbung als Projektleiter",
         "Sehr geehrte Damen und Herren,\n\nanbei meine Unterlagen für die Stelle. Vielen Dank für Ihre "
         "Zeit und Aufmerksamkeit.\n\nMax Muster", ("bewerbung@rheinenergie.de",)),
    # an event, not an interview
    case("en-career-fair", "Great to meet you",
         "Hi Tina, thanks for chatting at the career fair yesterday about the internship program!",
         ("tina@globex.com",)),
    case("de-vortrag", "Ihr Vortrag",
         "Hallo Herr Graf, danke für Ihren Vortrag auf der Konferenz, spannend, wie Ihr Team arbeitet.",
         ("graf@rheinenergie.de",)),
    # written by the mail system, or forwarded to someone else
    case("de-abwesenheitsnotiz-in-sent", "Abwesenheitsnotiz: Danke für das Gespräch",
         "Ich bin bis 9. März nicht im Büro.", ("s.becker@kaufland-digital.de",)),
    case("de-wg-an-partnerin", "WG: Vielen Dank für das Vorstellungsgespräch",
         "Schau mal, passt das so?", ("partnerin@web.de",)),
    # interview and meeting words in other shapes
    case("de-videointerview", "Danke!", "Hallo Frau Becker, danke für das Videointerview heute!",
         ("s.becker@kaufland-digital.de",), company=("Kaufland Digital",)),
    case("en-lunch-and-tour", "Thanks for today",
         "Thanks for lunch today and for showing me around the office - I'm excited about the role.",
         ("oliver@bluebird.dev",), company=("Bluebird",)),
    case("en-meeting-second-round", "Thank you",
         "Dear Ms. Alvarez, thank you for meeting with me for the second round.",
         ("m.alvarez@proseware.com",), company=("Proseware",)),
    # business mail: "your team" or "opportunity" alone is not a job
    case("biz-meeting-your-team", "Re: API integration",
         "Thanks for the meeting today - I'll loop in your team on the API changes next week.",
         ("cto@partner.com",)),
    case("biz-call-sales-opportunity", "Follow-up",
         "Hi Sam, thanks for the call. The opportunity looks promising for our Q3 pipeline; I'll send "
         "the proposal.", ("sam@vendor.com",)),
    case("en-excited-about-the-opportunity", "Thanks",
         "Thanks for the conversation this morning, I'm really excited about this opportunity.",
         ("tom@globex.com",), company=("Globex",)),
    case("de-ihr-team-verstaerken", "Danke",
         "Danke für das Gespräch heute, ich würde mich freuen, Ihr Team zu verstärken.",
         ("tom@globex.de",), company=("Globex",)),
    # the user on the hiring side, or an interview that is not for a job
    case("user-thanks-fellow-interviewer", "Candidate feedback",
         "Thanks for interviewing the candidate yesterday, please add your feedback in Greenhouse.",
         ("colleague@partner.com",)),
    case("user-thanks-panel-member", "Re: Interview debrief",
         "Thanks for joining the interview panel today, the candidate was strong.", ("peer@partner.com",)),
    case("informational-interview", "Thank you",
         "Hi Jen, thank you for the informational interview yesterday, your career advice was super "
         "helpful.", ("jen@globex.com",)),
    case("ux-user-interview", "Thanks!",
         "Thanks for doing the user interview with us today, your feedback on the checkout flow helps.",
         ("customer@gmail.com",)),
    case("podcast-guest", "Podcast",
         "Thanks for having me on the podcast! Loved talking about the role of AI in hiring.",
         ("host@pod.fm",)),
    # what it names
    case("en-agency-names-client-with", "Globex",
         "Hi Kim, thanks for setting up the interview with Globex yesterday - it went well.",
         ("kim@hays.com",), company=("Globex",)),
    case("en-non-agency-with-names-a-person", "Thank you",
         "Hi Dana, thank you for the interview with Dana and Lee today.", ("dana@fabrikam.io",),
         company=("Fabrikam",)),
    case("en-join-as-a-title", "Thanks!",
         "Thanks for the call today - I'd love to join as a Senior Product Designer.",
         ("rachel.green@contoso.com",), company=("Contoso",), role="Senior Product Designer"),
]


@pytest.mark.parametrize("msg, company, role", FAMILIES)
def test_families(msg, company, role):
    assert_verdict(detect_thank_you(msg, OWN), company, role, role_slack=None)
