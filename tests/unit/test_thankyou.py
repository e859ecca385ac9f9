"""Thank-you detection: which sent messages thank someone for an interview, and what they name."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from interview_watch.core.models import ParsedMessage
from interview_watch.core.thankyou import company_name_from_domain, detect_thank_you

OWN = ("max@example.org", "max.private@gmail.com")


def sent(subject: str, text: str, to=("jane@acme.com",), cc=(), html: str = "", headers=None) -> ParsedMessage:
    """A message from the user's Sent folder."""
    return ParsedMessage(
        message_id="<ty-1@example.org>",
        subject=subject,
        from_addr="max@example.org",
        from_name="Max Muster",
        to=tuple(to),
        cc=tuple(cc),
        date=datetime(2026, 3, 2, 17, 0, tzinfo=timezone.utc),
        in_reply_to=(),
        references=(),
        headers={k.lower(): tuple(v) for k, v in (headers or {}).items()},
        text=text,
        html=html,
        content_type="text/html" if html and not text else "text/plain",
    )


# (id, subject, body, recipients, expected company, expected role)
THANK_YOUS = [
    (
        "en-formal-role-in-subject",
        "Thank you – Senior Data Engineer interview",
        "Dear Jane,\n\nThank you for taking the time to speak with me today. I enjoyed learning\n"
        "about the team's roadmap and the challenges ahead.\n\nBest regards,\nMax Muster",
        ("jane.doe@acme.com",),
        "Acme",
        "Senior Data Engineer",
    ),
    (
        "en-formal-role-and-company-in-body",
        "Thank you",
        "Dear Mr. Smith,\n\nThank you for the interview yesterday for the Data Engineer position\n"
        "at Globex. I am even more excited about the opportunity now.\n\nSincerely,\nMax Muster",
        ("smith@globex.com",),
        "Globex",
        "Data Engineer",
    ),
    (
        "en-casual-short",
        "thanks!",
        "Hey Sam, thanks so much for the chat earlier about the frontend role - really excited!\n\nMax",
        ("sam@tiny-startup.io",),
        "Tiny Startup",
        "frontend",
    ),
    (
        "en-appreciate-conversation",
        "Following up",
        "Hi Priya,\n\nI really appreciated our conversation on Tuesday about the Product Manager\n"
        "opening on your team.\n\nKind regards,\nMax",
        ("priya@mail.initech.co.uk",),
        "Initech",
        "Product Manager",
    ),
    (
        "en-opportunity-to-interview",
        "Re: Interview schedule",
        "Hi Tom,\n\nThank you again for the opportunity to interview with the Umbrella team.\n"
        "\nOn Mon, 2 Mar 2026 at 09:00, Tom <tom@umbrella.com> wrote:\n> See you at 10.\n",
        ("tom@umbrella.com",),
        "Umbrella",
        "",
    ),
    (
        "en-agency-recruiter-names-client",
        "Thanks for today",
        "Hi Lisa,\n\nThanks for arranging everything - the interview at Stark Industries went well.\n\nMax",
        ("lisa@hays.co.uk",),
        "Stark Industries",
        "",
    ),
    (
        "en-pleasure-meeting",
        "Thank you!",
        "Hi Ana,\n\nIt was a pleasure speaking with you today about the Staff Engineer role.\n"
        "Thank you!\n\nMax",
        ("ana@hooli.com",),
        "Hooli",
        "Staff Engineer",
    ),
    (
        "en-public-recipient-company-from-text",
        "Thank you for your time",
        "Hi Bob,\n\nThank you for your time on the call today. I'm excited about joining Wayne Enterprises\n"
        "as a Security Analyst.\n\nMax",
        ("bob.recruits@gmail.com",),
        "Wayne Enterprises",
        "Security Analyst",
    ),
    (
        "en-own-employer-in-body-not-taken",
        "Thank you - Backend Engineer interview",
        "Hi Kim,\n\nThank you for the interview today. In my current role at Initech I work on\n"
        "similar problems.\n\nBest,\nMax",
        ("kim@acme.com",),
        "Acme",
        "Backend Engineer",
    ),
    (
        "en-html-only",
        "",
        "",
        ("jane@careers.acme.com",),
        "Acme",
        "Product Designer",
    ),
    (
        "de-vorstellungsgespraech",
        "Vielen Dank für das Vorstellungsgespräch",
        "Sehr geehrte Frau Müller,\n\nvielen Dank für das angenehme Vorstellungsgespräch am Montag.\n"
        "Die Position als Senior Backend-Entwickler bei der Beispiel GmbH reizt mich sehr.\n\n"
        "Mit freundlichen Grüßen\nMax Muster",
        ("mueller@beispiel.de",),
        "Beispiel",
        "Senior Backend-Entwickler",
    ),
    (
        "de-gespraech-du",
        "Danke!",
        "Hallo Jonas,\n\ndanke für das Gespräch gestern, ich freue mich auf die Rolle in eurem Team.\n\nViele Grüße\nMax",
        ("jonas@deutsche-bahn.de",),
        "Deutsche Bahn",
        "",
    ),
    (
        "de-einladung",
        "Bewerbung als Data Scientist",
        "Sehr geehrter Herr Schmidt,\n\nvielen Dank für die Einladung zum Gespräch gestern. Ich freue mich "
        "auf die nächsten Schritte.\n\nBeste Grüße\nMax",
        ("schmidt@sap.com",),
        "SAP",
        "Data Scientist",
    ),
    (
        "de-ihre-zeit-role-in-subject-only",
        "Vorstellungsgespräch – Werkstudent Marketing",
        "Guten Tag Frau Weber,\n\ndanke für Ihre Zeit heute!\n\nMit freundlichen Grüßen\nMax",
        ("weber@firma-xy.de",),
        "Firma XY",
        "Werkstudent Marketing",
    ),
    (
        "de-bedanken",
        "Unser Gespräch",
        "Liebe Frau Koch,\n\nich möchte mich herzlich für das offene Gespräch bedanken. Die Stelle als\n"
        "Projektleiterin passt sehr gut zu mir.\n\nHerzliche Grüße\nMax",
        ("koch@stadtwerke-musterstadt.de",),
        "Stadtwerke Musterstadt",
        "Projektleiterin",
    ),
    (
        "fr-entretien",
        "Merci pour l'entretien",
        "Bonjour Madame Dupont,\n\nMerci beaucoup pour l'entretien de ce matin pour le poste de\n"
        "Chef de projet chez Exemple.\n\nCordialement,\nMax",
        ("dupont@exemple.fr",),
        "Exemple",
        "Chef de projet",
    ),
    (
        "fr-temps-accorde",
        "Remerciements",
        "Bonjour Monsieur Martin,\n\nJe vous remercie pour le temps que vous m'avez accordé hier.\n"
        "Le poste d'ingénieur logiciel correspond tout à fait à mes attentes.\n\nBien à vous,\nMax",
        ("martin@recrutement.societe-generale.fr",),
        "Societe Generale",
        "ingénieur logiciel",
    ),
    (
        "fr-notre-echange",
        "Suite à notre échange",
        "Bonjour Claire,\n\nMerci pour notre échange de mardi, j'ai hâte de rejoindre votre équipe.\n\nAmicalement,\nMax",
        ("claire@orange.com",),
        "Orange",
        "",
    ),
    (
        "es-entrevista",
        "Gracias por la entrevista",
        "Hola Ana,\n\nMuchas gracias por la entrevista de ayer para el puesto de Ingeniera de Datos\n"
        "en Ejemplo.\n\nSaludos,\nMax",
        ("ana@ejemplo.es",),
        "Ejemplo",
        "Ingeniera de Datos",
    ),
    (
        "es-conversacion",
        "Nuestra conversación",
        "Estimado Sr. García,\n\nle agradezco mucho la conversación del lunes sobre la vacante de\n"
        "Desarrollador Backend.\n\nAtentamente,\nMax",
        ("garcia@empresa.com.mx",),
        "Empresa",
        "Desarrollador Backend",
    ),
    (
        "es-su-tiempo",
        "Entrevista – Analista de Datos",
        "Hola Lucía,\n\n¡Gracias por su tiempo hoy!\n\nUn saludo,\nMax",
        ("lucia@telefonica.com",),
        "Telefonica",
        "Analista de Datos",
    ),
    (
        "mixed-recipients-own-cc",
        "Thank you for the interview",
        "Hi Raj, thank you for the interview this morning.",
        ("raj@megacorp.com",),
        "Megacorp",
        "",
    ),
]
HTML_BODY = (
    "<html><body><p>Hi Jane,</p><p>Thank you for the interview for the <b>Product Designer</b>"
    " role.</p><blockquote>On Mon, Jane wrote:<br>Thank you for applying to Initech</blockquote>"
    "</body></html>"
)


