note: Two people argue on a quay, quoted turn by turn: after two tagged turns they alternate without tags, starting with a statement; then one speaker talks on, and an untagged quote after a paragraph of narration about him is still his, as is an untagged answer after "he was asked"; a chant with no source, a company and the police as bodies, and a woman who gives only her first name with no reason (anonymous, not justified).
source: engen
  kind: person
  name: Halvard Engen
  aliases: Engen | Halvard
source: solheim
  kind: person
  name: Beatrix Solheim
  aliases: Solheim
source: company
  kind: organization
  name: Nordsund Ferries
  aliases: The company
source: police
  kind: organization
  name: Police
source: vera
  kind: anonymous
  name: a nurse who gave her name only as Vera
  aliases: Vera | a nurse
  justified: no
---
Union and ferry company argue on the quay as crossings halt for a second day

NORDSUND (QW) — Ferries between Nordsund and the island of Ulvøy stood idle for a second day on Friday as crew members walked out over rosters, and the two sides took their dispute to the quay itself, arguing in front of stranded passengers for most of the morning.

Halvard Engen, the crews' shop steward, and Beatrix Solheim, operations director of Nordsund Ferries, met by the ticket office shortly after 8 a.m., when the first crossing of the day should have left.

"⟦engen|Your captains are working fourteen-hour days,⟧" Engen told her. "⟦engen|That is not a roster, that is an endurance test.⟧"

"⟦solheim|Every roster we run is inside the legal limits,⟧" Solheim said.

"⟦engen|Inside the limits on paper.⟧"

"⟦solheim|On paper is where the law is written, Halvard.⟧"

"⟦engen|Then come and sit on the bridge at two in the morning and tell me about paper.⟧"

"⟦solheim|I have sat on that bridge. I started on these boats as a deckhand.⟧"

"⟦engen|Then you know.⟧"

The two spoke past each other for several more minutes before Solheim walked back into the office. Around 60 crew members and supporters gathered by the gangway, chanting "⟦-|No crew, no crossing!⟧"

Engen stayed on the quay to talk to passengers.

"⟦engen|Nobody here wants to strand you,⟧" he told a woman with a pushchair. "⟦engen|We want the boats to be safe when you are on them.⟧"

He pointed to the vessel moored behind him.

"⟦engen|That ship has had three crews in a week. Ask yourself who is steering it.⟧"

Nordsund Ferries said in a statement that it had offered to hire four more deck officers from January and called the strike "⟦company|unnecessary and disproportionate.⟧" The company said 1,400 passengers had been affected on Thursday alone.

Police said the gathering on the quay had been peaceful and that no arrests had been made.

Among those stranded was a nurse who gave her name only as Vera and said she had missed two shifts at the island's care home. "⟦vera|The old people over there don't know what a roster is,⟧" she said. "⟦vera|They know who didn't come.⟧"

Solheim returned to the quay just before noon and spoke briefly to reporters. "⟦solheim|We will meet the union on Monday, with a mediator, and I expect the boats to sail by Tuesday,⟧" she said.

Engen was asked whether the crews would accept a mediator's proposal.

"⟦engen|If the offer is real, yes. If it is another brochure, no.⟧"

The last strike on the route, in 2021, lasted nine days and ended with an agreement on overtime pay that was meant to settle the matter for a generation.
