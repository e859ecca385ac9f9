"""English phrase rules. Weights: 3 decides on its own, 2 is strong, 1 to 1.5 is a hint.

Written from how recruiters and hiring managers actually phrase these replies, including the
ones that avoid the obvious word: rejections wrapped in warm words, offers that never say
"offer", invitations that never say "interview".
"""

from __future__ import annotations

from interview_watch.core.rules import rule

L = "en"
_CANDIDATE = r"(?:candidate|applicant|individual|person|profile|someone|finalist)s?"
_ROLE = r"(?:position|role|job|vacancy|opening|opportunity|post|req|requisition|search)"
_APPLICATION = r"(?:application|candidacy|candidature|profile|resume|cv)"
_MEETING = (r"(?:interview|call|meeting|chat|conversation|session|panel|onsite|on-site|visit"
            r"|round|discussion|catch-up|catch up|video call|zoom|meet)s?")
_NOT = (r"(?:not|won't|can't|cannot|couldn't|wouldn't|isn't|aren't|wasn't|weren't|don't|"
        r"doesn't|didn't|haven't|hasn't|shouldn't)")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this week)"

REJECTION = [
    rule("not_moving_forward", "rejection", L, 3,
         r"\b(?:" + _NOT + r"|unable to|no longer) (?:be )?(?:able to )?(?:going to )?(?:be )?(?:to )?"
         r"(?:move|moving|proceed|proceeding|pursue|pursuing|consider|considering|continue with|"
         r"advance|advancing|progress|progressing|continue|continuing|take|taking|go|going) "
         r"(?:forward|ahead|further)?\b ?(?:with|on|at this|in the process|the process|your|you|any "
         r"further)",
         unless_after=r" ?(?:until|before)\b"),
    rule("no_path_forward", "rejection", L, 3,
         r"\bno (?:path|way) forward\b|\b(?:paused|froze|frozen|halted|cancell?ed|closed|"
         r"pulled) (?:the |our |all |this )?(?:hiring|search|req|requisition|headcount)\b|"
         r"\b(?:it's|it has|it was|role's|position's) been (?:closed|filled|cancell?ed)\b"),
    rule("chose_someone", "rejection", L, 3,
         r"\b(?:decided|decision|chose|chosen|choose|opted|elected) to (?:hire|go with|proceed with|"
         r"move forward with|move ahead with|offer the (?:role|position|job) to|appoint|bring on|"
         r"extend (?:the|an|our) offer to|continue with|progress with) (?:a|an|the|someone|"
         r"somebody|another|one of)\b|\b(?:found|identified|hired|selected|appointed) (?:someone|"
         r"somebody|another|a (?:different|stronger|more \w+) (?:candidate|applicant|person))|"
         r"\boffer(?:ed)? (?:the (?:role|position|job) )?to (?:another|a different|someone|the "
         r"other|one of the other)\b|\b(?:go|going|gone|went) with someone else\b"),
    rule("decision_for_other", "rejection", L, 3,
         r"\b(?:decided|decision|chose|chosen|selected|went|gone|going|proceed|proceeding|hire|"
         r"hiring|hired|offer|offered|extend|extended|appoint|appointed|moving|move|pursue|pursuing|"
         r"recommended|recommend|nominated|settled|picked|identified|found|signed)"
         r"\b(?: (?!interview|meet|speak|talk|see|consider|review)\S+){0,8} (?:another|other|a "
         r"different|a stronger|the other|one of the other)\b(?: \S+){0,3} (?:candidate|applicant|"
         r"finalist|person|profile|individual)s?\b"),
    rule("other_is_better", "rejection", L, 3,
         r"\b(?:another|other|a different) (?:candidate|applicant|finalist|person)(?:'s|s'|s)?\b"
         r"(?: \S+){0,8} (?:stronger|better|closer|more closely|more suitable|more aligned|more "
         r"relevant|more direct)\b"),
    rule("pass", "rejection", L, 3,
         r"\b(?:going to|decided to|have to|will|we'll|re going to|gonna|must) pass\b(?! (?:it|"
         r"this|your|you|along|on to|that))|\bpass (?:for now|at this (?:time|point|stage)|this "
         r"time|on (?:your|this) (?:application|candidacy|profile)|on moving forward)\b"),
    rule("not_in_your_favour", "rejection", L, 3,
         r"\b(?:" + _NOT + r") (?:been )?(?:in your favou?r|a positive (?:one|outcome)|successful for "
         r"you)\b|\b(?:won't|will not|didn't|did not|isn't going to|is not going to) work out\b|"
         r"\bclosing out (?:all )?(?:the )?(?:current |remaining |other )?(?:candidates|applicants|"
         r"the search|the process)\b|\b(?:decided|decision|chosen|going) to (?:keep looking|keep "
         r"searching|continue (?:our|the) search|continue searching|reopen the search)\b|"
         r"\b(?:ended up|decided on|settled on|went|gone|going|go) (?:going )?with (?:someone|"
         r"somebody|another|a different|an internal|the other)\b|\b(?:" + _NOT + r"|unable to) (?:be )?"
         r"(?:able to )?(?:take|taking|move|moving|progress|progressing) (?:things|this|it|matters|"
         r"your application|your candidacy) (?:any )?(?:further|forward|ahead)\b|"
         r"\bhold(?:ing)? off on (?:filling|hiring for) (?:the|this) (?:role|position)\b|"
         r"\b(?:go|going|gone|went) (?:another|a different) (?:way|route)\b|\ba no from (?:us|the "
         r"team|me)\b|(?:\bnot|n't) (?:be )?(?:inviting|invite|bringing|bring) you (?:back|to|in|"
         r"for|forward)\b"),
    rule("not_a_match", "rejection", L, 2.5,
         r"\bnot (?:a|the) (?:good |strong |great |right )?(?:fit|match)\b|\b(?:won't|will not|"
         r"isn't|is not) (?:be )?a (?:fit|match)\b"),
    rule("bad_news", "rejection", L, 1.5,
         r"\b(?:disappointing|bad|difficult|tough) news\b|\bnot (?:the )?(?:better|good|best|"
         r"news|outcome) (?:news|you were hoping)|\bwish i (?:had|could share) better news|"
         r"\b(?:don't|do not) have (?:better|good|the) news\b|"
         r"\bi'm afraid\b|\bi am afraid\b"),
    rule("decided_not_to_proceed", "rejection", L, 3,
         r"\b(?:decided|decision|chosen|opted|elected) (?:not to|to not|against) (?:move|moving|"
         r"proceed|progress|advance|continue|pursue|take|invite|offer|extend)"),
    rule("other_candidates", "rejection", L, 3,
         r"\b(?:pursue|pursuing|proceed|proceeding|move forward|moving forward|go|going|gone|went|"
         r"continue|continuing|progress|progressing|advance|advancing|chose|chosen|choose|select|"
         r"selected|hire|hired|hiring|decided on|offered (?:the|this) " + _ROLE + r" to|extend(?:ed)? "
         r"(?:an|the) offer to|settle[d]? on) (?:ahead )?(?:with )?(?:an?|the|one|some|several)? ?"
         r"(?:other|another|different|internal|alternative|more (?:senior|experienced|qualified)|"
         r"stronger|candidate)\b ?(?:" + _CANDIDATE + r"|candidate|applicant)?"),
    rule("candidate_closer_match", "rejection", L, 2.5,
         r"\b" + _CANDIDATE + r" (?:whose|who|with) (?:experience|background|skills?|profile|"
         r"qualifications|expertise|skill ?set)s? (?:more |better |most )?(?:closely )?(?:match|"
         r"align|fit|meet)"),
    rule("someone_else", "rejection", L, 3,
         r"\b(?:hired|selected|chosen|chose|offered it to|went with|gone with) someone else\b"),
    rule("position_filled", "rejection", L, 3,
         r"\b" + _ROLE + r" (?:has|have|is|was) (?:now |since |already |recently )*(?:been )?"
         r"(?:filled|closed|cancelled|canceled|withdrawn|eliminated|rescinded|put on hold|no longer "
         r"(?:open|available))|"
         r"\b(?:filled|closed) (?:the|this|our) " + _ROLE + r"\b"),
    rule("no_offer", "rejection", L, 3,
         r"\b(?:won't|will not|not|unable to|cannot|can't|not able to) (?:be )?(?:able to )?(?:in a position "
         r"to )?(?:extend|extending|make|making|offer|offering|provide|providing|move ahead with) "
         r"(?:you )?(?:an? |the |with an? )?(?:formal |job )?(?:offer|position|role|job|"
         r"employment|a place|a spot)"),
    rule("unsuccessful", "rejection", L, 3,
         r"\b(?:you|your " + _APPLICATION + r"|you have|you've|you were)(?: has| have| was| were)? "
         r"(?:been )?(?:unsuccessful|not successful)\b|\bunsuccessful (?:on this occasion|this "
         r"time|in)\b"),
    rule("not_selected", "rejection", L, 3,
         r"\b(?:not|weren't|wasn't|haven't|hasn't) (?:been )?(?:selected|shortlisted|chosen|"
         r"successful|progressed|advanced)\b"),
    rule("no_longer_considered", "rejection", L, 3,
         r"\b(?:no longer|not be|not) (?:being )?(?:consider(?:ing|ed)?|under consideration|in "
         r"consideration|in the running)\b(?: (?:you|your))?"),
    rule("different_direction", "rejection", L, 3,
         r"\b(?:go|going|went|gone|move|moving|head|heading) in (?:a|another) (?:different|new) "
         r"direction\b"),
    rule("close_application", "rejection", L, 3,
         r"\b(?:close|closing|closed|withdraw|archive|archiving) (?:out )?your " + _APPLICATION),
    rule("not_right_fit", "rejection", L, 2.5,
         r"\b(?:" + _NOT + r") (?:quite )?(?:the )?(?:right|best|strongest|ideal|"
         r"closest) (?:fit|match)\b|\b(?:doesn't|does not|didn't|did not) (?:quite |fully )?"
         r"(?:align|match|meet) (?:closely enough )?(?:with )?(?:what|our|the)"),
    rule("regret_to_inform", "rejection", L, 2,
         r"\b(?:regret|sorry|sad|disappointed) to (?:inform|tell|let you know|share|advise|say)"),
    rule("keep_on_file", "rejection", L, 2,
         r"\b(?:keep|kept|retain|hold|store|add(?:ed)?) (?:your|you) (?:" + _APPLICATION +
         r"|details|information|contact details)? ?(?:on file|in mind|in our (?:database|system|"
         r"talent (?:pool|community|network))|for future)"),
    rule("future_opportunities", "rejection", L, 1.5,
         r"\b(?:future|other|upcoming) (?:opportunities|openings|roles|positions|vacancies)\b"),
    rule("wish_you_well", "rejection", L, 2,
         r"\b(?:best of luck|good luck|every success|wish you (?:the )?(?:very )?(?:best|well|all "
         r"the best|success|luck)|all the best) (?:in|with|on|for) (?:your|the) (?:job |career )?"
         r"(?:search|future|endeavou?rs|career|next|hunt|journey|continued)|\bfuture endeavou?rs\b"),
    rule("difficult_decision", "rejection", L, 1.5,
         r"\b(?:difficult|tough|hard|close) (?:decision|call|choice)\b|\bhighly competitive\b|"
         r"\b(?:many|number of|pool of) (?:strong|qualified|talented|excellent|exceptional) "
         r"(?:candidates|applicants)"),
    rule("more_experienced_hire", "rejection", L, 2.5,
         r"\b(?:someone|somebody|a candidate|candidates|a person|a profile|an applicant|a finalist) "
         r"(?:\w+ ){0,3}?(?:with|who has|who have|who's|that has|who had) (?:\w+ ){0,2}?(?:more|"
         r"deeper|stronger|broader|extensive|direct|specific|hands-on|prior)\b"),
    rule("this_time", "rejection", L, 0.5,
         r"\b(?:this time(?: around)?|on this occasion|at this (?:time|stage|point))\b"),
    rule("sorry", "rejection", L, 1,
         r"\b(?:i'm|i am|we're|we are|so|really|truly|very) sorry\b",
         unless_after=r" (?:for|about|to) (?:the |my |our )?(?:delay|slow|late|wait|silence|"
                      r"reschedul\w*|move|moving|push|change|shift|short notice|inconvenience|"
                      r"disruption|confusion)"),
    rule("unfortunately", "rejection", L, 1,
         r"\bunfortunately\b|\bregrettably\b|\bsadly\b|\bwe regret\b"),
    rule("feedback_offer", "rejection", L, 1,
         r"\b(?:happy|glad|welcome) to (?:share|provide|give) (?:some )?feedback"),
]

