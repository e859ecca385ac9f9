"""Blind set for thank-you detection, written before reading core/thankyou.py.

Sent messages as real candidates write them: EN/DE/FR/ES, short and long, from a phone, HTML-only
from Outlook and Gmail with signatures and quoted history, several interviewers in To/Cc; and
messages that look close but are not a thank-you for an interview that took place (thanks for a
referral, a job ad, a mock interview, a party invitation, an application, accepting an invitation
to interview, a status check, a vacation auto-reply, forwarding the thank-you to a friend).

Each positive case names the company (any of the accepted spellings) and, when the message says
it, a role the detected role must contain.
"""

from __future__ import annotations

import pytest

from interview_watch.core.thankyou import detect_thank_you
from tests.fixtures.thankyou_cases import OUTLOOK_SIGNATURE, OWN, assert_verdict, case


POSITIVES = [
    case(
        "en-phone-short",
        "Thanks",
        "Hi Tom, thanks for the call today! Really enjoyed hearing about the platform team and the "
        "role. Talk soon\n\nSent from my iPhone",
        ("tom.baker@northwind.com",),
        company=("Northwind",),
    ),
    case(
        "en-phone-screen-role-company-in-body",
        "Thank you for the phone screen",
        "Hi Rachel,\n\nThank you for taking the time to chat with me this morning about the Product "
        "Designer role at Contoso. I appreciated hearing how the design team partners with research, "
        "and I'm excited about the next steps.\n\nBest,\nMax",
        ("rachel.green@contoso.com",),
        company=("Contoso",),
        role="Product Designer",
    ),
    case(
        "en-onsite-three-interviewers-to-and-cc",
        "Thank you for yesterday's onsite",
        "Dear Anna, Ben and Carla,\n\nThank you all for hosting me yesterday for the onsite "
        "interviews for the Staff Backend Engineer position. It was great to see how closely the "
        "payments team works together, and the system design discussion with Ben was a highlight.\n\n"
        "Please don't hesitate to reach out if you need anything else from me.\n\n"
        "Kind regards,\nMax Muster",
        ("anna.k@initech.com", "ben.o@initech.com"),
        cc=("carla.recruiting@initech.com",),
        company=("Initech",),
        role="Staff Backend Engineer",
    ),
    case(
        "en-outlook-html-only-with-quoted-invitation",
        "RE: Interview - Senior Accountant",
        '<html><body><div class=WordSection1><p class=MsoNormal>Dear Ms. Okafor,<o:p></o:p></p>'
        "<p class=MsoNormal>Thank you for the interview this afternoon. I enjoyed learning about the "
        "month-end close process and how the finance team is growing.<o:p></o:p></p>"
        "<p class=MsoNormal>Best regards,<o:p></o:p></p>" + OUTLOOK_SIGNATURE + "<div style='border:none;"
        "border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Ngozi Okafor "
        "&lt;n.okafor@bakerfinch.com&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:12 AM<br><b>To:</b> "
        "Max Muster<br><b>Subject:</b> Interview - Senior Accountant</p></div>"
        "<p class=MsoNormal>Hi Max, we'd like to invite you to an interview on Tuesday at 2pm.</p>"
        "</div></body></html>",
        ("n.okafor@bakerfinch.com",),
        html=True,
        company=("Bakerfinch", "Baker Finch", "BakerFinch"),
        role="Senior Accountant",
    ),
    case(
        "en-gmail-html-with-signature-and-quote",
        "Re: Interview with Dana - Analytics",
        '<div dir="ltr">Hi Dana,<div><br></div><div>Thank you so much for your time today - I loved '
        "learning about how the analytics team works with product, and I'm even more excited about "
        "the Data Analyst opening.</div><div><br></div><div>Best,</div><div>Max</div><div><br></div>"
        '<span class="gmail_signature_prefix">-- </span><div class="gmail_signature">Max Muster | '
        "Data Analyst<br>github.com/maxmuster</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
        'class="gmail_attr">On Mon, Mar 2, 2026 at 9:00 AM Dana Lee &lt;dana@fabrikam.io&gt; wrote:<br>'
        '</div><blockquote class="gmail_quote">Looking forward to our interview tomorrow at 3pm!'
        "</blockquote></div>",
        ("dana@fabrikam.io",),
        html=True,
        company=("Fabrikam",),
        role="Data Analyst",
    ),
    case(
        "en-portfolio-attached",
        "Thank you - UX Researcher interview",
        "Hi Sophie,\n\nThanks again for meeting with me on Tuesday to discuss the UX Researcher "
        "opening. As promised, I've attached my portfolio with the two case studies we talked about.\n\n"
        "All the best,\nMax",
        ("sophie.martin@tailspin.com",),
        attachments=("Max_Muster_Portfolio.pdf",),
        company=("Tailspin",),
        role="UX Researcher",
    ),
    case(
        "en-agency-recruiter-named-client",
        "Siemens interview today",
        "Hi Laura,\n\nThanks for arranging the interview with Siemens today - it went really well, "
        "the hiring manager was great. Let me know if you hear anything.\n\nCheers,\nMax",
        ("laura.w@talentbridge-recruiting.com",),
        company=("Siemens",),
    ),
    case(
        "en-long-formal-appreciation",
        "Thank you",
        "Dear Ms. Chen,\n\nI wanted to express my sincere appreciation for the opportunity to "
        "interview for the Marketing Manager position at Vandelay Industries on Thursday. It was a "
        "pleasure to meet you and the rest of the brand team.\n\nOur conversation about the "
        "upcoming product launch reinforced my enthusiasm for the role. My experience leading "
        "multi-channel campaigns would allow me to contribute from day one.\n\nThank you again for "
        "your time and consideration. I look forward to hearing from you.\n\nSincerely,\nMax Muster\n"
        "+49 170 1234567",
        ("l.chen@vandelay.com",),
        company=("Vandelay Industries", "Vandelay"),
        role="Marketing Manager",
    ),
    case(
        "en-zoom-interview",
        "Thank you for the video interview",
        "Hi Priya,\n\nThank you for the Zoom interview this afternoon. I enjoyed our discussion about "
        "scaling the data platform.\n\nBest regards,\nMax",
        ("priya.n@wideworldimporters.com",),
        company=("Wideworldimporters", "Wide World Importers", "Wideworld Importers"),
    ),
    case(
        "en-appreciated-conversation-no-thank",
        "Following up on our conversation",
        "Hello Mr. Brooks,\n\nI really appreciated our conversation yesterday about the Operations "
        "Lead role. Learning about the warehouse expansion made me even more excited about joining "
        "the team.\n\nBest,\nMax Muster",
        ("j.brooks@litware.com",),
        company=("Litware",),
        role="Operations Lead",
    ),
    case(
        "en-re-invite-thread-thanks-again",
        "Re: Interview - Backend Engineer - Umbrella",
        "Hi Mark,\n\nThanks again for your time today. I really enjoyed the pairing exercise.\n\n"
        "Max\n\nOn Mon, Mar 2, 2026 at 10:15 AM Mark Stone <mark@umbrella-corp.com> wrote:\n"
        "> Hi Max,\n> Looking forward to meeting you tomorrow at 11.\n> Mark",
        ("mark@umbrella-corp.com",),
        company=("Umbrella", "Umbrella Corp"),
        role="Backend Engineer",
    ),
    case(
        "en-phone-great-to-meet-team",
        "Today",
        "Thanks for the chat today! Great to meet the team and hear more about the role.\n\n"
        "Sent from my iPhone",
        ("founder@tinyrocket.io",),
        company=("Tinyrocket", "Tiny Rocket"),
    ),
    case(
        "en-second-interview",
        "Thank you for the second interview",
        "Dear Paul,\n\nThank you for the second interview today and for introducing me to the "
        "engineering leads. I'm very enthusiastic about the Site Reliability Engineer role.\n\n"
        "Best regards,\nMax Muster",
        ("paul.r@adventure-works.com",),
        company=("Adventure Works", "Adventure-Works"),
        role="Site Reliability Engineer",
    ),
    case(
        "en-final-round-meeting",
        "Thank you for meeting with me",
        "Dear Ms. Alvarez,\n\nThank you for meeting with me today for the final round. I appreciated "
        "your candour about the challenges the company is facing.\n\nKind regards,\nMax Muster",
        ("m.alvarez@proseware.com",),
        company=("Proseware",),
    ),
    case(
        "en-coffee-with-hiring-manager",
        "Great coffee",
        "Hi Oliver,\n\nThanks for grabbing coffee this morning and walking me through the "
        "Engineering Manager opening. The team sounds fantastic.\n\nMax",
        ("oliver@bluebird.dev",),
        company=("Bluebird",),
        role="Engineering Manager",
    ),
    case(
        "en-subject-thank-you-note-body-appreciate",
        "Thank you note - Marketing Coordinator interview",
        "Dear Ms. Lopez,\n\nI appreciate you taking the time to speak with me today. I left even more "
        "excited about the opportunity.\n\nBest,\nMax",
        ("elena.lopez@margie-travel.com",),
        company=("Margie Travel", "Margie-Travel"),
        role="Marketing Coordinator",
    ),
    case(
        "en-many-thanks-for-yesterday",
        "Yesterday",
        "Dear Hannah,\n\nMany thanks for yesterday - it was great meeting you and the team. I'm very "
        "excited about the opportunity to join Lucerne Publishing as a Product Manager.\n\nBest,\nMax",
        ("hannah@lucernepublishing.com",),
        company=("Lucerne Publishing", "Lucernepublishing"),
        role="Product Manager",
    ),
    case(
        "en-pleasure-speaking-then-thanks",
        "Controller position",
        "Dear Mr. Patel,\n\nIt was a pleasure speaking with you today about the Controller position. "
        "Thank you for your time.\n\nRegards,\nMax Muster",
        ("r.patel@woodgrovebank.com",),
        company=("Woodgrove Bank", "Woodgrovebank"),
        role="Controller",
    ),
    case(
        "en-great-speaking-thanks-again",
        "Great speaking with you!",
        "Hi Leo - great speaking with you today about the Growth Marketer role. Thanks again, and "
        "have a great weekend!\n\nMax",
        ("leo@coho-winery.com",),
        company=("Coho Winery", "Coho-Winery"),
        role="Growth Marketer",
    ),
    case(
        "en-gmail-recruiter-company-in-text",
        "Thank you!",
        "Hi Bob,\n\nThank you for the interview today for the Ops Lead role at Hooli. Looking "
        "forward to hearing about next steps.\n\nBest,\nMax",
        ("bob.recruits@gmail.com",),
        company=("Hooli",),
        role="Ops Lead",
    ),
    case(
        "en-subject-names-company",
        "Thank you - Wayne Enterprises interview",
        "Hi Bruce,\n\nThank you for the interview today. I enjoyed our discussion.\n\nBest,\nMax",
        ("bruce@wayne-ent.com",),
        company=("Wayne Enterprises",),
    ),
    case(
        "en-thanks-for-having-me-case-presentation",
        "Thanks for having me",
        "Hi Nora,\n\nThank you for having me in the office today to present my case study for the "
        "Strategy Consultant position. The feedback from the panel was really valuable.\n\nBest,\nMax",
        ("nora@alpineski.house",),
        company=("Alpineski", "Alpine Ski", "Alpineski House", "Alpine Ski House"),
        role="Strategy Consultant",
    ),
    case(
        "de-formal-vorstellungsgespraech",
        "Vielen Dank für das Vorstellungsgespräch",
        "Sehr geehrte Frau Becker,\n\nvielen Dank für das freundliche und interessante Gespräch heute "
        "bezüglich der Position als Softwareentwickler (m/w/d). Die Einblicke in Ihr Team haben mich "
        "in meinem Wunsch bestärkt, bei Ihnen einzusteigen.\n\nMit freundlichen Grüßen\nMax Muster",
        ("s.becker@kaufland-digital.de",),
        company=("Kaufland Digital", "Kaufland-Digital"),
        role="Softwareentwickler",
    ),
    case(
        "de-du-phone",
        "Danke für das nette Gespräch!",
        "Hallo Jonas,\n\ndanke dir für das angenehme Gespräch gestern und die Einblicke ins Team. Die "
        "Stelle als UX Designerin reizt mich sehr.\n\nViele Grüße\nMax\n\nVon meinem iPhone gesendet",
        ("jonas@flinkbau.de",),
        company=("Flinkbau",),
        role="UX Designerin",
    ),
    case(
        "de-telefoninterview",
        "Danke für das Telefoninterview",
        "Hallo Herr Wagner,\n\nherzlichen Dank für das Telefoninterview heute Vormittag. Ich freue mich "
        "auf die nächsten Schritte.\n\nBeste Grüße\nMax Muster",
        ("wagner@hanse-logistik.de",),
        company=("Hanse Logistik", "Hanse-Logistik"),
    ),
    case(
        "de-zeit-und-einblicke",
        "Unser Gespräch heute",
        "Sehr geehrter Herr Yilmaz,\n\ndanke für Ihre Zeit heute und die spannenden Einblicke in Ihr "
        "Team. Ich bin nach unserem Gespräch noch motivierter, die Rolle als Data Scientist zu "
        "übernehmen.\n\nMit freundlichen Grüßen\nMax Muster",
        ("a.yilmaz@rheinenergie.de",),
        company=("Rheinenergie",),
        role="Data Scientist",
    ),
    case(
        "de-outlook-html",
        "AW: Ihr Vorstellungsgespräch bei der Nordbank",
        "<html><body><div class=WordSection1><p class=MsoNormal>Sehr geehrte Frau Schulz,</p>"
        "<p class=MsoNormal>ich möchte mich herzlich für das angenehme Vorstellungsgespräch am "
        "Dienstag bedanken. Die Aufgaben als Risikoanalyst passen sehr gut zu meinen Erfahrungen.</p>"
        "<p class=MsoNormal>Mit freundlichen Grüßen</p>" + OUTLOOK_SIGNATURE + "<div><p class=MsoNormal>"
        "<b>Von:</b> Schulz, Petra &lt;petra.schulz@nordbank.de&gt;<br><b>Gesendet:</b> Freitag, 27. "
        "Februar 2026 10:02<br><b>Betreff:</b> Ihr Vorstellungsgespräch bei der Nordbank</p></div>"
        "<p class=MsoNormal>Sehr geehrter Herr Muster, wir laden Sie herzlich ein.</p></div></body></html>",
        ("petra.schulz@nordbank.de",),
        html=True,
        company=("Nordbank",),
        role="Risikoanalyst",
    ),
    case(
        "fr-formal-remercier-entretien",
        "Remerciements - entretien du 3 mars",
        "Madame Durand,\n\nJe tiens à vous remercier pour l'entretien de ce matin concernant le poste "
        "de chef de projet digital. Notre échange a confirmé mon intérêt pour votre équipe.\n\n"
        "Je vous prie d'agréer, Madame, mes salutations distinguées.\nMax Muster",
        ("c.durand@groupe-lumiere.fr",),
        company=("Groupe Lumiere", "Groupe-Lumiere", "Groupe Lumière"),
        role="chef de projet digital",
    ),
    case(
        "fr-informal-echange",
        "Merci pour l'échange !",
        "Bonjour Julie,\n\nMerci beaucoup pour notre échange d'hier au sujet du poste de développeur "
        "front-end. J'ai hâte de la suite !\n\nBonne journée,\nMax",
        ("julie@petitbateau-tech.fr",),
        company=("Petitbateau Tech", "Petitbateau-Tech"),
        role="développeur front-end",
    ),
    case(
        "fr-phone-telephone",
        "Merci",
        "Merci pour l'entretien téléphonique de tout à l'heure !\n\nEnvoyé de mon iPhone",
        ("recrutement@boulangerie-moderne.fr",),
        company=("Boulangerie Moderne", "Boulangerie-Moderne"),
    ),
    case(
        "fr-suite-a-notre-entretien",
        "Suite à notre entretien",
        "Bonjour Monsieur Martin,\n\nSuite à notre entretien d'hier, je souhaitais vous remercier pour "
        "le temps que vous m'avez accordé. Le poste d'ingénieur DevOps correspond tout à fait à mes "
        "attentes.\n\nCordialement,\nMax Muster",
        ("p.martin@astrolab.fr",),
        company=("Astrolab",),
        role="ingénieur DevOps",
    ),
    case(
        "es-formal-agradezco-oportunidad",
        "Agradecimiento por la entrevista",
        "Estimada Sra. García:\n\nLe agradezco sinceramente la oportunidad de entrevistarme para el "
        "puesto de Analista de Datos en Telefónica. Fue un placer conocer al equipo.\n\n"
        "Atentamente,\nMax Muster",
        ("maria.garcia@telefonica.com",),
        company=("Telefónica", "Telefonica"),
        role="Analista de Datos",
    ),
    case(
        "es-informal-charla",
        "¡Gracias por la charla!",
        "Hola Pablo,\n\n¡Muchas gracias por la conversación de ayer sobre la vacante de diseñador! Me "
        "encantó conocer al equipo.\n\nUn abrazo,\nMax",
        ("pablo@estudiosol.es",),
        company=("Estudiosol", "Estudio Sol"),
    ),
    case(
        "es-latam-su-tiempo",
        "Gracias por su tiempo",
        "Buenas tardes Lic. Ramírez,\n\nMuchas gracias por su tiempo y por la entrevista del día de hoy "
        "para la posición de Gerente de Ventas. Quedo atento a sus comentarios.\n\nSaludos cordiales,\n"
        "Max Muster",
        ("jramirez@grupoandino.com.mx",),
        company=("Grupoandino", "Grupo Andino"),
        role="Gerente de Ventas",
    ),
    case(
        "es-queria-agradecerle",
        "Entrevista de hoy",
        "Hola Lucía,\n\nQuería agradecerle por la entrevista de hoy. Sigo muy interesado en el puesto.\n\n"
        "Saludos,\nMax",
        ("lucia@mercadoverde.es",),
        company=("Mercadoverde", "Mercado Verde"),
    ),
]


@pytest.mark.parametrize("msg, company, role", POSITIVES)
def test_blind_thank_you(msg, company, role):
    assert_verdict(detect_thank_you(msg, OWN), company, role)
