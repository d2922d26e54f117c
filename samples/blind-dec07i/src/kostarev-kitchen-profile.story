note: A profile of a restaurant owner in curly marks and curly apostrophes. The subject quoted across many paragraphs, three times in untagged quote paragraphs right after narration about her, once in a quote that runs over two paragraphs (the first left open), and once with a quote inside the quote in single marks (it belongs to the outer quote); her sister and her son named in full once, then by first name; a food critic's review from 2009 quoted (partial quotes, "the critic wrote"); kitchen staff who asked that their names not be used because they feared losing their jobs (justified anonymous), then "one of them".
source: kostarev
  kind: person
  name: Nadia Kostarev
  aliases: Kostarev
source: irina
  kind: person
  name: Irina Kostarev
  aliases: Irina | her younger sister
source: pavel
  kind: person
  name: Pavel Kostarev
  aliases: Pavel | Her son
source: ashgrove
  kind: person
  name: Simon Ashgrove
  aliases: Ashgrove | the critic
source: staff
  kind: anonymous
  name: Two members of the kitchen staff
  aliases: one of them
  justified: yes
---
Thirty years at the stove, and Nadia Kostarev still tastes every pot

OSTENPORT — At a quarter past six on a Wednesday morning, the kitchen at Vesna is already hot, and Nadia Kostarev is standing over a stockpot the size of a small barrel, lifting the lid with a folded towel.

She tastes from a wooden spoon, frowns, and turns toward the two young cooks chopping onions at the far bench.

“⟦kostarev|Who salted this? Nobody? Then it salted itself, and it did a bad job.⟧”

The cooks look at each other. Kostarev, 61, adds a pinch from a clay jar she has carried from kitchen to kitchen since 1994, stirs, tastes again and nods.

Vesna, a 46-seat dining room in a former chandler’s shop on Quay Street, has been open for 30 years this month. In that time it has outlasted two recessions, a flood that put a meter of harbor water in the dining room and, Kostarev says, at least nine restaurants that opened across the street to compete with it.

“⟦kostarev|When we opened, we had eleven tables and one oven that worked only if you kicked the door,⟧” she said later, sitting at a corner table with a glass of tea. “⟦kostarev|The first winter I slept in the dry store twice, because the snow closed the road and I was not going to lose the bread.⟧

“⟦kostarev|Every night that winter I thought it was the last night. Then it was spring, and we were still here, and I stopped counting.⟧”

She came to Ostenport at 29 from a village in the hill country with her younger sister, Irina Kostarev, who still keeps the restaurant’s books in a ledger in the back office. The recipes, she says, are her grandmother’s, changed only as much as the local fish and vegetables demanded.

“⟦kostarev|My grandmother used to say, ‘Salt is an argument, not a decision,’ and I did not understand her until I was forty,⟧” Kostarev said. “⟦kostarev|You argue with the pot. You do not win on the first try.⟧”

Irina, 57, remembers the early years less fondly. “⟦irina|She cooked and I worried. That was the division of labor,⟧” Irina said. “⟦irina|For the first three years I paid the fish man in cash on Fridays and prayed on Saturdays.⟧”

The turn came in 2009, when the critic Simon Ashgrove reviewed Vesna for the Ostenport Courier. He described the braised beef cheek as “⟦ashgrove|the kind of dish a city should protect by law⟧” and the dining room as “⟦ashgrove|plain to the point of stubbornness, which is the point.⟧”

“⟦ashgrove|Go before everyone else does,⟧” the critic wrote at the end. Within a month, Irina said, the waiting list for Saturday tables ran to six weeks.

Kostarev keeps a yellowed copy of the review pinned above the pass, next to a health certificate and a child’s drawing of a fish. Asked why, she shrugged.

“⟦kostarev|To remind me that one man liked it once. It does not mean he would like it tomorrow.⟧”

Her son, Pavel Kostarev, 26, now runs the dining room and has been pressing his mother to let him add a second seating on weekends and take bookings online. She has so far agreed to the website.

“⟦pavel|She thinks the internet is a place where people go to complain about soup,⟧” Pavel said, “⟦pavel|and to be fair, she is not entirely wrong.⟧”

The kitchen she runs is not an easy place to work, by the account of people who have worked in it. Two members of the kitchen staff, who asked that their names not be used because they feared losing their jobs, said shifts of 13 hours were routine in the summer months and that Kostarev could be harsh with cooks who made the same mistake twice.

“⟦staff|She is fair, but she does not forget anything,⟧” one of them said. “⟦staff|You can burn the bread once. The second time, everyone in the building hears about it.⟧”

Both said they were paid above the going rate in the city and that no one had been fired in the past two years.

Told what they had said, Kostarev was quiet for a moment. “⟦kostarev|The hours are too long. I know this. My grandmother’s kitchen was not a good place to work either, and I should have learned more from that than I did,⟧” she said. “⟦kostarev|Pavel wants a second seating. Maybe what we need first is a third cook.⟧”

Just before noon, the first lunch orders come through the window. Kostarev takes her place at the pass, reading the tickets aloud in the flat voice she uses for everything from fish orders to compliments.

“⟦kostarev|Two beef, one perch, one soup. Soup is ready when I say it is ready.⟧”

It was, a few seconds later, when she said it was.
