note: A police and crime story in straight marks. A police spokeswoman named once (Sgt. Alma Kessick), then only "the spokeswoman" and "she", with one quote split around its tag; the police department's statement as a body ("the department said"); a criminal complaint and court documents quoted in their own words (organization-like document sources); the suspect's own words reported "according to court documents" (the suspect is the source, the documents only carry them); a witness named in paraphrase, then quoted only as "the witness"; a neighbor who asked that her name not be used because she feared retaliation (justified anonymous), then "the neighbor" and "she"; the victim's mother and the suspect's attorney named.
source: kessick
  kind: person
  name: Alma Kessick
  aliases: Sgt. Alma Kessick | the spokeswoman | a police spokeswoman
source: police
  kind: organization
  name: the Brennington Police Department
  aliases: the department | police
source: complaint
  kind: organization
  name: a criminal complaint
  aliases: the complaint
source: courtdocs
  kind: organization
  name: court documents
  aliases: The documents
source: wendle
  kind: person
  name: Curtis Wendle
  aliases: Wendle
source: ferreira
  kind: person
  name: Tomas Ferreira
  aliases: Ferreira | the witness
source: neighbor
  kind: anonymous
  name: A neighbor who lives above a shoe repair shop across the street
  aliases: the neighbor
  justified: yes
source: abadi-mother
  kind: person
  name: Loretta Abadi
  aliases: Abadi's mother
source: nandakumar
  kind: person
  name: Priya Nandakumar
  aliases: Nandakumar
---
Man charged with murder in shooting outside Larkspur Avenue laundromat

BRENNINGTON — A 34-year-old man was charged Wednesday with second-degree murder in the shooting death of a man outside a laundromat on Larkspur Avenue, a killing that investigators say began as an argument over a parking space.

Curtis Wendle, of the city's Halsey Park neighborhood, was arrested late Tuesday at a relative's apartment in neighboring Corbin Falls, about 26 hours after the shooting, said Sgt. Alma Kessick, a police spokeswoman. He is being held in the Orlen County jail without bail.

The victim, Jerome Abadi, 27, was pronounced dead at Brennington General Hospital shortly after 9 p.m. Monday.

"⟦kessick|This was an argument over a parking space. It should have ended with two people driving away,⟧" the spokeswoman said at a news conference Wednesday afternoon. "⟦kessick|Instead, a family is planning a funeral.⟧"

In a statement released Wednesday morning, the Brennington Police Department said officers had responded to a report of shots fired at 8:41 p.m. and found Abadi slumped in the driver's seat of his car, which was still running.

"⟦police|Officers immediately began life-saving measures and continued them until paramedics arrived,⟧" the department said. The statement added that the department "⟦police|will not tolerate this kind of violence on our streets⟧" and asked anyone with video from the area to call its homicide unit.

According to a criminal complaint filed Wednesday in Orlen County District Court, Abadi had pulled into the last open space in the laundromat's eight-car lot moments before Wendle, who had been waiting for it with his turn signal on. The two men exchanged words through their open windows, the complaint says, and Wendle then "⟦complaint|exited his vehicle, approached the victim's vehicle on foot and discharged a firearm twice into the driver's side window.⟧"

Investigators identified Wendle from the laundromat's security cameras and a partial license plate, according to court documents. The documents describe the footage as showing him "⟦courtdocs|walking back to his vehicle at a normal pace⟧" after the shots and leaving the lot with his headlights off.

After his arrest, Wendle told detectives that he had fired "⟦wendle|just to scare him⟧" and had not meant to hit anyone, according to court documents. Officers recovered a 9 mm handgun from a kitchen drawer in the Corbin Falls apartment.

The spokeswoman said the gun had been sent to the state crime laboratory for testing. "⟦kessick|We believe that is the weapon, but we are going to let the lab tell us that,⟧" she said.

Tomas Ferreira, 52, was folding towels near the laundromat's front window when he heard raised voices outside and then two loud bangs, he told officers. He said he ran out to the car while another customer called 911.

"⟦ferreira|I thought it was a truck backfiring. Then I saw the glass all over the ground,⟧" the witness said in a phone interview Wednesday.

"⟦ferreira|He still had one hand on the wheel. I kept talking to him, telling him the ambulance was coming, but I don't think he could hear me,⟧" the witness said.

A neighbor who lives above a shoe repair shop across the street, and who asked that her name not be used because she feared retaliation from the suspect's friends, said arguments over the lot were a nightly event.

"⟦neighbor|Somebody is always yelling about those spaces,⟧" the neighbor said. "⟦neighbor|But nobody ever pulled out a gun before. Now I don't let my kids sit on the front steps after dark.⟧"

She said she had asked the city twice to put a streetlight at the back of the lot. "⟦neighbor|They told me it was private property and not their problem,⟧" she said.

Abadi's mother, Loretta Abadi, said her son worked nights stocking shelves at a grocery warehouse and had stopped at the laundromat to wash his work uniforms before his shift.

"⟦abadi-mother|He was doing his laundry. That's all he was doing,⟧" she said, standing outside her apartment on Tullis Street. "⟦abadi-mother|I want the man who did this to look at me in that courtroom.⟧"

Wendle made a brief first appearance Wednesday by video from the jail and did not enter a plea. His court-appointed attorney, Priya Nandakumar, said he had no criminal record and had worked for nine years as a forklift operator at a lumber yard in Corbin Falls.

"⟦nandakumar|My client is presumed innocent, and we intend to ask some hard questions about what that video does and does not show,⟧" Nandakumar said after the hearing.

A preliminary hearing is scheduled for Dec. 21. The spokeswoman said detectives were still trying to reach the other customer who called 911, a woman who left before officers arrived.

"⟦kessick|She isn't in any trouble. We just want to hear what she saw,⟧" she said.
