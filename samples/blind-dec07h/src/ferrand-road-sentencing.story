note: A sentencing hearing in curly marks and curly apostrophes. The judge described first ("A Brennick County judge", with a partial quote in the lede) and named in the third paragraph, then "Vance" and "the judge"; the prosecutor named with his title, then "The prosecutor"; the defense lawyer; the victim's brother reading a statement on behalf of the family over three paragraphs (the reader, a member of the family who speaks the words, is the source; a family is not an institution); the defendant's own words in court and his letter to the court ("Kreuger wrote in a letter to the court": he is the source); the court's written order as a body ("The order said").
source: vance
  kind: person
  name: Teodora Vance
  aliases: Circuit Judge Teodora Vance | Vance | the judge | A Brennick County judge
source: tomas
  kind: person
  name: Tomas Peralta
  aliases: Her older brother
source: achterberg
  kind: person
  name: Simon Achterberg
  aliases: Assistant District Attorney Simon Achterberg | Achterberg | The prosecutor
source: castellanos
  kind: person
  name: Rhea Castellanos
  aliases: Castellanos | Kreuger’s lawyer
source: kreuger
  kind: person
  name: Dalton Kreuger
  aliases: Kreuger
source: court
  kind: organization
  name: the Brennick County Circuit Court
  aliases: The order
---
Driver who killed cyclist on Ferrand Road sentenced to nine years

HALLOWAY — A Brennick County judge on Thursday sentenced Dalton Kreuger, 34, to nine years in prison for the death of Nadia Peralta, a 27-year-old veterinary nurse who was struck and killed while cycling home along Ferrand Road last March, telling him that his remorse was real but had come “⟦vance|too late to matter to the people who loved her.⟧”

Kreuger pleaded guilty in September to vehicular homicide and to driving under the influence. His blood alcohol level was measured at 0.19 percent, more than twice the legal limit, about two hours after the crash, according to court records. The state had asked for 12 years under the plea agreement; the defense had asked for six.

Circuit Judge Teodora Vance said she had read every one of the 41 letters submitted before the hearing, most of them from Nadia Peralta’s friends and from colleagues at the animal clinic where she worked nights.

“⟦vance|I have no doubt that Mr. Kreuger is sorry,⟧” Vance said from the bench. “⟦vance|But sorrow after the fact is not the question in front of me. The question is what the law asks of a man who drank for five hours and then chose to drive.⟧”

The hearing in the fourth-floor courtroom lasted nearly three hours. Nadia Peralta’s parents sat in the front row, holding a framed photograph of her in her clinic scrubs.

Her older brother, Tomas Peralta, read a statement on behalf of the family. His voice broke twice.

“⟦tomas|Nadia was the one who answered the phone at two in the morning when somebody’s dog was sick. She never once complained about it. She said that was the job, and she loved the job.⟧

“⟦tomas|Our mother still sets the table for five on Sundays. None of us has had the heart to ask her to stop.⟧

“⟦tomas|We do not come here asking for revenge. We are asking this court to say out loud that her life was worth something,⟧” he read.

Assistant District Attorney Simon Achterberg told the court that Kreuger had been warned by a bartender and by a friend not to drive that night, and that he had twice been stopped for speeding in the previous year.

“⟦achterberg|Two people told him to hand over his keys,⟧” Achterberg said. “⟦achterberg|He laughed at one of them and walked straight past the other.⟧”

The prosecutor called the defense’s request for six years “⟦achterberg|a discount on a human life⟧” and urged the judge to impose the most that the plea agreement allowed.

Kreuger’s lawyer, Rhea Castellanos, said her client had not had a drink since the night of the crash, had attended treatment four times a week since his release on bail and had volunteered to speak at three high schools about drunken driving.

“⟦castellanos|He is not asking you to forget what he did. He is asking you to believe that the man standing here today is not the man who climbed into that truck,⟧” Castellanos told the judge.

Kreuger, in a gray suit that looked too large for him, turned toward the Peralta family when he was allowed to speak.

“⟦kreuger|I took her from you. I can’t give her back, and I won’t insult you by saying I know what you’ve lost,⟧” he said, his hands shaking. “⟦kreuger|I am going to spend the rest of my life trying to deserve forgiveness, and I don’t expect I ever will.⟧”

He had said much the same in writing. “⟦kreuger|The first thing I asked the nurse was whether the other person was all right,⟧” Kreuger wrote in a letter to the court, filed last week. “⟦kreuger|She didn’t answer me, and that’s how I knew.⟧”

Vance said she had weighed the letter and Kreuger’s conduct since the crash, and that they were the reasons she had not imposed the full 12 years. But she spoke directly to him before announcing the sentence.

“⟦vance|You will be 43 years old when you walk out of prison. Nadia Peralta will still be 27,⟧” the judge said. “⟦vance|I hope you carry that number with you every day you are there.⟧”

In a written order issued after the hearing, the Brennick County Circuit Court also revoked Kreuger’s driver’s license for 15 years and ordered him to pay $18,400 in restitution to the family to cover funeral costs. The order said the sentence reflected “⟦court|the defendant’s acceptance of responsibility, weighed against the gravity and the plain foreseeability of the harm.⟧”

Outside the courthouse, Castellanos said Kreuger would not appeal. Tomas Peralta did not speak to reporters and left with his parents through a side door.

A bench with Nadia’s name on it now stands at the spot on Ferrand Road where she was hit, beside a white-painted bicycle that her colleagues chained to the guardrail in April.
