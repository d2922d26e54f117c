note: Organizations do much of the talking here: a regulator, a company and its written statement. The headline quotes between single marks, the regulator's head speaks in a quote that runs over three paragraphs, and a hacker's nickname in quotation marks is not a quote.
source: lindqvist
  kind: person
  name: Maja Lindqvist
  aliases: Lindqvist | the authority's director general
source: authority
  kind: organization
  name: The Data Protection Authority
  aliases: the authority | the regulator | Sweden's data protection regulator
source: kortbo
  kind: organization
  name: Kortbo
  aliases: the company
source: engineer
  kind: anonymous
  name: a Kortbo engineer
  aliases: the engineer
  justified: yes
source: researcher
  kind: person
  name: Pedro Albarracín
  aliases: Albarracín
source: customers
  kind: anonymous
  name: Customers
  aliases: a nurse in Malmö
  justified: no
---
Regulator calls delivery app's data leak '⟦authority|a failure of basic care⟧'

STOCKHOLM (QW) — Sweden's data protection regulator on Thursday fined the food delivery app Kortbo 48 million crowns for a leak that exposed the home addresses and order histories of 1.3 million customers, calling it "⟦authority|a failure of basic care⟧" by a company that had been warned twice.

The Data Protection Authority said in its decision that Kortbo had left a database of customer records open to the internet for at least five months without a password, and had not told customers for another six weeks after learning of the problem.

"⟦lindqvist|This was not a sophisticated attack. Nobody needed to break a lock, because there was no lock,⟧" the authority's director general, Maja Lindqvist, told a news conference in Stockholm.

"⟦lindqvist|We wrote to the company in 2023 and again last spring about exactly this kind of storage. Both times we were told that the matter was in hand.⟧

"⟦lindqvist|What we found was a list of people's front doors, and what they ordered, and at what time of night, open to anyone who knew where to look.⟧

"⟦lindqvist|That is not a technical detail. For some of those customers, it is a question of safety,⟧" Lindqvist said.

The leak came to light in March, when a security researcher who goes by the online name "Nightjar" posted a sample of the records on a hacking forum. The regulator said there was no evidence that the full database had been sold, but that it could not rule it out.

Kortbo said in a statement that it "⟦kortbo|deeply regrets⟧" the incident and would appeal the size of the fine, which it described as disproportionate for a company that had not yet made a profit. The company said the database had been a copy made for testing and that it had been deleted as soon as the problem was found.

A Kortbo engineer, who spoke on condition of anonymity because employees have been told not to discuss the case, said the test copy had been flagged as a risk in an internal review in 2023. "⟦engineer|Everybody knew it was there. It was on a list of things to fix after the launch in Norway,⟧" the engineer said.

Pedro Albarracín, who teaches computer security at a university in Gothenburg, said such leaks were common at fast-growing start-ups. "⟦researcher|Security is the first thing that gets pushed to next quarter, and next quarter never comes,⟧" he said.

Customers reached by telephone on Thursday said they had received no email from the company about the leak. "⟦customers|I found out from the news that a stranger could see my address, and that I order pizza at two in the morning,⟧" said one, a nurse in Malmö who works night shifts.

The authority said it had received more than 4,100 complaints, the largest number for a single case since the European Union's data rules took effect in 2018.

Kortbo has 30 days to appeal.
