"""English phrase rules, part two: invitations to a further round, requests for information,
acknowledgments and unrelated mail. Part one (en.py) holds rejections and offers; the shared
vocabulary lives there.
"""

from __future__ import annotations

from interview_watch.core.rules import rule
from interview_watch.core.rules.en import _APPLICATION, _DAY, _MEETING, _WITH, L

# A call to talk through feedback or an offer is not a further round.
_ABOUT_FEEDBACK_OR_OFFER = (r"(?:(?:to|where we|so we can|so i can|and) )?(?:discuss|go over|walk "
                            r"(?:you )?through|review|share|give (?:you )?|provide|talk (?:you )?"
                            r"through|pass on) (?:the |your |an? |some |my |our |more )?(?:detailed |"
                            r"interview |written )?(?:offer|package|feedback|compensation|details of)")

# An invitation to join a talent pool or take a test is not a meeting invitation.
_NOT_TO_JOIN = (r"(?! ?(?:to|for) (?:join|apply|complete|create|register|take|sign|our (?:talent|careers?)|"
                r"the (?:portal|platform|assessment|test)))")

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
         # passing "this" or "it" along is passing the note on, not the candidate
         r"\b(?!pass(?:ing)? (?:this|things) (?:on|along))(?:move|moving|advance|advancing|progress|progressing|take|taking|bring|pass|passing|"
         r"invite|send) (?:you|your " + _APPLICATION + r"|things|this) (?:forward|on|along|ahead|through|"
         r"to the next|into the next)\b|\b(?:move|moving|go|going) (?:forward|ahead) with you\b|"
         r"\byou(?:'ve| have) (?:moved|progressed|advanced|made it) (?:on |forward |through )?(?:to"
         r"|into)", negatable=True),
    rule("schedule_meeting", "second_interview", L, 3,
         r"\b(?:schedule|set up|setup|arrange|book|organi[sz]e|line up|coordinate|find|lock in|"
         r"hop on|jump on|get on|get|put|pencil in|nail down|sort out) (?:you in for |in )?(?:a |an |the |some |your |our"
         r" |another |a few |one more |a quick |a short |a time for )?(?:time|times|slot|"
         r"(?:second |final |next |follow[- ]up |technical |onsite |panel |30[- ]minute |"
         r"45[- ]minute |60[- ]minute |1[- ]hour |quick |short |brief )?" + _MEETING +
         r"|something)\b ?(?:for|with|to|on|next|this)?\b|\b(?:get|put|pop|pencil|book|find) (?:[\w-]+ )"
         r"{0,3}in (?:the|your|our) (?:diary|diaries)\b", meeting=True, negatable=True,
         unless_after=r" ?(?:" + _ABOUT_FEEDBACK_OR_OFFER + r"|with (?:the |a few |some )?(?:other|"
                      r"remaining|shortlisted) (?:\w+ )?(?:candidates|applicants|finalists))"),
    # through to the next round, without a meeting yet: loses to a request for a take-home
    rule("through_to_round", "second_interview", L, 2.5,
         r"\b(?:you're|you are|you've made it|you have made it|you made it) (?:through )?(?:to|into) "
         r"the (?:next|final|second|third|last|onsite) (?:round|stage|step)\b|\byou(?:'ve| have)? "
         r"(?:successfully )?(?:cleared|passed|qualified in|qualified) (?:the |your )?(?:[\w-]+ )?"
         r"(?:round|stage|screening|assessment)\b", negatable=True),
    rule("onsite_agenda", "second_interview", L, 3,
         r"\b(?:agenda|schedule|itinerary|logistics|directions|parking details) (?:for|of) your "
         r"(?:onsite|on-site|visit|final round|final interview|panel interview|second interview|next "
         r"interview|panel)\b|\b(?:stage|status|next step) ?: ?(?:[\w-]+ ){0,3}(?:interview|onsite|"
         r"on-site|panel|round)s? (?:scheduled|booked|confirmed|to be scheduled)\b|\b(?:stage|status) ?:"
         r" ?(?:moved|advanced|progressed) to (?:the )?(?:[\w-]+ ){0,2}(?:onsite|on-site|interview|"
         r"panel|round|final)", meeting=True, negatable=True),
    rule("propose_meeting", "second_interview", L, 3,
         r"\b(?:propose|proposing|suggest|suggesting) (?:a|an|another|a second|a final|a follow-up)"
         r" (?:[\w-]+ ){0,2}?(?:call|meeting|interview|chat|conversation|session|coffee|lunch|"
         r"visit)\b", meeting=True, negatable=True,
         unless_after=r" ?" + _ABOUT_FEEDBACK_OR_OFFER),
    rule("shortlisted_for_round", "second_interview", L, 3,
         r"\byou(?:'ve| have| are|'re| were)? (?:been |now )?(?:shortlisted|selected|chosen|invited|"
         r"progressed|advanced|moved forward|put forward) (?:for|to) (?:a |an |the )?(?:second|2nd|"
         r"third|final|next|further|follow-up|onsite|panel|technical|last) (?:round|stage|"
         r"interview|step|phase)|\byou(?:'ve| have| are|'re)? (?:been )?shortlisted for (?:an? )?interview\b|"
         r"\b(?:you|your (?:profile|cv|resume|candidature|application))(?:'ve| have| are|'re| is| has)? "
         r"(?:been )?shortlisted for (?:the |a )?(?:next|second|final|further) (?:level|round) "
         r"(?:of )?(?:discussions?|interviews?)\b|"
         r"\b(?:move|moving|advance|advancing|progress|progressing|take|taking|"
         r"bring|bringing) you (?:forward |on |through )?(?:to|into) (?:a |an |the )?(?:second|2nd|"
         r"third|final|next|onsite|on-site|panel|technical|last) (?:round|stage|interview|step|phase)",
         meeting=True, negatable=True),
    rule("share_availability", "second_interview", L, 3,
         r"\b(?:share|send|provide|give|let (?:me|us) know|revert with) (?:me |us )?(?:your|a) (?:convenient|"
         r"preferred|suitable) (?:time|timing|date|day|slot)s?(?: ?slots?)?\b(?! to (?:send|share|submit|return))|"
         r"\b(?:your|share|send|provide|let (?:me|us) know) (?:your |some |a few |general )?"
         r"(?:availability|available (?:times|slots|dates))\b|\b(?:send|share|give) (?:me |us )?(?:your |"
         r"some |a few |a couple of |two or three |\d+ |two |three )?(?:windows|time ?slots|slots)\b|"
         # "Tue or Wed?", "wed 4?": a day offered as a question
         r"\b" + _DAY + r" or " + _DAY + r" ?\?|\b" + _DAY + r" (?:at )?\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)? ?\?|\b(?:would|will|are|could) you be "
         r"(?:available|free|around)\b|\bwhen (?:are|would|will) you be "
         r"(?:available|free)\b|\bwhen (?:are|would|will) you (?:be )?(?:available|free)\b|"
         r"\b(?:are )?(?:you|u) (?:available|free) (?:on|next|this|for|at|to|tomorrow|" + _DAY + r")|"
         r"\bfree (?:for|to) (?:a |an )?(?:quick |short |brief )?(?:chat|call|catch-up|coffee|"
         r"meeting|video call|zoom|meet)\b[^.!\n]{0,40}\?|"
         r"\b(?:can|could) you (?:hold|pencil in|block|keep|save) (?:\w+ ){0,3}(?:" + _DAY + r"|the \d|"
         r"\d|a slot|some time|time)|\b(?:could|can|would) you do (?:" + _DAY + r"|the \d|\d{1,2}(?:[:.]\d\d)?"
         r" ?(?:am|pm)|\d{1,2}[:.]\d\d)|"
         r"\b(?:could|can|shall|would|might) we (?:instead |perhaps |maybe )?"
         r"(?:do|make it|meet|try|move it to|shift (?:it )?to|"
         r"push (?:it )?to) (?:on )?(?:" + _DAY + r"|the \d|\d)|\bwe (?:could|can) (?:also |instead |"
         r"perhaps |maybe )?do (?:the |a |your )?(?:[\w-]+ )?" + _MEETING + r" (?:on )?(?:" + _DAY + r"|"
         r"the \d)|\bdoes (?:[\w:-]+ ){0,4}(?:work|suit)"
         r" (?:for )?you\b|\bwe(?:'d| would|'ll| will| could| might) (?:instead )?meet (?:at|in|on)\b|"
         r"\b(?:would|does|do|will) (?:(?:late |early |mid-?)?(?:morning|afternoon|evening)|" + _DAY + r"|the \d+\w*|"
         r"\d{1,2}(?::\d\d)? ?(?:am|pm)?|either|any of these|one of these|that time|this time) "
         r"(?:[\w:.-]+ ){0,4}(?:suit|work)\b|"
         r"\b(?:which|what) (?:of (?:the|these) (?:following )?)?(?:days?|times?|dates?|slots?|"
         r"options?) (?:\w+ ){0,4}(?:could|would|can|will|"
         r"might|do|does|suit|work|are good|is good|are best|is best)\b|\bcould you make it\b|"
         r"\b(?:time|times|day|slot|one|date)s? (?:would |that |might )?(?:work|works) (?:best )?"
         r"for you\b|\bwould (?:" + _DAY + r"|that|either|any of these|one of these)\b.{0,40}"
         r"\bwork\b|"
         # the recruiter confirming a slot: "Tuesday at 2 works", "9:30 on Monday suits the panel"
         r"\b(?:" + _DAY + r"|noon|midday)(?: [\w:.@-]+)"
         r"{0,3}? (?:works|suits)\b(?! (?:through|on|out|at|in|toward))",
         meeting=True,
         unless_after=r" ?(?:for )?(?:(?:me|us|you|them|everyone) )?(?:(?:to|for) (?:start|a start|starting|join|"
                      r"begin|onboard)|(?:to )?(?:share|send|provide|confirm|tell|let|give|fill|complete|"
                      r"answer|get back|come back|call you with|ring you with|update|decide|revert|"
                      r"reply|respond)\b|and (?:your )?"
                      r"(?:salary|notice|expected))"),
    rule("meet_the_team", "second_interview", L, 3,
         r"\b(?:get|have|put) you in (?:front of|with) (?:the |our |a few of (?:the |our )?|some of "
         r"(?:the |our )?)?(?:[\w-]+ )?(?:team|founders?|co-?founders?|ceo|cto|cfo|panel|leadership|hiring "
         r"manager|engineers|partners|vp|director)\b|"
         r"\b(?:conversation|call|chat|interview|meeting|session|lunch|coffee|sit-down|panel|dive|"
         r"deep-dive|working session|discussion) " + _WITH + r" (?:(?:two|three|four|a few|some|one|a couple) of )?(?:the |"
         r"our |a |two |three |some |one of our )?(?:dean|provost|chair|committee|partners?|chief|"
         r"principal|president|founders?|co-?founders?|ceo|cto|cfo|coo|cpo|md|vp|svp|evp|director|"
         r"head of|hiring manager|managing director|leadership|board|engineers|team)\b(?! (?:has|"
         r"have|went|was|is) )|"
         r"\b(?:be|schedule|arrange|book|set up|organi[sz]e|for) (?:a|an) (?:[\w-]+ ){0,2}?"
         r"(?:conversation|call|chat|interview|meeting|session|sit-down|panel) with [a-z]+"
         r"(?: [a-z]+)?(?:,| \(|, who's| who is) ?(?:our |the |a |one of our )?(?:ceo|cto|cfo|coo|"
         r"cpo|vp|svp|head of|director|hiring manager|managing director|founder|co-?founder|"
         r"team lead|lead|manager|engineering manager|product lead)\b|"
         r"\b(?:meet|(?<!is\x20)(?<!are\x20)(?<!be\x20)(?<!'s\x20)(?<!'re\x20)meeting|sit down with|chat with|spend (?:some )?time with|hang (?:out )?with|talk to|speak with|"
         r"speak to|chat to|connect with) (?:a few |some |more |several |two |three |the rest |the "
         r"rest of |more of |the |our |a couple of |one of |(?:people|folks) (?:from|on|in) )*(?:wider|broader|extended|rest of the|"
         r"engineering|leadership|hiring|product|design|sales|founding|executive|senior|other|[\w-]+)? ?"
         r"(?:team|teams|founders?|co-?founders?|ceo|cto|cfo|coo|vp|head of|director|managing "
         r"director|hiring manager|manager|leadership|panel|colleagues|peers|partners|board|"
         r"stakeholders|engineers|team members|members|crew)\b",
         meeting=True, negatable=True,
         unless_after=r" ?(?:(?:has|have|will|are|is) (?:now |already )?(?:met|meeting|"
                      r"reviewing|discuss|decided|review)|(?:\w+ ){0,4}to (?:discuss|review|"
                      r"decide|debrief|compare|go over))"),
    rule("meet_you", "second_interview", L, 3,
         r"\b(?:could|can|would) you (?:do|join|make|hop on|jump on) (?:a|an|the)? ?(?:[\w-]+ ){0,3}"
         r"(?:call|chat|meeting|interview|session|panel|conversation)\b|"
         r"\b(?:(?:have|has|'ve|'s|are|is|'re) (?:asked|requested|asking|requesting) (?:for )?(?:a|an|"
         r"another) (?:second|2nd|third|"
         r"final|further|follow-up|follow up|face-to-face|in-person) (?:meeting|interview|round|call|"
         r"chat|conversation)\b)|"
         r"\b(?:like|love|want|wants|keen|hope|happy|glad|opportunity|chance) (?:for (?:us|them|him|her) )?"
         r"to (?:meet|see|speak with|talk with|chat with|talk to|speak to) (?:you|u)\b(?! (?:today|"
         r"yesterday|last))|\b(?:like|love|want|need) you to (?:meet|speak with|talk to|chat with|"
         r"come|join us|present|interview (?:for|with))\b|\b(?:like|love|want|need|invite) you to (?:give|deliver|run) "
         r"(?:a|an|your) (?:[\w-]+ ){0,3}(?:presentation|demo|demonstration|talk|lecture|seminar|"
         r"lesson|session)\b|"
         # "then present it back to the panel", "walk us through it", "deliver it to the committee"
         r"(?<!i'll\x20)(?<!i\x20will\x20)(?<!we'll\x20)(?<!we\x20will\x20)(?<!i\x20can\x20)\b(?:present|"
         r"presenting|deliver|delivering|demo)(?: (?:it|them|this|that|back|(?:the|a|your) (?:[\w-]+ )"
         r"{0,2}?(?:findings|work|solution|results|answers|approach|analysis|recommendations?|ideas|"
         r"presentation|case|deck|slides|thinking|plan|proposal|project)s?))?(?: back)? (?:to|before|in "
         r"front of) (?:the|our|a|an|two of our|a few of our|some of our)? ?(?:[\w-]+ ){0,2}?(?:panel|"
         r"team|hiring manager|partners|founders?|leadership|board|committee|stakeholders|ceo|cto|"
         r"cfo|director|us)\b|\b(?:walk|talk|take|run) (?:us|them|the (?:[\w-]+ )?(?:panel|team|"
         r"committee)) through\b|\b(?:sit down|catch up|meet up) with you\b|\bmeet (?:you|with you) (?:in person|face[- ]to[- ]face|"
         r"properly|next week|on|at)\b|\bwould you be able to (?:come|meet|join|make it|do|pop)\b"
         r"|\bwhen (?:works|would work|suits|is good|is best|might work) (?:best )?(?:for you)?|"
         r"\bwhen(?:'s|s) (?:good|best|convenient|easiest)\b(?! to (?:give|send|share|get|update))|"
         r"\blet (?:me|us) know (?:what|which|when) (?:\w+ ){0,2}(?:works|suits)\b|"
         r"\b(?:like|love|want|wants|keen on|up for) (?:to (?:have|do|set up) )?(?:another|a second|"
         r"a follow-up|one more|a further|a longer|a deeper) (?:[\w-]+ )?(?:chat|call|conversation|"
         r"meeting|session|round|interview)\b|\bany (?:time|day|slot)s? (?:\w+ ){0,2}(?:work|suit)\b",
         meeting=True, negatable=True),
    rule("coffee_or_meal", "second_interview", L, 3,
         r"\btake you (?:out )?(?:to|for) (?:a |an )?(?:lunch|coffee|dinner|drinks?|breakfast)\b|"
         r"\b(?:join|joining) (?:us|me|them|the team|him|her|the partners|the founders) (?:for|at)"
         r" (?:a |an )?(?:quick |virtual |short )?(?:coffee|lunch|dinner|drinks?|breakfast|tea|"
         r"call|chat|conversation|meeting|interview|panel|session|visit|video call)\b|"
         r"\b(?:grab|have|get|over|join us for|share) (?:a |an )?(?:quick |virtual )?(?:coffee|"
         r"lunch|dinner|drink|drinks|breakfast|tea)\b|\bcoffee chat\b",
         meeting=True, negatable=True),
    rule("come_in", "second_interview", L, 3,
         r"\b(?:come (?:in|by|over|back|back in) (?:to (?:the|our) (?:office|hq|studio) )?(?:to|and) "
         r"(?:meet|see|chat|talk|present|spend|walk|do|work|try)|come (?:back )?to (?:our|the) (?:office|hq|"
         r"studio|lab)|come (?:back )?(?:in|into|to) (?:our|the) (?:\w+ )?(?:office|offices|hq|studio|"
         r"lab|campus|site)\b|bring you (?:in|back|on ?site|out)|(?:have|get) you (?:back )?(?:in|into|in to|to)"
         r" (?:the |our )?(?:\w+ )?(?:office|offices|hq|studio|lab|campus|site)|(?:have|get) you back "
         r"(?:in|for|to (?:meet|see|chat|present))|spend (?:a|an|the|some) (?:morning|"
         r"afternoon|day|half-day|few hours|time) with|trial (?:day|shift|session|week)|visit (?:us|our "
         r"(?:office|hq|team|studio|site))|fly you (?:in|out)|(?:onsite|on-site|in-person|in "
         r"person) (?:visit|interview|meeting|session|day|round|panel)|superday|super day|"
         r"assessment (?:day|centre|center))\b", meeting=True, negatable=True),
    # "can you swing by the roastery thurs", "could you pop in on Monday": a visit asked for
    rule("drop_by", "second_interview", L, 3,
         r"\b(?:can|could|would|will) you (?:\w+ )?(?:swing|pop|stop|drop|come|head) (?:back )?(?:by|in|"
         r"over|round|around|down|into)\b", meeting=True, negatable=True,
         unless_after=r" ?(?:[\w']+ ){0,4}?(?:to (?:sign|collect|pick up|drop off|return|fill)|"
                      r"(?:the|your) (?:contract|paperwork|laptop|badge))"),
    rule("reschedule", "second_interview", L, 3,
         r"\b(?:reschedule|re-schedule|rearrange|move|push|postpone|shift|bump|change the time "
         r"of) (?:our|the|your|tomorrow's|today's|this|that|thursday's|friday's|monday's|"
         r"tuesday's|wednesday's)? ?(?:[\w-]+ ){0,2}?(?:" + _MEETING + r"|appointment|time slot)\b|"
         r"\breschedul(?:e|ing)\b|\bnew time\b", meeting=True, negatable=True),
    rule("calendar_invite_sent", "second_interview", L, 3,
         r"\b(?:sent|send|added|put|dropped|placed) (?:\w+ ){0,3}(?:to|on|in) your calendar\b|"
         r"\bwhichever (?:one )?(?:works|suits|is (?:easier|better|best))\b|\bget you in front of\b|\bwhat does your "
         r"(?:week|schedule|calendar|availability|diary) look like\b|"
         r"\b(?:sent|send|sending|forward(?:ed)?|will send|(?:you'll|you will|you should) "
         r"(?:shortly |soon )?(?:receive|get|see)|(?:i've|i have|we've|we have) (?:just )?"
         r"(?:sent|shared)) (?:you |over )?(?:an? |the )?(?:calendar |meeting |zoom |teams |google "
         r"meet |interview |scheduling )+(?:invite|invitation|request|link|hold)|"
         # "I've sent the invite over", "I'll get an invite out", "invite's on its way", "invite sent"
         r"\b(?:sent|send|sending|get|getting|shoot|pop|fire) (?:you |over )?(?:an|the) invite\b" + _NOT_TO_JOIN + r"|"
         r"(?<!hackerrank\x20)(?<!codility\x20)(?<!codesignal\x20)(?<!hirevue\x20)(?<!testgorilla\x20)"
         r"(?<!pymetrics\x20)(?<!assessment\x20)(?<!test\x20)"
         r"\b(?:calendar |meeting |zoom |teams |interview )?invit(?:e|ation)(?:'s| is| has| will be| should"
         r" be)? (?:just )?(?:been )?(?:on (?:its|the) way|coming (?:your way|through|over|shortly|soon)|"
         r"incoming|to follow|gone out|in your inbox|headed your way|sent)\b" + _NOT_TO_JOIN + r"|"
         r"(?:\b(?:booked|pencil(?:l)?ed|slotted|locked|put) you in\b|\b(?:you're|you are|you've been|"
         r"you have been) (?:now )?(?:booked|pencil(?:l)?ed|slotted|locked) in\b)(?! ?(?:for|on|at) (?:an? |"
         r"the |your )?(?:[\w-]+ )?(?:medical|induction|orientation|onboarding|training|health|drug|"
         r"background|dbs|check|screening|test|assessment|first day|start))|\blocked in for (?:"
         + _DAY + r"|the \d|\d)|\bsee you (?:on |next |this |then on )?" + _DAY + r"\b(?!(?: [\w']+)"
         r"{0,4} (?:first day|start|induction|orientation|onboarding|fair|event|open (?:day|evening)|webinar|"
         r"meetup|conference|party|launch))|\b(?:confirmed|booked|scheduled)"
         r"(?: ?:| for| on| -)? " + _DAY + r"(?: [\w:.]+){0,3} with\b|\b(?:details|link|dial-in|"
         r"joining info)(?: is| are)? (?:in|on) the (?:calendar )?invite\b|"
         # a calendar notification pasted as text, for a meeting (not a careers evening)
         r"\b(?:(?:updated |new )?invitation:|you have been invited to the following event:?) [^\n@]{0,80}?"
         r"\b(?:interview|chat|call|meeting|panel|conversation|onsite|on-site|round|stage|catch[- ]up|"
         r"coffee|intro|1:1|with)\b",
         meeting=True, negatable=True),
    rule("coordinator_will_schedule", "second_interview", L, 3,
         r"\b(?:reach out|be in touch|contact you|get in touch|follow up|email you|be emailing "
         r"you|be reaching out) (?:with you |to you )?(?:shortly |soon |today |tomorrow )?(?:(?:to|in "
         r"order to) (?:schedule|set up|arrange|book|coordinate|find|organi[sz]e|line up|get)|"
         r"with (?:times|options|some times|availability|a few slots|slots|an invite))|\b(?:our|the|my) "
         r"(?:recruiting |interview |scheduling )?coordinator (?:will |'ll |is going to |to |can )?(?:reach "
         r"out|be in touch|get in touch|contact you|email you|send you|set (?:it|this|that) up)",
         meeting=True, negatable=True,
         unless_after=r" ?(?:a |an )?(?:call )?" + _ABOUT_FEEDBACK_OR_OFFER),
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
         r"\b(?:(?:next|final|last) (?:step|stage|round|level)|next up) (?:is|would be|will be) (?:(?:an?|"
         r"the|to|with)\b ?)?(?:meet|speak|chat|schedule|"
         r"talk|come|(?:\w+ ){0,3}(?:interview|panel|conversation|call|meeting|chat|onsite))|"
         r"\b(?:onsite|on-site|final round|panel|loop|superday) next\b",
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
         r"examples? of (?:your )?(?:past |recent )?(?:work|dashboards?|analys[ie]s|projects?|reports?|"
         r"designs?|code|writing)|case study|take-home|take home|home "
         r"assignment|short assignment|written exercise|coding (?:exercise|challenge|test)|"
         r"technical (?:exercise|test|assignment)|(?:online|skills?|personality|psychometric|"
         r"cognitive|aptitude|written|short|coding) (?:assessment|test)|(?<=complete\x20)(?:the|an|our|a) "
         r"(?:\w+ )?assessment|github (?:profile|link|repo)|your github|presentation deck|(?:the|your|that) deck)"
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
         r"updated (?:cv|resume)|cover letter|application form|questionnaire|(?:candidate |personal )?"
         r"(?:information|details|joining|onboarding|new starter|new hire) form)\b"),
    rule("ask_to_send", "info_request", L, 1.5,
         r"\b(?:could|can|would|will) you (?:please |kindly )?(?:send|share|provide|forward|"
         r"complete|fill (?:out|in)|upload|submit|confirm|clarify|tell us|let us know|attach)|"
         r"\bwould you mind (?:sending|sharing|forwarding|providing|completing|filling)|"
         r"\bplease (?:send|share|provide|forward|complete|fill (?:out|in)|upload|submit|attach|"
         r"confirm)|\b(?:pls|plz|kindly) (?:send|share|provide|forward|complete|fill(?: out| in| up)?|"
         r"upload|submit|attach)|\b(?:need|needs|require|requires|asked for|ask for|request) (?:a few |some |"
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
         r"\b(?:appreciate|appreciated) (?:the|your|you|it)\b|\bthank you!?$|\b(?:many )?thanks\b|"
         r"\bthank you\b|\bcheers\b|\b(?:well|duly) (?:received|noted)\b|\b(?:noted|received) "
         r"with thanks\b"),
    rule("nice_meeting", "acknowledgment", L, 1,
         r"\b(?:great|lovely|nice|pleasure|good|wonderful) (?:to )?(?:meet|meeting|speak|speaking"
         r"|talk|talking|chat|chatting|connect|connecting)\b|\benjoyed (?:meeting|speaking|our|"
         r"the|talking|chatting)"),
    rule("be_in_touch", "acknowledgment", L, 2,
         r"\b(?:be|get|getting) (?:back )?in touch\b|\bget back to you\b|\bcircle back\b|"
         r"\bfollow up (?:with you )?(?:soon|shortly|next week|once|as soon|when|by)\b|"
         r"\b(?:update|updating) you (?:soon|shortly|as soon|once|when|by|next)|\bkeep you "
         r"(?:posted|updated|informed|in the loop)\b|\blet you know (?:as soon|once|when|by|more|"
         r"how|either way|the outcome)|\bhear (?:back )?from (?:one of )?(?:us|me)\b|\bupdate (?:for|to) "
         r"you\b|\bmore (?:news|information|details) (?:soon|shortly|next week)|\b(?:we'll|we will|i'll|"
         r"i will|should) know (?:more )?(?:by|next|soon|tomorrow|on|in|early|later|after)\b"),
    rule("still_deciding", "acknowledgment", L, 2.5,
         r"\byou(?:'re| are) (?:one of (?:the|our|two|three|a few|a handful of) )(?:\w+ )?(?:finalists|"
         r"shortlisted candidates|candidates still in)\b|\b(?:hope|expect|aim|plan) to (?:have|share|"
         r"give you) (?:some )?(?:news|an update|a decision|an answer)\b|\b(?:still|currently) (?:in the (?:middle|midst|process) of )?(?:interviewing|"
         r"reviewing|evaluating|assessing|considering|meeting|speaking|talking|deciding|"
         r"finalising|finalizing|gathering|collecting|working through)\b|\bno (?:final )?"
         r"decision (?:has been|yet|have been)|\b(?:haven't|have not|hasn't|has not) (?:yet )?"
         r"(?:made|reached|come to) (?:a|any|our|the) (?:final )?decision|\bnot yet (?:made|"
         r"reached|decided)|\b(?:a|our|the) (?:final )?decision (?:should|will|is expected to|is due to) "
         r"(?:come|be made|be reached|be taken|land)\b|\b(?:make|reach|expect|have) (?:a|our|the) (?:final )?decision "
         r"(?:by|within|in the|early|end|next|soon|after|once|following|at the end)|\b(?:one|a few|"
         r"two|three|some|a couple) more (?:candidates?|finalists?|interviews?|people|applicants?) "
         r"to (?:meet|see|interview|speak)|\b(?:making|make|extending|extend|sending) (?:an? )?offers? "
         r"(?:to (?:the )?(?:successful|selected|chosen)|by|within|next|in the)\b|\bbefore (?:we|i) (?:decide|make (?:a|our|the) (?:final )?"
         r"decision)\b|\b(?:have|share|give you|communicate) (?:a|our|the) (?:final )?decision "
         r"(?:for you |to you )?(?:by|within|in|next|early|soon|on)\b|\bneed to (?:interview|meet|"
         r"see|speak with|talk to) (?:another|a few more|one more|two more|other)\b|\bwrap up (?:the|our|all) interviews|"
         r"\b(?:application |candidate )?status(?: ?:| ?[\t\n]) ?(?:in review|under review|in progress|being "
         r"reviewed|under consideration|interview completed)\b"),
    rule("delay", "acknowledgment", L, 2.5,
         r"\b(?:delay|delayed|taking (?:a bit |a little )?longer|longer than (?:expected|"
         r"anticipated|planned|we (?:hoped|expected))|bear with (?:us|me)|your patience|on hold|"
         r"hold off|(?:out of|away from) the office|travel(?:l)?ing this week)\b|\b(?:decision|"
         r"process|timeline|debrief) (?:has been|was|is being|is|got) (?:pushed|delayed|postponed|"
         r"moved)\b"),
    rule("next_steps_update", "acknowledgment", L, 1.5,
         r"\b(?:next steps?|update|an update|outcome|feedback)\b"),
    rule("passed_along", "acknowledgment", L, 2,
         r"\b(?:shared|passed|forwarded|pass|share|forward|relayed) (?:your (?:note|email|"
         r"message|kind words|thanks|thank[- ]you)|it|this) (?:along |on )?(?:to|with)\b|"
         r"\b(?:forward|forwarding|pass|passing|share|sharing) (?:it |this )?(?:on |along )?(?:to|with) "
         r"(?:the|my|our) (?:\w+ )?(?:team|hiring manager|panel|manager|client|department)\b"
         r"(?! (?:stage|round|interview|step))|"
         r"\bwill revert\b"),
]