OFFER = [
    rule("pleased_to_offer", "offer", L, 3,
         r"\b(?:pleased|delighted|happy|thrilled|excited|glad|honou?red|privilege) to (?:formally "
         r"|officially )?(?:offer you|extend (?:you )?(?:an? |the |our )?(?:formal |verbal |"
         r"written |official |conditional )?offer|make you an? (?:formal |verbal )?offer|"
         r"welcome you)"),
    rule("extend_offer", "offer", L, 3,
         r"\b(?:extend|extending|make|making|present|presenting|send|sending|prepare|preparing) "
         r"(?:you )?(?:an?|our|the|your) (?:formal |verbal |written |official |conditional |job |"
         r"employment |final )*offer\b", negatable=True),
    rule("offer_letter", "offer", L, 3,
         r"\b(?:offer letter|letter of offer|offer of employment|employment offer|job offer|"
         r"offer package|offer details|terms of (?:the|your) offer|formal offer|verbal offer|"
         r"written offer|employment (?:contract|agreement)|contract of employment)\b",
         negatable=True),
    rule("join_the_team", "offer", L, 3,
         r"\b(?:love|like|pleased|delighted|excited|happy|thrilled|glad|want) (?:for you |you )?"
         r"to (?:have you |officially |formally )?(?:join|joining|come on board|be on board|"
         r"come aboard|become part of|become a member of)\b",
         negatable=True,
         unless_after=r" ?(?:us|me|them|the team|our team|[a-z]+)? ?(?:for|on|at|in|via|to meet"
                      r"|and meet)\b"),
    rule("offer_you_role", "offer", L, 3,
         r"\b(?:move|moving|go|going) (?:forward|ahead) with an? (?:formal |job |written )?offer\b|"
         r"\b(?:offer|offering) you (?:the|a|this|our) (?:\w+ ){0,3}?(?:position|role|job|post|"
         r"place|opportunity)\b|\byou got the (?:job|role|position)\b|\b(?:want|like|love|"
         r"excited|decided|going|able) to (?:hire you|bring you on)\b|\b(?:want|wants|wanted) "
         r"(?:to have )?you (?:on board|aboard|on the team|to join)\b|\b(?:approved|confirm) your "
         r"(?:appointment|hire|hiring|offer)\b|\byour appointment as\b", negatable=True),
    rule("paperwork", "offer", L, 2.5,
         r"\bmake it official\b|\b(?:get|send|have) (?:the |your )?paperwork (?:over )?to you\b|"
         r"\bsalary (?:and|&) (?:equity|benefits|bonus)\b|"
         r"\b(?:formal|offer|onboarding|new hire|hiring|contract) (?:paperwork|documents|packet)\b|"
         r"\b(?:with|send|sending|send you|receive|prepare|preparing|draft|drafting|issue) (?:you "
         r")?your (?:contract|offer|paperwork)\b|\byour (?:compensation|equity|salary|pay) "
         r"(?:and|details|package)\b"),
    rule("welcome_aboard", "offer", L, 3,
         r"\bwelcome (?:aboard|on board|to the team|to the family)\b|\bhave you on board\b|"
         r"\b(?:join|joining) (?:us|our team|the team) (?:as (?:our|a|an|the)|on (?:the|a) "
         r"(?:start date|first day)|full[- ]time)"),
    rule("accept_offer", "offer", L, 2.5,
         r"\b(?:accept|accepting|acceptance of|sign|signing|countersign|review) (?:the|this|our|"
         r"your) (?:offer|contract)\b|\bdocusign\b|\bready for your signature\b", negatable=True),
    rule("compensation_terms", "offer", L, 2.5,
         r"\b(?:base salary|annual salary|starting salary|salary of|compensation package|total "
         r"compensation|signing bonus|sign-on bonus|relocation package|equity grant|stock "
         r"options|rsus?|pto|benefits package)\b", unless_after=r" ?(?:expectations?|requirements?"
                                                               r"|range|history|band)"),
    rule("start_date", "offer", L, 1.5,
         r"\b(?:your |proposed |tentative |official )start date\b|\bstart (?:on|date of) "
         r"(?:monday|the|january|february|march|april|may|june|july|august|september|october|"
         r"november|december)|\b(?:your )first day (?:will be|would be|is)\b"),
    rule("successful_candidate", "offer", L, 2,
         r"\b(?:you (?:have|'ve) been|you were|you are) (?:selected|chosen|successful) (?:for|as)"
         r" (?:the|this|our) " + _ROLE, negatable=True,
         unless_after=r" ?(?:of|in) (?:the )?(?:next|final|second|onsite)"),
    rule("congratulations", "offer", L, 1, r"\bcongrat(?:ulation)?s\b"),
    rule("look_forward_to_having_you", "offer", L, 2.5,
         r"\b(?:excited|can't wait|look(?:ing)? forward|thrilled) to (?:having you|working with you|"
         r"welcoming you|have you (?:on|join|start))\b", negatable=True),
]

