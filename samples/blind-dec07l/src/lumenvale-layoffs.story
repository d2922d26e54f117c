note: Tech layoffs, straight marks and straight apostrophes. The chief executive's memo quoted through "Olumide wrote" and "he wrote", including a quote running over two paragraphs and a last quote after a paraphrase naming him; the company's regulatory filing as a body (partial quote); a company spokeswoman named and carried by "she"; a laid-off engineer who spoke on condition of anonymity with a stated reason (justified), then "the engineer said"; a manager who "asked to remain anonymous" (no reason: unjustified), then "she said"; a handwritten sign (no source); an analyst named and carried by "he", with a quote split around its tag and an untagged quote paragraph.
source: olumide
  kind: person
  name: Gareth Olumide
  aliases: Olumide | the chief executive
source: lumenvale
  kind: organization
  name: Lumenvale
  aliases: the company
source: haddadin
  kind: person
  name: Noor Haddadin
  aliases: Haddadin | a spokeswoman for the company
source: engineer
  kind: anonymous
  name: An engineer on the payroll team who was laid off
  aliases: the engineer
  justified: yes
source: manager
  kind: anonymous
  name: A manager in the company's support division
  justified: no
source: renholm
  kind: person
  name: Tobias Renholm
  aliases: Renholm
---
Lumenvale to cut 1,800 jobs as it shifts spending to AI data centers

PORT ASHBY (Wire) — Lumenvale, the workplace-software company, said on Tuesday that it would lay off about 1,800 employees, roughly 14 percent of its work force, as it moves money out of its older products and into the data centers it needs to run artificial-intelligence tools.

The cuts, the company's third round in two years and by far its largest, will fall mostly on sales, customer support and the teams that maintain its older scheduling and payroll software, according to a memo that the chief executive, Gareth Olumide, sent to employees early Tuesday.

"⟦olumide|This is the hardest message I have had to write since we started this company in a spare bedroom,⟧" Olumide wrote. "⟦olumide|I want to be direct about what is happening and why.⟧"

"⟦olumide|The way our customers use software is changing faster than at any time in our history. The tools they will pay for in three years are not the tools that pay our bills today, and if we keep spending as though they were, we will not be here in three years to build them.⟧

"⟦olumide|That means we are asking some of the most talented people I have worked with to leave. That is my decision, and I own it.⟧"

Laid-off workers will receive 16 weeks of base pay plus one week for each year of service, and health coverage through the end of June, Olumide wrote. He said departing employees could keep their company laptops.

In a filing with securities regulators on Tuesday, Lumenvale said it expected to record charges of $210 million to $240 million, mostly for severance, and that the restructuring would be "⟦lumenvale|substantially complete⟧" by the end of its fiscal year in March.

Shares of Lumenvale rose 6 percent in early trading and closed up 3.8 percent.

Noor Haddadin, a spokeswoman for the company, said the cuts would not touch the engineering teams working on new products, and that the company planned to hire about 400 people over the next year, most of them in data-center operations and machine learning.

"⟦haddadin|We are going to be a smaller company for a while and then, we think, a bigger one,⟧" Haddadin said. "⟦haddadin|Nobody here is pretending this is a good day.⟧" She declined to say how many of the 1,800 positions were outside the country.

For many employees the news arrived abruptly. Those whose jobs were eliminated lost access to internal systems within an hour of the memo, according to several workers who posted about it online.

An engineer on the payroll team who was laid off, and who spoke on condition of anonymity because the severance agreement bars departing staff from discussing the company, said he learned his job was gone when his badge stopped working at the door of the Port Ashby office.

"⟦engineer|I stood there swiping it three times like an idiot,⟧" the engineer said. "⟦engineer|A security guard I've said good morning to for six years had to walk me back to my car.⟧"

He said the memo's talk of the future rang hollow on his floor, where the teams had spent years keeping the payroll product running for customers who still depend on it.

A manager in the company's support division, who asked to remain anonymous, said she had been told on Monday evening which members of her team would be cut and had been instructed not to tell them. "⟦manager|I went home and didn't sleep,⟧" she said. "⟦manager|This morning I watched their names go gray in the chat, one after another.⟧"

On a desk on the fourth floor of the Port Ashby office, according to a photograph shared widely on social media, a departing worker had left a handwritten sign: "⟦-|Gone to build the future. Back never.⟧"

Tobias Renholm, an analyst who follows the company for Greyfield Securities, said investors had been pressing Lumenvale for more than a year to cut costs in its older businesses, whose revenue has been flat since 2023.

"⟦renholm|The market has been telling them, in the plainest way it can, that it will pay for growth and punish maintenance,⟧" Renholm said. "⟦renholm|Today they listened.⟧"

He said the bigger risk was that customers of the older software would notice the thinner support teams. "⟦renholm|You can lay off the people who answer the phones,⟧" he said, "⟦renholm|but the phones keep ringing.⟧"

"⟦renholm|Some of those customers have been with Lumenvale for fifteen years. They will not all stay.⟧"

Olumide ended his memo with a note to those who were leaving. "⟦olumide|Thank you. You built the company that the rest of us will now try to deserve,⟧" he wrote.
