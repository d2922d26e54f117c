note: An obituary in curly double marks with curly apostrophes. The musician quoted from old interviews ("he told an interviewer in 1987", "he told the Saltmere Evening Post in 2004"), carried by "Mr. Brannagh"; a nickname, song titles, album titles and a documentary title in quotation marks, none of them quotes (one title, "Don’t Call Me Home", reads like speech; the documentary takes its title from his saying); his saying, given after a colon as the line he told young bands, is a quote (his own words, said to have been said by him); his widow quoted over two paragraphs (the first left open) and carried by "Ms. Morrow"; a bandmate named; the record label's statement as a body.
source: brannagh
  kind: person
  name: Eli Brannagh
  aliases: Brannagh | Mr. Brannagh | Elias “Eli” Brannagh
source: morrow
  kind: person
  name: Ines Morrow
  aliases: Ms. Morrow | Morrow | his wife, the painter Ines Morrow
source: petrakis
  kind: person
  name: Sol Petrakis
  aliases: Petrakis | Mr. Petrakis
source: label
  kind: organization
  name: Hollowell Records
  aliases: the label
---
Eli Brannagh, Copperlines Singer Who Wrote for the Night Shift, Dies at 71

Elias “Eli” Brannagh, the singer and guitarist whose band the Copperlines spent three decades playing to dockworkers, nurses and anyone else who got off work after midnight, died on Monday at his home in Saltmere. He was 71.

The cause was pancreatic cancer, said his wife, the painter Ines Morrow.

The Copperlines had one song that most people knew, “Don’t Call Me Home,” a mournful ballad about a night-shift welder that reached No. 6 on the national chart in 1984 and has been recorded since by more than 40 other artists. But for the band’s followers, who called themselves the Late Crowd, it was the live shows that mattered: three-hour sets in union halls and harbor bars, with Mr. Brannagh taking requests shouted from the floor.

“⟦brannagh|We never had a hit single in the way the record company wanted one. We had a hit single by accident,⟧” he told an interviewer in 1987, the year the band released its fourth album, “Night Freight.” “⟦brannagh|The real audience was the guy who’d come straight from the shipyard still in his boots. If he left happy, that was the night.⟧”

Elias Brannagh was born on Feb. 2, 1955, in Saltmere, the youngest of five children of Patrick Brannagh, a tugboat engineer, and Mary (Kell) Brannagh, who cleaned offices at the port. He taught himself guitar on an instrument his older brother had won in a card game, and left school at 16 to work as an apprentice electrician at the Saltmere yards.

He formed the Copperlines in 1976 with two fellow apprentices, the drummer Sol Petrakis and the bassist Dana Whitcombe; the keyboard player Reuben Ashe joined a year later. Their first album, “Salt on the Wire,” was recorded in four days in 1980 in a rehearsal room above a fish market, and sold mostly at their shows.

Hollowell Records signed the band in 1982. “Don’t Call Me Home” came from its second album for the label, and the song’s success took them, briefly, onto television and into arenas. Mr. Brannagh said later that he had hated almost every minute of it.

“⟦brannagh|I was standing in front of twenty thousand people and I couldn’t see one face,⟧” he told the Saltmere Evening Post in 2004. “⟦brannagh|I missed the bars. In a bar, if a song is bad, somebody tells you before you’ve finished it.⟧”

The band went back to the halls, and stayed there. They made nine more albums, the last of them, “Tide Tables,” in 2019, and played their final show in 2022 at the Tin Chapel, a converted church in Saltmere where they had played on the first Friday of every month for 17 years.

Mr. Brannagh had a line he repeated to every young band that opened for the Copperlines, usually in the corridor outside the dressing room: “⟦brannagh|Play it like the rent is due.⟧” A 2015 documentary about the band, “Like the Rent Is Due,” took its title from the saying.

Mr. Petrakis, who played beside him for 46 years, said on Tuesday that the line was not a joke. “⟦petrakis|Eli meant it literally. For the first ten years the rent was due, every week,⟧” he said. “⟦petrakis|He never stopped playing like it was, even when we could have afforded to.⟧”

He added that Mr. Brannagh had once stopped a show in 1991 to wait for a late-shift crew from the hospital to arrive. “⟦petrakis|Twenty minutes we stood there. The promoter was purple. Eli just tuned his guitar and told stories until they walked in,⟧” he said.

In a telephone interview, Ms. Morrow said her husband had known for about a year that he was dying.

“⟦morrow|He spent most of that year in the garage with a guitar, trying to finish songs,⟧” she said. “⟦morrow|He didn’t want to leave anything half-written for somebody else to tidy up.⟧

“⟦morrow|The last thing he played me was a song about the ferry to Kell Island, where we met. He hadn’t got the last verse. I told him it didn’t need one.⟧”

In a statement, Hollowell Records, which still holds the rights to the band’s first six albums, said it would release a collection of his unfinished recordings next year with his family’s approval. “⟦label|Eli Brannagh wrote for the people who keep the lights on while everyone else sleeps,⟧” the label said. “⟦label|Nobody did it better, and nobody did it for longer.⟧”

In addition to Ms. Morrow, whom he married in 1994, he is survived by a son, Tomas, from his first marriage, to Carla Whitby, which ended in divorce; two sisters, Nora and Bridget; and two grandchildren. Mr. Whitcombe died in 2018.

At the Tin Chapel on Tuesday night, a few dozen people gathered on the steps with candles, and someone played “Margaret, Wait” on a phone held above the crowd until the battery died.
