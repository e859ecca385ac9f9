"""Blind set, round 2: Sent messages that are close to a thank-you for an interview but are not
one (tracking starts at the interview's thank-you: thanks for scheduling an interview still to
come, for an offer, for a rejection, for tips, a referral, a reference; cover letters,
unsubscribes, interviews the user ran or gave to the press). Written before reading the detector."""

from __future__ import annotations

import pytest

from tests.unit.test_thankyou_blind2 import case, check

NEGATIVES = [
    case("n01-scheduling-date-ahead", "Re: Interview confirmation – Data Analyst",
         "Thanks Priya, Thursday at 2pm works great. Looking forward to meeting the team!\n\n"
         "Sent from my iPhone", ("priya.n@shopwell.com",)),
    case("n02-invitation-confirm", "Re: Invitation to interview – Marketing Manager",
         "Dear Ms. Cole,\n\nThank you for the invitation to interview. I confirm my availability for "
         "Tuesday, 17 March at 10:00 and look forward to meeting you.\n\nKind regards,\nTom",
         ("cole@brightside.com",)),
    case("n03-offer-acceptance", "Re: Offer letter – Backend Engineer",
         "Hi Olivia,\n\nThank you so much! I'm delighted to accept the offer and have signed the "
         "contract. Looking forward to starting on April 1st.\n\nBest,\nNate", ("olivia@shipfast.dev",)),
    case("n04-rejection-acknowledged", "Re: Your application – Data Analyst",
         "Hi Priya,\n\nThank you for letting me know. I enjoyed meeting the team and would welcome "
         "being considered for future roles.\n\nBest,\nAisha", ("priya.n@shopwell.com",)),
    case("n05-friend-interview-tips", "thank u!!",
         "Thanks so much for the interview tips yesterday, the STAR stuff really helped. Drinks on me "
         "next week!", ("best.friend@gmail.com",)),
    case("n06-referral", "Thank you for the referral!",
         "Hi Dev,\n\nThank you for referring me for the Data Scientist role at Acme! I just got the "
         "confirmation email from their recruiter.\n\nCheers,\nMia", ("dev.patel@acme.com",)),
    case("n07-unsubscribe", "Unsubscribe",
         "Please remove me from this mailing list. Thanks.", ("newsletter@jobsdigest.com",)),
    case("n08-cover-letter", "Application – Junior Accountant (Ref. 2291)",
         "Dear Hiring Manager,\n\nI am writing to apply for the Junior Accountant position advertised "
         "on Indeed. Please find my CV and cover letter attached. I would welcome the opportunity to "
         "interview.\n\nThank you for your time and consideration.\n\nSincerely,\nKelly Brooks",
         ("jobs@midwestsoft.com",), attachments=("Kelly_Brooks_CV.pdf", "Cover_letter.pdf")),
    case("n09-de-termin-bestaetigt", "AW: Einladung zum Vorstellungsgespräch",
         "Sehr geehrte Frau Schulz,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Den "
         "Termin am Donnerstag, 19. März, um 14 Uhr bestätige ich gern.\n\nMit freundlichen Grüßen\n"
         "Petra Neumann", ("a.schulz@hansa-versicherung.de",)),
    case("n10-fr-proposition-entretien", "RE: Proposition d'entretien",
         "Bonjour,\n\nMerci pour votre proposition d'entretien, je suis disponible lundi prochain à "
         "10h.\n\nCordialement,\nSophie", ("rh@logiciels-azur.fr",)),
    case("n11-es-confirmo-asistencia", "RE: Convocatoria a entrevista",
         "Buenos días:\n\nGracias por la invitación a la entrevista. Confirmo mi asistencia el martes "
         "a las 11:00.\n\nSaludos,\nLucía", ("seleccion@bancoiberia.es",)),
    case("n12-withdraw", "Withdrawing my application",
         "Hi Rebecca,\n\nThank you for the opportunity and for your time last week. I've decided to "
         "withdraw from the process as I have accepted another offer.\n\nAll the best,\nLuis",
         ("rebecca.t@cloudcart.com",)),
    case("n13-reference-request", "Would you be a reference?",
         "Hi John,\n\nThanks for agreeing to be a reference for me! Megan from Finlytics may reach out "
         "this week.\n\nBest,\nBrian", ("john.carter@oldjob.com",)),
    case("n14-application-receipt", "Re: Application received",
         "Thanks for confirming receipt of my application. I look forward to hearing about next "
         "steps.", ("careers@northbank.com",)),
    case("n15-user-research-participant", "Your voucher",
         "Hi Robin,\n\nThanks for taking part in our user interview today — here is the £20 voucher "
         "as promised.\n\nBest,\nCarlos", ("robin.h@gmail.com",)),
    case("n16-podcast-guest", "Thanks for having me!",
         "Hey Lisa, thanks for having me on the podcast today! Really enjoyed the conversation. Can "
         "you send me the link when the episode is live?", ("lisa@devtalks.fm",)),
    case("n17-journalist", "Interview for our article",
         "Dear Dr. Brown,\n\nThank you for the interview this morning for our article on battery "
         "recycling. I will send you the quotes for approval by Friday.\n\nBest,\nJamal",
         ("brown@uni-example.edu",)),
    case("n18-reschedule", "Re: Interview on Thursday",
         "Hi Beth, thank you for your flexibility — could we move the interview to Friday morning "
         "instead? Something came up at work.", ("beth@wordsmiths.io",)),
    case("n19-offer-negotiation", "Re: Offer – Solutions Architect",
         "Hi Peter,\n\nThank you for the offer! Before I accept, could we discuss the start date and "
         "the relocation package?\n\nBest,\nZack", ("peter@cloudmesh.io",)),
    case("n20-status-check", "Checking in – Content Strategist",
         "Hi Beth, just checking in on the Content Strategist process — any update on timing? Thanks "
         "in advance!", ("beth@wordsmiths.io",)),
    case("n21-doctor-appointment", "Lab results",
         "Thank you for seeing me today. Attached are the lab results you asked for.",
         ("dr.kline@cityclinic.com",), attachments=("labs.pdf",)),
    case("n22-de-absage-danke", "AW: Ihre Bewerbung",
         "Sehr geehrte Frau Wagner,\n\nvielen Dank für Ihre Rückmeldung. Schade, aber ich wünsche "
         "Ihnen viel Erfolg bei der Besetzung der Stelle.\n\nMit freundlichen Grüßen\nLena Hoffmann",
         ("wagner@stadtwerke-nord.de",)),
    case("n23-job-description-before-call", "Re: Job description",
         "Thanks for sending the job description, I'll review it before our call on Monday.",
         ("m.reyes@gridline.net",)),
    case("n24-user-is-the-interviewer", "Candidate feedback",
         "Hi Sara, thanks for interviewing the candidate with me today — please add your feedback in "
         "Greenhouse by end of day.", ("sara@mycompany.com",), sender="lead@mycompany.com"),
    case("n25-coffee-with-friend", "great catching up",
         "Thanks for coffee today, great catching up! Say hi to Tom.", ("old.roommate@gmail.com",)),
    case("n26-es-recomendacion", "¡Gracias por la recomendación!",
         "Hola Diego, gracias por recomendarme para el puesto en Tecnova. Ya me escribieron de "
         "recursos humanos.\n\nUn abrazo,\nJavier", ("diego.m@tecnova.es",)),
    case("n27-fr-refus", "RE: Votre candidature",
         "Bonjour Madame Lefèvre,\n\nMerci pour votre retour. Je vous souhaite une bonne continuation."
         "\n\nCordialement,\nClaire Dubois", ("m.lefevre@groupe-atlas.fr",)),
]


@pytest.mark.parametrize("msg, company, role", NEGATIVES)
def test_blind2_not_a_thank_you(msg, company, role):
    check(msg, company, role)