@pytest.mark.parametrize(
    "subject,body,to,company,role", [case[1:] for case in THANK_YOUS], ids=[case[0] for case in THANK_YOUS]
)
def test_thank_you_is_found_with_company_and_role(subject, body, to, company, role):
    html = HTML_BODY if not body else ""
    verdict = detect_thank_you(sent(subject, body, to=to, cc=("max@example.org",), html=html), OWN)
    assert verdict is not None
    assert (verdict.company, verdict.role) == (company, role)
    assert any(e.startswith(("thanks_for_", "pleasure_meeting")) for e in verdict.evidence)


# (id, subject, body, recipients)
NOT_THANK_YOUS = [
    ("dinner", "Last night", "Thanks for dinner last night! Great conversation as always.", ("bob@gmail.com",)),
    ("birthday-present", "Danke!", "Vielen Dank für das tolle Geburtstagsgeschenk, Oma!", ("oma@web.de",)),
    ("birthday-party-invitation", "Einladung", "Danke für die Einladung zur Geburtstagsfeier am Samstag!", ("tina@gmx.de",)),
    (
        "code-review",
        "Re: PR #123",
        "Thanks for the code review! I'll fix the position of the button and push again.",
        ("colleague@initech.com",),
    ),
    (
        "job-ad-from-recruiter",
        "Re: Data Engineer role",
        "Thanks for sending the job ad for the Data Engineer role! I'll apply this week.",
        ("recruiter@hays.com",),
    ),
    (
        "recruiter-reaching-out",
        "Re: Opportunity at Acme",
        "Hi Lisa, thanks for reaching out about the opportunity, I'd be happy to hear more.",
        ("lisa@acme.com",),
    ),
    (
        "job-ad-german",
        "Stellenanzeige",
        "Danke für die Zusendung der Stellenanzeige, ich bewerbe mich auf die Position.",
        ("hr@beispiel.de",),
    ),
    ("job-ad-french", "Annonce", "Merci pour l'envoi de l'annonce pour le poste de développeur !", ("rh@exemple.fr",)),
    ("job-ad-spanish", "Oferta", "Gracias por compartir el anuncio del puesto de analista.", ("rrhh@ejemplo.es",)),
    (
        "newsletter-signup",
        "Subscription",
        "Thanks for signing me up to the interview tips newsletter!",
        ("news@careerblog.com",),
    ),
    ("interview-prep-tips", "Tips", "Thanks for the interview tips, very helpful!", ("friend@gmail.com",)),
    ("mock-interview", "Practice", "Thank you for the mock interview yesterday, it helped a lot!", ("mentor@gmail.com",)),
    (
        "internal-meeting",
        "Q3 planning",
        "Thanks for the meeting earlier - I'll update the job scheduler config and share notes with the team.",
        ("lead@initech.com",),
    ),
    (
        "internal-call-role-based",
        "Access control",
        "Thanks for the call today, let's go with role-based permissions.",
        ("ops@initech.com",),
    ),
    ("thanks-as-signoff-only", "Report", "Please find the report attached.\n\nThanks,\nMax", ("boss@initech.com",)),
    (
        "to-own-addresses-only",
        "Thank you for the interview",
        "Note to self: thank you for the interview at Acme, send it tomorrow.",
        ("max.private@gmail.com",),
    ),
    (
        "interview-only-in-quoted-text",
        "Re: lunch",
        "Thanks for lunch!\n\nOn Mon, 2 Mar 2026 at 09:00, Bob <bob@gmail.com> wrote:\n"
        "> thank you for the interview, by the way\n",
        ("bob@gmail.com",),
    ),
    (
        "french-gift",
        "Merci !",
        "Merci pour le cadeau, et pour le temps passé ensemble ce week-end.",
        ("mamie@orange.fr",),
    ),
    (
        "application-cover-email",
        "Application: Data Engineer",
        "Dear Hiring Manager,\n\nplease find attached my application for the Data Engineer position.\n"
        "I would appreciate the opportunity to interview with you. Thank you for considering my\n"
        "application.\n\nKind regards,\nMax",
        ("jobs@acme.com",),
    ),
    (
        "thanks-in-advance",
        "Bewerbung",
        "Vielen Dank im Voraus für die Einladung zu einem Vorstellungsgespräch.",
        ("jobs@beispiel.de",),
    ),
    ("spanish-conditional", "Candidatura", "Le agradecería mucho una entrevista para el puesto.", ("rrhh@ejemplo.es",)),
    ("sharing-the-role", "Re: role", "Thanks for sharing the Data Engineer role with me, I'll apply!", ("rec@hays.com",)),
    ("spanish-party", "¡Gracias!", "Gracias por la fiesta y por la conversación tan divertida.", ("amigo@hotmail.es",)),
]


