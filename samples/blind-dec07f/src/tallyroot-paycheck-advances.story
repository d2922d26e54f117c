note: A technology and business feature in curly marks and curly apostrophes. A founder named and carried by "she" across paragraphs, with a partial quote, a split quote and a blog post quoted over two paragraphs (the first left open, the second reopened); a regulator's filing as a body ("In a filing, the ... Commission said", "the commission said in the filing"); "tips" in quotation marks as a scare quote (not a quote); a company spokesperson who "declined to comment on" the penalty "but said" (a person, named); a former employee who spoke on condition of anonymity because of a nondisclosure agreement (justified anonymous), then "the former employee" and "she"; an advocate who "tweeted" a quote holding a single-quoted word (it belongs to the outer quote); an analyst named.
source: castellane
  kind: person
  name: Mira Castellane
  aliases: Castellane
source: commission
  kind: organization
  name: the Consumer Finance Commission
  aliases: the commission
source: baptiste
  kind: person
  name: Corliss Baptiste
  aliases: Baptiste | Tallyroot spokesperson Corliss Baptiste
source: former
  kind: anonymous
  name: a former member of Tallyroot’s product team
  aliases: the former employee
  justified: yes
source: drummond
  kind: person
  name: Hollis Drummond
  aliases: Drummond
source: achterberg
  kind: person
  name: Tamsin Achterberg
  aliases: Achterberg
---
A paycheck app promised workers their money early. A regulator says the fine print cost them.

PORT ALDER — When Mira Castellane started Tallyroot in a rented room above a bakery in 2021, the pitch fit on an index card: let hourly workers draw the wages they had already earned, days before payday, for a flat fee of $2.

Four years later the app has 2.3 million users, a waiting list of employers, and a regulator that says the fee was neither flat nor $2 for most of the people who paid it.

In a filing, the Consumer Finance Commission said Tallyroot had “⟦commission|systematically obscured the true cost of its advances⟧” by making a faster, more expensive transfer the default choice and by prompting users, as many as six times before each advance, to add “tips” of up to 15 percent.

“⟦commission|A payment that a consumer is pressed to make six times on a single screen is not a tip,⟧” the commission said in the filing, which asks an administrative judge to order refunds and a civil penalty.

Castellane, 36, said in an interview at the company’s offices on the Port Alder waterfront that she disagreed with “⟦castellane|nearly every sentence⟧” of the filing.

“⟦castellane|We built this for people like my mother, who cleaned offices at night and paid a check-cashing window eleven dollars every other Friday,⟧” she said. “⟦castellane|I’m not going to apologize for charging two.⟧”

She said tips were optional and that 61 percent of users had never left one. But she acknowledged that the faster transfer, which cost $4.99, had been selected by default until March.

“⟦castellane|That was a mistake,⟧” she said, “⟦castellane|and we fixed it before anyone at the commission asked us to.⟧”

The day the filing became public, Castellane wrote in a blog post addressed to the app’s users:

“⟦castellane|Some of you are reading today that we tricked you. I understand why that headline is upsetting, and I want you to hear from me directly rather than from a press release.⟧

“⟦castellane|Nobody has ever had to pay us a tip to get their money. If you believe you were charged for a faster transfer you didn’t choose, write to us, and we will refund it, no questions asked.⟧”

Tallyroot spokesperson Corliss Baptiste declined to comment on the commission’s request for a civil penalty but said the company “⟦baptiste|has already refunded every user who asked⟧” about an unwanted transfer fee, about $1.8 million in all.

“⟦baptiste|We are cooperating fully and we expect to be able to show the judge exactly how the app works,⟧” Baptiste said.

A different picture emerges from a former member of Tallyroot’s product team, who spoke on condition of anonymity because she signed a nondisclosure agreement when she left the company last year.

“⟦former|Every quarter the number on the whiteboard was tip rate. Not users, not how many people came back. Tip rate,⟧” the former employee said.

She said designers had tested dozens of versions of the screen that appears before an advance is sent, including one that showed a cartoon of a tired delivery driver next to the tip buttons. “⟦former|We called it the guilt screen. After a while nobody laughed when they said it,⟧” she said.

Asked about that account, Castellane said the company tested many designs, as every app maker does, and had dropped the illustration within weeks. “⟦castellane|If we were optimizing for guilt, we were very bad at it. Most people still don’t tip,⟧” she said.

The filing drew quick reactions from advocates who have long argued that wage-advance apps are lightly regulated lenders. Hollis Drummond, who directs the Fair Paycheck Project, a workers’ advocacy group, tweeted within an hour of the filing: “⟦drummond|A $2 advance with a $9 ‘tip’ is an $11 advance. Glad somebody finally did the arithmetic.⟧”

Tamsin Achterberg, who follows consumer-finance startups for the research firm Greyline Partners, said the case could shape an industry that has grown far faster than the rules around it.

“⟦achterberg|Every company in this space has a tip button. If the commission wins here, all of them will be redesigning over the holidays,⟧” Achterberg said. “⟦achterberg|If it loses, you will see the tips get bigger.⟧”

Tallyroot has raised about $140 million from investors and says it expects to turn a profit next year. Castellane said the company would keep signing up employers while the case goes on.

“⟦castellane|The people who use this app are not confused about what two dollars is,⟧” she said. “⟦castellane|They are tired of being told they can’t be trusted with their own paycheck.⟧”

A hearing before the administrative judge has been set for February.
