note: A tech outage wire story in straight marks. The company's status page as a body ("the company said on its status page", then "the company said"); a named engineer's blog post ("wrote in a blog post"), carried by "he"; two customers on social media, one named (a person) and one known only by a handle ("a user posting as @..."; the story withholds any name without a reason: anonymous, unjustified), the second with a quote split around "the user wrote"; "a person familiar with the matter, who asked not to be named" (a bare request: unjustified), then "the person said"; an analyst described by firm first and named in the same sentence; numbers with thousands commas.
source: tallyline
  kind: organization
  name: Tallyline
  aliases: the company
source: brannigan
  kind: person
  name: Oskar Brannigan
  aliases: Brannigan | Tallyline's head of site reliability
source: adeyemi
  kind: person
  name: Grace Adeyemi
  aliases: Adeyemi
source: handle
  kind: anonymous
  name: a user posting as @crumb_and_ledger
  aliases: @crumb_and_ledger | The user
  justified: no
source: familiar
  kind: anonymous
  name: a person familiar with the matter
  aliases: the person
  justified: no
source: lindqvist
  kind: person
  name: Marta Lindqvist
  aliases: Lindqvist
---
Tallyline payments outage leaves thousands of shops unable to take cards

SAN MARETO (Wire) — Card payments through Tallyline, a payments processor used by small retailers and restaurants, failed for more than six hours on Tuesday, leaving thousands of merchants unable to take anything but cash during the lunch and evening rush.

The outage began at about 11:40 a.m. Pacific time, when card readers connected to Tallyline's service started returning errors, and was not fully resolved until shortly after 6 p.m., according to timestamps on the company's public status page. Tallyline says it processes payments for about 214,000 merchants in North America.

"⟦tallyline|We are aware of elevated error rates affecting card-present transactions and are actively investigating,⟧" the company said on its status page at 11:52 a.m. About two hours later it posted an update: "⟦tallyline|We have identified a configuration change that is contributing to the issue and are working to roll it back.⟧"

By 6:14 p.m., the company said that payments were "⟦tallyline|processing normally for all merchants⟧" and that it would publish a full account of what had gone wrong.

Tallyline's head of site reliability, Oskar Brannigan, did so sooner than expected. Late on Tuesday night he wrote in a blog post that a routine update to the system that routes transactions between card readers and banks had been pushed to every region at once, instead of to a small group of merchants first, as the company's procedures require.

"⟦brannigan|That is on us, and specifically on a safeguard that should have stopped this and didn't,⟧" Brannigan wrote. "⟦brannigan|The change itself was small. The decision to send it everywhere at the same time was the mistake.⟧"

He wrote that about 1,870,000 transactions had failed during the outage and that an unknown number of customers had simply walked away without paying. "⟦brannigan|We owe our merchants more than an apology, and we will say exactly what that means by the end of the week,⟧" he wrote.

For many shop owners, the afternoon was spent turning customers away or writing down card numbers by hand.

Grace Adeyemi, who runs a bakery and coffee shop in the Eastline district, posted a photograph of a handwritten sign taped to her register. "⟦adeyemi|Cash only until Tallyline wakes up. Six hours and counting, and not one email from them,⟧" Adeyemi wrote on social media shortly after 4 p.m.

In an interview on Wednesday, Adeyemi said she had lost about $1,300 in sales, roughly a third of a normal Tuesday. "⟦adeyemi|I don't need them to be perfect,⟧" she said. "⟦adeyemi|I need them to tell me what is going on while it's going on.⟧"

Other complaints were sharper. "⟦handle|Half my tables walked out,⟧" a user posting as @crumb_and_ledger wrote, attaching a screenshot of an error message. "⟦handle|Their status page said 'investigating' for three hours. I could have investigated it faster myself.⟧"

The user, whose profile describes a restaurant in the Pell Harbor area, did not respond to a message asking for comment.

The failed update had been scheduled for the following week and was moved forward to fix an unrelated billing error, according to a person familiar with the matter, who asked not to be named.

"⟦familiar|There was pressure to get the billing fix out before the end of the quarter, and the normal staged rollout got skipped,⟧" the person said. "⟦familiar|Nobody thought a change that small could take everything down.⟧"

Tallyline declined to comment on how the update's schedule had been set, referring questions to Brannigan's post.

The outage is the second at Tallyline this year. In May, a shorter failure lasting about 45 minutes affected roughly 30,000 merchants on the West Coast.

An analyst at Corbin & Lowe Securities, Marta Lindqvist, said the timing could hardly be worse for the company, which has been trying to win larger restaurant chains away from bigger rivals.

"⟦lindqvist|Small merchants forgive an outage once,⟧" Lindqvist said. "⟦lindqvist|Twice in a year, with a six-hour gap and no proactive communication, starts to look like a pattern, and a chain with 400 locations is going to ask hard questions about that.⟧"

She estimated that merchants lost between $9,000,000 and $14,000,000 in sales during the outage, based on Tallyline's reported average transaction volume, though she said the figure was "⟦lindqvist|a rough range, not a count.⟧"

Tallyline, which is privately held, was valued at about $3.2 billion in a funding round last year. It has said it plans to credit affected merchants for a full month of processing fees, and Brannigan wrote that the company would begin notifying merchants "⟦brannigan|the moment anything looks wrong, not the moment we understand it.⟧"