@pytest.mark.parametrize(
    "subject,body,to", [case[1:] for case in NOT_THANK_YOUS], ids=[case[0] for case in NOT_THANK_YOUS]
)
def test_near_misses_are_not_thank_yous(subject, body, to):
    assert detect_thank_you(sent(subject, body, to=to), OWN) is None


def test_bulk_mail_in_sent_is_not_a_thank_you():
    msg = sent("Thank you for the interview", "Thank you for the interview!", headers={"List-Id": ["<x.list>"]})
    assert detect_thank_you(msg, OWN) is None


def test_no_recipients_is_not_a_thank_you():
    assert detect_thank_you(sent("Thank you for the interview", "Thank you!", to=()), OWN) is None


def test_own_addresses_compared_case_insensitively():
    msg = sent("Thank you for the interview", "Thank you for the interview.", to=("Max@Example.org",))
    assert detect_thank_you(msg, OWN) is None


def test_evidence_names_rule_language_and_phrase():
    verdict = detect_thank_you(sent("Hallo", "Vielen Dank für das Vorstellungsgespräch!"), OWN)
    assert verdict is not None
    assert verdict.evidence[0] == "thanks_for_interview/de: Dank für das Vorstellungsgespräch"
    assert "company_from_domain: acme.com" in verdict.evidence


