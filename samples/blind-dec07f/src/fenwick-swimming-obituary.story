note: An obituary in curly marks and curly apostrophes. The deceased's nickname in quotation marks (not a quote); the deceased quoted from an old interview ("she told the Gazette in 1998") over two paragraphs, the first left open; a 1961 newspaper editorial quoted in a partial quote (the newspaper as an organization); her daughter named, then "her daughter" and "she", with one quote through "recalled" holding a quote inside the quote in single curly marks (it belongs to the outer quote, the daughter's); her grandson named, with a quote through "he added"; a former colleague described first (the man who shared the lifeguard chair with her) and named in the next sentence, carried by "he".
source: fenwick
  kind: person
  name: Marguerite Fenwick
  aliases: Fenwick | Marguerite “Daisy” Fenwick
source: almeida
  kind: person
  name: Ruth Almeida
  aliases: Her daughter | her daughter | Almeida
source: theo
  kind: person
  name: Theo Almeida
  aliases: Her grandson | Theo
source: esterby
  kind: person
  name: Harold Esterby
  aliases: Esterby
source: gazette
  kind: organization
  name: the Harwick Gazette
  aliases: the Gazette
---
Marguerite Fenwick, who taught a town to swim in the Calder River, dies at 96

HARWICK — Marguerite “Daisy” Fenwick, who stood waist-deep in the Calder River every summer morning for more than five decades teaching the children of Harwick to swim, died Sunday at her home on Weir Lane. She was 96.

Her daughter, Ruth Almeida, said the cause was heart failure.

By the family’s count, and by the count of the notebooks she kept in a biscuit tin, Fenwick taught more than 6,000 people to swim, most of them at the gravel beach below the old mill that everyone in town calls the Mill Steps. She charged nothing. She never held a coaching certificate until the county insisted on one in 1972, when she was already in her 40s.

She explained how it started in an interview on the 50th anniversary of her first class.

“⟦fenwick|My little brother went under at the Mill Steps in the summer of 1946,⟧” she told the Gazette in 1998. “⟦fenwick|A man fishing off the bank pulled him out by the collar. I was sixteen, and I decided that nobody on our street was ever going to need a fisherman again.⟧

“⟦fenwick|So I taught them. I didn’t ask anybody’s permission. I stood in the shallows at seven o’clock every morning, and whoever came, came.⟧”

Marguerite Anne Pollard was born on Dec. 2, 1930, in a terraced house on Tanyard Row, the second of four children of a lock keeper and a seamstress. She left school at 15 to work in the tannery office, and she kept office jobs for most of her life, arranging them, her family said, so that she was free until nine.

She married Albert Fenwick, a railway signalman, in 1952. He died in 1994.

Her morning classes grew from a handful of neighbors’ children to lines of 40 or more by the 1960s, and parents began driving in from villages up the valley. In 1961, after a boy from out of town was pulled from the river farther downstream, the Harwick Gazette’s editorial page called her “⟦gazette|the most useful person in Harwick⟧” and urged the town to build a proper pool. It took another 14 years.

When the Cobble Street baths finally opened in 1975, she was hired as head lifeguard, and she taught there in the winters while keeping her river classes in the summer.

The man who shared the lifeguard chair with her at the baths for 22 years still speaks of her as his boss. Harold Esterby, now 81, said she could spot a child in trouble from the far end of the pool before the child knew it.

“⟦esterby|I’d be looking at the deep end, and she’d already be in the water at the shallow end, fully dressed, with her watch still on,⟧” he said. “⟦esterby|She ruined a lot of watches.⟧”

He said she had a rule that nobody left her class until they could float on their back for a full minute. “⟦esterby|Grown men cried over that minute. She didn’t budge,⟧” Esterby said.

Her daughter, who learned to swim in the river at four, said her mother had a trick that every child in town seemed to remember as an adult.

“⟦almeida|She’d put her hand flat under your stomach and say, ‘I’ve got you, I’ve always got you,’ and then she’d take it away without telling you,⟧” her daughter recalled. “⟦almeida|By the time you noticed, you were swimming.⟧”

Almeida said her mother kept swimming in the river until she was 89, well into October most years. “⟦almeida|She said the cold was good for the temper. Hers or anybody else’s,⟧” she said.

In 2008 the town council named the gravel beach Fenwick’s Landing, though by her family’s account she went on calling it the Mill Steps and asked others to do the same.

Her grandson, Theo Almeida, 24, has been a lifeguard at the Cobble Street baths since he was 18. He said his grandmother came to watch his first shift and sat in the gallery for four hours.

“⟦theo|She didn’t say anything the whole time. At the end she came down and told me my whistle was too quiet,⟧” he said. “⟦theo|That was the best review I’ve ever had,⟧” he added.

In her 1998 interview, asked whether she had ever wanted to do anything else, she laughed.

“⟦fenwick|I did plenty of other things. I typed letters for the tannery for 30 years,⟧” she said. “⟦fenwick|But that’s not what people stop me about in the street.⟧”

In addition to her daughter and grandson, she is survived by a son, Peter Fenwick, of Ellsworth Bay; a sister, Joan Crale; three other grandchildren; and two great-grandchildren, both of whom, her family said, she taught to swim.

A memorial will be held at the Mill Steps at 7 a.m. on Saturday. The family has asked that those who attend bring a towel.
