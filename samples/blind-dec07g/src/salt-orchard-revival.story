note: A theatre review-feature in British style: curly single quotation marks as the outer marks, curly apostrophes (also inside quotes), double marks for a quote inside a quote, commas sometimes outside the closing mark. A director interviewed and carried by "she" across paragraphs, with a quote that runs over two paragraphs (the first left open) and a quote holding a line of the play in double marks (it belongs to the director's outer quote); lines of the play's dialogue quoted directly, tagged with a character ("Nell tells her father"): the source is the playwright, named in the story, who wrote the words (a character is not a source); the playwright's own words from a letter; the play's title in quotation marks (not a quote); a critic named, then "The Ledger's critic wrote", then "She" inside the director's next quote; an actor quoted once.
source: danvers
  kind: person
  name: Ilse Danvers
  aliases: Danvers
source: hale
  kind: person
  name: Oswin Hale
  aliases: Hale
source: lyle
  kind: person
  name: Hester Lyle
  aliases: The Ledger’s critic | Lyle
source: onwe
  kind: person
  name: Tobias Onwe
  aliases: Onwe
---
A family’s long silence, given room at last: ‘The Salt Orchard’ returns to Brackwater

BRACKWATER — Ilse Danvers has been living with ‘The Salt Orchard’ for the better part of a decade. She first directed Oswin Hale’s 1961 play in 2017, in a converted boathouse on the Brack estuary that seated 80 people on borrowed chairs. On Thursday her new production opened on the main stage of the Gannet Theatre, in front of a sold-out house of 640.

‘⟦danvers|I didn’t feel I’d finished with it⟧’, Danvers said in an interview at the theatre last week, during a break in rehearsals. ‘⟦danvers|The first time, I was frightened of the silences. I kept filling them with business – people pouring tea, people folding sheets. This time I wanted to leave them alone and see what they did.⟧’

The play is set on a failing apple farm on the estuary, in the year after a storm surge has soaked its soil with seawater. A widowed farmer, Amos Leddy, refuses to admit that his trees are dying; his daughter, Nell, has come home from the city to persuade him to sell. Neither will say the thing each most needs to say, and Hale makes his audience wait nearly two hours for it.

When it comes, it is a single line. ‘⟦hale|You planted salt and called it an orchard,⟧’ Nell tells her father in the final scene, and in this production Tobias Onwe, as Amos, does not answer for what feels like a full minute.

Amos has made his own case much earlier, in the first act, standing at the kitchen window: ‘⟦hale|A tree doesn’t know it’s dying. That’s the mercy in it.⟧’

Hale, a former schoolteacher from the estuary who wrote four plays and died in 1979, told his publisher in a letter that he had ‘⟦hale|never written a line of dialogue that somebody in my family hadn’t said to me first⟧’. The farm, his biographers agree, was his uncle’s.

Danvers said the line in the final scene had not always worked. ‘⟦danvers|In the boathouse, people laughed,⟧’ she said. ‘⟦danvers|Not unkindly. It was nerves. When Nell says “you planted salt”, they didn’t yet know whether they were allowed to feel anything.⟧’

She said the larger stage had forced her to rethink almost everything else about the production.

‘⟦danvers|In a room that small, an actor can turn away from the audience and still be heard breathing. Here, if Tobias turns his back, he vanishes. So we had to build the whole evening again, from the floor up.⟧

‘⟦danvers|What surprised me was that the silences got easier, not harder. Six hundred people being quiet together is a very different animal from eighty.⟧’

The 2017 production was not universally admired. The Ledger’s critic at the time, Hester Lyle, praised its performances but found its pace ‘⟦lyle|close to punishing⟧’. ‘⟦lyle|Ms Danvers appears to believe that a pause and a meaning are the same thing,⟧’ The Ledger’s critic wrote.

Danvers laughed when the review was read back to her. ‘⟦danvers|She wasn’t entirely wrong⟧’, she said. ‘⟦danvers|I pinned it above my desk, and it’s still there.⟧’

On Thursday, at least, the pauses were the evening’s great strength. Onwe, who also played Amos in the boathouse, has grown into the part: his Amos is less a stubborn old man than a frightened one, forever wiping his hands on his trousers as though the salt were on them. Marit Colley, new to the company, gives Nell a brittle brightness that cracks slowly, and then all at once, late in the second act. Hanne Kroll’s set, a single kitchen wall and a row of bare trunks that seem to lean a little further in every scene, does much of the work of the first hour without asking for attention.

There are flaws. The second act’s long scene with the land agent, a character Hale seems to have lost interest in halfway through writing him, still drags, and a new lighting cue that turns the orchard blue at each scene change tells the audience what to feel a moment before the actors do. But these are small complaints about a production that has the nerve to trust its quietest moments.

Speaking in the foyer after the performance, Onwe said the silence before Amos’s last reply was the hardest thing he had ever been asked to do on a stage. ‘⟦onwe|Ilse gave me permission to do nothing at all, which is the most frightening note an actor can get,⟧’ he said.

Asked whether she would come back to the play a third time, Danvers shook her head and smiled. ‘⟦danvers|Ask me in ten years,⟧’ she said.

‘The Salt Orchard’ runs at the Gannet Theatre until 14 March.
