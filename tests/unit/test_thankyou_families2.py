"""Probes for the families fixed after blind round 2 (test_thankyou_blind2*.py): each family with
new wordings it must accept, and the near-misses each widening must not let in."""

from __future__ import annotations

import pytest

from interview_watch.core.thankyou_names import role_for
from tests.unit.test_thankyou_blind2 import case, check

TO = ("jane@acme.com",)

PROBES = [
    # interview formats besides the word "interview"
    case("fmt-recruiter-screen", "Thanks", "Thank you for the recruiter screen this afternoon, I enjoyed it.",
         TO, company=("Acme",)),
    case("fmt-coding-exercise", "Today", "Thanks for walking through the coding exercise with me today.",
         TO, company=("Acme",)),
    case("fmt-system-design-interview", "Thanks", "Thanks for the system design interview, fun problem!",
         TO, company=("Acme",)),
    case("fmt-de-zweitgespraech", "Danke", "Vielen Dank für das Zweitgespräch gestern.", TO, company=("Acme",)),
    case("fmt-es-caso-practico", "Gracias", "Gracias por revisar conmigo el caso práctico ayer.", TO,
         company=("Acme",)),
    case("not-fmt-screen-protector", "Thanks", "Thanks for the phone screen protector, it fits perfectly!",
         ("friend@gmail.com",)),
    case("not-fmt-case-study-content", "Your case study",
         "Thanks for the case study on churn you published, very insightful for our pricing work.",
         ("marketing@vendor.io",)),
    case("not-fmt-design-doc", "Re: design doc", "Thanks for the system design doc, I left comments.",
         ("colleague@partner.com",)),
    # a round named by its stage
    case("stage-final-round", "Thanks", "Thanks for the final round yesterday, I really enjoyed it.", TO,
         company=("Acme",)),
    case("stage-virtual-onsite", "Thank you", "Thank you for the virtual onsite yesterday.", TO, company=("Acme",)),
    case("stage-panel", "Thank you", "Thank you for the panel today. I enjoyed the questions.", TO,
         company=("Acme",)),
    case("stage-de-zweite-runde", "Danke", "Vielen Dank für die zweite Runde heute!", TO, company=("Acme",)),
    case("welcome-fr-accueil", "Merci", "Merci pour votre accueil ce matin et pour la présentation du poste.",
         TO, company=("Acme",)),
    case("welcome-es-recibirme", "Gracias", "Gracias por recibirme ayer, me encantó conocer el puesto.", TO,
         company=("Acme",)),
    case("not-stage-edits", "Re: draft", "Thanks for the second round of edits today, looks good.",
         ("editor@magazine.com",)),
    case("not-stage-onsite-support", "Thanks", "Thank you for the onsite support visit today, the printer "
         "works again.", ("it@vendor.com",)),
    case("not-stage-panel-meetup", "Panel", "Thanks for the panel discussion at the meetup yesterday!",
         ("host@community.org",)),
    case("not-welcome-hotel", "Merci", "Merci pour votre accueil ce week-end, la chambre était parfaite.",
         ("reception@hotel-du-lac.fr",)),
    # the day itself thanked for
    case("day-yesterday-role", "Thanks", "Thanks for yesterday! Excited about the Data Engineer role.", TO,
         company=("Acme",)),
    case("day-de-heute", "Danke", "Danke für heute, die Stelle klingt wirklich spannend.", TO, company=("Acme",)),
    case("not-day-no-job", "practice", "Thanks for today, see you at practice on Sunday!", ("coach@club.org",)),
    # a second thing thanked for, on its own
    case("and-for-after-patience", "Thank you",
         "Thank you for your patience with my late arrival and for the interview this morning.", TO,
         company=("Acme",)),
    case("not-and-for-application-closing", "Application – Data Engineer",
         "Please find my CV attached for the Data Engineer position. Thank you for considering my "
         "application and for your time.", ("jobs@acme.com",)),
    case("not-and-for-job-ad", "The job ad", "Thank you for sending the job ad and for your time on "
         "the phone last month, I will apply for the position.", ("friend@acme.com",)),
    # replies to a decision, an offer, a withdrawal
    case("not-news-feedback-es", "RE: Tu candidatura",
         "Gracias por tu respuesta. Fue un placer conocer al equipo; mucha suerte con el proceso.",
         ("rrhh@acme.es",)),
    case("not-offer-de", "AW: Angebot", "Vielen Dank für das Gespräch und das Angebot, das ich sehr gerne "
         "annehme.", TO),
    case("not-offer-decline", "Re: Offer", "Thank you for the interviews and the offer. After much thought "
         "I must decline the offer.", TO),
    case("not-press-de", "Interview", "Vielen Dank für das Interview gestern für unseren Artikel über "
         "Wasserstoff.", ("presse@acme.com",)),
    case("not-proposal-es", "RE: Entrevista", "Gracias por la propuesta de entrevista, estoy disponible el "
         "jueves a las 10.", ("rrhh@acme.es",)),
    # a title as the subject is a sign of a job; a non-title segment is not
    case("subject-title-sign", "Thank you – Product Designer", "Thanks for the conversation today.", TO,
         company=("Acme",), role="Product Designer"),
    case("not-subject-engineering-sync", "Engineering sync", "Thanks for the chat today, I'll update the doc.",
         ("colleague@partner.com",)),
]


@pytest.mark.parametrize("msg, company, role", PROBES)
def test_family_probe(msg, company, role):
    check(msg, company, role)


@pytest.mark.parametrize("subject, body, role", [
    ("", "the position of Research & Development Engineer at Acme", "Research & Development Engineer"),
    ("", "das Gespräch für die Stelle als Leiter Einkauf heute", "Leiter Einkauf"),
    ("", "le poste d'ingénieur en informatique", "ingénieur en informatique"),
    ("", "le poste de développeur en CDI", "développeur"),
    ("Thank you for today's Teams interview", "", ""),
    ("Thank you – Data Engineer (Job ID 12345)", "", "Data Engineer"),
])
def test_role_family(subject, body, role):
    assert role_for(subject, body)[0] == role
