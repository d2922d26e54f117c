note: A business and tech story in straight marks. The chief executive is quoted from posts on a social network ("wrote on X", "she posted") and carried by "she"; the company speaks as a body through a regulatory filing ("The company said in a filing", then "The filing said"); an analyst is named with her firm; two people familiar with the matter are anonymous and justified ("spoke on condition of anonymity because the talks were private"), later "one of the people said"; the other company speaks through a statement as a body ("In a brief statement, it said", then "Tellwright's statement said"); a product name in quotation marks is not a quote.
source: ebbe
  kind: person
  name: Marisol Ebbe
  aliases: Corvane's chief executive, Marisol Ebbe | Ebbe
source: corvane
  kind: organization
  name: Corvane Energy
  aliases: Corvane | The company | The filing
source: sandoval
  kind: person
  name: Priya Sandoval
  aliases: Sandoval | an analyst at Westmarch Securities
source: people
  kind: anonymous
  name: two people familiar with the matter
  aliases: the people | one of the people
  justified: yes
source: tellwright
  kind: organization
  name: Tellwright Power Systems
  aliases: Tellwright | Tellwright's statement
---
Home-battery maker Corvane in talks to buy rival Tellwright, chief executive confirms online

Corvane Energy, the maker of wall-mounted home batteries, is in talks to buy its smaller rival Tellwright Power Systems, the company's chief executive confirmed in the early hours of Monday, days after reports of the negotiations sent both companies' shares swinging.

The confirmation came not in a news release but in a series of late-night posts on X by Corvane's chief executive, Marisol Ebbe.

"⟦ebbe|Yes, we are talking to Tellwright. No, nothing is signed,⟧" Ebbe wrote on X. "⟦ebbe|I'd rather you hear it from me than from a rumor.⟧"

In a second post an hour later, she said that any deal would keep Tellwright's factory in Greyholm open and that none of its 1,300 employees would lose their jobs in the first two years. "⟦ebbe|We are buying engineers, not buildings,⟧" she posted.

Corvane made the talks official on Monday morning. The company said in a filing with securities regulators that it was in "⟦corvane|preliminary discussions regarding a potential business combination⟧" with Tellwright and that there was "⟦corvane|no assurance that any transaction will be agreed or completed.⟧" The filing said the company would not comment further until a definitive agreement was signed or the talks ended.

Corvane shares rose 6 percent on Monday, to $41.20, while Tellwright's jumped 19 percent. Together the two companies sell roughly one in four home batteries installed in the country.

Two people familiar with the matter said the companies were discussing a deal in cash and stock that would value Tellwright at about $2.4 billion, including debt. They spoke on condition of anonymity because the talks were private.

The main sticking point is Tellwright's contract with a cell supplier in Korvia, which runs until 2031 and which Corvane would like to end early, the people said. "⟦people|Everything else is basically done,⟧" one of the people said. "⟦people|It's a very expensive piece of paper.⟧"

The talks could still collapse, the people said, and a deal was unlikely to be announced before the end of January.

Ebbe, who founded Corvane in a rented garage in 2014, is known for announcing company news on social media before her own press office does. Last year she revealed the price of the company's newest battery, the "Hearth 3," in a reply to a customer complaining about delivery times, a post that regulators later asked the company about.

Priya Sandoval, an analyst at Westmarch Securities who covers both companies, said the deal made sense on paper. Corvane has struggled to make batteries fast enough to meet demand, and Tellwright has spare factory capacity but has lost money in six of the last eight quarters.

"⟦sandoval|Corvane has the brand and the customers. Tellwright has the factory floor,⟧" Sandoval said. "⟦sandoval|It's the most obvious merger in the industry, which is probably why it has taken so long.⟧"

She said she was more cautious about how the news had come out. "⟦sandoval|A chief executive confirming talks on X at midnight is not how a disciplined board likes to run a sale process,⟧" she said. "⟦sandoval|I'd be surprised if the lawyers were thrilled.⟧"

Tellwright did not make an executive available for an interview. In a brief statement, it said its board "⟦tellwright|regularly reviews strategic options to maximize value for shareholders⟧" and did not comment on market speculation.

"⟦tellwright|Our focus remains on serving our customers and installers,⟧" Tellwright's statement said.

Any deal would probably face a review by competition authorities, who blocked a smaller merger in the home-energy market two years ago. Ebbe addressed that too, in a third post on Monday afternoon.

"⟦ebbe|To the people asking: yes, we have thought about the regulators,⟧" she wrote. "⟦ebbe|We think more batteries on more walls is good for everyone. We'll make that case.⟧"