SECOND_INTERVIEW = [
    rule("other_role", "second_interview", L, 0.5,
         r"\b(?:another|a different|other|a separate|a new|a more (?:senior|junior)) (?:role|"
         r"position|opening|opportunity|team|req)\b (?:\w+ ){0,4}(?:interview|consider|speak|"
         r"talk|chat|meet|fit|suit)"),
    rule("invite_to_round", "second_interview", L, 3,
         r"\b(?:invite|inviting|invitation|invited) (?:you )?(?:back )?(?:to|for) (?:an?|the|"
         r"our|your|a few|some|one)? ?(?:second|2nd|third|3rd|next|final|further|follow[- ]up|"
         r"onsite|on-site|in-person|in person|technical|panel|last|additional|another|virtual|"
         r"video|deeper|longer|interview|meeting|call|chat|conversation|coffee|lunch|dinner|visit|"
         r"meet|speak|talk|present|our office|the office)", meeting=True, negatable=True),
    rule("next_round", "second_interview", L, 1.5,
         r"\b(?:next|second|2nd|third|3rd|final|last|further|following|later|onsite) (?:round|"
         r"stage|phase|interview|panel|conversation)s?\b|\bfollow-up (?:call|conversation|chat|"
         r"interview|meeting)\b", negatable=True),
    rule("moved_forward", "second_interview", L, 2,
         r"\b(?:move|moving|advance|advancing|progress|progressing|take|taking|bring|pass|passing|"
         r"invite|send) (?:you|your " + _APPLICATION + r") (?:forward|on|along|ahead|through|"
         r"to the next|into the next)\b|\b(?:move|moving|go|going) (?:forward|ahead) with you\b|"
         r"\byou(?:'ve| have) (?:moved|progressed|advanced|made it) (?:on |forward |through )?(?:to"
         r"|into)", negatable=True),
    rule("schedule_meeting", "second_interview", L, 3,
         r"\b(?:schedule|set up|setup|arrange|book|organi[sz]e|line up|coordinate|find|lock in|"
         r"hop on|jump on|get on|get|put|pencil in|nail down|sort out) (?:you in for |in )?(?:a |an |the |some |your |our"
         r" |another |a few |one more |a quick |a short |a time for )?(?:time|times|slot|"
         r"(?:second |final |next |follow[- ]up |technical |onsite |panel |30[- ]minute |"
         r"45[- ]minute |60[- ]minute |1[- ]hour |quick |short |brief )?" + _MEETING +
         r"|something) (?:for|with|to|on|next|this)?\b", meeting=True, negatable=True,
         unless_after=r" ?(?:(?:to )?(?:discuss|go over|walk through|review) (?:the |your |an? )?"
                      r"(?:offer|package|feedback|compensation|details of))"),
    rule("share_availability", "second_interview", L, 3,
         r"\b(?:your|share|send|provide|let (?:me|us) know) (?:your |some |a few |general )?"
         r"(?:availability|available (?:times|slots|dates))\b|\bwhen (?:are|would|will) you be "
         r"(?:available|free)\b|\bwhen (?:are|would|will) you (?:be )?(?:available|free)\b|"
         r"\bare you (?:available|free) (?:on|next|this|for|at|to|tomorrow|" + _DAY + r")|"
         r"\b(?:could|can|shall|would) we (?:do|make it|meet|try|move it to|shift (?:it )?to|"
         r"push (?:it )?to) (?:on )?(?:" + _DAY + r"|the \d|\d)|\bdoes (?:\w+ ){0,3}(?:work|suit)"
         r" (?:for )?you\b|\bwe(?:'d| would|'ll| will| could) meet (?:at|in|on)\b|"
         r"\bwould (?:(?:late |early |mid-?)?(?:morning|afternoon|evening)|" + _DAY + r"|the \d+\w*|"
         r"\d{1,2}(?::\d\d)? ?(?:am|pm)?|either|any of these|one of these|that time|this time) "
         r"(?:\w+ ){0,2}(?:suit|work)\b|"
         r"\b(?:which|what) (?:of (?:the|these) (?:following )?)?(?:days?|times?|dates?|slots?|"
         r"options?) (?:\w+ ){0,4}(?:could|would|can|will|"
         r"might|do|does|suit|work)\b|\bcould you make it\b|"
         r"\b(?:time|times|day|slot|one|date)s? (?:would |that |might )?(?:work|works) (?:best )?"
         r"for you\b|\bwould (?:" + _DAY + r"|that|either|any of these|one of these)\b.{0,40}"
         r"\bwork\b", meeting=True,
         unless_after=r" ?(?:(?:to|for) (?:start|a start|starting|join|begin|onboard)|and (?:your )?"
                      r"(?:salary|notice|expected))"),
    rule("meet_the_team", "second_interview", L, 3,
         r"\b(?:conversation|call|chat|interview|meeting|session|lunch|coffee|sit-down|panel) with (?:the |"
         r"our |a |two |three |some |one of our )?(?:dean|provost|chair|committee|partners?|"
         r"principal|president|founders?|co-?founders?|ceo|cto|cfo|coo|cpo|vp|svp|evp|director|"
         r"head of|hiring manager|managing director|leadership|board|engineers|team)\b(?! (?:has|"
         r"have|went|was|is) )|"
         r"\b(?:meet|meeting|sit down with|chat with|spend (?:some )?time with|talk to|speak with|"
         r"speak to|chat to|connect with) (?:a few |some |more |several |two |three |the rest |the "
         r"rest of |more of |the |our |a couple of |one of )*(?:wider|broader|extended|rest of the|"
         r"engineering|leadership|hiring|product|design|sales|founding|executive|senior|other)? ?"
         r"(?:team|teams|founders?|co-?founders?|ceo|cto|cfo|coo|vp|head of|director|managing "
         r"director|hiring manager|manager|leadership|panel|colleagues|peers|partners|board|"
         r"stakeholders|engineers|team members|members)\b",
         meeting=True, negatable=True,
         unless_after=r" ?(?:(?:has|have|will|are|is) (?:now |already )?(?:met|meeting|"
                      r"reviewing|discuss|decided|review)|to (?:discuss|review|decide))"),
    rule("meet_you", "second_interview", L, 3,
         r"\b(?:could|can|would) you (?:do|join|make|hop on|jump on) (?:a|an|the)? ?(?:[\w-]+ ){0,3}"
         r"(?:call|chat|meeting|interview|session|panel|conversation)\b|"
         r"\b(?:like|love|want|keen|hope|happy|glad|opportunity|chance) (?:for (?:us|them|him|her) )?"
         r"to (?:meet|see|speak with|talk with|chat with|talk to|speak to) you\b(?! (?:today|"
         r"yesterday|last))|\b(?:like|love|want|need) you to (?:meet|speak with|talk to|chat with|"
         r"come|join us|present)\b|\b(?:like|love|want|need|invite) you to (?:give|deliver|run) "
         r"(?:a|an|your) (?:[\w-]+ ){0,3}(?:presentation|demo|demonstration|talk|lecture|seminar|"
         r"lesson|session)\b|\b(?:sit down|catch up|meet up) with you\b|\bmeet (?:you|with you) (?:in person|face[- ]to[- ]face|"
         r"properly|next week|on|at)\b|\bwould you be able to (?:come|meet|join|make it|do|pop)\b"
         r"|\bwhen (?:works|would work|suits|is good|is best|might work) (?:best )?(?:for you)?|"
         r"\blet (?:me|us) know (?:what|which|when) (?:\w+ ){0,2}(?:works|suits)\b",
         meeting=True, negatable=True),
    rule("coffee_or_meal", "second_interview", L, 3,
         r"\b(?:join|joining) (?:us|me|them|the team|him|her|the partners|the founders) (?:for|at)"
         r" (?:a |an )?(?:quick |virtual |short )?(?:coffee|lunch|dinner|drinks?|breakfast|tea|"
         r"call|chat|conversation|meeting|interview|panel|session|visit|video call)\b|"
         r"\b(?:grab|have|get|over|join us for|share) (?:a |an )?(?:quick |virtual )?(?:coffee|"
         r"lunch|dinner|drink|drinks|breakfast|tea)\b|\bcoffee chat\b",
         meeting=True, negatable=True),
    rule("come_in", "second_interview", L, 3,
         r"\b(?:come (?:in|by|over|back) (?:to (?:the|our) (?:office|hq|studio) )?(?:to|and) "
         r"(?:meet|see|chat|talk|present|spend|walk)|come (?:back )?to (?:our|the) (?:office|hq|"
         r"studio|lab)|come (?:back )?(?:in|into|to) (?:our|the) (?:\w+ )?(?:office|offices|hq|studio|"
         r"lab|campus|site)\b|bring you (?:in|back|on ?site|out)|spend (?:a|an|the|some) (?:morning|"
         r"afternoon|day|half-day|few hours|time) with|visit (?:us|our "
         r"(?:office|hq|team|studio|site))|fly you (?:in|out)|(?:onsite|on-site|in-person|in "
         r"person) (?:visit|interview|meeting|session|day|round|panel)|superday|super day|"
         r"assessment (?:day|centre|center))\b", meeting=True, negatable=True),
    rule("reschedule", "second_interview", L, 3,
         r"\b(?:reschedule|re-schedule|rearrange|move|push|postpone|shift|bump|change the time "
         r"of) (?:our|the|your|tomorrow's|today's|this|that|thursday's|friday's|monday's|"
         r"tuesday's|wednesday's)? ?(?:[\w-]+ ){0,2}?(?:" + _MEETING + r"|appointment|time slot)\b|"
         r"\breschedul(?:e|ing)\b|\bnew time\b", meeting=True, negatable=True),
    rule("calendar_invite_sent", "second_interview", L, 3,
         r"\b(?:sent|send|added|put|dropped|placed) (?:\w+ ){0,3}(?:to|on|in) your calendar\b|"
         r"\bwhichever (?:one )?(?:works|suits)\b|\bget you in front of\b|\bwhat does your "
         r"(?:week|schedule|calendar|availability|diary) look like\b|"
         r"\b(?:sent|send|sending|forward(?:ed)?|will send|(?:you'll|you will|you should) "
         r"(?:shortly |soon )?(?:receive|get|see)|(?:i've|i have|we've|we have) (?:just )?"
         r"(?:sent|shared)) (?:you |over )?(?:an? |the )?(?:calendar |meeting |zoom |teams |google "
         r"meet |interview |scheduling )+(?:invite|invitation|request|link|hold)",
         meeting=True, negatable=True),
    rule("coordinator_will_schedule", "second_interview", L, 3,
         r"\b(?:reach out|be in touch|contact you|get in touch|follow up|email you|be emailing "
         r"you|be reaching out) (?:with you |to you )?(?:shortly |soon |today |tomorrow )?(?:(?:to|in "
         r"order to) (?:schedule|set up|arrange|book|coordinate|find|organi[sz]e|line up|get)|"
         r"with (?:times|options|some times|availability|a few slots|slots|an invite))", meeting=True, negatable=True,
         unless_after=r" ?(?:(?:a |an )?(?:call )?(?:to )?discuss (?:the |an? )?(?:offer|package))"),
    rule("pick_a_time", "second_interview", L, 3,
         r"\b(?:pick|grab|choose|select|book|find|claim) (?:a |an |any )?(?:time|slot|spot|"
         r"time ?slot|day and time)\b(?: that (?:works|suits))?|\b(?:booking|scheduling) link\b|"
         r"\bmy calendar\b|\bcalendar link\b", meeting=True, negatable=True),
    rule("meeting_details", "second_interview", L, 1,
         r"\b(?:15|20|25|30|40|45|50|60|75|90|120) ?-?(?:minute|min|mins)\b|\b(?:half an hour|an hour|one hour)\b|\b(?:in "
         r"person|on ?site|via zoom|on zoom|over zoom|via teams|on teams|over teams|google meet|"
         r"video call|remote is fine)\b", negatable=True),
    rule("time_question", "second_interview", L, 1.5,
         r"\b(?:" + _DAY + r"|morning|afternoon)\b[^.!?\n]{0,40}\?"),
    rule("next_step_is_meeting", "second_interview", L, 2.5,
         r"\b(?:next|final|last) (?:step|stage|round) (?:is|would be|will be) (?:an?|the|to)\b ?(?:meet|speak|chat|schedule|"
         r"talk|come|(?:\w+ ){0,3}(?:interview|panel|conversation|call|meeting|chat|onsite))",
         meeting=True),
]

