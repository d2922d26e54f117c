note: Almost every quoted word here comes from people the story does not name. Only some of them get a reason for their anonymity ("no authority to discuss the negotiations in public", "not authorized to speak publicly"); "declined to be named" says that a name is withheld, not why.
source: two-people
  kind: anonymous
  name: two people familiar with the talks
  aliases: The two | one of them
  justified: yes
source: western-diplomats
  kind: anonymous
  name: Western diplomats
  aliases: one diplomat | The diplomat
  justified: no
source: rebel-spokeswoman
  kind: anonymous
  name: a rebel spokeswoman who was not named
  justified: no
source: senior-official
  kind: anonymous
  name: A senior Marenian official
  aliases: The official
  justified: no
source: delegation-member
  kind: anonymous
  name: a member of the government delegation
  justified: yes
source: bashandi
  kind: person
  name: Tarek Bashandi
  aliases: Bashandi | the rebels’ chief negotiator
source: norway-ministry
  kind: organization
  name: The Norwegian Foreign Ministry
  aliases: the ministry
source: mediator-sources
  kind: anonymous
  name: sources close to the mediators
  aliases: one of those sources
  justified: no
source: front
  kind: organization
  name: Northern Valleys Front
  aliases: the Front
source: government
  kind: organization
  name: The government
---
Marenia foes near prisoner swap in Geneva talks, sources say

GENEVA (QW) — Government and rebel negotiators meeting in Geneva have agreed in principle to exchange about 400 prisoners captured during Marenia’s three-year civil war, two people familiar with the talks said on Sunday, in what would be the first concrete result of the Norwegian-backed process.

The two, who asked for anonymity because they had no authority to discuss the negotiations in public, said the first releases could begin “⟦two-people|within ten days⟧” once both sides approved lists of names. “⟦two-people|The principle is settled. What remains is the arithmetic of who goes home and who waits,⟧” one of them said.

Western diplomats in Geneva described the mood as businesslike but fragile. “⟦western-diplomats|Nobody is hugging anybody,⟧” one diplomat said. “⟦western-diplomats|But they sit in the same room for eight hours a day, and a year ago that was unthinkable.⟧”

The diplomat added that the Norwegian mediators had kept the delegations away from the press since Thursday, when a leaked draft caused a walkout.

The rebels’ Northern Valleys Front has for months demanded the release of several hundred men held in the government’s Karst prison, whom it describes as political detainees. The government says most of them are fighters captured in combat.

In a short message sent to journalists on Sunday evening, a rebel spokeswoman who was not named said the Front would “⟦rebel-spokeswoman|not accept a list written in Kelvara alone,⟧” a reference to the Marenian capital.

Tarek Bashandi, the rebels’ chief negotiator, left the talks on Saturday without speaking to reporters. In a video posted later, he accused the government of stalling. “⟦bashandi|Every day they delay, mothers wait at the prison gate. We have given them our list. Where is theirs?⟧”

The government delegation was more guarded. A senior Marenian official said the talks were “⟦senior-official|moving in the right direction⟧” but warned that nothing was agreed until everything was agreed. The official, who declined to be named, would not say how many names were on the government’s list.

“⟦senior-official|We are not going to negotiate through television,⟧” the official said.

But a member of the government delegation, who asked not to be named because he was not authorized to speak publicly about the talks, said the two lists were “⟦delegation-member|closer than anyone expected⟧” and differed mainly over about 60 officers.

“⟦delegation-member|The officers are the hard part. Each side thinks the other’s officers are worth ten of its own,⟧” he said.

The Norwegian Foreign Ministry said in a statement that it “⟦norway-ministry|welcomed the constructive spirit shown by both delegations⟧” and that it was ready to host a further round in Oslo. The ministry did not comment on the prisoner lists.

Sources close to the mediators said the next and harder step would be a deal on reopening the roads between the northern valleys and the coast, which have been closed to civilian traffic since 2022.

“⟦mediator-sources|If the exchange works, the roads are next. If it fails, there is no next,⟧” said one of those sources.

The talks are scheduled to resume on Tuesday.
