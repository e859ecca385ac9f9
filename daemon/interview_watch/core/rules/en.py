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
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|tues|weds|thu|wed|"
        r"fri|tomorrow|tmrw|next week|this week|next wk|this wk)")
# "with" as typed on a phone: "went w someone else", "a chat w/ the founders"
_WITH = r"(?:with|w/?)"

REJECTION = [
    rule("not_moving_forward", "rejection", L, 3,
         r"\b(?:" + _NOT + r"|unable to|no longer) (?:be )?(?:able to )?(?:going to )?(?:be )?(?:to )?"
         r"(?:move|moving|proceed|proceeding|pursue|pursuing|consider|considering|continue with|"
         r"advance|advancing|progress|progressing|continue|continuing|take|taking|go|going) "
         r"(?:forward|ahead|further)?\b ?(?:with|together|on|at this|in the process|the process|your|you|to (?:the "
         r"|an )?(?:offer|next|final|later) (?:stage|round|step)|any "
         r"further|to the next|to the final|into the next)",
         unless_after=r" ?(?:until|before)\b"),
    rule("no_path_forward", "rejection", L, 3,
         r"\bno (?:path|way) forward\b|\b(?:paused|froze|frozen|halted|cancell?ed|closed|"
         r"pulled) (?:the |our |all |this |any |new )?(?:hiring|search|req|reqs|requisitions?|"
         r"headcount|backfills?|hires|roles|openings|positions|recruiting|recruitment)\b|"
         r"\b(?:it's|it has|it was|role's|position's) been (?:closed|filled|cancell?ed)\b"),
    rule("chose_someone", "rejection", L, 3,
         r"\b(?:decided|decision|chose|chosen|choose|opted|elected) to (?:hire|go with|proceed with|"
         r"move forward with|move ahead with|offer the (?:role|position|job) to|appoint|bring on|"
         r"extend (?:the|an|our) offer to|continue with|progress with) (?:a|an|the|someone|"
         r"somebody|another|one of)\b|\b(?:found|identified|hired|selected|appointed) (?:someone|"
         r"somebody|another|a (?:different|stronger|more \w+) (?:candidate|applicant|person))|"
         r"\boffer(?:ed)? (?:the (?:role|position|job) )?to (?:another|a different|someone|the "
         r"other|one of the other)\b|\b(?:go|going|gone|went) " + _WITH + r" someone else\b"),
    rule("decision_for_other", "rejection", L, 3,
         r"\b(?:decided|decision|chose|chosen|selected|went|gone|going|proceed|proceeding|hire|"
         r"hiring|hired|offer|offered|extend|extended|appoint|appointed|moving|move|pursue|pursuing|"
         r"recommended|recommend|nominated|settled|picked|identified|found|signed)"
         r"\b(?: (?!interview|meet|speak|talk|see|consider|review)\S+){0,8} (?:another|other|a "
         r"different|a stronger|the other|one of the other)\b(?: \S+){0,3} (?:candidate|applicant|"
         r"finalist|person|profile|individual)s?\b"),
    rule("with_candidates_who", "rejection", L, 3,
         r"\b(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|progressing) "
         r"(?:forward |ahead )?with (?:the )?(?:candidates|applicants|a candidate|an applicant|"
         r"someone|people|profiles|an individual) (?:who|whose|that|with)\b|\b(?:decided|decision|"
         r"going|had) to (?:close|cancel|pause|freeze) (?:the|this|our) (?:position|role|search|"
         r"req|requisition|opening|vacancy)\b"),
    rule("no_role_for_you", "rejection", L, 3,
         r"\b(?:don't|do not|doesn't|does not) have (?:a|any) (?:suitable |matching )?(?:role|"
         r"position|opening|vacancy|opportunity|place)s? (?:that|which|for you|to offer)"),
    rule("other_is_better", "rejection", L, 3,
         r"\b(?:another|other|a different) (?:candidate|applicant|finalist|person)(?:'s|s'|s)?\b"
         r"(?: \S+){0,8} (?:stronger|better|closer|more closely|more suitable|more aligned|more "
         r"relevant|more direct)\b"),
    rule("pass", "rejection", L, 3,
         r"\b(?:going to|decided to|have to|will|we'll|re going to|gonna|must) pass\b(?! (?:it|"
         r"this|your|you|along|on to|that))|\b(?:we're|we are|we'll|we will|going to|decided to|i'm|i am) "
         r"pass(?:ing)? on (?:this one|you|this role|this time)\b|\bpass (?:for now|at this (?:time|point|stage)|this "
         r"time|on (?:your|this) (?:application|candidacy|profile)|on moving forward)\b"),
    rule("not_in_your_favour", "rejection", L, 3,
         r"\b(?:" + _NOT + r") (?:been )?(?:in your favou?r|a positive (?:one|outcome)|successful for "
         r"you)\b|\b(?:won't|will not|didn't|did not|isn't going to|is not going to) work out\b|"
         r"\b(?:not|won't|will not) be (?:processed|taken|considered|progressed) (?:any )?further\b|"
         r"\bclosing out (?:all )?(?:the )?(?:current |remaining |other )?(?:candidates|applicants|"
         r"the search|the process)\b|\b(?:decided|decision|chosen|going) to (?:keep looking|keep "
         r"searching|continue (?:our|the) search|continue searching|reopen the search|keep interviewing|"
         r"continue interviewing|keep the (?:role|position|search|req) open|leave the (?:role|position) "
         r"open)\b|"
         r"\b(?:ended up|decided on|settled on|went|gone|going|go) (?:going )?" + _WITH + r" (?:someone|"
         r"somebody|another|a different|an internal|the other)\b|\b(?:" + _NOT + r"|unable to) (?:be )?"
         r"(?:able to )?(?:take|taking|move|moving|progress|progressing) (?:things|this|it|matters|"
         r"your application|your candidacy) (?:any )?(?:further|forward|ahead)\b|"
         r"\bhold(?:ing)? off on (?:filling|hiring for) (?:the|this) (?:role|position)\b|"
         r"\b(?:go|going|gone|went) (?:another|a different) (?:way|route)\b|\ba no from (?:us|the "
         r"team|me)\b|\b(?:it's|it is|that's|that is|the answer is) a no\b|"
         # the short no: "Not this time, unfortunately" ("if not this time, then Wednesday" is not)
         r"\b(?<!if\x20)not (?:this time(?! of)|on this occasion|this round|for this (?:one|role|"
         r"position))\b|\b(?:said|came back with|"
         r"has said|have said|came back and said) (?:a )?no\b(?! (?:to|problem|worries|rush|need))|\b" + _NOT + r" (?:be )?"
         r"(?:inviting|invite|bringing|bring) you (?:back|to|in|"
         r"for|forward)\b|\b" + _NOT + r" (?:be )?(?:asking|ask|having|have|calling|call) you (?:back|to come "
         r"back|to return|in for)\b"),
    rule("not_a_match", "rejection", L, 2.5,
         r"\bnot (?:a|the) (?:good |strong |great |right )?(?:fit|match)\b|\b(?:won't|will not|"
         r"isn't|is not) (?:be )?a (?:fit|match)\b|\b(?:don't|do not|didn't|did not) (?:think|feel|"
         r"believe) (?:you're|you are|you were|you'd be|you would be) (?:quite )?(?:the|a) (?:right|"
         r"best|strongest|ideal|good|strong) (?:fit|match|candidate|person|profile|choice)\b|"
         r"\bthe (?:fit|match) (?:isn't|is not|wasn't|was "
         r"not) (?:quite )?there\b|\b(?:don't|do not|didn't|did not) (?:think|feel|believe) "
         r"(?:the|there's a|there is a|it's a|it is a|this is a) (?:strong |right |good |great )?"
         r"(?:fit|match)\b"),
    # "bad news" answering a thank-you note is nearly always the decision itself
    rule("bad_news", "rejection", L, 2,
         r"\b(?:disappointing|bad|difficult|tough|sad) news\b|\bnot (?:the )?(?:better|good|best|"
         r"news|outcome|answer) (?:news|you were hoping)|\bwish i (?:had|could (?:share|give you)) "
         r"(?:better|different|a different|a better|other) (?:news|answer)|\b(?:don't|do not) "
         r"have (?:better|good|the) news\b"),
    rule("afraid", "rejection", L, 1.5, r"\bi'm afraid\b|\bi am afraid\b"),
    rule("decided_not_to_proceed", "rejection", L, 3,
         r"\b(?:decided|decision|chosen|opted|elected) (?:not to|to not|against) (?:move|moving|"
         r"proceed|progress|advance|continue|pursue|take|invite|offer|extend|appoint|hire|shortlist|go "
         r"ahead|go forward|"
         r"recommend)"),
    rule("other_candidates", "rejection", L, 3,
         r"\b(?:pursue|pursuing|proceed|proceeding|move forward|moving forward|move on|moving on|go|going|gone|went|"
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
         r"\b(?:hired|selected|chosen|chose|offered it to|went|gone) (?:" + _WITH + r" )?someone else\b"),
    rule("position_filled", "rejection", L, 3,
         r"\b" + _ROLE + r" (?:has|have|is|was) (?:now |since |already |recently )*(?:been )?"
         r"(?:filled|closed|cancelled|canceled|withdrawn|eliminated|rescinded|put on hold|no longer "
         r"(?:open|available))|"
         r"\b(?:filled|closed) (?:the|this|our) " + _ROLE + r"\b"),
    rule("no_offer", "rejection", L, 3,
         r"\b(?:won't|will not|not|unable to|cannot|can't|not able to) (?:going to )?(?:be )?(?:able to )?(?:in a position "
         r"to )?(?:extend|extending|make|making|offer|offering|provide|providing|move ahead with) "
         r"(?:you )?(?:an? |the |with an? )?(?:formal |job )?(?:offer|position|role|job|"
         r"employment|a place|a spot)|(?<!or\x20)\bnot to (?:make|extend|offer) you (?:an? |the )?"
         r"(?:formal |job )?(?:offer|position|role|job)\b|\b(?:unable to|cannot|can't|not able to|not in a position to) "
         r"(?:confirm|proceed with|finali[sz]e) (?:your|the|this) (?:appointment|offer|employment|hire)\b"),
    rule("unsuccessful", "rejection", L, 3,
         r"\b(?:you|your " + _APPLICATION + r"|you have|you've|you were)(?: has| have| was| were)? "
         r"(?:been )?(?:unsuccessful|not successful)\b|\b(?:you|your " + _APPLICATION + r"|your "
         r"(?:experience|background|skills?)) (?:was|is|has been|were|are)(?:n't| not) (?:been )?"
         r"(?:found |considered |deemed )?(?:suitable|matching|aligned|a match)\b|\bunsuccessful (?:on this occasion|this "
         r"time|in)\b"),
    rule("not_selected", "rejection", L, 3,
         r"\b(?:not|weren't|wasn't|haven't|hasn't) (?:been |be )?(?:selected|shortlisted|chosen|"
         r"successful|progressed|advanced)\b"),
    rule("no_longer_considered", "rejection", L, 3,
         r"\b(?:no longer|not be|not) (?:being )?(?:consider(?:ing|ed)?|under consideration|in "
         r"consideration|in the running)\b(?: (?:you|your))?"),
    rule("different_direction", "rejection", L, 3,
         r"\b(?:go|going|went|gone|move|moving|head|heading) in (?:a (?:different|new)|another|a "
         r"different|another different) direction\b"),
    rule("close_application", "rejection", L, 3,
         r"\b(?:close|closing|closed|withdraw|archive|archiving) (?:out )?your " + _APPLICATION),
    rule("not_right_fit", "rejection", L, 2.5,
         r"\b(?:" + _NOT + r") (?:quite )?(?:the )?(?:right|best|strongest|ideal|"
         r"closest) (?:fit|match|candidate|person|profile|choice)\b|\b(?:doesn't|does not|didn't|did not) (?:quite |fully )?"
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
         r"\b(?:best of luck|good luck|gl|every success|wish you (?:the )?(?:very )?(?:best|well|all "
         r"the best|success|luck)|all the best) (?:in|with|on|for) (?:your|the) (?:job |career )?"
         r"(?:search|future|endeavou?rs|career|next|hunt|journey|continued)|\bfuture endeavou?rs\b|"
         r"\b(?:best of luck|good luck|all the best) (?:out there|going forward|with everything|in "
         r"the future|with what comes next)\b"),
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
         unless_after=r" (?:(?:for|about|to) (?:the |my |our )?(?:delay|slow|late|wait|silence|"
                      r"reschedul\w*|move|moving|push|change|shift|short notice|inconvenience|"
                      r"disruption|confusion)|(?:that )?(?:it's|it has|this has|this is) (?:taken|"
                      r"taking)|(?:for|about) (?:keeping|making) you wait|to keep you waiting)"),
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
         r"employment |final )*offer\b|\b(?:made|extended) you (?:an?|the|their|our) (?:formal |verbal "
         r"|written |official |conditional |job |employment |final )*offer\b|\b(?:has|have|'ve) "
         r"(?:now |just )?offered you (?:the|a|this) (?:[\w-]+ ){0,2}?(?:position|role|job|post)\b|"
         r"\b(?:came|come|coming) back with an? (?:formal |verbal |written |job )?offer\b|"
         r"\byou(?:'ve| have)? got the offer\b", negatable=True),
    rule("offer_letter", "offer", L, 3,
         r"\b(?:offer letter|letter of offer|offer of employment|employment offer|job offer|"
         r"offer package|offer details|terms of (?:the|your) offer|formal offer|verbal offer|"
         r"written offer|employment (?:contract|agreement)|contract of employment)\b|"
         # an applicant-tracking status line: "Application status: Offer extended"
         r"\bstatus(?: ?:| ?[\t\n]) ?(?:offer|offered|offer extended|offer made|offer sent)\b(?! pending)",
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
         r"\b(?:move|moving|progress|progressing|advance|advancing|take|taking|bring|bringing) "
         r"(?:you|your (?:application|candidacy)) (?:forward |on |through )?(?:to|into) (?:the )?"
         r"(?:offer|contract)(?: stage| phase| step)?\b|\bpropos(?:e|ing) (?:to )?you (?:a |an |"
         r"the |our )?(?:[\w-]+ )?(?:cooperation|collaboration|contract|employment|engagement)\b|"
         r"\b(?:proposal|offer) (?:of|for) (?:cooperation|collaboration|employment)\b|"
         r"\b(?:offer|offering) you (?:the|a|this|our) (?:\w+ ){0,3}?(?:position|role|job|post|"
         r"place|opportunity|contract)\b|\boffer(?:ing)? you (?:full-time |permanent )?employment\b|"
         r"\b(?:we|they|the client|the team|he|she) (?:really |definitely )?wants? you\b(?! (?:to|in|back|for|"
         r"on|at|over))|\b(?:like|pleased|delighted|decided|recommend(?:ed)?|agreed|want) to appoint you\b|\b(?:like|love|want) you to start (?:with us|on|in|work)\b|"
         r"\b(?:contract|agreement|offer(?: letter)?) (?:is|are) attached\b|\bfor your signature\b|\btalk (?:numbers|compensation|comp)\b|\byou got the (?:job|role|position)\b|\bthe (?:job|role|position) is "
         r"yours\b|\b(?:want|like|love|"
         r"excited|decided|going|able) to (?:hire you|bring you on)\b|\b(?:want|wants|wanted) "
         r"(?:to have )?you (?:on board|aboard|on the team|to join)\b|\b(?:approved|confirm|confirmed|"
         r"signed off on) (?:your|the) (?:appointment|hire|hiring|offer)\b|\byour appointment as\b", negatable=True),
    rule("paperwork", "offer", L, 2.5,
         r"\bmake it official\b|\b(?:get|send|have) (?:the |your )?paperwork (?:over )?to you\b|"
         r"\b(?:will|'ll|to|be) (?:send|sending|get|getting|reach out with|reaching out with|be in "
         r"touch with|follow up with|following up with) (?:you )?(?:over )?(?:the|your) "
         r"(?:paperwork|contract|employment contract)\b|\b(?:verbal|the answer|decision)(?: is|'s) (?:a )?yes\b|\ba (?:big |"
         r"resounding |unanimous |clear )?yes from (?:us|the team|me|everyone|the panel|all of us)\b|"
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
         r"options|rsus?|pto|benefits package|offer (?:is |of |at )?[£$€] ?\d)\b", unless_after=r" ?(?:expectations?|requirements?"
                                                               r"|range|history|band)"),
    rule("start_date", "offer", L, 1.5,
         r"\b(?:your |proposed |tentative |official )start date\b|\bstart (?:on|date of) "
         r"(?:monday|the|january|february|march|april|may|june|july|august|september|october|"
         r"november|december)|\b(?:your )first day (?:will be|would be|is)\b"),
    rule("successful_candidate", "offer", L, 2,
         r"\b(?:you(?: have|'ve) been|you were|you are|you're) (?:selected|chosen|successful) (?:for|as)"
         r" (?:the|this|our) " + _ROLE, negatable=True,
         unless_after=r" ?(?:of|in) (?:the )?(?:next|final|second|onsite)"),
    rule("congratulations", "offer", L, 1, r"\bcongrat(?:ulation)?s\b"),
    rule("look_forward_to_having_you", "offer", L, 2.5,
         r"\b(?:excited|can't wait|look(?:ing)? forward|thrilled) to (?:having you|working with you|"
         r"welcoming you|have you (?:on|join|start))\b", negatable=True),
]

RULES = REJECTION + OFFER