INFO_REQUEST = [
    rule("references", "info_request", L, 3,
         r"\b(?:two|three|2|3|a couple of|some|a few|professional|your|provide|send|share|list "
         r"of|contact details for|names of|details of|is|are|with) (?:professional |work )?"
         r"(?:references|referees)\b|\b(?:two|three|2|3|a couple of) (?:former|previous|past|"
         r"recent) (?:managers|supervisors|bosses|colleagues|line managers)\b|\breference (?:checks?|details|contacts)\b|\b(?:former|previous|past) "
         r"(?:managers?|supervisors?) (?:who|we could|we can|for)"),
    rule("work_sample", "info_request", L, 3,
         r"\b(?:portfolio|work samples?|writing samples?|code samples?|samples? of your work|"
         r"examples? of (?:your )?(?:past |recent )?work|case study|take-home|take home|home "
         r"assignment|short assignment|written exercise|coding (?:exercise|challenge|test)|"
         r"technical (?:exercise|test|assignment)|github (?:profile|link|repo)|presentation deck|(?:the|your|that) deck)"
         r"\b"),
    rule("salary_expectations", "info_request", L, 3,
         r"\b(?:salary|compensation|pay|rate|comp) (?:expectations?|requirements?|range|"
         r"history|band|details|expected)\b|\b(?:expected|current|desired|target) (?:salary|"
         r"compensation|base|comp|package|ctc)\b|\bnotice period\b"),
    rule("start_availability", "info_request", L, 2.5,
         r"\b(?:earliest|possible|potential) (?:possible )?start(?:ing)? date\b|\bearliest (?:date|"
         r"time|point)\b|\byou (?:could|can|would be able to|might) (?:start|join|begin)\b|\bwhen (?:could|"
         r"can|would|will) you (?:be able to )?(?:start|join|begin)\b|\b(?:available|availability)"
         r" (?:to|for) (?:start|starting|join|begin)\b"),
    rule("documents", "info_request", L, 2.5,
         r"\b(?:transcripts?|diplomas?|degree certificates?|certificates?|copy of your|proof of|"
         r"right to work|authori[sz]ed to work|eligible to work|(?:need|require) (?:visa )?sponsorship|"
         r"work (?:permit|authori[sz]ation|visa)|visa (?:status|sponsorship)|"
         r"sponsorship|background check (?:form|authori[sz]ation|consent)|id document|passport|"
         r"updated (?:cv|resume)|cover letter|application form|questionnaire)\b"),
    rule("ask_to_send", "info_request", L, 1.5,
         r"\b(?:could|can|would|will) you (?:please |kindly )?(?:send|share|provide|forward|"
         r"complete|fill (?:out|in)|upload|submit|confirm|clarify|tell us|let us know|attach)|"
         r"\bwould you mind (?:sending|sharing|forwarding|providing|completing|filling)|"
         r"\bplease (?:send|share|provide|forward|complete|fill (?:out|in)|upload|submit|attach|"
         r"confirm)|\b(?:need|needs|require|requires|asked for|ask for|request) (?:a few |some |"
         r"the following |a couple of |two )?(?:more |additional |further )?(?:details|"
         r"information|documents|items|things) from you"),
    rule("questions", "info_request", L, 1.5,
         r"\b(?:a (?:quick|few|couple of)|one (?:more|quick)|some (?:follow-up|additional)|"
         r"follow-up|additional) questions?\b|\b(?:are|would) you (?:be )?(?:open to|comfortable "
         r"with|willing to)\b"),
]

