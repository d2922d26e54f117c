note: A quarterly-results story in straight marks. The chief executive named on a call with analysts ("told analysts on a conference call") and carried by "she", including a quote that runs over two paragraphs (the first paragraph left open); the finance chief named once; an analyst at a named bank, whose stock rating in quotation marks ("hold") is a label, not a quote; the company's statement as a body ("the company said", "the statement said"); a dispatcher who spoke on condition of anonymity with a stated reason (justified anonymous), then "the dispatcher said"; figures with thousands commas and percentages.
source: haldane
  kind: person
  name: Corinne Haldane
  aliases: Haldane | Chief Executive Corinne Haldane
source: saltonstall
  kind: person
  name: Arvind Saltonstall
  aliases: Chief Financial Officer Arvind Saltonstall | Saltonstall
source: renwick
  kind: person
  name: Tobias Renwick
  aliases: Renwick | an analyst at Calloway Sterne Securities
source: brannock
  kind: organization
  name: Brannock Freight Systems
  aliases: Brannock | the company | the statement
source: dispatcher
  kind: anonymous
  name: A dispatcher at the company's largest terminal, in Orrin Falls
  aliases: the dispatcher
  justified: yes
---
Brannock Freight profit falls 18% as retailers hold back shipments

HALSTED (Wire) — Brannock Freight Systems, the largest trucking and warehousing company in the Merrow Valley, said on Thursday that its third-quarter profit fell 18 percent as retailers cut orders ahead of the holiday season, and it lowered its earnings forecast for the full year for the second time since July.

The company earned $41.3 million, or 87 cents a share, in the three months to Sept. 30, down from $50.4 million, or $1.06 a share, a year earlier. Revenue slipped 6.2 percent to $1.28 billion. Analysts had expected earnings of 98 cents a share on revenue of $1.33 billion.

Brannock handled 412,600 shipments in the quarter, down from 447,900 a year earlier, and its trucks drove about 9,310,000 fewer loaded kilometers. Its warehouses were 81.5 percent full, against 88 percent in the same quarter of last year.

"⟦haldane|The quarter was harder than we planned for, and I'm not going to dress it up,⟧" Chief Executive Corinne Haldane told analysts on a conference call. "⟦haldane|Our customers are sitting on goods they bought in the spring, and until they sell them, they are not going to ship as much.⟧"

Haldane said the company would keep its fleet of about 6,400 trucks largely intact rather than sell equipment at low prices to raise cash.

"⟦haldane|We have been through three of these cycles in the last fifteen years, and every time, the companies that sold trucks at the bottom were renting them back at the top,⟧" she said. "⟦haldane|We are not going to make that mistake.⟧

"⟦haldane|What we are going to do is slow hiring, delay two of the four warehouses we planned to open next year, and take about $30 million out of overhead by the end of the first quarter. None of that is painless, but all of it can be undone when the freight comes back.⟧"

Brannock now expects full-year earnings of $3.40 to $3.55 a share, down from its earlier range of $3.90 to $4.10. Its shares fell 7.4 percent to $38.15 in afternoon trading in Halsted, their lowest level in more than two years.

Chief Financial Officer Arvind Saltonstall said prices had held up better than volumes, with the average revenue per shipment rising 2.1 percent. "⟦saltonstall|Our customers are shipping less, but they are not asking us to haul it for nothing,⟧" he said. "⟦saltonstall|That tells me the market is tired, not broken.⟧"

Tobias Renwick, an analyst at Calloway Sterne Securities, said the cost cuts were sensible but would not be enough on their own to lift the stock.

"⟦renwick|Brannock is doing the right things, but the right things don't move a share price,⟧" Renwick said. "⟦renwick|The real question is whether the spring recovery she's describing shows up, and right now I don't see it in the order books.⟧"

Renwick, who rates the stock "hold," said he expected freight volumes across the valley to stay weak until at least March. He said two other large carriers had reported similar declines in recent weeks.

In a statement released before the call, the company said its finances remained sound. "⟦brannock|Brannock carries less debt today than at any point in the past decade, and we have the cash to see this cycle through,⟧" the statement said. The company said it would keep its quarterly dividend at 24 cents a share.

"⟦brannock|The board has no plans to change the dividend,⟧" the company said.

Asked on the call about jobs, Haldane said the company had no plans to lay off any of its roughly 7,900 drivers. "⟦haldane|I'd be lying to you if I said every office job in this company is safe,⟧" she said. "⟦haldane|But the people who drive our trucks are the last people we will ask to pay for a slow quarter.⟧"

At Brannock's largest terminal, some workers said the slowdown had already reached them. A dispatcher at the company's largest terminal, in Orrin Falls, who spoke on condition of anonymity because employees are not permitted to talk to reporters, said drivers there had been sent home early several days a week since August.

"⟦dispatcher|We've got guys sitting in the yard by noon with nothing to haul,⟧" the dispatcher said. "⟦dispatcher|Everybody's waiting to hear whether the cuts are coming, and nobody upstairs will say.⟧"

Brannock, founded in 1961 as a two-truck hauler of farm produce, employs about 14,200 people in 11 states. It will report fourth-quarter results in February.
