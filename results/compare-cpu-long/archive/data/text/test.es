Porque cortó á Israel de la casa de David, y ellos se hicieron rey á Jeroboam hijo de Nabat; y Jeroboam rempujó á Israel de en pos de Jehová, é hízoles cometer gran pecado.
Y aconteció al principio, cuando comenzaron á habitar allí, que no temiendo ellos á Jehová, envió Jehová contra ellos leones que los mataban.
Mas cada nación se hizo sus dioses, y pusiéronlos en los templos de los altos que habían hecho los de Samaria; cada nación en su ciudad donde habitaba.
Temían á Jehová, y honraban á sus dioses, según la costumbre de las gentes de donde habían sido trasladados.
Los estatutos y derechos y ley y mandamientos que os dió por escrito, cuidaréis siempre de ponerlos por obra, y no temeréis dioses ajenos.
Así temieron á Jehová aquellas gentes, y juntamente sirvieron á sus ídolos: y también sus hijos y sus nietos, según que hicieron sus padres, así hacen hasta hoy.
El quitó los altos, y quebró las imágenes, y taló los bosques, é hizo pedazos la serpiente de bronce que había hecho Moisés, porque hasta entonces le quemaban perfumes los hijos de Israel; y llamóle por nombre Nehustán.
Hirió también á los Filisteos hasta Gaza y sus términos, desde las torres de las atalayas hasta la ciudad fortalecida.
Por cuanto no habían atendido la voz de Jehová su Dios, antes habían quebrantado su pacto; y todas las cosas que Moisés siervo de Jehová había mandado, ni las habían escuchado, ni puesto por obra.
Entonces descompuso Ezechîas las puertas del templo de Jehová, y los quiciales que el mismo rey Ezechîas había cubierto de oro, y diólo al rey de Asiria.
Dices, (por cierto palabras de labios): Consejo tengo y esfuerzo para la guerra. Mas ¿en qué confías, que te has rebelado contra mí?
¿Cómo pues harás volver el rostro de un capitán el menor de los siervos de mi señor, aunque estés confiado en Egipto por sus carros y su gente de á caballo?
Paróse luego Rabsaces, y clamó á gran voz en judaico, y habló, diciendo: Oid la palabra del gran rey, el rey de Asiria.
Hasta que yo venga, y os lleve á una tierra como la vuestra, tierra de grano y de vino, tierra de pan y de viñas, tierra de olivas, de aceite, y de miel; y viviréis, y no moriréis. No oigáis á Ezechîas, porque os engaña cuando dice: Jehová nos librará.
Y el pueblo calló, que no le respondieron palabra: porque había mandamiento del rey, el cual había dicho: No le respondáis.
Que le dijesen: Así ha dicho Ezechîas: Este día es día de angustia, y de reprensión, y de blasfemia; porque los hijos han venido hasta la rotura, y la que pare no tiene fuerzas.
He aquí pondré yo en él un espíritu, y oirá rumor, y volveráse á su tierra: y yo haré que en su tierra caiga á cuchillo.
He aquí tú has oído lo que han hecho los reyes de Asiria á todas las tierras, destruyéndolas; ¿y has tú de escapar?
Y oró Ezechîas delante de Jehová, diciendo: Jehová Dios de Israel, que habitas entre los querubines, tú solo eres Dios de todos los reinos de la tierra; tú hiciste el cielo y la tierra.
Ahora pues, oh Jehová Dios nuestro, sálvanos, te suplico, de su mano, para que sepan todos los reinos de la tierra que tú solo, Jehová, eres Dios.
Por mano de tus mensajeros has proferido injuria contra el Señor, y has dicho: Con la multitud de mis carros he subido á las cumbres de los montes, á las cuestas del Líbano; y cortaré sus altos cedros, sus hayas escogidas; y entraré á la morada de su término, al monte de su Carmel.
Yo he sabido tu asentarte, tu salir y tu entrar, y tu furor contra mí.
Porque saldrán de Jerusalem reliquias, y los que escaparán, del monte de Sión: el celo de Jehová de los ejércitos hará esto.
Y aconteció que la misma noche salió el ángel de Jehová, é hirió en el campo de los Asirios ciento ochenta y cinco mil; y como se levantaron por la mañana, he aquí los cuerpos de los muertos.
Entonces volvió él su rostro á la pared, y oró á Jehová, y dijo:
Y añadiré á tus días quince años, y te libraré á ti y á esta ciudad de mano del rey de Asiria; y ampararé esta ciudad por amor de mí, y por amor de David mi siervo.
Y Ezechîas respondió: Fácil cosa es que la sombra decline diez grados: pero, que la sombra vuelva atrás diez grados.
Entonces el profeta Isaías vino al rey Ezechîas, y díjole: ¿Qué dijeron aquellos varones, y de dónde vinieron á ti? Y Ezechîas le respondió: De lejanas tierras han venido, de Babilonia.
Y de tus hijos que saldrán de ti, que habrás engendrado, tomarán; y serán eunucos en el palacio del rey de Babilonia.
DE doce años era Manasés cuando comenzó á reinar, y reinó en Jerusalem cincuenta y cinco años: el nombre de su madre fué Hepsiba.
Y edificó altares para todo el ejército del cielo en los dos atrios de la casa de Jehová.
Mas ellos no escucharon; y Manasés los indujo á que hiciesen más mal que las gentes que Jehová destruyó delante de los hijos de Israel.
Y extenderé sobre Jerusalem el cordel de Samaria, y el plomo de la casa de Achâb: y yo limpiaré á Jerusalem como se limpia una escudilla, que después que la han limpiado, la vuelven sobre su haz.
Lo demás de los hechos de Manasés, y todas las cosas que hizo, y su pecado que cometió, ¿no está todo escrito en el libro de las crónicas de los reyes de Judá?
Y anduvo en todos los caminos en que su padre anduvo, y sirvió á las inmundicias á las cuales había servido su padre, y á ellas adoró;
Lo demás de los hechos de Amón, que efectuara, ¿no está todo escrito en el libro de las crónicas de los reyes de Judá?
Y á los dieciocho años del rey Josías, fué que envió el rey á Saphán hijo de Azalía, hijo de Mesullam, escriba, á la casa de Jehová, diciendo:
Y que no se les cuente el dinero cuyo manejo se les confiare, porque ellos proceden con fidelidad.
Y cuando el rey hubo oído las palabras del libro de la ley, rasgó sus vestidos.
Y ella les dijo: Así ha dicho Jehová el Dios de Israel: Decid al varón que os envió á mí:
Y tu corazón se enterneció, y te humillaste delante de Jehová, cuando oíste lo que yo he pronunciado contra este lugar y contra sus moradores, que vendrían á ser asolados y malditos, y rasgaste tus vestidos, y lloraste en mi presencia, también yo te he oído, dice Jehová.
Y poniéndose el rey en pie junto á la columna, hizo alianza delante de Jehová, de que irían en pos de Jehová, y guardarían sus mandamientos, y sus testimonios, y sus estatutos, con todo el corazón y con toda el alma, y que cumplirían las palabras de la alianza que estaban escritas en aquel libro. Y todo el pueblo confirmó el pacto.
Además derribó las casas de los sodomitas que estaban en la casa de Jehová, en las cuales tejían las mujeres pabellones para el bosque.
Quitó también los caballos que los reyes de Judá habían dedicado al sol á la entrada del templo de Jehová, junto á la cámara de Nathan-melech eunuco, el cual tenía cargo de los ejidos; y quemó al fuego los carros del sol.
Igualmente el altar que estaba en Beth-el, y el alto que había hecho Jeroboam hijo de Nabat, el que hizo pecar á Israel, aquel altar y el alto destruyó; y quemó el alto, y lo tornó en polvo, y puso fuego al bosque.
Y todas las casas de los altos que estaban en las ciudades de Samaria, las cuales habían hecho los reyes de Israel para provocar á ira, quitólas también Josías, é hizo de ellas como había hecho en Beth-el.
A los diez y ocho años del rey Josías fué hecha aquella pascua á Jehová en Jerusalem.
Y dijo Jehová: También he de quitar de mi presencia á Judá, como quité á Israel, y abominaré á esta ciudad que había escogido, á Jerusalem, y á la casa de la cual había yo dicho: Mi nombre será allí.
De veintitrés años era Joachâz cuando comenzó á reinar, y reinó tres meses en Jerusalem. El nombre de su madre fué Amutal, hija de Jeremías de Libna.
Y Joacim pagó á Faraón la plata y el oro; mas hizo apreciar la tierra para dar el dinero conforme al mandamiento de Faraón, sacando la plata y oro del pueblo de la tierra, de cada uno según la estimación de su hacienda, para dar á Faraón Nechâo.
Jehová empero envió contra él tropas de Caldeos, y tropas de Siros, y tropas de Moabitas, y tropas de Ammonitas; los cuales envió contra Judá para que la destruyesen, conforme á la palabra de Jehová que había hablado por sus siervos los profetas.
Y durmió Joacim con sus padres, y reinó en su lugar Joachîn su hijo.
En aquel tiempo subieron los siervos de Nabucodonosor rey de Babilonia contra Jerusalem, y la ciudad fué cercada .
Y llevó en cautiverio á toda Jerusalem, á todos los príncipes, y á todos los hombres valientes, hasta diez mil cautivos, y á todos los oficiales y herreros; que no quedó nadie, excepto los pobres del pueblo de la tierra.
De veintiún años era Sedecías cuando comenzó á reinar, y reinó en Jerusalem once años. El nombre de su madre fué Amutal hija de Jeremías, de Libna.
Y estuvo la ciudad cercada hasta el undécimo año del rey Sedecías.
Tomado pues el rey, trajéronle al rey de Babilonia á Ribla, y profirieron contra él sentencia.
Y todo el ejército de los Caldeos que estaba con el capitán de la guardia, derribó los muros de Jerusalem alrededor.
Lleváronse también los calderos, y las paletas, y las tenazas, y los cucharones, y todos los vasos de metal con que ministraban.
Tomó entonces el capitán de los de la guardia á Saraías primer sacerdote, y á Sophonías segundo sacerdote, y tres guardas de la vajilla;
Y al pueblo que Nabucodonosor rey de Babilonia dejó en tierra de Judá, puso por gobernador á Gedalías, hijo de Ahicam hijo de Saphán.
Y levantándose todo el pueblo, desde el menor hasta el mayor, con los capitanes del ejército, fuéronse á Egipto por temor de los Caldeos.
Y fuéle diariamente dada su comida de parte del rey de continuo, todos los días de su vida.
Y á cualquiera que hubiere quedado de todos los lugares donde peregrinare, los hombres de su lugar le ayuden con plata, y oro, y hacienda, y con bestias; con dones voluntarios para la casa de Dios, la cual está en Jerusalem.
Sacólos pues Ciro rey de Persia, por mano de Mitrídates tesorero, el cual los dió por cuenta á Sesbassar príncipe de Judá.
Y ESTOS son los hijos de la provincia que subieron de la cautividad, de la transmigración que Nabucodonosor rey de Babilonia hizo traspasar á Babilonia, y que volvieron á Jerusalem y á Judá, cada uno á su ciudad:
Los hijos de Ara, setecientos setenta y cinco;
Los hijos de Zachâi, setecientos y sesenta;
Los hijos de Adonicam, seiscientos sesenta y seis;
Los hijos de Besai, trescientos veinte y tres;
Los hijos de Beth-lehem, ciento veinte y tres;
Los hijos de Chîriath-jearim, Cephira, y Beeroth, setecientos cuarenta y tres;
Los hijos de Nebo, cincuenta y dos;
Los hijos de Lod, Hadid, y Ono, setecientos veinte y cinco;
Los hijos de Immer, mil cincuenta y dos;
Los cantores: los hijos de Asaph, ciento veinte y ocho.
Los hijos de Lebana, los hijos de Hagaba, los hijos de Accub;
Los hijos de Uzza, los hijos de Phasea, los hijos de Besai;
Los hijos de Barcos, los hijos de Sisera, los hijos de Thema;
Los hijos de Sephatías, los hijos de Hatil, los hijos de Phochêreth-hassebaim, los hijos de Ami.
Y de los hijos de los sacerdotes: los hijos de Abaía, los hijos de Cos, los hijos de Barzillai, el cual tomó mujer de las hijas de Barzillai Galaadita, y fué llamado del nombre de ellas.
Sin sus siervos y siervas, los cuales eran siete mil trescientos treinta y siete: y tenían doscientos cantores y cantoras.
Según sus fuerzas dieron al tesorero de la obra sesenta y un mil dracmas de oro, y cinco mil libras de plata, y cien túnicas sacerdotales.
Y asentaron el altar sobre sus basas, bien que tenían miedo de los pueblos de las tierras, y ofrecieron sobre él holocaustos á Jehová, holocaustos á la mañana y á la tarde.
Y dieron dinero á los carpinteros y oficiales; asimismo comida y bebida y aceite á los Sidonios y Tirios, para que trajesen madera de cedro del Líbano á la mar de Joppe, conforme á la voluntad de Ciro rey de Persia acerca de esto.
Y cantaban, alabando y confesando á Jehová, y decían: Porque es bueno, porque para siempre es su misericordia sobre Israel. Y todo el pueblo aclamaba con grande júbilo, alabando á Jehová, porque á la casa de Jehová se echaba el cimiento.
Llegáronse á Zorobabel, y á los cabezas de los padres, y dijéronles: Edificaremos con vosotros, porque como vosotros buscaremos á vuestro Dios, y á él sacrificamos desde los días de Esar-haddón rey de Asiria, que nos hizo subir aquí.
Y en el reinado de Assuero, en el principio de su reinado, escribieron acusaciones contra los moradores de Judá y de Jerusalem.
Y los demás pueblos que el grande y glorioso Asnappar trasportó, é hizo habitar en las ciudades de Samaria, y los demás de la otra parte del río, etcétera, escribieron.
Ya pues que estamos mantenidos de palacio, no nos es justo ver el menosprecio del rey: hemos enviado por tanto, y hécholo saber al rey,
La carta que nos enviasteis claramente fué leída delante de mí.
Y mirad bien que no hagáis error en esto: ¿por qué habrá de crecer el daño para perjuicio de los reyes?
Entonces se levantaron Zorobabel hijo de Sealthiel, y Jesuá hijo de Josadec; y comenzaron á edificar la casa de Dios que estaba en Jerusalem; y con ellos los profetas de Dios que les ayudaban.
Traslado de la carta que Tatnai, capitán de la parte allá del río, y Sethar-boznai, y sus compañeros los Apharsachêos, que estaban á la parte allá del río, enviaron al rey Darío.
Y también les preguntamos sus nombres para hacértelo saber, para escribirte los nombres de los varones que estaban por cabezas de ellos.
Y también los vasos de oro y de plata de la casa de Dios, que Nabucodonosor había sacado del templo que estaba en Jerusalem, y los había metido en el templo de Babilonia, el rey Ciro los sacó del templo de Babilonia, y fueron entregados á Sesbassar, al cual había puesto por gobernador;
ENTONCES el rey Darío dió mandamiento, y buscaron en la casa de los libros, donde guardaban los tesoros allí en Babilonia.
Y también los vasos de oro y de plata de la casa de Dios, que Nabucodonosor sacó del templo que estaba en Jerusalem y los pasó á Babilonia, sean devueltos y vayan al templo que está en Jerusalem, á su lugar, y sean puestos en la casa de Dios.
Y lo que fuere necesario, becerros y carneros y corderos, para holocaustos al Dios del cielo, trigo, sal, vino y aceite, conforme á lo que dijeren los sacerdotes que están en Jerusalem, déseles cada un día sin obstáculo alguno;
Entonces Tatnai, gobernador del otro lado del río, y Sethar-boznai, y sus compañeros, hicieron prestamente según el rey Darío había enviado.
Y ofrecieron en la dedicación de esta casa de Dios cien becerros, doscientos carneros, cuatrocientos corderos; y machos de cabrío en expiación por todo Israel, doce , conforme al número de las tribus de Israel.
Y comieron los hijos de Israel que habían vuelto de la transmigración, y todos los que se habían apartado á ellos de la inmundicia de las gentes de la tierra, para buscar á Jehová Dios de Israel.
Hijo de Amarías, hijo de Azarías, hijo de Meraioth,
Y subieron con él á Jerusalem de los hijos de Israel, y de los sacerdotes, y Levitas, y cantores, y porteros, y Nethineos, en el séptimo año del rey Artajerjes.
Y este es el traslado de la carta que dió el rey Artajerjes á Esdras, sacerdote escriba, escriba de las palabras mandadas de Jehová, y de sus estatutos á Israel:
Y á llevar la plata y el oro que el rey y sus consultores voluntariamente ofrecen al Dios de Israel, cuya morada está en Jerusalem;
Y los vasos que te son entregados para el servicio de la casa de tu Dios, los restituirás delante de Dios en Jerusalem.
Todo lo que es mandado por el Dios del cielo, sea hecho prestamente para la casa del Dios del cielo: pues, ¿por qué habría de ser su ira contra el reino del rey y de sus hijos?
Bendito Jehová, Dios de nuestros padres, que puso tal cosa en el corazón del rey, para honrar la casa de Jehová que está en Jerusalem.
De los hijos de Sechânías y de los hijos de Pharos, Zacarías, y con él, en la línea de varones, ciento y cincuenta;
De los hijos de Elam, Isaía, hijo de Athalías, y con él setenta varones;
Y de los hijos de Bebai, Zacarías, hijo de Bebai, y con él veintiocho varones;
Y juntélos junto al río que viene á Ahava, y reposamos allí tres días: y habiendo buscado entre el pueblo y entre los sacerdotes, no hallé allí de los hijos de Leví.
Y á Hasabías, y con él á Isaía de los hijos de Merari, á sus hermanos y á sus hijos, veinte;
Ayunamos pues, y pedimos á nuestro Dios sobre esto, y él nos fué propicio.
Además veinte tazones de oro, de mil dracmas; y dos vasos de metal limpio muy bueno, preciados como el oro.
Y partimos del río de Ahava el doce del mes primero, para ir á Jerusalem: y la mano de nuestro Dios fué sobre nosotros, el cual nos libró de mano de enemigo y de asechador en el camino.
Los que habían venido de la cautividad, los hijos de la transmigración, ofrecieron holocaustos al Dios de Israel, doce becerros por todo Israel, noventa y seis carneros, setenta y siete corderos, doce machos cabríos por expiación: todo en holocausto á Jehová.
Lo cual oyendo yo, rasgué mi vestido y mi manto, y arranqué de los cabellos de mi cabeza y de mi barba, y sentéme atónito.
Desde los días de nuestros padres hasta este día estamos en grande culpa; y por nuestras iniquidades nosotros, nuestros reyes, y nuestros sacerdotes, hemos sido entregados en manos de los reyes de las tierras, á cuchillo, á cautiverio, y á robo, y á confusión de rostro, como hoy día.
Los cuales prescribiste por mano de tus siervos los profetas, diciendo: La tierra á la cual entráis para poseerla, tierra inmunda es á causa de la inmundicia de los pueblos de aquellas regiones, por las abominaciones de que la han henchido de uno á otro extremo con su inmundicia.
Jehová, Dios de Israel, tú eres justo: pues que hemos quedado algunos salvos, como este día, henos aquí delante de ti en nuestros delitos; porque no es posible subsistir en tu presencia á causa de esto.
Levántate, porque á ti toca el negocio, y nosotros seremos contigo; esfuérzate, y ponlo por obra.
Y que el que no viniera dentro de tres días, conforme al acuerdo de los príncipes y de los ancianos, perdiese toda su hacienda, y él fuese apartado de la compañía de los de la transmigración.
Y respondió todo aquel concurso, y dijeron en alta voz: Así se haga conforme á tu palabra.
E hicieron así los hijos de la transmigración. Y apartados que fueron luego Esdras sacerdote, y los varones cabezas de familias en la casa de sus padres, todos ellos por sus nombres, sentáronse el primer día del mes décimo para inquirir el negocio.
Y de los hijos de Immer: Hanani y Zebadías.
Y de los cantores, Eliasib; y de los porteros: Sellum, y Telem, y Uri.
Y de los hijos de Bebai: Johanán, Hananías, Zabbai, Atlai.
Benjamín, Malluch, Semarías.
Vanías, Meremoth, Eliasib,
Machnadbai, Sasai, Sarai,
Todos estos habían tomado mujeres extranjeras; y había mujeres de ellos que habían parido hijos.
Y fué que, como yo oí estas palabras, sentéme y lloré, y enlutéme por algunos días, y ayuné y oré delante del Dios de los cielos.
Acuérdate ahora de la palabra que ordenaste á Moisés tu siervo, diciendo: Vosotros prevaricaréis, y yo os esparciré por los pueblos:
Y FUÉ en el mes de Nisán, en el año veinte del rey Artajerjes, que estando ya el vino delante de él, tomé el vino, y dílo al rey. Y como yo no había estado antes triste en su presencia,
Y dije al rey: Si al rey place, y si agrada tu siervo delante de ti, que me envíes á Judá, á la ciudad de los sepulcros de mis padres, y la reedificaré.
Y vine luego á los gobernadores de la otra parte del río, y les dí las cartas del rey. Y el rey envió conmigo capitanes del ejército y gente de á caballo.
Y salí de noche por la puerta del Valle hacia la fuente del Dragón y á la puerta del Muladar; y consideré los muros de Jerusalem que estaban derribados, y sus puertas que estaban consumidas del fuego.
Díjeles pues: Vosotros veis el mal en que estamos, que Jerusalem está desierta, y sus puertas consumidas del fuego: venid, y edifiquemos el muro de Jerusalem, y no seamos más en oprobio.
Y LEVANTÓSE Eliasib el gran sacerdote con sus hermanos los sacerdotes, y edificaron la puerta de las Ovejas. Ellos aparejaron y levantaron sus puertas hasta la torre de Meah, aparejáronla hasta la torre de Hananeel.
E inmediato á ellos restauraron los Tecoitas; mas sus grandes no prestaron su cerviz á la obra de su Señor.
Junto á ellos restauró también Repaías hijo de Hur, príncipe de la mitad de la región de Jerusalem.
La puerta del Valle la restauró Hanún con los moradores de Zanoa: ellos la reedificaron, y levantaron sus puertas, con sus cerraduras y sus cerrojos, y mil codos en el muro hasta la puerta del Muladar.
Tras él restauraron los Levitas, Rehum hijo de Bani; junto á él restauró Asabías, príncipe de la mitad de la región de Ceila en su región.
Tras él restauró Meremoth hijo de Urías hijo de Cos la otra medida, desde la entrada de la casa de Eliasib, hasta el cabo de la casa de Eliasib.
Paal hijo de Uzai, enfrente de la esquina y la torre alta que sale de la casa del rey, que está en el patio de la cárcel. Después de él, Pedaía hijo de Pharos.
Después de ellos restauró Sadoc hijo de Immer, enfrente de su casa: y después de él restauró Semaías hijo de Sechânías, guarda de la puerta oriental.
Y FUÉ que como oyó Sanballat que nosotros edificábamos el muro, encolerizóse y enojóse en gran manera, é hizo escarnio de los Judíos.
Y no cubras su iniquidad, ni su pecado sea raído delante de tu rostro; porque se airaron contra los que edificaban.
Entonces oramos á nuestro Dios, y por causa de ellos pusimos guarda contra ellos de día y de noche.
Entonces puse por los bajos del lugar, detrás del muro, en las alturas de los peñascos, puse el pueblo por familias con sus espadas, con sus lanzas, y con sus arcos.
Los que edificaban en el muro, y los que llevaban cargas y los que cargaban, con la una mano trabajaban en la obra, y en la otra tenían la espada.
Nosotros pues trabajábamos en la obra; y la mitad de ellos tenían lanzas desde la subida del alba hasta salir las estrellas.
Y había quien decía: Nosotros, nuestros hijos y nuestras hijas, somos muchos: hemos por tanto tomado grano para comer y vivir.
Y enojéme en gran manera cuando oí su clamor y estas palabras.
También yo, y mis hermanos, y mis criados, les hemos prestado dinero y grano: relevémosles ahora de este gravamen.
También desde el día que me mandó el rey que fuese gobernador de ellos en la tierra de Judá, desde el año veinte del rey Artajerjes hasta el año treinta y dos, doce años, ni yo ni mis hermanos comimos el pan del gobernador.
Y lo que se aderezaba para cada día era un buey, seis ovejas escogidas, y aves también se aparejaban para mí, y cada diez días vino en toda abundancia: y con todo esto nunca requerí el pan del gobernador, porque la servidumbre de este pueblo era grave.
Y enviéles mensajeros, diciendo: Yo hago una grande obra, y no puedo ir; porque cesaría la obra, dejándola yo para ir á vosotros.
Y que has puesto profetas que prediquen de ti en Jerusalem, diciendo: ¡Rey en Judá! Y ahora serán oídas del rey las tales palabras: ven por tanto, y consultemos juntos.
Entonces dije: ¿Un hombre como yo ha de huir? ¿y quién, que como yo fuera, entraría al templo para salvar la vida? No entraré.
Acabóse pues el muro el veinticinco del mes de Elul, en cincuenta y dos días.
También contaban delante de mí sus buenas obras, y referíanle mis palabras. Y enviaba Tobías cartas para atemorizarme.
Y la ciudad era espaciosa y grande, pero poco pueblo dentro de ella, y no había casas reedificadas.
Los hijos de Paros, dos mil ciento setenta y dos;
Los hijos de Elam, mil doscientos cincuenta y cuatro;
Los hijos de Bebai, seiscientos veintiocho ;
Los hijos de Addin, seiscientos cincuenta y cinco;
Los hijos de Hariph, ciento doce ;
Los varones de Beth-azmaveth, cuarenta y dos;
Los varones de Beth-el y de Ai, ciento veintitrés ;
Los hijos de Jericó, trescientos cuarenta y cinco;
Los hijos de Immer, mil cincuenta y dos;
Cantores: los hijos de Asaph, ciento cuarenta y ocho.
Los hijos de Lebana, los hijos de Hagaba, los hijos de Salmai,
Los hijos de Besai, los hijos de Meunim, los hijos de Nephisesim,
Los hijos de Nesía, los hijos de Hatipha.
Todos los Nethineos, é hijos de los siervos de Salomón, trescientos noventa y dos.
Estos buscaron su registro de genealogías, y no se halló; y fueron echados del sacerdocio.
Sus caballos, setecientos treinta y seis; sus mulos, doscientos cuarenta y cinco;
Y lo que dió el resto del pueblo fué veinte mil dracmas de oro, y dos mil libras de plata, y sesenta y siete vestiduras sacerdotales.
Y leyó en el libro delante de la plaza que está delante de la puerta de las Aguas, desde el alba hasta el medio día , en presencia de hombres y mujeres y entendidos; y los oídos de todo el pueblo estaban atentos al libro de la ley.
Y Jesuá, y Bani, y Serebías, Jamín, Accub, Sabethai, Odías, Maasías, Celita, Azarías, Jozabed, Hanán, Pelaía, Levitas, hacían entender al pueblo la ley: y el pueblo estaba en su lugar.
Los Levitas pues, hacían callar á todo el pueblo, diciendo: Callad, que es día santo, y no os entristezcáis.
Y que hiciesen saber, y pasar pregón por todas sus ciudades y por Jerusalem, diciendo: Salid al monte, y traed ramos de oliva, y ramos de pino , y ramos de arrayán, y ramos de palmas, y ramos de todo árbol espeso, para hacer cabañas como está escrito.
Y EL día veinticuatro del mismo mes se juntaron los hijos de Israel en ayuno, y con sacos, y tierra sobre sí.
Y dijeron los Levitas, Jesuá y Cadmiel, Bani, Hosabnías, Serebías, Odaías, Sebanías y Pethaía: Levantaos, bendecid á Jehová vuestro Dios desde el siglo hasta el siglo: y bendigan el nombre tuyo, glorioso y alto sobre toda bendición y alabanza.
Y miraste la aflicción de nuestros padres en Egipto, y oíste el clamor de ellos en el mar Bermejo;
Y sobre el monte de Sinaí descendiste, y hablaste con ellos desde el cielo, y dísteles juicios rectos, leyes verdaderas, y estatutos y mandamientos buenos:
Y no quisieron oir, ni se acordaron de tus maravillas que habías hecho con ellos; antes endurecieron su cerviz, y en su rebelión pensaron poner caudillo para volverse á su servidumbre. Tú empero, eres Dios de perdones, clemente y piadoso, tardo para la ira, y de mucha misericordia, que no los dejaste.
Y sustentástelos cuarenta años en el desierto; de ninguna cosa tuvieron necesidad: sus vestidos no se envejecieron, ni se hincharon sus pies.
Y tomaron ciudades fortalecidas, y tierra pingüe, y heredaron casas llenas de todo bien, cisternas hechas, viñas y olivares, y muchos árboles de comer; y comieron, y hartáronse, y engrosáronse, y deleitáronse en tu grande bondad.
Y protestásteles que se volviesen á tu ley; mas ellos hicieron soberbiamente, y no oyeron tus mandamientos, sino que pecaron contra tus juicios, los cuales si el hombre hiciere, en ellos vivirá; y dieron hombro renitente, y endurecieron su cerviz, y no escucharon.
Tú empero eres justo en todo lo que ha venido sobre nosotros; porque rectamente has hecho, mas nosotros hemos hecho lo malo:
Y se multiplica su fruto para los reyes que has puesto sobre nosotros por nuestros pecados, quienes se enseñorean sobre nuestros cuerpos, y sobre nuestras bestias, conforme á su voluntad, y estamos en grande angustia.
Pashur, Amarías, Malchías,
Mesullam, Abías, Miamín,
Michâ, Rehob, Hasabías,
Bunni, Azgad, Bebai,
Ariph, Anathoth, Nebai,
Hoseas, Hananías, Asub,
Malluch, Harim, Baana.
Asimismo, que si los pueblos de la tierra trajesen á vender mercaderías y comestibles en día de sábado, nada tomaríamos de ellos en sábado, ni en día santificado; y que dejaríamos el año séptimo, con remisión de toda deuda.
Y que cada año traeríamos las primicias de nuestra tierra, y las primicias de todo fruto de todo árbol, á la casa de Jehová:
Porque á las cámaras han de llevar los hijos de Israel y los hijos de Leví la ofrenda del grano, del vino, y del aceite; y allí estarán los vasos del santuario, y los sacerdotes que ministran, y los porteros, y los cantores; y no abandonaremos la casa de nuestro Dios.
En Jerusalem pues habitaron de los hijos de Judá, y de los hijos de Benjamín. De los hijos de Judá: Athaías hijo de Uzzías, hijo de Zacarías, hijo de Amarías, hijo de Sephatías, hijo de Mahalaleel, de los hijos de Phares;
Y tras él, Gabbai, Sallai, novecientos veinte y ocho.
Y sus hermanos los que hacían la obra de la casa, ochocientos veintidós: y Adaías hijo de Jeroham, hijo de Pelalías, hijo de Amsi, hijo de Zacarías, hijo de Pashur, hijo de Malachías,
Y Sabethai y Jozabad, de los principales de los Levitas, sobrestantes de la obra exterior de la casa de Dios;
Y el resto de Israel, de los sacerdotes, de los Levitas, en todas las ciudades de Judá, cada uno en su heredad.
Y Pethahías hijo de Mesezabel, de los hijos de Zerah hijo de Judá, estaba á la mano del rey en todo negocio del pueblo.
Y en Siclag, y en Mechôna, y en sus aldeas;
En Anathoth, Nob, Ananiah;
Y algunos de los Levitas, en los repartimientos de Judá y de Benjamín.
Iddo, Ginetho, Abías,
Y los Levitas: Jesuá, Binnui, Cadmiel, Serebías, Judá, y Mathanías, que con sus hermanos oficiaba en los himnos.
Y en los días de Joiacim los sacerdotes cabezas de familias fueron: de Seraías, Meraías; de Jeremías, Hananías;
De Iddo, Zacarías; de Ginnethón, Mesullam;
De Sallai, Callai; de Amoc, Eber;
Los cabezas de los Levitas: Hasabías, Serebías, y Jesuá hijo de Cadmiel, y sus hermanos delante de ellos, para alabar y para rendir gracias, conforme al estatuto de David varón de Dios, guardando su turno.
Y fueron reunidos los hijos de los cantores, así de la campiña alrededor de Jerusalem como de las aldeas de Netophati;
E iba tras de ellos Osaías, y la mitad de los príncipes de Judá,
Y sus hermanos Semaías, y Azarael, Milalai, Gilalai, Maai, Nathanael, Judá y Hanani, con los instrumentos músicos de David varón de Dios; y Esdras escriba, delante de ellos.
Pararon luego los dos coros en la casa de Dios; y yo, y la mitad de los magistrados conmigo;
Y en aquel día fueron puestos varones sobre las cámaras de los tesoros, de las ofrendas, de las primicias, y de los diezmos, para juntar en ellas, de los campos de las ciudades, las porciones legales para los sacerdotes y Levitas: porque era grande el gozo de Judá con respecto á los sacerdotes y Levitas que asistían.
AQUEL día se leyó en el libro de Moisés oyéndolo el pueblo, y fué hallado en él escrito, que los Ammonitas y Moabitas no debían entrar jamás en la congregación de Dios;
Y le había hecho una grande cámara, en la cual guardaban antes las ofrendas, y el perfume, y los vasos, y el diezmo del grano, y del vino y del aceite, que estaba mandado dar á los Levitas, á los cantores, y á los porteros; y la ofrenda de los sacerdotes.
Y dije que limpiasen las cámaras, é hice volver allí las alhajas de la casa de Dios, las ofrendas y el perfume.
Y puse por sobrestantes de ellos á Selemías sacerdote, y á Sadoc escriba, y de los Levitas, á Pedaías; y á mano de ellos Hanán hijo de Zaccur, hijo de Mathanías: pues que eran tenidos por fieles, y de ellos era el repartir á sus hermanos.
Y reprendí á los señores de Judá, y díjeles: ¿Qué mala cosa es esta que vosotros hacéis, profanando así el día del sábado?
Y protestéles, y díjeles: ¿Por qué os quedáis vosotros delante del muro? Si lo hacéis otra vez, os echaré mano. Desde entonces no vinieron en sábado.
Y reñí con ellos, y maldíjelos, y herí algunos de ellos, y arranquéles los cabellos, y juramentélos , diciendo: No daréis vuestras hijas á sus hijos, y no tomaréis de sus hijas para vuestros hijos, ó para vosotros.
Acuérdate de ellos, Dios mío, contra los que contaminan el sacerdocio, y el pacto del sacerdocio y de los Levitas.
Que en aquellos días, asentado que fué el rey Assuero en la silla de su reino, la cual estaba en Susán capital del reino,
El pabellón era de blanco, verde, y cárdeno, tendido sobre cuerdas de lino y púrpura en sortijas de plata y columnas de mármol: los reclinatorios de oro y de plata, sobre losado de pórfido y de mármol, y de alabastro y de jacinto.
El séptimo día, estando el corazón del rey alegre del vino, mandó á Mehumán, y á Biztha, y á Harbona, y á Bigtha, y á Abagtha, y á Zetar, y á Carcas, siete eunucos que servían delante del rey Assuero,
Y estaban junto á él, Carsena, y Sethar, y Admatha, y Tharsis, y Meres, y Marsena, y Memucán, siete príncipes de Persia y de Media que veían la cara del rey, y se sentaban los primeros del reino:)
Y entonces dirán esto las señoras de Persia y de Media que oyeren el hecho de la reina, á todos los príncipes del rey: y habrá mucho menosprecio y enojo.
Pues envió letras á todas las provincias del rey, á cada provincia conforme á su escribir, y á cada pueblo conforme á su lenguaje, diciendo que todo hombre fuese señor en su casa; y háblese esto según la lengua de su pueblo.
Y la moza que agradare á los ojos del rey, reine en lugar de Vasthi. Y la cosa plugo en ojos del rey, é hízolo así.
Sucedió pues, que como se divulgó el mandamiento del rey y su acuerdo, y siendo reunidas muchas mozas en Susán residencia regia, á cargo de Hegai, fué tomada también Esther para casa del rey, al cuidado de Hegai, guarda de las mujeres.
Y como llegaba el tiempo de cada una de las mozas para venir al rey Assuero, al cabo de haber estado ya doce meses conforme á la ley acerca de las mujeres (porque así se cumplía el tiempo de sus atavíos, esto es, seis meses con óleo de mirra, y seis meses con cosas aromáticas y afeites de mujeres),
Fué pues Esther llevada al rey Assuero á su casa real en el mes décimo, que es el mes de Tebeth, en el año séptimo de su reinado.
Y Esther, según le tenía mandado Mardochêo, no había declarado su nación ni su pueblo; porque Esther hacía lo que decía Mardochêo, como cuando con él se educaba.
DESPUÉS de estas cosas, el rey Assuero engrandeció á Amán hijo de Amadatha Agageo, y ensalzólo, y puso su silla sobre todos los príncipes que estaban con él.
Y vió Amán que Mardochêo ni se arrodillaba ni se humillaba delante de él; y llenóse de ira.
Si place al rey, escríbase que sean destruídos; y yo pesaré diez mil talentos de plata en manos de los que manejan la hacienda, para que sean traídos á los tesoros del rey.
Y fueron enviadas letras por mano de los correos á todas las provincias del rey, para destruir, y matar, y exterminar á todos los Judíos, desde el niño hasta el viejo, niños y mujeres en un día, en el trece del mes duodécimo , que es el mes de Adar, y para apoderarse de su despojo.
Y vino hasta delante de la puerta del rey: porque no era lícito pasar adentro de la puerta del rey con vestido de saco.
Salió pues Atach á Mardochêo, á la plaza de la ciudad que estaba delante de la puerta del rey.
Entonces Esther dijo á Atach, y mandóle decir á Mardochêo:
Porque si absolutamente callares en este tiempo, respiro y libertación tendrán los Judíos de otra parte; mas tú y la casa de tu padre pereceréis. ¿Y quién sabe si para esta hora te han hecho llegar al reino?
Y ACONTECIÓ que al tercer día se vistió Esther su vestido real, y púsose en el patio de adentro de la casa del rey, enfrente del aposento del rey: y estaba el rey sentado en su solio regio en el aposento real, enfrente de la puerta del aposento.
Y respondió el rey: Daos priesa, llamad á Amán, para hacer lo que Esther ha dicho. Vino pues el rey con Amán al banquete que Esther dispuso.
Y salió Amán aquel día contento y alegre de corazón; pero como vió á Mardochêo á la puerta del rey, que no se levantaba ni se movía de su lugar, llenóse contra Mardochêo de ira.
Mas todo esto nada me sirve cada vez que veo al judío Mardochêo sentado á la puerta del rey.
Y dijo el rey: ¿Qué honra ó que distinción se hizo á Mardochêo por esto? Y respondieron los servidores del rey, sus oficiales: Nada se ha hecho con él.
Y respondió Amán al rey: Al varón cuya honra desea el rey,
Y Amán tomó el vestido y el caballo, y vistió á Mardochêo, y llevólo á caballo por la plaza de la ciudad, é hizo pregonar delante de él: Así se hará al varón cuya honra desea el rey.
VINO pues el rey con Amán á beber con la reina Esther.
Y respondió el rey Assuero, y dijo á la reina Esther: ¿Quién es, y dónde está, aquél á quien ha henchido su corazón para obrar así?
Y dijo Harbona, uno de los eunucos de delante del rey: He aquí también la horca de cincuenta codos de altura que hizo Amán para Mardochêo, el cual había hablado bien por el rey, está en casa de Amán. Entonces el rey dijo: Colgadlo en ella.
Volvió luego Esther á hablar delante del rey, y echóse á sus pies, llorando y rogándole que hiciese nula la maldad de Amán Agageo, y su designio que había formado contra los Judíos.
Y respondió el rey Assuero á la reina Esther, y á Mardochêo Judío: He aquí yo he dado á Esther la casa de Amán, y á él han colgado en la horca, por cuanto extendió su mano contra los Judíos.
Con intimación de que el rey concedía á los Judíos que estaban en todas las ciudades, que se juntasen y estuviesen á la defensa de su vida, prontos á destruir, y matar, y acabar con todo ejército de pueblo ó provincia que viniese contra ellos, aun niños y mujeres, y su despojo para presa,
Y salió Mardochêo de delante del rey con vestido real de cárdeno y blanco, y una gran corona de oro, y un manto de lino y púrpura: y la ciudad de Susán se alegró y regocijó.
Los Judíos se juntaron en sus ciudades en todas las provincias del rey Assuero, para meter mano sobre los que habían procurado su mal: y nadie se puso delante de ellos, porque el temor de ellos había caído sobre todos los pueblos.
Y en Susán capital del reino, mataron y destruyeron los Judíos á quinientos hombres.
Diez hijos de Amán hijo de Amadatha, enemigo de los Judíos: mas en la presa no metieron su mano.
Y mandó el rey que se hiciese así: y dióse la orden en Susán, y colgaron á los diez hijos de Amán.
Mas los Judíos que estaban en Susán se juntaron en el trece y en el catorce del mismo mes; y al quince del mismo reposaron, é hicieron aquel día día de banquete y de regocijo.
Como días en que los Judíos tuvieron reposo de sus enemigos, y el mes que se les tornó de tristeza en alegría, y de luto en día bueno; que los hiciesen días de banquete y de gozo, y de enviar porciones cada uno á su vecino, y dádivas á los pobres.
Por esto llamaron á estos días Purim, del nombre Pur. Por todas las palabras pues de esta carta, y por lo que ellos vieron sobre esto, y lo que llegó á su noticia,
Y envió Mardochêo letras á todos los Judíos, á las ciento veintisiete provincias del rey Assuero, con palabras de paz y de verdad,
Y toda la obra de su fortaleza, y de su valor, y la declaración de la grandeza de Mardochêo, con que el rey le engrandeció, ¿no está escrito en el libro de los anales de los reyes de Media y de Persia?
Y su hacienda era siete mil ovejas, y tres mil camellos, y quinientas yuntas de bueyes, y quinientas asnas, y muchísimos criados: y era aquel varón grande más que todos los Orientales.
Y dijo Jehová á Satán: ¿De dónde vienes? Y respondiendo Satán á Jehová, dijo: De rodear la tierra, y de andar por ella.
Mas extiende ahora tu mano, y toca á todo lo que tiene, y verás si no te blasfema en tu rostro.
Acometieron los Sabeos, y tomáronlos, é hirieron á los mozos á filo de espada: solamente escapé yo para traerte las nuevas.
Y he aquí un gran viento que vino del lado del desierto, é hirió las cuatro esquinas de la casa, y cayó sobre los mozos, y murieron; y solamente escapé yo solo para traerte las nuevas.
Y OTRO día aconteció que vinieron los hijos de Dios para presentarse delante de Jehová, y Satán vino también entre ellos pareciendo delante de Jehová.
Mas extiende ahora tu mano, y toca á su hueso y á su carne, y verás si no te blasfema en tu rostro.
Díjole entonces su mujer: ¿Aun retienes tú tu simplicidad? Bendice á Dios, y muérete.
Así se sentaron con él en tierra por siete días y siete noches, y ninguno le hablaba palabra, porque veían que el dolor era muy grande.
Sea aquel día sombrío, y Dios no cuide de él desde arriba, ni claridad sobre él resplandezca.
Maldíganla los que maldicen al día, los que se aprestan para levantar su llanto.
¿Por qué me previnieron las rodillas? ¿y para qué las tetas que mamase?
O ¿por qué no fuí escondido como aborto, como los pequeñitos que nunca vieron luz?
¿Por qué se da luz al trabajado, y vida á los de ánimo en amargura,
Pues antes que mi pan viene mi suspiro; y mis gemidos corren como aguas.
Si probáremos á hablarte, serte ha molesto; mas ¿quién podrá detener las palabras?
¿Es este tu temor, tu confianza, tu esperanza, y la perfección de tus caminos?
El bramido del león, y la voz del león, y los dientes de los leoncillos son quebrantados.
Sobrevínome un espanto y un temblor, que estremeció todos mis huesos:
He aquí que en sus siervos no confía, y notó necedad en sus ángeles;
AHORA pues da voces, si habrá quien te responda; ¿y á cuál de los santos te volverás?
Su mies comerán los hambrientos, y sacaránla de entre las espinas, y los sedientos beberán su hacienda.
El cual hace cosas grandes é inescrutables , y maravillas que no tienen cuento:
Que prende á los sabios en la astucia de ellos, y el consejo de los perversos es entontecido;
He aquí, bienaventurado es el hombre á quien Dios castiga: por tanto no menosprecies la corrección del Todopoderoso.
Del azote de la lengua serás encubierto; ni temerás de la destrucción cuando viniere.
Asimismo echarás de ver que tu simiente es mucha, y tu prole como la hierba de la tierra.
¡Oh si pesasen al justo mi queja y mi tormento , y se alzasen igualmente en balanza!
¿Comeráse lo desabrido sin sal? ¿ó habrá gusto en la clara del huevo?
Y sería aún mi consuelo, si me asaltase con dolor sin dar más tregua, que yo no he escondido las palabras del Santo.
El atribulado es consolado de su compañero: mas hase abandonado el temor del Omnipotente.
Apártanse de la senda de su rumbo, van menguando y piérdense.
¿Os he dicho yo: Traedme, y pagad por mí de vuestra hacienda;
¿Pensáis censurar palabras, y los discursos de un desesperado, que son como el viento?
¿Hay iniquidad en mi lengua? ¿no puede mi paladar discernir las cosas depravadas?
Cuando estoy acostado, digo: ¿Cuándo me levantaré? Y mide mi corazón la noche, y estoy harto de devaneos hasta el alba.
Los ojos de los que me ven, no me verán más: tus ojos sobre mí, y dejaré de ser.
¿Soy yo la mar, ó ballena, que me pongas guarda?
Aburríme: no he de vivir yo para siempre; déjame, pues que mis días son vanidad.
Pequé, ¿qué te haré, oh Guarda de los hombres? ¿por qué me has puesto contrario á ti, y que á mí mismo sea pesado?
¿Acaso pervertirá Dios el derecho, ó el Todopoderoso pervertirá la justicia?
Y tu principio habrá sido pequeño, y tu postrimería acrecerá en gran manera.
¿Crece el junco sin lodo? ¿crece el prado sin agua?
Apoyaráse él sobre su casa, mas no permanecerá en pie; atendráse á ella, mas no se afirmará.
Ciertamente éste será el gozo de su camino; y de la tierra de donde se traspusiere, nacerán otros.
Y RESPONDIÓ Job, y dijo:
Que arranca los montes con su furor, y no conocen quién los trastornó:
El que hizo el Arcturo, y el Orión, y las Pléyadas, y los lugares secretos del mediodía:
Dios no tornará atrás su ira, y debajo de él se encorvan los que ayudan á los soberbios.
Porque me ha quebrado con tempestad, y ha aumentado mis heridas sin causa.
Bien que yo fuese íntegro, no conozco mi alma: reprocharé mi vida.
Mis días han sido más ligeros que un correo; huyeron, y no vieron el bien.
Yo soy impío, ¿para qué trabajaré en vano?
No hay entre nosotros árbitro que ponga su mano sobre nosotros ambos.
Diré á Dios: no me condenes; hazme entender por qué pleiteas conmigo.
Para que inquieras mi iniquidad, y busques mi pecado,
¿No me fundiste como leche, y como un queso me cuajaste?
Si pequé, tú me has observado, y no me limpias de mi iniquidad.
¿Por qué me sacaste de la matriz? Habría yo espirado, y no me vieran ojos.
Tierra de oscuridad, lóbrega como sombra de muerte, sin orden, y que aparece como la oscuridad misma.
Tú dices: Mi conversar es puro, y yo soy limpio delante de tus ojos.
Es más alto que los cielos: ¿qué harás? Es más profundo que el infierno: ¿cómo lo conocerás?
El hombre vano se hará entendido, aunque nazca como el pollino del asno montés.
Y olvidarás tu trabajo, ó te acordarás de él como de aguas que pasaron:
Mas los ojos de los malos se consumirán, y no tendrán refugio; y su esperanza será agonía del alma.
Yo soy uno de quien su amigo se mofa, que invoca á Dios, y él le responde: con todo, el justo y perfecto es escarnecido.
O habla á la tierra, que ella te enseñará; los peces de la mar te lo declararán también.
En los viejos está la ciencia, y en la larga edad la inteligencia.
Con él está la fortaleza y la existencia; suyo es el que yerra, y el que hace errar.
El impide el labio á los que dicen verdad, y quita á los ancianos el consejo.
El quita el seso de las cabezas del pueblo de la tierra, y háceles que se pierdan vagueando sin camino:
Mas yo hablaría con el Todopoderoso, y querría razonar con Dios.
¿Habéis de hablar iniquidad por Dios? ¿habéis de hablar por él engaño?
De cierto su alteza os había de espantar, y su pavor había de caer sobre vosotros.
He aquí, aunque me matare, en él esperaré; empero defenderé delante de él mis caminos.
¿Quién es el que pleiteará conmigo? porque si ahora yo callara, fenecería.
¿Cuántas iniquidades y pecados tengo yo? hazme entender mi prevaricación y mi pecado.
Pones además mis pies en el cepo, y guardas todos mis caminos, imprimiéndolo á las raíces de mis pies.
¿Y sobre éste abres tus ojos, y me traes á juicio contigo?
Porque si el árbol fuere cortado, aun queda de él esperanza; retoñecerá aún, y sus renuevos no faltarán.
Las aguas de la mar se fueron, y agotóse el río, secóse.
Aficionado á la obra de tus manos, llamarás, y yo te responderé.
Las piedras son desgastadas con el agua impetuosa, que se lleva el polvo de la tierra: de tal manera haces tú perecer la esperanza del hombre.
Y RESPONDIÓ Eliphaz Temanita, y dijo:
Porque tu boca declaró tu iniquidad, pues has escogido el hablar de los astutos.
¿Qué sabes tú que no sepamos? ¿qué entiendes que no se halle en nosotros?
Pues haces frente á Dios con tu espíritu, y sacas tales palabras de tu boca?
Escúchame; yo te mostraré y te contaré lo que he visto:
Estruendos espantosos hay en sus oídos; en la paz le vendrá quien lo asuele.
Por cuanto él extendió su mano contra Dios, y se esforzó contra el Todopoderoso,
No enriquecerá, ni será firme su potencia, ni extenderá por la tierra su hermosura.
El perderá su agraz como la vid, y derramará su flor como la oliva.
Muchas veces he oído cosas como estas: consoladores molestos sois todos vosotros.
Si hablo, mi dolor no cesa; y si dejo de hablar, no se aparta de mí.
Abrieron contra mí su boca; hirieron mis mejillas con afrenta; contra mí se juntaron todos.
Quebrantóme de quebranto sobre quebranto; corrió contra mí como un gigante.
¡Oh tierra! no cubras mi sangre, y no haya lugar á mi clamor.
Mas los años contados vendrán, y yo iré el camino por donde no volveré.
Porque á éstos has tú escondido su corazón de inteligencia: por tanto, no los ensalzarás.
Los rectos se maravillarán de esto, y el inocente se levantará contra el hipócrita.
Pusieron la noche por día, y la luz se acorta delante de las tinieblas.
A los rincones de la huesa descenderán, y juntamente descansarán en el polvo.
Oh tú, que despedazas tu alma con tu furor, ¿será dejada la tierra por tu causa, y serán traspasadas de su lugar las peñas?
Porque red será echada en sus pies, y sobre red andará.
Su fuerza será hambrienta, y á su lado estará aparejado quebrantamiento.
Abajo se secarán sus raíces, y arriba serán cortadas sus ramas.
Sobre su día se espantarán los por venir, como ocupó el pavor á los que fueron antes.
Ya me habéis vituperado diez veces: ¿no os avergonzáis de descomediros delante de mí?
He aquí yo clamaré agravio, y no seré oído: daré voces, y no habrá juicio.
E hizo inflamar contra mí su furor, y contóme para sí entre sus enemigos.
Los moradores de mi casa y mis criadas me tuvieron por extraño: forastero fuí yo en sus ojos.
Todos mis confidentes me aborrecieron; y los que yo amaba, se tornaron contra mí.
¡Quién diese ahora que mis palabras fuesen escritas! ¡quién diese que se escribieran en un libro!
Al cual yo tengo de ver por mí, y mis ojos lo verán, y no otro, aunque mis riñones se consuman dentro de mí.
Por cierto mis pensamientos me hacen responder, y por tanto me apresuro.
Si subiere su altivez hasta el cielo, y su cabeza tocare en las nubes,
Sus hijos pobres andarán rogando; y sus manos tornarán lo que él robó.
Su comida se mudará en sus entrañas, hiel de áspides será dentro de él.
Restituirá el trabajo conforme á la hacienda que tomó; y no tragará, ni gozará.
Cuando fuere lleno su bastimento, tendrá angustia: las manos todas de los malvados vendrán sobre él.
Todas tinieblas están guardadas para sus secretos: fuego no soplado lo devorará; su sucesor será quebrantado en su tienda.
Y RESPONDIÓ Job, y dijo:
Miradme, y espantaos, y poned la mano sobre la boca.
Sus casas seguras de temor, ni hay azote de Dios sobre ellos.
Gastan sus días en bien, y en un momento descienden á la sepultura.
¡Oh cuántas veces la lámpara de los impíos es apagada, y viene sobre ellos su quebranto, y Dios en su ira les reparte dolores!
Porque ¿qué deleite tendrá él de su casa después de sí, siendo cortado el número de sus meses?
Y estotro morirá en amargura de ánimo, y no habiendo comido jamás con gusto.
¿No habéis preguntado á los que pasan por los caminos, por cuyas señas no negaréis,
Los terrones del valle le serán dulces; y tras de él será llevado todo hombre, y antes de él han ido innumerables .
¿Tiene su contentamiento el Omnipotente en que tú seas justificado, ó provecho de que tú hagas perfectos tus caminos?
No diste de beber agua al cansado, y detuviste el pan al hambriento.
O tinieblas, porque no veas; y abundancia de agua te cubre.
¿Quieres tú guardar la senda antigua, que pisaron los hombres perversos?
Verán los justos y se gozarán; y el inocente los escarnecerá, diciendo:
Si te tornares al Omnipotente, serás edificado; alejarás de tu tienda la aflicción;
Orarás á él, y él te oirá; y tú pagarás tus votos.
Y RESPONDIÓ Job, y dijo:
Yo sabría lo que él me respondería, y entendería lo que me dijese.
Si al norte él obrare, yo no lo veré; al mediodía se esconderá, y no lo veré.
Empero si él se determina en una cosa, ¿quién lo apartará? Su alma deseó, é hizo.
¿Por qué no fuí yo cortado delante de las tinieblas, y cubrió con oscuridad mi rostro?
Hacen apartar del camino á los menesterosos: y todos los pobres de la tierra se esconden.
Con las avenidas de los montes se mojan, y abrazan las peñas sin tener abrigo.
De la ciudad gimen los hombres, y claman las almas de los heridos de muerte: mas Dios no puso estorbo.
En las tinieblas minan las casas, que de día para sí señalaron; no conocen la luz.
Olvidaráse de ellos el seno materno; de ellos sentirán los gusanos dulzura; nunca más habrá de ellos memoria, y como un árbol serán los impíos quebrantados.
Fueron ensalzados por un poco, mas desaparecen, y son abatidos como cada cual: serán encerrados, y cortados como cabezas de espigas.
¿Tienen sus ejércitos número? ¿y sobre quién no está su luz?
Y RESPONDIÓ Job, y dijo:
Cosas inanimadas son formadas debajo de las aguas, y los habitantes de ellas.
El restriñe la faz de su trono, y sobre él extiende su nube.
Su espíritu adornó los cielos; su mano crió la serpiente tortuosa.
Que todo el tiempo que mi alma estuviere en mí, y hubiere hálito de Dios en mis narices,
Sea como el impío mi enemigo, y como el inicuo mi adversario.
Yo os enseñaré en orden á la mano de Dios: no esconderé lo que hay para con el Omnipotente.
Los que le quedaren, en muerte serán sepultados; y no llorarán sus viudas.
El rico dormirá, mas no será recogido: abrirá sus ojos, mas él no será.
Batirán sus manos sobre él, y desde su lugar le silbarán.
Brota el torrente de junto al morador, aguas que el pie había olvidado: sécanse luego, vanse del hombre.
Nunca la pisaron animales fieros, ni león pasó por ella.
Empero ¿dónde se hallará la sabiduría? ¿y dónde está el lugar de la prudencia?
No puede ser apreciada con oro de Ophir, ni con onique precioso, ni con zafiro.
¿De dónde pues vendrá la sabiduría? ¿y dónde está el lugar de la inteligencia?
Porque él mira hasta los fines de la tierra, y ve debajo de todo el cielo.
Y dijo al hombre: He aquí que el temor del Señor es la sabiduría, y el apartarse del mal la inteligencia.
Como fué en los días de mi mocedad, cuando el secreto de Dios estaba en mi tienda;
Los mozos me veían, y se escondían; y los viejos se levantaban, y estaban en pie;
Porque libraba al pobre que gritaba, y al huérfano que carecía de ayudador.
A los menesterosos era padre; y de la causa que no entendía, me informaba con diligencia:
Mi honra se renovaba en mí, y mi arco se corroboraba en mi mano.
Si me reía con ellos, no lo creían: y no abatían la luz de mi rostro.
Por causa de la pobreza y del hambre andaban solos; huían á la soledad, á lugar tenebroso, asolado y desierto.
Bramaban entre las matas, y se reunían debajo de las espinas.
Porque Dios desató mi cuerda, y me afligió, por eso se desenfrenaron delante de mi rostro.
Hanse revuelto turbaciones sobre mí; combatieron como viento mi alma, y mi salud pasó como nube.
Derribóme en el lodo, y soy semejante al polvo y á la ceniza.
Porque yo conozco que me reduces á la muerte; y á la casa determinada á todo viviente.
Mis entrañas hierven, y no reposan; días de aflicción me han sobrecogido.
Y hase tornado mi arpa en luto, y mi órgano en voz de lamentadores.
¿No ve él mis caminos, y cuenta todos mis pasos?
Siembre yo, y otro coma, y mis verduras sean arrancadas.
Porque es fuego que devoraría hasta el sepulcro, y desarraigaría toda mi hacienda.
Si estorbé el contento de los pobres, é hice desfallecer los ojos de la viuda;
Si no me bendijeron sus lomos, y del vellón de mis ovejas se calentaron;
Si puse en oro mi esperanza, y dije al oro: Mi confianza eres tú;
Esto también fuera maldad juzgada; porque habría negado al Dios soberano.
El extranjero no tenía fuera la noche; mis puertas abría al caminante.
Ciertamente yo lo llevaría sobre mi hombro, y me lo ataría en lugar de corona.
En lugar de trigo me nazcan abrojos, y espinas en lugar de cebada. Acábanse las palabras de Job.
Y Eliú había esperado á Job en la disputa, porque eran más viejos de días que él.
Ciertamente espíritu hay en el hombre, é inspiración del Omnipotente los hace que entiendan.
Os he pues prestado atención, y he aquí que no hay de vosotros quien redarguya á Job, y responda á sus razones.
Yo pues he esperado, porque no hablaban, antes pararon, y no respondieron más.
Hablaré pues y respiraré; abriré mis labios, y responderé.
He aquí yo abriré ahora mi boca, y mi lengua hablará en mi garganta.
Heme aquí á mí en lugar de Dios, conforme á tu dicho: de lodo soy yo también formado.
He aquí que él buscó achaques contra mí, y me tiene por su enemigo;
Sin embargo, en una ó en dos maneras habla Dios; mas el hombre no entiende.
Detendrá su alma de corrupción, y su vida de que pase á cuchillo.
Y su alma se acerca al sepulcro, y su vida á los que causan la muerte.
Orará á Dios, y le amará, y verá su faz con júbilo: y él restituirá al hombre su justicia.
Para apartar su alma del sepulcro, y para iluminarlo con la luz de los vivientes.
ADEMÁS respondió Eliú, y dijo:
Porque Job ha dicho: Yo soy justo, y Dios me ha quitado mi derecho.
Porque ha dicho: De nada servirá al hombre el conformar su voluntad con Dios.
¿Quién visitó por él la tierra? ¿y quién puso en orden todo el mundo?
¿Enseñorearáse el que aborrece juicio? ¿y condenarás tú al que es tan justo?
Porque sus ojos están sobre los caminos del hombre, y ve todos sus pasos.
Por tanto él hará notorias las obras de ellos, cuando los trastornará en la noche, y serán quebrantados.
Y si él diere reposo, ¿quién inquietará? si escondiere el rostro, ¿quién lo mirará? Esto sobre una nación, y lo mismo sobre un hombre;
¿Ha de ser eso según tu mente? El te retribuirá, ora rehuses, ora aceptes, y no yo: di si no, lo que tú sabes.
Porque á su pecado añadió impiedad: bate las manos entre nosotros, y contra Dios multiplica sus palabras.
Yo te responderé razones, y á tus compañeros contigo.
Al hombre como tú dañará tu impiedad, y al hijo del hombre aprovechará tu justicia.
Allí clamarán, y él no oirá, por la soberbia de los malos.
Y AÑADIÓ Eliú, y dijo:
He aquí que Dios es grande, mas no desestima á nadie: es poderoso en fuerza de sabiduría.
El les dará á conocer la obra de ellos, y que prevalecieron sus rebeliones.
Empero los hipócritas de corazón lo irritarán más, y no clamarán cuando él los atare.
Mas tú has llenado el juicio del impío, en vez de sustentar el juicio y la justicia.
Guárdate, no tornes á la iniquidad; pues ésta escogiste más bien que la aflicción.
Los hombres todos la ven; mírala el hombre de lejos.
¿Quién podrá tampoco comprender la extensión de las nubes, y el sonido estrepitoso de su pabellón?
Tocante á ella anunciará el trueno, su compañero, que hay acumulación de ira sobre el que se eleva.
Después de ella bramará el sonido, tronará él con la voz de su magnificencia; y aunque sea oída su voz, no los detiene.
La bestia se entrará en su escondrijo, y estaráse en sus moradas.
Asimismo por sus designios se revuelven las nubes en derredor, para hacer sobre la haz del mundo, en la tierra, lo que él les mandara.
¿Has tú conocido las diferencias de las nubes, las maravillas del Perfecto en sabiduría?
¿Será preciso contarle cuando yo hablaré? Por más que el hombre razone, quedará como abismado.
Temerlo han por tanto los hombres: él no mira á los sabios de corazón.
¿Dónde estabas cuando yo fundaba la tierra? házmelo saber, si tienes inteligencia.
¿Quién encerró con puertas la mar, cuando se derramaba por fuera como saliendo de madre;
¿Has tú mandado á la mañana en tus días? ¿has mostrado al alba su lugar,
¿Has entrado tú hasta los profundos de la mar, y has andado escudriñando el abismo?
¿Si llevarás tú ambas cosas á sus términos, y entenderás las sendas de su casa?
¿Por qué camino se reparte la luz, y se esparce el viento solano sobre la tierra?
¿Tiene la lluvia padre? ¿ó quién engendró las gotas del rocío?
¿Sacarás tú á su tiempo los signos de los cielos, ó guiarás el Arcturo con sus hijos?
¿Quién puso la sabiduría en el interior? ¿ó quién dió al entendimiento la inteligencia?
Cuando están echados en las cuevas, ó se están en sus guaridas para acechar?
Encórvanse, hacen salir sus hijos, pasan sus dolores.
Búrlase de la multitud de la ciudad: no oye las voces del arriero.
¿Confiarás tú en él, por ser grande su fortaleza, y le fiarás tu labor?
Y olvídase de que los pisará el pie, y que los quebrará bestia del campo.
¿Diste tú al caballo la fortaleza? ¿vestiste tú su cerviz de relincho?
Contra él suena la aljaba, el hierro de la lanza y de la pica:
¿Se remonta el águila por tu mandamiento, y pone en alto su nido? Ella habita y está en la piedra, en la cumbre del peñasco y de la roca. Desde allí acecha la comida: sus ojos observan de muy lejos. Sus pollos chupan la sangre: y donde hubiere cadáveres, allí está. A más de eso respondió Jehová á Job, y dijo: ¿Es sabiduría contender con el Omnipotente? El que disputa con Dios, responda á esto. Y respondió Job á Jehová, y dijo: He aquí que yo soy vil, ¿qué te responderé? Mi mano pongo sobre mi boca. Una vez hablé, y no responderé: aun dos veces, mas no tornaré á hablar.
¿Tienes tú brazo como Dios? ¿y tronarás tú con voz como él?
Encúbrelos á todos en el polvo, venda sus rostros en la oscuridad;
Su cola mueve como un cedro, y los nervios de sus genitales son entretejidos.
Echaráse debajo de las sombras, en lo oculto de las cañas, y de los lugares húmedos.
¿SACARÁS tú al leviathán con el anzuelo, ó con la cuerda que le echares en su lengua?
¿Jugarás tú con él como con pájaro, ó lo atarás para tus niñas?
He aquí que la esperanza acerca de él será burlada: porque aun á su sola vista se desmayarán.
¿Quién descubrirá la delantera de su vestidura? ¿quién se llegará á él con freno doble?
Pegado está el uno con el otro, están trabados entre sí, que no se pueden apartar.
Su aliento enciende los carbones, y de su boca sale llama.
De su grandeza tienen temor los fuertes, y á causa de su desfallecimiento hacen por purificarse.
Tiene toda arma por hojarascas, y del blandir de la pica se burla.
No hay sobre la tierra su semejante, hecho para nada temer.
¿Quién es el que oscurece el consejo sin ciencia? por tanto yo denunciaba lo que no entendía; cosas que me eran ocultas, y que no las sabía.
Y aconteció que después que habló Jehová estas palabras á Job, Jehová dijo á Eliphaz Temanita: Mi ira se encendió contra ti y tus dos compañeros: porque no habéis hablado por mí lo recto, como mi siervo Job.
Y vinieron á él todos sus hermanos, y todas sus hermanas, y todos los que antes le habían conocido, y comieron con él pan en su casa, y condoliéronse de él, y consoláronle de todo aquel mal que sobre él había Jehová traído; y cada uno de ellos le dió una pieza de moneda, y un zarcillo de oro.
Y no se hallaron mujeres tan hermosas como las hijas de Job en toda la tierra: y dióles su padre herencia entre sus hermanos.
Antes en la ley de Jehová está su delicia, y en su ley medita de día y de noche.
Porque Jehová conoce el camino de los justos; mas la senda de los malos perecerá.
El que mora en los cielos se reirá; el Señor se burlará de ellos.
Pídeme, y te daré por heredad las gentes, y por posesión tuya los términos de la tierra.
Besad al Hijo, porque no se enoje, y perezcáis en el camino, cuando se encendiere un poco su furor. Bienaventurados todos los que en él confían.
Con mi voz clamé á Jehová, y él me respondió desde el monte de su santidad. (Selah.)
De Jehová es la salud: sobre tu pueblo será tu bendición. (Selah.)
Temblad, y no pequéis: conversad en vuestro corazón sobre vuestra cama, y desistid. (Selah.)
En paz me acostaré, y asimismo dormiré; porque solo tú, Jehová, me harás estar confiado.
Porque tú no eres un Dios que ame la maldad: el malo no habitará junto á ti.
Guíame, Jehová, en tu justicia á causa de mis enemigos; endereza delante de mí tu camino.
Porque tú, oh Jehová, bendecirás al justo; lo cercarás de benevolencia como con un escudo.
Vuelve, oh Jehová, libra mi alma; sálvame por tu misericordia.
Apartaos de mí, todos los obradores de iniquidad; porque Jehová ha oído la voz de mi lloro.
No sea que arrebate mi alma, cual león que despedaza, sin que haya quien libre.
Levántate, oh Jehová, con tu furor; álzate á causa de las iras de mis angustiadores, y despierta en favor mío el juicio que mandaste.
Mi escudo está en Dios, que salva á los rectos de corazón.
He aquí ha tenido parto de iniquidad: concibió trabajo, y parió mentira.
Al Músico principal: sobre Gittith: Salmo de David. OH Jehová, Señor nuestro, ¡cuán grande es tu nombre en toda la tierra, que has puesto tu gloria sobre los cielos!
Pues le has hecho poco menor que los ángeles, y coronástelo de gloria y de lustre.
Oh Jehová, Señor nuestro, ¡cuán grande es tu nombre en toda la tierra!
Porque has hecho mi juicio y mi causa: sentástete en silla juzgando justicia.
Y él juzgará el mundo con justicia; y juzgará los pueblos con rectitud.
Porque demandando la sangre se acordó de ellos: no se olvidó del clamor de los pobres.
Jehová fué conocido en el juicio que hizo; en la obra de sus manos fué enlazado el malo. (Higaion. Selah.)
Pon, oh Jehová, temor en ellos: conozcan las gentes que son no más que hombres. (Selah.)
El malo, por la altivez de su rostro, no busca á Dios: no hay Dios en todos sus pensamientos.
Está en las guaridas de las aldeas: en los escondrijos mata al inocente: sus ojos están acechando al pobre.
Levántate, oh Jehová Dios, alza tu mano, no te olvides de los pobres.
Jehová, Rey eterno y perpetuo; de su tierra fueron destruídas las gentes.
Porque he aquí, los malos flecharon el arco, apercibieron sus saetas sobre la cuerda, para asaetear en oculto á los rectos de corazón.
Sobre los malos lloverá lazos; fuego y azufre, con vientos de torbellinos, será la porción del cáliz de ellos.
Destruirá Jehová todos los labios lisonjeros, la lengua que habla grandezas;
Tú, Jehová, los guardarás; guárdalos para siempre de aquesta generación.
Mira, óyeme, Jehová Dios mío: alumbra mis ojos, porque no duerma en muerte;
Al Músico principal: Salmo de David. DIJO el necio en su corazón: No hay Dios. Corrompiéronse, hicieron obras abominables; no hay quien haga bien.
Allí temblaron de espanto; porque Dios está con la nación de los justos.
El que anda en integridad, y obra justicia, y habla verdad en su corazón.
Michtham de David. GUÁRDAME, oh Dios, porque en ti he confiado.
Jehová es la porción de mi parte y de mi copa; tú sustentarás mi suerte.
Alegróse por tanto mi corazón, y se gozó mi gloria: también mi carne reposará segura.
De delante de tu rostro salga mi juicio; vean tus ojos la rectitud.
Yo te he invocado, por cuanto tú me oirás, oh Dios: inclina á mí tu oído, escucha mi palabra.
Cerrados están con su grosura; con su boca hablan soberbiamente.
De los hombres con tu mano, oh Jehová, de los hombres de mundo, cuya parte es en esta vida, y cuyo vientre hinches de tu tesoro: hartan sus hijos, y dejan el resto á sus chiquitos.
Invocaré á Jehová, digno de ser alabado, y seré salvo de mis enemigos.
Y la tierra fué conmovida y tembló; y moviéronse los fundamentos de los montes, y se estremecieron, porque se indignó él.
Puso tinieblas por escondedero suyo, su pabellón en derredor de sí; oscuridad de aguas, nubes de los cielos.
Y aparecieron las honduras de las aguas, y descubriéronse los cimientos del mundo, á tu reprensión, oh Jehová, por el soplo del viento de tu nariz.
Y sacóme á anchura: libróme, porque se agradó de mí.
Y fuí íntegro para con él, y cauteléme de mi maldad.
Y tú salvarás al pueblo humilde, y humillarás los ojos altivos.
Porque ¿qué Dios hay fuera de Jehová? ¿y qué fuerte fuera de nuestro Dios?
Dísteme asimismo el escudo de tu salud: y tu diestra me sustentó, y tu benignidad me ha acrecentado.
Pues me ceñiste de fortaleza para la pelea; has agobiado mis enemigos debajo de mí.
Librásteme de contiendas de pueblo: pusísteme por cabecera de gentes: pueblo que yo no conocía, me sirvió.
El Dios que me da las venganzas, y sujetó pueblos á mí.
Al Músico principal: Salmo de David. LOS cielos cuentan la gloria de Dios, y la expansión denuncia la obra de sus manos.
Y él, como un novio que sale de su tálamo, alégrase cual gigante para correr el camino.
El temor de Jehová, limpio, que permanece para siempre; los juicios de Jehová son verdad, todos justos.
Detén asimismo á tu siervo de las soberbias; que no se enseñoreen de mí: entonces seré íntegro, y estaré limpio de gran rebelión.
Haga memoria de todos tus presentes, y reduzca á ceniza tu holocausto. (Selah.)
Estos confían en carros, y aquéllos en caballos: mas nosotros del nombre de Jehová nuestro Dios tendremos memoria.
El deseo de su corazón le diste, y no le negaste lo que sus labios pronunciaron. (Selah.)
Porque lo has bendecido para siempre; llenástelo de alegría con tu rostro.
Su fruto destruirás de la tierra, y su simiente de entre los hijos de los hombres.
Al Músico principal, sobre Ajeleth-sahar : Salmo de David. DIOS mío, Dios mío, ¿por qué me has dejado? ¿por qué estás lejos de mi salud, y de las palabras de mi clamor?
Clamaron á ti, y fueron librados: esperaron en ti, y no se avergonzaron.
Empero tú eres el que me sacó del vientre, el que me haces esperar desde que estaba á los pechos de mi madre.
Abrieron sobre mí su boca, como león rapante y rugiente.
Contar puedo todos mis huesos; ellos miran, considéranme.
Sálvame de la boca del león, y óyeme librándome de los cuernos de los unicornios.
De ti será mi alabanza en la grande congregación; mis votos pagaré delante de los que le temen.
Comerán y adorarán todos los poderosos de la tierra: postraránse delante de él todos los que descienden al polvo, si bien ninguno puede conservar la vida á su propia alma.
En lugares de delicados pastos me hará yacer: junto á aguas de reposo me pastoreará.
Ciertamente el bien y la misericordia me seguirán todos los días de mi vida: y en la casa de Jehová moraré por largos días.
El limpio de manos, y puro de corazón: el que no ha elevado su alma á la vanidad, ni jurado con engaño.
¿Quién es este Rey de gloria? Jehová el fuerte y valiente, Jehová el poderoso en batalla.
Dios mío, en ti confío; no sea yo avergonzado, no se alegren de mí mis enemigos.
Acuérdate, oh Jehová, de tus conmiseraciones y de tus misericordias, que son perpetuas.
Todas las sendas de Jehová son misericordia y verdad, para los que guardan su pacto y sus testimonios.
El secreto de Jehová es para los que le temen; y á ellos hará conocer su alianza.
Mira mi aflicción y mi trabajo: y perdona todos mis pecados.
Redime, oh Dios, á Israel de todas sus angustias.
No me he sentado con hombres de falsedad; ni entré con los que andan encubiertamente.
Jehová, la habitación de tu casa he amado, y el lugar del tabernáculo de tu gloria.
Mi pie ha estado en rectitud: en las congregaciones bendeciré á Jehová.
Una cosa he demandado á Jehová, ésta buscaré: que esté yo en la casa de Jehová todos los días de mi vida, para contemplar la hermosura de Jehová, y para inquirir en su templo.
Mi corazón ha dicho de ti: Buscad mi rostro. Tu rostro buscaré, oh Jehová.
No me entregues á la voluntad de mis enemigos; porque se han levantado contra mí testigos falsos, y los que respiran crueldad.
Oye la voz de mis ruegos cuando clamo á ti, cuando alzo mis manos hacia el templo de tu santidad.
Bendito Jehová, que oyó la voz de mis ruegos.
Salmo de David. DAD á Jehová, oh hijos de fuertes, dad á Jehová la gloria y la fortaleza.
Voz de Jehová que quebranta los cedros; y quebrantó Jehová los cedros del Líbano.
Voz de Jehová que hará estar de parto á las ciervas, y desnudará las breñas: y en su templo todos los suyos le dicen gloria.
Jehová Dios mío, á ti clamé, y me sanaste.
Y dije yo en mi prosperidad: no seré jamás conmovido;
Oye, oh Jehová, y ten misericordia de mí: Jehová, sé tú mi ayudador.
Inclina á mí tu oído, líbrame presto; séme por roca de fortaleza , por casa fuerte para salvarme.
Aborrecí á los que esperan en vanidades ilusorias; mas yo en Jehová he esperado.
Porque mi vida se va gastando de dolor, y mis años de suspirar: hase enflaquecido mi fuerza á causa de mi iniquidad, y mis huesos se han consumido.
Mas yo en ti confié, oh Jehová: yo dije: Dios mío eres tú.
Enmudezcan los labios mentirosos, que hablan contra el justo cosas duras, con soberbia y menosprecio.
Y decía yo en mi premura: Cortado soy de delante de tus ojos: tú empero oíste la voz de mis ruegos, cuando á ti clamaba.
Bienaventurado el hombre á quien no imputa Jehová la iniquidad, y en cuyo espíritu no hay superchería.
Por esto orará á ti todo santo en el tiempo de poder hallarte: ciertamente en la inundación de muchas aguas no llegarán éstas á él.
Muchos dolores para el impío; mas el que espera en Jehová, lo cercará misericordia.
Cantadle canción nueva: hacedlo bien tañendo con júbilo.
El junta como en un montón las aguas de la mar: él pone en depósitos los abismos.
El consejo de Jehová permanecerá para siempre; los pensamientos de su corazón por todas las generaciones.
El formó el corazón de todos ellos; él considera todas sus obras.
Para librar sus almas de la muerte, y para darles vida en el hambre.
Salmo de David, cuando mudó su semblante delante de Abimelech, y él lo echó, y fuése. BENDECIRÉ á Jehová en todo tiempo; su alabanzaserásiempre en mi boca.
A él miraron y fueron alumbrados: y sus rostros no se avergonzaron.
Temed á Jehová, vosotros sus santos; porque no hay falta para los que le temen.
Guarda tu lengua de mal, y tus labios de hablar engaño.
Clamaron los justos, y Jehová oyó, y librólos de todas sus angustias.
Matará al malo la maldad; y los que aborrecen al justo serán asolados.
Y saca la lanza, cierra contra mis perseguidores; di á mi alma: Yo soy tu salud.
Porque sin causa escondieron para mí su red en un hoyo; sin causa hicieronhoyopara mi alma.
Levantáronse testigos falsos; demandáronme lo que no sabía;
Pero ellos se alegraron en mi adversidad, y se juntaron; juntáronse contra mí gentes despreciables, y yo no lo entendía: despedazábanme, y no cesaban;
No se alegren de mí mis enemigos injustos: ni los que me aborrecen sin causa hagan del ojo.
Muévete y despierta para mi juicio, para mi causa, Dios mío y Señor mío.
Canten y alégrense los que están á favor de mi justa causa, y digan siempre: Sea ensalzado Jehová, que ama la paz de su siervo.
Las palabras de su boca son iniquidad y fraude; no quiso entender para bien hacer.
¡Cuán ilustre, oh Dios, es tu misericordia! Por eso los hijos de los hombres se amparan bajo la sombra de tus alas.
No venga contra mí pie de soberbia; y mano de impíos no me mueva.
Espera en Jehová, y haz bien; vivirás en la tierra, y en verdad serás alimentado.
Calla á Jehová, y espera en él: no te alteres con motivo del que prospera en su camino, por el hombre que hace maldades.
Pero los mansos heredarán la tierra, y se recrearán con abundancia de paz.
La espada de ellos entrará en su mismo corazón, y su arco será quebrado.
No serán avergonzados en el mal tiempo; y en los días de hambre serán hartos.
Por Jehová son ordenados los pasos del hombre, y aprueba su camino.
Apártate del mal, y haz el bien, y vivirás para siempre.
La ley de su Dios está en su corazón; por tanto sus pasos no vacilarán.
Vi yo al impío sumamente ensalzado, y que se extendía como un laurel verde.
Pero la salvación de los justos es de Jehová, y él es su fortaleza en el tiempo de angustia.
No hay sanidad en mi carne á causa de tu ira; ni hay paz en mis huesos á causa de mi pecado.
Porque mis lomos están llenos de irritación, y no hay sanidad en mi carne.
Mis amigos y mis compañeros se quitaron de delante de mi plaga; y mis cercanos se pusieron lejos.
Porque á ti, oh Jehová, esperé yo: tú responderás, Jehová Dios mío.
Porque mis enemigos están vivos y fuertes: y hanse aumentado los que me aborrecen sin causa:
Al Músico principal, á Jeduthún: Salmo de David. YO DIJE: Atenderé á mis caminos, para no pecar con mi lengua: guardaré mi boca con freno, en tanto que el impío fuere contra mí.
He aquí diste á mis días término corto, y mi edad es como nada delante de ti: ciertamente es completa vanidad todo hombre que vive. (Selah.)
Enmudecí, no abrí mi boca; porque tú lo hiciste.
Déjame, y tomaré fuerzas, antes que vaya y perezca.
Bienaventurado el hombre que puso á Jehová por su confianza, y no mira á los soberbios, ni á los que declinan á la mentira.
El hacer tu voluntad, Dios mío, hame agradado; y tu ley está en medio de mis entrañas.
Porque me han cercado males hasta no haber cuento: hanme comprendido mis maldades, y no puedo levantar la vista: hanse aumentado más que los cabellos de mi cabeza, y mi corazón me falta.
Gócense y alégrense en ti todos los que te buscan; y digan siempre los que aman tu salud: Jehová sea ensalzado.
Jehová lo sustentará sobre el lecho del dolor: mullirás toda su cama en su enfermedad.
Reunidos murmuraban contra mí todos los que me aborrecían: contra mí pensaban mal, diciendo de mí:
En esto habré conocido que te he agradado, que mi enemigo no se holgará de mí.
Mi alma tiene sed de Dios, del Dios vivo: ¡cuándo vendré, y pareceré delante de Dios!
Dios mío, mi alma está en mí abatida: acordaréme por tanto de ti desde tierra del Jordán, y de los Hermonitas, desde el monte de Mizhar.
Mientras se están quebrantando mis huesos, mis enemigos me afrentan, diciéndome cada día: ¿Dónde está tu Dios?
Envía tu luz y tu verdad: éstas me guiarán, me conducirán al monte de tu santidad, y á tus tabernáculos.
Tú con tu mano echaste las gentes, y los plantaste á ellos; afligiste los pueblos, y los arrojaste.
Porque no confiaré en mi arco, ni mi espada me salvará.
Nos hiciste retroceder del enemigo, y saqueáronnos para sí los que nos aborrecían.
Pusístenos por proverbio entre las gentes, por movimiento de cabeza en los pueblos.
No se ha vuelto atrás nuestro corazón, ni tampoco se han apartado nuestros pasos de tus caminos.
Empero por tu causa nos matan cada día; somos tenidos como ovejas para el matadero.
Levántate para ayudarnos, y redímenos por tu misericordia.
Y en tu gloria sé prosperado: cabalga sobre palabra de verdad, y de humildad, y de justicia; y tu diestra te enseñará cosas terribles.
Mirra, áloe, y casia exhalan todos tus vestidos: en estancias de marfil te han recreado.
Y las hijas de Tiro vendrán con presente; implorarán tu favor los ricos del pueblo.
En lugar de tus padres serán tus hijos, á quienes harás príncipes en toda la tierra.
Bramarán, turbaránse sus aguas; temblarán los montes á causa de su braveza. (Selah.)
Jehová de los ejércitos es con nosotros; nuestro refugio es el Dios de Jacob. (Selah.)
Jehová de los ejércitos es con nosotros; nuestro refugio es el Dios de Jacob. (Selah.)
El nos elegirá nuestras heredades; la hermosura de Jacob, al cual amó. (Selah.)
Reinó Dios sobre las gentes: asentóse Dios sobre su santo trono.
Dios en sus palacios es conocido por refugio.
Con viento solano quiebras tú las naves de Tharsis.
Alegraráse el monte de Sión; se gozarán las hijas de Judá por tus juicios.
Al Músico principal: Salmo para los hijos de Coré. OID esto, pueblos todos; escuchad, habitadores todos del mundo:
¿Por qué he de temer en los días de adversidad, cuando la iniquidad de mis insidiadores me cercare?
Que viva adelante para siempre, y nunca vea la sepultura.
Este su camino es su locura: con todo, corren sus descendientes por el dicho de ellos. (Selah.)
Porque en muriendo no llevará nada, ni descenderá tras él su gloria.
Salmo de Asaph. EL Dios de dioses, Jehová, ha hablado, y convocado la tierra desde el nacimiento del sol hasta donde se pone.
Juntadme mis santos; los que hicieron conmigo pacto con sacrificio.
No tomaré de tu casa becerros, ni machos cabríos de tus apriscos.
¿Tengo de comer yo carne de toros, ó de beber sangre de machos cabríos?
Pues que tú aborreces el castigo, y echas á tu espalda mis palabras?
Estas cosas hiciste, y yo he callado: pensabas que de cierto sería yo como tú: yo te argüiré, y pondrélas delante de tus ojos.
Lávame más y más de mi maldad, y límpiame de mi pecado.
He aquí, tú amas la verdad en lo íntimo: y en lo secreto me has hecho comprender sabiduría.
Crea en mí, oh Dios, un corazón limpio; y renueva un espíritu recto dentro de mí.
Líbrame de homicidios, oh Dios, Dios de mi salud: cantará mi lengua tu justicia.
Haz bien con tu benevolencia á Sión: edifica los muros de Jerusalem.
Amaste el mal más que el bien; la mentira más que hablar justicia. (Selah.)
He aquí el hombre que no puso á Dios por su fortaleza, sino que confió en la multitud de sus riquezas, y se mantuvo en su maldad.
Dios desde los cielos miró sobre los hijos de los hombres, por ver si hay algún entendido que busque á Dios.
¡Oh quién diese de Sión saludes á Israel! En volviendo Dios la cautividad de su pueblo, gozarse ha Jacob, y alegraráse Israel.
He aquí, Dios es el que me ayuda; el Señor es con los que sostienen mi vida.
Al Músico principal: en Neginoth: Masquil de David. ESCUCHA, oh Dios, mi oración, y no te escondas de mi súplica.
Temor y temblor vinieron sobre mí, y terror me ha cubierto.
Deshace, oh Señor, divide la lengua de ellos; porque he visto violencia y rencilla en la ciudad.
Mas tú, hombre, al parecer íntimo mío, mi guía, y mi familiar:
Tarde y mañana y á medio día oraré y clamaré; y él oirá mi voz.
Ablandan más que manteca su boca, pero guerra hay en su corazón: suavizan sus palabras más que el aceite, mas ellas son cuchillos.
Apúranme mis enemigos cada día; porque muchos son los que pelean contra mí, oh Altísimo.
Reúnense, escóndense, miran ellos atentamente mis pasos, esperando mi vida.
En Dios alabaré su palabra; en Jehová alabaré su palabra.
Al Músico principal: sobre No destruyas: Michtam de David, cuando huyó de delante de Saúl á la cueva. TEN misericordia de mí, oh Dios, ten misericordia de mí; porque en ti ha confiado mi alma, y en la sombra de tus alas me ampararé, hasta que pasen los quebrantos.
Ensálzate sobre los cielos, oh Dios; sobre toda la tierra tu gloria.
Alabarte he en los pueblos, oh Señor; cantaré de ti en las naciones.
Antes con el corazón obráis iniquidades: hacéis pesar la violencia de vuestras manos en la tierra.
Oh Dios, quiebra sus dientes en sus bocas: quiebra, oh Jehová, las muelas de los leoncillos.
Alegraráse el justo cuando viere la venganza: sus pies lavará en la sangre del impío.
Porque he aquí están acechando mi vida: hanse juntado contra mí fuertes, no por falta mía, ni pecado mío, oh Jehová.
He aquí proferirán con su boca; cuchillos están en sus labios, porque dicen: ¿Quién oye?
No los matarás, porque mi pueblo no se olvide: hazlos vagar con tu fortaleza; y abátelos, oh Jehová, escudo nuestro,
Anden ellos errantes para hallar qué comer: y si no se saciaren, murmuren.
Hiciste temblar la tierra, abrístela: sana sus quiebras, porque titubea.
Dios pronunció por su santuario; yo me alegraré; partiré á Sichêm, y mediré el valle de Succoth.
Ciertamente, tú, oh Dios, que nos habías desechado; y no salías, oh Dios, con nuestros ejércitos.
Desde el cabo de la tierra clamaré á ti, cuando mi corazón desmayare: á la peña más alta que yo me conduzcas.
Días sobre días añadirás al rey: sus años serán como generación y generación.
El solamente es mi fuerte, y mi salud; es mi refugio, no resbalaré mucho.
El solamente es mi fuerte y mí salud: es mi refugio, no resbalaré.
No confiéis en la violencia, ni en la rapiña; no os envanezcáis: si se aumentare la hacienda, no pongáis el corazón en ella.
Para ver tu fortaleza y tu gloria, así como te he mirado en el santuario.
Cuando me acordaré de ti en mi lecho, cuando meditaré de ti en las velas de la noche.
Destruiránlos á filo de espada; serán porción de las zorras.
Que amolaron su lengua como cuchillo, y armaron por su saeta palabra amarga;
Mas Dios los herirá con saeta; de repente serán sus plagas.
Al Músico principal: Salmo: Cántico de David. A TI es plácida la alabanza en Sión, oh Dios: y á ti se pagarán los votos.
Con tremendas cosas, en justicia, nos responderás tú, oh Dios de nuestra salud, esperanza de todos los términos de la tierra, y de los más remotos confines de la mar.
Visitas la tierra, y la riegas: en gran manera la enriqueces con el río de Dios, lleno de aguas: preparas el grano de ellos, cuando así la dispones.
Vístense los llanos de manadas, y los valles se cubren de grano: dan voces de júbilo, y aun cantan.
Toda la tierra te adorará, y cantará á ti; cantarán á tu nombre. (Selah.)
Bendecid, pueblos, á nuestro Dios, y haced oir la voz de su alabanza.
Hombres hiciste subir sobre nuestra cabeza; entramos en fuego y en aguas, y sacástenos á hartura.
Venid, oid todos los que teméis á Dios, y contaré lo que ha hecho á mi alma.
Bendito Dios, que no echó de sí mi oración, ni de mí su misericordia.
Alégrense y gócense las gentes; porque juzgarás los pueblos con equidad, y pastorearás las naciones en la tierra. (Selah.)
Al Músico principal: Salmo de David: Canción. LEVÁNTESE Dios, sean esparcidos sus enemigos, y huyan de su presencia los que le aborrecen.
Padre de huérfanos y defensor de viudas, es Dios en la morada de su santuario:
Abundante lluvia esparciste, oh Dios, á tu heredad; y cuando se cansó, tú la recreaste.
Bien que fuisteis echados entre los tiestos, seréis como las alas de la paloma cubierta de plata, y sus plumas con amarillez de oro.
Los carros de Dios son veinte mil, y más millares de ángeles. El Señor entre ellos, como en Sinaí, así en el santuario.
Ciertamente Dios herirá la cabeza de sus enemigos, la cabelluda mollera del que camina en sus pecados.
Los cantores iban delante, los tañedores detrás; en medio, las doncellas con adufes.
Por razón de tu templo en Jerusalem los reyes te ofrecerán dones.
Al que cabalga sobre los cielos de los cielos que son de antiguo: he aquí á su voz dará voz de fortaleza.
Estoy hundido en cieno profundo, donde no hay pie: he venido á abismos de aguas, y la corriente me ha anegado.
No sean avergonzados por mi causa los que te esperan, oh Señor Jehová de los ejércitos; no sean confusos por mí los que te buscan, oh Dios de Israel.
Y lloré afligiendo con ayuno mi alma; y esto me ha sido por afrenta.
Sácame del lodo, y no sea yo sumergido: sea yo libertado de los que me aborrecen, y del profundo de las aguas.
Acércate á mi alma, redímela: líbrame á causa de mis enemigos.
Sea su mesa delante de ellos por lazo, y lo que es para bien por tropiezo.
Porque persiguieron al que tú heriste; y cuentan del dolor de los que tú llagaste.
Alabaré yo el nombre de Dios con cántico, ensalzarélo con alabanza.
Alábenlo los cielos y la tierra, los mares, y todo lo que se mueve en ellos.
Sean avergonzados y confusos los que buscan mi vida; sean vueltos atrás y avergonzados los que mi mal desean.
EN ti, oh Jehová, he esperado; no sea yo confuso para siempre.
Porque tú, oh Señor Jehová, eres mi esperanza: seguridad mía desde mi juventud.
No me deseches en el tiempo de la vejez; cuando mi fuerza se acabare, no me desampares.
Sean avergonzados, fallezcan los adversarios de mi alma; sean cubiertos de vergüenza y de confusión los que mi mal buscan.
Oh Dios, enseñásteme desde mi mocedad; y hasta ahora he manifestado tus maravillas.
Aumentarás mi grandeza, y volverás á consolarme.
Para Salomón. OH Dios, da tus juicios al rey, y tu justicia al hijo del rey.
Temerte han mientras duren el sol y la luna, por generación de generaciones.
Delante de él se postrarán los Etiopes; y sus enemigos lamerán la tierra.
Tendrá misericordia del pobre y del menesteroso, y salvará las almas de los pobres.
Será su nombre para siempre, perpetuaráse su nombre mientras el sol dure: y benditas serán en él todas las gentes: llamarlo han bienaventurado.
Salmo de Asaph. CIERTAMENTE bueno es Dios á Israel, á los limpios de corazón.
No están ellos en el trabajo humano; ni son azotados con los otros hombres.
Ponen en el cielo su boca, y su lengua pasea la tierra.
Verdaderamente en vano he limpiado mi corazón, y lavado mis manos en inocencia;
Hasta que venido al santuario de Dios, entenderé la postrimería de ellos.
Desazonóse á la verdad mi corazón, y en mis riñones sentía punzadas.
¿A quién tengo yo en los cielos? Y fuera de ti nada deseo en la tierra.
Masquil de Asaph. ¿POR qué, oh Dios, nos has desechado para siempre? ¿por qué ha humeado tu furor contra las ovejas de tu dehesa?
Cualquiera se hacía famoso según que había levantado el hacha sobre los gruesos maderos.
No vemos ya nuestras señales: no hay más profeta; ni con nosotros hay quien sepa hasta cuándo.
Tú hendiste la mar con tu fortaleza: quebrantaste cabezas de ballenas en las aguas.
Tú estableciste todos los términos de la tierra: el verano y el invierno tú los formaste.
No vuelva avergonzado el abatido: el afligido y el menesteroso alabarán tu nombre.
Cuando yo tuviere tiempo, yo juzgaré rectamente.
Porque ni de oriente, ni de occidente, ni del desierto viene el ensalzamiento .
Y quebraré todos los cuernos de los pecadores: los cuernos del justo serán ensalzados.
Ilustre eres tú; fuerte, más que los montes de caza.
Desde los cielos hiciste oir juicio; la tierra tuvo temor y quedó suspensa,
Cortará él el espíritu de los príncipes: terrible es á los reyes de la tierra.
Tenías los párpados de mis ojos: estaba yo quebrantado, y no hablaba.
¿Hase acabado para siempre su misericordia? ¿hase acabado la palabra suya para generación y generación?
Y meditaré en todas tus obras, y hablaré de tus hechos.
Viéronte las aguas, oh Dios; viéronte las aguas, temieron; y temblaron los abismos.
Condujiste á tu pueblo como ovejas, por mano de Moisés y de Aarón.
No las encubriremos á sus hijos, contando á la generación venidera las alabanzas de Jehová, y su fortaleza, y sus maravillas que hizo.
Y no sean como sus padres, generación contumaz y rebelde; generación que no apercibió su corazón, ni fué fiel para con Dios su espíritu.
Delante de sus padres hizo maravillas en la tierra de Egipto, en el campo de Zoán.
Pues sacó de la peña corrientes, é hizo descender aguas como ríos.
He aquí ha herido la peña, y corrieron aguas, y arroyos salieron ondeando: ¿podrá también dar pan? ¿aparejará carne á su pueblo?
E hizo llover sobre ellos maná para comer, y dióles trigo de los cielos.
E hízolas caer en medio de su campo, alrededor de sus tiendas.
Con todo esto pecaron aún, y no dieron crédito á sus maravillas.
Mas le lisonjeaban con su boca, y con su lengua le mentían:
¡Cuántas veces lo ensañaron en el desierto, lo enojaron en la soledad!
Y volvió sus ríos en sangre, y sus corrientes, porque no bebiesen.
Y entregó al pedrisco sus bestias, y al fuego sus ganados.
Empero hizo salir á su pueblo como ovejas, y llevólos por el desierto, como un rebaño.
Mas tentaron y enojaron al Dios Altísimo, y no guardaron sus testimonios;
Dejó por tanto el tabernáculo de Silo, la tienda en que habitó entre los hombres;
Sus sacerdotes cayeron á cuchillo, y sus viudas no lamentaron.
Sino que escogió la tribu de Judá, el monte de Sión, al cual amó.
Y apacentólos con entereza de su corazón; y pastoreólos con la pericia de sus manos.
Somos afrentados de nuestros vecinos, escarnecidos y burlados de los que están en nuestros alrededores.
No recuerdes contra nosotros las iniquidades antiguas: anticípennos presto tus misericordias, porque estamos muy abatidos.
Y torna á nuestros vecinos en su seno siete tantos de su infamia, con que te han deshonrado, oh Jehová.
Oh Dios, haznos tornar; y haz resplandecer tu rostro, y seremos salvos.
Oh Dios de los ejércitos, haznos tornar; y haz resplandecer tu rostro, y seremos salvos.
Extendió sus vástagos hasta la mar, y hasta el río sus mugrones.
Y la planta que plantó tu diestra, y el renuevo que para ti corroboraste.
Oh Jehová, Dios de los ejércitos, haznos tornar; haz resplandecer tu rostro, y seremos salvos.
Porque estatuto es de Israel, ordenanza del Dios de Jacob.
Oye, pueblo mío, y te protestaré. Israel, si me oyeres,
Dejélos por tanto á la dureza de su corazón: caminaron en sus consejos.
Y Dios lo hubiera mantenido de grosura de trigo: y de miel de la piedra te hubiera saciado.
Librad al afligido y al necesitado: libradlo de mano de los impíos.
Levántate, oh Dios, juzga la tierra: porque tú heredarás en todas las gentes.
Han dicho: Venid, y cortémoslos de ser pueblo, y no haya más memoria del nombre de Israel.
También el Assur se ha juntado con ellos: son por brazo á los hijos de Lot. (Selah.)
Que han dicho: Heredemos para nosotros las moradas de Dios.
Llena sus rostros de vergüenza; y busquen tu nombre, oh Jehová.
Codicia y aun ardientemente desea mi alma los atrios de Jehová: mi corazón y mi carne cantan al Dios vivo.
Atravesando el valle de Baca pónenle por fuente, cuando la lluvia llena los estanques.
Porque mejor es un día en tus atrios que mil fuera de ellos: escogería antes estar á la puerta de la casa de mi Dios, que habitar en las moradas de maldad.
Perdonaste la iniquidad de tu pueblo; todos los pecados de ellos cubriste. (Selah.)
¿No volverás tú á darnos vida, y tu pueblo se alegrará en ti?
La misericordia y la verdad se encontraron: la justicia y la paz se besaron.
Oración de David. INCLINA, oh Jehová, tu oído, y óyeme; porque estoy afligido y menesteroso.
Porque tú, Señor, eres bueno y perdonador, y grande en misericordia para con todos los que te invocan.
Todas las gentes que hiciste vendrán y se humillarán delante de ti, Señor; y glorificarán tu nombre.
Porque tu misericordia es grande para conmigo; y has librado mi alma del hoyo profundo.
Haz conmigo señal para bien, y véanla los que me aborrecen, y sean avergonzados; porque tú, Jehová, me ayudaste, y me consolaste.
Yo me acordaré de Rahab y de Babilonia entre los que me conocen: he aquí Palestina, y Tiro, con Etiopía: éste nació allá.
Canción: Salmo para los hijos de Coré: al Músico principal: para cantar sobre Mahalath: Masquil de Hemán Ezrahita. OH Jehová, Dios de mi salud, día y noche clamo delante de ti.
Libre entre los muertos, como los matados que yacen en el sepulcro, que no te acuerdas más de ellos, y que son cortados de tu mano.
Mis ojos enfermaron á causa de mi aflicción: hete llamado, oh Jehová, cada día; he extendido á ti mis manos.
Mas yo á ti he clamado, oh Jehová; y de mañana mi oración te previno .
Hanme rodeado como aguas de continuo; hanme cercado á una.
Hice alianza con mi escogido; juré á David mi siervo, diciendo:
Dios terrible en la grande congregación de los santos, y formidable sobre todos cuantos están alrededor suyo.
Tuyos los cielos, tuya también la tierra: el mundo y su plenitud, tú lo fundaste.
Bienaventurado el pueblo que sabe aclamarte: andarán, oh Jehová, á la luz de tu rostro.
Entonces hablaste en visión á tu santo, y dijiste: Yo he puesto el socorro sobre valiente; he ensalzado un escogido de mi pueblo.
Mas yo quebrantaré delante de él á sus enemigos, y heriré á sus aborrecedores.
Yo también le pondré por primogénito, alto sobre los reyes de la tierra.
Si profanaren mis estatutos, y no guardaren mis mandamientos;
Una vez he jurado por mi santidad, que no mentiré á David.
Rompiste el pacto de tu siervo; has profanado su corona hasta la tierra.
Embotaste asimismo el filo de su espada, y no lo levantaste en la batalla.
Acuérdate de cuán corto sea mi tiempo: ¿por qué habrás criado en vano á todos los hijos del hombre?
Porque tus enemigos, oh Jehová, han deshonrado, porque tus enemigos han deshonrado los pasos de tu ungido.
Vuelves al hombre hasta ser quebrantado, y dices: Convertíos, hijos de los hombres.
Porque con tu furor somos consumidos, y con tu ira somos conturbados.
¿Quién conoce la fortaleza de tu ira, y tu indignación según que debes ser temido?
Alégranos conforme á los días que nos afligiste, y los años que vimos mal.
Diré yo á Jehová: Esperanza mía, y castillo mío; mi Dios, en él confiaré.
Ni de pestilencia que ande en oscuridad, ni de mortandad que en medio del día destruya.
No te sobrevendrá mal, ni plaga tocará tu morada.
Por cuanto en mí ha puesto su voluntad, yo también lo libraré: pondrélo en alto, por cuanto ha conocido mi nombre.
Anunciar por la mañana tu misericordia, y tu verdad en las noches,
El hombre necio no sabe, y el insensato no entiende esto:
Empero tú ensalzarás mi cuerno como el de unicornio: seré ungido con aceite fresco.
Aun en la vejez fructificarán; estarán vigorosos y verdes;
Alzaron los ríos, oh Jehová, alzaron los ríos su sonido; alzaron los ríos sus ondas.
Ensálzate, oh Juez de la tierra: da el pago á los soberbios.
A la viuda y al extanjero matan, y á los huérfanos quitan la vida.
El que castiga las gentes, ¿no reprenderá? ¿no sabrá el que enseña al hombre la ciencia?
Porque no dejará Jehová su pueblo, ni desamparará su heredad;
Cuando yo decía: Mi pie resbala: tu misericordia, oh Jehová, me sustentaba.
Mas Jehová me ha sido por refugio; y mi Dios por roca de mi confianza.
Porque Jehová es Dios grande; y Rey grande sobre todos los dioses.
Porque él es nuestro Dios; nosotros el pueblo de su dehesa, y ovejas de su mano. Si hoy oyereis su voz,
Por tanto juré en mi furor que no entrarían en mi reposo.
Porque grande es Jehová, y digno de suprema alabanza; terrible sobre todos los dioses.
Dad á Jehová la honra debida á su nombre: tomad presentes, y venid á sus atrios.
Regocíjese el campo, y todo lo que en él está: entonces todos los árboles del bosque rebosarán de contento,
Fuego irá delante de él, y abrasará en derredor sus enemigos.
Avergüéncense todos los que sirven á las imágenes de talla, los que se alaban de los ídolos: los dioses todos á él se encorven.
Luz está sembrada para el justo, y alegría para los rectos de corazón.
Hase acordado de su misericordia y de su verdad para con la casa de Israel: todos los términos de la tierra han visto la salud de nuestro Dios.
Brame la mar y su plenitud; el mundo y los que en él habitan;
Jehová en Sión es grande, y ensalzado sobre todos los pueblos.
Moisés y Aarón entre sus sacerdotes, y Samuel entre los que invocaron su nombre; invocaban á Jehová, y él les respondía.
Salmo de alabanza. CANTAD alegres á Dios, habitantes detoda la tierra.
Porque Jehová es bueno: para siempre es su misericordia, y su verdad por todas las generaciones.
Corazón perverso se apartará de mí; no conoceré al malvado.
Por las mañanas cortaré á todos los impíos de la tierra; para extirpar de la ciudad de Jehová á todos los que obraren iniquidad.
Mi corazón fué herido, y secóse como la hierba; por lo cual me olvidé de comer mi pan.
Cada día me afrentan mis enemigos; los que se enfurecen contra mí, hanse contra mí conjurado.
Mas tú, Jehová, permanecerás para siempre, y tu memoria para generación y generación.
Por cuanto Jehová habrá edificado á Sión, y en su gloria será visto;
Para oir el gemido de los presos, para soltar á los sentenciados á muerte;
Dije: Dios mío, no me cortes en el medio de mis días: por generación de generaciones son tus años.
Los hijos de tus siervos habitarán, y su simiente será afirmada delante de ti.
El que rescata del hoyo tu vida, el que te corona de favores y misericordias;
Misericordioso y clemente es Jehová; lento para la ira, y grande en misericordia.
Cuanto está lejos el oriente del occidente, hizo alejar de nosotros nuestras rebeliones.
Que pasó el viento por ella, y pereció: y su lugar no la conoce más.
Bendecid á Jehová, vosotros sus ángeles, poderosos en fortaleza, que ejecutáis su palabra, obedeciendo á la voz de su precepto.
El que se cubre de luz como de vestidura, que extiende los cielos como una cortina;
Con el abismo, como con vestido, la cubriste; sobre los montes estaban las aguas.
Tú eres el que envías las fuentes por los arroyos; van entre los montes.
El que hace producir el heno para las bestias, y la hierba para el servicio del hombre; sacando el pan de la tierra.
Los montes altos para las cabras monteses; las peñas, madrigueras para los conejos.
Sale el sol, recógense, y échanse en sus cuevas.
Allí andan navíos; allí este leviathán que hiciste para que jugase en ella.
Envías tu espíritu, críanse: y renuevas la haz de la tierra.
Serme ha suave hablar de él: yo me alegraré en Jehová.
Gloriaos en su santo nombre: alégrese el corazón de los que buscan á Jehová.
El es Jehová nuestro Dios; en toda la tierra son sus juicios.
Diciendo: A ti daré la tierra de Canaán por cordel de vuestra heredad.
No toquéis, dijo, á mis ungidos, ni hagáis mal á mis profetas.
Hasta la hora que llegó su palabra, el dicho de Jehová le probó.
Después entró Israel en Egipto, y Jacob fué extranjero en la tierra de Châm.
Pusieron en ellos las palabras de sus señales, y sus prodigios en la tierra de Châm.
Dijo, y vinieron enjambres de moscas, y piojos en todo su término.
Y comieron toda la hierba de su país, y devoraron el fruto de su tierra.
Extendió una nube por cubierta, y fuego para alumbrar la noche.
Y sacó á su pueblo con gozo; con júbilo á sus escogidos.
¿Quién expresará las valentías de Jehová? ¿quién contará sus alabanzas?
Pecamos con nuestros padres, hicimos iniquidad, hicimos impiedad.
Y salvólos de mano del enemigo, y rescatólos de mano del adversario.
Y desearon con ansia en el desierto; y tentaron á Dios en la soledad.
Y encendióse el fuego en su junta; la llama quemó los impíos.
Maravillas en la tierra de Châm, cosas formidables sobre el mar Bermejo.
Por lo que alzó su mano á ellos, en orden á postrarlos en el desierto,
Entonces se levantó Phinees, é hizo juicio; y se detuvo la plaga.
No destruyeron los pueblos que Jehová les dijo;
Y derramaron la sangre inocente, la sangre de sus hijos y de sus hijas, que sacrificaron á los ídolos de Canaán: y la tierra fué contaminada con sangre.
Y sus enemigos los oprimieron, y fueron quebrantados debajo de su mano.
Hizo asimismo tuviesen de ellos misericordia todos los que los tenían cautivos.
Díganlolos redimidos de Jehová, los que ha redimido del poder del enemigo,
Habiendo empero clamado á Jehová en su angustia, librólos de sus aflicciones:
Los que moraban en tinieblas y sombra de muerte, aprisionados en aflicción y en hierros;
Sacólos de las tinieblas y de la sombra de muerte, y rompió sus prisiones.
Su alma abominó toda vianda, y llegaron hasta las puertas de la muerte.
Y sacrifiquen sacrificios de alabanza, y publiquen sus obras con júbilo.
Suben á los cielos, descienden á los abismos: sus almas se derriten con el mal.
Alégranse luego porque se reposaron; y él los guía al puerto que deseaban.
La tierra fructífera en salados, por la maldad de los que la habitan.
Y los bendice, y se multiplican en gran manera; y no disminuye sus bestias.
Vean los rectos, y alégrense; y toda maldad cierre su boca.
Te alabaré, oh Jehová, entre los pueblos; á ti cantaré salmos entre las naciones.
Dios habló por su santuario: alegraréme, repartiré á Sichêm, y mediré el valle de Succoth.
Ciertamente tú, oh Dios, que nos habías desechado; y no salías, oh Dios, con nuestros ejércitos.
Porque boca de impío y boca de engañador se han abierto sobre mí: han hablado de mí con lengua mentirosa,
Pon sobre él al impío: y Satán esté á su diestra.
Y anden sus hijos vagabundos, y mendiguen; y procuren su pan lejos de sus desolados hogares.
Venga en memoria cerca de Jehová la maldad de sus padres, y el pecado de su madre no sea borrado.
Y vistióse de maldición como de su vestido, y entró como agua en sus entrañas, y como aceite en sus huesos.
Porque yo estoy afligido y necesitado; y mi corazón está herido dentro de mí.
Ayúdame, Jehová Dios mío: sálvame conforme á tu misericordia.
Yo alabaré á Jehová en gran manera con mi boca, y le loaré en medio de muchos.
Tu puebloserálode buena voluntad en el día de tu poder, en la hermosura de la santidad: desde el seno de la aurora, tienes tú el rocío de tu juventud.
Del arroyo beberá en el camino: por lo cual levantará cabeza.
Hizo memorables sus maravillas: clemente y misericordioso es Jehová.
Afirmados por siglo de siglo, hechos en verdad y en rectitud.
Su simiente será poderosa en la tierra: la generación de los rectos será bendita.
Por lo cual no resbalará para siempre: en memoria eterna será el justo.
Verálo el impío, y se despechará; crujirá los dientes, y se repudrirá: perecerá el deseo de los impíos.
Alto sobre todas las naciones es Jehová; sobre los cielos su gloria.
Para hacerlos sentar con los príncipes, con los príncipes de su pueblo.
La mar vió, y huyó; el Jordán se volvió atrás.
A la presencia del Señor tiembla la tierra, á la presencia del Dios de Jacob;
Y nuestro Dios está en los cielos: todo lo que quiso ha hecho.
Manos tienen, mas no palparán; tienen pies, mas no andarán; no hablarán con su garganta.
Los que teméis á Jehová, confiad en Jehová: él es su ayuda y su escudo.
Benditos vosotros de Jehová, que hizo los cielos y la tierra.
AMO á Jehová, pues ha oído mi voz y mis súplicas.
Clemente es Jehová y justo; sí, misericordioso es nuestro Dios.
Andaré delante de Jehová en la tierra de los vivientes.
Tomaré la copa de la salud, é invocaré el nombre de Jehová.
Te ofreceré sacrificio de alabanza, é invocaré el nombre de Jehová.
Porque ha engrandecido sobre nosotros su misericordia; y la verdad de Jehováespara siempre. Aleluya .
Digan ahora los que temen á Jehová: Que para siempreessu misericordia.
Mejor es esperar en Jehová que esperar en hombre.
Cercáronme como abejas; fueron apagados como fuegos de espinos: en nombre de Jehová, que yo los romperé.
La diestra de Jehová sublime: la diestra de Jehová hace valentías.
Esta puerta de Jehová, por ella entrarán los justos.
Este es el día que hizo Jehová: nos gozaremos y alegraremos en él.
Mi Dios eres tú, y á ti alabaré: Dios mío, á ti ensalzaré.
Pues no hacen iniquidad los que andan en sus caminos.
Te alabaré con rectitud de corazón, cuando aprendiere los juicios de tu justicia.
En mi corazón he guardado tus dichos, para no pecar contra ti.
En tus mandamientos meditaré, consideraré tus caminos.
Advenedizo soy yo en la tierra: no encubras de mí tus mandamientos.
Príncipes también se sentaron y hablaron contra mí: mas tu siervo meditaba en tus estatutos.
Hazme entender el camino de tus mandamientos, y hablaré de tus maravillas.
Allegádome he á tus testimonios; oh Jehová, no me avergüences.
Guíame por la senda de tus mandamientos; porque en ella tengo mi voluntad.
Quita de mí el oprobio que he temido: porque buenos son tus juicios.
Y no quites de mi boca en ningún tiempo la palabra de verdad; porque á tu juicio espero.
Y deleitaréme en tus mandamientos, que he amado.
Los soberbios se burlaron mucho de mí: mas no me he apartado de tu ley.
Acordéme en la noche de tu nombre, oh Jehová, y guardé tu ley.
Consideré mis caminos, y torné mis pies á tus testimonios.
Compañero soy yo de todos los que te temieren y guardaren tus mandamientos.
Antes que fuera yo humillado, descarriado andaba; mas ahora guardo tu palabra.
Bueno me es haber sido humillado, para que aprenda tus estatutos.
Conozco, oh Jehová, que tus juicios son justicia, y que conforme á tu fidelidad me afligiste.
Tórnense á mí los que te temen y conocen tus testimonios.
Porque estoy como el odre al humo; mas no he olvidado tus estatutos.
Casi me han echado por tierra: mas yo no he dejado tus mandamientos.
Por tu ordenación perseveran hasta hoy las cosas criadas; porque todas ellas te sirven.
Los impíos me han aguardado para destruirme: mas yo entenderé en tus testimonios.
Más que todos mis enseñadores he entendido: porque tus testimonios son mi meditación.
¡Cuán dulces son á mi paladar tus palabras! más que la miel á mi boca.
Afligido estoy en gran manera: oh Jehová, vivifícame conforme á tu palabra.
Por heredad he tomado tus testimonios para siempre; porque son el gozo de mi corazón.
Apartaos de mí, malignos; pues yo guardaré los mandamientos de mi Dios.
Como escorias hiciste consumir á todos los impíos de la tierra: por tanto yo he amado tus testimonios.
Mis ojos desfallecieron por tu salud, y por el dicho de tu justicia.
Por eso he amado tus mandamientos más que el oro, y más que oro muy puro.
Mi boca abrí y suspiré; porque deseaba tus mandamientos.
Haz que tu rostro resplandezca sobre tu siervo; y enséñame tus estatutos.
Mi celo me ha consumido; porque mis enemigos se olvidaron de tus palabras.
Aflicción y angustia me hallaron: mas tus mandamientos fueron mis deleites.
Anticipéme al alba, y clamé: esperé en tu palabra.
Cercano estás tú, oh Jehová; y todos tus mandamientos son verdad.
Lejos está de los impíos la salud; porque no buscan tus estatutos.
Mira, oh Jehová, que amo tus mandamientos: vivifícame conforme á tu misericordia.
La mentira aborrezco y abomino: tu ley amo.
Mi alma ha guardado tus testimonios, y helos amado en gran manera.
Mis labios rebosarán alabanza, cuando me enseñares tus estatutos.
Viva mi alma y alábete; y tus juicios me ayuden.
¿Qué te dará, ó qué te aprovechará, oh lengua engañosa?
Yo soy pacífico: mas ellos, así que hablo, me hacen guerra.
He aquí, no se adormecerá ni dormirá el que guarda á Israel.
Jehová guardará tu salida y tu entrada, desde ahora y para siempre.
Y allá subieron las tribus, las tribus de JAH, conformeal testimoniodadoá Israel, para alabar el nombre de Jehová.
Por amor de mis hermanos y mis compañeros hablaré ahora paz de ti.
Ten misericordia de nosotros, oh Jehová, ten misericordia de nosotros; porque estamos muy hartos de menosprecio.
Vivos nos habrían entonces tragado, cuando se encendió su furor en nosotros.
Nuestra alma escapó cual ave del lazo de los cazadores: quebróse el lazo, y escapamos nosotros.
Porque no reposará la vara de la impiedad sobre la suerte de los justos; porque no extiendan los justos sus manos á la iniquidad.
Entonces nuestra boca se henchirá de risa, y nuestra lengua de alabanza; entonces dirán entre las gentes: Grandes cosas ha hecho Jehová con éstos.
Irá andando y llorando el que lleva la preciosa simiente; mas volverá á venir con regocijo, trayendo sus gavillas.
Como saetas en mano del valiente, así son los hijos habidos en la juventud.
Tu mujer será como parra que lleva fruto á los lados de tu casa; tus hijos como plantas de olivas alrededor de tu mesa.
Cántico gradual. MUCHO me han angustiado desde mi juventud, puede decir ahora Israel;
Serán avergonzados y vueltos atrás todos los que aborrecen á Sión.
Cántico gradual. DE los profundos, oh Jehová, á ti clamo.
Esperé yo á Jehová, esperó mi alma; en su palabra he esperado.
Cántico gradual: de David. JEHOVÁ, no se ha envanecido mi corazón, ni mis ojos se enaltecieron; ni anduve en grandezas, ni en cosas para mí demasiado sublimes.
Que juró él á Jehová, prometió al Fuerte de Jacob:
He aquí, en Ephrata oímos de ella: hallámosla en los campos del bosque.
Por amor de David tu siervo no vuelvas de tu ungido el rostro.
Este es mi reposo para siempre: aquí habitaré, porque la he deseado.
A sus enemigos vestiré de confusión: mas sobre él florecerá su corona.
Cántico gradual. MIRAD, bendecid á Jehová, vosotros todos los siervos de Jehová, los que en la casa de Jehová estáis por las noches.
Los que estáis en la casa de Jehová, en los atrios de la casa de nuestro Dios.
Todo lo que quiso Jehová, ha hecho en los cielos y en la tierra, en las mares y en todos los abismos.
El que hirió muchas gentes, y mató reyes poderosos:
Porque juzgará Jehová su pueblo, y arrepentiráse sobre sus siervos.
Como ellos son los que los hacen; todos los que en ellos confían.
ALABAD á Jehová, porque es bueno; porque para siempreessu misericordia.
Al que hizo los cielos con entendimiento, porque para siempreessu misericordia.
La luna y las estrellas para que dominasen en la noche, porque para siempre es su misericordia.
Al que dividió el mar Bermejo en partes, porque para siempre es su misericordia;
Al que hirió grandes reyes, porque para siempre es su misericordia;
Y dió la tierra de ellos en heredad, porque para siempre es su misericordia;
El da mantenimiento á toda carne, porque para siempre es su misericordia.
Y los que allí nos habían llevado cautivos nos pedían que cantásemos , y los que nos habían desoladonos pedíanalegría, diciendo:
Acuérdate, oh Jehová, de los hijos de Edom en el día de Jerusalem; quienes decían: Arrasadla, arrasadla hasta los cimientos.
Encorvaréme al templo de tu santuario, y alabaré tu nombre por tu misericordia y tu verdad: porque has hecho magnífico tu nombre, y tu dicho sobre todas las cosas.
Porque el alto Jehová atiende al humilde; mas al altivo mira de lejos.
Tú has conocido mi sentarme y mi levantarme, has entendido desde lejos mis pensamientos.
Más maravillosa es la ciencia que mi capacidad; alta es, no puedo comprenderla.
Aun allí me guiará tu mano, y me asirá tu diestra.
Te alabaré; porque formidables, maravillosas son tus obras: estoy maravillado, y mi alma lo conoce mucho.
Si los cuento, multiplícanse más que la arena: despierto, y aun estoy contigo.
Aborrézcolos con perfecto odio; téngolos por enemigos.
Los cuales maquinan males en el corazón, cada día urden contiendas.
He dicho á Jehová: Dios mío eres tú; escucha, oh Jehová, la voz de mis ruegos.
Caerán sobre ellos brasas; Dios los hará caer en el fuego, en profundos hoyos de donde no salgan.
Salmo de David. JEHOVÁ, á ti he clamado: apresúrate á mí; escucha mi voz, cuando te invocare.
Que el justo me castigue, será un favor, y que me reprenda será un excelente bálsamo que no me herirá la cabeza: así que aun mi oración tendrán en sus calamidades.
Guárdame de los lazos que me han tendido, y de los armadijos de los que obran iniquidad.
Cuando mi espíritu se angustiaba dentro de mí, tú conociste mi senda. En el camino en que andaba, me escondieron lazo.
Saca mi alma de la cárcel para que alabe tu nombre: Me rodearán los justos, porque tú me serás propicio.
Y mi espíritu se angustió dentro de mí; pasmóse mi corazón.
Hazme oir por la mañana tu misericordia, porque en ti he confiado: hazme saber el camino por donde ande, porque á ti he alzado mi alma.
Y por tu misericordia disiparás mis enemigos, y destruirás todos los adversarios de mi alma: porque yo soy tu siervo.
El hombre es semejante á la vanidad: sus días son como la sombra que pasa.
Cuya boca habla vanidad, y su diestra es diestra de mentira.
Que nuestros hijos sean como plantas crecidas en su juventud; nuestras hijas como las esquinas labradas á manera de las de un palacio;
Salmo de alabanza: de David. ENSALZARTE he, mi Dios, mi Rey; y bendeciré tu nombre por siglo y para siempre.
La hermosura de la gloria de tu magnificencia, y tus hechos maravillosos, hablaré.
Bueno es Jehová para con todos; y sus misericordias sobre todas sus obras.
Tu reino es reino de todos los siglos, y tu señorío en toda generación y generación.
Justo es Jehová en todos sus caminos, y misericordioso en todas sus obras.
La alabanza de Jehová hablará mi boca; y bendiga toda carne su santo nombre por siglo y para siempre.
Saldrá su espíritu, tornaráse en su tierra: en aquel día perecerán sus pensamientos.
Jehová abre los ojos á los ciegos; Jehová levanta á los caídos; Jehová ama á los justos.
Jehová edifica á Jerusalem; á los echados de Israel recogerá.
Jehová ensalza á los humildes; humilla los impíos hasta la tierra.
No toma contentamiento en la fortaleza del caballo, ni se complace en las piernas del hombre.
El pone en tu término la paz; te hará saciar de grosura de trigo.
Enviará su palabra, y los derretirá: soplará su viento, y fluirán las aguas.
Alabadle, vosotros todos sus ángeles: alabadle, vosotros todos sus ejércitos.
Y las hizo ser para siempre por los siglos; púsolesley que no será quebrantada.
La bestia y todo animal; reptiles y volátiles ;
El ensalzó el cuerno de su pueblo; alábenletodos sus santos, los hijos de Israel, el pueblo á él cercano. Aleluya .
Porque Jehová toma contentamiento con su pueblo: hermoseará á los humildes con salud.
Para aprisionar sus reyes en grillos, y sus nobles con cadenas de hierro;
Alabadle á son de bocina: alabadle con salterio y arpa.
LOS proverbios de Salomón, hijo de David, rey de Israel:
Oirá el sabio, y aumentará el saber; y el entendido adquirirá consejo;
Porque adorno de gracia serán á tu cabeza, y collares á tu cuello.
Hallaremos riquezas de todas suertes, henchiremos nuestras casas de despojos;
Porque en vano se tenderá la red ante los ojos de toda ave;
Clama en los principales lugares de concurso; en las entradas de las puertas de la ciudad dice sus razones:
Antes desechasteis todo consejo mío, y mi reprensión no quisisteis:
Por cuanto aborrecieron la sabiduría, y no escogieron el temor de Jehová,
Mas el que me oyere, habitará confiadamente, y vivirá reposado, sin temor de mal.
Si como á la plata la buscares, y la escudriñares como á tesoros;
Es el que guarda las veredas del juicio, y preserva el camino de sus santos.
Para librarte del mal camino, de los hombres que hablan perversidades;
Para librarte de la mujer extraña, de la ajena que halaga con sus palabras;
Para que andes por el camino de los buenos, y guardes las veredas de los justos.
Porque largura de días, y años de vida y paz te aumentarán.
Reconócelo en todos tus caminos, y él enderezará tus veredas.
Y serán llenas tus trojes con abundancia, y tus lagares rebosarán de mosto.
Porque su mercadería es mejor que la mercadería de la plata, y sus frutos más que el oro fino.
Ella es árbol de vida á los que de ella asen: y bienaventurados son los que la mantienen.
Y serán vida á tu alma, y gracia á tu cuello.
Porque Jehová será tu confianza, y él preservará tu pie de ser preso.
No pleitees con alguno sin razón, si él no te ha hecho agravio.
Ciertamente él escarnecerá á los escarnecedores, y á los humildes dará gracia.
Porque yo fuí hijo de mi padre, delicado y único delante de mi madre.
Sabiduría ante todo: adquiere sabiduría: y ante toda tu posesión adquiere inteligencia.
Por el camino de la sabiduría te he encaminado, y por veredas derechas te he hecho andar.
Desampárala, no pases por ella; apártate de ella, pasa.
El camino de los impíos es como la oscuridad: no saben en qué tropiezan.
Sobre toda cosa guardada guarda tu corazón; porque de él mana la vida.
No te apartes á diestra, ni á siniestra: aparta tu pie del mal.
Mas su fin es amargo como el ajenjo, agudo como cuchillo de dos filos.
Aleja de ella tu camino, y no te acerques á la puerta de su casa;
Y digas: ¡Cómo aborrecí el consejo, y mi corazón menospreció la reprensión;
Derrámense por de fuera tus fuentes, en las plazas los ríos de aguas.
¿Y por qué, hijo mío, andarás ciego con la ajena, y abrazarás el seno de la extraña?
HIJO mío, si salieres fiador por tu amigo, si tocaste tu mano por el extraño,
Escápate como el corzo de la mano del cazador, y como el ave de la mano del parancero.
Perezoso, ¿hasta cuándo has de dormir? ¿cuándo te levantarás de tu sueño?
Guiña de sus ojos, habla con sus pies, indica con sus dedos;
Los ojos altivos, la lengua mentirosa, las manos derramadoras de sangre inocente,
Atalos siempre en tu corazón, enlázalos á tu cuello.
No codicies su hermosura en tu corazón, ni ella te prenda con sus ojos:
Así el que entrare á la mujer de su prójimo; no será sin culpa cualquiera que la tocare.
Plaga y vergüenza hallará; y su afrenta nunca será raída.
Guarda mis mandamientos, y vivirás; y mi ley como las niñas de tus ojos.
Porque mirando yo por la ventana de mi casa, por mi celosía,
Y he aquí, una mujer que le sale al encuentro con atavío de ramera, astuta de corazón,
Sacrificios de paz había prometido, hoy he pagado mis votos;
Ven, embriaguémonos de amores hasta la mañana; alegrémonos en amores.
Vase en pos de ella luego, como va el buey al degolladero, y como el loco á las prisiones para ser castigado;
Porque á muchos ha hecho caer heridos; y aun los más fuertes han sido muertos por ella.
En el lugar de las puertas, á la entrada de la ciudad, á la entrada de las puertas da voces:
Porque mi boca hablará verdad, y la impiedad abominan mis labios.
Porque mejor es la sabiduría que las piedras preciosas; y todas las cosas que se pueden desear, no son de comparar con ella.
Por mí reinan los reyes, y los príncipes determinan justicia.
Mejor es mi fruto que el oro, y que el oro refinado; y mi rédito mejor que la plata escogida.
Eternalmente tuve el principado, desde el principio, antes de la tierra.
Cuando formaba los cielos, allí estaba yo; cuando señalaba por compás la sobrefaz del abismo;
Huélgome en la parte habitable de su tierra; y mis delicias son con los hijos de los hombres.
Porque el que me hallare, hallará la vida, y alcanzará el favor de Jehová.
Envió sus criadas; sobre lo más alto de la ciudad clamó:
El que corrige al escarnecedor, afrenta se acarrea: el que reprende al impío, se atrae mancha.
Porque por mí se aumentarán tus días, y años de vida se te añadirán.
Para llamar á los que pasan por el camino, que van por sus caminos derechos.
Las sentencias de Salomón. EL hijo sabio alegra al padre; y el hijo necio es tristeza de su madre.
El que recoge en el estío es hombre entendido: el que duerme en el tiempo de la siega es hombre afrentoso.
El que camina en integridad, anda confiado: mas el que pervierte sus caminos, será quebrantado.
En los labios del prudente se halla sabiduría: y vara á las espaldas del falto de cordura.
Camino á la vida es guardar la corrección: mas el que deja la reprensión, yerra.
Los labios del justo apacientan á muchos: mas los necios por falta de entendimiento mueren.
Como pasa el torbellino, así el malo no permanece: mas el justo, fundado para siempre.
Fortaleza es al perfecto el camino de Jehová: mas espanto es á los que obran maldad.
EL peso falso abominación es á Jehová: mas la pesa cabal le agrada.
La justicia del perfecto enderezará su camino: mas el impío por su impiedad caerá.
El hipócrita con la boca daña á su prójimo: mas los justos son librados con la sabiduría.
El que anda en chismes, descubre el secreto: mas el de espíritu fiel encubre la cosa.
A su alma hace bien el hombre misericordioso: mas el cruel atormenta su carne.
Aunque llegue la mano á la mano, el malo no quedará sin castigo: mas la simiente de los justos escapará.
El alma liberal será engordada: y el que saciare, él también será saciado.
El que turba su casa heredará viento; y el necio será siervo del sabio de corazón.
El bueno alcanzará favor de Jehová: mas él condenará al hombre de malos pensamientos.
Las palabras de los impíos son para acechar la sangre: mas la boca de los rectos los librará.
El justo atiende á la vida de su bestia: mas las entrañas de los impíos son crueles.
El hombre será harto de bien del fruto de su boca: y la paga de las manos del hombre le será dada.
Hay quienes hablan como dando estocadas de espada: mas la lengua de los sabios es medicina.
Los labios mentirosos son abominación á Jehová: mas los obradores de verdad su contentamiento.
El justo hace ventaja á su prójimo: mas el camino de los impíos les hace errar.
Del fruto de su boca el hombre comerá bien: mas el alma de los prevaricadoreshallarámal.
La justicia guarda al de perfecto camino: mas la impiedad trastornará al pecador.
Ciertamente la soberbia parirá contienda: mas con los avisados es la sabiduría.
La ley del sabio es manantial de vida, para apartarse de los lazos de la muerte.
Pobreza y vergüenza tendrá el que menosprecia el consejo: mas el que guarda la corrección, será honrado.
El bueno dejará herederos á los hijos de los hijos; y el haber del pecador, para el justo está guardado.
LA mujer sabia edifica su casa: mas la necia con sus manos la derriba.
El testigo verdadero no mentirá: mas el testigo falso hablará mentiras.
Los necios se mofan del pecado: mas entre los rectos hay favor.
Aun en la risa tendrá dolor el corazón; y el término de la alegría es congoja.
El que presto se enoja, hará locura: y el hombre malicioso será aborrecido.
Peca el que menosprecia á su prójimo: mas el que tiene misericordia de los pobres, es bienaventurado.
El testigo verdadero libra las almas: mas el engañoso hablará mentiras.
El que tarde se aira, es grande de entendimiento: mas el corto de espíritu engrandece el desatino.
En el corazón del cuerdo reposa la sabiduría; y es conocida en medio de los necios.
La lengua de los sabios adornará la sabiduría: mas la boca de los necios hablará sandeces.
En la casa del justo hay gran provisión; empero turbación en las ganancias del impío.
La reconvención es molesta al que deja el camino: y el que aborreciere la corrección, morirá.
El corazón entendido busca la sabiduría: mas la boca de los necios pace necedad.
El hombre iracundo mueve contiendas: mas el que tarde se enoja, apaciguará la rencilla.
Los pensamientos son frustrados donde no hay consejo; mas en la multitud de consejeros se afirman.
Abominación son á Jehová los pensamientos del malo: mas las expresiones de los limpios son limpias.
La luz de los ojos alegra el corazón; y la buena fama engorda los huesos.
DEL hombre son las disposiciones del corazón: mas de Jehová la respuesta de la lengua.
Abominación es á Jehová todo altivo de corazón: aunque esté mano sobre mano, no será reputado inocente.
El corazón del hombre piensa su camino: mas Jehová endereza sus pasos.
Los labios justos son el contentamiento de los reyes; y aman al que habla lo recto.
El camino de los rectos es apartarse del mal: su alma guarda el que guarda su camino.
El sabio de corazón es llamado entendido: y la dulzura de labios aumentará la doctrina.
Hay camino que parece derecho al hombre, mas su salida son caminos de muerte.
El hombre malo lisonjea á su prójimo, y le hace andar por el camino no bueno:
La suerte se echa en el seno: mas de Jehová es el juicio de ella.
El malo está atento al labio inicuo; y el mentiroso escucha á la lengua detractora.
Piedra preciosa es el cohecho en ojos de sus dueños: á donde quiera que se vuelve, da prosperidad.
Mejor es se encuentre un hombre con una osa á la cual han robado sus cachorros, que con un fatuo en su necedad.
¿De qué sirve el precio en la mano del necio para comprar sabiduría, no teniendo entendimiento?
El perverso de corazón nunca hallará bien: y el que revuelve con su lengua, caerá en mal.
En el rostro del entendido aparece la sabiduría: mas los ojos del necio vagan hasta el cabo de la tierra.
Aun el necio cuando calla, es contado por sabio: el que cierra sus labios es entendido.
Aguas profundas son las palabras de la boca del hombre; y arroyo revertiente, la fuente de la sabiduría.
Las palabras del chismoso parecen blandas, y descienden hasta lo íntimo del vientre.
Antes del quebrantamiento se eleva el corazón del hombre, y antes de la honra es el abatimiento.
El presente del hombre le ensancha el camino, y le lleva delante de los grandes.
Del fruto de la boca del hombre se hartará su vientre; hartaráse del producto de sus labios.
El hombre que tiene amigos, ha de mostrarse amigo: y amigo hay más conjunto que el hermano.
Las riquezas allegan muchos amigos: mas el pobre, de su amigo es apartado.
El que posee entendimiento, ama su alma: el que guarda la inteligencia, hallará el bien.
Como el bramido del cachorro de león es la ira del rey; y su favor como el rocío sobre la hierba.
El que guarda el mandamiento, guarda su alma: mas el que menospreciare sus caminos, morirá.
Escucha el consejo, y recibe la corrección, para que seas sabio en tu vejez.
El perezoso esconde su mano en el seno: aun á su boca no la llevará.
El testigo perverso se burlará del juicio; y la boca de los impíos encubrirá la iniquidad.
Honra es del hombre dejarse de contienda: mas todo insensato se envolverá en ella.
El justo que camina en su integridad, bienaventurados serán sus hijos después de él.
Aun el muchacho es conocido por sus hechos, si su obra fuere limpia y recta.
Hay oro y multitud de piedras preciosas: mas los labios sabios son vaso precioso.
El que descubre el secreto, en chismes anda: no te entrometas, pues, con el que lisonjea con sus labios.
Abominación son á Jehová las pesas dobles; y el peso falso no es bueno.
Candela de Jehová es el alma del hombre, que escudriña lo secreto del vientre.
COMO los repartimientos de las aguas, así está el corazón del rey en la mano de Jehová: á todo lo que quiere lo inclina.
Los pensamientos del solícito ciertamente van á abundancia; mas todo presuroso, indefectiblemente á pobreza.
Mejor es vivir en un rincón de zaquizamí, que con la mujer rencillosa en espaciosa casa.
El que cierra su oído al clamor del pobre, también él clamará, y no será oído.
Hombre necesitado será el que ama el deleite: y el que ama el vino y ungüentos no enriquecerá.
El que sigue la justicia y la misericordia, hallará la vida, la justicia, y la honra.
El deseo del perezoso le mata, porque sus manos no quieren trabajar.
El hombre impío afirma su rostro: mas el recto ordena sus caminos.
El rico y el pobre se encontraron: á todos ellos hizo Jehová.
Instruye al niño en su carrera: aun cuando fuere viejo no se apartará de ella.
Echa fuera al escarnecedor, y saldrá la contienda, y cesará el pleito y la afrenta.
Sima profunda es la boca de las extrañas: aquel contra el cual estuviere Jehová airado, caerá en ella.
Porque es cosa deleitable, si las guardares en tus entrañas; y que juntamente sean ordenadas en tus labios.
No robes al pobre, porque es pobre, ni quebrantes en la puerta al afligido:
No estés entre los que tocan la mano, entre los que fían por deudas.
CUANDO te sentares á comer con algún señor, considera bien lo que estuviere delante de ti;
¿Has de poner tus ojos en las riquezas, siendo ningunas? porque hacerse han alas, como alas de águila, y volarán al cielo.
No hables á oídos del necio; porque menospreciará la prudencia de tus razones.
No rehuses la corrección del muchacho: porque si lo hirieres con vara, no morirá.
No tenga tu corazón envidia de los pecadores, antes persevera en el temor de Jehová todo tiempo:
Porque el bebedor y el comilón empobrecerán: y el sueño hará vestir vestidos rotos.
Alégrense tu padre y tu madre, y gócese la que te engendró.
¿Para quién será el ay? ¿para quién el ay? ¿para quién las rencillas? ¿para quién las quejas? ¿para quién las heridas en balde? ¿para quién lo amoratado de los ojos?
Tus ojos mirarán las extrañas, y tu corazón hablará perversidades.
Porque su corazón piensa en robar, é iniquidad hablan sus labios.
Porque con ingenio harás la guerra: y la salud está en la multitud de consejeros.
Si fueres flojo en el día de trabajo, tu fuerza será reducida.
Tal será el conocimiento de la sabiduría á tu alma: si la hallares tendrá recompensa, y al fin tu esperanza no será cortada.
Porque Jehová no lo mire, y le desagrade , y aparte de sobre él su enojo.
Porque su quebrantamiento se levantará de repente; y el quebrantamiento de ambos, ¿quién lo comprende?
Besados serán los labios del que responde palabras rectas.
Pasé junto á la heredad del hombre perezoso, y junto á la viña del hombre falto de entendimiento;
Así vendrá como caminante tu necesidad, y tu pobreza como hombre de escudo.
Quita las escorias de la plata, y saldrá vaso al fundidor.
No salgas á pleito presto, no sea que no sepas qué hacer al fin, después que tu prójimo te haya dejado confuso.
Como zarcillo de oro y joyel de oro fino, es el que reprende al sabio que tiene oído dócil.
¿Hallaste la miel? come lo que te basta; no sea que te hartes de ella, y la vomites.
El que canta canciones al corazón afligido, es como el que quita la ropa en tiempo de frío, ó el que sobre el jabón echa vinagre.
Mejor es estar en un rincón de casa, que con la mujer rencillosa en espaciosa casa.
Como ciudad derribada y sin muro, es el hombre cuyo espíritu no tiene rienda.
Nunca respondas al necio en conformidad á su necedad, para que no seas tú también como él.
Como quien liga la piedra en la honda, así hace el que al necio da honra.
¿Has visto hombre sabio en su opinión? más esperanza hay del necio que de él.
A su ver es el perezoso más sabio que siete que le den consejo.
Sin leña se apaga el fuego: y donde no hay chismoso, cesa la contienda.
Otro parece en los labios el que aborrece; mas en su interior pone engaño.
La falsa lengua atormenta al que aborrece: y la boca lisonjera hace resbaladero.
Cruel es la ira, é impetuoso el furor; mas ¿quién parará delante de la envidia?
Cual ave que se va de su nido, tal es el hombre que se va de su lugar.
El avisado ve el mal, y escóndese; mas los simples pasan, y llevan el daño.
El que pretende contenerla, arresta el viento: ó el aceite en su mano derecha.
El sepulcro y la perdición nunca se hartan: así los ojos del hombre nunca están satisfechos.
Porque las riquezas no son para siempre; ¿y será la corona para perpetuas generaciones?
HUYE el impío sin que nadie lo persiga: mas el justo está confiado como un leoncillo.
Los hombres malos no entienden el juicio: mas los que buscan á Jehová, entienden todas las cosas.
El que aparta su oído para no oir la ley, su oración también es abominable.
El que encubre sus pecados, no prosperará: mas el que los confiesa y se aparta, alcanzará misericordia.
El hombre que hace violencia con sangre de persona, huirá hasta el sepulcro, y nadie le detendrá.
Tener acepción de personas, no es bueno: hasta por un bocado de pan prevaricará el hombre.
El altivo de ánimo suscita contiendas: mas el que en Jehová confía, medrará.
EL hombre que reprendido endurece la cerviz, de repente será quebrantado; ni habrá para él medicina.
El hombre que lisonjea á su prójimo, red tiende delante de sus pasos.
Si el hombre sabio contendiere con el necio, que se enoje ó que se ría, no tendrá reposo.
El pobre y el usurero se encontraron: Jehová alumbra los ojos de ambos.
Corrige á tu hijo, y te dará descanso, y dará deleite á tu alma.
El que regala á su siervo desde su niñez, á la postre será su hijo.
El temor del hombre pondrá lazo: mas el que confía en Jehová será levantado.
Ciertamente más rudo soy yo que ninguno, ni tengo entendimiento de hombre.
No añadas á sus palabras, porque no te reprenda, y seas hallado mentiroso.
No acuses al siervo ante su señor, porque no te maldiga, y peques.
Hay generación cuyos dientes son espadas, y sus muelas cuchillos, para devorar á los pobres de la tierra, y de entre los hombres á los menesterosos.
Tres cosas me son ocultas; aun tampoco sé la cuarta:
Por el siervo cuando reinare; y por el necio cuando se hartare de pan;
Los conejos, pueblo nada esforzado, y ponen su casa en la piedra;
El león, fuerte entre todos los animales, que no torna atrás por nadie;
PALABRAS del rey Lemuel; la profecía con que le enseñó su madre.
No sea que bebiendo olviden la ley, y perviertan el derecho de todos los hijos afligidos.
Abre tu boca, juzga justicia, y el derecho del pobre y del menesteroso.
Buscó lana y lino, y con voluntad labró de sus manos.
Ciñó sus lomos de fortaleza, y esforzó sus brazos.
No tendrá temor de la nieve por su familia, porque toda su familia está vestida de ropas dobles.
Fortaleza y honor son su vestidura; y en el día postrero reirá.
Muchas mujeres hicieron el bien; mas tú las sobrepujaste á todas.
Vanidad de vanidades, dijo el Predicador; vanidad de vanidades, todo vanidad.
El viento tira hacia el mediodía, y rodea al norte; va girando de continuo, y á sus giros torna el viento de nuevo.
¿Hay algo de que se pueda decir: He aquí esto es nuevo? Ya fué en los siglos que nos han precedido.
Yo miré todas las obras que se hacen debajo del sol; y he aquí, todo ello es vanidad y aflicción de espíritu.
Porque en la mucha sabiduría hay mucha molestia; y quien añade ciencia, añade dolor.
Engrandecí mis obras, edifiquéme casas, plantéme viñas;
Alleguéme también plata y oro, y tesoro preciado de reyes y de provincias; híceme de cantores y cantoras, y los deleites de los hijos de los hombres, instrumentos músicos y de todas suertes.
Después torné yo á mirar para ver la sabiduría y los desvaríos y la necedad; (porque ¿qué hombre hay que pueda seguir al rey en lo que ya hicieron?)
Porque ni del sabio ni del necio habrá memoria para siempre; pues en los días venideros ya todo será olvidado, y también morirá el sabio como el necio.
Tornéme por tanto á desesperanzar mi corazón acerca de todo el trabajo en que me afané, y en que había ocupado debajo del sol mi sabiduría.
No hay cosa mejor para el hombre sino que coma y beba, y que su alma vea el bien de su trabajo. También tengo yo visto que esto es de la mano de Dios.
Tiempo de nacer, y tiempo de morir; tiempo de plantar, y tiempo de arrancar lo plantado;
Tiempo de agenciar, y tiempo de perder; tiempo de guardar, y tiempo de arrojar;
Yo he visto el trabajo que Dios ha dado á los hijos de los hombres para que en él se ocupasen.
He entendido que todo lo que Dios hace, eso será perpetuo: sobre aquello no se añadirá, ni de ello se disminuirá; y hácelo Dios, para que delante de él teman los hombres.
Dije en mi corazón, en orden á la condición de los hijos de los hombres, que Dios los probaría, para que así echaran de ver ellos mismos que son semejantes á las bestias.
Así que he visto que no hay cosa mejor que alegrarse el hombre con lo que hiciere; porque esta es su parte: porque ¿quién lo llevará para que vea lo que ha de ser después de él?
Visto he asimismo que todo trabajo y toda excelencia de obras mueve la envidia del hombre contra su prójimo. También esto es vanidad y aflicción de espíritu.
Está un hombre solo y sin sucesor; que ni tiene hijo ni hermano; mas nunca cesa de trabajar, ni sus ojos se hartan de sus riquezas, ni se pregunta: ¿Para quién trabajo yo, y defraudo mi alma del bien? También esto es vanidad, y duro trabajo.
Y si alguno prevaleciere contra el uno, dos estarán contra él; y cordón de tres dobleces no presto se rompe.
No tiene fin todo el pueblo que fué antes de ellos: tampoco los que vendrán después estarán con él contentos. Y esto es también vanidad y aflicción de espíritu.
Cuando á Dios hicieres promesa, no tardes en pagarla; porque no se agrada de los insensatos. Paga lo que prometieres.
Si violencias de pobres, y extorsión de derecho y de justicia vieres en la provincia, no te maravilles de esta licencia; porque alto está mirando sobre alto, y uno más alto está sobre ellos.
Dulce es el sueño del trabajador, ora coma mucho ó poco; mas al rico no le deja dormir la hartura.
Este también es un gran mal, que como vino, así haya de volver. ¿Y de qué le aprovechó trabajar al viento?
Porque no se acordará mucho de los días de su vida; pues Dios le responderá con alegría de su corazón.
Porque en vano vino, y á tinieblas va, y con tinieblas será cubierto su nombre.
Porque ¿qué más tiene el sabio que el necio? ¿qué más tiene el pobre que supo caminar entre los vivos?
Porque ¿quién sabe cuál es el bien del hombre en la vida, todos los días de la vida de su vanidad, los cuales él pasa como sombra? Porque ¿quién enseñará al hombre qué será después de él debajo del sol?
El corazón de los sabios, en la casa del luto; mas el corazón de los insensatos, en la casa del placer.
Mejor es el fin del negocio que su principio: mejor es el sufrido de espíritu que el altivo de espíritu.
Porque escudo es la ciencia, y escudo es el dinero: mas la sabiduría excede en que da vida á sus poseedores.
No seas demasiado justo, ni seas sabio con exceso: ¿por qué te destruirás?
Ciertamente no hay hombre justo en la tierra, que haga bien y nunca peque.
Lejos está lo que fué; y lo muy profundo ¿quién lo hallará?
Lo que aun busca mi alma, y no encuentro: un hombre entre mil he hallado; mas mujer de todas éstas nunca hallé.
No te apresures á irte de delante de él, ni en cosa mala persistas; porque él hará todo lo que quisiere:
Porque no sabe lo que ha de ser; y el cuándo haya de ser, ¿quién se lo enseñará?
Porque no se ejecuta luego sentencia sobre la mala obra, el corazón de los hijos de los hombres está en ellos lleno para hacer mal.
Por tanto alabé yo la alegría; que no tiene el hombre bien debajo del sol, sino que coma y beba, y se alegre; y que esto se le quede de su trabajo los días de su vida que Dios le dió debajo del sol.
Todo acontece de la misma manera á todos: un mismo suceso ocurre al justo y al impío; al bueno y al limpio y al no limpio; al que sacrifica, y al que no sacrifica: como el bueno, así el que peca; el que jura, como el que teme el juramento.
También su amor, y su odio y su envidia, feneció ya: ni tiene ya más parte en el siglo, en todo lo que se hace debajo del sol.
Todo lo que te viniere á la mano para hacer, hazlo según tus fuerzas; porque en el sepulcro, adonde tú vas, no hay obra, ni industria, ni ciencia, ni sabiduría.
Una pequeña ciudad, y pocos hombres en ella; y viene contra ella un gran rey, y cércala, y edifica contra ella grandes baluartes:
Mejor es la sabiduría que las armas de guerra; mas un pecador destruye mucho bien.
Si el espíritu del príncipe se exaltare contra ti, no dejes tu lugar; porque la lenidad hará cesar grandes ofensas.
El que hiciere el hoyo caerá en él; y el que aportillare el vallado, morderále la serpiente.
Las palabras de la boca del sabio son gracia; mas los labios del necio causan su propia ruina.
¡Ay de ti, tierra, cuando tu rey es muchacho, y tus príncipes comen de mañana!
Ni aun en tu pensamiento digas mal del rey, ni en los secretos de tu cámara digas mal del rico; porque las aves del cielo llevarán la voz, y las que tienen alas harán saber la palabra.
El que al viento mira, no sembrará; y el que mira á las nubes, no segará.
Mas si el hombre viviere muchos años, y en todos ellos hubiere gozado alegría; si después trajere á la memoria los días de las tinieblas, que serán muchos, todo lo que le habrá pasado, dirá haber sido vanidad.
Antes que se oscurezca el sol, y la luz, y la luna y las estrellas, y las nubes se tornen tras la lluvia:
Antes que la cadena de plata se quiebre, y se rompa el cuenco de oro, y el cántaro se quiebre junto á la fuente, y la rueda sea rota sobre el pozo;
Procuró el Predicador hallar palabras agradables, y escritura recta, palabras de verdad.
Porque Dios traerá toda obra á juicio, el cual se hará sobre toda cosa oculta, buena ó mala.
Llévame en pos de ti, correremos. Metióme el rey en sus cámaras: nos gozaremos y alegraremos en ti; acordarémonos de tus amores más que del vino: los rectos te aman.
Si tú no lo sabes, oh hermosa entre las mujeres, sal, yéndote por las huellas del rebaño, y apacienta tus cabritas junto á las cabañas de los pastores.
Mientras que el rey estaba en su reclinatorio, mi nardo dió su olor.
He aquí que tú eres hermoso, amado mío, y suave: nuestro lecho también florido.
Como el manzano entre los árboles silvestres, así es mi amado entre los mancebos: bajo la sombra del deseado me senté, y su fruto fué dulce á mi paladar.
Yo os conjuro, oh doncellas de Jerusalem, por las gamas y por las ciervas del campo, que no despertéis ni hagáis velar al amor, hasta que quiera.
Porque he aquí ha pasado el invierno, hase mudado, la lluvia se fué;
Cazadnos las zorras, las zorras pequeñas, que echan á perder las viñas; pues que nuestras viñas están en cierne.
Levantaréme ahora, y rodearé por la ciudad; por las calles y por las plazas buscaré al que ama mi alma: busquélo, y no lo hallé.
¿Quién es ésta que sube del desierto como columnita de humo, sahumada de mirra y de incienso, y de todos polvos aromáticos?
Sus columnas hizo de plata, su respaldo de oro, su cielo de grana, su interior enlosado de amor, por las doncellas de Jerusalem.
Tus labios, como un hilo de grana, y tu habla hermosa; tus sienes, como cachos de granada á la parte adentro de tus guedejas.
Toda tú eres hermosa, amiga mía, y en ti no hay mancha.
Como panal de miel destilan tus labios, oh esposa; miel y leche hay debajo de tu lengua; y el olor de tus vestidos como el olor del Líbano.
Fuente de huertos, pozo de aguas vivas, que corren del Líbano.
Heme desnudado mi ropa; ¿cómo la tengo de vestir? He lavado mis pies; ¿cómo los tengo de ensuciar?
Halláronme los guardas que rondan la ciudad: hiriéronme, llagáronme, quitáronme mi manto de encima los guardas de los muros.
Su cabeza, como oro finísimo; sus cabellos crespos, negros como el cuervo.
Sus piernas, como columnas de mármol fundadas sobre basas de fino oro: su aspecto como el Líbano, escogido como los cedros.
Yo soy de mi amado, y mi amado es mío: él apacienta entre los lirios.
Como cachos de granada son tus sienes entre tus guedejas.
Al huerto de los nogales descendí á ver los frutos del valle, y para ver si brotaban las vides, si florecían los granados.
Tu ombligo, como una taza redonda, que no le falta bebida. Tu vientre, como montón de trigo, cercado de lirios.
¡Qué hermosa eres, y cuán suave, oh amor deleitoso!
Yo soy de mi amado, y conmigo tiene su contentamiento.
¡OH quién te me diese como hermano que mamó los pechos de mi madre; de modo que te halle yo fuera, y te bese, y no me menosprecien!
¿Quién es ésta que sube del desierto, recostada sobre su amado? Debajo de un manzano te desperté: allí tuvo tu madre dolores, allí tuvo dolores la que te parió.
Si ella es muro, edificaremos sobre él un palacio de plata: y si fuere puerta, la guarneceremos con tablas de cedro.
Oh tú la que moras en los huertos, los compañeros escuchan tu voz: házmela oir.
El buey conoce á su dueño, y el asno el pesebre de su señor: Israel no conoce, mi pueblo no tiene entendimiento.
Vuestra tierra está destruída, vuestras ciudades puestas á fuego, vuestra tierra delante de vosotros comida de extranjeros, y asolada como asolamiento de extraños.
¿Para qué á mí, dice Jehová, la multitud de vuestros sacrificios? Harto estoy de holocaustos de carneros, y de sebo de animales gruesos: no quiero sangre de bueyes, ni de ovejas, ni de machos cabríos.
Cuando extendiereis vuestras manos, yo esconderé de vosotros mis ojos: asimismo cuando multiplicareis la oración, yo no oiré: llenas están de sangre vuestras manos.
Si quisiereis y oyereis, comeréis el bien de la tierra:
Tus príncipes, prevaricadores y compañeros de ladrones: todos aman las dádivas, y van tras las recompensas: no oyen en juicio al huérfano, ni llega á ellos la causa de la viuda.
Sión con juicio será rescatada, y los convertidos de ella con justicia.
Y el fuerte será como estopa, y lo que hizo como centella; y ambos serán encendidos juntamente, y no habrá quien apague.
Y juzgará entre las gentes, y reprenderá á muchos pueblos; y volverán sus espadas en rejas de arado, y sus lanzas en hoces: no alzará espada gente contra gente, ni se ensayarán más para la guerra.
Además está su tierra llena de ídolos, y á la obra de sus manos se han arrodillado, á lo que fabricaron sus dedos.
Porque día de Jehová de los ejércitos vendrá sobre todo soberbio y altivo, y sobre todo ensalzado; y será abatido:
Y sobre todas las naves de Tarsis, y sobre todas pinturas preciadas.
Aquel día arrojará el hombre, á los topos y murciélagos, sus ídolos de plata y sus ídolos de oro, que le hicieron para que adorase;
El valiente y el hombre de guerra, el juez y el profeta, el adivino y el anciano;
Cuando alguno trabare de su hermano, de la familia de su padre, y le dijere, Que vestir tienes, tú serás nuestro príncipe, y sea en tu mano esta ruina;
Decid al justo que le irá bien: porque comerá de los frutos de sus manos.
Jehová vendrá á juicio contra los ancianos de su pueblo y contra sus príncipes; porque vosotros habéis devorado la viña, y el despojo del pobre está en vuestras casas.
Aquel día quitará el Señor el atavío de los calzados, y las redecillas, y las lunetas;
Las ropas de remuda, los mantoncillos, los velos, y los alfileres;
Sus puertas se entristecerán y enlutarán, y ella, desamparada, sentaráse en tierra.
Cuando el Señor lavare las inmundicias de las hijas de Sión, y limpiare las sangres de Jerusalem de en medio de ella, con espíritu de juicio y con espíritu de ardimiento.
Habíala cercado, y despedregádola, y plantádola de vides escogidas: había edificado en medio de ella una torre, y también asentado un lagar en ella: y esperaba que llevase uvas, y llevó uvas silvestres.
Haré que quede desierta; no será podada ni cavada, y crecerá el cardo y las espinas: y aun á las nubes mandaré que no derramen lluvia sobre ella.
Y diez huebras de viña producirán un zaque, y treinta modios de simiente darán tres modios.
Por eso ensanchó su interior el sepulcro, y sin medida extendió su boca; y allá descenderá la gloria de ellos, y su multitud, y su fausto, y el que en él se holgaba.
¡Ay de los que traen la iniquidad con cuerdas de vanidad, y el pecado como con coyundas de carreta,
¡Ay de los que son valientes para beber vino, y hombres fuertes para mezclar bebida;
Y alzará pendón á gentes de lejos, y silbará al que está en el cabo de la tierra; y he aquí que vendrá pronto y velozmente.
Y bramará sobre él en aquel día como bramido de la mar: entonces mirará hacia la tierra, y he aquí tinieblas de tribulación, y en sus cielos se oscurecerá la luz.
Y los quiciales de las puertas se estremecieron con la voz del que clamaba, y la casa se hinchió de humo.
Después oí la voz del Señor, que decía: ¿A quién enviaré, y quién nos irá? Entonces respondí yo: Heme aquí, envíame á mí.
Hasta que Jehová hubiere echado lejos los hombres, y multiplicare en medio de la tierra la desamparada.
Entonces dijo Jehová á Isaías: Sal ahora al encuentro de Achâz, tú, y Sear-jasub tu hijo, al cabo del conducto de la Pesquera de arriba, en el camino de la heredad del Lavador,
El Señor Jehová dice así: No subsistirá, ni será.
Pide para ti señal de Jehová tu Dios, demandándola en lo profundo, ó arriba en lo alto.
Comerá manteca y miel, para que sepa desechar lo malo y escoger lo bueno.
Y vendrán, y se asentarán todos en los valles desiertos, y en las cavernas de las piedras, y en todos los zarzales, y en todas las matas.
Acontecerá también en aquel tiempo, que el lugar donde había mil vides que valían mil siclos de plata, será para los espinos y cardos.
Y junté conmigo por testigos fieles á Urías sacerdote, y á Zacarías hijo de Jeberechîas.
Por cuanto desechó este pueblo las aguas de Siloé, que corren mansamente, y holgóse con Rezín y con el hijo de Remalías;
Tomad consejo, y será deshecho; proferid palabra, y no será firme: porque Dios con nosotros.
Entonces él será por santuario; mas á las dos casas de Israel por piedra para tropezar, y por tropezadero para caer, y por lazo y por red al morador de Jerusalem.
He aquí, yo y los hijos que me dió Jehová, por señales y prodigios en Israel, de parte de Jehová de los ejércitos que mora en el monte de Sión.
Y mirarán á la tierra, y he aquí tribulación y tiniebla, oscuridad y angustia; y serán sumidos en las tinieblas.
Porque tú quebraste su pesado yugo, y la vara de su hombro, y el cetro de su exactor, como en el día de Madián.
El Señor envió palabra á Jacob, y cayó en Israel.
De oriente los Siros, y los Filisteos de poniente; y con toda la boca se tragarán á Israel. Ni con todo eso ha cesado su furor, antes todavía su mano extendida.
Porque los gobernadores de este pueblo son engañadores; y sus gobernados, perdidos.
Cada uno hurtará á la mano derecha, y tendrá hambre; y comerá á la izquierda, y no se hartará: cada cual comerá la carne de su brazo:
¿Y qué haréis en el día de la visitación? ¿y á quién os acogeréis que os ayude, cuando viniere de lejos el asolamiento? ¿y en dónde dejaréis vuestra gloria?
Aunque él no lo pensará así, ni su corazón lo imaginará de esta manera; sino que su pensamiento será desarraigar y cortar gentes no pocas.
Como hice á Samaria y á sus ídolos, ¿no haré también así á Jerusalem y á sus ídolos?
¿Gloriaráse el hacha contra el que con ella corta? ¿se ensoberbecerá la sierra contra el que la mueve? como si el bordón se levantase contra los que lo levantan; como si se levantase la vara: ¿no es leño?
Y los árboles que quedaren en su bosque, serán en número que un niño los pueda contar.
Pues el Señor Jehová de los ejércitos hará consumación y fenecimiento en medio de la tierra.
Y acaecerá en aquel tiempo, que su carga será quitada de tu hombro, y su yugo de tu cerviz, y el yugo se empodrecerá por causa de la unción.
Madmena se alborotó: los moradores de Gebim se juntarán.
Y SALDRÁ una vara del tronco de Isaí, y un vástago retoñará de sus raíces.
Y será la justicia cinto de sus lomos, y la fidelidad ceñidor de sus riñones.
No harán mal ni dañarán en todo mi santo monte; porque la tierra será llena del conocimiento de Jehová, como cubren la mar las aguas.
Y se disipará la envidia de Ephraim, y los enemigos de Judá serán talados. Ephraim no tendrá envidia contra Judá, ni Judá afligirá á Ephraim;
Y DIRÁS en aquel día: Cantaré á ti, oh Jehová: pues aunque te enojaste contra mí, tu furor se apartó, y me has consolado.
Cantad salmos á Jehová; porque ha hecho cosas magníficas: sea sabido esto por toda la tierra.
Yo mandé á mis santificados, asimismo llamé á mis valientes para mi ira, á los que se alegran con mi gloria.
Por tanto, se enervarán todas la manos, y desleiráse todo corazón de hombre:
Y visitaré la maldad sobre el mundo, y sobre los impíos su iniquidad; y haré que cese la arrogancia de los soberbios, y abatiré la altivez de los fuertes.
Cualquiera que fuere hallado, será alanceado; y cualquiera que á ellos se juntare, caerá á cuchillo.
Y Babilonia, hermosura de reinos y ornamento de la grandeza de los Caldeos, será como Sodoma y Gomorra, á las que trastornó Dios.
PORQUE Jehová tendrá piedad de Jacob, y todavía escogerá á Israel, y les hará reposar en su tierra: y á ellos se unirán extranjeros, y allegaránse á la familia de Jacob.
Quebrantó Jehová el bastón de los impíos, el cetro de los señores;
El infierno abajo se espantó de ti; te despertó muertos que en tu venida saliesen á recibirte, hizo levantar de sus sillas á todos los príncipes de la tierra, á todos los reyes de las naciones.
Tú que decías en tu corazón: Subiré al cielo, en lo alto junto á las estrellas de Dios ensalzaré mi solio, y en el monte del testimonio me sentaré, á los lados del aquilón;
Que puso el mundo como un desierto, que asoló sus ciudades; que á sus presos nunca abrió la cárcel?
Aparejad sus hijos para el matadero por la maldad de sus padres: no se levanten, ni posean la tierra, é hinchan la haz del mundo de ciudades.
Que quebrantaré al Asirio en mi tierra, y en mis montes lo hollaré; y su yugo será apartado de ellos, y su carga será quitada de su hombro.
No te alegres tú, Filistea toda, por haberse quebrado la vara del que te hería; porque de la raíz de la culebra saldrá basilisco, y su fruto, ceraste volador.
CARGA de Moab. Cierto, de noche fué destruída Ar-moab, fué puesta en silencio. Cierto, de noche fué destruída Kir-moab , reducida á silencio.
Mi corazón dará gritos por Moab; sus fugitivos huirán hasta Zoar, como novilla de tres años. Por la cuesta de Luhith subirán llorando, y levantarán grito de quebrantamiento por el camino de Horonaim.
Y las aguas de Dimón se henchirán de sangre: porque yo pondré sobre Dimón añadiduras, leones á los que escaparen de Moab, y á las reliquias de la tierra.
Moren contigo mis desterrados, oh Moab; séles escondedero de la presencia del destruidor: porque el atormentador fenecerá, el destruidor tendrá fin, el hollador será consumido de sobre la tierra.
Porque los campos de Hesbón fueron talados, y las vides de Sibma; señores de gentes hollaron sus generosos sarmientos; habían llegado hasta Jazer, y extendídose por el desierto; extendiéronse sus plantas, pasaron la mar.
Y acaecerá, que cuando Moab pareciere que está cansado sobre los altos, entonces vendrá á su santuario á orar, y no le valdrá.
Las ciudades de Aroer desamparadas, en majadas se tornarán; dormirán allí, y no habrá quien los espante.
Y quedarán en él rebuscos, como cuando sacuden el aceituno, dos ó tres granos en la punta del ramo, cuatro ó cinco en sus ramas fructíferas, dice Jehová Dios de Israel.
Porque te olvidaste del Dios de tu salud, y no te acordaste de la roca de tu fortaleza; por tanto plantarás plantas hermosas, y sembrarás sarmiento extraño.
Al tiempo de la tarde he aquí turbación; y antes de la mañana ya no es. Esta es la parte de los que nos huellan, y la suerte de los que nos saquean.
Porque Jehová me dijo así: Reposaréme, y miraré desde mi morada, como sol claro después de la lluvia, como nube de rocío en el calor de la tierra.
CARGA de Egipto. He aquí que Jehová monta sobre una ligera nube, y entrará en Egipto; y los ídolos de Egipto se moverán delante de él, y desleiráse el corazón de los Egipcios en medio de ellos.
Y las aguas de la mar faltarán, y el río se agotará y secará.
Los que labran lino fino, y los que tejen redes, serán confundidos;
Hanse desvanecido los príncipes de Zoán, se han engañado los príncipes de Noph: engañaron á Egipto las esquinas de sus familias.
Y la tierra de Judá será de espanto á Egipto; todo hombre que de ella se acordare se asombrará, por causa del consejo que Jehová de los ejércitos acordó sobre aquél.
Y Jehová será conocido de Egipto, y los de Egipto conocerán á Jehová en aquel día; y harán sacrificio y oblación; y harán votos á Jehová, y los cumplirán.
Porque Jehová de los ejércitos los bendecirá, diciendo: Bendito el pueblo mío Egipto, y el Asirio obra de mis manos, é Israel mi heredad.
Así llevará el rey de Asiria la cautividad de Egipto y la transmigración de Etiopía, de mozos y de viejos, desnuda y descalza, y descubiertas las nalgas para vergüenza de Egipto.
Visión dura me ha sido mostrada. El prevaricador prevarica, y el destructor destruye. Sube, Persa; cerca, Medo. Todo su gemido hice cesar.
Porque el Señor me dijo así: Ve, pon centinela que haga saber lo que viere.
Trilla mía, y paja de mi era: os he dicho lo que oí de Jehová de los ejércitos, Dios de Israel.
Salid á encontrar al sediento; llevadle aguas, moradores de tierra de Tema, socorred con su pan al que huye.
CARGA del valle de la visión. ¿Qué tienes ahora, que toda tú te has subido sobre los terrados?
Porque día es de alboroto, y de huella, y de fatiga por el Señor Jehová de los ejércitos en el valle de la visión, para derribar el muro, y dar grita al monte.
Y visteis las roturas de la ciudad de David, que se multiplicaron; y recogisteis las aguas de la pesquera de abajo.
Y he aquí gozo y alegría, matando vacas y degollando ovejas, comer carne y beber vino, diciendo: Comamos y bebamos, que mañana moriremos.
He aquí que Jehová te trasportará en duro cautiverio, y de cierto te cubrirá el rostro.
Y vestirélo de tus vestiduras, y le fortaleceré con tu talabarte, y entregaré en sus manos tu potestad; y será padre al morador de Jerusalem, y á la casa de Judá.
En aquel día, dice Jehová de los ejércitos, el clavo hincado en lugar firme será quitado, y será quebrado y caerá; y la carga que sobre él se puso, se echará á perder; porque Jehová habló.
Avergüénzate, Sidón, porque la mar, la fortaleza de la mar habló, diciendo: Nunca estuve de parto, ni parí, ni crié mancebos, ni levanté vírgenes.
¿Quién decretó esto sobre Tiro la coronada, cuyos negociantes eran príncipes, cuyos mercaderes eran los nobles de la tierra?
Y dijo: No te alegrarás más, oh tú, oprimida virgen hija de Sidón. Levántate para pasar á Chîttim; y aun allí no tendrás reposo.
Toma arpa, y rodea la ciudad, oh ramera olvidada: haz buena melodía, reitera la canción, porque tornes en memoria.
Y será como el pueblo, tal el sacerdote; como el siervo, tal su señor; como la criada, tal su señora; tal el que compra, como el que vende; tal el que da emprestado, como el que toma prestado; tal el que da á logro, como el que lo recibe.
Por esta causa la maldición consumió la tierra, y sus moradores fueron asolados; por esta causa fueron consumidos los habitantes de la tierra, y se disminuyeron los hombres.
Quebrantada está la ciudad de la vanidad; toda casa se ha cerrado, porque no entre nadie.
Estos alzarán su voz, cantarán gozosos en la grandeza de Jehová, desde la mar darán voces.
Y acontecerá que el que huirá de la voz del terror, caerá en la sima; y el que saliere de en medio de la sima, será preso del lazo: porque de lo alto se abrieron ventanas, y temblarán los fundamentos de la tierra.
Y serán amontonados como se amontonan encarcelados en mazmorra, y en prisión quedarán encerrados, y serán visitados después de muchos días.
Por esto te dará gloria el pueblo fuerte, te temerá la ciudad de gentes robustas.
Y deshará en este monte la máscara de la cobertura con que están cubiertos todos los pueblos, y la cubierta que está extendida sobre todas las gentes.
Y extenderá su mano por en medio de él, como la extiende el nadador para nadar: y abatirá su soberbia con los miembros de sus manos:
Tú le guardarás en completa paz, cuyo pensamiento en ti persevera; porque en ti se ha confiado.
El camino del justo es rectitud: Tú, Recto, pesas el camino del justo.
Jehová, bien que se levante tu mano, no ven: verán al cabo, y se avergonzarán los que envidian á tu pueblo; y á tus enemigos fuego los consumirá.
Añadiste al pueblo, oh Jehová, añadiste al pueblo: hicístete glorioso: extendístelo hasta todos los términos de la tierra.
Tus muertos vivirán; junto con mi cuerpo muerto resucitarán. ¡Despertad y cantad, moradores del polvo! porque tu rocío, cual rocío de hortalizas; y la tierra echará los muertos.
En aquel día cantad de la viña del vino rojo .
Días vendrán cuando Jacob echará raíces, florecerá y echará renuevos Israel, y la haz del mundo se henchirá de fruto.
Porque la ciudad fortalecida será asolada, la morada será desamparada y dejada como un desierto: allí se apacentará el becerro, allí tendrá su majada, y acabará sus ramas.
¡AY de la corona de soberbia, de los ebrios de Ephraim, y de la flor caduca de la hermosura de su gloria, que está sobre la cabeza del valle fértil de los aturdidos del vino!
En aquel día Jehová de los ejércitos será por corona de gloria y diadema de hermosura á las reliquias de su pueblo;
¿A quién se enseñará ciencia, ó á quién se hará entender doctrina? ¿A los quitados de la leche? ¿á los arrancados de los pechos?
La palabra pues de Jehová les será mandamiento tras mandamiento, mandato sobre mandato, renglón tras renglón, línea sobre línea, un poquito allí, otro poquito allá; que vayan y caigan de espaldas, y sean quebrantados, y enlazados, y presos.
Y ajustaré el juicio á cordel, y á nivel la justicia; y granizo barrerá la acogida de la mentira, y aguas arrollarán el escondrijo.
Porque Jehová se levantará como en el monte Perasim, como en el valle de Gabaón se enojará; para hacer su obra, su extraña obra, y para hacer su operación, su extraña operación.
Después que hubiere igualado su superficie, ¿no derramará la neguilla, sembrará el comino, pondrá el trigo por su orden, y la cebada en su señal, y la avena en su término?
También esto salió de Jehová de los ejércitos, para hacer maravilloso el consejo y engrandecer la sabiduría.
Entonces serás humillada, hablarás desde la tierra, y tu habla saldrá del polvo; y será tu voz de la tierra como de pythón, y tu habla susurrará desde el polvo.
Y será como el que tiene hambre y sueña, y parece que come; mas cuando despierta, su alma está vacía; ó como el que tiene sed y sueña, y parece que bebe; mas cuando se despierta, hállase cansado, y su alma sedienta: así será la multitud de todas las gentes que pelearán contra el monte de Sión.
Y si se diere el libro al que no sabe leer, diciéndole: Lee ahora esto; él dirá: No sé leer.
Vuestra subversión ciertamente será reputada como el barro del alfarero. ¿La obra dirá de su hacedor, No me hizo; y dirá el vaso de aquel que lo ha formado, No entendió?
Porque el violento será acabado, y el escarnecedor será consumido: serán talados todos los que madrugaban á la iniquidad.
Y los errados de espíritu aprenderán inteligencia, y los murmuradores aprenderán doctrina.
Cuando estarán sus príncipes en Zoán, y sus embajadores habrán llegado á Hanes,
Ve pues ahora, y escribe esta visión en una tabla delante de ellos, y asiéntala en un libro, para que quede hasta el postrero día, para siempre por todos los siglos.
Por tanto el Santo de Israel dice así: Porque desechasteis esta palabra, y confiasteis en violencia y en iniquidad, y en ello os habéis apoyado;
Sino que dijisteis: No, antes huiremos en caballos: por tanto vosotros huiréis. Sobre ligeros cabalgaremos: por tanto serán ligeros vuestros perseguidores.
Bien que os dará el Señor pan de congoja y agua de angustia, con todo, tus enseñadores nunca más te serán quitados, sino que tus ojos verán tus enseñadores.
Tus bueyes y tus asnos que labran la tierra, comerán grano limpio, el cual será aventado con pala y criba.
Y su aliento, cual torrente que inunda: llegará hasta el cuello, para zarandear las gentes con criba de destrucción; y el freno estará en las quijadas de los pueblos, haciéndoles errar.
Y en todo paso habrá madero fundado, que Jehová hará hincar sobre él con tamboriles y vihuelas, cuando con batallas de altura peleará contra ellos.
Y los Egipcios hombres son, y no Dios; y sus caballos carne, y no espíritu: de manera que en extendiendo Jehová su mano, caerá el ayudador, y caerá el ayudado, y todos ellos desfallecerán á una.
Porque en aquel día arrojará el hombre sus ídolos de plata, y sus ídolos de oro, que para vosotros han hecho vuestras manos pecadoras.
Y será aquel varón como escondedero contra el viento, y como acogida contra el turbión; como arroyos de aguas en tierra de sequedad, como sombra de gran peñasco en tierra calurosa.
Porque el mezquino hablará mezquindades, y su corazón fabricará iniquidad, para hacer la impiedad y para hablar escarnio contra Jehová, dejando vacía el alma hambrienta, y quitando la bebida al sediento.
Días y años tendréis espanto, oh confiadas; porque la vendimia faltará, y la cosecha no acudirá.
Porque los palacios serán desiertos, la multitud de la ciudad cesará: las torres y fortalezas se tornarán cuevas para siempre, donde huelguen asnos monteses, y ganados hagan majada:
Y mi pueblo habitará en morada de paz, y en habitaciones seguras, y en recreos de reposo.
Oh Jehová, ten misericordia de nosotros, á ti hemos esperado: tú, brazo de ellos en la mañana, sé también nuestra salud en tiempo de la tribulación.
Y reinarán en tus tiempos la sabiduría y la ciencia, y la fuerza de la salvación: el temor de Jehová será su tesoro.
Ahora me levantaré, dice Jehová; ahora seré ensalzado, ahora seré engrandecido.
Los pecadores se asombraron en Sión, espanto sobrecogió á los hipócritas. ¿Quién de nosotros morará con el fuego consumidor? ¿quién de nosotros habitará con las llamas eternas?
Tu corazón imaginará el espanto, y dirá: ¿Qué es del escriba? ¿qué del pesador? ¿qué del que pone en lista las casas más insignes?
Porque Jehová es nuestro juez, Jehová es nuestro legislador, Jehová es nuestro Rey, él mismo nos salvará.
Porque Jehová está airado sobre todas las gentes, é irritado sobre todo el ejército de ellas: destruirálas y entregarálas al matadero.
Llena está de sangre la espada de Jehová, engrasada está de grosura, de sangre de corderos y de cabritos, de grosura de riñones de carneros: porque Jehová tiene sacrificios en Bosra, y grande matanza en tierra de Edom.
No se apagará de noche ni de día, perpetuamente subirá su humo: de generación en generación será asolada, nunca jamás pasará nadie por ella.
Y las bestias monteses se encontrarán con los gatos cervales, y el peludo gritará á su compañero: la lamia también tendrá allí asiento, y hallará para sí reposo.
ALEGRARSE han el desierto y la soledad: el yermo se gozará, y florecerá como la rosa.
Entonces los ojos de los ciegos serán abiertos, y los oídos de los sordos se abrirán.
No habrá allí león, ni bestia fiera subirá por él, ni allí se hallará, para que caminen los redimidos.
Y salió á él Eliacim hijo de Hilcías mayordomo , y Sebna, escriba, y Joah hijo de Asaph, canciller.
Y si me dijeres, En Jehová nuestro Dios confiamos; ¿no es éste aquel cuyos altos y cuyos altares hizo quitar Ezechîas, y dijo á Judá y á Jerusalem: Delante de este altar adoraréis?
Entonces dijo Eliacim, y Sebna y Joah á Rabsaces: Rogámoste que hables á tus siervos en lengua siriaca, porque nosotros la entendemos: y no hables con nosotros en lengua judáica, oyéndolo el pueblo que está sobre el muro.
Ni os haga Ezechîas confiar en Jehová, diciendo: Ciertamente Jehová nos librará: no será entregada esta ciudad en manos del rey de Asiria.
¿Dónde está el dios de Hamath y de Arphad? ¿dónde está el dios de Sepharvaim? ¿libraron á Samaria de mi mano?
ACONTECIÓ pues, que el rey Ezechîas, oído esto, rasgó sus vestidos, y cubierto de saco vino á la casa de Jehová.
Vinieron pues los siervos de Ezechîas á Isaías.
Mas oyendo decir de Tirhakah rey de Etiopía: He aquí que ha salido para hacerte guerra: en oyéndolo, envió mensajeros á Ezechîas, diciendo:
¿Dónde está el rey de Amath, y el rey de Arphad, el rey de la ciudad de Sepharvaim, de Henah, y de Hivah?
Inclina, oh Jehová, tu oído, y oye; abre, oh Jehová, tus ojos, y mira: y oye todas las palabras de Sennachêrib, el cual ha enviado á blasfemar al Dios viviente.
Entonces Isaías hijo de Amoz, envió á decir á Ezechîas: Jehová Dios de Israel dice así: Acerca de lo que me rogaste sobre Sennachêrib rey de Asiria,
Yo cavé, y bebí las aguas; y con las pisadas de mis pies secaré todos los ríos de lugares atrincherados .
Porque contra mí te airaste, y tu estruendo ha subido á mis oídos: pondré pues mi anzuelo en tu nariz, y mi freno en tus labios, y haréte tornar por el camino por donde viniste.
Por tanto, así dice Jehová acerca del rey de Asiria: No entrará en esta ciudad, ni echará saeta en ella: no vendrá delante de ella escudo, ni será echado contra ella baluarte.
Entonces Sennachêrib rey de Asiria partiéndose se fué, y volvióse, é hizo su morada en Nínive.
Y dijo: Oh Jehová, ruégote te acuerdes ahora que he andado delante de ti en verdad y con íntegro corazón, y que he hecho lo que ha sido agradable delante de tus ojos. Y lloró Ezechîas con gran lloro.
Y esto te será señal de parte de Jehová, que Jehová hará esto que ha dicho:
Dije: No veré á JAH, á JAH en la tierra de los que viven: ya no veré más hombre con los moradores del mundo.
¿Qué diré? El que me lo dijo, él mismo lo ha hecho. Andaré recapacitando en la amargura de mi alma todos los años de mi vida.
El que vive, el que vive, éste te confesará, como yo hoy: el padre hará notoria tu verdad á los hijos.
EN aquel tiempo Merodach-baladán, hijo de Baladán, rey de Babilonia, envió cartas y presentes á Ezechîas; porque había oído que había estado enfermo, y que había convalecido.
Entonces dijo Isaías á Ezechîas: Oye palabra de Jehová de los ejércitos:
CONSOLAOS, consolaos, pueblo mío, dice vuestro Dios.
Y manifestaráse la gloria de Jehová, y toda carne juntamente la verá; que la boca de Jehová habló.
Súbete sobre un monte alto, anunciadora de Sión; levanta fuertemente tu voz, anunciadora de Jerusalem; levántala, no temas; di á las ciudades de Judá: ¡Veis aquí el Dios vuestro!
¿Quién enseñó al espíritu de Jehová, ó le aconsejo enseñándole?
Como nada son todas las gentes delante de él; y en su comparación serán estimadas en menos que nada, y que lo que no es.
¿No sabéis? ¿no habéis oído? ¿nunca os lo han dicho desde el principio? ¿no habéis sido enseñados desde que la tierra se fundó?
¿A qué pues me haréis semejante, ó seré asimilado? dice el Santo.
El da esfuerzo al cansado, y multiplica las fuerzas al que no tiene ningunas.
¿Quién despertó del oriente al justo, lo llamó para que le siguiese, entregó delante de él naciones, é hízolo enseñorear de reyes; entrególos á su espada como polvo, y á su arco como hojarascas arrebatadas?
Cada cual ayudó á su cercano; y á su hermano dijo: Esfuérzate.
No temas, que yo soy contigo; no desmayes, que yo soy tu Dios que te esfuerzo: siempre te ayudaré, siempre te sustentaré con la diestra de mi justicia.
No temas, gusano de Jacob, oh vosotros los pocos de Israel; yo te socorrí, dice Jehová, y tu Redentor el Santo de Israel.
En los altos abriré ríos, y fuentes en mitad de los llanos: tornaré el desierto en estanques de aguas, y en manaderos de aguas la tierra seca.
Traigan, y anúnciennos lo que ha de venir: dígannos lo que ha pasado desde el principio, y pondremos nuestro corazón en ello: sepamos también su postrimería, y hacednos entender lo que ha de venir.
¿Quién lo anunció desde el principio, para que sepamos; ó de tiempo atrás, y diremos: Es justo? Cierto, no hay quien anuncie, sí, no hay quien enseñe, ciertamente no hay quien oiga vuestras palabras.
HE aquí mi siervo, yo le sostendré; mi escogido, en quien mi alma toma contentamiento: he puesto sobre él mi espíritu, dará juicio á las gentes.
Así dice el Dios Jehová, el Criador de los cielos, y el que los extiende; el que extiende la tierra y sus verduras; el que da respiración al pueblo que mora sobre ella, y espíritu á los que por ella andan:
Las cosas primeras he aquí vinieron, y yo anuncio nuevas cosas: antes que salgan á luz, yo os las haré notorias.
Jehová saldrá como gigante, y como hombre de guerra despertará celo: gritará, voceará, esforzaráse sobre sus enemigos.
Serán vueltos atrás, y en extremo confundidos, los que confían en las esculturas, y dicen á las estatuas de fundición: Vosotros sois nuestros dioses.
Jehová se complació por amor de su justicia en magnificar la ley y engrandecerla.
Por tanto derramó sobre él el furor de su ira, y fuerza de guerra; púsole fuego de todas partes, empero no entendió; y encendióle, mas no ha parado mientes.
Porque en mis ojos fuiste de grande estima, fuiste honorable, y yo te amé: daré pues hombres por ti, y naciones por tu alma.
Sacad al pueblo ciego que tiene ojos, y á los sordos que tienen oídos.
Yo anuncié, y salvé, é hice oir, y no hubo entre vosotros extraño. Vosotros pues sois mis testigos, dice Jehová, que yo soy Dios.
Así dice Jehová, el que da camino en la mar, y senda en las aguas impetuosas;
La bestia del campo me honrará, los chacales, y los pollos del avestruz: porque daré aguas en el desierto, ríos en la soledad, para que beba mi pueblo, mi escogido.
No compraste para mí caña aromática por dinero, ni me saciaste con la grosura de tus sacrificios; antes me hiciste servir en tus pecados, me has fatigado con tus maldades.
Por tanto, yo profané los príncipes del santuario, y puse por anatema á Jacob, y por oprobio á Israel.
Y brotarán entre hierba, como sauces junto á las riberas de las aguas.
No temáis, ni os amedrentéis: ¿no te lo hice oir desde antiguo, y te lo dije? Luego vosotros sois mis testigos. No hay Dios sino yo. No hay Fuerte: no conozco ninguno.
El herrero tomará la tenaza, obrará en las ascuas, darále forma con los martillos, y trabajará en ella con la fuerza de su brazo: tiene luego hambre, y le faltan las fuerzas; no beberá agua, y se desmaya.
Parte del leño quemará en el fuego; con parte de él comerá carne, aderezará asado, y se saciará; después se calentará, y dirá: ¡Oh! heme calentado, he visto el fuego;
De ceniza se apacienta; su corazón engañado le desvía, para que no libre su alma, ni diga: ¿No hay una mentira á mi mano derecha?
Así dice Jehová, tu Redentor, y formador tuyo desde el vientre: Yo Jehová, que lo hago todo, que extiendo solo los cielos, que extiendo la tierra por mí mismo;
Que dice de Ciro: Es mi pastor, y cumplirá todo lo que yo quiero, en diciendo á Jerusalem, Serás edificada; y al templo: Serás fundado.
Por amor de mi siervo Jacob, y de Israel mi escogido, te llamé por tu nombre; púsete sobrenombre, aunque no me conociste.
Rociad, cielos, de arriba, y las nubes destilen la justicia; ábrase la tierra, y prodúzcanse la salud y la justicia; háganse brotar juntamente. Yo Jehová lo crié.
Yo hice la tierra, y crié sobre ella al hombre. Yo, mis manos, extendieron los cielos, y á todo su ejército mandé.
Confusos y avergonzados serán todos ellos; irán con afrenta todos los fabricadores de imágenes.
Reuníos, y venid; allegaos, todos los escapados de las gentes: no saben aquellos que erigen el madero de su escultura, y los que ruegan al dios que no salva.
Y diráse de mí: Ciertamente en Jehová está la justicia y la fuerza: á él vendrán, y todos los que contra él se enardecen, serán avergonzados.
Oidme, oh casa de Jacob, y todo el resto de la casa de Israel, los que sois traídos por mí desde el vientre, los que sois llevados desde la matriz.
Echanselo sobre los hombros, llévanlo, y asiéntanlo en su lugar; allí se está, y no se mueve de su sitio. Danle voces, y tampoco responde, ni libra de la tribulación.
Que llamo desde el oriente al ave, y de tierra lejana al varón de mi consejo. Yo hablé, y lo haré venir: helo pensado, y también lo haré.
Toma el molino, y muele harina: descubre tus guedejas, descalza los pies, descubre las piernas, pasa los ríos.
Enojéme contra mi pueblo, profané mi heredad, y entreguélos en tu mano: no les hiciste misericordias; sobre el viejo agravaste mucho tu yugo.
Porque te confiaste en tu maldad, diciendo: Nadie me ve. Tu sabiduría y tu misma ciencia te engañaron, y dijiste en tu corazón: Yo, y no más.
He aquí que serán como tamo; fuego los quemará, no salvarán sus vidas del poder de la llama; no quedará brasa para calentarse, ni lumbre á la cual se sienten.
Lo que pasó, ya antes lo dije; y de mi boca salió; publiquélo, hícelo presto, y vino á ser.
Ahora han sido criadas, no en días pasados; ni antes de este día las habías oído, porque no digas: He aquí que yo lo sabía.
Por mí, por amor de mí lo haré, para que no sea amancillado mi nombre, y mi honra no la daré á otro.
Yo, yo hablé, y le llamé, y le traje; por tanto será prosperado su camino.
Fuera como la arena tu simiente, y los renuevos de tus entrañas como las pedrezuelas de ella; nunca su nombre fuera cortado, ni raído de mi presencia.
OIDME, islas, y escuchad, pueblos lejanos: Jehová me llamó desde el vientre; desde las entrañas de mi madre tuvo mi nombre en memoria.
Ahora pues, dice Jehová, el que me formó desde el vientre por su siervo, para que convierta á él á Jacob. Bien que Israel no se juntará, con todo, estimado seré en los ojos de Jehová, y el Dios mío será mi fortaleza.
Para que digas á los presos: Salid; y á los que están en tinieblas: Manifestaos. En los caminos serán apacentados, y en todas las cumbres serán sus pastos.
Cantad alabanzas, oh cielos, y alégrate, tierra; y prorrumpid en alabanzas, oh montes: porque Jehová ha consolado su pueblo, y de sus pobres tendrá misericordia.
Tus edificadores vendrán aprisa; tus destruidores y tus asoladores saldrán de ti.
Y dirás en tu corazón: ¿Quién me engendró estos? porque yo deshijada estaba y sola, peregrina y desterrada: ¿quién pues crió éstos? He aquí yo estaba dejada sola: éstos ¿dónde estaban?
Así empero dice Jehová: Cierto, la cautividad será quitada al valiente, y la presa del robusto será librada; y tu pleito yo lo pleitearé, y yo salvaré á tus hijos.
Visto de oscuridad los cielos, y torno como saco su cobertura.
Porque el Señor Jehová me ayudará; por tanto no me avergoncé: por eso puse mi rostro como un pedernal, y sé que no seré avergonzado.
He aquí que todos vosotros encendéis fuego, y estáis cercados de centellas: andad á la luz de vuestro fuego, y á las centellas que encendisteis. De mi mano os vendrá esto; en dolor seréis sepultados.
Estad atentos á mí, pueblo mío, y oidme, nación mía; porque de mí saldrá la ley, y mi juicio descubriré para luz de pueblos.
Porque como á vestidura los comerá polilla, como á lana los comerá gusano; mas mi justicia permanecerá perpetuamente, y mi salud por siglos de siglos.
Yo, yo soy vuestro consolador. ¿Quién eres tú para que tengas temor del hombre, que es mortal, del hijo del hombre, que por heno será contado?
Y en tu boca he puesto mis palabras, y con la sombra de mi mano te cubrí, para que plantase los cielos y fundase la tierra, y que dijese á Sión: Pueblo mío eres tú.
Tus hijos desmayaron, estuvieron tendidos en las encrucijadas de todos los caminos, como buey montaraz en la red, llenos del furor de Jehová, de la ira del Dios tuyo.
DESPIERTA, despierta, vístete tu fortaleza, oh Sión; vístete tu ropa de hermosura, oh Jerusalem, ciudad santa: porque nunca más acontecerá que venga á ti incircunciso ni inmundo.
Y ahora ¿qué á mí aquí, dice Jehová, ya que mi pueblo sea llevado sin por qué? Y los que en él se enseñorean, lo hacen aullar, dice Jehová, y continuamente es blasfemado mi nombre todo el día.
Cantad alabanzas, alegraos juntamente, soledades de Jerusalem: porque Jehová ha consolado su pueblo, á Jerusalem ha redimido.
He aquí que mi siervo será prosperado, será engrandecido y ensalzado, y será muy sublimado.
Y subirá cual renuevo delante de él, y como raíz de tierra seca: no hay parecer en él, ni hermosura: verlo hemos, mas sin atractivo para que le deseemos.
Todos nosotros nos descarriamos como ovejas, cada cual se apartó por su camino: mas Jehová cargó en él el pecado de todos nosotros.
Con todo eso Jehová quiso quebrantarlo, sujetándole á padecimiento. Cuando hubiere puesto su vida en expiación por el pecado, verá linaje, vivirá por largos días, y la voluntad de Jehová será en su mano prosperada.
Ensancha el sitio de tu cabaña, y las cortinas de tus tiendas sean extendidas; no seas escasa; alarga tus cuerdas, y fortifica tus estacas.
Porque como á mujer dejada y triste de espíritu te llamó Jehová, y como á mujer moza que es repudiada, dijo el Dios tuyo.
Porque los montes se moverán, y los collados temblarán; mas no se apartará de ti mi misericordia, ni el pacto de mi paz vacilará, dijo Jehová, el que tiene misericordia de ti.
Con justicia serás adornada; estarás lejos de opresión, porque no temerás; y de temor, porque no se acercará á ti.
A TODOS los sedientos: Venid á las aguas; y los que no tienen dinero, venid, comprad, y comed. Venid, comprad, sin dinero y sin precio, vino y leche.
He aquí, llamarás á gente que no conociste, y gentes que no te conocieron correrán á ti; por causa de Jehová tu Dios, y del Santo de Israel que te ha honrado.
Como son más altos los cielos que la tierra, así son mis caminos más altos que vuestros caminos, y mis pensamientos más que vuestros pensamientos.
En lugar de la zarza crecerá haya, y en lugar de la ortiga crecerá arrayán: y será á Jehová por nombre, por señal eterna que nunca será raída.
Porque así dijo Jehová á los eunucos que guardaren mis sábados, y escogieren lo que yo quiero, y abrazaren mi pacto:
Dice el Señor Jehová, el que junta los echados de Israel: Aun juntaré sobre él sus congregados.
Venid, dicen, tomaré vino, embriaguémonos de sidra; y será el día de mañana como este, ó mucho más excelente.
¿De quién os habéis mofado? ¿contra quién ensanchasteis la boca, y alargasteis la lengua? ¿No sois vosotros hijos rebeldes, simiente mentirosa,
Y tras la puerta y el umbral pusiste tu recuerdo: porque á otro que á mí te descubriste, y subiste, y ensanchaste tu cama, é hiciste con ellos alianza: amaste su cama donde quiera que la veías.
Yo publicaré tu justicia y tus obras, que no te aprovecharán.
Porque no tengo de contender para siempre, ni para siempre me he de enojar: pues decaería ante mí el espíritu, y las almas que yo he criado.
Mas los impíos son como la mar en tempestad, que no puede estarse quieta, y sus aguas arrojan cieno y lodo.
¿Por qué, dicen, ayunamos, y no hiciste caso; humillamos nuestras almas, y no te diste por entendido? He aquí que en el día de vuestro ayuno halláis lo que queréis, y todos demandáis vuestras haciendas.
¿No es que partas tu pan con el hambriento, y á los pobres errantes metas en casa; que cuando vieres al desnudo, lo cubras, y no te escondas de tu carne?
Y Jehová te pastoreará siempre, y en las sequías hartará tu alma, y engordará tus huesos; y serás como huerta de riego, y como manadero de aguas, cuyas aguas nunca faltan.
HE aquí que no se ha acortado la mano de Jehová para salvar, ni hase agravado su oído para oir:
Ponen huevos de áspides, y tejen telas de arañas: el que comiere de sus huevos, morirá; y si lo apretaren, saldrá un basilisco.
Por esto se alejó de nosotros el juicio, y no nos alcanzó justicia: esperamos luz, y he aquí tinieblas; resplandores, y andamos en oscuridad.
El prevaricar y mentir contra Jehová, y tornar de en pos de nuestro Dios; el hablar calumnia y rebelión, concebir y proferir de corazón palabras de mentira.
Pues de justicia se vistió como de loriga, con capacete de salud en su cabeza: y vistióse de vestido de venganza por vestidura, y cubrióse de celo como de manto,
Y este será mi pacto con ellos, dijo Jehová: El espíritu mío que está sobre ti, y mis palabras que puse en tu boca, no faltarán de tu boca, ni de la boca de tu simiente, ni de la boca de la simiente de tu simiente, dijo Jehová, desde ahora y para siempre.
Alza tus ojos en derredor, y mira: todos estos se han juntado, vinieron á ti: tus hijos vendrán de lejos, y tus hijas sobre el lado serán criadas.
¿Quiénes son estos que vuelan como nubes, y como palomas á sus ventanas?
Porque la gente ó el reino que no te sirviere, perecerá; y del todo serán asoladas.
Y mamarás la leche de las gentes, el pecho de los reyes mamarás; y conocerás que yo Jehová soy el Salvador tuyo, y Redentor tuyo, el Fuerte de Jacob.
No se pondrá jamás tu sol, ni menguará tu luna: porque te será Jehová por luz perpetua, y los días de tu luto serán acabados.
A promulgar año de la buena voluntad de Jehová, y día de venganza del Dios nuestro; á consolar á todos los enlutados;
Y vosotros seréis llamados sacerdotes de Jehová, ministros del Dios nuestro seréis dichos: comeréis las riquezas de las gentes, y con su gloria seréis sublimes.
En gran manera me gozaré en Jehová, mi alma se alegrará en mi Dios; porque me vistió de vestidos de salud, rodeóme de manto de justicia, como á novio me atavió, y como á novia compuesta de sus joyas.
Y serás corona de gloria en la mano de Jehová, y diadema de reino en la mano del Dios tuyo.
Ni le deis tregua, hasta que confirme, y hasta que ponga á Jerusalem en alabanza en la tierra.
He aquí que Jehová hizo oir hasta lo último de la tierra: Decid á la hija de Sión: He aquí viene tu Salvador; he aquí su recompensa con él, y delante de él su obra.
Pisado he yo solo el lagar, y de los pueblos nadie fué conmigo: pisélos con mi ira, y hollélos con mi furor; y su sangre salpicó mis vestidos, y ensucié todas mis ropas.
De las misericordias de Jehová haré memoria, de las alabanzas de Jehová, conforme á todo lo que Jehová nos ha dado, y de la grandeza de su beneficencia hacia la casa de Israel, que les ha hecho según sus misericordias, y según la multitud de sus miseraciones.
Empero acordóse de los días antiguos, de Moisés y de su pueblo, diciendo: ¿Dónde está el que les hizo subir de la mar con el pastor de su rebaño? ¿dónde el que puso en medio de él su espíritu santo?
Mira desde el cielo, y contempla desde la morada de tu santidad y de tu gloria: ¿dónde está tu celo, y tu fortaleza, la conmoción de tus entrañas y de tus miseraciones para conmigo? ¿hanse estrechado?
Hemos venido á ser como aquellos de quienes nunca te enseñoreaste, sobre los cuales nunca fué llamado tu nombre.
Ni nunca oyeron, ni oídos percibieron, ni ojo ha visto Dios fuera de ti, que hiciese por el que en él espera.
Ahora pues, Jehová, tú eres nuestro padre; nosotros lodo, y tú el que nos formaste; así que obra de tus manos, todos nosotros.
¿Te estarás quieto, oh Jehová, sobre estas cosas? ¿callarás, y nos afligirás sobremanera?
Que se quedan en los sepulcros, y en los desiertos tienen la noche; que comen carne de puerco, y en sus ollas hay caldo de cosas inmundas;
Así ha dicho Jehová: Como si alguno hallase mosto en un racimo, y dijese: No lo desperdicies, que bendición hay en él; así haré yo por mis siervos, que no lo destruiré todo.
Yo también os destinaré al cuchillo, y todos vosotros os arrodillaréis al degolladero: por cuanto llamé, y no respondisteis; hablé, y no oisteis; sino que hicisteis lo malo delante de mis ojos, y escogisteis lo que á mí desagrada .
El que se bendijere en la tierra, en el Dios de verdad se bendecirá; y el que jurare en la tierra, por el Dios de verdad jurará; porque las angustias primeras serán olvidadas, y serán cubiertas de mis ojos.
No habrá más allí niño de días, ni viejo que sus días no cumpla: porque el niño morirá de cien años, y el pecador de cien años, será maldito.
Y será que antes que clamen, responderé yo; aun estando ellos hablando, yo habré oído.
El que sacrifica buey, como si matase un hombre; el que sacrifica oveja, como si degollase un perro; el que ofrece presente, como si ofreciese sangre de puerco; el que ofrece perfume, como si bendijese á un ídolo. Y pues escogieron sus caminos, y su alma amó sus abominaciones,
Antes que estuviese de parto, parió; antes que le viniesen dolores parió hijo.
Para que maméis y os saciéis de los pechos de sus consolaciones; para que ordeñéis, y os deleitéis con el resplandor de su gloria.
Porque he aquí que Jehová vendrá con fuego, y sus carros como torbellino, para tornar su ira en furor, y su reprensión en llama de fuego.
Y pondré entre ellos señal, y enviaré de los escapados de ellos á las gentes, á Tarsis, á Pul y Lud, que disparan arco, á Tubal y á Javán, á las islas apartadas que no oyeron de mí, ni vieron mi gloria; y publicarán mi gloria entre las gentes.
Y será que de mes en mes, y de sábado en sábado, vendrá toda carne á adorar delante de mí, dijo Jehová.
Fué asimismo en días de Joacim hijo de Josías, rey de Judá, hasta el fin del año undécimo de Sedechîas hijo de Josías, rey de Judá, hasta la cautividad de Jerusalem en el mes quinto.
Y díjome Jehová: No digas, soy niño; porque á todo lo que te enviaré irás tú, y dirás todo lo que te mandaré.
Y la palabra de Jehová fué á mí, diciendo: ¿Qué ves tú, Jeremías? Y dije: Yo veo una vara de almendro.
Porque he aquí que yo convoco todas las familias de los reinos del aquilón, dice Jehová; y vendrán, y pondrá cada uno su asiento á la entrada de las puertas de Jerusalem, y junto á todos sus muros en derredor, y en todas las ciudades de Judá.
Y pelearán contra ti, mas no te vencerán; porque yo soy contigo, dice Jehová, para librarte.
Oid la palabra de Jehová, casa de Jacob, y todas las familias de la casa de Israel.
Los sacerdotes no dijeron: ¿Dónde está Jehová? y los que tenían la ley no me conocieron; y los pastores se rebelaron contra mí, y los profetas profetizaron en Baal, y anduvieron tras lo que no aprovecha.
Espantaos, cielos, sobre esto, y horrorizaos; desolaos en gran manera, dijo Jehová.
Aun los hijos de Noph y de Taphnes te quebrantaron la mollera.
Porque desde muy atrás he quebrado tu yugo, y roto tus ataduras; y dijiste: No serviré. Con todo eso, sobre todo collado alto y debajo de todo árbol umbroso, corrías tú, oh ramera.
Asna montés acostumbrada al desierto, que respira como quiere; ¿de su ocasión quién la detendrá? Todos los que la buscaren no se cansarán; hallaránla en su mes.
¿Y dónde están tus dioses que hiciste para ti? Levántense, á ver si te podrán librar en el tiempo de tu aflicción: porque según el número de tus ciudades, oh Judá, fueron tus dioses.
¿Olvídase la virgen de su atavío, ó la desposada de sus sartales? mas mi pueblo se ha olvidado de mí por días que no tienen número.
¿Para qué discurres tanto, mudando tus caminos? También serás avergonzada de Egipto, como fuiste avergonzada de Asiria.
Por esta causa las aguas han sido detenidas, y faltó la lluvia de la tarde; y has tenido frente de mala mujer, ni quisiste tener vergüenza.
Y dije después que hizo todo esto: Vuélvete á mí; mas no se volvió. Y vió la rebelde su hermana Judá,
Y díjome Jehová: Justificado ha su alma la rebelde Israel en comparación de la desleal Judá.
Y os daré pastores según mi corazón, que os apacienten de ciencia y de inteligencia.
Yo empero dije: ¿Cómo te pondré por hijos, y te daré la tierra deseable, la rica heredad de los ejércitos de las gentes? Y dije: Padre mío me llamarás, y no te apartarás de en pos de mí.
Ciertamente vanidad son los collados, la multitud de los montes: ciertamente en Jehová nuestro Dios está la salud de Israel.
Y jurarás, diciendo, Vive Jehová, con verdad, con juicio, y con justicia: y bendecirse han en él las gentes, y en él se gloriarán.
Alzad bandera en Sión, juntaos, no os detengáis; porque yo hago venir mal del aquilón, y quebrantamiento grande.
Y dije: ¡Ay, ay, Jehová Dios! verdaderamente en gran manera has engañado á este pueblo y á Jerusalem, diciendo, Paz tendréis; pues que el cuchillo ha venido hasta el alma.
Lava de la malicia tu corazón, oh Jerusalem, para que seas salva. ¿Hasta cuándo dejarás estar en medio de ti los pensamientos de iniquidad?
Tu camino y tus obras te hicieron esto, ésta tu maldad: por lo cual amargura penetrará hasta tu corazón.
Porque mi pueblo es necio; no me conocieron los hijos ignorantes y los no entendidos; sabios para mal hacer, y para bien hacer no supieron.
Miré, y he aquí el Carmelo desierto, y todas sus ciudades eran asoladas á la presencia de Jehová, á la presencia del furor de su ira.
Y tú, destruída, ¿qué harás? Bien que te vistas de grana, aunque te adornes con atavíos de oro, aunque pintes con antimonio tus ojos, en vano te engalanas; menospreciáronte los amadores, buscarán tu alma.
Oh Jehová, ¿no miran tus ojos á la verdad? Azotástelos, y no les dolió; consumístelos, y no quisieron recibir corrección; endurecieron sus rostros más que la piedra, no quisieron tornarse.
¿Cómo te he de perdonar por esto? Sus hijos me dejaron, y juraron por lo que no es Dios. Saciélos, y adulteraron, y en casa de ramera se juntaron en compañías.
Porque resueltamente se rebelaron contra mí la casa de Israel y la casa de Judá, dice Jehová.
He aquí yo traigo sobre vosotros gente de lejos, oh casa de Israel, dice Jehová; gente robusta, gente antigua, gente cuya lengua ignorarás, y no entenderás lo que hablare.
Y será que cuando dijereis: ¿Por qué hizo Jehová el Dios nuestro con nosotros todas estas cosas? entonces les dirás: De la manera que me dejasteis á mí, y servisteis á dioses ajenos en vuestra tierra, así serviréis á extraños en tierra ajena.
Empero este pueblo tiene corazón falso y rebelde; tornáronse y fuéronse.
Como jaula llena de pájaros, así están sus casas llenas de engaño: así se hicieron grandes y ricos.
Los profetas profetizaron mentira, y los sacerdotes dirigían por manos de ellos; y mi pueblo así lo quiso. ¿Qué pues haréis á su fin?
Denunciad guerra contra ella: levantaos y subamos hacia el mediodía. ¡Ay de nosotros! que va cayendo ya el día, que las sombras de la tarde se han extendido.
Corrígete, Jerusalem, porque no se aparte mi alma de ti, porque no te torne desierta, tierra no habitada.
Y sus casas serán traspasadas á otros, sus heredades y también sus mujeres; porque extenderé mi mano sobre los moradores de la tierra, dice Jehová.
Así dijo Jehová: Paraos en los caminos, y mirad, y preguntad por las sendas antiguas, cuál sea el buen camino, y andad por él, y hallaréis descanso para vuestra alma. Mas dijeron: No andaremos.
¿A qué viene para mí este incienso de Seba, y la buena caña olorosa de tierra lejana? Vuestros holocaustos no son á mi voluntad, ni vuestros sacrificios me dan gusto.
Su fama oimos, y nuestras manos se descoyuntaron; apoderóse de nosotros angustia, dolor como de mujer que pare.
Todos ellos príncipes rebeldes, andan con engaño; son cobre y hierro: todos ellos son corruptores.
Ponte á la puerta de la casa de Jehová, y predica allí esta palabra, y di: Oid palabra de Jehová, todo Judá, los que entráis por estas puertas para adorar á Jehová.
Ni oprimiereis al peregrino, al huérfano, y á la viuda, ni en este lugar derramareis la sangre inocente, ni anduviereis en pos de dioses ajenos para mal vuestro;
Vendréis y os pondréis delante de mí en esta casa sobre la cual es invocado mi nombre, y diréis: Librados somos: para hacer todas estas abominaciones?
Haré también á esta casa sobre la cual es invocado mi nombre, en la que vosotros confiáis, y á este lugar que dí á vosotros y á vuestros padres, como hice á Silo:
Los hijos cogen la leña, y los padres encienden el fuego, y las mujeres amasan la masa, para hacer tortas á la reina del cielo y para hacer ofrendas á dioses ajenos, por provocarme á ira.
Porque no hablé yo con vuestros padres, ni les mandé el día que los saqué de la tierra de Egipto, acerca de holocaustos y de víctimas:
Mas no me oyeron ni inclinaron su oído; antes endurecieron su cerviz, é hicieron peor que sus padres.
Porque los hijos de Judá han hecho lo malo ante mis ojos, dice Jehová; pusieron sus abominaciones en la casa sobre la cual mi nombre fué invocado, amancillándola.
Y haré cesar de las ciudades de Judá, y de la calles de Jerusalem, voz de gozo y voz de alegría, voz de esposo y voz de esposa; porque la tierra será en desolación.
Les dirás asimismo: Así ha dicho Jehová: ¿El que cae, no se levanta? ¿el que se desvía, no torna á camino?
¿Cómo decís: Nosotros somos sabios, y la ley de Jehová es con nosotros? Ciertamente, he aquí que en vano se cortó la pluma, por demás fueron los escribas.
¿Hanse avergonzado de haber hecho abominación? Por cierto no se han corrido de vergüenza, ni supieron avergonzarse; caerán por tanto entre los que cayeren, cuando los visitaré: caerán, dice Jehová.
Desde Dan se oyó el bufido de sus caballos: del sonido de los relinchos de sus fuertes tembló toda la tierra; y vinieron y devoraron la tierra y su abundancia, ciudad y moradores de ella.
Pasóse la siega, acabóse el verano, y nosotros no hemos sido salvos.
¡Oh quién me diese en el desierto un mesón de caminantes, para que dejase mi pueblo, y de ellos me apartase! Porque todos ellos son adúlteros, congregación de prevaricadores.
Tu morada es en medio de engaño; de muy engañadores no quisieron conocerme, dice Jehová.
Sobre los montes levantaré lloro y lamentación, y llanto sobre las moradas del desierto; porque desolados fueron hasta no quedar quien pase, ni oyeron bramido de ganado: desde las aves del cielo y hasta las bestias de la tierra se trasportaron, y se fueron.
Antes se fueron tras la imaginación de su corazón, y en pos de los Baales que les enseñaron sus padres:
Y dense prisa, y levanten llanto sobre nosotros, y córranse nuestros ojos en lágrimas, y nuestros párpados en aguas se destilen.
Habla: Así ha dicho Jehová: Los cuerpos de los hombres muertos caerán como estiércol sobre la haz del campo, y como manojo tras el segador, que no hay quien lo recoja.
A Egipto, y á Judá, y á Edom, y á los hijos de Ammón y de Moab, y á todos los arrinconados en el postrer rincón, que moran en el desierto; porque todas las gentes tienen prepucio, y toda la casa de Israel tiene prepucio en el corazón.
Con plata y oro lo engalanan; con clavos y martillo lo afirman, para que no se salga.
Y todos se infatuarán, y entontecerán. Enseñanza de vanidades es el mismo leño.
El que hizo la tierra con su potencia, el que puso en orden el mundo con su saber, y extendió los cielos con su prudencia;
No es como ellos la suerte de Jacob: porque él es el Hacedor de todo, é Israel es la vara de su herencia: Jehová de los ejércitos es su nombre.
Mi tienda es destruída, y todas mis cuerdas están rotas: mis hijos fueron sacados de mí, y perecieron: no hay ya más quien extienda mi tienda, ni quien levante mis cortinas.
Castígame, oh Jehová, mas con juicio; no con tu furor, porque no me aniquiles.
Y les dirás tú: Así dijo Jehová Dios de Israel: Maldito el varón que no obedeciere las palabras de este pacto,
Porque con eficacia protesté á vuestros padres el día que los hice subir de la tierra de Egipto hasta el día de hoy, madrugando y protestando, diciendo: Oid mi voz.
Por tanto, así ha dicho Jehová: He aquí yo traigo sobre ellos mal del que no podrán salir; y clamarán á mí, y no los oiré.
¿Qué tiene mi amado en mi casa, habiendo hecho abominaciones muchas? Y las carnes santas pasarán de sobre ti, porque en tu maldad te gloriaste.
Y yo como cordero inocente que llevan á degollar, pues no entendía que maquinaban contra mí designios, diciendo: Destruyamos el árbol con su fruto, y cortémoslo de la tierra de los vivientes, y no haya más memoria de su nombre.
Y no quedará resto de ellos: porque yo traeré mal sobre los varones de Anathoth, año de su visitación.
¿Hasta cuándo estará desierta la tierra, y marchita la hierba de todo el campo? Por la maldad de los que en ella moran, faltaron los ganados, y las aves; porque dijeron: No verá él nuestras postrimerías.
Fué para mí mi heredad como león en breña: contra mí dió su voz; por tanto la aborrecí.
Sobre todos los lugares altos del desierto vinieron disipadores: porque la espada de Jehová devorará desde el un extremo de la tierra hasta el otro extremo: no habrá paz para ninguna carne.
Y será que, si cuidadosamente aprendieren los caminos de mi pueblo, para jurar en mi nombre, diciendo, Vive Jehová, así como enseñaron á mi pueblo á jurar por Baal; ellos serán prosperados en medio de mi pueblo.
Y fué á mí segunda vez palabra de Jehová, diciendo:
Entonces fuí al Eufrates, y cavé, y tomé el cinto del lugar donde lo había escondido; y he aquí que el cinto se había podrido; para ninguna cosa era bueno.
Porque como el cinto se junta á los lomos del hombre, así hice juntar á mí toda la casa de Israel y toda la casa de Judá, dice Jehová, para que me fuesen por pueblo y por fama, y por alabanza y por honra: empero no escucharon.
Escuchad y oid; no os elevéis: pues Jehová ha hablado.
Las ciudades del mediodía fueron cerradas, y no hubo quien las abriese: toda Judá fué trasportada, trasportada fué toda ella.
¿Mudará el negro su pellejo, y el leopardo sus manchas? Así también podréis vosotros hacer bien, estando habituados á hacer mal.
Tus adulterios, tus relinchos, la maldad de tu fornicación sobre los collados: en el mismo campo vi tus abominaciones. ¡Ay de ti, Jerusalem! ¿No serás al cabo limpia? ¿hasta cuándo todavía?
Porque se resquebrajó la tierra á causa de no llover en el país; confusos los labradores, cubrieron sus cabezas.
Oh esperanza de Israel, Guardador suyo en el tiempo de la aflicción, ¿por qué has de ser como peregrino en la tierra, y como caminante que se aparta para tener la noche?
Cuando ayunaren, yo no oiré su clamor, y cuando ofrecieren holocausto y ofrenda, no lo aceptaré; antes los consumiré con cuchillo, y con hambre, y con pestilencia.
Y el pueblo á quien profetizan, echado será en las calles de Jerusalem por hambre y por espada; y no habrá quien los entierre, ellos, y sus mujeres, y sus hijos, y sus hijas; y sobre ellos derramaré su maldad.
Reconocemos, oh Jehová, nuestra impiedad, la iniquidad de nuestros padres: porque contra ti hemos pecado.
Y será que si te preguntaren: ¿A dónde saldremos? les dirás: Así ha dicho Jehová: El que á muerte, á muerte; y el que á cuchillo, á cuchillo; y el que á hambre, á hambre; y el que á cautividad, á cautividad.
Tú me dejaste, dice Jehová, atrás te volviste: por tanto yo extenderé sobre ti mi mano, y te destruiré; estoy cansado de arrepentirme.
¡Ay de mí, madre mía, que me has engendrado hombre de contienda y hombre de discordia á toda la tierra! Nunca les dí á logro, ni lo tomé de ellos; y todos me maldicen.
Y te haré pasar á tus enemigos en tierra que no conoces: porque fuego se ha encendido en mi furor, y arderá sobre vosotros.
¿Por qué fué perpetuo mi dolor, y mi herida desahuciada no admitió cura? ¿Serás para mí como cosa ilusoria, como aguas que no son estables?
Y FUÉ á mí palabra de Jehová, diciendo:
Porque así ha dicho Jehová: No entres en casa de luto, ni vayas á lamentar, ni los consueles: porque yo he quitado mi paz de este pueblo, dice Jehová, mi misericordia y piedades.
Porque así ha dicho Jehová de los ejércitos, Dios de Israel; He aquí que yo haré cesar en este lugar, delante de vuestros ojos y en vuestros días, toda voz de gozo y toda voz de alegría, toda voz de esposo y toda voz de esposa.
Por tanto, yo os haré echar de esta tierra á tierra que ni vosotros ni vuestros padres habéis conocido, y allá serviréis á dioses ajenos de día y de noche; porque no os mostraré clemencia.
Porque mis ojos están sobre todos sus caminos, los cuales no se me ocultaron, ni su maldad se esconde de la presencia de mis ojos.
Por tanto, he aquí, les enseñaré de esta vez, enseñarles he mi mano y mi fortaleza, y sabrán que mi nombre es Jehová.
Y habrá en ti cesación de tu heredad, la cual yo te dí, y te haré servir á tus enemigos en tierra que no conociste; porque fuego habéis encendido en mi furor, para siempre arderá.
Porque él será como el árbol plantado junto á las aguas, que junto á la corriente echará sus raices, y no verá cuando viniere el calor, sino que su hoja estará verde; y en el año de sequía no se fatigará, ni dejará de hacer fruto.
Trono de gloria, excelso desde el principio, es el lugar de nuestro santuario.
Mas yo no me entrometí á ser pastor en pos de ti, ni deseé día de calamidad, tú lo sabes. Lo que de mi boca ha salido, fué en tu presencia.
Y diles: Oid la palabra de Jehová, reyes de Judá, y todo Judá, y todos los moradores de Jerusalem que entráis por estas puertas.
Será empero, si vosotros me obedeciereis, dice Jehová, no metiendo carga por las puertas de esta ciudad en el día del sábado, sino que santificareis el día del sábado, no haciendo en él ninguna obra;
LA palabra que fué á Jeremías de Jehová, diciendo:
Entonces fué á mí palabra de Jehová, diciendo:
Y en un instante hablaré de la gente y del reino, para edificar y para plantar;
Por tanto, así dijo Jehová: Preguntad ahora á las gentes, quién tal haya oído. Gran fealdad ha hecho la virgen de Israel.
Como viento solano los esparciré delante del enemigo; mostraréles las espaldas, y no el rostro, en el día de su perdición.
Por tanto, entrega sus hijos á hambre, y hazlos derramar por medio de la espada; y queden sus mujeres sin hijos, y viudas; y sus maridos sean puestos á muerte, y sus jóvenes heridos á cuchillo en la guerra.
Y saldrás al valle del hijo de Hinnom, que está á la entrada de la puerta oriental, y publicarás allí las palabras que yo te hablaré.
Por tanto, he aquí vienen días, dice Jehová, que este lugar no se llamará más Topheth, ni Valle del hijo de Hinnom, sino Valle de la Matanza.
Y quebrarás la vasija ante los ojos de los varones que van contigo,
Y volvió Jeremías de Topheth, á donde le envió Jehová á profetizar, y paróse en el atrio de la casa de Jehová, y dijo á todo el pueblo.
Y el día siguiente Pashur sacó á Jeremías del cepo. Díjole entonces Jeremías: Jehová no ha llamado tu nombre Pashur, sino Magor-missabib.
Alucinásteme, oh Jehová, y hállome frustrado: más fuerte fuiste que yo, y vencísteme: cada día he sido escarnecido; cada cual se burla de mí.
Mas Jehová está conmigo como poderoso gigante; por tanto los que me persiguen tropezarán, y no prevalecerán; serán avergonzados en gran manera, porque no prosperarán; tendrán perpetua confusión que jamás será olvidada.
Maldito el hombre que dió nuevas á mi padre, diciendo, Hijo varón te ha nacido, haciéndole alegrarse así mucho.
PALABRA que fué á Jeremías de Jehová, cuando el rey Sedechîas envió á él á Pashur hijo de Malchîas, y á Sephanías sacerdote, hijo de Maasías, que le dijesen:
Y pelearé contra vosotros con mano alzada y con brazo fuerte, y con furor, y enojo, é ira grande:
El que se quedare en esta ciudad, morirá á cuchillo, ó de hambre, ó pestilencia: mas el que saliere, y se pasare á los Caldeos que os tienen cercados, vivirá, y su vida le será por despojo.
He aquí yo contra ti, moradora del valle de la piedra de la llanura, dice Jehová: los que decís: ¿Quién subirá contra nosotros? ¿y quién entrará en nuestras moradas?
Así ha dicho Jehová: Haced juicio y justicia, y librad al oprimido de mano del opresor, y no engañéis ni robéis al extranjero, ni al huérfano, ni á la viuda, ni derraméis sangre inocente en este lugar.
Y señalaré contra ti disipadores, cada uno con sus armas; y cortarán tus cedros escogidos, y los echarán en el fuego.
Porque así ha dicho Jehová, de Sallum hijo de Josías, rey de Judá, que reina por Josías su padre, que salió de este lugar: No volverá acá más;
¿Reinarás porque te cercas de cedro? ¿no comió y bebió tu padre, é hizo juicio y justicia, y entonces le fué bien?
En sepultura de asno será enterrado, arrastrándole y echándole fuera de las puertas de Jerusalem.
Habitaste en el Líbano, hiciste tu nido en los cedros: ¡cómo gemirás cuando te vinieren dolores, dolor como de mujer que está de parto!
Y á la tierra á la cual levantan ellos su alma para tornar, allá no volverán.
¡AY de los pastores que desperdician y derraman las ovejas de mi majada! dice Jehová.
He aquí que vienen los días, dice Jehová, y despertaré á David renuevo justo, y reinará Rey, el cual será dichoso, y hará juicio y justicia en la tierra.
A causa de los profetas mi corazón está quebrantado en medio de mí, todos mis huesos tiemblan; estuve como hombre borracho, y como hombre á quien dominó el vino, delante de Jehová y delante de las palabras de su santidad.
Y en los profetas de Samaria he visto desatinos: profetizaban en Baal, é hicieron errar á mi pueblo Israel.
Dicen atrevidamente á los que me irritan: Jehová dijo: Paz tendréis; y á cualquiera que anda tras la imaginación de su corazón, dijeron: No vendrá mal sobre vosotros.
No envié yo aquellos profetas, y ellos corrían: yo no les hablé, y ellos profetizaban.
Yo he oído lo que aquellos profetas dijeron, profetizando mentira en mi nombre, diciendo: Soñé, soñé.
¿No es mi palabra como el fuego, dice Jehová, y como martillo que quebranta la piedra?
Y cuando te preguntare este pueblo, ó el profeta, ó el sacerdote, diciendo: ¿Qué es la carga de Jehová? les dirás: ¿Qué carga? Os dejaré, ha dicho Jehová.
Así dirás al profeta: ¿Qué te respondió Jehová, y qué habló Jehová?
MOSTRÓME Jehová, y he aquí dos cestas de higos puestas delante del templo de Jehová, después de haber trasportado Nabucodonosor rey de Babilonia á Jechônías hijo de Joacim, rey de Judá, y á los príncipes de Judá, y á los oficiales y herreros de Jerusalem, y haberlos llevado á Babilonia.
Así ha dicho Jehová Dios de Israel: Como á estos buenos higos, así conoceré la trasportación de Judá al cual eché de este lugar á tierra de Caldeos, para bien.
Y darélos por escarnio, por mal á todos los reinos de la tierra: por infamia, y por ejemplo, y por refrán, y por maldición á todos los lugares adonde yo los arrojaré.
Desde el año trece de Josías hijo de Amón, rey de Judá, hasta este día, que son veintitrés años, fué á mí palabra de Jehová, y os he hablado, madrugando y dando aviso; mas no oisteis.
Empero no me habéis oído, dice Jehová, para provocarme á ira con la obra de vuestras manos para mal vuestro.
Y toda esta tierra será puesta en soledad, en espanto; y servirán estas gentes al rey de Babilonia setenta años.
Porque así me dijo Jehová Dios de Israel: Toma de mi mano el vaso del vino de este furor, y da á beber de él á todas las gentes á las cuales yo te envío.
A Faraón rey de Egipto, y á sus siervos, á sus príncipes, y á todo su pueblo;
Y á Dedán, y Tema, y Buz, y á todos los que están al cabo del mundo;
Les dirás, pues: Así ha dicho Jehová de los ejércitos, Dios de Israel: Bebed, y embriagaos, y vomitad, y caed, y no os levantéis delante del cuchillo que yo envío entre vosotros.
Llegó el estruendo hasta el cabo de la tierra; porque juicio de Jehová con las gentes: él es el Juez de toda carne; entregará los impíos á cuchillo, dice Jehová.
Y acabaráse la huída de los pastores, y el escape de los mayorales del rebaño.
EN el principio del reinado de Joacim hijo de Josías, rey de Judá, fué esta palabra de Jehová, diciendo:
Para atender á las palabras de mis siervos los profetas que yo os envío, madrugando en enviarlos, á los cuales no habéis oído;
¿Por qué has profetizado en nombre de Jehová, diciendo: Esta casa será como Silo, y esta ciudad será asolada hasta no quedar morador? Y juntóse todo el pueblo contra Jeremías en la casa de Jehová.
Y ahora, mejorad vuestros caminos y vuestras obras, y oid la voz de Jehová vuestro Dios, y arrepentiráse Jehová del mal que ha hablado contra vosotros.
Entonces se levantaron ciertos de los ancianos de la tierra, y hablaron á toda la junta del pueblo, diciendo:
Y oyó sus palabras el rey Joacim, y todos sus grandes, y todos sus príncipes, y el rey procuró de matarle; lo cual entendiendo Urías, tuvo temor, y huyó, y metióse en Egipto:
EN el principio del reinado de Joacim hijo de Josías, rey de Judá, fué de Jehová esta palabra á Jeremías, diciendo:
Yo hice la tierra, el hombre y las bestias que están sobre la haz de la tierra, con mi grande potencia y con mi brazo extendido, y díla á quien me plugo.
Y vosotros no prestéis oído á vuestros profetas, ni á vuestros adivinos, ni á vuestros sueños, ni á vuestros agoreros, ni á vuestros encantadores, que os hablan diciendo: No serviréis al rey de Babilonia.
¿Por qué moriréis, tú y tu pueblo, á cuchillo, de hambre, y pestilencia, según ha dicho Jehová á la gente que no sirviere al rey de Babilonia?
No los oigáis; servid al rey de Babilonia, y vivid: ¿por qué ha de ser desierta esta ciudad?
Así pues ha dicho Jehová de los ejércitos, Dios de Israel, acerca de los vasos que quedaron en la casa de Jehová, y en la casa del rey de Judá, y en Jerusalem:
Dentro de dos años de días tornaré á este lugar todos los vasos de la casa de Jehová, que Nabucodonosor, rey de Babilonia, llevó de este lugar para meterlos en Babilonia;
Con todo eso, oye ahora esta palabra que yo hablo en tus oídos y en los oídos de todo el pueblo:
Y habló Hananías en presencia de todo el pueblo, diciendo: Así ha dicho Jehová: De esta manera quebraré el yugo de Nabucodonosor, rey de Babilonia, del cuello de todas las gentes dentro de dos años de días. Y fuése Jeremías su camino.
Entonces dijo el profeta Jeremías á Hananías profeta: Ahora oye, Hananías; Jehová no te envió, y tú has hecho confiar á este pueblo en mentira.
(Después que salió el rey Jechônías y la reina, y los de palacio, y los príncipes de Judá y de Jerusalem, y los artífices, y los ingenieros de Jerusalem;)
Casaos, y engendrad hijos é hijas; dad mujeres á vuestros hijos, y dad maridos á vuestras hijas, para que paran hijos é hijas; y multiplicaos ahí, y no os hagáis pocos.
Porque así dijo Jehová: Cuando en Babilonia se cumplieren los setenta años, yo os visitaré, y despertaré sobre vosotros mi buena palabra, para tornaros á este lugar.
Y seré hallado de vosotros, dice Jehová, y tornaré vuestra cautividad, y os juntaré de todas las gentes, y de todos los lugares adonde os arrojé, dice Jehová; y os haré volver al lugar de donde os hice ser llevados.
Y perseguirélos con espada, con hambre y con pestilencia; y darélos por escarnio á todos los reinos de la tierra, por maldición y por espanto, y por silbo y por afrenta á todas la gentes á las cuales los habré arrojado;
Y todos los trasportados de Judá que están en Babilonia, tomarán de ellos maldición, diciendo: Póngate Jehová como á Sedechîas y como á Achâb, los cuales asó al fuego el rey de Babilonia.
Jehová te ha puesto por sacerdote en lugar de Joiada sacerdote, para que presidáis en la casa de Jehová sobre todo hombre furioso y profetizante, poniéndolo en el calabozo y en el cepo.
Y fué palabra de Jehová á Jeremías, diciendo:
Así habló Jehová Dios de Israel, diciendo: Escríbete en un libro todas las palabras que te he hablado.
Preguntad ahora, y mirad si pare el varón: porque he visto que todo hombre tenía las manos sobre sus lomos, como mujer de parto, y hanse tornado pálidos todos los rostros.
Tú pues, siervo mío Jacob, no temas, dice Jehová, ni te atemorices, Israel: porque he aquí que yo soy el que te salvo de lejos, y á tu simiente de la tierra de su cautividad; y Jacob tornará, y descansará y sosegará, y no habrá quien le espante.
Todos tus enamorados te olvidaron; no te buscan; porque de herida de enemigo te herí, con azote de cruel, á causa de la muchedumbre de tu maldad, y de la multitud de tus pecados.
Así ha dicho Jehová: He aquí yo hago tornar la cautividad de las tiendas de Jacob, y de sus tiendas tendré misericordia; y la ciudad será edificada sobre su collado, y el templo será asentado según su forma.
Y me seréis por pueblo, y yo seré vuestro Dios.
Así ha dicho Jehová: Halló gracia en el desierto el pueblo, los que escaparon del cuchillo, yendo yopara hacer hallar reposo á Israel.
Porque habrá día en que clamarán los guardas en el monte de Ephraim: Levantaos, y subamos á Sión, á Jehová nuestro Dios.
Oid palabra de Jehová, oh gentes, y hacedlo saber en las islas que están lejos, y decid: El que esparció á Israel lo juntará y guardará, como pastor á su ganado.
Y el alma del sacerdote embriagaré de grosura, y será mi pueblo saciado de mi bien, dice Jehová.
Escuchando, he oído á Ephraim que se lamentaba: Azotásteme, y fuí castigado como novillo indómito: conviérteme y seré convertido; porque tú eres Jehová mi Dios.
¿Hasta cuándo andarás errante, oh hija contumaz? porque Jehová criará una cosa nueva sobre la tierra: una hembra rodeará al varón.
En esto me desperté, y vi, y mi sueño me fué sabroso.
Sino que cada cual morirá por su maldad; los dientes de todo hombre que comiere las uvas agraces, tendrán la dentera.
Y no enseñará más ninguno á su prójimo, ni ninguno á su hermano, diciendo: Conoce á Jehová: porque todos me conocerán, desde el más pequeño de ellos hasta el más grande, dice Jehová: porque perdonaré la maldad de ellos, y no me acordaré más de su pecado.
He aquí que vienen días, dice Jehová, y la ciudad será edificada á Jehová, desde la torre de Hananeel hasta la puerta del rincón.
Y entonces el ejército del rey de Babilonia tenía cercada á Jerusalem; y el profeta Jeremías estaba preso en el patio de la cárcel que estaba en la casa del rey de Judá.
Y dijo Jeremías: Palabra de Jehová fué á mí, diciendo:
Y escribí la carta, y selléla, é hice atestiguar á testigos, y pesé el dinero con balanza.
Así ha dicho Jehová de los ejércitos, Dios de Israel: Toma estas cartas, esta carta de venta, la sellada, y ésta la carta abierta, y ponlas en un vaso de barro, para que se guarden muchos días.
Que haces misericordia en millares, y vuelves la maldad de los padres en el seno de sus hijos después de ellos: Dios grande, poderoso, Jehová de los ejércitos es su nombre:
Y dísteles esta tierra, de la cual juraste á sus padres que se la darías, tierra que mana leche y miel:
Y fué palabra de Jehová á Jeremías, diciendo:
Porque los hijos de Israel y los hijos de Judá no han hecho sino lo malo delante de mis ojos desde su juventud: porque los hijos de Israel no han hecho más que provocarme á ira con la obra de sus manos, dice Jehová.
Antes asentaron sus abominaciones en la casa sobre la cual es invocado mi nombre, contaminándola.
Y me serán por pueblo, y yo seré á ellos por Dios.
Porque así ha dicho Jehová: Como traje sobre este pueblo todo este grande mal, así traeré sobre ellos todo el bien que acerca de ellos hablo.
Así ha dicho Jehová que la hizo, Jehová que la formó para afirmarla; Jehová es su nombre:
He aquí que yo le hago subir sanidad y medicina; y los curaré, y les revelaré abundancia de paz y de verdad.
Así ha dicho Jehová: En este lugar, del cual decís que está desierto sin hombres y sin animales, en las ciudades de Judá y en las calles de Jerusalem, que están asoladas sin hombre y sin morador y sin animal, tiene de oirse aún,
He aquí vienen días, dice Jehová, en que yo confirmaré la palabra buena que he hablado á la casa de Israel y á la casa de Judá.
Y de los sacerdotes y Levitas no faltará varón de mi presencia que ofrezca holocausto, y encienda presente, y que haga sacrificio todos los días.
Como no puede ser contado el ejército del cielo, ni la arena de la mar se puede medir, así multiplicaré la simiente de David mi siervo, y los Levitas que á mí ministran.
También desecharé la simiente de Jacob, y de David mi siervo, para no tomar de su simiente quien sea señor sobre la simiente de Abraham, de Isaac, y de Jacob. Porque haré volver su cautividad, y tendré de ellos misericordia.
Con todo eso, oye palabra de Jehová, Sedechîas rey de Judá: Así ha dicho Jehová de ti: No morirás á cuchillo;
Palabra que fué á Jeremías de Jehová, después que Sedechîas hizo concierto con todo el pueblo en Jerusalem, para promulgarles libertad:
Y fué palabra de Jehová á Jeremías, de parte de Jehová, diciendo:
Pero os habéis vuelto y profanado mi nombre, y habéis tornado á tomar cada uno su siervo y cada uno su sierva, que habíais dejado libres á su voluntad; y los habéis sujetado á seros siervos y siervas.
Entregarélos en mano de sus enemigos y en mano de los que buscan su alma; y sus cuerpos muertos serán para comida de las aves del cielo, y de las bestias de la tierra.
Ve á casa de los Rechâbitas, y habla con ellos, é introdúcelos en la casa de Jehová, en una de las cámaras, y dales á beber vino.
Mas ellos dijeron: No beberemos vino; porque Jonadab hijo de Rechâb nuestro padre nos mandó, diciendo: No beberéis jamás vino vosotros ni vuestros hijos:
Moramos pues en tiendas, y hemos obedecido y hecho conforme á todas las cosas que nos mandó Jonadab nuestro padre.
Fué firme la palabra de Jonadab hijo de Rechâb, el cual mandó á sus hijos que no bebiesen vino, y no lo han bebido hasta hoy, por obedecer al mandamiento de su padre; y yo os he hablado á vosotros, madrugando y hablando, y no me habéis oído.
Y dijo Jeremías á la familia de los Rechâbitas: Así ha dicho Jehová de los ejércitos, Dios de Israel: Porque obedecisteis al mandamiento de Jonadab vuestro padre, y guardasteis todos sus mandamientos, é hicisteis conforme á todas las cosas que os mandó;
Quizá oirá la casa de Judá todo el mal que yo pienso hacerles, para volverse cada uno de su mal camino, y yo perdonaré su maldad y su pecado.
Quizá caerá oración de ellos en la presencia de Jehová, y tornaráse cada uno de su mal camino; porque grande es el furor y la ira que ha expresado Jehová contra este pueblo.
Y Michêas hijo de Gemarías, hijo de Saphán, habiendo oído del libro todas las palabras de Jehová,
Y dijéronle: Siéntate ahora, y léelo en nuestros oídos. Y leyó Baruch en sus oídos.
Entonces dijeron los príncipes á Baruch: Ve, y escóndete tú y Jeremías, y nadie sepa dónde estáis.
Y fué que, como Jehudí hubo leído tres ó cuatro planas, rasgólo con un cuchillo de escribanía, y echólo en el fuego que había en el brasero, hasta que todo el rollo se consumió sobre el fuego que en el brasero había.
Y fué palabra de Jehová á Jeremías, después que el rey quemó el rollo, las palabras que Baruch había escrito de boca de Jeremías, diciendo:
Y visitaré sobre él, y sobre su simiente, y sobre sus siervos, su maldad; y traeré sobre ellos, y sobre los moradores de Jerusalem, y sobre los varones de Judá, todo el mal que les he dicho y no escucharon.
Y envió el rey Sedechîas á Jucal hijo de Selemías, y á Sephanías hijo de Maasías sacerdote, para que dijesen al profeta Jeremías: Ruega ahora por nosotros á Jehová nuestro Dios.
Así ha dicho Jehová Dios de Israel: Diréis así al rey de Judá, que os envió á mí para que me preguntaseis: He aquí que el ejército de Faraón que había salido en vuestro socorro, se volvió á su tierra en Egipto.
Y aconteció que, como el ejército de los Caldeos se fué de Jerusalem á causa del ejército de Faraón,
Y los príncipes se airaron contra Jeremías, y azotáronle, y pusiéronle en prisión en la casa de Jonathán escriba, porque aquélla habían hecho casa de cárcel.
¿Y dónde están vuestros profetas que os profetizaban, diciendo: No vendrá el rey de Babilonia contra vosotros, ni contra esta tierra?
Así ha dicho Jehová: El que se quedare en esta ciudad morirá á cuchillo, ó de hambre, ó de pestilencia; mas el que saliere á los Caldeos vivirá, pues su vida le será por despojo, y vivirá.
Entonces tomaron ellos á Jeremías, é hiciéronlo echar en la mazmorra de Malchîas hijo de Amelech, que estaba en el patio de la cárcel; y metieron á Jeremías con sogas. Y en la mazmorra no había agua, sino cieno; y hundióse Jeremías en el cieno.
Entonces mandó el rey al mismo Ebed-melec Etiope, diciendo: Toma en tu poder treinta hombres de aquí, y haz sacar á Jeremías profeta de la mazmorra, antes que muera.
Después envió el rey Sedechîas, é hizo traer á sí á Jeremías profeta á la tercera entrada que estaba en la casa de Jehová. Y dijo el rey á Jeremías: Pregúntote una palabra, no me encubras ninguna cosa.
Mas si no salieres á los príncipes del rey de Babilonia, esta ciudad será entregada en mano de los Caldeos, y la pondrán á fuego, y tú no escaparás de sus manos.
Y he aquí que todas las mujeres que han quedado en casa del rey de Judá, serán sacadas á los príncipes del rey de Babilonia; y ellas mismas dirán: Te han engañado, y prevalecido contra ti tus amigos ; atollaron en el cieno tus pies, se volvieron atrás.
Les dirás: Supliqué al rey que no me hiciese tornar á casa de Jonathán porque no me muriese allí.
Y en el undécimo año de Sedechîas, en el mes cuarto, á los nueve del mes, fué rota la ciudad;
Y degolló el rey de Babilonia los hijos de Sedechîas á su presencia en Ribla, haciendo asimismo degollar el rey de Babilonia á todos los nobles de Judá.
Empero Nabuzaradán, capitán de la guardia, hizo quedar en tierra de Judá del vulgo de los pobres que no tenían nada, y dióles entonces viñas y heredades.
Enviaron entonces, y tomaron á Jeremías del patio de la cárcel, y entregáronlo á Gedalías hijo de Ahicam, hijo de Saphán, para que lo sacase á casa: y vivió entre el pueblo.
Porque ciertamente te libraré, y no caerás á cuchillo, sino que tu vida te será por despojo, porque tuviste confianza en mí, dice Jehová.
Y ahora yo te he soltado hoy de las esposas queteníasen tus manos. Si te está bien venir conmigo á Babilonia, ven, y yo miraré por ti; mas si no te está bien venir conmigo á Babilonia, déjalo: mira, toda la tierra está delante de ti; ve á donde mejor y más cómodo te pareciere ir.
Vinieron luego á Gedalías en Mizpa, es á saber, Ismael hijo de Nethanías, y Johanán y Jonathán hijos de Carea, y Seraías hijo de Tanhumeth, y los hijos de Ephi Netophatita, y Jezanías hijo de Maachâti, ellos y sus hombres.
Todos estos Judíos tornaron entonces de todas las partes adonde habían sido echados, y vinieron á tierra de Judá, á Gedalías en Mizpa; y cogieron vino y muy muchos frutos.
Pero Gedalías hijo de Ahicam dijo á Johanán hijo de Carea: No hagas esto, porque falso es lo que tú dices de Ismael.
Sucedió además, un día después que mató á Gedalías, cuando nadie lo sabía aún,
Mas entre aquellos fueron hallados diez hombres que dijeron á Ismael: No nos mates; porque tenemos en el campo tesoros de trigos, y cebadas, y aceite, y miel. Y dejólos, y no los mató entre sus hermanos.
Entonces tomaron todos los hombres, y fueron á pelear con Ismael hijo de Nethanías, y halláronlo junto á Aguas-muchas , que es en Gabaón.
Y Johanán hijo de Carea, y todos los príncipes de la gente de guerra que con él estaban, tomaron todo el resto del pueblo que habían recobrado de Ismael hijo de Nethanías, de Mizpa, después que hirió á Gedalías hijo de Ahicam: hombres de guerra, y mujeres, y niños, y los eunucos que Johanán había hecho tornar de Gabaón;
Y dijeron á Jeremías profeta: Caiga ahora nuestro ruego delante de ti, y ruega por nosotros á Jehová tu Dios, por todo este resto, (pues hemos quedado unos pocos de muchos, como nos ven tus ojos,)
Ora sea bueno, ora malo, á la voz de Jehová nuestro Dios, al cual te enviamos, obedeceremos; para que, obedeciendo á la voz de Jehová nuestro Dios, tengamos bien.
Si os quedareis quietos en esta tierra, os edificaré, y no os destruiré; os plantaré, y no os arrancaré: porque arrepentido estoy del mal que os he hecho.
Y diciendo: No, antes nos entraremos en tierra de Egipto, en la cual no veremos guerra, ni oiremos sonido de trompeta, ni tendremos hambre de pan, y allá moraremos:
Porque así ha dicho Jehová de los ejércitos, Dios de Israel: Como se derramó mi enojo y mi ira sobre los moradores de Jerusalem, así se derramará mi ira sobre vosotros, cuando entrareis en Egipto; y seréis por juramento y por espanto, y por maldición y por afrenta; y no veréis más este lugar.
Ahora pues sabed de cierto que á cuchillo, y de hambre y pestilencia, moriréis en el lugar donde deseasteis entrar para peregrinar allí.
No obedeció pues Johanán hijo de Carea, y todos los oficiales de la gente de guerra, y todo el pueblo, á la voz de Jehová para quedarse en tierra de Judá;
Y fué palabra de Jehová á Jeremías en Taphnes, diciendo:
Y pondré fuego á las casas de los dioses de Egipto; y las quemará, y á ellos llevará cautivos; y él se vestirá la tierra de Egipto, como el pastor se viste su capa, y saldrá de allá en paz.
A causa de la maldad de ellos que cometieron para hacerme enojar, yendo á ofrecer sahumerios, honrando dioses ajenos que ellos no habían conocido, vosotros, ni vuestros padres.
Ahora pues, así ha dicho Jehová de los ejércitos, Dios de Israel: ¿Por qué hacéis tan grande mal contra vuestras almas, para ser talados varón y mujer, niño y mamante, de en medio de Judá, sin que os quede residuo alguno;
Por tanto, así ha dicho Jehová de los ejércitos, Dios de Israel: He aquí que yo pongo mi rostro en vosotros para mal, y para destruir á todo Judá.
Entonces todos los que sabían que sus mujeres habían ofrecido sahumerios á dioses ajenos, y todas las mujeres que estaban presentes, una gran concurrencia, y todo el pueblo que habitaba en tierra de Egipto, en Pathros, respondieron á Jeremías, diciendo:
Y cuando ofrecimos sahumerios á la reina del cielo, y le derramamos libaciones, ¿hicímosle nosotras tortas para tributarle culto, y le derramamos libaciones, sin nuestros maridos?
Porque ofrecisteis sahumerios, y pecasteis contra Jehová, y no obedecisteis á la voz de Jehová, ni anduvisteis en su ley, ni en sus estatutos, ni en sus testimonios: por tanto ha venido sobre vosotros este mal, como hoy.
He aquí que yo velo sobre ellos para mal, y no para bien; y todos los hombres de Judá que están en tierra de Egipto, serán consumidos á cuchillo y de hambre, hasta que perezcan del todo.
PALABRA que habló Jeremías profeta á Baruch hijo de Nerías, cuando escribía en el libro estas palabras de boca de Jeremías, el año cuarto de Joacim hijo de Josías, rey de Judá, diciendo:
¿Y tú buscas para ti grandezas? No busques; porque he aquí que yo traigo mal sobre toda carne, ha dicho Jehová, y á ti te daré tu vida por despojo en todos los lugares adonde fueres.
Uncid caballos, y subid, vosotros los caballeros, y poneos con capacetes; limpiad las lanzas, vestíos de lorigas.
Egipto como río se hincha, y las aguas se mueven como ríos, y dijo: Subiré, cubriré la tierra, destruiré la ciudad y los que en ella moran.
Las gentes oyeron tu afrenta, y tu clamor hinchió la tierra: porque fuerte se encontró con fuerte, y cayeron ambos juntos.
Multiplicó los caídos, y cada uno cayó sobre su compañero, y dijeron: Levántate y volvámonos á nuestro pueblo, y á la tierra de nuestro nacimiento, de delante de la espada vencedora.
Becerra hermosa Egipto; mas viene destrucción, del aquilón viene.
Avergonzóse la hija de Egipto; entregada será en mano del pueblo del aquilón.
Tú, siervo mío Jacob, no temas, dice Jehová; porque yo soy contigo: porque haré consumación en todas las gentes á las cuales te habré echado; mas en ti no haré consumación, sino que te castigaré con juicio, y no te talaré del todo.
A causa del día que viene para destrucción de todos los Palestinos, para talar á Tiro, y á Sidón, á todo ayudador que quedó vivo: porque Jehová destruirá á los Palestinos, al resto de la isla de Caphtor.
ACERCA de Moab. Así ha dicho Jehová de los ejércitos, Dios de Israel: ¡Ay de Nebo! que fué destruída, fué avergonzada; Chîriathaim fué tomada; fué confusa Misgab, y desmayó.
Porque á la subida de Luhith con lloro subirá el que llora; porque á la bajada de Horonaim los enemigos oyeron clamor de quebranto.
Dad alas á Moab, para que volando se vaya; pues serán desiertas sus ciudades hasta no quedar en ellas morador.
Y avergonzaráse Moab de Chêmos, á la manera que la casa de Israel se avergonzó de Beth-el, su confianza.
Compadeceos de él todos los que estáis alrededor suyo; y todos los que sabéis su nombre, decid: ¿Cómo se quebró la vara de fortaleza, el báculo de hermosura?
Y que vino juicio sobre la tierra de la campiña; sobre Holón, y sobre Jahzah, y sobre Mephaath,
Cortado es el cuerno de Moab, y su brazo quebrantado, dice Jehová.
Oído hemos la soberbia de Moab, que es muy soberbio: su hinchazón y su orgullo, y su altivez y la altanería de su corazón.
Y será cortada la alegría y el regocijo de los campos labrados, y de la tierra de Moab: y haré cesar el vino de los lagares: no pisarán con canción; la canción no será canción.
Porque en toda cabeza habrá calva, y toda barba será raída; sobre todas manos rasguños, y sacos sobre todos los lomos.
Tomadas son las ciudades, y tomadas son las fortalezas; y será aquel día el corazón de los valientes de Moab como el corazón de mujer en angustias.
A la sombra de Hesbón se pararon los que huían de la fuerza; mas salió fuego de Hesbón, y llama de en medio de Sihón, y quemó el rincón de Moab, y la mollera de los hijos revoltosos.
Por tanto, he aquí vienen días, ha dicho Jehová, en que haré oir en Rabba de los hijos de Ammón clamor de guerra; y será puesta en montón de asolamiento, y sus ciudades serán puestas á fuego, é Israel tomará por heredad á los que los tomaron á ellos, ha dicho Jehová.
Y después de esto haré tornar la cautividad de los hijos de Ammón, dice Jehová.
Mas yo desnudaré á Esaú, descubriré sus escondrijos, y no podrá esconderse: será destruída su simiente, y sus hermanos, y sus vecinos; y no será.
La fama oí, que de Jehová había sido enviado mensajero á las gentes, diciendo: Juntaos, y venid contra ella, y levantaos á la batalla.
Como el trastornamiento de Sodoma y de Gomorra, y de sus ciudades vecinas, dice Jehová, no morará allí nadie, ni la habitará hijo de hombre.
He aquí que como águila subirá y volará, y extenderá sus alas sobre Bosra: y el corazón de los valientes de Edom será en aquel día como el corazón de mujer en angustias.
Por tanto, sus mancebos caerán en sus plazas, y todos los hombres de guerra morirán en aquel día, ha dicho Jehová de los ejércitos.
Huid, trasponeos muy lejos, meteos en simas para estar, oh moradores de Hasor, dice Jehová; porque tomó consejo contra vosotros Nabucodonosor rey de Babilonia, y contra vosotros ha formado designio.
Palabra de Jehová que fué á Jeremías profeta acerca de Elam, en el principio del reinado de Sedechîas rey de Judá, diciendo:
Y pondré mi silla en Elam, y destruiré de allí rey y príncipe, dice Jehová.
Porque subió contra ella gente del aquilón, la cual pondrá su tierra en asolamiento, y no habrá ni hombre ni animal que en ella more: moviéronse, se fueron.
Todos los que los hallaban, los comían; y decían sus enemigos: No pecaremos, porque ellos pecaron á Jehová morada de justicia, á Jehová, esperanza de sus padres.
Porque os alegrasteis, porque os gozasteis destruyendo mi heredad, porque os henchisteis como becerra de renuevos , y relinchasteis como caballos;
Gritad contra ella en derredor; dió su mano; caído han sus fundamentos, derribados son sus muros; porque venganza es de Jehová. Tomad venganza de ella; haced con ella como ella hizo.
Y volveré á traer á Israel á su morada, y pacerá en el Carmelo y en Basán; y en el monte de Ephraim y de Galaad se hartará su alma.
¡Cómo fué cortado y quebrado el martillo de toda la tierra! ¡cómo se tornó Babilonia en desierto entre las gentes!
Matad todos sus novillos; vayan al matadero: ¡ay de ellos! que venido es su día, el tiempo de su visitación.
He aquí yo contra ti, oh soberbio, dice el Señor Jehová de los ejércitos: porque tu día es venido, el tiempo en que te visitaré.
Cuchillo sobre los Caldeos, dice Jehová, y sobre los moradores de Babilonia, y sobre sus príncipes, y sobre sus sabios.
Por tanto, allí morarán bestias monteses con lobos, morarán también en ella pollos de avestruz: y no más será poblada para siempre, ni se habitará de generación en generación.
Oyó su fama el rey de Babilonia, y sus manos se descoyuntaron: angustia le tomó, dolor como de mujer de parto.
ASÍ ha dicho Jehová: He aquí que yo levanto sobre Babilonia, y sobre sus moradores que se levantan contra mí, un viento destruidor.
Porque Israel y Judá no han enviudado de su Dios, Jehová de los ejércitos, aunque su tierra fué llena de pecado contra el Santo de Israel.
Curamos á Babilonia, y no ha sanado: dejadla, y vámonos cada uno á su tierra; porque llegado ha hasta el cielo su juicio, y alzádose hasta las nubes.
La que moras entre muchas aguas, rica en tesoros, venido ha tu fin, la medida de tu codicia.
Todo hombre se ha infatuado y es sin ciencia: avergüénzase todo artífice de la escultura, porque mentira es su vaciadizo, que no tiene espíritu.
Y por tu medio quebrantaré caballos y sus cabalgadores, y por medio de ti quebrantaré carros y los que en ellos suben;
He aquí yo contra ti, oh monte destruidor, dice Jehová, que destruiste toda la tierra; y extenderé mi mano sobre ti, y te haré rodar de las peñas, y te tornaré monte quemado.
Y temblará la tierra, y afligiráse; porque confirmado es contra Babilonia todo el pensamiento de Jehová, para poner la tierra de Babilonia en soledad, y que no haya morador.
Porque así ha dicho Jehová de los ejércitos, Dios de Israel: La hija de Babilonia es como parva; tiempo es ya de trillarla: de aquí á poco le vendrá el tiempo de la siega.
Y será Babilonia para montones, morada de chacales, espanto y silbo, sin morador.
¡Cómo fué presa Sesach, y fué tomada la que era alabada por toda la tierra! ¡Cómo fué Babilonia por espanto entre las gentes!
Salid de en medio de ella, pueblo mío, y salvad cada uno su vida de la ira del furor de Jehová.
Pues que Babilonia fué causa que cayesen muertos de Israel, también de Babilonia caerán muertos de toda la tierra.
Si subiese Babilonia al cielo, y si fortaleciere en lo alto su fuerza, de mí vendrán á ella destruidores, dice Jehová.
Y embriagaré sus príncipes y sus sabios, sus capitanes y sus nobles y sus fuertes; y dormirán sueño eterno y no despertarán, dice el Rey, cuyo nombre es Jehová de los ejércitos.
Y dijo Jeremías á Seraías: Cuando llegares á Babilonia, y vieres y leyeres todas estas cosas,
ERA Sedechîas de edad de veintiún años cuando comenzó á reinar, y reinó once años en Jerusalem. Su madre se llamaba Hamutal, hija de Jeremías, de Libna.
Y estuvo cercada la ciudad hasta el undécimo año del rey Sedechîas.
Entonces prendieron al rey, é hiciéronle venir al rey de Babilonia, á Ribla en tierra de Hamath, donde pronunció contra él sentencia.
Y quemó la casa de Jehová, y la casa del rey, y todas las casas de Jerusalem; y abrasó con fuego todo grande edificio.
Y los Caldeos quebraron las columnas de bronce que estaban en la casa de Jehová, y las basas, y el mar de bronce que estaba en la casa de Jehová, y llevaron todo el metal á Babilonia.
Cuanto á las columnas, la altura de la columna era de dieciocho codos, y un hilo de doce codos la rodeaba: y su grueso era de cuatro dedos, y hueca.
Y de la ciudad tomó un eunuco que era capitán sobre los hombres de guerra, y siete hombres de los continuos del rey, que se hallaron en la ciudad; y al principal secretario de la milicia, que revistaba el pueblo de la tierra para la guerra; y sesenta hombres del vulgo del país, que se hallaron dentro de la ciudad.
En el año dieciocho hizo Nabucodonosor trasportar de Jerusalem ochocientas treinta y dos personas:
Hízole mudar también los vestidos de su prisión, y comía pan delante de él siempre todos los días de su vida.
Fuése Judá, á causa de la aflicción, y de la grandeza de servidumbre; ella moró entre las gentes, y no halló descanso: todos sus perseguidores la alcanzaron entre estrechuras.
Jerusalem, cuando cayó su pueblo en mano del enemigo y no hubo quien le ayudase, se acordó de los días de su aflicción, y de sus rebeliones, y de todas sus cosas deseables que tuvo desde los tiempos antiguos: miráronla los enemigos, y escarnecieron de sus sábados.
Todo su pueblo buscó su pan suspirando; dieron por la comida todas sus cosas preciosas, para entretener la vida. Mira, oh Jehová, y ve que estoy abatida.
El Señor ha hollado todos mis fuertes en medio de mí; llamó contra mí compañía para quebrantar mis mancebos: como lagar ha pisado el Señor á la virgen hija de Judá.
Dí voces á mis amadores, mas ellos me han engañado; mis sacerdotes y mis ancianos en la ciudad perecieron, buscando comida para sí con que entretener su vida.
¡CÓMO oscureció el Señor en su furor á la hija de Sión! Derribó del cielo á la tierra la hermosura de Israel, y no se acordó del estrado de sus pies en el día de su ira.
Fué el Señor como enemigo, destruyó á Israel; destruyó todos sus palacios, disipó sus fortalezas: y multiplicó en la hija de Judá la tristeza y lamento.
Sus puertas fueron echadas por tierra, destruyó y quebrantó sus cerrojos: su rey y sus príncipes están entre las gentes donde no hay ley; sus profetas tampoco hallaron visión de Jehová.
¿Qué testigo te traeré, ó á quién te haré semejante, hija de Jerusalem? ¿A quién te compararé para consolarte, oh virgen hija de Sión? Porque grande es tu quebrantamiento como la mar: ¿quién te medicinará?
Jehová ha hecho lo que tenía determinado, ha cumplido su palabra que él había mandado desde tiempo antiguo: destruyó, y no perdonó; y alegró sobre ti al enemigo, y enalteció el cuerno de tus adversarios.
Niños y viejos yacían por tierra en las calles; mis vírgenes y mis mancebos cayeron á cuchillo: mataste en el día de tu furor, degollaste, no perdonaste.
Ciertamente contra mí volvió y revolvió su mano todo el día.
Cercóme por todos lados, y no puedo salir; agravó mis grillos.
Torció mis caminos, y depedazóme; tornóme asolado.
Hartóme de amarguras, embriagóme de ajenjos.
Acuérdate de mi aflicción y de mi abatimiento, del ajenjo y de la hiel.
Nuevas son cada mañana; grande es tu fidelidad.
Bueno es al hombre, si llevare el yugo desde su mocedad.
Porque el Señor no desechará para siempre:
Hacer apartar el derecho del hombre ante la presencia del Altísimo,
¿Por qué murmura el hombre viviente, el hombre en su pecado?
Desplegaste la ira, y nos perseguiste; mataste, no perdonaste.
Temor y lazo fué para nosotros, asolamiento y quebrantamiento.
Mis ojos contristaron mi alma, por todas las hijas de mi ciudad.
Invoqué tu nombre, oh Jehová, desde la cárcel profunda.
Tú has visto, oh Jehová, mi agravio; defiende mi causa.
Su sentarse, y su levantarse mira: yo soy su canción.
¡CÓMO se ha oscurecido el oro! ¡Cómo el buen oro se ha demudado ! Las piedras del santuario están esparcidas por las encrucijadas de todas las calles.
Los que comían delicadamente, asolados fueron en las calles; los que se criaron en carmesí, abrazaron los estercoleros.
Más dichosos fueron los muertos á cuchillo que los muertos del hambre; porque éstos murieron poco á poco por falta de los frutos de la tierra.
Es por los pecados de sus profetas, por las maldades de sus sacerdotes, que derramaron en medio de ella la sangre de los justos.
Aun nos han desfallecido nuestros ojos tras nuestro vano socorro: en nuestra esperanza aguardamos gente que no puede salvar.
Gózate y alégrate, hija de Edom, la que habitas en tierra de Hus: aun hasta ti pasará el cáliz; embriagarte has, y vomitarás.
Huérfanos somos sin padre, nuestras madres como viudas.
Nuestros padres pecaron, y son muertos; y nosotros llevamos sus castigos.
Violaron á las mujeres en Sión, á las vírgenes en las ciudades de Judá.
Cesó el gozo de nuestro corazón; nuestro corro se tornó en luto.
Mas tú, Jehová, permanecerás para siempre: tu trono de generación en generación.
Y FUÉqueá los treinta años, en el mescuarto, á cinco del mes, estando yo en medio de los trasportados junto al río de Chebar, los cielos se abrieron, y vi visiones de Dios.
Y en medio de ella, figura de cuatro animales. Y este era su parecer; había en ellos semejanza de hombre.
Con las alas se juntaban el uno al otro. No se volvían cuando andaban; cada uno caminaba en derecho de su rostro.
Cuanto á la semejanza de los animales, su parecer era como de carbones de fuego encendidos, como parecer de hachones encendidos: discurría entre los animales; y el fuego resplandecía, y del fuego salían relámpagos.
Cuando andaban, se movían sobre sus cuatro costados: no se volvían cuando andaban.
Cuando ellos andaban, andaban ellas; y cuando ellos se paraban, se paraban ellas; asimismo cuando se levantaban de la tierra, las ruedas se levantaban tras ellos; porque el espíritu de los animales estaba en las ruedas.
Y cuando se paraban y aflojaban sus alas, oíase voz de arriba de la expansión que había sobre sus cabezas.
Y DÍJOME: Hijo del hombre, está sobre tus pies, y hablaré contigo.
Acaso ellos escuchen; y si no escucharen, (porque son una rebelde familia,) siempre conocerán que hubo profeta entre ellos.
Y miré, y he aquí una mano me fué enviada, y en ella había un rollo de libro.
Y díjome: Hijo del hombre, haz á tu vientre que coma, é hinche tus entrañas de este rollo que yo te doy. Y comílo, y fué en mi boca dulce como miel.
Mas la casa de Israel no te querrán oir, porque no me quieren oir á mí: porque toda la casa de Israel son tiesos de frente, y duros de corazón.
Y ve, y entra á los trasportados, á los hijos de tu pueblo, y les hablarás y les dirás: Así ha dicho el Señor Jehová; escuchen, ó dejen de escuchar.
Y vine á los trasportados en Telabib, que moraban junto al río de Chebar, y asenté donde ellos estaban asentados, y allí permanecí siete días atónito entre ellos.
Y si tú amonestares al impío, y él no se convirtiere de su impiedad, y de su mal camino, él morirá por su maldad, y tú habrás librado tu alma.
Y levantéme, y salí al campo: y he aquí que allí estaba la gloria de Jehová, como la gloria que había visto junto al río de Chebar: y caí sobre mi rostro.
Mas cuando yo te hubiere hablado, abriré tu boca, y les dirás: Así ha dicho el Señor Jehová: El que oye, oiga; y el que cesa, cese: porque casa rebelde son.
Y tú dormirás sobre tu lado izquierdo, y pondrás sobre él la maldad de la casa de Israel: el número de los días que dormirás sobre él, llevarás sobre ti la maldad de ellos.
Y he aquí he puesto sobre ti cuerdas, y no te tornarás del un tu lado al otro lado, hasta que hayas cumplido los días de tu cerco.
Y comerás pan de cebada cocido debajo de la ceniza; y lo cocerás á vista de ellos con los estiércoles que salen del hombre.
Díjome luego: Hijo del hombre, he aquí quebrantaré el sostén del pan en Jerusalem, y comerán el pan por peso, y con angustia; y beberán el agua por medida, y con espanto.
Tomarás también de allí unos pocos por cuenta, y los atarás en el canto de tu ropa.
Por tanto, así ha dicho Jehová: ¿Por haberos multiplicado más que á las gentes que están alrededor de vosotros, no habéis andado en mis mandamientos, ni habéis guardado mis leyes? Ni aun según las leyes de las gentes que están alrededor de vosotros habéis hecho.
Por tanto, vivo yo, dice el Señor Jehová, ciertamente por haber violado mi santuario con todas tus abominaciones, te quebrantaré yo también: mi ojo no perdonará, ni tampoco tendré yo misericordia.
Y serás oprobio, y escarnio, y escarmiento, y espanto á las gentes que están alrededor de ti, cuando yo hiciere en ti juicios en furor é indignación, y en reprensiones de ira. Yo Jehová he hablado.
Hijo del hombre, pon tu rostro hacia los montes de Israel, y profetiza contra ellos.
En todas vuestras habitaciones las ciudades serán desiertas, y los altos serán asolados, para que sean asolados y se hagan desiertos vuestros altares; y quebrados serán vuestros ídolos, y cesarán; y vuestras imágenes del sol serán destruídas, y vuestras obras serán deshechas.
Y sabrán que yo soy Jehová: no en vano dije que les había de hacer este mal.
Y extenderé mi mano sobre ellos, y tornaré la tierra asolada y desierta, más que el desierto hacia Diblath, en todas sus habitaciones: y conocerán que yo soy Jehová.
Y mi ojo no te perdonará, ni tendré misericordia; antes pondré sobre ti tus caminos, y en medio de ti estarán tus abominaciones; y sabréis que yo soy Jehová.
Ahora presto derramaré mi ira sobre ti, y cumpliré en ti mi furor, y te juzgaré según tus caminos; y pondré sobre ti tus abominaciones.
El tiempo es venido, acercóse el día: el que compra, no se huelgue, y el que vende, no llore: porque la ira está sobre toda su multitud.
Y los que escaparen de ellos, huirán y estarán sobre los montes como palomas de los valles, gimiendo todos cada uno por su iniquidad.
Por cuanto la gloria de su ornamento pusieron en soberbia, é hicieron en ella imágenes de sus abominaciones, de sus estatuas: por eso se la torné á ellos en alejamiento;
Traeré por tanto los más malos de las naciones, los cuales poseerán sus casas; y haré cesar la soberbia de los poderosos, y sus santuarios serán profanados .
Y ACONTECIÓ en el sexto año, en el messexto, á los cinco del mes, que estaba yo sentado en mi casa, y los ancianos de Judá estaban sentados delante de mí, y allí cayó sobre mí la mano del Señor Jehová.
Y díjome: Hijo del hombre, alza ahora tus ojos hacia el lado del aquilón. Y alcé mis ojos hacia el lado del aquilón, y he aquí al aquilón, junto á la puerta del altar, la imagen del celo en la entrada.
Díjome luego: Entra, y ve las malvadas abominaciones que éstos hacen allí.
Díjome después: Vuélvete aún, verás abominaciones mayores que hacen éstos.
Y díjome: ¿No has visto, hijo del hombre? ¿Es cosa liviana para la casa de Judá hacer las abominaciones que hacen aquí? Después que han llenado la tierra de maldad, y se tornaron á irritarme, he aquí que ponen hedor á mis narices.
Y la gloria del Dios de Israel se alzó de sobre el querubín sobre el cual había estado, al umbral de la casa: y llamó Jehová al varón vestido de lienzos, que tenía á su cintura la escribanía de escribano.
Y díjoles: Contaminad la casa, y henchid los atrios de muertos: salid. Y salieron, é hirieron en la ciudad.
Y he aquí que el varón vestido de lienzos, que tenía la escribanía á su cintura, respondió una palabra diciendo: Hecho he conforme á todo lo que me mandaste.
Y la gloria de Jehová se levantó del querubín al umbral de la puerta; y la casa fué llena de la nube, y el atrio se llenó del resplandor de la gloria de Jehová.
Y apareció en los querubines la figura de una mano humana debajo de sus alas.
Y toda su carne, y sus costillas, y sus manos, y sus alas, y las ruedas, lleno estaba de ojos alrededor en sus cuatro ruedas.
Y cuando andaban los querubines, andaban las ruedas junto con ellos; y cuando los querubines alzaban sus alas para levantarse de la tierra, las ruedas también no se volvían de junto á ellos.
Este era el animal que vi debajo del Dios de Israel en el río de Chebar; y conocí que eran querubines.
Y díjome: Hijo del hombre, estos son los hombres que maquinan perversidad, y dan en esta ciudad mal consejo;
Habéis multiplicado vuestros muertos en esta ciudad, y habéis henchido de muertos sus calles.
A cuchillo caeréis; en el término de Israel os juzgaré, y sabréis que yo soy Jehová.
Y fué á mí palabra de Jehová, diciendo:
Y vendrán allá, y quitarán de ella todas sus torpezas, y todas sus abominaciones.
Después alzaron los querubines sus alas, y las ruedas en pos de ellos; y la gloria del Dios de Israel estaba sobre ellos encima.
Y FUÉ á mí palabra de Jehová, diciendo:
Delante de sus ojos horadarás la pared, y saldrás por ella.
Hijo del hombre, ¿no te ha dicho la casa de Israel, aquella casa rebelde: ¿Qué haces?
Mas yo extenderé mi red sobre él, y será preso en mi malla, y harélo llevar á Babilonia, á tierra de Caldeos; mas no la verá, y allá morirá.
Y fué á mí palabra de Jehová, diciendo:
Y fué á mí palabra de Jehová, diciendo:
Porque yo Jehová hablaré; cumpliráse la palabra que yo hablaré; no se dilatará más: antes en vuestros días, oh casa rebelde, hablaré palabra, y cumpliréla, dice el Señor Jehová.
Y FUÉ á mí palabra de Jehová, diciendo:
No habéis subido á los portillos, ni echasteis vallado en la casa de Israel, estando en la batalla en el día de Jehová.
Y será mi mano contra los profetas que ven vanidad, y adivinan mentira: no serán en la congregación de mi pueblo, ni serán escritos en el libro de la casa de Israel, ni á la tierra de Israel volverán; y sabréis que yo soy el Señor Jehová.
Por tanto, así ha dicho el Señor Jehová: Y haré que la rompa viento tempestuoso con mi ira, y lluvia inundante vendrá con mi furor, y piedras de granizo con enojo para consumir.
Y tú, hijo del hombre, pon tu rostro á las hijas de tu pueblo que profetizan de su corazón, y profetiza contra ellas,
Romperé asimismo vuestros veletes, y libraré mi pueblo de vuestra mano, y no estarán más en vuestra mano para caza; y sabréis que yo soy Jehová.
Y fué á mí palabra de Jehová, diciendo:
Por tanto di á la casa de Israel: Así dice el Señor Jehová: Convertíos, y volveos de vuestros ídolos, y apartad vuestro rostro de todas vuestras abominaciones.
Y llevarán su maldad: como la maldad del que pregunta, así será la maldad del profeta;
Si estuvieren en medio de ella estos tres varones, Noé, Daniel, y Job, ellos por su justicia librarán su vida, dice el Señor Jehová.
Y estos tres varones estuvieren en medio de ella, vivo yo, dice el Señor Jehová, no librarán sus hijos ni sus hijas; ellos solos serán libres.
Sin embargo, he aquí quedarán en ella algunos residuos, hijos é hijas, que serán llevados fuera: he aquí que ellos entrarán á vosotros, y veréis su camino y sus hechos; y tomaréis consolación del mal que hice venir sobre Jerusalem, de todas las cosas que traje sobre ella.
¿Tomarán de él madera para hacer alguna obra? ¿tomarán de él una estaca para colgar de ella algún vaso?
Y pondré mi rostro contra ellos; de fuego salieron, y fuego los consumirá; y sabréis que yo soy Jehová, cuando pusiere mi rostro contra ellos.
Y di: Así ha dicho el Señor Jehová sobre Jerusalem: Tu habitación y tu raza fué de la tierra de Canaán; tu padre Amorrheo, y tu madre Hethea.
En millares como la hierba del campo te puse, y fuiste aumentada y engrandecida, y viniste á ser adornada grandemente; los pechos te crecieron, y tu pelo brotó; mas tú estabas desnuda y descubierta.
Y te atavíe con ornamentos, y puse ajorcas en tus brazos, y collar á tu cuello;
Mas confiaste en tu hermosura, y fornicaste á causa de tu nombradía, y derramaste tus fornicaciones á cuantos pasaron; suya eras.
Mi pan también, que yo te había dado, la flor de la harina, y el aceite, y la miel, con que yo te mantuve, pusiste delante de ellas para olor suave; y fué así, dice el Señor Jehová.
Y fué que después de toda tu maldad (¡ay, ay de ti! dice el Señor Jehová,)
Por tanto, he aquí que yo extendí sobre ti mi mano, y disminuí tu provisión ordinaria, y te entregué á la voluntad de las hijas de los Filisteos que te aborrecen, las cuales se avergüenzan de tu camino deshonesto.
Edificando tus altares en cabeza de todo camino, y haciendo tus altares en todas las plazas! Y no fuiste semejante á ramera, menospreciando el salario,
Por tanto, ramera, oye palabra de Jehová:
Y te entregaré en mano de ellos: y destruirán tu alto, y derribarán tus altares, y te harán desnudar de tus ropas, y se llevarán los vasos de tu gloria, y te dejarán desnuda y descubierta.
Por cuanto no te acordaste de los días de tu mocedad, y me provocaste á ira en todo esto, por eso, he aquí yo también he tornado tu camino sobre tu cabeza, dice el Señor Jehová; pues ni aun has pensado sobre todas tus abominaciones.
Y aun no anduviste en sus caminos, ni hiciste según sus abominaciones; antes, como si esto fuera poco y muy poco, te corrompiste más que ellas en todos tus caminos.
Y Samaria no cometió ni la mitad de tus pecados; porque tú multiplicaste tus abominaciones más que ellas, y has justificado á tus hermanas con todas tus abominaciones que hiciste.
Y tus hermanas, Sodoma con sus hijas y Samaria con sus hijas, volverán á su primer estado; tú también y tus hijas volveréis á vuestro primer estado.
Empero así ha dicho el Señor Jehová: ¿Haré yo contigo como tú hiciste, que menospreciaste el juramento para invalidar el pacto?
Para que te acuerdes, y te avergüences, y nunca más abras la boca á causa de tu vergüenza, cuando me aplacare para contigo de todo lo que hiciste, dice el Señor Jehová.
Arrancó el principal de sus renuevos, y llevólo á la tierra de mercaderes, y púsolo en la ciudad de los negociantes.
En un buen campo, junto á muchas aguas fué plantada, para que hiciese ramos y llevase fruto, y para que fuese vid robusta.
Di ahora á la casa rebelde: ¿No habéis entendido qué significan estas cosas? Diles: He aquí que el rey de Babilonia vino á Jerusalem, y tomó tu rey y sus príncipes, y llevólos consigo á Babilonia.
Vivo yo, dice el Señor Jehová, que morirá en medio de Babilonia, en el lugar del rey que le hizo reinar, cuyo juramento menospreció, y cuya alianza con él hecha rompió.
Y extenderé sobre él mi red, y será preso en mi malla; y hacerlo he venir á Babilonia, y allí estaré á juicio con él, por su prevaricación con que contra mí se ha rebelado.
Y sabrán todos los árboles del campo que yo Jehová abatí el árbol sublime, levanté el árbol bajo, hice secar el árbol verde, é hice reverdecer el árbol seco. Yo Jehová hablé é hice.
He aquí que todas las almas son mías; como el alma del padre, así el alma del hijo es mía; el alma que pecare, esa morirá.
No diere á logro, ni recibiere aumento; de la maldad retrajere su mano, é hiciere juicio de verdad entre hombre y hombre,
Al pobre y menesteroso oprimiere, cometiere robos, no tornare la prenda, ó alzare sus ojos á los ídolos, é hiciere abominación,
Ni oprimiere á nadie; la prenda no empeñare, ni cometiere robos; al hambriento diere de su pan, y cubriere de vestido al desnudo;
El alma que pecare, esa morirá: el hijo no llevará por el pecado del padre, ni el padre llevará por el pecado del hijo: la justicia del justo será sobre él, y la impiedad del impío será sobre él.
Mas si el justo se apartare de su justicia, y cometiere maldad, é hiciere conforme á todas las abominaciones que el impío hizo, ¿vivirá él? Todas las justicias que hizo no vendrán en memoria; por su rebelión con que prevaricó, y por su pecado que cometió, por ello morirá.
Porque miró, y apartóse de todas sus prevaricaciones que hizo, de cierto vivirá, no morirá.
Que no quiero la muerte del que muere, dice el Señor Jehová; convertíos pues, y viviréis.
Y las gentes oyeron de él: fué tomado con el lazo de ellas, y lleváronlo con grillos á la tierra de Egipto.
Y dieron sobre él las gentes de las provincias de alrededor, y extendieron sobre él su red; fué preso en su hoyo.
Empero fué arrancada con ira, derribada en tierra, y viento solano secó su fruto; fueron quebradas y secáronse sus varas fuertes; consumiólas el fuego.
Y fué á mí palabra de Jehová, diciendo:
Aquel día que les alcé mi mano, que los sacaría de la tierra de Egipto á la tierra que les había proveído, que fluye leche y miel, la cual es la más hermosa de todas las tierras;
Saquélos pues de la tierra de Egipto, y trájelos al desierto;
Pero en atención á mi nombre hice porque no se infamase á la vista de las gentes, delante de cuyos ojos los saqué.
Antes dije en el desierto á sus hijos: No andéis en las ordenanzas de vuestros padres, ni guardéis sus leyes, ni os contaminéis en sus ídolos.
Mas retraje mi mano, y en atención á mi nombre hice porque no se infamase á vista de las gentes, delante de cuyos ojos los saqué.
Y contaminélos en sus ofrendas cuando hacían pasar por el fuego todo primogénito , para que los desolase, á fin de que supiesen que yo soy Jehová.
Di, pues, á la casa de Israel: Así ha dicho el Señor Jehová: ¿No os contamináis vosotros á la manera de vuestros padres, y fornicáis tras sus abominaciones?
Y os sacaré de entre los pueblos, y os juntaré de las tierras en que estáis esparcidos, con mano fuerte, y brazo extendido, y enojo derramado:
Y apartaré de entre vosotros los rebeldes, y los que se rebelaron contra mí: de la tierra de sus destierros los sacaré, y á la tierra de Israel no vendrán; y sabréis que yo soy Jehová.
Y sabréis que yo soy Jehová, cuando os hubiere metido en la tierra de Israel, en la tierra por la cual alcé mi mano que la daría á vuestros padres.
Hijo del hombre, pon tu rostro hacia el mediodía, y derrama tu palabra hacia la parte austral, y profetiza contra el bosque del campo del mediodía.
Y FUÉ á mí palabra de Jehová, diciendo:
Y sabrá toda carne que yo Jehová saqué mi espada de su vaina; no volverá más.
Hijo del hombre, profetiza, y di: Así ha dicho el Señor Jehová: Di: La espada, la espada está afilada, y aun acicalada;
Porque está probado. ¿Y qué, si la espada desprecia aun el cetro? El no será más, dice el Señor Jehová.
Y yo también batiré mi mano con mi mano, y haré reposar mi ira. Yo Jehová he hablado.
Porque el rey de Babilonia se paró en una encrucijada, al principio de dos caminos, para tomar adivinación: acicaló saetas, consultó en ídolos, miró el hígado.
Y tú, profano é impío príncipe de Israel, cuyo día vino en el tiempo de la consumación de la maldad;
Te profetizan vanidad, adivínante mentira, para entregarte con los cuellos de los malos sentenciados á muerte, cuyo día vino en tiempo de la consumación de la maldad.
Y FUÉ á mí palabra de Jehová, diciendo:
Las que están cerca, y las que están lejos de ti, se reirán de ti, amancillada de fama, y de grande turbación.
Calumniadores hubo en ti para derramar sangre; y sobre los montes comieron en ti: hicieron en medio de ti suciedades.
Y he aquí, que herí mi mano á causa de tu avaricia que cometiste, y á causa de tus sangres que fueron en medio de ti.
Y fué á mí palabra de Jehová, diciendo:
Yo os juntaré y soplaré sobre vosotros en el fuego de mi furor, y en medio de él seréis fundidos.
La conjuración de sus profetas en medio de ella, como león bramando que arrebata presa: devoraron almas, tomaron haciendas y honra, aumentaron sus viudas en medio de ella.
El pueblo de la tierra usaba de opresión, y cometía robo, y al afligido y menesteroso hacían violencia, y al extranjero oprimían sin derecho.
Hijo del hombre, hubo dos mujeres, hijas de una madre,
Vestidos de cárdeno, capitanes y príncipes, mancebos todos de codiciar, caballeros que andaban á caballo.
Ellos descubrieron sus vergüenzas, tomaron sus hijos y sus hijas, y á ella mataron á cuchillo: y vino á ser de nombre entre las mujeres, pues en ella hicieron juicios.
Y aumentó sus fornicaciones: pues cuando vió hombres pintados en la pared, imágenes de Caldeos pintadas de color,
Así hizo patentes sus fornicaciones, y descubrió sus vergüenzas: por lo cual mi alma se hartó de ella, como se había ya hartado mi alma de su hermana.
Por tanto, Aholibah, así ha dicho el Señor Jehová: He aquí que yo despierto tus amantes contra ti, de los cuales se hartó tu deseo, y yo les haré venir contra ti en derredor;
Y te desnudarán de tus vestidos, y tomarán los vasos de tu gloria.
Estas cosas se harán contigo, porque fornicaste en pos de las gentes, con las cuales te contaminaste en sus ídolos.
Lo beberás pues, y lo agotarás, y quebrarás sus tiestos; y tus pechos arrancarás; porque yo he hablado, dice el Señor Jehová.
Aun esto más me hicieron: contaminaron mi santuario en aquel día, y profanaron mis sábados;
Y oyóse en ella voz de compañía en holganza: y con los varones fueron traídos de la gente común los Sabeos del desierto; y pusieron manillas sobre sus manos, y coronas de gloria sobre sus cabezas.
Por lo que así ha dicho el Señor Jehová: Yo haré subir contra ellas compañías, las entregaré á turbación y á rapiña:
Y FUÉ á mí palabra de Jehová en el noveno año, en el mes décimo, á los diez del mes, diciendo:
Toma una oveja escogida; y también enciende los huesos debajo de ella; haz que hierva bien; coced también sus huesos dentro de ella.
Por tanto, así ha dicho el Señor Jehová: ¡Ay de la ciudad de sangres! Pues también haré yo gran hoguera,
En tu suciedad perversa padecerás: porque te limpié, y tú no te limpiaste de tu suciedad: nunca más te limpiarás, hasta que yo haga reposar mi ira sobre ti.
Reprime el suspirar, no hagas luto de mortuorios: ata tu bonete sobre ti, y pon tus zapatos en tus pies, y no te cubras con rebozo, ni comas pan de hombres.
Di á la casa de Israel: Así ha dicho el Señor Dios: He aquí yo profano mi santuario, la gloria de vuestra fortaleza, el deseo de vuestros ojos, y el regalo de vuestra alma: vuestros hijos y vuestras hijas que dejasteis, caerán á cuchillo.
Y tú, hijo del hombre, el día que yo quitaré de ellos su fortaleza, el gozo de su gloria, el deseo de sus ojos, y el cuidado de sus almas, sus hijos y sus hijas,
Hijo del hombre, pon tu rostro hacia los hijos de Ammón, y profetiza sobre ellos.
Porque así ha dicho el Señor Jehová: Por cuanto tú batiste tus manos, y pateaste , y te gozaste del alma en todo tu menosprecio sobre la tierra de Israel;
A los hijos del oriente contra los hijos de Ammón; y entregaréla por heredad para que no haya más memoria de los hijos de Ammón entre las gentes.
Y pondré mi venganza en Edom por la mano de mi pueblo Israel; y harán en Edom según mi enojo y según mi ira: y conocerán mi venganza, dice el Señor Jehová.
Y ACONTECIÓ en el undécimo año, en el primero del mes, quefué á mí palabra de Jehová, diciendo:
Tendedero de redes será en medio de la mar, porque yo he hablado, dice el Señor Jehová: y será saqueada de las gentes.
Y pondrá contra ella arietes, contra tus muros, y tus torres destruirá con sus martillos.
Y haré cesar el estrépito de tus canciones, y no se oirá más el son de tus vihuelas.
Y levantarán sobre ti endechas, y te dirán: ¿Cómo pereciste tú, poblada en los mares, ciudad que fué alabada, que fué fuerte en la mar, ella y sus habitantes, que ponían su espanto á todos sus moradores?
Yo te tornaré en espanto, y no serás: y serás buscada, y nunca más serás hallada, dice el Señor Jehová.
En el corazón de las mares están tus términos: los que te edificaron completaron tu belleza.
Los moradores de Sidón y de Arvad fueron tus remeros: tus sabios, oh Tiro, estaban en ti; ellos fueron tus pilotos.
Tarsis tu mercadera á causa de la multitud de todas riquezas en plata, hierro, estaño, y plomo, dió en tus ferias.
Siria fué tu mercadera por la multitud de tus labores: con perlas, y púrpura, y vestidos bordados, y linos finos, y corales, y rubíes, dió en tus ferias.
Dedán fué tu mercadera con paños preciosos para carros.
Estos tus mercaderes negociaban contigo en varias cosas: en mantos de jacinto, y bordados, y en cajas de ropas preciosas, enlazadas con cordones, y en madera de cedro.
Al estrépito de las voces de tus marineros temblarán los arrabales.
Y levantarán sobre ti endechas en sus lamentaciones, y endecharán sobre ti diciendo: ¿Quién como Tiro, como la destruída en medio de la mar?
Los mercaderes en los pueblos silbarán sobre ti: vendrás á ser espanto, y dejarás de ser para siempre.
Con tu sabiduría y con tu prudencia te has juntado riquezas, y has adquirido oro y plata en tus tesoros;
A la huesa te harán descender, y morirás de las muertes de los que mueren en medio de los mares.
Hijo del hombre, levanta endechas sobre el rey de Tiro, y dile: Así ha dicho el Señor Jehová: Tú echas el sello á la proporción, lleno de sabiduría, y acabado de hermosura.
A causa de la multitud de tu contratación fuiste lleno de iniquidad, y pecaste: por lo que yo te eché del monte de Dios, y te arrojé de entre las piedras del fuego, oh querubín cubridor.
Y fué á mí palabra de Jehová, diciendo:
Y nunca más será á la casa de Israel espino que le punce, ni espanto que le dé dolor, en todos los alrededores de los que los menosprecian; y sabrán que yo soy Jehová .
Hijo del hombre, pon tu rostro contra Faraón rey de Egipto, y profetiza contra él y contra todo Egipto.
Y sabrán todos los moradores de Egipto que yo soy Jehová, por cuanto fueron bordón de caña á la casa de Israel.
Por tanto, he aquí yo contra ti, y contra tus ríos; y pondré la tierra de Egipto en asolamientos de la soledad del desierto, desde Migdol hasta Seveneh, hasta el término de Etiopía.
Y tornaré á traer los cautivos de Egipto, y los volveré á la tierra de Patros, á la tierra de su habitación; y allí serán un reino bajo.
Hijo del hombre, Nabucodonosor rey de Babilonia hizo á su ejército prestar grande servicio contra Tiro. Toda cabeza se encalveció, y pelóse todo hombro; y ni para él ni para su ejército hubo paga de Tiro, por el servicio que prestó contra ella.
Y FUÉ á mí palabra de Jehová, diciendo:
Etiopía, y Libia, y Lidia, y todo el conjunto de pueblo, y Chûb, y los hijos de la tierra de la liga, caerán con ellos á cuchillo.
En aquel tiempo saldrán mensajeros de delante de mí en navíos, á espantar á Etiopía la confiada, y tendrán espanto como en el día de Egipto: porque he aquí viene.
Así ha dicho el Señor Jehová: Destruiré también las imágenes, y haré cesar los ídolos de Memphis; y no habrá más príncipe de la tierra de Egipto, y en la tierra de Egipto pondré temor.
Los mancebos de Avén y de Pibeseth caerán á cuchillo; y ellas irán en cautiverio.
Hijo del hombre, quebrantado he el brazo de Faraón rey de Egipto; y he aquí que no ha sido vendado poniéndole medicinas, poniéndole faja para ligarlo, á fin de vigorizarle para que pueda tener espada.
Fortificaré pues los brazos del rey de Babilonia, y los brazos de Faraón caerán; y sabrán que yo soy Jehová, cuando yo pusiere mi espada en la mano del rey de Babilonia, y él la extendiere sobre la tierra de Egipto.
He aquí era el Asirio cedro en el Líbano, hermoso en ramas, y umbroso con sus ramos, y de grande altura, y su copa estaba entre densas ramas.
Hízose, pues, hermoso en su grandeza con la extensión de sus ramas; porque su raíz estaba junto á muchas aguas.
Yo lo entregaré en mano del fuerte de las gentes, que de cierto le manejará: por su impiedad lo he arrojado.
Así ha dicho el Señor Jehová: El día que descendió á la sepultura, hice hacer luto, hice cubrir por él el abismo, y detuve sus ríos, y las muchas aguas fueron detenidas: y al Líbano cubrí de tinieblas por él, y todos los árboles del campo se desmayaron.
Y ACONTECIÓ en el año duodécimo, en el mes duodécimo, al primero del mes, que fué á mí palabra de Jehová, diciendo:
Y pondré tus carnes sobre los montes, y henchiré los valles de tu altura.
Y entristeceré el corazón de muchos pueblos, cuando llevaré tu quebrantamiento sobre las gentes, por las tierras que no conociste.
Todas sus bestias destruiré de sobre las muchas aguas: ni más las enturbiará pie de hombre, ni uña de bestias las enturbiarán.
Y aconteció en el año duodécimo, á los quince del mes, que fué á mí palabra de Jehová, diciendo:
De en medio del infierno hablarán á él los fuertes de los fuertes, con los que le ayudaron, que descendieron, y yacen con los incircuncisos muertos á cuchillo.
En medio de los muertos le pusieron cama con toda su multitud: á sus alrededores están sus sepulcros: todos ellos incircuncisos muertos á cuchillo, porque fué puesto su espanto en la tierra de los vivientes, mas llevaron su confusión con los que descienden al sepulcro: él fué puesto en medio de los muertos.
Allí Idumea, sus reyes y todos sus príncipes, los cuales con su fortaleza fueron puestos con los muertos á cuchillo: ellos yacerán con los incircuncisos, y con los que descienden al sepulcro.
Y FUÉ á mí palabra de Jehová, diciendo:
El sonido de la corneta oyó, y no se apercibió; su sangre será sobre él: mas el que se apercibiere, librará su vida.
Y si tú avisares al impío de su camino para que de él se aparte, y él no se apartare de su camino, por su pecado morirá él, y tú libraste tu vida.
Diciendo yo al justo, De cierto vivirá, y él confiado en su justicia hiciere iniquidad, todas sus justicias no vendrán en memoria, sino que morirá por su iniquidad que hizo.
Luego dirán los hijos de tu pueblo: No es recta la vía del Señor: la vía de ellos es la que no es recta.
Y aconteció en el año duodécimo de nuestro cautiverio, en el mes décimo, á los cinco del mes, que vino á mí un escapado de Jerusalem, diciendo: La ciudad ha sido herida.
Por tanto, diles: Así ha dicho el Señor Jehová: ¿Con sangre comeréis, y á vuestros ídolos alzaréis vuestros ojos, y sangre derramaréis, y poseeréis vosotros la tierra?
Y sabrán que yo soy Jehová, cuando pusiere la tierra en soledad y desierto, por todas las abominaciones que han hecho.
Empero cuando ello viniere (he aquí viene) sabrán que hubo profeta entre ellos.
No corroborasteis las flacas, ni curasteis la enferma: no ligasteis la perniquebrada, ni tornasteis la amontada, ni buscasteis la perdida; sino que os habéis enseñoreado de ellas con dureza y con violencia;
Vivo yo, ha dicho el Señor Jehová, que por cuanto mi rebaño fué para ser robado, y mis ovejas fueron para ser comidas de toda bestia del campo, sin pastor; ni mis pastores buscaron mis ovejas, sino que los pastores se apacentaron á sí mismos, y no apacentaron mis ovejas;
Como reconoce su rebaño el pastor el día que está en medio de sus ovejas esparcidas, así reconoceré mis ovejas, y las libraré de todos los lugares en que fueron esparcidas el día del nublado y de la oscuridad.
Yo buscaré la perdida, y tornaré la amontada, y ligaré la perniquebrada, y corroboraré la enferma: mas á la gruesa y á la fuerte destruiré. Yo las apacentaré en juicio.
Por tanto, así les dice el Señor Jehová: He aquí, yo, yo juzgaré entre la oveja gruesa y la oveja flaca,
Yo Jehová les seré por Dios, y mi siervo David príncipe en medio de ellos. Yo Jehová he hablado.
Y no serán más presa de las gentes, ni las bestias de la tierra las devorarán; sino que habitarán seguramente, y no habrá quien espante;
Y FUÉ á mí palabra de Jehová, diciendo:
Por cuanto tuviste enemistades perpetuas, y esparciste los hijos de Israel á poder de espada en el tiempo de su aflicción, en el tiempo extremadamente malo;
Yo te pondré en asolamientos perpetuos, y tus ciudades nunca más se restaurarán ; y sabréis que yo soy Jehová.
Y os engrandecisteis contra mí con vuestra boca, y multiplicasteis contra mí vuestras palabras. Yo lo oí.
Así ha dicho el Señor Jehová: Por cuanto el enemigo dijo sobre vosotros: ¡Ea! también las alturas perpetuas nos han sido por heredad;
Por tanto, profetiza sobre la tierra de Israel, y di á los montes y á los collados, y á los arroyos y á los valles: Así ha dicho el Señor Jehová: He aquí, en mi celo y en mi furor he hablado, por cuanto habéis llevado el oprobio de las gentes.
Y haré multiplicar sobre vosotros hombres, á toda la casa de Israel, toda ella; y las ciudades han de ser habitadas, y serán edificadas las ruinas.
Por tanto, no devorarás más hombres, y nunca más matarás los hijos á tus gentes, dice el Señor Jehová.
Y derramé mi ira sobre ellos por las sangres que derramaron sobre la tierra; porque con sus ídolos la contaminaron.
Por tanto, di á la casa de Israel: Así ha dicho el Señor Jehová: No lo hago por vosotros, oh casa de Israel, sino por causa de mi santo nombre, el cual profanasteis vosotros entre las gentes á donde habéis llegado.
Y os daré corazón nuevo, y pondré espíritu nuevo dentro de vosotros; y quitaré de vuestra carne el corazón de piedra, y os daré corazón de carne.
Multiplicaré asimismo el fruto de los árboles, y el fruto de los campos, porque nunca más recibáis oprobio de hambre entre las gentes.
Y la tierra asolada será labrada, en lugar de haber sido asolada en ojos de todos los que pasaron;
Como las ovejas santas, como las ovejas de Jerusalem en sus solemnidades, así las ciudades desiertas serán llenas de rebaños de hombres; y sabrán que yo soy Jehová.
Díjome entonces: Profetiza sobre estos huesos, y diles: Huesos secos, oid palabra de Jehová.
Y miré, y he aquí nervios sobre ellos, y la carne subió, y la piel cubrió por encima de ellos: mas no había en ellos espíritu.
Por tanto profetiza, y diles: Así ha dicho el Señor Jehová: He aquí, yo abro vuestros sepulcros, pueblo mío, y os haré subir de vuestras sepulturas, y os traeré á la tierra de Israel.
Tú, hijo del hombre, tómate ahora un palo, y escribe en él: A Judá, y á los hijos de Israel sus compañeros. Toma después otro palo, y escribe en él: A José, palo de Ephraim, y á toda la casa de Israel sus compañeros.
Y los palos sobre que escribieres, estarán en tu mano delante de sus ojos;
Y mi siervo David será rey sobre ellos, y á todos ellos será un pastor: y andarán en mis derechos, y mis ordenanzas guardarán, y las pondrán por obra.
Y sabrán las gentes que yo Jehová santifico á Israel, estando mi santuario entre ellos para siempre.
Y yo te quebrantaré, y pondré anzuelos en tus quijadas, y te sacaré á ti, y á todo tu ejército, caballos y caballeros, vestidos de todo todos ellos, grande multitud con paveses y escudos, teniendo todos ellos espadas:
De aquí á muchos días serás tú visitado: al cabo de años vendrás á la tierra salvada de la espada, recogida de muchos pueblos, á los montes de Israel, que siempre fueron para asolamiento: mas fué sacada de las naciones, y todos ellos morarán confiadamente.
Para arrebatar despojos y para tomar presa; para tornar tu mano sobre las tierras desiertas ya pobladas, y sobre el pueblo recogido de las gentes, que se hace de ganados y posesiones, que mora en el ombligo de la tierra.
Y subirás contra mi pueblo Israel como nublado para cubrir la tierra; será al cabo de los días: y te traeré sobre mi tierra, para que las gentes me conozcan, cuando fuere santificado en ti, oh Gog, delante de sus ojos.
Que los peces de la mar, y las aves del cielo, y las bestias del campo, y toda serpiente que anda arrastrando sobre la tierra, y todos los hombres que están sobre la haz de la tierra, temblarán á mi presencia; y se arruinarán los montes, y los vallados caerán, y todo muro caerá á tierra.
TÚ pues, hijo del hombre, profetiza contra Gog, y di: Así ha dicho el Señor Jehová: He aquí yo contra ti, oh Gog, príncipe de la cabecera de Mesech y Tubal:
Sobre la haz del campo caerás: porque yo he hablado, dice el Señor Jehová.
Y los moradores de las ciudades de Israel saldrán, y encenderán y quemarán armas, y escudos, y paveses, arcos y saetas, y bastones de mano, y lanzas: y las quemarán en fuego por siete años.
Enterrarlos ha todo el pueblo de la tierra: y será para ellos célebre el día que yo fuere glorificado, dice el Señor Jehová.
Y tú, hijo del hombre, así ha dicho el Señor Jehová: Di á las aves, á todo volátil, y á toda bestia del campo: Juntaos, y venid; reuníos de todas partes á mi víctima que os sacrifico, un sacrificio grande sobre los montes de Israel, y comeréis carne y beberéis sangre.
Y pondré mi gloria entre las gentes, y todas las gentes verán mi juicio que habré hecho, y mi mano que sobre ellos puse.
Por tanto, así ha dicho el Señor Jehová: Ahora volveré la cautividad de Jacob, y tendré misericordia de toda la casa de Israel, y celaré por mi santo nombre.
Ni esconderé más de ellos mi rostro; porque habré derramado de mi espíritu sobre la casa de Israel, dice el Señor Jehová.
Y hablóme aquel varón, diciendo: Hijo del hombre, mira con tus ojos, y oye con tus oídos, y pon tu corazón á todas las cosas que te muestro; porque para que yo te las mostrase eres traído aquí. Cuenta todo lo que ves á la casa de Israel.
Midió asimismo la entrada de la puerta por de dentro, una caña.
Y el espacio de delante de las cámaras, de un codo de la una parte, y de otro codo de la otra; y cada cámara tenía seis codos de una parte, y seis codos de otra.
Y había ventanas estrechas en las cámaras, y en sus portales por de dentro de la puerta alrededor, y asimismo en los corredores; y las ventanas estaban alrededor por de dentro; y en cada poste había palmas.
Y de la puerta que estaba hacia el norte en el atrio exterior, midió su longitud y su anchura.
Llevóme después hacia el mediodía, y he aquí una puerta hacia el mediodía: y midió sus portales y sus arcos conforme á estas medidas.
Metióme después en el atrio de adentro á la puerta del mediodía, y midió la puerta del mediodía conforme á estas medidas.
Y llevóme al atrio interior hacia el oriente, y midió la puerta conforme á estas medidas.
Sus cámaras, y sus postes, y sus arcos, y sus ventanas alrededor: la longitud era de cincuenta codos, y de veinticinco codos el ancho.
Y al lado por de fuera de las gradas, á la entrada de la puerta del norte, había dos mesas; y al otro lado que estaba á la entrada de la puerta, dos mesas.
Y fuera de la puerta interior, en el atrio de adentro que estaba al lado de la puerta del norte, estaban las cámaras de los cantores, las cuales miraban hacia el mediodía: una estaba al lado de la puerta del oriente que miraba hacia el norte.
Y llevóme al pórtico del templo, y midió cada poste del pórtico, cinco codos de una parte, y cinco codos de otra; y la anchura de la puerta tres codos de una parte, y tres codos de otra.
Y pasó al interior, y midió cada poste de la puerta de dos codos; y la puerta de seis codos; y la anchura de la entrada de siete codos.
Y había mayor anchura y vuelta en las cámaras á lo más alto; el caracol de la casa subía muy alto alrededor por de dentro de la casa: por tanto la casa tenía más anchura arriba; y de la cámara baja se subía á la alta por la del medio.
Y la puerta de cada cámara salía al espacio que quedaba; una puerta hacia el norte, y otra puerta hacia el mediodía: y la anchura del espacio que quedaba era de cinco codos por todo alrededor.
Y midió la longitud del edificio que estaba delante del apartamiento que había detrás de él, y las cámaras de una parte y otra, cien codos; y el templo de dentro, y los portales del atrio.
Un rostro de hombre hacia la palma de la una parte, y rostro de león hacia la palma de la otra parte, por toda la casa alrededor.
Y el templo y el santuario tenían dos portadas.
SACÓME luego al atrio de afuera hacia el norte, y llevóme á la cámara que estaba delante del espacio que quedaba enfrente del edificio de hacia el norte.
Y las cámaras más altas eran más estrechas; porque las galerías quitaban de ellas más que de las bajas y de las de en medio del edificio:
Y debajo de las cámaras estaba la entrada al lado oriental, para entrar en él desde el atrio de afuera.
Y díjome: Las cámaras del norte y las del mediodía, que están delante de la lonja, son cámaras santas, en las cuales los sacerdotes que se acercan á Jehová comerán las santas ofrendas: allí pondrán las ofrendas santas, y el presente, y la expiación, y el sacrificio por el pecado: porque el lugar es santo.
Midió al lado del norte, quinientas cañas de la caña de medir alrededor.
LLEVÓME luego á la puerta, á la puerta que mira hacia el oriente;
Y alzóme el espíritu, y metióme en el atrio de adentro; y he aquí que la gloria de Jehová hinchió la casa.
Ahora echarán lejos de mí su fornicación, y los cuerpos muertos de sus reyes, y habitaré en medio de ellos para siempre.
Y estas son las medidas del altar por codos (el codo de á codo y palmo). El seno, de un codo, y de un codo el ancho; y su remate por su borde alrededor, de un palmo. Este será el fondo alto del altar.
Y el área, de catorce codos de longitud, y catorce de anchura en sus cuatro lados, y de medio codo el borde alrededor: y el seno de un codo por todos lados; y sus gradas estaban al oriente.
Tomarás luego el becerro de la expiación, y lo quemarás conforme á la ley de la casa, fuera del santuario.
Por siete días sacrificarán un macho cabrío cada día en expiación; asimismo sacrificarán el becerro de la vacada y un carnero sin tacha del rebaño.
Y díjome Jehová: Esta puerta ha de estar cerrada: no se abrirá, ni entrará por ella hombre, porque Jehová Dios de Israel entró por ella; estará por tanto cerrada.
Y dirás á los rebeldes, á la casa de Israel: Así ha dicho el Señor Jehová: Básteos de todas vuestras abominaciones, oh casa de Israel;
Y los Levitas que se apartaron lejos de mí cuando Israel erró, el cual se desvió de mí en pos de sus ídolos, llevarán su iniquidad.
Pondrélos, pues, por guardas de la guarda de la casa en todo su servicio, y en todo lo que en ella hubiere de hacerse.
Tiaras de lino tendrán en sus cabezas, y pañetes de lino en sus lomos: no se ceñirán para sudar.
Ni viuda, ni repudiada se tomarán por mujeres; sino que tomarán vírgenes del linaje de la casa de Israel, ó viuda que fuere viuda de sacerdote.
Y después de su purificación, le contarán siete días.
Y las primicias de todos los primeros de todo, y toda ofrenda de todo lo que se ofreciere de todas vuestras ofrendas, será de los sacerdotes: daréis asimismo las primicias de todas vuestras masas al sacerdote, para que haga reposar la bendición en vuestras casas.
Y de esta medida medirás en longitud veinticinco mil cañas, y en anchura diez mil, en lo cual estará el santuario, el santuario de santuarios.
Y la parte del príncipe será junto al apartamiento del santuario, de la una parte y de la otra, y junto á la posesión de la ciudad, delante del apartamiento del santuario, y delante de la posesión de la ciudad, desde el rincón occidental hacia el occidente, hasta el rincón oriental hacia el oriente: y la longitud será de la una parte á la otra, desde el rincón del occidente hasta el rincón del oriente.
El epha y el bato serán de una misma medida: que el bato tenga la décima parte del homer, y la décima parte del homer el epha: la medida de ellos será según el homer.
Y una cordera de la manada de doscientas, de las gruesas de Israel, para sacrificio, y para holocausto y para pacíficos, para expiación por ellos, dice el Señor Jehová.
Y el sacerdote tomará de la sangre de la expiación, y pondrá sobre los postes de la casa, y sobre los cuatro ángulos del área del altar, y sobre los postes de las puertas del atrio de adentro.
Y en los siete días de la solemnidad hará holocausto á Jehová, siete becerros y siete carneros sin defecto, cada día de los siete días; y por el pecado un macho cabrío cada día.
Y el príncipe entrará por el camino del portal de la puerta de afuera, y estará al umbral de la puerta, mientras los sacerdotes harán su holocausto y sus pacíficos, y adorará á la entrada de la puerta: después saldrá; mas no se cerrará la puerta hasta la tarde.
Mas el día de la nueva luna, un becerro sin tacha de la vacada, y seis corderos, y un carnero: deberán ser sin defecto.
Y el príncipe, cuando ellos entraren, él entrará en medio de ellos: y cuando ellos salieren, él saldrá.
Y con él harás todas las mañanas presente de la sexta parte de un epha, y la tercera parte de un hin de aceite para mezclar con la flor de harina: presente para Jehová continuamente por estatuto perpetuo.
Y el príncipe no tomará nada de la herencia del pueblo, por no defraudarlos de su posesión: de lo que él posee dará herencia á sus hijos; para que mi pueblo no sea echado cada uno de su posesión.
En los cuatro rincones del atrio había patios juntos de cuarenta codos de longitud, y treinta de anchura: tenían una misma medida todos cuatro á los rincones.
Y sacóme por el camino de la puerta del norte, é hízome rodear por el camino fuera de la puerta, por de fuera al camino de la que mira al oriente: y he aquí las aguas que salían al lado derecho.
Y díjome: ¿Has visto, hijo del hombre? Después me llevó, é hízome tornar por la ribera del arroyo.
Y será que junto á él estarán pescadores; y desde En-gadi hasta En-eglaim será tendedero de redes: en su clase será su pescado como el pescado de la gran mar, mucho en gran manera.
Y la heredaréis así los unos como los otros: por ella alcé mi mano que la había de dar á vuestros padres: por tanto, esta tierra os caerá en heredad.
Al lado del oriente, por medio de Hauran y de Damasco, y de Galaad, y de la tierra de Israel, al Jordán: esto mediréis de término hasta la mar del oriente.
Y será que echaréis sobre ella suertes por herencia para vosotros, y para los extranjeros que peregrinan entre vosotros, que entre vosotros han engendrado hijos: y los tendréis como naturales entre los hijos de Israel; echarán suertes con vosotros para heredarse entre las tribus de Israel.
Y junto al término de Aser, desde el lado oriental hasta la parte de la mar, Nephtalí, otra.
Y junto al término de Rubén, desde la parte del oriente hasta la parte de la mar, Judá, otra.
Los sacerdotes santificados de los hijos de Sadoc, que guardaron mi observancia, que no erraron cuando erraron los hijos de Israel, como erraron los Levitas,
Y las cinco mil cañas de anchura que quedan de las veinticinco mil, serán profanas, para la ciudad, para habitación y para ejido; y la ciudad estará en medio.
Y los que servirán á la ciudad, serán de todas las tribus de Israel.
Cuanto á las demás tribus, desde la parte del oriente hasta la parte de la mar, tendrá Benjamín una parte.
Y junto al término de Zabulón, desde la parte del oriente hasta la parte de la mar, Gad, otra.
Y las puertas de la ciudad serán según los nombres de las tribus de Israel: tres puertas al norte: la puerta de Rubén, una; la puerta de Judá, otra; la puerta de Leví, otra.
En derredor tendrá dieciocho mil cañas. Y el nombre de la ciudad desde aquel día será JEHOVÁ-SHAMMA .
Muchachos en quienes no hubiese tacha alguna, y de buen parecer, y enseñados en toda sabiduría, y sabios en ciencia, y de buen entendimiento, é idóneos para estar en el palacio del rey; y que les enseñase las letras y la lengua de los Caldeos.
Y Daniel propuso en su corazón de no contaminarse en la ración de la comida del rey, ni en el vino de su beber: pidió por tanto al príncipe de los eunucos de no contaminarse.
Prueba, te ruego, tus siervos diez días, y dennos legumbres á comer, y agua á beber.
Así fué que Melsar tomaba la ración de la comida de ellos, y el vino de su beber, y dábales legumbres.
Y en todo negocio de sabiduría é inteligencia que el rey les demandó, hallólos diez veces mejores que todos los magos y astrólogos que había en todo su reino.
Y el rey les dijo: He soñado un sueño, y mi espíritu se ha perturbado por saber del sueño.
Respondieron la segunda vez, y dijeron: Diga el rey el sueño á sus siervos, y mostraremos su declaración.
Finalmente, el negocio que el rey demanda, es singular, ni hay quien lo pueda declarar delante del rey, salvo los dioses cuya morada no es con la carne.
Habló y dijo á Arioch capitán del rey: ¿Qué es la causa que este mandamiento se publica de parte del rey tan apresuradamente? Entonces Arioch declaró el negocio á Daniel.
Entonces el arcano fué revelado á Daniel en visión de noche; por lo cual bendijo Daniel al Dios del cielo.
A ti, oh Dios de mis padres, confieso y te alabo, que me diste sabiduría y fortaleza, y ahora me enseñaste lo que te pedimos; pues nos has enseñado el negocio del rey.
Daniel respondió delante del rey, y dijo: El misterio que el rey demanda, ni sabios, ni astrólogos, ni magos, ni adivinos lo pueden enseñar al rey.
Tú, oh rey, veías , y he aquí una grande imagen. Esta imagen, que era muy grande, y cuya gloria era muy sublime, estaba en pie delante de ti, y su aspecto era terrible.
Entonces fué también desmenuzado el hierro, el barro cocido, el metal, la plata y el oro, y se tornaron como tamo de las eras del verano: y levantólos el viento, y nunca más se les halló lugar. Mas la piedra que hirió á la imagen, fué hecha un gran monte, que hinchió toda la tierra.
Y después de ti se levantará otro reino menor que tú; y otro tercer reino de metal, el cual se enseñoreará de toda la tierra.
Cuanto á aquello que viste, el hierro mezclado con tiesto de barro, mezclaránse con simiente humana, mas no se pegarán el uno con el otro, como el hierro no se mistura con el tiesto.
El rey habló á Daniel, y dijo: Ciertamente que el Dios vuestro es Dios de dioses, y el Señor de los reyes, y el descubridor de los misterios, pues pudiste revelar este arcano.
Y envió el rey Nabucodonosor á juntar los grandes, los asistentes y capitanes, oidores, receptores, los del consejo, presidentes, y á todos los gobernadores de las provincias, para que viniesen á la dedicación de la estatua que el rey Nabucodonosor había levantado.
Y cualquiera que no se postrare y adorare, en la misma hora será echado dentro de un horno de fuego ardiendo.
Tú, oh rey, pusiste ley que todo hombre en oyendo el son de la bocina, del pífano, del tamboril, del arpa, del salterio, de la zampoña, y de todo instrumento músico, se postrase y adorase la estatua de oro:
Habló Nabucodonosor, y díjoles: ¿Es verdad Sadrach, Mesach, y Abed-nego, que vosotros no honráis á mi dios, ni adoráis la estatua de oro que he levantado?
Y si no, sepas, oh rey, que tu dios no adoraremos, ni tampoco honraremos la estatua que has levantado.
Y porque la palabra del rey daba priesa, y había procurado que se encendiese mucho, la llama del fuego mató á aquellos que habían alzado á Sadrach, Mesach, y Abed-nego.
Entonces Nabucodonosor se acercó á la puerta del horno de fuego ardiendo, y habló y dijo: Sadrach, Mesach, y Abed-nego, siervos del alto Dios, salid y venid. Entonces Sadrach, Mesach, y Abed-nego, salieron de en medio del fuego.
Entonces el rey engrandeció á Sadrach, Mesach, y Abed-nego en la provincia de Babilonia.
Yo Nabucodonosor estaba quieto en mi casa, y floreciente en mi palacio.
Hasta tanto que entró delante de mí Daniel, cuyo nombre es Beltsasar, como el nombre de mi dios, y en el cual hay espíritu de los dioses santos, y dije el sueño delante de él, diciendo:
Su copa era hermosa, y su fruto en abundancia, y para todos había en él mantenimiento. Debajo de él se ponían á la sombra las bestias del campo, y en sus ramas hacían morada las aves del cielo, y manteníase de él toda carne.
Su corazón sea mudado de corazón de hombre, y séale dado corazón de bestia, y pasen sobre él siete tiempos.
El árbol que viste, que crecía y se hacía fuerte, y que su altura llegaba hasta el cielo, y su vista por toda la tierra;
Esta es la declaración, oh rey, y la sentencia del Altísimo, que ha venido sobre el rey mi señor:
Todo aquesto vino sobre el rey Nabucodonosor.
Y de entre los hombres te echan, y con las bestias del campo será tu morada, y como á los bueyes te apacentarán: y siete tiempos pasarán sobre ti, hasta que conozcas que el Altísimo se enseñorea en el reino de los hombres, y á quien él quisiere lo da.
En el mismo tiempo mi sentido me fué vuelto, y la majestad de mi reino, mi dignidad y mi grandeza volvieron á mí, y mis gobernadores y mis grandes me buscaron; y fuí restituído á mi reino, y mayor grandeza me fué añadida.
Entonces fueron traídos los vasos de oro que habían traído del templo de la casa de Dios que estaba en Jerusalem, y bebieron con ellos el rey y sus príncipes, sus mujeres y sus concubinas.
El rey clamó en alta voz que hiciesen venir magos, Caldeos, y adivinos. Habló el rey, y dijo á los sabios de Babilonia: Cualquiera que leyere esta escritura, y me mostrare su declaración, será vestido de púrpura, y tendrá collar de oro á su cuello; y en el reino se enseñoreará el tercero.
En tu reino hay un varón, en el cual mora el espíritu de los dioses santos; y en los días de tu padre se halló en él luz é inteligencia y sabiduría, como ciencia de los dioses: al cual el rey Nabucodonosor, tu padre, el rey tu padre constituyó príncipe sobre todos los magos, astrólogos, Caldeos, y adivinos:
Y ahora fueron traídos delante de mí, sabios, astrólogos, que leyesen esta escritura, y me mostrasen su interpretación: pero no han podido mostrar la declaración del negocio.
Y por la grandeza que le dió, todos los pueblos, naciones, y lenguas, temblaban y temían delante de él. Los que él quería mataba, y daba vida á los que quería: engrandecía á los que quería, y á los que quería humillaba.
Antes contra el Señor del cielo te has ensoberbecido, é hiciste traer delante de ti los vasos de su casa, y tú y tus príncipes, tus mujeres y tus concubinas, bebisteis vino en ellos: demás de esto, á dioses de plata y de oro, de metal, de hierro, de madera, y de piedra, que ni ven, ni oyen, ni saben, diste alabanza: y al Dios en cuya mano está tu vida, y cuyos son todos tus caminos, nunca honraste.
TEKEL: Pesado has sido en balanza, y fuiste hallado falto.
Y Darío de Media tomó el reino, siendo de sesenta y dos años.
Entonces los presidentes y gobernadores buscaban ocasiones contra Daniel por parte del reino; mas no podían hallar alguna ocasión ó falta, porque él era fiel, y ningún vicio ni falta fué en él hallado.
Ahora, oh rey, confirma el edicto, y firma la escritura, para que no se pueda mudar, conforme á la ley de Media y de Persia, la cual no se revoca.
Llegáronse luego, y hablaron delante del rey acerca del edicto real: ¿No has confirmado edicto que cualquiera que pidiere á cualquier dios ú hombre en el espacio de treinta días, excepto á ti, oh rey, fuese echado en el foso de los leones? Respondió el rey y dijo: Verdad es, conforme á la ley de Media y de Persia, la cual no se abroga.
Entonces el rey mandó, y trajeron á Daniel, y echáronle en el foso de los leones. Y hablando el rey dijo á Daniel: El Dios tuyo, á quien tú continuamente sirves, él te libre.
Y llegándose cerca del foso llamó á voces á Daniel con voz triste: y hablando el rey dijo á Daniel: Daniel, siervo del Dios viviente, el Dios tuyo, á quien tú continuamente sirves ¿te ha podido librar de los leones?
Y mandándolo el rey fueron traídos aquellos hombres que habían acusado á Daniel, y fueron echados en el foso de los leones, ellos, sus hijos, y sus mujeres; y aun no habían llegado al suelo del foso, cuando los leones se apoderaron de ellos, y quebrantaron todos sus huesos.
Y este Daniel fué prosperado durante el reinado de Darío, y durante el reinado de Ciro, Persa.
La primera era como león, y tenía alas de águila. Yo estaba mirando hasta tanto que sus alas fueron arrancadas, y fué quitada de la tierra; y púsose enhiesta sobre los pies á manera de hombre, y fuéle dado corazón de hombre.
Estando yo contemplando los cuernos, he aquí que otro cuerno pequeño subía entre ellos, y delante de él fueron arrancados tres cuernos de los primeros; y he aquí, en este cuerno había ojos como ojos de hombre, y una boca que hablaba grandezas.
Habían también quitado á las otras bestias su señorío, y les había sido dada prolongación de vida hasta cierto tiempo.
Lleguéme á uno de los que asistían, y preguntéle la verdad acerca de todo esto. Y hablóme, y declaróme la interpretación de las cosas.
Asimismo acerca de los diez cuernos que tenía en su cabeza, y del otro que había subido, de delante del cual habían caído tres: y este mismo cuerno tenía ojos, y boca que hablaba grandezas, y su parecer mayor que el de sus compañeros.
Y los diez cuernos significan que de aquel reino se levantarán diez reyes; y tras ellos se levantará otro, el cual será mayor que los primeros, y á tres reyes derribará.
Hasta aquí fué el fin de la plática. Yo Daniel, mucho me turbaron mis pensamientos, y mi rostro se me mudó: mas guardé en mi corazón el negocio.
Vi que el carnero hería con los cuernos al poniente, al norte, y al mediodía, y que ninguna bestia podía parar delante de él, ni había quien escapase de su mano: y hacía conforme á su voluntad, y engrandecíase.
Y engrandecióse en gran manera el macho de cabrío; y estando en su mayor fuerza, aquel gran cuerno fué quebrado, y en su lugar subieron otros cuatro maravillosos hacia los cuatro vientos del cielo.
Y el ejército fuéle entregado á causa de la prevaricación sobre el continuo sacrificio: y echó por tierra la verdad, é hizo cuanto quiso, y sucedióle prósperamente.
Y oí una voz de hombre entre las riberas de Ulai, que gritó y dijo: Gabriel, enseña la visión á éste.
Aquel carnero que viste, que tenía cuernos, son los reyes de Media y de Persia.
Y su poder se fortalecerá, mas no con fuerza suya; y destruirá maravillosamente, y prosperará; y hará arbitrariamente, y destruirá fuertes y al pueblo de los santos.
EN el año primero de Darío hijo de Assuero, de la nación de los Medos, el cual fué puesto por rey sobre el reino de los Caldeos;
Hemos pecado, hemos hecho iniquidad, hemos obrado impíamente, y hemos sido rebeldes, y nos hemos apartado de tus mandamientos y de tus juicios.
De Jehová nuestro Dios es el tener misericordia, y el perdonar, aunque contra él nos hemos rebelado;
Según está escrito en la ley de Moisés, todo aqueste mal vino sobre nosotros: y no hemos rogado á la faz de Jehová nuestro Dios, para convertirnos de nuestras maldades, y entender tu verdad.
Ahora pues, Dios nuestro, oye la oración de tu siervo, y sus ruegos, y haz que tu rostro resplandezca sobre tu santuario asolado, por amor del Señor.
Aun estaba hablando en oración, y aquel varón Gabriel, al cual había visto en visión al principio, volando con presteza, me tocó como á la hora del sacrificio de la tarde.
Sepas pues y entiendas, que desde la salida de la palabra para restaurar y edificar á Jerusalem hasta el Mesías Príncipe, habrá siete semanas, y sesenta y dos semanas; tornaráse á edificar la plaza y el muro en tiempos angustiosos.
En aquellos días yo Daniel me contristé por espacio de tres semanas.
Y su cuerpo era como piedra de Tarsis, y su rostro parecía un relámpago, y sus ojos como antorchas de fuego, y sus brazos y sus pies como de color de metal resplandeciente, y la voz de sus palabras como la voz de ejército.
Y, he aquí, una mano me tocó, é hizo que me moviese sobre mis rodillas, y sobre las palmas de mis manos.
Soy pues venido para hacerte saber lo que ha de venir á tu pueblo en los postreros días; porque la visión es aún para días.
Y aquella como semejanza de hombre me tocó otra vez, y me confortó;
Y EN el año primero de Darío el de Media, yo estuve para animarlo y fortalecerlo.
Y haráse fuerte el rey del mediodía: mas uno de los príncipes de aquél le sobrepujará, y se hará poderoso; su señorío será grande señorío.
Así entrará en el reino el rey del mediodía, y volverá á su tierra.
Y el rey del norte volverá á poner en campo mayor multitud que primero, y á cabo del tiempo de años vendrá á gran priesa con grande ejército y con muchas riquezas.
Pondrá luego su rostro para venir con el poder de todo su reino; y hará con aquél cosas rectas, y darále una hija de mujeres para trastornarla: mas no estará ni será por él.
Y sucederá en su lugar un vil, al cual no darán la honra del reino: vendrá empero con paz, y tomará el reino con halagos.
Y despertará sus fuerzas y su corazón contra el rey del mediodía con grande ejército: y el rey del mediodía se moverá á la guerra con grande y muy fuerte ejército; mas no prevalecerá, porque le harán traición.
Al tiempo señalado tornará al mediodía; mas no será la postrera venida como la primera.
Y los sabios del pueblo darán sabiduría á muchos: y caerán á cuchillo y á fuego, en cautividad y despojo, por días.
Y del Dios de sus padres no se cuidará, ni del amor de las mujeres: ni se cuidará de dios alguno, porque sobre todo se engrandecerá.
Y vendrá á la tierra deseable, y muchas provincias caerán; mas éstas escaparán de su mano: Edom, y Moab, y lo primero de los hijos de Ammón.
Y plantará las tiendas de su palacio entre los mares, en el monte deseable del santuario; y vendrá hasta su fin, y no tendrá quien le ayude.
Tú empero Daniel, cierra las palabras y sella el libro hasta el tiempo del fin: pasarán muchos, y multiplicaráse la ciencia.
Y yo oí, mas no entendí. Y dije: Señor mío, ¿qué será el cumplimiento de estas cosas?
Bienaventurado el que esperare, y llegare hasta mil trescientos treinta y cinco días.
Fué pues, y tomó á Gomer hija de Diblaim, la cual concibió y le parió un hijo.
Mas de la casa de Judá tendré misericordia, y salvarélos en Jehová su Dios: y no los salvaré con arco, ni con espada, ni con batalla, ni con caballos ni caballeros.
Y los hijos de Judá y de Israel serán congregados en uno, y levantarán para sí una cabeza, y subirán de la tierra: porque el día de Jezreel será grande.
Ni tendré misericordia de sus hijos: porque son hijos de fornicaciones.
Y ella no reconoció que yo le daba el trigo, y el vino, y el aceite, y que les multipliqué la plata y el oro con que hicieron á Baal.
Y haré talar sus vides y sus higueras, de que ha dicho: Mi salario me son, que me han dado mis amantes. Y reducirélas á un matorral, y las comerán las bestias del campo.
Y será que en aquel tiempo, dice Jehová, me llamarás Marido mío, y nunca más me llamarás Baali.
Y te desposaré conmigo en fe, y conocerás á Jehová.
Y DÍJOME otra vez Jehová: Ve, ama una mujer amada de su compañero, aunque adúltera, como el amor de Jehová para con los hijos de Israel; los cuales miran á dioses ajenos, y aman frascos de vino.
Después volverán los hijos de Israel, y buscarán á Jehová su Dios, y á David su rey; y temerán á Jehová y á su bondad en el fin de los días.
Ciertamente hombre no contienda ni reprenda á hombre, porque tu pueblo es como los que resisten al sacerdote.
Comen del pecado de mi pueblo, y en su maldad levantan su alma.
Mi pueblo á su madero pregunta, y su palo le responde: porque espíritu de fornicaciones lo engañó, y fornicaron debajo de sus dioses.
Porque como becerra cerrera se apartó Israel: ¿apacentarálos ahora Jehová como á carneros en anchura?
SACERDOTES, oid esto, y estad atentos, casa de Israel; y casa del rey, escuchad: porque á vosotros es el juicio, pues habéis sido lazo en Mizpa, y red extendida sobre Tabor.
Y la soberbia de Israel le desmentirá en su cara: é Israel y Ephraim tropezarán en su pecado: tropezará también Judá con ellos.
Ephraim será asolado el día del castigo: en las tribus de Israel hice conocer verdad.
Y verá Ephraim su enfermedad, y Judá su llaga: irá entonces Ephraim al Assur, y enviará al rey Jareb ; mas él no os podrá sanar, ni os curará la llaga.
Darános vida después de dos días: al tercer día nos resucitará, y viviremos delante de él.
Porque misericordia quise, y no sacrificio; y conocimiento de Dios más que holocaustos.
En la casa de Israel he visto suciedad: allí fornicó Ephraim, se contaminó Israel:
Con su maldad alegran al rey, y á los príncipes con sus mentiras.
Todos ellos arden como un horno, y devoraron á sus jueces: cayeron todos sus reyes: no hay entre ellos quien á mí clame.
Y fué Ephraim como paloma incauta, sin entendimiento: llamarán á Egipto, acudirán al Asirio.
Y yo los ceñí, esforcé sus brazos, y contra mí pensaron mal.
Israel desamparó el bien: enemigo lo perseguirá.
Porque sembraron viento, y torbellino segarán: no tendrán mies, ni el fruto hará harina; si la hiciere, extraños la tragarán.
Porque multiplicó Ephraim altares para pecar, tuvo altares para pecar.
NO te alegres, oh Israel, hasta saltar de gozo como los pueblos, pues has fornicadoapartándotede tu Dios: amaste salario por todas las eras de trigo.
¿Qué haréis el día de la solemnidad, y el día de la fiesta de Jehová?
Llegaron al profundo, corrompiéronse, como en los días de Gabaa: ahora se acordará de su iniquidad; visitará su pecado.
Ephraim, según veo, es semejante á Tiro, asentada en lugar delicioso: mas Ephraim sacará sus hijos al matador.
Mi Dios los desechará, porque ellos no le oyeron; y andarán errantes entre las gentes.
Han hablado palabras jurando en vano al hacer alianza: por tanto, el juicio florecerá como ajenjo en los surcos del campo.
Y los altares de Avén serán destruídos, el pecado de Israel; crecerá sobre sus altares espino y cardo. Y dirán á los montes: Cubridnos; y á los collados: Caed sobre nosotros.
Sembrad para vosotros en justicia, segad para vosotros en misericordia; arad para vosotros barbecho: porque es el tiempo de buscar á Jehová, hasta que venga y os enseñe justicia.
CUANDO Israel era muchacho, yo lo amé, y de Egipto llamé á mi hijo.
No tornará á tierra de Egipto, antes el mismo Assur será su rey, porque no se quisieron convertir.
No ejecutaré el furor de mi ira, no volveré para destruir á Ephraim: porque Dios soy, y no hombre; el Santo en medio de ti: y no entraré en la ciudad.
Ephraim se apacienta del viento, y sigue al solano: mentira y destrucción aumenta continuamente ; porque hicieron alianza con los Asirios, y aceite se lleva á Egipto.
Mas Jehová es Dios de los ejércitos: Jehová es su memorial.
Empero yo soy Jehová tu Dios desde la tierra de Egipto: aun te haré morar en tiendas, como en los días de la fiesta.
Y por profeta hizo subir Jehová á Israel de Egipto, y por profeta fué guardado. Enojado ha Ephraim á Dios con amarguras; por tanto, sus sangres se derramarán sobre él, y su Señor le pagará su oprobio.
Mas yo soy Jehová tu Dios desde la tierra de Egipto: no conocerás pues Dios fuera de mí, ni otro Salvador sino á mí.
Como oso que ha perdido los hijos los encontraré, y romperé las telas de su corazón, y allí los devoraré como león: bestia del campo los despedazará.
Atada está la maldad de Ephraim; su pecado está guardado.
Samaria será asolada, porque se rebeló contra su Dios: caerán á cuchillo: sus niños serán estrellados, y sus preñadas serán abiertas.
Yo medicinaré su rebelión, amarélos de voluntad: porque mi furor se apartó de ellos.
Ephraim dirá: ¿Qué más tendré ya con los ídolos? Yo lo oiré, y miraré; yo seré á él como la haya verde: de mí será hallado tu fruto.
De esto contaréis á vuestros hijos, y vuestros hijos á sus hijos, y sus hijos á la otra generación.
Asoló mi vid, y descortezó mi higuera: del todo la desnudó y derribó: sus ramas quedaron blancas.
Confundíos, labradores, aullad, viñeros, por el trigo y la cebada; porque se perdió la mies del campo.
¡Ay del día! porque cercano está el día de Jehová, y vendrá como destrucción por el Todopoderoso.
A ti, oh Jehová, clamaré: porque fuego consumió los pastos del desierto, y llama abrasó todos los árboles del campo.
Delante de él consumirá fuego, tras de él abrasará llama; como el huerto de Edén será la tierra delante de él, y detrás de él como desierto asolado; ni tampoco habrá quien de él escape.
Como valientes correrán, como hombres de guerra subirán la muralla; y cada cual irá en sus caminos, y no torcerán sus sendas.
Y Jehová dará su voz delante de su ejército: porque muchos son sus reales y fuertes, que ponen en efecto su palabra: porque grande es el día de Jehová, y muy terrible; ¿y quién lo podrá sufrir?
Tocad trompeta en Sión, pregonad ayuno, llamad á congregación.
Y responderá Jehová, y dirá á su pueblo: He aquí yo os envío pan, y mosto, y aceite, y seréis saciados de ellos: y nunca más os pondré en oprobio entre las gentes.
Vosotros también, hijos de Sión, alegraos y gozaos en Jehová vuestro Dios; porque os ha dado la primera lluvia arregladamente, y hará descender sobre vosotros lluvia temprana y tardía como al principio.
Y conoceréis que en medio de Israel estoy yo, y que yo soy Jehová vuestro Dios, y no hay otro: y mi pueblo nunca jamás será avergonzado.
El sol se tornará en tinieblas, y la luna en sangre, antes que venga el día grande y espantoso de Jehová.
Y echaron suertes sobre mi pueblo, y á los niños dieron por una ramera, y vendieron las niñas por vino para beber.
He aquí los levantaré yo del lugar donde los vendisteis, y volveré vuestra paga sobre vuestra cabeza:
Juntaos y venid, gentes todas de alrededor, y congregaos: haz venir allí, oh Jehová, tus fuertes.
El sol y la luna se oscurecerán, y las estrellas retraerán su resplandor.
Egipto será destruído, y Edom será vuelto en asolado desierto, por la injuria hecha á los hijos de Judá: porque derramaron en su tierra la sangre inocente.
Y dijo: Jehová bramará desde Sión, y dará su voz desde Jerusalem; y las estancias de los pastores se enlutarán, y secaráse la cumbre del Carmelo.
Así ha dicho Jehová: Por tres pecados de Gaza, y por el cuarto, no desviaré su castigo; porque llevó cautiva toda la cautividad, para entregarlos á Edom.
Y meteré fuego en el muro de Tiro, y consumirá sus palacios.
Y encenderé fuego en el muro de Rabba, y consumirá sus palacios con estruendo en día de batalla, con tempestad en día tempestuoso:
Y quitaré el juez de en medio de él, y mataré con él á todos sus príncipes, dice Jehová.
Que anhelan porque haya polvo de tierra sobre la cabeza de los pobres, y tuercen el camino de los humildes: y el hombre y su padre entraron á la misma moza, profanando mi santo nombre.
Y levanté de vuestros hijos para profetas, y de vuestros mancebos para que fuesen Nazareos. ¿No es esto así, dice Jehová, hijos de Israel?
Y el que toma el arco no resistirá, ni escapará el ligero de pies, ni el que cabalga en caballo salvará su vida.
¿Andarán dos juntos, si no estuvieren de concierto?
Porque no hará nada el Señor Jehová, sin que revele su secreto á sus siervos los profetas.
Por tanto, el Señor Jehová ha dicho así: Un enemigo habrá aún por todos lados de la tierra, y derribará de ti tu fortaleza, y tus palacios serán saqueados.
Y heriré la casa del invierno con la casa del verano, y las casas de marfil perecerán; y muchas casas serán arruinadas, dice Jehová.
Id á Beth-el, y prevaricad; en Gilgal aumentad la rebelión, y traed de mañana vuestros sacrificios, y vuestros diezmos cada tres años;
Y venían dos ó tres ciudades á una ciudad para beber agua, y no se hartaban: con todo no os tornasteis á mí, dice Jehová.
Por tanto, de esta manera haré á ti, oh Israel: y porque te he de hacer esto, aparéjate para venir al encuentro á tu Dios, oh Israel.
Porque así ha dicho el Señor Jehová: La ciudad que sacaba mil, quedará con ciento; y la que sacaba ciento, quedará con diez, en la casa de Israel.
Los que convierten en ajenjo el juicio, y dejan en tierra la justicia,
Por tanto, pues que vejáis al pobre y recibís de él carga de trigo; edificasteis casas de sillares, mas no las habitaréis; plantasteis hermosas viñas, mas no beberéis el vino de ellas.
Aborreced el mal, y amad el bien, y poned juicio en la puerta: quizá Jehová, Dios de los ejércitos, tendrá piedad del remanente de José.
Como el que huye de delante del león, y se topa con el oso; ó si entrare en casa y arrimare su mano á la pared, y le muerda la culebra.
Quita de mí la multitud de tus cantares, que no escucharé las salmodias de tus instrumentos.
Hareos pues trasportar más allá de Damasco, ha dicho Jehová, cuyo nombre es Dios de los ejércitos.
Duermen en camas de marfil, y se extienden sobre sus lechos; y comen los corderos del rebaño, y los becerros de en medio del engordadero;
El Señor Jehová juró por su alma, Jehová Dios de los ejércitos ha dicho: Tengo en abominación la grandeza de Jacob, y aborrezco sus palacios: y la ciudad y su plenitud entregaré al enemigo.
¿Correrán los caballos por las peñas? ¿ararán en ellas con vacas? ¿por qué habéis vosotros tornado el juicio en veneno, y el fruto de justicia en ajenjo?
Y acaeció que como acabó de comer la hierba de la tierra, yo dije: Señor Jehová, perdona ahora; ¿quién levantará á Jacob? porque es pequeño.
Arrepintióse Jehová de esto: No será esto tampoco, dijo el Señor Jehová.
Entonces Amasías sacerdote de Beth-el envió á decir á Jeroboam, rey de Israel: Amós se ha conjurado contra ti en medio de la casa de Israel: la tierra no puede sufrir todas sus palabras.
Entonces respondió Amós, y dijo á Amasías: No soy profeta, ni soy hijo de profeta, sino que soy boyero, y cogedor de cabrahigos:
ASÍ me ha mostrado Jehová: y he aquí un canastillo de fruta de verano.
Diciendo: ¿Cuándo pasará el mes, y venderemos el trigo; y la semana, y abriremos los alfolíes del pan, y achicaremos la medida, y engrandeceremos el precio, y falsearemos el peso engañoso;
Y acaecerá en aquel día, dice el Señor Jehová, que haré se ponga el sol al mediodía, y la tierra cubriré de tinieblas en el día claro.
En aquel tiempo las doncellas hermosas y los mancebos desmayarán de sed.
Y si se escondieren en la cumbre del Carmelo, allí los buscaré y los tomaré; y aunque se escondieren de delante de mis ojos en el profundo de la mar, allí mandaré á la culebra, y morderálos.
Hijos de Israel, ¿no me sois vosotros, dice Jehová, como hijos de Etiopes? ¿no hice yo subir á Israel de la tierra de Egipto, y á los Palestinos de Caphtor, y de Chîr á los Arameos?
En aquel día yo levantaré el tabernáculo de David, caído, y cerraré sus portillos, y levantaré sus ruinas, y edificarélo como en el tiempo pasado;
Pues los plantaré sobre su tierra, y nunca más serán arrancados de su tierra que yo les dí, ha dicho Jehová Dios tuyo.
Si te encaramares como águila, y si entre las estrellas pusieres tu nido, de ahí te derribaré, dice Jehová.
¿No haré que perezcan en aquel día, dice Jehová, los sabios de Edom, y la prudencia del monte de Esaú?
Pues no debiste tú estar mirando en el día de tu hermano, el día en que fué extrañado: no te habías de haber alegrado de los hijos de Judá en el día que se perdieron, ni habías de ensanchar tu boca en el día de la angustia:
De la manera que vosotros bebisteis en mi santo monte, beberán todas las gentes de continuo; beberán, y engullirán, y serán como si no hubieran sido.
Y los cautivos de aqueste ejército de los hijos de Israel poseerán lo de los Cananeos hasta Sarepta; y los cautivos de Jerusalem, que están en Sepharad, poseerán las ciudades del mediodía.
Y Jonás se levantó para huir de la presencia de Jehová á Tarsis, y descendió á Joppe; y halló un navío que partía para Tarsis; y pagando su pasaje entró en él, para irse con ellos á Tarsis de delante de Jehová.
Y dijeron cada uno á su compañero: Venid, y echemos suertes, para saber por quién nos ha venido este mal. Y echaron suertes, y la suerte cayó sobre Jonás.
Y dijéronle: ¿Qué te haremos, para que la mar se nos quiete? porque la mar iba á más, y se embravecía.
Y tomaron á Jonás, y echáronlo á la mar; y la mar se quietó de su furia.
Y dijo: Clamé de mi tribulación á Jehová, y él me oyó; del vientre del sepulcro clamé, y mi voz oiste.
Descendí á las raíces de los montes; la tierra echó sus cerraduras sobre mí para siempre: mas tú sacaste mi vida de la sepultura, oh Jehová Dios mío.
Y FUÉ palabra de Jehová segunda vez á Jonás, diciendo:
Y los hombres de Nínive creyeron á Dios, y pregonaron ayuno, y vistiéronse de sacos desde el mayor de ellos hasta el menor de ellos.
¿Quién sabe si se volverá y arrepentirá Dios, y se apartará del furor de su ira, y no pereceremos?
Ahora pues, oh Jehová, ruégote que me mates; porque mejor me es la muerte que la vida.
Mas Dios preparó un gusano al venir la mañana del día siguiente, el cual hirió á la calabacera, y secóse.
¿Y no tendré yo piedad de Nínive, aquella grande ciudad donde hay más de ciento y veinte mil personas que no conocen su mano derecha ni su mano izquierda, y muchos animales?
Y debajo de él se derretirán los montes, y los valles se hendirán como la cera delante del fuego, como las aguas que corren por un precipicio.
Por tanto lamentaré y aullaré, y andaré despojado y desnudo; haré gemido como de chacales, y lamento como de avestruces.
Porque la moradora de Maroth tuvo dolor por el bien; por cuanto el mal descendió de Jehová hasta la puerta de Jerusalem.
Mésate y trasquílate por los hijos de tus delicias: ensancha tu calva como águila; porque fueron trasportados de ti.
En aquel tiempo se levantará sobre vosotros refrán, y se endechará endecha de lamentación, diciendo: Del todo fuimos destruídos; ha cambiado la parte de mi pueblo. ¡Cómo nos quitó nuestros campos! dió, repartiólos á otros.
El que ayer era mi pueblo, se ha levantado como enemigo: tras las vestiduras quitasteis las capas atrevidamente á los que pasaban, como los que vuelven de la guerra.
De cierto te reuniré todo, oh Jacob: recogeré ciertamente el resto de Israel: pondrélo junto como ovejas de Bosra, como rebaño en mitad de su majada: harán estruendo por la multitud de los hombres.
Que comen asimismo la carne de mi pueblo, y les desuellan su piel de sobre ellos, y les quebrantan sus huesos y los rompen, como para el caldero, y como carnes en olla.
Y serán avergonzados los profetas, y confundiránse los adivinos; y ellos todos cubrirán su labio, porque no hay respuesta de Dios.
Sus cabezas juzgan por cohecho, y sus sacerdotes enseñan por precio, y sus profetas adivinan por dinero; y apóyanse en Jehová diciendo: ¿No está Jehová entre nosotros? No vendrá mal sobre nosotros.
Y juzgará entre muchos pueblos, y corregirá fuertes gentes hasta muy lejos: y martillarán sus espadas para azadones, y sus lanzas para hoces: no alzará espada gente contra gente, ni más se ensayarán para la guerra.
Y pondré á la coja para sucesión, y á la descarriada para nación robusta: y Jehová reinará sobre ellos en el monte de Sión desde ahora para siempre.
Ahora empero se han juntado muchas gentes contra ti, y dicen: Sea profanada, y vean nuestros ojos su deseo sobre Sión.
Mas tú, Beth-lehem Ephrata, pequeña para ser en los millares de Judá, de ti me saldrá el que será Señor en Israel; y sus salidas son desde el principio, desde los días del siglo.
Y comerán la tierra de Assur á cuchillo, y la tierra de Nimrod con sus espadas: y nos librará del Asirio, cuando viniere contra nuestra tierra y hollare nuestros términos.
Y acontecerá en aquel día, dice Jehová, que haré matar tus caballos de en medio de ti, y haré destruir tus carros.
Y arrancaré tus bosques de en medio de ti, y destruiré tus ciudades.
Pueblo mío, ¿qué te he hecho, ó en qué te he molestado? Responde contra mí.
¿Agradaráse Jehová de millares de carneros, ó de diez mil arroyos de aceite? ¿daré mi primogénito por mi rebelión, el fruto de mi vientre por el pecado de mi alma?
¿Seré limpio con peso falso, y con bolsa de engañosas pesas?
Tú sembrarás, mas no segarás: pisarás aceitunas, mas no te ungirás con el aceite; y mosto, mas no beberás el vino.
Para completar la maldad con sus manos, el príncipe demanda, y el juez juzga por recompensa; y el grande habla el antojo de su alma, y lo confirman.
Yo empero á Jehová esperaré, esperaré al Dios de mi salud: el Dios mío me oirá.
El día en que se edificarán tus muros, aquel día será alejado el mandamiento.
Yo les mostraré maravillas como el día que saliste de Egipto.
El tornará, él tendrá misericordia de nosotros; él sujetará nuestras iniquidades, y echará en los profundos de la mar todos nuestros pecados.
Jehová es tardo para la ira, y grande en poder, y no tendrá al culpado por inocente. Jehová marcha entre la tempestad y turbión, y las nubes son el polvo de sus pies.
Bueno es Jehová para fortaleza en el día de la angustia; y conoce á los que en él confían.
De ti salió el que pensó mal contra Jehová, un consultor impío.
He aquí sobre los montes los pies del que trae buenas nuevas, del que pregona la paz. Celebra, oh Judá, tus fiestas, cumple tus votos: porque nunca más pasará por ti el malvado; pereció del todo.
Los carros se precipitarán á las plazas, discurrirán por las calles: su aspecto como hachas encendidas; correrán como relámpagos.
Y fué Nínive de tiempo antiguo como estanque de aguas; mas ellos huyen: Parad, parad; y ninguno mira.
El león arrebataba en abundancia para sus cachorros, y ahogaba para sus leonas, y henchía de presa sus cavernas, y de robo sus moradas.
Caballero enhiesto, y resplandor de espada, y resplandor de lanza; y multitud de muertos, y multitud de cadáveres; y de sus cadáveres no habrá fin, y en sus cadáveres tropezarán:
Y será que todos los que te vieren, se apartarán de ti, y dirán: Nínive es asolada: ¿quién se compadecerá de ella? ¿dónde te buscaré consoladores?
Tú también serás embriagada, serás encerrada; tú también buscarás fortaleza á causa del enemigo.
Allí te consumirá el fuego, te talará la espada, te devorará como pulgón: multiplícate como langosta, multiplícate como langosta.
No hay cura para tu quebradura; tu herida se encrudeció: todos los que oyeron tu fama, batirán las manos sobre ti, porque ¿sobre quién no pasó continuamente tu malicia?
Por lo cual la ley es debilitada, y el juicio no sale verdadero: por cuanto el impío asedia al justo, por eso sale torcido el juicio.
Y serán sus caballos más ligeros que tigres, y más agudos que lobos de tarde; y sus jinetes se multiplicarán: vendrán de lejos sus caballeros, y volarán como águilas que se apresuran á la comida.
¿No eres tú desde el principio, oh Jehová, Dios mío, Santo mío? No moriremos. Oh Jehová, para juicio lo pusiste; y tú, oh Roca, lo fundaste para castigar.
Por esto hará sacrificios á su red, y ofrecerá sahumerios á su aljerife: porque con ellos engordó su porción, y engrasó su comida.
Aunque la visión tardará aún por tiempo, mas al fin hablará, y no mentirá: aunque se tardare, espéralo, que sin duda vendrá; no tardará.
¿No se levantarán de repente los que te han de morder, y se despertarán los que te han de quitar de tu lugar, y serás á ellos por rapiña?
Porque la piedra clamará desde el muro, y la tabla del enmaderado le responderá.
¡Ay del que da de beber á sus compañeros, que les acercas tu hiel y embriagas, para mirar sus desnudeces!
¡Ay del que dice al palo: Despiértate; y á la piedra muda: Levántate! ¿Podrá él enseñar? He aquí él está cubierto de oro y plata, y no hay dentro de él espíritu.
Dios vendrá de Temán, y el Santo del monte de Parán. (Selah.) Su gloria cubrió los cielos, y la tierra se llenó de su alabanza.
He visto las tiendas de Cushán en aflicción; las tiendas de la tierra de Madián temblaron.
El sol y la luna se pararon en su estancia: á la luz de tus saetas anduvieron, y al resplandor de tu fulgente lanza.
Hiciste camino en la mar á tus caballos, por montón de grandes aguas.
Jehová el Señor es mi fortaleza, el cual pondrá mis pies como de ciervas, y me hará andar sobre mis alturas. Al jefe de los cantores sobre mis instrumentos de cuerdas.
Y extenderé mi mano sobre Judá, y sobre todos los moradores de Jerusalem, y exterminaré de este lugar el remanente de Baal, y el nombre de los Chemarim con los sacerdotes;
Y será que en el día del sacrificio de Jehová, haré visitación sobre los príncipes, y sobre los hijos del rey, y sobre todos los que visten vestido extranjero.
Y será en aquel tiempo, que yo escudriñaré á Jerusalem con candiles, y haré visitación sobre los hombres que están sentados sobre sus heces, los cuales dicen en su corazón: Jehová ni hará bien ni mal.
Día de trompeta y de algazara, sobre las ciudades fuertes, y sobre las altas torres.
Antes que pára el decreto, y el día se pase como el tamo; antes que venga sobre vosotros el furor de la ira de Jehová, antes que el día de la ira de Jehová venga sobre vosotros.
Y será la parte de la mar por moradas de cabañas de pastores, y corrales de ovejas.
Esto les vendrá por su soberbia, porque afrentaron, y se engrandecieron contra el pueblo de Jehová de los ejércitos.
Y rebaños de ganado harán en ella majada, todas las bestias de las gentes; el onocrótalo también y el erizo dormirán en sus umbrales: su voz cantará en las ventanas; asolación será en las puertas, porque su enmaderamiento de cedro será descubierto.
Sus príncipes en medio de ella son leones bramadores: sus jueces, lobos de tarde que no dejan hueso para la mañana:
Dije: Ciertamente me temerás, recibirás corrección; y no será su habitación derruída por todo aquello sobre que los visité. Mas ellos se levantaron de mañana, y corrompieron todas sus obras.
En aquel día no serás avergonzada por ninguna de tus obras con que te rebelaste contra mí; porque entonces quitaré de en medio de ti los que se alegran en tu soberbia, y nunca más te ensoberbecerás del monte de mi santidad.
Jehová ha apartado tus juicios, ha echado fuera tus enemigos: Jehová es Rey de Israel en medio de ti; nunca más verás mal.
He aquí, en aquel tiempo yo apremiaré á todos tus opresores; y salvaré la coja, y recogeré la descarriada; y pondrélos por alabanza y por renombre en todo país de confusión.
Fué pues palabra de Jehová por mano del profeta Haggeo, diciendo:
Así ha dicho Jehová de los ejércitos: Meditad sobre vuestros caminos.
Y llamé la sequedad sobre esta tierra, y sobre los montes, y sobre el trigo, y sobre el vino, y sobre el aceite, y sobre todo lo que la tierra produce, y sobre los hombres y sobre las bestias, y sobre todo trabajo de manos.
En el día veinte y cuatro del mes sexto, en el segundo año del rey Darío.
Pues ahora, Zorobabel, esfuérzate, dice Jehová; esfuérzate también Josué, hijo de Josadac, gran sacerdote; y cobra ánimo, pueblo todo de la tierra, dice Jehová, y obrad: porque yo soy con vosotros, dice Jehová de los ejércitos.
Mía es la plata, y mío el oro, dice Jehová de los ejércitos.
Si llevare alguno las carnes sagradas en la falda de su ropa, y con el vuelo de ella tocare el pan, ó la vianda, ó el vino, ó el aceite, ú otra cualquier comida, ¿será santificado? Y respondieron los sacerdotes, y dijeron: No.
Antes que fuesen estas cosas, venían al montón de veinte hanegas, y había diez; venían al lagar para sacar cincuenta cántaros del lagar, y había veinte.
Y fué segunda vez palabra de Jehová á Haggeo, á los veinticuatro del mismo mes, diciendo:
EN el mes octavo, en el año segundo de Darío, fué palabra de Jehová á Zacarías profeta, hijo de Berechîas, hijo de Iddo, diciendo:
Vuestros padres, ¿dónde están? y los profetas ¿han de vivir para siempre?
Entonces dije: ¿Qué son éstos, señor mío? Y díjome el ángel que hablaba conmigo: Yo te enseñaré qué son éstos.
Y Jehová respondió buenas palabras, palabras consolatorias á aquel ángel que hablaba conmigo.
Clama aún, diciendo: Así dice Jehová de los ejércitos: Aun serán ensanchadas mis ciudades por la abundancia del bien; y aun consolará Jehová á Sión, y escogerá todavía á Jerusalem.
Y yo dije: ¿Qué vienen éstos á hacer? Y respondióme, diciendo: Estos son los cuernos que aventaron á Judá, tanto que ninguno alzó su cabeza; mas éstos han venido para hacerlos temblar, para derribar los cuernos de las gentes, que alzaron el cuerno sobre la tierra de Judá para aventarla.
Y díjole: Corre, habla á este mozo, diciendo: Sin muros será habitada Jerusalem á causa de la multitud de los hombres, y de las bestias en medio de ella.
Porque así ha dicho Jehová de los ejércitos: Después de la gloria me enviará él á las gentes que os despojaron: porque el que os toca, toca á la niña de su ojo.
Y Jehová poseerá á Judá su heredad en la tierra santa, y escogerá aún á Jerusalem.
Y Josué estaba vestido de vestimentas viles, y estaba delante del ángel.
Así dice Jehová de los ejércitos: Si anduvieres por mis caminos, y si guardares mi ordenanza, también tú gobernarás mi casa, también tú guardarás mis atrios, y entre estos que aquí están te daré plaza.
Y VOLVIÓ el ángel que hablaba conmigo, y despertóme como un hombre que es despertado de su sueño.
Y el ángel que hablaba conmigo respondió, y díjome: ¿No sabes qué es esto? Y dije: No, señor mío.
Las manos de Zorobabel echarán el fundamento á esta casa, y sus manos la acabarán; y conocerás que Jehová de los ejércitos me envió á vosotros.
Y respondióme, diciendo: ¿No sabes qué es esto? Y dije: Señor mío, no.
Díjome entonces: Esta es la maldición que sale sobre la haz de toda la tierra; porque todo aquel que hurta, (como está de la una parte del rollo) será destruído; y todo aquel que jura, (como está de la otra parte del rollo) será destruído.
Y he aquí, traían un talento de plomo, y una mujer estaba asentada en medio de aquel epha.
Y él me respondió: Para que le sea edificada casa en tierra de Shinar: y será asentado y puesto allá sobre su asiento.
Respondí entonces, y dije al ángel que conmigo hablaba: Señor mío, ¿qué es esto?
Luego me llamó, y hablóme diciendo: Mira, los que salieron hacia la tierra del aquilón hicieron reposar mi espíritu en la tierra del aquilón.
Y le hablarás, diciendo: Así ha hablado Jehová de los ejércitos, diciendo: He aquí el varón cuyo nombre es Pimpollo, el cual germinará de su lugar, y edificará el templo de Jehová:
Y ACONTECIÓ en el año cuarto del rey Darío, que fué palabra de Jehová á Zacarías á los cuatro del mes noveno, que es Chisleu;
Habla á todo el pueblo del país, y á los sacerdotes, diciendo: Cuando ayunasteis y llorasteis en el quinto y en el séptimo mes estos setenta años, ¿habéis ayunado para mí?
Así habló Jehová de los ejércitos, diciendo: Juzgad juicio verdadero, y haced misericordia y piedad cada cual con su hermano:
Y aconteció que como él clamó, y no escucharon, así ellos clamaron, y yo no escuché, dice Jehová de los ejércitos;
Así dice Jehová: Yo he restituído á Sión, y moraré en medio de Jerusalem: y Jerusalem se llamará Ciudad de Verdad, y el monte de Jehová de los ejércitos, Monte de Santidad.
Así ha dicho Jehová de los ejércitos: He aquí, yo salvo mi pueblo de la tierra del oriente, y de la tierra donde se pone el sol;
Mas ahora no lo haré con el resto de este pueblo como en aquellos días pasados, dice Jehová de los ejércitos.
Así tornando he pensado de hacer bien á Jerusalem y á la casa de Judá en estos días: no temáis.
Así ha dicho Jehová de los ejércitos: El ayuno del cuarto mes, y el ayuno del quinto, y el ayuno del séptimo, y el ayuno del décimo, se tornarán á la casa de Judá en gozo y alegría, y en festivas solemnidades. Amad pues verdad y paz.
Así ha dicho Jehová de los ejércitos: En aquellos días acontecerá que diez hombres de todas las lenguas de las gentes, trabarán de la falda de un Judío , diciendo: Iremos con vosotros, porque hemos oído que Dios está con vosotros.
He aquí, el Señor la empobrecerá, y herirá en la mar su fortaleza, y ella será consumida de fuego.
Y seré real de ejército á mi casa, á causa del que va y del que viene: y no pasará más sobre ellos angustiador; porque ahora miré con mis ojos.
Tornaos á la fortaleza, oh presos de esperanza: hoy también os anuncio que os daré doblado.
Y los salvará en aquel día Jehová su Dios como á rebaño de su pueblo: porque serán engrandecidos en su tierra como piedras de corona.
Contra los pastores se ha encendido mi enojo, y castigaré los machos de cabrío: mas Jehová de los ejércitos visitará su rebaño, la casa de Judá, y tornarálos como su caballo de honor en la guerra.
Y será Ephraim como valiente, y alegraráse su corazón como de vino: sus hijos también verán y se alegrarán; su corazón se gozará en Jehová.
Y la tribulación pasará por la mar, y en la mar herirá las ondas, y se secarán todas las honduras del río: y la soberbia del Assur será derribada, y se perderá el cetro de Egipto.
Voz de aullido de pastores, porque su magnificencia es asolada; estruendo de bramidos de cachorros de leones, porque la soberbia del Jordán es destruída.
Apacenté pues las ovejas de la matanza, es á saber, los pobres del rebaño. Y me tomé dos cayados; al uno puse por nombre Suavidad, y al otro Ataduras; y apacenté las ovejas.
Y fué deshecho en ese día, y así conocieron los pobres del rebaño que miran á mí, que era palabra de Jehová.
Y díjome Jehová: Toma aún el hato de un pastor insensato;
He aquí, yo pongo á Jerusalem por vaso de temblor á todos los pueblos de alrededor cuando estén en el sitio contra Judá y contra Jerusalem.
En aquel día pondré los capitanes de Judá como un brasero de fuego en leña, y como una hacha de fuego en gavillas; y consumirán á diestra y á siniestra todos los pueblos alrededor: y Jerusalem será otra vez habitada en su lugar, en Jerusalem.
Y derramaré sobre la casa de David, y sobre los moradores de Jerusalem, espíritu de gracia y de oración; y mirarán á mí, á quien traspasaron, y harán llanto sobre él, como llanto sobre unigénito, afligiéndose sobre él como quien se aflige sobre primogénito.
Todos los otros linajes, los linajes por sí, y sus mujeres por sí.
Y será en aquel tiempo, que todos los profetas se avergonzarán de su visión cuando profetizaren; ni nunca más se vestirán de manto velloso para mentir.
Y acontecerá en toda la tierra, dice Jehová, que las dos partes serán taladas en ella, y se perderán; mas la tercera quedará en ella.
Después saldrá Jehová, y peleará con aquellas gentes, como peleó el día de la batalla.
Y será un día, el cual es conocido de Jehová, que ni será día ni noche; mas acontecerá que al tiempo de la tarde habrá luz.
Y morarán en ella, y nunca más será anatema; sino que será Jerusalem habitada confiadamente.
Y tal como esto será la plaga de los caballos, de los mulos, de los camellos, de los asnos, y de todas las bestias que estuvieren en aquellos campamentos.
Esta será la pena del pecado de Egipto, y del pecado de todas las gentes que no subieren á celebrar la fiesta de las Cabañas.
Yo os he amado, dice Jehová: y dijisteis: ¿En qué nos amaste? ¿No era Esaú hermano de Jacob, dice Jehová, y amé á Jacob,
El hijo honra al padre, y el siervo á su señor: si pues soy yo padre, ¿qué es de mi honra? y si soy señor, ¿qué es de mi temor?, dice Jehová de los ejércitos á vosotros, oh sacerdotes, que menospreciáis mi nombre. Y decís: ¿En qué hemos menospreciado tu nombre?
¿Quién también hay de vosotros que cierre las puertas ó alumbre mi altar de balde? Yo no recibo contentamiento en vosotros, dice Jehová de los ejércitos, ni de vuestra mano me será agradable el presente.
Maldito el engañoso, que tiene macho en su rebaño, y promete, y sacrifica lo dañado á Jehová: porque yo soy Gran Rey, dice Jehová de los ejércitos, y mi nombre es formidable entre las gentes.
Y sabréis que yo os envié este mandamiento, para que fuese mi pacto con Leví, ha dicho Jehová de los ejércitos.
Mas vosotros os habéis apartado del camino; habéis hecho tropezar á muchos en la ley; habéis corrompido el pacto de Leví, dice Jehová de los ejércitos.
Jehová talará de las tiendas de Jacob al hombre que hiciere esto, al que vela, y al que responde, y al que ofrece presente á Jehová de los ejércitos.
Porque Jehová Dios de Israel ha dicho que él aborrece que sea repudiada; y cubra la iniquidad con su vestido, dijo Jehová de los ejércitos. Guardaos pues en vuestros espíritus, y no seáis desleales.
Y sentarse ha para afinar y limpiar la plata: porque limpiará los hijos de Leví, los afinará como á oro y como á plata; y ofrecerán á Jehová ofrenda con justicia.
Desde los días de vuestros padres os habéis apartado de mis leyes, y no las guardasteis. Tornaos á mí, y yo me tornaré á vosotros, ha dicho Jehová de los ejércitos. Mas dijisteis: ¿En qué hemos de tornar?
Increparé también por vosotros al devorador, y no os corromperá el fruto de la tierra; ni vuestra vid en el campo abortará, dice Jehová de los ejércitos.
Decimos pues ahora, que bienaventurados los soberbios, y también que los que hacen impiedad son los prosperados: bien que tentaron á Dios, escaparon.
PORQUE he aquí, viene el día ardiente como un horno; y todos los soberbios, y todos los que hacen maldad, serán estopa; y aquel día que vendrá, los abrasará, ha dicho Jehová de los ejércitos, el cual no les dejará ni raíz ni rama.
He aquí, yo os envío á Elías el profeta, antes que venga el día de Jehová grande y terrible.
Y Judas engendró de Thamar á Phares y á Zara: y Phares engendró á Esrom: y Esrom engendró á Aram:
Y Salomón engendró á Roboam: y Roboam engendró á Abía: y Abía engendró á Asa:
Y Josías engendró á Jechônías y á sus hermanos, en la transmigración de Babilonia.
Y Eliud engendró á Eleazar: y Eleazar engendró á Mathán: y Mathán engendró á Jacob:
Y José su marido, como era justo, y no quisiese infamarla , quiso dejarla secretamente.
He aquí la virgen concebirá y parirá un hijo, y llamarás su nombre Emmanuel, que declarado, es: Con nosotros Dios.
Diciendo: ¿Dónde está el Rey de los Judíos, que ha nacido? porque su estrella hemos visto en el oriente, y venimos á adorarle .
Y tú, Bethlehem, de tierra de Judá, no eres muy pequeña entre los príncipes de Judá; porque de ti saldrá un guiador, que apacentará á mi pueblo Israel.
Y vista la estrella, se regocijaron con muy grande gozo.
Y él despertando, tomó al niño y á su madre de noche, y se fué á Egipto;
Voz fué oída en Ramá, grande lamentación, lloro y gemido: Rachêl que llora sus hijos; y no quiso ser consolada, porque perecieron .
Y oyendo que Archelao reinaba en Judea en lugar de Herodes su padre, temió ir allá: mas amonestado por revelación en sueños, se fué á las partes de Galilea.
Porque éste es aquel del cual fué dicho por el profeta Isaías, que dijo: Voz de uno que clama en el desierto: Aparejad el camino del Señor, enderezad sus veredas.
Y viendo él muchos de los Fariseos y de los Saduceos, que venían á su bautismo, decíales : Generación de víboras, ¿quién os ha enseñado á huir de la ira que vendrá?
Yo á la verdad os bautizo en agua para arrepentimiento; mas el que viene tras mí, más poderoso es que yo; los zapatos del cual yo no soy digno de llevar; él os bautizará en Espíritu Santo y en fuego.
Empero respondiendo Jesús le dijo: Deja ahora; porque así nos conviene cumplir toda justicia. Entonces le dejó.
Y habiendo ayunado cuarenta días y cuarenta noches, después tuvo hambre.
Y le dice: Si eres Hijo de Dios, échate abajo; que escrito está: A sus ángeles mandará por ti, y te alzarán en las manos, para que nunca tropieces con tu pie en piedra.
Entonces Jesús le dice: Vete, Satanás, que escrito está: Al Señor tu Dios adorarás y á él solo servirás.
Para que se cumpliese lo que fué dicho por el profeta Isaías, que dijo:
Y andando Jesús junto á la mar de Galilea, vió á dos hermanos, Simón, que es llamado Pedro, y Andrés su hermano, que echaban la red en la mar; porque eran pescadores.
Y ellos, dejando luego el barco y á su padre, le siguieron.
Y VIENDO las gentes, subió al monte; y sentándose , se llegaron á él sus discípulos.
Bienaventurados los mansos: porque ellos recibirán la tierra por heredad.
Bienaventurados los pacificadores: porque ellos serán llamados hijos de Dios.
Vosotros sois la sal de la tierra: y si la sal se desvaneciere ¿con qué será salada? no vale más para nada, sino para ser echada fuera y hollada de los hombres.
No penséis que he venido para abrogar la ley ó los profetas: no he venido para abrogar, sino á cumplir.
Oísteis que fué dicho á los antiguos: No matarás; mas cualquiera que matare, será culpado del juicio.
Concíliate con tu adversario presto, entre tanto que estás con él en el camino; porque no acontezca que el adversario te entregue al juez, y el juez te entregue al alguacil, y seas echado en prisión.
Por tanto, si tu ojo derecho te fuere ocasión de caer, sácalo , y échalo de ti: que mejor te es que se pierda uno de tus miembros, que no que todo tu cuerpo sea echado al infierno.
Además habéis oído que fué dicho á los antiguos: No te perjurarás; mas pagarás al Señor tus juramentos.
Mas sea vuestro hablar: Sí, sí; No, no; porque lo que es más de esto, de mal procede.
Y á cualquiera que te cargare por una milla, ve con él dos.
Para que seáis hijos de vuestro Padre que está en los cielos: que hace que su sol salga sobre malos y buenos, y llueve sobre justos é injustos.
MIRAD que no hagáis vuestra justicia delante de los hombres, para ser vistos de ellos: de otra manera no tendréis merced de vuestro Padre que está en los cielos.
Y cuando oras, no seas como los hipócritas; porque ellos aman el orar en las sinagogas, y en los cantones de las calles en pie, para ser vistos de los hombres: de cierto os digo, que ya tienen su pago.
Vosotros pues, oraréis así: Padre nuestro que estás en los cielos, santificado sea tu nombre.
Y no nos metas en tentación, mas líbranos del mal: porque tuyo es el reino, y el poder, y la gloria, por todos los siglos. Amén.
Mas tú, cuando ayunas, unge tu cabeza y lava tu rostro;
Porque donde estuviere vuestro tesoro, allí estará vuestro corazón.
Por tanto os digo: No os congojéis por vuestra vida, qué habéis de comer, ó qué habéis de beber; ni por vuestro cuerpo, qué habéis de vestir: ¿no es la vida más que el alimento, y el cuerpo que el vestido?
Mas os digo, que ni aun Salomón con toda su gloria fué vestido así como uno de ellos.
Mas buscad primeramente el reino de Dios y su justicia, y todas estas cosas os serán añadidas.
Y ¿por qué miras la mota que está en el ojo de tu hermano, y no echas de ver la viga que está en tu ojo?
Pedid, y se os dará; buscad, y hallaréis; llamad, y se os abrirá.
Pues si vosotros, siendo malos, sabéis dar buenas dádivas á vuestros hijos, ¿cuánto más vuestro Padre que está en los cielos, dará buenas cosas á los que le piden?
Y guardaos de los falsos profetas, que vienen á vosotros con vestidos de ovejas, mas de dentro son lobos rapaces.
Todo árbol que no lleva buen fruto, córtase y échase en el fuego.
Y entonces les protestaré: Nunca os conocí; apartaos de mí, obradores de maldad.
Y descendió lluvia, y vinieron ríos, y soplaron vientos, é hicieron ímpetu en aquella casa; y cayó, y fué grande su ruina.
Y he aquí un leproso vino, y le adoraba, diciendo: Señor, si quisieres, puedes limpiarme .
Y diciendo: Señor, mi mozo yace en casa paralítico, gravemente atormentado.
Y oyendo Jesús, se maravilló, y dijo á los que le seguían: De cierto os digo, que ni aun en Israel he hallado fe tanta.
Y vino Jesús á casa de Pedro, y vió á su suegra echada en cama, y con fiebre.
Y viendo Jesús muchas gentes alrededor de sí, mandó pasar á la otra parte del lago.
Y Jesús le dijo: Sígueme ; deja que los muertos entierren á sus muertos.
Y él les dice: ¿Por qué teméis , hombres de poca fe? Entonces, levantándose, reprendió á los vientos y á la mar; y fué grande bonanza.
Y estaba lejos de ellos un hato de muchos puercos paciendo.
Y he aquí, toda la ciudad salió á encontrar á Jesús: y cuando le vieron, le rogaban que saliese de sus términos.
Y viendo Jesús sus pensamientos, dijo: ¿Por qué pensáis mal en vuestros corazones?
Y las gentes, viéndolo, se maravillaron, y glorificaron á Dios, que había dado tal potestad á los hombres.
Y oyéndolo Jesús, les dijo: Los que están sanos no tienen necesidad de médico, sino los enfermos .
Y nadie echa remiendo de paño recio en vestido viejo; porque el tal remiendo tira del vestido, y se hace peor la rotura.
Y he aquí una mujer enferma de flujo de sangre doce años había, llegándose por detrás, tocó la franja de su vestido:
Díceles : Apartaos, que la muchacha no es muerta, mas duerme. Y se burlaban de él.
Y llegado á la casa, vinieron á él los ciegos; y Jesús les dice: ¿Creéis que puedo hacer esto? Ellos dicen: Sí, Señor.
Y saliendo ellos, he aquí, le trajeron un hombre mudo, endemoniado.
Y viendo las gentes, tuvo compasión de ellas; porque estaban derramadas y esparcidas como ovejas que no tienen pastor.
Y los nombres de los doce apóstoles son estos: el primero, Simón, que es dicho Pedro, y Andrés su hermano; Jacobo, hijode Zebedeo, y Juan su hermano;
Mas id antes á las ovejas perdidas de la casa de Israel.
Ni alforja para el camino, ni dos ropas de vestir, ni zapatos, ni bordón; porque el obrero digno es de su alimento.
Y cualquiera que no os recibiere, ni oyere vuestras palabras, salid de aquella casa ó ciudad, y sacudid el polvo de vuestros pies.
Y aun á príncipes y á reyes seréis llevados por causa de mí, por testimonio á ellos y á los Gentiles.
Y seréis aborrecidos de todos por mi nombre; mas el que soportare hasta el fin, éste será salvo.
Así que, no los temáis; porque nada hay encubierto, que no haya de ser manifestado; ni oculto, que no haya de saberse.
Pues aun vuestros cabellos están todos contados.
No penséis que he venido para meter paz en la tierra: no he venido para meter paz, sino espada.
Y el que no toma su cruz, y sigue en pos de mí, no es digno de mí.
Y cualquiera que diere á uno de estos pequeñitos un vaso de agua fría solamente, en nombre de discípulo, de cierto os digo, que no perderá su recompensa.
Y respondiendo Jesús, les dijo: Id, y haced saber á Juan las cosas que oís y veis:
Mas ¿qué salisteis á ver? ¿un hombre cubierto de delicados vestidos? He aquí, los que traen vestidos delicados, en las casas de los reyes están.
Desde los días de Juan el Bautista hasta ahora, al reino de los cielos se hace fuerza, y los valientes lo arrebatan.
Mas ¿á quién compararé esta generación? Es semejante á los muchachos que se sientan en las plazas, y dan voces á sus compañeros,
Entonces comenzó á reconvenir á las ciudades en las cuales habían sido hechas muy muchas de sus maravillas, porque no se habían arrepentido, diciendo:
Por tanto os digo, que á la tierra de los de Sodoma será más tolerable el castigo en el día del juicio, que á ti.
Venid á mí todos los que estáis trabajados y cargados, que yo os haré descansar.
Y viéndolo los Fariseos, le dijeron: He aquí tus discípulos hacen lo que no es lícito hacer en sábado.
Pues os digo que uno mayor que el templo está aquí.
Y he aquí había allí uno que tenía una mano seca: y le preguntaron, diciendo: ¿Es lícito curar en sábado? por acusarle .
Y salidos los Fariseos, consultaron contra él para destruirle .
He aquí mi siervo, al cual he escogido; mi Amado, en el cual se agrada mi alma: pondré mi Espíritu sobre él, y á los Gentiles anunciará juicio.
Entonces fué traído á él un endemoniado, ciego y mudo, y le sanó; de tal manera, que el ciego y mudo hablaba y veía.
Y si Satanás echa fuera á Satanás, contra sí mismo está dividido; ¿cómo, pues, permanecerá su reino?
El que no es conmigo , contra mí es; y el que conmigo no recoge, derrama.
Generación de víboras, ¿cómo podéis hablar bien, siendo malos? porque de la abundancia del corazón habla la boca.
Entonces respondieron algunos de los escribas y de los Fariseos, diciendo: Maestro, deseamos ver de ti señal.
La reina del Austro se levantará en el juicio con esta generación, y la condenará; porque vino de los fines de la tierra para oir la sabiduría de Salomón: y he aquí más que Salomón en este lugar.
Y estando él aún hablando á las gentes, he aquí su madre y sus hermanos estaban fuera, que le querían hablar.
Porque todo aquel que hiciere la voluntad de mi Padre que está en los cielos, ese es mi hermano, y hermana, y madre.
Y sembrando, partede la simientecayó junto al camino; y vinieron las aves, y la comieron.
Y parte cayó en buena tierra, y dió fruto, cuál á ciento, cuál á sesenta, y cuál á treinta.
Porque á cualquiera que tiene, se le dará, y tendrá más; pero al que no tiene, aun lo que tiene le será quitado.
Mas bienaventurados vuestros ojos, porque ven; y vuestros oídos, porque oyen.
Y el que fué sembrado en pedregales, éste es el que oye la palabra, y luego la recibe con gozo.
Otra parábola les propuso, diciendo: El reino de los cielos es semejante al hombre que siembra buena simiente en su campo:
Y él les dijo: Un hombre enemigo ha hecho esto. Y los siervos le dijeron: ¿Quieres, pues, que vayamos y la cojamos?
El cual á la verdad es la más pequeña de todas las simientes; mas cuando ha crecido, es la mayor de las hortalizas, y se hace árbol, que vienen las aves del cielo y hacen nidos en sus ramas.
Entonces, despedidas las gentes, Jesús se vino á casa; y llegándose á él sus discípulos, le dijeron: Decláranos la parábola de la cizaña del campo.
De manera que como es cogida la cizaña, y quemada al fuego, así será en el fin de este siglo.
Además, el reino de los cielos es semejante al tesoro escondido en el campo; el cual hallado, el hombre lo encubre, y de gozo de ello va, y vende todo lo que tiene, y compra aquel campo.
La cual estando llena, la sacaron á la orilla; y sentados, cogieron lo bueno en vasos, y lo malo echaron fuera.
Y él les dijo: Por eso todo escriba docto en el reino de los cielos, es semejante á un padre de familia , que saca de su tesoro cosas nuevas y cosas viejas.
¿Y no están todas sus hermanas con nosotros? ¿De dónde, pues, tiene éste todas estas cosas?
Y dijo á sus criados: Este es Juan el Bautista: él ha resucitado de los muertos, y por eso virtudes obran en él.
Mas celebrándose el día del nacimiento de Herodes, la hija de Herodías danzó en medio, y agradó á Herodes.
Y enviando, degolló á Juan en la cárcel.
Y saliendo Jesús, vió un gran gentío, y tuvo compasión de ellos, y sanó á los que de ellos había enfermos.
Y él les dijo: Traédmelos acá.
Y luego Jesús hizo á sus discípulos entrar en el barco, é ir delante de él á la otra parte del lago, entre tanto que él despedía á las gentes.
Y los discípulos, viéndole andar sobre la mar, se turbaron, diciendo: Fantasma es. Y dieron voces de miedo.
Mas viendo el viento fuerte, tuvo miedo; y comenzándose á hundir, dió voces, diciendo: Señor, sálvame .
Y llegando á la otra parte, vinieron á la tierra de Genezaret.
¿Por qué tus discípulos traspasan la tradición de los ancianos? porque no se lavan las manos cuando comen pan.
No deberá honrar á su padre ó á su madre con socorro. Así habéis invalidado el mandamiento de Dios por vuestra tradición.
Y llamando á sí las gentes, les dijo: Oid, y entended:
Dejadlos : son ciegos guías de ciegos; y si el ciego guiare al ciego, ambos caerán en el hoyo.
Mas lo que sale de la boca, del corazón sale; y esto contamina al hombre.
Y he aquí una mujer Cananea, que había salido de aquellos términos, clamaba, diciéndole: Señor, Hijo de David, ten misericordia de mí; mi hija es malamente atormentada del demonio.
Y respondiendo él, dijo: No es bien tomar el pan de los hijos, y echarlo á los perrillos.
Y llegaron á él muchas gentes, que tenían consigo cojos, ciegos, mudos, mancos, y otros muchos enfermos: y los echaron á los pies de Jesús, y los sanó:
Y Jesús les dice: ¿Cuántos panes tenéis? Y ellos dijeron: Siete, y unos pocos pececillos.
Y eran los que habían comido, cuatro mil hombres, sin las mujeres y los niños.
Y á la mañana: Hoy tempestad; porque tiene arreboles el cielo triste. Hipócritas, que sabéis hacer diferencia en la faz del cielo; ¿y en las señales de los tiempos no podéis?
Y ellos pensaban dentro de sí, diciendo: Esto dice porque no tomamos pan.
¿Cómo es que no entendéis que no por el pan os dije, que os guardaseis de la levadura de los Fariseos y de los Saduceos?
El les dice: Y vosotros, ¿quién decís que soy?
Y á ti daré las llaves del reino de los cielos; y todo lo que ligares en la tierra será ligado en los cielos; y todo lo que desatares en la tierra será desatado en los cielos.
Entonces él, volviéndose, dijo á Pedro: Quítate de delante de mí, Satanás; me eres escándalo; porque no entiendes lo que es de Dios sino lo que es de los hombres.
Porque el Hijo del hombre vendrá en la gloria de su Padre con sus ángeles, y entonces pagará á cada uno conforme á sus obras.
Y he aquí les aparecieron Moisés y Elías, hablando con él.
Entonces Jesús llegando, los tocó, y dijo: Levantaos, y no temáis.
Y respondiendo Jesús, les dijo: A la verdad, Elías vendrá primero, y restituirá todas las cosas.
Y diciendo: Señor, ten misericordia de mi hijo, que es lunático, y padece malamente; porque muchas veces cae en el fuego, y muchas en el agua.
Entonces, llegándose los discípulos á Jesús, aparte , dijeron: ¿Por qué nosotros no lo pudimos echar fuera?
Y le matarán; mas al tercer día resucitará. Y ellos se entristecieron en gran manera.
Mas porque no los escandalicemos, ve á la mar, y echa el anzuelo, y el primer pez que viniere, tómalo, y abierta su boca, hallarás un estatero: tómalo, y dáselo por mí y por ti.
Así que, cualquiera que se humillare como este niño, éste es el mayor en el reino de los cielos.
Por tanto, si tu mano ó tu pie te fuere ocasión de caer, córtalo y échalo de ti: mejor te es entrar cojo ó manco en la vida, que teniendo dos manos ó dos pies ser echado en el fuego eterno.
¿Qué os parece? Si tuviese algún hombre cien ovejas, y se descarriase una de ellas, ¿no iría por los montes, dejadas las noventa y nueve, á buscar la que se había descarriado?
Mas si no te oyere, toma aún contigo uno ó dos, para que en boca de dos ó de tres testigos conste toda palabra.
Porque donde están dos ó tres congregados en mi nombre, allí estoy en medio de ellos.
Y comenzando á hacer cuentas, le fué presentado uno que le debía diez mil talentos.
Y saliendo aquel siervo, halló á uno de sus consiervos, que le debía cien denarios; y trabando de él, le ahogaba, diciendo: Págame lo que debes.
Entonces llamándole su señor, le dice: Siervo malvado, toda aquella deuda te perdoné, porque me rogaste:
Y ACONTECIÓ que acabando Jesús estas palabras, se pasó de Galilea, y vino á los términos de Judea, pasado el Jordán.
Y dijo: Por tanto, el hombre dejará padre y madre, y se unirá á su mujer, y serán dos en una carne?
Y yo os digo que cualquiera que repudiare á su mujer, si no fuere por causa de fornicación, y se casare con otra, adultera: y el que se casare con la repudiada, adultera.
Entonces le fueron presentados unos niños, para que pusiese las manos sobre ellos, y orase; y los discípulos les riñeron.
Y él le dijo: ¿Por qué me llamas bueno? Ninguno es bueno sino uno, es á saber, Dios: y si quieres entrar en la vida, guarda los mandamientos.
Dícele Jesús: Si quieres ser perfecto, anda, vende lo que tienes, y dalo á los pobres, y tendrás tesoro en el cielo; y ven, sígueme .
Mas sus discípulos, oyendo estas cosas, se espantaron en gran manera, diciendo: ¿Quién pues podrá ser salvo?
Y cualquiera que dejare casas, ó hermanos, ó hermanas, ó padre, ó madre, ó mujer, ó hijos, ó tierras, por mi nombre, recibirá cien veces tanto, y heredará la vida eterna.
Y saliendo cerca de la hora de las tres, vió otros que estaban en la plaza ociosos;
Dícenle : Porque nadie nos ha ajustado. Díceles : Id también vosotros á la viña, y recibiréis lo que fuere justo.
Y tomándolo, murmuraban contra el padre de la familia,
¿No me es lícito á mí hacer lo que quiero con lo mío? ó ¿es malo tu ojo, porque yo soy bueno?
Y le entregarán á los Gentiles para que le escarnezcan, y azoten, y crucifiquen; mas al tercer día resucitará.
Y él les dice: A la verdad mi vaso beberéis, y del bautismo de que yo soy bautizado, seréis bautizados; mas el sentaros á mi mano derecha y á mi izquierda, no es mío darlo, sino á aquellos para quienes está aparejado de mi Padre.
Y el que quisiere entre vosotros ser el primero, será vuestro siervo:
Y la gente les reñía para que callasen; mas ellos clamaban más, diciendo: Señor, Hijo de David, ten misericordia de nosotros.
Y COMO se acercaron á Jerusalem, y vinieron á Bethfagé, al monte de las Olivas, entonces Jesús envió dos discípulos,
Decid á la hija de Sión: He aquí, tu Rey viene á ti, manso, y sentado sobre una asna, y sobre un pollino, hijo de animal de yugo.
Y las gentes que iban delante, y las que iban detrás, aclamaban diciendo: ¡Hosanna al Hijo de David! ¡Bendito el que viene en el nombre del Señor! ¡Hosanna en las alturas!
Y les dice: Escrito está: Mi casa, casa de oración será llamada; mas vosotros cueva de ladrones la habéis hecho.
Y dejándolos , se salió fuera de la ciudad, á Bethania; y posó allí.
Y respondiendo Jesús les dijo: De cierto os digo, que si tuviereis fe, y no dudareis, no sólo haréis esto de la higuera: mas si á este monte dijereis: Quítate y échate en la mar, será hecho.
El bautismo de Juan, ¿de dónde era? ¿del cielo, ó de los hombres? Ellos entonces pensaron entre sí, diciendo: Si dijéremos, del cielo, nos dirá: ¿Por qué pues no le creísteis?
Y respondiendo él, dijo: No quiero; mas después, arrepentido, fué.
Oid otra parábola: Fué un hombre, padre de familia, el cual plantó una viña; y la cercó de vallado, y cavó en ella un lagar, y edificó una torre, y la dió á renta á labradores, y se partió lejos.
Y á la postre les envió su hijo, diciendo: Tendrán respeto á mi hijo.
Dícenle : á los malos destruirá miserablemente, y su viña dará á renta á otros labradores, que le paguen el fruto á sus tiempos.
Y oyendo los príncipes de los sacerdotes y los Fariseos sus parábolas, entendieron que hablaba de ellos.
Y envió sus siervos para que llamasen los llamados á las bodas; mas no quisieron venir.
Y el rey, oyendoesto, se enojó; y enviando sus ejércitos, destruyó á aquellos homicidas, y puso fuego á su ciudad.
Y entró el rey para ver los convidados, y vió allí un hombre no vestido de boda.
Entonces, idos los Fariseos, consultaron cómo le tomarían en alguna palabra.
Mostradme la moneda del tributo. Y ellos le presentaron un denario.
Aquel día llegaron á él los Saduceos, que dicen no haber resurrección, y le preguntaron,
Y después de todos murió también la mujer.
Y de la resurrección de los muertos, ¿no habéis leído lo que os es dicho por Dios, que dice:
Y preguntó uno de ellos, intérprete de la ley, tentándole y diciendo:
Y el segundo es semejante á éste: Amarás á tu prójimo como á ti mismo.
El les dice: ¿Pues cómo David en Espíritu le llama Señor, diciendo:
ENTONCES habló Jesús á las gentes y á sus discípulos,
Antes, todas sus obras hacen para ser mirados de los hombres; porque ensanchan sus filacterias, y extienden los flecos de sus mantos;
Y vuestro padre no llaméis á nadie en la tierra; porque uno es vuestro Padre, el cual está en los cielos.
Mas ¡ay de vosotros, escribas y Fariseos, hipócritas! porque cerráis el reino de los cielos delante de los hombres; que ni vosotros entráis, ni á los que están entrando dejáis entrar.
¡Insensatos y ciegos! porque ¿cuál es mayor, el oro, ó el templo que santifica al oro?
Y el que jurare por el templo, jura por él, y por Aquél que habita en él;
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque limpiáis lo que está de fuera del vaso y del plato; mas de dentro están llenos de robo y de injusticia.
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque edificáis los sepulcros de los profetas, y adornáis los monumentos de los justos,
¡Serpientes, generación de víboras! ¿cómo evitaréis el juicio del infierno?
¡Jerusalem, Jerusalem, que matas á los profetas, y apedreas á los que son enviados á ti! ¡cuántas veces quise juntar tus hijos, como la gallina junta sus pollos debajo de las alas, y no quisiste!
Y respondiendo él, les dijo: ¿Veis todo esto? de cierto os digo, que no será dejada aquí piedra sobre piedra, que no sea destruída.
Y oiréis guerras, y rumores de guerras: mirad que no os turbéis; porque es menester que todo esto acontezca; mas aún no es el fin.
Y muchos entonces serán escandalizados; y se entregarán unos á otros, y unos á otros se aborrecerán.
Y será predicado este evangelio del reino en todo el mundo, por testimonio á todos los Gentiles; y entonces vendrá el fin.
Y el que en el campo, no vuelva atrás á tomar sus vestidos.
Y si aquellos días no fuesen acortados, ninguna carne sería salva; mas por causa de los escogidos, aquellos días serán acortados.
Así que, si os dijeren: He aquí en el desierto está; no salgáis: He aquí en las cámaras; no creáis.
Y entonces se mostrará la señal del Hijo del hombre en el cielo; y entonces lamentarán todas las tribus de la tierra, y verán al Hijo del hombre que vendrá sobre las nubes del cielo, con grande poder y gloria.
De cierto os digo, que no pasará esta generación, que todas estas cosas no acontezcan.
Porque como en los días antes del diluvio estaban comiendo y bebiendo, casándose y dando en casamiento, hasta el día que Noé entró en el arca,
Velad pues, porque no sabéis á qué hora ha de venir vuestro Señor.
Bienaventurado aquel siervo, al cual, cuando su señor viniere, le hallare haciendo así.
Vendrá el señor de aquel siervo en el día que no espera, y á la hora que no sabe,
Las que eran fatuas, tomando sus lámparas, no tomaron consigo aceite;
Entonces todas aquellas vírgenes se levantaron, y aderezaron sus lámparas.
Y después vinieron también las otras vírgenes, diciendo: Señor, Señor, ábrenos .
Y á éste dió cinco talentos, y al otro dos, y al otro uno: á cada uno conforme á su facultad; y luego se partió lejos.
Y después de mucho tiempo, vino el señor de aquellos siervos, é hizo cuentas con ellos.
Su señor le dijo: Bien, buen siervo y fiel; sobre poco has sido fiel, sobre mucho te pondré: entra en el gozo de tu señor.
Por tanto te convenía dar mi dinero á los banqueros, y viniendo yo, hubiera recibido lo que es mío con usura.
Y cuando el Hijo del hombre venga en su gloria, y todos los santos ángeles con él, entonces se sentará sobre el trono de su gloria.
Porque tuve hambre, y me disteis de comer; tuve sed, y me disteis de beber; fuí huésped, y me recogisteis;
¿O cuándo te vimos enfermo, ó en la cárcel, y vinimos á ti?
Fuí huésped, y no me recogisteis; desnudo, y no me cubristeis; enfermo, y en la cárcel, y no me visitasteis.
Y ACONTECIÓ que, como hubo acabado Jesús todas estas palabras, dijo á sus discípulos:
Y decían: No en el día de la fiesta, porque no se haga alboroto en el pueblo.
Porque esto se podía vender por gran precio, y darse á los pobres.
De cierto os digo, que donde quiera que este evangelio fuere predicado en todo el mundo, también será dicho para memoria de ella, lo que ésta ha hecho.
Y el primer día de la fiesta de los panes sin levadura, vinieron los discípulos á Jesús, diciéndole : ¿Dónde quieres que aderecemos para ti para comer la pascua?
Y comiendo ellos, dijo: De cierto os digo, que uno de vosotros me ha de entregar.
Entonces respondiendo Judas, que le entregaba, dijo: ¿Soy yo, Maestro? Dícele : Tú lo has dicho.
Y os digo, que desde ahora no beberé más de este fruto de la vid, hasta aquel día, cuando lo tengo de beber nuevo con vosotros en el reino de mi Padre.
Y respondiendo Pedro, le dijo: Aunque todos sean escandalizados en ti, yo nunca seré escandalizado.
Y tomando á Pedro, y á los dos hijos de Zebedeo, comenzó á entristecerse y á angustiarse en gran manera.
Velad y orad, para que no entréis en tentación: el espíritu á la verdad está presto, mas la carne enferma.
Entonces vino á sus discípulos y díceles : Dormid ya, y descansad: he aquí ha llegado la hora, y el Hijo del hombre es entregado en manos de pecadores.
Y luego que llegó á Jesús, dijo: Salve, Maestro. Y le besó.
¿Acaso piensas que no puedo ahora orar á mi Padre, y él me daría más de doce legiones de ángeles?
Y ellos, prendido Jesús, le llevaron á Caifás pontífice, donde los escribas y los ancianos estaban juntos.
Que dijeron: Este dijo: Puedo derribar el templo de Dios, y en tres días reedificarlo.
Entonces el pontífice rasgó sus vestidos, diciendo: Blasfemado ha: ¿qué más necesidad tenemos de testigos? He aquí, ahora habéis oído su blasfemia.
Y Pedro estaba sentado fuera en el patio: y se llegó á él una criada, diciendo: Y tú con Jesús el Galileo estabas.
Y un poco después llegaron los que estaban por allí, y dijeron á Pedro: Verdaderamente también tú eres de ellos, porque aun tu habla te hace manifiesto.
Y le llevaron atado, y le entregaron á Poncio Pilato presidente.
Y los príncipes de los sacerdotes, tomando las piezas de plata, dijeron: No es lícito echarlas en el tesoro de los dones, porque es precio de sangre.
Y las dieron para el campo del alfarero, como me ordenó el Señor.
Y no le respondió ni una palabra; de tal manera que el presidente se maravillaba mucho.
Porque sabía que por envidia le habían entregado.
Pilato les dijo: ¿Qué pues haré de Jesús que se dice el Cristo? Dícenle todos: Sea crucificado.
Entonces les soltó á Barrabás: y habiendo azotado á Jesús, le entregó para ser crucificado.
Y escupiendo en él, tomaron la caña, y le herían en la cabeza.
Le dieron á beber vinagre mezclado con hiel; y gustando, no quiso beberlo.
Entonces crucificaron con él dos ladrones, uno á la derecha, y otro á la izquierda.
A otros salvó, á sí mismo no puede salvar: si es el Rey de Israel, descienda ahora de la cruz, y creeremos en él.
Y cerca de la hora de nona, Jesús exclamó con grande voz, diciendo: Eli, Eli, ¿lama sabachtani? Esto es: Dios mío, Dios mío, ¿por qué me has desamparado?
Mas Jesús, habiendo otra vez exclamado con grande voz, dió el espíritu.
Y el centurión, y los que estaban con él guardando á Jesús, visto el terremoto, y las cosas que habían sido hechas, temieron en gran manera, diciendo: Verdaderamente Hijo de Dios era éste.
Este llegó á Pilato, y pidió el cuerpo de Jesús: entonces Pilato mandó que se le diese el cuerpo.
Y el siguiente día, que es después de la preparación, se juntaron los príncipes de los sacerdotes y los Fariseos á Pilato,
Y yendo ellos, aseguraron el sepulcro, sellando la piedra, con la guardia.
Y de miedo de él los guardas se asombraron, y fueron vueltos como muertos.
Entonces ellas, saliendo del sepulcro con temor y gran gozo, fueron corriendo á dar las nuevas á sus discípulos. Y mientras iban á dar las nuevas á sus discípulos,
Y juntados con los ancianos, y habido consejo, dieron mucho dinero á los soldados,
Mas los once discípulos se fueron á Galilea, al monte donde Jesús les había ordenado.
Enseñándoles que guarden todas las cosas que os he mandado: y he aquí, yo estoy con vosotros todos los días, hasta el fin del mundo. Amén.
Bautizaba Juan en el desierto, y predicaba el bautismo del arrepentimiento para remisión de pecados.
Yo á la verdad os he bautizado con agua; mas él os bautizará con Espíritu Santo.
Y luego el Espíritu le impele al desierto.
Y pasando junto á la mar de Galilea, vió á Simón, y á Andrés su hermano, que echaban la red en la mar; porque eran pescadores.
Y luego los llamó: y dejando á su padre Zebedeo en el barco con los jornaleros, fueron en pos de él.
Diciendo: ¡Ah! ¿qué tienes con nosotros, Jesús Nazareno? ¿Has venido á destruirnos ? Sé quién eres, el Santo de Dios.
Y vino luego su fama por toda la provincia alrededor de Galilea.
Y cuando fué la tarde, luego que el sol se puso, traían á él todos los que tenían mal, y endemoniados;
Y le siguió Simón, y los que estaban con él;
Y un leproso vino á él, rogándole ; é hincada la rodilla, le dice: Si quieres, puedes limpiarme .
Y le dice: Mira, no digas á nadie nada; sino ve, muéstrate al sacerdote, y ofrece por tu limpieza lo que Moisés mandó, para testimonio á ellos.
Entonces vinieron á él unos trayendo un paralítico, que era traído por cuatro.
Decían: ¿Por qué habla éste así? Blasfemias dice. ¿Quién puede perdonar pecados, sino solo Dios?
A ti te digo: Levántate, y toma tu lecho, y vete á tu casa.
Y aconteció que estando Jesús á la mesa en casa de él, muchos publicanos y pecadores estaban también á la mesa juntamente con Jesús y con sus discípulos: porque había muchos, y le habían seguido.
Y Jesús les dice: ¿Pueden ayunar los que están de bodas, cuando el esposo está con ellos? Entre tanto que tienen consigo al esposo no pueden ayunar.
Y aconteció que pasando él por los sembrados en sábado, sus discípulos andando comenzaron á arrancar espigas.
También les dijo: El sábado por causa del hombre es hecho; no el hombre por causa del sábado.
Entonces dijo al hombre que tenía la mano seca: Levántate en medio.
Mas Jesús se apartó á la mar con sus discípulos: y le siguió gran multitud de Galilea, y de Judea,
Y los espíritus inmundos, al verle , se postraban delante de él, y daban voces, diciendo: Tú eres el Hijo de Dios.
Y que tuviesen potestad de sanar enfermedades, y de echar fuera demonios:
Y á Judas Iscariote, el que le entregó. Y vinieron á casa.
Y habiéndolos llamado, les decía en parábolas: ¿Cómo puede Satanás echar fuera á Satanás?
Nadie puede saquear las alhajas del valiente entrando en su casa, si antes no atare al valiente y entonces saqueará su casa.
Vienen después sus hermanos y su madre, y estando fuera, enviaron á él llamándole .
Porque cualquiera que hiciere la voluntad de Dios, éste es mi hermano, y mi hermana, y mi madre.
Y aconteció sembrando, que una parte cayó junto al camino; y vinieron las aves del cielo, y la tragaron.
Y otra parte cayó en buena tierra, y dió fruto, que subió y creció: y llevó uno á treinta, y otro á sesenta, y otro á ciento.
Para que viendo, vean y no echen de ver; y oyendo, oigan y no entiendan: porque no se conviertan, y les sean perdonados los pecados.
Y asimismo éstos son los que son sembrados en pedregales: los que cuando han oído la palabra, luego la toman con gozo;
Y éstos son los que fueron sembrados en buena tierra: los que oyen la palabra, y la reciben, y hacen fruto, uno á treinta, otro á sesenta, y otro á ciento.
Les dijo también: Mirad lo que oís: con la medida que medís, os medirán otros, y será añadido á vosotros los que oís.
Porque de suyo fructifica la tierra, primero hierba, luego espiga, después grano lleno en la espiga;
Mas después de sembrado, sube, y se hace la mayor de todas las legumbres, y echa grandes ramas, de tal manera que las aves del cielo puedan morar bajo su sombra.
Y despachando la multitud, le tomaron como estaba, en el barco; y había también con él otros barquitos.
Y á ellos dijo: ¿Por qué estáis así amedrentados? ¿Cómo no tenéis fe?
Que tenía domicilio en los sepulcros, y ni aun con cadenas le podía alguien atar;
Y clamando á gran voz, dijo: ¿Qué tienes conmigo , Jesús, Hijo del Dios Altísimo? Te conjuro por Dios que no me atormentes.
Y estaba allí cerca del monte una grande manada de puercos paciendo.
Y vienen á Jesús, y ven al que había sido atormentado del demonio, y que había tenido la legión, sentado y vestido, y en su juicio cabal; y tuvieron miedo.
Mas Jesús no le permitió, sino le dijo: Vete á tu casa, á los tuyos, y cuéntales cuán grandes cosas el Señor ha hecho contigo, y cómo ha tenido misericordia de ti.
Y le rogaba mucho, diciendo: Mi hija está á la muerte: ven y pondrás las manos sobre ella para que sea salva, y vivirá.
Como oyó hablar de Jesús, llegó por detrás entre la compañía, y tocó su vestido.
Y le dijeron sus discípulos: Ves que la multitud te aprieta, y dices: ¿Quién me ha tocado?
Hablando aún él, vinieron de casa del príncipe de la sinagoga, diciendo: Tu hija es muerta; ¿para qué fatigas más al Maestro?
Y entrando, les dice: ¿Por qué alborotáis y lloráis? La muchacha no es muerta, mas duerme.
Mas él les mandó mucho que nadie lo supiese, y dijo que le diesen de comer.
Mas Jesús les decía: No hay profeta deshonrado sino en su tierra, y entre sus parientes, y en su casa.
Y les mandó que no llevasen nada para el camino, sino solamente báculo; no alforja, ni pan, ni dinero en la bolsa;
Y saliendo, predicaban que los hombres se arrepintiesen.
Y oyéndolo Herodes, dijo: Este es Juan el que yo degollé: él ha resucitado de los muertos.
Porque Herodes temía á Juan, sabiendo que era varón justo y santo, y le tenía respeto: y oyéndole , hacía muchas cosas; y le oía de buena gana.
Y saliendo ella, dijo á su madre: ¿Qué pediré? Y ella dijo: La cabeza de Juan Bautista.
El cual fué, y le degolló en la cárcel, y trajo su cabeza en un plato, y la dió á la muchacha, y la muchacha la dió á su madre.
Y se fueron en un barco al lugar desierto aparte .
Envíalos para que vayan á los cortijos y aldeas de alrededor, y compren para sí pan; porque no tienen qué comer.
Y se recostaron por partidas , de ciento en ciento, y de cincuenta en cincuenta.
Y los que comieron eran cinco mil hombres.
Y los vió fatigados bogando , porque el viento les era contrario: y cerca de la cuarta vigilia de la noche, vino á ellos andando sobre la mar, y quería precederlos .
Porque aun no habían considerado lo de los panes, por cuanto estaban ofuscados sus corazones.
Y donde quiera que entraba, en aldeas, ó ciudades, ó heredades, ponían en las calles á los que estaban enfermos, y le rogaban que tocasen siquiera el borde de su vestido; y todos los que le tocaban quedaban sanos.
Yvolviendode la plaza, si no se lavaren, no comen. Y otras muchas cosas hay, que tomaron para guardar, como las lavaduras de los vasosde beber, y de los jarros, y de los vasos de metal, y de los lechos.)
Porque dejando el mandamiento de Dios, tenéis la tradición de los hombres; las lavaduras de los jarros y de los vasos de beber: y hacéis otras muchas cosas semejantes.
Y no le dejáis hacer más por su padre ó por su madre,
Si alguno tiene oídos para oir, oiga.
Mas decía, que lo que del hombre sale, aquello contamina al hombre.
Y levantándose de allí, se fué á los términos de Tiro y de Sidón; y entrando en casa, quiso que nadie lo supiese; mas no pudo esconderse.
Y respondió ella, y le dijo: Sí, Señor; pero aun los perrillos debajo de la mesa, comen de las migajas de los hijos.
Y le traen un sordo y tartamudo, y le ruegan que le ponga la mano encima.
Y les mandó que no lo dijesen á nadie; pero cuanto más les mandaba, tanto más y más lo divulgaban.
Y si los enviare en ayunas á sus casas, desmayarán en el camino; porque algunos de ellos han venido de lejos.
Tenían también unos pocos pececillos: y los bendijo, y mandó que también los pusiesen delante.
Y vinieron los Fariseos, y comenzaron á altercar con él, pidiéndole señal del cielo, tentándole .
Y les mandó, diciendo: Mirad, guardaos de la levadura de los Fariseos, y de la levadura de Herodes.
Cuando partí los cinco panes entre cinco mil, ¿cuántas espuertas llenas de los pedazos alzasteis? Y ellos dijeron: Doce.
Entonces, tomando la mano del ciego, le sacó fuera de la aldea; y escupiendo en sus ojos, y poniéndole las manos encima, le preguntó si veía algo.
Y salió Jesús y sus discípulos por las aldeas de Cesarea de Filipo. Y en el camino preguntó á sus discípulos, diciéndoles : ¿Quién dicen los hombres que soy yo?
Y comenzó á enseñarles , que convenía que el Hijo del hombre padeciese mucho, y ser reprobado de los ancianos, y de los príncipes de los sacerdotes, y de los escribas, y ser muerto, y resucitar después de tres días.
Porque el que quisiere salvar su vida, la perderá; y el que perdiere su vida por causa de mí y del evangelio, la salvará.
TAMBIÉN les dijo: De cierto os digo que hay algunos de los que están aquí, que no gustarán la muerte hasta que hayan visto el reino de Dios que viene con potencia.
Entonces respondiendo Pedro, dice á Jesús: Maestro, bien será que nos quedemos aquí, y hagamos tres pabellones: para ti uno, y para Moisés otro, y para Elías otro;
Y descendiendo ellos del monte, les mandó que á nadie dijesen lo que habían visto, sino cuando el Hijo del hombre hubiese resucitado de los muertos.
Empero os digo que Elías ya vino, y le hicieron todo lo que quisieron, como está escrito de él.
Y respondiendo uno de la compañía, dijo: Maestro, traje á ti mi hijo, que tiene un espíritu mudo,
Y Jesús preguntó á su padre: ¿Cuánto tiempo há que le aconteció esto? Y él dijo: Desde niño:
Y como Jesús vió que la multitud se agolpaba, reprendió al espíritu inmundo, diciéndole : Espíritu mudo y sordo, yo te mando, sal de él, y no entres más en él.
Y les dijo: Este género con nada puede salir, sino con oración y ayuno.
Y llegó á Capernaum; y así que estuvo en casa, les preguntó: ¿Qué disputabais entre vosotros en el camino?
El que recibiere en mi nombre uno de los tales niños, á mí recibe; y el que á mí recibe, no recibe á mí, mas al que me envió.
Y cualquiera que os diere un vaso de agua en mi nombre, porque sois de Cristo, de cierto os digo que no perderá su recompensa.
Y si tu pie te fuere ocasión de caer, córtalo : mejor te es entrar á la vida cojo, que teniendo dos pies ser echado en la Gehenna, al fuego que no puede ser apagado;
Porque todos serán salados con fuego, y todo sacrificio será salado con sal.
Mas él respondiendo, les dijo: ¿Qué os mandó Moisés?
Por esto dejará el hombre á su padre y á su madre, y se juntará á su mujer.
Y les dice: Cualquiera que repudiare á su mujer, y se casare con otra, comete adulterio contra ella:
De cierto os digo, que el que no recibiere el reino de Dios como un niño, no entrará en él.
Los mandamientos sabes: No adulteres: No mates: No hurtes: No digas falso testimonio: No defraudes: Honra á tu padre y á tu madre.
Entonces Jesús, mirando alrededor, dice á sus discípulos: ¡Cuán difícilmente entrarán en el reino de Dios los que tienen riquezas!
Entonces Jesús mirándolos , dice: Para los hombres es imposible; mas para Dios, no; porque todas las cosas son posibles para Dios.
Empero muchos primeros serán postreros, y postreros primeros.
Entonces Jacobo y Juan, hijos de Zebedeo, se llegaron á él, diciendo: Maestro, querríamos que nos hagas lo que pidiéremos.
Y ellos dijeron: Podemos. Y Jesús les dijo: A la verdad, del vaso que yo bebo, beberéis; y del bautismo de que yo soy bautizado, seréis bautizados.
Mas no será así entre vosotros: antes cualquiera que quisiere hacerse grande entre vosotros, será vuestro servidor;
Y oyendo que era Jesús el Nazareno, comenzó á dar voces y decir: Jesús, Hijo de David, ten misericordia de mí.
Y respondiendo Jesús, le dice: ¿Qué quieres que te haga? Y el ciego le dice: Maestro, que cobre la vista.
Y si alguien os dijere: ¿Por qué hacéis eso? decid que el Señor lo ha menester : y luego lo enviará acá.
Y trajeron el pollino á Jesús, y echaron sobre él sus vestidos, y se sentó sobre él.
Y entró Jesús en Jerusalem, y en el templo: y habiendo mirado alrededor todas las cosas, y siendo ya tarde , salióse á Bethania con los doce.
Vienen, pues, á Jerusalem; y entrando Jesús en el templo, comenzó á echar fuera á los que vendían y compraban en el templo; y trastornó las mesas de los cambistas, y las sillas de los que vendían palomas;
Mas como fué tarde, Jesús salió de la ciudad.
Porque de cierto os digo que cualquiera que dijere á este monte: Quítate, y échate en la mar, y no dudare en su corazón, mas creyere que será hecho lo que dice, lo que dijere le será hecho.
Y volvieron á Jerusalem; y andando él por el templo, vienen á él los príncipes de los sacerdotes, y los escribas, y los ancianos;
Entonces ellos pensaron dentro de sí, diciendo: Si dijéremos, del cielo, dirá: ¿Por qué, pues, no le creísteis?
Y envió un siervo á los labradores, al tiempo, para que tomase de los labradores del fruto de la viña.
Teniendo pues aún un hijo suyo amado, enviólo también á ellos el postrero, diciendo: Tendrán en reverencia á mi hijo.
¿Ni aun esta Escritura habéis leído: La piedra que desecharon los que edificaban, ésta es puesta por cabeza de esquina;
Y viniendo ellos, le dicen: Maestro, sabemos que eres hombre de verdad, y que no te cuidas de nadie; porque no miras á la apariencia de hombres, antes con verdad enseñas el camino de Dios: ¿Es lícito dar tributo á César, ó no? ¿Daremos, ó no daremos?
Entonces vienen á él los Saduceos, que dicen que no hay resurrección, y le preguntaron, diciendo:
Y la tomaron los siete, y tampoco dejaron simiente: á la postre murió también la mujer.
Y de que los muertos hayan de resucitar, ¿no habéis leído en el libro de Moisés cómo le habló Dios en la zarza, diciendo: Yo soy el Dios de Abraham, y el Dios de Isaac, y el Dios de Jacob?
Amarás pues al Señor tu Dios de todo tu corazón, y de toda tu alma, y de toda tu mente, y de todas tus fuerzas; este es el principal mandamiento.
Jesús entonces, viendo que había respondido sabiamente, le dice: No estás lejos del reino de Dios. Y ya ninguno osaba preguntarle .
Y les decía en su doctrina: Guardaos de los escribas, que quieren andar con ropas largas, y aman las salutaciones en las plazas,
Y como vino una viuda pobre, echó dos blancas, que son un maravedí.
Y Jesús respondiendo, le dijo: ¿Ves estos grandes edificios? no quedará piedra sobre piedra que no sea derribada.
Porque vendrán muchos en mi nombre, diciendo: Yo soy el Cristo; y engañarán á muchos.
Y á todas las gentes conviene que el evangelio sea predicado antes.
Empero cuando viereis la abominación de asolamiento, que fué dicha por el profeta Daniel, que estará donde no debe (el que lee, entienda), entonces los que estén en Judea huyan á los montes;
Orad pues, que no acontezca vuestra huída en invierno.
Porque se levantarán falsos Cristos y falsos profetas, y darán señales y prodigios, para engañar, si se pudiese hacer, aun á los escogidos.
Y entonces verán al Hijo del hombre, que vendrá en las nubes con mucha potestad y gloria.
De cierto os digo que no pasará esta generación, que todas estas cosas no sean hechas.
Como el hombre que partiéndose lejos, dejó su casa, y dió facultad á sus siervos, y á cada uno su obra, y al portero mandó que velase:
Y DOS días después era la Pascua ylos díasde los panes sin levadura: y procuraban los príncipes de los sacerdotes y los escribas cómo le prenderían por engaño, y le matarían.
Porque podía esto ser vendido por más de trescientos denarios, y darse á los pobres. Y murmuraban contra ella.
De cierto os digo que donde quiera que fuere predicado este evangelio en todo el mundo, también esto que ha hecho ésta, será dicho para memoria de ella.
Y envía dos de sus discípulos, y les dice: Id á la ciudad, y os encontrará un hombre que lleva un cántaro de agua; seguidle ;
Y llegada la tarde, fué con los doce.
A la verdad el Hijo del hombre va, como está de él escrito; mas ¡ay de aquel hombre por quien el Hijo del hombre es entregado! bueno le fuera á aquel hombre si nunca hubiera nacido.
De cierto os digo que no beberé más del fruto de la vid, hasta aquel día cuando lo beberé nuevo en el reino de Dios.
Entonces Pedro le dijo: Aunque todos sean escandalizados, mas no yo.
Y toma consigo á Pedro y á Jacobo y á Juan, y comenzó á atemorizarse, y á angustiarse.
Y vino y los halló durmiendo; y dice á Pedro: ¿Simón, duermes? ¿No has podido velar una hora?
Y vino la tercera vez, y les dice: Dormid ya y descansad: basta, la hora es venida; he aquí, el Hijo del hombre es entregado en manos de los pecadores.
Y como vino, se acercó luego á él, y le dice: Maestro, Maestro. Y le besó.
Cada día estaba con vosotros enseñando en el templo, y no me tomasteis; pero es así, para que se cumplan las Escrituras.
Y trajeron á Jesús al sumo sacerdote; y se juntaron á él todos los príncipes de los sacerdotes y los ancianos y los escribas.
Entonces levantándose unos, dieron falso testimonio contra él, diciendo:
Mas él callaba, y nada respondía. El sumo sacerdote le volvió á preguntar, y le dice: ¿Eres tú el Cristo, el Hijo del Bendito?
Y algunos comenzaron á escupir en él, y cubrir su rostro, y á darle bofetadas, y decirle : Profetiza. Y los servidores le herían de bofetadas.
Y la criada viéndole otra vez, comenzó á decir á los que estaban allí: Este es de ellos.
Y LUEGO por la mañana, habiendo tenido consejo los príncipes de los sacerdotes con los ancianos, y con los escribas, y con todo el concilio, llevaron á Jesús atado, y le entregaron á Pilato.
Mas Jesús ni aun con eso respondió; de modo que Pilato se maravillaba.
Y Pilato les respondió, diciendo: ¿Queréis que os suelte al Rey de los Judíos?
Y ellos volvieron á dar voces: Crucifícale .
Y le visten de púrpura; y poniéndole una corona tejida de espinas,
Y cargaron á uno que pasaba, Simón Cireneo, padre de Alejandro y de Rufo, que venía del campo, para que llevase su cruz.
Y era la hora de las tres cuando le crucificaron.
Y los que pasaban le denostaban, meneando sus cabezas, y diciendo: ¡Ah! tú que derribas el templo de Dios, y en tres días lo edificas,
Y cuando vino la hora de sexta, fueron hechas tinieblas sobre toda la tierra hasta la hora de nona.
Mas Jesús, dando una grande voz, espiró.
Las cuales, estando aún él en Galilea, le habían seguido, y le servían; y otras muchas que juntamente con él habían subido á Jerusalem.
Y enterado del centurión, dió el cuerpo á José:
Y muy de mañana, el primerdíade la semana, vienen al sepulcro, yasalido el sol.
Mas él les dice: No os asustéis: buscáis á Jesús Nazareno, el que fué crucificado; resucitado há, no está aquí; he aquí el lugar en donde le pusieron.
Yendo ella, lo hizo saber á los que habían estado con él, que estaban tristes y llorando.
Finalmente se apareció á los once mismos, estando sentados á la mesa, y censuróles su incredulidad y dureza de corazón, que no hubiesen creído á los que le habían visto resucitado.
Quitarán serpientes, y si bebieren cosa mortífera, no les dañará; sobre los enfermos pondrán sus manos, y sanarán .
Como nos lo enseñaron los que desde el principio lo vieron por sus ojos, y fueron ministros de la palabra;
Y eran ambos justos delante de Dios, andando sin reprensión en todos los mandamientos y estatutos del Señor.
Y toda la multitud del pueblo estaba fuera orando á la hora del incienso.
Y tendrás gozo y alegría, y muchos se gozarán de su nacimiento.
Y dijo Zacarías al ángel: ¿En qué conoceré esto? porque yo soy viejo, y mi mujer avanzada en días.
Y saliendo, no les podía hablar: y entendieron que había visto visión en el templo: y él les hablaba por señas , y quedó mudo.
Y al sexto mes, el ángel Gabriel fué enviado de Dios á una ciudad de Galilea, llamada Nazaret,
Entonces el ángel le dijo: María, no temas, porque has hallado gracia cerca de Dios.
Entonces María dijo al ángel: ¿Cómo será esto? porque no conozco varón.
Entonces María dijo: He aquí la sierva del Señor; hágase á mí conforme á tu palabra. Y el ángel partió de ella.
Y exclamó á gran voz, y dijo: Bendita tú entre las mujeres, y bendito el fruto de tu vientre.
Entonces María dijo: engrandece mi alma al Señor;
Y su misericordia de generación á generación á los que le temen.
Recibió á Israel su siervo, acordándose de la misericordia,
Y oyeron los vecinos y los parientes que Dios había hecho con ella grande misericordia, y se alegraron con ella.
Y hablaron por señas á su padre, cómo le quería llamar.
Y todos los que las oían, las conservaban en su corazón, diciendo: ¿Quién será este niño? Y la mano del Señor estaba con él.
Como habló por boca de sus santos profetas que fueron desde el principio:
Que sin temor librados de nuestros enemigos, le serviríamos
Por las entrañas de misericordia de nuestro Dios, con que nos visitó de lo alto el Oriente,
Este empadronamiento primero fué hecho siendo Cirenio gobernador de la Siria.
Y aconteció que estando ellos allí, se cumplieron los días en que ella había de parir.
Mas el ángel les dijo: No temáis; porque he aquí os doy nuevas de gran gozo, que será para todo el pueblo:
Gloria en las alturas á Dios, y en la tierra paz, buena voluntad para con los hombres.
Y todos los que oyeron, se maravillaron de lo que los pastores les decían.
Y como se cumplieron los días de la purificación de ella, conforme á la ley de Moisés, le trajeron á Jerusalem para presentarle al Señor,
Y había recibido respuesta del Espíritu Santo, que no vería la muerte antes que viese al Cristo del Señor.
Porque han visto mis ojos tu salvación,
Y los bendijo Simeón, y dijo á su madre María: He aquí, éste es puesto para caída y para levantamiento de muchos en Israel; y para señal á la que será contradicho;
Y ésta, sobreviniendo en la misma hora, juntamente confesaba al Señor, y hablaba de él á todos los que esperaban la redención en Jerusalem.
Y cuando fué de doce años, subieron ellos á Jerusalem conforme á la costumbre del día de la fiesta.
Y aconteció, que tres días después le hallaron en el templo, sentado en medio de los doctores, oyéndoles y preguntándoles .
Mas ellos no entendieron las palabras que les habló.
Siendo sumos sacerdotes Anás y Caifás, vino palabra del Señor sobre Juan, hijo de Zacarías, en el desierto.
Y verá toda carne la salvación de Dios.
Y las gentes le preguntaban, diciendo: ¿Pues qué haremos?
Y le preguntaron también los soldados, diciendo: Y nosotros, ¿qué haremos? Y les dice: No hagáis extorsión á nadie, ni calumniéis; y contentaos con vuestras pagas.
Y amonestando, otras muchas cosas también anunciaba al pueblo.
Y descendió el Espíritu Santo sobre él en forma corporal, como paloma, y fué hecha una voz del cielo que decía: Tú eres mi Hijo amado, en ti me he complacido.
Que fué de Naggai, que fué de Maat, que fué de Mattathías, que fué de Semei, que fué de José, que fué de Judá,
Que fué de Leví, que fué de Simeón, que fué de Judá, que fué de José, que fué de Jonán, que fué de Eliachîm,
Que fué de Judá, que fué de Jacob, que fué de Isaac, que fué de Abraham, que fué de Thara, que fué de Nachôr,
Que fué de Cainán, que fué de Enós, que fué de Seth, que fué de Adam, que fué de Dios.
Y Jesús respondiéndole , dijo: Escrito está: Que no con pan solo vivirá el hombre, mas con toda palabra de Dios.
Y respondiendo Jesús, le dijo: Vete de mí, Satanás, porque escrito está: A tu Señor Dios adorarás, y á él solo servirás.
Y respondiendo Jesús, le dijo: Dicho está: No tentarás al Señor tu Dios.
Y vino á Nazaret, donde había sido criado; y entró, conforme á su costumbre, el día del sábado en la sinagoga, y se levantó á leer.
Y rollando el libro, lo dió al ministro, y sentóse: y los ojos de todos en la sinagoga estaban fijos en él.
Y dijo: De cierto os digo, que ningún profeta es acepto en su tierra.
Entonces todos en la sinagoga fueron llenos de ira, oyendo estas cosas;
Y se maravillaban de su doctrina, porque su palabra era con potestad.
Y hubo espanto en todos , y hablaban unos á otros, diciendo: ¿Qué palabra es ésta, que con autoridad y potencia manda á los espíritus inmundos, y salen?
Y poniéndose el sol, todos los que tenían enfermos de diversas enfermedades, los traían á él; y él, poniendo las manos sobre cada uno de ellos, los sanaba.
Y predicaba en las sinagogas de Galilea.
Y como cesó de hablar, dijo á Simón: Tira á alta mar, y echad vuestras redes para pescar.
Lo cual viendo Simón Pedro, se derribó de rodillas á Jesús, diciendo: Apártate de mí, Señor, porque soy hombre pecador.
Y aconteció que estando en una ciudad, he aquí un hombre lleno de lepra, el cual viendo á Jesús, postrándose sobre el rostro, le rogó, diciendo: Señor, si quieres, puedes limpiarme .
Mas él se apartaba á los desiertos, y oraba.
El cual, viendo la fe de ellos, le dice: Hombre, tus pecados te son perdonados.
Pues para que sepáis que el Hijo del hombre tiene potestad en la tierra de perdonar pecados, (dice al paralítico): A ti digo, levántate, toma tu lecho, y vete á tu casa.
Y dejadas todas las cosas, levantándose, le siguió.
No he venido á llamar justos, sino pecadores á arrepentimiento.
Y les decía también una parábola: Nadie mete remiendo de paño nuevo en vestido viejo; de otra manera el nuevo rompe, y al viejo no conviene remiendo nuevo.
Y ACONTECIÓ que pasando él por los sembrados en un sábado segundo del primero, sus discípulos arrancaban espigas, y comían, restregándolas con las manos.
Y les decía: El Hijo del hombre es Señor aun del sábado.
Entonces Jesús les dice: Os preguntaré una cosa: ¿Es lícito en sábados hacer bien, ó hacer mal? ¿salvar la vida, ó quitarla?
Y como fué de día, llamó á sus discípulos, y escogió doce de ellos, á los cuales también llamó apóstoles:
Y descendió con ellos, y se paró en un lugar llano, y la compañía de sus discípulos, y una grande multitud de pueblo de toda Judea y de Jerusalem, y de la costa de Tiro y de Sidón, que habían venido á oirle , y para ser sanados de sus enfermedades;
Bienaventurados los que ahora tenéis hambre; porque seréis saciados. Bienaventurados los que ahora lloráis, porque reiréis.
¡Ay de vosotros, los que estáis hartos! porque tendréis hambre. ¡Ay de vosotros, los que ahora reís! porque lamentaréis y lloraréis.
Y al que te hiriere en la mejilla, dale también la otra; y al que te quitare la capa, ni aun el sayo le defiendas.
Y si hiciereis bien á los que os hacen bien, ¿qué gracias tendréis? porque también los pecadores hacen lo mismo.
No juzguéis, y no seréis juzgados: no condenéis, y no seréis condenados: perdonad, y seréis perdonados.
¿Por qué miras la paja que está en el ojo de tu hermano, y la viga que está en tu propio ojo no consideras?
El buen hombre del buen tesoro de su corazón saca bien; y el mal hombre del mal tesoro de su corazón saca mal; porque de la abundancia del corazón habla su boca.
Mas el que oyó y no hizo, semejante es al hombre que edificó su casa sobre tierra, sin fundamento; en la cual el río dió con ímpetu, y luego cayó; y fué grande la ruina de aquella casa.
Y viniendo ellos á Jesús, rogáronle con diligencia, diciéndole: Porque es digno de concederle esto;
Porque también yo soy hombre puesto en potestad, que tengo debajo de mí soldados; y digo á éste: Ve, y va; y al otro: Ven, y viene; y á mi siervo: Haz esto, y lo hace.
Y como llegó cerca de la puerta de la ciudad, he aquí que sacaban fuera á un difunto, unigénito de su madre, la cual también era viuda: y había con ella grande compañía de la ciudad.
Y todos tuvieron miedo, y glorificaban á Dios, diciendo: Que un gran profeta se ha levantado entre nosotros; y que Dios ha visitado á su pueblo.
Y como los hombres vinieron á él, dijeron: Juan el Bautista nos ha enviado á ti, diciendo: ¿Eres tú aquél que había de venir, ó esperaremos á otro?
Y como se fueron los mensajeros de Juan, comenzó á hablar de Juan á las gentes: ¿Qué salisteis á ver al desierto? ¿una caña que es agitada por el viento?
Porque os digo que entre los nacidos de mujeres, no hay mayor profeta que Juan el Bautista: mas el más pequeño en el reino de los cielos es mayor que él.
Semejantes son á los muchachos sentados en la plaza, y que dan voces los unos á los otros, y dicen: Os tañimos con flautas, y no bailasteis: os endechamos, y no llorasteis.
Y le rogó uno de los Fariseos, que comiese con él. Y entrado en casa del Fariseo, sentóse á la mesa.
Entonces respondiendo Jesús, le dijo: Simón, una cosa tengo que decirte . Y él dice: Di, Maestro.
Y vuelto á la mujer, dijo á Simón: ¿Ves esta mujer? Entré en tu casa, no diste agua para mis pies; mas ésta ha regado mis pies con lágrimas, y los ha limpiado con los cabellos.
Y á ella dijo: Los pecados te son perdonados.
Y algunas mujeres que habían sido curadas de malos espíritus y de enfermedades: María, que se llamaba Magdalena, de la cual habían salido siete demonios,
Y otra parte cayó sobre la piedra; y nacida, se secó, porque no tenía humedad.
Y él dijo: A vosotros es dado conocer los misterios del reino de Dios; mas á los otros por parábolas, para que viendo no vean, y oyendo no entiendan.
Y la que cayó entre las espinas, éstos son los que oyeron; mas yéndose, son ahogados de los cuidados y de las riquezas y de los pasatiempos de la vida, y no llevan fruto.
Mirad pues cómo oís; porque á cualquiera que tuviere, le será dado; y á cualquiera que no tuviere, aun lo que parece tener le será quitado.
Y aconteció un día que él entró en un barco con sus discípulos, y les dijo: Pasemos á la otra parte del lago. Y partieron.
Y navegaron á la tierra de los Gadarenos, que está delante de Galilea.
Y le preguntó Jesús, diciendo: ¿Qué nombre tienes? Y él dijo: Legión. Porque muchos demonios habían entrado en él.
Y los pastores, como vieron lo que había acontecido, huyeron, y yendo dieron aviso en la ciudad y por las heredades.
Y aquel hombre, de quien habían salido los demonios, le rogó para estar con él; mas Jesús le despidió, diciendo:
Porque tenía una hija única, como de doce años, y ella se estaba muriendo. Y yendo, le apretaba la compañía.
Y Jesús dijo: Me ha tocado alguien ; porque yo he conocido que ha salido virtud de mí.
Y oyéndolo Jesús, le respondió: No temas: cree solamente, y será salva.
Mas él, tomándola de la mano, clamó, diciendo: Muchacha, levántate.
Y los envió á que predicasen el reino de Dios, y que sanasen á los enfermos.
Y saliendo, rodeaban por todas las aldeas, anunciando el evangelio, y sanando por todas partes.
Y vueltos los apóstoles, le contaron todas las cosas que habían hecho. Y tomándolos , se retiró aparte á un lugar desierto de la ciudad que se llama Bethsaida.
Y eran como cinco mil hombres. Entonces dijo á sus discípulos: Hacedlos sentar en ranchos, de cincuenta en cincuenta.
Y aconteció que estando él solo orando , estaban con él los discípulos; y les preguntó diciendo: ¿Quién dicen las gentes que soy?
Diciendo: Es necesario que el Hijo del hombre padezca muchas cosas, y sea desechado de los ancianos, y de los príncipes de los sacerdotes, y de los escribas, y que sea muerto, y resucite al tercer día.
Porque el que se avergonzare de mí y de mis palabras, de este tal el Hijo del hombre se avergonzará cuando viniere en su gloria, y del Padre, y de los santos ángeles.
Y he aquí dos varones que hablaban con él, los cuales eran Moisés y Elías;
Y estando él hablando esto, vino una nube que los cubrió; y tuvieron temor, entrando ellos en la nube.
Y he aquí, un hombre de la compañía clamó, diciendo: Maestro, ruégote que veas á mi hijo; que es el único que tengo:
Y como aun se acercaba, el demonio le derribó y despedazó: mas Jesús increpó al espíritu inmundo, y sanó al muchacho, y se lo volvió á su padre.
Entonces entraron en disputa, cuál de ellos sería el mayor.
Jesús le dijo: No se lo prohibáis; porque el que no es contra nosotros, por nosotros es.
Y viendo esto sus discípulos Jacobo y Juan, dijeron: Señor, ¿quieres que mandemos que descienda fuego del cielo, y los consuma, como hizo Elías?
Y le dijo Jesús: Las zorras tienen cuevas, y las aves de los cielos nidos; mas el Hijo del hombre no tiene donde recline la cabeza.
Y Jesús le dijo: Ninguno que poniendo su mano al arado mira atrás, es apto para el reino de Dios.
No llevéis bolsa, ni alforja, ni calzado; y á nadie saludéis en el camino.
Y en cualquier ciudad donde entrareis, y os recibieren, comed lo que os pusieren delante;
Y os digo que los de Sodoma tendrán más remisión aquel día, que aquella ciudad.
El que á vosotros oye, á mí oye; y el que á vosotros desecha, á mí desecha; y el que á mí desecha, desecha al que me envió.
Mas no os gocéis de esto, que los espíritus se os sujetan; antes gozaos de que vuestros nombres están escritos en los cielos.
Porque os digo que muchos profetas y reyes desearon ver lo que vosotros veis, y no lo vieron; y oir lo que oís, y no lo oyeron.
Y díjole : Bien has respondido: haz esto, y vivirás.
Y asimismo un Levita, llegando cerca de aquel lugar, y viéndole, se pasó de un lado.
¿Quién, pues, de estos tres te parece que fué el prójimo de aquél que cayó en manos de los ladrones?
Empero Marta se distraía en muchos servicios; y sobreviniendo, dice: Señor, ¿no tienes cuidado que mi hermana me deja servir sola? Dile pues, que me ayude.
Y les dijo: Cuando orareis, decid: Padre nuestro que estás en los cielos; sea tu nombre santificado. Venga tu reino. Sea hecha tu voluntad, como en el cielo, así también en la tierra.
Porque un amigo mío ha venido á mí de camino, y no tengo qué ponerle delante;
Porque todo aquel que pide, recibe; y el que busca, halla; y al que llama, se abre.
Y estaba él lanzando un demonio, el cual era mudo: y aconteció que salido fuera el demonio, el mudo habló, y las gentes se maravillaron.
Y si también Satanás está dividido contra sí mismo, ¿cómo estará en pie su reino? porque decís que en Beelzebub echo yo fuera los demonios.
Mas si sobreviniendo otro más fuerte que él, le venciere, le toma todas sus armas en que confiaba, y reparte sus despojos.
Entonces va, y toma otros siete espíritus peores que él; y entrados, habitan allí: y lo postrero del tal hombre es peor que lo primero.
Porque como Jonás fué señal á los Ninivitas, así también será el Hijo del hombre á esta generación.
La antorcha del cuerpo es el ojo: pues si tu ojo fuere simple, también todo tu cuerpo será resplandeciente; mas si fuere malo, también tu cuerpo será tenebroso.
Y el Fariseo, como lo vió, maravillóse de que no se lavó antes de comer.
Mas ¡ay de vosotros, Fariseos! que diezmáis la menta, y la ruda, y toda hortaliza; mas el juicio y la caridad de Dios pasáis de largo. Pues estas cosas era necesario hacer, y no dejar las otras.
Y él dijo: ¡Ay de vosotros también, doctores de la ley! que cargáis á los hombres con cargas que no pueden llevar; mas vosotros ni aun con un dedo tocáis las cargas.
Para que de esta generación sea demandada la sangre de todos los profetas, que ha sido derramada desde la fundación del mundo;
Acechándole , y procurando cazar algo de su boca para acusarle .
Mas os digo, amigos míos: No temáis de los que matan el cuerpo, y después no tienen más que hacer.
Y os digo que todo aquel que me confesare delante de los hombres, también el Hijo del hombre le confesará delante de los ángeles de Dios;
Porque el Espíritu Santo os enseñará en la misma hora lo que será necesario decir.
Y refirióles una parábola, diciendo: La heredad de un hombre rico había llevado mucho;
Y díjole Dios: Necio, esta noche vuelven á pedir tu alma; y lo que has prevenido, ¿de quién será?
Considerad los cuervos, que ni siembran, ni siegan; que ni tienen cillero, ni alfolí; y Dios los alimenta. ¿Cuánto de más estima sois vosotros que las aves?
Y si así viste Dios á la hierba, que hoy está en el campo, y mañana es echada en el horno; ¿cuánto más á vosotros, hombres de poca fe?
No temáis, manada pequeña; porque al Padre ha placido daros el reino.
Y vosotros semejantes á hombres que esperan cuando su señor ha de volver de las bodas; para que cuando viniere y llamare, luego le abran.
Vosotros pues también, estad apercibidos; porque á la hora que no pensáis, el Hijo del hombre vendrá.
En verdad os digo, que él le pondrá sobre todos sus bienes.
Mas el que no entendió, é hizo cosas dignas de azotes, será azotado poco: porque á cualquiera que fué dado mucho, mucho será vuelto á demandar de él; y al que encomendaron mucho, más le será pedido.
Porque estarán de aquí adelante cinco en una casa divididos; tres contra dos, y dos contra tres.
¡Hipócritas! Sabéis examinar la faz del cielo y de la tierra; ¿y cómo no reconocéis este tiempo?
Y EN este mismo tiempo estaban allí unos que le contaban acerca de los Galileos, cuya sangre Pilato había mezclado con sus sacrificios.
No, os digo; antes si no os arrepintiereis, todos pereceréis asimismo.
Y si hiciere fruto, bien; y si no, la cortarás después .
Y puso las manos sobre ella; y luego se enderezó, y glorificaba á Dios.
Y diciendo estas cosas, se avergonzaban todos sus adversarios: mas todo el pueblo se gozaba de todas las cosas gloriosas que eran por él hechas.
Semejante es á la levadura, que tomó una mujer, y la escondió en tres medidas de harina, hasta que todo hubo fermentado.
Después que el padre de familia se levantare, y cerrare la puerta, y comenzareis á estar fuera, y llamar á la puerta, diciendo: Señor, Señor, ábrenos ; y respondiendo os dirá: No os conozco de dónde seáis .
Y vendrán del Oriente y del Occidente, del Norte y del Mediodía, y se sentarán á la mesa en el reino de Dios.
Empero es menester que hoy, y mañana, y pasado mañana camine; porque no es posible que profeta muera fuera de Jerusalem.
Y he aquí un hombre hidrópico estaba delante de él.
Y no le podían replicar á estas cosas.
Mas cuando fueres convidado, ve, y siéntate en el postrer lugar; porque cuando viniere el que te llamó, te diga: Amigo, sube arriba: entonces tendrás gloria delante de los que juntamente se asientan á la mesa.
Y serás bienaventurado; porque no te pueden retribuir; mas te será recompensado en la resurrección de los justos.
Y comenzaron todos á una á excusarse. El primero le dijo: He comprado una hacienda, y necesito salir y verla ; te ruego que me des por excusado.
Y dijo el siervo: Señor, hecho es como mandaste, y aun hay lugar.
Si alguno viene á mí, y no aborrece á su padre, y madre, y mujer, é hijos, y hermanos, y hermanas, y aun también su vida, no puede ser mi discípulo.
Diciendo: Este hombre comenzó á edificar, y no pudo acabar.
Buena es la sal; mas si aun la sal fuere desvanecida, ¿con qué se adobará?
Y él les propuso esta parábola, diciendo:
Os digo, que así habrá más gozo en el cielo de un pecador que se arrepiente, que de noventa y nueve justos, que no necesitan arrepentimiento.
Y dijo: Un hombre tenía dos hijos;
Y fué y se llegó á uno de los ciudadanos de aquella tierra, el cual le envió á su hacienda para que apacentase los puercos.
Ya no soy digno de ser llamado tu hijo; hazme como á uno de tus jornaleros.
Y traed el becerro grueso, y matadlo, y comamos, y hagamos fiesta:
Y él le dijo: Tu hermano ha venido; y tu padre ha muerto el becerro grueso, por haberle recibido salvo.
El entonces le dijo: Hijo, tú siempre estás conmigo , y todas mis cosas son tuyas.
Entonces el mayordomo dijo dentro de sí: ¿Qué haré? que mi señor me quita la mayordomía. Cavar, no puedo; mendigar, tengo vergüenza.
Después dijo á otro: ¿Y tú, cuánto debes? Y él dijo: Cien coros de trigo. Y él le dijo: Toma tu obligación, y escribe ochenta.
Pues si en las malas riquezas no fuisteis fieles, ¿quién os confiará lo verdadero?
Y díjoles : Vosotros sois los que os justificáis á vosotros mismos delante de los hombres; mas Dios conoce vuestros corazones; porque lo que los hombres tienen por sublime, delante de Dios es abominación.
Había un hombre rico, que se vestía de púrpura y de lino fino, y hacía cada día banquete con esplendidez.
Y en el infierno alzó sus ojos, estando en los tormentos, y vió á Abraham de lejos, y á Lázaro en su seno.
Y dijo: Ruégote pues, padre, que le envíes á la casa de mi padre;
Mas Abraham le dijo: Si no oyen á Moisés y á los profetas, tampoco se persuadirán, si alguno se levantare de los muertos.
Y si siete veces al día pecare contra ti, y siete veces al día se volviere á ti, diciendo, pésame, perdónale .
¿No le dice antes: Adereza qué cene, y arremángate, y sírveme hasta que haya comido y bebido; y después de esto, come tú y bebe?
Y entrando en una aldea, viniéronle al encuentro diez hombres leprosos, los cuales se pararon de lejos,
Y derribóse sobre el rostro á sus pies, dándole gracias: y éste era Samaritano.
Y preguntado por los Fariseos, cuándo había de venir el reino de Dios, les respondió y dijo: El reino de Dios no vendrá con advertencia;
Porque como el relámpago, relampagueando desde una parte de debajo del cielo, resplandece hasta la otra debajo del cielo, así también será el Hijo del hombre en su día.
Asimismo también como fué en los días de Lot; comían, bebían, compraban, vendían, plantaban, edificaban;
Acordaos de la mujer de Lot.
Dos estarán en el campo; el uno será tomado, y el otro dejado.
Había también en aquella ciudad una viuda, la cual venía á él diciendo: Hazme justicia de mi adversario.
¿Y Dios no hará justicia á sus escogidos, que claman á él día y noche, aunque sea longánime acerca de ellos?
El Fariseo, en pie, oraba consigo de esta manera: Dios, te doy gracias, que no soy como los otros hombres, ladrones, injustos, adúlteros, ni aun como este publicano;
Y traían á él los niños para que los tocase; lo cual viendo los discípulos les reñían.
Y Jesús le dijo: ¿Por qué me llamas bueno? ninguno hay bueno sino sólo Dios.
Entonces él, oídas estas cosas, se puso muy triste, porque era muy rico.
Y él les dijo: Lo que es imposible para con los hombres, posible es para Dios.
Y Jesús, tomando á los doce, les dijo: He aquí subimos á Jerusalem, y serán cumplidas todas las cosas que fueron escritas por los profetas, del Hijo del hombre.
Y aconteció que acercándose él á Jericó, un ciego estaba sentado junto al camino mendigando;
Y los que iban delante, le reñían que callase; mas él clamaba mucho más: Hijo de David, ten misericordia de mí.
Y luego vió, y le seguía, glorificando á Dios: y todo el pueblo como lo vió, dió á Dios alabanza.
Y corriendo delante, subióse á un árbol sicómoro para verle ; porque había de pasar por allí.
Entonces Zaqueo, puesto en pie, dijo al Señor: He aquí, Señor, la mitad de mis bienes doy á los pobres; y si en algo he defraudado á alguno, lo vuelvo con el cuatro tanto.
Dijo pues: Un hombre noble partió á una provincia lejos, para tomar para sí un reino, y volver.
Y vino el primero, diciendo: Señor, tu mina ha ganado diez minas.
Y vino otro, diciendo: Señor, he aquí tu mina, la cual he tenido guardada en un pañizuelo:
Y dijo á los que estaban presentes: Quitadle la mina, y dadla al que tiene las diez minas.
Y dicho esto, iba delante subiendo á Jerusalem.
Y fueron los que habían sido enviados, y hallaron como les dijo.
Y yendo él tendían sus capas por el camino.
Y él respondiendo, les dijo: Os digo que si éstos callaren, las piedras clamarán.
Y te derribarán á tierra, y á tus hijos dentro de ti; y no dejarán sobre ti piedra sobre piedra; por cuanto no conociste el tiempo de tu visitación.
Y no hallaban qué hacerle, porque todo el pueblo estaba suspenso oyéndole .
El bautismo de Juan, ¿era del cielo, ó de los hombres?
Entonces Jesús les dijo: Ni yo os digo con qué potestad hago estas cosas.
Y volvió á enviar al tercer siervo; mas ellos también á éste echaron herido.
Vendrá, y destruirá á estos labradores, y dará su viña á otros. Y como ellos lo oyeron, dijeron: ¡Dios nos libre !
Y acechándole enviaron espías que se simulasen justos, para sorprenderle en palabras, para que le entregasen al principado y á la potestad del presidente.
Mostradme la moneda. ¿De quién tiene la imagen y la inscripción? Y respondiendo dijeron: De César.
Diciendo: Maestro, Moisés nos escribió: Si el hermano de alguno muriere teniendo mujer, y muriere sin hijos, que su hermano tome la mujer, y levante simiente á su hermano.
Y á la postre de todos murió también la mujer.
Porque no pueden ya más morir: porque son iguales á los ángeles, y son hijos de Dios, cuando son hijos de la resurrección.
Y no osaron más preguntarle algo.
Así que David le llama Señor: ¿cómo pues es su hijo?
Y MIRANDO, vió á los ricos que echaban sus ofrendas en el gazofilacio.
Y á unos que decían del templo, que estaba adornado de hermosas piedras y dones, dijo:
Empero cuando oyereis guerras y sediciones, no os espantéis; porque es necesario que estas cosas acontezcan primero: mas no luego será el fin.
Y os será para testimonio.
Y seréis aborrecidos de todos por causa de mi nombre.
Entonces los que estuvieren en Judea, huyan á los montes; y los que en medio de ella, váyanse; y los que estén en los campos, no entren en ella.
Entonces habrá señales en el sol, y en la luna, y en las estrellas; y en la tierra angustia de gentes por la confusión del sonido de la mar y de las ondas:
Y díjoles una parábola: Mirad la higuera y todos los árboles:
El cielo y la tierra pasarán; mas mis palabras no pasarán.
Y enseñaba de día en el templo; y de noche saliendo, estábase en el monte que se llama de las Olivas.
Y entró Satanás en Judas, por sobrenombre Iscariote, el cual era uno del número de los doce;
Y vino el día de los ázimos, en el cual era necesario matar la pascua.
Y decid al padre de la familia de la casa: El Maestro te dice: ¿Dónde está el aposento donde tengo de comer la pascua con mis discípulos?
Y les dijo: En gran manera he deseado comer con vosotros esta pascua antes que padezca ;
Y tomando el pan, habiendo dado gracias, partió, y les dió, diciendo: Esto es mi cuerpo, que por vosotros es dado: haced esto en memoria de mí.
Ellos entonces comenzaron á preguntar entre sí, cuál de ellos sería el que había de hacer esto.
Porque, ¿cuál es mayor, el que se sienta á la mesa, ó el que sirve? ¿No es el que se sienta á la mesa? Y yo soy entre vosotros como el que sirve.
Dijo también el Señor: Simón, Simón, he aquí Satanás os ha pedido para zarandaros como á trigo;
Y á ellos dijo: Cuando os envié sin bolsa, y sin alforja, y sin zapatos, ¿os faltó algo ? Y ellos dijeron: Nada.
Y saliendo, se fué, como solía, al monte de las Olivas; y sus discípulos también le siguieron.
Y le apareció un ángel del cielo confortándole .
Estando él aún hablando, he aquí una turba; y el que se llamaba Judas, uno de los doce, iba delante de ellos; y llegóse á Jesús para besarlo .
Entonces respondiendo Jesús, dijo: Dejad hasta aquí. Y tocando su oreja, le sanó.
Y habiendo encendido fuego en medio de la sala, y sentándose todos alrededor, se sentó también Pedro entre ellos.
Y como una hora pasada otro afirmaba, diciendo: Verdaderamente también éste estaba con él, porque es Galileo.
Y los hombres que tenían á Jesús, se burlaban de él hiriéndole;
Diciendo: ¿Eres tú el Cristo? dínos lo. Y les dijo: Si os lo dijere, no creeréis;
Entonces ellos dijeron: ¿Qué más testimonio deseamos ? porque nosotros lo hemos oído de su boca.
Y Pilato dijo á los príncipes de los sacerdotes, y á las gentes: Ninguna culpa hallo en este hombre.
Y Herodes, viendo á Jesús, holgóse mucho, porque hacía mucho que deseaba verle ; porque había oído de él muchas cosas, y tenía esperanza que le vería hacer alguna señal.
Y fueron hechos amigos entre sí Pilato y Herodes en el mismo día; porque antes eran enemigos entre sí.
Le soltaré, pues, castigado.
Y hablóles otra vez Pilato, queriendo soltar á Jesús.
Entonces Pilato juzgó que se hiciese lo que ellos pedían;
Mas Jesús, vuelto á ellas, les dice: Hijas de Jerusalem, no me lloréis á mí, mas llorad por vosotras mismas, y por vuestros hijos.
Y llevaban también con él otros dos, malhechores, á ser muertos.
Escarnecían de él también los soldados, llegándose y presentándole vinagre,
Y respondiendo el otro, reprendióle , diciendo: ¿Ni aun tú temes á Dios, estando en la misma condenación?
Y cuando era como la hora de sexta, fueron hechas tinieblas sobre toda la tierra hasta la hora de nona.
Y toda la multitud de los que estaban presentes á este espectáculo, viendo lo que había acontecido, se volvían hiriendo sus pechos.
Este llegó á Pilato, y pidió el cuerpo de Jesús.
Y vueltas, aparejaron drogas aromáticas y ungüentos; y reposaron el sábado, conforme al mandamiento.
Y aconteció, que estando ellas espantadas de esto, he aquí se pararon junto á ellas dos varones con vestiduras resplandecientes;
Entonces ellas se acordaron de sus palabras,
Pero levantándose Pedro, corrió al sepulcro: y como miró dentro, vió solos los lienzos echados; y se fué maravillándose de lo que había sucedido.
Mas los ojos de ellos estaban embargados, para que no le conociesen.
Y cómo le entregaron los príncipes de los sacerdotes y nuestros príncipes á condenación de muerte, y le crucificaron.
Y fueron algunos de los nuestros al sepulcro, y hallaron así como las mujeres habían dicho; mas á él no le vieron.
Y llegaron á la aldea á donde iban: y él hizo como que iba más lejos.
Y decían el uno al otro: ¿No ardía nuestro corazón en nosotros, mientras nos hablaba en el camino, y cuando nos abría las Escrituras?
Y entre tanto que ellos hablaban estas cosas, él se puso en medio de ellos, y les dijo: Paz á vosotros.
Y en diciendo esto, les mostró las manos y los pies.
Y él les dijo: Estas son las palabras que os hablé, estando aún con vosotros: que era necesario que se cumpliesen todas las cosas que están escritas de mí en la ley de Moisés, y en los profetas, y en los salmos.
Y vosotros sois testigos de estas cosas.
Y ellos, después de haberle adorado, se volvieron á Jerusalem con gran gozo;
A los cuales, después de haber padecido, se presentó vivo con muchas pruebas indubitables, apareciéndoles por cuarenta días, y hablándoles del reino de Dios.
Y les dijo: No toca á vosotros saber los tiempos ó las sazones que el Padre puso en su sola potestad;
Los cuales también les dijeron: Varones Galileos, ¿qué estáis mirando al cielo? este mismo Jesús que ha sido tomado desde vosotros arriba en el cielo, así vendrá como le habéis visto ir al cielo.
Y en aquellos días, Pedro, levantándose en medio de los hermanos, dijo (y era la compañía junta como de ciento y veinte en número):
Y fué notorio á todos los moradores de Jerusalem; de tal manera que aquel campo es llamado en su propia lengua, Acéldama, que es, Campo de sangre.
Y señalaron á dos: á José, llamado Barsabas, que tenía por sobrenombre Justo, y á Matías.
Y COMO se cumplieron los días de Pentecostés, estaban todos unánimes juntos ;
Moraban entonces en Jerusalem Judíos, varones religiosos, de todas las naciones debajo del cielo.
Partos y Medos, y Elamitas, y los que habitamos en Mesopotamia, en Judea y en Capadocia, en el Ponto y en Asia,
Mas otros burlándose, decían: Que están llenos de mosto.
Y será en los postreros días, dice Dios, derramaré de mi Espíritu sobre toda carne, y vuestros hijos y vuestras hijas profetizarán; y vuestros mancebos verán visiones, y vuestros viejos soñarán sueños:
Y será que todo aquel que invocare el nombre del Señor, será salvo.
Porque David dice de él: Veía al Señor siempre delante de mí: porque está á mi diestra, no seré conmovido.
Varones hermanos, se os puede libremente decir del patriarca David, que murió, y fué sepultado, y su sepulcro está con nosotros hasta del día de hoy.
Así que, levantado por la diestra de Dios, y recibiendo del Padre la promesa del Espíritu Santo, ha derramado esto que vosotros veis y oís.
Entonces oído esto, fueron compungidos de corazón, y dijeron á Pedro y á los otros apóstoles: Varones hermanos, ¿qué haremos?
Así que, los que recibieron su palabra, fueron bautizados: y fueron añadidas á ellos aquel día como tres mil personas.
Y vendían las posesiones, y las haciendas, y repartíanlas á todos, como cada uno había menester.
Y un hombre que era cojo desde el vientre de su madre, era traído; al cual ponían cada día á la puerta del templo que se llama la Hermosa, para que pidiese limosna de los que entraban en el templo.
Y Pedro dijo: Ni tengo plata ni oro; mas lo que tengo te doy: en el nombre de Jesucristo de Nazaret, levántate y anda.
Y conocían que él era el que se sentaba á la limosna á la puerta del templo, la Hermosa: y fueron llenos de asombro y de espanto por lo que le había acontecido.
Mas vosotros al Santo y al Justo negasteis, y pedisteis que se os diese un homicida ;
Empero Dios ha cumplido así lo que había antes anunciado por boca de todos sus profetas, que su Cristo había de padecer.
Porque Moisés dijo á los padres: El Señor vuestro Dios os levantará profeta de vuestros hermanos, como yo; á él oiréis en todas las cosas que os hablare.
A vosotros primeramente, Dios, habiendo levantado á su Hijo, le envió para que os bendijese, á fin de que cada uno se convierta de su maldad.
Mas muchos de los que habían oído la palabra, creyeron; y fué el número de los varones como cinco mil.
Entonces Pedro, lleno del Espíritu Santo, les dijo: Príncipes del pueblo, y ancianos de Israel:
Y en ningún otro hay salud; porque no hay otro nombre debajo del cielo, dado á los hombres, en que podamos ser salvos.
Diciendo: ¿Qué hemos de hacer á estos hombres? porque de cierto, señal manifiesta ha sido hecha por ellos, notoria á todos los que moran en Jerusalem, y no lo podemos negar.
Porque no podemos dejar de decir lo que hemos visto y oído.
Y ellos, habiéndolo oído, alzaron unánimes la voz á Dios, y dijeron: Señor, tú eres el Dios que hiciste el cielo y la tierra, la mar, y todo lo que en ellos hay;
Para hacer lo que tu mano y tu consejo habían antes determinado que había de ser hecho.
Y la multitud de los que habían creído era de un corazón y un alma: y ninguno decía ser suyo algo de lo que poseía; mas todas las cosas les eran comunes.
Entonces José, que fué llamado de los apóstoles por sobrenombre, Bernabé, (que es interpretado, Hijo de consolación) Levita, natural de Cipro,
Y dijo Pedro: Ananías, ¿por qué ha llenado Satanás tu corazón á que mintieses al Espíritu Santo, y defraudases del precio de la heredad?
Y pasado espacio como de tres horas, sucedió que entró su mujer, no sabiendo lo que había acontecido.
Y vino un gran temor en toda la iglesia, y en todos los que oyeron estas cosas.
Tanto que echaban los enfermos por las calles, y los ponían en camas y en lechos, para que viniendo Pedro, á lo menos su sombra tocase á alguno de ellos.
Mas el ángel del Señor, abriendo de noche las puertas de la cárcel, y sacándolos , dijo:
Diciendo: Por cierto, la cárcel hemos hallado cerrada con toda seguridad, y los guardas que estaban delante de las puertas; mas cuando abrimos, á nadie hallamos dentro.
Y como los trajeron, los presentaron en el concilio: y el príncipe de los sacerdotes les preguntó,
A éste ha Dios ensalzado con su diestra por Príncipe y Salvador, para dar á Israel arrepentimiento y remisión de pecados.
Y les dijo: Varones Israelitas, mirad por vosotros acerca de estos hombres en lo que habéis de hacer.
Mas si es de Dios, no la podréis deshacer; no seáis tal vez hallados resistiendo á Dios.
EN aquellos días, creciendo el número de los discípulos, hubo murmuración de los Griegos contra los Hebreos, de que sus viudas eran menospreciadas en el ministerio cotidiano.
Y plugo el parecer á toda la multitud; y eligieron á Esteban, varón lleno de fe y de Espíritu Santo, y á Felipe, y á Prócoro, y á Nicanor, y á Timón, y á Parmenas, y á Nicolás, prosélito de Antioquía:
Levantáronse entonces unos de la sinagoga que se llama de los Libertinos, y Cireneos, y Alejandrinos, y de los de Cilicia, y de Asia, disputando con Esteban.
Y pusieron testigos falsos, que dijesen: Este hombre no cesa de hablar palabras blasfemas contra este lugar santo y la ley:
Y él dijo: Varones hermanos y padres, oid: El Dios de la gloria apareció á nuestro padre Abraham, estando en Mesopotamia, antes que morase en Chârán,
Y hablóle Dios así: Que su simiente sería extranjera en tierra ajena, y que los reducirían á servidumbre y maltratarían, por cuatrocientos años.
Y le libró de todas sus tribulaciones, y le dió gracia y sabiduría en la presencia de Faraón, rey de Egipto, el cual le puso por gobernador sobre Egipto, y sobre toda su casa.
Y enviando José, hizo venir á su padre Jacob, y á toda su parentela, en número de setenta y cinco personas.
Hasta que se levantó otro rey en Egipto que no conocía á José.
Y fué enseñado Moisés en toda la sabiduría de los egipcios; y era poderoso en sus dichos y hechos.
Y al día siguiente, riñendo ellos, se les mostró, y los ponía en paz, diciendo: Varones, hermanos sois, ¿por qué os injuriáis los unos á los otros?
Y cumplidos cuarenta años, un ángel le apareció en el desierto del monte Sina, en fuego de llama de una zarza.
He visto, he visto la aflicción de mi pueblo que está en Egipto, y he oído el gemido de ellos, y he descendido para librarlos . Ahora pues, ven, te enviaré á Egipto.
Este es aquél que estuvo en la congregación en el desierto con el ángel que le hablaba en el monte Sina, y con nuestros padres; y recibió las palabras de vida para darnos :
Y Dios se apartó, y los entregó que sirviesen al ejército del cielo; como está escrito en el libro de los profetas: ¿Me ofrecisteis víctimas y sacrificios en el desierto por cuarenta años, casa de Israel?
El cual halló gracia delante de Dios, y pidió hallar tabernáculo para el Dios de Jacob.
¿No hizo mi mano todas estas cosas?
Y oyendo estas cosas, regañaban de sus corazones, y crujían los dientes contra él.
Y echándolo fuera de la ciudad, le apedreaban: y los testigos pusieron sus vestidos á los pies de un mancebo que se llamaba Saulo.
Y llevaroná enterrará Esteban varones piadosos, é hicieron gran llanto sobre él.
Y las gentes escuchaban atentamente unánimes las cosas que decía Felipe, oyendo y viendo las señales que hacía.
Al cual oían todos atentamente desde el más pequeño hasta el más grande, diciendo: Este es la gran virtud de Dios.
Y los apóstoles que estaban en Jerusalem, habiendo oído que Samaria había recibido la palabra de Dios, les enviaron á Pedro y á Juan:
Y como vió Simón que por la imposición de las manos de los apóstoles se daba el Espíritu Santo, les ofreció dinero,
Arrepiéntete pues de esta tu maldad, y ruega á Dios, si quizás te será perdonado el pensamiento de tu corazón.
Empero el ángel del Señor habló á Felipe, diciendo: Levántate y ve hacia el mediodía, al camino que desciende de Jerusalem á Gaza, el cual es desierto.
Y acudiendo Felipe, le oyó que leía el profeta Isaías, y dijo : Mas ¿entiendes lo que lees?
Y respondiendo el eunuco á Felipe, dijo: Ruégote ¿de quién el profeta dice esto? ¿de sí, ó de otro alguno?
Y mandó parar el carro: y descendieron ambos al agua, Felipe y el eunuco; y bautizóle .
Y demandó de él letras para Damasco á las sinagogas, para que si hallase algunos hombres ó mujeres de esta secta, los trajese presos á Jerusalem.
El, temblando y temeroso, dijo: Señor, ¿qué quieres que haga? Y el Señor le dice: Levántate y entra en la ciudad, y se te dirá lo que te conviene hacer.
Había entonces un discípulo en Damasco llamado Ananías, al cual el Señor dijo en visión: Ananías. Y él respondió: Heme aquí, Señor.
Y aun aquí tiene facultad de los príncipes de los sacerdotes de prender á todos los que invocan tu nombre.
Y luego le cayeron de los ojos como escamas, y recibió al punto la vista: y levantándose, fué bautizado.
Empero Saulo mucho más se esforzaba, y confundía á los Judíos que moraban en Damasco, afirmando que éste es el Cristo.
Y como vino á Jerusalem, tentaba de juntarse con los discípulos; mas todos tenían miedo de él, no creyendo que era discípulo.
Lo cual, como los hermanos entendieron, le acompañaron hasta Cesarea, y le enviaron á Tarso.
Y le dijo Pedro: Eneas, Jesucristo te sana; levántate, y hazte tu cama. Y luego se levantó.
Y como Lydda estaba cerca de Joppe, los discípulos, oyendo que Pedro estaba allí , le enviaron dos hombres, rogándole: No te detengas en venir hasta nosotros.
Esto fué notorio por toda Joppe; y creyeron muchos en el Señor.
Este vió en visión manifiestamente, como á la hora nona del día, que un ángel de Dios entraba á él, y le decía: Cornelio.
E ido el ángel que hablaba con Cornelio, llamó dos de sus criados, y un devoto soldado de los que le asistían;
Y vió el cielo abierto, y que descendía un vaso, como un gran lienzo, que atado de los cuatro cabos era bajado á la tierra;
Y volvió la voz hacia él la segunda vez: Lo que Dios limpió, no lo llames tú común.
Y estando Pedro pensando en la visión, le dijo el Espíritu: He aquí, tres hombres te buscan.
Entonces metiéndolos dentro, los hospedó. Y al día siguiente, levantándose, se fué con ellos; y le acompañaron algunos de los hermanos de Joppe.
Y hablando con él, entró, y halló á muchos que se habían juntado.
Y dijo: Cornelio, tu oración es oída, y tus limosnas han venido en memoria en la presencia de Dios.
Sino que de cualquiera nación que le teme y obra justicia, se agrada .
Y nosotros somos testigos de todas las cosas que hizo en la tierra de Judea, y en Jerusalem; al cual mataron colgándole en un madero.
A éste dan testimonio todos los profetas, de que todos los que en él creyeren, recibirán perdón de pecados por su nombre.
Entonces respondió Pedro: ¿Puede alguno impedir el agua, para que no sean bautizados éstos que han recibido el Espíritu Santo también como nosotros?
Diciendo: ¿Por qué has entrado á hombres incircuncisos , y has comido con ellos?
Y oí una voz que me decía: Levántate, Pedro, mata y come.
Y he aquí, luego sobrevinieron tres hombres á la casa donde yo estaba, enviados á mí de Cesarea.
Y como comencé á hablar, cayó el Espíritu Santo sobre ellos también, como sobre nosotros al principio.
Y los que habían sido esparcidos por causa de la tribulación que sobrevino en tiempo de Esteban, anduvieron hasta Fenicia, y Cipro, y Antioquía, no hablando á nadie la palabra, sino sólo á los Judíos.
El cual, como llegó, y vió la gracia de Dios, regocijóse; y exhortó á todos á que permaneciesen en el propósito del corazón en el Señor.
Y en aquellos días descendieron de Jerusalem profetas á Antioquía.
Y EN el mismo tiempo el rey Herodes echó mano á maltratar algunos de la iglesia.
Así que, Pedro era guardado en la cárcel; y la iglesia hacía sin cesar oración á Dios por él.
Y saliendo, le seguía; y no sabía que era verdad lo que hacía el ángel, mas pensaba que veía visión.
Y tocando Pedro á la puerta del patio, salió una muchacha, para escuchar, llamada Rhode:
Mas él haciéndoles con la mano señal de que callasen, les contó cómo el Señor le había sacado de la cárcel. Y dijo: Haced saber esto á Jacobo y á los hermanos. Y salió, y partió á otro lugar.
Y un día señalado, Herodes vestido de ropa real, se sentó en el tribunal, y arengóles .
Y Bernabé y Saulo volvieron de Jerusalem cumplido su servicio, tomando también consigo á Juan, el que tenía por sobrenombre Marcos.
Y ellos, enviados así por el Espíritu Santo, descendieron á Seleucia; y de allí navegaron á Cipro.
Mas les resistía Elimas el encantador (que así se interpreta su nombre), procurando apartar de la fe al procónsul.
Entonces el procónsul, viendo lo que había sido hecho, creyó, maravillado de la doctrina del Señor.
Entonces Pablo, levantándose, hecha señal de silencio con la mano, dice: Varones Israelitas, y los que teméis á Dios, oid:
Y después, como por cuatrocientos y cincuenta años, dióles jueces hasta el profeta Samuel.
Predicando Juan delante de la faz de su venida el bautismo de arrepentimiento á todo el pueblo de Israel.
Y sin hallar en él causa de muerte, pidieron á Pilato que le matasen.
Y nosotros también os anunciamos el evangelio de aquella promesa que fué hecha á los padres,
Porque á la verdad David, habiendo servido en su edad á la voluntad de Dios, durmió, y fué juntado con sus padres, y vió corrupción:
Mirad, pues, que no venga sobre vosotros lo que está dicho en los profetas;
Y el sábado siguiente se juntó casi toda la ciudad á oir la palabra de Dios.
Y los Gentiles oyendo esto, fueron gozosos, y glorificaban la palabra del Señor: y creyeron todos los que estaban ordenados para vida eterna.
Y los discípulos estaban llenos de gozo, y del Espíritu Santo.
Mas el vulgo de la ciudad estaba dividido; y unos eran con los Judíos, y otros con los apóstoles.
Y un hombre de Listra, impotente de los pies, estaba sentado, cojo desde el vientre de su madre, que jamás había andado.
Y á Bernabé llamaban Júpiter, y á Pablo, Mercurio, porque era el que llevaba la palabra.
El cual en las edades pasadas ha dejado á todas las gentes andar en sus caminos;
Mas rodeándole los discípulos, se levantó y entró en la ciudad; y un día después, partió con Bernabé á Derbe.
Y pasando por Pisidia vinieron á Pamphylia.
Y se quedaron allí mucho tiempo con los discípulos.
Y llegados á Jerusalem, fueron recibidos de la iglesia y de los apóstoles y de los ancianos: y refirieron todas las cosas que Dios había hecho con ellos.
Y Dios, que conoce los corazones, les dió testimonio, dándoles el Espíritu Santo también como á nosotros;
Entonces toda la multitud calló, y oyeron á Bernabé y á Pablo, que contaban cuán grandes maravillas y señales Dios había hecho por ellos entre los Gentiles.
Después de esto volveré y restauraré la habitación de David, que estaba caída; y repararé sus ruinas, y la volveré á levantar;
Sino escribirles que se aparten de las contaminaciones de los ídolos, y de fornicación, y de ahogado, y de sangre.
Por cuanto hemos oído que algunos que han salido de nosotros, os han inquietado con palabras, trastornando vuestras almas, mandando circuncidaros y guardar la ley, á los cuales no mandamos;
Que ha parecido bien al Espíritu Santo, y á nosotros, no imponeros ninguna carga más que estas cosas necesarias:
Judas también y Silas, como ellos también eran profetas, consolaron y confirmaron á los hermanos con abundancia de palabra.
Y después de algunos días, Pablo dijo á Bernabé: Volvamos á visitar á los hermanos por todas las ciudades en las cuales hemos anunciado la palabra del Señor, cómo están.
Y Pablo escogiendo á Silas, partió encomendado de los hermanos á la gracia del Señor.
Este quiso Pablo que fuese con él; y tomándole, le circuncidó por causa de los Judíos que estaban en aquellos lugares; porque todos sabían que su padre era Griego.
Y como vinieron á Misia, tentaron de ir á Bithynia; mas el Espíritu no les dejó.
Partidos pues de Troas, vinimos camino derecho á Samotracia, y el día siguiente á Neápolis;
Y cuando fué bautizada, y su familia, nos rogó, diciendo: Si habéis juzgado que yo sea fiel al Señor, entrad en mi casa, y posad: y constriñónos.
Y viendo sus amos que había salido la esperanza de su ganancia, prendieron á Pablo y á Silas, y los trajeron al foro, al magistrado;
Y después que los hubieron herido de muchos azotes, los echaron en la cárcel, mandando al carcelero que los guardase con diligencia:
Y despertado el carcelero, como vió abiertas las puertas de la cárcel, sacando la espada se quería matar, pensando que los presos se habían huído.
Y ellos dijeron: Cree en el Señor Jesucristo , y serás salvo tú, y tu casa.
Y como fué de día, los magistrados enviaron los alguaciles, diciendo: Deja ir á aquellos hombres.
Y viniendo, les rogaron; y sacándolos, les pidieron que se saliesen de la ciudad.
Declarando y proponiendo, que convenía que el Cristo padeciese, y resucitase de los muertos; y que Jesús, el cual yo os anuncio, decía él, éste era el Cristo.
A los cuales Jasón ha recibido; y todos estos hacen contra los decretos de César, diciendo que hay otro rey, Jesús.
Y fueron éstos más nobles que los que estaban en Tesalónica, pues recibieron la palabra con toda solicitud, escudriñando cada día las Escrituras, si estas cosas eran así.
Y los que habían tomado á cargo á Pablo, le llevaron hasta Atenas; y tomando encargo para Silas y Timoteo, que viniesen á él lo más presto que pudiesen, partieron.
Y tomándole , le trajeron al Areópago, diciendo: ¿Podremos saber qué sea esta nueva doctrina que dices ?
Porque pasando y mirando vuestros santuarios, hallé también un altar en el cual estaba esta inscripción: AL DIOS NO CONOCIDO. Aquél pues, que vosotros honráis sin conocerle, á éste os anuncio yo.
Para que buscasen á Dios, si en alguna manera, palpando, le hallen; aunque cierto no está lejos de cada uno de nosotros:
Por cuanto ha establecido un día, en el cual ha de juzgar al mundo con justicia, por aquel varón al cual determinó; dando fe á todos con haberle levantado de los muertos.
PASADAS estas cosas, Pablo partió de Atenas, y vino á Corinto.
Y cuando Silas y Timoteo vinieron de Macedonia, Pablo estaba constreñido por la palabra, testificando á los Judíos que Jesús era el Cristo.
Entonces el Señor dijo de noche en visión á Pablo: No temas, sino habla, y no calles:
Diciendo: Que éste persuade á los hombres á honrar á Dios contra la ley.
Entonces todos los Griegos tomando á Sóstenes, prepósito de la sinagoga, le herían delante del tribunal: y á Galión nada se le daba de ello.
Sino que se despidió de ellos, diciendo: Es menester que en todo caso tenga la fiesta que viene, en Jerusalem; mas otra vez volveré á vosotros, queriendo Dios. Y partió de Efeso.
Este era instruído en el camino del Señor; y ferviente de espíritu, hablaba y enseñaba diligentemente las cosas que son del Señor, enseñando solamente en el bautismo de Juan.
Y ACONTECIÓ que entre tanto que Apolos estaba en Corinto, Pablo, andadas las regiones superiores, vino á Efeso, y hallando ciertos discípulos,
Oído que hubieron esto, fueron bautizados en el nombre del Señor Jesús.
Mas endureciéndose algunos y no creyendo, maldiciendo el Camino delante de la multitud, apartándose Pablo de ellos separó á los discípulos, disputando cada día en la escuela de un cierto Tyranno.
Y algunos de los Judíos, exorcistas vagabundos, tentaron á invocar el nombre del Señor Jesús sobre los que tenían espíritus malos, diciendo: Os conjuro por Jesús, el que Pablo predica.
Y esto fué notorio á todos, así Judíos como Griegos, los que habitaban en Efeso: y cayó temor sobre todos ellos, y era ensalzado el nombre del Señor Jesús.
Y acabadas estas cosas, se propuso Pablo en espíritu partir á Jerusalem, después de andada Macedonia y Acaya, diciendo: Después que hubiere estado allá, me será menester ver también á Roma.
A los cuales, reunidos con los oficiales de semejante oficio, dijo: Varones, sabéis que de este oficio tenemos ganancia;
Y la ciudad se llenó de confusión; y unánimes se arrojaron al teatro, arrebatando á Gayo y á Aristarco, Macedonios, compañeros de Pablo.
Y sacaron de entre la multitud á Alejandro, empujándole los Judíos. Entonces Alejandro, pedido silencio con la mano, quería dar razón al pueblo.
Pues habéis traído á estos hombres, sin ser sacrílegos ni blasfemadores de vuestra diosa.
Y DESPUÉS que cesó el alboroto, llamando Pablo á los discípulos habiéndoles exhortado y abrazado, se despidió, y partió para ir á Macedonia.
Estos yendo delante, nos esperaron en Troas.
Y un mancebo llamado Eutichô que estaba sentado en la ventana, tomado de un sueño profundo, como Pablo disputaba largamente , postrado del sueño cayó del tercer piso abajo, y fué alzado muerto.
Y nosotros subiendo en el navío, navegamos á Assón, para recibir de allí á Pablo; pues así había determinado que debía él ir por tierra.
Y enviando desde Mileto á Efeso, hizo llamar á los ancianos de la iglesia.
Testificando á los Judíos y á los Gentiles arrepentimiento para con Dios, y la fe en nuestro Señor Jesucristo .
Y ahora, he aquí, yo sé que ninguno de todos vosotros, por quien he pasado predicando el reino de Dios, verá más mi rostro.
Porque yo sé que después de mi partida entrarán en medio de vosotros lobos rapaces, que no perdonarán al ganado;
La plata, ó el oro, ó el vestido de nadie he codiciado.
Entonces hubo un gran lloro de todos: y echándose en el cuello de Pablo, le besaban,
Y como avistamos á Cipro, dejándola á mano izquierda, navegamos á Siria, y vinimos á Tiro: porque el barco había de descargar allí su carga.
Y nosotros, cumplida la navegación, vinimos de Tiro á Tolemaida; y habiendo saludado á los hermanos, nos quedamos con ellos un día.
Y venido á nosotros, tomó el cinto de Pablo, y atándose los pies y las manos, dijo: Esto dice el Espíritu Santo: Así atarán los Judíos en Jerusalem al varón cuyo es este cinto, y le entregarán en manos de los Gentiles.
Y después de estos días, apercibidos, subimos á Jerusalem.
A los cuales, como los hubo saludado, contó por menudo lo que Dios había hecho entre los Gentiles por su ministerio.
Haz pues esto que te decimos: Hay entre nosotros cuatro hombres que tienen voto sobre sí:
Y cuando estaban para acabarse los siete días, unos Judíos de Asia, como le vieron en el templo, alborotaron todo el pueblo y le echaron mano,
Y procurando ellos matarle , fué dado aviso al tribuno de la compañía, que toda la ciudad de Jerusalem estaba alborotada;
Y como llegó á las gradas, aconteció que fué llevado de los soldados á causa de la violencia del pueblo;
Entonces dijo Pablo: Yo de cierto soy hombre Judío, ciudadano de Tarso, ciudad no obscura de Cilicia: empero ruégote que me permitas que hable al pueblo.
Yo de cierto soy Judío, nacido en Tarso de Cilicia, mas criado en esta ciudad á los pies de Gamaliel, enseñado conforme á la verdad de la ley de la patria, celoso de Dios, como todos vosotros sois hoy.
Y caí en el suelo, y oí una voz que me decía: Saulo, Saulo, ¿por qué me persigues?
Y como yo no viese por causa de la claridad de la luz, llevado de la mano por los que estaban conmigo, vine á Damasco.
Porque has de ser testigo suyo á todos los hombres, de lo que has visto y oído.
Y yo dije: Señor, ellos saben que yo encerraba en cárcel, y hería por las sinagogas á los que creían en ti;
Y dando ellos voces, y arrojando sus ropas y echando polvo al aire,
Y viniendo el tribuno, le dijo: Dime , ¿eres tú Romano? Y él dijo: Sí.
ENTONCES Pablo, poniendo los ojos en el concilio, dice: Varones hermanos, yo con toda buena conciencia he conversado delante de Dios hasta el día de hoy.
Y Pablo dijo: No sabía, hermanos, que era el sumo sacerdote; pues escrito está: Al príncipe de tu pueblo no maldecirás .
Y levantóse un gran clamor: y levantándose los escribas de la parte de los Fariseos, contendían diciendo: Ningún mal hallamos en este hombre; que si espíritu le ha hablado, ó ángel, no resistamos á Dios.
Y eran más de cuarenta los que habían hecho esta conjuración;
Y Pablo, llamando á uno de los centuriones, dice: Lleva á este mancebo al tribuno, porque tiene cierto aviso que darle.
Mas tú no los creas; porque más de cuarenta hombres de ellos le acechan, los cuales han hecho voto debajo de maldición, de no comer ni beber hasta que le hayan muerto; y ahora están apercibidos esperando tu promesa.
Y escribió una carta en estos términos:
Y hallé que le acusaban de cuestiones de la ley de ellos, y que ningún crimen tenía digno de muerte ó de prisión.
Y como llegaron á Cesarea, y dieron la carta al gobernador, presentaron también á Pablo delante de él.
Y citado que fué, Tértulo comenzó á acusar, diciendo: Como por causa tuya vivamos en grande paz, y muchas cosas sean bien gobernadas en el pueblo por tu prudencia,
El cual también tentó á violar el templo; y prendiéndole, le quisimos juzgar conforme á nuestra ley:
Entonces Pablo, haciéndole el gobernador señal que hablase, respondió: Porque sé que muchos años ha eres gobernador de esta nación, con buen ánimo satisfaré por mí.
Esto empero te confieso, que conforme á aquel Camino que llaman herejía, así sirvo al Dios de mis padres, creyendo todas las cosas que en la ley y en los profetas están escritas;
Cuando me hallaron purificado en el templo (no con multitud ni con alboroto) unos Judíos de Asia;
Entonces Félix, oídas estas cosas, estando bien informado de esta secta, les puso dilación, diciendo: Cuando descendiere el tribuno Lisias acabaré de conocer de vuestro negocio.
Esperando también con esto, que de parte de Pablo le serían dados dineros, porque le soltase; por lo cual, haciéndole venir muchas veces, hablaba con él.
Pidiendo gracia contra él, que le hiciese traer á Jerusalem, poniendo ellos asechanzas para matarle en el camino.
El cual venido, le rodearon los Judíos que habían venido de Jerusalem, poniendo contra Pablo muchas y graves acusaciones, las cuales no podían probar;
Porque si alguna injuria, ó cosa alguna digna de muerte he hecho, no rehuso morir; mas si nada hay de las cosas de que éstos me acusan, nadie puede darme á ellos. A César apelo.
Sobre el cual, cuando fuí á Jerusalem, vinieron á mí los príncipes de los sacerdotes y los ancianos de los Judíos, pidiendo condenación contra él:
Solamente tenían contra él ciertas cuestiones acerca de su superstición, y de un cierto Jesús, difunto, el cual Pablo afirmaba que estaba vivo.
Y al otro día, viniendo Agripa y Bernice con mucho aparato, y entrando en la audiencia con los tribunos y principales hombres de la ciudad, por mandato de Festo, fué traído Pablo.
Porque fuera de razón me parece enviar un preso, y no informar de las causas.
Mi vida pues desde la mocedad, la cual desde el principio fué en mi nación, en Jerusalem, todos los Judíos la saben:
¡Qué! ¿Júzgase cosa increíble entre vosotros que Dios resucite los muertos?
En lo cual ocupado, yendo á Damasco con potestad y comisión de los príncipes de los sacerdotes,
Mas levántate, y ponte sobre tus pies; porque para esto te he aparecido, para ponerte por ministro y testigo de las cosas que has visto, y de aquellas en que apareceré á ti:
Antes anuncié primeramente á los que están en Damasco, y Jerusalem, y por toda la tierra de Judea, y á los Gentiles, que se arrepintiesen y se convirtiesen á Dios, haciendo obras dignas de arrepentimiento.
Y diciendo él estas cosas en su defensa, Festo á gran voz dijo: Estás loco, Pablo: las muchas letras te vuelven loco .
Entonces Agripa dijo á Pablo: Por poco me persuades á ser Cristiano.
Y Agripa dijo á Festo: Podía este hombre ser suelto, si no hubiera apelado á César.
Y haciéndonos á la vela desde allí, navegamos bajo de Cipro, porque los vientos eran contrarios.
Y costeándola difícilmente, llegamos á un lugar que llaman Buenos Puertos , cerca del cual estaba la ciudad de Lasea.
Y no habiendo puerto cómodo para invernar, muchos acordaron pasar aún de allí, por si pudiesen arribar á Fenice é invernar allí, que es un puerto de Creta que mira al Nordeste y Sudeste.
Y habiendo corrido á sotavento de una pequeña isla que se llama Clauda, apenas pudimos ganar el esquife:
Y no pareciendo sol ni estrellas por muchos días, y viniendo una tempestad no pequeña, ya era perdida toda la esperanza de nuestra salud.
Diciendo: Pablo, no temas; es menester que seas presentado delante de César; y he aquí, Dios te ha dado todos los que navegan contigo .
Y echando la sonda, hallaron veinte brazas; y pasando un poco más adelante, volviendo á echar la sonda, hallaron quince brazas.
Entonces los soldados cortaron los cabos del esquife, y dejáronlo perder.
Entonces todos teniendo ya mejor ánimo, comieron ellos también.
Cortando pues las anclas, las dejaron en la mar, largando también las ataduras de los gobernalles; y alzada la vela mayor al viento, íbanse á la orilla.
Y los demás, parte en tablas, parte en cosas de la nave. Y así aconteció que todos se salvaron saliendo á tierra.
Y como los bárbaros vieron la víbora colgando de su mano, decían los unos á los otros: Ciertamente este hombre es homicida, á quien, escapado de la mar, la justicia no deja vivir.
Y aconteció que el padre de Publio estaba en cama, enfermo de fiebres y de disentería: al cual Pablo entró, y después de haber orado, le puso las manos encima, y le sanó:
Y llegados á Siracusa, estuvimos allí tres días.
Y como llegamos á Roma, el centurión entregó los presos al prefecto de los ejércitos, mas á Pablo fué permitido estar por sí, con un soldado que le guardase.
Así que, por esta causa, os he llamado para veros y hablaros; porque por la esperanza de Israel estoy rodeado de esta cadena.
Y algunos asentían á lo que se decía, mas algunos no creían.
Séaos pues notorio que á los Gentiles es enviada esta salud de Dios: y ellos oirán.
PABLO, llamadoá serapóstol de Jesucristo por la voluntad de Dios, y Sóstenes el hermano,
Que en todas las cosas sois enriquecidos en él, en toda lengua y en toda ciencia;
Fiel es Dios, por el cual sois llamados á la participación de su Hijo Jesucristo nuestro Señor.
¿Está dividido Cristo? ¿Fué crucificado Pablo por vosotros? ¿ó habéis sido bautizados en el nombre de Pablo?
Porque no me envió Cristo á bautizar, sino á predicar el evangelio: no en sabiduría de palabras, porque no sea hecha vana la cruz de Cristo.
Porque por no haber el mundo conocido en la sabiduría de Dios á Dios por sabiduría, agradó á Dios salvar á los creyentes por la locura de la predicación.
Porque lo loco de Dios es más sabio que los hombres; y lo flaco de Dios es más fuerte que los hombres.
Para que ninguna carne se jacte en su presencia.
Porque no me propuse saber algo entre vosotros, sino á Jesucristo , y á éste crucificado.
Empero hablamos sabiduría entre perfectos; y sabiduría, no de este siglo, ni de los príncipes de este siglo, que se deshacen:
Empero Dios nos lo reveló á nosotros por el Espíritu: porque el Espíritu todo lo escudriña, aun lo profundo de Dios.
Mas el hombre animal no percibe las cosas que son del Espíritu de Dios, porque le son locura: y no las puede entender, porque se han de examinar espiritualmente.
Os dí á beber leche, y no vianda: porque aun no podíais, ni aun podéis ahora;
Yo planté, Apolos regó: mas Dios ha dado el crecimiento.
Conforme á la gracia de Dios que me ha sido dada, yo como perito arquitecto puse el fundamento, y otro edifica encima: empero cada uno vea cómo sobreedifica.
Si permaneciere la obra de alguno que sobreedificó, recibirá recompensa.
Nadie se engañe á sí mismo: si alguno entre vosotros parece ser sabio en este siglo, hágase simple, para ser sabio.
Sea Pablo, sea Apolos, sea Cefas, sea el mundo, sea la vida, sea la muerte, sea lo presente, sea los por venir; todo es vuestro;
Yo en muy poco tengo el ser juzgado de vosotros, ó de juicio humano; y ni aun yo me juzgo.
Porque ¿quién te distingue? ¿ó qué tienes que no hayas recibido? Y si lo recibiste, ¿de qué te glorías como si no hubieras recibido?
Hasta esta hora hambreamos, y tenemos sed, y estamos desnudos, y somos heridos de golpes, y andamos vagabundos;
Porque aunque tengáis diez mil ayos en Cristo, no tendréis muchos padres; que en Cristo Jesús yo os engendré por el evangelio.
Empero iré presto á vosotros, si el Señor quisiere; y entenderé, no las palabras de los que andan hinchados, sino la virtud.
Y vosotros estáis hinchados, y no más bien tuvisteis duelo, para que fuese quitado de en medio de vosotros el que hizo tal obra.
No es buena vuestra jactancia. ¿No sabéis que un poco de levadura leuda toda la masa?
No absolutamente con los fornicarios de este mundo, ó con los avaros, ó con los ladrones, ó con los idólatras; pues en tal caso os sería menester salir del mundo.
¿OSA alguno de vosotros, teniendo algo con otro, ir á juicio delante de los injustos, y no delante de los santos?
Para avergonzaros lo digo. ¿Pues qué, no hay entre vosotros sabio, ni aun uno que pueda juzgar entre sus hermanos;
¿No sabéis que los injustos no poseerán el reino de Dios? No erréis, que ni los fornicarios, ni los idólatras, ni los adúlteros, ni los afeminados, ni los que se echan con varones,
Las viandas para el vientre, y el vientre para las viandas; empero y á él y á ellas deshará Dios. Mas el cuerpo no es para la fornicación, sino para el Señor; y el Señor para el cuerpo:
Empero el que se junta con el Señor, un espíritu es.
CUANTO á las cosas de que me escribisteis, bien es al hombre no tocar mujer.
No os defraudéis el uno al otro, á no ser por algún tiempo demutuoconsentimiento, para ocuparos en la oración: y volved á juntaros en uno, porque no os tiente Satanás á causa de vuestra incontinencia.
Y si no tienen don de continencia, cásense; que mejor es casarse que quemarse.
Y la mujer que tiene marido infiel, y él consiente en habitar con ella, no lo deje.
Empero cada uno como el Señor le repartió, y como Dios llamó á cada uno, así ande: y así enseño en todas las iglesias.
¿Eres llamado siendo siervo? no se te dé cuidado: mas también si puedes hacerte libre, procúralo más.
Empero de las vírgenes no tengo mandamiento del Señor; mas doy mi parecer, como quien ha alcanzado misericordia del Señor para ser fiel.
Esto empero digo, hermanos, que el tiempo es corto: lo que resta es, que los que tienen mujeres sean como los que no las tienen;
Empero el que se casó tiene cuidado de las cosas que son del mundo, cómo ha de agradar á su mujer.
Pero el que está firme en su corazón, y no tiene necesidad, sino que tiene libertad de su voluntad, y determinó en su corazón esto, el guardar su hija virgen, bien hace.
Y POR lo que hace á lo sacrificado á los ídolos, sabemos que todos tenemos ciencia. La ciencia hincha, mas la caridad edifica.
Porque aunque haya algunos que se llamen dioses, ó en el cielo, ó en la tierra (como hay muchos dioses y muchos señores),
Mas mirad que esta vuestra libertad no sea tropezadero á los que son flacos.
Por lo cual, si la comida es á mi hermano ocasión de caer, jamás comeré carne por no escandalizar á mi hermano.
Qué, ¿no tenemos potestad de comer y de beber?
¿Digo esto según los hombres? ¿no dice esto también la ley?
Si otros tienen en vosotros esta potestad, ¿no más bien nosotros? Mas no hemos usado de esta potestad: antes lo sufrimos todo, por no poner ningún obstáculo al evangelio de Cristo.
Pues bien que anuncio el evangelio, no tengo por qué gloriarme ; porque me es impuesta necesidad; y ¡ay de mí si no anunciare el evangelio!
Heme hecho á los Judíos como Judío, por ganar á los Judíos; á los que están sujetos á la ley (aunque yo no sea sujeto á la ley) como sujeto á la ley, por ganar á los que están sujetos á la ley;
¿No sabéis que los que corren en el estadio, todos á la verdad corren, mas uno lleva el premio? Corred de tal manera que lo obtengáis.
PORQUE no quiero, hermanos, que ignoréis que nuestros padres todos estuvieron bajo la nube, y todos pasaron la mar;
Mas de muchos de ellos no se agradó Dios; por lo cual fueron postrados en el desierto.
Ni tentemos á Cristo, como también algunos de ellosletentaron, y perecieron por las serpientes.
No os ha tomado tentación, sino humana: mas fiel es Dios, que no os dejará ser tentados más de lo que podéis llevar; antes dará también juntamente con la tentación la salida, para que podáis aguantar.
Porque un pan, es que muchos somos un cuerpo; pues todos participamos de aquel un pan.
No podéis beber la copa del Señor, y la copa de los demonios: no podéis ser partícipes de la mesa del Señor, y de la mesa de los demonios.
De todo lo que se vende en la carnicería, comed, sin preguntar nada por causa de la conciencia;
La conciencia, digo, no tuya, sino del otro. Pues ¿por qué ha de ser juzgada mi libertad por otra conciencia?
Como también yo en todas las cosas complazco á todos, no procurando mi propio beneficio, sino el de muchos, para que sean salvos.
Todo varón que ora ó profetiza cubierta la cabeza, afrenta su cabeza.
Porque el varón no es de la mujer, sino la mujer del varón.
Porque como la mujer es del varón, así también el varón es por la mujer: empero todo de Dios.
Con todo eso, si alguno parece ser contencioso, nosotros no tenemos tal costumbre, ni las iglesias de Dios.
Cuando pues os juntáis en uno, esto no es comer la cena del Señor:
Y habiendo dado gracias, lo partió, y dijo: Tomad, comed: esto es mi cuerpo que por vosotros es partido: haced esto en memoria de mí.
Por tanto, pruébese cada uno á sí mismo, y coma así de aquel pan, y beba de aquella copa.
Mas siendo juzgados, somos castigados del Señor, para que no seamos condenados con el mundo.
Sabéis que cuando erais Gentiles, ibais, como erais llevados, á los ídolos mudos.
Y hay repartimiento de operaciones; mas el mismo Dios es el que obra todas las cosas en todos.
A otro, operaciones de milagros; y á otro, profecía; y á otro, discreción de espíritus; y á otro, géneros de lenguas; y á otro, interpretación de lenguas.
Pues ni tampoco el cuerpo es un miembro, sino muchos.
Mas ahora Dios ha colocado los miembros cada uno de ellos en el cuerpo, como quiso.
Antes, mucho más los miembros del cuerpo que parecen más flacos, son necesarios;
Por manera que si un miembro padece, todos los miembros á una se duelen; y si un miembro es honrado, todos los miembros á una se gozan.
¿Tienen todos dones de sanidad? ¿hablan todos lenguas? ¿interpretan todos?
Y si repartiese toda mi hacienda para dar de comer á pobres, y si entregase mi cuerpo para ser quemado, y no tengo caridad, de nada me sirve.
Todo lo sufre, todo lo cree, todo lo espera, todo lo soporta.
Cuando yo era niño, hablaba como niño, pensaba como niño, juzgaba como niño; mas cuando ya fuí hombre hecho, dejé lo que era de niño.
Porque el que habla en lenguas, no habla á los hombres, sino á Dios; porque nadie le entiende, aunque en espíritu hable misterios.
Ahora pues, hermanos, si yo fuere á vosotros hablando lenguas, ¿qué os aprovecharé, si no os hablare, ó con revelación, ó con ciencia, ó con profecía, ó con doctrina?
Tantos géneros de voces, por ejemplo , hay en el mundo, y nada hay mudo;
Porque si yo orare en lengua desconocida, mi espíritu ora; mas mi entendimiento es sin fruto.
Doy gracias á Dios que hablo lenguas más que todos vosotros:
Así que, las lenguas por señal son, no á los fieles, sino á los infieles: mas la profecía, no á los infieles, sino á los fieles.
¿Qué hay pues, hermanos? Cuando os juntáis, cada uno de vosotros tiene salmo, tiene doctrina, tiene lengua, tiene revelación, tiene interpretación: hágase todo para edificación.
Y si á otro que estuviere sentado, fuere revelado, calle el primero.
Vuestras mujeres callen en las congregaciones; porque no les es permitido hablar, sino que estén sujetas, como también la ley dice.
Mas el que ignora, ignore.
Por el cual asimismo, si retenéis la palabra que os he predicado, sois salvos, si no creísteis en vano.
Después apareció á más de quinientos hermanos juntos; de los cuales muchos viven aún , y otros son muertos.
Empero por la gracia de Dios soy lo que soy: y su gracia no ha sido en vano para conmigo; antes he trabajado más que todos ellos: pero no yo, sino la gracia de Dios que fué conmigo .
Y si Cristo no resucitó, vana es entonces nuestra predicación, vana es también vuestra fe.
Entonces también los que durmieron en Cristo son perdidos.
Porque así como en Adam todos mueren, así también en Cristo todos serán vivificados.
Y el postrer enemigo que será deshecho, será la muerte.
¿Y por qué nosotros peligramos á toda hora?
Velad debidamente, y no pequéis; porque algunos no conocen á Dios: para vergüenza vuestra hablo.
Mas Dios le da el cuerpo como quiso, y á cada simiente su propio cuerpo.
Así también es la resurrección de los muertos. Se siembra en corrupción, se levantará en incorrupción;
Mas lo espiritual no es primero, sino lo animal; luego lo espiritual.
Esto empero digo, hermanos: que la carne y la sangre no pueden heredar el reino de Dios; ni la corrupción hereda la incorrupción.
Y cuando esto corruptible fuere vestido de incorrupción, y esto mortal fuere vestido de inmortalidad, entonces se efectuará la palabra que está escrita: Sorbida es la muerte con victoria.
Así que, hermanos míos amados, estad firmes y constantes, creciendo en la obra del Señor siempre, sabiendo que vuestro trabajo en el Señor no es vano.
Y si fuere digno el negocio de que yo también vaya, irán conmigo .
Empero estaré en Efeso hasta Pentecostés;
Acerca del hermano Apolos, mucho le he rogado que fuese á vosotros con los hermanos; mas en ninguna manera tuvo voluntad de ir por ahora; pero irá cuando tuviere oportunidad.
Que vosotros os sujetéis á los tales, y á todos los que ayudan y trabajan.
Os saludan todos los hermanos. Saludaos los unos á los otros con ósculo santo.
Mi amor en Cristo Jesús sea con todos vosotros. Amén. La primera á los Corintios fué enviada de Filipos con Estéfanas, y Fortunato, y Achâico, y Timoteo.
El cual nos consuela en todas nuestras tribulaciones, para que podamos también nosotros consolar á los que están en cualquiera angustia, con la consolación con que nosotros somos consolados de Dios.
Porque hermanos, no queremos que ignoréis de nuestra tribulación que nos fué hecha en Asia; que sobremanera fuimos cargados sobre nuestras fuerzas de tal manera que estuviésemos en duda de la vida.
Porque nuestra gloria es esta: el testimonio de nuestra conciencia, que con simplicidad y sinceridad de Dios, no con sabiduría carnal, mas con la gracia de Dios, hemos conversado en el mundo, y muy más con vosotros.
Y por vosotros pasar á Macedonia, y de Macedonia venir otra vez á vosotros, y ser vuelto de vosotros á Judea.
Porque todas las promesas de Dios son en él Sí, y en él Amén, por nosotros á gloria de Dios.
No que nos enseñoreemos de vuestra fe, mas somos ayudadores de vuestro gozo: porque por la fe estáis firmes.
Porque por la mucha tribulación y angustia del corazón os escribí con muchas lágrimas; no para que fueseis contristados, mas para que supieseis cuánto más amor tengo para con vosotros.
Por lo cual os ruego que confirméis el amor para con él.
Cuando vine á Troas para el evangelio de Cristo, aunque me fué abierta puerta en el Señor,
A éstos ciertamente olor de muerte para muerte; y á aquéllos olor de vida para vida. Y para estas cosas ¿quién es suficiente?
Siendo manifiesto que sois letra de Cristo administrada de nosotros, escrita no con tinta, mas con el Espíritu del Dios vivo; no en tablas de piedra, sino en tablas de carne del corazón.
Y si el ministerio de muerte en la letra grabado en piedras, fué con gloria, tanto que los hijos de Israel no pudiesen poner los ojos en la faz de Moisés á causa de la gloria de su rostro, la cual había de perecer,
Porque si lo que perece tuvo gloria , mucho más será en gloria lo que permanece.
Y aun hasta el día de hoy, cuando Moisés es leído, el velo está puesto sobre el corazón de ellos.
POR lo cual teniendo nosotros esta administración según la misericordia que hemos alcanzado, no desmayamos;
Porque no nos predicamos á nosotros mismos, sino á Jesucristo , el Señor; y nosotros vuestros siervos por Jesús.
Perseguidos, mas no desamparados; abatidos, mas no perecemos;
Empero teniendo el mismo espíritu de fe, conforme á lo que está escrito: Creí, por lo cual también hablé: nosotros también creemos, por lo cual también hablamos;
Porque lo que al presente es momentáneo y leve de nuestra tribulación, nos obra un sobremanera alto y eterno peso de gloria;
Puesto que en verdad habremos sido hallados vestidos, y no desnudos.
(Porque por fe andamos, no por vista;)
Estando pues poseídos del temor del Señor, persuadimos á los hombres, mas á Dios somos manifiestos; y espero que también en vuestras conciencias somos manifiestos.
Y por todos murió, para que los que viven, ya no vivan para sí, mas para aquel que murió y resucitó por ellos.
Porque ciertamente Dios estaba en Cristo reconciliando el mundo á sí, no imputándole sus pecados, y puso en nosotros la palabra de la reconciliación.
(Porque dice: En tiempo aceptable te he oído, y en día de salud te he socorrido: he aquí ahora el tiempo aceptable; he aquí ahora el día de salud:)
En castidad, en ciencia, en longanimidad, en bondad, en Espíritu Santo, en amor no fingido;
Como doloridos, mas siempre gozosos; como pobres, mas enriqueciendo á muchos; como no teniendo nada, mas poseyéndolo todo.
No os juntéis en yugo con los infieles: porque ¿qué compañía tiene la justicia con la injusticia? ¿y qué comunión la luz con las tinieblas?
Y seré á vosotros Padre, y vosotros me seréis á mí hijos é hijas, dice el Señor Todopoderoso.
Mucha confianza tengo de vosotros, tengo de vosotros mucha gloria; lleno estoy de consolación, sobreabundo de gozo en todas nuestras tribulaciones.
Porque aunque os contristé por la carta, no me arrepiento, bien que me arrepentí; porque veo que aquella carta, aunque por algún tiempo os contristó,
Así que, aunque os escribí, no fué por causa del que hizo la injuria, ni por causa del que la padeció, mas para que os fuese manifiesta nuestra solicitud que tenemos por vosotros delante de Dios.
Me gozo de que en todo estoy confiado de vosotros.
Pidiéndonos con muchos ruegos, que aceptásemos la gracia y la comunicación del servicio para los santos.
No hablo como quien manda, sino para poner á prueba, por la eficacia de otros, la sinceridad también de la caridad vuestra.
Porque si primero hay la voluntad pronta, será acepta por lo que tiene, no por lo que no tiene.
Empero gracias á Dios que dió la misma solicitud por vosotros en el corazón de Tito.
Evitando que nadie nos vitupere en esta abundancia que ministramos ;
Mostrad pues, para con ellos á la faz de las iglesias la prueba de vuestro amor, y de nuestra gloria acerca de vosotros.
No sea que, si vinieren conmigo Macedonios, y os hallaren desapercibidos, nos avergoncemos nosotros, por no decir vosotros, de este firme gloriarnos.
Y poderoso es Dios para hacer que abunde en vosotros toda gracia; á fin de que, teniendo siempre en todas las cosas todo lo que basta, abundéis para toda buena obra:
Porque la suministración de este servicio, no solamente suple lo que á los santos falta, sino también abunda en muchos hacimientos de gracias á Dios:
EMPERO yo Pablo, os ruego por la mansedumbre y modestia de Cristo, yo que presente ciertamente soy bajo entre vosotros, mas ausente soy confiado entre vosotros:
Destruyendo consejos, y toda altura que se levanta contra la ciencia de Dios, y cautivando todo intento á la obediencia de Cristo;
Porque no parezca como que os quiero espantar por cartas.
Nosotros empero, no nos gloriaremos fuera de nuestra medida, sino conforme á la medida de la regla, de la medida que Dios nos repartió, para llegar aun hasta vosotros.
Mas el que se gloría, gloríese en el Señor.
Mas temo que como la serpiente engañó á Eva con su astucia, sean corrompidos así vuestros sentidos en alguna manera, de la simplicidad que es en Cristo.
¿Pequé yo humillándome á mí mismo, para que vosotros fueseis ensalzados, porque os he predicado el evangelio de Dios de balde?
¿Por qué? ¿porque no os amo? Dios lo sabe.
Así que, no es mucho si también sus ministros se transfiguran como ministros de justicia; cuyo fin será conforme á sus obras.
Porque de buena gana toleráis los necios, siendo vosotros sabios:
¿Son ministros de Cristo? (como poco sabio hablo) yo más: en trabajos más abundante; en azotes sin medida; en cárceles más; en muertes, muchas veces.
En trabajo y fatiga, en muchas vigilias, en hambre y sed, en muchos ayunos, en frío y en desnudez;
El Dios y Padre del Señor nuestro Jesucristo , que es bendito por siglos, sabe que no miento.
Conozco á un hombre en Cristo, que hace catorce años (si en el cuerpo, no lo sé; si fuera del cuerpo, no lo sé: Dios lo sabe) fué arrebatado hasta el tercer cielo.
Por lo cual si quisiere gloriarme, no seré insensato: porque diré verdad: empero lo dejo, porque nadie piense de mí más de lo que en mí ve, ú oye de mí.
Por lo cual me gozo en las flaquezas, en afrentas, en necesidades, en persecuciones, en angustias por Cristo; porque cuando soy flaco, entonces soy poderoso.
He aquí estoy aparejado para ir á vosotros la tercera vez, y no os seré gravoso; porque no busco vuestras cosas, sino á vosotros: porque no han de atesorar los hijos para los padres, sino los padres para los hijos.
Rogué á Tito, y envié con él al hermano. ¿Os engañó quizá Tito? ¿no hemos procedido con el mismo espíritu y por las mismas pisadas?
ESTA tercera vez voy á vosotros. En la boca de dos ó de tres testigos consistirá todo negocio.
Examinaos á vosotros mismos si estáis en fe; probaos á vosotros mismos. ¿No os conocéis á vosotros mismos, que Jesucristo está en vosotros? si ya no sois reprobados.
Por lo cual nos gozamos que seamos nosotros flacos, y que vosotros estéis fuertes; y aun deseamos vuestra perfección.
La gracia del Señor Jesucristo , y el amor de Dios, y la participación del Espíritu Santo sea con vosotros todos. Amén. La segunda Epístola á los Corintios fué enviada de Filipos de Macedonia con Tito y Lucas.
El cual se dió á sí mismo por nuestros pecados para librarnos de este presente siglo malo, conforme á la voluntad de Dios y Padre nuestro;
Mas aun si nosotros ó un ángel del cielo os anunciare otro evangelio del que os hemos anunciado, sea anatema.
Pues ni yo lo recibí, ni lo aprendí de hombre, sino por revelación de Jesucristo .
Revelar á su Hijo en mí, para que le predicase entre los Gentiles, luego no conferí con carne y sangre;
Y en esto que os escribo, he aquí, delante de Dios, no miento.
Y glorificaban á Dios en mí.
Y eso por causa de los falsos hermanos, que se entraban secretamente para espiar nuestra libertad que tenemos en Cristo Jesús, para ponernos en servidumbre;
(Porque el que hizo por Pedro para el apostolado de la circuncisión, hizo también por mí para con los Gentiles;)
Porque antes que viniesen unos de parte de Jacobo, comía con los Gentiles; mas después que vinieron, se retraía y apartaba, teniendo miedo de los que eran de la circuncisión.
Sabiendo que el hombre no es justificado por las obras de la ley, sino por la fe de Jesucristo , nosotros también hemos creído en Jesucristo , para que fuésemos justificados por la fe de Cristo, y no por las obras de la ley; por cuanto por las obras de la ley ninguna carne será justificada.
Con Cristo estoy juntamente crucificado, y vivo, no ya yo, mas vive Cristo en mí: y lo que ahora vivo en la carne, lo vivo en la fe del Hijo de Dios, el cual me amó, y se entregó á sí mismo por mí.
¿Tan necios sois? ¿habiendo comenzado por el Espíritu, ahora os perfeccionáis por la carne?
Sabéis por tanto, que los que son de fe, los tales son hijos de Abraham.
Mas por cuanto por la ley ninguno se justifica para con Dios, queda manifiesto: Que el justo por la fe vivirá.
Hermanos, hablo como hombre: Aunque un pacto sea de hombre, con todo, siendo confirmado, nadie lo cancela, ó le añade.
¿Pues de qué sirve la ley? Fué puesta por causa de las rebeliones, hasta que viniese la simiente á quien fué hecha la promesa, ordenada aquélla por los ángeles en la mano de un mediador.
Empero antes que viniese la fe, estábamos guardados bajo la ley, encerrados para aquella fe que había de ser descubierta.
Porque todos los que habéis sido bautizados en Cristo, de Cristo estáis vestidos.
Mas está debajo de tutores y curadores hasta el tiempo señalado por el padre.
Y por cuanto sois hijos, Dios envió el Espíritu de su Hijo en vuestros corazones, el cual clama: Abba, Padre.
Guardáis los días, y los meses, y los tiempos, y los años.
Y no desechasteis ni menospreciasteis mi tentación que estaba en mi carne: antes me recibisteis como á un ángel de Dios, como á Cristo Jesús.
Bueno es ser celosos en bien siempre; y no solamente cuando estoy presente con vosotros.
Porque escrito está que Abraham tuvo dos hijos; uno de la sierva, el otro de la libre.
Mas la Jerusalem de arriba libre es; la cual es la madre de todos nosotros.
Mas ¿qué dice la Escritura? Echa fuera á la sierva y á su hijo; porque no será heredero el hijo de la sierva con el hijo de la libre.
Y otra vez vuelvo á protestar á todo hombre que se circuncidare, que está obligado á hacer toda la ley.
Vosotros corríais bien: ¿quién os embarazó para no obedecer á la verdad?
Y yo, hermanos, si aun predico la circuncisión, ¿por qué padezco persecución todavía? pues que quitado es el escándalo de la cruz.
Y si os mordéis y os coméis los unos á los otros, mirad que también no os consumáis los unos á los otros.
Y manifiestas son las obras de la carne, que son: adulterio, fornicación, inmundicia, disolución,
Mansedumbre, templanza: contra tales cosas no hay ley.
HERMANOS, si alguno fuere tomado en alguna falta, vosotros que sois espirituales, restaurad al tal con el espíritu de mansedumbre; considerándote á ti mismo, porque tú no seas también tentado.
Porque cada cual llevará su carga.
No nos cansemos, pues, de hacer bien; que á su tiempo segaremos, si no hubiéremos desmayado.
Porque ni aun los mismos que se circuncidan guardan la ley; sino que quieren que vosotros seáis circuncidados, para gloriarse en vuestra carne.
De aquí adelante nadie me sea molesto; porque yo traigo en mi cuerpo las marcas del Señor Jesús.
Bendito el Dios y Padre del Señor nuestro Jesucristo , el cual nos bendijo con toda bendición espiritual enlugarescelestiales en Cristo:
En el cual tenemos redención por su sangre, la remisión de pecados por las riquezas de su gracia,
En él digo, en quien asimismo tuvimos suerte, habiendo sido predestinados conforme al propósito del que hace todas las cosas según el consejo de su voluntad,
Por lo cual también yo, habiendo oído de vuestra fe en el Señor Jesús, y amor para con todos los santos,
Y cuál aquella supereminente grandeza de su poder para con nosotros los que creemos, por la operación de la potencia de su fortaleza,
La cual es su cuerpo, la plenitud de Aquel que hinche todas las cosas en todos.
Empero Dios, que es rico en misericordia, por su mucho amor con que nos amó,
Porque por gracia sois salvos por la fe; y esto no de vosotros, pues es don de Dios:
Que en aquel tiempo estabais sin Cristo, alejados de la república de Israel, y extranjeros á los pactos de la promesa, sin esperanza y sin Dios en el mundo.
Y reconciliar por la cruz con Dios á ambos en un mismo cuerpo, matando en ella las enemistades.
Edificados sobre el fundamento de los apóstoles y profetas, siendo la principal piedra del ángulo Jesucristo mismo;
Si es que habéis oído la dispensación de la gracia de Dios que me ha sido dada para con vosotros,
Que los Gentiles sean juntamente herederos, é incorporados, y consortes de su promesa en Cristo por el evangelio:
Para que la multiforme sabiduría de Dios sea ahora notificada por la iglesia á los principados y potestades en los cielos,
Por esta causa doblo mis rodillas al Padre de nuestro Señor Jesucristo ,
Podáis bien comprender con todos los santos cuál sea la anchura y la longura y la profundidad y la altura,
YO pues, preso en el Señor, os ruego que andéis como es digno de la vocación con que sois llamados;
Un Señor, una fe, un bautismo,
(Y que subió, ¿qué es, sino que también había descendido primero á las partes más bajas de la tierra?
Hasta que todos lleguemos á la unidad de la fe y del conocimiento del Hijo de Dios, á un varón perfecto, á la medida de la edad de la plenitud de Cristo:
Esto pues digo, y requiero en el Señor, que no andéis más como los otros Gentiles, que andan en la vanidad de su sentido,
Si empero lo habéis oído, y habéis sido por él enseñados, como la verdad está en Jesús,
Por lo cual, dejada la mentira, hablad verdad cada uno con su prójimo; porque somos miembros los unos de los otros.
Ninguna palabra torpe salga de vuestra boca, sino la que sea buena para edificación, para que dé gracia á los oyentes.
SED, pues, imitadores de Dios como hijos amados:
Porque sabéis esto, que ningún fornicario, ó inmundo, ó avaro, que es servidor de ídolos, tiene herencia en el reino de Cristo y de Dios.
(Porque el fruto del Espíritu es en toda bondad, y justicia, y verdad;)
Mas todas las cosas cuando son redargüidas, son manifestadas por la luz; porque lo que manifiesta todo, la luz es.
Por tanto, no seáis imprudentes, sino entendidos de cuál sea la voluntad del Señor.
Sujetados los unos á los otros en el temor de Dios.
Maridos, amad á vuestras mujeres, así como Cristo amó á la iglesia, y se entregó á sí mismo por ella,
Porque ninguno aborreció jamás á su propia carne, antes la sustenta y regala, como también Cristo á la iglesia;
Cada uno empero de vosotros de por sí, ame también á su mujer como á sí mismo; y la mujer reverencie á su marido.
Y vosotros, padres, no provoquéis á ira á vuestros hijos; sino criadlos en disciplina y amonestación del Señor.
Sabiendo que el bien que cada uno hiciere, esto recibirá del Señor, sea siervo ó sea libre.
Porque no tenemos lucha contra sangre y carne; sino contra principados, contra potestades, contra señores del mundo, gobernadores de estas tinieblas, contra malicias espirituales en los aires.
Sobre todo, tomando el escudo de la fe, con que podáis apagar todos los dardos de fuego del maligno.
Por el cual soy embajador en cadenas; que resueltamente hable de él, como debo hablar.
Gracia sea con todos los que aman á nuestro Señor Jesucristo en sinceridad. Amén. Escrita de Roma á los Efesios por Tichîco.
Siempre en todas mis oraciones haciendo oración por todos vosotros con gozo,
Porque Dios me es testigo de cómo os amo á todos vosotros en las entrañas de Jesucristo .
Y quiero, hermanos, que sepáis que las cosas que mehan sucedido, han redundado más en provecho del evangelio;
Los unos anuncian á Cristo por contención, no sinceramente, pensando añadir aflicción á mis prisiones;
Conforme á mi mira y esperanza, que en nada seré confundido; antes bien con toda confianza, como siempre, ahora también será engrandecido Cristo en mi cuerpo, ó por vida, ó por muerte.
Empero quedar en la carne es más necesario por causa de vosotros.
Y en nada intimidados de los que se oponen: que á ellos ciertamente es indicio de perdición, mas á vosotros de salud; y esto de Dios;
Cumplid mi gozo; que sintáis lo mismo, teniendo el mismo amor, unánimes, sintiendo una misma cosa.
El cual, siendo en forma de Dios, no tuvo por usurpación ser igual á Dios:
Para que en el nombre de Jesús se doble toda rodilla de los que están en los cielos, y de los que en la tierra, y de los que debajo de la tierra;
Haced todo sin murmuraciones y contiendas,
Y asimismo gozaos también vosotros, y regocijaos conmigo.
Pero la experiencia de él habéis conocido, que como hijo á padre ha servido conmigo en el evangelio.
Porque tenía gran deseo de ver á todos vosotros, y gravemente se angustió porque habíais oído que había enfermado.
Porque por la obra de Cristo estuvo cercano á la muerte, poniendo su vida para suplir vuestra falta en mi servicio.
Aunque yo tengo también de qué confiar en la carne. Si alguno parece que tiene de qué confiar en la carne, yo más:
Y ciertamente, aun reputo todas las cosas pérdida por el eminente conocimiento de Cristo Jesús, mi Señor, por amor del cual lo he perdido todo, y téngolo por estiércol, para ganar á Cristo,
No que ya haya alcanzado, ni que ya sea perfecto; sino que prosigo, por ver si alcanzo aquello para lo cual fuí también alcanzado de Cristo Jesús.
Empero en aquello á que hemos llegado, vamos por la misma regla, sintamos una misma cosa.
Mas nuestra vivienda es en los cielos; de donde también esperamos al Salvador, al Señor Jesucristo ;
Asimismo te ruego también á ti, hermano compañero, ayuda á las que trabajaron juntamente conmigo en el evangelio, con Clemente también, y los demás mis colaboradores, cuyos nombres están en el libro de la vida.
Y la paz de Dios, que sobrepuja todo entendimiento, guardará vuestros corazones y vuestros entendimientos en Cristo Jesús.
No lo digo en razón de indigencia, pues he aprendido á contentarme con lo que tengo.
Y sabéis también vosotros, oh Filipenses, que al principio del evangelio, cuando partí de Macedonia, ninguna iglesia me comunicó en razón de dar y recibir, sino vosotros solos.
Mi Dios, pues, suplirá todo lo que os falta conforme á sus riquezas en gloria en Cristo Jesús.
La gracia de nuestro Señor Jesucristo sea con todos vosotros. Amén. Escrita de Roma con Epafrodito.
Habiendo oído vuestra fe en Cristo Jesús, y el amor que tenéis á todos los santos,
El cual también nos ha declarado vuestro amor en el Espíritu.
Dando gracias al Padre que nos hizo aptos para participar de la suerte de los santos en luz:
Porque por él fueron criadas todas las cosas que están en los cielos, y que están en la tierra, visibles é invisibles; sean tronos, sean dominios, sean principados, sean potestades; todo fué criado por él y para él.
Y por él reconciliar todas las cosas á sí, pacificando por la sangre de su cruz, así lo que está en la tierra como lo que está en los cielos.
Que ahora me gozo en lo que padezco por vosotros, y cumplo en mi carne lo que falta de las aflicciones de Cristo por su cuerpo, que es la iglesia;
El cual nosotros anunciamos , amonestando á todo hombre, y enseñando en toda sabiduría, para que presentemos á todo hombre perfecto en Cristo Jesús:
En el cual están escondidos todos los tesoros de sabiduría y conocimiento.
Arraigados y sobreedificados en él, y confirmados en la fe, así como habéis aprendido, creciendo en ella con hacimiento de gracias.
En el cual también sois circuncidados de circuncisión no hecha con manos, con el despojamiento del cuerpo de los pecados de la carne, en la circuncisión de Cristo;
Y despojando los principados y las potestades, sacólos á la vergüenza en público, triunfando de ellos en sí mismo.
Y no teniendo la cabeza, de la cual todo el cuerpo, alimentado y conjunto por las ligaduras y conjunturas, crece en aumento de Dios.
Tales cosas tienen á la verdad cierta reputación de sabiduría en culto voluntario, y humildad, y en duro trato del cuerpo; no en alguna honra para el saciar de la carne.
Cuando Cristo, vuestra vida, se manifestare, entonces vosotros también seréis manifestados con él en gloria.
Mas ahora, dejad también vosotros todas estas cosas: ira, enojo, malicia, maledicencia, torpes palabras de vuestra boca.
Vestíos pues, como escogidos de Dios, santos y amados, de entrañas de misericordia, de benignidad, de humildad, de mansedumbre, de tolerancia;
La palabra de Cristo habite en vosotros en abundancia en toda sabiduría, enseñándoos y exhortándoos los unos á los otros con salmos é himnos y canciones espirituales, con gracia cantando en vuestros corazones al Señor.
Hijos, obedeced á vuestros padres en todo; porque esto agrada al Señor.
Sabiendo que del Señor recibiréis la compensación de la herencia: porque al Señor Cristo servís.
Orando también juntamente por nosotros, que el Señor nos abra la puerta de la palabra, para hablar el misterio de Cristo, por el cual aun estoy preso,
Todos mis negocios os hará saber Tichîco, hermano amado y fiel ministro y consiervo en el Señor:
Y Jesús, el que se llama Justo; los cuales son de la circuncisión: éstos solos son los que me ayudan en el reino de Dios, y me han sido consuelo.
Saludad á los hermanos que están en Laodicea, y á Nimfas, y á la iglesia que está en su casa.
PABLO, y Silvano, y Timoteo, á la iglesia de los Tesalonicensesque esen Dios Padre y en el Señor Jesucristo : Gracia y paz á vosotros de Dios nuestro Padre y del Señor Jesucristo .
Por cuanto nuestro evangelio no fué á vosotros en palabra solamente, mas también en potencia, y en Espíritu Santo, y en gran plenitud; como sabéis cuáles fuimos entre vosotros por amor de vosotros.
Porque ellos cuentan de nosotros cuál entrada tuvimos á vosotros; y cómo os convertisteis de los ídolos á Dios, para servir al Dios vivo y verdadero,
Porque nuestra exhortación no fué de error, ni de inmundicia, ni por engaño;
Antes fuimos blandos entre vosotros como la que cría, que regala á sus hijos:
Así como sabéis de qué modo exhortábamos y consolábamos á cada uno de vosotros, como el padre á sus hijos,
Los cuales aun mataron al Señor Jesús y á sus propios profetas, y á nosotros nos han perseguido; y no agradan á Dios, y se oponen á todos los hombres;
Porque ¿cuál es nuestra esperanza, ó gozo, ó corona de que me gloríe? ¿No sois vosotros, delante de nuestro Señor Jesucristo en su venida?
Para que nadie se conmueva por estas tribulaciones; porque vosotros sabéis que nosotros somos puestos para esto.
En ello, hermanos, recibimos consolación de vosotros en toda nuestra necesidad y aflicción por causa de vuestra fe:
Mas el mismo Dios y Padre nuestro, y el Señor nuestro Jesucristo , encamine nuestro viaje á vosotros.
Porque ya sabéis qué mandamientos os dimos por el Señor Jesús.
Que ninguno oprima, ni engañe en nada á su hermano: porque el Señor es vengador de todo esto, como ya os hemos dicho y protestado.
Y también lo hacéis así con todos los hermanos que están por toda Macedonia. Empero os rogamos, hermanos, que abundéis más;
Porque si creemos que Jesús murió y resucitó, así también traerá Dios con él á los que durmieron en Jesús.
Por tanto, consolaos los unos á los otros en estas palabras.
Mas vosotros, hermanos, no estáis en tinieblas, para que aquel día os sobrecoja como ladrón;
Mas nosotros, que somos del día, estemos sobrios, vestidos de cota de fe y de caridad, y la esperanza de salud por yelmo.
Y os rogamos, hermanos, que reconozcáis á los que trabajan entre vosotros, y os presiden en el Señor, y os amonestan:
Estad siempre gozosos.
No menospreciéis las profecías.
Fiel es el que os ha llamado; el cual también lo hará.
La gracia de nuestro Señor Jesucristo sea con vosotros. Amén. La primera epístola á los Tesalonicenses fué escrita de Atenas.
Tanto, que nosotros mismos nos gloriamos de vosotros en las iglesias de Dios, de vuestra paciencia y fe en todas vuestras persecuciones y tribulaciones que sufrís:
En llama de fuego, para dar el pago á los que no conocieron á Dios, ni obedecen al evangelio de nuestro Señor Jesucristo ;
Para que el nombre de nuestro Señor Jesucristo sea glorificado en vosotros, y vosotros en él, por la gracia de nuestro Dios y del Señor Jesucristo .
Oponiéndose, y levantándose contra todo lo que se llama Dios, ó que se adora; tanto que se asiente en el templo de Dios como Dios, haciéndose parecer Dios.
Y entonces será manifestado aquel inicuo, al cual el Señor matará con el espíritu de su boca, y destruirá con el resplandor de su venida;
Para que sean condenados todos los que no creyeron á la verdad, antes consintieron á la iniquidad.
Y el mismo Señor nuestro Jesucristo , y Dios y Padre nuestro, el cual nos amó, y nos dió consolación eterna, y buena esperanza por gracia,
Mas fiel es el Señor, que os confirmará y guardará del mal.
Porque vosotros mismos sabéis de qué manera debéis imitarnos : porque no anduvimos desordenadamente entre vosotros,
Porque oímos que andan algunos entre vosotros fuera de orden, no trabajando en nada, sino ocupados en curiosear.
Mas no lo tengáis como á enemigo, sino amonestadle como á hermano.
PABLO, apóstol de Jesucristo por la ordenación de Dios nuestro Salvador, y del Señor Jesucristo , nuestra esperanza;
Pues el fin del mandamiento es la caridadnacidade corazón limpio, y de buena conciencia, y de fe no fingida:
Conociendo esto, que la ley no es puesta para el justo, sino para los injustos y para los desobedientes, para los impíos y pecadores, para los malos y profanos, para los parricidas y matricidas, para los homicidas,
Habiendo sido antes blasfemo y perseguidor é injuriador: mas fuí recibido á misericordia, porque lo hice con ignorancia en incredulidad.
Por tanto, al Rey de siglos, inmortal, invisible, al solo sabio Diosseahonor y gloria por los siglos de los siglos. Amén.
AMONESTO pues, ante todas cosas, que se hagan rogativas, oraciones, peticiones, hacimientos de gracias, por todos los hombres;
Porque hay un Dios, asimismo un mediador entre Dios y los hombres, Jesucristo hombre;
Asimismo también las mujeres, ataviándose en hábito honesto, con vergüenza y modestia; no con cabellos encrespados, ú oro, ó perlas, ó vestidos costosos,
Porque Adam fué formado el primero, después Eva;
Conviene, pues, que el obispo sea irreprensible, marido de una mujer, solícito, templado, compuesto, hospedador, apto para enseñar;
No un neófito, porque inflándose no caiga en juicio del diablo.
Y éstos también sean antes probados; y así ministren, si fueren sin crimen.
Esto te escribo con esperanza que iré presto á ti:
Que con hipocresía hablarán mentira, teniendo cauterizada la conciencia.
Si esto propusieres á los hermanos, serás buen ministro de Jesucristo , criado en las palabras de la fe y de la buena doctrina, la cual has alcanzado.
Que por esto aun trabajamos y sufrimos oprobios, porque esperamos en el Dios viviente, el cual es Salvador de todos los hombres, mayormente de los que creen.
No descuides el don que está en ti, que te es dado por profecía con la imposición de las manos del presbiterio.
A las ancianas, como á madres; á las jovencitas, como á hermanas, con toda pureza.
Pero la que vive en delicias, viviendo está muerta.
Que tenga testimonio en buenas obras; si crió hijos; si ha ejercitado la hospitalidad; si ha lavado los pies de los santos; si ha socorrido á los afligidos; si ha seguido toda buena obra.
Quiero pues, que las que son jóvenes se casen, críen hijos, gobiernen la casa; que ninguna ocasión den al adversario para maldecir.
Porque la Escritura dice: No embozarás al buey que trilla; y: Digno es el obrero de su jornal.
No impongas de ligero las manos á ninguno, ni comuniques en pecados ajenos: consérvate en limpieza.
TODOS los que están debajo del yugo de servidumbre, tengan á sus señores por dignos de toda honra, porque no sea blasfemado el nombre del Señor y la doctrina.
Porfías de hombres corruptos de entendimiento y privados de la verdad, que tienen la piedad por granjería: apártate de los tales.
Porque los que quieren enriquecerse, caen en tentación y lazo, y en muchas codicias locas y dañosas, que hunden á los hombres en perdición y muerte.
Te mando delante de Dios, que da vida á todas las cosas, y de Jesucristo , que testificó la buena profesión delante de Poncio Pilato,
A los ricos de este siglo manda que no sean altivos, ni pongan la esperanza en la incertidumbre de las riquezas, sino en el Dios vivo, que nos da todas las cosas en abundancia de que gocemos:
La cual profesando algunos, fueron descaminados acerca de la fe. La gracia sea contigo . Amén. La primera epístola á Timoteo fué escrita de Laodicea, que es metrópoli de la Frigia Pacatiana.
Deseando verte , acordándome de tus lágrimas, para ser lleno de gozo;
Por tanto no te avergüences del testimonio de nuestro Señor, ni de mí, preso suyo; antes sé participante de los trabajos del evangelio según la virtud de Dios,
Por lo cual asimismo padezco esto: mas no me avergüenzo; porque yo sé á quien he creído, y estoy cierto que es poderoso para guardar mi depósito para aquel día.
Dé el Señor misericordia á la casa de Onesíforo; que muchas veces me refrigeró, y no se avergonzó de mi cadena:
Y lo que has oído de mí entre muchos testigos, esto encarga á los hombres fieles que serán idóneos para enseñar también á otros.
El labrador, para recibir los frutos, es menester que trabaje primero .
Por tanto, todo lo sufro por amor de los escogidos, para que ellos también consigan la salud que es en Cristo Jesús con gloria eterna.
Recuérdales esto, protestando delante del Señor que no contiendan en palabras, lo cual para nada aprovecha, antes trastorna á los oyentes.
Que se han descaminado de la verdad, diciendo que la resurrección es ya hecha, y trastornan la fe de algunos.
Huye también los deseos juveniles; y sigue la justicia, la fe, la caridad, la paz, con los que invocan al Señor de puro corazón.
Y se zafen del lazo del diablo, en que están cautivos á voluntad de él.
Traidores, arrebatados, hinchados, amadores de los deleites más que de Dios;
Y de la manera que Jannes y Jambres resistieron á Moisés, así también éstos resisten á la verdad; hombres corruptos de entendimiento, réprobos acerca de la fe.
Y también todos los que quieren vivir píamente en Cristo Jesús, padecerán persecución.
Toda Escritura es inspirada divinamente y útil para enseñar, para redargüir, para corregir, para instituir en justicia,
Porque vendrá tiempo cuando no sufrirán la sana doctrina; antes, teniendo comezón de oir, se amontonarán maestros conforme á sus concupiscencias,
He peleado la buena batalla, he acabado la carrera, he guardado la fe.
Lucas solo está conmigo . Toma á Marcos, y tráele contigo ; porque me es útil para el ministerio.
Guárdate tú también de él; que en grande manera ha resistido á nuestras palabras.
Saluda á Prisca y á Aquila, y á la casa de Onesíforo.
PABLO, siervo de Dios, y apóstol de Jesucristo , según la fe de los escogidos de Dios, y el conocimiento de la verdad que es según la piedad,
Por esta causa te dejé en Creta, para que corrigieses lo que falta, y pusieses ancianos por las villas, así como yo te mandé:
Retenedor de la fiel palabra que es conforme á la doctrina: para que también pueda exhortar con sana doctrina, y convencer á los que contradijeren.
Este testimonio es verdadero: por tanto , repréndelos duramente, para que sean sanos en la fe,
EMPERO tú, habla lo que conviene á la sana doctrina:
A ser templadas, castas, que tengan cuidado de la casa, buenas, sujetas á sus maridos; porque la palabra de Dios no sea blasfemada.
Exhorta á los siervos á que sean sujetos á sus señores, que agraden en todo, no respondones;
Esperando aquella esperanza bienaventurada, y la manifestación gloriosa del gran Dios y Salvador nuestro Jesucristo ,
Que á nadie infamen, que no sean pendencieros, sinomodestos, mostrando toda mansedumbre para con todos los hombres.
El cual derramó en nosotros abundantemente por Jesucristo nuestro Salvador,
Rehusa hombre hereje, después de una y otra amonestación;
Y aprendan asimismo los nuestros á gobernarse en buenas obras para los usos necesarios, para que no sean sin fruto.
Gracia á vosotros y paz de Dios nuestro Padre, y del Señor Jesucristo .
Porque tenemos gran gozo y consolación de tu caridad, de que por ti, oh hermano, han sido recreadas las entrañas de los santos.
El cual en otro tiempo te fué inútil, mas ahora á ti y á mí es útil;
Porque acaso por esto se ha apartado de ti por algún tiempo, para que le recibieses para siempre;
Yo Pablo lo escribí de mi mano, yo lo pagaré: por no decirte que aun á ti mismo te me debes demás.
Te saludan Epafras, mi compañero en la prisión por Cristo Jesús,
En estos postreros días nos ha hablado por el Hijo, al cual constituyó heredero de todo, por el cual asimismo hizo el universo:
Y otra vez, cuando introduce al Primogénito en la tierra, dice: Y adórenle todos los ángeles de Dios.
Y: Tú, oh Señor, en el principio fundaste la tierra; y los cielos son obras de tus manos:
¿No son todos espíritus administradores, enviados para servicio á favor de los que serán herederos de salud?
Testificando juntamente con ellos Dios, con señales y milagros, y diversas maravillas, y repartimientos del Espíritu Santo según su voluntad.
Todas las cosas sujetaste debajo de sus pies. Porque en cuanto le sujetó todas las cosas, nada dejó que no sea sujeto á él; mas aun no vemos que todas las cosas le sean sujetas.
Diciendo: Anunciaré á mis hermanos tu nombre, en medio de la congregación te alabaré.
Porque ciertamente no tomó á los ángeles, sino á la simiente de Abraham tomó.
El cual es fiel al que le constituyó, como también lo fué Moisés sobre toda su casa.
Mas Cristo como hijo, sobre su casa; la cual casa somos nosotros, si hasta el cabo retuviéremos firme la confianza y la gloria de la esperanza.
A causa de lo cual me enemisté con esta generación, y dije: Siempre divagan ellos de corazón, y no han conocido mis caminos.
Porque participantes de Cristo somos hechos, con tal que conservemos firme hasta el fin el principio de nuestra confianza;
¿Y á quiénes juró que no entrarían en su reposo, sino á aquellos que no obedecieron?
Empero entramos en el reposo los que hemos creído, de la manera que dijo: Como juré en mi ira, no entrarán en mi reposo: aun acabadas las obras desde el principio del mundo.
Determina otra vez un cierto día, diciendo por David: Hoy, después de tanto tiempo; como está dicho: Si oyereis su voz hoy, no endurezcáis vuestros corazones.
Procuremos pues de entrar en aquel reposo; que ninguno caiga en semejante ejemplo de desobediencia.
Porque no tenemos un Pontífice que no se pueda compadecer de nuestras flaquezas; mas tentado en todo según nuestra semejanza, pero sin pecado.
Y por causa de ella debe, como por sí mismo, así también por el pueblo, ofrecer por los pecados.
El cual en los días de su carne, ofreciendo ruegos y súplicas con gran clamor y lágrimas al que le podía librar de la muerte, fué oído por su reverencial miedo.
Del cual tenemos mucho que decir, y dificultoso de declarar, por cuanto sois flacos para oir.
POR tanto, dejando la palabra del comienzoen la doctrinade Cristo, vamos adelante á la perfección; no echando otra vez el fundamento del arrepentimiento de obras muertas, y de la fe en Dios,
Y asimismo gustaron la buena palabra de Dios, y las virtudes del siglo venidero,
Pero de vosotros, oh amados, esperamos mejores cosas, y más cercanas á salud, aunque hablamos así.
Porque prometiendo Dios á Abraham, no pudiendo jurar por otro mayor, juró por sí mismo,
Por lo cual, queriendo Dios mostrar más abundantemente á los herederos de la promesa la inmutabilidad de su consejo, interpuso juramento;
PORQUE este Melchîsedec, rey de Salem, sacerdote del Dios Altísimo, el cual salió á recibir á Abraham que volvía de la derrota de los reyes, y le bendijo,
Y ciertamente los que de los hijos de Leví toman el sacerdocio, tienen mandamiento de tomar del pueblo los diezmos según la ley, es á saber, de sus hermanos aunque también hayan salido de los lomos de Abraham.
Y, por decirlo así, en Abraham fué diezmado también Leví, que recibe los diezmos;
Porque aquel del cual esto se dice, de otra tribu es, de la cual nadie asistió al altar.
Pues se da testimonio de él: Tú eres sacerdote para siempre, según el orden de Melchîsedec.
(Porque los otros cierto sin juramento fueron hechos sacerdotes; mas éste, con juramento por el que le dijo: Juró el Señor, y no se arrepentirá: Tú eres sacerdote eternamente según el orden de Melchîsedec:)
Por lo cual puede también salvar eternamente á los que por él se allegan á Dios, viviendo siempre para interceder por ellos.
ASÍ que, la suma acerca de lo dicho es: Tenemos tal pontífice que se asentó á la diestra del trono de la Majestad en los cielos;
Los cuales sirven de bosquejo y sombra de las cosas celestiales, como fué respondido á Moisés cuando había de acabar el tabernáculo: Mira, dice, haz todas las cosas conforme al dechado que te ha sido mostrado en el monte.
No como el pacto que hice con sus padres el día que los tomé por la mano para sacarlos de la tierra de Egipto: porque ellos no permanecieron en mi pacto, y yo los menosprecié, dice el Señor.
Diciendo, Nuevo pacto, dió por viejo al primero; y lo que es dado por viejo y se envejece, cerca está de desvanecerse.
El cual tenía un incensario de oro, y el arca del pacto cubierta de todas partes alrededor de oro; en la queestabauna urna de oro que contenía el maná, y la vara de Aarón que reverdeció, y las tablas del pacto;
Dando en esto á entender el Espíritu Santo, que aun no estaba descubierto el camino para el santuario, entre tanto que el primer tabernáculo estuviese en pie.
Y no por sangre de machos cabríos ni de becerros, mas por su propia sangre, entró una sola vez en el santuario, habiendo obtenido eterna redención.
Porque donde hay testamento, necesario es que intervenga muerte del testador.
Diciendo: Esta es la sangre del testamento que Dios os ha mandado.
Porque no entró Cristo en el santuario hecho de mano, figura del verdadero, sino en el mismo cielo para presentarse ahora por nosotros en la presencia de Dios.
Así también Cristo fué ofrecido una vez para agotar los pecados de muchos; y la segunda vez, sin pecado, será visto de los que le esperan para salud.
Porque la sangre de los toros y de los machos cabríos no puede quitar los pecados.
Diciendo arriba: Sacrificio y presente, y holocaustos y expiaciones por el pecado no quisiste, ni te agradaron, (las cuales cosas se ofrecen según la ley,)
Pero éste, habiendo ofrecido por los pecados un solo sacrificio para siempre, está sentado á la diestra de Dios,
Y este es el pacto que haré con ellos después de aquellos días, dice el Señor: Daré mis leyes en sus corazones, y en sus almas las escribiré;
Por el camino que él nos consagró nuevo y vivo, por el velo, esto es, por su carne;
Y considerémonos los unos á los otros para provocarnos al amor y á las buenas obras;
El que menospreciare la ley de Moisés, por el testimonio de dos ó de tres testigos muere sin ninguna misericordia:
Empero traed á la memoria los días pasados, en los cuales, después de haber sido iluminados, sufristeis gran combate de aflicciones:
Porque la paciencia os es necesaria ; para que, habiendo hecho la voluntad de Dios, obtengáis la promesa.
ES pues la fe la sustancia de las cosas que se esperan, la demostración de las cosas que no se ven.
Por la fe Enoc fué traspuesto para no ver muerte, y no fué hallado, porque lo traspuso Dios. Y antes que fuese traspuesto, tuvo testimonio de haber agradado á Dios.
Por fe habitó en la tierra prometida como en tierra ajena, morando en cabañas con Isaac y Jacob, herederos juntamente de la misma promesa:
Conforme á la fe murieron todos éstos sin haber recibido las promesas, sino mirándolas de lejos, y creyéndolas, y saludándolas, y confesando que eran peregrinos y advenedizos sobre la tierra.
Por fe ofreció Abraham á Isaac cuando fué probado, y ofrecía al unigénito el que había recibido las promesas,
Por fe Jacob, muriéndose, bendijo á cada uno de los hijos de José, y adoró estribando sobre la punta de su bordón.
Escogiendo antes ser afligido con el pueblo de Dios, que gozar de comodidades temporales de pecado.
Por fe pasaron el mar Bermejo como por tierra seca: lo cual probando los Egipcios, fueron sumergidos.
Que por fe ganaron reinos, obraron justicia, alcanzaron promesas, taparon las bocas de leones,
Fueron apedreados, aserrados, tentados, muertos á cuchillo; anduvieron de acá para allá cubiertos de pieles de ovejas y de cabras , pobres, angustiados, maltratados;
POR tanto nosotros también, teniendo en derredor nuestro una tan grande nube de testigos, dejando todo el peso del pecado que nos rodea, corramos con paciencia la carrera que nos es propuesta,
Y estáis ya olvidados de la exhortación que como con hijos habla con vosotros, diciendo: Hijo mío, no menosprecies el castigo del Señor, ni desmayes cuando eres de él reprendido.
Por otra parte , tuvimos por castigadores á los padres de nuestra carne, y los reverenciábamos, ¿por qué no obedeceremos mucho mejor al Padre de los espíritus, y viviremos?
Y haced derechos pasos á vuestros pies, porque lo que es cojo no salga fuera de camino, antes sea sanado.
Porque ya sabéis que aun después, deseando heredar la bendición, fué reprobado (que no halló lugar de arrepentimiento), aunque la procuró con lágrimas.
Y tan terrible cosa era lo que se veía, que Moisés dijo: Estoy asombrado y temblando.
Mirad que no desechéis al que habla. Porque si aquellos no escaparon que desecharon al que hablaba en la tierra, mucho menos nosotros, si desecháramos al que habla de los cielos.
Porque nuestro Dios es fuego consumidor.
Honroso es en todos el matrimonio, y el lecho sin mancilla; mas á los fornicarios y á los adúlteros juzgará Dios.
Jesucristo es el mismo ayer, y hoy, y por los siglos.
Por lo cual también Jesús, para santificar al pueblo por su propia sangre, padeció fuera de la puerta.
Y de hacer bien y de la comunicación no os olvidéis: porque de tales sacrificios se agrada Dios.
Y el Dios de paz que sacó de los muertos á nuestro Señor Jesucristo , el gran pastor de las ovejas, por la sangre del testamento eterno,
Saludad á todos vuestros pastores, y á todos los santos. Los de Italia os saludan.
Sabiendo que la prueba de vuestra fe obra paciencia.
No piense pues el tal hombre que recibirá ninguna cosa del Señor.
Porque salido el sol con ardor, la hierba se secó, y su flor se cayó, y pereció su hermosa apariencia: así también se marchitará el rico en todos sus caminos.
Y la concupiscencia, después que ha concebido, pare el pecado: y el pecado, siendo cumplido, engendra muerte.
Por esto, mis amados hermanos, todo hombre sea pronto para oir, tardío para hablar, tardío para airarse:
Porque si alguno oye la palabra, y no la pone por obra, este tal es semejante al hombre que considera en un espejo su rostro natural.
La religión pura y sin mácula delante de Dios y Padre es esta: Visitar los huérfanos y las viudas en sus tribulaciones, y guardarse sin mancha de este mundo.
¿No juzgáis en vosotros mismos, y venís á ser jueces de pensamientos malos?
Si en verdad cumplís vosotros la ley real, conforme á la Escritura: Amarás á tu prójimo como á ti mismo, bien hacéis:
Así hablad, y así obrad, como los que habéis de ser juzgados por la ley de libertad.
Y alguno de vosotros les dice: Id en paz, calentaos y hartaos; pero no les diereis las cosas que son necesarias para el cuerpo: ¿qué aprovechará?
¿Mas quieres saber, hombre vano, que la fe sin obras es muerta?
Vosotros veis, pues, que el hombre es justificado por las obras, y no solamente por la fe.
Porque todos ofendemos en muchas cosas. Si alguno no ofende en palabra, éste es varón perfecto, que también puede con freno gobernar todo el cuerpo.
Y la lengua es un fuego, un mundo de maldad. Así la lengua está puesta entre nuestros miembros, la cual contamina todo el cuerpo, é inflama la rueda de la creación, y es inflamada del infierno.
De una misma boca proceden bendición y maldición. Hermanos míos, no conviene que estas cosas sean así hechas.
Pero si tenéis envidia amarga y contención en vuestros corazones, no os gloriéis, ni seáis mentirosos contra la verdad:
Y el fruto de justicia se siembra en paz para aquellos que hacen paz.
Adúlteros y adúlteras, ¿no sabéis que la amistad del mundo es enemistad con Dios? Cualquiera pues que quisiere ser amigo del mundo, se constituye enemigo de Dios.
Allegaos á Dios, y él se allegará á vosotros. Pecadores, limpiad las manos; y vosotros de doblado ánimo, purificad los corazones.
Uno es el dador de la ley, que puede salvar y perder: ¿quién eres tú que juzgas á otro?
Mas ahora os jactáis en vuestras soberbias. Toda jactancia semejante es mala.
Vuestro oro y plata están corrompidos de orín; y su orín os será en testimonio, y comerá del todo vuestras carnes como fuego. Os habéis allegado tesoro para en los postreros días.
Pues, hermanos, tened paciencia hasta la venida del Señor. Miradcómoel labrador espera el precioso fruto de la tierra, aguardando con paciencia, hasta que reciba la lluvia temprana y tardía.
He aquí, tenemos por bienaventurados á los que sufren. Habéis oído la paciencia de Job, y habéis visto el fin del Señor, que el Señor es muy misericordioso y piadoso.
Y la oración de fe salvará al enfermo, y el Señor lo levantará; y si estuviere en pecados, le serán perdonados.
Hermanos, si alguno de entre vosotros ha errado de la verdad, y alguno le convirtiere,
Bendito el Dios y Padre de nuestro Señor Jesucristo , que según su grande misericordia nos ha regenerado en esperanza viva, por la resurrección de Jesucristo de los muertos,
Para que la prueba de vuestra fe, mucho más preciosa que el oro, el cual perece, bien que sea probado con fuego, sea hallada en alabanza, gloria y honra, cuando Jesucristo fuere manifestado :
Escudriñando cuándo y en qué punto de tiempo significaba el Espíritu de Cristo que estaba en ellos, el cual prenunciaba las aflicciones que habían de venir á Cristo, y las glorias después de ellas.
Sino como aquel que os ha llamado es santo, sed también vosotros santos en toda conversación:
Sino con la sangre preciosa de Cristo, como de un cordero sin mancha y sin contaminación:
Siendo renacidos, no de simiente corruptible, sino de incorruptible, por la palabra de Dios, que vive y permanece para siempre.
Desead, como niños recién nacidos, la leche espiritual, sin engaño, para que por ella crezcáis en salud:
Por lo cual también contiene la Escritura: He aquí, pongo en Sión la principal piedra del ángulo, escogida, preciosa; y el que creyere en ella, no será confundido.
Vosotros, que en el tiempo pasado no erais pueblo, mas ahora sois pueblo de Dios; que en el tiempo pasado no habíais alcanzado misericordia, mas ahora habéis alcanzado misericordia.
Ya á los gobernadores, como de él enviados para venganza de los malhechores, y para loor de los que hacen bien.
Siervos, sed sujetos con todo temor á vuestros amos; no solamente á los buenos y humanos, sino también á los rigurosos.
El cual no hizo pecado; ni fué hallado engaño en su boca:
ASIMISMO vosotras, mujeres, sed sujetas á vuestros maridos; para que también los que no creen á la palabra, sean ganados sin palabra por la conversación de sus mujeres,
Porque así también se ataviaban en el tiempo antiguo aquellas santas mujeres que esperaban en Dios, siendo sujetas á sus maridos:
No volviendo mal por mal, ni maldición por maldición, sino antes por el contrario, bendiciendo; sabiendo que vosotros sois llamados para que poseáis bendición en herencia.
¿Y quién es aquel que os podrá dañar, si vosotros seguís el bien?
Porque mejor es que padezcáis haciendo bien, si la voluntad de Dios así lo quiere, que haciendo mal.
A la figura de la cual el bautismo que ahora corresponde nos salva (no quitando las inmundicias de la carne, sino como demanda de una buena conciencia delante de Dios,) por la resurrección de Jesucristo :
Porque nos debe bastar que el tiempo pasado de nuestra vida hayamos hecho la voluntad de los Gentiles, cuando conversábamos en lascivias, en concupiscencias, en embriagueces, en glotonerías, en banquetes, y en abominables idolatrías.
Mas el fin de todas las cosas se acerca: sed pues templados, y velad en oración.
Si alguno habla, hableconforme á las palabras de Dios; si alguno ministra, ministreconforme á la virtud que Dios suministra: para que en todas cosas sea Dios glorificado por Jesucristo , al cual es gloria é imperio para siempre jamás . Amén.
Así que, ninguno de vosotros padezca como homicida, ó ladrón, ó malhechor, ó por meterse en negocios ajenos.
Y por eso los que son afligidos según la voluntad de Dios, encomiéndenle sus almas, como á fiel Criador, haciendo bien.
Y cuando apareciere el Príncipe de los pastores, vosotros recibiréis la corona incorruptible de gloria.
Sed templados, y velad; porque vuestro adversario el diablo, cual león rugiente, anda alrededor buscando á quien devore:
Por Silvano, el hermano fiel, según yo pienso, os he escrito brevemente , amonestándoos, y testificando que ésta es la verdadera gracia de Dios, en la cual estáis.
Gracia y paz os sea multiplicada en el conocimiento de Dios, y de nuestro Señor Jesús.
Y en la ciencia templanza, y en la templanza paciencia, y en la paciencia temor de Dios;
Por lo cual, hermanos, procurad tanto más de hacer firme vuestra vocación y elección; porque haciendo estas cosas, no caeréis jamás.
Sabiendo que brevemente tengo de dejar mi tabernáculo, como nuestro Señor Jesucristo me ha declarado.
Y nosotros oímos esta voz enviada del cielo, cuando estábamos juntamente con él en el monte santo.
PERO hubo también falsos profetas en el pueblo, como habrá entre vosotros falsos doctores, que introducirán encubiertamente herejías de perdición, y negarán al Señor que los rescató, atrayendo sobre sí mismos perdición acelerada.
Ysino perdonó al mundo viejo, mas guardó á Noé, pregonero de justicia, con otras siete personas, trayendo el diluvio sobre el mundo de malvados;
Sabe el Señor librar de tentación á los píos, y reservar á los injustos para ser atormentados en el día del juicio;
Recibiendo el galardón de su injusticia, ya que reputan por delicia poder gozar de deleites cada día. Estos son suciedades y manchas, los cuales comiendo con vosotros, juntamente se recrean en sus errores;
Estos son fuentes sin agua, y nubes traídas de torbellino de viento: para los cuales está guardada la oscuridad de las tinieblas para siempre.
Porque mejor les hubiera sido no haber conocido el camino de la justicia, que después de haberlo conocido, tornarse atrás del santo mandamiento que les fué dado.
Sabiendo primero esto, que en los postrimeros días vendrán burladores, andando según sus propias concupiscencias,
Mas los cielos que son ahora, y la tierra, son conservados por la misma palabra, guardados para el fuego en el día del juicio, y de la perdición de los hombres impíos.
Pues como todas estas cosas han de ser deshechas, ¿qué tales conviene que vosotros seáis en santas y pías conversaciones,
Y tened por salud la paciencia de nuestro Señor; como también nuestro amado hermano Pablo, según la sabiduría que le ha sido dada, os ha escrito también;
LO que era desde el principio, lo que hemos oído, lo que hemos visto con nuestros ojos, lo que hemos mirado, y palparon nuestras manos tocante al Verbo de vida;
Y este es el mensaje que oímos de él, y os anunciamos: Que Dios es luz, y en él no hay ningunas tinieblas.
Si confesamos nuestros pecados, él es fiel y justo para que nos perdone nuestros pecados, y nos limpie de toda maldad.
Y en esto sabemos que nosotros le hemos conocido, si guardamos sus mandamientos.
Hermanos, no os escribo mandamiento nuevo, sino el mandamiento antiguo que habéis tenido desde el principio: el mandamiento antiguo es la palabra que habéis oído desde el principio.
Mas el que aborrece á su hermano, está en tinieblas, y anda en tinieblas, y no sabe á donde va; porque las tinieblas le han cegado los ojos.
No améis al mundo, ni las cosas que están en el mundo. Si alguno ama al mundo, el amor del Padre no está en él.
Salieron de nosotros, mas no eran de nosotros; porque si fueran de nosotros, hubieran cierto permanecido con nosotros; perosalieronpara que se manifestase que todos no son de nosotros.
Cualquiera que niega al Hijo, este tal tampoco tiene al Padre. Cualquiera que confiese al Hijo tiene también al Padre.
Pero la unción que vosotros habéis recibido de él, mora en vosotros, y no tenéis necesidad que ninguno os enseñe; mas como la unción misma os enseña de todas cosas, y es verdadera, y no es mentira, así como os ha enseñado, perseveraréis en él.
Muy amados, ahora somos hijos de Dios, y aun no se ha manifestado lo que hemos de ser; pero sabemos que cuando él apareciere, seremos semejantes á él, porque le veremos como él es.
Cualquiera que permanece en él, no peca; cualquiera que peca, no le ha visto, ni le ha conocido.
En esto son manifiestos los hijos de Dios, y los hijos del diablo: cualquiera que no hace justicia, y que no ama á su hermano, no es de Dios.
Nosotros sabemos que hemos pasado de muerte á vida, en que amamos á los hermanos. El que no ama á su hermano, está en muerte.
Hijitos míos, no amemos de palabra ni de lengua, sino de obra y en verdad.
Y cualquier cosa que pidiéremos, la recibiremos de él, porque guardamos sus mandamientos, y hacemos las cosas que son agradables delante de él.
En esto conoced el Espíritu de Dios: todo espíritu que confiesa que Jesucristo es venido en carne es de Dios:
Nosotros somos de Dios: el que conoce á Dios, nos oye: el que no es de Dios, no nos oye. Por esto conocemos el espíritu de verdad y el espíritu de error.
En esto consiste el amor: no que nosotros hayamos amado á Dios, sino que él nos amó á nosotros, y ha enviado á su Hijo en propiciación por nuestros pecados.
Y nosotros hemos visto y testificamos que el Padre ha enviado al Hijo para ser Salvador del mundo.
En amor no hay temor; mas el perfecto amor echa fuera el temor: porque el temor tiene pena. De donde el que teme, no está perfecto en el amor.
TODO aquel que cree que Jesús es el Cristo, es nacido de Dios: y cualquiera que ama al que ha engendrado, ama también al que es nacido de él.
¿Quién es el que vence al mundo, sino el que cree que Jesús es el Hijo de Dios?
Si recibimos el testimonio de los hombres, el testimonio de Dios es mayor; porque éste es el testimonio de Dios, que ha testificado de su Hijo.
Estas cosas he escrito á vosotros que creéis en el nombre del Hijo de Dios, para que sepáis que tenéis vida eterna, y para que creáis en el nombre del Hijo de Dios.
Toda maldad es pecado; mas hay pecado no de muerte.
Hijitos, guardaos de los ídolos. Amén.
Mucho me he gozado, porque he hallado de tus hijos, que andan en verdad, como nosotros hemos recibido el mandamiento del Padre.
Mirad por vosotros mismos, porque no perdamos las cosas que hemos obrado, sino que recibamos galardón cumplido.
Aunque tengo muchas cosas que escribiros , no he querido comunicarlas por medio de papel y tinta; mas espero ir á vosotros, y hablar boca á boca, para que nuestro gozo sea cumplido.
Ciertamente me gocé mucho cuando vinieron los hermanos y dieron testimonio de tu verdad, así como tú andas en la verdad.
Porque ellos partieron por amor de su nombre, no tomando nada de los Gentiles.
Amado, no sigas lo que es malo, sino lo que es bueno. El que hace bien es de Dios: mas el que hace mal, no ha visto á Dios.
JUDAS, siervo de Jesucristo , y hermano de Jacobo, á los llamados, santificados en Dios Padre, y conservados en Jesucristo :
Os quiero pues amonestar, ya que alguna vez habéis sabido esto, que el Señor habiendo salvado al pueblo de Egipto , después destruyó á los que no creían:
Pero cuando el arcángel Miguel contendía con el diablo, disputando sobre el cuerpo de Moisés, no se atrevió á usar de juicio de maldición contra él, sino que dijo: El Señor te reprenda.
Fieras ondas de la mar, que espuman sus mismas abominaciones; estrellas erráticas, á las cuales es reservada eternalmente la oscuridad de las tinieblas.
Mas vosotros, amados, tened memoria de las palabras que antes han sido dichas por los apóstoles de nuestro Señor Jesucristo ;
Conservaos en el amor de Dios, esperando la misericordia de nuestro Señor Jesucristo , para vida eterna.
Al Dios solo sabio, nuestro Salvador, sea gloria y magnificencia, imperio y potencia, ahora y en todos los siglos. Amén.
Juan á las siete iglesias que están en Asia: Graciaseacon vosotros, y paz del que es y que era y que ha de venir, y de los siete Espíritus que están delante de su trono;
Yo soy el Alpha y la Omega, principio y fin, dice el Señor, que es y que era y que ha de venir, el Todopoderoso.
Y me volví á ver la voz que hablaba conmigo : y vuelto, vi siete candeleros de oro;
Y tenía en su diestra siete estrellas: y de su boca salía una espada aguda de dos filos. Y su rostro era como el sol cuando resplandece en su fuerza.
El misterio de las siete estrellas que has visto en mi diestra, y los siete candeleros de oro. Las siete estrellas son los ángeles de las siete iglesias; y los siete candeleros que has visto, son las siete iglesias .
Pero tengo contra ti que has dejado tu primer amor.
Y escribe al ángel de la iglesia en SMIRNA: El primero y postrero, que fué muerto, y vivió, dice estas cosas:
Y escribe al ángel de la iglesia en PÉRGAMO: El que tiene la espada aguda de dos filos, dice estas cosas:
Arrepiéntete, porque de otra manera vendré á ti presto, y pelearé contra ellos con la espada de mi boca.
Mas tengo unas pocas cosas contra ti: porque permites aquella mujer Jezabel (que se dice profetisa) enseñar, y engañar á mis siervos, á fornicar, y á comer cosas ofrecidas á los ídolos.
Pero yo digo á vosotros, y á los demás que estáis en Tiatira, cualesquiera que no tienen esta doctrina, y que no han conocido las profundidades de Satanás, como dicen: Yo no enviaré sobre vosotros otra carga.
Y le daré la estrella de la mañana.
Acuérdate pues de lo que has recibido y has oído, y guárdalo, y arrepiéntete. Y si no velares, vendré á ti como ladrón, y no sabrás en qué hora vendré á ti.
Y escribe al ángel de la iglesia en FILADELFIA: Estas cosas dice el Santo, el Verdadero, el que tiene la llave de David, el que abre y ninguno cierra, y cierra y ninguno abre:
He aquí, yo vengo presto; retén lo que tienes, para que ninguno tome tu corona.
Yo conozco tus obras, que ni eres frío, ni caliente. ¡Ojalá fueses frío, ó caliente!
Yo reprendo y castigo á todos los que amo: sé pues celoso, y arrepiéntete.
DESPUÉS de estas cosas miré, y he aquí una puerta abierta en el cielo: y la primera voz que oí, eracomo de trompeta que hablaba conmigo , diciendo: Sube acá, y yo te mostraré las cosas que han de ser después de éstas.
Y del trono salían relámpagos y truenos y voces: y siete lámparas de fuego estaban ardiendo delante del trono, las cuales son los siete Espíritus de Dios.
Y cuando aquellos animales daban gloria y honra y alabanza al que estaba sentado en el trono, al que vive para siempre jamás ,
Y vi un fuerte ángel predicando en alta voz : ¿Quién es digno de abrir el libro, y de desatar sus sellos?
Y miré; y he aquí en medio del trono y de los cuatro animales, y en medio de los ancianos, estaba un Cordero como inmolado, que tenía siete cuernos, y siete ojos, que son los siete Espíritus de Dios enviados en toda la tierra.
Y nos has hecho para nuestro Dios reyes y sacerdotes, y reinaremos sobre la tierra.
Y los cuatro animales decían: Amén. Y los veinticuatro ancianos cayeron sobre sus rostros, y adoraron al que vive para siempre jamás .
Y salió otro caballo bermejo: y al que estaba sentado sobre él, fué dado poder de quitar la paz de la tierra, y que se maten unos á otros: y fuéle dada una grande espada.
Y miré, y he aquí un caballo amarillo: y el que estaba sentado sobre él tenía por nombre Muerte; y el infierno le seguía: y le fué dada potestad sobre la cuarta parte de la tierra, para matar con espada, con hambre, con mortandad, y con las bestias de la tierra.
Y miré cuando él abrió el sexto sello, y he aquí fué hecho un gran terremoto; y el sol se puso negro como un saco de cilicio, y la luna se puso toda como sangre;
Y decían á los montes y á las peñas: Caed sobre nosotros, y escondednos de la cara de aquél que está sentado sobre el trono, y de la ira del Cordero:
Diciendo: No hagáis daño á la tierra, ni al mar, ni á los árboles, hasta que señalemos á los siervos de nuestro Dios en sus frentes.
De la tribu de Simeón, doce mil señalados. De la tribu de Leví, doce mil señalados. De la tribu de Issachâr, doce mil señalados.
Y todos los ángeles estaban alrededor del trono, y delos ancianos y los cuatro animales; y postráronse sobre sus rostros delante del trono, y adoraron á Dios,
Por esto están delante del trono de Dios, y le sirven día y noche en su templo: y el que está sentado en el trono tenderá su pabellón sobre ellos.
Y vi los siete ángeles que estaban delante de Dios; y les fueron dadas siete trompetas.
Y los siete ángeles que tenían las siete trompetas, se aparejaron para tocar.
Y el tercer ángel tocó la trompeta, y cayó del cielo una grande estrella, ardiendo como una antorcha, y cayó en la tercera parte de los ríos, y en las fuentes de las aguas.
Y EL quinto ángel tocó la trompeta, y vi una estrella que cayó del cielo en la tierra; y le fué dada la llave del pozo del abismo.
Y les fué dado que no los matasen, sino que los atormentasen cinco meses; y su tormento era como tormento de escorpión, cuando hiere al hombre.
Y tenían corazas como corazas de hierro; y el estruendo de sus alas, como el ruido de carros que con muchos caballos corren á la batalla.
Y el sexto ángel tocó la trompeta; y oí una voz de los cuatro cuernos del altar de oro que estaba delante de Dios,
Y así vi los caballos en visión, y los que sobre ellos estaban sentados, los cuales tenían corazas de fuego, de jacinto, y de azufre. Y las cabezas de los caballos eran como cabezas de leones; y de la boca de ellos salía fuego y humo y azufre.
Y no se arrepintieron de sus homicidios, ni de sus hechicerías, ni de su fornicación, ni de sus hurtos.
Y cuando los siete truenos hubieron hablado sus voces, yo iba á escribir, y oí una voz del cielo que me decía: Sella las cosas que los siete truenos han hablado, y no las escribas.
Y la voz que oí del cielo hablaba otra vez conmigo , y decía: Ve, y toma el librito abierto de la mano del ángel que está sobre el mar y sobre la tierra.
Y ME fué dada una caña semejante á una vara, y se me dijo: Levántate, y mide el templo de Dios, y el altar, y á los que adoran en él.
Y si alguno les quisiere dañar, sale fuego de la boca de ellos, y devora á sus enemigos: y si alguno les quisiere hacer daño, es necesario que él sea así muerto.
Y los de los linajes, y de los pueblos, y de las lenguas, y de los Gentiles verán los cuerpos de ellos por tres días y medio, y no permitirán que sus cuerpos sean puestos en sepulcros.
Y en aquella hora fué hecho gran temblor de tierra, y la décima parte de la ciudad cayó, y fueron muertos en el temblor de tierra en número de siete mil hombres: y los demás fueron espantados, y dieron gloria al Dios del cielo.
Diciendo: Te damos gracias, Señor Dios Todopoderoso, que eres y que eras y que has de venir, porque has tomado tu grande potencia, y has reinado.
Y estando preñada , clamaba con dolores de parto, y sufría tormento por parir.
Y la mujer huyó al desierto, donde tiene lugar aparejado de Dios, para que allí la mantengan mil doscientos y sesenta días.
Y oí una grande voz en el cielo que decía: Ahora ha venido la salvación, y la virtud, y el reino de nuestro Dios, y el poder de su Cristo; porque el acusador de nuestros hermanos ha sido arrojado, el cual los acusaba delante de nuestro Dios día y noche.
Y fueron dadas á la mujer dos alas de grande águila, para que de la presencia de la serpiente volase al desierto, á su lugar, donde es mantenida por un tiempo, y tiempos, y la mitad de un tiempo.
Y YO me paré sobre la arena del mar, y vi una bestia subir del mar , que tenía siete cabezas y diez cuernos; y sobre sus cuernos diez diademas; y sobre las cabezas de ella nombre de blasfemia.
Y le fué dada boca que hablaba grandes cosas y blasfemias: y le fué dada potencia de obrar cuarenta y dos meses.
Si alguno tiene oído, oiga.
Y hace grandes señales, de tal manera que aun hace descender fuego del cielo á la tierra delante de los hombres.
Y que ninguno pudiese comprar ó vender, sino el que tuviera la señal, ó el nombre de la bestia, ó el número de su nombre.
Y cantaban como un cántico nuevo delante del trono, y delante de los cuatro animales, y de los ancianos: y ninguno podía aprender el cántico sino aquellos ciento cuarenta y cuatro mil, los cuales fueron comprados de entre los de la tierra.
Diciendo en alta voz: Temed á Dios, y dadle honra; porque la hora de su juicio es venida; y adorad á aquel que ha hecho el cielo y la tierra y el mar y las fuentes de las aguas.
Y el humo del tormento de ellos sube para siempre jamás . Y los que adoran á la bestia y á su imagen, no tienen reposo día ni noche, ni cualquiera que tomare la señal de su nombre.
Y otro ángel salió del templo, clamando en alta voz al que estaba sentado sobre la nube: Mete tu hoz, y siega; porque la hora de segar te es venida, porque la mies de la tierra está madura.
Y el ángel echó su hoz aguda en la tierra, y vendimió la viña de la tierra, y echó la uva en el grande lagar de la ira de Dios.
Y cantan el cántico de Moisés siervo de Dios, y el cántico del Cordero, diciendo: Grandes y maravillosas son tus obras, Señor Dios Todopoderoso; justos y verdaderos son tus caminos, Rey de los santos.
Y uno de los cuatro animales dió á los siete ángeles siete copas de oro, llenas de la ira de Dios, que vive para siempre jamás .
Y el segundo ángel derramó su copa sobre el mar, y se convirtió en sangre como de un muerto; y toda alma viviente fué muerta en el mar.
Y oí á otro del altar, que decía: Ciertamente, Señor Dios Todopoderoso, tus juicios son verdaderos y justos.
Y blasfemaron del Dios del cielo por sus dolores, y por sus plagas, y no se arrepintieron de sus obras.
He aquí, yo vengo como ladrón. Bienaventurado el que vela, y guarda sus vestiduras, para que no ande desnudo, y vean su vergüenza.
Y la ciudad grande fué partida en tres partes, y las ciudades de las naciones cayeron; y la grande Babilonia vino en memoria delante de Dios, para darle el cáliz del vino del furor de su ira.
Con la cual han fornicado los reyes de la tierra, y los que moran en la tierra se han embriagado con el vino de su fornicación.
Y vi la mujer embriagada de la sangre de los santos, y de la sangre de los mártires de Jesús: y cuando la vi, quedé maravillado de grande admiración.
Y son siete reyes. Los cinco son caídos; el uno es, el otro aun no es venido; y cuando viniere, es necesario que dure breve tiempo.
Ellos pelearán contra el Cordero, y el Cordero los vencerá, porque es el Señor de los señores, y el Rey de los reyes: y los que están con él son llamados, y elegidos, y fieles.
Y la mujer que has visto, es la grande ciudad que tiene reino sobre los reyes de la tierra.
Y oí otra voz del cielo, que decía: Salid de ella, pueblo mío, porque no seáis participantes de sus pecados, y que no recibáis de sus plagas;
Por lo cual en un día vendrán sus plagas, muerte, llanto y hambre, y será quemada con fuego; porque el Señor Dios es fuerte, que la juzgará.
Mercadería de oro, y de plata, y de piedras preciosas, y de margaritas, y de lino fino, y de escarlata, y de seda, y de grana, y de toda madera olorosa, y de todo vaso de marfil, y de todo vaso de madera preciosa, y de cobre, y de hierro, y de mármol;
Y diciendo: ¡Ay, ay, aquella gran ciudad, que estaba vestida de lino fino, y de escarlata, y de grana, y estaba dorada con oro, y adornada de piedras preciosas y de perlas!
Alégrate sobre ella, cielo, y vosotros, santos, apóstoles, y profetas; porque Dios ha vengado vuestra causa en ella.
Y en ella fué hallada la sangre de los profetas y de los santos, y de todos los que han sido muertos en la tierra.
Y los veinticuatro ancianos y los cuatro animales se postraron en tierra, y adoraron á Dios que estaba sentado sobre el trono, diciendo: Amén: Aleluya.
Y le fué dado que se vista de lino fino, limpio y brillante: porque el lino fino son las justificaciones de los santos.
Y sus ojos eran como llama de fuego, y había en su cabeza muchas diademas; y tenía un nombre escrito que ninguno entendía sino él mismo.
Y en su vestidura y en su muslo tiene escrito este nombre: REY DE REYES Y SEÑOR DE SEÑORES.
Y la bestia fué presa, y con ella el falso profeta que había hecho las señales delante de ella, con las cuales había engañado á los que tomaron la señal de la bestia, y habían adorado su imagen. Estos dos fueron lanzados vivos dentro de un lago de fuego ardiendo en azufre.
Y arrojólo al abismo, y le encerró, y selló sobre él, porque no engañe más á las naciones, hasta que mil años sean cumplidos: y después de esto es necesario que sea desatado un poco de tiempo.
Y cuando los mil años fueren cumplidos, Satanás será suelto de su prisión,
Y vi un gran trono blanco y al que estaba sentado sobre él, de delante del cual huyó la tierra y el cielo; y no fué hallado el lugar de ellos.
Y el que no fué hallado escrito en el libro de la vida, fué lanzado en el lago de fuego.
Y limpiará Dios toda lágrima de los ojos de ellos; y la muerte no será más; y no habrá más llanto, ni clamor, ni dolor: porque las primeras cosas son pasadas.
Mas á los temerosos é incrédulos, á los abominables y homicidas, á los fornicarios y hechiceros, y á los idólatras, y á todos los mentirosos, su parte será en el lago ardiendo con fuego y azufre, que es la muerte segunda.
Y tenía un muro grande y alto con doce puertas; y en las puertas, doce ángeles, y nombres escritos, que son los de las doce tribus de los hijos de Israel.
Y la ciudad está situada y puesta en cuadro, y su largura es tanta como su anchura: y él midió la ciudad con la caña, doce mil estadios: la largura y la altura y la anchura de ella son iguales.
El quinto, sardónica; el sexto, sardio; el séptimo, crisólito; el octavo, berilo; el nono, topacio; el décimo, crisopraso; el undécimo, jacinto; el duodécimo, amatista.
Y las naciones que hubieren sido salvas andarán en la lumbre de ella: y los reyes de la tierra traerán su gloria y honor á ella.
DESPUÉS me mostró un río limpio de agua de vida, resplandeciente como cristal, que salía del trono de Dios y del Cordero.
Y allí no habrá más noche; y no tienen necesidad de lumbre de antorcha, ni de lumbre de sol: porque el Señor Dios los alumbrará: y reinarán para siempre jamás .
Y él me dijo: Mira que no lo hagas: porque yo soy siervo contigo, y con tus hermanos los profetas, y con los que guardan las palabras de este libro. Adora á Dios.
Yo soy Alpha y Omega, principio y fin, el primero y el postrero.
Y el Espíritu y la Esposa dicen: Ven. Y el que oye, diga: Ven. Y el que tiene sed, venga: y el que quiere, tome del agua de la vida de balde.
La gracia de nuestro Señor Jesucristo sea con todos vosotros. Amén.