ACKNOWLEDGMENT = [
    rule("thanks", "acknowledgment", L, 1,
         r"\bthanks?(?: you)?(?: so much| very much| again| a lot| kindly)? (?:for|again)\b|"
         r"\b(?:appreciate|appreciated) (?:the|your|you|it)\b|\bthank you!?$"),
    rule("nice_meeting", "acknowledgment", L, 1,
         r"\b(?:great|lovely|nice|pleasure|good|wonderful) (?:to )?(?:meet|meeting|speak|speaking"
         r"|talk|talking|chat|chatting|connect|connecting)\b|\benjoyed (?:meeting|speaking|our|"
         r"the|talking|chatting)"),
    rule("be_in_touch", "acknowledgment", L, 2,
         r"\b(?:be|get|getting) (?:back )?in touch\b|\bget back to you\b|\bcircle back\b|"
         r"\bfollow up (?:with you )?(?:soon|shortly|next week|once|as soon|when|by)\b|"
         r"\b(?:update|updating) you (?:soon|shortly|as soon|once|when|by|next)|\bkeep you "
         r"(?:posted|updated|informed|in the loop)\b|\blet you know (?:as soon|once|when|by|more|"
         r"how|either way|the outcome)|\bhear (?:back )?from (?:us|me)\b|\bupdate (?:for|to) "
         r"you\b|\bmore (?:news|information|details) (?:soon|shortly|next week)"),
    rule("still_deciding", "acknowledgment", L, 2.5,
         r"\b(?:still|currently) (?:in the (?:middle|midst|process) of )?(?:interviewing|"
         r"reviewing|evaluating|assessing|considering|meeting|speaking|talking|deciding|"
         r"finalising|finalizing|gathering|collecting|working through)\b|\bno (?:final )?"
         r"decision (?:has been|yet|have been)|\b(?:haven't|have not|hasn't|has not) (?:yet )?"
         r"(?:made|reached|come to) (?:a|any|our|the) (?:final )?decision|\bnot yet (?:made|"
         r"reached|decided)|\b(?:make|reach|expect|have) (?:a|our|the) (?:final )?decision "
         r"(?:by|within|in the|early|end|next|soon)|\bwrap up (?:the|our|all) interviews"),
    rule("delay", "acknowledgment", L, 2.5,
         r"\b(?:delay|delayed|taking (?:a bit |a little )?longer|longer than (?:expected|"
         r"anticipated|planned|we (?:hoped|expected))|bear with (?:us|me)|your patience|on hold|"
         r"hold off|(?:out of|away from) the office|travel(?:l)?ing this week)\b"),
    rule("next_steps_update", "acknowledgment", L, 1.5,
         r"\b(?:next steps?|update|an update|outcome|feedback)\b"),
    rule("passed_along", "acknowledgment", L, 2,
         r"\b(?:shared|passed|forwarded|pass|share|forward|relayed) (?:your (?:note|email|"
         r"message|kind words|thanks|thank[- ]you)|it|this) (?:along |on )?(?:to|with) (?:the|"
         r"our|my)\b"),
]

