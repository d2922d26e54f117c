note: A technology story built from documents and posts: an internal memo by a named executive, the chief executive's posts, the company's blog post, a regulator's letter, and employees who speak on condition of anonymity for a stated reason. A configuration setting is printed with quotation marks that belong to code, and the name under which a feature is marketed is in quotation marks too; neither is a quote.
source: employees
  kind: anonymous
  name: three current employees
  aliases: One of the employees | the employees
  justified: yes
source: brandt
  kind: person
  name: Nils Brandt
  aliases: Brandt | Loopline’s vice president for growth
source: oyelaran
  kind: person
  name: Tayo Oyelaran
  aliases: Oyelaran | The chief executive | Loopline’s chief executive
source: loopline
  kind: organization
  name: Loopline
  aliases: The company
source: commissioner
  kind: organization
  name: Ireland’s data protection regulator
  aliases: The regulator
source: halvorsen
  kind: person
  name: Ingrid Halvorsen
  aliases: Halvorsen | a privacy researcher
source: ruiz
  kind: person
  name: Camila Ruiz
  aliases: Ruiz
---
Loopline knew its contact-upload feature exposed users, internal memo shows

The messaging app Loopline turned on a feature that uploaded users’ phone contacts by default even after its own privacy team warned that it would expose people who had never signed up for the service, according to an internal memo and three current employees.

The memo, written in March by Nils Brandt, Loopline’s vice president for growth, and shared with senior staff, acknowledged the privacy team’s concerns but argued that switching the upload on for everyone was the fastest way to reach the company’s target of 50 million monthly users by the end of the year.

“⟦brandt|We should be honest that this trades some user trust for growth. I think it is the right trade at our stage, and we can revisit once we are at scale,⟧” Brandt wrote in the memo, which was reviewed by this newspaper.

The feature, marketed as “Find Your People,” matched the phone numbers in a user’s address book against Loopline’s database and suggested contacts to follow. A technical document attached to the memo shows that the setting controlling the upload, listed as "contacts_sync_default": true, was changed from false for all new accounts on April 2.

Three current employees, who spoke on condition of anonymity because they feared losing their jobs, said the privacy team had recommended that the upload be opt-in and had been overruled at a meeting the week before the change. “⟦employees|The privacy review said no, in writing, with reasons. The answer was basically, thank you, noted,⟧” one of the employees said.

The employees said numbers uploaded by users were kept even when the person they belonged to had no Loopline account, creating what one of them described as “⟦employees|a shadow phone book of people who never said yes to anything.⟧”

Loopline’s chief executive, Tayo Oyelaran, responded on Thursday in a series of posts on his own platform, hours after the company received questions about the memo. “⟦oyelaran|We made a call on contacts this spring that I’m no longer comfortable with. Starting today, sync is off by default for everyone,⟧” he posted.

In a later post, the chief executive wrote that the memo reflected “⟦oyelaran|one internal opinion in a long debate⟧” and that no contact data had been sold or shared with advertisers.

The company published a blog post on Thursday evening announcing that it would delete all uploaded numbers belonging to people without a Loopline account within 30 days. “⟦loopline|We believe people should be in control of who can find them, including people who do not use Loopline,⟧” the company said in the post.

Brandt did not respond to messages seeking comment. A Loopline spokesman said Brandt remained with the company, and referred further questions to the blog post.

Ireland’s data protection regulator, which oversees Loopline in the European Union because the company’s European headquarters is in Dublin, said in a letter to the company last month that it had received complaints about the feature and asked for a description of its “⟦commissioner|legal basis for processing the data of non-users.⟧” A copy of the letter was seen by this newspaper. The regulator said on Thursday that its inquiry was continuing.

Ingrid Halvorsen, a privacy researcher at a university in Bergen who studies contact-matching systems, said the memo was unusually candid. “⟦halvorsen|Most companies make this trade quietly and never write it down,⟧” she said. “⟦halvorsen|Here someone wrote it down, and called it a trade. That will be very interesting to a regulator.⟧”

Some users had noticed the change long before the memo surfaced. In June, Camila Ruiz, a domestic violence counselor in Lisbon, wrote a post that was shared more than 80,000 times, after a client whose abuser had never been given her new number found that he had been suggested to her as a contact.

“⟦ruiz|She changed her number, she changed her city, and an app she downloaded to talk to her sister put him at the top of her screen,⟧” Ruiz wrote. “⟦ruiz|Default settings are not neutral.⟧”

Loopline says it has 43 million monthly users, more than half of them in Europe and Latin America.
