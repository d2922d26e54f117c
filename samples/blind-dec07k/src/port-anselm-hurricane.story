note: Hurricane aftermath in curly double marks and curly apostrophes. The mayor named and carried by "he" across paragraphs, with an untagged quote paragraph that continues him; the parish emergency director named and carried by "she", with a quote split around its tag; a sheriff's captain quoted through "according to" (a person); the power company's statement as a body; a federal disaster official who spoke on condition of anonymity with a reason (justified), then "the official said"; a named resident; a fisherman who would not give his name (no reason: unjustified), then "he said"; a message spray-painted on plywood (a sign: no source).
source: baptiste
  kind: person
  name: Teodoro Baptiste
  aliases: Mayor Teodoro Baptiste | Baptiste
source: voss
  kind: person
  name: Janelle Voss
  aliases: Voss | the parish’s emergency management director
source: dorsey
  kind: person
  name: Lyle Dorsey
  aliases: Capt. Lyle Dorsey | Dorsey
source: utility
  kind: organization
  name: Gulf Meridian Electric
  aliases: the company
source: official
  kind: anonymous
  name: An official with the federal Disaster Recovery Administration
  aliases: the official
  justified: yes
source: marchand
  kind: person
  name: Lucille Marchand
  aliases: Marchand
source: fisherman
  kind: anonymous
  name: a shrimp boat captain who would not give his name
  aliases: The shrimper
  justified: no
---
Three days after Delphine, Port Anselm digs out as power and water stay off

PORT ANSELM, La Salle (Wire) — Three days after Hurricane Delphine came ashore as a Category 3 storm, most of this fishing town of 14,000 was still without power or drinking water on Thursday, and crews going door to door in the lowest neighborhoods were finding houses that had taken more than a meter of water.

Seven deaths in Anselm Parish have been blamed on the storm, including two men who drowned in their cars on the causeway to Marrow Island and an 83-year-old woman who died when an oxygen machine lost power. Officials said the count could rise as searchers reached the last flooded streets south of the canal.

Mayor Teodoro Baptiste, standing in the gravel lot behind City Hall, where the first floor was still drying out, said the town had been “⟦baptiste|knocked flat but not knocked out.⟧”

“⟦baptiste|I’ve lived here sixty-one years and I’ve never seen the water come up Front Street like that,⟧” Baptiste said. “⟦baptiste|It came in like a tide that forgot to turn around.⟧”

He said about 2,600 homes had been damaged, roughly 400 of them badly enough that they would probably have to be torn down. “⟦baptiste|We are going to rebuild every one of these blocks,⟧” he said. “⟦baptiste|I just can’t tell you yet how long it’s going to take.⟧”

“⟦baptiste|What I can tell you is that nobody in this town is going to be left on their own. If you need water, ice or a ride, come to the church on Calloway Street.⟧”

Janelle Voss, the parish’s emergency management director, said search teams had checked about 3,900 of the 4,300 addresses in the flood zone by Thursday afternoon and expected to finish by Friday night.

“⟦voss|We are still finding people who rode it out in their attics,⟧” Voss said, “⟦voss|and most of them are fine, but they are hungry and they are scared.⟧” She asked residents who had evacuated not to come back until the causeway reopened, probably on Saturday, because the roads were needed for utility trucks.

The worst of the flooding was along the canal, where water rose from about 2 a.m. on Monday. Sheriff’s deputies in flat-bottomed boats pulled 118 people from homes and cars before dawn.

“⟦dorsey|We found people standing on their kitchen counters in water up to their chests, holding their kids up over their heads,⟧” according to Capt. Lyle Dorsey of the Anselm Parish Sheriff’s Office, who led one of the boat crews.

Gulf Meridian Electric, which serves most of the parish, said that 38,000 of its customers were still without electricity, and that the storm had snapped or toppled more than 900 poles. “⟦utility|This is a rebuild of the grid in some areas, not a repair,⟧” the company said in a statement. It said most customers in Port Anselm should have power back within ten days, but that some on Marrow Island could wait a month.

The parish water system lost pressure when its main pumping station flooded, and residents have been told to boil any tap water until further notice.

Federal help began arriving on Wednesday. An official with the federal Disaster Recovery Administration, who spoke on condition of anonymity because damage estimates had not yet been released, said early surveys put insured losses in the parish above $700 million.

“⟦official|What we’re seeing on the ground is worse than what the models told us to expect,⟧” the official said. “⟦official|The surge was the story here, not the wind.⟧”

On Palmetto Street, two blocks from the canal, Lucille Marchand, 72, was dragging soaked carpet to the curb, where it joined a wall of drywall, mattresses and a child’s bicycle. Somebody had spray-painted a message across the plywood over her neighbor’s front window: “⟦-|WE’RE OK. CHECK ON MISS BEA.⟧”

Marchand said she had stayed because she did not want to leave her husband, who uses a wheelchair, in a shelter. “⟦marchand|When it got to the second step, I said, Lord, that’s enough now,⟧” she said. “⟦marchand|It went up four more.⟧”

At the harbor, where at least a dozen boats had been thrown onto the docks or sunk at their moorings, a shrimp boat captain who would not give his name stood looking at his trawler lying on its side in the mud.

“⟦fisherman|That boat was my daddy’s, and it was paid off,⟧” he said. “⟦fisherman|Insurance won’t cover half of what it takes to right her.⟧” The shrimper said he would probably miss the fall season.

Baptiste said the town would hold a prayer service on Sunday morning at the high school football field, if the field was dry enough.

“⟦baptiste|We’ll bury our people, and then we’ll get back to work,⟧” he said.
