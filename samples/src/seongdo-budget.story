note: One named official carries the story: Mayor Han Seo-yeon is quoted again and again as "Han", "she" and "the mayor", including in a quote that runs over two paragraphs. Her office also speaks, as an organization, through a written statement.
source: han
  kind: person
  name: Han Seo-yeon
  aliases: Mayor Han Seo-yeon | Mayor Han | Han | the mayor
source: mayor-office
  kind: organization
  name: the mayor's office
source: baek
  kind: person
  name: Baek Min-ho
  aliases: Councilor Baek Min-ho | Baek
source: finance-bureau
  kind: organization
  name: The city's finance bureau
  aliases: the finance bureau
source: traders
  kind: organization
  name: the Seongdo Market Traders' Association
  aliases: The association
---
Mayor Han vows "⟦han|no new taxes⟧" in Seongdo budget as bus fares rise

SEONGDO, South Korea (QW) — Mayor Han Seo-yeon presented a 14.2 trillion won budget for the port city of Seongdo on Monday, promising "⟦han|no new taxes, not one⟧" while raising bus and subway fares for the first time in eight years.

Han told the city council that the fare increase, of 150 won per ride, was needed to keep the transport company from running out of cash by the spring. She said the city would spend the extra revenue on 300 electric buses and on extending night services to the industrial districts.

"⟦han|I know that nobody likes paying more for the bus. I don't like it either,⟧" Han said. "⟦han|But the alternative is to cut routes, and when you cut a route, it is the night-shift worker and the student who walk home.⟧"

The mayor, a former labor lawyer who won office two years ago on a promise to clean up the city's finances, spoke for almost an hour. She devoted much of her speech to the city's debt, which the finance bureau put at 9.8 trillion won at the end of last year.

"⟦han|When I arrived at City Hall, I found a city that had been borrowing to pay for ribbon-cuttings. We built a stadium that is used twelve times a year and a cable car that nobody rides in winter.⟧

"⟦han|We will finish what is half built. We will not start anything new that we cannot pay for. That is the whole philosophy of this budget,⟧" she said.

The city's finance bureau said on Tuesday that interest payments would take 6 percent of spending next year, up from 4 percent in 2022.

Opposition councilors walked out before the end of the speech. Councilor Baek Min-ho, who leads the opposition group, said the fare rise broke a campaign promise. "⟦baek|She said 'no new burdens on working families.' A bus fare is a burden on working families,⟧" Baek told reporters.

Asked about Baek's criticism, Han did not back down. "⟦han|A fare is not a tax. And a bus that does not run is a much bigger burden,⟧" she said.

Later on Monday, a statement from the mayor's office said that students, pensioners and people with disabilities would be exempt from the increase, and that the fare would be "⟦mayor-office|frozen until at least 2028⟧" once it takes effect in March.

The budget also cuts spending on festivals and city marketing by a third. The Seongdo Market Traders' Association said the cuts would hurt small businesses that depend on visitors, particularly in the old harbor district. The association has asked to meet the mayor.

Han said: "⟦han|I will meet anyone. But I will not pay for fireworks with money we have to borrow.⟧"

The council is due to vote on the budget on Dec. 16. Han's Civic Renewal party holds 21 of the 40 seats, and Baek said his group would propose amendments restoring the festival funds.

The mayor said she was confident the budget would pass. "⟦han|People are tired of promises that end up on their children's bill,⟧" she said. "⟦han|This budget has no promises in it. Only numbers.⟧"