def test_a_team_name_does_not_override_the_recipient_domain():
    body = "Thank you for the interview today. I enjoyed meeting the Data Platform team."
    verdict = detect_thank_you(sent("Thanks", body, to=("jane@acme.com",)), OWN)
    assert verdict is not None and verdict.company == "Acme"


def test_team_name_is_used_when_the_recipient_is_on_public_mail():
    body = "Thank you for the interview today. I enjoyed meeting the Hooli team."
    verdict = detect_thank_you(sent("Thanks", body, to=("gavin@gmail.com",)), OWN)
    assert verdict is not None and verdict.company == "Hooli"


def test_signature_employer_is_not_the_company():
    body = "Hi Jane,\n\nThank you for the interview today.\n\nBest regards,\nMax Muster\nEngineer at Initech"
    verdict = detect_thank_you(sent("Thanks", body, to=("jane@gmail.com",)), OWN)
    assert verdict is not None and verdict.company == ""


@pytest.mark.parametrize(
    "domain,name",
    [
        ("acme.com", "Acme"),
        ("acme.co.uk", "Acme"),
        ("deutsche-bahn.de", "Deutsche Bahn"),
        ("sap.com", "SAP"),
        ("n26.com", "N26"),
        ("zalando.de", "Zalando"),
    ],
)
def test_company_name_from_domain(domain, name):
    assert company_name_from_domain(domain) == name


@pytest.mark.parametrize(
    "recipient",
    ["x@gmail.com", "x@outlook.com", "x@yahoo.co.uk", "x@gmx.de", "x@web.de", "x@orange.fr", "x@hotmail.es", "x@icloud.com", "x@proton.me"],
)
def test_public_mail_recipient_yields_no_company(recipient):
    verdict = detect_thank_you(sent("Thank you for the interview", "Thanks for the interview today!", to=(recipient,)), OWN)
    assert verdict is not None and verdict.company == ""


def test_ats_relay_recipient_yields_no_company():
    verdict = detect_thank_you(sent("Thanks", "Thank you for the interview!", to=("reply+abc@greenhouse-mail.io",)), OWN)
    assert verdict is not None and verdict.company == ""


# (id, subject, body): more ways people write it; only detection is checked.
MORE_THANK_YOUS = [
    ("subject-only", "Thank you for the interview", "Hi Jane,\n\nIt was great meeting you.\n\nBest,\nMax"),
    ("interviewing-me", "Hello", "Thank you for interviewing me this afternoon."),
    ("having-me", "Today", "Thanks for having me in today, I loved learning about the role."),
    ("title-between", "Hello", "Thank you, Ms. Smith, for the interview on Friday."),
    ("thankful", "Hello", "I am thankful for the interview opportunity."),
    ("html-tags-in-text", "Hi", "<p>Hi Jane,</p><p>Thank you for the <b>interview</b> today.</p>"),
    ("line-wrapped", "Hi", "Thank you for taking the time to\nspeak with me yesterday about the\nposition."),
    ("de-herzlichen-dank", "Bewerbung", "Herzlichen Dank für das freundliche und informative Gespräch am Dienstag."),
    ("de-interview", "Hallo", "Ich bedanke mich für das Interview von heute."),
    ("fr-tenais", "Bonjour", "Je tenais à vous remercier pour cet entretien très enrichissant."),
    ("fr-entrevue", "Bonjour", "Merci pour l'entrevue de ce matin!"),
    ("es-agradecerle", "Hola", "Quería agradecerle por la entrevista del martes."),
    ("sharing-insights", "Hi", "Thank you for sharing your insights during our interview."),
    ("fr-partage", "Bonjour", "Merci d'avoir partagé votre vision lors de notre entretien."),
    ("es-conversacion-vacante", "Hola", "Gracias por la conversación sobre la vacante."),
]


@pytest.mark.parametrize(
    "subject,body", [case[1:] for case in MORE_THANK_YOUS], ids=[case[0] for case in MORE_THANK_YOUS]
)
def test_more_thank_you_phrasings(subject, body):
    assert detect_thank_you(sent(subject, body), OWN) is not None