OTHER = [
    rule("mailing_list", "other", L, 3,
         r"\bunsubscribe\b|\bmanage (?:your )?(?:email )?(?:preferences|subscriptions?)\b|"
         r"\bview (?:this email )?in (?:your )?browser\b|\bnewsletter\b|\bjob alerts?\b|"
         r"\bnew (?:jobs|roles|openings) (?:matching|for you|that match)"),
    rule("wrong_person", "other", L, 3,
         r"\b(?:wrong (?:person|address|email|contact|recipient)|not the right (?:person|contact)|by mistake|in error|(?:wasn't|was not|i'm not|i am not) "
         r"(?:part of|involved in|on) (?:your|the)"
         r"|i think you meant|you may have (?:meant|the wrong)|i(?:'m| am) not (?:involved"
         r"|part of|on the)|don't (?:think|believe) (?:we|i) (?:have )?(?:met|spoke))\b"),
    rule("left_company", "other", L, 3,
         r"\b(?:i've|i have|i) (?:\w+ ){0,2}left (?:the company|the team|the business|\w+ as of)"
         r"|\bi(?:'m| am) no longer (?:with|at|working (?:at|for)) "),
    rule("off_topic", "other", L, 3,
         r"\b(?:random|unrelated|off-topic|totally separate|side) (?:question|note|thing)|"
         r"\b(?:completely|totally) unrelated\b|\battachment (?:\w+ ){0,4}(?:corrupt\w*|won't "
         r"open|doesn't open|didn't come through|is empty|is missing)"),
    rule("survey", "other", L, 3,
         r"\bcandidate (?:experience )?survey\b|\brate your (?:interview |candidate )?experience\b|"
         r"\b(?:tell|share with) us (?:about|how) your (?:interview |candidate )?experience"),
    rule("event_or_marketing", "other", L, 2,
         r"\b(?:webinar|register now|rsvp|our (?:open day|career fair|hiring event)|"
         r"refer a friend|product update|limited time)\b"),
]

RULES = REJECTION + OFFER + SECOND_INTERVIEW + INFO_REQUEST + ACKNOWLEDGMENT + OTHER
