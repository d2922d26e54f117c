note: A school board meeting in straight double marks with curly apostrophes. Several named speakers: two parents, a student, a board member who voted against and the superintendent, each carried by a pronoun; quotes split around their tag ("A," she said. "B."); a mother introduced by first name only, whose surname is withheld with a stated reason (justified anonymous); one quote paragraph with no tag that continues the board member's previous paragraph; the teachers' union as a body ("the union said"); the policy's name in quotation marks (a title, not a quote).
source: oyelaran
  kind: person
  name: Renata Oyelaran
  aliases: Oyelaran
source: dana
  kind: anonymous
  name: Dana
  aliases: A mother of a ninth-grader
  justified: yes
source: birchall
  kind: person
  name: Jonah Birchall
  aliases: Birchall
source: feldmann
  kind: person
  name: Gus Feldmann
  aliases: Feldmann | board member Gus Feldmann
source: quill
  kind: person
  name: Thomas Quill
  aliases: Quill | Superintendent Thomas Quill
source: union
  kind: organization
  name: The Wexley Federation of Teachers
  aliases: the union | The federation
---
Wexley school board bans phones from bells to dismissal after four-hour meeting

WEXLEY — The Wexley Unified School District will require students at its two high schools and three middle schools to lock away their phones for the entire school day starting in January, after the school board voted 4-1 for the ban late Tuesday at the end of a meeting that ran past 11 p.m.

Under the policy, which the district calls "Bell to Bell," students will place their phones in magnetically sealed pouches when they arrive and will not be able to open them until the final bell. The pouches will cost the district about $96,000 for its 6,100 middle and high school students.

More than 60 people signed up to speak, and the overflow crowd spilled into the hallway outside the board room at Harlan Middle School, where the meeting was moved when it became clear the usual room would be too small.

Renata Oyelaran, whose two sons attend Wexley High, said she had watched her older son’s grades fall as he spent more of each class on his phone.

"⟦oyelaran|I don’t blame him, and I don’t blame his teachers,⟧" she said. "⟦oyelaran|I blame a device that was designed by very smart people to be impossible to put down, and then we handed it to a fourteen-year-old and told him to ignore it.⟧"

Oyelaran said the district had waited too long. "⟦oyelaran|We had this same argument two years ago,⟧" she said. "⟦oyelaran|Two years is a long time in the life of a teenager.⟧"

A mother of a ninth-grader at Eastbrook Middle School, who gave her name only as Dana because her daughter had been harassed online after a video of her was passed around at school, told the board that the pouches would not have prevented what happened to her child, but might have slowed it down.

"⟦dana|Somebody filmed my daughter crying in a bathroom, and by lunch half the school had seen it,⟧" Dana said. "⟦dana|She didn’t go back for two weeks. If that phone had been locked in a pouch, maybe it would have been one class that saw it instead of six hundred kids.⟧"

Not every speaker agreed. Jonah Birchall, 17, a senior at Wexley High, said students needed to be trusted. "⟦birchall|You’re going to graduate us in June and send us off to college or jobs where nobody takes our phones away,⟧" he said. "⟦birchall|When are we supposed to learn how to handle it, if not here?⟧"

Several parents said they worried about reaching their children in an emergency. The district said each classroom has a phone line and that office staff can reach any student within minutes.

The only vote against the ban came from board member Gus Feldmann, a retired police officer who has served on the board for nine years. He said he supported limiting phones in class but not at lunch or between periods.

"⟦feldmann|I spent twenty-six years answering emergency calls, and some of the most important ones came from kids who had a phone in their pocket,⟧" Feldmann said. "⟦feldmann|I can’t vote for a policy that takes that away for seven hours a day.⟧"

"⟦feldmann|There is a version of this I would have voted for. Phones off in class, phones away during tests, real consequences when kids break the rule. This isn’t that version.⟧"

Superintendent Thomas Quill, who proposed the policy in September, said the district had looked at schools in other districts that had adopted similar bans and found fewer fights, fewer referrals for bullying and more students in the library at lunch.

"⟦quill|We are not trying to punish anyone,⟧" he said. "⟦quill|We are trying to give kids back seven hours a day in which nobody can reach into their pocket and make them feel small.⟧"

Quill said the district would review the policy at the end of the school year and would publish data on discipline and attendance. "⟦quill|If it doesn’t work,⟧" he said, "⟦quill|I will be the first to stand up here and say so.⟧"

The Wexley Federation of Teachers, which represents about 480 teachers in the district, had urged the board to adopt the ban. In a statement read aloud at the meeting by its vice president, the union said its members were "⟦union|tired of competing with a screen for every minute of every lesson.⟧"

"⟦union|Teachers cannot enforce a phone rule one classroom at a time,⟧" the union said. "⟦union|It has to be the same rule in every room, or it is no rule at all.⟧"

The federation also asked the district to make sure that teachers would not be responsible for checking the pouches. Quill said that job would fall to administrators and office staff.

The ban takes effect on Jan. 6, the first day of the spring term. Students with medical needs, such as those who use a phone to monitor their blood sugar, will be exempt.
