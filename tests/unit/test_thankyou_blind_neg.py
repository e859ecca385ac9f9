"""Blind set for thank-you detection, the near misses: written before reading core/thankyou.py
(see test_thankyou_blind.py). Thanks for a referral, a job ad, a mock interview, a party, an
application, accepting an invitation to interview, a status check, a vacation auto-reply, a
forward of the thank-you to a friend: none is a thank-you for an interview that took place."""

from __future__ import annotations

import pytest

from interview_watch.core.thankyou import detect_thank_you
from tests.fixtures.thankyou_cases import OWN, assert_verdict, case


NEGATIVES = [
    case(
        "not-referral-thanks-to-friend",
        "Thanks for the referral!",
        "Hey Sam, thanks so much for referring me to the Data Engineer role at your company! I'll let "
        "you know how it goes.\n\nMax",
        ("sam.k@gmail.com",),
    ),
    case(
        "not-recruiter-sent-job-ad",
        "Re: Senior Backend role at Acme",
        "Hi Lisa,\n\nThanks for sending this over - the role looks interesting. I'd be happy to have a "
        "call this week.\n\nBest,\nMax",
        ("lisa@bright-talent.com",),
    ),
    case(
        "not-mock-interview",
        "Thanks for the mock interview!",
        "Hi Jess, thanks a lot for doing a mock interview with me yesterday, super helpful prep for my "
        "onsite next week.",
        ("jess.p@gmail.com",),
    ),
    case(
        "not-party-invite",
        "Re: Friday drinks",
        "Thanks for the invite! See you Friday\n\nSent from my iPhone",
        ("tom.baker@northwind.com",),
    ),
    case(
        "not-application-cover-letter",
        "Application - Marketing Manager (Ref. 4471)",
        "Dear Hiring Manager,\n\nPlease find attached my CV and cover letter for the Marketing Manager "
        "position. I would appreciate the opportunity to discuss my application in an interview.\n\n"
        "Thank you for your time and consideration.\n\nSincerely,\nMax Muster",
        ("jobs@vandelay.com",),
        attachments=("CV_Max_Muster.pdf", "Cover_Letter.pdf"),
    ),
    case(
        "not-accepting-interview-invitation-en",
        "Re: Interview invitation - Backend Engineer",
        "Hi Mark,\n\nThank you for the invitation to interview! Tuesday at 10am works well for me. "
        "Looking forward to meeting you.\n\nBest,\nMax",
        ("mark@umbrella-corp.com",),
    ),
    case(
        "not-accepting-interview-invitation-de",
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Klein,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Den Termin "
        "am Donnerstag, 5. März um 14 Uhr bestätige ich gerne.\n\nMit freundlichen Grüßen\nMax Muster",
        ("klein@hanse-logistik.de",),
    ),
    case(
        "not-accepting-interview-invitation-fr",
        "RE: Convocation à un entretien",
        "Bonjour Madame,\n\nMerci pour votre invitation à un entretien. Je confirme ma présence le jeudi "
        "5 mars à 10h.\n\nCordialement,\nMax Muster",
        ("c.durand@groupe-lumiere.fr",),
    ),
    case(
        "not-thanks-for-scheduling-future-interview",
        "Re: Scheduling",
        "Hi Tom, thanks for setting up the interview for next Tuesday, I'll be there.",
        ("tom@recruit-northwind.com",),
    ),
    case(
        "not-status-check-follow-up",
        "Following up - Data Analyst application",
        "Hi Rachel,\n\nI hope you're doing well. I wanted to check in on the status of my application "
        "for the Data Analyst role. I interviewed with the team on March 2 and remain very "
        "interested.\n\nThanks!\nMax",
        ("rachel.green@contoso.com",),
    ),
    case(
        "not-sync-with-colleague",
        "Re: roadmap",
        "Thanks for the sync today, I'll update the roadmap and share it with the team.",
        ("boss@example.org",),
    ),
    case(
        "not-vendor-demo",
        "Thanks for the demo",
        "Hi Carl, thanks for the product demo yesterday; we'll discuss the pricing internally and get "
        "back to you.",
        ("carl@saasvendor.com",),
    ),
    case(
        "not-reference-thanks",
        "Thank you for being my reference!",
        "Hi Prof. Lee,\n\nThank you so much for agreeing to be a reference for my application to the "
        "Data Scientist position at Acme. They may contact you this week.\n\nBest,\nMax",
        ("lee@uni-example.edu",),
    ),
    case(
        "not-es-application",
        "Candidatura - Desarrollador Backend",
        "Estimados señores:\n\nLes adjunto mi CV para el puesto de Desarrollador Backend. Quedo a la "
        "espera de poder tener una entrevista.\n\nGracias por su atención.\nMax Muster",
        ("rrhh@mercadoverde.es",),
    ),
    case(
        "not-flat-viewing",
        "Thanks for the viewing",
        "Hi, thanks for showing us the flat today, we'd like to apply.",
        ("lettings@cityhomes.co.uk",),
    ),
    case(
        "not-offer-acceptance",
        "Re: Offer - Product Designer",
        "Hi Rachel,\n\nThank you so much for the offer! I'm happy to accept and will sign the contract "
        "today.\n\nBest,\nMax",
        ("rachel.green@contoso.com",),
    ),
    case(
        "not-vacation-auto-reply",
        "Automatic reply: Thank you for the interview",
        "I'm out of office until March 9 with limited access to email.",
        ("someone@fabrikam.io",),
        headers={"Auto-Submitted": ("auto-replied",)},
    ),
    case(
        "not-meetup-talk",
        "Your Kafka talk",
        "Hi Ana, thanks for your talk on Kafka at yesterday's meetup - I'd love to hear more about how "
        "your team runs it in production.",
        ("ana@streamcorp.io",),
    ),
    case(
        "not-forward-to-partner",
        "Fwd: Thank you - Data Engineer interview",
        "too much?\n\n---------- Forwarded message ---------\nFrom: Max Muster "
        "<max.muster@example.org>\nDate: Tue, Mar 3, 2026 at 6:30 PM\nSubject: Thank you - Data "
        "Engineer interview\nTo: <jane.doe@acme.com>\n\nDear Jane,\n\nThank you for the interview "
        "today for the Data Engineer position.\n\nBest,\nMax",
        ("partner.muster@gmail.com",),
    ),
    case(
        "not-calendar-accept",
        "Accepted: Interview - Max Muster / Contoso",
        "",
        ("rachel.green@contoso.com",),
    ),
]


@pytest.mark.parametrize("msg, company, role", NEGATIVES)
def test_blind_not_a_thank_you(msg, company, role):
    assert_verdict(detect_thank_you(msg, OWN), company, role)
