note: A diplomatic meeting told mostly through one unnamed palace official. The story says once why the official is not named; every later "the official", "he" and "the palace official" points back to that same source, so count how much of the story rests on one person you cannot identify.
source: palace-official
  kind: anonymous
  name: an official of the presidential palace
  aliases: the official | the palace official
  justified: yes
source: mansouri
  kind: person
  name: Idris al-Mansouri
  aliases: Field Marshal Idris al-Mansouri | al-Mansouri | Sahrani commander | the commander | the field marshal
source: ferrand
  kind: person
  name: Odile Ferrand
  aliases: President Odile Ferrand | Ferrand | the president
source: ferrand-office
  kind: organization
  name: Ferrand's office
source: diallo
  kind: person
  name: Amara Diallo
  aliases: The U.N. envoy for Sahrane | Diallo
source: who
  kind: organization
  name: the World Health Organization
source: rahimi
  kind: person
  name: Nabil Rahimi
  aliases: Sahrane's internationally recognized prime minister | Prime Minister Rahimi | Rahimi
---
Sahrani commander tells Calvène's president a truce is "⟦mansouri|not yet possible⟧"

LISANCOURT, Calvène (QW) — Field Marshal Idris al-Mansouri, whose Eastern Army has besieged the Sahrani capital for four months, told President Odile Ferrand on Wednesday that he would not halt his offensive until armed groups loyal to the government had left the city's port, an official of the presidential palace said.

The official, who briefed reporters on condition of anonymity under the palace's rule that advisers are not named after private meetings, said the talks at the Verrière Palace lasted almost three hours.

"⟦palace-official|The field marshal was very clear that, for him, there is nobody on the other side he can sign with,⟧" the official said.

Al-Mansouri, whose forces hold most of eastern Sahrane and its oil terminals, arrived in a long motorcade shortly after noon. It was his first visit to Calvène since his offensive on Qasr Bayda began in April.

"⟦mansouri|A truce is not yet possible,⟧" the field marshal told reporters on the palace steps as he left. "⟦mansouri|When the armed gangs leave the port, we will talk about a truce.⟧"

The palace official said Ferrand had pressed the commander to return to talks sponsored by the United Nations. "⟦palace-official|The president told him that nobody wins a war of this kind, and that every week of fighting makes the final settlement harder to reach,⟧" he said.

The official described al-Mansouri's reply in some detail. "⟦palace-official|His answer was, 'Show me a partner and I will sign tomorrow,'⟧" the official said. "⟦palace-official|He repeated it several times.⟧"

The U.N. envoy for Sahrane warned the Security Council last week that the country was "⟦diallo|at risk of splitting into a patchwork of rival fiefdoms⟧" if the fighting continued into the winter. More than 1,900 people have been killed since April, according to the World Health Organization, and about 140,000 have fled their homes.

"⟦diallo|Every week without a political process costs lives and buries the chance of one,⟧" Amara Diallo told the council. She said that both sides had received weapons in breach of a U.N. arms embargo, and Diallo has asked to brief the council again in December.

Sahrane's internationally recognized prime minister, Nabil Rahimi, said on Tuesday that his government would not negotiate while its capital was under fire. His office did not respond to a request for comment on Wednesday's meeting.

Asked whether Calvène, whose energy companies have interests in eastern Sahrane, was now taking the commander's side, the palace official rejected the idea. "⟦palace-official|We talk to everyone who holds a piece of this country. That is not the same as choosing one of them,⟧" he said.

"⟦palace-official|Our message today was the message we gave Prime Minister Rahimi in June: there is no military solution,⟧" the official added.

He said al-Mansouri had agreed to hand over the bodies of captured fighters and to let a U.N. team visit two detention centers near the front line. "⟦palace-official|It is a small thing. But in Sahrane today, small things are what we can get,⟧" he said.

Ferrand's office said in a statement that the president had "⟦ferrand-office|reaffirmed Calvène's full support for the United Nations mediation⟧" and would speak with Rahimi by telephone on Thursday.

The field marshal was due to fly on to Amman on Thursday, the palace official said.