OTHER = [
    rule("mailing_list", "other", L, 3,
         r"\bunsubscribe\b|\bmanage (?:your )?(?:email )?(?:preferences|subscriptions?)\b|"
         r"\bview (?:this email )?in (?:your )?browser\b|\bnewsletter\b|\bjob alerts?\b|"
         r"\bnew (?:jobs|roles|openings) (?:matching|for you|that match)"),
    rule("wrong_person", "other", L, 3,
         r"\b(?:wrong (?:person|address|email|contact|recipient)|not the right (?:person|contact)|by mistake|in error|(?:wasn't|was not|i'm not|i am not) "
         r"(?:part of|involved in|on) (?:your|the)"
         r"|i think you meant|you may have (?:meant|the wrong)|(?:this|it|that) (?:was|is) (?:probably |"
         r"likely )?(?:meant|intended) for (?:my|a|another|one of my) (?:colleague|coworker|co-worker)|i(?:'m| am) not (?:involved"
         r"|part of|on the)|don't (?:think|believe) (?:we|i) (?:have )?(?:met|spoke))\b"),
    rule("left_company", "other", L, 3,
         r"\b(?:i've|i have|i) (?:\w+ ){0,2}left (?:the company|the team|the business|\w+ as of)"
         r"|\bi(?:'m| am) no longer (?:with|at|working (?:at|for)) "),
    rule("account_notice", "other", L, 3,
         r"\b(?:confirm|verify|activate) your (?:email|e-mail|email address|account|profile)\b|"
         r"\b(?:create|set up|complete) your (?:candidate )?(?:account|profile)\b|\bpassword reset\b|"
         r"\breset your password\b|\b(?:viewed|visited) your profile\b"),
    rule("off_topic", "other", L, 3,
         r"\b(?:random|unrelated|off-topic|totally separate|side) (?:question|note|thing)|"
         r"\b(?:completely|totally) unrelated\b|\battachment (?:\w+ ){0,4}(?:corrupt\w*|won't "
         r"open|doesn't open|didn't come through|is empty|is missing)"),
    rule("expenses", "other", L, 3,
         r"\b(?:reimburse\w*|expense (?:report|claim|form)s?|travel (?:receipts|expenses))\b"),
    rule("survey", "other", L, 3,
         r"\bcandidate (?:experience )?survey\b|\brate your (?:interview |candidate )?experience\b|"
         r"\b(?:tell|share with) us (?:about|how) your (?:interview |candidate )?experience|"
         r"\bhow was your (?:interview|experience|candidate experience)\b|\b(?:take|complete|fill "
         r"(?:out|in)|answer) (?:the|our|a|this) (?:short |quick |brief |\d-minute |anonymous )*"
         r"survey\b|\bhear about your (?:interview |candidate )?experience\b"),
    rule("event_or_marketing", "other", L, 2,
         r"\b(?:webinar|register now|rsvp|our (?:open day|career fair|hiring event)|"
         r"refer a friend|product update|limited time)\b"),
]

RULES = SECOND_INTERVIEW + INFO_REQUEST + ACKNOWLEDGMENT + OTHER
