"""Blind set, round 2, for thank-you detection (English positives; the helper the other round-2
files share). Written before reading core/thankyou*.py: Sent messages as sixty different
candidates write them, new grads to executives, native and non-native, from a phone or Outlook,
replies in the scheduling thread, panels with the recruiter in Cc, portfolio links and
attachments, openers that are not the thanks, follow-up questions.

Each row names the company (any accepted spelling) and, where the text makes it plain, a role the
detected role must contain.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from interview_watch.adapters.mime_parts import html_to_text
from interview_watch.core.models import ParsedMessage
from interview_watch.core.thankyou import detect_thank_you
from tests.fixtures.thankyou_cases import assert_verdict

SENT = datetime(2026, 3, 12, 17, 45, tzinfo=timezone.utc)


# First pass (before any fix): 77 of 101 rows passed; the 24 that failed were marked here and
# removed as the fixes landed. These still fail, each for the reason given.
_NO_JOB_WORD = ("thanks for a conversation with no word of a job anywhere; a freelancer thanking a "
                "client writes the same (would need the company's open interviews as context)")
KNOWN_MISSES = {
    "ben-thx-lowercase": _NO_JOB_WORD,
    "hugo-fr-tutoiement": _NO_JOB_WORD,
}


def mail(cid: str, subject: str, body: str, to: tuple[str, ...], *, sender: str = "",
         cc: tuple[str, ...] = (), html: bool = False, attachments: tuple[str, ...] = (),
         headers: dict[str, tuple[str, ...]] | None = None) -> ParsedMessage:
    sender = sender or f"{cid.split('-')[0]}.candidate@gmail.com"
    return ParsedMessage(
        message_id=f"<{cid}@mail.gmail.com>", subject=subject, from_addr=sender,
        from_name=sender.split("@")[0].replace(".", " ").title(), to=to, cc=cc, date=SENT,
        in_reply_to=(), references=(), headers={k.lower(): v for k, v in (headers or {}).items()},
        text=html_to_text(body) if html else body, html=body if html else "",
        content_type="text/html" if html else "text/plain", attachments=attachments)


def case(cid: str, subject: str, body: str, to: tuple[str, ...], *,
         company: tuple[str, ...] | None = None, role: str = "", xfail: str = "", **kw):
    """One row: `company` None means "not a thank-you for an interview"."""
    msg = mail(cid, subject, body, to, **kw)
    xfail = xfail or KNOWN_MISSES.get(cid, "")
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(msg, company, role, id=cid, marks=marks)


def check(msg: ParsedMessage, company: tuple[str, ...] | None, role: str) -> None:
    assert_verdict(detect_thank_you(msg, (msg.from_addr,)), company, role)


OUTLOOK_SIG = (
    "<p class=MsoNormal><b>Elizabeth Carrow</b><br>CPA, MBA<br>+1 617 555 0142</p>"
    "<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>CONFIDENTIALITY NOTICE: This "
    "e-mail and any attachments are intended only for the addressee. If you are not the intended "
    "recipient, please notify the sender and delete it. Thank you.</span></p>")

POSITIVES = [
    case("amy-phone-oneliner-in-scheduling-thread", "Re: Your interview with Brightpath on Thursday",
         "Thanks again for today, really enjoyed it!\n\nSent from my iPhone",
         ("sarah.kim@brightpath.io",), company=("Brightpath",)),
    case("ben-thx-lowercase", "today",
         "thx so much for your time today, great chatting w you and the team! lmk if u need anything "
         "else from me\n\nSent from my Android", ("mike@loophq.com",), company=("Loophq", "Loop")),
    case("aisha-reply-in-confirmation-thread", "Re: Interview confirmation – Data Analyst",
         "Hi Priya,\n\nThank you again for organising everything and for the conversation this "
         "afternoon. It was great to meet Tom and Lena and to learn how the analytics team supports "
         "merchandising. Looking forward to hearing about next steps.\n\nKind regards,\nAisha\n\n"
         "On Mon, 9 Mar 2026 at 10:02, Priya Nair <priya.n@shopwell.com> wrote:\n> Hi Aisha,\n> "
         "Confirming your interview for the Data Analyst role on Thursday 12 March at 2pm.\n> Best, "
         "Priya", ("priya.n@shopwell.com",), company=("Shopwell",), role="Data Analyst"),
    case("carlos-portfolio-link", "Thank you – UX Designer interview",
         "Hi Nadia,\n\nThank you for the interview today for the UX Designer position. As promised, "
         "here is the link to my portfolio with the onboarding redesign we discussed: "
         "https://www.behance.net/carlosreyes/onboarding\n\nBest,\nCarlos",
         ("nadia.w@figbyte.com",), company=("Figbyte",), role="UX Designer"),
    case("dana-attachment-mention", "Following up on yesterday",
         "Dear Mr. Hollis,\n\nThank you for meeting with me yesterday about the Financial Analyst "
         "role at Harbor Capital. I have attached the DCF model I mentioned during our conversation "
         "in case it is useful.\n\nSincerely,\nDana Whitaker", ("j.hollis@harborcap.com",),
         attachments=("Whitaker_DCF_model.xlsx",), company=("Harbor Capital", "Harborcap"),
         role="Financial Analyst"),
    case("emeka-panel-three-to-recruiter-cc", "Thank you – Senior Process Engineer panel",
         "Dear Dr. Okafor, Ms. Lindqvist and Mr. Haddad,\n\nThank you all for the time you spent "
         "with me during Tuesday's panel interview for the Senior Process Engineer position. I "
         "especially appreciated the discussion of the scale-up at the Rotterdam site.\n\nWith best "
         "regards,\nEmeka Obi", ("c.okafor@novachem.com", "e.lindqvist@novachem.com",
                                 "r.haddad@novachem.com"), cc=("talent@novachem.com",),
         company=("Novachem", "NovaChem"), role="Senior Process Engineer"),
    case("elizabeth-exec-outlook-html-disclaimer", "Thank you",
         "<html><body><div class=WordSection1><p class=MsoNormal>Mark,</p><p class=MsoNormal>Thank "
         "you for a candid and energizing conversation on Thursday about the CFO role. Your view of "
         "the path to profitability and the finance team you have built gave me a lot to think "
         "about. I would welcome continuing the discussion with the board.</p><p class=MsoNormal>"
         "Best regards,</p>" + OUTLOOK_SIG + "</div></body></html>", ("mark.devlin@veridianhealth.com",),
         html=True, company=("Veridianhealth", "Veridian Health"), role="CFO"),
    case("fatima-opens-with-hope", "Catching up",
         "Hi Laura,\n\nHope your week is going well. I wanted to thank you again for taking the time "
         "to speak with me on Monday about the Customer Success Manager opening. Our conversation "
         "about onboarding enterprise accounts stuck with me.\n\nBest,\nFatima",
         ("laura.b@lumio.com",), company=("Lumio",), role="Customer Success Manager"),
    case("greg-linkedin-style", "Great connecting",
         "Hi Jordan — great connecting today! Appreciate you taking the time to walk me through the "
         "Growth Marketing Lead role and the roadmap for Q3. Would love to stay in touch either "
         "way.\n\nGreg", ("jordan@tallyup.co",), company=("Tallyup", "TallyUp"),
         role="Growth Marketing Lead"),
    case("hana-phone-screen", "Thank you for the phone screen",
         "Hi Ms. Reyes,\n\nThank you for the phone screen this morning. I enjoyed learning about the "
         "Site Reliability Engineer position and how the on-call rotation is organised.\n\nBest "
         "regards,\nHana Sato", ("m.reyes@gridline.net",), company=("Gridline",),
         role="Site Reliability Engineer"),
    case("ivan-coffee-chat-hiring-manager", "Thanks for the coffee",
         "Hi Sam,\n\nThanks so much for grabbing coffee with me on Friday and telling me more about "
         "the data platform team. I'm even more excited about the Staff Data Engineer opening after "
         "our chat, and I'd be glad to meet the rest of the team.\n\nCheers,\nIvan",
         ("sam.ortiz@quarry.ai",), company=("Quarry",), role="Staff Data Engineer"),
    case("jin-follow-up-question", "Re: Interview – Product Manager, Payments",
         "Hi Ellen,\n\nThank you for the interview yesterday. I had one more question I forgot to ask: "
         "does the Product Manager role have direct reports, or is it an individual contributor "
         "role at first?\n\nThanks again,\nJin", ("ellen@paystack-like.com",),
         company=("Paystack-like", "Paystack Like"), role="Product Manager"),
    case("kelly-new-grad-formal", "Thank You – Junior Software Developer Interview",
         "Dear Ms. Chen,\n\nThank you very much for interviewing me for the Junior Software "
         "Developer position today. As a recent graduate of Ohio State, I was excited to hear about "
         "the mentorship program for new developers.\n\nI look forward to hearing from you.\n\n"
         "Sincerely,\nKelly Brooks", ("lchen@midwestsoft.com",), company=("Midwestsoft",),
         role="Junior Software Developer"),
    case("rajesh-non-native", "Thanking for interview",
         "Dear Mr. Smith,\n\nI am writing to say thank you for the interview of yesterday for the "
         "position of Mechanical Engineer. It was pleasure to meet you and your team and I am very "
         "interesting in this job. Kindly let me know if any more documents are required.\n\nBest "
         "Regards\nRajesh Kumar", ("smith@stellarmotors.com",), company=("Stellarmotors", "Stellar Motors"),
         role="Mechanical Engineer"),
    case("olga-non-native-vacancy", "Interview today",
         "Hello Mrs. Johnson,\n\nMany thanks for your time on the interview today. I was very glad to "
         "know more about the Warehouse Supervisor vacancy and your company. I am looking forward "
         "for your answer.\n\nWith respect,\nOlga Petrova", ("k.johnson@fastfreight.com",),
         company=("Fastfreight", "FastFreight"), role="Warehouse Supervisor"),
    case("luis-zoom", "Thank you for today's Zoom interview",
         "Hi Rebecca,\n\nThank you for the Zoom interview this afternoon and for your patience with "
         "my connection at the start! I enjoyed hearing about the Sales Operations Analyst role.\n\n"
         "Best,\nLuis", ("rebecca.t@cloudcart.com",), company=("Cloudcart", "CloudCart"),
         role="Sales Operations Analyst"),
    case("maya-agency-recruiter-names-client", "Today at Globex",
         "Hi Ines,\n\nThank you for arranging today's interview with Globex – I think it went well! "
         "Marco and Julia were lovely and the role sounds like a great fit.\n\nBest,\nMaya",
         ("ines@talentwave-recruiting.com",), company=("Globex",)),
    case("nate-final-round", "Thank you for having me back",
         "Hi Olivia,\n\nThank you for having me back for the final round today. Meeting the CTO and "
         "the platform team confirmed how much I'd like to join as a Backend Engineer.\n\nBest,\nNate",
         ("olivia@shipfast.dev",), company=("Shipfast", "ShipFast"), role="Backend Engineer"),
    case("omar-system-design", "System design session",
         "Hi Dan,\n\nThank you for the system design session today. I've been thinking more about the "
         "rate limiter question and wrote up a short follow-up: https://gist.github.com/omar/rl\n\n"
         "Best,\nOmar", ("dan.h@streamly.tv",), company=("Streamly",)),
    case("patricia-gmail-recruiter-names-company", "Thank you!",
         "Hi Jess,\n\nThank you for the interview today for the Office Manager position at Pied "
         "Piper. It was lovely meeting you and I'd love to be part of the team.\n\nWarmly,\n"
         "Patricia", ("jess.recruits@gmail.com",), company=("Pied Piper",), role="Office Manager"),
    case("quinn-your-time", "Thank you for your time",
         "Hello Mr. Alvarez,\n\nThank you for your time on Wednesday and for our conversation about "
         "the Account Executive role. Your description of the mid-market segment was really "
         "helpful.\n\nRegards,\nQuinn", ("a.alvarez@salesforge.com",), company=("Salesforge",),
         role="Account Executive"),
    case("rosa-gmail-html-quote", "Re: Interview with the analytics team",
         '<div dir="ltr">Hi Dana,<div><br></div><div>Thanks so much for your time this morning! I '
         "enjoyed meeting everyone and learning about the BI Developer role.</div><div><br></div>"
         '<div>Best,<br>Rosa</div><div class="gmail_signature">Rosa Diaz | github.com/rosad</div>'
         '</div><br><div class="gmail_quote"><div class="gmail_attr">On Tue, Mar 10, 2026 at 9:00 AM '
         "Dana Lee &lt;dana@fabrikam.io&gt; wrote:<br></div><blockquote class=\"gmail_quote\">Looking "
         "forward to seeing you Thursday at 10am!</blockquote></div>", ("dana@fabrikam.io",),
         html=True, company=("Fabrikam",), role="BI Developer"),
    case("sam-thanks-plus-question", "Quick question",
         "Hi Beth, thanks again for today! Quick question — do you know roughly when the team hopes "
         "to make a decision on the Content Strategist role? No rush at all.\n\nSam",
         ("beth@wordsmiths.io",), company=("Wordsmiths",), role="Content Strategist"),
    case("tina-teacher", "Thank you",
         "Dear Principal Adams,\n\nThank you for the opportunity to interview for the 5th grade "
         "teaching position at Lincoln Elementary this afternoon. I enjoyed meeting the grade-level "
         "team.\n\nSincerely,\nTina Moore", ("adams@springfieldschools.org",),
         company=("Lincoln Elementary", "Springfieldschools", "Springfield Schools")),
    case("uma-nurse", "Thank you for the interview",
         "Hi Joanne,\n\nThank you for interviewing me today for the RN position on the cardiac step-"
         "down unit. I appreciated the tour of the unit and meeting the charge nurses.\n\nBest,\nUma",
         ("joanne.k@mercyhealth.org",), company=("Mercyhealth", "Mercy Health"), role="RN"),
    case("victor-intern", "Thank you - Summer 2026 Marketing Internship",
         "Dear Mr. Park,\n\nThank you so much for the interview for the Summer 2026 Marketing "
         "Internship. I learned a lot about your campaigns and would be thrilled to join the team.\n\n"
         "Best regards,\nVictor", ("dpark@brandhaus.com",), company=("Brandhaus",),
         role="Marketing Intern"),
    case("wendy-appreciated-only", "Friday",
         "Hi Chris,\n\nI really appreciated the chance to meet the team on Friday and to hear how "
         "the Operations Lead role fits into the new warehouse. I'm very interested in moving "
         "forward.\n\nBest,\nWendy", ("chris.m@parcelly.com",), company=("Parcelly",),
         role="Operations Lead"),
    case("xavier-grateful", "Yesterday's conversation",
         "Dear Ms. Hart,\n\nI'm grateful for the time you and Sam spent with me yesterday discussing "
         "the Procurement Manager role. I left the conversation even more motivated.\n\nKind "
         "regards,\nXavier", ("e.hart@ironbridge.co.uk",), company=("Ironbridge",),
         role="Procurement Manager"),
    case("yara-case-study-slides", "Slides from today",
         "Hi all,\n\nThank you for the opportunity to present my case study to the team this "
         "morning. Attached are the slides, including the pricing analysis we ran out of time for."
         "\n\nBest,\nYara", ("product-hiring@kanbo.com", "lisa@kanbo.com"),
         attachments=("Yara_case_study.pdf",), company=("Kanbo",)),
    case("zack-late-note", "Apologies for the delay",
         "Hi Peter,\n\nApologies for the delayed note — thank you for Monday's interview. It was "
         "great to learn about the Solutions Architect role and the customers you work with.\n\n"
         "Zack", ("peter@cloudmesh.io",), company=("Cloudmesh",), role="Solutions Architect"),
    case("anna-paralegal-short", "Thank you – Interview for Paralegal position",
         "Dear Ms. Rossi,\n\nThank you for meeting with me today. I remain very interested in the "
         "Paralegal position.\n\nSincerely,\nAnna Keller", ("mrossi@rossi-law.com",),
         company=("Rossi-law", "Rossi Law"), role="Paralegal"),
    case("brian-references-below", "Thank you and references",
         "Hi Megan,\n\nThank you for the interview this morning. As requested, my references are "
         "below:\n\n- John Carter, former manager, john.carter@example.com\n- Amy Liu, team lead, "
         "amy.liu@example.com\n\nBest,\nBrian", ("megan@finlytics.com",), company=("Finlytics",)),
    case("chloe-outlook-teams-thread", "RE: Microsoft Teams meeting: Interview - Senior Accountant",
         "Hi Karen,\n\nThank you for your time today, I enjoyed our discussion about the audit "
         "preparation.\n\nBest regards,\nChloe\n\nFrom: Karen Liu <karen.liu@bakerfinch.com>\nSent: "
         "Monday, March 9, 2026 11:12 AM\nTo: Chloe Martin\nSubject: Microsoft Teams meeting: "
         "Interview - Senior Accountant\n\nJoin on your computer or mobile app\nClick here to join "
         "the meeting", ("karen.liu@bakerfinch.com",), company=("Bakerfinch", "Baker Finch"),
         role="Senior Accountant"),
    case("derek-req-number", "Thank you – Senior Backend Engineer (Req #4471)",
         "Hi Tom,\n\nThanks for today's conversation. It was great to hear about the migration to "
         "event sourcing.\n\nBest,\nDerek", ("tom@ledgerly.com",), cc=("recruiting@ledgerly.com",),
         company=("Ledgerly",), role="Senior Backend Engineer"),
    case("eleanor-board-search", "With thanks",
         "Dear Chairman Whitfield,\n\nPlease accept my sincere thanks for the opportunity to meet "
         "with the search committee on Tuesday regarding the President & CEO position. The "
         "committee's questions on the capital campaign were thoughtful and challenging.\n\n"
         "Respectfully,\nEleanor Vance", ("whitfield@harlowfoundation.org",),
         company=("Harlowfoundation", "Harlow Foundation"), role="President & CEO"),
    case("frank-plant-tour", "Thank you",
         "Hi Mr. Novak,\n\nThank you for the interview and the tour of the plant yesterday. Seeing "
         "the new extrusion line made me even more interested in the Maintenance Technician job."
         "\n\nFrank", ("novak@polyform-industries.com",),
         company=("Polyform-industries", "Polyform Industries", "Polyform"), role="Maintenance Technician"),
    case("gina-availability", "Thank you for today",
         "Hello Ruth,\n\nThank you for the interview today. As discussed, I'm available to start in "
         "April and happy to provide anything else you need for the HR Generalist role.\n\nGina",
         ("ruth@peoplefirst.com",), company=("Peoplefirst", "PeopleFirst"), role="HR Generalist"),
    case("hector-considering-me", "Barista Trainer",
         "Hi Kim! Thank you for considering me for the Barista Trainer role and for the chat this "
         "morning. Loved the new roastery!\n\nHector", ("kim@bluebottle-like.com",),
         company=("Bluebottle-like", "Bluebottle Like"), role="Barista Trainer"),
    case("ines-spanish-speaker-english", "Thank you for the interview",
         "Dear Mr. Becker,\n\nThank you very much for the interview of today. I enjoyed a lot to know "
         "the team and the project of the Quality Engineer position.\n\nBest regards,\nInés Romero",
         ("becker@autoteile-schmidt.de",), company=("Autoteile-schmidt", "Autoteile Schmidt"),
         role="Quality Engineer"),
    case("jamal-two-interviewers-to", "Thanks for the time today",
         "Hi Priya and Marcus,\n\nThanks to you both for the time today. I enjoyed the pairing "
         "exercise and learning how the mobile team ships.\n\nBest,\nJamal",
         ("priya@appstack.io", "marcus@appstack.io"), company=("Appstack",)),
    case("kate-video-recorded-then-live", "Thank you, Ms. Grant",
         "Dear Ms. Grant,\n\nThank you for speaking with me earlier today about the Compliance "
         "Officer opening. I valued hearing your perspective on the regulatory changes ahead.\n\n"
         "Kind regards,\nKate Lin", ("sgrant@northbank.com",), cc=("careers@northbank.com",),
         company=("Northbank",), role="Compliance Officer"),
]


@pytest.mark.parametrize("msg, company, role", POSITIVES)
def test_blind2_thank_you_en(msg, company, role):
    check(msg, company, role)
