note: A press conference with three named reporters: each reporter's tagged question starts a new pair, and the reporter and the mayor then alternate without tags; after a paragraph of narration an untagged quote is still the mayor's (not the next turn); a question opens a paragraph after the narration that names the reporter; a transport authority's statement and a council spokesman are quoted with tags, and a headline quote is the mayor's.
source: varnes
  kind: person
  name: Helga Varnes
  aliases: Mayor Helga Varnes | Varnes | the mayor
source: erlich
  kind: person
  name: Tomas Erlich
  aliases: Erlich
source: kloet
  kind: person
  name: Sanne Kloet
  aliases: Kloet | Sanne
source: amaro
  kind: person
  name: Felix Amaro
  aliases: Amaro
source: authority
  kind: organization
  name: The regional transport authority
  aliases: the authority | the statement
source: ubbel
  kind: person
  name: Jens Ubbel
  aliases: Council spokesman Jens Ubbel | Ubbel
---
Mayor faces reporters over bus fare rise, promises "⟦varnes|no more surprises⟧"

LINDBY (QW) — Mayor Helga Varnes spent most of a 40-minute press conference on Monday defending a 15 percent rise in bus fares that took effect at the weekend, conceding that the city had told passengers "⟦varnes|far too late⟧" but refusing to reverse it.

The rise, the first in six years, was approved by the council in a late-night vote in September and announced to passengers on posters at bus stops three days before it began.

Tomas Erlich of the Lindby Courier opened the questions. "⟦erlich|Why did passengers find out from a poster?⟧" he asked.

"⟦varnes|They should not have, and I apologise for that,⟧" Varnes said. "⟦varnes|The notice went out late. That is on us.⟧"

"⟦erlich|Will anyone lose their job over it?⟧"

"⟦varnes|No. Someone will lose their weekend, because we are rewriting the whole procedure.⟧"

"⟦erlich|And the fare itself?⟧"

"⟦varnes|The fare stays. The buses cost what they cost.⟧"

Sanne Kloet of Radio Nord asked whether the council had considered a cheaper fare for pensioners, as two neighbouring towns had done.

"⟦varnes|We looked at it,⟧" Varnes replied. "⟦varnes|It would cost us about 900,000 crowns a year.⟧"

"⟦kloet|Which is less than the council spent on the new town hall lobby.⟧"

"⟦varnes|The lobby was paid for out of a different budget, and you know that, Sanne.⟧"

"⟦kloet|Pensioners don't ride in the lobby.⟧"

The mayor laughed, then paused and looked down at her notes.

"⟦varnes|We will look at pensioners again in the spring budget. I am not promising anything today.⟧"

Felix Amaro of the Weekly Harbinger asked about the regional transport authority, which runs the buses under contract and had said the rise was needed to avoid cutting evening routes.

"⟦amaro|Did the authority ask for 15 percent, or did the city?⟧"

"⟦varnes|The authority asked for 18. We agreed to 15,⟧" Varnes said.

"⟦amaro|So the city bargained it down.⟧"

"⟦varnes|The city did its job.⟧"

The regional transport authority said in a written statement that without the increase it would have had to end all services after 9 p.m. on four routes. "⟦authority|The fare covers less than half the cost of each journey,⟧" the statement said.

Council spokesman Jens Ubbel said after the press conference that the mayor would meet passenger groups next week. "⟦ubbel|She wants to hear it from them directly, not from us,⟧" Ubbel said.

Varnes closed by promising that any future change to fares would be announced at least a month in advance. "⟦varnes|No more surprises,⟧" she said. "⟦varnes|Not on fares, not on routes, not on anything.⟧"
