note: Text pasted from the web often carries odd characters: emoji (two UTF-16 units each, some joined into one picture), an Arabic name that runs right to left, non-breaking spaces inside numbers and names, and a letter built from a base and a combining accent. Offsets must still land on the right words.
source: haddad
  kind: person
  name: Youssef Haddad
  aliases: Haddad | the 23-year-old
source: ovrebo
  kind: person
  name: Ståle Øvrebø
  aliases: Øvrebø | Étoile’s Norwegian coach
source: ittihad
  kind: organization
  name: Ittihad Souss
  aliases: the club
source: league
  kind: organization
  name: The league
source: benali
  kind: person
  name: Zoe\u{308} Benali
  aliases: Benali
---
⚽ Haddad’s late winner sends Ittihad Souss into the cup final 🏆

AGADIR, Morocco (QW) — Youssef Haddad (يوسف حداد\u{200F}) scored in the 89th minute on Saturday to give Ittihad\u{A0}Souss a 2-1 win over Étoile du Détroit and a place in the Throne Cup final, sending 41\u{A0}000 fans at the Adrar Stadium into a celebration that lasted long after the final whistle.

The 23-year-old, who joined from a second-division club in January, met a low cross from the left with his first touch and turned the ball in off the far post.

“⟦haddad|I didn’t even see it go in. I heard the noise and then everybody was on top of me,⟧” Haddad told reporters in the tunnel, still wearing his boots. “⟦haddad|This is for my mother. She cleaned the stands here for 20 years, and tonight she was sitting in them.⟧”

Minutes after the match, the club posted on social media: “⟦ittihad|FINALE!!! 🦁🔥 Merci Agadir 💚 On se voit à Rabat 👨‍👩‍👧‍👦⟧”

Étoile had led through a first-half penalty by Karim Ouazzani, and they looked comfortable until Ittihad equalized from a corner in the 71st minute. Étoile’s Norwegian coach, Ståle Øvrebø, said his side had stopped playing after the goal.

“⟦ovrebo|We went back into our shell. You cannot defend for 20 minutes against a team like this and hope the clock saves you,⟧” Øvrebø said. “⟦ovrebo|That is on me, not on the players.⟧”

Asked about the penalty decision that went against his side late in the match, Øvrebø smiled. “⟦ovrebo|I have watched it once on my phone. I will watch it again tomorrow, and I think I will still be angry.⟧”

The league said in a statement that it would review the video of the incident, in which Étoile’s captain appeared to be pulled back in the area, “⟦league|in line with the usual procedure.⟧” Ticket sales for the final, to be played in Rabat on May 30, open on Monday, the league said.

Outside the stadium, supporters in green shirts blocked the coastal road, waving flags and setting off flares. Hawkers were already selling scarves printed with “⟦-|Souss ❤️ Haddad⟧” for 50 dirhams. Zoe\u{308} Benali, 19, a student who has followed the club since she was a child, bought two.

“⟦benali|Last year we were almost relegated. Now we are in the final. I don’t know what to do with myself,⟧” Benali said, laughing. “⟦benali|Maybe cry a bit more.⟧”

Haddad, who grew up in the Anza district a few kilometers from the stadium, said he had turned down a move to a club in Qatar in the summer. “⟦haddad|Money is nice. But money doesn’t give you a night like this,⟧” he said.

Ittihad\u{A0}Souss will face the winner of Sunday’s second semifinal between Chabab Oued Draa and Nejm Tétouan.
