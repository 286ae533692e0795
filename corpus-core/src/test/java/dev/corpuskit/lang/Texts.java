package dev.corpuskit.lang;

/** Hand-written paragraphs of about a hundred words in a few languages, for the language tests. */
public final class Texts {

  private Texts() {}

  public static final String ENGLISH = """
      The town council met on Tuesday evening to discuss the future of the old railway station, which has \
      stood empty for almost ten years. Several residents argued that the building should be turned into a \
      library and a small museum, while others wanted it to be sold to a developer who has promised to \
      build affordable homes on the site. After a long debate, the council decided to ask an independent \
      expert to study both plans and to report back before the end of the summer. The mayor said that she \
      would listen to everyone and that no decision had been made yet.
      """;

  public static final String GERMAN = """
      Der Gemeinderat hat am Dienstagabend über die Zukunft des alten Bahnhofs beraten, der seit fast zehn \
      Jahren leer steht. Mehrere Anwohner wollten, dass das Gebäude zu einer Bücherei und einem kleinen \
      Museum umgebaut wird, während andere es an einen Bauträger verkaufen möchten, der auf dem Gelände \
      bezahlbare Wohnungen errichten will. Nach einer langen Debatte beschloss der Rat, einen unabhängigen \
      Gutachter mit der Prüfung beider Pläne zu beauftragen, der noch vor dem Ende des Sommers berichten \
      soll. Die Bürgermeisterin sagte, sie werde allen zuhören, und noch sei nichts entschieden.
      """;

  public static final String FRENCH = """
      Le conseil municipal s'est réuni mardi soir pour discuter de l'avenir de l'ancienne gare, qui est vide \
      depuis presque dix ans. Plusieurs habitants ont souhaité que le bâtiment devienne une bibliothèque et \
      un petit musée, tandis que d'autres voulaient le vendre à un promoteur qui a promis de construire des \
      logements abordables sur le terrain. Après un long débat, le conseil a décidé de demander à un expert \
      indépendant d'étudier les deux projets et de rendre son rapport avant la fin de l'été. La maire a \
      déclaré qu'elle écouterait tout le monde et que rien n'était encore décidé.
      """;

  public static final String SPANISH = """
      El ayuntamiento se reunió el martes por la noche para hablar del futuro de la antigua estación de \
      tren, que lleva casi diez años vacía. Varios vecinos pidieron que el edificio se convirtiera en una \
      biblioteca y un pequeño museo, mientras que otros querían venderlo a una empresa que ha prometido \
      construir viviendas asequibles en el terreno. Después de un largo debate, el ayuntamiento decidió \
      pedir a un experto independiente que estudiara los dos proyectos y que presentara su informe antes \
      del final del verano. La alcaldesa dijo que escucharía a todos y que todavía no se había decidido nada.
      """;
}
