▁Porque ▁cor t ó ▁á ▁Israel ▁de ▁la ▁casa ▁de ▁David , ▁y ▁ellos ▁se ▁hicieron ▁rey ▁á ▁Jeroboam ▁hijo ▁de ▁N aba t ; ▁y ▁Jeroboam ▁re m p u j ó ▁á ▁Israel ▁de ▁en ▁pos ▁de ▁Jehová , ▁é ▁ h í zo les ▁come t er ▁gran ▁pecado .
▁Y ▁aconteció ▁al ▁pri n ci p i o , ▁cuando ▁come n z aron ▁á ▁habita r ▁allí , ▁que ▁no ▁tem iendo ▁ellos ▁á ▁Jehová , ▁envió ▁Jehová ▁contra ▁ellos ▁le on es ▁que ▁los ▁mata ba n .
▁Mas ▁ cada ▁ n ación ▁se ▁hizo ▁sus ▁dioses , ▁y ▁pu s i é ron los ▁en ▁los ▁templo s ▁de ▁los ▁al to s ▁que ▁habían ▁hecho ▁los ▁de ▁Samaria ; ▁ cada ▁ n ación ▁en ▁su ▁ciudad ▁don de ▁habitaba .
▁T em ían ▁á ▁Jehová , ▁y ▁ho n r aban ▁á ▁sus ▁dioses , ▁seg ún ▁la ▁co st umb re ▁de ▁las ▁gente s ▁de ▁don de ▁habían ▁sido ▁tras la d ados .
▁Lo s ▁estatuto s ▁y ▁derecho s ▁y ▁le y ▁y ▁mandamientos ▁que ▁os ▁dió ▁por ▁escrito , ▁cu id aréis ▁siempre ▁de ▁pon er los ▁por ▁obra , ▁y ▁no ▁te me réis ▁dioses ▁ajenos .
▁As í ▁tem ieron ▁á ▁Jehová ▁aquella s ▁gente s , ▁y ▁junt amente ▁sirv ieron ▁á ▁sus ▁ í do los : ▁y ▁también ▁sus ▁hijos ▁y ▁sus ▁ni e to s , ▁seg ún ▁que ▁hicieron ▁sus ▁padres , ▁así ▁ha ce n ▁hast a ▁hoy .
▁El ▁ qui t ó ▁los ▁al to s , ▁y ▁que b r ó ▁las ▁ im á g en es , ▁y ▁tal ó ▁los ▁bo s que s , ▁é ▁hizo ▁pe da zo s ▁la ▁ser p iente ▁de ▁br on ce ▁que ▁había ▁hecho ▁Moisés , ▁por que ▁hast a ▁entonces ▁le ▁que m aban ▁perfume s ▁los ▁hijos ▁de ▁Israel ; ▁y ▁llamó le ▁por ▁nombre ▁N e hu st án .
▁Hi r ió ▁también ▁á ▁los ▁Filisteos ▁hast a ▁ G a za ▁y ▁sus ▁término s , ▁de s de ▁las ▁to r res ▁de ▁las ▁a ta la y as ▁hast a ▁la ▁ciudad ▁for ta le ci da .
▁Por ▁cuanto ▁no ▁habían ▁at en d ido ▁la ▁voz ▁de ▁Jehová ▁su ▁Dios , ▁antes ▁habían ▁que bra n t ado ▁su ▁pacto ; ▁y ▁todas ▁las ▁cosas ▁que ▁Moisés ▁siervo ▁de ▁Jehová ▁había ▁mandado , ▁ni ▁las ▁habían ▁es cu ch ado , ▁ni ▁puesto ▁por ▁obra .
▁Entonces ▁de s co m p u s o ▁E z e ch î as ▁las ▁puerta s ▁del ▁templo ▁de ▁Jehová , ▁y ▁los ▁ qui ci a les ▁que ▁el ▁mismo ▁rey ▁E z e ch î as ▁había ▁cu bi er to ▁de ▁oro , ▁y ▁dió lo ▁al ▁rey ▁de ▁As i ri a .
▁Di ce s , ▁ ( por ▁cierto ▁palabras ▁de ▁la bi os ) : ▁C on se jo ▁ten go ▁y ▁es f u er zo ▁para ▁la ▁guerra . ▁Mas ▁¿ en ▁qué ▁con f ía s , ▁que ▁te ▁has ▁rebel ado ▁contra ▁mí ?
▁¿ C ó mo ▁pues ▁harás ▁volver ▁el ▁rostro ▁de ▁un ▁capitán ▁el ▁men or ▁de ▁los ▁siervos ▁de ▁mi ▁señor , ▁aun que ▁es t é s ▁con f i ado ▁en ▁Egipto ▁por ▁sus ▁carro s ▁y ▁su ▁gente ▁de ▁á ▁caballo ?
▁P ar óse ▁luego ▁R ab s a ce s , ▁y ▁c l am ó ▁á ▁gran ▁voz ▁en ▁ j ud a i co , ▁y ▁habló , ▁diciendo : ▁O id ▁la ▁palabra ▁del ▁gran ▁rey , ▁el ▁rey ▁de ▁As i ri a .
▁Ha s ta ▁que ▁yo ▁ven ga , ▁y ▁os ▁llev e ▁á ▁una ▁tierra ▁ como ▁la ▁vuestra , ▁tierra ▁de ▁gran o ▁y ▁de ▁vino , ▁tierra ▁de ▁pan ▁y ▁de ▁viña s , ▁tierra ▁de ▁ o li v as , ▁de ▁aceite , ▁y ▁de ▁mi el ; ▁y ▁vivir éis , ▁y ▁no ▁mor i réis . ▁No ▁ o i g áis ▁á ▁E z e ch î as , ▁por que ▁os ▁en ga ñ a ▁cuando ▁di ce : ▁Jehová ▁no s ▁libr ará .
▁Y ▁el ▁pueblo ▁ca l l ó , ▁que ▁no ▁le ▁respondieron ▁palabra : ▁por que ▁había ▁man d amiento ▁del ▁rey , ▁el ▁cual ▁había ▁dicho : ▁No ▁le ▁respond áis .
▁Que ▁le ▁di je s en : ▁As í ▁ha ▁dicho ▁E z e ch î as : ▁Este ▁día ▁es ▁día ▁de ▁an gu st i a , ▁y ▁de ▁re p re n s ió n , ▁y ▁de ▁ b la s f e mi a ; ▁por que ▁los ▁hijos ▁han ▁venido ▁hast a ▁la ▁ ro t ura , ▁y ▁la ▁que ▁par e ▁no ▁tiene ▁fuerza s .
▁He ▁aquí ▁pondré ▁yo ▁en ▁él ▁un ▁espíritu , ▁y ▁oir á ▁ r u mo r , ▁y ▁volver ás e ▁á ▁su ▁tierra : ▁y ▁yo ▁haré ▁que ▁en ▁su ▁tierra ▁ca i ga ▁á ▁cuchillo .
▁He ▁aquí ▁tú ▁has ▁oído ▁lo ▁que ▁han ▁hecho ▁los ▁reyes ▁de ▁As i ri a ▁á ▁todas ▁las ▁tierra s , ▁de st r u y é ndo la s ; ▁¿ y ▁has ▁tú ▁de ▁es ca p ar ?
▁Y ▁or ó ▁E z e ch î as ▁delante ▁de ▁Jehová , ▁diciendo : ▁Jehová ▁Dios ▁de ▁Israel , ▁que ▁habita s ▁entre ▁los ▁querubines , ▁tú ▁so lo ▁eres ▁Dios ▁de ▁todos ▁los ▁reino s ▁de ▁la ▁tierra ; ▁tú ▁ hi c iste ▁el ▁cielo ▁y ▁la ▁tierra .
▁Ahora ▁pues , ▁ o h ▁Jehová ▁Dios ▁nuestro , ▁s á l v an os , ▁te ▁su p li co , ▁de ▁su ▁mano , ▁para ▁que ▁se p an ▁todos ▁los ▁reino s ▁de ▁la ▁tierra ▁que ▁tú ▁so lo , ▁Jehová , ▁eres ▁Dios .
▁Por ▁mano ▁de ▁tu s ▁mensajero s ▁has ▁pro f er ido ▁in j u ri a ▁contra ▁el ▁Señor , ▁y ▁has ▁dicho : ▁C on ▁la ▁multitud ▁de ▁mis ▁carro s ▁he ▁su b ido ▁á ▁las ▁cumbre s ▁de ▁los ▁monte s , ▁á ▁las ▁cu est as ▁del ▁L í ba no ; ▁y ▁cor t aré ▁sus ▁al to s ▁cedro s , ▁sus ▁haya s ▁es co g i das ; ▁y ▁entrar é ▁á ▁la ▁mor ada ▁de ▁su ▁término , ▁al ▁monte ▁de ▁su ▁Carmel .
▁Yo ▁he ▁s ab ido ▁tu ▁as enta r te , ▁tu ▁sal ir ▁y ▁tu ▁entrar , ▁y ▁tu ▁furor ▁contra ▁mí .
▁Porque ▁saldrá n ▁de ▁Jerusalem ▁re li qui as , ▁y ▁los ▁que ▁es ca p arán , ▁del ▁monte ▁de ▁Si ón : ▁el ▁ ce lo ▁de ▁Jehová ▁de ▁los ▁ejército s ▁hará ▁esto .
▁Y ▁aconteció ▁que ▁la ▁mis ma ▁noche ▁salió ▁el ▁ángel ▁de ▁Jehová , ▁é ▁hirió ▁en ▁el ▁campo ▁de ▁los ▁As i ri os ▁ciento ▁oc h enta ▁y ▁cinco ▁mil ; ▁y ▁ como ▁se ▁levant aron ▁por ▁la ▁mañana , ▁he ▁aquí ▁los ▁cuerpo s ▁de ▁los ▁muerto s .
▁Entonces ▁volvió ▁él ▁su ▁rostro ▁á ▁la ▁par ed , ▁y ▁or ó ▁á ▁Jehová , ▁y ▁dijo :
▁Y ▁a ñ a di ré ▁á ▁tu s ▁días ▁qu in ce ▁años , ▁y ▁te ▁libr aré ▁á ▁ti ▁y ▁á ▁esta ▁ciudad ▁de ▁mano ▁del ▁rey ▁de ▁As i ri a ; ▁y ▁am para ré ▁esta ▁ciudad ▁por ▁am or ▁de ▁mí , ▁y ▁por ▁am or ▁de ▁David ▁mi ▁siervo .
▁Y ▁E z e ch î as ▁respondió : ▁F á ci l ▁cosa ▁es ▁que ▁la ▁so m bra ▁de c l in e ▁diez ▁gr ados : ▁per o , ▁que ▁la ▁so m bra ▁ v ue l v a ▁at rás ▁diez ▁gr ados .
▁Entonces ▁el ▁profeta ▁Isaí as ▁vino ▁al ▁rey ▁E z e ch î as , ▁y ▁díjole : ▁¿ Qué ▁dijeron ▁aquello s ▁varones , ▁y ▁de ▁d ón de ▁vinieron ▁á ▁ti ? ▁Y ▁E z e ch î as ▁le ▁respondió : ▁De ▁le ja n as ▁tierra s ▁han ▁venido , ▁de ▁B ab il on i a .
▁Y ▁de ▁tu s ▁hijos ▁que ▁saldrá n ▁de ▁ti , ▁que ▁habrá s ▁en g en d r ado , ▁tomará n ; ▁y ▁serán ▁ e un u co s ▁en ▁el ▁pa la ci o ▁del ▁rey ▁de ▁B ab il on i a .
▁ D E ▁do ce ▁años ▁era ▁Manasés ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁reinó ▁en ▁Jerusalem ▁cincuenta ▁y ▁cinco ▁años : ▁el ▁nombre ▁de ▁su ▁madre ▁fué ▁He p s i ba .
▁Y ▁edificó ▁altar es ▁para ▁todo ▁el ▁ejército ▁del ▁cielo ▁en ▁los ▁dos ▁atrio s ▁de ▁la ▁casa ▁de ▁Jehová .
▁Mas ▁ellos ▁no ▁es cu ch aron ; ▁y ▁Manasés ▁los ▁in d u jo ▁á ▁que ▁ hi ci es en ▁más ▁mal ▁que ▁las ▁gente s ▁que ▁Jehová ▁de st r u y ó ▁delante ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁extend er é ▁sobre ▁Jerusalem ▁el ▁cor de l ▁de ▁Samaria , ▁y ▁el ▁p lo mo ▁de ▁la ▁casa ▁de ▁Achâb : ▁y ▁yo ▁limpia ré ▁á ▁Jerusalem ▁ como ▁se ▁limpia ▁una ▁es cu di l la , ▁que ▁después ▁que ▁la ▁han ▁limpia do , ▁la ▁ v ue l v en ▁sobre ▁su ▁ha z .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Manasés , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁y ▁su ▁pecado ▁que ▁come t ió , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁and u v o ▁en ▁todos ▁los ▁camino s ▁en ▁que ▁su ▁padre ▁and u v o , ▁y ▁sirv ió ▁á ▁las ▁in m un di ci as ▁á ▁las ▁cuales ▁había ▁ serv ido ▁su ▁padre , ▁y ▁á ▁ella s ▁a dor ó ;
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁A m ón , ▁que ▁ e f e c tu ar a , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁á ▁los ▁die ci o ch o ▁años ▁del ▁rey ▁ J os ía s , ▁fué ▁que ▁envió ▁el ▁rey ▁á ▁S a ph án ▁hijo ▁de ▁A za l ía , ▁hijo ▁de ▁Me s u l l am , ▁es c ri ba , ▁á ▁la ▁casa ▁de ▁Jehová , ▁diciendo :
▁Y ▁que ▁no ▁se ▁les ▁cu ente ▁el ▁dinero ▁cu y o ▁man e jo ▁se ▁les ▁con f i are , ▁por que ▁ellos ▁pro c ed en ▁con ▁f id el i dad .
▁Y ▁cuando ▁el ▁rey ▁hubo ▁oído ▁las ▁palabras ▁del ▁libr o ▁de ▁la ▁le y , ▁ ra s g ó ▁sus ▁vestidos .
▁Y ▁ella ▁les ▁dijo : ▁As í ▁ha ▁dicho ▁Jehová ▁el ▁Dios ▁de ▁Israel : ▁De ci d ▁al ▁varón ▁que ▁os ▁envió ▁á ▁mí :
▁Y ▁tu ▁corazón ▁se ▁enter n e ció , ▁y ▁te ▁ hu m ill aste ▁delante ▁de ▁Jehová , ▁cuando ▁ o í s te ▁lo ▁que ▁yo ▁he ▁pro nunc i ado ▁contra ▁este ▁lugar ▁y ▁contra ▁sus ▁moradores , ▁que ▁ven d r ían ▁á ▁ser ▁as o l ados ▁y ▁ m aldito s , ▁y ▁ ra s g aste ▁tu s ▁vestidos , ▁y ▁llora s te ▁en ▁mi ▁presencia , ▁también ▁yo ▁te ▁he ▁oído , ▁di ce ▁Jehová .
▁Y ▁pon ién do se ▁el ▁rey ▁en ▁pie ▁junto ▁á ▁la ▁co l u m n a , ▁hizo ▁alianza ▁delante ▁de ▁Jehová , ▁de ▁que ▁ir ían ▁en ▁pos ▁de ▁Jehová , ▁y ▁guarda r ían ▁sus ▁mandamientos , ▁y ▁sus ▁testimonio s , ▁y ▁sus ▁estatuto s , ▁con ▁todo ▁el ▁corazón ▁y ▁con ▁toda ▁el ▁alma , ▁y ▁que ▁cumpl ir ían ▁las ▁palabras ▁de ▁la ▁alianza ▁que ▁estaban ▁es c r itas ▁en ▁aquel ▁libr o . ▁Y ▁todo ▁el ▁pueblo ▁confirm ó ▁el ▁pacto .
▁A de m ás ▁de r ri b ó ▁las ▁casa s ▁de ▁los ▁so do m itas ▁que ▁estaban ▁en ▁la ▁casa ▁de ▁Jehová , ▁en ▁las ▁cuales ▁te j ían ▁las ▁mujeres ▁pa be l l on es ▁para ▁el ▁bo s que .
▁ Q u i t ó ▁también ▁los ▁caballo s ▁que ▁los ▁reyes ▁de ▁Judá ▁habían ▁de di c ado ▁al ▁so l ▁á ▁la ▁entr ada ▁del ▁templo ▁de ▁Jehová , ▁junto ▁á ▁la ▁c á ma ra ▁de ▁Nathan - me le ch ▁ e un u co , ▁el ▁cual ▁tenía ▁cargo ▁de ▁los ▁ejidos ; ▁y ▁que m ó ▁al ▁fuego ▁los ▁carro s ▁del ▁so l .
▁I gu al mente ▁el ▁altar ▁que ▁estaba ▁en ▁Beth - el , ▁y ▁el ▁al to ▁que ▁había ▁hecho ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel , ▁aquel ▁altar ▁y ▁el ▁al to ▁de st r u y ó ; ▁y ▁que m ó ▁el ▁al to , ▁y ▁lo ▁torn ó ▁en ▁polvo , ▁y ▁puso ▁fuego ▁al ▁bo s que .
▁Y ▁todas ▁las ▁casa s ▁de ▁los ▁al to s ▁que ▁estaban ▁en ▁las ▁ciudades ▁de ▁Samaria , ▁las ▁cuales ▁habían ▁hecho ▁los ▁reyes ▁de ▁Israel ▁para ▁pro v o c ar ▁á ▁ir a , ▁ qui t ó la s ▁también ▁ J os ía s , ▁é ▁hizo ▁de ▁ella s ▁ como ▁había ▁hecho ▁en ▁Beth - el .
▁A ▁los ▁diez ▁y ▁oc h o ▁años ▁del ▁rey ▁ J os ía s ▁fué ▁he ch a ▁aquella ▁pa s cu a ▁á ▁Jehová ▁en ▁Jerusalem .
▁Y ▁dijo ▁Jehová : ▁T ambién ▁he ▁de ▁quitar ▁de ▁mi ▁presencia ▁á ▁Judá , ▁ como ▁ qui t é ▁á ▁Israel , ▁y ▁abomina ré ▁á ▁esta ▁ciudad ▁que ▁había ▁es co g ido , ▁á ▁Jerusalem , ▁y ▁á ▁la ▁casa ▁de ▁la ▁cual ▁había ▁yo ▁dicho : ▁Mi ▁nombre ▁será ▁allí .
▁De ▁veinti t ré s ▁años ▁era ▁ J o a ch â z ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁reinó ▁tres ▁me se s ▁en ▁Jerusalem . ▁El ▁nombre ▁de ▁su ▁madre ▁fué ▁A m u ta l , ▁hija ▁de ▁Je re m ía s ▁de ▁L i b n a .
▁Y ▁ J o a ci m ▁pa g ó ▁á ▁Faraón ▁la ▁plata ▁y ▁el ▁oro ; ▁mas ▁hizo ▁ap re ci ar ▁la ▁tierra ▁para ▁dar ▁el ▁dinero ▁conform e ▁al ▁man d amiento ▁de ▁Faraón , ▁saca ndo ▁la ▁plata ▁y ▁oro ▁del ▁pueblo ▁de ▁la ▁tierra , ▁de ▁ cada ▁uno ▁seg ún ▁la ▁es t im ación ▁de ▁su ▁haci en da , ▁para ▁dar ▁á ▁Faraón ▁N e ch â o .
▁Jehová ▁ e mpero ▁envió ▁contra ▁él ▁ t ro pa s ▁de ▁C al de os , ▁y ▁ t ro pa s ▁de ▁Siros , ▁y ▁ t ro pa s ▁de ▁Moab itas , ▁y ▁ t ro pa s ▁de ▁Ammon itas ; ▁los ▁cuales ▁envió ▁contra ▁Judá ▁para ▁que ▁la ▁de st r u y es en , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ▁que ▁había ▁hablado ▁por ▁sus ▁siervos ▁los ▁profeta s .
▁Y ▁d urmió ▁ J o a ci m ▁con ▁sus ▁padres , ▁y ▁reinó ▁en ▁su ▁lugar ▁ J o a ch î n ▁su ▁hijo .
▁En ▁aquel ▁tiempo ▁subieron ▁los ▁siervos ▁de ▁N ab u co do nos or ▁rey ▁de ▁B ab il on i a ▁contra ▁Jerusalem , ▁y ▁la ▁ciudad ▁fué ▁cerca da ▁ .
▁Y ▁llev ó ▁en ▁ca u t ive ri o ▁á ▁toda ▁Jerusalem , ▁á ▁todos ▁los ▁príncipes , ▁y ▁á ▁todos ▁los ▁hombres ▁va l iente s , ▁hast a ▁diez ▁mil ▁ca u t i v os , ▁y ▁á ▁todos ▁los ▁of i ci a les ▁y ▁her r eros ; ▁que ▁no ▁quedó ▁nadie , ▁ex ce p to ▁los ▁p o bre s ▁del ▁pueblo ▁de ▁la ▁tierra .
▁De ▁veinti ún ▁años ▁era ▁Se de c ía s ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁reinó ▁en ▁Jerusalem ▁on ce ▁años . ▁El ▁nombre ▁de ▁su ▁madre ▁fué ▁A m u ta l ▁hija ▁de ▁Je re m ía s , ▁de ▁L i b n a .
▁Y ▁estuv o ▁la ▁ciudad ▁cerca da ▁hast a ▁el ▁un d é ci mo ▁año ▁del ▁rey ▁Se de c ía s .
▁Toma do ▁pues ▁el ▁rey , ▁tra j é ron le ▁al ▁rey ▁de ▁B ab il on i a ▁á ▁R i b la , ▁y ▁pro f ir ieron ▁contra ▁él ▁sent en ci a .
▁Y ▁todo ▁el ▁ejército ▁de ▁los ▁C al de os ▁que ▁estaba ▁con ▁el ▁capitán ▁de ▁la ▁guard i a , ▁de r ri b ó ▁los ▁mu ro s ▁de ▁Jerusalem ▁alrededor .
▁L le v áronse ▁también ▁los ▁ca l d eros , ▁y ▁las ▁pa le ta s , ▁y ▁las ▁ten az as , ▁y ▁los ▁cu ch aron es , ▁y ▁todos ▁los ▁vasos ▁de ▁metal ▁con ▁que ▁ministr aban .
▁T om ó ▁entonces ▁el ▁capitán ▁de ▁los ▁de ▁la ▁guard i a ▁á ▁Sara ía s ▁primer ▁sacerdote , ▁y ▁á ▁So ph on ía s ▁segundo ▁sacerdote , ▁y ▁tres ▁guarda s ▁de ▁la ▁va j ill a ;
▁Y ▁al ▁pueblo ▁que ▁N ab u co do nos or ▁rey ▁de ▁B ab il on i a ▁de j ó ▁en ▁tierra ▁de ▁Judá , ▁puso ▁por ▁go be rna dor ▁á ▁Ge da l ía s , ▁hijo ▁de ▁Ahi c am ▁hijo ▁de ▁S a ph án .
▁Y ▁levant ándose ▁todo ▁el ▁pueblo , ▁de s de ▁el ▁men or ▁hast a ▁el ▁may or , ▁con ▁los ▁ca p ita n es ▁del ▁ejército , ▁fué ron se ▁á ▁Egipto ▁por ▁tem or ▁de ▁los ▁C al de os .
▁Y ▁fué le ▁di ar i amente ▁d ada ▁su ▁com i da ▁de ▁parte ▁del ▁rey ▁de ▁con t in u o , ▁todos ▁los ▁días ▁de ▁su ▁vida .
▁Y ▁á ▁cualquier a ▁que ▁hubiere ▁que d ado ▁de ▁todos ▁los ▁lugar es ▁don de ▁per e g ri n are , ▁los ▁hombres ▁de ▁su ▁lugar ▁le ▁a y ud en ▁con ▁plata , ▁y ▁oro , ▁y ▁haci en da , ▁y ▁con ▁bestia s ; ▁con ▁done s ▁ v o l un ta ri os ▁para ▁la ▁casa ▁de ▁Dios , ▁la ▁cual ▁está ▁en ▁Jerusalem .
▁S a c ólo s ▁pues ▁C i ro ▁rey ▁de ▁P er s i a , ▁por ▁mano ▁de ▁Mi t r í da te s ▁te s or er o , ▁el ▁cual ▁los ▁dió ▁por ▁cu enta ▁á ▁Se s ba s s ar ▁príncipe ▁de ▁Judá .
▁Y ▁E S T O S ▁son ▁los ▁hijos ▁de ▁la ▁pro vi n ci a ▁que ▁subieron ▁de ▁la ▁ca u t i vi dad , ▁de ▁la ▁tra n s mi g r ación ▁que ▁N ab u co do nos or ▁rey ▁de ▁B ab il on i a ▁hizo ▁tras pa s ar ▁á ▁B ab il on i a , ▁y ▁que ▁volvieron ▁á ▁Jerusalem ▁y ▁á ▁Judá , ▁ cada ▁uno ▁á ▁su ▁ciudad :
▁Lo s ▁hijos ▁de ▁A ra , ▁se te cientos ▁setenta ▁y ▁cinco ;
▁Lo s ▁hijos ▁de ▁Z a ch â i , ▁se te cientos ▁y ▁se s enta ;
▁Lo s ▁hijos ▁de ▁A do n i c am , ▁seiscient os ▁se s enta ▁y ▁se is ;
▁Lo s ▁hijos ▁de ▁Be s a i , ▁tres cientos ▁veinte ▁y ▁tres ;
▁Lo s ▁hijos ▁de ▁Beth - lehem , ▁ciento ▁veinte ▁y ▁tres ;
▁Lo s ▁hijos ▁de ▁C h î ri ath - je ar im , ▁C e ph i ra , ▁y ▁Beer oth , ▁se te cientos ▁cuarenta ▁y ▁tres ;
▁Lo s ▁hijos ▁de ▁N e b o , ▁cincuenta ▁y ▁dos ;
▁Lo s ▁hijos ▁de ▁Lo d , ▁Ha di d , ▁y ▁On o , ▁se te cientos ▁veinte ▁y ▁cinco ;
▁Lo s ▁hijos ▁de ▁I m m er , ▁mil ▁cincuenta ▁y ▁dos ;
▁Lo s ▁can to res : ▁los ▁hijos ▁de ▁As a ph , ▁ciento ▁veinte ▁y ▁oc h o .
▁Lo s ▁hijos ▁de ▁Le ba n a , ▁los ▁hijos ▁de ▁Ha g aba , ▁los ▁hijos ▁de ▁A c cu b ;
▁Lo s ▁hijos ▁de ▁Uz za , ▁los ▁hijos ▁de ▁P h a se a , ▁los ▁hijos ▁de ▁Be s a i ;
▁Lo s ▁hijos ▁de ▁B ar co s , ▁los ▁hijos ▁de ▁Si se ra , ▁los ▁hijos ▁de ▁The ma ;
▁Lo s ▁hijos ▁de ▁Se ph a t ía s , ▁los ▁hijos ▁de ▁Ha til , ▁los ▁hijos ▁de ▁P h o ch ê r eth - h as se ba im , ▁los ▁hijos ▁de ▁A mi .
▁Y ▁de ▁los ▁hijos ▁de ▁los ▁sacerdote s : ▁los ▁hijos ▁de ▁A ba ía , ▁los ▁hijos ▁de ▁C os , ▁los ▁hijos ▁de ▁B ar z ill a i , ▁el ▁cual ▁tomó ▁mujer ▁de ▁las ▁hijas ▁de ▁B ar z ill a i ▁Galaad ita , ▁y ▁fué ▁llamado ▁del ▁nombre ▁de ▁ella s .
▁Si n ▁sus ▁siervos ▁y ▁sierva s , ▁los ▁cuales ▁era n ▁siete ▁mil ▁tres cientos ▁treinta ▁y ▁siete : ▁y ▁tenía n ▁dos cientos ▁can to res ▁y ▁can to ra s .
▁Se g ún ▁sus ▁fuerza s ▁d ieron ▁al ▁te s or er o ▁de ▁la ▁obra ▁se s enta ▁y ▁un ▁mil ▁d ra c ma s ▁de ▁oro , ▁y ▁cinco ▁mil ▁libr as ▁de ▁plata , ▁y ▁cien ▁tú n i ca s ▁s a cer do ta les .
▁Y ▁a sentaron ▁el ▁altar ▁sobre ▁sus ▁basas , ▁bien ▁que ▁tenía n ▁mi ed o ▁de ▁los ▁pueblo s ▁de ▁las ▁tierra s , ▁y ▁of re c ieron ▁sobre ▁él ▁holocausto s ▁á ▁Jehová , ▁holocausto s ▁á ▁la ▁mañana ▁y ▁á ▁la ▁tarde .
▁Y ▁d ieron ▁dinero ▁á ▁los ▁ca r p in t eros ▁y ▁of i ci a les ; ▁a simismo ▁com i da ▁y ▁be bi da ▁y ▁aceite ▁á ▁los ▁Si do n i os ▁y ▁T i ri os , ▁para ▁que ▁tra je s en ▁made ra ▁de ▁cedro ▁del ▁L í ba no ▁á ▁la ▁mar ▁de ▁ J o p pe , ▁conform e ▁á ▁la ▁ v o l un ta d ▁de ▁C i ro ▁rey ▁de ▁P er s i a ▁acerca ▁de ▁esto .
▁Y ▁can t aban , ▁al aban do ▁y ▁con f es ando ▁á ▁Jehová , ▁y ▁decía n : ▁Porque ▁es ▁bueno , ▁por que ▁para ▁siempre ▁es ▁su ▁misericordia ▁sobre ▁Israel . ▁Y ▁todo ▁el ▁pueblo ▁a c l am aba ▁con ▁grande ▁ j ú bi lo , ▁al aban do ▁á ▁Jehová , ▁por que ▁á ▁la ▁casa ▁de ▁Jehová ▁se ▁echa ba ▁el ▁c imiento .
▁L le g áronse ▁á ▁Z o ro ba be l , ▁y ▁á ▁los ▁cabeza s ▁de ▁los ▁padres , ▁y ▁dijéronle s : ▁E di f i ca remos ▁con ▁vosotros , ▁por que ▁ como ▁vosotros ▁busca remos ▁á ▁vuestro ▁Dios , ▁y ▁á ▁él ▁sacrific a mos ▁de s de ▁los ▁días ▁de ▁E s ar - h ad d ón ▁rey ▁de ▁As i ri a , ▁que ▁no s ▁hizo ▁subir ▁aquí .
▁Y ▁en ▁el ▁re in ado ▁de ▁As s ue ro , ▁en ▁el ▁pri n ci p i o ▁de ▁su ▁re in ado , ▁es c ri b ieron ▁a cu s a ciones ▁contra ▁los ▁moradores ▁de ▁Judá ▁y ▁de ▁Jerusalem .
▁Y ▁los ▁de m ás ▁pueblo s ▁que ▁el ▁grande ▁y ▁ g lo ri os o ▁As n a p p ar ▁tras por t ó , ▁é ▁hizo ▁habita r ▁en ▁las ▁ciudades ▁de ▁Samaria , ▁y ▁los ▁de m ás ▁de ▁la ▁otra ▁parte ▁del ▁río , ▁ e t c é te ra , ▁es c ri b ieron .
▁Y a ▁pues ▁que ▁esta mos ▁man t en ido s ▁de ▁pa la ci o , ▁no ▁no s ▁es ▁just o ▁ver ▁el ▁men os p re ci o ▁del ▁rey : ▁he mos ▁en vi ado ▁por ▁tanto , ▁y ▁ h é ch o lo ▁sabe r ▁al ▁rey ,
▁La ▁ca r ta ▁que ▁no s ▁en vi a steis ▁c l ar amente ▁fué ▁le í da ▁delante ▁de ▁mí .
▁Y ▁mira d ▁bien ▁que ▁no ▁ha g áis ▁ er ro r ▁en ▁esto : ▁¿ por ▁qué ▁habrá ▁de ▁c re cer ▁el ▁da ñ o ▁para ▁per j u i ci o ▁de ▁los ▁reyes ?
▁Entonces ▁se ▁levant aron ▁Z o ro ba be l ▁hijo ▁de ▁Se al th i el , ▁y ▁Je s u á ▁hijo ▁de ▁ J os a de c ; ▁y ▁come n z aron ▁á ▁edifica r ▁la ▁casa ▁de ▁Dios ▁que ▁estaba ▁en ▁Jerusalem ; ▁y ▁con ▁ellos ▁los ▁profeta s ▁de ▁Dios ▁que ▁les ▁a y ud aban .
▁T ra s l ado ▁de ▁la ▁ca r ta ▁que ▁T a t n a i , ▁capitán ▁de ▁la ▁parte ▁all á ▁del ▁río , ▁y ▁Se th ar - b o z n a i , ▁y ▁sus ▁com pa ñ eros ▁los ▁A ph ar s a ch ê os , ▁que ▁estaban ▁á ▁la ▁parte ▁all á ▁del ▁río , ▁enviar on ▁al ▁rey ▁Da r í o .
▁Y ▁también ▁les ▁pregunta mos ▁sus ▁nombre s ▁para ▁ha c é r te lo ▁sabe r , ▁para ▁es c ri bi r te ▁los ▁nombre s ▁de ▁los ▁varones ▁que ▁estaban ▁por ▁cabeza s ▁de ▁ellos .
▁Y ▁también ▁los ▁vasos ▁de ▁oro ▁y ▁de ▁plata ▁de ▁la ▁casa ▁de ▁Dios , ▁que ▁N ab u co do nos or ▁había ▁saca do ▁del ▁templo ▁que ▁estaba ▁en ▁Jerusalem , ▁y ▁los ▁había ▁me t ido ▁en ▁el ▁templo ▁de ▁B ab il on i a , ▁el ▁rey ▁C i ro ▁los ▁sacó ▁del ▁templo ▁de ▁B ab il on i a , ▁y ▁fueron ▁entregado s ▁á ▁Se s ba s s ar , ▁al ▁cual ▁había ▁puesto ▁por ▁go be rna dor ;
▁E N T O N C E S ▁el ▁rey ▁Da r í o ▁dió ▁man d amiento , ▁y ▁busca ron ▁en ▁la ▁casa ▁de ▁los ▁libr os , ▁don de ▁guard aban ▁los ▁te s or os ▁allí ▁en ▁B ab il on i a .
▁Y ▁también ▁los ▁vasos ▁de ▁oro ▁y ▁de ▁plata ▁de ▁la ▁casa ▁de ▁Dios , ▁que ▁N ab u co do nos or ▁sacó ▁del ▁templo ▁que ▁estaba ▁en ▁Jerusalem ▁y ▁los ▁pasó ▁á ▁B ab il on i a , ▁sea n ▁de v ue l to s ▁y ▁vaya n ▁al ▁templo ▁que ▁está ▁en ▁Jerusalem , ▁á ▁su ▁lugar , ▁y ▁sea n ▁puesto s ▁en ▁la ▁casa ▁de ▁Dios .
▁Y ▁lo ▁que ▁fuere ▁ n e ce s ar i o , ▁becerro s ▁y ▁carnero s ▁y ▁cordero s , ▁para ▁holocausto s ▁al ▁Dios ▁del ▁cielo , ▁trigo , ▁sal , ▁vino ▁y ▁aceite , ▁conform e ▁á ▁lo ▁que ▁dijere n ▁los ▁sacerdote s ▁que ▁están ▁en ▁Jerusalem , ▁d é se les ▁ cada ▁un ▁día ▁sin ▁ob st á cu lo ▁alguno ;
▁Entonces ▁T a t n a i , ▁go be rna dor ▁del ▁otro ▁la do ▁del ▁río , ▁y ▁Se th ar - b o z n a i , ▁y ▁sus ▁com pa ñ eros , ▁hicieron ▁pre st amente ▁seg ún ▁el ▁rey ▁Da r í o ▁había ▁en vi ado .
▁Y ▁of re c ieron ▁en ▁la ▁de di c ación ▁de ▁esta ▁casa ▁de ▁Dios ▁cien ▁becerro s , ▁dos cientos ▁carnero s , ▁cuatrocient os ▁cordero s ; ▁y ▁macho s ▁de ▁cabrío ▁en ▁expiación ▁por ▁todo ▁Israel , ▁do ce ▁ , ▁conform e ▁al ▁número ▁de ▁las ▁tribu s ▁de ▁Israel .
▁Y ▁com ieron ▁los ▁hijos ▁de ▁Israel ▁que ▁habían ▁vuelto ▁de ▁la ▁tra n s mi g r ación , ▁y ▁todos ▁los ▁que ▁se ▁habían ▁apart ado ▁á ▁ellos ▁de ▁la ▁in m un di ci a ▁de ▁las ▁gente s ▁de ▁la ▁tierra , ▁para ▁busca r ▁á ▁Jehová ▁Dios ▁de ▁Israel .
▁Hi jo ▁de ▁A m ar ía s , ▁hijo ▁de ▁A za r ía s , ▁hijo ▁de ▁Me ra i oth ,
▁Y ▁subieron ▁con ▁él ▁á ▁Jerusalem ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁de ▁los ▁sacerdote s , ▁y ▁Levitas , ▁y ▁can to res , ▁y ▁por t eros , ▁y ▁N eth in e os , ▁en ▁el ▁séptimo ▁año ▁del ▁rey ▁Ar ta j er je s .
▁Y ▁este ▁es ▁el ▁tras l ado ▁de ▁la ▁ca r ta ▁que ▁dió ▁el ▁rey ▁Ar ta j er je s ▁á ▁E s d ra s , ▁sacerdote ▁es c ri ba , ▁es c ri ba ▁de ▁las ▁palabras ▁man dad as ▁de ▁Jehová , ▁y ▁de ▁sus ▁estatuto s ▁á ▁Israel :
▁Y ▁á ▁llev ar ▁la ▁plata ▁y ▁el ▁oro ▁que ▁el ▁rey ▁y ▁sus ▁consult o res ▁ v o l un ta ri amente ▁of re ce n ▁al ▁Dios ▁de ▁Israel , ▁cu y a ▁mor ada ▁está ▁en ▁Jerusalem ;
▁Y ▁los ▁vasos ▁que ▁te ▁son ▁entregado s ▁para ▁el ▁servicio ▁de ▁la ▁casa ▁de ▁tu ▁Dios , ▁los ▁rest i tu irá s ▁delante ▁de ▁Dios ▁en ▁Jerusalem .
▁Todo ▁lo ▁que ▁es ▁mandado ▁por ▁el ▁Dios ▁del ▁cielo , ▁sea ▁hecho ▁pre st amente ▁para ▁la ▁casa ▁del ▁Dios ▁del ▁cielo : ▁pues , ▁¿ por ▁qué ▁ha b r ía ▁de ▁ser ▁su ▁ir a ▁contra ▁el ▁reino ▁del ▁rey ▁y ▁de ▁sus ▁hijos ?
▁Be n di to ▁Jehová , ▁Dios ▁de ▁nuestro s ▁padres , ▁que ▁puso ▁tal ▁cosa ▁en ▁el ▁corazón ▁del ▁rey , ▁para ▁ho n r ar ▁la ▁casa ▁de ▁Jehová ▁que ▁está ▁en ▁Jerusalem .
▁De ▁los ▁hijos ▁de ▁Se ch â n ía s ▁y ▁de ▁los ▁hijos ▁de ▁P h ar os , ▁Z a c ar ía s , ▁y ▁con ▁él , ▁en ▁la ▁ l í n e a ▁de ▁varones , ▁ciento ▁y ▁cincuenta ;
▁De ▁los ▁hijos ▁de ▁El am , ▁Isaí a , ▁hijo ▁de ▁A th al ía s , ▁y ▁con ▁él ▁setenta ▁varones ;
▁Y ▁de ▁los ▁hijos ▁de ▁Be ba i , ▁Z a c ar ía s , ▁hijo ▁de ▁Be ba i , ▁y ▁con ▁él ▁veinti o ch o ▁varones ;
▁Y ▁junt é los ▁junto ▁al ▁río ▁que ▁viene ▁á ▁A h a v a , ▁y ▁re p os a mos ▁allí ▁tres ▁días : ▁y ▁ha b iendo ▁busca do ▁entre ▁el ▁pueblo ▁y ▁entre ▁los ▁sacerdote s , ▁no ▁ha l l é ▁allí ▁de ▁los ▁hijos ▁de ▁Leví .
▁Y ▁á ▁Ha s ab ía s , ▁y ▁con ▁él ▁á ▁Isaí a ▁de ▁los ▁hijos ▁de ▁Merari , ▁á ▁sus ▁hermanos ▁y ▁á ▁sus ▁hijos , ▁veinte ;
▁A y un a mos ▁pues , ▁y ▁pe di mos ▁á ▁nuestro ▁Dios ▁sobre ▁esto , ▁y ▁él ▁no s ▁fué ▁pro p i ci o .
▁A de m ás ▁veinte ▁ t az on es ▁de ▁oro , ▁de ▁mil ▁d ra c ma s ; ▁y ▁dos ▁vasos ▁de ▁metal ▁limpio ▁mu y ▁bueno , ▁pre ci ados ▁ como ▁el ▁oro .
▁Y ▁part i mos ▁del ▁río ▁de ▁A h a v a ▁el ▁do ce ▁del ▁me s ▁primer o , ▁para ▁ir ▁á ▁Jerusalem : ▁y ▁la ▁mano ▁de ▁nuestro ▁Dios ▁fué ▁sobre ▁nosotros , ▁el ▁cual ▁no s ▁libr ó ▁de ▁mano ▁de ▁enemigo ▁y ▁de ▁as e ch ado r ▁en ▁el ▁camino .
▁Lo s ▁que ▁habían ▁venido ▁de ▁la ▁ca u t i vi dad , ▁los ▁hijos ▁de ▁la ▁tra n s mi g r ación , ▁of re c ieron ▁holocausto s ▁al ▁Dios ▁de ▁Israel , ▁do ce ▁becerro s ▁por ▁todo ▁Israel , ▁no v enta ▁y ▁se is ▁carnero s , ▁setenta ▁y ▁siete ▁cordero s , ▁do ce ▁macho s ▁cabrío s ▁por ▁expiación : ▁todo ▁en ▁holocausto ▁á ▁Jehová .
▁Lo ▁cual ▁ o y e ndo ▁yo , ▁ ra s gu é ▁mi ▁vestido ▁y ▁mi ▁man to , ▁y ▁ar ra n qué ▁de ▁los ▁ca be l los ▁de ▁mi ▁cabeza ▁y ▁de ▁mi ▁bar ba , ▁y ▁sent é me ▁at ón i to .
▁De s de ▁los ▁días ▁de ▁nuestro s ▁padres ▁hast a ▁este ▁día ▁esta mos ▁en ▁grande ▁culpa ; ▁y ▁por ▁nuestra s ▁iniquidad es ▁nosotros , ▁nuestro s ▁reyes , ▁y ▁nuestro s ▁sacerdote s , ▁he mos ▁sido ▁entregado s ▁en ▁manos ▁de ▁los ▁reyes ▁de ▁las ▁tierra s , ▁á ▁cuchillo , ▁á ▁ca u t ive ri o , ▁y ▁á ▁ ro b o , ▁y ▁á ▁con f u s ió n ▁de ▁rostro , ▁ como ▁hoy ▁día .
▁Lo s ▁cuales ▁pre s c ri b iste ▁por ▁mano ▁de ▁tu s ▁siervos ▁los ▁profeta s , ▁diciendo : ▁La ▁tierra ▁á ▁la ▁cual ▁entr áis ▁para ▁poseer la , ▁tierra ▁inmunda ▁es ▁á ▁causa ▁de ▁la ▁in m un di ci a ▁de ▁los ▁pueblo s ▁de ▁aquella s ▁re g ion es , ▁por ▁las ▁abomina ciones ▁de ▁que ▁la ▁han ▁he n ch ido ▁de ▁uno ▁á ▁otro ▁ex t re mo ▁con ▁su ▁in m un di ci a .
▁Jehová , ▁Dios ▁de ▁Israel , ▁tú ▁eres ▁just o : ▁pues ▁que ▁he mos ▁que d ado ▁alguno s ▁sal v os , ▁ como ▁este ▁día , ▁he nos ▁aquí ▁delante ▁de ▁ti ▁en ▁nuestro s ▁del i to s ; ▁por que ▁no ▁es ▁pos i ble ▁su b s i st ir ▁en ▁tu ▁presencia ▁á ▁causa ▁de ▁esto .
▁Levántate , ▁por que ▁á ▁ti ▁to ca ▁el ▁negocio , ▁y ▁nosotros ▁se remos ▁contigo ; ▁es f u é r za te , ▁y ▁pon lo ▁por ▁obra .
▁Y ▁que ▁el ▁que ▁no ▁vi n i er a ▁dentro ▁de ▁tres ▁días , ▁conform e ▁al ▁a cu er do ▁de ▁los ▁príncipes ▁y ▁de ▁los ▁ancianos , ▁per di e se ▁toda ▁su ▁haci en da , ▁y ▁él ▁fuese ▁apart ado ▁de ▁la ▁com pa ñ ía ▁de ▁los ▁de ▁la ▁tra n s mi g r ación .
▁Y ▁respondió ▁todo ▁aquel ▁con cu r s o , ▁y ▁dijeron ▁en ▁al ta ▁voz : ▁As í ▁se ▁haga ▁conform e ▁á ▁tu ▁palabra .
▁E ▁hicieron ▁así ▁los ▁hijos ▁de ▁la ▁tra n s mi g r ación . ▁Y ▁apart ados ▁que ▁fueron ▁luego ▁E s d ra s ▁sacerdote , ▁y ▁los ▁varones ▁cabeza s ▁de ▁familias ▁en ▁la ▁casa ▁de ▁sus ▁padres , ▁todos ▁ellos ▁por ▁sus ▁nombre s , ▁sent áronse ▁el ▁primer ▁día ▁del ▁me s ▁d é ci mo ▁para ▁in qui ri r ▁el ▁negocio .
▁Y ▁de ▁los ▁hijos ▁de ▁I m m er : ▁Ha n an i ▁y ▁Z e ba d ía s .
▁Y ▁de ▁los ▁can to res , ▁Eli as i b ; ▁y ▁de ▁los ▁por t eros : ▁Se l l u m , ▁y ▁T el em , ▁y ▁Uri .
▁Y ▁de ▁los ▁hijos ▁de ▁Be ba i : ▁ J o h an án , ▁Ha n an ía s , ▁Z ab ba i , ▁A t la i .
▁Benjamín , ▁Ma l l u ch , ▁Se m ar ía s .
▁ V an ía s , ▁Me re mo th , ▁Eli as i b ,
▁Ma ch n ad ba i , ▁S as a i , ▁Sara i ,
▁Todo s ▁estos ▁habían ▁tomado ▁mujeres ▁ex tra n je ra s ; ▁y ▁había ▁mujeres ▁de ▁ellos ▁que ▁habían ▁par ido ▁hijos .
▁Y ▁fué ▁que , ▁ como ▁yo ▁ o í ▁esta s ▁palabras , ▁sent é me ▁y ▁ l lo ré , ▁y ▁en l u t é me ▁por ▁alguno s ▁días , ▁y ▁a y un é ▁y ▁or é ▁delante ▁del ▁Dios ▁de ▁los ▁cielo s .
▁A cu é r da te ▁ahora ▁de ▁la ▁palabra ▁que ▁orden aste ▁á ▁Moisés ▁tu ▁siervo , ▁diciendo : ▁Vosotros ▁pre v ar i c aréis , ▁y ▁yo ▁os ▁esparci ré ▁por ▁los ▁pueblo s :
▁Y ▁F U É ▁en ▁el ▁me s ▁de ▁N is án , ▁en ▁el ▁año ▁veinte ▁del ▁rey ▁Ar ta j er je s , ▁que ▁esta ndo ▁y a ▁el ▁vino ▁delante ▁de ▁él , ▁to m é ▁el ▁vino , ▁y ▁d í lo ▁al ▁rey . ▁Y ▁ como ▁yo ▁no ▁había ▁esta do ▁antes ▁ t r iste ▁en ▁su ▁presencia ,
▁Y ▁di je ▁al ▁rey : ▁Si ▁al ▁rey ▁place , ▁y ▁si ▁a g r ada ▁tu ▁siervo ▁delante ▁de ▁ti , ▁que ▁me ▁en v í es ▁á ▁Judá , ▁á ▁la ▁ciudad ▁de ▁los ▁se p u l c ro s ▁de ▁mis ▁padres , ▁y ▁la ▁re ed i f i c aré .
▁Y ▁vi n e ▁luego ▁á ▁los ▁go be rna do res ▁de ▁la ▁otra ▁parte ▁del ▁río , ▁y ▁les ▁d í ▁las ▁ca r ta s ▁del ▁rey . ▁Y ▁el ▁rey ▁envió ▁conmigo ▁ca p ita n es ▁del ▁ejército ▁y ▁gente ▁de ▁á ▁caballo .
▁Y ▁sal í ▁de ▁noche ▁por ▁la ▁puerta ▁del ▁ V al le ▁haci a ▁la ▁fuente ▁del ▁ D ra g ón ▁y ▁á ▁la ▁puerta ▁del ▁M u l ada r ; ▁y ▁con s i de ré ▁los ▁mu ro s ▁de ▁Jerusalem ▁que ▁estaban ▁de r ri b ados , ▁y ▁sus ▁puerta s ▁que ▁estaban ▁consum i das ▁del ▁fuego .
▁ D í je les ▁pues : ▁Vosotros ▁ve is ▁el ▁mal ▁en ▁que ▁esta mos , ▁que ▁Jerusalem ▁está ▁de s i er ta , ▁y ▁sus ▁puerta s ▁consum i das ▁del ▁fuego : ▁ven id , ▁y ▁ ed i f i que mos ▁el ▁mu ro ▁de ▁Jerusalem , ▁y ▁no ▁sea mos ▁más ▁en ▁ o p ro bi o .
▁Y ▁L E V A N T Ó S E ▁Eli as i b ▁el ▁gran ▁sacerdote ▁con ▁sus ▁hermanos ▁los ▁sacerdote s , ▁y ▁edifica ron ▁la ▁puerta ▁de ▁las ▁O v e ja s . ▁El los ▁ap are ja ron ▁y ▁levant aron ▁sus ▁puerta s ▁hast a ▁la ▁to r re ▁de ▁Me ah , ▁ap are j á ron la ▁hast a ▁la ▁to r re ▁de ▁Ha n an e el .
▁E ▁in me di a to ▁á ▁ellos ▁rest a ura ron ▁los ▁T e co itas ; ▁mas ▁sus ▁grande s ▁no ▁pre st aron ▁su ▁ cer vi z ▁á ▁la ▁obra ▁de ▁su ▁Señor .
▁ J un to ▁á ▁ellos ▁rest a ur ó ▁también ▁Re pa ía s ▁hijo ▁de ▁Hu r , ▁príncipe ▁de ▁la ▁mitad ▁de ▁la ▁re g ió n ▁de ▁Jerusalem .
▁La ▁puerta ▁del ▁ V al le ▁la ▁rest a ur ó ▁Ha n ún ▁con ▁los ▁moradores ▁de ▁Z an o a : ▁ellos ▁la ▁re ed i f i c aron , ▁y ▁levant aron ▁sus ▁puerta s , ▁con ▁sus ▁ cer ra d ura s ▁y ▁sus ▁ cer ro jo s , ▁y ▁mil ▁codos ▁en ▁el ▁mu ro ▁hast a ▁la ▁puerta ▁del ▁M u l ada r .
▁T ra s ▁él ▁rest a ura ron ▁los ▁Levitas , ▁Re hu m ▁hijo ▁de ▁B an i ; ▁junto ▁á ▁él ▁rest a ur ó ▁As ab ía s , ▁príncipe ▁de ▁la ▁mitad ▁de ▁la ▁re g ió n ▁de ▁C e i la ▁en ▁su ▁re g ió n .
▁T ra s ▁él ▁rest a ur ó ▁Me re mo th ▁hijo ▁de ▁Uría s ▁hijo ▁de ▁C os ▁la ▁otra ▁me di da , ▁de s de ▁la ▁entr ada ▁de ▁la ▁casa ▁de ▁Eli as i b , ▁hast a ▁el ▁cabo ▁de ▁la ▁casa ▁de ▁Eli as i b .
▁P a al ▁hijo ▁de ▁Uz a i , ▁en f r ente ▁de ▁la ▁es qui n a ▁y ▁la ▁to r re ▁al ta ▁que ▁sal e ▁de ▁la ▁casa ▁del ▁rey , ▁que ▁está ▁en ▁el ▁pa t i o ▁de ▁la ▁c á r ce l . ▁Después ▁de ▁él , ▁P ed a ía ▁hijo ▁de ▁P h ar os .
▁Después ▁de ▁ellos ▁rest a ur ó ▁S ado c ▁hijo ▁de ▁I m m er , ▁en f r ente ▁de ▁su ▁casa : ▁y ▁después ▁de ▁él ▁rest a ur ó ▁Se ma ía s ▁hijo ▁de ▁Se ch â n ía s , ▁guarda ▁de ▁la ▁puerta ▁or i enta l .
▁Y ▁F U É ▁que ▁ como ▁oyó ▁S an ba l la t ▁que ▁nosotros ▁ ed i f i c á ba mos ▁el ▁mu ro , ▁en co le ri z óse ▁y ▁enoj óse ▁en ▁gran ▁manera , ▁é ▁hizo ▁es c ar n i o ▁de ▁los ▁ J ud í os .
▁Y ▁no ▁cu bra s ▁su ▁iniquidad , ▁ni ▁su ▁pecado ▁sea ▁ ra í do ▁delante ▁de ▁tu ▁rostro ; ▁por que ▁se ▁a ir aron ▁contra ▁los ▁que ▁edifica ba n .
▁Entonces ▁or a mos ▁á ▁nuestro ▁Dios , ▁y ▁por ▁causa ▁de ▁ellos ▁pu s i mos ▁guarda ▁contra ▁ellos ▁de ▁día ▁y ▁de ▁noche .
▁Entonces ▁pu se ▁por ▁los ▁ba jo s ▁del ▁lugar , ▁de t rás ▁del ▁mu ro , ▁en ▁las ▁al t ura s ▁de ▁los ▁peña s co s , ▁pu se ▁el ▁pueblo ▁por ▁familias ▁con ▁sus ▁espada s , ▁con ▁sus ▁la n za s , ▁y ▁con ▁sus ▁ar co s .
▁Lo s ▁que ▁edifica ba n ▁en ▁el ▁mu ro , ▁y ▁los ▁que ▁llev aban ▁ca r ga s ▁y ▁los ▁que ▁ca r g aban , ▁con ▁la ▁una ▁mano ▁tra ba j aban ▁en ▁la ▁obra , ▁y ▁en ▁la ▁otra ▁tenía n ▁la ▁espada .
▁No s o t ro s ▁pues ▁tra ba j á ba mos ▁en ▁la ▁obra ; ▁y ▁la ▁mitad ▁de ▁ellos ▁tenía n ▁la n za s ▁de s de ▁la ▁su bi da ▁del ▁al ba ▁hast a ▁sal ir ▁las ▁es t re l la s .
▁Y ▁había ▁quien ▁decía : ▁No s o t ro s , ▁nuestro s ▁hijos ▁y ▁nuestra s ▁hijas , ▁so mos ▁mucho s : ▁he mos ▁por ▁tanto ▁tomado ▁gran o ▁para ▁come r ▁y ▁vivir .
▁Y ▁enoj é me ▁en ▁gran ▁manera ▁cuando ▁ o í ▁su ▁c l am or ▁y ▁esta s ▁palabras .
▁T ambién ▁yo , ▁y ▁mis ▁hermanos , ▁y ▁mis ▁criado s , ▁les ▁he mos ▁pre st ado ▁dinero ▁y ▁gran o : ▁re le v é mos les ▁ahora ▁de ▁este ▁gr a v am en .
▁T ambién ▁de s de ▁el ▁día ▁que ▁me ▁mandó ▁el ▁rey ▁que ▁fuese ▁go be rna dor ▁de ▁ellos ▁en ▁la ▁tierra ▁de ▁Judá , ▁de s de ▁el ▁año ▁veinte ▁del ▁rey ▁Ar ta j er je s ▁hast a ▁el ▁año ▁treinta ▁y ▁dos , ▁do ce ▁años , ▁ni ▁yo ▁ni ▁mis ▁hermanos ▁com i mos ▁el ▁pan ▁del ▁go be rna dor .
▁Y ▁lo ▁que ▁se ▁a de re za ba ▁para ▁ cada ▁día ▁era ▁un ▁buey , ▁se is ▁ovejas ▁es co g i das , ▁y ▁ ave s ▁también ▁se ▁ap are j aban ▁para ▁mí , ▁y ▁ cada ▁diez ▁días ▁vino ▁en ▁toda ▁a b un d an ci a : ▁y ▁con ▁todo ▁esto ▁ nunc a ▁re que r í ▁el ▁pan ▁del ▁go be rna dor , ▁por que ▁la ▁ serv id umb re ▁de ▁este ▁pueblo ▁era ▁grave .
▁Y ▁en vi é les ▁mensajero s , ▁diciendo : ▁Yo ▁ha go ▁una ▁grande ▁obra , ▁y ▁no ▁pu ed o ▁ir ; ▁por que ▁c es ar ía ▁la ▁obra , ▁de j ándo la ▁yo ▁para ▁ir ▁á ▁vosotros .
▁Y ▁que ▁has ▁puesto ▁profeta s ▁que ▁pre di que n ▁de ▁ti ▁en ▁Jerusalem , ▁diciendo : ▁ ¡ R e y ▁en ▁Judá ! ▁Y ▁ahora ▁serán ▁ o í das ▁del ▁rey ▁las ▁tal es ▁palabras : ▁ven ▁por ▁tanto , ▁y ▁consult emos ▁junto s .
▁Entonces ▁di je : ▁¿ U n ▁hombre ▁ como ▁yo ▁ha ▁de ▁ hu ir ? ▁¿ y ▁qu ién , ▁que ▁ como ▁yo ▁fuera , ▁entrar ía ▁al ▁templo ▁para ▁salva r ▁la ▁vida ? ▁No ▁entrar é .
▁A ca b óse ▁pues ▁el ▁mu ro ▁el ▁veinti ci n co ▁del ▁me s ▁de ▁El u l , ▁en ▁cincuenta ▁y ▁dos ▁días .
▁T ambién ▁con t aban ▁delante ▁de ▁mí ▁sus ▁buena s ▁obra s , ▁y ▁re f er ían le ▁mis ▁palabras . ▁Y ▁en vi aba ▁T o b ía s ▁ca r ta s ▁para ▁a te mo ri za r me .
▁Y ▁la ▁ciudad ▁era ▁es pa ci os a ▁y ▁grande , ▁per o ▁poco ▁pueblo ▁dentro ▁de ▁ella , ▁y ▁no ▁había ▁casa s ▁re ed i f i cada s .
▁Lo s ▁hijos ▁de ▁P ar os , ▁dos ▁mil ▁ciento ▁setenta ▁y ▁dos ;
▁Lo s ▁hijos ▁de ▁El am , ▁mil ▁dos cientos ▁cincuenta ▁y ▁cuatro ;
▁Lo s ▁hijos ▁de ▁Be ba i , ▁seiscient os ▁veinti o ch o ▁ ;
▁Lo s ▁hijos ▁de ▁A d d in , ▁seiscient os ▁cincuenta ▁y ▁cinco ;
▁Lo s ▁hijos ▁de ▁Ha ri ph , ▁ciento ▁do ce ▁ ;
▁Lo s ▁varones ▁de ▁Beth - az m ave th , ▁cuarenta ▁y ▁dos ;
▁Lo s ▁varones ▁de ▁Beth - el ▁y ▁de ▁A i , ▁ciento ▁veinti t ré s ▁ ;
▁Lo s ▁hijos ▁de ▁Jericó , ▁tres cientos ▁cuarenta ▁y ▁cinco ;
▁Lo s ▁hijos ▁de ▁I m m er , ▁mil ▁cincuenta ▁y ▁dos ;
▁C an to res : ▁los ▁hijos ▁de ▁As a ph , ▁ciento ▁cuarenta ▁y ▁oc h o .
▁Lo s ▁hijos ▁de ▁Le ba n a , ▁los ▁hijos ▁de ▁Ha g aba , ▁los ▁hijos ▁de ▁Sal ma i ,
▁Lo s ▁hijos ▁de ▁Be s a i , ▁los ▁hijos ▁de ▁Me un im , ▁los ▁hijos ▁de ▁N e ph is es im ,
▁Lo s ▁hijos ▁de ▁N es ía , ▁los ▁hijos ▁de ▁Ha t i ph a .
▁Todo s ▁los ▁N eth in e os , ▁é ▁hijos ▁de ▁los ▁siervos ▁de ▁Salomón , ▁tres cientos ▁no v enta ▁y ▁dos .
▁Estos ▁busca ron ▁su ▁re g i st ro ▁de ▁ g en e a lo g ía s , ▁y ▁no ▁se ▁halló ; ▁y ▁fueron ▁echa do s ▁del ▁s a cer do ci o .
▁Su s ▁caballo s , ▁se te cientos ▁treinta ▁y ▁se is ; ▁sus ▁mu los , ▁dos cientos ▁cuarenta ▁y ▁cinco ;
▁Y ▁lo ▁que ▁dió ▁el ▁rest o ▁del ▁pueblo ▁fué ▁veinte ▁mil ▁d ra c ma s ▁de ▁oro , ▁y ▁dos ▁mil ▁libr as ▁de ▁plata , ▁y ▁se s enta ▁y ▁siete ▁ve st id ura s ▁s a cer do ta les .
▁Y ▁le y ó ▁en ▁el ▁libr o ▁delante ▁de ▁la ▁p la za ▁que ▁está ▁delante ▁de ▁la ▁puerta ▁de ▁las ▁A gu as , ▁de s de ▁el ▁al ba ▁hast a ▁el ▁medio ▁día ▁ , ▁en ▁presencia ▁de ▁hombres ▁y ▁mujeres ▁y ▁en te nd ido s ; ▁y ▁los ▁oído s ▁de ▁todo ▁el ▁pueblo ▁estaban ▁at en to s ▁al ▁libr o ▁de ▁la ▁le y .
▁Y ▁Je s u á , ▁y ▁B an i , ▁y ▁Se re b ía s , ▁Ja m í n , ▁A c cu b , ▁S ab eth a i , ▁O d ía s , ▁Ma as ía s , ▁C el ita , ▁A za r ía s , ▁ J o za b ed , ▁Ha n án , ▁P e la ía , ▁Levitas , ▁hacía n ▁en t en der ▁al ▁pueblo ▁la ▁le y : ▁y ▁el ▁pueblo ▁estaba ▁en ▁su ▁lugar .
▁Lo s ▁Levitas ▁pues , ▁hacía n ▁ca l l ar ▁á ▁todo ▁el ▁pueblo , ▁diciendo : ▁C al la d , ▁que ▁es ▁día ▁santo , ▁y ▁no ▁os ▁entr iste z c áis .
▁Y ▁que ▁ hi ci es en ▁sabe r , ▁y ▁pasar ▁pre g ón ▁por ▁todas ▁sus ▁ciudades ▁y ▁por ▁Jerusalem , ▁diciendo : ▁Sal id ▁al ▁monte , ▁y ▁tra ed ▁ram os ▁de ▁ o li v a , ▁y ▁ram os ▁de ▁pi no ▁ , ▁y ▁ram os ▁de ▁ar ra y án , ▁y ▁ram os ▁de ▁palm as , ▁y ▁ram os ▁de ▁todo ▁árbol ▁es pe s o , ▁para ▁hacer ▁ca ba ñ as ▁ como ▁está ▁escrito .
▁Y ▁E L ▁día ▁veinti cu a t ro ▁del ▁mismo ▁me s ▁se ▁junt aron ▁los ▁hijos ▁de ▁Israel ▁en ▁a y un o , ▁y ▁con ▁s a co s , ▁y ▁tierra ▁sobre ▁sí .
▁Y ▁dijeron ▁los ▁Levitas , ▁Je s u á ▁y ▁C ad mi el , ▁B an i , ▁ H os ab n ía s , ▁Se re b ía s , ▁O da ía s , ▁Se ba n ía s ▁y ▁P eth a ía : ▁Levant a os , ▁be n de ci d ▁á ▁Jehová ▁vuestro ▁Dios ▁de s de ▁el ▁si g lo ▁hast a ▁el ▁si g lo : ▁y ▁be n di ga n ▁el ▁nombre ▁tuyo , ▁ g lo ri os o ▁y ▁al to ▁sobre ▁toda ▁bendición ▁y ▁al aban za .
▁Y ▁mira s te ▁la ▁a f li c ción ▁de ▁nuestro s ▁padres ▁en ▁Egipto , ▁y ▁ o í s te ▁el ▁c l am or ▁de ▁ellos ▁en ▁el ▁mar ▁B er me jo ;
▁Y ▁sobre ▁el ▁monte ▁de ▁Sinaí ▁descend iste , ▁y ▁habla s te ▁con ▁ellos ▁de s de ▁el ▁cielo , ▁y ▁d í s te les ▁juicio s ▁rec to s , ▁le y es ▁ver dad er as , ▁y ▁estatuto s ▁y ▁mandamientos ▁bueno s :
▁Y ▁no ▁qu is ieron ▁oir , ▁ni ▁se ▁a co r d aron ▁de ▁tu s ▁mar a vi l la s ▁que ▁había s ▁hecho ▁con ▁ellos ; ▁antes ▁en d u re c ieron ▁su ▁ cer vi z , ▁y ▁en ▁su ▁rebel ió n ▁pe n s aron ▁pon er ▁ca ud ill o ▁para ▁volver se ▁á ▁su ▁ serv id umb re . ▁T ú ▁ e mpero , ▁eres ▁Dios ▁de ▁perdon es , ▁c le mente ▁y ▁pi ados o , ▁ t ar do ▁para ▁la ▁ir a , ▁y ▁de ▁much a ▁misericordia , ▁que ▁no ▁los ▁de j aste .
▁Y ▁sus t en t ás te los ▁cuarenta ▁años ▁en ▁el ▁desierto ; ▁de ▁ninguna ▁cosa ▁ tuvieron ▁ n e ce s i dad : ▁sus ▁vestidos ▁no ▁se ▁en v e je c ieron , ▁ni ▁se ▁hin ch aron ▁sus ▁pie s .
▁Y ▁tomaron ▁ciudades ▁for ta le ci das , ▁y ▁tierra ▁p ing ü e , ▁y ▁her ed aron ▁casa s ▁llena s ▁de ▁todo ▁bien , ▁c iste rna s ▁he ch as , ▁viña s ▁y ▁ o li v are s , ▁y ▁mucho s ▁árbol es ▁de ▁come r ; ▁y ▁com ieron , ▁y ▁ha r t áronse , ▁y ▁en g ro s áronse , ▁y ▁de le i t áronse ▁en ▁tu ▁grande ▁bo n dad .
▁Y ▁pro t est ás te les ▁que ▁se ▁ v o l vi es en ▁á ▁tu ▁le y ; ▁mas ▁ellos ▁hicieron ▁so b er bi amente , ▁y ▁no ▁ o y e ron ▁tu s ▁mandamientos , ▁sin o ▁que ▁pecar on ▁contra ▁tu s ▁juicio s , ▁los ▁cuales ▁si ▁el ▁hombre ▁hiciere , ▁en ▁ellos ▁vivir á ; ▁y ▁d ieron ▁ho m b ro ▁re n i t ente , ▁y ▁en d u re c ieron ▁su ▁ cer vi z , ▁y ▁no ▁es cu ch aron .
▁T ú ▁ e mpero ▁eres ▁just o ▁en ▁todo ▁lo ▁que ▁ha ▁venido ▁sobre ▁nosotros ; ▁por que ▁rec t amente ▁has ▁hecho , ▁mas ▁nosotros ▁he mos ▁hecho ▁lo ▁mal o :
▁Y ▁se ▁multiplic a ▁su ▁fruto ▁para ▁los ▁reyes ▁que ▁has ▁puesto ▁sobre ▁nosotros ▁por ▁nuestro s ▁pecado s , ▁quien es ▁se ▁en se ñ o re an ▁sobre ▁nuestro s ▁cuerpo s , ▁y ▁sobre ▁nuestra s ▁bestia s , ▁conform e ▁á ▁su ▁ v o l un ta d , ▁y ▁esta mos ▁en ▁grande ▁an gu st i a .
▁P as hu r , ▁A m ar ía s , ▁Ma l ch ía s ,
▁Me s u l l am , ▁A b ía s , ▁Mi am í n ,
▁Mi ch â , ▁Re h o b , ▁Ha s ab ía s ,
▁B un n i , ▁A z ga d , ▁Be ba i ,
▁A ri ph , ▁Ana th oth , ▁N e ba i ,
▁ H ose as , ▁Ha n an ía s , ▁As u b ,
▁Ma l l u ch , ▁Ha r im , ▁B a an a .
▁A simismo , ▁que ▁si ▁los ▁pueblo s ▁de ▁la ▁tierra ▁tra je s en ▁á ▁ven der ▁me r ca der ía s ▁y ▁come st i ble s ▁en ▁día ▁de ▁sábado , ▁nada ▁tomar ía mos ▁de ▁ellos ▁en ▁sábado , ▁ni ▁en ▁día ▁santifica do ; ▁y ▁que ▁dejar ía mos ▁el ▁año ▁séptimo , ▁con ▁re mi s ió n ▁de ▁toda ▁de ud a .
▁Y ▁que ▁ cada ▁año ▁tra er ía mos ▁las ▁pri mi ci as ▁de ▁nuestra ▁tierra , ▁y ▁las ▁pri mi ci as ▁de ▁todo ▁fruto ▁de ▁todo ▁árbol , ▁á ▁la ▁casa ▁de ▁Jehová :
▁Porque ▁á ▁las ▁c á ma ra s ▁han ▁de ▁llev ar ▁los ▁hijos ▁de ▁Israel ▁y ▁los ▁hijos ▁de ▁Leví ▁la ▁ofrenda ▁del ▁gran o , ▁del ▁vino , ▁y ▁del ▁aceite ; ▁y ▁allí ▁estará n ▁los ▁vasos ▁del ▁santuario , ▁y ▁los ▁sacerdote s ▁que ▁ministr an , ▁y ▁los ▁por t eros , ▁y ▁los ▁can to res ; ▁y ▁no ▁ aban do n a remos ▁la ▁casa ▁de ▁nuestro ▁Dios .
▁En ▁Jerusalem ▁pues ▁habita ron ▁de ▁los ▁hijos ▁de ▁Judá , ▁y ▁de ▁los ▁hijos ▁de ▁Benjamín . ▁De ▁los ▁hijos ▁de ▁Judá : ▁A th a ía s ▁hijo ▁de ▁Uz z ía s , ▁hijo ▁de ▁Z a c ar ía s , ▁hijo ▁de ▁A m ar ía s , ▁hijo ▁de ▁Se ph a t ía s , ▁hijo ▁de ▁Ma h a la le el , ▁de ▁los ▁hijos ▁de ▁P h are s ;
▁Y ▁tras ▁él , ▁ G ab ba i , ▁Sal la i , ▁ n ove cientos ▁veinte ▁y ▁oc h o .
▁Y ▁sus ▁hermanos ▁los ▁que ▁hacía n ▁la ▁obra ▁de ▁la ▁casa , ▁oc h o cientos ▁veinti d ó s : ▁y ▁A da ía s ▁hijo ▁de ▁Je ro h am , ▁hijo ▁de ▁P el al ía s , ▁hijo ▁de ▁A m s i , ▁hijo ▁de ▁Z a c ar ía s , ▁hijo ▁de ▁P as hu r , ▁hijo ▁de ▁Ma la ch ía s ,
▁Y ▁S ab eth a i ▁y ▁ J o za ba d , ▁de ▁los ▁principal es ▁de ▁los ▁Levitas , ▁sobre st an te s ▁de ▁la ▁obra ▁ex te ri or ▁de ▁la ▁casa ▁de ▁Dios ;
▁Y ▁el ▁rest o ▁de ▁Israel , ▁de ▁los ▁sacerdote s , ▁de ▁los ▁Levitas , ▁en ▁todas ▁las ▁ciudades ▁de ▁Judá , ▁ cada ▁uno ▁en ▁su ▁heredad .
▁Y ▁P eth ah ía s ▁hijo ▁de ▁Me se za be l , ▁de ▁los ▁hijos ▁de ▁Z er ah ▁hijo ▁de ▁Judá , ▁estaba ▁á ▁la ▁mano ▁del ▁rey ▁en ▁todo ▁negocio ▁del ▁pueblo .
▁Y ▁en ▁Si c la g , ▁y ▁en ▁Me ch ô n a , ▁y ▁en ▁sus ▁aldeas ;
▁En ▁Ana th oth , ▁No b , ▁Ana n i ah ;
▁Y ▁alguno s ▁de ▁los ▁Levitas , ▁en ▁los ▁re p ar t imiento s ▁de ▁Judá ▁y ▁de ▁Benjamín .
▁I d do , ▁ G in eth o , ▁A b ía s ,
▁Y ▁los ▁Levitas : ▁Je s u á , ▁B in n u i , ▁C ad mi el , ▁Se re b ía s , ▁Judá , ▁y ▁Ma th an ía s , ▁que ▁con ▁sus ▁hermanos ▁of i ci aba ▁en ▁los ▁him nos .
▁Y ▁en ▁los ▁días ▁de ▁ J o i a ci m ▁los ▁sacerdote s ▁cabeza s ▁de ▁familias ▁fueron : ▁de ▁Se ra ía s , ▁Me ra ía s ; ▁de ▁Je re m ía s , ▁Ha n an ía s ;
▁De ▁I d do , ▁Z a c ar ía s ; ▁de ▁ G in n eth ón , ▁Me s u l l am ;
▁De ▁Sal la i , ▁C al la i ; ▁de ▁A mo c , ▁E b er ;
▁Lo s ▁cabeza s ▁de ▁los ▁Levitas : ▁Ha s ab ía s , ▁Se re b ía s , ▁y ▁Je s u á ▁hijo ▁de ▁C ad mi el , ▁y ▁sus ▁hermanos ▁delante ▁de ▁ellos , ▁para ▁al aba r ▁y ▁para ▁re nd ir ▁gracia s , ▁conform e ▁al ▁estatuto ▁de ▁David ▁varón ▁de ▁Dios , ▁guarda ndo ▁su ▁turn o .
▁Y ▁fueron ▁re un ido s ▁los ▁hijos ▁de ▁los ▁can to res , ▁así ▁de ▁la ▁camp i ñ a ▁alrededor ▁de ▁Jerusalem ▁ como ▁de ▁las ▁aldeas ▁de ▁N e to ph a t i ;
▁E ▁iba ▁tras ▁de ▁ellos ▁O s a ía s , ▁y ▁la ▁mitad ▁de ▁los ▁príncipes ▁de ▁Judá ,
▁Y ▁sus ▁hermanos ▁Se ma ía s , ▁y ▁A za ra el , ▁Mi la la i , ▁ G i la la i , ▁Ma a i , ▁Nathan a el , ▁Judá ▁y ▁Ha n an i , ▁con ▁los ▁in st r u ment os ▁ m ú s i co s ▁de ▁David ▁varón ▁de ▁Dios ; ▁y ▁E s d ra s ▁es c ri ba , ▁delante ▁de ▁ellos .
▁Para ron ▁luego ▁los ▁dos ▁cor os ▁en ▁la ▁casa ▁de ▁Dios ; ▁y ▁yo , ▁y ▁la ▁mitad ▁de ▁los ▁ ma g i st r ados ▁conmigo ;
▁Y ▁en ▁aquel ▁día ▁fueron ▁puesto s ▁varones ▁sobre ▁las ▁c á ma ra s ▁de ▁los ▁te s or os , ▁de ▁las ▁ofrenda s , ▁de ▁las ▁pri mi ci as , ▁y ▁de ▁los ▁diez mos , ▁para ▁junt ar ▁en ▁ella s , ▁de ▁los ▁campo s ▁de ▁las ▁ciudades , ▁las ▁por ciones ▁le ga les ▁para ▁los ▁sacerdote s ▁y ▁Levitas : ▁por que ▁era ▁grande ▁el ▁go zo ▁de ▁Judá ▁con ▁re s pe c to ▁á ▁los ▁sacerdote s ▁y ▁Levitas ▁que ▁as i st ían .
▁A Q U E L ▁día ▁se ▁le y ó ▁en ▁el ▁libr o ▁de ▁Moisés ▁ o y é ndo lo ▁el ▁pueblo , ▁y ▁fué ▁halla do ▁en ▁él ▁escrito , ▁que ▁los ▁Ammon itas ▁y ▁Moab itas ▁no ▁de b ían ▁entrar ▁ ja m ás ▁en ▁la ▁congregación ▁de ▁Dios ;
▁Y ▁le ▁había ▁hecho ▁una ▁grande ▁c á ma ra , ▁en ▁la ▁cual ▁guard aban ▁antes ▁las ▁ofrenda s , ▁y ▁el ▁perfume , ▁y ▁los ▁vasos , ▁y ▁el ▁diez mo ▁del ▁gran o , ▁y ▁del ▁vino ▁y ▁del ▁aceite , ▁que ▁estaba ▁mandado ▁dar ▁á ▁los ▁Levitas , ▁á ▁los ▁can to res , ▁y ▁á ▁los ▁por t eros ; ▁y ▁la ▁ofrenda ▁de ▁los ▁sacerdote s .
▁Y ▁di je ▁que ▁limpia s en ▁las ▁c á ma ra s , ▁é ▁ hi ce ▁volver ▁allí ▁las ▁al h a ja s ▁de ▁la ▁casa ▁de ▁Dios , ▁las ▁ofrenda s ▁y ▁el ▁perfume .
▁Y ▁pu se ▁por ▁sobre st an te s ▁de ▁ellos ▁á ▁Se l em ía s ▁sacerdote , ▁y ▁á ▁S ado c ▁es c ri ba , ▁y ▁de ▁los ▁Levitas , ▁á ▁P ed a ía s ; ▁y ▁á ▁mano ▁de ▁ellos ▁Ha n án ▁hijo ▁de ▁Z a c cu r , ▁hijo ▁de ▁Ma th an ía s : ▁pues ▁que ▁era n ▁ten ido s ▁por ▁f i e les , ▁y ▁de ▁ellos ▁era ▁el ▁re p ar t ir ▁á ▁sus ▁hermanos .
▁Y ▁re p re nd í ▁á ▁los ▁señor es ▁de ▁Judá , ▁y ▁d í je les : ▁¿ Qué ▁mal a ▁cosa ▁es ▁esta ▁que ▁vosotros ▁ha c éis , ▁pro f an ando ▁así ▁el ▁día ▁del ▁sábado ?
▁Y ▁pro t est é les , ▁y ▁d í je les : ▁¿ Por ▁qué ▁os ▁que d áis ▁vosotros ▁delante ▁del ▁mu ro ? ▁Si ▁lo ▁ha c éis ▁otra ▁vez , ▁os ▁echar é ▁mano . ▁De s de ▁entonces ▁no ▁vinieron ▁en ▁sábado .
▁Y ▁re ñ í ▁con ▁ellos , ▁y ▁mal d í je los , ▁y ▁her í ▁alguno s ▁de ▁ellos , ▁y ▁ar ra n qué les ▁los ▁ca be l los , ▁y ▁ j ura ment é los ▁ , ▁diciendo : ▁No ▁d aréis ▁vuestras ▁hijas ▁á ▁sus ▁hijos , ▁y ▁no ▁toma réis ▁de ▁sus ▁hijas ▁para ▁vuestro s ▁hijos , ▁ó ▁para ▁vosotros .
▁A cu é r da te ▁de ▁ellos , ▁Dios ▁mío , ▁contra ▁los ▁que ▁contamin an ▁el ▁s a cer do ci o , ▁y ▁el ▁pacto ▁del ▁s a cer do ci o ▁y ▁de ▁los ▁Levitas .
▁Que ▁en ▁aquello s ▁días , ▁as enta do ▁que ▁fué ▁el ▁rey ▁As s ue ro ▁en ▁la ▁si l la ▁de ▁su ▁reino , ▁la ▁cual ▁estaba ▁en ▁Su s án ▁ca p ita l ▁del ▁reino ,
▁El ▁pa be l l ón ▁era ▁de ▁ b l an co , ▁ver de , ▁y ▁c á r de no , ▁ten d ido ▁sobre ▁cu er das ▁de ▁lino ▁y ▁púrpura ▁en ▁so r t i ja s ▁de ▁plata ▁y ▁co l u m n as ▁de ▁ m á r mo l : ▁los ▁rec l in a to ri os ▁de ▁oro ▁y ▁de ▁plata , ▁sobre ▁los ado ▁de ▁p ó r f ido ▁y ▁de ▁ m á r mo l , ▁y ▁de ▁al aba st ro ▁y ▁de ▁ ja ci n to .
▁El ▁séptimo ▁día , ▁esta ndo ▁el ▁corazón ▁del ▁rey ▁alegr e ▁del ▁vino , ▁mandó ▁á ▁Me hu m án , ▁y ▁á ▁B i z th a , ▁y ▁á ▁Ha r b on a , ▁y ▁á ▁B i g th a , ▁y ▁á ▁A ba g th a , ▁y ▁á ▁Z e t ar , ▁y ▁á ▁C ar ca s , ▁siete ▁ e un u co s ▁que ▁ serv ían ▁delante ▁del ▁rey ▁As s ue ro ,
▁Y ▁estaban ▁junto ▁á ▁él , ▁C ar s en a , ▁y ▁Se th ar , ▁y ▁A d ma th a , ▁y ▁Tha r s is , ▁y ▁Me res , ▁y ▁Ma r s en a , ▁y ▁Me m u c án , ▁siete ▁príncipes ▁de ▁P er s i a ▁y ▁de ▁Me di a ▁que ▁ve ían ▁la ▁ca ra ▁del ▁rey , ▁y ▁se ▁sent aban ▁los ▁primer os ▁del ▁reino : )
▁Y ▁entonces ▁dirá n ▁esto ▁las ▁señor as ▁de ▁P er s i a ▁y ▁de ▁Me di a ▁que ▁ o y er en ▁el ▁hecho ▁de ▁la ▁re in a , ▁á ▁todos ▁los ▁príncipes ▁del ▁rey : ▁y ▁habrá ▁mucho ▁men os p re ci o ▁y ▁enoj o .
▁P ue s ▁envió ▁let ra s ▁á ▁todas ▁las ▁pro vi n ci as ▁del ▁rey , ▁á ▁ cada ▁pro vi n ci a ▁conform e ▁á ▁su ▁es c ri bi r , ▁y ▁á ▁ cada ▁pueblo ▁conform e ▁á ▁su ▁le n gu a je , ▁diciendo ▁que ▁todo ▁hombre ▁fuese ▁señor ▁en ▁su ▁casa ; ▁y ▁ h á ble se ▁esto ▁seg ún ▁la ▁le n gu a ▁de ▁su ▁pueblo .
▁Y ▁la ▁mo za ▁que ▁a g r ada re ▁á ▁los ▁ojos ▁del ▁rey , ▁re in e ▁en ▁lugar ▁de ▁ V as th i . ▁Y ▁la ▁cosa ▁p l u go ▁en ▁ojos ▁del ▁rey , ▁é ▁ h í zo lo ▁así .
▁Su c ed ió ▁pues , ▁que ▁ como ▁se ▁di v u l g ó ▁el ▁man d amiento ▁del ▁rey ▁y ▁su ▁a cu er do , ▁y ▁s iendo ▁re un i das ▁much as ▁mo za s ▁en ▁Su s án ▁re s id en ci a ▁re g i a , ▁á ▁cargo ▁de ▁He ga i , ▁fué ▁toma da ▁también ▁E s ther ▁para ▁casa ▁del ▁rey , ▁al ▁cu id ado ▁de ▁He ga i , ▁guarda ▁de ▁las ▁mujeres .
▁Y ▁ como ▁lleg aba ▁el ▁tiempo ▁de ▁ cada ▁una ▁de ▁las ▁mo za s ▁para ▁ven ir ▁al ▁rey ▁As s ue ro , ▁al ▁cabo ▁de ▁haber ▁esta do ▁y a ▁do ce ▁me se s ▁conform e ▁á ▁la ▁le y ▁acerca ▁de ▁las ▁mujeres ▁ ( por que ▁así ▁se ▁cumpl ía ▁el ▁tiempo ▁de ▁sus ▁a ta v í os , ▁esto ▁es , ▁se is ▁me se s ▁con ▁ó le o ▁de ▁mi r ra , ▁y ▁se is ▁me se s ▁con ▁cosas ▁ar om á t i ca s ▁y ▁a f e ites ▁de ▁mujeres ) ,
▁F u é ▁pues ▁E s ther ▁llev ada ▁al ▁rey ▁As s ue ro ▁á ▁su ▁casa ▁re al ▁en ▁el ▁me s ▁d é ci mo , ▁que ▁es ▁el ▁me s ▁de ▁T e b eth , ▁en ▁el ▁año ▁séptimo ▁de ▁su ▁re in ado .
▁Y ▁E s ther , ▁seg ún ▁le ▁tenía ▁mandado ▁Ma r do ch ê o , ▁no ▁había ▁declar ado ▁su ▁ n ación ▁ni ▁su ▁pueblo ; ▁por que ▁E s ther ▁hacía ▁lo ▁que ▁decía ▁Ma r do ch ê o , ▁ como ▁cuando ▁con ▁él ▁se ▁ ed u c aba .
▁ D E S P U É S ▁de ▁esta s ▁cosas , ▁el ▁rey ▁As s ue ro ▁en g ra n de ció ▁á ▁A m án ▁hijo ▁de ▁A m ada th a ▁A ga g e o , ▁y ▁en s al z ólo , ▁y ▁puso ▁su ▁si l la ▁sobre ▁todos ▁los ▁príncipes ▁que ▁estaban ▁con ▁él .
▁Y ▁vió ▁A m án ▁que ▁Ma r do ch ê o ▁ni ▁se ▁ar ro d ill aba ▁ni ▁se ▁ hu m ill aba ▁delante ▁de ▁él ; ▁y ▁ l l en óse ▁de ▁ir a .
▁Si ▁place ▁al ▁rey , ▁es c r í ba se ▁que ▁sea n ▁de st r u í do s ; ▁y ▁yo ▁pe s aré ▁diez ▁mil ▁talent os ▁de ▁plata ▁en ▁manos ▁de ▁los ▁que ▁man e ja n ▁la ▁haci en da , ▁para ▁que ▁sea n ▁traído s ▁á ▁los ▁te s or os ▁del ▁rey .
▁Y ▁fueron ▁en vi ada s ▁let ra s ▁por ▁mano ▁de ▁los ▁cor re os ▁á ▁todas ▁las ▁pro vi n ci as ▁del ▁rey , ▁para ▁destruir , ▁y ▁matar , ▁y ▁ex t er mi n ar ▁á ▁todos ▁los ▁ J ud í os , ▁de s de ▁el ▁niño ▁hast a ▁el ▁viejo , ▁niño s ▁y ▁mujeres ▁en ▁un ▁día , ▁en ▁el ▁ t re ce ▁del ▁me s ▁d u o d é ci mo ▁ , ▁que ▁es ▁el ▁me s ▁de ▁A d ar , ▁y ▁para ▁ap o der ar se ▁de ▁su ▁despojo .
▁Y ▁vino ▁hast a ▁delante ▁de ▁la ▁puerta ▁del ▁rey : ▁por que ▁no ▁era ▁ l í ci to ▁pasar ▁a de n t ro ▁de ▁la ▁puerta ▁del ▁rey ▁con ▁vestido ▁de ▁s a co .
▁Sal ió ▁pues ▁A ta ch ▁á ▁Ma r do ch ê o , ▁á ▁la ▁p la za ▁de ▁la ▁ciudad ▁que ▁estaba ▁delante ▁de ▁la ▁puerta ▁del ▁rey .
▁Entonces ▁E s ther ▁dijo ▁á ▁A ta ch , ▁y ▁mandó le ▁decir ▁á ▁Ma r do ch ê o :
▁Porque ▁si ▁a b s o l u t amente ▁ca l la res ▁en ▁este ▁tiempo , ▁re s p i ro ▁y ▁li b er t ación ▁tendrá n ▁los ▁ J ud í os ▁de ▁otra ▁parte ; ▁mas ▁tú ▁y ▁la ▁casa ▁de ▁tu ▁padre ▁per e ce réis . ▁¿ Y ▁qu ién ▁sabe ▁si ▁para ▁esta ▁ho ra ▁te ▁han ▁hecho ▁llegar ▁al ▁reino ?
▁Y ▁A C O N T E C I Ó ▁que ▁al ▁tercer ▁día ▁se ▁vi st ió ▁E s ther ▁su ▁vestido ▁re al , ▁y ▁p ú s ose ▁en ▁el ▁pa t i o ▁de ▁a de n t ro ▁de ▁la ▁casa ▁del ▁rey , ▁en f r ente ▁del ▁ap os en to ▁del ▁rey : ▁y ▁estaba ▁el ▁rey ▁sent ado ▁en ▁su ▁so li o ▁re g i o ▁en ▁el ▁ap os en to ▁re al , ▁en f r ente ▁de ▁la ▁puerta ▁del ▁ap os en to .
▁Y ▁respondió ▁el ▁rey : ▁Da os ▁pri es a , ▁ l la ma d ▁á ▁A m án , ▁para ▁hacer ▁lo ▁que ▁E s ther ▁ha ▁dicho . ▁ V in o ▁pues ▁el ▁rey ▁con ▁A m án ▁al ▁ba n que te ▁que ▁E s ther ▁di s p u s o .
▁Y ▁salió ▁A m án ▁aquel ▁día ▁con t en to ▁y ▁alegr e ▁de ▁corazón ; ▁per o ▁ como ▁vió ▁á ▁Ma r do ch ê o ▁á ▁la ▁puerta ▁del ▁rey , ▁que ▁no ▁se ▁levant aba ▁ni ▁se ▁mo v ía ▁de ▁su ▁lugar , ▁ l l en óse ▁contra ▁Ma r do ch ê o ▁de ▁ir a .
▁Mas ▁todo ▁esto ▁nada ▁me ▁sirv e ▁ cada ▁vez ▁que ▁ve o ▁al ▁ j ud í o ▁Ma r do ch ê o ▁sent ado ▁á ▁la ▁puerta ▁del ▁rey .
▁Y ▁dijo ▁el ▁rey : ▁¿ Qué ▁ho n ra ▁ó ▁que ▁di st in ción ▁se ▁hizo ▁á ▁Ma r do ch ê o ▁por ▁esto ? ▁Y ▁respondieron ▁los ▁ serv ido res ▁del ▁rey , ▁sus ▁of i ci a les : ▁N ada ▁se ▁ha ▁hecho ▁con ▁él .
▁Y ▁respondió ▁A m án ▁al ▁rey : ▁A l ▁varón ▁cu y a ▁ho n ra ▁de se a ▁el ▁rey ,
▁Y ▁A m án ▁tomó ▁el ▁vestido ▁y ▁el ▁caballo , ▁y ▁vi st ió ▁á ▁Ma r do ch ê o , ▁y ▁llev ólo ▁á ▁caballo ▁por ▁la ▁p la za ▁de ▁la ▁ciudad , ▁é ▁hizo ▁pre g on ar ▁delante ▁de ▁él : ▁As í ▁se ▁hará ▁al ▁varón ▁cu y a ▁ho n ra ▁de se a ▁el ▁rey .
▁ V I N O ▁pues ▁el ▁rey ▁con ▁A m án ▁á ▁beber ▁con ▁la ▁re in a ▁E s ther .
▁Y ▁respondió ▁el ▁rey ▁As s ue ro , ▁y ▁dijo ▁á ▁la ▁re in a ▁E s ther : ▁¿ Quién ▁es , ▁y ▁d ón de ▁está , ▁a qué l ▁á ▁quien ▁ha ▁he n ch ido ▁su ▁corazón ▁para ▁obra r ▁así ?
▁Y ▁dijo ▁Ha r b on a , ▁uno ▁de ▁los ▁ e un u co s ▁de ▁delante ▁del ▁rey : ▁He ▁aquí ▁también ▁la ▁ho r ca ▁de ▁cincuenta ▁codos ▁de ▁al t ura ▁que ▁hizo ▁A m án ▁para ▁Ma r do ch ê o , ▁el ▁cual ▁había ▁hablado ▁bien ▁por ▁el ▁rey , ▁está ▁en ▁casa ▁de ▁A m án . ▁Entonces ▁el ▁rey ▁dijo : ▁C o l ga d lo ▁en ▁ella .
▁ V o l vi ó ▁luego ▁E s ther ▁á ▁hablar ▁delante ▁del ▁rey , ▁y ▁echó se ▁á ▁sus ▁pie s , ▁llora ndo ▁y ▁ ro g ándo le ▁que ▁ hi ci e se ▁ n u la ▁la ▁mal dad ▁de ▁A m án ▁A ga g e o , ▁y ▁su ▁de s i g n i o ▁que ▁había ▁for m ado ▁contra ▁los ▁ J ud í os .
▁Y ▁respondió ▁el ▁rey ▁As s ue ro ▁á ▁la ▁re in a ▁E s ther , ▁y ▁á ▁Ma r do ch ê o ▁ J ud í o : ▁He ▁aquí ▁yo ▁he ▁dado ▁á ▁E s ther ▁la ▁casa ▁de ▁A m án , ▁y ▁á ▁él ▁han ▁co l g ado ▁en ▁la ▁ho r ca , ▁por ▁cuanto ▁extend ió ▁su ▁mano ▁contra ▁los ▁ J ud í os .
▁C on ▁in t im ación ▁de ▁que ▁el ▁rey ▁con c ed ía ▁á ▁los ▁ J ud í os ▁que ▁estaban ▁en ▁todas ▁las ▁ciudades , ▁que ▁se ▁junt as en ▁y ▁estuv i es en ▁á ▁la ▁de f en s a ▁de ▁su ▁vida , ▁pro n to s ▁á ▁destruir , ▁y ▁matar , ▁y ▁acaba r ▁con ▁todo ▁ejército ▁de ▁pueblo ▁ó ▁pro vi n ci a ▁que ▁vi n i e se ▁contra ▁ellos , ▁aun ▁niño s ▁y ▁mujeres , ▁y ▁su ▁despojo ▁para ▁pre s a ,
▁Y ▁salió ▁Ma r do ch ê o ▁de ▁delante ▁del ▁rey ▁con ▁vestido ▁re al ▁de ▁c á r de no ▁y ▁ b l an co , ▁y ▁una ▁gran ▁cor on a ▁de ▁oro , ▁y ▁un ▁man to ▁de ▁lino ▁y ▁púrpura : ▁y ▁la ▁ciudad ▁de ▁Su s án ▁se ▁alegr ó ▁y ▁re go ci j ó .
▁Lo s ▁ J ud í os ▁se ▁junt aron ▁en ▁sus ▁ciudades ▁en ▁todas ▁las ▁pro vi n ci as ▁del ▁rey ▁As s ue ro , ▁para ▁me t er ▁mano ▁sobre ▁los ▁que ▁habían ▁pro cu r ado ▁su ▁mal : ▁y ▁nadie ▁se ▁puso ▁delante ▁de ▁ellos , ▁por que ▁el ▁tem or ▁de ▁ellos ▁había ▁ca í do ▁sobre ▁todos ▁los ▁pueblo s .
▁Y ▁en ▁Su s án ▁ca p ita l ▁del ▁reino , ▁matar on ▁y ▁de st r u y e ron ▁los ▁ J ud í os ▁á ▁quinient os ▁hombres .
▁Di e z ▁hijos ▁de ▁A m án ▁hijo ▁de ▁A m ada th a , ▁enemigo ▁de ▁los ▁ J ud í os : ▁mas ▁en ▁la ▁pre s a ▁no ▁me t ieron ▁su ▁mano .
▁Y ▁mandó ▁el ▁rey ▁que ▁se ▁ hi ci e se ▁así : ▁y ▁dió se ▁la ▁orden ▁en ▁Su s án , ▁y ▁co l g aron ▁á ▁los ▁diez ▁hijos ▁de ▁A m án .
▁Mas ▁los ▁ J ud í os ▁que ▁estaban ▁en ▁Su s án ▁se ▁junt aron ▁en ▁el ▁ t re ce ▁y ▁en ▁el ▁ca to r ce ▁del ▁mismo ▁me s ; ▁y ▁al ▁qu in ce ▁del ▁mismo ▁re p os aron , ▁é ▁hicieron ▁aquel ▁día ▁día ▁de ▁ba n que te ▁y ▁de ▁re go ci jo .
▁C o mo ▁días ▁en ▁que ▁los ▁ J ud í os ▁ tuvieron ▁reposo ▁de ▁sus ▁enemigos , ▁y ▁el ▁me s ▁que ▁se ▁les ▁torn ó ▁de ▁ t r iste za ▁en ▁alegr ía , ▁y ▁de ▁lu to ▁en ▁día ▁bueno ; ▁que ▁los ▁ hi ci es en ▁días ▁de ▁ba n que te ▁y ▁de ▁go zo , ▁y ▁de ▁enviar ▁por ciones ▁ cada ▁uno ▁á ▁su ▁ve ci no , ▁y ▁d á di v as ▁á ▁los ▁p o bre s .
▁Por ▁esto ▁llamar on ▁á ▁estos ▁días ▁P ur im , ▁del ▁nombre ▁P ur . ▁Por ▁todas ▁las ▁palabras ▁pues ▁de ▁esta ▁ca r ta , ▁y ▁por ▁lo ▁que ▁ellos ▁vieron ▁sobre ▁esto , ▁y ▁lo ▁que ▁llegó ▁á ▁su ▁not i ci a ,
▁Y ▁envió ▁Ma r do ch ê o ▁let ra s ▁á ▁todos ▁los ▁ J ud í os , ▁á ▁las ▁ciento ▁veinti s i e te ▁pro vi n ci as ▁del ▁rey ▁As s ue ro , ▁con ▁palabras ▁de ▁paz ▁y ▁de ▁ver dad ,
▁Y ▁toda ▁la ▁obra ▁de ▁su ▁fortaleza , ▁y ▁de ▁su ▁va l or , ▁y ▁la ▁declar ación ▁de ▁la ▁grande za ▁de ▁Ma r do ch ê o , ▁con ▁que ▁el ▁rey ▁le ▁en g ra n de ció , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁los ▁an a les ▁de ▁los ▁reyes ▁de ▁Me di a ▁y ▁de ▁P er s i a ?
▁Y ▁su ▁haci en da ▁era ▁siete ▁mil ▁ovejas , ▁y ▁tres ▁mil ▁came l los , ▁y ▁quinient as ▁y un ta s ▁de ▁bueyes , ▁y ▁quinient as ▁as n as , ▁y ▁much í s i mos ▁criado s : ▁y ▁era ▁aquel ▁varón ▁grande ▁más ▁que ▁todos ▁los ▁O ri enta les .
▁Y ▁dijo ▁Jehová ▁á ▁S a t án : ▁¿ D e ▁d ón de ▁viene s ? ▁Y ▁respond iendo ▁S a t án ▁á ▁Jehová , ▁dijo : ▁De ▁rod e ar ▁la ▁tierra , ▁y ▁de ▁and ar ▁por ▁ella .
▁Mas ▁ex t i en de ▁ahora ▁tu ▁mano , ▁y ▁to ca ▁á ▁todo ▁lo ▁que ▁tiene , ▁y ▁ve rás ▁si ▁no ▁te ▁ b la s f e ma ▁en ▁tu ▁rostro .
▁A co me t ieron ▁los ▁S ab e os , ▁y ▁to m áronlo s , ▁é ▁hirieron ▁á ▁los ▁mozo s ▁á ▁f i lo ▁de ▁espada : ▁solamente ▁es ca p é ▁yo ▁para ▁tra er te ▁las ▁nueva s .
▁Y ▁he ▁aquí ▁un ▁gran ▁vi en to ▁que ▁vino ▁del ▁la do ▁del ▁desierto , ▁é ▁hirió ▁las ▁cuatro ▁es qui n as ▁de ▁la ▁casa , ▁y ▁cayó ▁sobre ▁los ▁mozo s , ▁y ▁mu r ieron ; ▁y ▁solamente ▁es ca p é ▁yo ▁so lo ▁para ▁tra er te ▁las ▁nueva s .
▁Y ▁O T R O ▁día ▁aconteció ▁que ▁vinieron ▁los ▁hijos ▁de ▁Dios ▁para ▁present ar se ▁delante ▁de ▁Jehová , ▁y ▁S a t án ▁vino ▁también ▁entre ▁ellos ▁par e c iendo ▁delante ▁de ▁Jehová .
▁Mas ▁ex t i en de ▁ahora ▁tu ▁mano , ▁y ▁to ca ▁á ▁su ▁hues o ▁y ▁á ▁su ▁carne , ▁y ▁ve rás ▁si ▁no ▁te ▁ b la s f e ma ▁en ▁tu ▁rostro .
▁ D í jo le ▁entonces ▁su ▁mujer : ▁¿ A un ▁re t i en es ▁tú ▁tu ▁si m p li ci dad ? ▁Be n di ce ▁á ▁Dios , ▁y ▁mu é re te .
▁As í ▁se ▁ sentaron ▁con ▁él ▁en ▁tierra ▁por ▁siete ▁días ▁y ▁siete ▁noche s , ▁y ▁ninguno ▁le ▁habla ba ▁palabra , ▁por que ▁ve ían ▁que ▁el ▁do l or ▁era ▁mu y ▁grande .
▁Se a ▁aquel ▁día ▁so m b r í o , ▁y ▁Dios ▁no ▁cu i de ▁de ▁él ▁de s de ▁arriba , ▁ni ▁c la ri dad ▁sobre ▁él ▁re s p l an de z ca .
▁Ma l d í ga n la ▁los ▁que ▁mal di ce n ▁al ▁día , ▁los ▁que ▁se ▁ap re st an ▁para ▁levant ar ▁su ▁ l l an to .
▁¿ Por ▁qué ▁me ▁pre vi n ieron ▁las ▁rod ill as ? ▁¿ y ▁para ▁qué ▁las ▁te ta s ▁que ▁ ma ma se ?
▁O ▁¿ por ▁qué ▁no ▁f u í ▁escond ido ▁ como ▁a b or to , ▁ como ▁los ▁pe que ñ i to s ▁que ▁ nunc a ▁vieron ▁lu z ?
▁¿ Por ▁qué ▁se ▁da ▁lu z ▁al ▁tra ba ja do , ▁y ▁vida ▁á ▁los ▁de ▁á n im o ▁en ▁am ar gu ra ,
▁P ue s ▁antes ▁que ▁mi ▁pan ▁viene ▁mi ▁sus p i ro ; ▁y ▁mis ▁ g em ido s ▁cor re n ▁ como ▁aguas .
▁Si ▁pro b á remos ▁á ▁hablar te , ▁ser te ▁ha ▁mo les to ; ▁mas ▁¿ qui é n ▁pod rá ▁de t en er ▁las ▁palabras ?
▁¿ E s ▁este ▁tu ▁tem or , ▁tu ▁con f i an za , ▁tu ▁es per an za , ▁y ▁la ▁per f e c ción ▁de ▁tu s ▁camino s ?
▁El ▁br am ido ▁del ▁le ón , ▁y ▁la ▁voz ▁del ▁le ón , ▁y ▁los ▁d iente s ▁de ▁los ▁le on ci l los ▁son ▁que bra n t ados .
▁So bre v í no me ▁un ▁es p an to ▁y ▁un ▁tem b l or , ▁que ▁es t re me ció ▁todos ▁mis ▁hues os :
▁He ▁aquí ▁que ▁en ▁sus ▁siervos ▁no ▁con f ía , ▁y ▁not ó ▁ n e ce dad ▁en ▁sus ▁ángel es ;
▁A H O R A ▁pues ▁da ▁voces , ▁si ▁habrá ▁quien ▁te ▁respond a ; ▁¿ y ▁á ▁cu á l ▁de ▁los ▁santo s ▁te ▁volver ás ?
▁Su ▁mi es ▁comerá n ▁los ▁ha m b ri en to s , ▁y ▁saca rán la ▁de ▁entre ▁las ▁es p in as , ▁y ▁los ▁se di en to s ▁beber án ▁su ▁haci en da .
▁El ▁cual ▁ha ce ▁cosas ▁grande s ▁é ▁in es c r u ta ble s ▁ , ▁y ▁mar a vi l la s ▁que ▁no ▁tiene n ▁cu en to :
▁Que ▁pre n de ▁á ▁los ▁s a bi os ▁en ▁la ▁as tu ci a ▁de ▁ellos , ▁y ▁el ▁con se jo ▁de ▁los ▁per ver s os ▁es ▁en to n te c ido ;
▁He ▁aquí , ▁bien ave n t ur ado ▁es ▁el ▁hombre ▁á ▁quien ▁Dios ▁cast i ga : ▁por ▁tanto ▁no ▁men os p re ci es ▁la ▁cor re c ción ▁del ▁Todo p o d eros o .
▁De l ▁a zo te ▁de ▁la ▁le n gu a ▁será s ▁en cu bi er to ; ▁ni ▁te me rás ▁de ▁la ▁de st r u c ción ▁cuando ▁vi n iere .
▁A simismo ▁echa rás ▁de ▁ver ▁que ▁tu ▁simiente ▁es ▁much a , ▁y ▁tu ▁pro le ▁ como ▁la ▁ hi er ba ▁de ▁la ▁tierra .
▁ ¡ O h ▁si ▁pe s as en ▁al ▁just o ▁mi ▁que ja ▁y ▁mi ▁to r ment o ▁ , ▁y ▁se ▁al za s en ▁ i gu al mente ▁en ▁ba l an za !
▁¿ C o me rás e ▁lo ▁de s ab r ido ▁sin ▁sal ? ▁¿ ó ▁habrá ▁ gu s to ▁en ▁la ▁c la ra ▁del ▁ hu e v o ?
▁Y ▁ser ía ▁a ún ▁mi ▁con s ue lo , ▁si ▁me ▁as al ta se ▁con ▁do l or ▁sin ▁dar ▁más ▁ t re gu a , ▁que ▁yo ▁no ▁he ▁escond ido ▁las ▁palabras ▁del ▁S an to .
▁El ▁at ri b u l ado ▁es ▁con s o l ado ▁de ▁su ▁com pa ñ er o : ▁mas ▁ha se ▁ aban do n ado ▁el ▁tem or ▁del ▁O m n i p o t ente .
▁A p á r t an se ▁de ▁la ▁send a ▁de ▁su ▁ r umb o , ▁va n ▁men gu ando ▁y ▁pi é r de n se .
▁¿ O s ▁he ▁dicho ▁yo : ▁T ra ed me , ▁y ▁pa ga d ▁por ▁mí ▁de ▁vuestra ▁haci en da ;
▁¿ P en s áis ▁c en s ura r ▁palabras , ▁y ▁los ▁di s cu r s os ▁de ▁un ▁de se s per ado , ▁que ▁son ▁ como ▁el ▁vi en to ?
▁¿ H a y ▁iniquidad ▁en ▁mi ▁le n gu a ? ▁¿ no ▁pu ed e ▁mi ▁pa l ada r ▁di s cer n ir ▁las ▁cosas ▁de p ra v ada s ?
▁Cuan do ▁esto y ▁a co st ado , ▁di go : ▁¿ C u ándo ▁me ▁levant aré ? ▁Y ▁mi de ▁mi ▁corazón ▁la ▁noche , ▁y ▁esto y ▁ha r to ▁de ▁de v an e os ▁hast a ▁el ▁al ba .
▁Lo s ▁ojos ▁de ▁los ▁que ▁me ▁ven , ▁no ▁me ▁ver án ▁más : ▁tu s ▁ojos ▁sobre ▁mí , ▁y ▁dejar é ▁de ▁ser .
▁¿ S o y ▁yo ▁la ▁mar , ▁ó ▁ba l l en a , ▁que ▁me ▁pon ga s ▁guarda ?
▁A b ur r í me : ▁no ▁he ▁de ▁vivir ▁yo ▁para ▁siempre ; ▁d é ja me , ▁pues ▁que ▁mis ▁días ▁son ▁va n i dad .
▁P e qué , ▁¿ qué ▁te ▁haré , ▁ o h ▁ G u ar da ▁de ▁los ▁hombres ? ▁¿ por ▁qué ▁me ▁has ▁puesto ▁contra ri o ▁á ▁ti , ▁y ▁que ▁á ▁mí ▁mismo ▁sea ▁pe s ado ?
▁¿ A ca s o ▁per ver t irá ▁Dios ▁el ▁derecho , ▁ó ▁el ▁Todo p o d eros o ▁per ver t irá ▁la ▁justicia ?
▁Y ▁tu ▁pri n ci p i o ▁habrá ▁sido ▁pe que ñ o , ▁y ▁tu ▁postr im er ía ▁a c re ce rá ▁en ▁gran ▁manera .
▁¿ C re ce ▁el ▁ j un co ▁sin ▁lo do ? ▁¿ c re ce ▁el ▁p r ado ▁sin ▁agua ?
▁A p o y arás e ▁él ▁sobre ▁su ▁casa , ▁mas ▁no ▁per man e ce rá ▁en ▁pie ; ▁at en d rás e ▁á ▁ella , ▁mas ▁no ▁se ▁a f ir m ará .
▁C iertamente ▁éste ▁será ▁el ▁go zo ▁de ▁su ▁camino ; ▁y ▁de ▁la ▁tierra ▁de ▁don de ▁se ▁tras p u s iere , ▁nac e rán ▁otro s .
▁Y ▁R E S P O N D I Ó ▁ J o b , ▁y ▁dijo :
▁Que ▁ar ra n ca ▁los ▁monte s ▁con ▁su ▁furor , ▁y ▁no ▁conoc en ▁qu ién ▁los ▁tras to r n ó :
▁El ▁que ▁hizo ▁el ▁Ar c tu ro , ▁y ▁el ▁O ri ón , ▁y ▁las ▁P l é y ada s , ▁y ▁los ▁lugar es ▁secret os ▁del ▁mediodía :
▁Dios ▁no ▁torn ará ▁at rás ▁su ▁ir a , ▁y ▁debajo ▁de ▁él ▁se ▁en co r v an ▁los ▁que ▁a y ud an ▁á ▁los ▁so b er bi os .
▁Porque ▁me ▁ha ▁que bra do ▁con ▁tem p est ad , ▁y ▁ha ▁a u ment ado ▁mis ▁her i das ▁sin ▁causa .
▁B i en ▁que ▁yo ▁fuese ▁ í n te g ro , ▁no ▁con o z co ▁mi ▁alma : ▁re p ro ch aré ▁mi ▁vida .
▁Mi s ▁días ▁han ▁sido ▁más ▁li g eros ▁que ▁un ▁cor re o ; ▁ hu y e ron , ▁y ▁no ▁vieron ▁el ▁bien .
▁Yo ▁soy ▁imp í o , ▁¿ para ▁qué ▁tra ba ja ré ▁en ▁va no ?
▁No ▁hay ▁entre ▁nosotros ▁á r bi t ro ▁que ▁pon ga ▁su ▁mano ▁sobre ▁nosotros ▁ambos .
▁Di ré ▁á ▁Dios : ▁no ▁me ▁con de n es ; ▁ha z me ▁en t en der ▁por ▁qué ▁p le ite as ▁conmigo .
▁Para ▁que ▁in qui er as ▁mi ▁iniquidad , ▁y ▁bu s que s ▁mi ▁pecado ,
▁¿ No ▁me ▁f un d iste ▁ como ▁le ch e , ▁y ▁ como ▁un ▁que s o ▁me ▁cu a j aste ?
▁Si ▁pe qué , ▁tú ▁me ▁has ▁ob serv ado , ▁y ▁no ▁me ▁limpia s ▁de ▁mi ▁iniquidad .
▁¿ Por ▁qué ▁me ▁saca s te ▁de ▁la ▁ ma t ri z ? ▁Ha b r ía ▁yo ▁es p ir ado , ▁y ▁no ▁me ▁ vier an ▁ojos .
▁T i er ra ▁de ▁os cu ri dad , ▁ l ó bre ga ▁ como ▁so m bra ▁de ▁muerte , ▁sin ▁orden , ▁y ▁que ▁ap are ce ▁ como ▁la ▁os cu ri dad ▁mis ma .
▁T ú ▁di ce s : ▁Mi ▁con ver s ar ▁es ▁pu ro , ▁y ▁yo ▁soy ▁limpio ▁delante ▁de ▁tu s ▁ojos .
▁E s ▁más ▁al to ▁que ▁los ▁cielo s : ▁¿ qué ▁harás ? ▁E s ▁más ▁pro f u ndo ▁que ▁el ▁in f i er no : ▁¿ cómo ▁lo ▁conoc e rás ?
▁El ▁hombre ▁va no ▁se ▁hará ▁en te nd ido , ▁aun que ▁ n az ca ▁ como ▁el ▁p o l li no ▁del ▁asno ▁mo n t é s .
▁Y ▁ o l vi d arás ▁tu ▁tra ba jo , ▁ó ▁te ▁a co r d arás ▁de ▁él ▁ como ▁de ▁aguas ▁que ▁pasar on :
▁Mas ▁los ▁ojos ▁de ▁los ▁mal os ▁se ▁consum irá n , ▁y ▁no ▁tendrá n ▁re f u g i o ; ▁y ▁su ▁es per an za ▁será ▁a g on ía ▁del ▁alma .
▁Yo ▁soy ▁uno ▁de ▁quien ▁su ▁am i go ▁se ▁mo f a , ▁que ▁in v o ca ▁á ▁Dios , ▁y ▁él ▁le ▁respond e : ▁con ▁todo , ▁el ▁just o ▁y ▁per f e c to ▁es ▁es c ar n e c ido .
▁O ▁habla ▁á ▁la ▁tierra , ▁que ▁ella ▁te ▁en se ñ ará ; ▁los ▁pe ce s ▁de ▁la ▁mar ▁te ▁lo ▁declar arán ▁también .
▁En ▁los ▁viejo s ▁está ▁la ▁cien ci a , ▁y ▁en ▁la ▁la r ga ▁edad ▁la ▁in te li g en ci a .
▁C on ▁él ▁está ▁la ▁fortaleza ▁y ▁la ▁ex iste n ci a ; ▁suyo ▁es ▁el ▁que ▁y er ra , ▁y ▁el ▁que ▁ha ce ▁ er r ar .
▁El ▁imp i de ▁el ▁la bi o ▁á ▁los ▁que ▁di ce n ▁ver dad , ▁y ▁qu ita ▁á ▁los ▁ancianos ▁el ▁con se jo .
▁El ▁qu ita ▁el ▁se s o ▁de ▁las ▁cabeza s ▁del ▁pueblo ▁de ▁la ▁tierra , ▁y ▁ h á ce les ▁que ▁se ▁pie r d an ▁va gu e ando ▁sin ▁camino :
▁Mas ▁yo ▁hablar ía ▁con ▁el ▁Todo p o d eros o , ▁y ▁que r r ía ▁ ra z on ar ▁con ▁Dios .
▁¿ H a béis ▁de ▁hablar ▁iniquidad ▁por ▁Dios ? ▁¿ h a béis ▁de ▁hablar ▁por ▁él ▁en ga ñ o ?
▁De ▁cierto ▁su ▁al te za ▁os ▁había ▁de ▁es p an t ar , ▁y ▁su ▁pa v or ▁había ▁de ▁ca er ▁sobre ▁vosotros .
▁He ▁aquí , ▁aun que ▁me ▁matar e , ▁en ▁él ▁es per aré ; ▁ e mpero ▁de f en de ré ▁delante ▁de ▁él ▁mis ▁camino s .
▁¿ Quién ▁es ▁el ▁que ▁p le ite ará ▁conmigo ? ▁por que ▁si ▁ahora ▁yo ▁ca l la ra , ▁f en e cer ía .
▁¿ C u án ta s ▁iniquidad es ▁y ▁pecado s ▁ten go ▁yo ? ▁ha z me ▁en t en der ▁mi ▁pre v ar i c ación ▁y ▁mi ▁pecado .
▁P on es ▁además ▁mis ▁pie s ▁en ▁el ▁ ce p o , ▁y ▁guarda s ▁todos ▁mis ▁camino s , ▁imp r im ién do lo ▁á ▁las ▁ ra í ce s ▁de ▁mis ▁pie s .
▁¿ Y ▁sobre ▁éste ▁abr es ▁tu s ▁ojos , ▁y ▁me ▁tra es ▁á ▁juicio ▁contigo ?
▁Porque ▁si ▁el ▁árbol ▁fuere ▁cor t ado , ▁aun ▁que da ▁de ▁él ▁es per an za ; ▁re to ñ e ce rá ▁a ún , ▁y ▁sus ▁re n ue v os ▁no ▁falta rán .
▁La s ▁aguas ▁de ▁la ▁mar ▁se ▁fueron , ▁y ▁a go t óse ▁el ▁río , ▁se c óse .
▁A f i ci on ado ▁á ▁la ▁obra ▁de ▁tu s ▁manos , ▁llamar ás , ▁y ▁yo ▁te ▁respond er é .
▁La s ▁piedra s ▁son ▁de s ga st ada s ▁con ▁el ▁agua ▁imp e tu os a , ▁que ▁se ▁llev a ▁el ▁polvo ▁de ▁la ▁tierra : ▁de ▁tal ▁manera ▁ha ce s ▁tú ▁per e cer ▁la ▁es per an za ▁del ▁hombre .
▁Y ▁R E S P O N D I Ó ▁Eli ph az ▁T e man ita , ▁y ▁dijo :
▁Porque ▁tu ▁boca ▁declar ó ▁tu ▁iniquidad , ▁pues ▁has ▁es co g ido ▁el ▁hablar ▁de ▁los ▁as tu to s .
▁¿ Qué ▁sabe s ▁tú ▁que ▁no ▁se pa mos ? ▁¿ qué ▁en t i en de s ▁que ▁no ▁se ▁ha l le ▁en ▁nosotros ?
▁P ue s ▁ha ce s ▁f r ente ▁á ▁Dios ▁con ▁tu ▁espíritu , ▁y ▁saca s ▁tal es ▁palabras ▁de ▁tu ▁boca ?
▁E s c ú ch a me ; ▁yo ▁te ▁most r aré ▁y ▁te ▁con t aré ▁lo ▁que ▁he ▁visto :
▁E st r ue ndo s ▁es p an to s os ▁hay ▁en ▁sus ▁oído s ; ▁en ▁la ▁paz ▁le ▁vendrá ▁quien ▁lo ▁as ue le .
▁Por ▁cuanto ▁él ▁extend ió ▁su ▁mano ▁contra ▁Dios , ▁y ▁se ▁es for z ó ▁contra ▁el ▁Todo p o d eros o ,
▁No ▁en ri que ce rá , ▁ni ▁será ▁f ir me ▁su ▁p o t en ci a , ▁ni ▁extend e rá ▁por ▁la ▁tierra ▁su ▁her mos ura .
▁El ▁per de rá ▁su ▁a g ra z ▁ como ▁la ▁vi d , ▁y ▁derram ará ▁su ▁flor ▁ como ▁la ▁ o li v a .
▁M u ch as ▁veces ▁he ▁oído ▁cosas ▁ como ▁esta s : ▁con s o l ado res ▁mo les to s ▁so is ▁todos ▁vosotros .
▁Si ▁ha b lo , ▁mi ▁do l or ▁no ▁c es a ; ▁y ▁si ▁de jo ▁de ▁hablar , ▁no ▁se ▁apart a ▁de ▁mí .
▁A b r ieron ▁contra ▁mí ▁su ▁boca ; ▁hirieron ▁mis ▁me j ill as ▁con ▁a f r enta ; ▁contra ▁mí ▁se ▁junt aron ▁todos .
▁Que bra n t ó me ▁de ▁que bra n to ▁sobre ▁que bra n to ; ▁cor r ió ▁contra ▁mí ▁ como ▁un ▁ g i ga n te .
▁ ¡ O h ▁tierra ! ▁no ▁cu bra s ▁mi ▁sangre , ▁y ▁no ▁haya ▁lugar ▁á ▁mi ▁c l am or .
▁Mas ▁los ▁años ▁contados ▁vendrá n , ▁y ▁yo ▁ir é ▁el ▁camino ▁por ▁don de ▁no ▁volver é .
▁Porque ▁á ▁é st os ▁has ▁tú ▁escond ido ▁su ▁corazón ▁de ▁in te li g en ci a : ▁por ▁tanto , ▁no ▁los ▁en s al za rás .
▁Lo s ▁rec to s ▁se ▁mar a vi l l arán ▁de ▁esto , ▁y ▁el ▁in o c ente ▁se ▁levant ará ▁contra ▁el ▁ hi p ó c ri ta .
▁P u s ieron ▁la ▁noche ▁por ▁día , ▁y ▁la ▁lu z ▁se ▁a co r ta ▁delante ▁de ▁las ▁ti n i e b la s .
▁A ▁los ▁ ri n co n es ▁de ▁la ▁hues a ▁descend e rán , ▁y ▁junt amente ▁de s ca n s arán ▁en ▁el ▁polvo .
▁O h ▁tú , ▁que ▁de s p ed az as ▁tu ▁alma ▁con ▁tu ▁furor , ▁¿ se rá ▁de ja da ▁la ▁tierra ▁por ▁tu ▁causa , ▁y ▁serán ▁tras pa s ada s ▁de ▁su ▁lugar ▁las ▁peña s ?
▁Porque ▁re d ▁será ▁echa da ▁en ▁sus ▁pie s , ▁y ▁sobre ▁re d ▁and ará .
▁Su ▁fuerza ▁será ▁ha m b ri enta , ▁y ▁á ▁su ▁la do ▁estará ▁ap are ja do ▁que bra n t amiento .
▁A ba jo ▁se ▁se c arán ▁sus ▁ ra í ce s , ▁y ▁arriba ▁serán ▁cor ta das ▁sus ▁ram as .
▁So bre ▁su ▁día ▁se ▁es p an t arán ▁los ▁por ▁ven ir , ▁ como ▁oc u p ó ▁el ▁pa v or ▁á ▁los ▁que ▁fueron ▁antes .
▁Y a ▁me ▁ha béis ▁vi tu per ado ▁diez ▁veces : ▁¿ no ▁os ▁a ver g on z áis ▁de ▁de s co me di ro s ▁delante ▁de ▁mí ?
▁He ▁aquí ▁yo ▁clama ré ▁a g ra vi o , ▁y ▁no ▁se ré ▁oído : ▁daré ▁voces , ▁y ▁no ▁habrá ▁juicio .
▁E ▁hizo ▁in f l am ar ▁contra ▁mí ▁su ▁furor , ▁y ▁con t ó me ▁para ▁sí ▁entre ▁sus ▁enemigos .
▁Lo s ▁moradores ▁de ▁mi ▁casa ▁y ▁mis ▁c ri ada s ▁me ▁ tuvieron ▁por ▁ex tra ñ o : ▁for aste ro ▁f u í ▁yo ▁en ▁sus ▁ojos .
▁Todo s ▁mis ▁con f id ente s ▁me ▁aborrec ieron ; ▁y ▁los ▁que ▁yo ▁am aba , ▁se ▁torn aron ▁contra ▁mí .
▁ ¡ Quién ▁die se ▁ahora ▁que ▁mis ▁palabras ▁fuese n ▁es c r itas ! ▁ ¡ qui é n ▁die se ▁que ▁se ▁es c ri bi er an ▁en ▁un ▁libr o !
▁A l ▁cual ▁yo ▁ten go ▁de ▁ver ▁por ▁mí , ▁y ▁mis ▁ojos ▁lo ▁ver án , ▁y ▁no ▁otro , ▁aun que ▁mis ▁ ri ñ on es ▁se ▁consum an ▁dentro ▁de ▁mí .
▁Por ▁cierto ▁mis ▁pe n s amiento s ▁me ▁ha ce n ▁respond er , ▁y ▁por ▁tanto ▁me ▁ap res ur o .
▁Si ▁su b iere ▁su ▁al t ive z ▁hast a ▁el ▁cielo , ▁y ▁su ▁cabeza ▁tocare ▁en ▁las ▁nube s ,
▁Su s ▁hijos ▁p o bre s ▁and arán ▁ ro g ando ; ▁y ▁sus ▁manos ▁torn arán ▁lo ▁que ▁él ▁ ro b ó .
▁Su ▁com i da ▁se ▁mu d ará ▁en ▁sus ▁entr a ñ as , ▁ hi el ▁de ▁á s p id es ▁será ▁dentro ▁de ▁él .
▁Re st i tu irá ▁el ▁tra ba jo ▁conform e ▁á ▁la ▁haci en da ▁que ▁tomó ; ▁y ▁no ▁tra g ará , ▁ni ▁go z ará .
▁Cuan do ▁fuere ▁lleno ▁su ▁ba st i ment o , ▁tendrá ▁an gu st i a : ▁las ▁manos ▁todas ▁de ▁los ▁mal v ados ▁vendrá n ▁sobre ▁él .
▁T o das ▁ti n i e b la s ▁están ▁guarda das ▁para ▁sus ▁secret os : ▁fuego ▁no ▁so p l ado ▁lo ▁de v or ará ; ▁su ▁su ce s or ▁será ▁que bra n t ado ▁en ▁su ▁tienda .
▁Y ▁R E S P O N D I Ó ▁ J o b , ▁y ▁dijo :
▁Mi ra d me , ▁y ▁es p an ta os , ▁y ▁pon ed ▁la ▁mano ▁sobre ▁la ▁boca .
▁Su s ▁casa s ▁seg ura s ▁de ▁tem or , ▁ni ▁hay ▁a zo te ▁de ▁Dios ▁sobre ▁ellos .
▁ G a st an ▁sus ▁días ▁en ▁bien , ▁y ▁en ▁un ▁mo ment o ▁de s ci en de n ▁á ▁la ▁se p u l t ura .
▁ ¡ O h ▁cu án ta s ▁veces ▁la ▁ l á m para ▁de ▁los ▁imp í os ▁es ▁a pa g ada , ▁y ▁viene ▁sobre ▁ellos ▁su ▁que bra n to , ▁y ▁Dios ▁en ▁su ▁ir a ▁les ▁re p ar te ▁do lo res !
▁Porque ▁¿ qué ▁de le ite ▁tendrá ▁él ▁de ▁su ▁casa ▁después ▁de ▁sí , ▁s iendo ▁cor t ado ▁el ▁número ▁de ▁sus ▁me se s ?
▁Y ▁esto t ro ▁morirá ▁en ▁am ar gu ra ▁de ▁á n im o , ▁y ▁no ▁ha b iendo ▁com ido ▁ ja m ás ▁con ▁ gu s to .
▁¿ No ▁ha béis ▁pregunta do ▁á ▁los ▁que ▁pasa n ▁por ▁los ▁camino s , ▁por ▁cu y as ▁se ñ as ▁no ▁ n e g aréis ,
▁Lo s ▁te r ron es ▁del ▁valle ▁le ▁serán ▁d u l ce s ; ▁y ▁tras ▁de ▁él ▁será ▁llev ado ▁todo ▁hombre , ▁y ▁antes ▁de ▁él ▁han ▁ ido ▁in n u me ra ble s ▁ .
▁¿ T i en e ▁su ▁con t en t amiento ▁el ▁O m n i p o t ente ▁en ▁que ▁tú ▁sea s ▁just i f i c ado , ▁ó ▁prove ch o ▁de ▁que ▁tú ▁haga s ▁per f e c to s ▁tu s ▁camino s ?
▁No ▁d iste ▁de ▁beber ▁agua ▁al ▁can s ado , ▁y ▁de tu vi s te ▁el ▁pan ▁al ▁ha m b ri en to .
▁O ▁ti n i e b la s , ▁por que ▁no ▁ve as ; ▁y ▁a b un d an ci a ▁de ▁agua ▁te ▁cu bre .
▁¿ Q u iere s ▁tú ▁guarda r ▁la ▁send a ▁an t i gu a , ▁que ▁pi s aron ▁los ▁hombres ▁per ver s os ?
▁Ve rán ▁los ▁just os ▁y ▁se ▁go z arán ; ▁y ▁el ▁in o c ente ▁los ▁es c ar n e ce rá , ▁diciendo :
▁Si ▁te ▁torn are s ▁al ▁O m n i p o t ente , ▁será s ▁edifica do ; ▁al e ja rás ▁de ▁tu ▁tienda ▁la ▁a f li c ción ;
▁O r arás ▁á ▁él , ▁y ▁él ▁te ▁oir á ; ▁y ▁tú ▁pa g arás ▁tu s ▁voto s .
▁Y ▁R E S P O N D I Ó ▁ J o b , ▁y ▁dijo :
▁Yo ▁s ab r ía ▁lo ▁que ▁él ▁me ▁respond er ía , ▁y ▁en t en der ía ▁lo ▁que ▁me ▁di je se .
▁Si ▁al ▁nor te ▁él ▁obra re , ▁yo ▁no ▁lo ▁ver é ; ▁al ▁mediodía ▁se ▁escond e rá , ▁y ▁no ▁lo ▁ver é .
▁E mpero ▁si ▁él ▁se ▁de t er mi n a ▁en ▁una ▁cosa , ▁¿ qui é n ▁lo ▁apart ará ? ▁Su ▁alma ▁de se ó , ▁é ▁hizo .
▁¿ Por ▁qué ▁no ▁f u í ▁yo ▁cor t ado ▁delante ▁de ▁las ▁ti n i e b la s , ▁y ▁cu b r ió ▁con ▁os cu ri dad ▁mi ▁rostro ?
▁Ha ce n ▁apart ar ▁del ▁camino ▁á ▁los ▁men est eros os : ▁y ▁todos ▁los ▁p o bre s ▁de ▁la ▁tierra ▁se ▁escond en .
▁C on ▁las ▁ ave n i das ▁de ▁los ▁monte s ▁se ▁mo ja n , ▁y ▁abr az an ▁las ▁peña s ▁sin ▁ten er ▁abr i go .
▁De ▁la ▁ciudad ▁ g im en ▁los ▁hombres , ▁y ▁clama n ▁las ▁alma s ▁de ▁los ▁her ido s ▁de ▁muerte : ▁mas ▁Dios ▁no ▁puso ▁esto r b o .
▁En ▁las ▁ti n i e b la s ▁mi n an ▁las ▁casa s , ▁que ▁de ▁día ▁para ▁sí ▁señal aron ; ▁no ▁conoc en ▁la ▁lu z .
▁O l vi d arás e ▁de ▁ellos ▁el ▁se no ▁ ma t er no ; ▁de ▁ellos ▁sent irá n ▁los ▁ gu s an os ▁d u l z ura ; ▁ nunc a ▁más ▁habrá ▁de ▁ellos ▁memoria , ▁y ▁ como ▁un ▁árbol ▁serán ▁los ▁imp í os ▁que bra n t ados .
▁F ue ron ▁en s al z ados ▁por ▁un ▁poco , ▁mas ▁de s a p are ce n , ▁y ▁son ▁ aba t ido s ▁ como ▁ cada ▁cual : ▁serán ▁en cer r ados , ▁y ▁cor t ados ▁ como ▁cabeza s ▁de ▁es p i ga s .
▁¿ T i en en ▁sus ▁ejército s ▁número ? ▁¿ y ▁sobre ▁qu ién ▁no ▁está ▁su ▁lu z ?
▁Y ▁R E S P O N D I Ó ▁ J o b , ▁y ▁dijo :
▁C os as ▁in an im ada s ▁son ▁for ma das ▁debajo ▁de ▁las ▁aguas , ▁y ▁los ▁habita n te s ▁de ▁ella s .
▁El ▁rest ri ñ e ▁la ▁f az ▁de ▁su ▁trono , ▁y ▁sobre ▁él ▁ex t i en de ▁su ▁nube .
▁Su ▁espíritu ▁a dor n ó ▁los ▁cielo s ; ▁su ▁mano ▁c r ió ▁la ▁ser p iente ▁to r tu os a .
▁Que ▁todo ▁el ▁tiempo ▁que ▁mi ▁alma ▁estuviere ▁en ▁mí , ▁y ▁hubiere ▁ h á li to ▁de ▁Dios ▁en ▁mis ▁ n ar i ce s ,
▁Se a ▁ como ▁el ▁imp í o ▁mi ▁enemigo , ▁y ▁ como ▁el ▁in i cu o ▁mi ▁a d ver s ar i o .
▁Yo ▁os ▁en se ñ aré ▁en ▁orden ▁á ▁la ▁mano ▁de ▁Dios : ▁no ▁escond er é ▁lo ▁que ▁hay ▁para ▁con ▁el ▁O m n i p o t ente .
▁Lo s ▁que ▁le ▁quedar en , ▁en ▁muerte ▁serán ▁sepulta do s ; ▁y ▁no ▁llora rán ▁sus ▁vi u das .
▁El ▁ ri co ▁do r m irá , ▁mas ▁no ▁será ▁recog ido : ▁abr irá ▁sus ▁ojos , ▁mas ▁él ▁no ▁será .
▁B a t irá n ▁sus ▁manos ▁sobre ▁él , ▁y ▁de s de ▁su ▁lugar ▁le ▁si l b arán .
▁B ro ta ▁el ▁to r r ente ▁de ▁junto ▁al ▁mor ado r , ▁aguas ▁que ▁el ▁pie ▁había ▁ o l vi d ado : ▁s é ca n se ▁luego , ▁va n se ▁del ▁hombre .
▁Nun ca ▁la ▁pi s aron ▁animal es ▁f i eros , ▁ni ▁le ón ▁pasó ▁por ▁ella .
▁E mpero ▁¿ d ón de ▁se ▁halla rá ▁la ▁sabiduría ? ▁¿ y ▁d ón de ▁está ▁el ▁lugar ▁de ▁la ▁p r ud en ci a ?
▁No ▁pu ed e ▁ser ▁ap re ci ada ▁con ▁oro ▁de ▁O ph ir , ▁ni ▁con ▁on i que ▁precio s o , ▁ni ▁con ▁ za f i ro .
▁¿ D e ▁d ón de ▁pues ▁vendrá ▁la ▁sabiduría ? ▁¿ y ▁d ón de ▁está ▁el ▁lugar ▁de ▁la ▁in te li g en ci a ?
▁Porque ▁él ▁mira ▁hast a ▁los ▁fin es ▁de ▁la ▁tierra , ▁y ▁ve ▁debajo ▁de ▁todo ▁el ▁cielo .
▁Y ▁dijo ▁al ▁hombre : ▁He ▁aquí ▁que ▁el ▁tem or ▁del ▁Señor ▁es ▁la ▁sabiduría , ▁y ▁el ▁apart ar se ▁del ▁mal ▁la ▁in te li g en ci a .
▁C o mo ▁fué ▁en ▁los ▁días ▁de ▁mi ▁mo ce dad , ▁cuando ▁el ▁secret o ▁de ▁Dios ▁estaba ▁en ▁mi ▁tienda ;
▁Lo s ▁mozo s ▁me ▁ve ían , ▁y ▁se ▁escond ían ; ▁y ▁los ▁viejo s ▁se ▁levant aban , ▁y ▁estaban ▁en ▁pie ;
▁Porque ▁libr aba ▁al ▁p o bre ▁que ▁gr ita ba , ▁y ▁al ▁ hu é r f an o ▁que ▁ca re c ía ▁de ▁a y ud ado r .
▁A ▁los ▁men est eros os ▁era ▁padre ; ▁y ▁de ▁la ▁causa ▁que ▁no ▁en te nd ía , ▁me ▁in for ma ba ▁con ▁di li g en ci a :
▁Mi ▁ho n ra ▁se ▁re no v aba ▁en ▁mí , ▁y ▁mi ▁ar co ▁se ▁cor ro b or aba ▁en ▁mi ▁mano .
▁Si ▁me ▁re ía ▁con ▁ellos , ▁no ▁lo ▁c re ían : ▁y ▁no ▁ aba t ían ▁la ▁lu z ▁de ▁mi ▁rostro .
▁Por ▁causa ▁de ▁la ▁p o bre za ▁y ▁del ▁hambre ▁and aban ▁so los ; ▁ hu ían ▁á ▁la ▁so le dad , ▁á ▁lugar ▁ten e b ro s o , ▁as o l ado ▁y ▁desierto .
▁B r am aban ▁entre ▁las ▁mata s , ▁y ▁se ▁re un ían ▁debajo ▁de ▁las ▁es p in as .
▁Porque ▁Dios ▁de s a t ó ▁mi ▁cu er da , ▁y ▁me ▁aflig ió , ▁por ▁es o ▁se ▁de s en f re n aron ▁delante ▁de ▁mi ▁rostro .
▁Ha n se ▁re v ue l to ▁tu r ba ciones ▁sobre ▁mí ; ▁com ba t ieron ▁ como ▁vi en to ▁mi ▁alma , ▁y ▁mi ▁sal ud ▁pasó ▁ como ▁nube .
▁De r ri b ó me ▁en ▁el ▁lo do , ▁y ▁soy ▁se me ja n te ▁al ▁polvo ▁y ▁á ▁la ▁c en i za .
▁Porque ▁yo ▁con o z co ▁que ▁me ▁re d u ce s ▁á ▁la ▁muerte ; ▁y ▁á ▁la ▁casa ▁de t er mi n ada ▁á ▁todo ▁vi vi ente .
▁Mi s ▁entr a ñ as ▁ hi er v en , ▁y ▁no ▁re p os an ; ▁días ▁de ▁a f li c ción ▁me ▁han ▁sobre co g ido .
▁Y ▁ha se ▁torn ado ▁mi ▁ar pa ▁en ▁lu to , ▁y ▁mi ▁ó r ga no ▁en ▁voz ▁de ▁la ment ado res .
▁¿ No ▁ve ▁él ▁mis ▁camino s , ▁y ▁cu enta ▁todos ▁mis ▁pa s os ?
▁Si em bre ▁yo , ▁y ▁otro ▁com a , ▁y ▁mis ▁ver d ura s ▁sea n ▁ar ra n cada s .
▁Porque ▁es ▁fuego ▁que ▁de v or ar ía ▁hast a ▁el ▁se p u l c ro , ▁y ▁de s ar ra i gar ía ▁toda ▁mi ▁haci en da .
▁Si ▁esto r b é ▁el ▁con t en to ▁de ▁los ▁p o bre s , ▁é ▁ hi ce ▁de s f al le cer ▁los ▁ojos ▁de ▁la ▁vi ud a ;
▁Si ▁no ▁me ▁be n di je ron ▁sus ▁lo mos , ▁y ▁del ▁ve l l ón ▁de ▁mis ▁ovejas ▁se ▁ca l enta ron ;
▁Si ▁pu se ▁en ▁oro ▁mi ▁es per an za , ▁y ▁di je ▁al ▁oro : ▁Mi ▁con f i an za ▁eres ▁tú ;
▁E s to ▁también ▁fuera ▁mal dad ▁juzg ada ; ▁por que ▁ha b r ía ▁ n e g ado ▁al ▁Dios ▁so be ra no .
▁El ▁extranjero ▁no ▁tenía ▁fuera ▁la ▁noche ; ▁mis ▁puerta s ▁abr ía ▁al ▁ca mi n an te .
▁C iertamente ▁yo ▁lo ▁llev ar ía ▁sobre ▁mi ▁ho m b ro , ▁y ▁me ▁lo ▁at ar ía ▁en ▁lugar ▁de ▁cor on a .
▁En ▁lugar ▁de ▁trigo ▁me ▁ n az ca n ▁abr o jo s , ▁y ▁es p in as ▁en ▁lugar ▁de ▁ ce b ada . ▁A c á ba n se ▁las ▁palabras ▁de ▁ J o b .
▁Y ▁Eli ú ▁había ▁es per ado ▁á ▁ J o b ▁en ▁la ▁di s p u ta , ▁por que ▁era n ▁más ▁viejo s ▁de ▁días ▁que ▁él .
▁C iertamente ▁espíritu ▁hay ▁en ▁el ▁hombre , ▁é ▁in s p ir ación ▁del ▁O m n i p o t ente ▁los ▁ha ce ▁que ▁en t i en d an .
▁O s ▁he ▁pues ▁pre st ado ▁at en ción , ▁y ▁he ▁aquí ▁que ▁no ▁hay ▁de ▁vosotros ▁quien ▁re d ar gu y a ▁á ▁ J o b , ▁y ▁respond a ▁á ▁sus ▁ ra z on es .
▁Yo ▁pues ▁he ▁es per ado , ▁por que ▁no ▁habla ba n , ▁antes ▁para ron , ▁y ▁no ▁respondieron ▁más .
▁Habla ré ▁pues ▁y ▁re s p ir aré ; ▁abr i ré ▁mis ▁la bi os , ▁y ▁respond er é .
▁He ▁aquí ▁yo ▁abr i ré ▁ahora ▁mi ▁boca , ▁y ▁mi ▁le n gu a ▁hablar á ▁en ▁mi ▁ gar ga n ta .
▁He me ▁aquí ▁á ▁mí ▁en ▁lugar ▁de ▁Dios , ▁conform e ▁á ▁tu ▁dicho : ▁de ▁lo do ▁soy ▁yo ▁también ▁for m ado .
▁He ▁aquí ▁que ▁él ▁bu s c ó ▁a ch a que s ▁contra ▁mí , ▁y ▁me ▁tiene ▁por ▁su ▁enemigo ;
▁Si n ▁ em b ar go , ▁en ▁una ▁ó ▁en ▁dos ▁manera s ▁habla ▁Dios ; ▁mas ▁el ▁hombre ▁no ▁en t i en de .
▁De te nd rá ▁su ▁alma ▁de ▁cor r u p ción , ▁y ▁su ▁vida ▁de ▁que ▁pa se ▁á ▁cuchillo .
▁Y ▁su ▁alma ▁se ▁acerca ▁al ▁se p u l c ro , ▁y ▁su ▁vida ▁á ▁los ▁que ▁causa n ▁la ▁muerte .
▁O r ará ▁á ▁Dios , ▁y ▁le ▁am ará , ▁y ▁ver á ▁su ▁f az ▁con ▁ j ú bi lo : ▁y ▁él ▁rest i tu irá ▁al ▁hombre ▁su ▁justicia .
▁Para ▁apart ar ▁su ▁alma ▁del ▁se p u l c ro , ▁y ▁para ▁ il u mi n ar lo ▁con ▁la ▁lu z ▁de ▁los ▁vi vi ente s .
▁A D E M Á S ▁respondió ▁Eli ú , ▁y ▁dijo :
▁Porque ▁ J o b ▁ha ▁dicho : ▁Yo ▁soy ▁just o , ▁y ▁Dios ▁me ▁ha ▁qu ita do ▁mi ▁derecho .
▁Porque ▁ha ▁dicho : ▁De ▁nada ▁servir á ▁al ▁hombre ▁el ▁conform ar ▁su ▁ v o l un ta d ▁con ▁Dios .
▁¿ Quién ▁visit ó ▁por ▁él ▁la ▁tierra ? ▁¿ y ▁qu ién ▁puso ▁en ▁orden ▁todo ▁el ▁mu ndo ?
▁¿ E n se ñ o re arás e ▁el ▁que ▁aborrec e ▁juicio ? ▁¿ y ▁con de n arás ▁tú ▁al ▁que ▁es ▁ t an ▁just o ?
▁Porque ▁sus ▁ojos ▁están ▁sobre ▁los ▁camino s ▁del ▁hombre , ▁y ▁ve ▁todos ▁sus ▁pa s os .
▁Por ▁tanto ▁él ▁hará ▁not o ri as ▁las ▁obra s ▁de ▁ellos , ▁cuando ▁los ▁tras to rna rá ▁en ▁la ▁noche , ▁y ▁serán ▁que bra n t ados .
▁Y ▁si ▁él ▁die re ▁reposo , ▁¿ qui é n ▁in qui e t ará ? ▁si ▁escond iere ▁el ▁rostro , ▁¿ qui é n ▁lo ▁mira rá ? ▁E s to ▁sobre ▁una ▁ n ación , ▁y ▁lo ▁mismo ▁sobre ▁un ▁hombre ;
▁¿ H a ▁de ▁ser ▁es o ▁seg ún ▁tu ▁men te ? ▁El ▁te ▁re t ri b u irá , ▁or a ▁re hu se s , ▁or a ▁a ce p te s , ▁y ▁no ▁yo : ▁di ▁si ▁no , ▁lo ▁que ▁tú ▁sabe s .
▁Porque ▁á ▁su ▁pecado ▁a ñ ad ió ▁imp i ed ad : ▁ba te ▁las ▁manos ▁entre ▁nosotros , ▁y ▁contra ▁Dios ▁multiplic a ▁sus ▁palabras .
▁Yo ▁te ▁respond er é ▁ ra z on es , ▁y ▁á ▁tu s ▁com pa ñ eros ▁contigo .
▁A l ▁hombre ▁ como ▁tú ▁da ñ ará ▁tu ▁imp i ed ad , ▁y ▁al ▁hijo ▁del ▁hombre ▁ap r ove ch ará ▁tu ▁justicia .
▁A l l í ▁clama rán , ▁y ▁él ▁no ▁oir á , ▁por ▁la ▁so b er bi a ▁de ▁los ▁mal os .
▁Y ▁A Ñ A D I Ó ▁Eli ú , ▁y ▁dijo :
▁He ▁aquí ▁que ▁Dios ▁es ▁grande , ▁mas ▁no ▁de s est im a ▁á ▁nadie : ▁es ▁pod eros o ▁en ▁fuerza ▁de ▁sabiduría .
▁El ▁les ▁dará ▁á ▁conoc er ▁la ▁obra ▁de ▁ellos , ▁y ▁que ▁pre v a le c ieron ▁sus ▁rebel ion es .
▁E mpero ▁los ▁ hi p ó c r itas ▁de ▁corazón ▁lo ▁ir ri t arán ▁más , ▁y ▁no ▁clama rán ▁cuando ▁él ▁los ▁at are .
▁Mas ▁tú ▁has ▁llena do ▁el ▁juicio ▁del ▁imp í o , ▁en ▁vez ▁de ▁sus t enta r ▁el ▁juicio ▁y ▁la ▁justicia .
▁ G u á r da te , ▁no ▁torn es ▁á ▁la ▁iniquidad ; ▁pues ▁é s ta ▁es co g iste ▁más ▁bien ▁que ▁la ▁a f li c ción .
▁Lo s ▁hombres ▁todos ▁la ▁ven ; ▁mí ra la ▁el ▁hombre ▁de ▁le jo s .
▁¿ Quién ▁pod rá ▁ t am p o co ▁com p re n der ▁la ▁ex t en s ió n ▁de ▁las ▁nube s , ▁y ▁el ▁son ido ▁es t re p i to s o ▁de ▁su ▁pa be l l ón ?
▁T o ca n te ▁á ▁ella ▁a nunc i ará ▁el ▁tru en o , ▁su ▁com pa ñ er o , ▁que ▁hay ▁a cu m u l ación ▁de ▁ir a ▁sobre ▁el ▁que ▁se ▁el e v a .
▁Después ▁de ▁ella ▁br am ará ▁el ▁son ido , ▁ t ron ará ▁él ▁con ▁la ▁voz ▁de ▁su ▁ ma g n i f i ce n ci a ; ▁y ▁aun que ▁sea ▁ o í da ▁su ▁voz , ▁no ▁los ▁de t i en e .
▁La ▁bestia ▁se ▁entr ará ▁en ▁su ▁escond ri jo , ▁y ▁estará se ▁en ▁sus ▁mor ada s .
▁A simismo ▁por ▁sus ▁de s i g n i os ▁se ▁re v ue l v en ▁las ▁nube s ▁en ▁derredor , ▁para ▁hacer ▁sobre ▁la ▁ha z ▁del ▁mu ndo , ▁en ▁la ▁tierra , ▁lo ▁que ▁él ▁les ▁man da ra .
▁¿ H as ▁tú ▁conoc ido ▁las ▁di f er en ci as ▁de ▁las ▁nube s , ▁las ▁mar a vi l la s ▁del ▁P er f e c to ▁en ▁sabiduría ?
▁¿ S e rá ▁pre ci s o ▁con t ar le ▁cuando ▁yo ▁hablar é ? ▁Por ▁más ▁que ▁el ▁hombre ▁ ra z on e , ▁quedar á ▁ como ▁a bi s m ado .
▁T em er lo ▁han ▁por ▁tanto ▁los ▁hombres : ▁él ▁no ▁mira ▁á ▁los ▁s a bi os ▁de ▁corazón .
▁¿ D ón de ▁estaba s ▁cuando ▁yo ▁f un d aba ▁la ▁tierra ? ▁ h á z me lo ▁sabe r , ▁si ▁tiene s ▁in te li g en ci a .
▁¿ Quién ▁en cer r ó ▁con ▁puerta s ▁la ▁mar , ▁cuando ▁se ▁derram aba ▁por ▁fuera ▁ como ▁sal iendo ▁de ▁madre ;
▁¿ H as ▁tú ▁mandado ▁á ▁la ▁mañana ▁en ▁tu s ▁días ? ▁¿ h as ▁most r ado ▁al ▁al ba ▁su ▁lugar ,
▁¿ H as ▁entr ado ▁tú ▁hast a ▁los ▁pro f u ndo s ▁de ▁la ▁mar , ▁y ▁has ▁and ado ▁es cu d ri ñ ando ▁el ▁a bi s mo ?
▁¿ S i ▁llev arás ▁tú ▁am ba s ▁cosas ▁á ▁sus ▁término s , ▁y ▁en t en de rás ▁las ▁send as ▁de ▁su ▁casa ?
▁¿ Por ▁qué ▁camino ▁se ▁re p ar te ▁la ▁lu z , ▁y ▁se ▁es p ar ce ▁el ▁vi en to ▁so la no ▁sobre ▁la ▁tierra ?
▁¿ T i en e ▁la ▁ l l u vi a ▁padre ? ▁¿ ó ▁qu ién ▁engendró ▁las ▁go ta s ▁del ▁ ro c í o ?
▁¿ S a c arás ▁tú ▁á ▁su ▁tiempo ▁los ▁sign os ▁de ▁los ▁cielo s , ▁ó ▁ gu i arás ▁el ▁Ar c tu ro ▁con ▁sus ▁hijos ?
▁¿ Quién ▁puso ▁la ▁sabiduría ▁en ▁el ▁in te ri or ? ▁¿ ó ▁qu ién ▁dió ▁al ▁en te nd imiento ▁la ▁in te li g en ci a ?
▁Cuan do ▁están ▁echa do s ▁en ▁las ▁cueva s , ▁ó ▁se ▁están ▁en ▁sus ▁ gu ar i das ▁para ▁a ce ch ar ?
▁En c ó r v an se , ▁ha ce n ▁sal ir ▁sus ▁hijos , ▁pasa n ▁sus ▁do lo res .
▁B ú r la se ▁de ▁la ▁multitud ▁de ▁la ▁ciudad : ▁no ▁ o y e ▁las ▁voces ▁del ▁ar ri er o .
▁¿ C on f i arás ▁tú ▁en ▁él , ▁por ▁ser ▁grande ▁su ▁fortaleza , ▁y ▁le ▁f i arás ▁tu ▁la b or ?
▁Y ▁ o l v í das e ▁de ▁que ▁los ▁pi s ará ▁el ▁pie , ▁y ▁que ▁los ▁que bra rá ▁bestia ▁del ▁campo .
▁¿ D iste ▁tú ▁al ▁caballo ▁la ▁fortaleza ? ▁¿ v est iste ▁tú ▁su ▁ cer vi z ▁de ▁re l in ch o ?
▁C on tra ▁él ▁su en a ▁la ▁al ja ba , ▁el ▁ hi er ro ▁de ▁la ▁la n za ▁y ▁de ▁la ▁pi ca :
▁¿ S e ▁re mo n ta ▁el ▁á gu i la ▁por ▁tu ▁man d amiento , ▁y ▁pon e ▁en ▁al to ▁su ▁ni do ? ▁El la ▁habita ▁y ▁está ▁en ▁la ▁piedra , ▁en ▁la ▁cumbre ▁del ▁peña s co ▁y ▁de ▁la ▁ ro ca . ▁De s de ▁allí ▁a ce ch a ▁la ▁com i da : ▁sus ▁ojos ▁ob serv an ▁de ▁mu y ▁le jo s . ▁Su s ▁p o l los ▁ch u p an ▁la ▁sangre : ▁y ▁don de ▁hubiere ▁ca d á ver es , ▁allí ▁está . ▁A ▁más ▁de ▁es o ▁respondió ▁Jehová ▁á ▁ J o b , ▁y ▁dijo : ▁¿ E s ▁sabiduría ▁con t en der ▁con ▁el ▁O m n i p o t ente ? ▁El ▁que ▁di s p u ta ▁con ▁Dios , ▁respond a ▁á ▁esto . ▁Y ▁respondió ▁ J o b ▁á ▁Jehová , ▁y ▁dijo : ▁He ▁aquí ▁que ▁yo ▁soy ▁vi l , ▁¿ qué ▁te ▁respond er é ? ▁Mi ▁mano ▁pon go ▁sobre ▁mi ▁boca . ▁Un a ▁vez ▁ha b l é , ▁y ▁no ▁respond er é : ▁aun ▁dos ▁veces , ▁mas ▁no ▁torn aré ▁á ▁hablar .
▁¿ T i en es ▁tú ▁brazo ▁ como ▁Dios ? ▁¿ y ▁ t ron arás ▁tú ▁con ▁voz ▁ como ▁él ?
▁En c ú bre los ▁á ▁todos ▁en ▁el ▁polvo , ▁ven da ▁sus ▁rostro s ▁en ▁la ▁os cu ri dad ;
▁Su ▁co la ▁mu e v e ▁ como ▁un ▁cedro , ▁y ▁los ▁ n er vi os ▁de ▁sus ▁ g en ita les ▁son ▁entre te j ido s .
▁E ch arás e ▁debajo ▁de ▁las ▁so m bra s , ▁en ▁lo ▁oc u l to ▁de ▁las ▁ca ñ as , ▁y ▁de ▁los ▁lugar es ▁ h ú me do s .
▁¿ S A C A R Á S ▁tú ▁al ▁le vi ath án ▁con ▁el ▁an z ue lo , ▁ó ▁con ▁la ▁cu er da ▁que ▁le ▁echar es ▁en ▁su ▁le n gu a ?
▁¿ J u g arás ▁tú ▁con ▁él ▁ como ▁con ▁p á ja ro , ▁ó ▁lo ▁at arás ▁para ▁tu s ▁ni ñ as ?
▁He ▁aquí ▁que ▁la ▁es per an za ▁acerca ▁de ▁él ▁será ▁bu r l ada : ▁por que ▁aun ▁á ▁su ▁so la ▁vi s ta ▁se ▁de s ma y arán .
▁¿ Quién ▁descubr irá ▁la ▁delante ra ▁de ▁su ▁ve st id ura ? ▁¿ qui é n ▁se ▁llegar á ▁á ▁él ▁con ▁f re no ▁do ble ?
▁P e g ado ▁está ▁el ▁uno ▁con ▁el ▁otro , ▁están ▁tra b ados ▁entre ▁sí , ▁que ▁no ▁se ▁pu ed en ▁apart ar .
▁Su ▁al i en to ▁en ci en de ▁los ▁ca r b on es , ▁y ▁de ▁su ▁boca ▁sal e ▁ l la ma .
▁De ▁su ▁grande za ▁tiene n ▁tem or ▁los ▁fuerte s , ▁y ▁á ▁causa ▁de ▁su ▁de s f al le c imiento ▁ha ce n ▁por ▁purifica r se .
▁T i en e ▁toda ▁arm a ▁por ▁ho ja ra s ca s , ▁y ▁del ▁ b la nd ir ▁de ▁la ▁pi ca ▁se ▁bu r la .
▁No ▁hay ▁sobre ▁la ▁tierra ▁su ▁se me ja n te , ▁hecho ▁para ▁nada ▁tem er .
▁¿ Quién ▁es ▁el ▁que ▁os cu re ce ▁el ▁con se jo ▁sin ▁cien ci a ? ▁por ▁tanto ▁yo ▁de nunc i aba ▁lo ▁que ▁no ▁en te nd ía ; ▁cosas ▁que ▁me ▁era n ▁oc u l ta s , ▁y ▁que ▁no ▁las ▁s ab ía .
▁Y ▁aconteció ▁que ▁después ▁que ▁habló ▁Jehová ▁esta s ▁palabras ▁á ▁ J o b , ▁Jehová ▁dijo ▁á ▁Eli ph az ▁T e man ita : ▁Mi ▁ir a ▁se ▁encendió ▁contra ▁ti ▁y ▁tu s ▁dos ▁com pa ñ eros : ▁por que ▁no ▁ha béis ▁hablado ▁por ▁mí ▁lo ▁rec to , ▁ como ▁mi ▁siervo ▁ J o b .
▁Y ▁vinieron ▁á ▁él ▁todos ▁sus ▁hermanos , ▁y ▁todas ▁sus ▁hermana s , ▁y ▁todos ▁los ▁que ▁antes ▁le ▁habían ▁conoc ido , ▁y ▁com ieron ▁con ▁él ▁pan ▁en ▁su ▁casa , ▁y ▁con do l iéronse ▁de ▁él , ▁y ▁con s o l áronle ▁de ▁todo ▁aquel ▁mal ▁que ▁sobre ▁él ▁había ▁Jehová ▁traído ; ▁y ▁ cada ▁uno ▁de ▁ellos ▁le ▁dió ▁una ▁pie za ▁de ▁mo n ed a , ▁y ▁un ▁ za r ci l lo ▁de ▁oro .
▁Y ▁no ▁se ▁halla ron ▁mujeres ▁ t an ▁her mos as ▁ como ▁las ▁hijas ▁de ▁ J o b ▁en ▁toda ▁la ▁tierra : ▁y ▁dió les ▁su ▁padre ▁her en ci a ▁entre ▁sus ▁hermanos .
▁A n te s ▁en ▁la ▁le y ▁de ▁Jehová ▁está ▁su ▁del i ci a , ▁y ▁en ▁su ▁le y ▁me d ita ▁de ▁día ▁y ▁de ▁noche .
▁Porque ▁Jehová ▁conoc e ▁el ▁camino ▁de ▁los ▁just os ; ▁mas ▁la ▁send a ▁de ▁los ▁mal os ▁per e ce rá .
▁El ▁que ▁mor a ▁en ▁los ▁cielo s ▁se ▁re irá ; ▁el ▁Señor ▁se ▁bu r l ará ▁de ▁ellos .
▁P í de me , ▁y ▁te ▁daré ▁por ▁heredad ▁las ▁gente s , ▁y ▁por ▁posesión ▁tu y a ▁los ▁término s ▁de ▁la ▁tierra .
▁Be s ad ▁al ▁Hi jo , ▁por que ▁no ▁se ▁enoj e , ▁y ▁per e z c áis ▁en ▁el ▁camino , ▁cuando ▁se ▁en ce nd iere ▁un ▁poco ▁su ▁furor . ▁B i en ave n t ur ados ▁todos ▁los ▁que ▁en ▁él ▁con f ían .
▁C on ▁mi ▁voz ▁c l am é ▁á ▁Jehová , ▁y ▁él ▁me ▁respondió ▁de s de ▁el ▁monte ▁de ▁su ▁s an t i dad . ▁ ( S el ah . )
▁De ▁Jehová ▁es ▁la ▁sal ud : ▁sobre ▁tu ▁pueblo ▁será ▁tu ▁bendición . ▁ ( S el ah . )
▁T em b la d , ▁y ▁no ▁pe qué is : ▁con ver s ad ▁en ▁vuestro ▁corazón ▁sobre ▁vuestra ▁ca ma , ▁y ▁de s i st id . ▁ ( S el ah . )
▁En ▁paz ▁me ▁a co st aré , ▁y ▁a simismo ▁do r mi ré ; ▁por que ▁so lo ▁tú , ▁Jehová , ▁me ▁harás ▁esta r ▁con f i ado .
▁Porque ▁tú ▁no ▁eres ▁un ▁Dios ▁que ▁a me ▁la ▁mal dad : ▁el ▁mal o ▁no ▁habita rá ▁junto ▁á ▁ti .
▁ G u ía me , ▁Jehová , ▁en ▁tu ▁justicia ▁á ▁causa ▁de ▁mis ▁enemigos ; ▁en de re za ▁delante ▁de ▁mí ▁tu ▁camino .
▁Porque ▁tú , ▁ o h ▁Jehová , ▁bendecir ás ▁al ▁just o ; ▁lo ▁cerca rás ▁de ▁be n e v o l en ci a ▁ como ▁con ▁un ▁es cu do .
▁ V ue l v e , ▁ o h ▁Jehová , ▁libr a ▁mi ▁alma ; ▁s á l v a me ▁por ▁tu ▁misericordia .
▁A p ar ta os ▁de ▁mí , ▁todos ▁los ▁obra do res ▁de ▁iniquidad ; ▁por que ▁Jehová ▁ha ▁oído ▁la ▁voz ▁de ▁mi ▁ l lo ro .
▁No ▁sea ▁que ▁ar re ba te ▁mi ▁alma , ▁cual ▁le ón ▁que ▁de s pe da za , ▁sin ▁que ▁haya ▁quien ▁libr e .
▁Levántate , ▁ o h ▁Jehová , ▁con ▁tu ▁furor ; ▁á l za te ▁á ▁causa ▁de ▁las ▁ir as ▁de ▁mis ▁an gu st i ado res , ▁y ▁de s p i er ta ▁en ▁f a v or ▁mío ▁el ▁juicio ▁que ▁man d aste .
▁Mi ▁es cu do ▁está ▁en ▁Dios , ▁que ▁salva ▁á ▁los ▁rec to s ▁de ▁corazón .
▁He ▁aquí ▁ha ▁ten ido ▁part o ▁de ▁iniquidad : ▁con ci b ió ▁tra ba jo , ▁y ▁parió ▁men t i ra .
▁A l ▁M ú s i co ▁principal : ▁sobre ▁ G i t t i th : ▁Sal mo ▁de ▁David . ▁O H ▁Jehová , ▁Señor ▁nuestro , ▁ ¡ cu án ▁grande ▁es ▁tu ▁nombre ▁en ▁toda ▁la ▁tierra , ▁que ▁has ▁puesto ▁tu ▁gloria ▁sobre ▁los ▁cielo s !
▁P ue s ▁le ▁has ▁hecho ▁poco ▁men or ▁que ▁los ▁ángel es , ▁y ▁cor on ás te lo ▁de ▁gloria ▁y ▁de ▁lu st re .
▁O h ▁Jehová , ▁Señor ▁nuestro , ▁ ¡ cu án ▁grande ▁es ▁tu ▁nombre ▁en ▁toda ▁la ▁tierra !
▁Porque ▁has ▁hecho ▁mi ▁juicio ▁y ▁mi ▁causa : ▁sent ás te te ▁en ▁si l la ▁juzg ando ▁justicia .
▁Y ▁él ▁juzg ará ▁el ▁mu ndo ▁con ▁justicia ; ▁y ▁juzg ará ▁los ▁pueblo s ▁con ▁rec t i t ud .
▁Porque ▁de man d ando ▁la ▁sangre ▁se ▁a co r d ó ▁de ▁ellos : ▁no ▁se ▁ o l vi d ó ▁del ▁c l am or ▁de ▁los ▁p o bre s .
▁Jehová ▁fué ▁conoc ido ▁en ▁el ▁juicio ▁que ▁hizo ; ▁en ▁la ▁obra ▁de ▁sus ▁manos ▁fué ▁en l az ado ▁el ▁mal o . ▁ ( H i ga ion . ▁Se l ah . )
▁P on , ▁ o h ▁Jehová , ▁tem or ▁en ▁ellos : ▁con o z ca n ▁las ▁gente s ▁que ▁son ▁no ▁más ▁que ▁hombres . ▁ ( S el ah . )
▁El ▁mal o , ▁por ▁la ▁al t ive z ▁de ▁su ▁rostro , ▁no ▁busca ▁á ▁Dios : ▁no ▁hay ▁Dios ▁en ▁todos ▁sus ▁pe n s amiento s .
▁E st á ▁en ▁las ▁ gu ar i das ▁de ▁las ▁aldeas : ▁en ▁los ▁escond ri jo s ▁mata ▁al ▁in o c ente : ▁sus ▁ojos ▁están ▁a ce ch ando ▁al ▁p o bre .
▁Levántate , ▁ o h ▁Jehová ▁Dios , ▁al za ▁tu ▁mano , ▁no ▁te ▁ o l vi de s ▁de ▁los ▁p o bre s .
▁Jehová , ▁Re y ▁ e t er no ▁y ▁perpetuo ; ▁de ▁su ▁tierra ▁fueron ▁de st r u í das ▁las ▁gente s .
▁Porque ▁he ▁aquí , ▁los ▁mal os ▁f le ch aron ▁el ▁ar co , ▁a per ci b ieron ▁sus ▁s a e ta s ▁sobre ▁la ▁cu er da , ▁para ▁as a e te ar ▁en ▁oc u l to ▁á ▁los ▁rec to s ▁de ▁corazón .
▁So bre ▁los ▁mal os ▁ l l ove rá ▁la zo s ; ▁fuego ▁y ▁a z u f re , ▁con ▁vi en to s ▁de ▁to r be l li nos , ▁será ▁la ▁por ción ▁del ▁c á li z ▁de ▁ellos .
▁De st r u irá ▁Jehová ▁todos ▁los ▁la bi os ▁li s on j eros , ▁la ▁le n gu a ▁que ▁habla ▁grande za s ;
▁T ú , ▁Jehová , ▁los ▁guarda rás ; ▁ gu á r da los ▁para ▁siempre ▁de ▁a que s ta ▁generación .
▁Mi ra , ▁ó y e me , ▁Jehová ▁Dios ▁mío : ▁al umb ra ▁mis ▁ojos , ▁por que ▁no ▁d u er ma ▁en ▁muerte ;
▁A l ▁M ú s i co ▁principal : ▁Sal mo ▁de ▁David . ▁ D I J O ▁el ▁ n e ci o ▁en ▁su ▁corazón : ▁No ▁hay ▁Dios . ▁C or ro m p iéronse , ▁hicieron ▁obra s ▁abomina ble s ; ▁no ▁hay ▁quien ▁haga ▁bien .
▁A l l í ▁tem b l aron ▁de ▁es p an to ; ▁por que ▁Dios ▁está ▁con ▁la ▁ n ación ▁de ▁los ▁just os .
▁El ▁que ▁and a ▁en ▁in te g ri dad , ▁y ▁obra ▁justicia , ▁y ▁habla ▁ver dad ▁en ▁su ▁corazón .
▁Mi ch th am ▁de ▁David . ▁ G U Á R D A M E , ▁ o h ▁Dios , ▁por que ▁en ▁ti ▁he ▁con f i ado .
▁Jehová ▁es ▁la ▁por ción ▁de ▁mi ▁parte ▁y ▁de ▁mi ▁co pa ; ▁tú ▁sus t enta rás ▁mi ▁suerte .
▁A le g r óse ▁por ▁tanto ▁mi ▁corazón , ▁y ▁se ▁go z ó ▁mi ▁gloria : ▁también ▁mi ▁carne ▁re p os ará ▁seg ura .
▁De ▁delante ▁de ▁tu ▁rostro ▁sal ga ▁mi ▁juicio ; ▁ve an ▁tu s ▁ojos ▁la ▁rec t i t ud .
▁Yo ▁te ▁he ▁in v o c ado , ▁por ▁cuanto ▁tú ▁me ▁oir ás , ▁ o h ▁Dios : ▁inclin a ▁á ▁mí ▁tu ▁oído , ▁es cu ch a ▁mi ▁palabra .
▁C er r ados ▁están ▁con ▁su ▁gr os ura ; ▁con ▁su ▁boca ▁habla n ▁so b er bi amente .
▁De ▁los ▁hombres ▁con ▁tu ▁mano , ▁ o h ▁Jehová , ▁de ▁los ▁hombres ▁de ▁mu ndo , ▁cu y a ▁parte ▁es ▁en ▁esta ▁vida , ▁y ▁cu y o ▁vi en t re ▁hin ch es ▁de ▁tu ▁te s o ro : ▁ha r t an ▁sus ▁hijos , ▁y ▁de ja n ▁el ▁rest o ▁á ▁sus ▁ch i qui to s .
▁I n v o c aré ▁á ▁Jehová , ▁di g no ▁de ▁ser ▁al aba do , ▁y ▁se ré ▁sal v o ▁de ▁mis ▁enemigos .
▁Y ▁la ▁tierra ▁fué ▁con mo vi da ▁y ▁tem b l ó ; ▁y ▁mo v iéronse ▁los ▁f un da ment os ▁de ▁los ▁monte s , ▁y ▁se ▁es t re me c ieron , ▁por que ▁se ▁in di g n ó ▁él .
▁P u s o ▁ti n i e b la s ▁por ▁escond ed er o ▁suyo , ▁su ▁pa be l l ón ▁en ▁derredor ▁de ▁sí ; ▁os cu ri dad ▁de ▁aguas , ▁nube s ▁de ▁los ▁cielo s .
▁Y ▁ap are c ieron ▁las ▁ho nd ura s ▁de ▁las ▁aguas , ▁y ▁descubr iéronse ▁los ▁c imiento s ▁del ▁mu ndo , ▁á ▁tu ▁re p re n s ió n , ▁ o h ▁Jehová , ▁por ▁el ▁so p lo ▁del ▁vi en to ▁de ▁tu ▁ n ar i z .
▁Y ▁sacó me ▁á ▁an ch ura : ▁libr ó me , ▁por que ▁se ▁a g ra d ó ▁de ▁mí .
▁Y ▁f u í ▁ í n te g ro ▁para ▁con ▁él , ▁y ▁ca u te l é me ▁de ▁mi ▁mal dad .
▁Y ▁tú ▁salva rás ▁al ▁pueblo ▁ hu mi l de , ▁y ▁ hu m ill arás ▁los ▁ojos ▁al t i v os .
▁Porque ▁¿ qué ▁Dios ▁hay ▁fuera ▁de ▁Jehová ? ▁¿ y ▁qué ▁fuerte ▁fuera ▁de ▁nuestro ▁Dios ?
▁ D í s te me ▁a simismo ▁el ▁es cu do ▁de ▁tu ▁sal ud : ▁y ▁tu ▁die s tra ▁me ▁sus t en t ó , ▁y ▁tu ▁be n i g n i dad ▁me ▁ha ▁a c re c enta do .
▁P ue s ▁me ▁ ce ñ iste ▁de ▁fortaleza ▁para ▁la ▁pe le a ; ▁has ▁a go bi ado ▁mis ▁enemigos ▁debajo ▁de ▁mí .
▁L i b rás te me ▁de ▁con t i en das ▁de ▁pueblo : ▁pu s í s te me ▁por ▁ca be ce ra ▁de ▁gente s : ▁pueblo ▁que ▁yo ▁no ▁conoc ía , ▁me ▁sirv ió .
▁El ▁Dios ▁que ▁me ▁da ▁las ▁ven ga n za s , ▁y ▁su je t ó ▁pueblo s ▁á ▁mí .
▁A l ▁M ú s i co ▁principal : ▁Sal mo ▁de ▁David . ▁L O S ▁cielo s ▁cu enta n ▁la ▁gloria ▁de ▁Dios , ▁y ▁la ▁ex p an s ió n ▁de nunc i a ▁la ▁obra ▁de ▁sus ▁manos .
▁Y ▁él , ▁ como ▁un ▁no vi o ▁que ▁sal e ▁de ▁su ▁ t á la mo , ▁al é g ra se ▁cual ▁ g i ga n te ▁para ▁cor r er ▁el ▁camino .
▁El ▁tem or ▁de ▁Jehová , ▁limpio , ▁que ▁per man e ce ▁para ▁siempre ; ▁los ▁juicio s ▁de ▁Jehová ▁son ▁ver dad , ▁todos ▁just os .
▁De t é n ▁a simismo ▁á ▁tu ▁siervo ▁de ▁las ▁so b er bi as ; ▁que ▁no ▁se ▁en se ñ or een ▁de ▁mí : ▁entonces ▁se ré ▁ í n te g ro , ▁y ▁esta ré ▁limpio ▁de ▁gran ▁rebel ió n .
▁Ha ga ▁memoria ▁de ▁todos ▁tu s ▁presente s , ▁y ▁re d u z ca ▁á ▁c en i za ▁tu ▁holocausto . ▁ ( S el ah . )
▁Estos ▁con f ían ▁en ▁carro s , ▁y ▁a qué l los ▁en ▁caballo s : ▁mas ▁nosotros ▁del ▁nombre ▁de ▁Jehová ▁nuestro ▁Dios ▁ten d remos ▁memoria .
▁El ▁de se o ▁de ▁su ▁corazón ▁le ▁d iste , ▁y ▁no ▁le ▁ n e g aste ▁lo ▁que ▁sus ▁la bi os ▁pro nunc i aron . ▁ ( S el ah . )
▁Porque ▁lo ▁has ▁be n de c ido ▁para ▁siempre ; ▁ l l en ás te lo ▁de ▁alegr ía ▁con ▁tu ▁rostro .
▁Su ▁fruto ▁destruir ás ▁de ▁la ▁tierra , ▁y ▁su ▁simiente ▁de ▁entre ▁los ▁hijos ▁de ▁los ▁hombres .
▁A l ▁M ú s i co ▁principal , ▁sobre ▁A je l eth - s ah ar ▁ : ▁Sal mo ▁de ▁David . ▁ D I O S ▁mío , ▁Dios ▁mío , ▁¿ por ▁qué ▁me ▁has ▁de ja do ? ▁¿ por ▁qué ▁está s ▁le jo s ▁de ▁mi ▁sal ud , ▁y ▁de ▁las ▁palabras ▁de ▁mi ▁c l am or ?
▁C l am aron ▁á ▁ti , ▁y ▁fueron ▁libr ados : ▁es per aron ▁en ▁ti , ▁y ▁no ▁se ▁a ver g on z aron .
▁E mpero ▁tú ▁eres ▁el ▁que ▁me ▁sacó ▁del ▁vi en t re , ▁el ▁que ▁me ▁ha ce s ▁es per ar ▁de s de ▁que ▁estaba ▁á ▁los ▁pe ch os ▁de ▁mi ▁madre .
▁A b r ieron ▁sobre ▁mí ▁su ▁boca , ▁ como ▁le ón ▁ ra p an te ▁y ▁ r u g iente .
▁C on t ar ▁pu ed o ▁todos ▁mis ▁hues os ; ▁ellos ▁mira n , ▁con s id é ra n me .
▁S á l v a me ▁de ▁la ▁boca ▁del ▁le ón , ▁y ▁ó y e me ▁libr ándo me ▁de ▁los ▁cu er nos ▁de ▁los ▁un i co r n i os .
▁De ▁ti ▁será ▁mi ▁al aban za ▁en ▁la ▁grande ▁congregación ; ▁mis ▁voto s ▁pa g aré ▁delante ▁de ▁los ▁que ▁le ▁tem en .
▁Come rán ▁y ▁a dor arán ▁todos ▁los ▁pod eros os ▁de ▁la ▁tierra : ▁postr arán se ▁delante ▁de ▁él ▁todos ▁los ▁que ▁de s ci en de n ▁al ▁polvo , ▁si ▁bien ▁ninguno ▁pu ed e ▁con serv ar ▁la ▁vida ▁á ▁su ▁pro p i a ▁alma .
▁En ▁lugar es ▁de ▁del i c ados ▁pa st os ▁me ▁hará ▁y a cer : ▁junto ▁á ▁aguas ▁de ▁reposo ▁me ▁pa s to re ará .
▁C iertamente ▁el ▁bien ▁y ▁la ▁misericordia ▁me ▁se gu irá n ▁todos ▁los ▁días ▁de ▁mi ▁vida : ▁y ▁en ▁la ▁casa ▁de ▁Jehová ▁mor aré ▁por ▁la r go s ▁días .
▁El ▁limpio ▁de ▁manos , ▁y ▁pu ro ▁de ▁corazón : ▁el ▁que ▁no ▁ha ▁el e v ado ▁su ▁alma ▁á ▁la ▁va n i dad , ▁ni ▁ j ur ado ▁con ▁en ga ñ o .
▁¿ Quién ▁es ▁este ▁Re y ▁de ▁gloria ? ▁Jehová ▁el ▁fuerte ▁y ▁va l iente , ▁Jehová ▁el ▁pod eros o ▁en ▁batalla .
▁Dios ▁mío , ▁en ▁ti ▁con f í o ; ▁no ▁sea ▁yo ▁a ver g on z ado , ▁no ▁se ▁alegr en ▁de ▁mí ▁mis ▁enemigos .
▁A cu é r da te , ▁ o h ▁Jehová , ▁de ▁tu s ▁con mi se ra ciones ▁y ▁de ▁tu s ▁misericordia s , ▁que ▁son ▁perpetua s .
▁T o das ▁las ▁send as ▁de ▁Jehová ▁son ▁misericordia ▁y ▁ver dad , ▁para ▁los ▁que ▁guarda n ▁su ▁pacto ▁y ▁sus ▁testimonio s .
▁El ▁secret o ▁de ▁Jehová ▁es ▁para ▁los ▁que ▁le ▁tem en ; ▁y ▁á ▁ellos ▁hará ▁conoc er ▁su ▁alianza .
▁Mi ra ▁mi ▁a f li c ción ▁y ▁mi ▁tra ba jo : ▁y ▁perdon a ▁todos ▁mis ▁pecado s .
▁Re di me , ▁ o h ▁Dios , ▁á ▁Israel ▁de ▁todas ▁sus ▁an gu st i as .
▁No ▁me ▁he ▁sent ado ▁con ▁hombres ▁de ▁f al se dad ; ▁ni ▁entr é ▁con ▁los ▁que ▁and an ▁en cu b iertamente .
▁Jehová , ▁la ▁habita ción ▁de ▁tu ▁casa ▁he ▁am ado , ▁y ▁el ▁lugar ▁del ▁tabernáculo ▁de ▁tu ▁gloria .
▁Mi ▁pie ▁ha ▁esta do ▁en ▁rec t i t ud : ▁en ▁las ▁con g re ga ciones ▁bendecir é ▁á ▁Jehová .
▁Un a ▁cosa ▁he ▁de man d ado ▁á ▁Jehová , ▁é s ta ▁busca ré : ▁que ▁es t é ▁yo ▁en ▁la ▁casa ▁de ▁Jehová ▁todos ▁los ▁días ▁de ▁mi ▁vida , ▁para ▁con te m p l ar ▁la ▁her mos ura ▁de ▁Jehová , ▁y ▁para ▁in qui ri r ▁en ▁su ▁templo .
▁Mi ▁corazón ▁ha ▁dicho ▁de ▁ti : ▁B u s ca d ▁mi ▁rostro . ▁T u ▁rostro ▁busca ré , ▁ o h ▁Jehová .
▁No ▁me ▁entre gu es ▁á ▁la ▁ v o l un ta d ▁de ▁mis ▁enemigos ; ▁por que ▁se ▁han ▁levant ado ▁contra ▁mí ▁testigo s ▁f al s os , ▁y ▁los ▁que ▁re s p ir an ▁c r ue l dad .
▁O y e ▁la ▁voz ▁de ▁mis ▁ruego s ▁cuando ▁c la mo ▁á ▁ti , ▁cuando ▁al zo ▁mis ▁manos ▁haci a ▁el ▁templo ▁de ▁tu ▁s an t i dad .
▁Be n di to ▁Jehová , ▁que ▁oyó ▁la ▁voz ▁de ▁mis ▁ruego s .
▁Sal mo ▁de ▁David . ▁ D A D ▁á ▁Jehová , ▁ o h ▁hijos ▁de ▁fuerte s , ▁ dad ▁á ▁Jehová ▁la ▁gloria ▁y ▁la ▁fortaleza .
▁ V o z ▁de ▁Jehová ▁que ▁que bra n ta ▁los ▁cedro s ; ▁y ▁que bra n t ó ▁Jehová ▁los ▁cedro s ▁del ▁L í ba no .
▁ V o z ▁de ▁Jehová ▁que ▁hará ▁esta r ▁de ▁part o ▁á ▁las ▁ ci er v as , ▁y ▁de s n ud ará ▁las ▁ bre ñ as : ▁y ▁en ▁su ▁templo ▁todos ▁los ▁suyo s ▁le ▁di ce n ▁gloria .
▁Jehová ▁Dios ▁mío , ▁á ▁ti ▁c l am é , ▁y ▁me ▁s an aste .
▁Y ▁di je ▁yo ▁en ▁mi ▁prosper i dad : ▁no ▁se ré ▁ ja m ás ▁con mo vi do ;
▁O y e , ▁ o h ▁Jehová , ▁y ▁ten ▁misericordia ▁de ▁mí : ▁Jehová , ▁s é ▁tú ▁mi ▁a y ud ado r .
▁I n c l in a ▁á ▁mí ▁tu ▁oído , ▁ l í bra me ▁pre s to ; ▁s é me ▁por ▁ ro ca ▁de ▁fortaleza ▁ , ▁por ▁casa ▁fuerte ▁para ▁salva r me .
▁A b or re c í ▁á ▁los ▁que ▁es per an ▁en ▁va n i dad es ▁ il u s o ri as ; ▁mas ▁yo ▁en ▁Jehová ▁he ▁es per ado .
▁Porque ▁mi ▁vida ▁se ▁va ▁ ga st ando ▁de ▁do l or , ▁y ▁mis ▁años ▁de ▁sus p ir ar : ▁ha se ▁en f la que c ido ▁mi ▁fuerza ▁á ▁causa ▁de ▁mi ▁iniquidad , ▁y ▁mis ▁hues os ▁se ▁han ▁consum ido .
▁Mas ▁yo ▁en ▁ti ▁con f i é , ▁ o h ▁Jehová : ▁yo ▁di je : ▁Dios ▁mío ▁eres ▁tú .
▁En m u de z ca n ▁los ▁la bi os ▁men t ir os os , ▁que ▁habla n ▁contra ▁el ▁just o ▁cosas ▁d ura s , ▁con ▁so b er bi a ▁y ▁men os p re ci o .
▁Y ▁decía ▁yo ▁en ▁mi ▁pre m ura : ▁C or t ado ▁soy ▁de ▁delante ▁de ▁tu s ▁ojos : ▁tú ▁ e mpero ▁ o í s te ▁la ▁voz ▁de ▁mis ▁ruego s , ▁cuando ▁á ▁ti ▁clama ba .
▁B i en ave n t ur ado ▁el ▁hombre ▁á ▁quien ▁no ▁imp u ta ▁Jehová ▁la ▁iniquidad , ▁y ▁en ▁cu y o ▁espíritu ▁no ▁hay ▁su per ch er ía .
▁Por ▁esto ▁or ará ▁á ▁ti ▁todo ▁santo ▁en ▁el ▁tiempo ▁de ▁pod er ▁halla r te : ▁c iertamente ▁en ▁la ▁in un d ación ▁de ▁much as ▁aguas ▁no ▁llegar án ▁é st as ▁á ▁él .
▁M u ch os ▁do lo res ▁para ▁el ▁imp í o ; ▁mas ▁el ▁que ▁es per a ▁en ▁Jehová , ▁lo ▁cerca rá ▁misericordia .
▁C an ta d le ▁can ción ▁nueva : ▁ha c ed lo ▁bien ▁ ta ñ e ndo ▁con ▁ j ú bi lo .
▁El ▁junt a ▁ como ▁en ▁un ▁mo n t ón ▁las ▁aguas ▁de ▁la ▁mar : ▁él ▁pon e ▁en ▁de p ó s i to s ▁los ▁a bi s mos .
▁El ▁con se jo ▁de ▁Jehová ▁per man e ce rá ▁para ▁siempre ; ▁los ▁pe n s amiento s ▁de ▁su ▁corazón ▁por ▁todas ▁las ▁generaciones .
▁El ▁for m ó ▁el ▁corazón ▁de ▁todos ▁ellos ; ▁él ▁con s i de ra ▁todas ▁sus ▁obra s .
▁Para ▁libr ar ▁sus ▁alma s ▁de ▁la ▁muerte , ▁y ▁para ▁dar les ▁vida ▁en ▁el ▁hambre .
▁Sal mo ▁de ▁David , ▁cuando ▁mu d ó ▁su ▁se m b l an te ▁delante ▁de ▁Abimelech , ▁y ▁él ▁lo ▁echó , ▁y ▁fué se . ▁B E N D E C I R É ▁á ▁Jehová ▁en ▁todo ▁tiempo ; ▁su ▁al aban za se rás i em p re ▁en ▁mi ▁boca .
▁A ▁él ▁mira ron ▁y ▁fueron ▁al umb r ados : ▁y ▁sus ▁rostro s ▁no ▁se ▁a ver g on z aron .
▁T em ed ▁á ▁Jehová , ▁vosotros ▁sus ▁santo s ; ▁por que ▁no ▁hay ▁falta ▁para ▁los ▁que ▁le ▁tem en .
▁ G u ar da ▁tu ▁le n gu a ▁de ▁mal , ▁y ▁tu s ▁la bi os ▁de ▁hablar ▁en ga ñ o .
▁C l am aron ▁los ▁just os , ▁y ▁Jehová ▁oyó , ▁y ▁libr ólo s ▁de ▁todas ▁sus ▁an gu st i as .
▁Ma t ará ▁al ▁mal o ▁la ▁mal dad ; ▁y ▁los ▁que ▁aborrec en ▁al ▁just o ▁serán ▁as o l ados .
▁Y ▁saca ▁la ▁la n za , ▁ ci er ra ▁contra ▁mis ▁per se gu ido res ; ▁di ▁á ▁mi ▁alma : ▁Yo ▁soy ▁tu ▁sal ud .
▁Porque ▁sin ▁causa ▁escond ieron ▁para ▁mí ▁su ▁re d ▁en ▁un ▁hoy o ; ▁sin ▁causa ▁hicieron h o y o para ▁mi ▁alma .
▁Levant áronse ▁testigo s ▁f al s os ; ▁de man d á ron me ▁lo ▁que ▁no ▁s ab ía ;
▁P er o ▁ellos ▁se ▁alegr aron ▁en ▁mi ▁a d ver s i dad , ▁y ▁se ▁junt aron ; ▁junt áronse ▁contra ▁mí ▁gente s ▁de s p re ci ab les , ▁y ▁yo ▁no ▁lo ▁en te nd ía : ▁de s p ed az á ba n me , ▁y ▁no ▁c es aban ;
▁No ▁se ▁alegr en ▁de ▁mí ▁mis ▁enemigos ▁in j u st os : ▁ni ▁los ▁que ▁me ▁aborrec en ▁sin ▁causa ▁haga n ▁del ▁ o jo .
▁M u é v e te ▁y ▁de s p i er ta ▁para ▁mi ▁juicio , ▁para ▁mi ▁causa , ▁Dios ▁mío ▁y ▁Señor ▁mío .
▁C an t en ▁y ▁al é g re n se ▁los ▁que ▁están ▁á ▁f a v or ▁de ▁mi ▁just a ▁causa , ▁y ▁di ga n ▁siempre : ▁Se a ▁en s al z ado ▁Jehová , ▁que ▁a ma ▁la ▁paz ▁de ▁su ▁siervo .
▁La s ▁palabras ▁de ▁su ▁boca ▁son ▁iniquidad ▁y ▁f ra u de ; ▁no ▁quiso ▁en t en der ▁para ▁bien ▁hacer .
▁ ¡ C u án ▁ il u st re , ▁ o h ▁Dios , ▁es ▁tu ▁misericordia ! ▁Por ▁es o ▁los ▁hijos ▁de ▁los ▁hombres ▁se ▁am para n ▁ba jo ▁la ▁so m bra ▁de ▁tu s ▁al as .
▁No ▁ven ga ▁contra ▁mí ▁pie ▁de ▁so b er bi a ; ▁y ▁mano ▁de ▁imp í os ▁no ▁me ▁mu e v a .
▁E s per a ▁en ▁Jehová , ▁y ▁ha z ▁bien ; ▁vivir ás ▁en ▁la ▁tierra , ▁y ▁en ▁ver dad ▁será s ▁al i ment ado .
▁C al la ▁á ▁Jehová , ▁y ▁es per a ▁en ▁él : ▁no ▁te ▁al te res ▁con ▁mo t i v o ▁del ▁que ▁prosper a ▁en ▁su ▁camino , ▁por ▁el ▁hombre ▁que ▁ha ce ▁mal dad es .
▁P er o ▁los ▁man s os ▁her ed arán ▁la ▁tierra , ▁y ▁se ▁rec re arán ▁con ▁a b un d an ci a ▁de ▁paz .
▁La ▁espada ▁de ▁ellos ▁entr ará ▁en ▁su ▁mismo ▁corazón , ▁y ▁su ▁ar co ▁será ▁que bra do .
▁No ▁serán ▁a ver g on z ados ▁en ▁el ▁mal ▁tiempo ; ▁y ▁en ▁los ▁días ▁de ▁hambre ▁serán ▁ha r to s .
▁Por ▁Jehová ▁son ▁orden ados ▁los ▁pa s os ▁del ▁hombre , ▁y ▁ap r ue ba ▁su ▁camino .
▁A p á r ta te ▁del ▁mal , ▁y ▁ha z ▁el ▁bien , ▁y ▁vivir ás ▁para ▁siempre .
▁La ▁le y ▁de ▁su ▁Dios ▁está ▁en ▁su ▁corazón ; ▁por ▁tanto ▁sus ▁pa s os ▁no ▁va ci l arán .
▁ V i ▁yo ▁al ▁imp í o ▁su m amente ▁en s al z ado , ▁y ▁que ▁se ▁extend ía ▁ como ▁un ▁la ur el ▁ver de .
▁P er o ▁la ▁salva ción ▁de ▁los ▁just os ▁es ▁de ▁Jehová , ▁y ▁él ▁es ▁su ▁fortaleza ▁en ▁el ▁tiempo ▁de ▁an gu st i a .
▁No ▁hay ▁s an i dad ▁en ▁mi ▁carne ▁á ▁causa ▁de ▁tu ▁ir a ; ▁ni ▁hay ▁paz ▁en ▁mis ▁hues os ▁á ▁causa ▁de ▁mi ▁pecado .
▁Porque ▁mis ▁lo mos ▁están ▁lleno s ▁de ▁ir ri t ación , ▁y ▁no ▁hay ▁s an i dad ▁en ▁mi ▁carne .
▁Mi s ▁am i go s ▁y ▁mis ▁com pa ñ eros ▁se ▁quitar on ▁de ▁delante ▁de ▁mi ▁plaga ; ▁y ▁mis ▁cerca nos ▁se ▁pusier on ▁le jo s .
▁Porque ▁á ▁ti , ▁ o h ▁Jehová , ▁es per é ▁yo : ▁tú ▁respond e rás , ▁Jehová ▁Dios ▁mío .
▁Porque ▁mis ▁enemigos ▁están ▁vi v os ▁y ▁fuerte s : ▁y ▁han se ▁a u ment ado ▁los ▁que ▁me ▁aborrec en ▁sin ▁causa :
▁A l ▁M ú s i co ▁principal , ▁á ▁Je d u th ún : ▁Sal mo ▁de ▁David . ▁Y O ▁ D I J E : ▁A t en de ré ▁á ▁mis ▁camino s , ▁para ▁no ▁pecar ▁con ▁mi ▁le n gu a : ▁guarda ré ▁mi ▁boca ▁con ▁f re no , ▁en ▁tanto ▁que ▁el ▁imp í o ▁fuere ▁contra ▁mí .
▁He ▁aquí ▁d iste ▁á ▁mis ▁días ▁término ▁cor to , ▁y ▁mi ▁edad ▁es ▁ como ▁nada ▁delante ▁de ▁ti : ▁c iertamente ▁es ▁com p le ta ▁va n i dad ▁todo ▁hombre ▁que ▁vi v e . ▁ ( S el ah . )
▁En m u de c í , ▁no ▁abr í ▁mi ▁boca ; ▁por que ▁tú ▁lo ▁ hi c iste .
▁ D é ja me , ▁y ▁tomar é ▁fuerza s , ▁antes ▁que ▁vaya ▁y ▁per e z ca .
▁B i en ave n t ur ado ▁el ▁hombre ▁que ▁puso ▁á ▁Jehová ▁por ▁su ▁con f i an za , ▁y ▁no ▁mira ▁á ▁los ▁so b er bi os , ▁ni ▁á ▁los ▁que ▁de c l in an ▁á ▁la ▁men t i ra .
▁El ▁hacer ▁tu ▁ v o l un ta d , ▁Dios ▁mío , ▁ha me ▁a g ra d ado ; ▁y ▁tu ▁le y ▁está ▁en ▁medio ▁de ▁mis ▁entr a ñ as .
▁Porque ▁me ▁han ▁cerca do ▁mal es ▁hast a ▁no ▁haber ▁cu en to : ▁han me ▁com p re nd ido ▁mis ▁mal dad es , ▁y ▁no ▁pu ed o ▁levant ar ▁la ▁vi s ta : ▁han se ▁a u ment ado ▁más ▁que ▁los ▁ca be l los ▁de ▁mi ▁cabeza , ▁y ▁mi ▁corazón ▁me ▁falta .
▁ G ó ce n se ▁y ▁al é g re n se ▁en ▁ti ▁todos ▁los ▁que ▁te ▁busca n ; ▁y ▁di ga n ▁siempre ▁los ▁que ▁a man ▁tu ▁sal ud : ▁Jehová ▁sea ▁en s al z ado .
▁Jehová ▁lo ▁sus t enta rá ▁sobre ▁el ▁le ch o ▁del ▁do l or : ▁mu l li rás ▁toda ▁su ▁ca ma ▁en ▁su ▁en f er me dad .
▁Re un ido s ▁murmur aban ▁contra ▁mí ▁todos ▁los ▁que ▁me ▁aborrec ían : ▁contra ▁mí ▁pe n s aban ▁mal , ▁diciendo ▁de ▁mí :
▁En ▁esto ▁ha b ré ▁conoc ido ▁que ▁te ▁he ▁a g ra d ado , ▁que ▁mi ▁enemigo ▁no ▁se ▁ho l g ará ▁de ▁mí .
▁Mi ▁alma ▁tiene ▁se d ▁de ▁Dios , ▁del ▁Dios ▁vi v o : ▁ ¡ cu ándo ▁ven d ré , ▁y ▁par e ce ré ▁delante ▁de ▁Dios !
▁Dios ▁mío , ▁mi ▁alma ▁está ▁en ▁mí ▁ aba t i da : ▁a co r d aré me ▁por ▁tanto ▁de ▁ti ▁de s de ▁tierra ▁del ▁Jordán , ▁y ▁de ▁los ▁He r mo n itas , ▁de s de ▁el ▁monte ▁de ▁Mi z h ar .
▁Mi en tra s ▁se ▁están ▁que bra n t ando ▁mis ▁hues os , ▁mis ▁enemigos ▁me ▁a f r enta n , ▁di ci é ndo me ▁ cada ▁día : ▁¿ D ón de ▁está ▁tu ▁Dios ?
▁En v ía ▁tu ▁lu z ▁y ▁tu ▁ver dad : ▁é st as ▁me ▁ gu i arán , ▁me ▁con d u ci rán ▁al ▁monte ▁de ▁tu ▁s an t i dad , ▁y ▁á ▁tu s ▁tabernáculo s .
▁T ú ▁con ▁tu ▁mano ▁echa s te ▁las ▁gente s , ▁y ▁los ▁plant aste ▁á ▁ellos ; ▁aflig iste ▁los ▁pueblo s , ▁y ▁los ▁ar ro j aste .
▁Porque ▁no ▁con f i aré ▁en ▁mi ▁ar co , ▁ni ▁mi ▁espada ▁me ▁salva rá .
▁No s ▁ hi c iste ▁re t ro ce der ▁del ▁enemigo , ▁y ▁s a que á ron nos ▁para ▁sí ▁los ▁que ▁no s ▁aborrec ían .
▁P u s í s te nos ▁por ▁prove r bi o ▁entre ▁las ▁gente s , ▁por ▁mo v imiento ▁de ▁cabeza ▁en ▁los ▁pueblo s .
▁No ▁se ▁ha ▁vuelto ▁at rás ▁nuestro ▁corazón , ▁ni ▁ t am p o co ▁se ▁han ▁apart ado ▁nuestro s ▁pa s os ▁de ▁tu s ▁camino s .
▁E mpero ▁por ▁tu ▁causa ▁no s ▁mata n ▁ cada ▁día ; ▁so mos ▁ten ido s ▁ como ▁ovejas ▁para ▁el ▁mata der o .
▁Levántate ▁para ▁a y ud ar nos , ▁y ▁re d í me nos ▁por ▁tu ▁misericordia .
▁Y ▁en ▁tu ▁gloria ▁s é ▁prosper ado : ▁ca ba l ga ▁sobre ▁palabra ▁de ▁ver dad , ▁y ▁de ▁ hu mi l dad , ▁y ▁de ▁justicia ; ▁y ▁tu ▁die s tra ▁te ▁en se ñ ará ▁cosas ▁te r ri ble s .
▁Mi r ra , ▁á lo e , ▁y ▁ca s i a ▁ex h al an ▁todos ▁tu s ▁vestidos : ▁en ▁esta n ci as ▁de ▁mar f il ▁te ▁han ▁rec re ado .
▁Y ▁las ▁hijas ▁de ▁T i ro ▁vendrá n ▁con ▁presente ; ▁imp l or arán ▁tu ▁f a v or ▁los ▁ ri co s ▁del ▁pueblo .
▁En ▁lugar ▁de ▁tu s ▁padres ▁serán ▁tu s ▁hijos , ▁á ▁quien es ▁harás ▁príncipes ▁en ▁toda ▁la ▁tierra .
▁B r am arán , ▁tu r b arán se ▁sus ▁aguas ; ▁tem b l arán ▁los ▁monte s ▁á ▁causa ▁de ▁su ▁br ave za . ▁ ( S el ah . )
▁Jehová ▁de ▁los ▁ejército s ▁es ▁con ▁nosotros ; ▁nuestro ▁re f u g i o ▁es ▁el ▁Dios ▁de ▁Jacob . ▁ ( S el ah . )
▁Jehová ▁de ▁los ▁ejército s ▁es ▁con ▁nosotros ; ▁nuestro ▁re f u g i o ▁es ▁el ▁Dios ▁de ▁Jacob . ▁ ( S el ah . )
▁El ▁no s ▁el e g irá ▁nuestra s ▁heredad es ; ▁la ▁her mos ura ▁de ▁Jacob , ▁al ▁cual ▁am ó . ▁ ( S el ah . )
▁Re in ó ▁Dios ▁sobre ▁las ▁gente s : ▁as en t óse ▁Dios ▁sobre ▁su ▁santo ▁trono .
▁Dios ▁en ▁sus ▁pa la ci os ▁es ▁conoc ido ▁por ▁re f u g i o .
▁C on ▁vi en to ▁so la no ▁ qui e bra s ▁tú ▁las ▁ n ave s ▁de ▁Tha r s is .
▁A le g r arás e ▁el ▁monte ▁de ▁Si ón ; ▁se ▁go z arán ▁las ▁hijas ▁de ▁Judá ▁por ▁tu s ▁juicio s .
▁A l ▁M ú s i co ▁principal : ▁Sal mo ▁para ▁los ▁hijos ▁de ▁C o ré . ▁O I D ▁esto , ▁pueblo s ▁todos ; ▁es cu ch ad , ▁habita do res ▁todos ▁del ▁mu ndo :
▁¿ Por ▁qué ▁he ▁de ▁tem er ▁en ▁los ▁días ▁de ▁a d ver s i dad , ▁cuando ▁la ▁iniquidad ▁de ▁mis ▁in s i di ado res ▁me ▁cerca re ?
▁Que ▁viva ▁a de l an te ▁para ▁siempre , ▁y ▁ nunc a ▁ve a ▁la ▁se p u l t ura .
▁Este ▁su ▁camino ▁es ▁su ▁lo cu ra : ▁con ▁todo , ▁cor re n ▁sus ▁descend iente s ▁por ▁el ▁dicho ▁de ▁ellos . ▁ ( S el ah . )
▁Porque ▁en ▁mu r iendo ▁no ▁llev ará ▁nada , ▁ni ▁descend e rá ▁tras ▁él ▁su ▁gloria .
▁Sal mo ▁de ▁As a ph . ▁E L ▁Dios ▁de ▁dioses , ▁Jehová , ▁ha ▁hablado , ▁y ▁con v o c ado ▁la ▁tierra ▁de s de ▁el ▁nac imiento ▁del ▁so l ▁hast a ▁don de ▁se ▁pon e .
▁ J un ta d me ▁mis ▁santo s ; ▁los ▁que ▁hicieron ▁conmigo ▁pacto ▁con ▁sacrificio .
▁No ▁tomar é ▁de ▁tu ▁casa ▁becerro s , ▁ni ▁macho s ▁cabrío s ▁de ▁tu s ▁ap ri s co s .
▁¿ T en go ▁de ▁come r ▁yo ▁carne ▁de ▁to ro s , ▁ó ▁de ▁beber ▁sangre ▁de ▁macho s ▁cabrío s ?
▁P ue s ▁que ▁tú ▁aborrec es ▁el ▁cast i go , ▁y ▁echa s ▁á ▁tu ▁es pa l da ▁mis ▁palabras ?
▁Esta s ▁cosas ▁ hi c iste , ▁y ▁yo ▁he ▁ca l l ado : ▁pe n s aba s ▁que ▁de ▁cierto ▁ser ía ▁yo ▁ como ▁tú : ▁yo ▁te ▁ar g ü i ré , ▁y ▁pondré la s ▁delante ▁de ▁tu s ▁ojos .
▁L á v a me ▁más ▁y ▁más ▁de ▁mi ▁mal dad , ▁y ▁ l í m p i a me ▁de ▁mi ▁pecado .
▁He ▁aquí , ▁tú ▁am as ▁la ▁ver dad ▁en ▁lo ▁ í n t im o : ▁y ▁en ▁lo ▁secret o ▁me ▁has ▁hecho ▁com p re n der ▁sabiduría .
▁C re a ▁en ▁mí , ▁ o h ▁Dios , ▁un ▁corazón ▁limpio ; ▁y ▁re n ue v a ▁un ▁espíritu ▁rec to ▁dentro ▁de ▁mí .
▁L í bra me ▁de ▁ho mi ci di os , ▁ o h ▁Dios , ▁Dios ▁de ▁mi ▁sal ud : ▁can t ará ▁mi ▁le n gu a ▁tu ▁justicia .
▁Ha z ▁bien ▁con ▁tu ▁be n e v o l en ci a ▁á ▁Si ón : ▁edifica ▁los ▁mu ro s ▁de ▁Jerusalem .
▁A m aste ▁el ▁mal ▁más ▁que ▁el ▁bien ; ▁la ▁men t i ra ▁más ▁que ▁hablar ▁justicia . ▁ ( S el ah . )
▁He ▁aquí ▁el ▁hombre ▁que ▁no ▁puso ▁á ▁Dios ▁por ▁su ▁fortaleza , ▁sin o ▁que ▁con f ió ▁en ▁la ▁multitud ▁de ▁sus ▁ ri que za s , ▁y ▁se ▁man tu v o ▁en ▁su ▁mal dad .
▁Dios ▁de s de ▁los ▁cielo s ▁miró ▁sobre ▁los ▁hijos ▁de ▁los ▁hombres , ▁por ▁ver ▁si ▁hay ▁al g ún ▁en te nd ido ▁que ▁bu s que ▁á ▁Dios .
▁ ¡ O h ▁qu ién ▁die se ▁de ▁Si ón ▁sal ud es ▁á ▁Israel ! ▁En ▁ v o l viendo ▁Dios ▁la ▁ca u t i vi dad ▁de ▁su ▁pueblo , ▁go za r se ▁ha ▁Jacob , ▁y ▁alegr arás e ▁Israel .
▁He ▁aquí , ▁Dios ▁es ▁el ▁que ▁me ▁a y ud a ; ▁el ▁Señor ▁es ▁con ▁los ▁que ▁so st i en en ▁mi ▁vida .
▁A l ▁M ú s i co ▁principal : ▁en ▁N e g in oth : ▁Mas qui l ▁de ▁David . ▁E S C U C H A , ▁ o h ▁Dios , ▁mi ▁or ación , ▁y ▁no ▁te ▁escond as ▁de ▁mi ▁s ú p li ca .
▁T em or ▁y ▁tem b l or ▁vinieron ▁sobre ▁mí , ▁y ▁te r ro r ▁me ▁ha ▁cu bi er to .
▁De s h a ce , ▁ o h ▁Señor , ▁di vi de ▁la ▁le n gu a ▁de ▁ellos ; ▁por que ▁he ▁visto ▁vi o l en ci a ▁y ▁re n ci l la ▁en ▁la ▁ciudad .
▁Mas ▁tú , ▁hombre , ▁al ▁par e cer ▁ í n t im o ▁mío , ▁mi ▁ gu ía , ▁y ▁mi ▁familia r :
▁T ar de ▁y ▁mañana ▁y ▁á ▁medio ▁día ▁or aré ▁y ▁clama ré ; ▁y ▁él ▁oir á ▁mi ▁voz .
▁A b la nd an ▁más ▁que ▁man te ca ▁su ▁boca , ▁per o ▁guerra ▁hay ▁en ▁su ▁corazón : ▁su a vi za n ▁sus ▁palabras ▁más ▁que ▁el ▁aceite , ▁mas ▁ella s ▁son ▁cuchillo s .
▁A p ú ra n me ▁mis ▁enemigos ▁ cada ▁día ; ▁por que ▁mucho s ▁son ▁los ▁que ▁pe le an ▁contra ▁mí , ▁ o h ▁A l t í s im o .
▁Re ún en se , ▁es c ón de n se , ▁mira n ▁ellos ▁at enta mente ▁mis ▁pa s os , ▁es per ando ▁mi ▁vida .
▁En ▁Dios ▁al aba ré ▁su ▁palabra ; ▁en ▁Jehová ▁al aba ré ▁su ▁palabra .
▁A l ▁M ú s i co ▁principal : ▁sobre ▁No ▁de st r u y as : ▁Mi ch t am ▁de ▁David , ▁cuando ▁huyó ▁de ▁delante ▁de ▁Saúl ▁á ▁la ▁cueva . ▁T E N ▁misericordia ▁de ▁mí , ▁ o h ▁Dios , ▁ten ▁misericordia ▁de ▁mí ; ▁por que ▁en ▁ti ▁ha ▁con f i ado ▁mi ▁alma , ▁y ▁en ▁la ▁so m bra ▁de ▁tu s ▁al as ▁me ▁am para ré , ▁hast a ▁que ▁pa s en ▁los ▁que bra n to s .
▁En s á l za te ▁sobre ▁los ▁cielo s , ▁ o h ▁Dios ; ▁sobre ▁toda ▁la ▁tierra ▁tu ▁gloria .
▁A l aba r te ▁he ▁en ▁los ▁pueblo s , ▁ o h ▁Señor ; ▁can t aré ▁de ▁ti ▁en ▁las ▁ n a ciones .
▁A n te s ▁con ▁el ▁corazón ▁ob r áis ▁iniquidad es : ▁ha c éis ▁pe s ar ▁la ▁vi o l en ci a ▁de ▁vuestras ▁manos ▁en ▁la ▁tierra .
▁O h ▁Dios , ▁ qui e bra ▁sus ▁d iente s ▁en ▁sus ▁boca s : ▁ qui e bra , ▁ o h ▁Jehová , ▁las ▁mu el as ▁de ▁los ▁le on ci l los .
▁A le g r arás e ▁el ▁just o ▁cuando ▁ vier e ▁la ▁ven ga n za : ▁sus ▁pie s ▁lavará ▁en ▁la ▁sangre ▁del ▁imp í o .
▁Porque ▁he ▁aquí ▁están ▁a ce ch ando ▁mi ▁vida : ▁han se ▁junt ado ▁contra ▁mí ▁fuerte s , ▁no ▁por ▁falta ▁mí a , ▁ni ▁pecado ▁mío , ▁ o h ▁Jehová .
▁He ▁aquí ▁pro f er irá n ▁con ▁su ▁boca ; ▁cuchillo s ▁están ▁en ▁sus ▁la bi os , ▁por que ▁di ce n : ▁¿ Quién ▁ o y e ?
▁No ▁los ▁mata rás , ▁por que ▁mi ▁pueblo ▁no ▁se ▁ o l vi de : ▁ha z los ▁va gar ▁con ▁tu ▁fortaleza ; ▁y ▁a b á te los , ▁ o h ▁Jehová , ▁es cu do ▁nuestro ,
▁And en ▁ellos ▁ er ra n te s ▁para ▁halla r ▁qué ▁come r : ▁y ▁si ▁no ▁se ▁s a ci ar en , ▁murmur en .
▁Hi c iste ▁tem b l ar ▁la ▁tierra , ▁abr í s te la : ▁s an a ▁sus ▁ qui e bra s , ▁por que ▁ti tu be a .
▁Dios ▁pro nunc ió ▁por ▁su ▁santuario ; ▁yo ▁me ▁alegr aré ; ▁part i ré ▁á ▁Sichêm , ▁y ▁me di ré ▁el ▁valle ▁de ▁Succoth .
▁C iertamente , ▁tú , ▁ o h ▁Dios , ▁que ▁no s ▁había s ▁de se ch ado ; ▁y ▁no ▁sal ía s , ▁ o h ▁Dios , ▁con ▁nuestro s ▁ejército s .
▁De s de ▁el ▁cabo ▁de ▁la ▁tierra ▁clama ré ▁á ▁ti , ▁cuando ▁mi ▁corazón ▁de s ma y are : ▁á ▁la ▁peña ▁más ▁al ta ▁que ▁yo ▁me ▁con d u z ca s .
▁ D ía s ▁sobre ▁días ▁a ñ ad irá s ▁al ▁rey : ▁sus ▁años ▁serán ▁ como ▁generación ▁y ▁generación .
▁El ▁solamente ▁es ▁mi ▁fuerte , ▁y ▁mi ▁sal ud ; ▁es ▁mi ▁re f u g i o , ▁no ▁re s ba l aré ▁mucho .
▁El ▁solamente ▁es ▁mi ▁fuerte ▁y ▁mí ▁sal ud : ▁es ▁mi ▁re f u g i o , ▁no ▁re s ba l aré .
▁No ▁con f i éis ▁en ▁la ▁vi o l en ci a , ▁ni ▁en ▁la ▁ ra p i ñ a ; ▁no ▁os ▁en v an e z c áis : ▁si ▁se ▁a u ment are ▁la ▁haci en da , ▁no ▁pon g áis ▁el ▁corazón ▁en ▁ella .
▁Para ▁ver ▁tu ▁fortaleza ▁y ▁tu ▁gloria , ▁así ▁ como ▁te ▁he ▁mira do ▁en ▁el ▁santuario .
▁Cuan do ▁me ▁a co r d aré ▁de ▁ti ▁en ▁mi ▁le ch o , ▁cuando ▁me di t aré ▁de ▁ti ▁en ▁las ▁ve la s ▁de ▁la ▁noche .
▁De st r u irá n los ▁á ▁f i lo ▁de ▁espada ; ▁serán ▁por ción ▁de ▁las ▁ z or ra s .
▁Que ▁am o l aron ▁su ▁le n gu a ▁ como ▁cuchillo , ▁y ▁arm aron ▁por ▁su ▁s a e ta ▁palabra ▁am ar ga ;
▁Mas ▁Dios ▁los ▁her irá ▁con ▁s a e ta ; ▁de ▁re p ente ▁serán ▁sus ▁plaga s .
▁A l ▁M ú s i co ▁principal : ▁Sal mo : ▁C án t i co ▁de ▁David . ▁A ▁T I ▁es ▁p l á ci da ▁la ▁al aban za ▁en ▁Si ón , ▁ o h ▁Dios : ▁y ▁á ▁ti ▁se ▁pa g arán ▁los ▁voto s .
▁C on ▁ t re me n das ▁cosas , ▁en ▁justicia , ▁no s ▁respond e rás ▁tú , ▁ o h ▁Dios ▁de ▁nuestra ▁sal ud , ▁es per an za ▁de ▁todos ▁los ▁término s ▁de ▁la ▁tierra , ▁y ▁de ▁los ▁más ▁re mo to s ▁con f in es ▁de ▁la ▁mar .
▁ V is itas ▁la ▁tierra , ▁y ▁la ▁ ri e ga s : ▁en ▁gran ▁manera ▁la ▁en ri que ce s ▁con ▁el ▁río ▁de ▁Dios , ▁lleno ▁de ▁aguas : ▁pre para s ▁el ▁gran o ▁de ▁ellos , ▁cuando ▁así ▁la ▁di s p on es .
▁ V í st en se ▁los ▁ l la nos ▁de ▁man ada s , ▁y ▁los ▁valle s ▁se ▁cu bre n ▁de ▁gran o : ▁da n ▁voces ▁de ▁ j ú bi lo , ▁y ▁aun ▁can t an .
▁T o da ▁la ▁tierra ▁te ▁a dor ará , ▁y ▁can t ará ▁á ▁ti ; ▁can t arán ▁á ▁tu ▁nombre . ▁ ( S el ah . )
▁Be n de ci d , ▁pueblo s , ▁á ▁nuestro ▁Dios , ▁y ▁ha c ed ▁oir ▁la ▁voz ▁de ▁su ▁al aban za .
▁ H om bre s ▁ hi c iste ▁subir ▁sobre ▁nuestra ▁cabeza ; ▁entr a mos ▁en ▁fuego ▁y ▁en ▁aguas , ▁y ▁s a c ás te nos ▁á ▁ha r t ura .
▁Ve n id , ▁ o id ▁todos ▁los ▁que ▁tem éis ▁á ▁Dios , ▁y ▁con t aré ▁lo ▁que ▁ha ▁hecho ▁á ▁mi ▁alma .
▁Be n di to ▁Dios , ▁que ▁no ▁echó ▁de ▁sí ▁mi ▁or ación , ▁ni ▁de ▁mí ▁su ▁misericordia .
▁A l é g re n se ▁y ▁ g ó ce n se ▁las ▁gente s ; ▁por que ▁juzg arás ▁los ▁pueblo s ▁con ▁ e qui dad , ▁y ▁pa s to re arás ▁las ▁ n a ciones ▁en ▁la ▁tierra . ▁ ( S el ah . )
▁A l ▁M ú s i co ▁principal : ▁Sal mo ▁de ▁David : ▁C an ción . ▁L E V Á N T E S E ▁Dios , ▁sea n ▁esparci do s ▁sus ▁enemigos , ▁y ▁ hu y an ▁de ▁su ▁presencia ▁los ▁que ▁le ▁aborrec en .
▁P ad re ▁de ▁ hu é r f an os ▁y ▁de f en s or ▁de ▁vi u das , ▁es ▁Dios ▁en ▁la ▁mor ada ▁de ▁su ▁santuario :
▁A b un d an te ▁ l l u vi a ▁esparci s te , ▁ o h ▁Dios , ▁á ▁tu ▁heredad ; ▁y ▁cuando ▁se ▁can s ó , ▁tú ▁la ▁rec re aste .
▁B i en ▁que ▁f u i steis ▁echa do s ▁entre ▁los ▁ti est os , ▁se réis ▁ como ▁las ▁al as ▁de ▁la ▁pa lo ma ▁cubierta ▁de ▁plata , ▁y ▁sus ▁p l u ma s ▁con ▁am ar ill e z ▁de ▁oro .
▁Lo s ▁carro s ▁de ▁Dios ▁son ▁veinte ▁mil , ▁y ▁más ▁mil la res ▁de ▁ángel es . ▁El ▁Señor ▁entre ▁ellos , ▁ como ▁en ▁Sinaí , ▁así ▁en ▁el ▁santuario .
▁C iertamente ▁Dios ▁her irá ▁la ▁cabeza ▁de ▁sus ▁enemigos , ▁la ▁ca be l l ud a ▁mo l le ra ▁del ▁que ▁ca mi n a ▁en ▁sus ▁pecado s .
▁Lo s ▁can to res ▁iba n ▁delante , ▁los ▁ ta ñ ed o res ▁de t rás ; ▁en ▁medio , ▁las ▁don ce l la s ▁con ▁a d u f es .
▁Por ▁ ra z ón ▁de ▁tu ▁templo ▁en ▁Jerusalem ▁los ▁reyes ▁te ▁ofrecerá n ▁done s .
▁A l ▁que ▁ca ba l ga ▁sobre ▁los ▁cielo s ▁de ▁los ▁cielo s ▁que ▁son ▁de ▁an t i gu o : ▁he ▁aquí ▁á ▁su ▁voz ▁dará ▁voz ▁de ▁fortaleza .
▁E s to y ▁ hu nd ido ▁en ▁cien o ▁pro f u ndo , ▁don de ▁no ▁hay ▁pie : ▁he ▁venido ▁á ▁a bi s mos ▁de ▁aguas , ▁y ▁la ▁cor r iente ▁me ▁ha ▁an e g ado .
▁No ▁sea n ▁a ver g on z ados ▁por ▁mi ▁causa ▁los ▁que ▁te ▁es per an , ▁ o h ▁Señor ▁Jehová ▁de ▁los ▁ejército s ; ▁no ▁sea n ▁con f u s os ▁por ▁mí ▁los ▁que ▁te ▁busca n , ▁ o h ▁Dios ▁de ▁Israel .
▁Y ▁ l lo ré ▁aflig iendo ▁con ▁a y un o ▁mi ▁alma ; ▁y ▁esto ▁me ▁ha ▁sido ▁por ▁a f r enta .
▁S á ca me ▁del ▁lo do , ▁y ▁no ▁sea ▁yo ▁su m er g ido : ▁sea ▁yo ▁li b er t ado ▁de ▁los ▁que ▁me ▁aborrec en , ▁y ▁del ▁pro f u ndo ▁de ▁las ▁aguas .
▁A c é r ca te ▁á ▁mi ▁alma , ▁re d í me la : ▁ l í bra me ▁á ▁causa ▁de ▁mis ▁enemigos .
▁Se a ▁su ▁me s a ▁delante ▁de ▁ellos ▁por ▁la zo , ▁y ▁lo ▁que ▁es ▁para ▁bien ▁por ▁ t ro p i e zo .
▁Porque ▁per s i gu ieron ▁al ▁que ▁tú ▁her iste ; ▁y ▁cu enta n ▁del ▁do l or ▁de ▁los ▁que ▁tú ▁llaga s te .
▁A l aba ré ▁yo ▁el ▁nombre ▁de ▁Dios ▁con ▁c án t i co , ▁en s al za ré lo ▁con ▁al aban za .
▁A l á b en lo ▁los ▁cielo s ▁y ▁la ▁tierra , ▁los ▁mar es , ▁y ▁todo ▁lo ▁que ▁se ▁mu e v e ▁en ▁ellos .
▁Se an ▁a ver g on z ados ▁y ▁con f u s os ▁los ▁que ▁busca n ▁mi ▁vida ; ▁sea n ▁vuelto s ▁at rás ▁y ▁a ver g on z ados ▁los ▁que ▁mi ▁mal ▁de se an .
▁E N ▁ti , ▁ o h ▁Jehová , ▁he ▁es per ado ; ▁no ▁sea ▁yo ▁con f u s o ▁para ▁siempre .
▁Porque ▁tú , ▁ o h ▁Señor ▁Jehová , ▁eres ▁mi ▁es per an za : ▁se gu ri dad ▁mí a ▁de s de ▁mi ▁ j u v en t ud .
▁No ▁me ▁de se ch es ▁en ▁el ▁tiempo ▁de ▁la ▁ve je z ; ▁cuando ▁mi ▁fuerza ▁se ▁acaba re , ▁no ▁me ▁de s am pa res .
▁Se an ▁a ver g on z ados , ▁fall e z ca n ▁los ▁a d ver s ar i os ▁de ▁mi ▁alma ; ▁sea n ▁cu bi er to s ▁de ▁ver g ü en za ▁y ▁de ▁con f u s ió n ▁los ▁que ▁mi ▁mal ▁busca n .
▁O h ▁Dios , ▁en se ñ ás te me ▁de s de ▁mi ▁mo ce dad ; ▁y ▁hast a ▁ahora ▁he ▁man i f est ado ▁tu s ▁mar a vi l la s .
▁A u ment arás ▁mi ▁grande za , ▁y ▁volver ás ▁á ▁con s o l ar me .
▁Para ▁Salomón . ▁O H ▁Dios , ▁da ▁tu s ▁juicio s ▁al ▁rey , ▁y ▁tu ▁justicia ▁al ▁hijo ▁del ▁rey .
▁T em er te ▁han ▁mi en tra s ▁d ur en ▁el ▁so l ▁y ▁la ▁lu n a , ▁por ▁generación ▁de ▁generaciones .
▁De l an te ▁de ▁él ▁se ▁postr arán ▁los ▁E t i o pe s ; ▁y ▁sus ▁enemigos ▁la me rán ▁la ▁tierra .
▁T en d rá ▁misericordia ▁del ▁p o bre ▁y ▁del ▁men est eros o , ▁y ▁salva rá ▁las ▁alma s ▁de ▁los ▁p o bre s .
▁Se rá ▁su ▁nombre ▁para ▁siempre , ▁perpetua rás e ▁su ▁nombre ▁mi en tra s ▁el ▁so l ▁d u re : ▁y ▁be nd itas ▁serán ▁en ▁él ▁todas ▁las ▁gente s : ▁llamar lo ▁han ▁bien ave n t ur ado .
▁Sal mo ▁de ▁As a ph . ▁C I E R T A M E N T E ▁bueno ▁es ▁Dios ▁á ▁Israel , ▁á ▁los ▁limpio s ▁de ▁corazón .
▁No ▁están ▁ellos ▁en ▁el ▁tra ba jo ▁ hu man o ; ▁ni ▁son ▁a zo t ados ▁con ▁los ▁otro s ▁hombres .
▁P on en ▁en ▁el ▁cielo ▁su ▁boca , ▁y ▁su ▁le n gu a ▁pa se a ▁la ▁tierra .
▁Ve r dad er amente ▁en ▁va no ▁he ▁limpia do ▁mi ▁corazón , ▁y ▁la v ado ▁mis ▁manos ▁en ▁in o ce n ci a ;
▁Ha s ta ▁que ▁venido ▁al ▁santuario ▁de ▁Dios , ▁en t en de ré ▁la ▁postr im er ía ▁de ▁ellos .
▁De s az on óse ▁á ▁la ▁ver dad ▁mi ▁corazón , ▁y ▁en ▁mis ▁ ri ñ on es ▁sent ía ▁pu n za das .
▁¿ A ▁qu ién ▁ten go ▁yo ▁en ▁los ▁cielo s ? ▁Y ▁fuera ▁de ▁ti ▁nada ▁de se o ▁en ▁la ▁tierra .
▁Mas qui l ▁de ▁As a ph . ▁¿ P O R ▁qué , ▁ o h ▁Dios , ▁no s ▁has ▁de se ch ado ▁para ▁siempre ? ▁¿ por ▁qué ▁ha ▁ hu me ado ▁tu ▁furor ▁contra ▁las ▁ovejas ▁de ▁tu ▁de h es a ?
▁Cualquier a ▁se ▁hacía ▁f a mos o ▁seg ún ▁que ▁había ▁levant ado ▁el ▁ha ch a ▁sobre ▁los ▁gr ue s os ▁made ro s .
▁No ▁ve mos ▁y a ▁nuestra s ▁señal es : ▁no ▁hay ▁más ▁profeta ; ▁ni ▁con ▁nosotros ▁hay ▁quien ▁se pa ▁hast a ▁cu ándo .
▁T ú ▁he nd iste ▁la ▁mar ▁con ▁tu ▁fortaleza : ▁que bra n t aste ▁cabeza s ▁de ▁ba l l en as ▁en ▁las ▁aguas .
▁T ú ▁esta ble c iste ▁todos ▁los ▁término s ▁de ▁la ▁tierra : ▁el ▁ver an o ▁y ▁el ▁in vier no ▁tú ▁los ▁for m aste .
▁No ▁ v ue l v a ▁a ver g on z ado ▁el ▁ aba t ido : ▁el ▁aflig ido ▁y ▁el ▁men est eros o ▁al aba rán ▁tu ▁nombre .
▁Cuan do ▁yo ▁tuviere ▁tiempo , ▁yo ▁juzg aré ▁rec t amente .
▁Porque ▁ni ▁de ▁or iente , ▁ni ▁de ▁occidente , ▁ni ▁del ▁desierto ▁viene ▁el ▁en s al z amiento ▁ .
▁Y ▁que bra ré ▁todos ▁los ▁cu er nos ▁de ▁los ▁pecado res : ▁los ▁cu er nos ▁del ▁just o ▁serán ▁en s al z ados .
▁I l u st re ▁eres ▁tú ; ▁fuerte , ▁más ▁que ▁los ▁monte s ▁de ▁ca za .
▁De s de ▁los ▁cielo s ▁ hi c iste ▁oir ▁juicio ; ▁la ▁tierra ▁tuvo ▁tem or ▁y ▁quedó ▁sus p en s a ,
▁C or t ará ▁él ▁el ▁espíritu ▁de ▁los ▁príncipes : ▁te r ri ble ▁es ▁á ▁los ▁reyes ▁de ▁la ▁tierra .
▁T en ía s ▁los ▁p á r p ados ▁de ▁mis ▁ojos : ▁estaba ▁yo ▁que bra n t ado , ▁y ▁no ▁habla ba .
▁¿ H a se ▁acaba do ▁para ▁siempre ▁su ▁misericordia ? ▁¿ h a se ▁acaba do ▁la ▁palabra ▁su y a ▁para ▁generación ▁y ▁generación ?
▁Y ▁me di t aré ▁en ▁todas ▁tu s ▁obra s , ▁y ▁hablar é ▁de ▁tu s ▁hecho s .
▁ V i é ron te ▁las ▁aguas , ▁ o h ▁Dios ; ▁vi é ron te ▁las ▁aguas , ▁tem ieron ; ▁y ▁tem b l aron ▁los ▁a bi s mos .
▁C on d u j iste ▁á ▁tu ▁pueblo ▁ como ▁ovejas , ▁por ▁mano ▁de ▁Moisés ▁y ▁de ▁Aarón .
▁No ▁las ▁en cu b ri remos ▁á ▁sus ▁hijos , ▁con t ando ▁á ▁la ▁generación ▁ven i de ra ▁las ▁al aban za s ▁de ▁Jehová , ▁y ▁su ▁fortaleza , ▁y ▁sus ▁mar a vi l la s ▁que ▁hizo .
▁Y ▁no ▁sea n ▁ como ▁sus ▁padres , ▁generación ▁con tu ma z ▁y ▁rebel de ; ▁generación ▁que ▁no ▁a per ci b ió ▁su ▁corazón , ▁ni ▁fué ▁f i el ▁para ▁con ▁Dios ▁su ▁espíritu .
▁De l an te ▁de ▁sus ▁padres ▁hizo ▁mar a vi l la s ▁en ▁la ▁tierra ▁de ▁Egipto , ▁en ▁el ▁campo ▁de ▁Z o án .
▁P ue s ▁sacó ▁de ▁la ▁peña ▁cor r iente s , ▁é ▁hizo ▁descend er ▁aguas ▁ como ▁río s .
▁He ▁aquí ▁ha ▁her ido ▁la ▁peña , ▁y ▁cor r ieron ▁aguas , ▁y ▁arroyo s ▁salieron ▁on de ando : ▁¿ p o d rá ▁también ▁dar ▁pan ? ▁¿ a p are ja rá ▁carne ▁á ▁su ▁pueblo ?
▁E ▁hizo ▁ l lo ver ▁sobre ▁ellos ▁man á ▁para ▁come r , ▁y ▁dió les ▁trigo ▁de ▁los ▁cielo s .
▁E ▁ h í zo la s ▁ca er ▁en ▁medio ▁de ▁su ▁campo , ▁alrededor ▁de ▁sus ▁tienda s .
▁C on ▁todo ▁esto ▁pecar on ▁a ún , ▁y ▁no ▁d ieron ▁c ré di to ▁á ▁sus ▁mar a vi l la s .
▁Mas ▁le ▁li s on je aban ▁con ▁su ▁boca , ▁y ▁con ▁su ▁le n gu a ▁le ▁men t ían :
▁ ¡ C u án ta s ▁veces ▁lo ▁en s a ñ aron ▁en ▁el ▁desierto , ▁lo ▁enoj aron ▁en ▁la ▁so le dad !
▁Y ▁volvió ▁sus ▁río s ▁en ▁sangre , ▁y ▁sus ▁cor r iente s , ▁por que ▁no ▁be bi es en .
▁Y ▁entregó ▁al ▁p ed ri s co ▁sus ▁bestia s , ▁y ▁al ▁fuego ▁sus ▁ganado s .
▁E mpero ▁hizo ▁sal ir ▁á ▁su ▁pueblo ▁ como ▁ovejas , ▁y ▁llev ólo s ▁por ▁el ▁desierto , ▁ como ▁un ▁re ba ñ o .
▁Mas ▁tent aron ▁y ▁enoj aron ▁al ▁Dios ▁A l t í s im o , ▁y ▁no ▁guarda ron ▁sus ▁testimonio s ;
▁De j ó ▁por ▁tanto ▁el ▁tabernáculo ▁de ▁Si lo , ▁la ▁tienda ▁en ▁que ▁habitó ▁entre ▁los ▁hombres ;
▁Su s ▁sacerdote s ▁ca y e ron ▁á ▁cuchillo , ▁y ▁sus ▁vi u das ▁no ▁la ment aron .
▁Si no ▁que ▁es co g ió ▁la ▁tribu ▁de ▁Judá , ▁el ▁monte ▁de ▁Si ón , ▁al ▁cual ▁am ó .
▁Y ▁a pa ce n t ólo s ▁con ▁enter e za ▁de ▁su ▁corazón ; ▁y ▁pa s to re ólo s ▁con ▁la ▁per i ci a ▁de ▁sus ▁manos .
▁So mos ▁a f r enta do s ▁de ▁nuestro s ▁ve ci nos , ▁es c ar n e c ido s ▁y ▁bu r l ados ▁de ▁los ▁que ▁están ▁en ▁nuestro s ▁alrededor es .
▁No ▁re cu er de s ▁contra ▁nosotros ▁las ▁iniquidad es ▁an t i gu as : ▁an t i c í p en nos ▁pre s to ▁tu s ▁misericordia s , ▁por que ▁esta mos ▁mu y ▁ aba t ido s .
▁Y ▁torn a ▁á ▁nuestro s ▁ve ci nos ▁en ▁su ▁se no ▁siete ▁tanto s ▁de ▁su ▁in f am i a , ▁con ▁que ▁te ▁han ▁de s h on r ado , ▁ o h ▁Jehová .
▁O h ▁Dios , ▁ha z nos ▁torn ar ; ▁y ▁ha z ▁re s p l an de cer ▁tu ▁rostro , ▁y ▁se remos ▁sal v os .
▁O h ▁Dios ▁de ▁los ▁ejército s , ▁ha z nos ▁torn ar ; ▁y ▁ha z ▁re s p l an de cer ▁tu ▁rostro , ▁y ▁se remos ▁sal v os .
▁E x te nd ió ▁sus ▁ v ás ta go s ▁hast a ▁la ▁mar , ▁y ▁hast a ▁el ▁río ▁sus ▁mu g ron es .
▁Y ▁la ▁plant a ▁que ▁plant ó ▁tu ▁die s tra , ▁y ▁el ▁re n ue v o ▁que ▁para ▁ti ▁cor ro b or aste .
▁O h ▁Jehová , ▁Dios ▁de ▁los ▁ejército s , ▁ha z nos ▁torn ar ; ▁ha z ▁re s p l an de cer ▁tu ▁rostro , ▁y ▁se remos ▁sal v os .
▁Porque ▁estatuto ▁es ▁de ▁Israel , ▁orden an za ▁del ▁Dios ▁de ▁Jacob .
▁O y e , ▁pueblo ▁mío , ▁y ▁te ▁pro t est aré . ▁Israel , ▁si ▁me ▁ o y er es ,
▁De j é los ▁por ▁tanto ▁á ▁la ▁d u re za ▁de ▁su ▁corazón : ▁ca mi n aron ▁en ▁sus ▁con se jo s .
▁Y ▁Dios ▁lo ▁ hu bi er a ▁man t en ido ▁de ▁gr os ura ▁de ▁trigo : ▁y ▁de ▁mi el ▁de ▁la ▁piedra ▁te ▁ hu bi er a ▁s a ci ado .
▁L i bra d ▁al ▁aflig ido ▁y ▁al ▁ n e ce s ita do : ▁libr ad lo ▁de ▁mano ▁de ▁los ▁imp í os .
▁Levántate , ▁ o h ▁Dios , ▁juzg a ▁la ▁tierra : ▁por que ▁tú ▁her ed arás ▁en ▁todas ▁las ▁gente s .
▁Ha n ▁dicho : ▁Ve n id , ▁y ▁cor t é mos los ▁de ▁ser ▁pueblo , ▁y ▁no ▁haya ▁más ▁memoria ▁del ▁nombre ▁de ▁Israel .
▁T ambién ▁el ▁As s ur ▁se ▁ha ▁junt ado ▁con ▁ellos : ▁son ▁por ▁brazo ▁á ▁los ▁hijos ▁de ▁Lo t . ▁ ( S el ah . )
▁Que ▁han ▁dicho : ▁He r ed emos ▁para ▁nosotros ▁las ▁mor ada s ▁de ▁Dios .
▁L l en a ▁sus ▁rostro s ▁de ▁ver g ü en za ; ▁y ▁bu s que n ▁tu ▁nombre , ▁ o h ▁Jehová .
▁C o di ci a ▁y ▁aun ▁ar d iente mente ▁de se a ▁mi ▁alma ▁los ▁atrio s ▁de ▁Jehová : ▁mi ▁corazón ▁y ▁mi ▁carne ▁can t an ▁al ▁Dios ▁vi v o .
▁A t r ave s ando ▁el ▁valle ▁de ▁B a ca ▁p ón en le ▁por ▁fuente , ▁cuando ▁la ▁ l l u vi a ▁llena ▁los ▁esta n que s .
▁Porque ▁mejor ▁es ▁un ▁día ▁en ▁tu s ▁atrio s ▁que ▁mil ▁fuera ▁de ▁ellos : ▁es co g er ía ▁antes ▁esta r ▁á ▁la ▁puerta ▁de ▁la ▁casa ▁de ▁mi ▁Dios , ▁que ▁habita r ▁en ▁las ▁mor ada s ▁de ▁mal dad .
▁P er do n aste ▁la ▁iniquidad ▁de ▁tu ▁pueblo ; ▁todos ▁los ▁pecado s ▁de ▁ellos ▁cu b r iste . ▁ ( S el ah . )
▁¿ No ▁volver ás ▁tú ▁á ▁dar nos ▁vida , ▁y ▁tu ▁pueblo ▁se ▁alegr ará ▁en ▁ti ?
▁La ▁misericordia ▁y ▁la ▁ver dad ▁se ▁encontr aron : ▁la ▁justicia ▁y ▁la ▁paz ▁se ▁be s aron .
▁O r ación ▁de ▁David . ▁I N C L I N A , ▁ o h ▁Jehová , ▁tu ▁oído , ▁y ▁ó y e me ; ▁por que ▁esto y ▁aflig ido ▁y ▁men est eros o .
▁Porque ▁tú , ▁Señor , ▁eres ▁bueno ▁y ▁perdon ado r , ▁y ▁grande ▁en ▁misericordia ▁para ▁con ▁todos ▁los ▁que ▁te ▁in v o ca n .
▁T o das ▁las ▁gente s ▁que ▁ hi c iste ▁vendrá n ▁y ▁se ▁ hu m ill arán ▁delante ▁de ▁ti , ▁Señor ; ▁y ▁ g lo ri f i c arán ▁tu ▁nombre .
▁Porque ▁tu ▁misericordia ▁es ▁grande ▁para ▁conmigo ; ▁y ▁has ▁libr ado ▁mi ▁alma ▁del ▁hoy o ▁pro f u ndo .
▁Ha z ▁conmigo ▁señal ▁para ▁bien , ▁y ▁ v é an la ▁los ▁que ▁me ▁aborrec en , ▁y ▁sea n ▁a ver g on z ados ; ▁por que ▁tú , ▁Jehová , ▁me ▁a y ud aste , ▁y ▁me ▁con s o l aste .
▁Yo ▁me ▁a co r d aré ▁de ▁R ah ab ▁y ▁de ▁B ab il on i a ▁entre ▁los ▁que ▁me ▁conoc en : ▁he ▁aquí ▁P al est in a , ▁y ▁T i ro , ▁con ▁E t i o p ía : ▁éste ▁nac ió ▁all á .
▁C an ción : ▁Sal mo ▁para ▁los ▁hijos ▁de ▁C o ré : ▁al ▁M ú s i co ▁principal : ▁para ▁can t ar ▁sobre ▁Ma h al ath : ▁Mas qui l ▁de ▁He m án ▁E z r ah ita . ▁O H ▁Jehová , ▁Dios ▁de ▁mi ▁sal ud , ▁día ▁y ▁noche ▁c la mo ▁delante ▁de ▁ti .
▁L i bre ▁entre ▁los ▁muerto s , ▁ como ▁los ▁mata do s ▁que ▁y a ce n ▁en ▁el ▁se p u l c ro , ▁que ▁no ▁te ▁a cu er das ▁más ▁de ▁ellos , ▁y ▁que ▁son ▁cor t ados ▁de ▁tu ▁mano .
▁Mi s ▁ojos ▁en f er m aron ▁á ▁causa ▁de ▁mi ▁a f li c ción : ▁he te ▁llamado , ▁ o h ▁Jehová , ▁ cada ▁día ; ▁he ▁extend ido ▁á ▁ti ▁mis ▁manos .
▁Mas ▁yo ▁á ▁ti ▁he ▁clama do , ▁ o h ▁Jehová ; ▁y ▁de ▁mañana ▁mi ▁or ación ▁te ▁pre vi no ▁ .
▁Ha n me ▁rod e ado ▁ como ▁aguas ▁de ▁con t in u o ; ▁han me ▁cerca do ▁á ▁una .
▁Hi ce ▁alianza ▁con ▁mi ▁es co g ido ; ▁ j u ré ▁á ▁David ▁mi ▁siervo , ▁diciendo :
▁Dios ▁te r ri ble ▁en ▁la ▁grande ▁congregación ▁de ▁los ▁santo s , ▁y ▁for mi da ble ▁sobre ▁todos ▁cuanto s ▁están ▁alrededor ▁suyo .
▁T u y os ▁los ▁cielo s , ▁tu y a ▁también ▁la ▁tierra : ▁el ▁mu ndo ▁y ▁su ▁p l en i t ud , ▁tú ▁lo ▁f un d aste .
▁B i en ave n t ur ado ▁el ▁pueblo ▁que ▁sabe ▁a c l am ar te : ▁and arán , ▁ o h ▁Jehová , ▁á ▁la ▁lu z ▁de ▁tu ▁rostro .
▁Entonces ▁habla s te ▁en ▁vi s ió n ▁á ▁tu ▁santo , ▁y ▁di j iste : ▁Yo ▁he ▁puesto ▁el ▁so co r ro ▁sobre ▁va l iente ; ▁he ▁en s al z ado ▁un ▁es co g ido ▁de ▁mi ▁pueblo .
▁Mas ▁yo ▁que bra n t aré ▁delante ▁de ▁él ▁á ▁sus ▁enemigos , ▁y ▁her i ré ▁á ▁sus ▁aborrec ed o res .
▁Yo ▁también ▁le ▁pondré ▁por ▁primogénito , ▁al to ▁sobre ▁los ▁reyes ▁de ▁la ▁tierra .
▁Si ▁pro f an ar en ▁mis ▁estatuto s , ▁y ▁no ▁guarda re n ▁mis ▁mandamientos ;
▁Un a ▁vez ▁he ▁ j ur ado ▁por ▁mi ▁s an t i dad , ▁que ▁no ▁men t i ré ▁á ▁David .
▁R om p iste ▁el ▁pacto ▁de ▁tu ▁siervo ; ▁has ▁pro f an ado ▁su ▁cor on a ▁hast a ▁la ▁tierra .
▁E m b o t aste ▁a simismo ▁el ▁f i lo ▁de ▁su ▁espada , ▁y ▁no ▁lo ▁levant aste ▁en ▁la ▁batalla .
▁A cu é r da te ▁de ▁cu án ▁cor to ▁sea ▁mi ▁tiempo : ▁¿ por ▁qué ▁habrá s ▁criado ▁en ▁va no ▁á ▁todos ▁los ▁hijos ▁del ▁hombre ?
▁Porque ▁tu s ▁enemigos , ▁ o h ▁Jehová , ▁han ▁de s h on r ado , ▁por que ▁tu s ▁enemigos ▁han ▁de s h on r ado ▁los ▁pa s os ▁de ▁tu ▁ungido .
▁ V ue l v es ▁al ▁hombre ▁hast a ▁ser ▁que bra n t ado , ▁y ▁di ce s : ▁C on ver t í os , ▁hijos ▁de ▁los ▁hombres .
▁Porque ▁con ▁tu ▁furor ▁so mos ▁consum ido s , ▁y ▁con ▁tu ▁ir a ▁so mos ▁con t ur b ados .
▁¿ Quién ▁conoc e ▁la ▁fortaleza ▁de ▁tu ▁ir a , ▁y ▁tu ▁in di g n ación ▁seg ún ▁que ▁de be s ▁ser ▁tem ido ?
▁A l é g ra nos ▁conform e ▁á ▁los ▁días ▁que ▁no s ▁aflig iste , ▁y ▁los ▁años ▁que ▁vi mos ▁mal .
▁Di ré ▁yo ▁á ▁Jehová : ▁E s per an za ▁mí a , ▁y ▁cast ill o ▁mío ; ▁mi ▁Dios , ▁en ▁él ▁con f i aré .
▁N i ▁de ▁pe s til en ci a ▁que ▁and e ▁en ▁os cu ri dad , ▁ni ▁de ▁mor t an dad ▁que ▁en ▁medio ▁del ▁día ▁de st r u y a .
▁No ▁te ▁sobre v en d rá ▁mal , ▁ni ▁plaga ▁to c ará ▁tu ▁mor ada .
▁Por ▁cuanto ▁en ▁mí ▁ha ▁puesto ▁su ▁ v o l un ta d , ▁yo ▁también ▁lo ▁libr aré : ▁pondré lo ▁en ▁al to , ▁por ▁cuanto ▁ha ▁conoc ido ▁mi ▁nombre .
▁A nunc i ar ▁por ▁la ▁mañana ▁tu ▁misericordia , ▁y ▁tu ▁ver dad ▁en ▁las ▁noche s ,
▁El ▁hombre ▁ n e ci o ▁no ▁sabe , ▁y ▁el ▁in s en s a to ▁no ▁en t i en de ▁esto :
▁E mpero ▁tú ▁en s al za rás ▁mi ▁cu er no ▁ como ▁el ▁de ▁un i co r n i o : ▁se ré ▁ungido ▁con ▁aceite ▁f res co .
▁A un ▁en ▁la ▁ve je z ▁f r u c t i f i c arán ; ▁estará n ▁vi go ro s os ▁y ▁ver de s ;
▁A l z aron ▁los ▁río s , ▁ o h ▁Jehová , ▁al z aron ▁los ▁río s ▁su ▁son ido ; ▁al z aron ▁los ▁río s ▁sus ▁on das .
▁En s á l za te , ▁ o h ▁ J ue z ▁de ▁la ▁tierra : ▁da ▁el ▁pa go ▁á ▁los ▁so b er bi os .
▁A ▁la ▁vi ud a ▁y ▁al ▁ex t an je ro ▁mata n , ▁y ▁á ▁los ▁ hu é r f an os ▁qu ita n ▁la ▁vida .
▁El ▁que ▁cast i ga ▁las ▁gente s , ▁¿ no ▁re p re n de rá ? ▁¿ no ▁s ab rá ▁el ▁que ▁en se ñ a ▁al ▁hombre ▁la ▁cien ci a ?
▁Porque ▁no ▁dejar á ▁Jehová ▁su ▁pueblo , ▁ni ▁de s am para rá ▁su ▁heredad ;
▁Cuan do ▁yo ▁decía : ▁Mi ▁pie ▁re s ba la : ▁tu ▁misericordia , ▁ o h ▁Jehová , ▁me ▁sus t enta ba .
▁Mas ▁Jehová ▁me ▁ha ▁sido ▁por ▁re f u g i o ; ▁y ▁mi ▁Dios ▁por ▁ ro ca ▁de ▁mi ▁con f i an za .
▁Porque ▁Jehová ▁es ▁Dios ▁grande ; ▁y ▁Re y ▁grande ▁sobre ▁todos ▁los ▁dioses .
▁Porque ▁él ▁es ▁nuestro ▁Dios ; ▁nosotros ▁el ▁pueblo ▁de ▁su ▁de h es a , ▁y ▁ovejas ▁de ▁su ▁mano . ▁Si ▁hoy ▁ o y er e is ▁su ▁voz ,
▁Por ▁tanto ▁ j u ré ▁en ▁mi ▁furor ▁que ▁no ▁entrar ían ▁en ▁mi ▁reposo .
▁Porque ▁grande ▁es ▁Jehová , ▁y ▁di g no ▁de ▁su p re ma ▁al aban za ; ▁te r ri ble ▁sobre ▁todos ▁los ▁dioses .
▁Da d ▁á ▁Jehová ▁la ▁ho n ra ▁de bi da ▁á ▁su ▁nombre : ▁toma d ▁presente s , ▁y ▁ven id ▁á ▁sus ▁atrio s .
▁Re go c í je se ▁el ▁campo , ▁y ▁todo ▁lo ▁que ▁en ▁él ▁está : ▁entonces ▁todos ▁los ▁árbol es ▁del ▁bo s que ▁re b os arán ▁de ▁con t en to ,
▁F ue go ▁ irá ▁delante ▁de ▁él , ▁y ▁abr as ará ▁en ▁derredor ▁sus ▁enemigos .
▁A ver g ü é n ce n se ▁todos ▁los ▁que ▁sirv en ▁á ▁las ▁ im á g en es ▁de ▁tal la , ▁los ▁que ▁se ▁al aban ▁de ▁los ▁ í do los : ▁los ▁dioses ▁todos ▁á ▁él ▁se ▁en co r v en .
▁L u z ▁está ▁se m bra da ▁para ▁el ▁just o , ▁y ▁alegr ía ▁para ▁los ▁rec to s ▁de ▁corazón .
▁Ha se ▁a co r d ado ▁de ▁su ▁misericordia ▁y ▁de ▁su ▁ver dad ▁para ▁con ▁la ▁casa ▁de ▁Israel : ▁todos ▁los ▁término s ▁de ▁la ▁tierra ▁han ▁visto ▁la ▁sal ud ▁de ▁nuestro ▁Dios .
▁B ra me ▁la ▁mar ▁y ▁su ▁p l en i t ud ; ▁el ▁mu ndo ▁y ▁los ▁que ▁en ▁él ▁habita n ;
▁Jehová ▁en ▁Si ón ▁es ▁grande , ▁y ▁en s al z ado ▁sobre ▁todos ▁los ▁pueblo s .
▁Moisés ▁y ▁Aarón ▁entre ▁sus ▁sacerdote s , ▁y ▁Samuel ▁entre ▁los ▁que ▁in v o c aron ▁su ▁nombre ; ▁in v o c aban ▁á ▁Jehová , ▁y ▁él ▁les ▁respond ía .
▁Sal mo ▁de ▁al aban za . ▁C A N T A D ▁alegr es ▁á ▁Dios , ▁habita n te s ▁de to da ▁la ▁tierra .
▁Porque ▁Jehová ▁es ▁bueno : ▁para ▁siempre ▁es ▁su ▁misericordia , ▁y ▁su ▁ver dad ▁por ▁todas ▁las ▁generaciones .
▁C or az ón ▁per ver s o ▁se ▁apart ará ▁de ▁mí ; ▁no ▁conoc er é ▁al ▁mal v ado .
▁Por ▁las ▁mañana s ▁cor t aré ▁á ▁todos ▁los ▁imp í os ▁de ▁la ▁tierra ; ▁para ▁ex t ir p ar ▁de ▁la ▁ciudad ▁de ▁Jehová ▁á ▁todos ▁los ▁que ▁obra re n ▁iniquidad .
▁Mi ▁corazón ▁fué ▁her ido , ▁y ▁se c óse ▁ como ▁la ▁ hi er ba ; ▁por ▁lo ▁cual ▁me ▁ o l vi d é ▁de ▁come r ▁mi ▁pan .
▁C ada ▁día ▁me ▁a f r enta n ▁mis ▁enemigos ; ▁los ▁que ▁se ▁en f u re ce n ▁contra ▁mí , ▁han se ▁contra ▁mí ▁con j ur ado .
▁Mas ▁tú , ▁Jehová , ▁per man e ce rás ▁para ▁siempre , ▁y ▁tu ▁memoria ▁para ▁generación ▁y ▁generación .
▁Por ▁cuanto ▁Jehová ▁habrá ▁edifica do ▁á ▁Si ón , ▁y ▁en ▁su ▁gloria ▁será ▁visto ;
▁Para ▁oir ▁el ▁ g em ido ▁de ▁los ▁pre s os , ▁para ▁so l t ar ▁á ▁los ▁sent en ci ados ▁á ▁muerte ;
▁Di je : ▁Dios ▁mío , ▁no ▁me ▁cor te s ▁en ▁el ▁medio ▁de ▁mis ▁días : ▁por ▁generación ▁de ▁generaciones ▁son ▁tu s ▁años .
▁Lo s ▁hijos ▁de ▁tu s ▁siervos ▁habita rán , ▁y ▁su ▁simiente ▁será ▁a f ir m ada ▁delante ▁de ▁ti .
▁El ▁que ▁re s ca ta ▁del ▁hoy o ▁tu ▁vida , ▁el ▁que ▁te ▁cor on a ▁de ▁f a v o res ▁y ▁misericordia s ;
▁Mi se ri co r di os o ▁y ▁c le mente ▁es ▁Jehová ; ▁le n to ▁para ▁la ▁ir a , ▁y ▁grande ▁en ▁misericordia .
▁Cuan to ▁está ▁le jo s ▁el ▁or iente ▁del ▁occidente , ▁hizo ▁al e ja r ▁de ▁nosotros ▁nuestra s ▁rebel ion es .
▁Que ▁pasó ▁el ▁vi en to ▁por ▁ella , ▁y ▁per e ció : ▁y ▁su ▁lugar ▁no ▁la ▁conoc e ▁más .
▁Be n de ci d ▁á ▁Jehová , ▁vosotros ▁sus ▁ángel es , ▁pod eros os ▁en ▁fortaleza , ▁que ▁ e je cu t áis ▁su ▁palabra , ▁obedec iendo ▁á ▁la ▁voz ▁de ▁su ▁pre ce p to .
▁El ▁que ▁se ▁cu bre ▁de ▁lu z ▁ como ▁de ▁ve st id ura , ▁que ▁ex t i en de ▁los ▁cielo s ▁ como ▁una ▁cortina ;
▁C on ▁el ▁a bi s mo , ▁ como ▁con ▁vestido , ▁la ▁cu b r iste ; ▁sobre ▁los ▁monte s ▁estaban ▁las ▁aguas .
▁T ú ▁eres ▁el ▁que ▁en v ía s ▁las ▁fuente s ▁por ▁los ▁arroyo s ; ▁va n ▁entre ▁los ▁monte s .
▁El ▁que ▁ha ce ▁pro d u ci r ▁el ▁he no ▁para ▁las ▁bestia s , ▁y ▁la ▁ hi er ba ▁para ▁el ▁servicio ▁del ▁hombre ; ▁saca ndo ▁el ▁pan ▁de ▁la ▁tierra .
▁Lo s ▁monte s ▁al to s ▁para ▁las ▁ca bra s ▁monte se s ; ▁las ▁peña s , ▁ ma d ri gu er as ▁para ▁los ▁con e jo s .
▁Sal e ▁el ▁so l , ▁rec ó g en se , ▁y ▁é ch an se ▁en ▁sus ▁cueva s .
▁A l l í ▁and an ▁ n a v í os ; ▁allí ▁este ▁le vi ath án ▁que ▁ hi c iste ▁para ▁que ▁ j u ga se ▁en ▁ella .
▁En v ía s ▁tu ▁espíritu , ▁c r ían se : ▁y ▁re n ue v as ▁la ▁ha z ▁de ▁la ▁tierra .
▁Se r me ▁ha ▁su ave ▁hablar ▁de ▁él : ▁yo ▁me ▁alegr aré ▁en ▁Jehová .
▁ G lo ri a os ▁en ▁su ▁santo ▁nombre : ▁al é g res e ▁el ▁corazón ▁de ▁los ▁que ▁busca n ▁á ▁Jehová .
▁El ▁es ▁Jehová ▁nuestro ▁Dios ; ▁en ▁toda ▁la ▁tierra ▁son ▁sus ▁juicio s .
▁Di c iendo : ▁A ▁ti ▁daré ▁la ▁tierra ▁de ▁Canaán ▁por ▁cor de l ▁de ▁vuestra ▁heredad .
▁No ▁to qué is , ▁dijo , ▁á ▁mis ▁ungido s , ▁ni ▁ha g áis ▁mal ▁á ▁mis ▁profeta s .
▁Ha s ta ▁la ▁ho ra ▁que ▁llegó ▁su ▁palabra , ▁el ▁dicho ▁de ▁Jehová ▁le ▁pro b ó .
▁Después ▁entr ó ▁Israel ▁en ▁Egipto , ▁y ▁Jacob ▁fué ▁extranjero ▁en ▁la ▁tierra ▁de ▁C h â m .
▁P u s ieron ▁en ▁ellos ▁las ▁palabras ▁de ▁sus ▁señal es , ▁y ▁sus ▁pro di g i os ▁en ▁la ▁tierra ▁de ▁C h â m .
▁Di jo , ▁y ▁vinieron ▁en ja m bre s ▁de ▁ mos ca s , ▁y ▁pi o jo s ▁en ▁todo ▁su ▁término .
▁Y ▁com ieron ▁toda ▁la ▁ hi er ba ▁de ▁su ▁país , ▁y ▁de v or aron ▁el ▁fruto ▁de ▁su ▁tierra .
▁E x te nd ió ▁una ▁nube ▁por ▁cubierta , ▁y ▁fuego ▁para ▁al umb r ar ▁la ▁noche .
▁Y ▁sacó ▁á ▁su ▁pueblo ▁con ▁go zo ; ▁con ▁ j ú bi lo ▁á ▁sus ▁es co g ido s .
▁¿ Quién ▁ex p res ará ▁las ▁va l en t ía s ▁de ▁Jehová ? ▁¿ qui é n ▁con t ará ▁sus ▁al aban za s ?
▁P e ca mos ▁con ▁nuestro s ▁padres , ▁ hi ci mos ▁iniquidad , ▁ hi ci mos ▁imp i ed ad .
▁Y ▁sal v ólo s ▁de ▁mano ▁del ▁enemigo , ▁y ▁re s ca t ólo s ▁de ▁mano ▁del ▁a d ver s ar i o .
▁Y ▁de se aron ▁con ▁an s i a ▁en ▁el ▁desierto ; ▁y ▁tent aron ▁á ▁Dios ▁en ▁la ▁so le dad .
▁Y ▁encendió se ▁el ▁fuego ▁en ▁su ▁junt a ; ▁la ▁ l la ma ▁que m ó ▁los ▁imp í os .
▁Ma ra vi l la s ▁en ▁la ▁tierra ▁de ▁C h â m , ▁cosas ▁for mi da ble s ▁sobre ▁el ▁mar ▁B er me jo .
▁Por ▁lo ▁que ▁al z ó ▁su ▁mano ▁á ▁ellos , ▁en ▁orden ▁á ▁postr ar los ▁en ▁el ▁desierto ,
▁Entonces ▁se ▁levant ó ▁P h in e es , ▁é ▁hizo ▁juicio ; ▁y ▁se ▁de tu v o ▁la ▁plaga .
▁No ▁de st r u y e ron ▁los ▁pueblo s ▁que ▁Jehová ▁les ▁dijo ;
▁Y ▁derram aron ▁la ▁sangre ▁in o c ente , ▁la ▁sangre ▁de ▁sus ▁hijos ▁y ▁de ▁sus ▁hijas , ▁que ▁sacrific aron ▁á ▁los ▁ í do los ▁de ▁Canaán : ▁y ▁la ▁tierra ▁fué ▁contamin ada ▁con ▁sangre .
▁Y ▁sus ▁enemigos ▁los ▁ o p r im ieron , ▁y ▁fueron ▁que bra n t ados ▁debajo ▁de ▁su ▁mano .
▁Hi zo ▁a simismo ▁tu vi es en ▁de ▁ellos ▁misericordia ▁todos ▁los ▁que ▁los ▁tenía n ▁ca u t i v os .
▁ D í ga n lo los ▁re d im ido s ▁de ▁Jehová , ▁los ▁que ▁ha ▁re d im ido ▁del ▁pod er ▁del ▁enemigo ,
▁Ha b iendo ▁ e mpero ▁clama do ▁á ▁Jehová ▁en ▁su ▁an gu st i a , ▁libr ólo s ▁de ▁sus ▁a f li c ciones :
▁Lo s ▁que ▁mor aban ▁en ▁ti n i e b la s ▁y ▁so m bra ▁de ▁muerte , ▁ap ri s ion ados ▁en ▁a f li c ción ▁y ▁en ▁ hi er ro s ;
▁S a c ólo s ▁de ▁las ▁ti n i e b la s ▁y ▁de ▁la ▁so m bra ▁de ▁muerte , ▁y ▁romp ió ▁sus ▁pri s ion es .
▁Su ▁alma ▁a b om in ó ▁toda ▁vi an da , ▁y ▁llegar on ▁hast a ▁las ▁puerta s ▁de ▁la ▁muerte .
▁Y ▁s a c ri f i que n ▁sacrificio s ▁de ▁al aban za , ▁y ▁pu b li que n ▁sus ▁obra s ▁con ▁ j ú bi lo .
▁Su b en ▁á ▁los ▁cielo s , ▁de s ci en de n ▁á ▁los ▁a bi s mos : ▁sus ▁alma s ▁se ▁de r ri t en ▁con ▁el ▁mal .
▁A l é g ra n se ▁luego ▁por que ▁se ▁re p os aron ; ▁y ▁él ▁los ▁ gu ía ▁al ▁pu er to ▁que ▁de se aban .
▁La ▁tierra ▁f r u c t í f er a ▁en ▁sal ados , ▁por ▁la ▁mal dad ▁de ▁los ▁que ▁la ▁habita n .
▁Y ▁los ▁be n di ce , ▁y ▁se ▁multiplic an ▁en ▁gran ▁manera ; ▁y ▁no ▁di s mi n u y e ▁sus ▁bestia s .
▁Ve an ▁los ▁rec to s , ▁y ▁al é g re n se ; ▁y ▁toda ▁mal dad ▁ ci er re ▁su ▁boca .
▁T e ▁al aba ré , ▁ o h ▁Jehová , ▁entre ▁los ▁pueblo s ; ▁á ▁ti ▁can t aré ▁sal mos ▁entre ▁las ▁ n a ciones .
▁Dios ▁habló ▁por ▁su ▁santuario : ▁alegr aré me , ▁re p ar t i ré ▁á ▁Sichêm , ▁y ▁me di ré ▁el ▁valle ▁de ▁Succoth .
▁C iertamente ▁tú , ▁ o h ▁Dios , ▁que ▁no s ▁había s ▁de se ch ado ; ▁y ▁no ▁sal ía s , ▁ o h ▁Dios , ▁con ▁nuestro s ▁ejército s .
▁Porque ▁boca ▁de ▁imp í o ▁y ▁boca ▁de ▁en ga ñ ado r ▁se ▁han ▁a bi er to ▁sobre ▁mí : ▁han ▁hablado ▁de ▁mí ▁con ▁le n gu a ▁men t ir os a ,
▁P on ▁sobre ▁él ▁al ▁imp í o : ▁y ▁S a t án ▁es t é ▁á ▁su ▁die s tra .
▁Y ▁and en ▁sus ▁hijos ▁va ga b u ndo s , ▁y ▁men di gu en ; ▁y ▁pro cu re n ▁su ▁pan ▁le jo s ▁de ▁sus ▁de s o l ados ▁ho gar es .
▁Ve n ga ▁en ▁memoria ▁cerca ▁de ▁Jehová ▁la ▁mal dad ▁de ▁sus ▁padres , ▁y ▁el ▁pecado ▁de ▁su ▁madre ▁no ▁sea ▁bo r r ado .
▁Y ▁vi st i óse ▁de ▁mal di ción ▁ como ▁de ▁su ▁vestido , ▁y ▁entr ó ▁ como ▁agua ▁en ▁sus ▁entr a ñ as , ▁y ▁ como ▁aceite ▁en ▁sus ▁hues os .
▁Porque ▁yo ▁esto y ▁aflig ido ▁y ▁ n e ce s ita do ; ▁y ▁mi ▁corazón ▁está ▁her ido ▁dentro ▁de ▁mí .
▁A y ú da me , ▁Jehová ▁Dios ▁mío : ▁s á l v a me ▁conform e ▁á ▁tu ▁misericordia .
▁Yo ▁al aba ré ▁á ▁Jehová ▁en ▁gran ▁manera ▁con ▁mi ▁boca , ▁y ▁le ▁lo aré ▁en ▁medio ▁de ▁mucho s .
▁T u ▁pueblo se rá lo de ▁buena ▁ v o l un ta d ▁en ▁el ▁día ▁de ▁tu ▁pod er , ▁en ▁la ▁her mos ura ▁de ▁la ▁s an t i dad : ▁de s de ▁el ▁se no ▁de ▁la ▁a ur o ra , ▁tiene s ▁tú ▁el ▁ ro c í o ▁de ▁tu ▁ j u v en t ud .
▁De l ▁arroyo ▁beber á ▁en ▁el ▁camino : ▁por ▁lo ▁cual ▁levant ará ▁cabeza .
▁Hi zo ▁me mo ra ble s ▁sus ▁mar a vi l la s : ▁c le mente ▁y ▁mis er i co r di os o ▁es ▁Jehová .
▁A f ir m ados ▁por ▁si g lo ▁de ▁si g lo , ▁hecho s ▁en ▁ver dad ▁y ▁en ▁rec t i t ud .
▁Su ▁simiente ▁será ▁pod eros a ▁en ▁la ▁tierra : ▁la ▁generación ▁de ▁los ▁rec to s ▁será ▁be nd ita .
▁Por ▁lo ▁cual ▁no ▁re s ba l ará ▁para ▁siempre : ▁en ▁memoria ▁ e te rna ▁será ▁el ▁just o .
▁Ve rá lo ▁el ▁imp í o , ▁y ▁se ▁de s pe ch ará ; ▁c r u j irá ▁los ▁d iente s , ▁y ▁se ▁re p ud r irá : ▁per e ce rá ▁el ▁de se o ▁de ▁los ▁imp í os .
▁A l to ▁sobre ▁todas ▁las ▁ n a ciones ▁es ▁Jehová ; ▁sobre ▁los ▁cielo s ▁su ▁gloria .
▁Para ▁hacer los ▁sent ar ▁con ▁los ▁príncipes , ▁con ▁los ▁príncipes ▁de ▁su ▁pueblo .
▁La ▁mar ▁vió , ▁y ▁huyó ; ▁el ▁Jordán ▁se ▁volvió ▁at rás .
▁A ▁la ▁presencia ▁del ▁Señor ▁ti em b la ▁la ▁tierra , ▁á ▁la ▁presencia ▁del ▁Dios ▁de ▁Jacob ;
▁Y ▁nuestro ▁Dios ▁está ▁en ▁los ▁cielo s : ▁todo ▁lo ▁que ▁quiso ▁ha ▁hecho .
▁Ma nos ▁tiene n , ▁mas ▁no ▁pa l p arán ; ▁tiene n ▁pie s , ▁mas ▁no ▁and arán ; ▁no ▁hablar án ▁con ▁su ▁ gar ga n ta .
▁Lo s ▁que ▁tem éis ▁á ▁Jehová , ▁con f i ad ▁en ▁Jehová : ▁él ▁es ▁su ▁a y ud a ▁y ▁su ▁es cu do .
▁Be n di to s ▁vosotros ▁de ▁Jehová , ▁que ▁hizo ▁los ▁cielo s ▁y ▁la ▁tierra .
▁A M O ▁á ▁Jehová , ▁pues ▁ha ▁oído ▁mi ▁voz ▁y ▁mis ▁s ú p li ca s .
▁C le mente ▁es ▁Jehová ▁y ▁just o ; ▁sí , ▁mis er i co r di os o ▁es ▁nuestro ▁Dios .
▁And aré ▁delante ▁de ▁Jehová ▁en ▁la ▁tierra ▁de ▁los ▁vi vi ente s .
▁Toma ré ▁la ▁co pa ▁de ▁la ▁sal ud , ▁é ▁in v o c aré ▁el ▁nombre ▁de ▁Jehová .
▁T e ▁of re ce ré ▁sacrificio ▁de ▁al aban za , ▁é ▁in v o c aré ▁el ▁nombre ▁de ▁Jehová .
▁Porque ▁ha ▁en g ra n de c ido ▁sobre ▁nosotros ▁su ▁misericordia ; ▁y ▁la ▁ver dad ▁de ▁Jehová es para ▁siempre . ▁A le l u y a ▁ .
▁Di ga n ▁ahora ▁los ▁que ▁tem en ▁á ▁Jehová : ▁Que ▁para ▁siempre es s u ▁misericordia .
▁Me jo r ▁es ▁es per ar ▁en ▁Jehová ▁que ▁es per ar ▁en ▁hombre .
▁C er c á ron me ▁ como ▁a be ja s ; ▁fueron ▁a pa g ados ▁ como ▁fuego s ▁de ▁es p in os : ▁en ▁nombre ▁de ▁Jehová , ▁que ▁yo ▁los ▁romp er é .
▁La ▁die s tra ▁de ▁Jehová ▁su b li me : ▁la ▁die s tra ▁de ▁Jehová ▁ha ce ▁va l en t ía s .
▁Esta ▁puerta ▁de ▁Jehová , ▁por ▁ella ▁entr arán ▁los ▁just os .
▁Este ▁es ▁el ▁día ▁que ▁hizo ▁Jehová : ▁no s ▁go za remos ▁y ▁alegr a remos ▁en ▁él .
▁Mi ▁Dios ▁eres ▁tú , ▁y ▁á ▁ti ▁al aba ré : ▁Dios ▁mío , ▁á ▁ti ▁en s al za ré .
▁P ue s ▁no ▁ha ce n ▁iniquidad ▁los ▁que ▁and an ▁en ▁sus ▁camino s .
▁T e ▁al aba ré ▁con ▁rec t i t ud ▁de ▁corazón , ▁cuando ▁ap re nd iere ▁los ▁juicio s ▁de ▁tu ▁justicia .
▁En ▁mi ▁corazón ▁he ▁guard ado ▁tu s ▁dicho s , ▁para ▁no ▁pecar ▁contra ▁ti .
▁En ▁tu s ▁mandamientos ▁me di t aré , ▁con s i der aré ▁tu s ▁camino s .
▁A d v en ed i zo ▁soy ▁yo ▁en ▁la ▁tierra : ▁no ▁en cu bra s ▁de ▁mí ▁tu s ▁mandamientos .
▁P r í n ci pe s ▁también ▁se ▁ sentaron ▁y ▁hablar on ▁contra ▁mí : ▁mas ▁tu ▁siervo ▁me di t aba ▁en ▁tu s ▁estatuto s .
▁Ha z me ▁en t en der ▁el ▁camino ▁de ▁tu s ▁mandamientos , ▁y ▁hablar é ▁de ▁tu s ▁mar a vi l la s .
▁A l le g á do me ▁he ▁á ▁tu s ▁testimonio s ; ▁ o h ▁Jehová , ▁no ▁me ▁a ver g ü en ce s .
▁ G u ía me ▁por ▁la ▁send a ▁de ▁tu s ▁mandamientos ; ▁por que ▁en ▁ella ▁ten go ▁mi ▁ v o l un ta d .
▁ Q u ita ▁de ▁mí ▁el ▁ o p ro bi o ▁que ▁he ▁tem ido : ▁por que ▁bueno s ▁son ▁tu s ▁juicio s .
▁Y ▁no ▁qu ites ▁de ▁mi ▁boca ▁en ▁ ning ún ▁tiempo ▁la ▁palabra ▁de ▁ver dad ; ▁por que ▁á ▁tu ▁juicio ▁es per o .
▁Y ▁de le ita ré me ▁en ▁tu s ▁mandamientos , ▁que ▁he ▁am ado .
▁Lo s ▁so b er bi os ▁se ▁bu r l aron ▁mucho ▁de ▁mí : ▁mas ▁no ▁me ▁he ▁apart ado ▁de ▁tu ▁le y .
▁A co r d é me ▁en ▁la ▁noche ▁de ▁tu ▁nombre , ▁ o h ▁Jehová , ▁y ▁guard é ▁tu ▁le y .
▁C on s i de ré ▁mis ▁camino s , ▁y ▁torn é ▁mis ▁pie s ▁á ▁tu s ▁testimonio s .
▁C om pa ñ er o ▁soy ▁yo ▁de ▁todos ▁los ▁que ▁te ▁tem iere n ▁y ▁guarda re n ▁tu s ▁mandamientos .
▁A n te s ▁que ▁fuera ▁yo ▁ hu m ill ado , ▁de s c ar ri ado ▁and aba ; ▁mas ▁ahora ▁guard o ▁tu ▁palabra .
▁B ue no ▁me ▁es ▁haber ▁sido ▁ hu m ill ado , ▁para ▁que ▁ap re n da ▁tu s ▁estatuto s .
▁C on o z co , ▁ o h ▁Jehová , ▁que ▁tu s ▁juicio s ▁son ▁justicia , ▁y ▁que ▁conform e ▁á ▁tu ▁f id el i dad ▁me ▁aflig iste .
▁T ó r n en se ▁á ▁mí ▁los ▁que ▁te ▁tem en ▁y ▁conoc en ▁tu s ▁testimonio s .
▁Porque ▁esto y ▁ como ▁el ▁ o d re ▁al ▁ hu mo ; ▁mas ▁no ▁he ▁ o l vi d ado ▁tu s ▁estatuto s .
▁C as i ▁me ▁han ▁echa do ▁por ▁tierra : ▁mas ▁yo ▁no ▁he ▁de ja do ▁tu s ▁mandamientos .
▁Por ▁tu ▁orden ación ▁per se ver an ▁hast a ▁hoy ▁las ▁cosas ▁c ri ada s ; ▁por que ▁todas ▁ella s ▁te ▁sirv en .
▁Lo s ▁imp í os ▁me ▁han ▁agua r d ado ▁para ▁destruir me : ▁mas ▁yo ▁en t en de ré ▁en ▁tu s ▁testimonio s .
▁M ás ▁que ▁todos ▁mis ▁en se ñ ado res ▁he ▁en te nd ido : ▁por que ▁tu s ▁testimonio s ▁son ▁mi ▁me di t ación .
▁ ¡ C u án ▁d u l ce s ▁son ▁á ▁mi ▁pa l ada r ▁tu s ▁palabras ! ▁más ▁que ▁la ▁mi el ▁á ▁mi ▁boca .
▁A f li g ido ▁esto y ▁en ▁gran ▁manera : ▁ o h ▁Jehová , ▁vi vi f í ca me ▁conform e ▁á ▁tu ▁palabra .
▁Por ▁heredad ▁he ▁tomado ▁tu s ▁testimonio s ▁para ▁siempre ; ▁por que ▁son ▁el ▁go zo ▁de ▁mi ▁corazón .
▁A p ar ta os ▁de ▁mí , ▁mal i g nos ; ▁pues ▁yo ▁guarda ré ▁los ▁mandamientos ▁de ▁mi ▁Dios .
▁C o mo ▁es co ri as ▁ hi c iste ▁consum ir ▁á ▁todos ▁los ▁imp í os ▁de ▁la ▁tierra : ▁por ▁tanto ▁yo ▁he ▁am ado ▁tu s ▁testimonio s .
▁Mi s ▁ojos ▁de s f al le c ieron ▁por ▁tu ▁sal ud , ▁y ▁por ▁el ▁dicho ▁de ▁tu ▁justicia .
▁Por ▁es o ▁he ▁am ado ▁tu s ▁mandamientos ▁más ▁que ▁el ▁oro , ▁y ▁más ▁que ▁oro ▁mu y ▁pu ro .
▁Mi ▁boca ▁abr í ▁y ▁sus p i ré ; ▁por que ▁de se aba ▁tu s ▁mandamientos .
▁Ha z ▁que ▁tu ▁rostro ▁re s p l an de z ca ▁sobre ▁tu ▁siervo ; ▁y ▁en s é ñ a me ▁tu s ▁estatuto s .
▁Mi ▁ ce lo ▁me ▁ha ▁consum ido ; ▁por que ▁mis ▁enemigos ▁se ▁ o l vi d aron ▁de ▁tu s ▁palabras .
▁A f li c ción ▁y ▁an gu st i a ▁me ▁halla ron : ▁mas ▁tu s ▁mandamientos ▁fueron ▁mis ▁de le ites .
▁A n t i ci p é me ▁al ▁al ba , ▁y ▁c l am é : ▁es per é ▁en ▁tu ▁palabra .
▁C er ca no ▁está s ▁tú , ▁ o h ▁Jehová ; ▁y ▁todos ▁tu s ▁mandamientos ▁son ▁ver dad .
▁Le jo s ▁está ▁de ▁los ▁imp í os ▁la ▁sal ud ; ▁por que ▁no ▁busca n ▁tu s ▁estatuto s .
▁Mi ra , ▁ o h ▁Jehová , ▁que ▁am o ▁tu s ▁mandamientos : ▁vi vi f í ca me ▁conform e ▁á ▁tu ▁misericordia .
▁La ▁men t i ra ▁a b or re z co ▁y ▁a b om in o : ▁tu ▁le y ▁am o .
▁Mi ▁alma ▁ha ▁guard ado ▁tu s ▁testimonio s , ▁y ▁he los ▁am ado ▁en ▁gran ▁manera .
▁Mi s ▁la bi os ▁re b os arán ▁al aban za , ▁cuando ▁me ▁en se ñ are s ▁tu s ▁estatuto s .
▁Viv a ▁mi ▁alma ▁y ▁al á be te ; ▁y ▁tu s ▁juicio s ▁me ▁a y ud en .
▁¿ Qué ▁te ▁dará , ▁ó ▁qué ▁te ▁ap r ove ch ará , ▁ o h ▁le n gu a ▁en ga ñ os a ?
▁Yo ▁soy ▁pa c í f i co : ▁mas ▁ellos , ▁así ▁que ▁ha b lo , ▁me ▁ha ce n ▁guerra .
▁He ▁aquí , ▁no ▁se ▁a dor me ce rá ▁ni ▁do r m irá ▁el ▁que ▁guarda ▁á ▁Israel .
▁Jehová ▁guard ará ▁tu ▁sal i da ▁y ▁tu ▁entr ada , ▁de s de ▁ahora ▁y ▁para ▁siempre .
▁Y ▁all á ▁subieron ▁las ▁tribu s , ▁las ▁tribu s ▁de ▁ J A H , ▁conform e al ▁testimonio d ado á ▁Israel , ▁para ▁al aba r ▁el ▁nombre ▁de ▁Jehová .
▁Por ▁am or ▁de ▁mis ▁hermanos ▁y ▁mis ▁com pa ñ eros ▁hablar é ▁ahora ▁paz ▁de ▁ti .
▁T en ▁misericordia ▁de ▁nosotros , ▁ o h ▁Jehová , ▁ten ▁misericordia ▁de ▁nosotros ; ▁por que ▁esta mos ▁mu y ▁ha r to s ▁de ▁men os p re ci o .
▁Viv os ▁no s ▁ha b r ían ▁entonces ▁tra g ado , ▁cuando ▁se ▁encendió ▁su ▁furor ▁en ▁nosotros .
▁N u est ra ▁alma ▁es ca p ó ▁cual ▁ ave ▁del ▁la zo ▁de ▁los ▁ca z ado res : ▁que b r óse ▁el ▁la zo , ▁y ▁es ca pa mos ▁nosotros .
▁Porque ▁no ▁re p os ará ▁la ▁va ra ▁de ▁la ▁imp i ed ad ▁sobre ▁la ▁suerte ▁de ▁los ▁just os ; ▁por que ▁no ▁ex t i en d an ▁los ▁just os ▁sus ▁manos ▁á ▁la ▁iniquidad .
▁Entonces ▁nuestra ▁boca ▁se ▁he n ch irá ▁de ▁ ri s a , ▁y ▁nuestra ▁le n gu a ▁de ▁al aban za ; ▁entonces ▁dirá n ▁entre ▁las ▁gente s : ▁ G ra nd es ▁cosas ▁ha ▁hecho ▁Jehová ▁con ▁é st os .
▁I rá ▁and ando ▁y ▁llora ndo ▁el ▁que ▁llev a ▁la ▁precio s a ▁simiente ; ▁mas ▁volver á ▁á ▁ven ir ▁con ▁re go ci jo , ▁tra y e ndo ▁sus ▁ ga vi l la s .
▁C o mo ▁s a e ta s ▁en ▁mano ▁del ▁va l iente , ▁así ▁son ▁los ▁hijos ▁ha b ido s ▁en ▁la ▁ j u v en t ud .
▁T u ▁mujer ▁será ▁ como ▁par ra ▁que ▁llev a ▁fruto ▁á ▁los ▁la do s ▁de ▁tu ▁casa ; ▁tu s ▁hijos ▁ como ▁plant as ▁de ▁ o li v as ▁alrededor ▁de ▁tu ▁me s a .
▁C án t i co ▁gr ad u al . ▁M U C H O ▁me ▁han ▁an gu st i ado ▁de s de ▁mi ▁ j u v en t ud , ▁pu ed e ▁decir ▁ahora ▁Israel ;
▁Se rán ▁a ver g on z ados ▁y ▁vuelto s ▁at rás ▁todos ▁los ▁que ▁aborrec en ▁á ▁Si ón .
▁C án t i co ▁gr ad u al . ▁ D E ▁los ▁pro f u ndo s , ▁ o h ▁Jehová , ▁á ▁ti ▁c la mo .
▁E s per é ▁yo ▁á ▁Jehová , ▁es per ó ▁mi ▁alma ; ▁en ▁su ▁palabra ▁he ▁es per ado .
▁C án t i co ▁gr ad u al : ▁de ▁David . ▁JEHOVÁ , ▁no ▁se ▁ha ▁en v an e c ido ▁mi ▁corazón , ▁ni ▁mis ▁ojos ▁se ▁en al te c ieron ; ▁ni ▁and u v e ▁en ▁grande za s , ▁ni ▁en ▁cosas ▁para ▁mí ▁de ma s i ado ▁su b l im es .
▁Que ▁juró ▁él ▁á ▁Jehová , ▁pro me t ió ▁al ▁F u er te ▁de ▁Jacob :
▁He ▁aquí , ▁en ▁E ph ra ta ▁ o í mos ▁de ▁ella : ▁ha l l á mos la ▁en ▁los ▁campo s ▁del ▁bo s que .
▁Por ▁am or ▁de ▁David ▁tu ▁siervo ▁no ▁ v ue l v as ▁de ▁tu ▁ungido ▁el ▁rostro .
▁Este ▁es ▁mi ▁reposo ▁para ▁siempre : ▁aquí ▁habita ré , ▁por que ▁la ▁he ▁de se ado .
▁A ▁sus ▁enemigos ▁ve st i ré ▁de ▁con f u s ió n : ▁mas ▁sobre ▁él ▁flor e ce rá ▁su ▁cor on a .
▁C án t i co ▁gr ad u al . ▁M I R A D , ▁be n de ci d ▁á ▁Jehová , ▁vosotros ▁todos ▁los ▁siervos ▁de ▁Jehová , ▁los ▁que ▁en ▁la ▁casa ▁de ▁Jehová ▁está is ▁por ▁las ▁noche s .
▁Lo s ▁que ▁está is ▁en ▁la ▁casa ▁de ▁Jehová , ▁en ▁los ▁atrio s ▁de ▁la ▁casa ▁de ▁nuestro ▁Dios .
▁Todo ▁lo ▁que ▁quiso ▁Jehová , ▁ha ▁hecho ▁en ▁los ▁cielo s ▁y ▁en ▁la ▁tierra , ▁en ▁las ▁mar es ▁y ▁en ▁todos ▁los ▁a bi s mos .
▁El ▁que ▁hirió ▁much as ▁gente s , ▁y ▁mató ▁reyes ▁pod eros os :
▁Porque ▁juzg ará ▁Jehová ▁su ▁pueblo , ▁y ▁ar re p en t irá se ▁sobre ▁sus ▁siervos .
▁C o mo ▁ellos ▁son ▁los ▁que ▁los ▁ha ce n ; ▁todos ▁los ▁que ▁en ▁ellos ▁con f ían .
▁A L A B A D ▁á ▁Jehová , ▁por que ▁es ▁bueno ; ▁por que ▁para ▁siempre es s u ▁misericordia .
▁A l ▁que ▁hizo ▁los ▁cielo s ▁con ▁en te nd imiento , ▁por que ▁para ▁siempre es s u ▁misericordia .
▁La ▁lu n a ▁y ▁las ▁es t re l la s ▁para ▁que ▁do mi n as en ▁en ▁la ▁noche , ▁por que ▁para ▁siempre ▁es ▁su ▁misericordia .
▁A l ▁que ▁di vi d ió ▁el ▁mar ▁B er me jo ▁en ▁parte s , ▁por que ▁para ▁siempre ▁es ▁su ▁misericordia ;
▁A l ▁que ▁hirió ▁grande s ▁reyes , ▁por que ▁para ▁siempre ▁es ▁su ▁misericordia ;
▁Y ▁dió ▁la ▁tierra ▁de ▁ellos ▁en ▁heredad , ▁por que ▁para ▁siempre ▁es ▁su ▁misericordia ;
▁El ▁da ▁man t en imiento ▁á ▁toda ▁carne , ▁por que ▁para ▁siempre ▁es ▁su ▁misericordia .
▁Y ▁los ▁que ▁allí ▁no s ▁habían ▁llev ado ▁ca u t i v os ▁no s ▁p ed ían ▁que ▁can t ás emos ▁ , ▁y ▁los ▁que ▁no s ▁habían ▁de s o l ado nos ▁p ed ían a le g r ía , ▁diciendo :
▁A cu é r da te , ▁ o h ▁Jehová , ▁de ▁los ▁hijos ▁de ▁Edom ▁en ▁el ▁día ▁de ▁Jerusalem ; ▁quien es ▁decía n : ▁Ar ra s ad la , ▁ar ra s ad la ▁hast a ▁los ▁c imiento s .
▁En co r v aré me ▁al ▁templo ▁de ▁tu ▁santuario , ▁y ▁al aba ré ▁tu ▁nombre ▁por ▁tu ▁misericordia ▁y ▁tu ▁ver dad : ▁por que ▁has ▁hecho ▁ ma g n í f i co ▁tu ▁nombre , ▁y ▁tu ▁dicho ▁sobre ▁todas ▁las ▁cosas .
▁Porque ▁el ▁al to ▁Jehová ▁at i en de ▁al ▁ hu mi l de ; ▁mas ▁al ▁al t i v o ▁mira ▁de ▁le jo s .
▁T ú ▁has ▁conoc ido ▁mi ▁sent ar me ▁y ▁mi ▁levant ar me , ▁has ▁en te nd ido ▁de s de ▁le jo s ▁mis ▁pe n s amiento s .
▁M ás ▁mar a vi l los a ▁es ▁la ▁cien ci a ▁que ▁mi ▁ca pa ci dad ; ▁al ta ▁es , ▁no ▁pu ed o ▁com p re n der la .
▁A un ▁allí ▁me ▁ gu i ará ▁tu ▁mano , ▁y ▁me ▁as irá ▁tu ▁die s tra .
▁T e ▁al aba ré ; ▁por que ▁for mi da ble s , ▁mar a vi l los as ▁son ▁tu s ▁obra s : ▁esto y ▁mar a vi l l ado , ▁y ▁mi ▁alma ▁lo ▁conoc e ▁mucho .
▁Si ▁los ▁cu en to , ▁mu l t i p l í ca n se ▁más ▁que ▁la ▁are n a : ▁de s p i er to , ▁y ▁aun ▁esto y ▁contigo .
▁A b or ré z co los ▁con ▁per f e c to ▁ o di o ; ▁ t é n go los ▁por ▁enemigos .
▁Lo s ▁cuales ▁ ma qui n an ▁mal es ▁en ▁el ▁corazón , ▁ cada ▁día ▁ ur de n ▁con t i en das .
▁He ▁dicho ▁á ▁Jehová : ▁Dios ▁mío ▁eres ▁tú ; ▁es cu ch a , ▁ o h ▁Jehová , ▁la ▁voz ▁de ▁mis ▁ruego s .
▁C a e rán ▁sobre ▁ellos ▁br as as ; ▁Dios ▁los ▁hará ▁ca er ▁en ▁el ▁fuego , ▁en ▁pro f u ndo s ▁hoy os ▁de ▁don de ▁no ▁sal ga n .
▁Sal mo ▁de ▁David . ▁JEHOVÁ , ▁á ▁ti ▁he ▁clama do : ▁ap res ú ra te ▁á ▁mí ; ▁es cu ch a ▁mi ▁voz , ▁cuando ▁te ▁in v o ca re .
▁Que ▁el ▁just o ▁me ▁cast i gu e , ▁será ▁un ▁f a v or , ▁y ▁que ▁me ▁re p re n da ▁será ▁un ▁ex ce l ente ▁ b á l s am o ▁que ▁no ▁me ▁her irá ▁la ▁cabeza : ▁así ▁que ▁aun ▁mi ▁or ación ▁tendrá n ▁en ▁sus ▁ca la mi dad es .
▁ G u á r da me ▁de ▁los ▁la zo s ▁que ▁me ▁han ▁ten d ido , ▁y ▁de ▁los ▁arm a di jo s ▁de ▁los ▁que ▁obra n ▁iniquidad .
▁Cuan do ▁mi ▁espíritu ▁se ▁an gu st i aba ▁dentro ▁de ▁mí , ▁tú ▁conoc iste ▁mi ▁send a . ▁En ▁el ▁camino ▁en ▁que ▁and aba , ▁me ▁escond ieron ▁la zo .
▁S a ca ▁mi ▁alma ▁de ▁la ▁c á r ce l ▁para ▁que ▁al ab e ▁tu ▁nombre : ▁Me ▁rod e arán ▁los ▁just os , ▁por que ▁tú ▁me ▁será s ▁pro p i ci o .
▁Y ▁mi ▁espíritu ▁se ▁an gu st ió ▁dentro ▁de ▁mí ; ▁pa s m óse ▁mi ▁corazón .
▁Ha z me ▁oir ▁por ▁la ▁mañana ▁tu ▁misericordia , ▁por que ▁en ▁ti ▁he ▁con f i ado : ▁ha z me ▁sabe r ▁el ▁camino ▁por ▁don de ▁and e , ▁por que ▁á ▁ti ▁he ▁al z ado ▁mi ▁alma .
▁Y ▁por ▁tu ▁misericordia ▁di s i p arás ▁mis ▁enemigos , ▁y ▁destruir ás ▁todos ▁los ▁a d ver s ar i os ▁de ▁mi ▁alma : ▁por que ▁yo ▁soy ▁tu ▁siervo .
▁El ▁hombre ▁es ▁se me ja n te ▁á ▁la ▁va n i dad : ▁sus ▁días ▁son ▁ como ▁la ▁so m bra ▁que ▁pasa .
▁C u y a ▁boca ▁habla ▁va n i dad , ▁y ▁su ▁die s tra ▁es ▁die s tra ▁de ▁men t i ra .
▁Que ▁nuestro s ▁hijos ▁sea n ▁ como ▁plant as ▁c re ci das ▁en ▁su ▁ j u v en t ud ; ▁nuestra s ▁hijas ▁ como ▁las ▁es qui n as ▁la bra das ▁á ▁manera ▁de ▁las ▁de ▁un ▁pa la ci o ;
▁Sal mo ▁de ▁al aban za : ▁de ▁David . ▁E N S A L Z A R T E ▁he , ▁mi ▁Dios , ▁mi ▁Re y ; ▁y ▁bendecir é ▁tu ▁nombre ▁por ▁si g lo ▁y ▁para ▁siempre .
▁La ▁her mos ura ▁de ▁la ▁gloria ▁de ▁tu ▁ ma g n i f i ce n ci a , ▁y ▁tu s ▁hecho s ▁mar a vi l los os , ▁hablar é .
▁B ue no ▁es ▁Jehová ▁para ▁con ▁todos ; ▁y ▁sus ▁misericordia s ▁sobre ▁todas ▁sus ▁obra s .
▁T u ▁reino ▁es ▁reino ▁de ▁todos ▁los ▁si g los , ▁y ▁tu ▁señor í o ▁en ▁toda ▁generación ▁y ▁generación .
▁ J u s to ▁es ▁Jehová ▁en ▁todos ▁sus ▁camino s , ▁y ▁mis er i co r di os o ▁en ▁todas ▁sus ▁obra s .
▁La ▁al aban za ▁de ▁Jehová ▁hablar á ▁mi ▁boca ; ▁y ▁be n di ga ▁toda ▁carne ▁su ▁santo ▁nombre ▁por ▁si g lo ▁y ▁para ▁siempre .
▁Sal d rá ▁su ▁espíritu , ▁torn arás e ▁en ▁su ▁tierra : ▁en ▁aquel ▁día ▁per e ce rán ▁sus ▁pe n s amiento s .
▁Jehová ▁a bre ▁los ▁ojos ▁á ▁los ▁ ci e go s ; ▁Jehová ▁levant a ▁á ▁los ▁ca í do s ; ▁Jehová ▁a ma ▁á ▁los ▁just os .
▁Jehová ▁edifica ▁á ▁Jerusalem ; ▁á ▁los ▁echa do s ▁de ▁Israel ▁recog e rá .
▁Jehová ▁en s al za ▁á ▁los ▁ hu mi l de s ; ▁ hu mi l la ▁los ▁imp í os ▁hast a ▁la ▁tierra .
▁No ▁toma ▁con t en t amiento ▁en ▁la ▁fortaleza ▁del ▁caballo , ▁ni ▁se ▁com p la ce ▁en ▁las ▁pie rna s ▁del ▁hombre .
▁El ▁pon e ▁en ▁tu ▁término ▁la ▁paz ; ▁te ▁hará ▁s a ci ar ▁de ▁gr os ura ▁de ▁trigo .
▁En vi ará ▁su ▁palabra , ▁y ▁los ▁de r re t irá : ▁so p l ará ▁su ▁vi en to , ▁y ▁f l u irá n ▁las ▁aguas .
▁A l aba d le , ▁vosotros ▁todos ▁sus ▁ángel es : ▁al aba d le , ▁vosotros ▁todos ▁sus ▁ejército s .
▁Y ▁las ▁hizo ▁ser ▁para ▁siempre ▁por ▁los ▁si g los ; ▁p ú s o les le y ▁que ▁no ▁será ▁que bra n t ada .
▁La ▁bestia ▁y ▁todo ▁animal ; ▁re p til es ▁y ▁ v o l á til es ▁ ;
▁El ▁en s al z ó ▁el ▁cu er no ▁de ▁su ▁pueblo ; ▁al á b en le to do s ▁sus ▁santo s , ▁los ▁hijos ▁de ▁Israel , ▁el ▁pueblo ▁á ▁él ▁cerca no . ▁A le l u y a ▁ .
▁Porque ▁Jehová ▁toma ▁con t en t amiento ▁con ▁su ▁pueblo : ▁her mos e ará ▁á ▁los ▁ hu mi l de s ▁con ▁sal ud .
▁Para ▁ap ri s ion ar ▁sus ▁reyes ▁en ▁gr ill os , ▁y ▁sus ▁no ble s ▁con ▁ca de n as ▁de ▁ hi er ro ;
▁A l aba d le ▁á ▁son ▁de ▁bocina : ▁al aba d le ▁con ▁sal te ri o ▁y ▁ar pa .
▁L O S ▁prove r bi os ▁de ▁Salomón , ▁hijo ▁de ▁David , ▁rey ▁de ▁Israel :
▁O irá ▁el ▁s a bi o , ▁y ▁a u ment ará ▁el ▁sabe r ; ▁y ▁el ▁en te nd ido ▁a d qui r irá ▁con se jo ;
▁Porque ▁a dor no ▁de ▁gracia ▁serán ▁á ▁tu ▁cabeza , ▁y ▁co l la res ▁á ▁tu ▁cu el lo .
▁Ha l la remos ▁ ri que za s ▁de ▁todas ▁suerte s , ▁he n ch i remos ▁nuestra s ▁casa s ▁de ▁despojo s ;
▁Porque ▁en ▁va no ▁se ▁ten de rá ▁la ▁re d ▁an te ▁los ▁ojos ▁de ▁toda ▁ ave ;
▁C la ma ▁en ▁los ▁principal es ▁lugar es ▁de ▁con cu r s o ; ▁en ▁las ▁entr ada s ▁de ▁las ▁puerta s ▁de ▁la ▁ciudad ▁di ce ▁sus ▁ ra z on es :
▁A n te s ▁de se ch a steis ▁todo ▁con se jo ▁mío , ▁y ▁mi ▁re p re n s ió n ▁no ▁qu is i steis :
▁Por ▁cuanto ▁aborrec ieron ▁la ▁sabiduría , ▁y ▁no ▁es co g ieron ▁el ▁tem or ▁de ▁Jehová ,
▁Mas ▁el ▁que ▁me ▁ o y er e , ▁habita rá ▁con f i ad amente , ▁y ▁vivir á ▁re p os ado , ▁sin ▁tem or ▁de ▁mal .
▁Si ▁ como ▁á ▁la ▁plata ▁la ▁busca res , ▁y ▁la ▁es cu d ri ñ are s ▁ como ▁á ▁te s or os ;
▁E s ▁el ▁que ▁guarda ▁las ▁ver ed as ▁del ▁juicio , ▁y ▁pre serv a ▁el ▁camino ▁de ▁sus ▁santo s .
▁Para ▁libr ar te ▁del ▁mal ▁camino , ▁de ▁los ▁hombres ▁que ▁habla n ▁per ver s i dad es ;
▁Para ▁libr ar te ▁de ▁la ▁mujer ▁ex tra ñ a , ▁de ▁la ▁a je n a ▁que ▁ha la ga ▁con ▁sus ▁palabras ;
▁Para ▁que ▁and es ▁por ▁el ▁camino ▁de ▁los ▁bueno s , ▁y ▁guard es ▁las ▁ver ed as ▁de ▁los ▁just os .
▁Porque ▁la r gu ra ▁de ▁días , ▁y ▁años ▁de ▁vida ▁y ▁paz ▁te ▁a u ment arán .
▁Re co n ó ce lo ▁en ▁todos ▁tu s ▁camino s , ▁y ▁él ▁en de re z ará ▁tu s ▁ver ed as .
▁Y ▁serán ▁llena s ▁tu s ▁ t ro je s ▁con ▁a b un d an ci a , ▁y ▁tu s ▁la gar es ▁re b os arán ▁de ▁most o .
▁Porque ▁su ▁me r ca der ía ▁es ▁mejor ▁que ▁la ▁me r ca der ía ▁de ▁la ▁plata , ▁y ▁sus ▁fruto s ▁más ▁que ▁el ▁oro ▁fin o .
▁El la ▁es ▁árbol ▁de ▁vida ▁á ▁los ▁que ▁de ▁ella ▁as en : ▁y ▁bien ave n t ur ados ▁son ▁los ▁que ▁la ▁man t i en en .
▁Y ▁serán ▁vida ▁á ▁tu ▁alma , ▁y ▁gracia ▁á ▁tu ▁cu el lo .
▁Porque ▁Jehová ▁será ▁tu ▁con f i an za , ▁y ▁él ▁pre serv ará ▁tu ▁pie ▁de ▁ser ▁pre s o .
▁No ▁p le ite es ▁con ▁alguno ▁sin ▁ ra z ón , ▁si ▁él ▁no ▁te ▁ha ▁hecho ▁a g ra vi o .
▁C iertamente ▁él ▁es c ar n e ce rá ▁á ▁los ▁es c ar n e ce do res , ▁y ▁á ▁los ▁ hu mi l de s ▁dará ▁gracia .
▁Porque ▁yo ▁f u í ▁hijo ▁de ▁mi ▁padre , ▁del i c ado ▁y ▁ ún i co ▁delante ▁de ▁mi ▁madre .
▁S ab id ur ía ▁an te ▁todo : ▁a d qui er e ▁sabiduría : ▁y ▁an te ▁toda ▁tu ▁posesión ▁a d qui er e ▁in te li g en ci a .
▁Por ▁el ▁camino ▁de ▁la ▁sabiduría ▁te ▁he ▁en ca mi n ado , ▁y ▁por ▁ver ed as ▁derecha s ▁te ▁he ▁hecho ▁and ar .
▁De s am p á ra la , ▁no ▁pa se s ▁por ▁ella ; ▁ap á r ta te ▁de ▁ella , ▁pasa .
▁El ▁camino ▁de ▁los ▁imp í os ▁es ▁ como ▁la ▁os cu ri dad : ▁no ▁sabe n ▁en ▁qué ▁ t ro p i e za n .
▁So bre ▁toda ▁cosa ▁guarda da ▁guarda ▁tu ▁corazón ; ▁por que ▁de ▁él ▁man a ▁la ▁vida .
▁No ▁te ▁apart es ▁á ▁die s tra , ▁ni ▁á ▁sin i est ra : ▁apart a ▁tu ▁pie ▁del ▁mal .
▁Mas ▁su ▁fin ▁es ▁am ar go ▁ como ▁el ▁a je n jo , ▁a gu do ▁ como ▁cuchillo ▁de ▁dos ▁f i los .
▁A le ja ▁de ▁ella ▁tu ▁camino , ▁y ▁no ▁te ▁a cer que s ▁á ▁la ▁puerta ▁de ▁su ▁casa ;
▁Y ▁di ga s : ▁ ¡ C ó mo ▁aborrec í ▁el ▁con se jo , ▁y ▁mi ▁corazón ▁men os p re ció ▁la ▁re p re n s ió n ;
▁De r rá me n se ▁por ▁de ▁fuera ▁tu s ▁fuente s , ▁en ▁las ▁p la za s ▁los ▁río s ▁de ▁aguas .
▁¿ Y ▁por ▁qué , ▁hijo ▁mío , ▁and arás ▁ ci e go ▁con ▁la ▁a je n a , ▁y ▁abr az arás ▁el ▁se no ▁de ▁la ▁ex tra ñ a ?
▁ H I J O ▁mío , ▁si ▁sal iere s ▁f i ado r ▁por ▁tu ▁am i go , ▁si ▁to c aste ▁tu ▁mano ▁por ▁el ▁ex tra ñ o ,
▁E s c á pa te ▁ como ▁el ▁cor zo ▁de ▁la ▁mano ▁del ▁ca za dor , ▁y ▁ como ▁el ▁ ave ▁de ▁la ▁mano ▁del ▁para n ce ro .
▁P er e zo s o , ▁¿ h as ta ▁cu ándo ▁has ▁de ▁do r mi r ? ▁¿ cu ándo ▁te ▁levant arás ▁de ▁tu ▁sueño ?
▁ G u i ñ a ▁de ▁sus ▁ojos , ▁habla ▁con ▁sus ▁pie s , ▁in di ca ▁con ▁sus ▁de do s ;
▁Lo s ▁ojos ▁al t i v os , ▁la ▁le n gu a ▁men t ir os a , ▁las ▁manos ▁derram ado ra s ▁de ▁sangre ▁in o c ente ,
▁A ta los ▁siempre ▁en ▁tu ▁corazón , ▁en l á za los ▁á ▁tu ▁cu el lo .
▁No ▁co di ci es ▁su ▁her mos ura ▁en ▁tu ▁corazón , ▁ni ▁ella ▁te ▁pre n da ▁con ▁sus ▁ojos :
▁As í ▁el ▁que ▁entrar e ▁á ▁la ▁mujer ▁de ▁su ▁prójimo ; ▁no ▁será ▁sin ▁culpa ▁cualquier a ▁que ▁la ▁tocare .
▁P la ga ▁y ▁ver g ü en za ▁halla rá ; ▁y ▁su ▁a f r enta ▁ nunc a ▁será ▁ ra í da .
▁ G u ar da ▁mis ▁mandamientos , ▁y ▁vivir ás ; ▁y ▁mi ▁le y ▁ como ▁las ▁ni ñ as ▁de ▁tu s ▁ojos .
▁Porque ▁mira ndo ▁yo ▁por ▁la ▁ven t an a ▁de ▁mi ▁casa , ▁por ▁mi ▁ ce los ía ,
▁Y ▁he ▁aquí , ▁una ▁mujer ▁que ▁le ▁sal e ▁al ▁en cu en t ro ▁con ▁a ta v í o ▁de ▁ram er a , ▁as tu ta ▁de ▁corazón ,
▁S a c ri f i ci os ▁de ▁paz ▁había ▁pro me t ido , ▁hoy ▁he ▁pa g ado ▁mis ▁voto s ;
▁Ve n , ▁ em b ri a gu é mo nos ▁de ▁am o res ▁hast a ▁la ▁mañana ; ▁alegr é mo nos ▁en ▁am o res .
▁ V a se ▁en ▁pos ▁de ▁ella ▁luego , ▁ como ▁va ▁el ▁buey ▁al ▁de go l la der o , ▁y ▁ como ▁el ▁lo co ▁á ▁las ▁pri s ion es ▁para ▁ser ▁cast i g ado ;
▁Porque ▁á ▁mucho s ▁ha ▁hecho ▁ca er ▁her ido s ; ▁y ▁aun ▁los ▁más ▁fuerte s ▁han ▁sido ▁muerto s ▁por ▁ella .
▁En ▁el ▁lugar ▁de ▁las ▁puerta s , ▁á ▁la ▁entr ada ▁de ▁la ▁ciudad , ▁á ▁la ▁entr ada ▁de ▁las ▁puerta s ▁da ▁voces :
▁Porque ▁mi ▁boca ▁hablar á ▁ver dad , ▁y ▁la ▁imp i ed ad ▁abomina n ▁mis ▁la bi os .
▁Porque ▁mejor ▁es ▁la ▁sabiduría ▁que ▁las ▁piedra s ▁precio s as ; ▁y ▁todas ▁las ▁cosas ▁que ▁se ▁pu ed en ▁de se ar , ▁no ▁son ▁de ▁com para r ▁con ▁ella .
▁Por ▁mí ▁re in an ▁los ▁reyes , ▁y ▁los ▁príncipes ▁de t er mi n an ▁justicia .
▁Me jo r ▁es ▁mi ▁fruto ▁que ▁el ▁oro , ▁y ▁que ▁el ▁oro ▁re f in ado ; ▁y ▁mi ▁ ré di to ▁mejor ▁que ▁la ▁plata ▁es co g i da .
▁E te rna l mente ▁tu v e ▁el ▁pri n ci p ado , ▁de s de ▁el ▁pri n ci p i o , ▁antes ▁de ▁la ▁tierra .
▁Cuan do ▁for ma ba ▁los ▁cielo s , ▁allí ▁estaba ▁yo ; ▁cuando ▁señal aba ▁por ▁com p ás ▁la ▁sobre f az ▁del ▁a bi s mo ;
▁Hu é l go me ▁en ▁la ▁parte ▁habita ble ▁de ▁su ▁tierra ; ▁y ▁mis ▁del i ci as ▁son ▁con ▁los ▁hijos ▁de ▁los ▁hombres .
▁Porque ▁el ▁que ▁me ▁halla re , ▁halla rá ▁la ▁vida , ▁y ▁al ca n z ará ▁el ▁f a v or ▁de ▁Jehová .
▁En vi ó ▁sus ▁c ri ada s ; ▁sobre ▁lo ▁más ▁al to ▁de ▁la ▁ciudad ▁c l am ó :
▁El ▁que ▁cor ri g e ▁al ▁es c ar n e ce dor , ▁a f r enta ▁se ▁a c ar re a : ▁el ▁que ▁re p re n de ▁al ▁imp í o , ▁se ▁at ra e ▁man ch a .
▁Porque ▁por ▁mí ▁se ▁a u ment arán ▁tu s ▁días , ▁y ▁años ▁de ▁vida ▁se ▁te ▁a ñ ad irá n .
▁Para ▁llamar ▁á ▁los ▁que ▁pasa n ▁por ▁el ▁camino , ▁que ▁va n ▁por ▁sus ▁camino s ▁derecho s .
▁La s ▁sent en ci as ▁de ▁Salomón . ▁E L ▁hijo ▁s a bi o ▁alegr a ▁al ▁padre ; ▁y ▁el ▁hijo ▁ n e ci o ▁es ▁ t r iste za ▁de ▁su ▁madre .
▁El ▁que ▁recog e ▁en ▁el ▁es t í o ▁es ▁hombre ▁en te nd ido : ▁el ▁que ▁d u er me ▁en ▁el ▁tiempo ▁de ▁la ▁si e ga ▁es ▁hombre ▁a f re n to s o .
▁El ▁que ▁ca mi n a ▁en ▁in te g ri dad , ▁and a ▁con f i ado : ▁mas ▁el ▁que ▁per vier te ▁sus ▁camino s , ▁será ▁que bra n t ado .
▁En ▁los ▁la bi os ▁del ▁p r ud ente ▁se ▁halla ▁sabiduría : ▁y ▁va ra ▁á ▁las ▁es pa l das ▁del ▁f al to ▁de ▁cor d ura .
▁C am in o ▁á ▁la ▁vida ▁es ▁guarda r ▁la ▁cor re c ción : ▁mas ▁el ▁que ▁de ja ▁la ▁re p re n s ió n , ▁y er ra .
▁Lo s ▁la bi os ▁del ▁just o ▁a pa ci enta n ▁á ▁mucho s : ▁mas ▁los ▁ n e ci os ▁por ▁falta ▁de ▁en te nd imiento ▁mu er en .
▁C o mo ▁pasa ▁el ▁to r be l li no , ▁así ▁el ▁mal o ▁no ▁per man e ce : ▁mas ▁el ▁just o , ▁f un d ado ▁para ▁siempre .
▁For ta le za ▁es ▁al ▁per f e c to ▁el ▁camino ▁de ▁Jehová : ▁mas ▁es p an to ▁es ▁á ▁los ▁que ▁obra n ▁mal dad .
▁E L ▁pe s o ▁f al s o ▁abomina ción ▁es ▁á ▁Jehová : ▁mas ▁la ▁pe s a ▁ca ba l ▁le ▁a g r ada .
▁La ▁justicia ▁del ▁per f e c to ▁en de re z ará ▁su ▁camino : ▁mas ▁el ▁imp í o ▁por ▁su ▁imp i ed ad ▁ca e rá .
▁El ▁ hi p ó c ri ta ▁con ▁la ▁boca ▁da ñ a ▁á ▁su ▁prójimo : ▁mas ▁los ▁just os ▁son ▁libr ados ▁con ▁la ▁sabiduría .
▁El ▁que ▁and a ▁en ▁ch is me s , ▁descubr e ▁el ▁secret o : ▁mas ▁el ▁de ▁espíritu ▁f i el ▁en cu bre ▁la ▁cosa .
▁A ▁su ▁alma ▁ha ce ▁bien ▁el ▁hombre ▁mis er i co r di os o : ▁mas ▁el ▁c r ue l ▁at or ment a ▁su ▁carne .
▁A un que ▁lleg ue ▁la ▁mano ▁á ▁la ▁mano , ▁el ▁mal o ▁no ▁quedar á ▁sin ▁cast i go : ▁mas ▁la ▁simiente ▁de ▁los ▁just os ▁es ca p ará .
▁El ▁alma ▁li be ra l ▁será ▁en g or d ada : ▁y ▁el ▁que ▁s a ci are , ▁él ▁también ▁será ▁s a ci ado .
▁El ▁que ▁tu r ba ▁su ▁casa ▁her ed ará ▁vi en to ; ▁y ▁el ▁ n e ci o ▁será ▁siervo ▁del ▁s a bi o ▁de ▁corazón .
▁El ▁bueno ▁al ca n z ará ▁f a v or ▁de ▁Jehová : ▁mas ▁él ▁con de n ará ▁al ▁hombre ▁de ▁mal os ▁pe n s amiento s .
▁La s ▁palabras ▁de ▁los ▁imp í os ▁son ▁para ▁a ce ch ar ▁la ▁sangre : ▁mas ▁la ▁boca ▁de ▁los ▁rec to s ▁los ▁libr ará .
▁El ▁just o ▁at i en de ▁á ▁la ▁vida ▁de ▁su ▁bestia : ▁mas ▁las ▁entr a ñ as ▁de ▁los ▁imp í os ▁son ▁c r ue les .
▁El ▁hombre ▁será ▁ha r to ▁de ▁bien ▁del ▁fruto ▁de ▁su ▁boca : ▁y ▁la ▁pa ga ▁de ▁las ▁manos ▁del ▁hombre ▁le ▁será ▁d ada .
▁Ha y ▁quien es ▁habla n ▁ como ▁d ando ▁esto cada s ▁de ▁espada : ▁mas ▁la ▁le n gu a ▁de ▁los ▁s a bi os ▁es ▁me di ci n a .
▁Lo s ▁la bi os ▁men t ir os os ▁son ▁abomina ción ▁á ▁Jehová : ▁mas ▁los ▁obra do res ▁de ▁ver dad ▁su ▁con t en t amiento .
▁El ▁just o ▁ha ce ▁ven ta ja ▁á ▁su ▁prójimo : ▁mas ▁el ▁camino ▁de ▁los ▁imp í os ▁les ▁ha ce ▁ er r ar .
▁De l ▁fruto ▁de ▁su ▁boca ▁el ▁hombre ▁comerá ▁bien : ▁mas ▁el ▁alma ▁de ▁los ▁pre v ar i c ado res h al l ará ma l .
▁La ▁justicia ▁guarda ▁al ▁de ▁per f e c to ▁camino : ▁mas ▁la ▁imp i ed ad ▁tras to rna rá ▁al ▁pecado r .
▁C iertamente ▁la ▁so b er bi a ▁par irá ▁con t i en da : ▁mas ▁con ▁los ▁a vi s ados ▁es ▁la ▁sabiduría .
▁La ▁le y ▁del ▁s a bi o ▁es ▁man an t i al ▁de ▁vida , ▁para ▁apart ar se ▁de ▁los ▁la zo s ▁de ▁la ▁muerte .
▁P o bre za ▁y ▁ver g ü en za ▁tendrá ▁el ▁que ▁men os p re ci a ▁el ▁con se jo : ▁mas ▁el ▁que ▁guarda ▁la ▁cor re c ción , ▁será ▁ho n r ado .
▁El ▁bueno ▁dejar á ▁her ed eros ▁á ▁los ▁hijos ▁de ▁los ▁hijos ; ▁y ▁el ▁haber ▁del ▁pecado r , ▁para ▁el ▁just o ▁está ▁guard ado .
▁L A ▁mujer ▁s a bi a ▁edifica ▁su ▁casa : ▁mas ▁la ▁ n e ci a ▁con ▁sus ▁manos ▁la ▁de r ri ba .
▁El ▁testigo ▁ver dad er o ▁no ▁men t irá : ▁mas ▁el ▁testigo ▁f al s o ▁hablar á ▁men t ir as .
▁Lo s ▁ n e ci os ▁se ▁mo f an ▁del ▁pecado : ▁mas ▁entre ▁los ▁rec to s ▁hay ▁f a v or .
▁A un ▁en ▁la ▁ ri s a ▁tendrá ▁do l or ▁el ▁corazón ; ▁y ▁el ▁término ▁de ▁la ▁alegr ía ▁es ▁con go ja .
▁El ▁que ▁pre s to ▁se ▁enoj a , ▁hará ▁lo cu ra : ▁y ▁el ▁hombre ▁mal i ci os o ▁será ▁aborrec ido .
▁P e ca ▁el ▁que ▁men os p re ci a ▁á ▁su ▁prójimo : ▁mas ▁el ▁que ▁tiene ▁misericordia ▁de ▁los ▁p o bre s , ▁es ▁bien ave n t ur ado .
▁El ▁testigo ▁ver dad er o ▁libr a ▁las ▁alma s : ▁mas ▁el ▁en ga ñ os o ▁hablar á ▁men t ir as .
▁El ▁que ▁tarde ▁se ▁a i ra , ▁es ▁grande ▁de ▁en te nd imiento : ▁mas ▁el ▁cor to ▁de ▁espíritu ▁en g ra n de ce ▁el ▁de s a t in o .
▁En ▁el ▁corazón ▁del ▁cu er do ▁re p os a ▁la ▁sabiduría ; ▁y ▁es ▁conoc i da ▁en ▁medio ▁de ▁los ▁ n e ci os .
▁La ▁le n gu a ▁de ▁los ▁s a bi os ▁a dor n ará ▁la ▁sabiduría : ▁mas ▁la ▁boca ▁de ▁los ▁ n e ci os ▁hablar á ▁s an de ce s .
▁En ▁la ▁casa ▁del ▁just o ▁hay ▁gran ▁pro vi s ió n ; ▁ e mpero ▁tu r b ación ▁en ▁las ▁ ga n an ci as ▁del ▁imp í o .
▁La ▁rec on v en ción ▁es ▁mo les ta ▁al ▁que ▁de ja ▁el ▁camino : ▁y ▁el ▁que ▁aborrec iere ▁la ▁cor re c ción , ▁morirá .
▁El ▁corazón ▁en te nd ido ▁busca ▁la ▁sabiduría : ▁mas ▁la ▁boca ▁de ▁los ▁ n e ci os ▁pa ce ▁ n e ce dad .
▁El ▁hombre ▁ir a cu ndo ▁mu e v e ▁con t i en das : ▁mas ▁el ▁que ▁tarde ▁se ▁enoj a , ▁a pa ci gu ará ▁la ▁re n ci l la .
▁Lo s ▁pe n s amiento s ▁son ▁f r u st r ados ▁don de ▁no ▁hay ▁con se jo ; ▁mas ▁en ▁la ▁multitud ▁de ▁con se j eros ▁se ▁a f ir man .
▁A b om in ación ▁son ▁á ▁Jehová ▁los ▁pe n s amiento s ▁del ▁mal o : ▁mas ▁las ▁ex p res ion es ▁de ▁los ▁limpio s ▁son ▁limpia s .
▁La ▁lu z ▁de ▁los ▁ojos ▁alegr a ▁el ▁corazón ; ▁y ▁la ▁buena ▁f a ma ▁en g or da ▁los ▁hues os .
▁ D E L ▁hombre ▁son ▁las ▁di s p os i ciones ▁del ▁corazón : ▁mas ▁de ▁Jehová ▁la ▁re s p ue s ta ▁de ▁la ▁le n gu a .
▁A b om in ación ▁es ▁á ▁Jehová ▁todo ▁al t i v o ▁de ▁corazón : ▁aun que ▁es t é ▁mano ▁sobre ▁mano , ▁no ▁será ▁re p u t ado ▁in o c ente .
▁El ▁corazón ▁del ▁hombre ▁pie n s a ▁su ▁camino : ▁mas ▁Jehová ▁en de re za ▁sus ▁pa s os .
▁Lo s ▁la bi os ▁just os ▁son ▁el ▁con t en t amiento ▁de ▁los ▁reyes ; ▁y ▁a man ▁al ▁que ▁habla ▁lo ▁rec to .
▁El ▁camino ▁de ▁los ▁rec to s ▁es ▁apart ar se ▁del ▁mal : ▁su ▁alma ▁guarda ▁el ▁que ▁guarda ▁su ▁camino .
▁El ▁s a bi o ▁de ▁corazón ▁es ▁llamado ▁en te nd ido : ▁y ▁la ▁d u l z ura ▁de ▁la bi os ▁a u ment ará ▁la ▁do c t ri n a .
▁Ha y ▁camino ▁que ▁par e ce ▁derecho ▁al ▁hombre , ▁mas ▁su ▁sal i da ▁son ▁camino s ▁de ▁muerte .
▁El ▁hombre ▁mal o ▁li s on je a ▁á ▁su ▁prójimo , ▁y ▁le ▁ha ce ▁and ar ▁por ▁el ▁camino ▁no ▁bueno :
▁La ▁suerte ▁se ▁echa ▁en ▁el ▁se no : ▁mas ▁de ▁Jehová ▁es ▁el ▁juicio ▁de ▁ella .
▁El ▁mal o ▁está ▁at en to ▁al ▁la bi o ▁in i cu o ; ▁y ▁el ▁men t ir os o ▁es cu ch a ▁á ▁la ▁le n gu a ▁de tra c to ra .
▁P i ed ra ▁precio s a ▁es ▁el ▁co h e ch o ▁en ▁ojos ▁de ▁sus ▁d ue ñ os : ▁á ▁don de ▁ qui er a ▁que ▁se ▁ v ue l v e , ▁da ▁prosper i dad .
▁Me jo r ▁es ▁se ▁en cu en t re ▁un ▁hombre ▁con ▁una ▁os a ▁á ▁la ▁cual ▁han ▁ ro b ado ▁sus ▁ca ch or ro s , ▁que ▁con ▁un ▁fat u o ▁en ▁su ▁ n e ce dad .
▁¿ D e ▁qué ▁sirv e ▁el ▁precio ▁en ▁la ▁mano ▁del ▁ n e ci o ▁para ▁com p r ar ▁sabiduría , ▁no ▁ten iendo ▁en te nd imiento ?
▁El ▁per ver s o ▁de ▁corazón ▁ nunc a ▁halla rá ▁bien : ▁y ▁el ▁que ▁re v ue l v e ▁con ▁su ▁le n gu a , ▁ca e rá ▁en ▁mal .
▁En ▁el ▁rostro ▁del ▁en te nd ido ▁ap are ce ▁la ▁sabiduría : ▁mas ▁los ▁ojos ▁del ▁ n e ci o ▁va ga n ▁hast a ▁el ▁cabo ▁de ▁la ▁tierra .
▁A un ▁el ▁ n e ci o ▁cuando ▁ca l la , ▁es ▁con t ado ▁por ▁s a bi o : ▁el ▁que ▁ ci er ra ▁sus ▁la bi os ▁es ▁en te nd ido .
▁A gu as ▁pro f un das ▁son ▁las ▁palabras ▁de ▁la ▁boca ▁del ▁hombre ; ▁y ▁arroyo ▁re ver t iente , ▁la ▁fuente ▁de ▁la ▁sabiduría .
▁La s ▁palabras ▁del ▁ch is mos o ▁par e ce n ▁ b l an das , ▁y ▁de s ci en de n ▁hast a ▁lo ▁ í n t im o ▁del ▁vi en t re .
▁A n te s ▁del ▁que bra n t amiento ▁se ▁el e v a ▁el ▁corazón ▁del ▁hombre , ▁y ▁antes ▁de ▁la ▁ho n ra ▁es ▁el ▁ aba t imiento .
▁El ▁presente ▁del ▁hombre ▁le ▁en s an ch a ▁el ▁camino , ▁y ▁le ▁llev a ▁delante ▁de ▁los ▁grande s .
▁De l ▁fruto ▁de ▁la ▁boca ▁del ▁hombre ▁se ▁ha r t ará ▁su ▁vi en t re ; ▁ha r t arás e ▁del ▁pro d u c to ▁de ▁sus ▁la bi os .
▁El ▁hombre ▁que ▁tiene ▁am i go s , ▁ha ▁de ▁most r ar se ▁am i go : ▁y ▁am i go ▁hay ▁más ▁con j un to ▁que ▁el ▁hermano .
▁La s ▁ ri que za s ▁all e ga n ▁mucho s ▁am i go s : ▁mas ▁el ▁p o bre , ▁de ▁su ▁am i go ▁es ▁apart ado .
▁El ▁que ▁pos e e ▁en te nd imiento , ▁a ma ▁su ▁alma : ▁el ▁que ▁guarda ▁la ▁in te li g en ci a , ▁halla rá ▁el ▁bien .
▁C o mo ▁el ▁br am ido ▁del ▁ca ch or ro ▁de ▁le ón ▁es ▁la ▁ir a ▁del ▁rey ; ▁y ▁su ▁f a v or ▁ como ▁el ▁ ro c í o ▁sobre ▁la ▁ hi er ba .
▁El ▁que ▁guarda ▁el ▁man d amiento , ▁guarda ▁su ▁alma : ▁mas ▁el ▁que ▁men os p re ci are ▁sus ▁camino s , ▁morirá .
▁E s cu ch a ▁el ▁con se jo , ▁y ▁re ci be ▁la ▁cor re c ción , ▁para ▁que ▁sea s ▁s a bi o ▁en ▁tu ▁ve je z .
▁El ▁per e zo s o ▁escond e ▁su ▁mano ▁en ▁el ▁se no : ▁aun ▁á ▁su ▁boca ▁no ▁la ▁llev ará .
▁El ▁testigo ▁per ver s o ▁se ▁bu r l ará ▁del ▁juicio ; ▁y ▁la ▁boca ▁de ▁los ▁imp í os ▁en cu b r irá ▁la ▁iniquidad .
▁ H on ra ▁es ▁del ▁hombre ▁dejar se ▁de ▁con t i en da : ▁mas ▁todo ▁in s en s a to ▁se ▁en v o l ver á ▁en ▁ella .
▁El ▁just o ▁que ▁ca mi n a ▁en ▁su ▁in te g ri dad , ▁bien ave n t ur ados ▁serán ▁sus ▁hijos ▁después ▁de ▁él .
▁A un ▁el ▁much a ch o ▁es ▁conoc ido ▁por ▁sus ▁hecho s , ▁si ▁su ▁obra ▁fuere ▁limpia ▁y ▁rec ta .
▁Ha y ▁oro ▁y ▁multitud ▁de ▁piedra s ▁precio s as : ▁mas ▁los ▁la bi os ▁s a bi os ▁son ▁va s o ▁precio s o .
▁El ▁que ▁descubr e ▁el ▁secret o , ▁en ▁ch is me s ▁and a : ▁no ▁te ▁entr o me ta s , ▁pues , ▁con ▁el ▁que ▁li s on je a ▁con ▁sus ▁la bi os .
▁A b om in ación ▁son ▁á ▁Jehová ▁las ▁pe s as ▁do ble s ; ▁y ▁el ▁pe s o ▁f al s o ▁no ▁es ▁bueno .
▁C an de la ▁de ▁Jehová ▁es ▁el ▁alma ▁del ▁hombre , ▁que ▁es cu d ri ñ a ▁lo ▁secret o ▁del ▁vi en t re .
▁C O M O ▁los ▁re p ar t imiento s ▁de ▁las ▁aguas , ▁así ▁está ▁el ▁corazón ▁del ▁rey ▁en ▁la ▁mano ▁de ▁Jehová : ▁á ▁todo ▁lo ▁que ▁qu iere ▁lo ▁inclin a .
▁Lo s ▁pe n s amiento s ▁del ▁so l í ci to ▁c iertamente ▁va n ▁á ▁a b un d an ci a ; ▁mas ▁todo ▁pre s ur os o , ▁in de f e c t i ble mente ▁á ▁p o bre za .
▁Me jo r ▁es ▁vivir ▁en ▁un ▁ ri n c ón ▁de ▁ za qui za m í , ▁que ▁con ▁la ▁mujer ▁re n ci l los a ▁en ▁es pa ci os a ▁casa .
▁El ▁que ▁ ci er ra ▁su ▁oído ▁al ▁c l am or ▁del ▁p o bre , ▁también ▁él ▁clama rá , ▁y ▁no ▁será ▁oído .
▁ H om bre ▁ n e ce s ita do ▁será ▁el ▁que ▁a ma ▁el ▁de le ite : ▁y ▁el ▁que ▁a ma ▁el ▁vino ▁y ▁un g ü en to s ▁no ▁en ri que ce rá .
▁El ▁que ▁si gu e ▁la ▁justicia ▁y ▁la ▁misericordia , ▁halla rá ▁la ▁vida , ▁la ▁justicia , ▁y ▁la ▁ho n ra .
▁El ▁de se o ▁del ▁per e zo s o ▁le ▁mata , ▁por que ▁sus ▁manos ▁no ▁qu iere n ▁tra ba ja r .
▁El ▁hombre ▁imp í o ▁a f ir ma ▁su ▁rostro : ▁mas ▁el ▁rec to ▁orden a ▁sus ▁camino s .
▁El ▁ ri co ▁y ▁el ▁p o bre ▁se ▁encontr aron : ▁á ▁todos ▁ellos ▁hizo ▁Jehová .
▁I n st r u y e ▁al ▁niño ▁en ▁su ▁ca r re ra : ▁aun ▁cuando ▁fuere ▁viejo ▁no ▁se ▁apart ará ▁de ▁ella .
▁E ch a ▁fuera ▁al ▁es c ar n e ce dor , ▁y ▁saldrá ▁la ▁con t i en da , ▁y ▁c es ará ▁el ▁p le i to ▁y ▁la ▁a f r enta .
▁Si ma ▁pro f un da ▁es ▁la ▁boca ▁de ▁las ▁ex tra ñ as : ▁aquel ▁contra ▁el ▁cual ▁estuviere ▁Jehová ▁a ir ado , ▁ca e rá ▁en ▁ella .
▁Porque ▁es ▁cosa ▁de le ita ble , ▁si ▁las ▁guarda res ▁en ▁tu s ▁entr a ñ as ; ▁y ▁que ▁junt amente ▁sea n ▁orden ada s ▁en ▁tu s ▁la bi os .
▁No ▁ ro be s ▁al ▁p o bre , ▁por que ▁es ▁p o bre , ▁ni ▁que bra n te s ▁en ▁la ▁puerta ▁al ▁aflig ido :
▁No ▁es t é s ▁entre ▁los ▁que ▁to ca n ▁la ▁mano , ▁entre ▁los ▁que ▁f ían ▁por ▁de u das .
▁C U A NDO ▁te ▁sent are s ▁á ▁come r ▁con ▁al g ún ▁señor , ▁con s i de ra ▁bien ▁lo ▁que ▁estuviere ▁delante ▁de ▁ti ;
▁¿ H as ▁de ▁pon er ▁tu s ▁ojos ▁en ▁las ▁ ri que za s , ▁s iendo ▁ninguna s ? ▁por que ▁hacer se ▁han ▁al as , ▁ como ▁al as ▁de ▁á gu i la , ▁y ▁ v o l arán ▁al ▁cielo .
▁No ▁ha ble s ▁á ▁oído s ▁del ▁ n e ci o ; ▁por que ▁men os p re ci ará ▁la ▁p r ud en ci a ▁de ▁tu s ▁ ra z on es .
▁No ▁re hu se s ▁la ▁cor re c ción ▁del ▁much a ch o : ▁por que ▁si ▁lo ▁ h ir iere s ▁con ▁va ra , ▁no ▁morirá .
▁No ▁ten ga ▁tu ▁corazón ▁en vi di a ▁de ▁los ▁pecado res , ▁antes ▁per se ver a ▁en ▁el ▁tem or ▁de ▁Jehová ▁todo ▁tiempo :
▁Porque ▁el ▁be be dor ▁y ▁el ▁com il ón ▁emp o bre ce rán : ▁y ▁el ▁sueño ▁hará ▁ve st ir ▁vestidos ▁ ro to s .
▁A l é g re n se ▁tu ▁padre ▁y ▁tu ▁madre , ▁y ▁ g ó ce se ▁la ▁que ▁te ▁engendró .
▁¿ P ar a ▁qu ién ▁será ▁el ▁a y ? ▁¿ para ▁qu ién ▁el ▁a y ? ▁¿ para ▁qu ién ▁las ▁re n c ill as ? ▁¿ para ▁qu ién ▁las ▁que ja s ? ▁¿ para ▁qu ién ▁las ▁her i das ▁en ▁ba l de ? ▁¿ para ▁qu ién ▁lo ▁am o ra t ado ▁de ▁los ▁ojos ?
▁T u s ▁ojos ▁mira rán ▁las ▁ex tra ñ as , ▁y ▁tu ▁corazón ▁hablar á ▁per ver s i dad es .
▁Porque ▁su ▁corazón ▁pie n s a ▁en ▁ ro b ar , ▁é ▁iniquidad ▁habla n ▁sus ▁la bi os .
▁Porque ▁con ▁ ing en i o ▁harás ▁la ▁guerra : ▁y ▁la ▁sal ud ▁está ▁en ▁la ▁multitud ▁de ▁con se j eros .
▁Si ▁fuere s ▁f lo jo ▁en ▁el ▁día ▁de ▁tra ba jo , ▁tu ▁fuerza ▁será ▁re d u ci da .
▁T al ▁será ▁el ▁conoc imiento ▁de ▁la ▁sabiduría ▁á ▁tu ▁alma : ▁si ▁la ▁halla res ▁tendrá ▁rec om p en s a , ▁y ▁al ▁fin ▁tu ▁es per an za ▁no ▁será ▁cor t ada .
▁Porque ▁Jehová ▁no ▁lo ▁mi re , ▁y ▁le ▁de s a g ra de ▁ , ▁y ▁apart e ▁de ▁sobre ▁él ▁su ▁enoj o .
▁Porque ▁su ▁que bra n t amiento ▁se ▁levant ará ▁de ▁re p ente ; ▁y ▁el ▁que bra n t amiento ▁de ▁ambos , ▁¿ qui é n ▁lo ▁com p re n de ?
▁Be s ados ▁serán ▁los ▁la bi os ▁del ▁que ▁respond e ▁palabras ▁rec ta s .
▁P as é ▁junto ▁á ▁la ▁heredad ▁del ▁hombre ▁per e zo s o , ▁y ▁junto ▁á ▁la ▁viña ▁del ▁hombre ▁f al to ▁de ▁en te nd imiento ;
▁As í ▁vendrá ▁ como ▁ca mi n an te ▁tu ▁ n e ce s i dad , ▁y ▁tu ▁p o bre za ▁ como ▁hombre ▁de ▁es cu do .
▁ Q u ita ▁las ▁es co ri as ▁de ▁la ▁plata , ▁y ▁saldrá ▁va s o ▁al ▁f un di dor .
▁No ▁sal ga s ▁á ▁p le i to ▁pre s to , ▁no ▁sea ▁que ▁no ▁se pa s ▁qué ▁hacer ▁al ▁fin , ▁después ▁que ▁tu ▁prójimo ▁te ▁haya ▁de ja do ▁con f u s o .
▁C o mo ▁ za r ci l lo ▁de ▁oro ▁y ▁ jo y el ▁de ▁oro ▁fin o , ▁es ▁el ▁que ▁re p re n de ▁al ▁s a bi o ▁que ▁tiene ▁oído ▁d ó ci l .
▁¿ H al l aste ▁la ▁mi el ? ▁come ▁lo ▁que ▁te ▁ba s ta ; ▁no ▁sea ▁que ▁te ▁ha r te s ▁de ▁ella , ▁y ▁la ▁ v om ites .
▁El ▁que ▁can ta ▁can ciones ▁al ▁corazón ▁aflig ido , ▁es ▁ como ▁el ▁que ▁qu ita ▁la ▁ropa ▁en ▁tiempo ▁de ▁f r í o , ▁ó ▁el ▁que ▁sobre ▁el ▁ ja b ón ▁echa ▁vi n a g re .
▁Me jo r ▁es ▁esta r ▁en ▁un ▁ ri n c ón ▁de ▁casa , ▁que ▁con ▁la ▁mujer ▁re n ci l los a ▁en ▁es pa ci os a ▁casa .
▁C o mo ▁ciudad ▁de r ri b ada ▁y ▁sin ▁mu ro , ▁es ▁el ▁hombre ▁cu y o ▁espíritu ▁no ▁tiene ▁ ri en da .
▁Nun ca ▁respond as ▁al ▁ n e ci o ▁en ▁conform i dad ▁á ▁su ▁ n e ce dad , ▁para ▁que ▁no ▁sea s ▁tú ▁también ▁ como ▁él .
▁C o mo ▁quien ▁li ga ▁la ▁piedra ▁en ▁la ▁ho n da , ▁así ▁ha ce ▁el ▁que ▁al ▁ n e ci o ▁da ▁ho n ra .
▁¿ H as ▁visto ▁hombre ▁s a bi o ▁en ▁su ▁ o p in ió n ? ▁más ▁es per an za ▁hay ▁del ▁ n e ci o ▁que ▁de ▁él .
▁A ▁su ▁ver ▁es ▁el ▁per e zo s o ▁más ▁s a bi o ▁que ▁siete ▁que ▁le ▁de n ▁con se jo .
▁Si n ▁le ñ a ▁se ▁a pa ga ▁el ▁fuego : ▁y ▁don de ▁no ▁hay ▁ch is mos o , ▁c es a ▁la ▁con t i en da .
▁O t ro ▁par e ce ▁en ▁los ▁la bi os ▁el ▁que ▁aborrec e ; ▁mas ▁en ▁su ▁in te ri or ▁pon e ▁en ga ñ o .
▁La ▁f al s a ▁le n gu a ▁at or ment a ▁al ▁que ▁aborrec e : ▁y ▁la ▁boca ▁li s on je ra ▁ha ce ▁re s ba la der o .
▁C r ue l ▁es ▁la ▁ir a , ▁é ▁imp e tu os o ▁el ▁furor ; ▁mas ▁¿ qui é n ▁para rá ▁delante ▁de ▁la ▁en vi di a ?
▁C u al ▁ ave ▁que ▁se ▁va ▁de ▁su ▁ni do , ▁tal ▁es ▁el ▁hombre ▁que ▁se ▁va ▁de ▁su ▁lugar .
▁El ▁a vi s ado ▁ve ▁el ▁mal , ▁y ▁es c ón de se ; ▁mas ▁los ▁si m p les ▁pasa n , ▁y ▁llev an ▁el ▁da ñ o .
▁El ▁que ▁pre t en de ▁con t en er la , ▁ar res ta ▁el ▁vi en to : ▁ó ▁el ▁aceite ▁en ▁su ▁mano ▁derecha .
▁El ▁se p u l c ro ▁y ▁la ▁per di ción ▁ nunc a ▁se ▁ha r t an : ▁así ▁los ▁ojos ▁del ▁hombre ▁ nunc a ▁están ▁sat is f e ch os .
▁Porque ▁las ▁ ri que za s ▁no ▁son ▁para ▁siempre ; ▁¿ y ▁será ▁la ▁cor on a ▁para ▁perpetua s ▁generaciones ?
▁ H U Y E ▁el ▁imp í o ▁sin ▁que ▁nadie ▁lo ▁per s i ga : ▁mas ▁el ▁just o ▁está ▁con f i ado ▁ como ▁un ▁le on ci l lo .
▁Lo s ▁hombres ▁mal os ▁no ▁en t i en de n ▁el ▁juicio : ▁mas ▁los ▁que ▁busca n ▁á ▁Jehová , ▁en t i en de n ▁todas ▁las ▁cosas .
▁El ▁que ▁apart a ▁su ▁oído ▁para ▁no ▁oir ▁la ▁le y , ▁su ▁or ación ▁también ▁es ▁abomina ble .
▁El ▁que ▁en cu bre ▁sus ▁pecado s , ▁no ▁prosper ará : ▁mas ▁el ▁que ▁los ▁con f i es a ▁y ▁se ▁apart a , ▁al ca n z ará ▁misericordia .
▁El ▁hombre ▁que ▁ha ce ▁vi o l en ci a ▁con ▁sangre ▁de ▁persona , ▁ hu irá ▁hast a ▁el ▁se p u l c ro , ▁y ▁nadie ▁le ▁de te nd rá .
▁T en er ▁a ce p ción ▁de ▁persona s , ▁no ▁es ▁bueno : ▁hast a ▁por ▁un ▁boca do ▁de ▁pan ▁pre v ar i c ará ▁el ▁hombre .
▁El ▁al t i v o ▁de ▁á n im o ▁sus ci ta ▁con t i en das : ▁mas ▁el ▁que ▁en ▁Jehová ▁con f ía , ▁me d r ará .
▁E L ▁hombre ▁que ▁re p re nd ido ▁en d u re ce ▁la ▁ cer vi z , ▁de ▁re p ente ▁será ▁que bra n t ado ; ▁ni ▁habrá ▁para ▁él ▁me di ci n a .
▁El ▁hombre ▁que ▁li s on je a ▁á ▁su ▁prójimo , ▁re d ▁ti en de ▁delante ▁de ▁sus ▁pa s os .
▁Si ▁el ▁hombre ▁s a bi o ▁con te nd iere ▁con ▁el ▁ n e ci o , ▁que ▁se ▁enoj e ▁ó ▁que ▁se ▁ r ía , ▁no ▁tendrá ▁reposo .
▁El ▁p o bre ▁y ▁el ▁us ur er o ▁se ▁encontr aron : ▁Jehová ▁al umb ra ▁los ▁ojos ▁de ▁ambos .
▁C or ri g e ▁á ▁tu ▁hijo , ▁y ▁te ▁dará ▁de s ca n s o , ▁y ▁dará ▁de le ite ▁á ▁tu ▁alma .
▁El ▁que ▁re ga la ▁á ▁su ▁siervo ▁de s de ▁su ▁ni ñ e z , ▁á ▁la ▁postr e ▁será ▁su ▁hijo .
▁El ▁tem or ▁del ▁hombre ▁pondrá ▁la zo : ▁mas ▁el ▁que ▁con f ía ▁en ▁Jehová ▁será ▁levant ado .
▁C iertamente ▁más ▁ r u do ▁soy ▁yo ▁que ▁ninguno , ▁ni ▁ten go ▁en te nd imiento ▁de ▁hombre .
▁No ▁a ñ ada s ▁á ▁sus ▁palabras , ▁por que ▁no ▁te ▁re p re n da , ▁y ▁sea s ▁halla do ▁men t ir os o .
▁No ▁a cu se s ▁al ▁siervo ▁an te ▁su ▁señor , ▁por que ▁no ▁te ▁mal di ga , ▁y ▁pe que s .
▁Ha y ▁generación ▁cu y os ▁d iente s ▁son ▁espada s , ▁y ▁sus ▁mu el as ▁cuchillo s , ▁para ▁de v or ar ▁á ▁los ▁p o bre s ▁de ▁la ▁tierra , ▁y ▁de ▁entre ▁los ▁hombres ▁á ▁los ▁men est eros os .
▁T res ▁cosas ▁me ▁son ▁oc u l ta s ; ▁aun ▁ t am p o co ▁s é ▁la ▁cu ar ta :
▁Por ▁el ▁siervo ▁cuando ▁reinar e ; ▁y ▁por ▁el ▁ n e ci o ▁cuando ▁se ▁ha r t are ▁de ▁pan ;
▁Lo s ▁con e jo s , ▁pueblo ▁nada ▁es for z ado , ▁y ▁pon en ▁su ▁casa ▁en ▁la ▁piedra ;
▁El ▁le ón , ▁fuerte ▁entre ▁todos ▁los ▁animal es , ▁que ▁no ▁torn a ▁at rás ▁por ▁nadie ;
▁P A L A B R A S ▁del ▁rey ▁Le m ue l ; ▁la ▁pro f e c ía ▁con ▁que ▁le ▁en se ñ ó ▁su ▁madre .
▁No ▁sea ▁que ▁be b iendo ▁ o l vi de n ▁la ▁le y , ▁y ▁per vier t an ▁el ▁derecho ▁de ▁todos ▁los ▁hijos ▁aflig ido s .
▁A bre ▁tu ▁boca , ▁juzg a ▁justicia , ▁y ▁el ▁derecho ▁del ▁p o bre ▁y ▁del ▁men est eros o .
▁B u s c ó ▁la n a ▁y ▁lino , ▁y ▁con ▁ v o l un ta d ▁la b r ó ▁de ▁sus ▁manos .
▁C i ñ ó ▁sus ▁lo mos ▁de ▁fortaleza , ▁y ▁es for z ó ▁sus ▁brazo s .
▁No ▁tendrá ▁tem or ▁de ▁la ▁ni e v e ▁por ▁su ▁familia , ▁por que ▁toda ▁su ▁familia ▁está ▁ve st i da ▁de ▁ropa s ▁do ble s .
▁For ta le za ▁y ▁ho n or ▁son ▁su ▁ve st id ura ; ▁y ▁en ▁el ▁día ▁postr er o ▁re irá .
▁M u ch as ▁mujeres ▁hicieron ▁el ▁bien ; ▁mas ▁tú ▁las ▁sobre p u j aste ▁á ▁todas .
▁ V an i dad ▁de ▁va n i dad es , ▁dijo ▁el ▁P re di ca dor ; ▁va n i dad ▁de ▁va n i dad es , ▁todo ▁va n i dad .
▁El ▁vi en to ▁ti ra ▁haci a ▁el ▁mediodía , ▁y ▁rod e a ▁al ▁nor te ; ▁va ▁ g ir ando ▁de ▁con t in u o , ▁y ▁á ▁sus ▁ g ir os ▁torn a ▁el ▁vi en to ▁de ▁ n ue v o .
▁¿ H a y ▁al go ▁de ▁que ▁se ▁pu ed a ▁decir : ▁He ▁aquí ▁esto ▁es ▁ n ue v o ? ▁Y a ▁fué ▁en ▁los ▁si g los ▁que ▁no s ▁han ▁pre c ed ido .
▁Yo ▁mi ré ▁todas ▁las ▁obra s ▁que ▁se ▁ha ce n ▁debajo ▁del ▁so l ; ▁y ▁he ▁aquí , ▁todo ▁el lo ▁es ▁va n i dad ▁y ▁a f li c ción ▁de ▁espíritu .
▁Porque ▁en ▁la ▁much a ▁sabiduría ▁hay ▁much a ▁mo l est i a ; ▁y ▁quien ▁a ñ a de ▁cien ci a , ▁a ñ a de ▁do l or .
▁En g ra n de c í ▁mis ▁obra s , ▁ ed i f i qué me ▁casa s , ▁plant é me ▁viña s ;
▁A l le gu é me ▁también ▁plata ▁y ▁oro , ▁y ▁te s o ro ▁pre ci ado ▁de ▁reyes ▁y ▁de ▁pro vi n ci as ; ▁ h í ce me ▁de ▁can to res ▁y ▁can to ra s , ▁y ▁los ▁de le ites ▁de ▁los ▁hijos ▁de ▁los ▁hombres , ▁in st r u ment os ▁ m ú s i co s ▁y ▁de ▁todas ▁suerte s .
▁Después ▁torn é ▁yo ▁á ▁mira r ▁para ▁ver ▁la ▁sabiduría ▁y ▁los ▁de s v ar í os ▁y ▁la ▁ n e ce dad ; ▁ ( por que ▁¿ qué ▁hombre ▁hay ▁que ▁pu ed a ▁se gu ir ▁al ▁rey ▁en ▁lo ▁que ▁y a ▁hicieron ? )
▁Porque ▁ni ▁del ▁s a bi o ▁ni ▁del ▁ n e ci o ▁habrá ▁memoria ▁para ▁siempre ; ▁pues ▁en ▁los ▁días ▁ven id eros ▁y a ▁todo ▁será ▁ o l vi d ado , ▁y ▁también ▁morirá ▁el ▁s a bi o ▁ como ▁el ▁ n e ci o .
▁T or n é me ▁por ▁tanto ▁á ▁de se s per an za r ▁mi ▁corazón ▁acerca ▁de ▁todo ▁el ▁tra ba jo ▁en ▁que ▁me ▁a f an é , ▁y ▁en ▁que ▁había ▁oc u p ado ▁debajo ▁del ▁so l ▁mi ▁sabiduría .
▁No ▁hay ▁cosa ▁mejor ▁para ▁el ▁hombre ▁sin o ▁que ▁com a ▁y ▁be ba , ▁y ▁que ▁su ▁alma ▁ve a ▁el ▁bien ▁de ▁su ▁tra ba jo . ▁T ambién ▁ten go ▁yo ▁visto ▁que ▁esto ▁es ▁de ▁la ▁mano ▁de ▁Dios .
▁T i em p o ▁de ▁nac er , ▁y ▁tiempo ▁de ▁mor ir ; ▁tiempo ▁de ▁plant ar , ▁y ▁tiempo ▁de ▁ar ra n c ar ▁lo ▁plant ado ;
▁T i em p o ▁de ▁a g en ci ar , ▁y ▁tiempo ▁de ▁per der ; ▁tiempo ▁de ▁guarda r , ▁y ▁tiempo ▁de ▁ar ro ja r ;
▁Yo ▁he ▁visto ▁el ▁tra ba jo ▁que ▁Dios ▁ha ▁dado ▁á ▁los ▁hijos ▁de ▁los ▁hombres ▁para ▁que ▁en ▁él ▁se ▁oc u pa s en .
▁He ▁en te nd ido ▁que ▁todo ▁lo ▁que ▁Dios ▁ha ce , ▁es o ▁será ▁perpetuo : ▁sobre ▁aquello ▁no ▁se ▁a ñ ad irá , ▁ni ▁de ▁el lo ▁se ▁di s mi n u irá ; ▁y ▁ h á ce lo ▁Dios , ▁para ▁que ▁delante ▁de ▁él ▁tem an ▁los ▁hombres .
▁Di je ▁en ▁mi ▁corazón , ▁en ▁orden ▁á ▁la ▁con di ción ▁de ▁los ▁hijos ▁de ▁los ▁hombres , ▁que ▁Dios ▁los ▁pro b ar ía , ▁para ▁que ▁así ▁echar an ▁de ▁ver ▁ellos ▁mismo s ▁que ▁son ▁se me ja n te s ▁á ▁las ▁bestia s .
▁As í ▁que ▁he ▁visto ▁que ▁no ▁hay ▁cosa ▁mejor ▁que ▁alegr ar se ▁el ▁hombre ▁con ▁lo ▁que ▁hiciere ; ▁por que ▁esta ▁es ▁su ▁parte : ▁por que ▁¿ qui é n ▁lo ▁llev ará ▁para ▁que ▁ve a ▁lo ▁que ▁ha ▁de ▁ser ▁después ▁de ▁él ?
▁ V is to ▁he ▁a simismo ▁que ▁todo ▁tra ba jo ▁y ▁toda ▁ex ce l en ci a ▁de ▁obra s ▁mu e v e ▁la ▁en vi di a ▁del ▁hombre ▁contra ▁su ▁prójimo . ▁T ambién ▁esto ▁es ▁va n i dad ▁y ▁a f li c ción ▁de ▁espíritu .
▁E st á ▁un ▁hombre ▁so lo ▁y ▁sin ▁su ce s or ; ▁que ▁ni ▁tiene ▁hijo ▁ni ▁hermano ; ▁mas ▁ nunc a ▁c es a ▁de ▁tra ba ja r , ▁ni ▁sus ▁ojos ▁se ▁ha r t an ▁de ▁sus ▁ ri que za s , ▁ni ▁se ▁pregunta : ▁¿ P ar a ▁qu ién ▁tra ba jo ▁yo , ▁y ▁de f ra u do ▁mi ▁alma ▁del ▁bien ? ▁T ambién ▁esto ▁es ▁va n i dad , ▁y ▁d ur o ▁tra ba jo .
▁Y ▁si ▁alguno ▁pre v a le c iere ▁contra ▁el ▁uno , ▁dos ▁estará n ▁contra ▁él ; ▁y ▁cor d ón ▁de ▁tres ▁do ble ce s ▁no ▁pre s to ▁se ▁romp e .
▁No ▁tiene ▁fin ▁todo ▁el ▁pueblo ▁que ▁fué ▁antes ▁de ▁ellos : ▁ t am p o co ▁los ▁que ▁vendrá n ▁después ▁estará n ▁con ▁él ▁con t en to s . ▁Y ▁esto ▁es ▁también ▁va n i dad ▁y ▁a f li c ción ▁de ▁espíritu .
▁Cuan do ▁á ▁Dios ▁hiciere s ▁pro me s a , ▁no ▁tarde s ▁en ▁pa gar la ; ▁por que ▁no ▁se ▁a g r ada ▁de ▁los ▁in s en s a to s . ▁P a ga ▁lo ▁que ▁pro me t iere s .
▁Si ▁vi o l en ci as ▁de ▁p o bre s , ▁y ▁ex to r s ió n ▁de ▁derecho ▁y ▁de ▁justicia ▁ vier es ▁en ▁la ▁pro vi n ci a , ▁no ▁te ▁mar a vi l les ▁de ▁esta ▁li ce n ci a ; ▁por que ▁al to ▁está ▁mira ndo ▁sobre ▁al to , ▁y ▁uno ▁más ▁al to ▁está ▁sobre ▁ellos .
▁ D u l ce ▁es ▁el ▁sueño ▁del ▁tra ba ja dor , ▁or a ▁com a ▁mucho ▁ó ▁poco ; ▁mas ▁al ▁ ri co ▁no ▁le ▁de ja ▁do r mi r ▁la ▁ha r t ura .
▁Este ▁también ▁es ▁un ▁gran ▁mal , ▁que ▁ como ▁vino , ▁así ▁haya ▁de ▁volver . ▁¿ Y ▁de ▁qué ▁le ▁ap r ove ch ó ▁tra ba ja r ▁al ▁vi en to ?
▁Porque ▁no ▁se ▁a co r d ará ▁mucho ▁de ▁los ▁días ▁de ▁su ▁vida ; ▁pues ▁Dios ▁le ▁respond e rá ▁con ▁alegr ía ▁de ▁su ▁corazón .
▁Porque ▁en ▁va no ▁vino , ▁y ▁á ▁ti n i e b la s ▁va , ▁y ▁con ▁ti n i e b la s ▁será ▁cu bi er to ▁su ▁nombre .
▁Porque ▁¿ qué ▁más ▁tiene ▁el ▁s a bi o ▁que ▁el ▁ n e ci o ? ▁¿ qué ▁más ▁tiene ▁el ▁p o bre ▁que ▁su p o ▁ca mi n ar ▁entre ▁los ▁vi v os ?
▁Porque ▁¿ qui é n ▁sabe ▁cu á l ▁es ▁el ▁bien ▁del ▁hombre ▁en ▁la ▁vida , ▁todos ▁los ▁días ▁de ▁la ▁vida ▁de ▁su ▁va n i dad , ▁los ▁cuales ▁él ▁pasa ▁ como ▁so m bra ? ▁Porque ▁¿ qui é n ▁en se ñ ará ▁al ▁hombre ▁qué ▁será ▁después ▁de ▁él ▁debajo ▁del ▁so l ?
▁El ▁corazón ▁de ▁los ▁s a bi os , ▁en ▁la ▁casa ▁del ▁lu to ; ▁mas ▁el ▁corazón ▁de ▁los ▁in s en s a to s , ▁en ▁la ▁casa ▁del ▁place r .
▁Me jo r ▁es ▁el ▁fin ▁del ▁negocio ▁que ▁su ▁pri n ci p i o : ▁mejor ▁es ▁el ▁su f r ido ▁de ▁espíritu ▁que ▁el ▁al t i v o ▁de ▁espíritu .
▁Porque ▁es cu do ▁es ▁la ▁cien ci a , ▁y ▁es cu do ▁es ▁el ▁dinero : ▁mas ▁la ▁sabiduría ▁ex ce de ▁en ▁que ▁da ▁vida ▁á ▁sus ▁pos e ed o res .
▁No ▁sea s ▁de ma s i ado ▁just o , ▁ni ▁sea s ▁s a bi o ▁con ▁ex ce s o : ▁¿ por ▁qué ▁te ▁destruir ás ?
▁C iertamente ▁no ▁hay ▁hombre ▁just o ▁en ▁la ▁tierra , ▁que ▁haga ▁bien ▁y ▁ nunc a ▁pe que .
▁Le jo s ▁está ▁lo ▁que ▁fué ; ▁y ▁lo ▁mu y ▁pro f u ndo ▁¿ qui é n ▁lo ▁halla rá ?
▁Lo ▁que ▁aun ▁busca ▁mi ▁alma , ▁y ▁no ▁en cu en t ro : ▁un ▁hombre ▁entre ▁mil ▁he ▁halla do ; ▁mas ▁mujer ▁de ▁todas ▁é st as ▁ nunc a ▁ha l l é .
▁No ▁te ▁ap res u res ▁á ▁ir te ▁de ▁delante ▁de ▁él , ▁ni ▁en ▁cosa ▁mal a ▁per s is ta s ; ▁por que ▁él ▁hará ▁todo ▁lo ▁que ▁qu is iere :
▁Porque ▁no ▁sabe ▁lo ▁que ▁ha ▁de ▁ser ; ▁y ▁el ▁cu ándo ▁haya ▁de ▁ser , ▁¿ qui é n ▁se ▁lo ▁en se ñ ará ?
▁Porque ▁no ▁se ▁ e je cu ta ▁luego ▁sent en ci a ▁sobre ▁la ▁mal a ▁obra , ▁el ▁corazón ▁de ▁los ▁hijos ▁de ▁los ▁hombres ▁está ▁en ▁ellos ▁lleno ▁para ▁hacer ▁mal .
▁Por ▁tanto ▁al ab é ▁yo ▁la ▁alegr ía ; ▁que ▁no ▁tiene ▁el ▁hombre ▁bien ▁debajo ▁del ▁so l , ▁sin o ▁que ▁com a ▁y ▁be ba , ▁y ▁se ▁alegr e ; ▁y ▁que ▁esto ▁se ▁le ▁que de ▁de ▁su ▁tra ba jo ▁los ▁días ▁de ▁su ▁vida ▁que ▁Dios ▁le ▁dió ▁debajo ▁del ▁so l .
▁Todo ▁a co n te ce ▁de ▁la ▁mis ma ▁manera ▁á ▁todos : ▁un ▁mismo ▁su ce s o ▁oc ur re ▁al ▁just o ▁y ▁al ▁imp í o ; ▁al ▁bueno ▁y ▁al ▁limpio ▁y ▁al ▁no ▁limpio ; ▁al ▁que ▁sacrific a , ▁y ▁al ▁que ▁no ▁sacrific a : ▁ como ▁el ▁bueno , ▁así ▁el ▁que ▁pe ca ; ▁el ▁que ▁ j ura , ▁ como ▁el ▁que ▁te me ▁el ▁ j ura ment o .
▁T ambién ▁su ▁am or , ▁y ▁su ▁ o di o ▁y ▁su ▁en vi di a , ▁f en e ció ▁y a : ▁ni ▁tiene ▁y a ▁más ▁parte ▁en ▁el ▁si g lo , ▁en ▁todo ▁lo ▁que ▁se ▁ha ce ▁debajo ▁del ▁so l .
▁Todo ▁lo ▁que ▁te ▁vi n iere ▁á ▁la ▁mano ▁para ▁hacer , ▁ha z lo ▁seg ún ▁tu s ▁fuerza s ; ▁por que ▁en ▁el ▁se p u l c ro , ▁ ado n de ▁tú ▁va s , ▁no ▁hay ▁obra , ▁ni ▁in d u st ri a , ▁ni ▁cien ci a , ▁ni ▁sabiduría .
▁Un a ▁pe que ñ a ▁ciudad , ▁y ▁poco s ▁hombres ▁en ▁ella ; ▁y ▁viene ▁contra ▁ella ▁un ▁gran ▁rey , ▁y ▁c é r ca la , ▁y ▁edifica ▁contra ▁ella ▁grande s ▁ba l u ar te s :
▁Me jo r ▁es ▁la ▁sabiduría ▁que ▁las ▁arm as ▁de ▁guerra ; ▁mas ▁un ▁pecado r ▁de st r u y e ▁mucho ▁bien .
▁Si ▁el ▁espíritu ▁del ▁príncipe ▁se ▁ex al t are ▁contra ▁ti , ▁no ▁de je s ▁tu ▁lugar ; ▁por que ▁la ▁le n i dad ▁hará ▁c es ar ▁grande s ▁of en s as .
▁El ▁que ▁hiciere ▁el ▁hoy o ▁ca e rá ▁en ▁él ; ▁y ▁el ▁que ▁a por til l are ▁el ▁va l l ado , ▁mor de rá le ▁la ▁ser p iente .
▁La s ▁palabras ▁de ▁la ▁boca ▁del ▁s a bi o ▁son ▁gracia ; ▁mas ▁los ▁la bi os ▁del ▁ n e ci o ▁causa n ▁su ▁pro p i a ▁ r u in a .
▁ ¡ A y ▁de ▁ti , ▁tierra , ▁cuando ▁tu ▁rey ▁es ▁much a ch o , ▁y ▁tu s ▁príncipes ▁come n ▁de ▁mañana !
▁N i ▁aun ▁en ▁tu ▁pe n s amiento ▁di ga s ▁mal ▁del ▁rey , ▁ni ▁en ▁los ▁secret os ▁de ▁tu ▁c á ma ra ▁di ga s ▁mal ▁del ▁ ri co ; ▁por que ▁las ▁ ave s ▁del ▁cielo ▁llev arán ▁la ▁voz , ▁y ▁las ▁que ▁tiene n ▁al as ▁hará n ▁sabe r ▁la ▁palabra .
▁El ▁que ▁al ▁vi en to ▁mira , ▁no ▁se m bra rá ; ▁y ▁el ▁que ▁mira ▁á ▁las ▁nube s , ▁no ▁seg ará .
▁Mas ▁si ▁el ▁hombre ▁vi vier e ▁mucho s ▁años , ▁y ▁en ▁todos ▁ellos ▁hubiere ▁go z ado ▁alegr ía ; ▁si ▁después ▁tra je re ▁á ▁la ▁memoria ▁los ▁días ▁de ▁las ▁ti n i e b la s , ▁que ▁serán ▁mucho s , ▁todo ▁lo ▁que ▁le ▁habrá ▁pasa do , ▁dirá ▁haber ▁sido ▁va n i dad .
▁A n te s ▁que ▁se ▁os cu re z ca ▁el ▁so l , ▁y ▁la ▁lu z , ▁y ▁la ▁lu n a ▁y ▁las ▁es t re l la s , ▁y ▁las ▁nube s ▁se ▁torn en ▁tras ▁la ▁ l l u vi a :
▁A n te s ▁que ▁la ▁ca de n a ▁de ▁plata ▁se ▁ qui e bre , ▁y ▁se ▁romp a ▁el ▁cu en co ▁de ▁oro , ▁y ▁el ▁c án ta ro ▁se ▁ qui e bre ▁junto ▁á ▁la ▁fuente , ▁y ▁la ▁ r ue da ▁sea ▁ ro ta ▁sobre ▁el ▁pozo ;
▁P ro cu r ó ▁el ▁P re di ca dor ▁halla r ▁palabras ▁a g r ada ble s , ▁y ▁es c ri t ura ▁rec ta , ▁palabras ▁de ▁ver dad .
▁Porque ▁Dios ▁traerá ▁toda ▁obra ▁á ▁juicio , ▁el ▁cual ▁se ▁hará ▁sobre ▁toda ▁cosa ▁oc u l ta , ▁buena ▁ó ▁mal a .
▁L l é v a me ▁en ▁pos ▁de ▁ti , ▁cor re remos . ▁Me t ió me ▁el ▁rey ▁en ▁sus ▁c á ma ra s : ▁no s ▁go za remos ▁y ▁alegr a remos ▁en ▁ti ; ▁a co r d aré mo nos ▁de ▁tu s ▁am o res ▁más ▁que ▁del ▁vino : ▁los ▁rec to s ▁te ▁a man .
▁Si ▁tú ▁no ▁lo ▁sabe s , ▁ o h ▁her mos a ▁entre ▁las ▁mujeres , ▁sal , ▁y é ndo te ▁por ▁las ▁ hu el la s ▁del ▁re ba ñ o , ▁y ▁a pa ci enta ▁tu s ▁ca b r itas ▁junto ▁á ▁las ▁ca ba ñ as ▁de ▁los ▁pa s to res .
▁Mi en tra s ▁que ▁el ▁rey ▁estaba ▁en ▁su ▁rec l in a to ri o , ▁mi ▁ n ar do ▁dió ▁su ▁olor .
▁He ▁aquí ▁que ▁tú ▁eres ▁her mos o , ▁am ado ▁mío , ▁y ▁su ave : ▁nuestro ▁le ch o ▁también ▁flor ido .
▁C o mo ▁el ▁man za no ▁entre ▁los ▁árbol es ▁si l v est res , ▁así ▁es ▁mi ▁am ado ▁entre ▁los ▁mancebo s : ▁ba jo ▁la ▁so m bra ▁del ▁de se ado ▁me ▁sent é , ▁y ▁su ▁fruto ▁fué ▁d u l ce ▁á ▁mi ▁pa l ada r .
▁Yo ▁os ▁con j ur o , ▁ o h ▁don ce l la s ▁de ▁Jerusalem , ▁por ▁las ▁ ga ma s ▁y ▁por ▁las ▁ ci er v as ▁del ▁campo , ▁que ▁no ▁de s per t éis ▁ni ▁ha g áis ▁ve l ar ▁al ▁am or , ▁hast a ▁que ▁ qui er a .
▁Porque ▁he ▁aquí ▁ha ▁pasa do ▁el ▁in vier no , ▁ha se ▁mu d ado , ▁la ▁ l l u vi a ▁se ▁fué ;
▁C az ad nos ▁las ▁ z or ra s , ▁las ▁ z or ra s ▁pe que ñ as , ▁que ▁echa n ▁á ▁per der ▁las ▁viña s ; ▁pues ▁que ▁nuestra s ▁viña s ▁están ▁en ▁ ci er n e .
▁Levant aré me ▁ahora , ▁y ▁rod e aré ▁por ▁la ▁ciudad ; ▁por ▁las ▁ca l les ▁y ▁por ▁las ▁p la za s ▁busca ré ▁al ▁que ▁a ma ▁mi ▁alma : ▁bu s qué lo , ▁y ▁no ▁lo ▁ha l l é .
▁¿ Quién ▁es ▁é s ta ▁que ▁su be ▁del ▁desierto ▁ como ▁co l u m n ita ▁de ▁ hu mo , ▁s a hu m ada ▁de ▁mi r ra ▁y ▁de ▁in ci en s o , ▁y ▁de ▁todos ▁polvo s ▁ar om á t i co s ?
▁Su s ▁co l u m n as ▁hizo ▁de ▁plata , ▁su ▁re s pa l do ▁de ▁oro , ▁su ▁cielo ▁de ▁gran a , ▁su ▁in te ri or ▁en los ado ▁de ▁am or , ▁por ▁las ▁don ce l la s ▁de ▁Jerusalem .
▁T u s ▁la bi os , ▁ como ▁un ▁ hi lo ▁de ▁gran a , ▁y ▁tu ▁habla ▁her mos a ; ▁tu s ▁si en es , ▁ como ▁ca ch os ▁de ▁gran ada ▁á ▁la ▁parte ▁a de n t ro ▁de ▁tu s ▁ gu ed e ja s .
▁T o da ▁tú ▁eres ▁her mos a , ▁am i ga ▁mí a , ▁y ▁en ▁ti ▁no ▁hay ▁man ch a .
▁C o mo ▁pan al ▁de ▁mi el ▁de s til an ▁tu s ▁la bi os , ▁ o h ▁es p os a ; ▁mi el ▁y ▁le ch e ▁hay ▁debajo ▁de ▁tu ▁le n gu a ; ▁y ▁el ▁olor ▁de ▁tu s ▁vestidos ▁ como ▁el ▁olor ▁del ▁L í ba no .
▁F u ente ▁de ▁ hu er to s , ▁pozo ▁de ▁aguas ▁viva s , ▁que ▁cor re n ▁del ▁L í ba no .
▁He me ▁de s n ud ado ▁mi ▁ropa ; ▁¿ cómo ▁la ▁ten go ▁de ▁ve st ir ? ▁He ▁la v ado ▁mis ▁pie s ; ▁¿ cómo ▁los ▁ten go ▁de ▁en s u ci ar ?
▁Ha l l á ron me ▁los ▁guarda s ▁que ▁ ron d an ▁la ▁ciudad : ▁ hi ri é ron me , ▁ l la g á ron me , ▁ qui t á ron me ▁mi ▁man to ▁de ▁en ci ma ▁los ▁guarda s ▁de ▁los ▁mu ro s .
▁Su ▁cabeza , ▁ como ▁oro ▁fin í s im o ; ▁sus ▁ca be l los ▁c res p os , ▁ n e g ro s ▁ como ▁el ▁cu er v o .
▁Su s ▁pie rna s , ▁ como ▁co l u m n as ▁de ▁ m á r mo l ▁f un dad as ▁sobre ▁basas ▁de ▁fin o ▁oro : ▁su ▁as pe c to ▁ como ▁el ▁L í ba no , ▁es co g ido ▁ como ▁los ▁cedro s .
▁Yo ▁soy ▁de ▁mi ▁am ado , ▁y ▁mi ▁am ado ▁es ▁mío : ▁él ▁a pa ci enta ▁entre ▁los ▁li ri os .
▁C o mo ▁ca ch os ▁de ▁gran ada ▁son ▁tu s ▁si en es ▁entre ▁tu s ▁ gu ed e ja s .
▁A l ▁ hu er to ▁de ▁los ▁no ga les ▁descend í ▁á ▁ver ▁los ▁fruto s ▁del ▁valle , ▁y ▁para ▁ver ▁si ▁br o t aban ▁las ▁vi de s , ▁si ▁flor e c ían ▁los ▁gran ados .
▁T u ▁ om b li go , ▁ como ▁una ▁ ta za ▁re do n da , ▁que ▁no ▁le ▁falta ▁be bi da . ▁T u ▁vi en t re , ▁ como ▁mo n t ón ▁de ▁trigo , ▁cerca do ▁de ▁li ri os .
▁ ¡ Qué ▁her mos a ▁eres , ▁y ▁cu án ▁su ave , ▁ o h ▁am or ▁de le i to s o !
▁Yo ▁soy ▁de ▁mi ▁am ado , ▁y ▁conmigo ▁tiene ▁su ▁con t en t amiento .
▁ ¡ O H ▁qu ién ▁te ▁me ▁die se ▁ como ▁hermano ▁que ▁ ma m ó ▁los ▁pe ch os ▁de ▁mi ▁madre ; ▁de ▁mo do ▁que ▁te ▁ha l le ▁yo ▁fuera , ▁y ▁te ▁be se , ▁y ▁no ▁me ▁men os p re ci en !
▁¿ Quién ▁es ▁é s ta ▁que ▁su be ▁del ▁desierto , ▁re co st ada ▁sobre ▁su ▁am ado ? ▁De ba jo ▁de ▁un ▁man za no ▁te ▁de s per t é : ▁allí ▁tuvo ▁tu ▁madre ▁do lo res , ▁allí ▁tuvo ▁do lo res ▁la ▁que ▁te ▁parió .
▁Si ▁ella ▁es ▁mu ro , ▁edifica remos ▁sobre ▁él ▁un ▁pa la ci o ▁de ▁plata : ▁y ▁si ▁fuere ▁puerta , ▁la ▁ gu ar n e ce remos ▁con ▁tablas ▁de ▁cedro .
▁O h ▁tú ▁la ▁que ▁mor as ▁en ▁los ▁ hu er to s , ▁los ▁com pa ñ eros ▁es cu ch an ▁tu ▁voz : ▁ h á z me la ▁oir .
▁El ▁buey ▁conoc e ▁á ▁su ▁d ue ñ o , ▁y ▁el ▁asno ▁el ▁pe se bre ▁de ▁su ▁señor : ▁Israel ▁no ▁conoc e , ▁mi ▁pueblo ▁no ▁tiene ▁en te nd imiento .
▁ V u est ra ▁tierra ▁está ▁de st r u í da , ▁vuestras ▁ciudades ▁pues ta s ▁á ▁fuego , ▁vuestra ▁tierra ▁delante ▁de ▁vosotros ▁com i da ▁de ▁extranjero s , ▁y ▁as o l ada ▁ como ▁as o l amiento ▁de ▁ex tra ñ os .
▁¿ P ar a ▁qué ▁á ▁mí , ▁di ce ▁Jehová , ▁la ▁multitud ▁de ▁vuestro s ▁sacrificio s ? ▁Ha r to ▁esto y ▁de ▁holocausto s ▁de ▁carnero s , ▁y ▁de ▁sebo ▁de ▁animal es ▁gr ue s os : ▁no ▁ qui er o ▁sangre ▁de ▁bueyes , ▁ni ▁de ▁ovejas , ▁ni ▁de ▁macho s ▁cabrío s .
▁Cuan do ▁extend iere is ▁vuestras ▁manos , ▁yo ▁escond er é ▁de ▁vosotros ▁mis ▁ojos : ▁a simismo ▁cuando ▁multiplic are is ▁la ▁or ación , ▁yo ▁no ▁oir é : ▁llena s ▁están ▁de ▁sangre ▁vuestras ▁manos .
▁Si ▁qu is iere is ▁y ▁ o y er e is , ▁comeréis ▁el ▁bien ▁de ▁la ▁tierra :
▁T u s ▁príncipes , ▁pre v ar i c ado res ▁y ▁com pa ñ eros ▁de ▁la d ron es : ▁todos ▁a man ▁las ▁d á di v as , ▁y ▁va n ▁tras ▁las ▁rec om p en s as : ▁no ▁ o y en ▁en ▁juicio ▁al ▁ hu é r f an o , ▁ni ▁lleg a ▁á ▁ellos ▁la ▁causa ▁de ▁la ▁vi ud a .
▁Si ón ▁con ▁juicio ▁será ▁re s ca t ada , ▁y ▁los ▁con ver t ido s ▁de ▁ella ▁con ▁justicia .
▁Y ▁el ▁fuerte ▁será ▁ como ▁esto pa , ▁y ▁lo ▁que ▁hizo ▁ como ▁c ente l la ; ▁y ▁ambos ▁serán ▁en ce nd ido s ▁junt amente , ▁y ▁no ▁habrá ▁quien ▁a pa gu e .
▁Y ▁juzg ará ▁entre ▁las ▁gente s , ▁y ▁re p re n de rá ▁á ▁mucho s ▁pueblo s ; ▁y ▁volver án ▁sus ▁espada s ▁en ▁re ja s ▁de ▁ar ado , ▁y ▁sus ▁la n za s ▁en ▁ho ce s : ▁no ▁al z ará ▁espada ▁gente ▁contra ▁gente , ▁ni ▁se ▁en s a y arán ▁más ▁para ▁la ▁guerra .
▁A de m ás ▁está ▁su ▁tierra ▁llena ▁de ▁ í do los , ▁y ▁á ▁la ▁obra ▁de ▁sus ▁manos ▁se ▁han ▁ar ro d ill ado , ▁á ▁lo ▁que ▁f ab ri c aron ▁sus ▁de do s .
▁Porque ▁día ▁de ▁Jehová ▁de ▁los ▁ejército s ▁vendrá ▁sobre ▁todo ▁so b er bi o ▁y ▁al t i v o , ▁y ▁sobre ▁todo ▁en s al z ado ; ▁y ▁será ▁ aba t ido :
▁Y ▁sobre ▁todas ▁las ▁ n ave s ▁de ▁T ar s is , ▁y ▁sobre ▁todas ▁pi n t ura s ▁pre ci ada s .
▁A que l ▁día ▁ar ro ja rá ▁el ▁hombre , ▁á ▁los ▁to p os ▁y ▁mu r ci é la go s , ▁sus ▁ í do los ▁de ▁plata ▁y ▁sus ▁ í do los ▁de ▁oro , ▁que ▁le ▁hicieron ▁para ▁que ▁ ado ra se ;
▁El ▁va l iente ▁y ▁el ▁hombre ▁de ▁guerra , ▁el ▁ j ue z ▁y ▁el ▁profeta , ▁el ▁a di vi no ▁y ▁el ▁an ci an o ;
▁Cuan do ▁alguno ▁tra ba re ▁de ▁su ▁hermano , ▁de ▁la ▁familia ▁de ▁su ▁padre , ▁y ▁le ▁dijere , ▁Que ▁ve st ir ▁tiene s , ▁tú ▁será s ▁nuestro ▁príncipe , ▁y ▁sea ▁en ▁tu ▁mano ▁esta ▁ r u in a ;
▁De ci d ▁al ▁just o ▁que ▁le ▁ irá ▁bien : ▁por que ▁comerá ▁de ▁los ▁fruto s ▁de ▁sus ▁manos .
▁Jehová ▁vendrá ▁á ▁juicio ▁contra ▁los ▁ancianos ▁de ▁su ▁pueblo ▁y ▁contra ▁sus ▁príncipes ; ▁por que ▁vosotros ▁ha béis ▁de v or ado ▁la ▁viña , ▁y ▁el ▁despojo ▁del ▁p o bre ▁está ▁en ▁vuestras ▁casa s .
▁A que l ▁día ▁quitar á ▁el ▁Señor ▁el ▁a ta v í o ▁de ▁los ▁ca l z ados , ▁y ▁las ▁re de c ill as , ▁y ▁las ▁lu n e ta s ;
▁La s ▁ropa s ▁de ▁re m ud a , ▁los ▁man to n ci l los , ▁los ▁ve los , ▁y ▁los ▁al f i le res ;
▁Su s ▁puerta s ▁se ▁entr iste ce rán ▁y ▁en l u t arán , ▁y ▁ella , ▁de s am para da , ▁sent arás e ▁en ▁tierra .
▁Cuan do ▁el ▁Señor ▁la v are ▁las ▁in m un di ci as ▁de ▁las ▁hijas ▁de ▁Si ón , ▁y ▁limpia re ▁las ▁sangre s ▁de ▁Jerusalem ▁de ▁en ▁medio ▁de ▁ella , ▁con ▁espíritu ▁de ▁juicio ▁y ▁con ▁espíritu ▁de ▁ar d imiento .
▁Ha b ía la ▁cerca do , ▁y ▁de s p ed re g á do la , ▁y ▁plant á do la ▁de ▁vi de s ▁es co g i das : ▁había ▁edifica do ▁en ▁medio ▁de ▁ella ▁una ▁to r re , ▁y ▁también ▁as enta do ▁un ▁la gar ▁en ▁ella : ▁y ▁es per aba ▁que ▁llev a se ▁ u v as , ▁y ▁llev ó ▁ u v as ▁si l v est res .
▁Ha ré ▁que ▁que de ▁de s i er ta ; ▁no ▁será ▁pod ada ▁ni ▁ca v ada , ▁y ▁c re ce rá ▁el ▁ca r do ▁y ▁las ▁es p in as : ▁y ▁aun ▁á ▁las ▁nube s ▁man d aré ▁que ▁no ▁derram en ▁ l l u vi a ▁sobre ▁ella .
▁Y ▁diez ▁ hu e bra s ▁de ▁viña ▁pro d u ci rán ▁un ▁ za que , ▁y ▁treinta ▁mo di os ▁de ▁simiente ▁dará n ▁tres ▁mo di os .
▁Por ▁es o ▁en s an ch ó ▁su ▁in te ri or ▁el ▁se p u l c ro , ▁y ▁sin ▁me di da ▁extend ió ▁su ▁boca ; ▁y ▁all á ▁descend e rá ▁la ▁gloria ▁de ▁ellos , ▁y ▁su ▁multitud , ▁y ▁su ▁f a u s to , ▁y ▁el ▁que ▁en ▁él ▁se ▁ho l g aba .
▁ ¡ A y ▁de ▁los ▁que ▁tra en ▁la ▁iniquidad ▁con ▁cu er das ▁de ▁va n i dad , ▁y ▁el ▁pecado ▁ como ▁con ▁co y un das ▁de ▁ca r re ta ,
▁ ¡ A y ▁de ▁los ▁que ▁son ▁va l iente s ▁para ▁beber ▁vino , ▁y ▁hombres ▁fuerte s ▁para ▁me z c l ar ▁be bi da ;
▁Y ▁al z ará ▁pe nd ón ▁á ▁gente s ▁de ▁le jo s , ▁y ▁si l b ará ▁al ▁que ▁está ▁en ▁el ▁cabo ▁de ▁la ▁tierra ; ▁y ▁he ▁aquí ▁que ▁vendrá ▁pro n to ▁y ▁ve lo z mente .
▁Y ▁br am ará ▁sobre ▁él ▁en ▁aquel ▁día ▁ como ▁br am ido ▁de ▁la ▁mar : ▁entonces ▁mira rá ▁haci a ▁la ▁tierra , ▁y ▁he ▁aquí ▁ti n i e b la s ▁de ▁tribu l ación , ▁y ▁en ▁sus ▁cielo s ▁se ▁os cu re ce rá ▁la ▁lu z .
▁Y ▁los ▁ qui ci a les ▁de ▁las ▁puerta s ▁se ▁es t re me c ieron ▁con ▁la ▁voz ▁del ▁que ▁clama ba , ▁y ▁la ▁casa ▁se ▁hin ch ió ▁de ▁ hu mo .
▁Después ▁ o í ▁la ▁voz ▁del ▁Señor , ▁que ▁decía : ▁¿ A ▁qu ién ▁enviar é , ▁y ▁qu ién ▁no s ▁ irá ? ▁Entonces ▁respond í ▁yo : ▁He me ▁aquí , ▁en v ía me ▁á ▁mí .
▁Ha s ta ▁que ▁Jehová ▁hubiere ▁echa do ▁le jo s ▁los ▁hombres , ▁y ▁multiplic are ▁en ▁medio ▁de ▁la ▁tierra ▁la ▁de s am para da .
▁Entonces ▁dijo ▁Jehová ▁á ▁Isaí as : ▁Sal ▁ahora ▁al ▁en cu en t ro ▁de ▁A ch â z , ▁tú , ▁y ▁Se ar - ja s u b ▁tu ▁hijo , ▁al ▁cabo ▁del ▁con d u c to ▁de ▁la ▁P es que ra ▁de ▁arriba , ▁en ▁el ▁camino ▁de ▁la ▁heredad ▁del ▁La v ado r ,
▁El ▁Señor ▁Jehová ▁di ce ▁así : ▁No ▁su b s i st irá , ▁ni ▁será .
▁P i de ▁para ▁ti ▁señal ▁de ▁Jehová ▁tu ▁Dios , ▁de man d ándo la ▁en ▁lo ▁pro f u ndo , ▁ó ▁arriba ▁en ▁lo ▁al to .
▁Come rá ▁man te ca ▁y ▁mi el , ▁para ▁que ▁se pa ▁de se ch ar ▁lo ▁mal o ▁y ▁es co g er ▁lo ▁bueno .
▁Y ▁vendrá n , ▁y ▁se ▁as enta rán ▁todos ▁en ▁los ▁valle s ▁desierto s , ▁y ▁en ▁las ▁ca ver n as ▁de ▁las ▁piedra s , ▁y ▁en ▁todos ▁los ▁ za r za les , ▁y ▁en ▁todas ▁las ▁mata s .
▁A co n te ce rá ▁también ▁en ▁aquel ▁tiempo , ▁que ▁el ▁lugar ▁don de ▁había ▁mil ▁vi de s ▁que ▁va l ían ▁mil ▁siclo s ▁de ▁plata , ▁será ▁para ▁los ▁es p in os ▁y ▁ca r do s .
▁Y ▁junt é ▁conmigo ▁por ▁testigo s ▁f i e les ▁á ▁Uría s ▁sacerdote , ▁y ▁á ▁Z a c ar ía s ▁hijo ▁de ▁Je be re ch î as .
▁Por ▁cuanto ▁de se ch ó ▁este ▁pueblo ▁las ▁aguas ▁de ▁Si lo é , ▁que ▁cor re n ▁man s amente , ▁y ▁ho l g óse ▁con ▁Re z í n ▁y ▁con ▁el ▁hijo ▁de ▁Re ma l ía s ;
▁Toma d ▁con se jo , ▁y ▁será ▁de s h e ch o ; ▁pro f er id ▁palabra , ▁y ▁no ▁será ▁f ir me : ▁por que ▁Dios ▁con ▁nosotros .
▁Entonces ▁él ▁será ▁por ▁santuario ; ▁mas ▁á ▁las ▁dos ▁casa s ▁de ▁Israel ▁por ▁piedra ▁para ▁ t ro pe za r , ▁y ▁por ▁ t ro pe za der o ▁para ▁ca er , ▁y ▁por ▁la zo ▁y ▁por ▁re d ▁al ▁mor ado r ▁de ▁Jerusalem .
▁He ▁aquí , ▁yo ▁y ▁los ▁hijos ▁que ▁me ▁dió ▁Jehová , ▁por ▁señal es ▁y ▁pro di g i os ▁en ▁Israel , ▁de ▁parte ▁de ▁Jehová ▁de ▁los ▁ejército s ▁que ▁mor a ▁en ▁el ▁monte ▁de ▁Si ón .
▁Y ▁mira rán ▁á ▁la ▁tierra , ▁y ▁he ▁aquí ▁tribu l ación ▁y ▁ti n i e b la , ▁os cu ri dad ▁y ▁an gu st i a ; ▁y ▁serán ▁su m ido s ▁en ▁las ▁ti n i e b la s .
▁Porque ▁tú ▁que bra s te ▁su ▁pe s ado ▁y u go , ▁y ▁la ▁va ra ▁de ▁su ▁ho m b ro , ▁y ▁el ▁ ce t ro ▁de ▁su ▁ex a c to r , ▁ como ▁en ▁el ▁día ▁de ▁Madián .
▁El ▁Señor ▁envió ▁palabra ▁á ▁Jacob , ▁y ▁cayó ▁en ▁Israel .
▁De ▁or iente ▁los ▁Siros , ▁y ▁los ▁Filisteos ▁de ▁pon iente ; ▁y ▁con ▁toda ▁la ▁boca ▁se ▁tra g arán ▁á ▁Israel . ▁N i ▁con ▁todo ▁es o ▁ha ▁c es ado ▁su ▁furor , ▁antes ▁toda v ía ▁su ▁mano ▁extend i da .
▁Porque ▁los ▁go be rna do res ▁de ▁este ▁pueblo ▁son ▁en ga ñ ado res ; ▁y ▁sus ▁go b er n ados , ▁per d ido s .
▁C ada ▁uno ▁hurt ará ▁á ▁la ▁mano ▁derecha , ▁y ▁tendrá ▁hambre ; ▁y ▁comerá ▁á ▁la ▁ i z qui er da , ▁y ▁no ▁se ▁ha r t ará : ▁ cada ▁cual ▁comerá ▁la ▁carne ▁de ▁su ▁brazo :
▁¿ Y ▁qué ▁ha réis ▁en ▁el ▁día ▁de ▁la ▁visit ación ? ▁¿ y ▁á ▁qu ién ▁os ▁a co g e réis ▁que ▁os ▁a y u de , ▁cuando ▁vi n iere ▁de ▁le jo s ▁el ▁as o l amiento ? ▁¿ y ▁en ▁d ón de ▁dejar éis ▁vuestra ▁gloria ?
▁A un que ▁él ▁no ▁lo ▁pe n s ará ▁así , ▁ni ▁su ▁corazón ▁lo ▁ im a g in ará ▁de ▁esta ▁manera ; ▁sin o ▁que ▁su ▁pe n s amiento ▁será ▁de s ar ra i gar ▁y ▁cor t ar ▁gente s ▁no ▁p o ca s .
▁C o mo ▁ hi ce ▁á ▁Samaria ▁y ▁á ▁sus ▁ í do los , ▁¿ no ▁haré ▁también ▁así ▁á ▁Jerusalem ▁y ▁á ▁sus ▁ í do los ?
▁¿ G lo ri arás e ▁el ▁ha ch a ▁contra ▁el ▁que ▁con ▁ella ▁cor ta ? ▁¿ se ▁en s o b er be ce rá ▁la ▁si er ra ▁contra ▁el ▁que ▁la ▁mu e v e ? ▁ como ▁si ▁el ▁bo r d ón ▁se ▁levant a se ▁contra ▁los ▁que ▁lo ▁levant an ; ▁ como ▁si ▁se ▁levant a se ▁la ▁va ra : ▁¿ no ▁es ▁le ñ o ?
▁Y ▁los ▁árbol es ▁que ▁quedar en ▁en ▁su ▁bo s que , ▁serán ▁en ▁número ▁que ▁un ▁niño ▁los ▁pu ed a ▁con t ar .
▁P ue s ▁el ▁Señor ▁Jehová ▁de ▁los ▁ejército s ▁hará ▁consum ación ▁y ▁f en e c imiento ▁en ▁medio ▁de ▁la ▁tierra .
▁Y ▁a ca e ce rá ▁en ▁aquel ▁tiempo , ▁que ▁su ▁ca r ga ▁será ▁qu ita da ▁de ▁tu ▁ho m b ro , ▁y ▁su ▁y u go ▁de ▁tu ▁ cer vi z , ▁y ▁el ▁y u go ▁se ▁emp o d re ce rá ▁por ▁causa ▁de ▁la ▁un ción .
▁Ma d me n a ▁se ▁al b o ro t ó : ▁los ▁moradores ▁de ▁Ge b im ▁se ▁junt arán .
▁Y ▁S A L D R Á ▁una ▁va ra ▁del ▁ t ron co ▁de ▁Isaí , ▁y ▁un ▁ v ás ta go ▁re to ñ ará ▁de ▁sus ▁ ra í ce s .
▁Y ▁será ▁la ▁justicia ▁c in to ▁de ▁sus ▁lo mos , ▁y ▁la ▁f id el i dad ▁ ce ñ ido r ▁de ▁sus ▁ ri ñ on es .
▁No ▁hará n ▁mal ▁ni ▁da ñ arán ▁en ▁todo ▁mi ▁santo ▁monte ; ▁por que ▁la ▁tierra ▁será ▁llena ▁del ▁conoc imiento ▁de ▁Jehová , ▁ como ▁cu bre n ▁la ▁mar ▁las ▁aguas .
▁Y ▁se ▁di s i p ará ▁la ▁en vi di a ▁de ▁Ephraim , ▁y ▁los ▁enemigos ▁de ▁Judá ▁serán ▁tal ados . ▁Ephraim ▁no ▁tendrá ▁en vi di a ▁contra ▁Judá , ▁ni ▁Judá ▁aflig irá ▁á ▁Ephraim ;
▁Y ▁ D I R Á S ▁en ▁aquel ▁día : ▁C an t aré ▁á ▁ti , ▁ o h ▁Jehová : ▁pues ▁aun que ▁te ▁enoj aste ▁contra ▁mí , ▁tu ▁furor ▁se ▁apart ó , ▁y ▁me ▁has ▁con s o l ado .
▁C an ta d ▁sal mos ▁á ▁Jehová ; ▁por que ▁ha ▁hecho ▁cosas ▁ ma g n í f i ca s : ▁sea ▁s ab ido ▁esto ▁por ▁toda ▁la ▁tierra .
▁Yo ▁man d é ▁á ▁mis ▁santifica do s , ▁a simismo ▁ l l am é ▁á ▁mis ▁va l iente s ▁para ▁mi ▁ir a , ▁á ▁los ▁que ▁se ▁alegr an ▁con ▁mi ▁gloria .
▁Por ▁tanto , ▁se ▁en er v arán ▁todas ▁la ▁manos , ▁y ▁de s le irá se ▁todo ▁corazón ▁de ▁hombre :
▁Y ▁visit aré ▁la ▁mal dad ▁sobre ▁el ▁mu ndo , ▁y ▁sobre ▁los ▁imp í os ▁su ▁iniquidad ; ▁y ▁haré ▁que ▁ ce se ▁la ▁ar ro ga n ci a ▁de ▁los ▁so b er bi os , ▁y ▁ aba t i ré ▁la ▁al t ive z ▁de ▁los ▁fuerte s .
▁Cualquier a ▁que ▁fuere ▁halla do , ▁será ▁al an ce ado ; ▁y ▁cualquier a ▁que ▁á ▁ellos ▁se ▁junt are , ▁ca e rá ▁á ▁cuchillo .
▁Y ▁B ab il on i a , ▁her mos ura ▁de ▁reino s ▁y ▁or n a ment o ▁de ▁la ▁grande za ▁de ▁los ▁C al de os , ▁será ▁ como ▁Sodom a ▁y ▁Go mo r ra , ▁á ▁las ▁que ▁tras to r n ó ▁Dios .
▁P O R Q U E ▁Jehová ▁tendrá ▁pie dad ▁de ▁Jacob , ▁y ▁toda v ía ▁es co g e rá ▁á ▁Israel , ▁y ▁les ▁hará ▁re p os ar ▁en ▁su ▁tierra : ▁y ▁á ▁ellos ▁se ▁un irá n ▁extranjero s , ▁y ▁all e g arán se ▁á ▁la ▁familia ▁de ▁Jacob .
▁Que bra n t ó ▁Jehová ▁el ▁ba st ón ▁de ▁los ▁imp í os , ▁el ▁ ce t ro ▁de ▁los ▁señor es ;
▁El ▁in f i er no ▁ aba jo ▁se ▁es p an t ó ▁de ▁ti ; ▁te ▁de s per t ó ▁muerto s ▁que ▁en ▁tu ▁ven i da ▁sal i es en ▁á ▁recibir te , ▁hizo ▁levant ar ▁de ▁sus ▁si l la s ▁á ▁todos ▁los ▁príncipes ▁de ▁la ▁tierra , ▁á ▁todos ▁los ▁reyes ▁de ▁las ▁ n a ciones .
▁T ú ▁que ▁decía s ▁en ▁tu ▁corazón : ▁Su bi ré ▁al ▁cielo , ▁en ▁lo ▁al to ▁junto ▁á ▁las ▁es t re l la s ▁de ▁Dios ▁en s al za ré ▁mi ▁so li o , ▁y ▁en ▁el ▁monte ▁del ▁testimonio ▁me ▁sent aré , ▁á ▁los ▁la do s ▁del ▁a qui l ón ;
▁Que ▁puso ▁el ▁mu ndo ▁ como ▁un ▁desierto , ▁que ▁as o l ó ▁sus ▁ciudades ; ▁que ▁á ▁sus ▁pre s os ▁ nunc a ▁abr ió ▁la ▁c á r ce l ?
▁A p are ja d ▁sus ▁hijos ▁para ▁el ▁mata der o ▁por ▁la ▁mal dad ▁de ▁sus ▁padres : ▁no ▁se ▁levant en , ▁ni ▁pos e an ▁la ▁tierra , ▁é ▁hin ch an ▁la ▁ha z ▁del ▁mu ndo ▁de ▁ciudades .
▁Que ▁que bra n t aré ▁al ▁As i ri o ▁en ▁mi ▁tierra , ▁y ▁en ▁mis ▁monte s ▁lo ▁ho l l aré ; ▁y ▁su ▁y u go ▁será ▁apart ado ▁de ▁ellos , ▁y ▁su ▁ca r ga ▁será ▁qu ita da ▁de ▁su ▁ho m b ro .
▁No ▁te ▁alegr es ▁tú , ▁F il iste a ▁toda , ▁por ▁haber se ▁que bra do ▁la ▁va ra ▁del ▁que ▁te ▁her ía ; ▁por que ▁de ▁la ▁ ra í z ▁de ▁la ▁cu le bra ▁saldrá ▁ba s il is co , ▁y ▁su ▁fruto , ▁ cer aste ▁ v o la dor .
▁C A R G A ▁de ▁Moab . ▁C i er to , ▁de ▁noche ▁fué ▁de st r u í da ▁Ar - mo ab , ▁fué ▁pues ta ▁en ▁si l en ci o . ▁C i er to , ▁de ▁noche ▁fué ▁de st r u í da ▁ K ir - mo ab ▁ , ▁re d u ci da ▁á ▁si l en ci o .
▁Mi ▁corazón ▁dará ▁gr i to s ▁por ▁Moab ; ▁sus ▁f u g i t i v os ▁ hu irá n ▁hast a ▁Z o ar , ▁ como ▁no vi l la ▁de ▁tres ▁años . ▁Por ▁la ▁cu est a ▁de ▁L u hi th ▁subir án ▁llora ndo , ▁y ▁levant arán ▁gr i to ▁de ▁que bra n t amiento ▁por ▁el ▁camino ▁de ▁Hor on a im .
▁Y ▁las ▁aguas ▁de ▁Di m ón ▁se ▁he n ch irá n ▁de ▁sangre : ▁por que ▁yo ▁pondré ▁sobre ▁Di m ón ▁a ñ ad id ura s , ▁le on es ▁á ▁los ▁que ▁es ca p ar en ▁de ▁Moab , ▁y ▁á ▁las ▁re li qui as ▁de ▁la ▁tierra .
▁M or en ▁contigo ▁mis ▁de st er r ados , ▁ o h ▁Moab ; ▁s é les ▁escond ed er o ▁de ▁la ▁presencia ▁del ▁de st r u ido r : ▁por que ▁el ▁at or ment ado r ▁f en e ce rá , ▁el ▁de st r u ido r ▁tendrá ▁fin , ▁el ▁ho l la dor ▁será ▁consum ido ▁de ▁sobre ▁la ▁tierra .
▁Porque ▁los ▁campo s ▁de ▁Hesbón ▁fueron ▁tal ados , ▁y ▁las ▁vi de s ▁de ▁Si b ma ; ▁señor es ▁de ▁gente s ▁ho l l aron ▁sus ▁ g en eros os ▁s ar mi en to s ; ▁habían ▁lleg ado ▁hast a ▁Ja z er , ▁y ▁extend í do se ▁por ▁el ▁desierto ; ▁extend iéronse ▁sus ▁plant as , ▁pasar on ▁la ▁mar .
▁Y ▁a ca e ce rá , ▁que ▁cuando ▁Moab ▁pareciere ▁que ▁está ▁can s ado ▁sobre ▁los ▁al to s , ▁entonces ▁vendrá ▁á ▁su ▁santuario ▁á ▁or ar , ▁y ▁no ▁le ▁va l d rá .
▁La s ▁ciudades ▁de ▁A ro er ▁de s am para das , ▁en ▁ ma ja das ▁se ▁torn arán ; ▁do r mi rán ▁allí , ▁y ▁no ▁habrá ▁quien ▁los ▁es p an te .
▁Y ▁quedar án ▁en ▁él ▁re b u s co s , ▁ como ▁cuando ▁s a cu de n ▁el ▁a ce i tu no , ▁dos ▁ó ▁tres ▁gran os ▁en ▁la ▁pu n ta ▁del ▁ram o , ▁cuatro ▁ó ▁cinco ▁en ▁sus ▁ram as ▁f r u c t í f er as , ▁di ce ▁Jehová ▁Dios ▁de ▁Israel .
▁Porque ▁te ▁ o l vi d aste ▁del ▁Dios ▁de ▁tu ▁sal ud , ▁y ▁no ▁te ▁a co r d aste ▁de ▁la ▁ ro ca ▁de ▁tu ▁fortaleza ; ▁por ▁tanto ▁plant arás ▁plant as ▁her mos as , ▁y ▁se m bra rás ▁s ar mi en to ▁ex tra ñ o .
▁A l ▁tiempo ▁de ▁la ▁tarde ▁he ▁aquí ▁tu r b ación ; ▁y ▁antes ▁de ▁la ▁mañana ▁y a ▁no ▁es . ▁Esta ▁es ▁la ▁parte ▁de ▁los ▁que ▁no s ▁ hu el l an , ▁y ▁la ▁suerte ▁de ▁los ▁que ▁no s ▁s a que an .
▁Porque ▁Jehová ▁me ▁dijo ▁así : ▁Re p os aré me , ▁y ▁mira ré ▁de s de ▁mi ▁mor ada , ▁ como ▁so l ▁c la ro ▁después ▁de ▁la ▁ l l u vi a , ▁ como ▁nube ▁de ▁ ro c í o ▁en ▁el ▁ca l or ▁de ▁la ▁tierra .
▁C A R G A ▁de ▁Egipto . ▁He ▁aquí ▁que ▁Jehová ▁mo n ta ▁sobre ▁una ▁li g er a ▁nube , ▁y ▁entr ará ▁en ▁Egipto ; ▁y ▁los ▁ í do los ▁de ▁Egipto ▁se ▁mo ver án ▁delante ▁de ▁él , ▁y ▁de s le irá se ▁el ▁corazón ▁de ▁los ▁E g i p ci os ▁en ▁medio ▁de ▁ellos .
▁Y ▁las ▁aguas ▁de ▁la ▁mar ▁falta rán , ▁y ▁el ▁río ▁se ▁a go t ará ▁y ▁se c ará .
▁Lo s ▁que ▁la bra n ▁lino ▁fin o , ▁y ▁los ▁que ▁te je n ▁re de s , ▁serán ▁con f un d ido s ;
▁Ha n se ▁de s v an e c ido ▁los ▁príncipes ▁de ▁Z o án , ▁se ▁han ▁en ga ñ ado ▁los ▁príncipes ▁de ▁No ph : ▁en ga ñ aron ▁á ▁Egipto ▁las ▁es qui n as ▁de ▁sus ▁familias .
▁Y ▁la ▁tierra ▁de ▁Judá ▁será ▁de ▁es p an to ▁á ▁Egipto ; ▁todo ▁hombre ▁que ▁de ▁ella ▁se ▁a co r d are ▁se ▁as om bra rá , ▁por ▁causa ▁del ▁con se jo ▁que ▁Jehová ▁de ▁los ▁ejército s ▁a co r d ó ▁sobre ▁a qué l .
▁Y ▁Jehová ▁será ▁conoc ido ▁de ▁Egipto , ▁y ▁los ▁de ▁Egipto ▁conoc e rán ▁á ▁Jehová ▁en ▁aquel ▁día ; ▁y ▁hará n ▁sacrificio ▁y ▁ob l ación ; ▁y ▁hará n ▁voto s ▁á ▁Jehová , ▁y ▁los ▁cumpl irá n .
▁Porque ▁Jehová ▁de ▁los ▁ejército s ▁los ▁bendecir á , ▁diciendo : ▁Be n di to ▁el ▁pueblo ▁mío ▁Egipto , ▁y ▁el ▁As i ri o ▁obra ▁de ▁mis ▁manos , ▁é ▁Israel ▁mi ▁heredad .
▁As í ▁llev ará ▁el ▁rey ▁de ▁As i ri a ▁la ▁ca u t i vi dad ▁de ▁Egipto ▁y ▁la ▁tra n s mi g r ación ▁de ▁E t i o p ía , ▁de ▁mozo s ▁y ▁de ▁viejo s , ▁de s n ud a ▁y ▁de s ca l za , ▁y ▁de s cu bi er ta s ▁las ▁ n al ga s ▁para ▁ver g ü en za ▁de ▁Egipto .
▁ V is ió n ▁d ura ▁me ▁ha ▁sido ▁most r ada . ▁El ▁pre v ar i ca dor ▁pre v ar i ca , ▁y ▁el ▁de st r u c to r ▁de st r u y e . ▁Su be , ▁P er s a ; ▁cerca , ▁Me do . ▁Todo ▁su ▁ g em ido ▁ hi ce ▁c es ar .
▁Porque ▁el ▁Señor ▁me ▁dijo ▁así : ▁Ve , ▁pon ▁c en t in e la ▁que ▁haga ▁sabe r ▁lo ▁que ▁ vier e .
▁T ri l la ▁mí a , ▁y ▁pa ja ▁de ▁mi ▁era : ▁os ▁he ▁dicho ▁lo ▁que ▁ o í ▁de ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel .
▁Sal id ▁á ▁encontr ar ▁al ▁se di en to ; ▁llev ad le ▁aguas , ▁moradores ▁de ▁tierra ▁de ▁T e ma , ▁so co r r ed ▁con ▁su ▁pan ▁al ▁que ▁ hu y e .
▁C A R G A ▁del ▁valle ▁de ▁la ▁vi s ió n . ▁¿ Qué ▁tiene s ▁ahora , ▁que ▁toda ▁tú ▁te ▁has ▁su b ido ▁sobre ▁los ▁te r r ados ?
▁Porque ▁día ▁es ▁de ▁al b o ro to , ▁y ▁de ▁ hu el la , ▁y ▁de ▁fat i ga ▁por ▁el ▁Señor ▁Jehová ▁de ▁los ▁ejército s ▁en ▁el ▁valle ▁de ▁la ▁vi s ió n , ▁para ▁de r ri b ar ▁el ▁mu ro , ▁y ▁dar ▁gr ita ▁al ▁monte .
▁Y ▁vi steis ▁las ▁ ro t ura s ▁de ▁la ▁ciudad ▁de ▁David , ▁que ▁se ▁multiplic aron ; ▁y ▁recog i steis ▁las ▁aguas ▁de ▁la ▁pe s que ra ▁de ▁ aba jo .
▁Y ▁he ▁aquí ▁go zo ▁y ▁alegr ía , ▁mata ndo ▁vacas ▁y ▁de go l l ando ▁ovejas , ▁come r ▁carne ▁y ▁beber ▁vino , ▁diciendo : ▁C o ma mos ▁y ▁be ba mos , ▁que ▁mañana ▁mor i remos .
▁He ▁aquí ▁que ▁Jehová ▁te ▁tras por t ará ▁en ▁d ur o ▁ca u t ive ri o , ▁y ▁de ▁cierto ▁te ▁cu b r irá ▁el ▁rostro .
▁Y ▁ve st i ré lo ▁de ▁tu s ▁ve st id ura s , ▁y ▁le ▁for ta le ce ré ▁con ▁tu ▁tal aba r te , ▁y ▁entre g aré ▁en ▁sus ▁manos ▁tu ▁p o t est ad ; ▁y ▁será ▁padre ▁al ▁mor ado r ▁de ▁Jerusalem , ▁y ▁á ▁la ▁casa ▁de ▁Judá .
▁En ▁aquel ▁día , ▁di ce ▁Jehová ▁de ▁los ▁ejército s , ▁el ▁c la v o ▁hin c ado ▁en ▁lugar ▁f ir me ▁será ▁qu ita do , ▁y ▁será ▁que bra do ▁y ▁ca e rá ; ▁y ▁la ▁ca r ga ▁que ▁sobre ▁él ▁se ▁puso , ▁se ▁echar á ▁á ▁per der ; ▁por que ▁Jehová ▁habló .
▁A ver g ü é n za te , ▁Si d ón , ▁por que ▁la ▁mar , ▁la ▁fortaleza ▁de ▁la ▁mar ▁habló , ▁diciendo : ▁Nun ca ▁estuv e ▁de ▁part o , ▁ni ▁par í , ▁ni ▁c ri é ▁mancebo s , ▁ni ▁levant é ▁ v í r g en es .
▁¿ Quién ▁de c re t ó ▁esto ▁sobre ▁T i ro ▁la ▁cor on ada , ▁cu y os ▁ n e go ci an te s ▁era n ▁príncipes , ▁cu y os ▁me r ca de res ▁era n ▁los ▁no ble s ▁de ▁la ▁tierra ?
▁Y ▁dijo : ▁No ▁te ▁alegr arás ▁más , ▁ o h ▁tú , ▁ o p ri mi da ▁vi r g en ▁hija ▁de ▁Si d ón . ▁Levántate ▁para ▁pasar ▁á ▁C h î t t im ; ▁y ▁aun ▁allí ▁no ▁tendrá s ▁reposo .
▁Toma ▁ar pa , ▁y ▁rod e a ▁la ▁ciudad , ▁ o h ▁ram er a ▁ o l vi d ada : ▁ha z ▁buena ▁me lo d ía , ▁re ite ra ▁la ▁can ción , ▁por que ▁torn es ▁en ▁memoria .
▁Y ▁será ▁ como ▁el ▁pueblo , ▁tal ▁el ▁sacerdote ; ▁ como ▁el ▁siervo , ▁tal ▁su ▁señor ; ▁ como ▁la ▁c ri ada , ▁tal ▁su ▁señor a ; ▁tal ▁el ▁que ▁com p ra , ▁ como ▁el ▁que ▁ven de ; ▁tal ▁el ▁que ▁da ▁emp re st ado , ▁ como ▁el ▁que ▁toma ▁pre st ado ; ▁tal ▁el ▁que ▁da ▁á ▁lo g ro , ▁ como ▁el ▁que ▁lo ▁re ci be .
▁Por ▁esta ▁causa ▁la ▁mal di ción ▁consum ió ▁la ▁tierra , ▁y ▁sus ▁moradores ▁fueron ▁as o l ados ; ▁por ▁esta ▁causa ▁fueron ▁consum ido s ▁los ▁habita n te s ▁de ▁la ▁tierra , ▁y ▁se ▁di s mi n u y e ron ▁los ▁hombres .
▁Que bra n t ada ▁está ▁la ▁ciudad ▁de ▁la ▁va n i dad ; ▁toda ▁casa ▁se ▁ha ▁ cer r ado , ▁por que ▁no ▁entre ▁nadie .
▁Estos ▁al z arán ▁su ▁voz , ▁can t arán ▁go zo s os ▁en ▁la ▁grande za ▁de ▁Jehová , ▁de s de ▁la ▁mar ▁dará n ▁voces .
▁Y ▁a co n te ce rá ▁que ▁el ▁que ▁ hu irá ▁de ▁la ▁voz ▁del ▁te r ro r , ▁ca e rá ▁en ▁la ▁si ma ; ▁y ▁el ▁que ▁sal iere ▁de ▁en ▁medio ▁de ▁la ▁si ma , ▁será ▁pre s o ▁del ▁la zo : ▁por que ▁de ▁lo ▁al to ▁se ▁abr ieron ▁ven t an as , ▁y ▁tem b l arán ▁los ▁f un da ment os ▁de ▁la ▁tierra .
▁Y ▁serán ▁am on to n ados ▁ como ▁se ▁am on to n an ▁en c ar ce l ados ▁en ▁ ma z mo r ra , ▁y ▁en ▁pri s ió n ▁quedar án ▁en cer r ados , ▁y ▁serán ▁visit ados ▁después ▁de ▁mucho s ▁días .
▁Por ▁esto ▁te ▁dará ▁gloria ▁el ▁pueblo ▁fuerte , ▁te ▁te me rá ▁la ▁ciudad ▁de ▁gente s ▁ ro b u st as .
▁Y ▁de s h ará ▁en ▁este ▁monte ▁la ▁más ca ra ▁de ▁la ▁co b er t ura ▁con ▁que ▁están ▁cu bi er to s ▁todos ▁los ▁pueblo s , ▁y ▁la ▁cubierta ▁que ▁está ▁extend i da ▁sobre ▁todas ▁las ▁gente s .
▁Y ▁extend e rá ▁su ▁mano ▁por ▁en ▁medio ▁de ▁él , ▁ como ▁la ▁ex t i en de ▁el ▁nada dor ▁para ▁nada r : ▁y ▁ aba t irá ▁su ▁so b er bi a ▁con ▁los ▁mi em b ro s ▁de ▁sus ▁manos :
▁T ú ▁le ▁guarda rás ▁en ▁com p le ta ▁paz , ▁cu y o ▁pe n s amiento ▁en ▁ti ▁per se ver a ; ▁por que ▁en ▁ti ▁se ▁ha ▁con f i ado .
▁El ▁camino ▁del ▁just o ▁es ▁rec t i t ud : ▁T ú , ▁Re c to , ▁pe s as ▁el ▁camino ▁del ▁just o .
▁Jehová , ▁bien ▁que ▁se ▁levant e ▁tu ▁mano , ▁no ▁ven : ▁ver án ▁al ▁cabo , ▁y ▁se ▁a ver g on z arán ▁los ▁que ▁en vi di an ▁á ▁tu ▁pueblo ; ▁y ▁á ▁tu s ▁enemigos ▁fuego ▁los ▁consum irá .
▁A ñ ad iste ▁al ▁pueblo , ▁ o h ▁Jehová , ▁a ñ ad iste ▁al ▁pueblo : ▁ hi c í s te te ▁ g lo ri os o : ▁extend í s te lo ▁hast a ▁todos ▁los ▁término s ▁de ▁la ▁tierra .
▁T u s ▁muerto s ▁vivir án ; ▁junto ▁con ▁mi ▁cuerpo ▁muerto ▁re s u ci t arán . ▁ ¡ D es per ta d ▁y ▁can ta d , ▁moradores ▁del ▁polvo ! ▁por que ▁tu ▁ ro c í o , ▁cual ▁ ro c í o ▁de ▁ho r ta li za s ; ▁y ▁la ▁tierra ▁echar á ▁los ▁muerto s .
▁En ▁aquel ▁día ▁can ta d ▁de ▁la ▁viña ▁del ▁vino ▁ ro jo ▁ .
▁ D ía s ▁vendrá n ▁cuando ▁Jacob ▁echar á ▁ ra í ce s , ▁flor e ce rá ▁y ▁echar á ▁re n ue v os ▁Israel , ▁y ▁la ▁ha z ▁del ▁mu ndo ▁se ▁he n ch irá ▁de ▁fruto .
▁Porque ▁la ▁ciudad ▁for ta le ci da ▁será ▁as o l ada , ▁la ▁mor ada ▁será ▁de s am para da ▁y ▁de ja da ▁ como ▁un ▁desierto : ▁allí ▁se ▁a pa c enta rá ▁el ▁becerro , ▁allí ▁tendrá ▁su ▁ ma ja da , ▁y ▁acaba rá ▁sus ▁ram as .
▁ ¡ A Y ▁de ▁la ▁cor on a ▁de ▁so b er bi a , ▁de ▁los ▁ e b ri os ▁de ▁Ephraim , ▁y ▁de ▁la ▁flor ▁ca d u ca ▁de ▁la ▁her mos ura ▁de ▁su ▁gloria , ▁que ▁está ▁sobre ▁la ▁cabeza ▁del ▁valle ▁f é r til ▁de ▁los ▁at ur d ido s ▁del ▁vino !
▁En ▁aquel ▁día ▁Jehová ▁de ▁los ▁ejército s ▁será ▁por ▁cor on a ▁de ▁gloria ▁y ▁di a de ma ▁de ▁her mos ura ▁á ▁las ▁re li qui as ▁de ▁su ▁pueblo ;
▁¿ A ▁qu ién ▁se ▁en se ñ ará ▁cien ci a , ▁ó ▁á ▁qu ién ▁se ▁hará ▁en t en der ▁do c t ri n a ? ▁¿ A ▁los ▁ qui t ados ▁de ▁la ▁le ch e ? ▁¿ á ▁los ▁ar ra n c ados ▁de ▁los ▁pe ch os ?
▁La ▁palabra ▁pues ▁de ▁Jehová ▁les ▁será ▁man d amiento ▁tras ▁man d amiento , ▁man da to ▁sobre ▁man da to , ▁re n g l ón ▁tras ▁re n g l ón , ▁ l í n e a ▁sobre ▁ l í n e a , ▁un ▁p o qui to ▁allí , ▁otro ▁p o qui to ▁all á ; ▁que ▁vaya n ▁y ▁ca i ga n ▁de ▁es pa l das , ▁y ▁sea n ▁que bra n t ados , ▁y ▁en l az ados , ▁y ▁pre s os .
▁Y ▁a j u st aré ▁el ▁juicio ▁á ▁cor de l , ▁y ▁á ▁ n ive l ▁la ▁justicia ; ▁y ▁gran i zo ▁bar re rá ▁la ▁a co g i da ▁de ▁la ▁men t i ra , ▁y ▁aguas ▁ar ro l l arán ▁el ▁escond ri jo .
▁Porque ▁Jehová ▁se ▁levant ará ▁ como ▁en ▁el ▁monte ▁P er as im , ▁ como ▁en ▁el ▁valle ▁de ▁ G aba ón ▁se ▁enoj ará ; ▁para ▁hacer ▁su ▁obra , ▁su ▁ex tra ñ a ▁obra , ▁y ▁para ▁hacer ▁su ▁ o per ación , ▁su ▁ex tra ñ a ▁ o per ación .
▁Después ▁que ▁hubiere ▁ i gu al ado ▁su ▁su per f i ci e , ▁¿ no ▁derram ará ▁la ▁ n e gu ill a , ▁se m bra rá ▁el ▁com in o , ▁pondrá ▁el ▁trigo ▁por ▁su ▁orden , ▁y ▁la ▁ ce b ada ▁en ▁su ▁señal , ▁y ▁la ▁ ave n a ▁en ▁su ▁término ?
▁T ambién ▁esto ▁salió ▁de ▁Jehová ▁de ▁los ▁ejército s , ▁para ▁hacer ▁mar a vi l los o ▁el ▁con se jo ▁y ▁en g ra n de cer ▁la ▁sabiduría .
▁Entonces ▁será s ▁ hu m ill ada , ▁habla rás ▁de s de ▁la ▁tierra , ▁y ▁tu ▁habla ▁saldrá ▁del ▁polvo ; ▁y ▁será ▁tu ▁voz ▁de ▁la ▁tierra ▁ como ▁de ▁p y th ón , ▁y ▁tu ▁habla ▁sus ur r ará ▁de s de ▁el ▁polvo .
▁Y ▁será ▁ como ▁el ▁que ▁tiene ▁hambre ▁y ▁su e ñ a , ▁y ▁par e ce ▁que ▁come ; ▁mas ▁cuando ▁de s p i er ta , ▁su ▁alma ▁está ▁va c ía ; ▁ó ▁ como ▁el ▁que ▁tiene ▁se d ▁y ▁su e ñ a , ▁y ▁par e ce ▁que ▁be be ; ▁mas ▁cuando ▁se ▁de s p i er ta , ▁ h á l la se ▁can s ado , ▁y ▁su ▁alma ▁se di enta : ▁así ▁será ▁la ▁multitud ▁de ▁todas ▁las ▁gente s ▁que ▁pe le arán ▁contra ▁el ▁monte ▁de ▁Si ón .
▁Y ▁si ▁se ▁die re ▁el ▁libr o ▁al ▁que ▁no ▁sabe ▁le er , ▁di ci é ndo le : ▁Le e ▁ahora ▁esto ; ▁él ▁dirá : ▁No ▁s é ▁le er .
▁ V u est ra ▁su b ver s ió n ▁c iertamente ▁será ▁re p u t ada ▁ como ▁el ▁bar ro ▁del ▁al f are ro . ▁¿ L a ▁obra ▁dirá ▁de ▁su ▁ha ce dor , ▁No ▁me ▁hizo ; ▁y ▁dirá ▁el ▁va s o ▁de ▁aquel ▁que ▁lo ▁ha ▁for m ado , ▁No ▁en te nd ió ?
▁Porque ▁el ▁vi o l en to ▁será ▁acaba do , ▁y ▁el ▁es c ar n e ce dor ▁será ▁consum ido : ▁serán ▁tal ados ▁todos ▁los ▁que ▁ ma d r u g aban ▁á ▁la ▁iniquidad .
▁Y ▁los ▁ er r ados ▁de ▁espíritu ▁ap re n de rán ▁in te li g en ci a , ▁y ▁los ▁murmur ado res ▁ap re n de rán ▁do c t ri n a .
▁Cuan do ▁estará n ▁sus ▁príncipes ▁en ▁Z o án , ▁y ▁sus ▁ em ba ja do res ▁habrá n ▁lleg ado ▁á ▁Ha n es ,
▁Ve ▁pues ▁ahora , ▁y ▁es c ri be ▁esta ▁vi s ió n ▁en ▁una ▁ t ab la ▁delante ▁de ▁ellos , ▁y ▁as ién ta la ▁en ▁un ▁libr o , ▁para ▁que ▁que de ▁hast a ▁el ▁postr er o ▁día , ▁para ▁siempre ▁por ▁todos ▁los ▁si g los .
▁Por ▁tanto ▁el ▁S an to ▁de ▁Israel ▁di ce ▁así : ▁Porque ▁de se ch a steis ▁esta ▁palabra , ▁y ▁con f i a steis ▁en ▁vi o l en ci a ▁y ▁en ▁iniquidad , ▁y ▁en ▁el lo ▁os ▁ha béis ▁ap o y ado ;
▁Si no ▁que ▁di j i steis : ▁No , ▁antes ▁ hu i remos ▁en ▁caballo s : ▁por ▁tanto ▁vosotros ▁ hu i réis . ▁So bre ▁li g eros ▁ca ba l ga remos : ▁por ▁tanto ▁serán ▁li g eros ▁vuestro s ▁per se gu ido res .
▁B i en ▁que ▁os ▁dará ▁el ▁Señor ▁pan ▁de ▁con go ja ▁y ▁agua ▁de ▁an gu st i a , ▁con ▁todo , ▁tu s ▁en se ñ ado res ▁ nunc a ▁más ▁te ▁serán ▁ qui t ados , ▁sin o ▁que ▁tu s ▁ojos ▁ver án ▁tu s ▁en se ñ ado res .
▁T u s ▁bueyes ▁y ▁tu s ▁asno s ▁que ▁la bra n ▁la ▁tierra , ▁comerá n ▁gran o ▁limpio , ▁el ▁cual ▁será ▁ ave n t ado ▁con ▁pa la ▁y ▁c ri ba .
▁Y ▁su ▁al i en to , ▁cual ▁to r r ente ▁que ▁in un da : ▁llegar á ▁hast a ▁el ▁cu el lo , ▁para ▁ za ra n de ar ▁las ▁gente s ▁con ▁c ri ba ▁de ▁de st r u c ción ; ▁y ▁el ▁f re no ▁estará ▁en ▁las ▁ qui ja das ▁de ▁los ▁pueblo s , ▁haci é ndo les ▁ er r ar .
▁Y ▁en ▁todo ▁pa s o ▁habrá ▁made ro ▁f un d ado , ▁que ▁Jehová ▁hará ▁hin c ar ▁sobre ▁él ▁con ▁ t am b o ri les ▁y ▁vi hu el as , ▁cuando ▁con ▁batalla s ▁de ▁al t ura ▁pe le ará ▁contra ▁ellos .
▁Y ▁los ▁E g i p ci os ▁hombres ▁son , ▁y ▁no ▁Dios ; ▁y ▁sus ▁caballo s ▁carne , ▁y ▁no ▁espíritu : ▁de ▁manera ▁que ▁en ▁extend iendo ▁Jehová ▁su ▁mano , ▁ca e rá ▁el ▁a y ud ado r , ▁y ▁ca e rá ▁el ▁a y ud ado , ▁y ▁todos ▁ellos ▁de s f al le ce rán ▁á ▁una .
▁Porque ▁en ▁aquel ▁día ▁ar ro ja rá ▁el ▁hombre ▁sus ▁ í do los ▁de ▁plata , ▁y ▁sus ▁ í do los ▁de ▁oro , ▁que ▁para ▁vosotros ▁han ▁hecho ▁vuestras ▁manos ▁pecado ra s .
▁Y ▁será ▁aquel ▁varón ▁ como ▁escond ed er o ▁contra ▁el ▁vi en to , ▁y ▁ como ▁a co g i da ▁contra ▁el ▁tu r bi ón ; ▁ como ▁arroyo s ▁de ▁aguas ▁en ▁tierra ▁de ▁se que dad , ▁ como ▁so m bra ▁de ▁gran ▁peña s co ▁en ▁tierra ▁ca l ur os a .
▁Porque ▁el ▁me z qui no ▁hablar á ▁me z qui n dad es , ▁y ▁su ▁corazón ▁f ab ri c ará ▁iniquidad , ▁para ▁hacer ▁la ▁imp i ed ad ▁y ▁para ▁hablar ▁es c ar n i o ▁contra ▁Jehová , ▁de ja ndo ▁va c ía ▁el ▁alma ▁ha m b ri enta , ▁y ▁qu ita ndo ▁la ▁be bi da ▁al ▁se di en to .
▁ D ía s ▁y ▁años ▁tendréis ▁es p an to , ▁ o h ▁con f i ada s ; ▁por que ▁la ▁ven di mi a ▁falta rá , ▁y ▁la ▁co se ch a ▁no ▁a cu d irá .
▁Porque ▁los ▁pa la ci os ▁serán ▁desierto s , ▁la ▁multitud ▁de ▁la ▁ciudad ▁c es ará : ▁las ▁to r res ▁y ▁fortaleza s ▁se ▁torn arán ▁cueva s ▁para ▁siempre , ▁don de ▁ hu el gu en ▁asno s ▁monte se s , ▁y ▁ganado s ▁haga n ▁ ma ja da :
▁Y ▁mi ▁pueblo ▁habita rá ▁en ▁mor ada ▁de ▁paz , ▁y ▁en ▁habita ciones ▁seg ura s , ▁y ▁en ▁rec re os ▁de ▁reposo .
▁O h ▁Jehová , ▁ten ▁misericordia ▁de ▁nosotros , ▁á ▁ti ▁he mos ▁es per ado : ▁tú , ▁brazo ▁de ▁ellos ▁en ▁la ▁mañana , ▁s é ▁también ▁nuestra ▁sal ud ▁en ▁tiempo ▁de ▁la ▁tribu l ación .
▁Y ▁reinar án ▁en ▁tu s ▁tiempo s ▁la ▁sabiduría ▁y ▁la ▁cien ci a , ▁y ▁la ▁fuerza ▁de ▁la ▁salva ción : ▁el ▁tem or ▁de ▁Jehová ▁será ▁su ▁te s o ro .
▁Ahora ▁me ▁levant aré , ▁di ce ▁Jehová ; ▁ahora ▁se ré ▁en s al z ado , ▁ahora ▁se ré ▁en g ra n de c ido .
▁Lo s ▁pecado res ▁se ▁as om bra ron ▁en ▁Si ón , ▁es p an to ▁sobre co g ió ▁á ▁los ▁ hi p ó c r itas . ▁¿ Quién ▁de ▁nosotros ▁mor ará ▁con ▁el ▁fuego ▁consum ido r ? ▁¿ qui é n ▁de ▁nosotros ▁habita rá ▁con ▁las ▁ l la ma s ▁ e te rna s ?
▁T u ▁corazón ▁ im a g in ará ▁el ▁es p an to , ▁y ▁dirá : ▁¿ Qué ▁es ▁del ▁es c ri ba ? ▁¿ qué ▁del ▁pe s ado r ? ▁¿ qué ▁del ▁que ▁pon e ▁en ▁li s ta ▁las ▁casa s ▁más ▁in s i g n es ?
▁Porque ▁Jehová ▁es ▁nuestro ▁ j ue z , ▁Jehová ▁es ▁nuestro ▁le g is la dor , ▁Jehová ▁es ▁nuestro ▁Re y , ▁él ▁mismo ▁no s ▁salva rá .
▁Porque ▁Jehová ▁está ▁a ir ado ▁sobre ▁todas ▁las ▁gente s , ▁é ▁ir ri t ado ▁sobre ▁todo ▁el ▁ejército ▁de ▁ella s : ▁destruir á la s ▁y ▁entre g ará la s ▁al ▁mata der o .
▁L l en a ▁está ▁de ▁sangre ▁la ▁espada ▁de ▁Jehová , ▁en g ra s ada ▁está ▁de ▁gr os ura , ▁de ▁sangre ▁de ▁cordero s ▁y ▁de ▁ca b ri to s , ▁de ▁gr os ura ▁de ▁ ri ñ on es ▁de ▁carnero s : ▁por que ▁Jehová ▁tiene ▁sacrificio s ▁en ▁B os ra , ▁y ▁grande ▁mata n za ▁en ▁tierra ▁de ▁Edom .
▁No ▁se ▁a pa g ará ▁de ▁noche ▁ni ▁de ▁día , ▁perpetua mente ▁subir á ▁su ▁ hu mo : ▁de ▁generación ▁en ▁generación ▁será ▁as o l ada , ▁ nunc a ▁ ja m ás ▁pasar á ▁nadie ▁por ▁ella .
▁Y ▁las ▁bestia s ▁monte se s ▁se ▁encontr arán ▁con ▁los ▁ ga to s ▁ cer v a les , ▁y ▁el ▁pe l u do ▁gr ita rá ▁á ▁su ▁com pa ñ er o : ▁la ▁la mi a ▁también ▁tendrá ▁allí ▁as i en to , ▁y ▁halla rá ▁para ▁sí ▁reposo .
▁A L E G R A R S E ▁han ▁el ▁desierto ▁y ▁la ▁so le dad : ▁el ▁y er mo ▁se ▁go z ará , ▁y ▁flor e ce rá ▁ como ▁la ▁ ro s a .
▁Entonces ▁los ▁ojos ▁de ▁los ▁ ci e go s ▁serán ▁a bi er to s , ▁y ▁los ▁oído s ▁de ▁los ▁so r do s ▁se ▁abr irá n .
▁No ▁habrá ▁allí ▁le ón , ▁ni ▁bestia ▁f i er a ▁subir á ▁por ▁él , ▁ni ▁allí ▁se ▁halla rá , ▁para ▁que ▁ca mi n en ▁los ▁re d im ido s .
▁Y ▁salió ▁á ▁él ▁Eli a ci m ▁hijo ▁de ▁Hi l c ía s ▁may or do mo ▁ , ▁y ▁Se b n a , ▁es c ri ba , ▁y ▁ J o ah ▁hijo ▁de ▁As a ph , ▁can c ill er .
▁Y ▁si ▁me ▁dijere s , ▁En ▁Jehová ▁nuestro ▁Dios ▁con f i a mos ; ▁¿ no ▁es ▁éste ▁aquel ▁cu y os ▁al to s ▁y ▁cu y os ▁altar es ▁hizo ▁quitar ▁E z e ch î as , ▁y ▁dijo ▁á ▁Judá ▁y ▁á ▁Jerusalem : ▁De l an te ▁de ▁este ▁altar ▁a dor aréis ?
▁Entonces ▁dijo ▁Eli a ci m , ▁y ▁Se b n a ▁y ▁ J o ah ▁á ▁R ab s a ce s : ▁R o g á mos te ▁que ▁ha ble s ▁á ▁tu s ▁siervos ▁en ▁le n gu a ▁si ri a ca , ▁por que ▁nosotros ▁la ▁en te nd emos : ▁y ▁no ▁ha ble s ▁con ▁nosotros ▁en ▁le n gu a ▁ j ud á i ca , ▁ o y é ndo lo ▁el ▁pueblo ▁que ▁está ▁sobre ▁el ▁mu ro .
▁N i ▁os ▁haga ▁E z e ch î as ▁con f i ar ▁en ▁Jehová , ▁diciendo : ▁C iertamente ▁Jehová ▁no s ▁libr ará : ▁no ▁será ▁entre g ada ▁esta ▁ciudad ▁en ▁manos ▁del ▁rey ▁de ▁As i ri a .
▁¿ D ón de ▁está ▁el ▁di os ▁de ▁Ha ma th ▁y ▁de ▁Ar ph ad ? ▁¿ d ón de ▁está ▁el ▁di os ▁de ▁Se ph ar v a im ? ▁¿ li bra ron ▁á ▁Samaria ▁de ▁mi ▁mano ?
▁A C O N T E C I Ó ▁pues , ▁que ▁el ▁rey ▁E z e ch î as , ▁oído ▁esto , ▁ ra s g ó ▁sus ▁vestidos , ▁y ▁cu bi er to ▁de ▁s a co ▁vino ▁á ▁la ▁casa ▁de ▁Jehová .
▁ V in ieron ▁pues ▁los ▁siervos ▁de ▁E z e ch î as ▁á ▁Isaí as .
▁Mas ▁ o y e ndo ▁decir ▁de ▁T ir h a k ah ▁rey ▁de ▁E t i o p ía : ▁He ▁aquí ▁que ▁ha ▁sal ido ▁para ▁hacer te ▁guerra : ▁en ▁ o y é ndo lo , ▁envió ▁mensajero s ▁á ▁E z e ch î as , ▁diciendo :
▁¿ D ón de ▁está ▁el ▁rey ▁de ▁A ma th , ▁y ▁el ▁rey ▁de ▁Ar ph ad , ▁el ▁rey ▁de ▁la ▁ciudad ▁de ▁Se ph ar v a im , ▁de ▁He n ah , ▁y ▁de ▁Hi v ah ?
▁I n c l in a , ▁ o h ▁Jehová , ▁tu ▁oído , ▁y ▁ o y e ; ▁a bre , ▁ o h ▁Jehová , ▁tu s ▁ojos , ▁y ▁mira : ▁y ▁ o y e ▁todas ▁las ▁palabras ▁de ▁Se n n a ch ê ri b , ▁el ▁cual ▁ha ▁en vi ado ▁á ▁ b la s f em ar ▁al ▁Dios ▁vi vi ente .
▁Entonces ▁Isaí as ▁hijo ▁de ▁A mo z , ▁envió ▁á ▁decir ▁á ▁E z e ch î as : ▁Jehová ▁Dios ▁de ▁Israel ▁di ce ▁así : ▁A cer ca ▁de ▁lo ▁que ▁me ▁ ro g aste ▁sobre ▁Se n n a ch ê ri b ▁rey ▁de ▁As i ri a ,
▁Yo ▁ca v é , ▁y ▁be b í ▁las ▁aguas ; ▁y ▁con ▁las ▁pi s ada s ▁de ▁mis ▁pie s ▁se c aré ▁todos ▁los ▁río s ▁de ▁lugar es ▁at ri n ch er ados ▁ .
▁Porque ▁contra ▁mí ▁te ▁a ir aste , ▁y ▁tu ▁es t r ue ndo ▁ha ▁su b ido ▁á ▁mis ▁oído s : ▁pondré ▁pues ▁mi ▁an z ue lo ▁en ▁tu ▁ n ar i z , ▁y ▁mi ▁f re no ▁en ▁tu s ▁la bi os , ▁y ▁haré te ▁torn ar ▁por ▁el ▁camino ▁por ▁don de ▁vi n iste .
▁Por ▁tanto , ▁así ▁di ce ▁Jehová ▁acerca ▁del ▁rey ▁de ▁As i ri a : ▁No ▁entr ará ▁en ▁esta ▁ciudad , ▁ni ▁echar á ▁s a e ta ▁en ▁ella : ▁no ▁vendrá ▁delante ▁de ▁ella ▁es cu do , ▁ni ▁será ▁echa do ▁contra ▁ella ▁ba l u ar te .
▁Entonces ▁Se n n a ch ê ri b ▁rey ▁de ▁As i ri a ▁part ién do se ▁se ▁fué , ▁y ▁volvió se , ▁é ▁hizo ▁su ▁mor ada ▁en ▁N í n ive .
▁Y ▁dijo : ▁O h ▁Jehová , ▁ r u é go te ▁te ▁a cu er de s ▁ahora ▁que ▁he ▁and ado ▁delante ▁de ▁ti ▁en ▁ver dad ▁y ▁con ▁ í n te g ro ▁corazón , ▁y ▁que ▁he ▁hecho ▁lo ▁que ▁ha ▁sido ▁a g r ada ble ▁delante ▁de ▁tu s ▁ojos . ▁Y ▁lloró ▁E z e ch î as ▁con ▁gran ▁ l lo ro .
▁Y ▁esto ▁te ▁será ▁señal ▁de ▁parte ▁de ▁Jehová , ▁que ▁Jehová ▁hará ▁esto ▁que ▁ha ▁dicho :
▁Di je : ▁No ▁ver é ▁á ▁ J A H , ▁á ▁ J A H ▁en ▁la ▁tierra ▁de ▁los ▁que ▁vi v en : ▁y a ▁no ▁ver é ▁más ▁hombre ▁con ▁los ▁moradores ▁del ▁mu ndo .
▁¿ Qué ▁di ré ? ▁El ▁que ▁me ▁lo ▁dijo , ▁él ▁mismo ▁lo ▁ha ▁hecho . ▁And aré ▁rec a pa ci t ando ▁en ▁la ▁am ar gu ra ▁de ▁mi ▁alma ▁todos ▁los ▁años ▁de ▁mi ▁vida .
▁El ▁que ▁vi v e , ▁el ▁que ▁vi v e , ▁éste ▁te ▁con f es ará , ▁ como ▁yo ▁hoy : ▁el ▁padre ▁hará ▁not o ri a ▁tu ▁ver dad ▁á ▁los ▁hijos .
▁E N ▁aquel ▁tiempo ▁Me ro da ch - ba la d án , ▁hijo ▁de ▁B al ad án , ▁rey ▁de ▁B ab il on i a , ▁envió ▁ca r ta s ▁y ▁presente s ▁á ▁E z e ch î as ; ▁por que ▁había ▁oído ▁que ▁había ▁esta do ▁en f er mo , ▁y ▁que ▁había ▁con v a le c ido .
▁Entonces ▁dijo ▁Isaí as ▁á ▁E z e ch î as : ▁O y e ▁palabra ▁de ▁Jehová ▁de ▁los ▁ejército s :
▁C O N S O L A O S , ▁con s o la os , ▁pueblo ▁mío , ▁di ce ▁vuestro ▁Dios .
▁Y ▁man i f est arás e ▁la ▁gloria ▁de ▁Jehová , ▁y ▁toda ▁carne ▁junt amente ▁la ▁ver á ; ▁que ▁la ▁boca ▁de ▁Jehová ▁habló .
▁S ú be te ▁sobre ▁un ▁monte ▁al to , ▁a nunc i ado ra ▁de ▁Si ón ; ▁levant a ▁fuerte mente ▁tu ▁voz , ▁a nunc i ado ra ▁de ▁Jerusalem ; ▁le v án ta la , ▁no ▁tem as ; ▁di ▁á ▁las ▁ciudades ▁de ▁Judá : ▁ ¡ V e is ▁aquí ▁el ▁Dios ▁vuestro !
▁¿ Quién ▁en se ñ ó ▁al ▁espíritu ▁de ▁Jehová , ▁ó ▁le ▁a co n se jo ▁en se ñ ándo le ?
▁C o mo ▁nada ▁son ▁todas ▁las ▁gente s ▁delante ▁de ▁él ; ▁y ▁en ▁su ▁com para ción ▁serán ▁es t im ada s ▁en ▁men os ▁que ▁nada , ▁y ▁que ▁lo ▁que ▁no ▁es .
▁¿ No ▁s a béis ? ▁¿ no ▁ha béis ▁oído ? ▁¿ nunc a ▁os ▁lo ▁han ▁dicho ▁de s de ▁el ▁pri n ci p i o ? ▁¿ no ▁ha béis ▁sido ▁en se ñ ados ▁de s de ▁que ▁la ▁tierra ▁se ▁f un d ó ?
▁¿ A ▁qué ▁pues ▁me ▁ha réis ▁se me ja n te , ▁ó ▁se ré ▁as im il ado ? ▁di ce ▁el ▁S an to .
▁El ▁da ▁es f u er zo ▁al ▁can s ado , ▁y ▁multiplic a ▁las ▁fuerza s ▁al ▁que ▁no ▁tiene ▁ninguna s .
▁¿ Quién ▁de s per t ó ▁del ▁or iente ▁al ▁just o , ▁lo ▁llamó ▁para ▁que ▁le ▁siguie se , ▁entregó ▁delante ▁de ▁él ▁ n a ciones , ▁é ▁ h í zo lo ▁en se ñ o re ar ▁de ▁reyes ; ▁entregó los ▁á ▁su ▁espada ▁ como ▁polvo , ▁y ▁á ▁su ▁ar co ▁ como ▁ho ja ra s ca s ▁ar re ba ta das ?
▁C ada ▁cual ▁a y ud ó ▁á ▁su ▁cerca no ; ▁y ▁á ▁su ▁hermano ▁dijo : ▁E s f u é r za te .
▁No ▁tem as , ▁que ▁yo ▁soy ▁contigo ; ▁no ▁de s ma y es , ▁que ▁yo ▁soy ▁tu ▁Dios ▁que ▁te ▁es f u er zo : ▁siempre ▁te ▁a y ud aré , ▁siempre ▁te ▁sus t enta ré ▁con ▁la ▁die s tra ▁de ▁mi ▁justicia .
▁No ▁tem as , ▁ gu s an o ▁de ▁Jacob , ▁ o h ▁vosotros ▁los ▁poco s ▁de ▁Israel ; ▁yo ▁te ▁so co r r í , ▁di ce ▁Jehová , ▁y ▁tu ▁Re de n to r ▁el ▁S an to ▁de ▁Israel .
▁En ▁los ▁al to s ▁abr i ré ▁río s , ▁y ▁fuente s ▁en ▁mitad ▁de ▁los ▁ l la nos : ▁torn aré ▁el ▁desierto ▁en ▁esta n que s ▁de ▁aguas , ▁y ▁en ▁man ad eros ▁de ▁aguas ▁la ▁tierra ▁se ca .
▁T ra i ga n , ▁y ▁an ún ci en nos ▁lo ▁que ▁ha ▁de ▁ven ir : ▁d í ga n nos ▁lo ▁que ▁ha ▁pasa do ▁de s de ▁el ▁pri n ci p i o , ▁y ▁pon d remos ▁nuestro ▁corazón ▁en ▁el lo : ▁se pa mos ▁también ▁su ▁postr im er ía , ▁y ▁ha c ed nos ▁en t en der ▁lo ▁que ▁ha ▁de ▁ven ir .
▁¿ Quién ▁lo ▁a nunc ió ▁de s de ▁el ▁pri n ci p i o , ▁para ▁que ▁se pa mos ; ▁ó ▁de ▁tiempo ▁at rás , ▁y ▁di remos : ▁E s ▁just o ? ▁C i er to , ▁no ▁hay ▁quien ▁a nunc i e , ▁sí , ▁no ▁hay ▁quien ▁en se ñ e , ▁c iertamente ▁no ▁hay ▁quien ▁ o i ga ▁vuestras ▁palabras .
▁ H E ▁aquí ▁mi ▁siervo , ▁yo ▁le ▁so s te nd ré ; ▁mi ▁es co g ido , ▁en ▁quien ▁mi ▁alma ▁toma ▁con t en t amiento : ▁he ▁puesto ▁sobre ▁él ▁mi ▁espíritu , ▁dará ▁juicio ▁á ▁las ▁gente s .
▁As í ▁di ce ▁el ▁Dios ▁Jehová , ▁el ▁C ri ado r ▁de ▁los ▁cielo s , ▁y ▁el ▁que ▁los ▁ex t i en de ; ▁el ▁que ▁ex t i en de ▁la ▁tierra ▁y ▁sus ▁ver d ura s ; ▁el ▁que ▁da ▁re s p ir ación ▁al ▁pueblo ▁que ▁mor a ▁sobre ▁ella , ▁y ▁espíritu ▁á ▁los ▁que ▁por ▁ella ▁and an :
▁La s ▁cosas ▁primer as ▁he ▁aquí ▁vinieron , ▁y ▁yo ▁a nunc i o ▁nueva s ▁cosas : ▁antes ▁que ▁sal ga n ▁á ▁lu z , ▁yo ▁os ▁las ▁haré ▁not o ri as .
▁Jehová ▁saldrá ▁ como ▁ g i ga n te , ▁y ▁ como ▁hombre ▁de ▁guerra ▁de s per t ará ▁ ce lo : ▁gr ita rá , ▁ v o ce ará , ▁es for za rás e ▁sobre ▁sus ▁enemigos .
▁Se rán ▁vuelto s ▁at rás , ▁y ▁en ▁ex t re mo ▁con f un d ido s , ▁los ▁que ▁con f ían ▁en ▁las ▁es cu l t ura s , ▁y ▁di ce n ▁á ▁las ▁esta tu as ▁de ▁fundición : ▁Vosotros ▁so is ▁nuestro s ▁dioses .
▁Jehová ▁se ▁com p la ció ▁por ▁am or ▁de ▁su ▁justicia ▁en ▁ ma g n i f i c ar ▁la ▁le y ▁y ▁en g ra n de cer la .
▁Por ▁tanto ▁derram ó ▁sobre ▁él ▁el ▁furor ▁de ▁su ▁ir a , ▁y ▁fuerza ▁de ▁guerra ; ▁p ú s o le ▁fuego ▁de ▁todas ▁parte s , ▁ e mpero ▁no ▁en te nd ió ; ▁y ▁encendió le , ▁mas ▁no ▁ha ▁para do ▁mi ente s .
▁Porque ▁en ▁mis ▁ojos ▁f u iste ▁de ▁grande ▁es t im a , ▁f u iste ▁ho no ra ble , ▁y ▁yo ▁te ▁am é : ▁daré ▁pues ▁hombres ▁por ▁ti , ▁y ▁ n a ciones ▁por ▁tu ▁alma .
▁S a ca d ▁al ▁pueblo ▁ ci e go ▁que ▁tiene ▁ojos , ▁y ▁á ▁los ▁so r do s ▁que ▁tiene n ▁oído s .
▁Yo ▁a nunc i é , ▁y ▁sal v é , ▁é ▁ hi ce ▁oir , ▁y ▁no ▁hubo ▁entre ▁vosotros ▁ex tra ñ o . ▁Vosotros ▁pues ▁so is ▁mis ▁testigo s , ▁di ce ▁Jehová , ▁que ▁yo ▁soy ▁Dios .
▁As í ▁di ce ▁Jehová , ▁el ▁que ▁da ▁camino ▁en ▁la ▁mar , ▁y ▁send a ▁en ▁las ▁aguas ▁imp e tu os as ;
▁La ▁bestia ▁del ▁campo ▁me ▁ho n r ará , ▁los ▁ch a ca les , ▁y ▁los ▁p o l los ▁del ▁ ave st r u z : ▁por que ▁daré ▁aguas ▁en ▁el ▁desierto , ▁río s ▁en ▁la ▁so le dad , ▁para ▁que ▁be ba ▁mi ▁pueblo , ▁mi ▁es co g ido .
▁No ▁com p r aste ▁para ▁mí ▁ca ñ a ▁ar om á t i ca ▁por ▁dinero , ▁ni ▁me ▁s a ci aste ▁con ▁la ▁gr os ura ▁de ▁tu s ▁sacrificio s ; ▁antes ▁me ▁ hi c iste ▁servir ▁en ▁tu s ▁pecado s , ▁me ▁has ▁fat i g ado ▁con ▁tu s ▁mal dad es .
▁Por ▁tanto , ▁yo ▁pro f an é ▁los ▁príncipes ▁del ▁santuario , ▁y ▁pu se ▁por ▁an a te ma ▁á ▁Jacob , ▁y ▁por ▁ o p ro bi o ▁á ▁Israel .
▁Y ▁br o t arán ▁entre ▁ hi er ba , ▁ como ▁s a u ce s ▁junto ▁á ▁las ▁ ri be ra s ▁de ▁las ▁aguas .
▁No ▁tem áis , ▁ni ▁os ▁am ed re n t éis : ▁¿ no ▁te ▁lo ▁ hi ce ▁oir ▁de s de ▁an t i gu o , ▁y ▁te ▁lo ▁di je ? ▁Luego ▁vosotros ▁so is ▁mis ▁testigo s . ▁No ▁hay ▁Dios ▁sin o ▁yo . ▁No ▁hay ▁F u er te : ▁no ▁con o z co ▁ninguno .
▁El ▁her re ro ▁tomará ▁la ▁ten a za , ▁obra rá ▁en ▁las ▁as cu as , ▁dará le ▁for ma ▁con ▁los ▁mar til los , ▁y ▁tra ba ja rá ▁en ▁ella ▁con ▁la ▁fuerza ▁de ▁su ▁brazo : ▁tiene ▁luego ▁hambre , ▁y ▁le ▁falta n ▁las ▁fuerza s ; ▁no ▁beber á ▁agua , ▁y ▁se ▁de s ma y a .
▁P ar te ▁del ▁le ñ o ▁que m ará ▁en ▁el ▁fuego ; ▁con ▁parte ▁de ▁él ▁comerá ▁carne , ▁a de re z ará ▁as ado , ▁y ▁se ▁s a ci ará ; ▁después ▁se ▁ca l enta rá , ▁y ▁dirá : ▁ ¡ O h ! ▁he me ▁ca l enta do , ▁he ▁visto ▁el ▁fuego ;
▁De ▁c en i za ▁se ▁a pa ci enta ; ▁su ▁corazón ▁en ga ñ ado ▁le ▁de s v ía , ▁para ▁que ▁no ▁libr e ▁su ▁alma , ▁ni ▁di ga : ▁¿ No ▁hay ▁una ▁men t i ra ▁á ▁mi ▁mano ▁derecha ?
▁As í ▁di ce ▁Jehová , ▁tu ▁Re de n to r , ▁y ▁for ma dor ▁tuyo ▁de s de ▁el ▁vi en t re : ▁Yo ▁Jehová , ▁que ▁lo ▁ha go ▁todo , ▁que ▁ex t iendo ▁so lo ▁los ▁cielo s , ▁que ▁ex t iendo ▁la ▁tierra ▁por ▁mí ▁mismo ;
▁Que ▁di ce ▁de ▁C i ro : ▁E s ▁mi ▁pa st or , ▁y ▁cumpl irá ▁todo ▁lo ▁que ▁yo ▁ qui er o , ▁en ▁diciendo ▁á ▁Jerusalem , ▁Se rás ▁edifica da ; ▁y ▁al ▁templo : ▁Se rás ▁f un d ado .
▁Por ▁am or ▁de ▁mi ▁siervo ▁Jacob , ▁y ▁de ▁Israel ▁mi ▁es co g ido , ▁te ▁ l l am é ▁por ▁tu ▁nombre ; ▁p ú se te ▁sobre n om bre , ▁aun que ▁no ▁me ▁conoc iste .
▁R o ci ad , ▁cielo s , ▁de ▁arriba , ▁y ▁las ▁nube s ▁de s til en ▁la ▁justicia ; ▁á bra se ▁la ▁tierra , ▁y ▁pro d ú z ca n se ▁la ▁sal ud ▁y ▁la ▁justicia ; ▁ h á ga n se ▁br o t ar ▁junt amente . ▁Yo ▁Jehová ▁lo ▁c ri é .
▁Yo ▁ hi ce ▁la ▁tierra , ▁y ▁c ri é ▁sobre ▁ella ▁al ▁hombre . ▁Yo , ▁mis ▁manos , ▁extend ieron ▁los ▁cielo s , ▁y ▁á ▁todo ▁su ▁ejército ▁man d é .
▁C on f u s os ▁y ▁a ver g on z ados ▁serán ▁todos ▁ellos ; ▁ir án ▁con ▁a f r enta ▁todos ▁los ▁f ab ri c ado res ▁de ▁ im á g en es .
▁Re un í os , ▁y ▁ven id ; ▁all e ga os , ▁todos ▁los ▁es ca p ados ▁de ▁las ▁gente s : ▁no ▁sabe n ▁aquello s ▁que ▁ er i g en ▁el ▁made ro ▁de ▁su ▁es cu l t ura , ▁y ▁los ▁que ▁ r ue ga n ▁al ▁di os ▁que ▁no ▁salva .
▁Y ▁dirá se ▁de ▁mí : ▁C iertamente ▁en ▁Jehová ▁está ▁la ▁justicia ▁y ▁la ▁fuerza : ▁á ▁él ▁vendrá n , ▁y ▁todos ▁los ▁que ▁contra ▁él ▁se ▁en ar de ce n , ▁serán ▁a ver g on z ados .
▁O id me , ▁ o h ▁casa ▁de ▁Jacob , ▁y ▁todo ▁el ▁rest o ▁de ▁la ▁casa ▁de ▁Israel , ▁los ▁que ▁so is ▁traído s ▁por ▁mí ▁de s de ▁el ▁vi en t re , ▁los ▁que ▁so is ▁llev ados ▁de s de ▁la ▁ ma t ri z .
▁E ch an se lo ▁sobre ▁los ▁ho m b ro s , ▁ l l é v an lo , ▁y ▁as ién t an lo ▁en ▁su ▁lugar ; ▁allí ▁se ▁está , ▁y ▁no ▁se ▁mu e v e ▁de ▁su ▁si t i o . ▁Dan le ▁voces , ▁y ▁ t am p o co ▁respond e , ▁ni ▁libr a ▁de ▁la ▁tribu l ación .
▁Que ▁ l la mo ▁de s de ▁el ▁or iente ▁al ▁ ave , ▁y ▁de ▁tierra ▁le ja n a ▁al ▁varón ▁de ▁mi ▁con se jo . ▁Yo ▁ha b l é , ▁y ▁lo ▁haré ▁ven ir : ▁he lo ▁pe n s ado , ▁y ▁también ▁lo ▁haré .
▁Toma ▁el ▁mo li no , ▁y ▁mu e le ▁harina : ▁descubr e ▁tu s ▁ gu ed e ja s , ▁de s ca l za ▁los ▁pie s , ▁descubr e ▁las ▁pie rna s , ▁pasa ▁los ▁río s .
▁En o j é me ▁contra ▁mi ▁pueblo , ▁pro f an é ▁mi ▁heredad , ▁y ▁entre gu é los ▁en ▁tu ▁mano : ▁no ▁les ▁ hi c iste ▁misericordia s ; ▁sobre ▁el ▁viejo ▁a g ra v aste ▁mucho ▁tu ▁y u go .
▁Porque ▁te ▁con f i aste ▁en ▁tu ▁mal dad , ▁diciendo : ▁N a di e ▁me ▁ve . ▁T u ▁sabiduría ▁y ▁tu ▁mis ma ▁cien ci a ▁te ▁en ga ñ aron , ▁y ▁di j iste ▁en ▁tu ▁corazón : ▁Yo , ▁y ▁no ▁más .
▁He ▁aquí ▁que ▁serán ▁ como ▁ ta mo ; ▁fuego ▁los ▁que m ará , ▁no ▁salva rán ▁sus ▁vida s ▁del ▁pod er ▁de ▁la ▁ l la ma ; ▁no ▁quedar á ▁br as a ▁para ▁ca l enta r se , ▁ni ▁lu m bre ▁á ▁la ▁cual ▁se ▁si ente n .
▁Lo ▁que ▁pasó , ▁y a ▁antes ▁lo ▁di je ; ▁y ▁de ▁mi ▁boca ▁salió ; ▁pu b li qué lo , ▁ h í ce lo ▁pre s to , ▁y ▁vino ▁á ▁ser .
▁Ahora ▁han ▁sido ▁c ri ada s , ▁no ▁en ▁días ▁pasa do s ; ▁ni ▁antes ▁de ▁este ▁día ▁las ▁había s ▁oído , ▁por que ▁no ▁di ga s : ▁He ▁aquí ▁que ▁yo ▁lo ▁s ab ía .
▁Por ▁mí , ▁por ▁am or ▁de ▁mí ▁lo ▁haré , ▁para ▁que ▁no ▁sea ▁a man c ill ado ▁mi ▁nombre , ▁y ▁mi ▁ho n ra ▁no ▁la ▁daré ▁á ▁otro .
▁Yo , ▁yo ▁ha b l é , ▁y ▁le ▁ l l am é , ▁y ▁le ▁tra je ; ▁por ▁tanto ▁será ▁prosper ado ▁su ▁camino .
▁F ue ra ▁ como ▁la ▁are n a ▁tu ▁simiente , ▁y ▁los ▁re n ue v os ▁de ▁tu s ▁entr a ñ as ▁ como ▁las ▁p ed re z ue la s ▁de ▁ella ; ▁ nunc a ▁su ▁nombre ▁fuera ▁cor t ado , ▁ni ▁ ra í do ▁de ▁mi ▁presencia .
▁O I D M E , ▁is la s , ▁y ▁es cu ch ad , ▁pueblo s ▁le ja nos : ▁Jehová ▁me ▁llamó ▁de s de ▁el ▁vi en t re ; ▁de s de ▁las ▁entr a ñ as ▁de ▁mi ▁madre ▁tuvo ▁mi ▁nombre ▁en ▁memoria .
▁Ahora ▁pues , ▁di ce ▁Jehová , ▁el ▁que ▁me ▁for m ó ▁de s de ▁el ▁vi en t re ▁por ▁su ▁siervo , ▁para ▁que ▁con vier ta ▁á ▁él ▁á ▁Jacob . ▁B i en ▁que ▁Israel ▁no ▁se ▁junt ará , ▁con ▁todo , ▁es t im ado ▁se ré ▁en ▁los ▁ojos ▁de ▁Jehová , ▁y ▁el ▁Dios ▁mío ▁será ▁mi ▁fortaleza .
▁Para ▁que ▁di ga s ▁á ▁los ▁pre s os : ▁Sal id ; ▁y ▁á ▁los ▁que ▁están ▁en ▁ti n i e b la s : ▁Ma n i f est a os . ▁En ▁los ▁camino s ▁serán ▁a pa ce n t ados , ▁y ▁en ▁todas ▁las ▁cumbre s ▁serán ▁sus ▁pa st os .
▁C an ta d ▁al aban za s , ▁ o h ▁cielo s , ▁y ▁al é g ra te , ▁tierra ; ▁y ▁pro r r u m p id ▁en ▁al aban za s , ▁ o h ▁monte s : ▁por que ▁Jehová ▁ha ▁con s o l ado ▁su ▁pueblo , ▁y ▁de ▁sus ▁p o bre s ▁tendrá ▁misericordia .
▁T u s ▁edifica do res ▁vendrá n ▁ap ri s a ; ▁tu s ▁de st r u ido res ▁y ▁tu s ▁as o l ado res ▁saldrá n ▁de ▁ti .
▁Y ▁dirá s ▁en ▁tu ▁corazón : ▁¿ Quién ▁me ▁engendró ▁estos ? ▁por que ▁yo ▁de s hi ja da ▁estaba ▁y ▁so la , ▁per e g ri n a ▁y ▁de st er r ada : ▁¿ qui é n ▁pues ▁c r ió ▁é st os ? ▁He ▁aquí ▁yo ▁estaba ▁de ja da ▁so la : ▁é st os ▁¿ d ón de ▁estaban ?
▁As í ▁ e mpero ▁di ce ▁Jehová : ▁C i er to , ▁la ▁ca u t i vi dad ▁será ▁qu ita da ▁al ▁va l iente , ▁y ▁la ▁pre s a ▁del ▁ ro b u s to ▁será ▁libr ada ; ▁y ▁tu ▁p le i to ▁yo ▁lo ▁p le ite aré , ▁y ▁yo ▁salva ré ▁á ▁tu s ▁hijos .
▁ V is to ▁de ▁os cu ri dad ▁los ▁cielo s , ▁y ▁torn o ▁ como ▁s a co ▁su ▁co b er t ura .
▁Porque ▁el ▁Señor ▁Jehová ▁me ▁a y ud ará ; ▁por ▁tanto ▁no ▁me ▁a ver g on c é : ▁por ▁es o ▁pu se ▁mi ▁rostro ▁ como ▁un ▁pe der n al , ▁y ▁s é ▁que ▁no ▁se ré ▁a ver g on z ado .
▁He ▁aquí ▁que ▁todos ▁vosotros ▁en ce nd éis ▁fuego , ▁y ▁está is ▁cerca do s ▁de ▁c ente l la s : ▁and ad ▁á ▁la ▁lu z ▁de ▁vuestro ▁fuego , ▁y ▁á ▁las ▁c ente l la s ▁que ▁en ce n di steis . ▁De ▁mi ▁mano ▁os ▁vendrá ▁esto ; ▁en ▁do l or ▁se réis ▁sepulta do s .
▁Esta d ▁at en to s ▁á ▁mí , ▁pueblo ▁mío , ▁y ▁ o id me , ▁ n ación ▁mí a ; ▁por que ▁de ▁mí ▁saldrá ▁la ▁le y , ▁y ▁mi ▁juicio ▁descubr i ré ▁para ▁lu z ▁de ▁pueblo s .
▁Porque ▁ como ▁á ▁ve st id ura ▁los ▁comerá ▁p o l ill a , ▁ como ▁á ▁la n a ▁los ▁comerá ▁ gu s an o ; ▁mas ▁mi ▁justicia ▁per man e ce rá ▁perpetua mente , ▁y ▁mi ▁sal ud ▁por ▁si g los ▁de ▁si g los .
▁Yo , ▁yo ▁soy ▁vuestro ▁con s o la dor . ▁¿ Quién ▁eres ▁tú ▁para ▁que ▁ten ga s ▁tem or ▁del ▁hombre , ▁que ▁es ▁mor ta l , ▁del ▁hijo ▁del ▁hombre , ▁que ▁por ▁he no ▁será ▁con t ado ?
▁Y ▁en ▁tu ▁boca ▁he ▁puesto ▁mis ▁palabras , ▁y ▁con ▁la ▁so m bra ▁de ▁mi ▁mano ▁te ▁cu b r í , ▁para ▁que ▁plant a se ▁los ▁cielo s ▁y ▁f un das e ▁la ▁tierra , ▁y ▁que ▁di je se ▁á ▁Si ón : ▁P ue b lo ▁mío ▁eres ▁tú .
▁T u s ▁hijos ▁de s ma y aron , ▁es tuvieron ▁ten d ido s ▁en ▁las ▁en c r u ci ja das ▁de ▁todos ▁los ▁camino s , ▁ como ▁buey ▁mo n t ar az ▁en ▁la ▁re d , ▁lleno s ▁del ▁furor ▁de ▁Jehová , ▁de ▁la ▁ir a ▁del ▁Dios ▁tuyo .
▁ D E S P I E R T A , ▁de s p i er ta , ▁ v í s te te ▁tu ▁fortaleza , ▁ o h ▁Si ón ; ▁ v í s te te ▁tu ▁ropa ▁de ▁her mos ura , ▁ o h ▁Jerusalem , ▁ciudad ▁santa : ▁por que ▁ nunc a ▁más ▁a co n te ce rá ▁que ▁ven ga ▁á ▁ti ▁in ci r cu n ci s o ▁ni ▁inmundo .
▁Y ▁ahora ▁¿ qué ▁á ▁mí ▁aquí , ▁di ce ▁Jehová , ▁y a ▁que ▁mi ▁pueblo ▁sea ▁llev ado ▁sin ▁por ▁qué ? ▁Y ▁los ▁que ▁en ▁él ▁se ▁en se ñ o re an , ▁lo ▁ha ce n ▁a u l l ar , ▁di ce ▁Jehová , ▁y ▁con t in u amente ▁es ▁ b la s f em ado ▁mi ▁nombre ▁todo ▁el ▁día .
▁C an ta d ▁al aban za s , ▁alegr a os ▁junt amente , ▁so le dad es ▁de ▁Jerusalem : ▁por que ▁Jehová ▁ha ▁con s o l ado ▁su ▁pueblo , ▁á ▁Jerusalem ▁ha ▁re d im ido .
▁He ▁aquí ▁que ▁mi ▁siervo ▁será ▁prosper ado , ▁será ▁en g ra n de c ido ▁y ▁en s al z ado , ▁y ▁será ▁mu y ▁su b l im ado .
▁Y ▁subir á ▁cual ▁re n ue v o ▁delante ▁de ▁él , ▁y ▁ como ▁ ra í z ▁de ▁tierra ▁se ca : ▁no ▁hay ▁par e cer ▁en ▁él , ▁ni ▁her mos ura : ▁ver lo ▁he mos , ▁mas ▁sin ▁at ra c t i v o ▁para ▁que ▁le ▁de se emos .
▁Todo s ▁nosotros ▁no s ▁de s c ar ri a mos ▁ como ▁ovejas , ▁ cada ▁cual ▁se ▁apart ó ▁por ▁su ▁camino : ▁mas ▁Jehová ▁ca r g ó ▁en ▁él ▁el ▁pecado ▁de ▁todos ▁nosotros .
▁C on ▁todo ▁es o ▁Jehová ▁quiso ▁que bra n t ar lo , ▁su je t ándo le ▁á ▁pa de c imiento . ▁Cuan do ▁hubiere ▁puesto ▁su ▁vida ▁en ▁expiación ▁por ▁el ▁pecado , ▁ver á ▁li n a je , ▁vivir á ▁por ▁la r go s ▁días , ▁y ▁la ▁ v o l un ta d ▁de ▁Jehová ▁será ▁en ▁su ▁mano ▁prosper ada .
▁En s an ch a ▁el ▁si t i o ▁de ▁tu ▁ca ba ñ a , ▁y ▁las ▁cortina s ▁de ▁tu s ▁tienda s ▁sea n ▁extend i das ; ▁no ▁sea s ▁es ca s a ; ▁al ar ga ▁tu s ▁cu er das , ▁y ▁for t i f i ca ▁tu s ▁esta ca s .
▁Porque ▁ como ▁á ▁mujer ▁de ja da ▁y ▁ t r iste ▁de ▁espíritu ▁te ▁llamó ▁Jehová , ▁y ▁ como ▁á ▁mujer ▁mo za ▁que ▁es ▁re p ud i ada , ▁dijo ▁el ▁Dios ▁tuyo .
▁Porque ▁los ▁monte s ▁se ▁mo ver án , ▁y ▁los ▁co l l ados ▁tem b l arán ; ▁mas ▁no ▁se ▁apart ará ▁de ▁ti ▁mi ▁misericordia , ▁ni ▁el ▁pacto ▁de ▁mi ▁paz ▁va ci l ará , ▁dijo ▁Jehová , ▁el ▁que ▁tiene ▁misericordia ▁de ▁ti .
▁C on ▁justicia ▁será s ▁a dor n ada ; ▁estará s ▁le jo s ▁de ▁ o p res ió n , ▁por que ▁no ▁te me rás ; ▁y ▁de ▁tem or , ▁por que ▁no ▁se ▁acerca rá ▁á ▁ti .
▁A ▁T O D O S ▁los ▁se di en to s : ▁Ve n id ▁á ▁las ▁aguas ; ▁y ▁los ▁que ▁no ▁tiene n ▁dinero , ▁ven id , ▁com p ra d , ▁y ▁come d . ▁Ve n id , ▁com p ra d , ▁sin ▁dinero ▁y ▁sin ▁precio , ▁vino ▁y ▁le ch e .
▁He ▁aquí , ▁llamar ás ▁á ▁gente ▁que ▁no ▁conoc iste , ▁y ▁gente s ▁que ▁no ▁te ▁conoc ieron ▁cor re rán ▁á ▁ti ; ▁por ▁causa ▁de ▁Jehová ▁tu ▁Dios , ▁y ▁del ▁S an to ▁de ▁Israel ▁que ▁te ▁ha ▁ho n r ado .
▁C o mo ▁son ▁más ▁al to s ▁los ▁cielo s ▁que ▁la ▁tierra , ▁así ▁son ▁mis ▁camino s ▁más ▁al to s ▁que ▁vuestro s ▁camino s , ▁y ▁mis ▁pe n s amiento s ▁más ▁que ▁vuestro s ▁pe n s amiento s .
▁En ▁lugar ▁de ▁la ▁ za r za ▁c re ce rá ▁haya , ▁y ▁en ▁lugar ▁de ▁la ▁or t i ga ▁c re ce rá ▁ar ra y án : ▁y ▁será ▁á ▁Jehová ▁por ▁nombre , ▁por ▁señal ▁ e te rna ▁que ▁ nunc a ▁será ▁ ra í da .
▁Porque ▁así ▁dijo ▁Jehová ▁á ▁los ▁ e un u co s ▁que ▁guarda re n ▁mis ▁sábado s , ▁y ▁es co g iere n ▁lo ▁que ▁yo ▁ qui er o , ▁y ▁abr az ar en ▁mi ▁pacto :
▁Di ce ▁el ▁Señor ▁Jehová , ▁el ▁que ▁junt a ▁los ▁echa do s ▁de ▁Israel : ▁A un ▁junt aré ▁sobre ▁él ▁sus ▁con g re g ados .
▁Ve n id , ▁di ce n , ▁tomar é ▁vino , ▁ em b ri a gu é mo nos ▁de ▁si d ra ; ▁y ▁será ▁el ▁día ▁de ▁mañana ▁ como ▁este , ▁ó ▁mucho ▁más ▁ex ce l ente .
▁¿ D e ▁qu ién ▁os ▁ha béis ▁mo f ado ? ▁¿ co n tra ▁qu ién ▁en s an ch a steis ▁la ▁boca , ▁y ▁al ar ga steis ▁la ▁le n gu a ? ▁¿ No ▁so is ▁vosotros ▁hijos ▁rebel de s , ▁simiente ▁men t ir os a ,
▁Y ▁tras ▁la ▁puerta ▁y ▁el ▁ umb ra l ▁pu s iste ▁tu ▁re cu er do : ▁por que ▁á ▁otro ▁que ▁á ▁mí ▁te ▁descubr iste , ▁y ▁su b iste , ▁y ▁en s an ch aste ▁tu ▁ca ma , ▁é ▁ hi c iste ▁con ▁ellos ▁alianza : ▁am aste ▁su ▁ca ma ▁don de ▁ qui er a ▁que ▁la ▁ve ía s .
▁Yo ▁pu b li c aré ▁tu ▁justicia ▁y ▁tu s ▁obra s , ▁que ▁no ▁te ▁ap r ove ch arán .
▁Porque ▁no ▁ten go ▁de ▁con t en der ▁para ▁siempre , ▁ni ▁para ▁siempre ▁me ▁he ▁de ▁enoj ar : ▁pues ▁de ca er ía ▁an te ▁mí ▁el ▁espíritu , ▁y ▁las ▁alma s ▁que ▁yo ▁he ▁criado .
▁Mas ▁los ▁imp í os ▁son ▁ como ▁la ▁mar ▁en ▁tem p est ad , ▁que ▁no ▁pu ed e ▁esta r se ▁ qui e ta , ▁y ▁sus ▁aguas ▁ar ro ja n ▁cien o ▁y ▁lo do .
▁¿ Por ▁qué , ▁di ce n , ▁a y un a mos , ▁y ▁no ▁ hi c iste ▁ca s o ; ▁ hu mi l la mos ▁nuestra s ▁alma s , ▁y ▁no ▁te ▁d iste ▁por ▁en te nd ido ? ▁He ▁aquí ▁que ▁en ▁el ▁día ▁de ▁vuestro ▁a y un o ▁ha l l áis ▁lo ▁que ▁que réis , ▁y ▁todos ▁de man d áis ▁vuestras ▁haci en das .
▁¿ No ▁es ▁que ▁part as ▁tu ▁pan ▁con ▁el ▁ha m b ri en to , ▁y ▁á ▁los ▁p o bre s ▁ er ra n te s ▁me ta s ▁en ▁casa ; ▁que ▁cuando ▁ vier es ▁al ▁de s n u do , ▁lo ▁cu bra s , ▁y ▁no ▁te ▁escond as ▁de ▁tu ▁carne ?
▁Y ▁Jehová ▁te ▁pa s to re ará ▁siempre , ▁y ▁en ▁las ▁se q u ía s ▁ha r t ará ▁tu ▁alma , ▁y ▁en g or d ará ▁tu s ▁hues os ; ▁y ▁será s ▁ como ▁ hu er ta ▁de ▁ ri e go , ▁y ▁ como ▁man a der o ▁de ▁aguas , ▁cu y as ▁aguas ▁ nunc a ▁falta n .
▁ H E ▁aquí ▁que ▁no ▁se ▁ha ▁a co r t ado ▁la ▁mano ▁de ▁Jehová ▁para ▁salva r , ▁ni ▁ha se ▁a g ra v ado ▁su ▁oído ▁para ▁oir :
▁P on en ▁ hu e v os ▁de ▁á s p id es , ▁y ▁te je n ▁te la s ▁de ▁a ra ñ as : ▁el ▁que ▁com iere ▁de ▁sus ▁ hu e v os , ▁morirá ; ▁y ▁si ▁lo ▁ap re t ar en , ▁saldrá ▁un ▁ba s il is co .
▁Por ▁esto ▁se ▁al e j ó ▁de ▁nosotros ▁el ▁juicio , ▁y ▁no ▁no s ▁al ca n z ó ▁justicia : ▁es per a mos ▁lu z , ▁y ▁he ▁aquí ▁ti n i e b la s ; ▁re s p l ando res , ▁y ▁and a mos ▁en ▁os cu ri dad .
▁El ▁pre v ar i c ar ▁y ▁men t ir ▁contra ▁Jehová , ▁y ▁torn ar ▁de ▁en ▁pos ▁de ▁nuestro ▁Dios ; ▁el ▁hablar ▁ca l u m n i a ▁y ▁rebel ió n , ▁con ce bi r ▁y ▁pro f er ir ▁de ▁corazón ▁palabras ▁de ▁men t i ra .
▁P ue s ▁de ▁justicia ▁se ▁vi st ió ▁ como ▁de ▁lo ri ga , ▁con ▁ca pa ce te ▁de ▁sal ud ▁en ▁su ▁cabeza : ▁y ▁vi st i óse ▁de ▁vestido ▁de ▁ven ga n za ▁por ▁ve st id ura , ▁y ▁cu b ri óse ▁de ▁ ce lo ▁ como ▁de ▁man to ,
▁Y ▁este ▁será ▁mi ▁pacto ▁con ▁ellos , ▁dijo ▁Jehová : ▁El ▁espíritu ▁mío ▁que ▁está ▁sobre ▁ti , ▁y ▁mis ▁palabras ▁que ▁pu se ▁en ▁tu ▁boca , ▁no ▁falta rán ▁de ▁tu ▁boca , ▁ni ▁de ▁la ▁boca ▁de ▁tu ▁simiente , ▁ni ▁de ▁la ▁boca ▁de ▁la ▁simiente ▁de ▁tu ▁simiente , ▁dijo ▁Jehová , ▁de s de ▁ahora ▁y ▁para ▁siempre .
▁A l za ▁tu s ▁ojos ▁en ▁derredor , ▁y ▁mira : ▁todos ▁estos ▁se ▁han ▁junt ado , ▁vinieron ▁á ▁ti : ▁tu s ▁hijos ▁vendrá n ▁de ▁le jo s , ▁y ▁tu s ▁hijas ▁sobre ▁el ▁la do ▁serán ▁c ri ada s .
▁¿ Quién es ▁son ▁estos ▁que ▁ v ue l an ▁ como ▁nube s , ▁y ▁ como ▁pa lo ma s ▁á ▁sus ▁ven t an as ?
▁Porque ▁la ▁gente ▁ó ▁el ▁reino ▁que ▁no ▁te ▁sirv iere , ▁per e ce rá ; ▁y ▁del ▁todo ▁serán ▁as o la das .
▁Y ▁ ma m arás ▁la ▁le ch e ▁de ▁las ▁gente s , ▁el ▁pe ch o ▁de ▁los ▁reyes ▁ ma m arás ; ▁y ▁conoc e rás ▁que ▁yo ▁Jehová ▁soy ▁el ▁Sal v ado r ▁tuyo , ▁y ▁Re de n to r ▁tuyo , ▁el ▁F u er te ▁de ▁Jacob .
▁No ▁se ▁pondrá ▁ ja m ás ▁tu ▁so l , ▁ni ▁men gu ará ▁tu ▁lu n a : ▁por que ▁te ▁será ▁Jehová ▁por ▁lu z ▁perpetua , ▁y ▁los ▁días ▁de ▁tu ▁lu to ▁serán ▁acaba do s .
▁A ▁pro m u l gar ▁año ▁de ▁la ▁buena ▁ v o l un ta d ▁de ▁Jehová , ▁y ▁día ▁de ▁ven ga n za ▁del ▁Dios ▁nuestro ; ▁á ▁con s o l ar ▁á ▁todos ▁los ▁en l u t ados ;
▁Y ▁vosotros ▁se réis ▁llamado s ▁sacerdote s ▁de ▁Jehová , ▁ministr os ▁del ▁Dios ▁nuestro ▁se réis ▁dicho s : ▁comeréis ▁las ▁ ri que za s ▁de ▁las ▁gente s , ▁y ▁con ▁su ▁gloria ▁se réis ▁su b l im es .
▁En ▁gran ▁manera ▁me ▁go za ré ▁en ▁Jehová , ▁mi ▁alma ▁se ▁alegr ará ▁en ▁mi ▁Dios ; ▁por que ▁me ▁vi st ió ▁de ▁vestidos ▁de ▁sal ud , ▁rod e ó me ▁de ▁man to ▁de ▁justicia , ▁ como ▁á ▁no vi o ▁me ▁a ta vi ó , ▁y ▁ como ▁á ▁no vi a ▁com p ue s ta ▁de ▁sus ▁ jo y as .
▁Y ▁será s ▁cor on a ▁de ▁gloria ▁en ▁la ▁mano ▁de ▁Jehová , ▁y ▁di a de ma ▁de ▁reino ▁en ▁la ▁mano ▁del ▁Dios ▁tuyo .
▁N i ▁le ▁de is ▁ t re gu a , ▁hast a ▁que ▁confirm e , ▁y ▁hast a ▁que ▁pon ga ▁á ▁Jerusalem ▁en ▁al aban za ▁en ▁la ▁tierra .
▁He ▁aquí ▁que ▁Jehová ▁hizo ▁oir ▁hast a ▁lo ▁ ú l t im o ▁de ▁la ▁tierra : ▁De ci d ▁á ▁la ▁hija ▁de ▁Si ón : ▁He ▁aquí ▁viene ▁tu ▁Sal v ado r ; ▁he ▁aquí ▁su ▁rec om p en s a ▁con ▁él , ▁y ▁delante ▁de ▁él ▁su ▁obra .
▁P is ado ▁he ▁yo ▁so lo ▁el ▁la gar , ▁y ▁de ▁los ▁pueblo s ▁nadie ▁fué ▁conmigo : ▁pi s é los ▁con ▁mi ▁ir a , ▁y ▁ho l l é los ▁con ▁mi ▁furor ; ▁y ▁su ▁sangre ▁sal p i c ó ▁mis ▁vestidos , ▁y ▁en s u ci é ▁todas ▁mis ▁ropa s .
▁De ▁las ▁misericordia s ▁de ▁Jehová ▁haré ▁memoria , ▁de ▁las ▁al aban za s ▁de ▁Jehová , ▁conform e ▁á ▁todo ▁lo ▁que ▁Jehová ▁no s ▁ha ▁dado , ▁y ▁de ▁la ▁grande za ▁de ▁su ▁be n e f i ce n ci a ▁haci a ▁la ▁casa ▁de ▁Israel , ▁que ▁les ▁ha ▁hecho ▁seg ún ▁sus ▁misericordia s , ▁y ▁seg ún ▁la ▁multitud ▁de ▁sus ▁mis er a ciones .
▁E mpero ▁a co r d óse ▁de ▁los ▁días ▁an t i gu os , ▁de ▁Moisés ▁y ▁de ▁su ▁pueblo , ▁diciendo : ▁¿ D ón de ▁está ▁el ▁que ▁les ▁hizo ▁subir ▁de ▁la ▁mar ▁con ▁el ▁pa st or ▁de ▁su ▁re ba ñ o ? ▁¿ d ón de ▁el ▁que ▁puso ▁en ▁medio ▁de ▁él ▁su ▁espíritu ▁santo ?
▁Mi ra ▁de s de ▁el ▁cielo , ▁y ▁con te m p la ▁de s de ▁la ▁mor ada ▁de ▁tu ▁s an t i dad ▁y ▁de ▁tu ▁gloria : ▁¿ d ón de ▁está ▁tu ▁ ce lo , ▁y ▁tu ▁fortaleza , ▁la ▁con mo ción ▁de ▁tu s ▁entr a ñ as ▁y ▁de ▁tu s ▁mis er a ciones ▁para ▁conmigo ? ▁¿ h an se ▁es t re ch ado ?
▁He mos ▁venido ▁á ▁ser ▁ como ▁aquello s ▁de ▁quien es ▁ nunc a ▁te ▁en se ñ o re aste , ▁sobre ▁los ▁cuales ▁ nunc a ▁fué ▁llamado ▁tu ▁nombre .
▁N i ▁ nunc a ▁ o y e ron , ▁ni ▁oído s ▁per ci b ieron , ▁ni ▁ o jo ▁ha ▁visto ▁Dios ▁fuera ▁de ▁ti , ▁que ▁ hi ci e se ▁por ▁el ▁que ▁en ▁él ▁es per a .
▁Ahora ▁pues , ▁Jehová , ▁tú ▁eres ▁nuestro ▁padre ; ▁nosotros ▁lo do , ▁y ▁tú ▁el ▁que ▁no s ▁for m aste ; ▁así ▁que ▁obra ▁de ▁tu s ▁manos , ▁todos ▁nosotros .
▁¿ T e ▁estará s ▁ qui e to , ▁ o h ▁Jehová , ▁sobre ▁esta s ▁cosas ? ▁¿ ca l l arás , ▁y ▁no s ▁aflig irá s ▁sobre man er a ?
▁Que ▁se ▁que d an ▁en ▁los ▁se p u l c ro s , ▁y ▁en ▁los ▁desierto s ▁tiene n ▁la ▁noche ; ▁que ▁come n ▁carne ▁de ▁pu er co , ▁y ▁en ▁sus ▁ o l la s ▁hay ▁ca l do ▁de ▁cosas ▁inmunda s ;
▁As í ▁ha ▁dicho ▁Jehová : ▁C o mo ▁si ▁alguno ▁halla se ▁most o ▁en ▁un ▁ ra ci mo , ▁y ▁di je se : ▁No ▁lo ▁de s per di ci es , ▁que ▁bendición ▁hay ▁en ▁él ; ▁así ▁haré ▁yo ▁por ▁mis ▁siervos , ▁que ▁no ▁lo ▁destruir é ▁todo .
▁Yo ▁también ▁os ▁de st in aré ▁al ▁cuchillo , ▁y ▁todos ▁vosotros ▁os ▁ar ro d ill aréis ▁al ▁de go l la der o : ▁por ▁cuanto ▁ l l am é , ▁y ▁no ▁respond i steis ; ▁ha b l é , ▁y ▁no ▁ o i steis ; ▁sin o ▁que ▁ hi ci steis ▁lo ▁mal o ▁delante ▁de ▁mis ▁ojos , ▁y ▁es co g i steis ▁lo ▁que ▁á ▁mí ▁de s a g r ada ▁ .
▁El ▁que ▁se ▁be n di je re ▁en ▁la ▁tierra , ▁en ▁el ▁Dios ▁de ▁ver dad ▁se ▁bendecir á ; ▁y ▁el ▁que ▁ j ura re ▁en ▁la ▁tierra , ▁por ▁el ▁Dios ▁de ▁ver dad ▁ j ur ará ; ▁por que ▁las ▁an gu st i as ▁primer as ▁serán ▁ o l vi dad as , ▁y ▁serán ▁cubierta s ▁de ▁mis ▁ojos .
▁No ▁habrá ▁más ▁allí ▁niño ▁de ▁días , ▁ni ▁viejo ▁que ▁sus ▁días ▁no ▁cumpl a : ▁por que ▁el ▁niño ▁morirá ▁de ▁cien ▁años , ▁y ▁el ▁pecado r ▁de ▁cien ▁años , ▁será ▁ m aldito .
▁Y ▁será ▁que ▁antes ▁que ▁c l am en , ▁respond er é ▁yo ; ▁aun ▁esta ndo ▁ellos ▁habla ndo , ▁yo ▁ha b ré ▁oído .
▁El ▁que ▁sacrific a ▁buey , ▁ como ▁si ▁mata se ▁un ▁hombre ; ▁el ▁que ▁sacrific a ▁ ove ja , ▁ como ▁si ▁de go l la se ▁un ▁per ro ; ▁el ▁que ▁of re ce ▁presente , ▁ como ▁si ▁of re ci e se ▁sangre ▁de ▁pu er co ; ▁el ▁que ▁of re ce ▁perfume , ▁ como ▁si ▁be n di je se ▁á ▁un ▁ í do lo . ▁Y ▁pues ▁es co g ieron ▁sus ▁camino s , ▁y ▁su ▁alma ▁am ó ▁sus ▁abomina ciones ,
▁A n te s ▁que ▁estuv i e se ▁de ▁part o , ▁parió ; ▁antes ▁que ▁le ▁vi n i es en ▁do lo res ▁parió ▁hijo .
▁Para ▁que ▁ ma m éis ▁y ▁os ▁s a ci éis ▁de ▁los ▁pe ch os ▁de ▁sus ▁con s o la ciones ; ▁para ▁que ▁or de ñ éis , ▁y ▁os ▁de le i t éis ▁con ▁el ▁re s p l ando r ▁de ▁su ▁gloria .
▁Porque ▁he ▁aquí ▁que ▁Jehová ▁vendrá ▁con ▁fuego , ▁y ▁sus ▁carro s ▁ como ▁to r be l li no , ▁para ▁torn ar ▁su ▁ir a ▁en ▁furor , ▁y ▁su ▁re p re n s ió n ▁en ▁ l la ma ▁de ▁fuego .
▁Y ▁pondré ▁entre ▁ellos ▁señal , ▁y ▁enviar é ▁de ▁los ▁es ca p ados ▁de ▁ellos ▁á ▁las ▁gente s , ▁á ▁T ar s is , ▁á ▁P u l ▁y ▁L ud , ▁que ▁di s para n ▁ar co , ▁á ▁T u ba l ▁y ▁á ▁Ja v án , ▁á ▁las ▁is la s ▁apart ada s ▁que ▁no ▁ o y e ron ▁de ▁mí , ▁ni ▁vieron ▁mi ▁gloria ; ▁y ▁pu b li c arán ▁mi ▁gloria ▁entre ▁las ▁gente s .
▁Y ▁será ▁que ▁de ▁me s ▁en ▁me s , ▁y ▁de ▁sábado ▁en ▁sábado , ▁vendrá ▁toda ▁carne ▁á ▁a dor ar ▁delante ▁de ▁mí , ▁dijo ▁Jehová .
▁F u é ▁a simismo ▁en ▁días ▁de ▁ J o a ci m ▁hijo ▁de ▁ J os ía s , ▁rey ▁de ▁Judá , ▁hast a ▁el ▁fin ▁del ▁año ▁un d é ci mo ▁de ▁Se de ch î as ▁hijo ▁de ▁ J os ía s , ▁rey ▁de ▁Judá , ▁hast a ▁la ▁ca u t i vi dad ▁de ▁Jerusalem ▁en ▁el ▁me s ▁qu in to .
▁Y ▁d í jo me ▁Jehová : ▁No ▁di ga s , ▁soy ▁niño ; ▁por que ▁á ▁todo ▁lo ▁que ▁te ▁enviar é ▁ irá s ▁tú , ▁y ▁dirá s ▁todo ▁lo ▁que ▁te ▁man d aré .
▁Y ▁la ▁palabra ▁de ▁Jehová ▁fué ▁á ▁mí , ▁diciendo : ▁¿ Qué ▁ve s ▁tú , ▁Je re m ía s ? ▁Y ▁di je : ▁Yo ▁ve o ▁una ▁va ra ▁de ▁al me nd ro .
▁Porque ▁he ▁aquí ▁que ▁yo ▁con v o co ▁todas ▁las ▁familias ▁de ▁los ▁reino s ▁del ▁a qui l ón , ▁di ce ▁Jehová ; ▁y ▁vendrá n , ▁y ▁pondrá ▁ cada ▁uno ▁su ▁as i en to ▁á ▁la ▁entr ada ▁de ▁las ▁puerta s ▁de ▁Jerusalem , ▁y ▁junto ▁á ▁todos ▁sus ▁mu ro s ▁en ▁derredor , ▁y ▁en ▁todas ▁las ▁ciudades ▁de ▁Judá .
▁Y ▁pe le arán ▁contra ▁ti , ▁mas ▁no ▁te ▁ven ce rán ; ▁por que ▁yo ▁soy ▁contigo , ▁di ce ▁Jehová , ▁para ▁libr ar te .
▁O id ▁la ▁palabra ▁de ▁Jehová , ▁casa ▁de ▁Jacob , ▁y ▁todas ▁las ▁familias ▁de ▁la ▁casa ▁de ▁Israel .
▁Lo s ▁sacerdote s ▁no ▁dijeron : ▁¿ D ón de ▁está ▁Jehová ? ▁y ▁los ▁que ▁tenía n ▁la ▁le y ▁no ▁me ▁conoc ieron ; ▁y ▁los ▁pa s to res ▁se ▁rebel aron ▁contra ▁mí , ▁y ▁los ▁profeta s ▁pro f e t i z aron ▁en ▁Baal , ▁y ▁and u vier on ▁tras ▁lo ▁que ▁no ▁ap r ove ch a .
▁E s p an ta os , ▁cielo s , ▁sobre ▁esto , ▁y ▁ho r ro ri za os ; ▁de s o la os ▁en ▁gran ▁manera , ▁dijo ▁Jehová .
▁A un ▁los ▁hijos ▁de ▁No ph ▁y ▁de ▁T a ph n es ▁te ▁que bra n t aron ▁la ▁mo l le ra .
▁Porque ▁de s de ▁mu y ▁at rás ▁he ▁que bra do ▁tu ▁y u go , ▁y ▁ ro to ▁tu s ▁at ad ura s ; ▁y ▁di j iste : ▁No ▁servir é . ▁C on ▁todo ▁es o , ▁sobre ▁todo ▁co l l ado ▁al to ▁y ▁debajo ▁de ▁todo ▁árbol ▁ umb ro s o , ▁cor r ía s ▁tú , ▁ o h ▁ram er a .
▁As n a ▁mo n t é s ▁a co st umb r ada ▁al ▁desierto , ▁que ▁re s p i ra ▁ como ▁qu iere ; ▁¿ de ▁su ▁oc as ió n ▁qu ién ▁la ▁de te nd rá ? ▁Todo s ▁los ▁que ▁la ▁busca re n ▁no ▁se ▁can s arán ; ▁halla rán la ▁en ▁su ▁me s .
▁¿ Y ▁d ón de ▁están ▁tu s ▁dioses ▁que ▁ hi c iste ▁para ▁ti ? ▁Le v án t en se , ▁á ▁ver ▁si ▁te ▁pod rán ▁libr ar ▁en ▁el ▁tiempo ▁de ▁tu ▁a f li c ción : ▁por que ▁seg ún ▁el ▁número ▁de ▁tu s ▁ciudades , ▁ o h ▁Judá , ▁fueron ▁tu s ▁dioses .
▁¿ O l v í das e ▁la ▁vi r g en ▁de ▁su ▁a ta v í o , ▁ó ▁la ▁de s p os ada ▁de ▁sus ▁s ar ta les ? ▁mas ▁mi ▁pueblo ▁se ▁ha ▁ o l vi d ado ▁de ▁mí ▁por ▁días ▁que ▁no ▁tiene n ▁número .
▁¿ P ar a ▁qué ▁di s cu r res ▁tanto , ▁mu d ando ▁tu s ▁camino s ? ▁T ambién ▁será s ▁a ver g on z ada ▁de ▁Egipto , ▁ como ▁f u iste ▁a ver g on z ada ▁de ▁As i ri a .
▁Por ▁esta ▁causa ▁las ▁aguas ▁han ▁sido ▁de t en i das , ▁y ▁f al t ó ▁la ▁ l l u vi a ▁de ▁la ▁tarde ; ▁y ▁has ▁ten ido ▁f r ente ▁de ▁mal a ▁mujer , ▁ni ▁qu is iste ▁ten er ▁ver g ü en za .
▁Y ▁di je ▁después ▁que ▁hizo ▁todo ▁esto : ▁ V u é l v e te ▁á ▁mí ; ▁mas ▁no ▁se ▁volvió . ▁Y ▁vió ▁la ▁rebel de ▁su ▁hermana ▁Judá ,
▁Y ▁d í jo me ▁Jehová : ▁ J u st i f i c ado ▁ha ▁su ▁alma ▁la ▁rebel de ▁Israel ▁en ▁com para ción ▁de ▁la ▁de s le al ▁Judá .
▁Y ▁os ▁daré ▁pa s to res ▁seg ún ▁mi ▁corazón , ▁que ▁os ▁a pa c iente n ▁de ▁cien ci a ▁y ▁de ▁in te li g en ci a .
▁Yo ▁ e mpero ▁di je : ▁¿ C ó mo ▁te ▁pondré ▁por ▁hijos , ▁y ▁te ▁daré ▁la ▁tierra ▁de se a ble , ▁la ▁ ri ca ▁heredad ▁de ▁los ▁ejército s ▁de ▁las ▁gente s ? ▁Y ▁di je : ▁P ad re ▁mío ▁me ▁llamar ás , ▁y ▁no ▁te ▁apart arás ▁de ▁en ▁pos ▁de ▁mí .
▁C iertamente ▁va n i dad ▁son ▁los ▁co l l ados , ▁la ▁multitud ▁de ▁los ▁monte s : ▁c iertamente ▁en ▁Jehová ▁nuestro ▁Dios ▁está ▁la ▁sal ud ▁de ▁Israel .
▁Y ▁ j ura rás , ▁diciendo , ▁Viv e ▁Jehová , ▁con ▁ver dad , ▁con ▁juicio , ▁y ▁con ▁justicia : ▁y ▁bendecir se ▁han ▁en ▁él ▁las ▁gente s , ▁y ▁en ▁él ▁se ▁gloria rán .
▁A l za d ▁ba n de ra ▁en ▁Si ón , ▁junt a os , ▁no ▁os ▁de t en g áis ; ▁por que ▁yo ▁ha go ▁ven ir ▁mal ▁del ▁a qui l ón , ▁y ▁que bra n t amiento ▁grande .
▁Y ▁di je : ▁ ¡ A y , ▁a y , ▁Jehová ▁Dios ! ▁ver dad er amente ▁en ▁gran ▁manera ▁has ▁en ga ñ ado ▁á ▁este ▁pueblo ▁y ▁á ▁Jerusalem , ▁diciendo , ▁P az ▁tendréis ; ▁pues ▁que ▁el ▁cuchillo ▁ha ▁venido ▁hast a ▁el ▁alma .
▁La v a ▁de ▁la ▁mal i ci a ▁tu ▁corazón , ▁ o h ▁Jerusalem , ▁para ▁que ▁sea s ▁salva . ▁¿ H as ta ▁cu ándo ▁dejar ás ▁esta r ▁en ▁medio ▁de ▁ti ▁los ▁pe n s amiento s ▁de ▁iniquidad ?
▁T u ▁camino ▁y ▁tu s ▁obra s ▁te ▁hicieron ▁esto , ▁é s ta ▁tu ▁mal dad : ▁por ▁lo ▁cual ▁am ar gu ra ▁pe n e tra rá ▁hast a ▁tu ▁corazón .
▁Porque ▁mi ▁pueblo ▁es ▁ n e ci o ; ▁no ▁me ▁conoc ieron ▁los ▁hijos ▁ i g n or an te s ▁y ▁los ▁no ▁en te nd ido s ; ▁s a bi os ▁para ▁mal ▁hacer , ▁y ▁para ▁bien ▁hacer ▁no ▁su p ieron .
▁Mi ré , ▁y ▁he ▁aquí ▁el ▁Carmel o ▁desierto , ▁y ▁todas ▁sus ▁ciudades ▁era n ▁as o la das ▁á ▁la ▁presencia ▁de ▁Jehová , ▁á ▁la ▁presencia ▁del ▁furor ▁de ▁su ▁ir a .
▁Y ▁tú , ▁de st r u í da , ▁¿ qué ▁harás ? ▁B i en ▁que ▁te ▁vi st as ▁de ▁gran a , ▁aun que ▁te ▁a dor n es ▁con ▁a ta v í os ▁de ▁oro , ▁aun que ▁pi n te s ▁con ▁an t im on i o ▁tu s ▁ojos , ▁en ▁va no ▁te ▁en ga l an as ; ▁men os p re ci á ron te ▁los ▁am ado res , ▁busca rán ▁tu ▁alma .
▁O h ▁Jehová , ▁¿ no ▁mira n ▁tu s ▁ojos ▁á ▁la ▁ver dad ? ▁A zo t ás te los , ▁y ▁no ▁les ▁do l ió ; ▁consum í s te los , ▁y ▁no ▁qu is ieron ▁recibir ▁cor re c ción ; ▁en d u re c ieron ▁sus ▁rostro s ▁más ▁que ▁la ▁piedra , ▁no ▁qu is ieron ▁torn ar se .
▁¿ C ó mo ▁te ▁he ▁de ▁perdon ar ▁por ▁esto ? ▁Su s ▁hijos ▁me ▁dejar on , ▁y ▁ j ura ron ▁por ▁lo ▁que ▁no ▁es ▁Dios . ▁S a ci é los , ▁y ▁a d u l t er aron , ▁y ▁en ▁casa ▁de ▁ram er a ▁se ▁junt aron ▁en ▁com pa ñ ía s .
▁Porque ▁re s ue l t amente ▁se ▁rebel aron ▁contra ▁mí ▁la ▁casa ▁de ▁Israel ▁y ▁la ▁casa ▁de ▁Judá , ▁di ce ▁Jehová .
▁He ▁aquí ▁yo ▁tra i go ▁sobre ▁vosotros ▁gente ▁de ▁le jo s , ▁ o h ▁casa ▁de ▁Israel , ▁di ce ▁Jehová ; ▁gente ▁ ro b u s ta , ▁gente ▁an t i gu a , ▁gente ▁cu y a ▁le n gu a ▁ i g n or arás , ▁y ▁no ▁en t en de rás ▁lo ▁que ▁hablar e .
▁Y ▁será ▁que ▁cuando ▁dijere is : ▁¿ Por ▁qué ▁hizo ▁Jehová ▁el ▁Dios ▁nuestro ▁con ▁nosotros ▁todas ▁esta s ▁cosas ? ▁entonces ▁les ▁dirá s : ▁De ▁la ▁manera ▁que ▁me ▁de ja steis ▁á ▁mí , ▁y ▁ser vi steis ▁á ▁dioses ▁ajenos ▁en ▁vuestra ▁tierra , ▁así ▁servir éis ▁á ▁ex tra ñ os ▁en ▁tierra ▁a je n a .
▁E mpero ▁este ▁pueblo ▁tiene ▁corazón ▁f al s o ▁y ▁rebel de ; ▁torn áronse ▁y ▁fué ron se .
▁C o mo ▁ ja u la ▁llena ▁de ▁p á ja ro s , ▁así ▁están ▁sus ▁casa s ▁llena s ▁de ▁en ga ñ o : ▁así ▁se ▁hicieron ▁grande s ▁y ▁ ri co s .
▁Lo s ▁profeta s ▁pro f e t i z aron ▁men t i ra , ▁y ▁los ▁sacerdote s ▁di ri g ían ▁por ▁manos ▁de ▁ellos ; ▁y ▁mi ▁pueblo ▁así ▁lo ▁quiso . ▁¿ Qué ▁pues ▁ha réis ▁á ▁su ▁fin ?
▁De nunc i ad ▁guerra ▁contra ▁ella : ▁levant a os ▁y ▁su ba mos ▁haci a ▁el ▁mediodía . ▁ ¡ A y ▁de ▁nosotros ! ▁que ▁va ▁ca y e ndo ▁y a ▁el ▁día , ▁que ▁las ▁so m bra s ▁de ▁la ▁tarde ▁se ▁han ▁extend ido .
▁C or r í g e te , ▁Jerusalem , ▁por que ▁no ▁se ▁apart e ▁mi ▁alma ▁de ▁ti , ▁por que ▁no ▁te ▁torn e ▁de s i er ta , ▁tierra ▁no ▁habita da .
▁Y ▁sus ▁casa s ▁serán ▁tras pa s ada s ▁á ▁otro s , ▁sus ▁heredad es ▁y ▁también ▁sus ▁mujeres ; ▁por que ▁extend er é ▁mi ▁mano ▁sobre ▁los ▁moradores ▁de ▁la ▁tierra , ▁di ce ▁Jehová .
▁As í ▁dijo ▁Jehová : ▁Para os ▁en ▁los ▁camino s , ▁y ▁mira d , ▁y ▁pregunta d ▁por ▁las ▁send as ▁an t i gu as , ▁cu á l ▁sea ▁el ▁bu en ▁camino , ▁y ▁and ad ▁por ▁él , ▁y ▁halla réis ▁de s ca n s o ▁para ▁vuestra ▁alma . ▁Mas ▁dijeron : ▁No ▁and a remos .
▁¿ A ▁qué ▁viene ▁para ▁mí ▁este ▁in ci en s o ▁de ▁Se ba , ▁y ▁la ▁buena ▁ca ñ a ▁olor os a ▁de ▁tierra ▁le ja n a ? ▁ V u est ro s ▁holocausto s ▁no ▁son ▁á ▁mi ▁ v o l un ta d , ▁ni ▁vuestro s ▁sacrificio s ▁me ▁da n ▁ gu s to .
▁Su ▁f a ma ▁ o i mos , ▁y ▁nuestra s ▁manos ▁se ▁de s co y un t aron ; ▁ap o der óse ▁de ▁nosotros ▁an gu st i a , ▁do l or ▁ como ▁de ▁mujer ▁que ▁par e .
▁Todo s ▁ellos ▁príncipes ▁rebel de s , ▁and an ▁con ▁en ga ñ o ; ▁son ▁co bre ▁y ▁ hi er ro : ▁todos ▁ellos ▁son ▁cor r u p to res .
▁P on te ▁á ▁la ▁puerta ▁de ▁la ▁casa ▁de ▁Jehová , ▁y ▁pre di ca ▁allí ▁esta ▁palabra , ▁y ▁di : ▁O id ▁palabra ▁de ▁Jehová , ▁todo ▁Judá , ▁los ▁que ▁entr áis ▁por ▁esta s ▁puerta s ▁para ▁a dor ar ▁á ▁Jehová .
▁N i ▁ o p r im iere is ▁al ▁per e g ri no , ▁al ▁ hu é r f an o , ▁y ▁á ▁la ▁vi ud a , ▁ni ▁en ▁este ▁lugar ▁derram are is ▁la ▁sangre ▁in o c ente , ▁ni ▁and u vier e is ▁en ▁pos ▁de ▁dioses ▁ajenos ▁para ▁mal ▁vuestro ;
▁Ve nd réis ▁y ▁os ▁pondré is ▁delante ▁de ▁mí ▁en ▁esta ▁casa ▁sobre ▁la ▁cual ▁es ▁in v o c ado ▁mi ▁nombre , ▁y ▁di réis : ▁L i bra do s ▁so mos : ▁para ▁hacer ▁todas ▁esta s ▁abomina ciones ?
▁Ha ré ▁también ▁á ▁esta ▁casa ▁sobre ▁la ▁cual ▁es ▁in v o c ado ▁mi ▁nombre , ▁en ▁la ▁que ▁vosotros ▁con f i áis , ▁y ▁á ▁este ▁lugar ▁que ▁d í ▁á ▁vosotros ▁y ▁á ▁vuestro s ▁padres , ▁ como ▁ hi ce ▁á ▁Si lo :
▁Lo s ▁hijos ▁co g en ▁la ▁le ñ a , ▁y ▁los ▁padres ▁en ci en de n ▁el ▁fuego , ▁y ▁las ▁mujeres ▁am as an ▁la ▁mas a , ▁para ▁hacer ▁to r ta s ▁á ▁la ▁re in a ▁del ▁cielo ▁y ▁para ▁hacer ▁ofrenda s ▁á ▁dioses ▁ajenos , ▁por ▁pro v o c ar me ▁á ▁ir a .
▁Porque ▁no ▁ha b l é ▁yo ▁con ▁vuestro s ▁padres , ▁ni ▁les ▁man d é ▁el ▁día ▁que ▁los ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁acerca ▁de ▁holocausto s ▁y ▁de ▁ v í c t im as :
▁Mas ▁no ▁me ▁ o y e ron ▁ni ▁inclin aron ▁su ▁oído ; ▁antes ▁en d u re c ieron ▁su ▁ cer vi z , ▁é ▁hicieron ▁pe or ▁que ▁sus ▁padres .
▁Porque ▁los ▁hijos ▁de ▁Judá ▁han ▁hecho ▁lo ▁mal o ▁an te ▁mis ▁ojos , ▁di ce ▁Jehová ; ▁pusier on ▁sus ▁abomina ciones ▁en ▁la ▁casa ▁sobre ▁la ▁cual ▁mi ▁nombre ▁fué ▁in v o c ado , ▁a man c ill ándo la .
▁Y ▁haré ▁c es ar ▁de ▁las ▁ciudades ▁de ▁Judá , ▁y ▁de ▁la ▁ca l les ▁de ▁Jerusalem , ▁voz ▁de ▁go zo ▁y ▁voz ▁de ▁alegr ía , ▁voz ▁de ▁es p os o ▁y ▁voz ▁de ▁es p os a ; ▁por que ▁la ▁tierra ▁será ▁en ▁de s o l ación .
▁Le s ▁dirá s ▁a simismo : ▁As í ▁ha ▁dicho ▁Jehová : ▁¿ E l ▁que ▁ca e , ▁no ▁se ▁levant a ? ▁¿ el ▁que ▁se ▁de s v ía , ▁no ▁torn a ▁á ▁camino ?
▁¿ C ó mo ▁de c í s : ▁No s o t ro s ▁so mos ▁s a bi os , ▁y ▁la ▁le y ▁de ▁Jehová ▁es ▁con ▁nosotros ? ▁C iertamente , ▁he ▁aquí ▁que ▁en ▁va no ▁se ▁cor t ó ▁la ▁p l u ma , ▁por ▁de m ás ▁fueron ▁los ▁es c ri ba s .
▁¿ H an se ▁a ver g on z ado ▁de ▁haber ▁hecho ▁abomina ción ? ▁Por ▁cierto ▁no ▁se ▁han ▁cor r ido ▁de ▁ver g ü en za , ▁ni ▁su p ieron ▁a ver g on za r se ; ▁ca e rán ▁por ▁tanto ▁entre ▁los ▁que ▁ca y er en , ▁cuando ▁los ▁visit aré : ▁ca e rán , ▁di ce ▁Jehová .
▁De s de ▁Dan ▁se ▁oyó ▁el ▁bu f ido ▁de ▁sus ▁caballo s : ▁del ▁son ido ▁de ▁los ▁re l in ch os ▁de ▁sus ▁fuerte s ▁tem b l ó ▁toda ▁la ▁tierra ; ▁y ▁vinieron ▁y ▁de v or aron ▁la ▁tierra ▁y ▁su ▁a b un d an ci a , ▁ciudad ▁y ▁moradores ▁de ▁ella .
▁P as óse ▁la ▁si e ga , ▁a ca b óse ▁el ▁ver an o , ▁y ▁nosotros ▁no ▁he mos ▁sido ▁sal v os .
▁ ¡ O h ▁qu ién ▁me ▁die se ▁en ▁el ▁desierto ▁un ▁me s ón ▁de ▁ca mi n an te s , ▁para ▁que ▁de ja se ▁mi ▁pueblo , ▁y ▁de ▁ellos ▁me ▁apart a se ! ▁Porque ▁todos ▁ellos ▁son ▁a d ú l t eros , ▁congregación ▁de ▁pre v ar i c ado res .
▁T u ▁mor ada ▁es ▁en ▁medio ▁de ▁en ga ñ o ; ▁de ▁mu y ▁en ga ñ ado res ▁no ▁qu is ieron ▁conoc er me , ▁di ce ▁Jehová .
▁So bre ▁los ▁monte s ▁levant aré ▁ l lo ro ▁y ▁la ment ación , ▁y ▁ l l an to ▁sobre ▁las ▁mor ada s ▁del ▁desierto ; ▁por que ▁de s o l ados ▁fueron ▁hast a ▁no ▁quedar ▁quien ▁pa se , ▁ni ▁ o y e ron ▁br am ido ▁de ▁ganado : ▁de s de ▁las ▁ ave s ▁del ▁cielo ▁y ▁hast a ▁las ▁bestia s ▁de ▁la ▁tierra ▁se ▁tras por t aron , ▁y ▁se ▁fueron .
▁A n te s ▁se ▁fueron ▁tras ▁la ▁ im a g in ación ▁de ▁su ▁corazón , ▁y ▁en ▁pos ▁de ▁los ▁Baal es ▁que ▁les ▁en se ñ aron ▁sus ▁padres :
▁Y ▁de n se ▁pri s a , ▁y ▁levant en ▁ l l an to ▁sobre ▁nosotros , ▁y ▁c ó r ra n se ▁nuestro s ▁ojos ▁en ▁ l á g ri ma s , ▁y ▁nuestro s ▁p á r p ados ▁en ▁aguas ▁se ▁de s til en .
▁Habla : ▁As í ▁ha ▁dicho ▁Jehová : ▁Lo s ▁cuerpo s ▁de ▁los ▁hombres ▁muerto s ▁ca e rán ▁ como ▁es t i é r co l ▁sobre ▁la ▁ha z ▁del ▁campo , ▁y ▁ como ▁mano jo ▁tras ▁el ▁seg ado r , ▁que ▁no ▁hay ▁quien ▁lo ▁re co ja .
▁A ▁Egipto , ▁y ▁á ▁Judá , ▁y ▁á ▁Edom , ▁y ▁á ▁los ▁hijos ▁de ▁Ammón ▁y ▁de ▁Moab , ▁y ▁á ▁todos ▁los ▁ar ri n co n ados ▁en ▁el ▁postr er ▁ ri n c ón , ▁que ▁mor an ▁en ▁el ▁desierto ; ▁por que ▁todas ▁las ▁gente s ▁tiene n ▁pre p u ci o , ▁y ▁toda ▁la ▁casa ▁de ▁Israel ▁tiene ▁pre p u ci o ▁en ▁el ▁corazón .
▁C on ▁plata ▁y ▁oro ▁lo ▁en ga l an an ; ▁con ▁c la v os ▁y ▁mar til lo ▁lo ▁a f ir man , ▁para ▁que ▁no ▁se ▁sal ga .
▁Y ▁todos ▁se ▁in f a tu arán , ▁y ▁en to n te ce rán . ▁En se ñ an za ▁de ▁va n i dad es ▁es ▁el ▁mismo ▁le ñ o .
▁El ▁que ▁hizo ▁la ▁tierra ▁con ▁su ▁p o t en ci a , ▁el ▁que ▁puso ▁en ▁orden ▁el ▁mu ndo ▁con ▁su ▁sabe r , ▁y ▁extend ió ▁los ▁cielo s ▁con ▁su ▁p r ud en ci a ;
▁No ▁es ▁ como ▁ellos ▁la ▁suerte ▁de ▁Jacob : ▁por que ▁él ▁es ▁el ▁Ha ce dor ▁de ▁todo , ▁é ▁Israel ▁es ▁la ▁va ra ▁de ▁su ▁her en ci a : ▁Jehová ▁de ▁los ▁ejército s ▁es ▁su ▁nombre .
▁Mi ▁tienda ▁es ▁de st r u í da , ▁y ▁todas ▁mis ▁cu er das ▁están ▁ ro ta s : ▁mis ▁hijos ▁fueron ▁saca do s ▁de ▁mí , ▁y ▁per e c ieron : ▁no ▁hay ▁y a ▁más ▁quien ▁ex t i en da ▁mi ▁tienda , ▁ni ▁quien ▁levant e ▁mis ▁cortina s .
▁C a st í ga me , ▁ o h ▁Jehová , ▁mas ▁con ▁juicio ; ▁no ▁con ▁tu ▁furor , ▁por que ▁no ▁me ▁an i qui les .
▁Y ▁les ▁dirá s ▁tú : ▁As í ▁dijo ▁Jehová ▁Dios ▁de ▁Israel : ▁M aldito ▁el ▁varón ▁que ▁no ▁obedec iere ▁las ▁palabras ▁de ▁este ▁pacto ,
▁Porque ▁con ▁ e f i ca ci a ▁pro t est é ▁á ▁vuestro s ▁padres ▁el ▁día ▁que ▁los ▁ hi ce ▁subir ▁de ▁la ▁tierra ▁de ▁Egipto ▁hast a ▁el ▁día ▁de ▁hoy , ▁ ma d r u g ando ▁y ▁pro t est ando , ▁diciendo : ▁O id ▁mi ▁voz .
▁Por ▁tanto , ▁así ▁ha ▁dicho ▁Jehová : ▁He ▁aquí ▁yo ▁tra i go ▁sobre ▁ellos ▁mal ▁del ▁que ▁no ▁pod rán ▁sal ir ; ▁y ▁clama rán ▁á ▁mí , ▁y ▁no ▁los ▁oir é .
▁¿ Qué ▁tiene ▁mi ▁am ado ▁en ▁mi ▁casa , ▁ha b iendo ▁hecho ▁abomina ciones ▁much as ? ▁Y ▁las ▁carne s ▁santa s ▁pasar án ▁de ▁sobre ▁ti , ▁por que ▁en ▁tu ▁mal dad ▁te ▁gloria s te .
▁Y ▁yo ▁ como ▁cordero ▁in o c ente ▁que ▁llev an ▁á ▁degollar , ▁pues ▁no ▁en te nd ía ▁que ▁ ma qui n aban ▁contra ▁mí ▁de s i g n i os , ▁diciendo : ▁De st r u y a mos ▁el ▁árbol ▁con ▁su ▁fruto , ▁y ▁cor t é mos lo ▁de ▁la ▁tierra ▁de ▁los ▁vi vi ente s , ▁y ▁no ▁haya ▁más ▁memoria ▁de ▁su ▁nombre .
▁Y ▁no ▁quedar á ▁rest o ▁de ▁ellos : ▁por que ▁yo ▁tra er é ▁mal ▁sobre ▁los ▁varones ▁de ▁Ana th oth , ▁año ▁de ▁su ▁visit ación .
▁¿ H as ta ▁cu ándo ▁estará ▁de s i er ta ▁la ▁tierra , ▁y ▁mar ch ita ▁la ▁ hi er ba ▁de ▁todo ▁el ▁campo ? ▁Por ▁la ▁mal dad ▁de ▁los ▁que ▁en ▁ella ▁mor an , ▁falta ron ▁los ▁ganado s , ▁y ▁las ▁ ave s ; ▁por que ▁dijeron : ▁No ▁ver á ▁él ▁nuestra s ▁postr im er ía s .
▁F u é ▁para ▁mí ▁mi ▁heredad ▁ como ▁le ón ▁en ▁ bre ñ a : ▁contra ▁mí ▁dió ▁su ▁voz ; ▁por ▁tanto ▁la ▁aborrec í .
▁So bre ▁todos ▁los ▁lugar es ▁al to s ▁del ▁desierto ▁vinieron ▁di s i p ado res : ▁por que ▁la ▁espada ▁de ▁Jehová ▁de v or ará ▁de s de ▁el ▁un ▁ex t re mo ▁de ▁la ▁tierra ▁hast a ▁el ▁otro ▁ex t re mo : ▁no ▁habrá ▁paz ▁para ▁ninguna ▁carne .
▁Y ▁será ▁que , ▁si ▁cu id ados amente ▁ap re nd iere n ▁los ▁camino s ▁de ▁mi ▁pueblo , ▁para ▁ j ura r ▁en ▁mi ▁nombre , ▁diciendo , ▁Viv e ▁Jehová , ▁así ▁ como ▁en se ñ aron ▁á ▁mi ▁pueblo ▁á ▁ j ura r ▁por ▁Baal ; ▁ellos ▁serán ▁prosper ados ▁en ▁medio ▁de ▁mi ▁pueblo .
▁Y ▁fué ▁á ▁mí ▁seg un da ▁vez ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Entonces ▁f u í ▁al ▁E u f ra te s , ▁y ▁ca v é , ▁y ▁to m é ▁el ▁c in to ▁del ▁lugar ▁don de ▁lo ▁había ▁escond ido ; ▁y ▁he ▁aquí ▁que ▁el ▁c in to ▁se ▁había ▁pod r ido ; ▁para ▁ninguna ▁cosa ▁era ▁bueno .
▁Porque ▁ como ▁el ▁c in to ▁se ▁junt a ▁á ▁los ▁lo mos ▁del ▁hombre , ▁así ▁ hi ce ▁junt ar ▁á ▁mí ▁toda ▁la ▁casa ▁de ▁Israel ▁y ▁toda ▁la ▁casa ▁de ▁Judá , ▁di ce ▁Jehová , ▁para ▁que ▁me ▁fuese n ▁por ▁pueblo ▁y ▁por ▁f a ma , ▁y ▁por ▁al aban za ▁y ▁por ▁ho n ra : ▁ e mpero ▁no ▁es cu ch aron .
▁E s cu ch ad ▁y ▁ o id ; ▁no ▁os ▁el e v éis : ▁pues ▁Jehová ▁ha ▁hablado .
▁La s ▁ciudades ▁del ▁mediodía ▁fueron ▁ cer ra das , ▁y ▁no ▁hubo ▁quien ▁las ▁abr i e se : ▁toda ▁Judá ▁fué ▁tras por t ada , ▁tras por t ada ▁fué ▁toda ▁ella .
▁¿ M ud ará ▁el ▁ n e g ro ▁su ▁pe l le jo , ▁y ▁el ▁le o p ar do ▁sus ▁man ch as ? ▁As í ▁también ▁pod réis ▁vosotros ▁hacer ▁bien , ▁esta ndo ▁ha bi tu ados ▁á ▁hacer ▁mal .
▁T u s ▁a d u l te ri os , ▁tu s ▁re l in ch os , ▁la ▁mal dad ▁de ▁tu ▁for n i c ación ▁sobre ▁los ▁co l l ados : ▁en ▁el ▁mismo ▁campo ▁vi ▁tu s ▁abomina ciones . ▁ ¡ A y ▁de ▁ti , ▁Jerusalem ! ▁¿ No ▁será s ▁al ▁cabo ▁limpia ? ▁¿ h as ta ▁cu ándo ▁toda v ía ?
▁Porque ▁se ▁re s que bra j ó ▁la ▁tierra ▁á ▁causa ▁de ▁no ▁ l lo ver ▁en ▁el ▁país ; ▁con f u s os ▁los ▁la bra do res , ▁cu b r ieron ▁sus ▁cabeza s .
▁O h ▁es per an za ▁de ▁Israel , ▁ G u ar dad or ▁suyo ▁en ▁el ▁tiempo ▁de ▁la ▁a f li c ción , ▁¿ por ▁qué ▁has ▁de ▁ser ▁ como ▁per e g ri no ▁en ▁la ▁tierra , ▁y ▁ como ▁ca mi n an te ▁que ▁se ▁apart a ▁para ▁ten er ▁la ▁noche ?
▁Cuan do ▁a y un ar en , ▁yo ▁no ▁oir é ▁su ▁c l am or , ▁y ▁cuando ▁ofreciere n ▁holocausto ▁y ▁ofrenda , ▁no ▁lo ▁a ce p t aré ; ▁antes ▁los ▁consum i ré ▁con ▁cuchillo , ▁y ▁con ▁hambre , ▁y ▁con ▁pe s til en ci a .
▁Y ▁el ▁pueblo ▁á ▁quien ▁pro f e t i za n , ▁echa do ▁será ▁en ▁las ▁ca l les ▁de ▁Jerusalem ▁por ▁hambre ▁y ▁por ▁espada ; ▁y ▁no ▁habrá ▁quien ▁los ▁en t i er re , ▁ellos , ▁y ▁sus ▁mujeres , ▁y ▁sus ▁hijos , ▁y ▁sus ▁hijas ; ▁y ▁sobre ▁ellos ▁derram aré ▁su ▁mal dad .
▁Re co no ce mos , ▁ o h ▁Jehová , ▁nuestra ▁imp i ed ad , ▁la ▁iniquidad ▁de ▁nuestro s ▁padres : ▁por que ▁contra ▁ti ▁he mos ▁pecado .
▁Y ▁será ▁que ▁si ▁te ▁pregunta re n : ▁¿ A ▁d ón de ▁sal d remos ? ▁les ▁dirá s : ▁As í ▁ha ▁dicho ▁Jehová : ▁El ▁que ▁á ▁muerte , ▁á ▁muerte ; ▁y ▁el ▁que ▁á ▁cuchillo , ▁á ▁cuchillo ; ▁y ▁el ▁que ▁á ▁hambre , ▁á ▁hambre ; ▁y ▁el ▁que ▁á ▁ca u t i vi dad , ▁á ▁ca u t i vi dad .
▁T ú ▁me ▁de j aste , ▁di ce ▁Jehová , ▁at rás ▁te ▁ v o l vi s te : ▁por ▁tanto ▁yo ▁extend er é ▁sobre ▁ti ▁mi ▁mano , ▁y ▁te ▁destruir é ; ▁esto y ▁can s ado ▁de ▁ar re p en t ir me .
▁ ¡ A y ▁de ▁mí , ▁madre ▁mí a , ▁que ▁me ▁has ▁en g en d r ado ▁hombre ▁de ▁con t i en da ▁y ▁hombre ▁de ▁di s co r di a ▁á ▁toda ▁la ▁tierra ! ▁Nun ca ▁les ▁d í ▁á ▁lo g ro , ▁ni ▁lo ▁to m é ▁de ▁ellos ; ▁y ▁todos ▁me ▁mal di ce n .
▁Y ▁te ▁haré ▁pasar ▁á ▁tu s ▁enemigos ▁en ▁tierra ▁que ▁no ▁conoc es : ▁por que ▁fuego ▁se ▁ha ▁en ce nd ido ▁en ▁mi ▁furor , ▁y ▁ar de rá ▁sobre ▁vosotros .
▁¿ Por ▁qué ▁fué ▁perpetuo ▁mi ▁do l or , ▁y ▁mi ▁her i da ▁de s a hu ci ada ▁no ▁a d mi t ió ▁cu ra ? ▁¿ S e rás ▁para ▁mí ▁ como ▁cosa ▁ il u s o ri a , ▁ como ▁aguas ▁que ▁no ▁son ▁esta ble s ?
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Porque ▁así ▁ha ▁dicho ▁Jehová : ▁No ▁entre s ▁en ▁casa ▁de ▁lu to , ▁ni ▁vaya s ▁á ▁la ment ar , ▁ni ▁los ▁con s ue les : ▁por que ▁yo ▁he ▁qu ita do ▁mi ▁paz ▁de ▁este ▁pueblo , ▁di ce ▁Jehová , ▁mi ▁misericordia ▁y ▁pie dad es .
▁Porque ▁así ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel ; ▁He ▁aquí ▁que ▁yo ▁haré ▁c es ar ▁en ▁este ▁lugar , ▁delante ▁de ▁vuestro s ▁ojos ▁y ▁en ▁vuestro s ▁días , ▁toda ▁voz ▁de ▁go zo ▁y ▁toda ▁voz ▁de ▁alegr ía , ▁toda ▁voz ▁de ▁es p os o ▁y ▁toda ▁voz ▁de ▁es p os a .
▁Por ▁tanto , ▁yo ▁os ▁haré ▁echar ▁de ▁esta ▁tierra ▁á ▁tierra ▁que ▁ni ▁vosotros ▁ni ▁vuestro s ▁padres ▁ha béis ▁conoc ido , ▁y ▁all á ▁servir éis ▁á ▁dioses ▁ajenos ▁de ▁día ▁y ▁de ▁noche ; ▁por que ▁no ▁os ▁most r aré ▁c le me n ci a .
▁Porque ▁mis ▁ojos ▁están ▁sobre ▁todos ▁sus ▁camino s , ▁los ▁cuales ▁no ▁se ▁me ▁oc u l t aron , ▁ni ▁su ▁mal dad ▁se ▁escond e ▁de ▁la ▁presencia ▁de ▁mis ▁ojos .
▁Por ▁tanto , ▁he ▁aquí , ▁les ▁en se ñ aré ▁de ▁esta ▁vez , ▁en se ñ ar les ▁he ▁mi ▁mano ▁y ▁mi ▁fortaleza , ▁y ▁s ab rán ▁que ▁mi ▁nombre ▁es ▁Jehová .
▁Y ▁habrá ▁en ▁ti ▁c es ación ▁de ▁tu ▁heredad , ▁la ▁cual ▁yo ▁te ▁d í , ▁y ▁te ▁haré ▁servir ▁á ▁tu s ▁enemigos ▁en ▁tierra ▁que ▁no ▁conoc iste ; ▁por que ▁fuego ▁ha béis ▁en ce nd ido ▁en ▁mi ▁furor , ▁para ▁siempre ▁ar de rá .
▁Porque ▁él ▁será ▁ como ▁el ▁árbol ▁plant ado ▁junto ▁á ▁las ▁aguas , ▁que ▁junto ▁á ▁la ▁cor r iente ▁echar á ▁sus ▁ ra i ce s , ▁y ▁no ▁ver á ▁cuando ▁vi n iere ▁el ▁ca l or , ▁sin o ▁que ▁su ▁ho ja ▁estará ▁ver de ; ▁y ▁en ▁el ▁año ▁de ▁se q u ía ▁no ▁se ▁fat i g ará , ▁ni ▁dejar á ▁de ▁hacer ▁fruto .
▁T ron o ▁de ▁gloria , ▁ex ce l s o ▁de s de ▁el ▁pri n ci p i o , ▁es ▁el ▁lugar ▁de ▁nuestro ▁santuario .
▁Mas ▁yo ▁no ▁me ▁entr o me t í ▁á ▁ser ▁pa st or ▁en ▁pos ▁de ▁ti , ▁ni ▁de se é ▁día ▁de ▁ca la mi dad , ▁tú ▁lo ▁sabe s . ▁Lo ▁que ▁de ▁mi ▁boca ▁ha ▁sal ido , ▁fué ▁en ▁tu ▁presencia .
▁Y ▁di les : ▁O id ▁la ▁palabra ▁de ▁Jehová , ▁reyes ▁de ▁Judá , ▁y ▁todo ▁Judá , ▁y ▁todos ▁los ▁moradores ▁de ▁Jerusalem ▁que ▁entr áis ▁por ▁esta s ▁puerta s .
▁Se rá ▁ e mpero , ▁si ▁vosotros ▁me ▁obedec iere is , ▁di ce ▁Jehová , ▁no ▁me t iendo ▁ca r ga ▁por ▁las ▁puerta s ▁de ▁esta ▁ciudad ▁en ▁el ▁día ▁del ▁sábado , ▁sin o ▁que ▁santifica re is ▁el ▁día ▁del ▁sábado , ▁no ▁ha c iendo ▁en ▁él ▁ninguna ▁obra ;
▁L A ▁palabra ▁que ▁fué ▁á ▁Je re m ía s ▁de ▁Jehová , ▁diciendo :
▁Entonces ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Y ▁en ▁un ▁in st an te ▁hablar é ▁de ▁la ▁gente ▁y ▁del ▁reino , ▁para ▁edifica r ▁y ▁para ▁plant ar ;
▁Por ▁tanto , ▁así ▁dijo ▁Jehová : ▁P re gu n ta d ▁ahora ▁á ▁las ▁gente s , ▁qu ién ▁tal ▁haya ▁oído . ▁ G ra n ▁f e al dad ▁ha ▁hecho ▁la ▁vi r g en ▁de ▁Israel .
▁C o mo ▁vi en to ▁so la no ▁los ▁esparci ré ▁delante ▁del ▁enemigo ; ▁most r aré les ▁las ▁es pa l das , ▁y ▁no ▁el ▁rostro , ▁en ▁el ▁día ▁de ▁su ▁per di ción .
▁Por ▁tanto , ▁entre ga ▁sus ▁hijos ▁á ▁hambre , ▁y ▁ha z los ▁derram ar ▁por ▁medio ▁de ▁la ▁espada ; ▁y ▁que de n ▁sus ▁mujeres ▁sin ▁hijos , ▁y ▁vi u das ; ▁y ▁sus ▁marido s ▁sea n ▁puesto s ▁á ▁muerte , ▁y ▁sus ▁ j ó v en es ▁her ido s ▁á ▁cuchillo ▁en ▁la ▁guerra .
▁Y ▁saldrá s ▁al ▁valle ▁del ▁hijo ▁de ▁Hi n n om , ▁que ▁está ▁á ▁la ▁entr ada ▁de ▁la ▁puerta ▁or i enta l , ▁y ▁pu b li c arás ▁allí ▁las ▁palabras ▁que ▁yo ▁te ▁hablar é .
▁Por ▁tanto , ▁he ▁aquí ▁viene n ▁días , ▁di ce ▁Jehová , ▁que ▁este ▁lugar ▁no ▁se ▁llamar á ▁más ▁T o ph eth , ▁ni ▁ V al le ▁del ▁hijo ▁de ▁Hi n n om , ▁sin o ▁ V al le ▁de ▁la ▁Ma t an za .
▁Y ▁que bra rás ▁la ▁va s i ja ▁an te ▁los ▁ojos ▁de ▁los ▁varones ▁que ▁va n ▁contigo ,
▁Y ▁volvió ▁Je re m ía s ▁de ▁T o ph eth , ▁á ▁don de ▁le ▁envió ▁Jehová ▁á ▁pro f e t i za r , ▁y ▁par óse ▁en ▁el ▁atrio ▁de ▁la ▁casa ▁de ▁Jehová , ▁y ▁dijo ▁á ▁todo ▁el ▁pueblo .
▁Y ▁el ▁día ▁siguiente ▁P as hu r ▁sacó ▁á ▁Je re m ía s ▁del ▁ ce p o . ▁ D í jo le ▁entonces ▁Je re m ía s : ▁Jehová ▁no ▁ha ▁llamado ▁tu ▁nombre ▁P as hu r , ▁sin o ▁Ma g or - mi s s a bi b .
▁A l u ci n ás te me , ▁ o h ▁Jehová , ▁y ▁ h á l lo me ▁f r u st r ado : ▁más ▁fuerte ▁f u iste ▁que ▁yo , ▁y ▁ven c í s te me : ▁ cada ▁día ▁he ▁sido ▁es c ar n e c ido ; ▁ cada ▁cual ▁se ▁bu r la ▁de ▁mí .
▁Mas ▁Jehová ▁está ▁conmigo ▁ como ▁pod eros o ▁ g i ga n te ; ▁por ▁tanto ▁los ▁que ▁me ▁per s i gu en ▁ t ro pe z arán , ▁y ▁no ▁pre v a le ce rán ; ▁serán ▁a ver g on z ados ▁en ▁gran ▁manera , ▁por que ▁no ▁prosper arán ; ▁tendrá n ▁perpetua ▁con f u s ió n ▁que ▁ ja m ás ▁será ▁ o l vi d ada .
▁M aldito ▁el ▁hombre ▁que ▁dió ▁nueva s ▁á ▁mi ▁padre , ▁diciendo , ▁Hi jo ▁varón ▁te ▁ha ▁nac ido , ▁haci é ndo le ▁alegr ar se ▁así ▁mucho .
▁P A L A B R A ▁que ▁fué ▁á ▁Je re m ía s ▁de ▁Jehová , ▁cuando ▁el ▁rey ▁Se de ch î as ▁envió ▁á ▁él ▁á ▁P as hu r ▁hijo ▁de ▁Ma l ch î as , ▁y ▁á ▁Se ph an ía s ▁sacerdote , ▁hijo ▁de ▁Ma as ía s , ▁que ▁le ▁di je s en :
▁Y ▁pe le aré ▁contra ▁vosotros ▁con ▁mano ▁al z ada ▁y ▁con ▁brazo ▁fuerte , ▁y ▁con ▁furor , ▁y ▁enoj o , ▁é ▁ir a ▁grande :
▁El ▁que ▁se ▁quedar e ▁en ▁esta ▁ciudad , ▁morirá ▁á ▁cuchillo , ▁ó ▁de ▁hambre , ▁ó ▁pe s til en ci a : ▁mas ▁el ▁que ▁sal iere , ▁y ▁se ▁pasar e ▁á ▁los ▁C al de os ▁que ▁os ▁tiene n ▁cerca do s , ▁vivir á , ▁y ▁su ▁vida ▁le ▁será ▁por ▁despojo .
▁He ▁aquí ▁yo ▁contra ▁ti , ▁mor ado ra ▁del ▁valle ▁de ▁la ▁piedra ▁de ▁la ▁ l l an ura , ▁di ce ▁Jehová : ▁los ▁que ▁de c í s : ▁¿ Quién ▁subir á ▁contra ▁nosotros ? ▁¿ y ▁qu ién ▁entr ará ▁en ▁nuestra s ▁mor ada s ?
▁As í ▁ha ▁dicho ▁Jehová : ▁Ha c ed ▁juicio ▁y ▁justicia , ▁y ▁libr ad ▁al ▁ o p r im ido ▁de ▁mano ▁del ▁ o p res or , ▁y ▁no ▁en ga ñ éis ▁ni ▁ ro béis ▁al ▁extranjero , ▁ni ▁al ▁ hu é r f an o , ▁ni ▁á ▁la ▁vi ud a , ▁ni ▁derram éis ▁sangre ▁in o c ente ▁en ▁este ▁lugar .
▁Y ▁señal aré ▁contra ▁ti ▁di s i p ado res , ▁ cada ▁uno ▁con ▁sus ▁arm as ; ▁y ▁cor t arán ▁tu s ▁cedro s ▁es co g ido s , ▁y ▁los ▁echar án ▁en ▁el ▁fuego .
▁Porque ▁así ▁ha ▁dicho ▁Jehová , ▁de ▁Sal l u m ▁hijo ▁de ▁ J os ía s , ▁rey ▁de ▁Judá , ▁que ▁re in a ▁por ▁ J os ía s ▁su ▁padre , ▁que ▁salió ▁de ▁este ▁lugar : ▁No ▁volver á ▁a c á ▁más ;
▁¿ R e in arás ▁por que ▁te ▁cerca s ▁de ▁cedro ? ▁¿ no ▁com ió ▁y ▁be b ió ▁tu ▁padre , ▁é ▁hizo ▁juicio ▁y ▁justicia , ▁y ▁entonces ▁le ▁fué ▁bien ?
▁En ▁se p u l t ura ▁de ▁asno ▁será ▁enter r ado , ▁ar ra st r ándo le ▁y ▁ e ch ándo le ▁fuera ▁de ▁las ▁puerta s ▁de ▁Jerusalem .
▁Ha b itas te ▁en ▁el ▁L í ba no , ▁ hi c iste ▁tu ▁ni do ▁en ▁los ▁cedro s : ▁ ¡ cómo ▁ g em irá s ▁cuando ▁te ▁vi n iere n ▁do lo res , ▁do l or ▁ como ▁de ▁mujer ▁que ▁está ▁de ▁part o !
▁Y ▁á ▁la ▁tierra ▁á ▁la ▁cual ▁levant an ▁ellos ▁su ▁alma ▁para ▁torn ar , ▁all á ▁no ▁volver án .
▁ ¡ A Y ▁de ▁los ▁pa s to res ▁que ▁de s per di ci an ▁y ▁derram an ▁las ▁ovejas ▁de ▁mi ▁ ma ja da ! ▁di ce ▁Jehová .
▁He ▁aquí ▁que ▁viene n ▁los ▁días , ▁di ce ▁Jehová , ▁y ▁de s per t aré ▁á ▁David ▁re n ue v o ▁just o , ▁y ▁reinar á ▁Re y , ▁el ▁cual ▁será ▁dicho s o , ▁y ▁hará ▁juicio ▁y ▁justicia ▁en ▁la ▁tierra .
▁A ▁causa ▁de ▁los ▁profeta s ▁mi ▁corazón ▁está ▁que bra n t ado ▁en ▁medio ▁de ▁mí , ▁todos ▁mis ▁hues os ▁ti em b l an ; ▁estuv e ▁ como ▁hombre ▁bo r ra ch o , ▁y ▁ como ▁hombre ▁á ▁quien ▁do mi n ó ▁el ▁vino , ▁delante ▁de ▁Jehová ▁y ▁delante ▁de ▁las ▁palabras ▁de ▁su ▁s an t i dad .
▁Y ▁en ▁los ▁profeta s ▁de ▁Samaria ▁he ▁visto ▁de s a t in os : ▁pro f e t i z aban ▁en ▁Baal , ▁é ▁hicieron ▁ er r ar ▁á ▁mi ▁pueblo ▁Israel .
▁Di ce n ▁at re vi d amente ▁á ▁los ▁que ▁me ▁ir ri t an : ▁Jehová ▁dijo : ▁P az ▁tendréis ; ▁y ▁á ▁cualquier a ▁que ▁and a ▁tras ▁la ▁ im a g in ación ▁de ▁su ▁corazón , ▁dijeron : ▁No ▁vendrá ▁mal ▁sobre ▁vosotros .
▁No ▁en vi é ▁yo ▁aquello s ▁profeta s , ▁y ▁ellos ▁cor r ían : ▁yo ▁no ▁les ▁ha b l é , ▁y ▁ellos ▁pro f e t i z aban .
▁Yo ▁he ▁oído ▁lo ▁que ▁aquello s ▁profeta s ▁dijeron , ▁pro f e t i z ando ▁men t i ra ▁en ▁mi ▁nombre , ▁diciendo : ▁So ñ é , ▁so ñ é .
▁¿ No ▁es ▁mi ▁palabra ▁ como ▁el ▁fuego , ▁di ce ▁Jehová , ▁y ▁ como ▁mar til lo ▁que ▁que bra n ta ▁la ▁piedra ?
▁Y ▁cuando ▁te ▁pregunta re ▁este ▁pueblo , ▁ó ▁el ▁profeta , ▁ó ▁el ▁sacerdote , ▁diciendo : ▁¿ Qué ▁es ▁la ▁ca r ga ▁de ▁Jehová ? ▁les ▁dirá s : ▁¿ Qué ▁ca r ga ? ▁O s ▁dejar é , ▁ha ▁dicho ▁Jehová .
▁As í ▁dirá s ▁al ▁profeta : ▁¿ Qué ▁te ▁respondió ▁Jehová , ▁y ▁qué ▁habló ▁Jehová ?
▁M O S T R Ó M E ▁Jehová , ▁y ▁he ▁aquí ▁dos ▁c est as ▁de ▁ hi go s ▁pues ta s ▁delante ▁del ▁templo ▁de ▁Jehová , ▁después ▁de ▁haber ▁tras por t ado ▁N ab u co do nos or ▁rey ▁de ▁B ab il on i a ▁á ▁Je ch ô n ía s ▁hijo ▁de ▁ J o a ci m , ▁rey ▁de ▁Judá , ▁y ▁á ▁los ▁príncipes ▁de ▁Judá , ▁y ▁á ▁los ▁of i ci a les ▁y ▁her r eros ▁de ▁Jerusalem , ▁y ▁haber los ▁llev ado ▁á ▁B ab il on i a .
▁As í ▁ha ▁dicho ▁Jehová ▁Dios ▁de ▁Israel : ▁C o mo ▁á ▁estos ▁bueno s ▁ hi go s , ▁así ▁conoc er é ▁la ▁tras por t ación ▁de ▁Judá ▁al ▁cual ▁ e ch é ▁de ▁este ▁lugar ▁á ▁tierra ▁de ▁C al de os , ▁para ▁bien .
▁Y ▁daré los ▁por ▁es c ar n i o , ▁por ▁mal ▁á ▁todos ▁los ▁reino s ▁de ▁la ▁tierra : ▁por ▁in f am i a , ▁y ▁por ▁ e je m p lo , ▁y ▁por ▁re f rán , ▁y ▁por ▁mal di ción ▁á ▁todos ▁los ▁lugar es ▁ ado n de ▁yo ▁los ▁ar ro ja ré .
▁De s de ▁el ▁año ▁ t re ce ▁de ▁ J os ía s ▁hijo ▁de ▁A m ón , ▁rey ▁de ▁Judá , ▁hast a ▁este ▁día , ▁que ▁son ▁veinti t ré s ▁años , ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁y ▁os ▁he ▁hablado , ▁ ma d r u g ando ▁y ▁d ando ▁aviso ; ▁mas ▁no ▁ o i steis .
▁E mpero ▁no ▁me ▁ha béis ▁oído , ▁di ce ▁Jehová , ▁para ▁pro v o c ar me ▁á ▁ir a ▁con ▁la ▁obra ▁de ▁vuestras ▁manos ▁para ▁mal ▁vuestro .
▁Y ▁toda ▁esta ▁tierra ▁será ▁pues ta ▁en ▁so le dad , ▁en ▁es p an to ; ▁y ▁servir án ▁esta s ▁gente s ▁al ▁rey ▁de ▁B ab il on i a ▁setenta ▁años .
▁Porque ▁así ▁me ▁dijo ▁Jehová ▁Dios ▁de ▁Israel : ▁Toma ▁de ▁mi ▁mano ▁el ▁va s o ▁del ▁vino ▁de ▁este ▁furor , ▁y ▁da ▁á ▁beber ▁de ▁él ▁á ▁todas ▁las ▁gente s ▁á ▁las ▁cuales ▁yo ▁te ▁en v í o .
▁A ▁Faraón ▁rey ▁de ▁Egipto , ▁y ▁á ▁sus ▁siervos , ▁á ▁sus ▁príncipes , ▁y ▁á ▁todo ▁su ▁pueblo ;
▁Y ▁á ▁De d án , ▁y ▁T e ma , ▁y ▁B u z , ▁y ▁á ▁todos ▁los ▁que ▁están ▁al ▁cabo ▁del ▁mu ndo ;
▁Le s ▁dirá s , ▁pues : ▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁Be b ed , ▁y ▁ em b ri a ga os , ▁y ▁ v om ita d , ▁y ▁ca ed , ▁y ▁no ▁os ▁levant éis ▁delante ▁del ▁cuchillo ▁que ▁yo ▁en v í o ▁entre ▁vosotros .
▁L le g ó ▁el ▁es t r ue ndo ▁hast a ▁el ▁cabo ▁de ▁la ▁tierra ; ▁por que ▁juicio ▁de ▁Jehová ▁con ▁las ▁gente s : ▁él ▁es ▁el ▁ J ue z ▁de ▁toda ▁carne ; ▁entre g ará ▁los ▁imp í os ▁á ▁cuchillo , ▁di ce ▁Jehová .
▁Y ▁acaba rás e ▁la ▁ hu í da ▁de ▁los ▁pa s to res , ▁y ▁el ▁escape ▁de ▁los ▁may o ra les ▁del ▁re ba ñ o .
▁E N ▁el ▁pri n ci p i o ▁del ▁re in ado ▁de ▁ J o a ci m ▁hijo ▁de ▁ J os ía s , ▁rey ▁de ▁Judá , ▁fué ▁esta ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Para ▁at en der ▁á ▁las ▁palabras ▁de ▁mis ▁siervos ▁los ▁profeta s ▁que ▁yo ▁os ▁en v í o , ▁ ma d r u g ando ▁en ▁enviar los , ▁á ▁los ▁cuales ▁no ▁ha béis ▁oído ;
▁¿ Por ▁qué ▁has ▁pro f e t i z ado ▁en ▁nombre ▁de ▁Jehová , ▁diciendo : ▁Esta ▁casa ▁será ▁ como ▁Si lo , ▁y ▁esta ▁ciudad ▁será ▁as o l ada ▁hast a ▁no ▁quedar ▁mor ado r ? ▁Y ▁junt óse ▁todo ▁el ▁pueblo ▁contra ▁Je re m ía s ▁en ▁la ▁casa ▁de ▁Jehová .
▁Y ▁ahora , ▁mejor ad ▁vuestro s ▁camino s ▁y ▁vuestras ▁obra s , ▁y ▁ o id ▁la ▁voz ▁de ▁Jehová ▁vuestro ▁Dios , ▁y ▁ar re p en t irá se ▁Jehová ▁del ▁mal ▁que ▁ha ▁hablado ▁contra ▁vosotros .
▁Entonces ▁se ▁levant aron ▁cierto s ▁de ▁los ▁ancianos ▁de ▁la ▁tierra , ▁y ▁hablar on ▁á ▁toda ▁la ▁junt a ▁del ▁pueblo , ▁diciendo :
▁Y ▁oyó ▁sus ▁palabras ▁el ▁rey ▁ J o a ci m , ▁y ▁todos ▁sus ▁grande s , ▁y ▁todos ▁sus ▁príncipes , ▁y ▁el ▁rey ▁pro cu r ó ▁de ▁matar le ; ▁lo ▁cual ▁en te nd iendo ▁Uría s , ▁tuvo ▁tem or , ▁y ▁huyó , ▁y ▁me t i óse ▁en ▁Egipto :
▁E N ▁el ▁pri n ci p i o ▁del ▁re in ado ▁de ▁ J o a ci m ▁hijo ▁de ▁ J os ía s , ▁rey ▁de ▁Judá , ▁fué ▁de ▁Jehová ▁esta ▁palabra ▁á ▁Je re m ía s , ▁diciendo :
▁Yo ▁ hi ce ▁la ▁tierra , ▁el ▁hombre ▁y ▁las ▁bestia s ▁que ▁están ▁sobre ▁la ▁ha z ▁de ▁la ▁tierra , ▁con ▁mi ▁grande ▁p o t en ci a ▁y ▁con ▁mi ▁brazo ▁extend ido , ▁y ▁d í la ▁á ▁quien ▁me ▁p l u go .
▁Y ▁vosotros ▁no ▁pre st éis ▁oído ▁á ▁vuestro s ▁profeta s , ▁ni ▁á ▁vuestro s ▁a di vi nos , ▁ni ▁á ▁vuestro s ▁sueño s , ▁ni ▁á ▁vuestro s ▁a g or eros , ▁ni ▁á ▁vuestro s ▁en ca n t ado res , ▁que ▁os ▁habla n ▁diciendo : ▁No ▁servir éis ▁al ▁rey ▁de ▁B ab il on i a .
▁¿ Por ▁qué ▁mor i réis , ▁tú ▁y ▁tu ▁pueblo , ▁á ▁cuchillo , ▁de ▁hambre , ▁y ▁pe s til en ci a , ▁seg ún ▁ha ▁dicho ▁Jehová ▁á ▁la ▁gente ▁que ▁no ▁sirv iere ▁al ▁rey ▁de ▁B ab il on i a ?
▁No ▁los ▁ o i g áis ; ▁ serv id ▁al ▁rey ▁de ▁B ab il on i a , ▁y ▁vi vi d : ▁¿ por ▁qué ▁ha ▁de ▁ser ▁de s i er ta ▁esta ▁ciudad ?
▁As í ▁pues ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel , ▁acerca ▁de ▁los ▁vasos ▁que ▁quedar on ▁en ▁la ▁casa ▁de ▁Jehová , ▁y ▁en ▁la ▁casa ▁del ▁rey ▁de ▁Judá , ▁y ▁en ▁Jerusalem :
▁De n t ro ▁de ▁dos ▁años ▁de ▁días ▁torn aré ▁á ▁este ▁lugar ▁todos ▁los ▁vasos ▁de ▁la ▁casa ▁de ▁Jehová , ▁que ▁N ab u co do nos or , ▁rey ▁de ▁B ab il on i a , ▁llev ó ▁de ▁este ▁lugar ▁para ▁me t er los ▁en ▁B ab il on i a ;
▁C on ▁todo ▁es o , ▁ o y e ▁ahora ▁esta ▁palabra ▁que ▁yo ▁ha b lo ▁en ▁tu s ▁oído s ▁y ▁en ▁los ▁oído s ▁de ▁todo ▁el ▁pueblo :
▁Y ▁habló ▁Ha n an ía s ▁en ▁presencia ▁de ▁todo ▁el ▁pueblo , ▁diciendo : ▁As í ▁ha ▁dicho ▁Jehová : ▁De ▁esta ▁manera ▁que bra ré ▁el ▁y u go ▁de ▁N ab u co do nos or , ▁rey ▁de ▁B ab il on i a , ▁del ▁cu el lo ▁de ▁todas ▁las ▁gente s ▁dentro ▁de ▁dos ▁años ▁de ▁días . ▁Y ▁fué se ▁Je re m ía s ▁su ▁camino .
▁Entonces ▁dijo ▁el ▁profeta ▁Je re m ía s ▁á ▁Ha n an ía s ▁profeta : ▁Ahora ▁ o y e , ▁Ha n an ía s ; ▁Jehová ▁no ▁te ▁envió , ▁y ▁tú ▁has ▁hecho ▁con f i ar ▁á ▁este ▁pueblo ▁en ▁men t i ra .
▁ ( D es p u é s ▁que ▁salió ▁el ▁rey ▁Je ch ô n ía s ▁y ▁la ▁re in a , ▁y ▁los ▁de ▁pa la ci o , ▁y ▁los ▁príncipes ▁de ▁Judá ▁y ▁de ▁Jerusalem , ▁y ▁los ▁art í f i ce s , ▁y ▁los ▁ ing en i eros ▁de ▁Jerusalem ; )
▁C as a os , ▁y ▁en g en d ra d ▁hijos ▁é ▁hijas ; ▁ dad ▁mujeres ▁á ▁vuestro s ▁hijos , ▁y ▁ dad ▁marido s ▁á ▁vuestras ▁hijas , ▁para ▁que ▁para n ▁hijos ▁é ▁hijas ; ▁y ▁multiplic a os ▁ ah í , ▁y ▁no ▁os ▁ha g áis ▁poco s .
▁Porque ▁así ▁dijo ▁Jehová : ▁Cuan do ▁en ▁B ab il on i a ▁se ▁cumpl iere n ▁los ▁setenta ▁años , ▁yo ▁os ▁visit aré , ▁y ▁de s per t aré ▁sobre ▁vosotros ▁mi ▁buena ▁palabra , ▁para ▁torn ar os ▁á ▁este ▁lugar .
▁Y ▁se ré ▁halla do ▁de ▁vosotros , ▁di ce ▁Jehová , ▁y ▁torn aré ▁vuestra ▁ca u t i vi dad , ▁y ▁os ▁junt aré ▁de ▁todas ▁las ▁gente s , ▁y ▁de ▁todos ▁los ▁lugar es ▁ ado n de ▁os ▁ar ro j é , ▁di ce ▁Jehová ; ▁y ▁os ▁haré ▁volver ▁al ▁lugar ▁de ▁don de ▁os ▁ hi ce ▁ser ▁llev ados .
▁Y ▁per se gu i ré los ▁con ▁espada , ▁con ▁hambre ▁y ▁con ▁pe s til en ci a ; ▁y ▁daré los ▁por ▁es c ar n i o ▁á ▁todos ▁los ▁reino s ▁de ▁la ▁tierra , ▁por ▁mal di ción ▁y ▁por ▁es p an to , ▁y ▁por ▁si l b o ▁y ▁por ▁a f r enta ▁á ▁todas ▁la ▁gente s ▁á ▁las ▁cuales ▁los ▁ha b ré ▁ar ro ja do ;
▁Y ▁todos ▁los ▁tras por t ados ▁de ▁Judá ▁que ▁están ▁en ▁B ab il on i a , ▁tomará n ▁de ▁ellos ▁mal di ción , ▁diciendo : ▁P ón ga te ▁Jehová ▁ como ▁á ▁Se de ch î as ▁y ▁ como ▁á ▁Achâb , ▁los ▁cuales ▁as ó ▁al ▁fuego ▁el ▁rey ▁de ▁B ab il on i a .
▁Jehová ▁te ▁ha ▁puesto ▁por ▁sacerdote ▁en ▁lugar ▁de ▁ J o i ada ▁sacerdote , ▁para ▁que ▁pre s id áis ▁en ▁la ▁casa ▁de ▁Jehová ▁sobre ▁todo ▁hombre ▁f u ri os o ▁y ▁pro f e t i za n te , ▁pon ién do lo ▁en ▁el ▁ca l ab o zo ▁y ▁en ▁el ▁ ce p o .
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Je re m ía s , ▁diciendo :
▁As í ▁habló ▁Jehová ▁Dios ▁de ▁Israel , ▁diciendo : ▁E s c r í be te ▁en ▁un ▁libr o ▁todas ▁las ▁palabras ▁que ▁te ▁he ▁hablado .
▁P re gu n ta d ▁ahora , ▁y ▁mira d ▁si ▁par e ▁el ▁varón : ▁por que ▁he ▁visto ▁que ▁todo ▁hombre ▁tenía ▁las ▁manos ▁sobre ▁sus ▁lo mos , ▁ como ▁mujer ▁de ▁part o , ▁y ▁han se ▁torn ado ▁p á l ido s ▁todos ▁los ▁rostro s .
▁T ú ▁pues , ▁siervo ▁mío ▁Jacob , ▁no ▁tem as , ▁di ce ▁Jehová , ▁ni ▁te ▁a te mo ri ce s , ▁Israel : ▁por que ▁he ▁aquí ▁que ▁yo ▁soy ▁el ▁que ▁te ▁sal v o ▁de ▁le jo s , ▁y ▁á ▁tu ▁simiente ▁de ▁la ▁tierra ▁de ▁su ▁ca u t i vi dad ; ▁y ▁Jacob ▁torn ará , ▁y ▁de s ca n s ará ▁y ▁so se g ará , ▁y ▁no ▁habrá ▁quien ▁le ▁es p an te .
▁Todo s ▁tu s ▁en am or ados ▁te ▁ o l vi d aron ; ▁no ▁te ▁busca n ; ▁por que ▁de ▁her i da ▁de ▁enemigo ▁te ▁her í , ▁con ▁a zo te ▁de ▁c r ue l , ▁á ▁causa ▁de ▁la ▁much ed umb re ▁de ▁tu ▁mal dad , ▁y ▁de ▁la ▁multitud ▁de ▁tu s ▁pecado s .
▁As í ▁ha ▁dicho ▁Jehová : ▁He ▁aquí ▁yo ▁ha go ▁torn ar ▁la ▁ca u t i vi dad ▁de ▁las ▁tienda s ▁de ▁Jacob , ▁y ▁de ▁sus ▁tienda s ▁ten d ré ▁misericordia ; ▁y ▁la ▁ciudad ▁será ▁edifica da ▁sobre ▁su ▁co l l ado , ▁y ▁el ▁templo ▁será ▁as enta do ▁seg ún ▁su ▁for ma .
▁Y ▁me ▁se réis ▁por ▁pueblo , ▁y ▁yo ▁se ré ▁vuestro ▁Dios .
▁As í ▁ha ▁dicho ▁Jehová : ▁Ha l l ó ▁gracia ▁en ▁el ▁desierto ▁el ▁pueblo , ▁los ▁que ▁es ca p aron ▁del ▁cuchillo , ▁ye ndo ▁yo para ▁hacer ▁halla r ▁reposo ▁á ▁Israel .
▁Porque ▁habrá ▁día ▁en ▁que ▁clama rán ▁los ▁guarda s ▁en ▁el ▁monte ▁de ▁Ephraim : ▁Levant a os , ▁y ▁su ba mos ▁á ▁Si ón , ▁á ▁Jehová ▁nuestro ▁Dios .
▁O id ▁palabra ▁de ▁Jehová , ▁ o h ▁gente s , ▁y ▁ha c ed lo ▁sabe r ▁en ▁las ▁is la s ▁que ▁están ▁le jo s , ▁y ▁de ci d : ▁El ▁que ▁esparci ó ▁á ▁Israel ▁lo ▁junt ará ▁y ▁guard ará , ▁ como ▁pa st or ▁á ▁su ▁ganado .
▁Y ▁el ▁alma ▁del ▁sacerdote ▁ em b ri a g aré ▁de ▁gr os ura , ▁y ▁será ▁mi ▁pueblo ▁s a ci ado ▁de ▁mi ▁bien , ▁di ce ▁Jehová .
▁E s cu ch ando , ▁he ▁oído ▁á ▁Ephraim ▁que ▁se ▁la ment aba : ▁A zo t ás te me , ▁y ▁f u í ▁cast i g ado ▁ como ▁no vi l lo ▁in d ó mi to : ▁con vi é r te me ▁y ▁se ré ▁con ver t ido ; ▁por que ▁tú ▁eres ▁Jehová ▁mi ▁Dios .
▁¿ H as ta ▁cu ándo ▁and arás ▁ er ra n te , ▁ o h ▁hija ▁con tu ma z ? ▁por que ▁Jehová ▁c ri ará ▁una ▁cosa ▁nueva ▁sobre ▁la ▁tierra : ▁una ▁he m bra ▁rod e ará ▁al ▁varón .
▁En ▁esto ▁me ▁de s per t é , ▁y ▁vi , ▁y ▁mi ▁sueño ▁me ▁fué ▁s ab ro s o .
▁Si no ▁que ▁ cada ▁cual ▁morirá ▁por ▁su ▁mal dad ; ▁los ▁d iente s ▁de ▁todo ▁hombre ▁que ▁com iere ▁las ▁ u v as ▁a g ra ce s , ▁tendrá n ▁la ▁de n te ra .
▁Y ▁no ▁en se ñ ará ▁más ▁ninguno ▁á ▁su ▁prójimo , ▁ni ▁ninguno ▁á ▁su ▁hermano , ▁diciendo : ▁C on o ce ▁á ▁Jehová : ▁por que ▁todos ▁me ▁conoc e rán , ▁de s de ▁el ▁más ▁pe que ñ o ▁de ▁ellos ▁hast a ▁el ▁más ▁grande , ▁di ce ▁Jehová : ▁por que ▁perdon aré ▁la ▁mal dad ▁de ▁ellos , ▁y ▁no ▁me ▁a co r d aré ▁más ▁de ▁su ▁pecado .
▁He ▁aquí ▁que ▁viene n ▁días , ▁di ce ▁Jehová , ▁y ▁la ▁ciudad ▁será ▁edifica da ▁á ▁Jehová , ▁de s de ▁la ▁to r re ▁de ▁Ha n an e el ▁hast a ▁la ▁puerta ▁del ▁ ri n c ón .
▁Y ▁entonces ▁el ▁ejército ▁del ▁rey ▁de ▁B ab il on i a ▁tenía ▁cerca da ▁á ▁Jerusalem ; ▁y ▁el ▁profeta ▁Je re m ía s ▁estaba ▁pre s o ▁en ▁el ▁pa t i o ▁de ▁la ▁c á r ce l ▁que ▁estaba ▁en ▁la ▁casa ▁del ▁rey ▁de ▁Judá .
▁Y ▁dijo ▁Je re m ía s : ▁P a la bra ▁de ▁Jehová ▁fué ▁á ▁mí , ▁diciendo :
▁Y ▁es c ri b í ▁la ▁ca r ta , ▁y ▁se l l é la , ▁é ▁ hi ce ▁at est i gu ar ▁á ▁testigo s , ▁y ▁pe s é ▁el ▁dinero ▁con ▁ba l an za .
▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁Toma ▁esta s ▁ca r ta s , ▁esta ▁ca r ta ▁de ▁ven ta , ▁la ▁se l l ada , ▁y ▁é s ta ▁la ▁ca r ta ▁a bi er ta , ▁y ▁pon la s ▁en ▁un ▁va s o ▁de ▁bar ro , ▁para ▁que ▁se ▁guard en ▁mucho s ▁días .
▁Que ▁ha ce s ▁misericordia ▁en ▁mil la res , ▁y ▁ v ue l v es ▁la ▁mal dad ▁de ▁los ▁padres ▁en ▁el ▁se no ▁de ▁sus ▁hijos ▁después ▁de ▁ellos : ▁Dios ▁grande , ▁pod eros o , ▁Jehová ▁de ▁los ▁ejército s ▁es ▁su ▁nombre :
▁Y ▁d í s te les ▁esta ▁tierra , ▁de ▁la ▁cual ▁ j ur aste ▁á ▁sus ▁padres ▁que ▁se ▁la ▁dar ía s , ▁tierra ▁que ▁man a ▁le ch e ▁y ▁mi el :
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Je re m ía s , ▁diciendo :
▁Porque ▁los ▁hijos ▁de ▁Israel ▁y ▁los ▁hijos ▁de ▁Judá ▁no ▁han ▁hecho ▁sin o ▁lo ▁mal o ▁delante ▁de ▁mis ▁ojos ▁de s de ▁su ▁ j u v en t ud : ▁por que ▁los ▁hijos ▁de ▁Israel ▁no ▁han ▁hecho ▁más ▁que ▁pro v o c ar me ▁á ▁ir a ▁con ▁la ▁obra ▁de ▁sus ▁manos , ▁di ce ▁Jehová .
▁A n te s ▁a sentaron ▁sus ▁abomina ciones ▁en ▁la ▁casa ▁sobre ▁la ▁cual ▁es ▁in v o c ado ▁mi ▁nombre , ▁contamin ándo la .
▁Y ▁me ▁serán ▁por ▁pueblo , ▁y ▁yo ▁se ré ▁á ▁ellos ▁por ▁Dios .
▁Porque ▁así ▁ha ▁dicho ▁Jehová : ▁C o mo ▁tra je ▁sobre ▁este ▁pueblo ▁todo ▁este ▁grande ▁mal , ▁así ▁tra er é ▁sobre ▁ellos ▁todo ▁el ▁bien ▁que ▁acerca ▁de ▁ellos ▁ha b lo .
▁As í ▁ha ▁dicho ▁Jehová ▁que ▁la ▁hizo , ▁Jehová ▁que ▁la ▁for m ó ▁para ▁a f ir m ar la ; ▁Jehová ▁es ▁su ▁nombre :
▁He ▁aquí ▁que ▁yo ▁le ▁ha go ▁subir ▁s an i dad ▁y ▁me di ci n a ; ▁y ▁los ▁cu r aré , ▁y ▁les ▁re v el aré ▁a b un d an ci a ▁de ▁paz ▁y ▁de ▁ver dad .
▁As í ▁ha ▁dicho ▁Jehová : ▁En ▁este ▁lugar , ▁del ▁cual ▁de c í s ▁que ▁está ▁desierto ▁sin ▁hombres ▁y ▁sin ▁animal es , ▁en ▁las ▁ciudades ▁de ▁Judá ▁y ▁en ▁las ▁ca l les ▁de ▁Jerusalem , ▁que ▁están ▁as o la das ▁sin ▁hombre ▁y ▁sin ▁mor ado r ▁y ▁sin ▁animal , ▁tiene ▁de ▁oir se ▁a ún ,
▁He ▁aquí ▁viene n ▁días , ▁di ce ▁Jehová , ▁en ▁que ▁yo ▁confirm aré ▁la ▁palabra ▁buena ▁que ▁he ▁hablado ▁á ▁la ▁casa ▁de ▁Israel ▁y ▁á ▁la ▁casa ▁de ▁Judá .
▁Y ▁de ▁los ▁sacerdote s ▁y ▁Levitas ▁no ▁falta rá ▁varón ▁de ▁mi ▁presencia ▁que ▁of re z ca ▁holocausto , ▁y ▁en ci en da ▁presente , ▁y ▁que ▁haga ▁sacrificio ▁todos ▁los ▁días .
▁C o mo ▁no ▁pu ed e ▁ser ▁con t ado ▁el ▁ejército ▁del ▁cielo , ▁ni ▁la ▁are n a ▁de ▁la ▁mar ▁se ▁pu ed e ▁me d ir , ▁así ▁multiplic aré ▁la ▁simiente ▁de ▁David ▁mi ▁siervo , ▁y ▁los ▁Levitas ▁que ▁á ▁mí ▁ministr an .
▁T ambién ▁de se ch aré ▁la ▁simiente ▁de ▁Jacob , ▁y ▁de ▁David ▁mi ▁siervo , ▁para ▁no ▁tomar ▁de ▁su ▁simiente ▁quien ▁sea ▁señor ▁sobre ▁la ▁simiente ▁de ▁Abraham , ▁de ▁Isaac , ▁y ▁de ▁Jacob . ▁Porque ▁haré ▁volver ▁su ▁ca u t i vi dad , ▁y ▁ten d ré ▁de ▁ellos ▁misericordia .
▁C on ▁todo ▁es o , ▁ o y e ▁palabra ▁de ▁Jehová , ▁Se de ch î as ▁rey ▁de ▁Judá : ▁As í ▁ha ▁dicho ▁Jehová ▁de ▁ti : ▁No ▁morirá s ▁á ▁cuchillo ;
▁P a la bra ▁que ▁fué ▁á ▁Je re m ía s ▁de ▁Jehová , ▁después ▁que ▁Se de ch î as ▁hizo ▁con ci er to ▁con ▁todo ▁el ▁pueblo ▁en ▁Jerusalem , ▁para ▁pro m u l gar les ▁li b er ta d :
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Je re m ía s , ▁de ▁parte ▁de ▁Jehová , ▁diciendo :
▁P er o ▁os ▁ha béis ▁vuelto ▁y ▁pro f an ado ▁mi ▁nombre , ▁y ▁ha béis ▁torn ado ▁á ▁tomar ▁ cada ▁uno ▁su ▁siervo ▁y ▁ cada ▁uno ▁su ▁sierva , ▁que ▁había is ▁de ja do ▁libr es ▁á ▁su ▁ v o l un ta d ; ▁y ▁los ▁ha béis ▁su je t ado ▁á ▁ser os ▁siervos ▁y ▁sierva s .
▁En t re g aré los ▁en ▁mano ▁de ▁sus ▁enemigos ▁y ▁en ▁mano ▁de ▁los ▁que ▁busca n ▁su ▁alma ; ▁y ▁sus ▁cuerpo s ▁muerto s ▁serán ▁para ▁com i da ▁de ▁las ▁ ave s ▁del ▁cielo , ▁y ▁de ▁las ▁bestia s ▁de ▁la ▁tierra .
▁Ve ▁á ▁casa ▁de ▁los ▁Re ch â b itas , ▁y ▁habla ▁con ▁ellos , ▁é ▁in t ro d ú ce los ▁en ▁la ▁casa ▁de ▁Jehová , ▁en ▁una ▁de ▁las ▁c á ma ra s , ▁y ▁da les ▁á ▁beber ▁vino .
▁Mas ▁ellos ▁dijeron : ▁No ▁beber emos ▁vino ; ▁por que ▁ J on ada b ▁hijo ▁de ▁Re ch â b ▁nuestro ▁padre ▁no s ▁mandó , ▁diciendo : ▁No ▁beber éis ▁ ja m ás ▁vino ▁vosotros ▁ni ▁vuestro s ▁hijos :
▁M o ra mos ▁pues ▁en ▁tienda s , ▁y ▁he mos ▁obedec ido ▁y ▁hecho ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁no s ▁mandó ▁ J on ada b ▁nuestro ▁padre .
▁F u é ▁f ir me ▁la ▁palabra ▁de ▁ J on ada b ▁hijo ▁de ▁Re ch â b , ▁el ▁cual ▁mandó ▁á ▁sus ▁hijos ▁que ▁no ▁be bi es en ▁vino , ▁y ▁no ▁lo ▁han ▁be b ido ▁hast a ▁hoy , ▁por ▁obedec er ▁al ▁man d amiento ▁de ▁su ▁padre ; ▁y ▁yo ▁os ▁he ▁hablado ▁á ▁vosotros , ▁ ma d r u g ando ▁y ▁habla ndo , ▁y ▁no ▁me ▁ha béis ▁oído .
▁Y ▁dijo ▁Je re m ía s ▁á ▁la ▁familia ▁de ▁los ▁Re ch â b itas : ▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁Porque ▁obedec i steis ▁al ▁man d amiento ▁de ▁ J on ada b ▁vuestro ▁padre , ▁y ▁guarda steis ▁todos ▁sus ▁mandamientos , ▁é ▁ hi ci steis ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁os ▁mandó ;
▁ Q u i z á ▁oir á ▁la ▁casa ▁de ▁Judá ▁todo ▁el ▁mal ▁que ▁yo ▁pie n s o ▁hacer les , ▁para ▁volver se ▁ cada ▁uno ▁de ▁su ▁mal ▁camino , ▁y ▁yo ▁perdon aré ▁su ▁mal dad ▁y ▁su ▁pecado .
▁ Q u i z á ▁ca e rá ▁or ación ▁de ▁ellos ▁en ▁la ▁presencia ▁de ▁Jehová , ▁y ▁torn arás e ▁ cada ▁uno ▁de ▁su ▁mal ▁camino ; ▁por que ▁grande ▁es ▁el ▁furor ▁y ▁la ▁ir a ▁que ▁ha ▁ex p res ado ▁Jehová ▁contra ▁este ▁pueblo .
▁Y ▁Mi ch ê as ▁hijo ▁de ▁Ge m ar ía s , ▁hijo ▁de ▁S a ph án , ▁ha b iendo ▁oído ▁del ▁libr o ▁todas ▁las ▁palabras ▁de ▁Jehová ,
▁Y ▁dijéronle : ▁S ién ta te ▁ahora , ▁y ▁ l é e lo ▁en ▁nuestro s ▁oído s . ▁Y ▁le y ó ▁B ar u ch ▁en ▁sus ▁oído s .
▁Entonces ▁dijeron ▁los ▁príncipes ▁á ▁B ar u ch : ▁Ve , ▁y ▁es c ón de te ▁tú ▁y ▁Je re m ía s , ▁y ▁nadie ▁se pa ▁d ón de ▁está is .
▁Y ▁fué ▁que , ▁ como ▁Jehu d í ▁hubo ▁le í do ▁tres ▁ó ▁cuatro ▁p l an as , ▁ ra s g ólo ▁con ▁un ▁cuchillo ▁de ▁es c ri ba n ía , ▁y ▁echó lo ▁en ▁el ▁fuego ▁que ▁había ▁en ▁el ▁ bra se ro , ▁hast a ▁que ▁todo ▁el ▁ ro l lo ▁se ▁consum ió ▁sobre ▁el ▁fuego ▁que ▁en ▁el ▁ bra se ro ▁había .
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Je re m ía s , ▁después ▁que ▁el ▁rey ▁que m ó ▁el ▁ ro l lo , ▁las ▁palabras ▁que ▁B ar u ch ▁había ▁escrito ▁de ▁boca ▁de ▁Je re m ía s , ▁diciendo :
▁Y ▁visit aré ▁sobre ▁él , ▁y ▁sobre ▁su ▁simiente , ▁y ▁sobre ▁sus ▁siervos , ▁su ▁mal dad ; ▁y ▁tra er é ▁sobre ▁ellos , ▁y ▁sobre ▁los ▁moradores ▁de ▁Jerusalem , ▁y ▁sobre ▁los ▁varones ▁de ▁Judá , ▁todo ▁el ▁mal ▁que ▁les ▁he ▁dicho ▁y ▁no ▁es cu ch aron .
▁Y ▁envió ▁el ▁rey ▁Se de ch î as ▁á ▁ J u ca l ▁hijo ▁de ▁Se l em ía s , ▁y ▁á ▁Se ph an ía s ▁hijo ▁de ▁Ma as ía s ▁sacerdote , ▁para ▁que ▁di je s en ▁al ▁profeta ▁Je re m ía s : ▁R ue ga ▁ahora ▁por ▁nosotros ▁á ▁Jehová ▁nuestro ▁Dios .
▁As í ▁ha ▁dicho ▁Jehová ▁Dios ▁de ▁Israel : ▁Di réis ▁así ▁al ▁rey ▁de ▁Judá , ▁que ▁os ▁envió ▁á ▁mí ▁para ▁que ▁me ▁pregunta se is : ▁He ▁aquí ▁que ▁el ▁ejército ▁de ▁Faraón ▁que ▁había ▁sal ido ▁en ▁vuestro ▁so co r ro , ▁se ▁volvió ▁á ▁su ▁tierra ▁en ▁Egipto .
▁Y ▁aconteció ▁que , ▁ como ▁el ▁ejército ▁de ▁los ▁C al de os ▁se ▁fué ▁de ▁Jerusalem ▁á ▁causa ▁del ▁ejército ▁de ▁Faraón ,
▁Y ▁los ▁príncipes ▁se ▁a ir aron ▁contra ▁Je re m ía s , ▁y ▁a zo t áronle , ▁y ▁pu s iéronle ▁en ▁pri s ió n ▁en ▁la ▁casa ▁de ▁Jonathán ▁es c ri ba , ▁por que ▁a qué l la ▁habían ▁hecho ▁casa ▁de ▁c á r ce l .
▁¿ Y ▁d ón de ▁están ▁vuestro s ▁profeta s ▁que ▁os ▁pro f e t i z aban , ▁diciendo : ▁No ▁vendrá ▁el ▁rey ▁de ▁B ab il on i a ▁contra ▁vosotros , ▁ni ▁contra ▁esta ▁tierra ?
▁As í ▁ha ▁dicho ▁Jehová : ▁El ▁que ▁se ▁quedar e ▁en ▁esta ▁ciudad ▁morirá ▁á ▁cuchillo , ▁ó ▁de ▁hambre , ▁ó ▁de ▁pe s til en ci a ; ▁mas ▁el ▁que ▁sal iere ▁á ▁los ▁C al de os ▁vivir á , ▁pues ▁su ▁vida ▁le ▁será ▁por ▁despojo , ▁y ▁vivir á .
▁Entonces ▁tomaron ▁ellos ▁á ▁Je re m ía s , ▁é ▁ hi ci é ron lo ▁echar ▁en ▁la ▁ ma z mo r ra ▁de ▁Ma l ch î as ▁hijo ▁de ▁A me le ch , ▁que ▁estaba ▁en ▁el ▁pa t i o ▁de ▁la ▁c á r ce l ; ▁y ▁me t ieron ▁á ▁Je re m ía s ▁con ▁so ga s . ▁Y ▁en ▁la ▁ ma z mo r ra ▁no ▁había ▁agua , ▁sin o ▁cien o ; ▁y ▁ hu n di óse ▁Je re m ía s ▁en ▁el ▁cien o .
▁Entonces ▁mandó ▁el ▁rey ▁al ▁mismo ▁E b ed - me le c ▁E t i o pe , ▁diciendo : ▁Toma ▁en ▁tu ▁pod er ▁treinta ▁hombres ▁de ▁aquí , ▁y ▁ha z ▁saca r ▁á ▁Je re m ía s ▁profeta ▁de ▁la ▁ ma z mo r ra , ▁antes ▁que ▁muera .
▁Después ▁envió ▁el ▁rey ▁Se de ch î as , ▁é ▁hizo ▁tra er ▁á ▁sí ▁á ▁Je re m ía s ▁profeta ▁á ▁la ▁tercer a ▁entr ada ▁que ▁estaba ▁en ▁la ▁casa ▁de ▁Jehová . ▁Y ▁dijo ▁el ▁rey ▁á ▁Je re m ía s : ▁P re g ún to te ▁una ▁palabra , ▁no ▁me ▁en cu bra s ▁ninguna ▁cosa .
▁Mas ▁si ▁no ▁sal iere s ▁á ▁los ▁príncipes ▁del ▁rey ▁de ▁B ab il on i a , ▁esta ▁ciudad ▁será ▁entre g ada ▁en ▁mano ▁de ▁los ▁C al de os , ▁y ▁la ▁pondrá n ▁á ▁fuego , ▁y ▁tú ▁no ▁es ca p arás ▁de ▁sus ▁manos .
▁Y ▁he ▁aquí ▁que ▁todas ▁las ▁mujeres ▁que ▁han ▁que d ado ▁en ▁casa ▁del ▁rey ▁de ▁Judá , ▁serán ▁saca das ▁á ▁los ▁príncipes ▁del ▁rey ▁de ▁B ab il on i a ; ▁y ▁ella s ▁mis ma s ▁dirá n : ▁T e ▁han ▁en ga ñ ado , ▁y ▁pre v a le c ido ▁contra ▁ti ▁tu s ▁am i go s ▁ ; ▁a to l l aron ▁en ▁el ▁cien o ▁tu s ▁pie s , ▁se ▁volvieron ▁at rás .
▁Le s ▁dirá s : ▁Su p li qué ▁al ▁rey ▁que ▁no ▁me ▁ hi ci e se ▁torn ar ▁á ▁casa ▁de ▁Jonathán ▁por que ▁no ▁me ▁mu ri e se ▁allí .
▁Y ▁en ▁el ▁un d é ci mo ▁año ▁de ▁Se de ch î as , ▁en ▁el ▁me s ▁cu ar to , ▁á ▁los ▁ n ue v e ▁del ▁me s , ▁fué ▁ ro ta ▁la ▁ciudad ;
▁Y ▁de go l l ó ▁el ▁rey ▁de ▁B ab il on i a ▁los ▁hijos ▁de ▁Se de ch î as ▁á ▁su ▁presencia ▁en ▁R i b la , ▁ha c iendo ▁a simismo ▁degollar ▁el ▁rey ▁de ▁B ab il on i a ▁á ▁todos ▁los ▁no ble s ▁de ▁Judá .
▁E mpero ▁N ab u za ra d án , ▁capitán ▁de ▁la ▁guard i a , ▁hizo ▁quedar ▁en ▁tierra ▁de ▁Judá ▁del ▁ v u l go ▁de ▁los ▁p o bre s ▁que ▁no ▁tenía n ▁nada , ▁y ▁dió les ▁entonces ▁viña s ▁y ▁heredad es .
▁En vi aron ▁entonces , ▁y ▁tomaron ▁á ▁Je re m ía s ▁del ▁pa t i o ▁de ▁la ▁c á r ce l , ▁y ▁entre g áronlo ▁á ▁Ge da l ía s ▁hijo ▁de ▁Ahi c am , ▁hijo ▁de ▁S a ph án , ▁para ▁que ▁lo ▁saca se ▁á ▁casa : ▁y ▁vivió ▁entre ▁el ▁pueblo .
▁Porque ▁c iertamente ▁te ▁libr aré , ▁y ▁no ▁ca e rás ▁á ▁cuchillo , ▁sin o ▁que ▁tu ▁vida ▁te ▁será ▁por ▁despojo , ▁por que ▁tu vi s te ▁con f i an za ▁en ▁mí , ▁di ce ▁Jehová .
▁Y ▁ahora ▁yo ▁te ▁he ▁so l t ado ▁hoy ▁de ▁las ▁es p os as ▁que t en ía s en ▁tu s ▁manos . ▁Si ▁te ▁está ▁bien ▁ven ir ▁conmigo ▁á ▁B ab il on i a , ▁ven , ▁y ▁yo ▁mira ré ▁por ▁ti ; ▁mas ▁si ▁no ▁te ▁está ▁bien ▁ven ir ▁conmigo ▁á ▁B ab il on i a , ▁d é ja lo : ▁mira , ▁toda ▁la ▁tierra ▁está ▁delante ▁de ▁ti ; ▁ve ▁á ▁don de ▁mejor ▁y ▁más ▁ cómo do ▁te ▁pareciere ▁ir .
▁ V in ieron ▁luego ▁á ▁Ge da l ía s ▁en ▁Mizpa , ▁es ▁á ▁sabe r , ▁I s ma el ▁hijo ▁de ▁N eth an ía s , ▁y ▁ J o h an án ▁y ▁Jonathán ▁hijos ▁de ▁C are a , ▁y ▁Se ra ía s ▁hijo ▁de ▁T an hu m eth , ▁y ▁los ▁hijos ▁de ▁E ph i ▁N e to ph a t ita , ▁y ▁Je za n ía s ▁hijo ▁de ▁Ma a ch â t i , ▁ellos ▁y ▁sus ▁hombres .
▁Todo s ▁estos ▁ J ud í os ▁torn aron ▁entonces ▁de ▁todas ▁las ▁parte s ▁ ado n de ▁habían ▁sido ▁echa do s , ▁y ▁vinieron ▁á ▁tierra ▁de ▁Judá , ▁á ▁Ge da l ía s ▁en ▁Mizpa ; ▁y ▁co g ieron ▁vino ▁y ▁mu y ▁mucho s ▁fruto s .
▁P er o ▁Ge da l ía s ▁hijo ▁de ▁Ahi c am ▁dijo ▁á ▁ J o h an án ▁hijo ▁de ▁C are a : ▁No ▁haga s ▁esto , ▁por que ▁f al s o ▁es ▁lo ▁que ▁tú ▁di ce s ▁de ▁I s ma el .
▁Su c ed ió ▁además , ▁un ▁día ▁después ▁que ▁mató ▁á ▁Ge da l ía s , ▁cuando ▁nadie ▁lo ▁s ab ía ▁a ún ,
▁Mas ▁entre ▁aquello s ▁fueron ▁halla do s ▁diez ▁hombres ▁que ▁dijeron ▁á ▁I s ma el : ▁No ▁no s ▁ ma te s ; ▁por que ▁ten emos ▁en ▁el ▁campo ▁te s or os ▁de ▁trigo s , ▁y ▁ ce ba das , ▁y ▁aceite , ▁y ▁mi el . ▁Y ▁de j ólo s , ▁y ▁no ▁los ▁mató ▁entre ▁sus ▁hermanos .
▁Entonces ▁tomaron ▁todos ▁los ▁hombres , ▁y ▁fueron ▁á ▁pe le ar ▁con ▁I s ma el ▁hijo ▁de ▁N eth an ía s , ▁y ▁ha l l áronlo ▁junto ▁á ▁A gu as - m u ch as ▁ , ▁que ▁es ▁en ▁ G aba ón .
▁Y ▁ J o h an án ▁hijo ▁de ▁C are a , ▁y ▁todos ▁los ▁príncipes ▁de ▁la ▁gente ▁de ▁guerra ▁que ▁con ▁él ▁estaban , ▁tomaron ▁todo ▁el ▁rest o ▁del ▁pueblo ▁que ▁habían ▁re co bra do ▁de ▁I s ma el ▁hijo ▁de ▁N eth an ía s , ▁de ▁Mizpa , ▁después ▁que ▁hirió ▁á ▁Ge da l ía s ▁hijo ▁de ▁Ahi c am : ▁hombres ▁de ▁guerra , ▁y ▁mujeres , ▁y ▁niño s , ▁y ▁los ▁ e un u co s ▁que ▁ J o h an án ▁había ▁hecho ▁torn ar ▁de ▁ G aba ón ;
▁Y ▁dijeron ▁á ▁Je re m ía s ▁profeta : ▁C a i ga ▁ahora ▁nuestro ▁ruego ▁delante ▁de ▁ti , ▁y ▁ r ue ga ▁por ▁nosotros ▁á ▁Jehová ▁tu ▁Dios , ▁por ▁todo ▁este ▁rest o , ▁ ( p ue s ▁he mos ▁que d ado ▁uno s ▁poco s ▁de ▁mucho s , ▁ como ▁no s ▁ven ▁tu s ▁ojos , )
▁O ra ▁sea ▁bueno , ▁or a ▁mal o , ▁á ▁la ▁voz ▁de ▁Jehová ▁nuestro ▁Dios , ▁al ▁cual ▁te ▁en vi a mos , ▁obedec e remos ; ▁para ▁que , ▁obedec iendo ▁á ▁la ▁voz ▁de ▁Jehová ▁nuestro ▁Dios , ▁ten ga mos ▁bien .
▁Si ▁os ▁quedar e is ▁ qui e to s ▁en ▁esta ▁tierra , ▁os ▁edifica ré , ▁y ▁no ▁os ▁destruir é ; ▁os ▁plant aré , ▁y ▁no ▁os ▁ar ra n c aré : ▁por que ▁ar re p en t ido ▁esto y ▁del ▁mal ▁que ▁os ▁he ▁hecho .
▁Y ▁diciendo : ▁No , ▁antes ▁no s ▁entrar emos ▁en ▁tierra ▁de ▁Egipto , ▁en ▁la ▁cual ▁no ▁ve remos ▁guerra , ▁ni ▁oir emos ▁son ido ▁de ▁ t ro m pe ta , ▁ni ▁ten d remos ▁hambre ▁de ▁pan , ▁y ▁all á ▁mor a remos :
▁Porque ▁así ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁C o mo ▁se ▁derram ó ▁mi ▁enoj o ▁y ▁mi ▁ir a ▁sobre ▁los ▁moradores ▁de ▁Jerusalem , ▁así ▁se ▁derram ará ▁mi ▁ir a ▁sobre ▁vosotros , ▁cuando ▁entrar e is ▁en ▁Egipto ; ▁y ▁se réis ▁por ▁ j ura ment o ▁y ▁por ▁es p an to , ▁y ▁por ▁mal di ción ▁y ▁por ▁a f r enta ; ▁y ▁no ▁ve réis ▁más ▁este ▁lugar .
▁Ahora ▁pues ▁sabe d ▁de ▁cierto ▁que ▁á ▁cuchillo , ▁y ▁de ▁hambre ▁y ▁pe s til en ci a , ▁mor i réis ▁en ▁el ▁lugar ▁don de ▁de se a steis ▁entrar ▁para ▁per e g ri n ar ▁allí .
▁No ▁obedec ió ▁pues ▁ J o h an án ▁hijo ▁de ▁C are a , ▁y ▁todos ▁los ▁of i ci a les ▁de ▁la ▁gente ▁de ▁guerra , ▁y ▁todo ▁el ▁pueblo , ▁á ▁la ▁voz ▁de ▁Jehová ▁para ▁quedar se ▁en ▁tierra ▁de ▁Judá ;
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Je re m ía s ▁en ▁T a ph n es , ▁diciendo :
▁Y ▁pondré ▁fuego ▁á ▁las ▁casa s ▁de ▁los ▁dioses ▁de ▁Egipto ; ▁y ▁las ▁que m ará , ▁y ▁á ▁ellos ▁llev ará ▁ca u t i v os ; ▁y ▁él ▁se ▁ve st irá ▁la ▁tierra ▁de ▁Egipto , ▁ como ▁el ▁pa st or ▁se ▁vi s te ▁su ▁ca pa , ▁y ▁saldrá ▁de ▁all á ▁en ▁paz .
▁A ▁causa ▁de ▁la ▁mal dad ▁de ▁ellos ▁que ▁come t ieron ▁para ▁hacer me ▁enoj ar , ▁ye ndo ▁á ▁of re cer ▁s a hu me ri os , ▁ho n r ando ▁dioses ▁ajenos ▁que ▁ellos ▁no ▁habían ▁conoc ido , ▁vosotros , ▁ni ▁vuestro s ▁padres .
▁Ahora ▁pues , ▁así ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁¿ Por ▁qué ▁ha c éis ▁ t an ▁grande ▁mal ▁contra ▁vuestras ▁alma s , ▁para ▁ser ▁tal ados ▁varón ▁y ▁mujer , ▁niño ▁y ▁ ma man te , ▁de ▁en ▁medio ▁de ▁Judá , ▁sin ▁que ▁os ▁que de ▁re s id u o ▁alguno ;
▁Por ▁tanto , ▁así ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁He ▁aquí ▁que ▁yo ▁pon go ▁mi ▁rostro ▁en ▁vosotros ▁para ▁mal , ▁y ▁para ▁destruir ▁á ▁todo ▁Judá .
▁Entonces ▁todos ▁los ▁que ▁s ab ían ▁que ▁sus ▁mujeres ▁habían ▁of recido ▁s a hu me ri os ▁á ▁dioses ▁ajenos , ▁y ▁todas ▁las ▁mujeres ▁que ▁estaban ▁presente s , ▁una ▁gran ▁con cu r re n ci a , ▁y ▁todo ▁el ▁pueblo ▁que ▁habitaba ▁en ▁tierra ▁de ▁Egipto , ▁en ▁P ath ro s , ▁respondieron ▁á ▁Je re m ía s , ▁diciendo :
▁Y ▁cuando ▁of re ci mos ▁s a hu me ri os ▁á ▁la ▁re in a ▁del ▁cielo , ▁y ▁le ▁derram a mos ▁li ba ciones , ▁¿ hi c í mos le ▁no s o tra s ▁to r ta s ▁para ▁tribu t ar le ▁cu l to , ▁y ▁le ▁derram a mos ▁li ba ciones , ▁sin ▁nuestro s ▁marido s ?
▁Porque ▁of re ci steis ▁s a hu me ri os , ▁y ▁pe ca steis ▁contra ▁Jehová , ▁y ▁no ▁obedec i steis ▁á ▁la ▁voz ▁de ▁Jehová , ▁ni ▁and u vi steis ▁en ▁su ▁le y , ▁ni ▁en ▁sus ▁estatuto s , ▁ni ▁en ▁sus ▁testimonio s : ▁por ▁tanto ▁ha ▁venido ▁sobre ▁vosotros ▁este ▁mal , ▁ como ▁hoy .
▁He ▁aquí ▁que ▁yo ▁ve lo ▁sobre ▁ellos ▁para ▁mal , ▁y ▁no ▁para ▁bien ; ▁y ▁todos ▁los ▁hombres ▁de ▁Judá ▁que ▁están ▁en ▁tierra ▁de ▁Egipto , ▁serán ▁consum ido s ▁á ▁cuchillo ▁y ▁de ▁hambre , ▁hast a ▁que ▁per e z ca n ▁del ▁todo .
▁P A L A B R A ▁que ▁habló ▁Je re m ía s ▁profeta ▁á ▁B ar u ch ▁hijo ▁de ▁N er ía s , ▁cuando ▁es c ri b ía ▁en ▁el ▁libr o ▁esta s ▁palabras ▁de ▁boca ▁de ▁Je re m ía s , ▁el ▁año ▁cu ar to ▁de ▁ J o a ci m ▁hijo ▁de ▁ J os ía s , ▁rey ▁de ▁Judá , ▁diciendo :
▁¿ Y ▁tú ▁busca s ▁para ▁ti ▁grande za s ? ▁No ▁bu s que s ; ▁por que ▁he ▁aquí ▁que ▁yo ▁tra i go ▁mal ▁sobre ▁toda ▁carne , ▁ha ▁dicho ▁Jehová , ▁y ▁á ▁ti ▁te ▁daré ▁tu ▁vida ▁por ▁despojo ▁en ▁todos ▁los ▁lugar es ▁ ado n de ▁fuere s .
▁Un ci d ▁caballo s , ▁y ▁su bi d , ▁vosotros ▁los ▁ca ba l l eros , ▁y ▁pon e os ▁con ▁ca pa ce te s ; ▁limpia d ▁las ▁la n za s , ▁ve st í os ▁de ▁lo ri ga s .
▁Egipto ▁ como ▁río ▁se ▁hin ch a , ▁y ▁las ▁aguas ▁se ▁mu e v en ▁ como ▁río s , ▁y ▁dijo : ▁Su bi ré , ▁cu b ri ré ▁la ▁tierra , ▁destruir é ▁la ▁ciudad ▁y ▁los ▁que ▁en ▁ella ▁mor an .
▁La s ▁gente s ▁ o y e ron ▁tu ▁a f r enta , ▁y ▁tu ▁c l am or ▁hin ch ió ▁la ▁tierra : ▁por que ▁fuerte ▁se ▁encontr ó ▁con ▁fuerte , ▁y ▁ca y e ron ▁ambos ▁junto s .
▁M u l t i p li c ó ▁los ▁ca í do s , ▁y ▁ cada ▁uno ▁cayó ▁sobre ▁su ▁com pa ñ er o , ▁y ▁dijeron : ▁Levántate ▁y ▁ v o l v á mo nos ▁á ▁nuestro ▁pueblo , ▁y ▁á ▁la ▁tierra ▁de ▁nuestro ▁nac imiento , ▁de ▁delante ▁de ▁la ▁espada ▁ven ce do ra .
▁Be cer ra ▁her mos a ▁Egipto ; ▁mas ▁viene ▁de st r u c ción , ▁del ▁a qui l ón ▁viene .
▁A ver g on z óse ▁la ▁hija ▁de ▁Egipto ; ▁entre g ada ▁será ▁en ▁mano ▁del ▁pueblo ▁del ▁a qui l ón .
▁T ú , ▁siervo ▁mío ▁Jacob , ▁no ▁tem as , ▁di ce ▁Jehová ; ▁por que ▁yo ▁soy ▁contigo : ▁por que ▁haré ▁consum ación ▁en ▁todas ▁las ▁gente s ▁á ▁las ▁cuales ▁te ▁ha b ré ▁echa do ; ▁mas ▁en ▁ti ▁no ▁haré ▁consum ación , ▁sin o ▁que ▁te ▁cast i g aré ▁con ▁juicio , ▁y ▁no ▁te ▁tal aré ▁del ▁todo .
▁A ▁causa ▁del ▁día ▁que ▁viene ▁para ▁de st r u c ción ▁de ▁todos ▁los ▁P al est in os , ▁para ▁tal ar ▁á ▁T i ro , ▁y ▁á ▁Si d ón , ▁á ▁todo ▁a y ud ado r ▁que ▁quedó ▁vi v o : ▁por que ▁Jehová ▁destruir á ▁á ▁los ▁P al est in os , ▁al ▁rest o ▁de ▁la ▁is la ▁de ▁C a ph to r .
▁A C E R C A ▁de ▁Moab . ▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁ ¡ A y ▁de ▁N e b o ! ▁que ▁fué ▁de st r u í da , ▁fué ▁a ver g on z ada ; ▁C h î ri ath a im ▁fué ▁toma da ; ▁fué ▁con f u s a ▁Mi s ga b , ▁y ▁de s ma y ó .
▁Porque ▁á ▁la ▁su bi da ▁de ▁L u hi th ▁con ▁ l lo ro ▁subir á ▁el ▁que ▁llora ; ▁por que ▁á ▁la ▁ba ja da ▁de ▁Hor on a im ▁los ▁enemigos ▁ o y e ron ▁c l am or ▁de ▁que bra n to .
▁Da d ▁al as ▁á ▁Moab , ▁para ▁que ▁ v o l ando ▁se ▁vaya ; ▁pues ▁serán ▁de s i er ta s ▁sus ▁ciudades ▁hast a ▁no ▁quedar ▁en ▁ella s ▁mor ado r .
▁Y ▁a ver g on za rás e ▁Moab ▁de ▁C h ê mos , ▁á ▁la ▁manera ▁que ▁la ▁casa ▁de ▁Israel ▁se ▁a ver g on z ó ▁de ▁Beth - el , ▁su ▁con f i an za .
▁C om pa de ce os ▁de ▁él ▁todos ▁los ▁que ▁está is ▁alrededor ▁suyo ; ▁y ▁todos ▁los ▁que ▁s a béis ▁su ▁nombre , ▁de ci d : ▁¿ C ó mo ▁se ▁que b r ó ▁la ▁va ra ▁de ▁fortaleza , ▁el ▁ b á cu lo ▁de ▁her mos ura ?
▁Y ▁que ▁vino ▁juicio ▁sobre ▁la ▁tierra ▁de ▁la ▁camp i ñ a ; ▁sobre ▁ H o l ón , ▁y ▁sobre ▁Ja h za h , ▁y ▁sobre ▁Me ph a ath ,
▁C or t ado ▁es ▁el ▁cu er no ▁de ▁Moab , ▁y ▁su ▁brazo ▁que bra n t ado , ▁di ce ▁Jehová .
▁O í do ▁he mos ▁la ▁so b er bi a ▁de ▁Moab , ▁que ▁es ▁mu y ▁so b er bi o : ▁su ▁hin ch az ón ▁y ▁su ▁or gu l lo , ▁y ▁su ▁al t ive z ▁y ▁la ▁al t an er ía ▁de ▁su ▁corazón .
▁Y ▁será ▁cor t ada ▁la ▁alegr ía ▁y ▁el ▁re go ci jo ▁de ▁los ▁campo s ▁la bra do s , ▁y ▁de ▁la ▁tierra ▁de ▁Moab : ▁y ▁haré ▁c es ar ▁el ▁vino ▁de ▁los ▁la gar es : ▁no ▁pi s arán ▁con ▁can ción ; ▁la ▁can ción ▁no ▁será ▁can ción .
▁Porque ▁en ▁toda ▁cabeza ▁habrá ▁ca l v a , ▁y ▁toda ▁bar ba ▁será ▁ ra í da ; ▁sobre ▁todas ▁manos ▁ ra s gu ñ os , ▁y ▁s a co s ▁sobre ▁todos ▁los ▁lo mos .
▁Toma das ▁son ▁las ▁ciudades , ▁y ▁toma das ▁son ▁las ▁fortaleza s ; ▁y ▁será ▁aquel ▁día ▁el ▁corazón ▁de ▁los ▁va l iente s ▁de ▁Moab ▁ como ▁el ▁corazón ▁de ▁mujer ▁en ▁an gu st i as .
▁A ▁la ▁so m bra ▁de ▁Hesbón ▁se ▁para ron ▁los ▁que ▁ hu ían ▁de ▁la ▁fuerza ; ▁mas ▁salió ▁fuego ▁de ▁Hesbón , ▁y ▁ l la ma ▁de ▁en ▁medio ▁de ▁Si h ón , ▁y ▁que m ó ▁el ▁ ri n c ón ▁de ▁Moab , ▁y ▁la ▁mo l le ra ▁de ▁los ▁hijos ▁re v o l to s os .
▁Por ▁tanto , ▁he ▁aquí ▁viene n ▁días , ▁ha ▁dicho ▁Jehová , ▁en ▁que ▁haré ▁oir ▁en ▁R ab ba ▁de ▁los ▁hijos ▁de ▁Ammón ▁c l am or ▁de ▁guerra ; ▁y ▁será ▁pues ta ▁en ▁mo n t ón ▁de ▁as o l amiento , ▁y ▁sus ▁ciudades ▁serán ▁pues ta s ▁á ▁fuego , ▁é ▁Israel ▁tomará ▁por ▁heredad ▁á ▁los ▁que ▁los ▁tomaron ▁á ▁ellos , ▁ha ▁dicho ▁Jehová .
▁Y ▁después ▁de ▁esto ▁haré ▁torn ar ▁la ▁ca u t i vi dad ▁de ▁los ▁hijos ▁de ▁Ammón , ▁di ce ▁Jehová .
▁Mas ▁yo ▁de s n ud aré ▁á ▁Esaú , ▁descubr i ré ▁sus ▁escond ri jo s , ▁y ▁no ▁pod rá ▁escond er se : ▁será ▁de st r u í da ▁su ▁simiente , ▁y ▁sus ▁hermanos , ▁y ▁sus ▁ve ci nos ; ▁y ▁no ▁será .
▁La ▁f a ma ▁ o í , ▁que ▁de ▁Jehová ▁había ▁sido ▁en vi ado ▁mensajero ▁á ▁las ▁gente s , ▁diciendo : ▁ J un ta os , ▁y ▁ven id ▁contra ▁ella , ▁y ▁levant a os ▁á ▁la ▁batalla .
▁C o mo ▁el ▁tras to r n amiento ▁de ▁Sodom a ▁y ▁de ▁Go mo r ra , ▁y ▁de ▁sus ▁ciudades ▁ve ci n as , ▁di ce ▁Jehová , ▁no ▁mor ará ▁allí ▁nadie , ▁ni ▁la ▁habita rá ▁hijo ▁de ▁hombre .
▁He ▁aquí ▁que ▁ como ▁á gu i la ▁subir á ▁y ▁ v o l ará , ▁y ▁extend e rá ▁sus ▁al as ▁sobre ▁B os ra : ▁y ▁el ▁corazón ▁de ▁los ▁va l iente s ▁de ▁Edom ▁será ▁en ▁aquel ▁día ▁ como ▁el ▁corazón ▁de ▁mujer ▁en ▁an gu st i as .
▁Por ▁tanto , ▁sus ▁mancebo s ▁ca e rán ▁en ▁sus ▁p la za s , ▁y ▁todos ▁los ▁hombres ▁de ▁guerra ▁morirá n ▁en ▁aquel ▁día , ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s .
▁Hu id , ▁tras p on e os ▁mu y ▁le jo s , ▁me te os ▁en ▁si ma s ▁para ▁esta r , ▁ o h ▁moradores ▁de ▁Ha s or , ▁di ce ▁Jehová ; ▁por que ▁tomó ▁con se jo ▁contra ▁vosotros ▁N ab u co do nos or ▁rey ▁de ▁B ab il on i a , ▁y ▁contra ▁vosotros ▁ha ▁for m ado ▁de s i g n i o .
▁P a la bra ▁de ▁Jehová ▁que ▁fué ▁á ▁Je re m ía s ▁profeta ▁acerca ▁de ▁El am , ▁en ▁el ▁pri n ci p i o ▁del ▁re in ado ▁de ▁Se de ch î as ▁rey ▁de ▁Judá , ▁diciendo :
▁Y ▁pondré ▁mi ▁si l la ▁en ▁El am , ▁y ▁destruir é ▁de ▁allí ▁rey ▁y ▁príncipe , ▁di ce ▁Jehová .
▁Porque ▁subió ▁contra ▁ella ▁gente ▁del ▁a qui l ón , ▁la ▁cual ▁pondrá ▁su ▁tierra ▁en ▁as o l amiento , ▁y ▁no ▁habrá ▁ni ▁hombre ▁ni ▁animal ▁que ▁en ▁ella ▁more : ▁mo v iéronse , ▁se ▁fueron .
▁Todo s ▁los ▁que ▁los ▁halla ba n , ▁los ▁com ían ; ▁y ▁decía n ▁sus ▁enemigos : ▁No ▁pecar emos , ▁por que ▁ellos ▁pecar on ▁á ▁Jehová ▁mor ada ▁de ▁justicia , ▁á ▁Jehová , ▁es per an za ▁de ▁sus ▁padres .
▁Porque ▁os ▁alegr a steis , ▁por que ▁os ▁go za steis ▁de st r u y e ndo ▁mi ▁heredad , ▁por que ▁os ▁he n ch i steis ▁ como ▁be cer ra ▁de ▁re n ue v os ▁ , ▁y ▁re l in ch a steis ▁ como ▁caballo s ;
▁ G ri ta d ▁contra ▁ella ▁en ▁derredor ; ▁dió ▁su ▁mano ; ▁ca í do ▁han ▁sus ▁f un da ment os , ▁de r ri b ados ▁son ▁sus ▁mu ro s ; ▁por que ▁ven ga n za ▁es ▁de ▁Jehová . ▁Toma d ▁ven ga n za ▁de ▁ella ; ▁ha c ed ▁con ▁ella ▁ como ▁ella ▁hizo .
▁Y ▁volver é ▁á ▁tra er ▁á ▁Israel ▁á ▁su ▁mor ada , ▁y ▁pa ce rá ▁en ▁el ▁Carmel o ▁y ▁en ▁Basán ; ▁y ▁en ▁el ▁monte ▁de ▁Ephraim ▁y ▁de ▁Galaad ▁se ▁ha r t ará ▁su ▁alma .
▁ ¡ C ó mo ▁fué ▁cor t ado ▁y ▁que bra do ▁el ▁mar til lo ▁de ▁toda ▁la ▁tierra ! ▁ ¡ cómo ▁se ▁torn ó ▁B ab il on i a ▁en ▁desierto ▁entre ▁las ▁gente s !
▁Ma ta d ▁todos ▁sus ▁no vi l los ; ▁vaya n ▁al ▁mata der o : ▁ ¡ a y ▁de ▁ellos ! ▁que ▁venido ▁es ▁su ▁día , ▁el ▁tiempo ▁de ▁su ▁visit ación .
▁He ▁aquí ▁yo ▁contra ▁ti , ▁ o h ▁so b er bi o , ▁di ce ▁el ▁Señor ▁Jehová ▁de ▁los ▁ejército s : ▁por que ▁tu ▁día ▁es ▁venido , ▁el ▁tiempo ▁en ▁que ▁te ▁visit aré .
▁C u ch ill o ▁sobre ▁los ▁C al de os , ▁di ce ▁Jehová , ▁y ▁sobre ▁los ▁moradores ▁de ▁B ab il on i a , ▁y ▁sobre ▁sus ▁príncipes , ▁y ▁sobre ▁sus ▁s a bi os .
▁Por ▁tanto , ▁allí ▁mor arán ▁bestia s ▁monte se s ▁con ▁lo b os , ▁mor arán ▁también ▁en ▁ella ▁p o l los ▁de ▁ ave st r u z : ▁y ▁no ▁más ▁será ▁p o b l ada ▁para ▁siempre , ▁ni ▁se ▁habita rá ▁de ▁generación ▁en ▁generación .
▁O y ó ▁su ▁f a ma ▁el ▁rey ▁de ▁B ab il on i a , ▁y ▁sus ▁manos ▁se ▁de s co y un t aron : ▁an gu st i a ▁le ▁tomó , ▁do l or ▁ como ▁de ▁mujer ▁de ▁part o .
▁A S Í ▁ha ▁dicho ▁Jehová : ▁He ▁aquí ▁que ▁yo ▁levant o ▁sobre ▁B ab il on i a , ▁y ▁sobre ▁sus ▁moradores ▁que ▁se ▁levant an ▁contra ▁mí , ▁un ▁vi en to ▁de st r u ido r .
▁Porque ▁Israel ▁y ▁Judá ▁no ▁han ▁en vi ud ado ▁de ▁su ▁Dios , ▁Jehová ▁de ▁los ▁ejército s , ▁aun que ▁su ▁tierra ▁fué ▁llena ▁de ▁pecado ▁contra ▁el ▁S an to ▁de ▁Israel .
▁C ura mos ▁á ▁B ab il on i a , ▁y ▁no ▁ha ▁s an ado : ▁de ja d la , ▁y ▁ v á mo nos ▁ cada ▁uno ▁á ▁su ▁tierra ; ▁por que ▁lleg ado ▁ha ▁hast a ▁el ▁cielo ▁su ▁juicio , ▁y ▁al z á do se ▁hast a ▁las ▁nube s .
▁La ▁que ▁mor as ▁entre ▁much as ▁aguas , ▁ ri ca ▁en ▁te s or os , ▁venido ▁ha ▁tu ▁fin , ▁la ▁me di da ▁de ▁tu ▁co di ci a .
▁Todo ▁hombre ▁se ▁ha ▁in f a tu ado ▁y ▁es ▁sin ▁cien ci a : ▁a ver g ü é n za se ▁todo ▁art í f i ce ▁de ▁la ▁es cu l t ura , ▁por que ▁men t i ra ▁es ▁su ▁va ci a di zo , ▁que ▁no ▁tiene ▁espíritu .
▁Y ▁por ▁tu ▁medio ▁que bra n t aré ▁caballo s ▁y ▁sus ▁ca ba l g ado res , ▁y ▁por ▁medio ▁de ▁ti ▁que bra n t aré ▁carro s ▁y ▁los ▁que ▁en ▁ellos ▁su b en ;
▁He ▁aquí ▁yo ▁contra ▁ti , ▁ o h ▁monte ▁de st r u ido r , ▁di ce ▁Jehová , ▁que ▁de st r u iste ▁toda ▁la ▁tierra ; ▁y ▁extend er é ▁mi ▁mano ▁sobre ▁ti , ▁y ▁te ▁haré ▁rod ar ▁de ▁las ▁peña s , ▁y ▁te ▁torn aré ▁monte ▁que m ado .
▁Y ▁tem b l ará ▁la ▁tierra , ▁y ▁aflig irá se ; ▁por que ▁confirm ado ▁es ▁contra ▁B ab il on i a ▁todo ▁el ▁pe n s amiento ▁de ▁Jehová , ▁para ▁pon er ▁la ▁tierra ▁de ▁B ab il on i a ▁en ▁so le dad , ▁y ▁que ▁no ▁haya ▁mor ado r .
▁Porque ▁así ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁Dios ▁de ▁Israel : ▁La ▁hija ▁de ▁B ab il on i a ▁es ▁ como ▁par v a ; ▁tiempo ▁es ▁y a ▁de ▁ t r ill ar la : ▁de ▁aquí ▁á ▁poco ▁le ▁vendrá ▁el ▁tiempo ▁de ▁la ▁si e ga .
▁Y ▁será ▁B ab il on i a ▁para ▁mo n to n es , ▁mor ada ▁de ▁ch a ca les , ▁es p an to ▁y ▁si l b o , ▁sin ▁mor ado r .
▁ ¡ C ó mo ▁fué ▁pre s a ▁Se s a ch , ▁y ▁fué ▁toma da ▁la ▁que ▁era ▁al aba da ▁por ▁toda ▁la ▁tierra ! ▁ ¡ C ó mo ▁fué ▁B ab il on i a ▁por ▁es p an to ▁entre ▁las ▁gente s !
▁Sal id ▁de ▁en ▁medio ▁de ▁ella , ▁pueblo ▁mío , ▁y ▁salva d ▁ cada ▁uno ▁su ▁vida ▁de ▁la ▁ir a ▁del ▁furor ▁de ▁Jehová .
▁P ue s ▁que ▁B ab il on i a ▁fué ▁causa ▁que ▁ca y es en ▁muerto s ▁de ▁Israel , ▁también ▁de ▁B ab il on i a ▁ca e rán ▁muerto s ▁de ▁toda ▁la ▁tierra .
▁Si ▁su bi e se ▁B ab il on i a ▁al ▁cielo , ▁y ▁si ▁for ta le c iere ▁en ▁lo ▁al to ▁su ▁fuerza , ▁de ▁mí ▁vendrá n ▁á ▁ella ▁de st r u ido res , ▁di ce ▁Jehová .
▁Y ▁ em b ri a g aré ▁sus ▁príncipes ▁y ▁sus ▁s a bi os , ▁sus ▁ca p ita n es ▁y ▁sus ▁no ble s ▁y ▁sus ▁fuerte s ; ▁y ▁do r mi rán ▁sueño ▁ e t er no ▁y ▁no ▁de s per t arán , ▁di ce ▁el ▁Re y , ▁cu y o ▁nombre ▁es ▁Jehová ▁de ▁los ▁ejército s .
▁Y ▁dijo ▁Je re m ía s ▁á ▁Se ra ía s : ▁Cuan do ▁llegar es ▁á ▁B ab il on i a , ▁y ▁ vier es ▁y ▁le y er es ▁todas ▁esta s ▁cosas ,
▁E R A ▁Se de ch î as ▁de ▁edad ▁de ▁veinti ún ▁años ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁reinó ▁on ce ▁años ▁en ▁Jerusalem . ▁Su ▁madre ▁se ▁llamaba ▁Ha m u ta l , ▁hija ▁de ▁Je re m ía s , ▁de ▁L i b n a .
▁Y ▁estuv o ▁cerca da ▁la ▁ciudad ▁hast a ▁el ▁un d é ci mo ▁año ▁del ▁rey ▁Se de ch î as .
▁Entonces ▁pre nd ieron ▁al ▁rey , ▁é ▁ hi c iéronle ▁ven ir ▁al ▁rey ▁de ▁B ab il on i a , ▁á ▁R i b la ▁en ▁tierra ▁de ▁Ha ma th , ▁don de ▁pro nunc ió ▁contra ▁él ▁sent en ci a .
▁Y ▁que m ó ▁la ▁casa ▁de ▁Jehová , ▁y ▁la ▁casa ▁del ▁rey , ▁y ▁todas ▁las ▁casa s ▁de ▁Jerusalem ; ▁y ▁abr as ó ▁con ▁fuego ▁todo ▁grande ▁ ed i f i ci o .
▁Y ▁los ▁C al de os ▁que bra ron ▁las ▁co l u m n as ▁de ▁br on ce ▁que ▁estaban ▁en ▁la ▁casa ▁de ▁Jehová , ▁y ▁las ▁basas , ▁y ▁el ▁mar ▁de ▁br on ce ▁que ▁estaba ▁en ▁la ▁casa ▁de ▁Jehová , ▁y ▁llev aron ▁todo ▁el ▁metal ▁á ▁B ab il on i a .
▁Cuan to ▁á ▁las ▁co l u m n as , ▁la ▁al t ura ▁de ▁la ▁co l u m n a ▁era ▁de ▁die ci o ch o ▁codos , ▁y ▁un ▁ hi lo ▁de ▁do ce ▁codos ▁la ▁rod e aba : ▁y ▁su ▁gr ue s o ▁era ▁de ▁cuatro ▁de do s , ▁y ▁ hu e ca .
▁Y ▁de ▁la ▁ciudad ▁tomó ▁un ▁ e un u co ▁que ▁era ▁capitán ▁sobre ▁los ▁hombres ▁de ▁guerra , ▁y ▁siete ▁hombres ▁de ▁los ▁con t in u os ▁del ▁rey , ▁que ▁se ▁halla ron ▁en ▁la ▁ciudad ; ▁y ▁al ▁principal ▁secret ar i o ▁de ▁la ▁mil i ci a , ▁que ▁re vi st aba ▁el ▁pueblo ▁de ▁la ▁tierra ▁para ▁la ▁guerra ; ▁y ▁se s enta ▁hombres ▁del ▁ v u l go ▁del ▁país , ▁que ▁se ▁halla ron ▁dentro ▁de ▁la ▁ciudad .
▁En ▁el ▁año ▁die ci o ch o ▁hizo ▁N ab u co do nos or ▁tras por t ar ▁de ▁Jerusalem ▁oc h o ci enta s ▁treinta ▁y ▁dos ▁persona s :
▁ H í zo le ▁mu d ar ▁también ▁los ▁vestidos ▁de ▁su ▁pri s ió n , ▁y ▁com ía ▁pan ▁delante ▁de ▁él ▁siempre ▁todos ▁los ▁días ▁de ▁su ▁vida .
▁F u é se ▁Judá , ▁á ▁causa ▁de ▁la ▁a f li c ción , ▁y ▁de ▁la ▁grande za ▁de ▁ serv id umb re ; ▁ella ▁mor ó ▁entre ▁las ▁gente s , ▁y ▁no ▁halló ▁de s ca n s o : ▁todos ▁sus ▁per se gu ido res ▁la ▁al ca n z aron ▁entre ▁es t re ch ura s .
▁Jerusalem , ▁cuando ▁cayó ▁su ▁pueblo ▁en ▁mano ▁del ▁enemigo ▁y ▁no ▁hubo ▁quien ▁le ▁a y u das e , ▁se ▁a co r d ó ▁de ▁los ▁días ▁de ▁su ▁a f li c ción , ▁y ▁de ▁sus ▁rebel ion es , ▁y ▁de ▁todas ▁sus ▁cosas ▁de se ab les ▁que ▁tuvo ▁de s de ▁los ▁tiempo s ▁an t i gu os : ▁mi rá ron la ▁los ▁enemigos , ▁y ▁es c ar n e c ieron ▁de ▁sus ▁sábado s .
▁Todo ▁su ▁pueblo ▁bu s c ó ▁su ▁pan ▁sus p ir ando ; ▁d ieron ▁por ▁la ▁com i da ▁todas ▁sus ▁cosas ▁precio s as , ▁para ▁entre t en er ▁la ▁vida . ▁Mi ra , ▁ o h ▁Jehová , ▁y ▁ve ▁que ▁esto y ▁ aba t i da .
▁El ▁Señor ▁ha ▁ho l l ado ▁todos ▁mis ▁fuerte s ▁en ▁medio ▁de ▁mí ; ▁llamó ▁contra ▁mí ▁com pa ñ ía ▁para ▁que bra n t ar ▁mis ▁mancebo s : ▁ como ▁la gar ▁ha ▁pi s ado ▁el ▁Señor ▁á ▁la ▁vi r g en ▁hija ▁de ▁Judá .
▁ D í ▁voces ▁á ▁mis ▁am ado res , ▁mas ▁ellos ▁me ▁han ▁en ga ñ ado ; ▁mis ▁sacerdote s ▁y ▁mis ▁ancianos ▁en ▁la ▁ciudad ▁per e c ieron , ▁busca ndo ▁com i da ▁para ▁sí ▁con ▁que ▁entre t en er ▁su ▁vida .
▁ ¡ C Ó M O ▁os cu re ció ▁el ▁Señor ▁en ▁su ▁furor ▁á ▁la ▁hija ▁de ▁Si ón ! ▁De r ri b ó ▁del ▁cielo ▁á ▁la ▁tierra ▁la ▁her mos ura ▁de ▁Israel , ▁y ▁no ▁se ▁a co r d ó ▁del ▁es tra do ▁de ▁sus ▁pie s ▁en ▁el ▁día ▁de ▁su ▁ir a .
▁F u é ▁el ▁Señor ▁ como ▁enemigo , ▁de st r u y ó ▁á ▁Israel ; ▁de st r u y ó ▁todos ▁sus ▁pa la ci os , ▁di s i p ó ▁sus ▁fortaleza s : ▁y ▁multiplic ó ▁en ▁la ▁hija ▁de ▁Judá ▁la ▁ t r iste za ▁y ▁la ment o .
▁Su s ▁puerta s ▁fueron ▁echa das ▁por ▁tierra , ▁de st r u y ó ▁y ▁que bra n t ó ▁sus ▁ cer ro jo s : ▁su ▁rey ▁y ▁sus ▁príncipes ▁están ▁entre ▁las ▁gente s ▁don de ▁no ▁hay ▁le y ; ▁sus ▁profeta s ▁ t am p o co ▁halla ron ▁vi s ió n ▁de ▁Jehová .
▁¿ Qué ▁testigo ▁te ▁tra er é , ▁ó ▁á ▁qu ién ▁te ▁haré ▁se me ja n te , ▁hija ▁de ▁Jerusalem ? ▁¿ A ▁qu ién ▁te ▁com para ré ▁para ▁con s o l ar te , ▁ o h ▁vi r g en ▁hija ▁de ▁Si ón ? ▁Porque ▁grande ▁es ▁tu ▁que bra n t amiento ▁ como ▁la ▁mar : ▁¿ qui é n ▁te ▁me di ci n ará ?
▁Jehová ▁ha ▁hecho ▁lo ▁que ▁tenía ▁de t er mi n ado , ▁ha ▁cumpl ido ▁su ▁palabra ▁que ▁él ▁había ▁mandado ▁de s de ▁tiempo ▁an t i gu o : ▁de st r u y ó , ▁y ▁no ▁perdon ó ; ▁y ▁alegr ó ▁sobre ▁ti ▁al ▁enemigo , ▁y ▁en al te ció ▁el ▁cu er no ▁de ▁tu s ▁a d ver s ar i os .
▁N i ñ os ▁y ▁viejo s ▁y a c ían ▁por ▁tierra ▁en ▁las ▁ca l les ; ▁mis ▁ v í r g en es ▁y ▁mis ▁mancebo s ▁ca y e ron ▁á ▁cuchillo : ▁mata s te ▁en ▁el ▁día ▁de ▁tu ▁furor , ▁de go l l aste , ▁no ▁perdon aste .
▁C iertamente ▁contra ▁mí ▁volvió ▁y ▁re v o l vi ó ▁su ▁mano ▁todo ▁el ▁día .
▁C er c ó me ▁por ▁todos ▁la do s , ▁y ▁no ▁pu ed o ▁sal ir ; ▁a g ra v ó ▁mis ▁gr ill os .
▁T or ció ▁mis ▁camino s , ▁y ▁de p ed az ó me ; ▁torn ó me ▁as o l ado .
▁Ha r t ó me ▁de ▁am ar gu ra s , ▁ em b ri a g ó me ▁de ▁a je n jo s .
▁A cu é r da te ▁de ▁mi ▁a f li c ción ▁y ▁de ▁mi ▁ aba t imiento , ▁del ▁a je n jo ▁y ▁de ▁la ▁ hi el .
▁N ue v as ▁son ▁ cada ▁mañana ; ▁grande ▁es ▁tu ▁f id el i dad .
▁B ue no ▁es ▁al ▁hombre , ▁si ▁llev are ▁el ▁y u go ▁de s de ▁su ▁mo ce dad .
▁Porque ▁el ▁Señor ▁no ▁de se ch ará ▁para ▁siempre :
▁Ha cer ▁apart ar ▁el ▁derecho ▁del ▁hombre ▁an te ▁la ▁presencia ▁del ▁A l t í s im o ,
▁¿ Por ▁qué ▁murmur a ▁el ▁hombre ▁vi vi ente , ▁el ▁hombre ▁en ▁su ▁pecado ?
▁De s p le g aste ▁la ▁ir a , ▁y ▁no s ▁per se gu iste ; ▁mata s te , ▁no ▁perdon aste .
▁T em or ▁y ▁la zo ▁fué ▁para ▁nosotros , ▁as o l amiento ▁y ▁que bra n t amiento .
▁Mi s ▁ojos ▁con t ri st aron ▁mi ▁alma , ▁por ▁todas ▁las ▁hijas ▁de ▁mi ▁ciudad .
▁I n v o qué ▁tu ▁nombre , ▁ o h ▁Jehová , ▁de s de ▁la ▁c á r ce l ▁pro f un da .
▁T ú ▁has ▁visto , ▁ o h ▁Jehová , ▁mi ▁a g ra vi o ; ▁de f i en de ▁mi ▁causa .
▁Su ▁sent ar se , ▁y ▁su ▁levant ar se ▁mira : ▁yo ▁soy ▁su ▁can ción .
▁ ¡ C Ó M O ▁se ▁ha ▁os cu recido ▁el ▁oro ! ▁ ¡ C ó mo ▁el ▁bu en ▁oro ▁se ▁ha ▁de m ud ado ▁ ! ▁La s ▁piedra s ▁del ▁santuario ▁están ▁esparci das ▁por ▁las ▁en c r u ci ja das ▁de ▁todas ▁las ▁ca l les .
▁Lo s ▁que ▁com ían ▁del i cada mente , ▁as o l ados ▁fueron ▁en ▁las ▁ca l les ; ▁los ▁que ▁se ▁c ri aron ▁en ▁carmesí , ▁abr az aron ▁los ▁este r co l eros .
▁M ás ▁dicho s os ▁fueron ▁los ▁muerto s ▁á ▁cuchillo ▁que ▁los ▁muerto s ▁del ▁hambre ; ▁por que ▁é st os ▁mu r ieron ▁poco ▁á ▁poco ▁por ▁falta ▁de ▁los ▁fruto s ▁de ▁la ▁tierra .
▁E s ▁por ▁los ▁pecado s ▁de ▁sus ▁profeta s , ▁por ▁las ▁mal dad es ▁de ▁sus ▁sacerdote s , ▁que ▁derram aron ▁en ▁medio ▁de ▁ella ▁la ▁sangre ▁de ▁los ▁just os .
▁A un ▁no s ▁han ▁de s f al le c ido ▁nuestro s ▁ojos ▁tras ▁nuestro ▁va no ▁so co r ro : ▁en ▁nuestra ▁es per an za ▁agua r da mos ▁gente ▁que ▁no ▁pu ed e ▁salva r .
▁ G ó za te ▁y ▁al é g ra te , ▁hija ▁de ▁Edom , ▁la ▁que ▁habita s ▁en ▁tierra ▁de ▁Hu s : ▁aun ▁hast a ▁ti ▁pasar á ▁el ▁c á li z ; ▁ em b ri a gar te ▁has , ▁y ▁ v om ita rás .
▁Hu é r f an os ▁so mos ▁sin ▁padre , ▁nuestra s ▁madre s ▁ como ▁vi u das .
▁N u est ro s ▁padres ▁pecar on , ▁y ▁son ▁muerto s ; ▁y ▁nosotros ▁llev a mos ▁sus ▁cast i go s .
▁ V i o l aron ▁á ▁las ▁mujeres ▁en ▁Si ón , ▁á ▁las ▁ v í r g en es ▁en ▁las ▁ciudades ▁de ▁Judá .
▁C es ó ▁el ▁go zo ▁de ▁nuestro ▁corazón ; ▁nuestro ▁cor ro ▁se ▁torn ó ▁en ▁lu to .
▁Mas ▁tú , ▁Jehová , ▁per man e ce rás ▁para ▁siempre : ▁tu ▁trono ▁de ▁generación ▁en ▁generación .
▁Y ▁F U É que á ▁los ▁treinta ▁años , ▁en ▁el ▁me s cu ar to , ▁á ▁cinco ▁del ▁me s , ▁esta ndo ▁yo ▁en ▁medio ▁de ▁los ▁tras por t ados ▁junto ▁al ▁río ▁de ▁Che b ar , ▁los ▁cielo s ▁se ▁abr ieron , ▁y ▁vi ▁vi s ion es ▁de ▁Dios .
▁Y ▁en ▁medio ▁de ▁ella , ▁f i gu ra ▁de ▁cuatro ▁animal es . ▁Y ▁este ▁era ▁su ▁par e cer ; ▁había ▁en ▁ellos ▁se me ja n za ▁de ▁hombre .
▁C on ▁las ▁al as ▁se ▁junt aban ▁el ▁uno ▁al ▁otro . ▁No ▁se ▁ v o l v ían ▁cuando ▁and aban ; ▁ cada ▁uno ▁ca mi n aba ▁en ▁derecho ▁de ▁su ▁rostro .
▁Cuan to ▁á ▁la ▁se me ja n za ▁de ▁los ▁animal es , ▁su ▁par e cer ▁era ▁ como ▁de ▁ca r b on es ▁de ▁fuego ▁en ce nd ido s , ▁ como ▁par e cer ▁de ▁ha ch on es ▁en ce nd ido s : ▁di s cu r r ía ▁entre ▁los ▁animal es ; ▁y ▁el ▁fuego ▁re s p l an de c ía , ▁y ▁del ▁fuego ▁sal ían ▁re l á m pa go s .
▁Cuan do ▁and aban , ▁se ▁mo v ían ▁sobre ▁sus ▁cuatro ▁co st ados : ▁no ▁se ▁ v o l v ían ▁cuando ▁and aban .
▁Cuan do ▁ellos ▁and aban , ▁and aban ▁ella s ; ▁y ▁cuando ▁ellos ▁se ▁par aban , ▁se ▁par aban ▁ella s ; ▁a simismo ▁cuando ▁se ▁levant aban ▁de ▁la ▁tierra , ▁las ▁ r ue das ▁se ▁levant aban ▁tras ▁ellos ; ▁por que ▁el ▁espíritu ▁de ▁los ▁animal es ▁estaba ▁en ▁las ▁ r ue das .
▁Y ▁cuando ▁se ▁par aban ▁y ▁a f lo j aban ▁sus ▁al as , ▁ o ía se ▁voz ▁de ▁arriba ▁de ▁la ▁ex p an s ió n ▁que ▁había ▁sobre ▁sus ▁cabeza s .
▁Y ▁ D Í J O M E : ▁Hi jo ▁del ▁hombre , ▁está ▁sobre ▁tu s ▁pie s , ▁y ▁hablar é ▁contigo .
▁A ca s o ▁ellos ▁es cu ch en ; ▁y ▁si ▁no ▁es cu ch ar en , ▁ ( por que ▁son ▁una ▁rebel de ▁familia , ) ▁siempre ▁conoc e rán ▁que ▁hubo ▁profeta ▁entre ▁ellos .
▁Y ▁mi ré , ▁y ▁he ▁aquí ▁una ▁mano ▁me ▁fué ▁en vi ada , ▁y ▁en ▁ella ▁había ▁un ▁ ro l lo ▁de ▁libr o .
▁Y ▁d í jo me : ▁Hi jo ▁del ▁hombre , ▁ha z ▁á ▁tu ▁vi en t re ▁que ▁com a , ▁é ▁hin ch e ▁tu s ▁entr a ñ as ▁de ▁este ▁ ro l lo ▁que ▁yo ▁te ▁do y . ▁Y ▁com í lo , ▁y ▁fué ▁en ▁mi ▁boca ▁d u l ce ▁ como ▁mi el .
▁Mas ▁la ▁casa ▁de ▁Israel ▁no ▁te ▁que r rán ▁oir , ▁por que ▁no ▁me ▁qu iere n ▁oir ▁á ▁mí : ▁por que ▁toda ▁la ▁casa ▁de ▁Israel ▁son ▁ti es os ▁de ▁f r ente , ▁y ▁d ur os ▁de ▁corazón .
▁Y ▁ve , ▁y ▁entr a ▁á ▁los ▁tras por t ados , ▁á ▁los ▁hijos ▁de ▁tu ▁pueblo , ▁y ▁les ▁habla rás ▁y ▁les ▁dirá s : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová ; ▁es cu ch en , ▁ó ▁de je n ▁de ▁es cu ch ar .
▁Y ▁vi n e ▁á ▁los ▁tras por t ados ▁en ▁T e la bi b , ▁que ▁mor aban ▁junto ▁al ▁río ▁de ▁Che b ar , ▁y ▁as en t é ▁don de ▁ellos ▁estaban ▁as enta do s , ▁y ▁allí ▁per man e c í ▁siete ▁días ▁at ón i to ▁entre ▁ellos .
▁Y ▁si ▁tú ▁am on est are s ▁al ▁imp í o , ▁y ▁él ▁no ▁se ▁con vi r t iere ▁de ▁su ▁imp i ed ad , ▁y ▁de ▁su ▁mal ▁camino , ▁él ▁morirá ▁por ▁su ▁mal dad , ▁y ▁tú ▁habrá s ▁libr ado ▁tu ▁alma .
▁Y ▁levant é me , ▁y ▁sal í ▁al ▁campo : ▁y ▁he ▁aquí ▁que ▁allí ▁estaba ▁la ▁gloria ▁de ▁Jehová , ▁ como ▁la ▁gloria ▁que ▁había ▁visto ▁junto ▁al ▁río ▁de ▁Che b ar : ▁y ▁ca í ▁sobre ▁mi ▁rostro .
▁Mas ▁cuando ▁yo ▁te ▁hubiere ▁hablado , ▁abr i ré ▁tu ▁boca , ▁y ▁les ▁dirá s : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁El ▁que ▁ o y e , ▁ o i ga ; ▁y ▁el ▁que ▁c es a , ▁ ce se : ▁por que ▁casa ▁rebel de ▁son .
▁Y ▁tú ▁do r mi rás ▁sobre ▁tu ▁la do ▁ i z qui er do , ▁y ▁pondrá s ▁sobre ▁él ▁la ▁mal dad ▁de ▁la ▁casa ▁de ▁Israel : ▁el ▁número ▁de ▁los ▁días ▁que ▁do r mi rás ▁sobre ▁él , ▁llev arás ▁sobre ▁ti ▁la ▁mal dad ▁de ▁ellos .
▁Y ▁he ▁aquí ▁he ▁puesto ▁sobre ▁ti ▁cu er das , ▁y ▁no ▁te ▁torn arás ▁del ▁un ▁tu ▁la do ▁al ▁otro ▁la do , ▁hast a ▁que ▁haya s ▁cumpl ido ▁los ▁días ▁de ▁tu ▁ cer co .
▁Y ▁comerá s ▁pan ▁de ▁ ce b ada ▁co c ido ▁debajo ▁de ▁la ▁c en i za ; ▁y ▁lo ▁co ce rás ▁á ▁vi s ta ▁de ▁ellos ▁con ▁los ▁es t i é r co les ▁que ▁sal en ▁del ▁hombre .
▁ D í jo me ▁luego : ▁Hi jo ▁del ▁hombre , ▁he ▁aquí ▁que bra n t aré ▁el ▁so st é n ▁del ▁pan ▁en ▁Jerusalem , ▁y ▁comerá n ▁el ▁pan ▁por ▁pe s o , ▁y ▁con ▁an gu st i a ; ▁y ▁beber án ▁el ▁agua ▁por ▁me di da , ▁y ▁con ▁es p an to .
▁Toma rás ▁también ▁de ▁allí ▁uno s ▁poco s ▁por ▁cu enta , ▁y ▁los ▁at arás ▁en ▁el ▁can to ▁de ▁tu ▁ropa .
▁Por ▁tanto , ▁así ▁ha ▁dicho ▁Jehová : ▁¿ Por ▁haber os ▁multiplic ado ▁más ▁que ▁á ▁las ▁gente s ▁que ▁están ▁alrededor ▁de ▁vosotros , ▁no ▁ha béis ▁and ado ▁en ▁mis ▁mandamientos , ▁ni ▁ha béis ▁guard ado ▁mis ▁le y es ? ▁N i ▁aun ▁seg ún ▁las ▁le y es ▁de ▁las ▁gente s ▁que ▁están ▁alrededor ▁de ▁vosotros ▁ha béis ▁hecho .
▁Por ▁tanto , ▁vi v o ▁yo , ▁di ce ▁el ▁Señor ▁Jehová , ▁c iertamente ▁por ▁haber ▁vi o l ado ▁mi ▁santuario ▁con ▁todas ▁tu s ▁abomina ciones , ▁te ▁que bra n t aré ▁yo ▁también : ▁mi ▁ o jo ▁no ▁perdon ará , ▁ni ▁ t am p o co ▁ten d ré ▁yo ▁misericordia .
▁Y ▁será s ▁ o p ro bi o , ▁y ▁es c ar n i o , ▁y ▁es c ar mi en to , ▁y ▁es p an to ▁á ▁las ▁gente s ▁que ▁están ▁alrededor ▁de ▁ti , ▁cuando ▁yo ▁hiciere ▁en ▁ti ▁juicio s ▁en ▁furor ▁é ▁in di g n ación , ▁y ▁en ▁re p re n s ion es ▁de ▁ir a . ▁Yo ▁Jehová ▁he ▁hablado .
▁Hi jo ▁del ▁hombre , ▁pon ▁tu ▁rostro ▁haci a ▁los ▁monte s ▁de ▁Israel , ▁y ▁pro f e t i za ▁contra ▁ellos .
▁En ▁todas ▁vuestras ▁habita ciones ▁las ▁ciudades ▁serán ▁de s i er ta s , ▁y ▁los ▁al to s ▁serán ▁as o l ados , ▁para ▁que ▁sea n ▁as o l ados ▁y ▁se ▁haga n ▁desierto s ▁vuestro s ▁altar es ; ▁y ▁que bra do s ▁serán ▁vuestro s ▁ í do los , ▁y ▁c es arán ; ▁y ▁vuestras ▁ im á g en es ▁del ▁so l ▁serán ▁de st r u í das , ▁y ▁vuestras ▁obra s ▁serán ▁de s h e ch as .
▁Y ▁s ab rán ▁que ▁yo ▁soy ▁Jehová : ▁no ▁en ▁va no ▁di je ▁que ▁les ▁había ▁de ▁hacer ▁este ▁mal .
▁Y ▁extend er é ▁mi ▁mano ▁sobre ▁ellos , ▁y ▁torn aré ▁la ▁tierra ▁as o l ada ▁y ▁de s i er ta , ▁más ▁que ▁el ▁desierto ▁haci a ▁Di b l ath , ▁en ▁todas ▁sus ▁habita ciones : ▁y ▁conoc e rán ▁que ▁yo ▁soy ▁Jehová .
▁Y ▁mi ▁ o jo ▁no ▁te ▁perdon ará , ▁ni ▁ten d ré ▁misericordia ; ▁antes ▁pondré ▁sobre ▁ti ▁tu s ▁camino s , ▁y ▁en ▁medio ▁de ▁ti ▁estará n ▁tu s ▁abomina ciones ; ▁y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová .
▁Ahora ▁pre s to ▁derram aré ▁mi ▁ir a ▁sobre ▁ti , ▁y ▁cumpl i ré ▁en ▁ti ▁mi ▁furor , ▁y ▁te ▁juzg aré ▁seg ún ▁tu s ▁camino s ; ▁y ▁pondré ▁sobre ▁ti ▁tu s ▁abomina ciones .
▁El ▁tiempo ▁es ▁venido , ▁a cer c óse ▁el ▁día : ▁el ▁que ▁com p ra , ▁no ▁se ▁ hu el gu e , ▁y ▁el ▁que ▁ven de , ▁no ▁ l lo re : ▁por que ▁la ▁ir a ▁está ▁sobre ▁toda ▁su ▁multitud .
▁Y ▁los ▁que ▁es ca p ar en ▁de ▁ellos , ▁ hu irá n ▁y ▁estará n ▁sobre ▁los ▁monte s ▁ como ▁pa lo ma s ▁de ▁los ▁valle s , ▁ g im iendo ▁todos ▁ cada ▁uno ▁por ▁su ▁iniquidad .
▁Por ▁cuanto ▁la ▁gloria ▁de ▁su ▁or n a ment o ▁pusier on ▁en ▁so b er bi a , ▁é ▁hicieron ▁en ▁ella ▁ im á g en es ▁de ▁sus ▁abomina ciones , ▁de ▁sus ▁esta tu as : ▁por ▁es o ▁se ▁la ▁torn é ▁á ▁ellos ▁en ▁al e j amiento ;
▁T ra er é ▁por ▁tanto ▁los ▁más ▁mal os ▁de ▁las ▁ n a ciones , ▁los ▁cuales ▁poseer án ▁sus ▁casa s ; ▁y ▁haré ▁c es ar ▁la ▁so b er bi a ▁de ▁los ▁pod eros os , ▁y ▁sus ▁santuario s ▁serán ▁pro f an ados ▁ .
▁Y ▁A C O N T E C I Ó ▁en ▁el ▁se x to ▁año , ▁en ▁el ▁me s se x to , ▁á ▁los ▁cinco ▁del ▁me s , ▁que ▁estaba ▁yo ▁sent ado ▁en ▁mi ▁casa , ▁y ▁los ▁ancianos ▁de ▁Judá ▁estaban ▁sent ados ▁delante ▁de ▁mí , ▁y ▁allí ▁cayó ▁sobre ▁mí ▁la ▁mano ▁del ▁Señor ▁Jehová .
▁Y ▁d í jo me : ▁Hi jo ▁del ▁hombre , ▁al za ▁ahora ▁tu s ▁ojos ▁haci a ▁el ▁la do ▁del ▁a qui l ón . ▁Y ▁al c é ▁mis ▁ojos ▁haci a ▁el ▁la do ▁del ▁a qui l ón , ▁y ▁he ▁aquí ▁al ▁a qui l ón , ▁junto ▁á ▁la ▁puerta ▁del ▁altar , ▁la ▁image n ▁del ▁ ce lo ▁en ▁la ▁entr ada .
▁ D í jo me ▁luego : ▁En tra , ▁y ▁ve ▁las ▁mal v ada s ▁abomina ciones ▁que ▁é st os ▁ha ce n ▁allí .
▁ D í jo me ▁después : ▁ V u é l v e te ▁a ún , ▁ve rás ▁abomina ciones ▁may o res ▁que ▁ha ce n ▁é st os .
▁Y ▁d í jo me : ▁¿ No ▁has ▁visto , ▁hijo ▁del ▁hombre ? ▁¿ E s ▁cosa ▁li vi an a ▁para ▁la ▁casa ▁de ▁Judá ▁hacer ▁las ▁abomina ciones ▁que ▁ha ce n ▁aquí ? ▁Después ▁que ▁han ▁llena do ▁la ▁tierra ▁de ▁mal dad , ▁y ▁se ▁torn aron ▁á ▁ir ri t ar me , ▁he ▁aquí ▁que ▁pon en ▁he dor ▁á ▁mis ▁ n ar i ce s .
▁Y ▁la ▁gloria ▁del ▁Dios ▁de ▁Israel ▁se ▁al z ó ▁de ▁sobre ▁el ▁que r u b í n ▁sobre ▁el ▁cual ▁había ▁esta do , ▁al ▁ umb ra l ▁de ▁la ▁casa : ▁y ▁llamó ▁Jehová ▁al ▁varón ▁vestido ▁de ▁li en zo s , ▁que ▁tenía ▁á ▁su ▁c in t ura ▁la ▁es c ri ba n ía ▁de ▁es c ri ba no .
▁Y ▁díjole s : ▁C on t am in ad ▁la ▁casa , ▁y ▁he n ch id ▁los ▁atrio s ▁de ▁muerto s : ▁sal id . ▁Y ▁salieron , ▁é ▁hirieron ▁en ▁la ▁ciudad .
▁Y ▁he ▁aquí ▁que ▁el ▁varón ▁vestido ▁de ▁li en zo s , ▁que ▁tenía ▁la ▁es c ri ba n ía ▁á ▁su ▁c in t ura , ▁respondió ▁una ▁palabra ▁diciendo : ▁He ch o ▁he ▁conform e ▁á ▁todo ▁lo ▁que ▁me ▁man d aste .
▁Y ▁la ▁gloria ▁de ▁Jehová ▁se ▁levant ó ▁del ▁que r u b í n ▁al ▁ umb ra l ▁de ▁la ▁puerta ; ▁y ▁la ▁casa ▁fué ▁llena ▁de ▁la ▁nube , ▁y ▁el ▁atrio ▁se ▁ l l en ó ▁del ▁re s p l ando r ▁de ▁la ▁gloria ▁de ▁Jehová .
▁Y ▁ap are ció ▁en ▁los ▁querubines ▁la ▁f i gu ra ▁de ▁una ▁mano ▁ hu man a ▁debajo ▁de ▁sus ▁al as .
▁Y ▁toda ▁su ▁carne , ▁y ▁sus ▁co st ill as , ▁y ▁sus ▁manos , ▁y ▁sus ▁al as , ▁y ▁las ▁ r ue das , ▁lleno ▁estaba ▁de ▁ojos ▁alrededor ▁en ▁sus ▁cuatro ▁ r ue das .
▁Y ▁cuando ▁and aban ▁los ▁querubines , ▁and aban ▁las ▁ r ue das ▁junto ▁con ▁ellos ; ▁y ▁cuando ▁los ▁querubines ▁al z aban ▁sus ▁al as ▁para ▁levant ar se ▁de ▁la ▁tierra , ▁las ▁ r ue das ▁también ▁no ▁se ▁ v o l v ían ▁de ▁junto ▁á ▁ellos .
▁Este ▁era ▁el ▁animal ▁que ▁vi ▁debajo ▁del ▁Dios ▁de ▁Israel ▁en ▁el ▁río ▁de ▁Che b ar ; ▁y ▁conoc í ▁que ▁era n ▁querubines .
▁Y ▁d í jo me : ▁Hi jo ▁del ▁hombre , ▁estos ▁son ▁los ▁hombres ▁que ▁ ma qui n an ▁per ver s i dad , ▁y ▁da n ▁en ▁esta ▁ciudad ▁mal ▁con se jo ;
▁Ha béis ▁multiplic ado ▁vuestro s ▁muerto s ▁en ▁esta ▁ciudad , ▁y ▁ha béis ▁he n ch ido ▁de ▁muerto s ▁sus ▁ca l les .
▁A ▁cuchillo ▁ca e réis ; ▁en ▁el ▁término ▁de ▁Israel ▁os ▁juzg aré , ▁y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová .
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Y ▁vendrá n ▁all á , ▁y ▁quitar án ▁de ▁ella ▁todas ▁sus ▁to r pe za s , ▁y ▁todas ▁sus ▁abomina ciones .
▁Después ▁al z aron ▁los ▁querubines ▁sus ▁al as , ▁y ▁las ▁ r ue das ▁en ▁pos ▁de ▁ellos ; ▁y ▁la ▁gloria ▁del ▁Dios ▁de ▁Israel ▁estaba ▁sobre ▁ellos ▁en ci ma .
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁De l an te ▁de ▁sus ▁ojos ▁ho ra d arás ▁la ▁par ed , ▁y ▁saldrá s ▁por ▁ella .
▁Hi jo ▁del ▁hombre , ▁¿ no ▁te ▁ha ▁dicho ▁la ▁casa ▁de ▁Israel , ▁aquella ▁casa ▁rebel de : ▁¿ Qué ▁ha ce s ?
▁Mas ▁yo ▁extend er é ▁mi ▁re d ▁sobre ▁él , ▁y ▁será ▁pre s o ▁en ▁mi ▁mal la , ▁y ▁haré lo ▁llev ar ▁á ▁B ab il on i a , ▁á ▁tierra ▁de ▁C al de os ; ▁mas ▁no ▁la ▁ver á , ▁y ▁all á ▁morirá .
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Porque ▁yo ▁Jehová ▁hablar é ; ▁cumpl irá se ▁la ▁palabra ▁que ▁yo ▁hablar é ; ▁no ▁se ▁di la t ará ▁más : ▁antes ▁en ▁vuestro s ▁días , ▁ o h ▁casa ▁rebel de , ▁hablar é ▁palabra , ▁y ▁cumpl i ré la , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁No ▁ha béis ▁su b ido ▁á ▁los ▁por til los , ▁ni ▁echa steis ▁va l l ado ▁en ▁la ▁casa ▁de ▁Israel , ▁esta ndo ▁en ▁la ▁batalla ▁en ▁el ▁día ▁de ▁Jehová .
▁Y ▁será ▁mi ▁mano ▁contra ▁los ▁profeta s ▁que ▁ven ▁va n i dad , ▁y ▁a di vi n an ▁men t i ra : ▁no ▁serán ▁en ▁la ▁congregación ▁de ▁mi ▁pueblo , ▁ni ▁serán ▁escrito s ▁en ▁el ▁libr o ▁de ▁la ▁casa ▁de ▁Israel , ▁ni ▁á ▁la ▁tierra ▁de ▁Israel ▁volver án ; ▁y ▁s ab réis ▁que ▁yo ▁soy ▁el ▁Señor ▁Jehová .
▁Por ▁tanto , ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Y ▁haré ▁que ▁la ▁romp a ▁vi en to ▁tem p est u os o ▁con ▁mi ▁ir a , ▁y ▁ l l u vi a ▁in un d an te ▁vendrá ▁con ▁mi ▁furor , ▁y ▁piedra s ▁de ▁gran i zo ▁con ▁enoj o ▁para ▁consum ir .
▁Y ▁tú , ▁hijo ▁del ▁hombre , ▁pon ▁tu ▁rostro ▁á ▁las ▁hijas ▁de ▁tu ▁pueblo ▁que ▁pro f e t i za n ▁de ▁su ▁corazón , ▁y ▁pro f e t i za ▁contra ▁ella s ,
▁R om per é ▁a simismo ▁vuestro s ▁ve le te s , ▁y ▁libr aré ▁mi ▁pueblo ▁de ▁vuestra ▁mano , ▁y ▁no ▁estará n ▁más ▁en ▁vuestra ▁mano ▁para ▁ca za ; ▁y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová .
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Por ▁tanto ▁di ▁á ▁la ▁casa ▁de ▁Israel : ▁As í ▁di ce ▁el ▁Señor ▁Jehová : ▁C on ver t í os , ▁y ▁ v o l v e os ▁de ▁vuestro s ▁ í do los , ▁y ▁apart ad ▁vuestro ▁rostro ▁de ▁todas ▁vuestras ▁abomina ciones .
▁Y ▁llev arán ▁su ▁mal dad : ▁ como ▁la ▁mal dad ▁del ▁que ▁pregunta , ▁así ▁será ▁la ▁mal dad ▁del ▁profeta ;
▁Si ▁estuviere n ▁en ▁medio ▁de ▁ella ▁estos ▁tres ▁varones , ▁No é , ▁Dan i el , ▁y ▁ J o b , ▁ellos ▁por ▁su ▁justicia ▁libr arán ▁su ▁vida , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁estos ▁tres ▁varones ▁estuviere n ▁en ▁medio ▁de ▁ella , ▁vi v o ▁yo , ▁di ce ▁el ▁Señor ▁Jehová , ▁no ▁libr arán ▁sus ▁hijos ▁ni ▁sus ▁hijas ; ▁ellos ▁so los ▁serán ▁libr es .
▁Si n ▁ em b ar go , ▁he ▁aquí ▁quedar án ▁en ▁ella ▁alguno s ▁re s id u os , ▁hijos ▁é ▁hijas , ▁que ▁serán ▁llev ados ▁fuera : ▁he ▁aquí ▁que ▁ellos ▁entr arán ▁á ▁vosotros , ▁y ▁ve réis ▁su ▁camino ▁y ▁sus ▁hecho s ; ▁y ▁toma réis ▁con s o l ación ▁del ▁mal ▁que ▁ hi ce ▁ven ir ▁sobre ▁Jerusalem , ▁de ▁todas ▁las ▁cosas ▁que ▁tra je ▁sobre ▁ella .
▁¿ T om arán ▁de ▁él ▁made ra ▁para ▁hacer ▁alguna ▁obra ? ▁¿ to m arán ▁de ▁él ▁una ▁esta ca ▁para ▁co l gar ▁de ▁ella ▁al g ún ▁va s o ?
▁Y ▁pondré ▁mi ▁rostro ▁contra ▁ellos ; ▁de ▁fuego ▁salieron , ▁y ▁fuego ▁los ▁consum irá ; ▁y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová , ▁cuando ▁pusier e ▁mi ▁rostro ▁contra ▁ellos .
▁Y ▁di : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová ▁sobre ▁Jerusalem : ▁T u ▁habita ción ▁y ▁tu ▁ ra za ▁fué ▁de ▁la ▁tierra ▁de ▁Canaán ; ▁tu ▁padre ▁Amorrheo , ▁y ▁tu ▁madre ▁He th e a .
▁En ▁mil la res ▁ como ▁la ▁ hi er ba ▁del ▁campo ▁te ▁pu se , ▁y ▁f u iste ▁a u ment ada ▁y ▁en g ra n de ci da , ▁y ▁vi n iste ▁á ▁ser ▁a dor n ada ▁grande mente ; ▁los ▁pe ch os ▁te ▁c re c ieron , ▁y ▁tu ▁pe lo ▁br o t ó ; ▁mas ▁tú ▁estaba s ▁de s n ud a ▁y ▁de s cu bi er ta .
▁Y ▁te ▁a ta v í e ▁con ▁or n a ment os , ▁y ▁pu se ▁a jo r ca s ▁en ▁tu s ▁brazo s , ▁y ▁co l l ar ▁á ▁tu ▁cu el lo ;
▁Mas ▁con f i aste ▁en ▁tu ▁her mos ura , ▁y ▁for n i c aste ▁á ▁causa ▁de ▁tu ▁no m bra d ía , ▁y ▁derram aste ▁tu s ▁for n i ca ciones ▁á ▁cuanto s ▁pasar on ; ▁su y a ▁era s .
▁Mi ▁pan ▁también , ▁que ▁yo ▁te ▁había ▁dado , ▁la ▁flor ▁de ▁la ▁harina , ▁y ▁el ▁aceite , ▁y ▁la ▁mi el , ▁con ▁que ▁yo ▁te ▁man tu v e , ▁pu s iste ▁delante ▁de ▁ella s ▁para ▁olor ▁su ave ; ▁y ▁fué ▁así , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁fué ▁que ▁después ▁de ▁toda ▁tu ▁mal dad ▁ ( ¡ a y , ▁a y ▁de ▁ti ! ▁di ce ▁el ▁Señor ▁Jehová , )
▁Por ▁tanto , ▁he ▁aquí ▁que ▁yo ▁extend í ▁sobre ▁ti ▁mi ▁mano , ▁y ▁di s mi n u í ▁tu ▁pro vi s ió n ▁or d in ar i a , ▁y ▁te ▁entre gu é ▁á ▁la ▁ v o l un ta d ▁de ▁las ▁hijas ▁de ▁los ▁Filisteos ▁que ▁te ▁aborrec en , ▁las ▁cuales ▁se ▁a ver g ü en za n ▁de ▁tu ▁camino ▁de s h on est o .
▁E di f i c ando ▁tu s ▁altar es ▁en ▁cabeza ▁de ▁todo ▁camino , ▁y ▁ha c iendo ▁tu s ▁altar es ▁en ▁todas ▁las ▁p la za s ! ▁Y ▁no ▁f u iste ▁se me ja n te ▁á ▁ram er a , ▁men os p re ci ando ▁el ▁sal ar i o ,
▁Por ▁tanto , ▁ram er a , ▁ o y e ▁palabra ▁de ▁Jehová :
▁Y ▁te ▁entre g aré ▁en ▁mano ▁de ▁ellos : ▁y ▁destruir án ▁tu ▁al to , ▁y ▁de r ri b arán ▁tu s ▁altar es , ▁y ▁te ▁hará n ▁de s n ud ar ▁de ▁tu s ▁ropa s , ▁y ▁se ▁llev arán ▁los ▁vasos ▁de ▁tu ▁gloria , ▁y ▁te ▁dejar án ▁de s n ud a ▁y ▁de s cu bi er ta .
▁Por ▁cuanto ▁no ▁te ▁a co r d aste ▁de ▁los ▁días ▁de ▁tu ▁mo ce dad , ▁y ▁me ▁pro v o c aste ▁á ▁ir a ▁en ▁todo ▁esto , ▁por ▁es o , ▁he ▁aquí ▁yo ▁también ▁he ▁torn ado ▁tu ▁camino ▁sobre ▁tu ▁cabeza , ▁di ce ▁el ▁Señor ▁Jehová ; ▁pues ▁ni ▁aun ▁has ▁pe n s ado ▁sobre ▁todas ▁tu s ▁abomina ciones .
▁Y ▁aun ▁no ▁and u vi s te ▁en ▁sus ▁camino s , ▁ni ▁ hi c iste ▁seg ún ▁sus ▁abomina ciones ; ▁antes , ▁ como ▁si ▁esto ▁fuera ▁poco ▁y ▁mu y ▁poco , ▁te ▁cor ro m p iste ▁más ▁que ▁ella s ▁en ▁todos ▁tu s ▁camino s .
▁Y ▁Samaria ▁no ▁come t ió ▁ni ▁la ▁mitad ▁de ▁tu s ▁pecado s ; ▁por que ▁tú ▁multiplic aste ▁tu s ▁abomina ciones ▁más ▁que ▁ella s , ▁y ▁has ▁just i f i c ado ▁á ▁tu s ▁hermana s ▁con ▁todas ▁tu s ▁abomina ciones ▁que ▁ hi c iste .
▁Y ▁tu s ▁hermana s , ▁Sodom a ▁con ▁sus ▁hijas ▁y ▁Samaria ▁con ▁sus ▁hijas , ▁volver án ▁á ▁su ▁primer ▁esta do ; ▁tú ▁también ▁y ▁tu s ▁hijas ▁volver éis ▁á ▁vuestro ▁primer ▁esta do .
▁E mpero ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁¿ H aré ▁yo ▁contigo ▁ como ▁tú ▁ hi c iste , ▁que ▁men os p re ci aste ▁el ▁ j ura ment o ▁para ▁in v al id ar ▁el ▁pacto ?
▁Para ▁que ▁te ▁a cu er de s , ▁y ▁te ▁a ver g ü en ce s , ▁y ▁ nunc a ▁más ▁abr as ▁la ▁boca ▁á ▁causa ▁de ▁tu ▁ver g ü en za , ▁cuando ▁me ▁ap la ca re ▁para ▁contigo ▁de ▁todo ▁lo ▁que ▁ hi c iste , ▁di ce ▁el ▁Señor ▁Jehová .
▁Ar ra n c ó ▁el ▁principal ▁de ▁sus ▁re n ue v os , ▁y ▁llev ólo ▁á ▁la ▁tierra ▁de ▁me r ca de res , ▁y ▁púsolo ▁en ▁la ▁ciudad ▁de ▁los ▁ n e go ci an te s .
▁En ▁un ▁bu en ▁campo , ▁junto ▁á ▁much as ▁aguas ▁fué ▁plant ada , ▁para ▁que ▁ hi ci e se ▁ram os ▁y ▁llev a se ▁fruto , ▁y ▁para ▁que ▁fuese ▁vi d ▁ ro b u s ta .
▁Di ▁ahora ▁á ▁la ▁casa ▁rebel de : ▁¿ No ▁ha béis ▁en te nd ido ▁qué ▁sign i f i ca n ▁esta s ▁cosas ? ▁Di les : ▁He ▁aquí ▁que ▁el ▁rey ▁de ▁B ab il on i a ▁vino ▁á ▁Jerusalem , ▁y ▁tomó ▁tu ▁rey ▁y ▁sus ▁príncipes , ▁y ▁llev ólo s ▁consigo ▁á ▁B ab il on i a .
▁Viv o ▁yo , ▁di ce ▁el ▁Señor ▁Jehová , ▁que ▁morirá ▁en ▁medio ▁de ▁B ab il on i a , ▁en ▁el ▁lugar ▁del ▁rey ▁que ▁le ▁hizo ▁reinar , ▁cu y o ▁ j ura ment o ▁men os p re ció , ▁y ▁cu y a ▁alianza ▁con ▁él ▁he ch a ▁romp ió .
▁Y ▁extend er é ▁sobre ▁él ▁mi ▁re d , ▁y ▁será ▁pre s o ▁en ▁mi ▁mal la ; ▁y ▁hacer lo ▁he ▁ven ir ▁á ▁B ab il on i a , ▁y ▁allí ▁esta ré ▁á ▁juicio ▁con ▁él , ▁por ▁su ▁pre v ar i c ación ▁con ▁que ▁contra ▁mí ▁se ▁ha ▁rebel ado .
▁Y ▁s ab rán ▁todos ▁los ▁árbol es ▁del ▁campo ▁que ▁yo ▁Jehová ▁ aba t í ▁el ▁árbol ▁su b li me , ▁levant é ▁el ▁árbol ▁ba jo , ▁ hi ce ▁se c ar ▁el ▁árbol ▁ver de , ▁é ▁ hi ce ▁re ver de cer ▁el ▁árbol ▁se co . ▁Yo ▁Jehová ▁ha b l é ▁é ▁ hi ce .
▁He ▁aquí ▁que ▁todas ▁las ▁alma s ▁son ▁mí as ; ▁ como ▁el ▁alma ▁del ▁padre , ▁así ▁el ▁alma ▁del ▁hijo ▁es ▁mí a ; ▁el ▁alma ▁que ▁pecar e , ▁es a ▁morirá .
▁No ▁die re ▁á ▁lo g ro , ▁ni ▁re ci b iere ▁a u ment o ; ▁de ▁la ▁mal dad ▁re tra je re ▁su ▁mano , ▁é ▁hiciere ▁juicio ▁de ▁ver dad ▁entre ▁hombre ▁y ▁hombre ,
▁A l ▁p o bre ▁y ▁men est eros o ▁ o p r im iere , ▁come t iere ▁ ro b os , ▁no ▁torn are ▁la ▁pre n da , ▁ó ▁al za re ▁sus ▁ojos ▁á ▁los ▁ í do los , ▁é ▁hiciere ▁abomina ción ,
▁N i ▁ o p r im iere ▁á ▁nadie ; ▁la ▁pre n da ▁no ▁emp e ñ are , ▁ni ▁come t iere ▁ ro b os ; ▁al ▁ha m b ri en to ▁die re ▁de ▁su ▁pan , ▁y ▁cu b r iere ▁de ▁vestido ▁al ▁de s n u do ;
▁El ▁alma ▁que ▁pecar e , ▁es a ▁morirá : ▁el ▁hijo ▁no ▁llev ará ▁por ▁el ▁pecado ▁del ▁padre , ▁ni ▁el ▁padre ▁llev ará ▁por ▁el ▁pecado ▁del ▁hijo : ▁la ▁justicia ▁del ▁just o ▁será ▁sobre ▁él , ▁y ▁la ▁imp i ed ad ▁del ▁imp í o ▁será ▁sobre ▁él .
▁Mas ▁si ▁el ▁just o ▁se ▁apart are ▁de ▁su ▁justicia , ▁y ▁come t iere ▁mal dad , ▁é ▁hiciere ▁conform e ▁á ▁todas ▁las ▁abomina ciones ▁que ▁el ▁imp í o ▁hizo , ▁¿ vi vi rá ▁él ? ▁T o das ▁las ▁justicia s ▁que ▁hizo ▁no ▁vendrá n ▁en ▁memoria ; ▁por ▁su ▁rebel ió n ▁con ▁que ▁pre v ar i c ó , ▁y ▁por ▁su ▁pecado ▁que ▁come t ió , ▁por ▁el lo ▁morirá .
▁Porque ▁miró , ▁y ▁apart óse ▁de ▁todas ▁sus ▁pre v ar i ca ciones ▁que ▁hizo , ▁de ▁cierto ▁vivir á , ▁no ▁morirá .
▁Que ▁no ▁ qui er o ▁la ▁muerte ▁del ▁que ▁mu er e , ▁di ce ▁el ▁Señor ▁Jehová ; ▁con ver t í os ▁pues , ▁y ▁vivir éis .
▁Y ▁las ▁gente s ▁ o y e ron ▁de ▁él : ▁fué ▁tomado ▁con ▁el ▁la zo ▁de ▁ella s , ▁y ▁llev áronlo ▁con ▁gr ill os ▁á ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁d ieron ▁sobre ▁él ▁las ▁gente s ▁de ▁las ▁pro vi n ci as ▁de ▁alrededor , ▁y ▁extend ieron ▁sobre ▁él ▁su ▁re d ; ▁fué ▁pre s o ▁en ▁su ▁hoy o .
▁E mpero ▁fué ▁ar ra n cada ▁con ▁ir a , ▁de r ri b ada ▁en ▁tierra , ▁y ▁vi en to ▁so la no ▁se c ó ▁su ▁fruto ; ▁fueron ▁que bra das ▁y ▁se c áronse ▁sus ▁va ra s ▁fuerte s ; ▁consum ió la s ▁el ▁fuego .
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁A que l ▁día ▁que ▁les ▁al c é ▁mi ▁mano , ▁que ▁los ▁saca r ía ▁de ▁la ▁tierra ▁de ▁Egipto ▁á ▁la ▁tierra ▁que ▁les ▁había ▁prove í do , ▁que ▁f l u y e ▁le ch e ▁y ▁mi el , ▁la ▁cual ▁es ▁la ▁más ▁her mos a ▁de ▁todas ▁las ▁tierra s ;
▁S a qué los ▁pues ▁de ▁la ▁tierra ▁de ▁Egipto , ▁y ▁ t rá je los ▁al ▁desierto ;
▁P er o ▁en ▁at en ción ▁á ▁mi ▁nombre ▁ hi ce ▁por que ▁no ▁se ▁in f a ma se ▁á ▁la ▁vi s ta ▁de ▁las ▁gente s , ▁delante ▁de ▁cu y os ▁ojos ▁los ▁s a qué .
▁A n te s ▁di je ▁en ▁el ▁desierto ▁á ▁sus ▁hijos : ▁No ▁and éis ▁en ▁las ▁orden an za s ▁de ▁vuestro s ▁padres , ▁ni ▁guard éis ▁sus ▁le y es , ▁ni ▁os ▁contamin éis ▁en ▁sus ▁ í do los .
▁Mas ▁re tra je ▁mi ▁mano , ▁y ▁en ▁at en ción ▁á ▁mi ▁nombre ▁ hi ce ▁por que ▁no ▁se ▁in f a ma se ▁á ▁vi s ta ▁de ▁las ▁gente s , ▁delante ▁de ▁cu y os ▁ojos ▁los ▁s a qué .
▁Y ▁contamin é los ▁en ▁sus ▁ofrenda s ▁cuando ▁hacía n ▁pasar ▁por ▁el ▁fuego ▁todo ▁primogénito ▁ , ▁para ▁que ▁los ▁de s o la se , ▁á ▁fin ▁de ▁que ▁su p i es en ▁que ▁yo ▁soy ▁Jehová .
▁Di , ▁pues , ▁á ▁la ▁casa ▁de ▁Israel : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁¿ No ▁os ▁contamin áis ▁vosotros ▁á ▁la ▁manera ▁de ▁vuestro s ▁padres , ▁y ▁for n i c áis ▁tras ▁sus ▁abomina ciones ?
▁Y ▁os ▁saca ré ▁de ▁entre ▁los ▁pueblo s , ▁y ▁os ▁junt aré ▁de ▁las ▁tierra s ▁en ▁que ▁está is ▁esparci do s , ▁con ▁mano ▁fuerte , ▁y ▁brazo ▁extend ido , ▁y ▁enoj o ▁derram ado :
▁Y ▁apart aré ▁de ▁entre ▁vosotros ▁los ▁rebel de s , ▁y ▁los ▁que ▁se ▁rebel aron ▁contra ▁mí : ▁de ▁la ▁tierra ▁de ▁sus ▁de st i er ro s ▁los ▁saca ré , ▁y ▁á ▁la ▁tierra ▁de ▁Israel ▁no ▁vendrá n ; ▁y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová .
▁Y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová , ▁cuando ▁os ▁hubiere ▁me t ido ▁en ▁la ▁tierra ▁de ▁Israel , ▁en ▁la ▁tierra ▁por ▁la ▁cual ▁al c é ▁mi ▁mano ▁que ▁la ▁dar ía ▁á ▁vuestro s ▁padres .
▁Hi jo ▁del ▁hombre , ▁pon ▁tu ▁rostro ▁haci a ▁el ▁mediodía , ▁y ▁derram a ▁tu ▁palabra ▁haci a ▁la ▁parte ▁a u s tra l , ▁y ▁pro f e t i za ▁contra ▁el ▁bo s que ▁del ▁campo ▁del ▁mediodía .
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Y ▁s ab rá ▁toda ▁carne ▁que ▁yo ▁Jehová ▁s a qué ▁mi ▁espada ▁de ▁su ▁va in a ; ▁no ▁volver á ▁más .
▁Hi jo ▁del ▁hombre , ▁pro f e t i za , ▁y ▁di : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Di : ▁La ▁espada , ▁la ▁espada ▁está ▁a f il ada , ▁y ▁aun ▁a ci ca l ada ;
▁Porque ▁está ▁pro b ado . ▁¿ Y ▁qué , ▁si ▁la ▁espada ▁de s p re ci a ▁aun ▁el ▁ ce t ro ? ▁El ▁no ▁será ▁más , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁yo ▁también ▁ba t i ré ▁mi ▁mano ▁con ▁mi ▁mano , ▁y ▁haré ▁re p os ar ▁mi ▁ir a . ▁Yo ▁Jehová ▁he ▁hablado .
▁Porque ▁el ▁rey ▁de ▁B ab il on i a ▁se ▁par ó ▁en ▁una ▁en c r u ci ja da , ▁al ▁pri n ci p i o ▁de ▁dos ▁camino s , ▁para ▁tomar ▁a di vi n ación : ▁a ci ca l ó ▁s a e ta s , ▁consult ó ▁en ▁ í do los , ▁miró ▁el ▁ h í g ado .
▁Y ▁tú , ▁pro f an o ▁é ▁imp í o ▁príncipe ▁de ▁Israel , ▁cu y o ▁día ▁vino ▁en ▁el ▁tiempo ▁de ▁la ▁consum ación ▁de ▁la ▁mal dad ;
▁T e ▁pro f e t i za n ▁va n i dad , ▁a di v í n an te ▁men t i ra , ▁para ▁entre gar te ▁con ▁los ▁cu el los ▁de ▁los ▁mal os ▁sent en ci ados ▁á ▁muerte , ▁cu y o ▁día ▁vino ▁en ▁tiempo ▁de ▁la ▁consum ación ▁de ▁la ▁mal dad .
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁La s ▁que ▁están ▁cerca , ▁y ▁las ▁que ▁están ▁le jo s ▁de ▁ti , ▁se ▁re irá n ▁de ▁ti , ▁a man c ill ada ▁de ▁f a ma , ▁y ▁de ▁grande ▁tu r b ación .
▁C al u m n i ado res ▁hubo ▁en ▁ti ▁para ▁derram ar ▁sangre ; ▁y ▁sobre ▁los ▁monte s ▁com ieron ▁en ▁ti : ▁hicieron ▁en ▁medio ▁de ▁ti ▁su ci ed ad es .
▁Y ▁he ▁aquí , ▁que ▁her í ▁mi ▁mano ▁á ▁causa ▁de ▁tu ▁a v ar i ci a ▁que ▁come t iste , ▁y ▁á ▁causa ▁de ▁tu s ▁sangre s ▁que ▁fueron ▁en ▁medio ▁de ▁ti .
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Yo ▁os ▁junt aré ▁y ▁so p l aré ▁sobre ▁vosotros ▁en ▁el ▁fuego ▁de ▁mi ▁furor , ▁y ▁en ▁medio ▁de ▁él ▁se réis ▁f un d ido s .
▁La ▁con j ura ción ▁de ▁sus ▁profeta s ▁en ▁medio ▁de ▁ella , ▁ como ▁le ón ▁br am ando ▁que ▁ar re ba ta ▁pre s a : ▁de v or aron ▁alma s , ▁tomaron ▁haci en das ▁y ▁ho n ra , ▁a u ment aron ▁sus ▁vi u das ▁en ▁medio ▁de ▁ella .
▁El ▁pueblo ▁de ▁la ▁tierra ▁us aba ▁de ▁ o p res ió n , ▁y ▁come t ía ▁ ro b o , ▁y ▁al ▁aflig ido ▁y ▁men est eros o ▁hacía n ▁vi o l en ci a , ▁y ▁al ▁extranjero ▁ o p r im ían ▁sin ▁derecho .
▁Hi jo ▁del ▁hombre , ▁hubo ▁dos ▁mujeres , ▁hijas ▁de ▁una ▁madre ,
▁Ve st ido s ▁de ▁c á r de no , ▁ca p ita n es ▁y ▁príncipes , ▁mancebo s ▁todos ▁de ▁co di ci ar , ▁ca ba l l eros ▁que ▁and aban ▁á ▁caballo .
▁El los ▁descubr ieron ▁sus ▁ver g ü en za s , ▁tomaron ▁sus ▁hijos ▁y ▁sus ▁hijas , ▁y ▁á ▁ella ▁matar on ▁á ▁cuchillo : ▁y ▁vino ▁á ▁ser ▁de ▁nombre ▁entre ▁las ▁mujeres , ▁pues ▁en ▁ella ▁hicieron ▁juicio s .
▁Y ▁a u ment ó ▁sus ▁for n i ca ciones : ▁pues ▁cuando ▁vió ▁hombres ▁pi n t ados ▁en ▁la ▁par ed , ▁ im á g en es ▁de ▁C al de os ▁pi n ta das ▁de ▁co l or ,
▁As í ▁hizo ▁pa t ente s ▁sus ▁for n i ca ciones , ▁y ▁descubr ió ▁sus ▁ver g ü en za s : ▁por ▁lo ▁cual ▁mi ▁alma ▁se ▁ha r t ó ▁de ▁ella , ▁ como ▁se ▁había ▁y a ▁ha r t ado ▁mi ▁alma ▁de ▁su ▁hermana .
▁Por ▁tanto , ▁A h o li b ah , ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁He ▁aquí ▁que ▁yo ▁de s p i er to ▁tu s ▁a man te s ▁contra ▁ti , ▁de ▁los ▁cuales ▁se ▁ha r t ó ▁tu ▁de se o , ▁y ▁yo ▁les ▁haré ▁ven ir ▁contra ▁ti ▁en ▁derredor ;
▁Y ▁te ▁de s n ud arán ▁de ▁tu s ▁vestidos , ▁y ▁tomará n ▁los ▁vasos ▁de ▁tu ▁gloria .
▁Esta s ▁cosas ▁se ▁hará n ▁contigo , ▁por que ▁for n i c aste ▁en ▁pos ▁de ▁las ▁gente s , ▁con ▁las ▁cuales ▁te ▁contamin aste ▁en ▁sus ▁ í do los .
▁Lo ▁beber ás ▁pues , ▁y ▁lo ▁a go t arás , ▁y ▁que bra rás ▁sus ▁ti est os ; ▁y ▁tu s ▁pe ch os ▁ar ra n c arás ; ▁por que ▁yo ▁he ▁hablado , ▁di ce ▁el ▁Señor ▁Jehová .
▁A un ▁esto ▁más ▁me ▁hicieron : ▁contamin aron ▁mi ▁santuario ▁en ▁aquel ▁día , ▁y ▁pro f an aron ▁mis ▁sábado s ;
▁Y ▁oyó se ▁en ▁ella ▁voz ▁de ▁com pa ñ ía ▁en ▁ho l ga n za : ▁y ▁con ▁los ▁varones ▁fueron ▁traído s ▁de ▁la ▁gente ▁com ún ▁los ▁S ab e os ▁del ▁desierto ; ▁y ▁pusier on ▁man ill as ▁sobre ▁sus ▁manos , ▁y ▁cor on as ▁de ▁gloria ▁sobre ▁sus ▁cabeza s .
▁Por ▁lo ▁que ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Yo ▁haré ▁subir ▁contra ▁ella s ▁com pa ñ ía s , ▁las ▁entre g aré ▁á ▁tu r b ación ▁y ▁á ▁ ra p i ñ a :
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová ▁en ▁el ▁ n ove no ▁año , ▁en ▁el ▁me s ▁d é ci mo , ▁á ▁los ▁diez ▁del ▁me s , ▁diciendo :
▁Toma ▁una ▁ ove ja ▁es co g i da ; ▁y ▁también ▁en ci en de ▁los ▁hues os ▁debajo ▁de ▁ella ; ▁ha z ▁que ▁ hi er v a ▁bien ; ▁co c ed ▁también ▁sus ▁hues os ▁dentro ▁de ▁ella .
▁Por ▁tanto , ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁ ¡ A y ▁de ▁la ▁ciudad ▁de ▁sangre s ! ▁P ue s ▁también ▁haré ▁yo ▁gran ▁ho gu er a ,
▁En ▁tu ▁su ci ed ad ▁per ver s a ▁pa de ce rás : ▁por que ▁te ▁li m p i é , ▁y ▁tú ▁no ▁te ▁limpia s te ▁de ▁tu ▁su ci ed ad : ▁ nunc a ▁más ▁te ▁limpia rás , ▁hast a ▁que ▁yo ▁haga ▁re p os ar ▁mi ▁ir a ▁sobre ▁ti .
▁Re p ri me ▁el ▁sus p ir ar , ▁no ▁haga s ▁lu to ▁de ▁mor tu o ri os : ▁a ta ▁tu ▁bo n e te ▁sobre ▁ti , ▁y ▁pon ▁tu s ▁ za pa to s ▁en ▁tu s ▁pie s , ▁y ▁no ▁te ▁cu bra s ▁con ▁re b o zo , ▁ni ▁com as ▁pan ▁de ▁hombres .
▁Di ▁á ▁la ▁casa ▁de ▁Israel : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Dios : ▁He ▁aquí ▁yo ▁pro f an o ▁mi ▁santuario , ▁la ▁gloria ▁de ▁vuestra ▁fortaleza , ▁el ▁de se o ▁de ▁vuestro s ▁ojos , ▁y ▁el ▁re ga lo ▁de ▁vuestra ▁alma : ▁vuestro s ▁hijos ▁y ▁vuestras ▁hijas ▁que ▁de ja steis , ▁ca e rán ▁á ▁cuchillo .
▁Y ▁tú , ▁hijo ▁del ▁hombre , ▁el ▁día ▁que ▁yo ▁quitar é ▁de ▁ellos ▁su ▁fortaleza , ▁el ▁go zo ▁de ▁su ▁gloria , ▁el ▁de se o ▁de ▁sus ▁ojos , ▁y ▁el ▁cu id ado ▁de ▁sus ▁alma s , ▁sus ▁hijos ▁y ▁sus ▁hijas ,
▁Hi jo ▁del ▁hombre , ▁pon ▁tu ▁rostro ▁haci a ▁los ▁hijos ▁de ▁Ammón , ▁y ▁pro f e t i za ▁sobre ▁ellos .
▁Porque ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Por ▁cuanto ▁tú ▁ba t iste ▁tu s ▁manos , ▁y ▁pa te aste ▁ , ▁y ▁te ▁go z aste ▁del ▁alma ▁en ▁todo ▁tu ▁men os p re ci o ▁sobre ▁la ▁tierra ▁de ▁Israel ;
▁A ▁los ▁hijos ▁del ▁or iente ▁contra ▁los ▁hijos ▁de ▁Ammón ; ▁y ▁entre g aré la ▁por ▁heredad ▁para ▁que ▁no ▁haya ▁más ▁memoria ▁de ▁los ▁hijos ▁de ▁Ammón ▁entre ▁las ▁gente s .
▁Y ▁pondré ▁mi ▁ven ga n za ▁en ▁Edom ▁por ▁la ▁mano ▁de ▁mi ▁pueblo ▁Israel ; ▁y ▁hará n ▁en ▁Edom ▁seg ún ▁mi ▁enoj o ▁y ▁seg ún ▁mi ▁ir a : ▁y ▁conoc e rán ▁mi ▁ven ga n za , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁A C O N T E C I Ó ▁en ▁el ▁un d é ci mo ▁año , ▁en ▁el ▁primer o ▁del ▁me s , ▁que f u é ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁T en de der o ▁de ▁re de s ▁será ▁en ▁medio ▁de ▁la ▁mar , ▁por que ▁yo ▁he ▁hablado , ▁di ce ▁el ▁Señor ▁Jehová : ▁y ▁será ▁s a que ada ▁de ▁las ▁gente s .
▁Y ▁pondrá ▁contra ▁ella ▁a ri e te s , ▁contra ▁tu s ▁mu ro s , ▁y ▁tu s ▁to r res ▁destruir á ▁con ▁sus ▁mar til los .
▁Y ▁haré ▁c es ar ▁el ▁es t ré p i to ▁de ▁tu s ▁can ciones , ▁y ▁no ▁se ▁oir á ▁más ▁el ▁son ▁de ▁tu s ▁vi hu el as .
▁Y ▁levant arán ▁sobre ▁ti ▁en de ch as , ▁y ▁te ▁dirá n : ▁¿ C ó mo ▁per e c iste ▁tú , ▁p o b l ada ▁en ▁los ▁mar es , ▁ciudad ▁que ▁fué ▁al aba da , ▁que ▁fué ▁fuerte ▁en ▁la ▁mar , ▁ella ▁y ▁sus ▁habita n te s , ▁que ▁pon ían ▁su ▁es p an to ▁á ▁todos ▁sus ▁moradores ?
▁Yo ▁te ▁torn aré ▁en ▁es p an to , ▁y ▁no ▁será s : ▁y ▁será s ▁busca da , ▁y ▁ nunc a ▁más ▁será s ▁halla da , ▁di ce ▁el ▁Señor ▁Jehová .
▁En ▁el ▁corazón ▁de ▁las ▁mar es ▁están ▁tu s ▁término s : ▁los ▁que ▁te ▁edifica ron ▁com p le t aron ▁tu ▁be l le za .
▁Lo s ▁moradores ▁de ▁Si d ón ▁y ▁de ▁Ar v ad ▁fueron ▁tu s ▁re m eros : ▁tu s ▁s a bi os , ▁ o h ▁T i ro , ▁estaban ▁en ▁ti ; ▁ellos ▁fueron ▁tu s ▁pi lo to s .
▁T ar s is ▁tu ▁me r ca de ra ▁á ▁causa ▁de ▁la ▁multitud ▁de ▁todas ▁ ri que za s ▁en ▁plata , ▁ hi er ro , ▁esta ñ o , ▁y ▁p lo mo , ▁dió ▁en ▁tu s ▁f er i as .
▁Siria ▁fué ▁tu ▁me r ca de ra ▁por ▁la ▁multitud ▁de ▁tu s ▁la b o res : ▁con ▁per la s , ▁y ▁púrpura , ▁y ▁vestidos ▁bo r d ados , ▁y ▁lino s ▁fin os , ▁y ▁cor a les , ▁y ▁ r u b í es , ▁dió ▁en ▁tu s ▁f er i as .
▁De d án ▁fué ▁tu ▁me r ca de ra ▁con ▁pa ñ os ▁precio s os ▁para ▁carro s .
▁Estos ▁tu s ▁me r ca de res ▁ n e go ci aban ▁contigo ▁en ▁va ri as ▁cosas : ▁en ▁man to s ▁de ▁ ja ci n to , ▁y ▁bo r d ados , ▁y ▁en ▁ca ja s ▁de ▁ropa s ▁precio s as , ▁en la za das ▁con ▁cor do n es , ▁y ▁en ▁made ra ▁de ▁cedro .
▁A l ▁es t ré p i to ▁de ▁las ▁voces ▁de ▁tu s ▁mar in eros ▁tem b l arán ▁los ▁ar r aba les .
▁Y ▁levant arán ▁sobre ▁ti ▁en de ch as ▁en ▁sus ▁la ment a ciones , ▁y ▁en de ch arán ▁sobre ▁ti ▁diciendo : ▁¿ Quién ▁ como ▁T i ro , ▁ como ▁la ▁de st r u í da ▁en ▁medio ▁de ▁la ▁mar ?
▁Lo s ▁me r ca de res ▁en ▁los ▁pueblo s ▁si l b arán ▁sobre ▁ti : ▁vendrá s ▁á ▁ser ▁es p an to , ▁y ▁dejar ás ▁de ▁ser ▁para ▁siempre .
▁C on ▁tu ▁sabiduría ▁y ▁con ▁tu ▁p r ud en ci a ▁te ▁has ▁junt ado ▁ ri que za s , ▁y ▁has ▁a d qui r ido ▁oro ▁y ▁plata ▁en ▁tu s ▁te s or os ;
▁A ▁la ▁hues a ▁te ▁hará n ▁descend er , ▁y ▁morirá s ▁de ▁las ▁muerte s ▁de ▁los ▁que ▁mu er en ▁en ▁medio ▁de ▁los ▁mar es .
▁Hi jo ▁del ▁hombre , ▁levant a ▁en de ch as ▁sobre ▁el ▁rey ▁de ▁T i ro , ▁y ▁di le : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁T ú ▁echa s ▁el ▁se l lo ▁á ▁la ▁pro por ción , ▁lleno ▁de ▁sabiduría , ▁y ▁acaba do ▁de ▁her mos ura .
▁A ▁causa ▁de ▁la ▁multitud ▁de ▁tu ▁contra t ación ▁f u iste ▁lleno ▁de ▁iniquidad , ▁y ▁pe c aste : ▁por ▁lo ▁que ▁yo ▁te ▁ e ch é ▁del ▁monte ▁de ▁Dios , ▁y ▁te ▁ar ro j é ▁de ▁entre ▁las ▁piedra s ▁del ▁fuego , ▁ o h ▁que r u b í n ▁cu b ri dor .
▁Y ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Y ▁ nunc a ▁más ▁será ▁á ▁la ▁casa ▁de ▁Israel ▁es p in o ▁que ▁le ▁pu n ce , ▁ni ▁es p an to ▁que ▁le ▁d é ▁do l or , ▁en ▁todos ▁los ▁alrededor es ▁de ▁los ▁que ▁los ▁men os p re ci an ; ▁y ▁s ab rán ▁que ▁yo ▁soy ▁Jehová ▁ .
▁Hi jo ▁del ▁hombre , ▁pon ▁tu ▁rostro ▁contra ▁Faraón ▁rey ▁de ▁Egipto , ▁y ▁pro f e t i za ▁contra ▁él ▁y ▁contra ▁todo ▁Egipto .
▁Y ▁s ab rán ▁todos ▁los ▁moradores ▁de ▁Egipto ▁que ▁yo ▁soy ▁Jehová , ▁por ▁cuanto ▁fueron ▁bo r d ón ▁de ▁ca ñ a ▁á ▁la ▁casa ▁de ▁Israel .
▁Por ▁tanto , ▁he ▁aquí ▁yo ▁contra ▁ti , ▁y ▁contra ▁tu s ▁río s ; ▁y ▁pondré ▁la ▁tierra ▁de ▁Egipto ▁en ▁as o l amiento s ▁de ▁la ▁so le dad ▁del ▁desierto , ▁de s de ▁Mi g do l ▁hast a ▁Se v en e h , ▁hast a ▁el ▁término ▁de ▁E t i o p ía .
▁Y ▁torn aré ▁á ▁tra er ▁los ▁ca u t i v os ▁de ▁Egipto , ▁y ▁los ▁volver é ▁á ▁la ▁tierra ▁de ▁P a t ro s , ▁á ▁la ▁tierra ▁de ▁su ▁habita ción ; ▁y ▁allí ▁serán ▁un ▁reino ▁ba jo .
▁Hi jo ▁del ▁hombre , ▁N ab u co do nos or ▁rey ▁de ▁B ab il on i a ▁hizo ▁á ▁su ▁ejército ▁pre st ar ▁grande ▁servicio ▁contra ▁T i ro . ▁T o da ▁cabeza ▁se ▁en ca l v e ció , ▁y ▁pe l óse ▁todo ▁ho m b ro ; ▁y ▁ni ▁para ▁él ▁ni ▁para ▁su ▁ejército ▁hubo ▁pa ga ▁de ▁T i ro , ▁por ▁el ▁servicio ▁que ▁pre st ó ▁contra ▁ella .
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁E t i o p ía , ▁y ▁L i bi a , ▁y ▁L i di a , ▁y ▁todo ▁el ▁con j un to ▁de ▁pueblo , ▁y ▁C h û b , ▁y ▁los ▁hijos ▁de ▁la ▁tierra ▁de ▁la ▁li ga , ▁ca e rán ▁con ▁ellos ▁á ▁cuchillo .
▁En ▁aquel ▁tiempo ▁saldrá n ▁mensajero s ▁de ▁delante ▁de ▁mí ▁en ▁ n a v í os , ▁á ▁es p an t ar ▁á ▁E t i o p ía ▁la ▁con f i ada , ▁y ▁tendrá n ▁es p an to ▁ como ▁en ▁el ▁día ▁de ▁Egipto : ▁por que ▁he ▁aquí ▁viene .
▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁De st r u i ré ▁también ▁las ▁ im á g en es , ▁y ▁haré ▁c es ar ▁los ▁ í do los ▁de ▁Me m ph is ; ▁y ▁no ▁habrá ▁más ▁príncipe ▁de ▁la ▁tierra ▁de ▁Egipto , ▁y ▁en ▁la ▁tierra ▁de ▁Egipto ▁pondré ▁tem or .
▁Lo s ▁mancebo s ▁de ▁A v é n ▁y ▁de ▁P i be s eth ▁ca e rán ▁á ▁cuchillo ; ▁y ▁ella s ▁ir án ▁en ▁ca u t ive ri o .
▁Hi jo ▁del ▁hombre , ▁que bra n t ado ▁he ▁el ▁brazo ▁de ▁Faraón ▁rey ▁de ▁Egipto ; ▁y ▁he ▁aquí ▁que ▁no ▁ha ▁sido ▁ven d ado ▁pon ién do le ▁me di ci n as , ▁pon ién do le ▁f a ja ▁para ▁li gar lo , ▁á ▁fin ▁de ▁vi go ri za r le ▁para ▁que ▁pu ed a ▁ten er ▁espada .
▁For t i f i c aré ▁pues ▁los ▁brazo s ▁del ▁rey ▁de ▁B ab il on i a , ▁y ▁los ▁brazo s ▁de ▁Faraón ▁ca e rán ; ▁y ▁s ab rán ▁que ▁yo ▁soy ▁Jehová , ▁cuando ▁yo ▁pusier e ▁mi ▁espada ▁en ▁la ▁mano ▁del ▁rey ▁de ▁B ab il on i a , ▁y ▁él ▁la ▁extend iere ▁sobre ▁la ▁tierra ▁de ▁Egipto .
▁He ▁aquí ▁era ▁el ▁As i ri o ▁cedro ▁en ▁el ▁L í ba no , ▁her mos o ▁en ▁ram as , ▁y ▁ umb ro s o ▁con ▁sus ▁ram os , ▁y ▁de ▁grande ▁al t ura , ▁y ▁su ▁co pa ▁estaba ▁entre ▁de n s as ▁ram as .
▁ H í zo se , ▁pues , ▁her mos o ▁en ▁su ▁grande za ▁con ▁la ▁ex t en s ió n ▁de ▁sus ▁ram as ; ▁por que ▁su ▁ ra í z ▁estaba ▁junto ▁á ▁much as ▁aguas .
▁Yo ▁lo ▁entre g aré ▁en ▁mano ▁del ▁fuerte ▁de ▁las ▁gente s , ▁que ▁de ▁cierto ▁le ▁man e ja rá : ▁por ▁su ▁imp i ed ad ▁lo ▁he ▁ar ro ja do .
▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁El ▁día ▁que ▁descend ió ▁á ▁la ▁se p u l t ura , ▁ hi ce ▁hacer ▁lu to , ▁ hi ce ▁cu b ri r ▁por ▁él ▁el ▁a bi s mo , ▁y ▁de tu v e ▁sus ▁río s , ▁y ▁las ▁much as ▁aguas ▁fueron ▁de t en i das : ▁y ▁al ▁L í ba no ▁cu b r í ▁de ▁ti n i e b la s ▁por ▁él , ▁y ▁todos ▁los ▁árbol es ▁del ▁campo ▁se ▁de s ma y aron .
▁Y ▁A C O N T E C I Ó ▁en ▁el ▁año ▁d u o d é ci mo , ▁en ▁el ▁me s ▁d u o d é ci mo , ▁al ▁primer o ▁del ▁me s , ▁que ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Y ▁pondré ▁tu s ▁carne s ▁sobre ▁los ▁monte s , ▁y ▁he n ch i ré ▁los ▁valle s ▁de ▁tu ▁al t ura .
▁Y ▁entr iste ce ré ▁el ▁corazón ▁de ▁mucho s ▁pueblo s , ▁cuando ▁llev aré ▁tu ▁que bra n t amiento ▁sobre ▁las ▁gente s , ▁por ▁las ▁tierra s ▁que ▁no ▁conoc iste .
▁T o das ▁sus ▁bestia s ▁destruir é ▁de ▁sobre ▁las ▁much as ▁aguas : ▁ni ▁más ▁las ▁en t ur bi ará ▁pie ▁de ▁hombre , ▁ni ▁ u ñ a ▁de ▁bestia s ▁las ▁en t ur bi arán .
▁Y ▁aconteció ▁en ▁el ▁año ▁d u o d é ci mo , ▁á ▁los ▁qu in ce ▁del ▁me s , ▁que ▁fué ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁De ▁en ▁medio ▁del ▁in f i er no ▁hablar án ▁á ▁él ▁los ▁fuerte s ▁de ▁los ▁fuerte s , ▁con ▁los ▁que ▁le ▁a y ud aron , ▁que ▁descend ieron , ▁y ▁y a ce n ▁con ▁los ▁in ci r cu n ci s os ▁muerto s ▁á ▁cuchillo .
▁En ▁medio ▁de ▁los ▁muerto s ▁le ▁pusier on ▁ca ma ▁con ▁toda ▁su ▁multitud : ▁á ▁sus ▁alrededor es ▁están ▁sus ▁se p u l c ro s : ▁todos ▁ellos ▁in ci r cu n ci s os ▁muerto s ▁á ▁cuchillo , ▁por que ▁fué ▁puesto ▁su ▁es p an to ▁en ▁la ▁tierra ▁de ▁los ▁vi vi ente s , ▁mas ▁llev aron ▁su ▁con f u s ió n ▁con ▁los ▁que ▁de s ci en de n ▁al ▁se p u l c ro : ▁él ▁fué ▁puesto ▁en ▁medio ▁de ▁los ▁muerto s .
▁A l l í ▁I d u me a , ▁sus ▁reyes ▁y ▁todos ▁sus ▁príncipes , ▁los ▁cuales ▁con ▁su ▁fortaleza ▁fueron ▁puesto s ▁con ▁los ▁muerto s ▁á ▁cuchillo : ▁ellos ▁y a ce rán ▁con ▁los ▁in ci r cu n ci s os , ▁y ▁con ▁los ▁que ▁de s ci en de n ▁al ▁se p u l c ro .
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁El ▁son ido ▁de ▁la ▁corn e ta ▁oyó , ▁y ▁no ▁se ▁a per ci b ió ; ▁su ▁sangre ▁será ▁sobre ▁él : ▁mas ▁el ▁que ▁se ▁a per ci b iere , ▁libr ará ▁su ▁vida .
▁Y ▁si ▁tú ▁a vi s are s ▁al ▁imp í o ▁de ▁su ▁camino ▁para ▁que ▁de ▁él ▁se ▁apart e , ▁y ▁él ▁no ▁se ▁apart are ▁de ▁su ▁camino , ▁por ▁su ▁pecado ▁morirá ▁él , ▁y ▁tú ▁libr aste ▁tu ▁vida .
▁Di c iendo ▁yo ▁al ▁just o , ▁De ▁cierto ▁vivir á , ▁y ▁él ▁con f i ado ▁en ▁su ▁justicia ▁hiciere ▁iniquidad , ▁todas ▁sus ▁justicia s ▁no ▁vendrá n ▁en ▁memoria , ▁sin o ▁que ▁morirá ▁por ▁su ▁iniquidad ▁que ▁hizo .
▁Luego ▁dirá n ▁los ▁hijos ▁de ▁tu ▁pueblo : ▁No ▁es ▁rec ta ▁la ▁ v ía ▁del ▁Señor : ▁la ▁ v ía ▁de ▁ellos ▁es ▁la ▁que ▁no ▁es ▁rec ta .
▁Y ▁aconteció ▁en ▁el ▁año ▁d u o d é ci mo ▁de ▁nuestro ▁ca u t ive ri o , ▁en ▁el ▁me s ▁d é ci mo , ▁á ▁los ▁cinco ▁del ▁me s , ▁que ▁vino ▁á ▁mí ▁un ▁es ca p ado ▁de ▁Jerusalem , ▁diciendo : ▁La ▁ciudad ▁ha ▁sido ▁her i da .
▁Por ▁tanto , ▁di les : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁¿ C on ▁sangre ▁comeréis , ▁y ▁á ▁vuestro s ▁ í do los ▁al za réis ▁vuestro s ▁ojos , ▁y ▁sangre ▁derram aréis , ▁y ▁poseer éis ▁vosotros ▁la ▁tierra ?
▁Y ▁s ab rán ▁que ▁yo ▁soy ▁Jehová , ▁cuando ▁pusier e ▁la ▁tierra ▁en ▁so le dad ▁y ▁desierto , ▁por ▁todas ▁las ▁abomina ciones ▁que ▁han ▁hecho .
▁E mpero ▁cuando ▁el lo ▁vi n iere ▁ ( h e ▁aquí ▁viene ) ▁s ab rán ▁que ▁hubo ▁profeta ▁entre ▁ellos .
▁No ▁cor ro b o ra steis ▁las ▁f la ca s , ▁ni ▁cu ra steis ▁la ▁en f er ma : ▁no ▁li ga steis ▁la ▁per n i que bra da , ▁ni ▁torn a steis ▁la ▁am on t ada , ▁ni ▁busca steis ▁la ▁per di da ; ▁sin o ▁que ▁os ▁ha béis ▁en se ñ o re ado ▁de ▁ella s ▁con ▁d u re za ▁y ▁con ▁vi o l en ci a ;
▁Viv o ▁yo , ▁ha ▁dicho ▁el ▁Señor ▁Jehová , ▁que ▁por ▁cuanto ▁mi ▁re ba ñ o ▁fué ▁para ▁ser ▁ ro b ado , ▁y ▁mis ▁ovejas ▁fueron ▁para ▁ser ▁com i das ▁de ▁toda ▁bestia ▁del ▁campo , ▁sin ▁pa st or ; ▁ni ▁mis ▁pa s to res ▁busca ron ▁mis ▁ovejas , ▁sin o ▁que ▁los ▁pa s to res ▁se ▁a pa c enta ron ▁á ▁sí ▁mismo s , ▁y ▁no ▁a pa c enta ron ▁mis ▁ovejas ;
▁C o mo ▁reconoc e ▁su ▁re ba ñ o ▁el ▁pa st or ▁el ▁día ▁que ▁está ▁en ▁medio ▁de ▁sus ▁ovejas ▁esparci das , ▁así ▁reconoc er é ▁mis ▁ovejas , ▁y ▁las ▁libr aré ▁de ▁todos ▁los ▁lugar es ▁en ▁que ▁fueron ▁esparci das ▁el ▁día ▁del ▁ n u b l ado ▁y ▁de ▁la ▁os cu ri dad .
▁Yo ▁busca ré ▁la ▁per di da , ▁y ▁torn aré ▁la ▁am on t ada , ▁y ▁li g aré ▁la ▁per n i que bra da , ▁y ▁cor ro b or aré ▁la ▁en f er ma : ▁mas ▁á ▁la ▁gr ue s a ▁y ▁á ▁la ▁fuerte ▁destruir é . ▁Yo ▁las ▁a pa c enta ré ▁en ▁juicio .
▁Por ▁tanto , ▁así ▁les ▁di ce ▁el ▁Señor ▁Jehová : ▁He ▁aquí , ▁yo , ▁yo ▁juzg aré ▁entre ▁la ▁ ove ja ▁gr ue s a ▁y ▁la ▁ ove ja ▁f la ca ,
▁Yo ▁Jehová ▁les ▁se ré ▁por ▁Dios , ▁y ▁mi ▁siervo ▁David ▁príncipe ▁en ▁medio ▁de ▁ellos . ▁Yo ▁Jehová ▁he ▁hablado .
▁Y ▁no ▁serán ▁más ▁pre s a ▁de ▁las ▁gente s , ▁ni ▁las ▁bestia s ▁de ▁la ▁tierra ▁las ▁de v or arán ; ▁sin o ▁que ▁habita rán ▁seg ur amente , ▁y ▁no ▁habrá ▁quien ▁es p an te ;
▁Y ▁F U É ▁á ▁mí ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Por ▁cuanto ▁tu vi s te ▁en e mi st ad es ▁perpetua s , ▁y ▁esparci s te ▁los ▁hijos ▁de ▁Israel ▁á ▁pod er ▁de ▁espada ▁en ▁el ▁tiempo ▁de ▁su ▁a f li c ción , ▁en ▁el ▁tiempo ▁ex t re ma d amente ▁mal o ;
▁Yo ▁te ▁pondré ▁en ▁as o l amiento s ▁perpetuo s , ▁y ▁tu s ▁ciudades ▁ nunc a ▁más ▁se ▁rest a ur arán ▁ ; ▁y ▁s ab réis ▁que ▁yo ▁soy ▁Jehová .
▁Y ▁os ▁en g ra n de ci steis ▁contra ▁mí ▁con ▁vuestra ▁boca , ▁y ▁multiplic a steis ▁contra ▁mí ▁vuestras ▁palabras . ▁Yo ▁lo ▁ o í .
▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Por ▁cuanto ▁el ▁enemigo ▁dijo ▁sobre ▁vosotros : ▁ ¡ E a ! ▁también ▁las ▁al t ura s ▁perpetua s ▁no s ▁han ▁sido ▁por ▁heredad ;
▁Por ▁tanto , ▁pro f e t i za ▁sobre ▁la ▁tierra ▁de ▁Israel , ▁y ▁di ▁á ▁los ▁monte s ▁y ▁á ▁los ▁co l l ados , ▁y ▁á ▁los ▁arroyo s ▁y ▁á ▁los ▁valle s : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁He ▁aquí , ▁en ▁mi ▁ ce lo ▁y ▁en ▁mi ▁furor ▁he ▁hablado , ▁por ▁cuanto ▁ha béis ▁llev ado ▁el ▁ o p ro bi o ▁de ▁las ▁gente s .
▁Y ▁haré ▁multiplic ar ▁sobre ▁vosotros ▁hombres , ▁á ▁toda ▁la ▁casa ▁de ▁Israel , ▁toda ▁ella ; ▁y ▁las ▁ciudades ▁han ▁de ▁ser ▁habita das , ▁y ▁serán ▁edifica das ▁las ▁ r u in as .
▁Por ▁tanto , ▁no ▁de v or arás ▁más ▁hombres , ▁y ▁ nunc a ▁más ▁mata rás ▁los ▁hijos ▁á ▁tu s ▁gente s , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁derram é ▁mi ▁ir a ▁sobre ▁ellos ▁por ▁las ▁sangre s ▁que ▁derram aron ▁sobre ▁la ▁tierra ; ▁por que ▁con ▁sus ▁ í do los ▁la ▁contamin aron .
▁Por ▁tanto , ▁di ▁á ▁la ▁casa ▁de ▁Israel : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁No ▁lo ▁ha go ▁por ▁vosotros , ▁ o h ▁casa ▁de ▁Israel , ▁sin o ▁por ▁causa ▁de ▁mi ▁santo ▁nombre , ▁el ▁cual ▁pro f an a steis ▁vosotros ▁entre ▁las ▁gente s ▁á ▁don de ▁ha béis ▁lleg ado .
▁Y ▁os ▁daré ▁corazón ▁ n ue v o , ▁y ▁pondré ▁espíritu ▁ n ue v o ▁dentro ▁de ▁vosotros ; ▁y ▁quitar é ▁de ▁vuestra ▁carne ▁el ▁corazón ▁de ▁piedra , ▁y ▁os ▁daré ▁corazón ▁de ▁carne .
▁M u l t i p li c aré ▁a simismo ▁el ▁fruto ▁de ▁los ▁árbol es , ▁y ▁el ▁fruto ▁de ▁los ▁campo s , ▁por que ▁ nunc a ▁más ▁re ci b áis ▁ o p ro bi o ▁de ▁hambre ▁entre ▁las ▁gente s .
▁Y ▁la ▁tierra ▁as o l ada ▁será ▁la bra da , ▁en ▁lugar ▁de ▁haber ▁sido ▁as o l ada ▁en ▁ojos ▁de ▁todos ▁los ▁que ▁pasar on ;
▁C o mo ▁las ▁ovejas ▁santa s , ▁ como ▁las ▁ovejas ▁de ▁Jerusalem ▁en ▁sus ▁solemnidad es , ▁así ▁las ▁ciudades ▁de s i er ta s ▁serán ▁llena s ▁de ▁re ba ñ os ▁de ▁hombres ; ▁y ▁s ab rán ▁que ▁yo ▁soy ▁Jehová .
▁ D í jo me ▁entonces : ▁P ro f e t i za ▁sobre ▁estos ▁hues os , ▁y ▁di les : ▁Hu es os ▁se co s , ▁ o id ▁palabra ▁de ▁Jehová .
▁Y ▁mi ré , ▁y ▁he ▁aquí ▁ n er vi os ▁sobre ▁ellos , ▁y ▁la ▁carne ▁subió , ▁y ▁la ▁pie l ▁cu b r ió ▁por ▁en ci ma ▁de ▁ellos : ▁mas ▁no ▁había ▁en ▁ellos ▁espíritu .
▁Por ▁tanto ▁pro f e t i za , ▁y ▁di les : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁He ▁aquí , ▁yo ▁abr o ▁vuestro s ▁se p u l c ro s , ▁pueblo ▁mío , ▁y ▁os ▁haré ▁subir ▁de ▁vuestras ▁se p u l t ura s , ▁y ▁os ▁tra er é ▁á ▁la ▁tierra ▁de ▁Israel .
▁T ú , ▁hijo ▁del ▁hombre , ▁ t ó ma te ▁ahora ▁un ▁pa lo , ▁y ▁es c ri be ▁en ▁él : ▁A ▁Judá , ▁y ▁á ▁los ▁hijos ▁de ▁Israel ▁sus ▁com pa ñ eros . ▁Toma ▁después ▁otro ▁pa lo , ▁y ▁es c ri be ▁en ▁él : ▁A ▁José , ▁pa lo ▁de ▁Ephraim , ▁y ▁á ▁toda ▁la ▁casa ▁de ▁Israel ▁sus ▁com pa ñ eros .
▁Y ▁los ▁pa los ▁sobre ▁que ▁es c ri b iere s , ▁estará n ▁en ▁tu ▁mano ▁delante ▁de ▁sus ▁ojos ;
▁Y ▁mi ▁siervo ▁David ▁será ▁rey ▁sobre ▁ellos , ▁y ▁á ▁todos ▁ellos ▁será ▁un ▁pa st or : ▁y ▁and arán ▁en ▁mis ▁derecho s , ▁y ▁mis ▁orden an za s ▁guard arán , ▁y ▁las ▁pondrá n ▁por ▁obra .
▁Y ▁s ab rán ▁las ▁gente s ▁que ▁yo ▁Jehová ▁s an t i f i co ▁á ▁Israel , ▁esta ndo ▁mi ▁santuario ▁entre ▁ellos ▁para ▁siempre .
▁Y ▁yo ▁te ▁que bra n t aré , ▁y ▁pondré ▁an z ue los ▁en ▁tu s ▁ qui ja das , ▁y ▁te ▁saca ré ▁á ▁ti , ▁y ▁á ▁todo ▁tu ▁ejército , ▁caballo s ▁y ▁ca ba l l eros , ▁vestidos ▁de ▁todo ▁todos ▁ellos , ▁grande ▁multitud ▁con ▁p ave se s ▁y ▁es cu do s , ▁ten iendo ▁todos ▁ellos ▁espada s :
▁De ▁aquí ▁á ▁mucho s ▁días ▁será s ▁tú ▁visit ado : ▁al ▁cabo ▁de ▁años ▁vendrá s ▁á ▁la ▁tierra ▁salva da ▁de ▁la ▁espada , ▁recog i da ▁de ▁mucho s ▁pueblo s , ▁á ▁los ▁monte s ▁de ▁Israel , ▁que ▁siempre ▁fueron ▁para ▁as o l amiento : ▁mas ▁fué ▁saca da ▁de ▁las ▁ n a ciones , ▁y ▁todos ▁ellos ▁mor arán ▁con f i ad amente .
▁Para ▁ar re ba t ar ▁despojo s ▁y ▁para ▁tomar ▁pre s a ; ▁para ▁torn ar ▁tu ▁mano ▁sobre ▁las ▁tierra s ▁de s i er ta s ▁y a ▁p o b la das , ▁y ▁sobre ▁el ▁pueblo ▁recog ido ▁de ▁las ▁gente s , ▁que ▁se ▁ha ce ▁de ▁ganado s ▁y ▁pos es ion es , ▁que ▁mor a ▁en ▁el ▁ om b li go ▁de ▁la ▁tierra .
▁Y ▁subir ás ▁contra ▁mi ▁pueblo ▁Israel ▁ como ▁ n u b l ado ▁para ▁cu b ri r ▁la ▁tierra ; ▁será ▁al ▁cabo ▁de ▁los ▁días : ▁y ▁te ▁tra er é ▁sobre ▁mi ▁tierra , ▁para ▁que ▁las ▁gente s ▁me ▁con o z ca n , ▁cuando ▁fuere ▁santifica do ▁en ▁ti , ▁ o h ▁Go g , ▁delante ▁de ▁sus ▁ojos .
▁Que ▁los ▁pe ce s ▁de ▁la ▁mar , ▁y ▁las ▁ ave s ▁del ▁cielo , ▁y ▁las ▁bestia s ▁del ▁campo , ▁y ▁toda ▁ser p iente ▁que ▁and a ▁ar ra st r ando ▁sobre ▁la ▁tierra , ▁y ▁todos ▁los ▁hombres ▁que ▁están ▁sobre ▁la ▁ha z ▁de ▁la ▁tierra , ▁tem b l arán ▁á ▁mi ▁presencia ; ▁y ▁se ▁ar r u in arán ▁los ▁monte s , ▁y ▁los ▁va l l ados ▁ca e rán , ▁y ▁todo ▁mu ro ▁ca e rá ▁á ▁tierra .
▁T Ú ▁pues , ▁hijo ▁del ▁hombre , ▁pro f e t i za ▁contra ▁Go g , ▁y ▁di : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁He ▁aquí ▁yo ▁contra ▁ti , ▁ o h ▁Go g , ▁príncipe ▁de ▁la ▁ca be ce ra ▁de ▁Me se ch ▁y ▁T u ba l :
▁So bre ▁la ▁ha z ▁del ▁campo ▁ca e rás : ▁por que ▁yo ▁he ▁hablado , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁los ▁moradores ▁de ▁las ▁ciudades ▁de ▁Israel ▁saldrá n , ▁y ▁en ce n de rán ▁y ▁que m arán ▁arm as , ▁y ▁es cu do s , ▁y ▁p ave se s , ▁ar co s ▁y ▁s a e ta s , ▁y ▁ba st on es ▁de ▁mano , ▁y ▁la n za s : ▁y ▁las ▁que m arán ▁en ▁fuego ▁por ▁siete ▁años .
▁En t er r ar los ▁ha ▁todo ▁el ▁pueblo ▁de ▁la ▁tierra : ▁y ▁será ▁para ▁ellos ▁c é le bre ▁el ▁día ▁que ▁yo ▁fuere ▁ g lo ri f i c ado , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁tú , ▁hijo ▁del ▁hombre , ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Di ▁á ▁las ▁ ave s , ▁á ▁todo ▁ v o l á til , ▁y ▁á ▁toda ▁bestia ▁del ▁campo : ▁ J un ta os , ▁y ▁ven id ; ▁re un í os ▁de ▁todas ▁parte s ▁á ▁mi ▁ v í c t im a ▁que ▁os ▁sacrific o , ▁un ▁sacrificio ▁grande ▁sobre ▁los ▁monte s ▁de ▁Israel , ▁y ▁comeréis ▁carne ▁y ▁beber éis ▁sangre .
▁Y ▁pondré ▁mi ▁gloria ▁entre ▁las ▁gente s , ▁y ▁todas ▁las ▁gente s ▁ver án ▁mi ▁juicio ▁que ▁ha b ré ▁hecho , ▁y ▁mi ▁mano ▁que ▁sobre ▁ellos ▁pu se .
▁Por ▁tanto , ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁Ahora ▁volver é ▁la ▁ca u t i vi dad ▁de ▁Jacob , ▁y ▁ten d ré ▁misericordia ▁de ▁toda ▁la ▁casa ▁de ▁Israel , ▁y ▁c el aré ▁por ▁mi ▁santo ▁nombre .
▁N i ▁escond er é ▁más ▁de ▁ellos ▁mi ▁rostro ; ▁por que ▁ha b ré ▁derram ado ▁de ▁mi ▁espíritu ▁sobre ▁la ▁casa ▁de ▁Israel , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁habló me ▁aquel ▁varón , ▁diciendo : ▁Hi jo ▁del ▁hombre , ▁mira ▁con ▁tu s ▁ojos , ▁y ▁ o y e ▁con ▁tu s ▁oído s , ▁y ▁pon ▁tu ▁corazón ▁á ▁todas ▁las ▁cosas ▁que ▁te ▁mu est ro ; ▁por que ▁para ▁que ▁yo ▁te ▁las ▁most ra se ▁eres ▁traído ▁aquí . ▁C u enta ▁todo ▁lo ▁que ▁ve s ▁á ▁la ▁casa ▁de ▁Israel .
▁Mi d ió ▁a simismo ▁la ▁entr ada ▁de ▁la ▁puerta ▁por ▁de ▁dentro , ▁una ▁ca ñ a .
▁Y ▁el ▁es pa ci o ▁de ▁delante ▁de ▁las ▁c á ma ra s , ▁de ▁un ▁co do ▁de ▁la ▁una ▁parte , ▁y ▁de ▁otro ▁co do ▁de ▁la ▁otra ; ▁y ▁ cada ▁c á ma ra ▁tenía ▁se is ▁codos ▁de ▁una ▁parte , ▁y ▁se is ▁codos ▁de ▁otra .
▁Y ▁había ▁ven t an as ▁es t re ch as ▁en ▁las ▁c á ma ra s , ▁y ▁en ▁sus ▁por ta les ▁por ▁de ▁dentro ▁de ▁la ▁puerta ▁alrededor , ▁y ▁a simismo ▁en ▁los ▁cor re do res ; ▁y ▁las ▁ven t an as ▁estaban ▁alrededor ▁por ▁de ▁dentro ; ▁y ▁en ▁ cada ▁pos te ▁había ▁palm as .
▁Y ▁de ▁la ▁puerta ▁que ▁estaba ▁haci a ▁el ▁nor te ▁en ▁el ▁atrio ▁ex te ri or , ▁mi d ió ▁su ▁longitud ▁y ▁su ▁an ch ura .
▁L le v ó me ▁después ▁haci a ▁el ▁mediodía , ▁y ▁he ▁aquí ▁una ▁puerta ▁haci a ▁el ▁mediodía : ▁y ▁mi d ió ▁sus ▁por ta les ▁y ▁sus ▁ar co s ▁conform e ▁á ▁esta s ▁me di das .
▁Me t ió me ▁después ▁en ▁el ▁atrio ▁de ▁a de n t ro ▁á ▁la ▁puerta ▁del ▁mediodía , ▁y ▁mi d ió ▁la ▁puerta ▁del ▁mediodía ▁conform e ▁á ▁esta s ▁me di das .
▁Y ▁llev ó me ▁al ▁atrio ▁in te ri or ▁haci a ▁el ▁or iente , ▁y ▁mi d ió ▁la ▁puerta ▁conform e ▁á ▁esta s ▁me di das .
▁Su s ▁c á ma ra s , ▁y ▁sus ▁pos te s , ▁y ▁sus ▁ar co s , ▁y ▁sus ▁ven t an as ▁alrededor : ▁la ▁longitud ▁era ▁de ▁cincuenta ▁codos , ▁y ▁de ▁veinti ci n co ▁codos ▁el ▁an ch o .
▁Y ▁al ▁la do ▁por ▁de ▁fuera ▁de ▁las ▁gr ada s , ▁á ▁la ▁entr ada ▁de ▁la ▁puerta ▁del ▁nor te , ▁había ▁dos ▁me s as ; ▁y ▁al ▁otro ▁la do ▁que ▁estaba ▁á ▁la ▁entr ada ▁de ▁la ▁puerta , ▁dos ▁me s as .
▁Y ▁fuera ▁de ▁la ▁puerta ▁in te ri or , ▁en ▁el ▁atrio ▁de ▁a de n t ro ▁que ▁estaba ▁al ▁la do ▁de ▁la ▁puerta ▁del ▁nor te , ▁estaban ▁las ▁c á ma ra s ▁de ▁los ▁can to res , ▁las ▁cuales ▁mi r aban ▁haci a ▁el ▁mediodía : ▁una ▁estaba ▁al ▁la do ▁de ▁la ▁puerta ▁del ▁or iente ▁que ▁mira ba ▁haci a ▁el ▁nor te .
▁Y ▁llev ó me ▁al ▁p ó r t i co ▁del ▁templo , ▁y ▁mi d ió ▁ cada ▁pos te ▁del ▁p ó r t i co , ▁cinco ▁codos ▁de ▁una ▁parte , ▁y ▁cinco ▁codos ▁de ▁otra ; ▁y ▁la ▁an ch ura ▁de ▁la ▁puerta ▁tres ▁codos ▁de ▁una ▁parte , ▁y ▁tres ▁codos ▁de ▁otra .
▁Y ▁pasó ▁al ▁in te ri or , ▁y ▁mi d ió ▁ cada ▁pos te ▁de ▁la ▁puerta ▁de ▁dos ▁codos ; ▁y ▁la ▁puerta ▁de ▁se is ▁codos ; ▁y ▁la ▁an ch ura ▁de ▁la ▁entr ada ▁de ▁siete ▁codos .
▁Y ▁había ▁may or ▁an ch ura ▁y ▁ v ue l ta ▁en ▁las ▁c á ma ra s ▁á ▁lo ▁más ▁al to ; ▁el ▁ca ra co l ▁de ▁la ▁casa ▁subía ▁mu y ▁al to ▁alrededor ▁por ▁de ▁dentro ▁de ▁la ▁casa : ▁por ▁tanto ▁la ▁casa ▁tenía ▁más ▁an ch ura ▁arriba ; ▁y ▁de ▁la ▁c á ma ra ▁ba ja ▁se ▁subía ▁á ▁la ▁al ta ▁por ▁la ▁del ▁medio .
▁Y ▁la ▁puerta ▁de ▁ cada ▁c á ma ra ▁sal ía ▁al ▁es pa ci o ▁que ▁que d aba ; ▁una ▁puerta ▁haci a ▁el ▁nor te , ▁y ▁otra ▁puerta ▁haci a ▁el ▁mediodía : ▁y ▁la ▁an ch ura ▁del ▁es pa ci o ▁que ▁que d aba ▁era ▁de ▁cinco ▁codos ▁por ▁todo ▁alrededor .
▁Y ▁mi d ió ▁la ▁longitud ▁del ▁ ed i f i ci o ▁que ▁estaba ▁delante ▁del ▁apart amiento ▁que ▁había ▁de t rás ▁de ▁él , ▁y ▁las ▁c á ma ra s ▁de ▁una ▁parte ▁y ▁otra , ▁cien ▁codos ; ▁y ▁el ▁templo ▁de ▁dentro , ▁y ▁los ▁por ta les ▁del ▁atrio .
▁Un ▁rostro ▁de ▁hombre ▁haci a ▁la ▁palm a ▁de ▁la ▁una ▁parte , ▁y ▁rostro ▁de ▁le ón ▁haci a ▁la ▁palm a ▁de ▁la ▁otra ▁parte , ▁por ▁toda ▁la ▁casa ▁alrededor .
▁Y ▁el ▁templo ▁y ▁el ▁santuario ▁tenía n ▁dos ▁por ta das .
▁S A C Ó M E ▁luego ▁al ▁atrio ▁de ▁a f ue ra ▁haci a ▁el ▁nor te , ▁y ▁llev ó me ▁á ▁la ▁c á ma ra ▁que ▁estaba ▁delante ▁del ▁es pa ci o ▁que ▁que d aba ▁en f r ente ▁del ▁ ed i f i ci o ▁de ▁haci a ▁el ▁nor te .
▁Y ▁las ▁c á ma ra s ▁más ▁al ta s ▁era n ▁más ▁es t re ch as ; ▁por que ▁las ▁ ga l er ía s ▁ qui t aban ▁de ▁ella s ▁más ▁que ▁de ▁las ▁ba ja s ▁y ▁de ▁las ▁de ▁en ▁medio ▁del ▁ ed i f i ci o :
▁Y ▁debajo ▁de ▁las ▁c á ma ra s ▁estaba ▁la ▁entr ada ▁al ▁la do ▁or i enta l , ▁para ▁entrar ▁en ▁él ▁de s de ▁el ▁atrio ▁de ▁a f ue ra .
▁Y ▁d í jo me : ▁La s ▁c á ma ra s ▁del ▁nor te ▁y ▁las ▁del ▁mediodía , ▁que ▁están ▁delante ▁de ▁la ▁lo n ja , ▁son ▁c á ma ra s ▁santa s , ▁en ▁las ▁cuales ▁los ▁sacerdote s ▁que ▁se ▁acerca n ▁á ▁Jehová ▁comerá n ▁las ▁santa s ▁ofrenda s : ▁allí ▁pondrá n ▁las ▁ofrenda s ▁santa s , ▁y ▁el ▁presente , ▁y ▁la ▁expiación , ▁y ▁el ▁sacrificio ▁por ▁el ▁pecado : ▁por que ▁el ▁lugar ▁es ▁santo .
▁Mi d ió ▁al ▁la do ▁del ▁nor te , ▁quinient as ▁ca ñ as ▁de ▁la ▁ca ñ a ▁de ▁me d ir ▁alrededor .
▁L L E V Ó M E ▁luego ▁á ▁la ▁puerta , ▁á ▁la ▁puerta ▁que ▁mira ▁haci a ▁el ▁or iente ;
▁Y ▁al z ó me ▁el ▁espíritu , ▁y ▁me t ió me ▁en ▁el ▁atrio ▁de ▁a de n t ro ; ▁y ▁he ▁aquí ▁que ▁la ▁gloria ▁de ▁Jehová ▁hin ch ió ▁la ▁casa .
▁Ahora ▁echar án ▁le jo s ▁de ▁mí ▁su ▁for n i c ación , ▁y ▁los ▁cuerpo s ▁muerto s ▁de ▁sus ▁reyes , ▁y ▁habita ré ▁en ▁medio ▁de ▁ellos ▁para ▁siempre .
▁Y ▁esta s ▁son ▁las ▁me di das ▁del ▁altar ▁por ▁codos ▁ ( el ▁co do ▁de ▁á ▁co do ▁y ▁palm o ) . ▁El ▁se no , ▁de ▁un ▁co do , ▁y ▁de ▁un ▁co do ▁el ▁an ch o ; ▁y ▁su ▁re ma te ▁por ▁su ▁bo r de ▁alrededor , ▁de ▁un ▁palm o . ▁Este ▁será ▁el ▁f on do ▁al to ▁del ▁altar .
▁Y ▁el ▁á re a , ▁de ▁ca to r ce ▁codos ▁de ▁longitud , ▁y ▁ca to r ce ▁de ▁an ch ura ▁en ▁sus ▁cuatro ▁la do s , ▁y ▁de ▁medio ▁co do ▁el ▁bo r de ▁alrededor : ▁y ▁el ▁se no ▁de ▁un ▁co do ▁por ▁todos ▁la do s ; ▁y ▁sus ▁gr ada s ▁estaban ▁al ▁or iente .
▁Toma rás ▁luego ▁el ▁becerro ▁de ▁la ▁expiación , ▁y ▁lo ▁que m arás ▁conform e ▁á ▁la ▁le y ▁de ▁la ▁casa , ▁fuera ▁del ▁santuario .
▁Por ▁siete ▁días ▁sacrific arán ▁un ▁macho ▁cabrío ▁ cada ▁día ▁en ▁expiación ; ▁a simismo ▁sacrific arán ▁el ▁becerro ▁de ▁la ▁va cada ▁y ▁un ▁carnero ▁sin ▁ ta ch a ▁del ▁re ba ñ o .
▁Y ▁d í jo me ▁Jehová : ▁Esta ▁puerta ▁ha ▁de ▁esta r ▁ cer r ada : ▁no ▁se ▁abr irá , ▁ni ▁entr ará ▁por ▁ella ▁hombre , ▁por que ▁Jehová ▁Dios ▁de ▁Israel ▁entr ó ▁por ▁ella ; ▁estará ▁por ▁tanto ▁ cer r ada .
▁Y ▁dirá s ▁á ▁los ▁rebel de s , ▁á ▁la ▁casa ▁de ▁Israel : ▁As í ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁B ás te os ▁de ▁todas ▁vuestras ▁abomina ciones , ▁ o h ▁casa ▁de ▁Israel ;
▁Y ▁los ▁Levitas ▁que ▁se ▁apart aron ▁le jo s ▁de ▁mí ▁cuando ▁Israel ▁ er r ó , ▁el ▁cual ▁se ▁de s vi ó ▁de ▁mí ▁en ▁pos ▁de ▁sus ▁ í do los , ▁llev arán ▁su ▁iniquidad .
▁P on d ré los , ▁pues , ▁por ▁guarda s ▁de ▁la ▁guarda ▁de ▁la ▁casa ▁en ▁todo ▁su ▁servicio , ▁y ▁en ▁todo ▁lo ▁que ▁en ▁ella ▁hubiere ▁de ▁hacer se .
▁T i ar as ▁de ▁lino ▁tendrá n ▁en ▁sus ▁cabeza s , ▁y ▁pa ñ e te s ▁de ▁lino ▁en ▁sus ▁lo mos : ▁no ▁se ▁ ce ñ irá n ▁para ▁su d ar .
▁N i ▁vi ud a , ▁ni ▁re p ud i ada ▁se ▁tomará n ▁por ▁mujeres ; ▁sin o ▁que ▁tomará n ▁ v í r g en es ▁del ▁li n a je ▁de ▁la ▁casa ▁de ▁Israel , ▁ó ▁vi ud a ▁que ▁fuere ▁vi ud a ▁de ▁sacerdote .
▁Y ▁después ▁de ▁su ▁purifica ción , ▁le ▁con t arán ▁siete ▁días .
▁Y ▁las ▁pri mi ci as ▁de ▁todos ▁los ▁primer os ▁de ▁todo , ▁y ▁toda ▁ofrenda ▁de ▁todo ▁lo ▁que ▁se ▁ofreciere ▁de ▁todas ▁vuestras ▁ofrenda s , ▁será ▁de ▁los ▁sacerdote s : ▁d aréis ▁a simismo ▁las ▁pri mi ci as ▁de ▁todas ▁vuestras ▁mas as ▁al ▁sacerdote , ▁para ▁que ▁haga ▁re p os ar ▁la ▁bendición ▁en ▁vuestras ▁casa s .
▁Y ▁de ▁esta ▁me di da ▁me di rás ▁en ▁longitud ▁veinti ci n co ▁mil ▁ca ñ as , ▁y ▁en ▁an ch ura ▁diez ▁mil , ▁en ▁lo ▁cual ▁estará ▁el ▁santuario , ▁el ▁santuario ▁de ▁santuario s .
▁Y ▁la ▁parte ▁del ▁príncipe ▁será ▁junto ▁al ▁apart amiento ▁del ▁santuario , ▁de ▁la ▁una ▁parte ▁y ▁de ▁la ▁otra , ▁y ▁junto ▁á ▁la ▁posesión ▁de ▁la ▁ciudad , ▁delante ▁del ▁apart amiento ▁del ▁santuario , ▁y ▁delante ▁de ▁la ▁posesión ▁de ▁la ▁ciudad , ▁de s de ▁el ▁ ri n c ón ▁oc ci d enta l ▁haci a ▁el ▁occidente , ▁hast a ▁el ▁ ri n c ón ▁or i enta l ▁haci a ▁el ▁or iente : ▁y ▁la ▁longitud ▁será ▁de ▁la ▁una ▁parte ▁á ▁la ▁otra , ▁de s de ▁el ▁ ri n c ón ▁del ▁occidente ▁hast a ▁el ▁ ri n c ón ▁del ▁or iente .
▁El ▁ e ph a ▁y ▁el ▁ba to ▁serán ▁de ▁una ▁mis ma ▁me di da : ▁que ▁el ▁ba to ▁ten ga ▁la ▁décima ▁parte ▁del ▁ho m er , ▁y ▁la ▁décima ▁parte ▁del ▁ho m er ▁el ▁ e ph a : ▁la ▁me di da ▁de ▁ellos ▁será ▁seg ún ▁el ▁ho m er .
▁Y ▁una ▁cor de ra ▁de ▁la ▁man ada ▁de ▁dos ci enta s , ▁de ▁las ▁gr ue s as ▁de ▁Israel , ▁para ▁sacrificio , ▁y ▁para ▁holocausto ▁y ▁para ▁pa c í f i co s , ▁para ▁expiación ▁por ▁ellos , ▁di ce ▁el ▁Señor ▁Jehová .
▁Y ▁el ▁sacerdote ▁tomará ▁de ▁la ▁sangre ▁de ▁la ▁expiación , ▁y ▁pondrá ▁sobre ▁los ▁pos te s ▁de ▁la ▁casa , ▁y ▁sobre ▁los ▁cuatro ▁á n gu los ▁del ▁á re a ▁del ▁altar , ▁y ▁sobre ▁los ▁pos te s ▁de ▁las ▁puerta s ▁del ▁atrio ▁de ▁a de n t ro .
▁Y ▁en ▁los ▁siete ▁días ▁de ▁la ▁solemnidad ▁hará ▁holocausto ▁á ▁Jehová , ▁siete ▁becerro s ▁y ▁siete ▁carnero s ▁sin ▁defecto , ▁ cada ▁día ▁de ▁los ▁siete ▁días ; ▁y ▁por ▁el ▁pecado ▁un ▁macho ▁cabrío ▁ cada ▁día .
▁Y ▁el ▁príncipe ▁entr ará ▁por ▁el ▁camino ▁del ▁por ta l ▁de ▁la ▁puerta ▁de ▁a f ue ra , ▁y ▁estará ▁al ▁ umb ra l ▁de ▁la ▁puerta , ▁mi en tra s ▁los ▁sacerdote s ▁hará n ▁su ▁holocausto ▁y ▁sus ▁pa c í f i co s , ▁y ▁a dor ará ▁á ▁la ▁entr ada ▁de ▁la ▁puerta : ▁después ▁saldrá ; ▁mas ▁no ▁se ▁ cer r ará ▁la ▁puerta ▁hast a ▁la ▁tarde .
▁Mas ▁el ▁día ▁de ▁la ▁nueva ▁lu n a , ▁un ▁becerro ▁sin ▁ ta ch a ▁de ▁la ▁va cada , ▁y ▁se is ▁cordero s , ▁y ▁un ▁carnero : ▁de be rán ▁ser ▁sin ▁defecto .
▁Y ▁el ▁príncipe , ▁cuando ▁ellos ▁entrar en , ▁él ▁entr ará ▁en ▁medio ▁de ▁ellos : ▁y ▁cuando ▁ellos ▁sal iere n , ▁él ▁saldrá .
▁Y ▁con ▁él ▁harás ▁todas ▁las ▁mañana s ▁presente ▁de ▁la ▁se x ta ▁parte ▁de ▁un ▁ e ph a , ▁y ▁la ▁tercer a ▁parte ▁de ▁un ▁hin ▁de ▁aceite ▁para ▁me z c l ar ▁con ▁la ▁flor ▁de ▁harina : ▁presente ▁para ▁Jehová ▁con t in u amente ▁por ▁estatuto ▁perpetuo .
▁Y ▁el ▁príncipe ▁no ▁tomará ▁nada ▁de ▁la ▁her en ci a ▁del ▁pueblo , ▁por ▁no ▁de f ra ud ar los ▁de ▁su ▁posesión : ▁de ▁lo ▁que ▁él ▁pos e e ▁dará ▁her en ci a ▁á ▁sus ▁hijos ; ▁para ▁que ▁mi ▁pueblo ▁no ▁sea ▁echa do ▁ cada ▁uno ▁de ▁su ▁posesión .
▁En ▁los ▁cuatro ▁ ri n co n es ▁del ▁atrio ▁había ▁pa t i os ▁junto s ▁de ▁cuarenta ▁codos ▁de ▁longitud , ▁y ▁treinta ▁de ▁an ch ura : ▁tenía n ▁una ▁mis ma ▁me di da ▁todos ▁cuatro ▁á ▁los ▁ ri n co n es .
▁Y ▁sacó me ▁por ▁el ▁camino ▁de ▁la ▁puerta ▁del ▁nor te , ▁é ▁ h í zo me ▁rod e ar ▁por ▁el ▁camino ▁fuera ▁de ▁la ▁puerta , ▁por ▁de ▁fuera ▁al ▁camino ▁de ▁la ▁que ▁mira ▁al ▁or iente : ▁y ▁he ▁aquí ▁las ▁aguas ▁que ▁sal ían ▁al ▁la do ▁derecho .
▁Y ▁d í jo me : ▁¿ H as ▁visto , ▁hijo ▁del ▁hombre ? ▁Después ▁me ▁llev ó , ▁é ▁ h í zo me ▁torn ar ▁por ▁la ▁ ri be ra ▁del ▁arroyo .
▁Y ▁será ▁que ▁junto ▁á ▁él ▁estará n ▁pe s c ado res ; ▁y ▁de s de ▁En - ga di ▁hast a ▁En - e g la im ▁será ▁ten de der o ▁de ▁re de s : ▁en ▁su ▁c la se ▁será ▁su ▁pe s c ado ▁ como ▁el ▁pe s c ado ▁de ▁la ▁gran ▁mar , ▁mucho ▁en ▁gran ▁manera .
▁Y ▁la ▁her ed aréis ▁así ▁los ▁uno s ▁ como ▁los ▁otro s : ▁por ▁ella ▁al c é ▁mi ▁mano ▁que ▁la ▁había ▁de ▁dar ▁á ▁vuestro s ▁padres : ▁por ▁tanto , ▁esta ▁tierra ▁os ▁ca e rá ▁en ▁heredad .
▁A l ▁la do ▁del ▁or iente , ▁por ▁medio ▁de ▁Ha ura n ▁y ▁de ▁Da ma s co , ▁y ▁de ▁Galaad , ▁y ▁de ▁la ▁tierra ▁de ▁Israel , ▁al ▁Jordán : ▁esto ▁me di réis ▁de ▁término ▁hast a ▁la ▁mar ▁del ▁or iente .
▁Y ▁será ▁que ▁echa réis ▁sobre ▁ella ▁suerte s ▁por ▁her en ci a ▁para ▁vosotros , ▁y ▁para ▁los ▁extranjero s ▁que ▁per e g ri n an ▁entre ▁vosotros , ▁que ▁entre ▁vosotros ▁han ▁en g en d r ado ▁hijos : ▁y ▁los ▁tendréis ▁ como ▁ n a t ura les ▁entre ▁los ▁hijos ▁de ▁Israel ; ▁echar án ▁suerte s ▁con ▁vosotros ▁para ▁her ed ar se ▁entre ▁las ▁tribu s ▁de ▁Israel .
▁Y ▁junto ▁al ▁término ▁de ▁As er , ▁de s de ▁el ▁la do ▁or i enta l ▁hast a ▁la ▁parte ▁de ▁la ▁mar , ▁Nephtalí , ▁otra .
▁Y ▁junto ▁al ▁término ▁de ▁Rubén , ▁de s de ▁la ▁parte ▁del ▁or iente ▁hast a ▁la ▁parte ▁de ▁la ▁mar , ▁Judá , ▁otra .
▁Lo s ▁sacerdote s ▁santifica do s ▁de ▁los ▁hijos ▁de ▁S ado c , ▁que ▁guarda ron ▁mi ▁ob serv an ci a , ▁que ▁no ▁ er r aron ▁cuando ▁ er r aron ▁los ▁hijos ▁de ▁Israel , ▁ como ▁ er r aron ▁los ▁Levitas ,
▁Y ▁las ▁cinco ▁mil ▁ca ñ as ▁de ▁an ch ura ▁que ▁que d an ▁de ▁las ▁veinti ci n co ▁mil , ▁serán ▁pro f an as , ▁para ▁la ▁ciudad , ▁para ▁habita ción ▁y ▁para ▁ e j ido ; ▁y ▁la ▁ciudad ▁estará ▁en ▁medio .
▁Y ▁los ▁que ▁servir án ▁á ▁la ▁ciudad , ▁serán ▁de ▁todas ▁las ▁tribu s ▁de ▁Israel .
▁Cuan to ▁á ▁las ▁de m ás ▁tribu s , ▁de s de ▁la ▁parte ▁del ▁or iente ▁hast a ▁la ▁parte ▁de ▁la ▁mar , ▁tendrá ▁Benjamín ▁una ▁parte .
▁Y ▁junto ▁al ▁término ▁de ▁Zabulón , ▁de s de ▁la ▁parte ▁del ▁or iente ▁hast a ▁la ▁parte ▁de ▁la ▁mar , ▁Gad , ▁otra .
▁Y ▁las ▁puerta s ▁de ▁la ▁ciudad ▁serán ▁seg ún ▁los ▁nombre s ▁de ▁las ▁tribu s ▁de ▁Israel : ▁tres ▁puerta s ▁al ▁nor te : ▁la ▁puerta ▁de ▁Rubén , ▁una ; ▁la ▁puerta ▁de ▁Judá , ▁otra ; ▁la ▁puerta ▁de ▁Leví , ▁otra .
▁En ▁derredor ▁tendrá ▁die ci o ch o ▁mil ▁ca ñ as . ▁Y ▁el ▁nombre ▁de ▁la ▁ciudad ▁de s de ▁aquel ▁día ▁será ▁JEHOVÁ - S H A M M A ▁ .
▁M u ch a ch os ▁en ▁quien es ▁no ▁ hu bi e se ▁ ta ch a ▁alguna , ▁y ▁de ▁bu en ▁par e cer , ▁y ▁en se ñ ados ▁en ▁toda ▁sabiduría , ▁y ▁s a bi os ▁en ▁cien ci a , ▁y ▁de ▁bu en ▁en te nd imiento , ▁é ▁ id ón e os ▁para ▁esta r ▁en ▁el ▁pa la ci o ▁del ▁rey ; ▁y ▁que ▁les ▁en se ñ a se ▁las ▁let ra s ▁y ▁la ▁le n gu a ▁de ▁los ▁C al de os .
▁Y ▁Dan i el ▁pro p u s o ▁en ▁su ▁corazón ▁de ▁no ▁contamin ar se ▁en ▁la ▁ r ación ▁de ▁la ▁com i da ▁del ▁rey , ▁ni ▁en ▁el ▁vino ▁de ▁su ▁beber : ▁pi d ió ▁por ▁tanto ▁al ▁príncipe ▁de ▁los ▁ e un u co s ▁de ▁no ▁contamin ar se .
▁P r ue ba , ▁te ▁ruego , ▁tu s ▁siervos ▁diez ▁días , ▁y ▁de n nos ▁le g umb res ▁á ▁come r , ▁y ▁agua ▁á ▁beber .
▁As í ▁fué ▁que ▁Me l s ar ▁toma ba ▁la ▁ r ación ▁de ▁la ▁com i da ▁de ▁ellos , ▁y ▁el ▁vino ▁de ▁su ▁beber , ▁y ▁d á ba les ▁le g umb res .
▁Y ▁en ▁todo ▁negocio ▁de ▁sabiduría ▁é ▁in te li g en ci a ▁que ▁el ▁rey ▁les ▁de man d ó , ▁halló los ▁diez ▁veces ▁mejor es ▁que ▁todos ▁los ▁ ma go s ▁y ▁a st r ólo go s ▁que ▁había ▁en ▁todo ▁su ▁reino .
▁Y ▁el ▁rey ▁les ▁dijo : ▁He ▁so ñ ado ▁un ▁sueño , ▁y ▁mi ▁espíritu ▁se ▁ha ▁per t ur b ado ▁por ▁sabe r ▁del ▁sueño .
▁Re s p on d ieron ▁la ▁seg un da ▁vez , ▁y ▁dijeron : ▁Di ga ▁el ▁rey ▁el ▁sueño ▁á ▁sus ▁siervos , ▁y ▁most ra remos ▁su ▁declar ación .
▁F in al mente , ▁el ▁negocio ▁que ▁el ▁rey ▁de man da , ▁es ▁sin gu l ar , ▁ni ▁hay ▁quien ▁lo ▁pu ed a ▁declar ar ▁delante ▁del ▁rey , ▁sal v o ▁los ▁dioses ▁cu y a ▁mor ada ▁no ▁es ▁con ▁la ▁carne .
▁Ha b l ó ▁y ▁dijo ▁á ▁A ri o ch ▁capitán ▁del ▁rey : ▁¿ Qué ▁es ▁la ▁causa ▁que ▁este ▁man d amiento ▁se ▁pu b li ca ▁de ▁parte ▁del ▁rey ▁ t an ▁ap res ura d amente ? ▁Entonces ▁A ri o ch ▁declar ó ▁el ▁negocio ▁á ▁Dan i el .
▁Entonces ▁el ▁arca no ▁fué ▁re v el ado ▁á ▁Dan i el ▁en ▁vi s ió n ▁de ▁noche ; ▁por ▁lo ▁cual ▁bendijo ▁Dan i el ▁al ▁Dios ▁del ▁cielo .
▁A ▁ti , ▁ o h ▁Dios ▁de ▁mis ▁padres , ▁con f i es o ▁y ▁te ▁al ab o , ▁que ▁me ▁d iste ▁sabiduría ▁y ▁fortaleza , ▁y ▁ahora ▁me ▁en se ñ aste ▁lo ▁que ▁te ▁pe di mos ; ▁pues ▁no s ▁has ▁en se ñ ado ▁el ▁negocio ▁del ▁rey .
▁Dan i el ▁respondió ▁delante ▁del ▁rey , ▁y ▁dijo : ▁El ▁mis te ri o ▁que ▁el ▁rey ▁de man da , ▁ni ▁s a bi os , ▁ni ▁a st r ólo go s , ▁ni ▁ ma go s , ▁ni ▁a di vi nos ▁lo ▁pu ed en ▁en se ñ ar ▁al ▁rey .
▁T ú , ▁ o h ▁rey , ▁ve ía s ▁ , ▁y ▁he ▁aquí ▁una ▁grande ▁image n . ▁Esta ▁image n , ▁que ▁era ▁mu y ▁grande , ▁y ▁cu y a ▁gloria ▁era ▁mu y ▁su b li me , ▁estaba ▁en ▁pie ▁delante ▁de ▁ti , ▁y ▁su ▁as pe c to ▁era ▁te r ri ble .
▁Entonces ▁fué ▁también ▁de s me n u z ado ▁el ▁ hi er ro , ▁el ▁bar ro ▁co c ido , ▁el ▁metal , ▁la ▁plata ▁y ▁el ▁oro , ▁y ▁se ▁torn aron ▁ como ▁ ta mo ▁de ▁las ▁era s ▁del ▁ver an o : ▁y ▁levant ólo s ▁el ▁vi en to , ▁y ▁ nunc a ▁más ▁se ▁les ▁halló ▁lugar . ▁Mas ▁la ▁piedra ▁que ▁hirió ▁á ▁la ▁image n , ▁fué ▁he ch a ▁un ▁gran ▁monte , ▁que ▁hin ch ió ▁toda ▁la ▁tierra .
▁Y ▁después ▁de ▁ti ▁se ▁levant ará ▁otro ▁reino ▁men or ▁que ▁tú ; ▁y ▁otro ▁tercer ▁reino ▁de ▁metal , ▁el ▁cual ▁se ▁en se ñ o re ará ▁de ▁toda ▁la ▁tierra .
▁Cuan to ▁á ▁aquello ▁que ▁vi s te , ▁el ▁ hi er ro ▁me z c l ado ▁con ▁ti est o ▁de ▁bar ro , ▁me z c l arán se ▁con ▁simiente ▁ hu man a , ▁mas ▁no ▁se ▁pe g arán ▁el ▁uno ▁con ▁el ▁otro , ▁ como ▁el ▁ hi er ro ▁no ▁se ▁mi st ura ▁con ▁el ▁ti est o .
▁El ▁rey ▁habló ▁á ▁Dan i el , ▁y ▁dijo : ▁C iertamente ▁que ▁el ▁Dios ▁vuestro ▁es ▁Dios ▁de ▁dioses , ▁y ▁el ▁Señor ▁de ▁los ▁reyes , ▁y ▁el ▁descubr ido r ▁de ▁los ▁mis te ri os , ▁pues ▁pu d iste ▁re v el ar ▁este ▁arca no .
▁Y ▁envió ▁el ▁rey ▁N ab u co do nos or ▁á ▁junt ar ▁los ▁grande s , ▁los ▁as iste n te s ▁y ▁ca p ita n es , ▁ o ido res , ▁re ce p to res , ▁los ▁del ▁con se jo , ▁pre s id ente s , ▁y ▁á ▁todos ▁los ▁go be rna do res ▁de ▁las ▁pro vi n ci as , ▁para ▁que ▁vi n i es en ▁á ▁la ▁de di c ación ▁de ▁la ▁esta tu a ▁que ▁el ▁rey ▁N ab u co do nos or ▁había ▁levant ado .
▁Y ▁cualquier a ▁que ▁no ▁se ▁postr are ▁y ▁a dor are , ▁en ▁la ▁mis ma ▁ho ra ▁será ▁echa do ▁dentro ▁de ▁un ▁horn o ▁de ▁fuego ▁ar d iendo .
▁T ú , ▁ o h ▁rey , ▁pu s iste ▁le y ▁que ▁todo ▁hombre ▁en ▁ o y e ndo ▁el ▁son ▁de ▁la ▁bocina , ▁del ▁p í f an o , ▁del ▁ t am b or il , ▁del ▁ar pa , ▁del ▁sal te ri o , ▁de ▁la ▁ za m p o ñ a , ▁y ▁de ▁todo ▁in st r u ment o ▁ m ú s i co , ▁se ▁postr a se ▁y ▁ ado ra se ▁la ▁esta tu a ▁de ▁oro :
▁Ha b l ó ▁N ab u co do nos or , ▁y ▁díjole s : ▁¿ E s ▁ver dad ▁S ad ra ch , ▁Me s a ch , ▁y ▁A b ed - n e go , ▁que ▁vosotros ▁no ▁ho n r áis ▁á ▁mi ▁di os , ▁ni ▁a dor áis ▁la ▁esta tu a ▁de ▁oro ▁que ▁he ▁levant ado ?
▁Y ▁si ▁no , ▁se pa s , ▁ o h ▁rey , ▁que ▁tu ▁di os ▁no ▁ ado ra remos , ▁ni ▁ t am p o co ▁ho n ra remos ▁la ▁esta tu a ▁que ▁has ▁levant ado .
▁Y ▁por que ▁la ▁palabra ▁del ▁rey ▁d aba ▁pri es a , ▁y ▁había ▁pro cu r ado ▁que ▁se ▁en ce n di e se ▁mucho , ▁la ▁ l la ma ▁del ▁fuego ▁mató ▁á ▁aquello s ▁que ▁habían ▁al z ado ▁á ▁S ad ra ch , ▁Me s a ch , ▁y ▁A b ed - n e go .
▁Entonces ▁N ab u co do nos or ▁se ▁a cer c ó ▁á ▁la ▁puerta ▁del ▁horn o ▁de ▁fuego ▁ar d iendo , ▁y ▁habló ▁y ▁dijo : ▁S ad ra ch , ▁Me s a ch , ▁y ▁A b ed - n e go , ▁siervos ▁del ▁al to ▁Dios , ▁sal id ▁y ▁ven id . ▁Entonces ▁S ad ra ch , ▁Me s a ch , ▁y ▁A b ed - n e go , ▁salieron ▁de ▁en ▁medio ▁del ▁fuego .
▁Entonces ▁el ▁rey ▁en g ra n de ció ▁á ▁S ad ra ch , ▁Me s a ch , ▁y ▁A b ed - n e go ▁en ▁la ▁pro vi n ci a ▁de ▁B ab il on i a .
▁Yo ▁N ab u co do nos or ▁estaba ▁ qui e to ▁en ▁mi ▁casa , ▁y ▁flor e c iente ▁en ▁mi ▁pa la ci o .
▁Ha s ta ▁tanto ▁que ▁entr ó ▁delante ▁de ▁mí ▁Dan i el , ▁cu y o ▁nombre ▁es ▁Be l t s as ar , ▁ como ▁el ▁nombre ▁de ▁mi ▁di os , ▁y ▁en ▁el ▁cual ▁hay ▁espíritu ▁de ▁los ▁dioses ▁santo s , ▁y ▁di je ▁el ▁sueño ▁delante ▁de ▁él , ▁diciendo :
▁Su ▁co pa ▁era ▁her mos a , ▁y ▁su ▁fruto ▁en ▁a b un d an ci a , ▁y ▁para ▁todos ▁había ▁en ▁él ▁man t en imiento . ▁De ba jo ▁de ▁él ▁se ▁pon ían ▁á ▁la ▁so m bra ▁las ▁bestia s ▁del ▁campo , ▁y ▁en ▁sus ▁ram as ▁hacía n ▁mor ada ▁las ▁ ave s ▁del ▁cielo , ▁y ▁man t en ía se ▁de ▁él ▁toda ▁carne .
▁Su ▁corazón ▁sea ▁mu d ado ▁de ▁corazón ▁de ▁hombre , ▁y ▁s é a le ▁dado ▁corazón ▁de ▁bestia , ▁y ▁pa s en ▁sobre ▁él ▁siete ▁tiempo s .
▁El ▁árbol ▁que ▁vi s te , ▁que ▁c re c ía ▁y ▁se ▁hacía ▁fuerte , ▁y ▁que ▁su ▁al t ura ▁lleg aba ▁hast a ▁el ▁cielo , ▁y ▁su ▁vi s ta ▁por ▁toda ▁la ▁tierra ;
▁Esta ▁es ▁la ▁declar ación , ▁ o h ▁rey , ▁y ▁la ▁sent en ci a ▁del ▁A l t í s im o , ▁que ▁ha ▁venido ▁sobre ▁el ▁rey ▁mi ▁señor :
▁Todo ▁a que s to ▁vino ▁sobre ▁el ▁rey ▁N ab u co do nos or .
▁Y ▁de ▁entre ▁los ▁hombres ▁te ▁echa n , ▁y ▁con ▁las ▁bestia s ▁del ▁campo ▁será ▁tu ▁mor ada , ▁y ▁ como ▁á ▁los ▁bueyes ▁te ▁a pa c enta rán : ▁y ▁siete ▁tiempo s ▁pasar án ▁sobre ▁ti , ▁hast a ▁que ▁con o z ca s ▁que ▁el ▁A l t í s im o ▁se ▁en se ñ o re a ▁en ▁el ▁reino ▁de ▁los ▁hombres , ▁y ▁á ▁quien ▁él ▁qu is iere ▁lo ▁da .
▁En ▁el ▁mismo ▁tiempo ▁mi ▁sent ido ▁me ▁fué ▁vuelto , ▁y ▁la ▁ ma je st ad ▁de ▁mi ▁reino , ▁mi ▁di g n i dad ▁y ▁mi ▁grande za ▁volvieron ▁á ▁mí , ▁y ▁mis ▁go be rna do res ▁y ▁mis ▁grande s ▁me ▁busca ron ; ▁y ▁f u í ▁rest i tu í do ▁á ▁mi ▁reino , ▁y ▁may or ▁grande za ▁me ▁fué ▁a ñ a di da .
▁Entonces ▁fueron ▁traído s ▁los ▁vasos ▁de ▁oro ▁que ▁habían ▁traído ▁del ▁templo ▁de ▁la ▁casa ▁de ▁Dios ▁que ▁estaba ▁en ▁Jerusalem , ▁y ▁be b ieron ▁con ▁ellos ▁el ▁rey ▁y ▁sus ▁príncipes , ▁sus ▁mujeres ▁y ▁sus ▁concubina s .
▁El ▁rey ▁c l am ó ▁en ▁al ta ▁voz ▁que ▁ hi ci es en ▁ven ir ▁ ma go s , ▁C al de os , ▁y ▁a di vi nos . ▁Ha b l ó ▁el ▁rey , ▁y ▁dijo ▁á ▁los ▁s a bi os ▁de ▁B ab il on i a : ▁Cualquier a ▁que ▁le y er e ▁esta ▁es c ri t ura , ▁y ▁me ▁most ra re ▁su ▁declar ación , ▁será ▁vestido ▁de ▁púrpura , ▁y ▁tendrá ▁co l l ar ▁de ▁oro ▁á ▁su ▁cu el lo ; ▁y ▁en ▁el ▁reino ▁se ▁en se ñ o re ará ▁el ▁tercer o .
▁En ▁tu ▁reino ▁hay ▁un ▁varón , ▁en ▁el ▁cual ▁mor a ▁el ▁espíritu ▁de ▁los ▁dioses ▁santo s ; ▁y ▁en ▁los ▁días ▁de ▁tu ▁padre ▁se ▁halló ▁en ▁él ▁lu z ▁é ▁in te li g en ci a ▁y ▁sabiduría , ▁ como ▁cien ci a ▁de ▁los ▁dioses : ▁al ▁cual ▁el ▁rey ▁N ab u co do nos or , ▁tu ▁padre , ▁el ▁rey ▁tu ▁padre ▁con st i tu y ó ▁príncipe ▁sobre ▁todos ▁los ▁ ma go s , ▁a st r ólo go s , ▁C al de os , ▁y ▁a di vi nos :
▁Y ▁ahora ▁fueron ▁traído s ▁delante ▁de ▁mí , ▁s a bi os , ▁a st r ólo go s , ▁que ▁le y es en ▁esta ▁es c ri t ura , ▁y ▁me ▁most ra s en ▁su ▁in t er p re t ación : ▁per o ▁no ▁han ▁pod ido ▁most r ar ▁la ▁declar ación ▁del ▁negocio .
▁Y ▁por ▁la ▁grande za ▁que ▁le ▁dió , ▁todos ▁los ▁pueblo s , ▁ n a ciones , ▁y ▁le n gu as , ▁tem b l aban ▁y ▁tem ían ▁delante ▁de ▁él . ▁Lo s ▁que ▁él ▁que r ía ▁mata ba , ▁y ▁d aba ▁vida ▁á ▁los ▁que ▁que r ía : ▁en g ra n de c ía ▁á ▁los ▁que ▁que r ía , ▁y ▁á ▁los ▁que ▁que r ía ▁ hu m ill aba .
▁A n te s ▁contra ▁el ▁Señor ▁del ▁cielo ▁te ▁has ▁en s o b er be c ido , ▁é ▁ hi c iste ▁tra er ▁delante ▁de ▁ti ▁los ▁vasos ▁de ▁su ▁casa , ▁y ▁tú ▁y ▁tu s ▁príncipes , ▁tu s ▁mujeres ▁y ▁tu s ▁concubina s , ▁be bi steis ▁vino ▁en ▁ellos : ▁de m ás ▁de ▁esto , ▁á ▁dioses ▁de ▁plata ▁y ▁de ▁oro , ▁de ▁metal , ▁de ▁ hi er ro , ▁de ▁made ra , ▁y ▁de ▁piedra , ▁que ▁ni ▁ven , ▁ni ▁ o y en , ▁ni ▁sabe n , ▁d iste ▁al aban za : ▁y ▁al ▁Dios ▁en ▁cu y a ▁mano ▁está ▁tu ▁vida , ▁y ▁cu y os ▁son ▁todos ▁tu s ▁camino s , ▁ nunc a ▁ho n r aste .
▁T E K E L : ▁P es ado ▁has ▁sido ▁en ▁ba l an za , ▁y ▁f u iste ▁halla do ▁f al to .
▁Y ▁Da r í o ▁de ▁Me di a ▁tomó ▁el ▁reino , ▁s iendo ▁de ▁se s enta ▁y ▁dos ▁años .
▁Entonces ▁los ▁pre s id ente s ▁y ▁go be rna do res ▁busca ba n ▁oc as ion es ▁contra ▁Dan i el ▁por ▁parte ▁del ▁reino ; ▁mas ▁no ▁pod ían ▁halla r ▁alguna ▁oc as ió n ▁ó ▁falta , ▁por que ▁él ▁era ▁f i el , ▁y ▁ ning ún ▁vi ci o ▁ni ▁falta ▁fué ▁en ▁él ▁halla do .
▁Ahora , ▁ o h ▁rey , ▁confirm a ▁el ▁ ed i c to , ▁y ▁f ir ma ▁la ▁es c ri t ura , ▁para ▁que ▁no ▁se ▁pu ed a ▁mu d ar , ▁conform e ▁á ▁la ▁le y ▁de ▁Me di a ▁y ▁de ▁P er s i a , ▁la ▁cual ▁no ▁se ▁re v o ca .
▁L le g áronse ▁luego , ▁y ▁hablar on ▁delante ▁del ▁rey ▁acerca ▁del ▁ ed i c to ▁re al : ▁¿ No ▁has ▁confirm ado ▁ ed i c to ▁que ▁cualquier a ▁que ▁pi d iere ▁á ▁cualquier ▁di os ▁ ú ▁hombre ▁en ▁el ▁es pa ci o ▁de ▁treinta ▁días , ▁ex ce p to ▁á ▁ti , ▁ o h ▁rey , ▁fuese ▁echa do ▁en ▁el ▁f os o ▁de ▁los ▁le on es ? ▁Re s p on d ió ▁el ▁rey ▁y ▁dijo : ▁Ve r dad ▁es , ▁conform e ▁á ▁la ▁le y ▁de ▁Me di a ▁y ▁de ▁P er s i a , ▁la ▁cual ▁no ▁se ▁abr o ga .
▁Entonces ▁el ▁rey ▁mandó , ▁y ▁tra je ron ▁á ▁Dan i el , ▁y ▁ e ch áronle ▁en ▁el ▁f os o ▁de ▁los ▁le on es . ▁Y ▁habla ndo ▁el ▁rey ▁dijo ▁á ▁Dan i el : ▁El ▁Dios ▁tuyo , ▁á ▁quien ▁tú ▁con t in u amente ▁sirv es , ▁él ▁te ▁libr e .
▁Y ▁lleg ándose ▁cerca ▁del ▁f os o ▁llamó ▁á ▁voces ▁á ▁Dan i el ▁con ▁voz ▁ t r iste : ▁y ▁habla ndo ▁el ▁rey ▁dijo ▁á ▁Dan i el : ▁Dan i el , ▁siervo ▁del ▁Dios ▁vi vi ente , ▁el ▁Dios ▁tuyo , ▁á ▁quien ▁tú ▁con t in u amente ▁sirv es ▁¿ te ▁ha ▁pod ido ▁libr ar ▁de ▁los ▁le on es ?
▁Y ▁man d ándo lo ▁el ▁rey ▁fueron ▁traído s ▁aquello s ▁hombres ▁que ▁habían ▁a cu s ado ▁á ▁Dan i el , ▁y ▁fueron ▁echa do s ▁en ▁el ▁f os o ▁de ▁los ▁le on es , ▁ellos , ▁sus ▁hijos , ▁y ▁sus ▁mujeres ; ▁y ▁aun ▁no ▁habían ▁lleg ado ▁al ▁su e lo ▁del ▁f os o , ▁cuando ▁los ▁le on es ▁se ▁ap o der aron ▁de ▁ellos , ▁y ▁que bra n t aron ▁todos ▁sus ▁hues os .
▁Y ▁este ▁Dan i el ▁fué ▁prosper ado ▁d ura n te ▁el ▁re in ado ▁de ▁Da r í o , ▁y ▁d ura n te ▁el ▁re in ado ▁de ▁C i ro , ▁P er s a .
▁La ▁primer a ▁era ▁ como ▁le ón , ▁y ▁tenía ▁al as ▁de ▁á gu i la . ▁Yo ▁estaba ▁mira ndo ▁hast a ▁tanto ▁que ▁sus ▁al as ▁fueron ▁ar ra n cada s , ▁y ▁fué ▁qu ita da ▁de ▁la ▁tierra ; ▁y ▁p ú s ose ▁en hi est a ▁sobre ▁los ▁pie s ▁á ▁manera ▁de ▁hombre , ▁y ▁fué le ▁dado ▁corazón ▁de ▁hombre .
▁Esta ndo ▁yo ▁con te m p l ando ▁los ▁cu er nos , ▁he ▁aquí ▁que ▁otro ▁cu er no ▁pe que ñ o ▁subía ▁entre ▁ellos , ▁y ▁delante ▁de ▁él ▁fueron ▁ar ra n c ados ▁tres ▁cu er nos ▁de ▁los ▁primer os ; ▁y ▁he ▁aquí , ▁en ▁este ▁cu er no ▁había ▁ojos ▁ como ▁ojos ▁de ▁hombre , ▁y ▁una ▁boca ▁que ▁habla ba ▁grande za s .
▁Ha b ían ▁también ▁qu ita do ▁á ▁las ▁otra s ▁bestia s ▁su ▁señor í o , ▁y ▁les ▁había ▁sido ▁d ada ▁pro l on g ación ▁de ▁vida ▁hast a ▁cierto ▁tiempo .
▁L le gu é me ▁á ▁uno ▁de ▁los ▁que ▁as i st ían , ▁y ▁pre gu n t é le ▁la ▁ver dad ▁acerca ▁de ▁todo ▁esto . ▁Y ▁habló me , ▁y ▁declar ó me ▁la ▁in t er p re t ación ▁de ▁las ▁cosas .
▁A simismo ▁acerca ▁de ▁los ▁diez ▁cu er nos ▁que ▁tenía ▁en ▁su ▁cabeza , ▁y ▁del ▁otro ▁que ▁había ▁su b ido , ▁de ▁delante ▁del ▁cual ▁habían ▁ca í do ▁tres : ▁y ▁este ▁mismo ▁cu er no ▁tenía ▁ojos , ▁y ▁boca ▁que ▁habla ba ▁grande za s , ▁y ▁su ▁par e cer ▁may or ▁que ▁el ▁de ▁sus ▁com pa ñ eros .
▁Y ▁los ▁diez ▁cu er nos ▁sign i f i ca n ▁que ▁de ▁aquel ▁reino ▁se ▁levant arán ▁diez ▁reyes ; ▁y ▁tras ▁ellos ▁se ▁levant ará ▁otro , ▁el ▁cual ▁será ▁may or ▁que ▁los ▁primer os , ▁y ▁á ▁tres ▁reyes ▁de r ri b ará .
▁Ha s ta ▁aquí ▁fué ▁el ▁fin ▁de ▁la ▁p l á t i ca . ▁Yo ▁Dan i el , ▁mucho ▁me ▁tu r b aron ▁mis ▁pe n s amiento s , ▁y ▁mi ▁rostro ▁se ▁me ▁mu d ó : ▁mas ▁guard é ▁en ▁mi ▁corazón ▁el ▁negocio .
▁ V i ▁que ▁el ▁carnero ▁her ía ▁con ▁los ▁cu er nos ▁al ▁pon iente , ▁al ▁nor te , ▁y ▁al ▁mediodía , ▁y ▁que ▁ninguna ▁bestia ▁pod ía ▁para r ▁delante ▁de ▁él , ▁ni ▁había ▁quien ▁es ca pa se ▁de ▁su ▁mano : ▁y ▁hacía ▁conform e ▁á ▁su ▁ v o l un ta d , ▁y ▁en g ra n de c ía se .
▁Y ▁en g ra n de ci óse ▁en ▁gran ▁manera ▁el ▁macho ▁de ▁cabrío ; ▁y ▁esta ndo ▁en ▁su ▁may or ▁fuerza , ▁aquel ▁gran ▁cu er no ▁fué ▁que bra do , ▁y ▁en ▁su ▁lugar ▁subieron ▁otro s ▁cuatro ▁mar a vi l los os ▁haci a ▁los ▁cuatro ▁vi en to s ▁del ▁cielo .
▁Y ▁el ▁ejército ▁fué le ▁entregado ▁á ▁causa ▁de ▁la ▁pre v ar i c ación ▁sobre ▁el ▁con t in u o ▁sacrificio : ▁y ▁echó ▁por ▁tierra ▁la ▁ver dad , ▁é ▁hizo ▁cuanto ▁quiso , ▁y ▁su c ed ió le ▁p r ó s per amente .
▁Y ▁ o í ▁una ▁voz ▁de ▁hombre ▁entre ▁las ▁ ri be ra s ▁de ▁ U la i , ▁que ▁gr i t ó ▁y ▁dijo : ▁ G ab ri el , ▁en se ñ a ▁la ▁vi s ió n ▁á ▁éste .
▁A que l ▁carnero ▁que ▁vi s te , ▁que ▁tenía ▁cu er nos , ▁son ▁los ▁reyes ▁de ▁Me di a ▁y ▁de ▁P er s i a .
▁Y ▁su ▁pod er ▁se ▁for ta le ce rá , ▁mas ▁no ▁con ▁fuerza ▁su y a ; ▁y ▁destruir á ▁mar a vi l los amente , ▁y ▁prosper ará ; ▁y ▁hará ▁ar bi tra ri amente , ▁y ▁destruir á ▁fuerte s ▁y ▁al ▁pueblo ▁de ▁los ▁santo s .
▁E N ▁el ▁año ▁primer o ▁de ▁Da r í o ▁hijo ▁de ▁As s ue ro , ▁de ▁la ▁ n ación ▁de ▁los ▁Me do s , ▁el ▁cual ▁fué ▁puesto ▁por ▁rey ▁sobre ▁el ▁reino ▁de ▁los ▁C al de os ;
▁He mos ▁pecado , ▁he mos ▁hecho ▁iniquidad , ▁he mos ▁obra do ▁imp í amente , ▁y ▁he mos ▁sido ▁rebel de s , ▁y ▁no s ▁he mos ▁apart ado ▁de ▁tu s ▁mandamientos ▁y ▁de ▁tu s ▁juicio s .
▁De ▁Jehová ▁nuestro ▁Dios ▁es ▁el ▁ten er ▁misericordia , ▁y ▁el ▁perdon ar , ▁aun que ▁contra ▁él ▁no s ▁he mos ▁rebel ado ;
▁Se g ún ▁está ▁escrito ▁en ▁la ▁le y ▁de ▁Moisés , ▁todo ▁a que s te ▁mal ▁vino ▁sobre ▁nosotros : ▁y ▁no ▁he mos ▁ ro g ado ▁á ▁la ▁f az ▁de ▁Jehová ▁nuestro ▁Dios , ▁para ▁con ver t ir nos ▁de ▁nuestra s ▁mal dad es , ▁y ▁en t en der ▁tu ▁ver dad .
▁Ahora ▁pues , ▁Dios ▁nuestro , ▁ o y e ▁la ▁or ación ▁de ▁tu ▁siervo , ▁y ▁sus ▁ruego s , ▁y ▁ha z ▁que ▁tu ▁rostro ▁re s p l an de z ca ▁sobre ▁tu ▁santuario ▁as o l ado , ▁por ▁am or ▁del ▁Señor .
▁A un ▁estaba ▁habla ndo ▁en ▁or ación , ▁y ▁aquel ▁varón ▁ G ab ri el , ▁al ▁cual ▁había ▁visto ▁en ▁vi s ió n ▁al ▁pri n ci p i o , ▁ v o l ando ▁con ▁pre s te za , ▁me ▁to c ó ▁ como ▁á ▁la ▁ho ra ▁del ▁sacrificio ▁de ▁la ▁tarde .
▁Se pa s ▁pues ▁y ▁en t i en das , ▁que ▁de s de ▁la ▁sal i da ▁de ▁la ▁palabra ▁para ▁rest a ura r ▁y ▁edifica r ▁á ▁Jerusalem ▁hast a ▁el ▁Me s ía s ▁P r í n ci pe , ▁habrá ▁siete ▁se man as , ▁y ▁se s enta ▁y ▁dos ▁se man as ; ▁torn arás e ▁á ▁edifica r ▁la ▁p la za ▁y ▁el ▁mu ro ▁en ▁tiempo s ▁an gu st i os os .
▁En ▁aquello s ▁días ▁yo ▁Dan i el ▁me ▁con t ri st é ▁por ▁es pa ci o ▁de ▁tres ▁se man as .
▁Y ▁su ▁cuerpo ▁era ▁ como ▁piedra ▁de ▁T ar s is , ▁y ▁su ▁rostro ▁par e c ía ▁un ▁re l á m pa go , ▁y ▁sus ▁ojos ▁ como ▁an to r ch as ▁de ▁fuego , ▁y ▁sus ▁brazo s ▁y ▁sus ▁pie s ▁ como ▁de ▁co l or ▁de ▁metal ▁re s p l an de c iente , ▁y ▁la ▁voz ▁de ▁sus ▁palabras ▁ como ▁la ▁voz ▁de ▁ejército .
▁Y , ▁he ▁aquí , ▁una ▁mano ▁me ▁to c ó , ▁é ▁hizo ▁que ▁me ▁mo vi e se ▁sobre ▁mis ▁rod ill as , ▁y ▁sobre ▁las ▁palm as ▁de ▁mis ▁manos .
▁So y ▁pues ▁venido ▁para ▁hacer te ▁sabe r ▁lo ▁que ▁ha ▁de ▁ven ir ▁á ▁tu ▁pueblo ▁en ▁los ▁postr eros ▁días ; ▁por que ▁la ▁vi s ió n ▁es ▁a ún ▁para ▁días .
▁Y ▁aquella ▁ como ▁se me ja n za ▁de ▁hombre ▁me ▁to c ó ▁otra ▁vez , ▁y ▁me ▁con for t ó ;
▁Y ▁E N ▁el ▁año ▁primer o ▁de ▁Da r í o ▁el ▁de ▁Me di a , ▁yo ▁estuv e ▁para ▁an im ar lo ▁y ▁for ta le cer lo .
▁Y ▁harás e ▁fuerte ▁el ▁rey ▁del ▁mediodía : ▁mas ▁uno ▁de ▁los ▁príncipes ▁de ▁a qué l ▁le ▁sobre p u ja rá , ▁y ▁se ▁hará ▁pod eros o ; ▁su ▁señor í o ▁será ▁grande ▁señor í o .
▁As í ▁entr ará ▁en ▁el ▁reino ▁el ▁rey ▁del ▁mediodía , ▁y ▁volver á ▁á ▁su ▁tierra .
▁Y ▁el ▁rey ▁del ▁nor te ▁volver á ▁á ▁pon er ▁en ▁campo ▁may or ▁multitud ▁que ▁primer o , ▁y ▁á ▁cabo ▁del ▁tiempo ▁de ▁años ▁vendrá ▁á ▁gran ▁pri es a ▁con ▁grande ▁ejército ▁y ▁con ▁much as ▁ ri que za s .
▁P on d rá ▁luego ▁su ▁rostro ▁para ▁ven ir ▁con ▁el ▁pod er ▁de ▁todo ▁su ▁reino ; ▁y ▁hará ▁con ▁a qué l ▁cosas ▁rec ta s , ▁y ▁dará le ▁una ▁hija ▁de ▁mujeres ▁para ▁tras to rna r la : ▁mas ▁no ▁estará ▁ni ▁será ▁por ▁él .
▁Y ▁su ce de rá ▁en ▁su ▁lugar ▁un ▁vi l , ▁al ▁cual ▁no ▁dará n ▁la ▁ho n ra ▁del ▁reino : ▁vendrá ▁ e mpero ▁con ▁paz , ▁y ▁tomará ▁el ▁reino ▁con ▁ha la go s .
▁Y ▁de s per t ará ▁sus ▁fuerza s ▁y ▁su ▁corazón ▁contra ▁el ▁rey ▁del ▁mediodía ▁con ▁grande ▁ejército : ▁y ▁el ▁rey ▁del ▁mediodía ▁se ▁mo ver á ▁á ▁la ▁guerra ▁con ▁grande ▁y ▁mu y ▁fuerte ▁ejército ; ▁mas ▁no ▁pre v a le ce rá , ▁por que ▁le ▁hará n ▁tra i ción .
▁A l ▁tiempo ▁señal ado ▁torn ará ▁al ▁mediodía ; ▁mas ▁no ▁será ▁la ▁postr er a ▁ven i da ▁ como ▁la ▁primer a .
▁Y ▁los ▁s a bi os ▁del ▁pueblo ▁dará n ▁sabiduría ▁á ▁mucho s : ▁y ▁ca e rán ▁á ▁cuchillo ▁y ▁á ▁fuego , ▁en ▁ca u t i vi dad ▁y ▁despojo , ▁por ▁días .
▁Y ▁del ▁Dios ▁de ▁sus ▁padres ▁no ▁se ▁cu id ará , ▁ni ▁del ▁am or ▁de ▁las ▁mujeres : ▁ni ▁se ▁cu id ará ▁de ▁di os ▁alguno , ▁por que ▁sobre ▁todo ▁se ▁en g ra n de ce rá .
▁Y ▁vendrá ▁á ▁la ▁tierra ▁de se a ble , ▁y ▁much as ▁pro vi n ci as ▁ca e rán ; ▁mas ▁é st as ▁es ca p arán ▁de ▁su ▁mano : ▁Edom , ▁y ▁Moab , ▁y ▁lo ▁primer o ▁de ▁los ▁hijos ▁de ▁Ammón .
▁Y ▁plant ará ▁las ▁tienda s ▁de ▁su ▁pa la ci o ▁entre ▁los ▁mar es , ▁en ▁el ▁monte ▁de se a ble ▁del ▁santuario ; ▁y ▁vendrá ▁hast a ▁su ▁fin , ▁y ▁no ▁tendrá ▁quien ▁le ▁a y u de .
▁T ú ▁ e mpero ▁Dan i el , ▁ ci er ra ▁las ▁palabras ▁y ▁se l la ▁el ▁libr o ▁hast a ▁el ▁tiempo ▁del ▁fin : ▁pasar án ▁mucho s , ▁y ▁multiplic arás e ▁la ▁cien ci a .
▁Y ▁yo ▁ o í , ▁mas ▁no ▁en te nd í . ▁Y ▁di je : ▁Señor ▁mío , ▁¿ qué ▁será ▁el ▁cumpl imiento ▁de ▁esta s ▁cosas ?
▁B i en ave n t ur ado ▁el ▁que ▁es per are , ▁y ▁llegar e ▁hast a ▁mil ▁tres cientos ▁treinta ▁y ▁cinco ▁días .
▁F u é ▁pues , ▁y ▁tomó ▁á ▁Go m er ▁hija ▁de ▁Di b la im , ▁la ▁cual ▁con ci b ió ▁y ▁le ▁parió ▁un ▁hijo .
▁Mas ▁de ▁la ▁casa ▁de ▁Judá ▁ten d ré ▁misericordia , ▁y ▁salva ré los ▁en ▁Jehová ▁su ▁Dios : ▁y ▁no ▁los ▁salva ré ▁con ▁ar co , ▁ni ▁con ▁espada , ▁ni ▁con ▁batalla , ▁ni ▁con ▁caballo s ▁ni ▁ca ba l l eros .
▁Y ▁los ▁hijos ▁de ▁Judá ▁y ▁de ▁Israel ▁serán ▁con g re g ados ▁en ▁uno , ▁y ▁levant arán ▁para ▁sí ▁una ▁cabeza , ▁y ▁subir án ▁de ▁la ▁tierra : ▁por que ▁el ▁día ▁de ▁Jezreel ▁será ▁grande .
▁N i ▁ten d ré ▁misericordia ▁de ▁sus ▁hijos : ▁por que ▁son ▁hijos ▁de ▁for n i ca ciones .
▁Y ▁ella ▁no ▁reconoc ió ▁que ▁yo ▁le ▁d aba ▁el ▁trigo , ▁y ▁el ▁vino , ▁y ▁el ▁aceite , ▁y ▁que ▁les ▁mu l t i p li qué ▁la ▁plata ▁y ▁el ▁oro ▁con ▁que ▁hicieron ▁á ▁Baal .
▁Y ▁haré ▁tal ar ▁sus ▁vi de s ▁y ▁sus ▁ hi gu er as , ▁de ▁que ▁ha ▁dicho : ▁Mi ▁sal ar i o ▁me ▁son , ▁que ▁me ▁han ▁dado ▁mis ▁a man te s . ▁Y ▁re d u ci ré la s ▁á ▁un ▁ ma to r ra l , ▁y ▁las ▁comerá n ▁las ▁bestia s ▁del ▁campo .
▁Y ▁será ▁que ▁en ▁aquel ▁tiempo , ▁di ce ▁Jehová , ▁me ▁llamar ás ▁Ma r ido ▁mío , ▁y ▁ nunc a ▁más ▁me ▁llamar ás ▁Baal i .
▁Y ▁te ▁de s p os aré ▁conmigo ▁en ▁f e , ▁y ▁conoc e rás ▁á ▁Jehová .
▁Y ▁ D Í J O M E ▁otra ▁vez ▁Jehová : ▁Ve , ▁a ma ▁una ▁mujer ▁am ada ▁de ▁su ▁com pa ñ er o , ▁aun que ▁a d ú l te ra , ▁ como ▁el ▁am or ▁de ▁Jehová ▁para ▁con ▁los ▁hijos ▁de ▁Israel ; ▁los ▁cuales ▁mira n ▁á ▁dioses ▁ajenos , ▁y ▁a man ▁f ra s co s ▁de ▁vino .
▁Después ▁volver án ▁los ▁hijos ▁de ▁Israel , ▁y ▁busca rán ▁á ▁Jehová ▁su ▁Dios , ▁y ▁á ▁David ▁su ▁rey ; ▁y ▁te me rán ▁á ▁Jehová ▁y ▁á ▁su ▁bo n dad ▁en ▁el ▁fin ▁de ▁los ▁días .
▁C iertamente ▁hombre ▁no ▁con t i en da ▁ni ▁re p re n da ▁á ▁hombre , ▁por que ▁tu ▁pueblo ▁es ▁ como ▁los ▁que ▁re s iste n ▁al ▁sacerdote .
▁Come n ▁del ▁pecado ▁de ▁mi ▁pueblo , ▁y ▁en ▁su ▁mal dad ▁levant an ▁su ▁alma .
▁Mi ▁pueblo ▁á ▁su ▁made ro ▁pregunta , ▁y ▁su ▁pa lo ▁le ▁respond e : ▁por que ▁espíritu ▁de ▁for n i ca ciones ▁lo ▁en ga ñ ó , ▁y ▁for n i c aron ▁debajo ▁de ▁sus ▁dioses .
▁Porque ▁ como ▁be cer ra ▁ cer re ra ▁se ▁apart ó ▁Israel : ▁¿ a pa c enta rá los ▁ahora ▁Jehová ▁ como ▁á ▁carnero s ▁en ▁an ch ura ?
▁S A C E R D O T E S , ▁ o id ▁esto , ▁y ▁esta d ▁at en to s , ▁casa ▁de ▁Israel ; ▁y ▁casa ▁del ▁rey , ▁es cu ch ad : ▁por que ▁á ▁vosotros ▁es ▁el ▁juicio , ▁pues ▁ha béis ▁sido ▁la zo ▁en ▁Mizpa , ▁y ▁re d ▁extend i da ▁sobre ▁T ab or .
▁Y ▁la ▁so b er bi a ▁de ▁Israel ▁le ▁de s ment irá ▁en ▁su ▁ca ra : ▁é ▁Israel ▁y ▁Ephraim ▁ t ro pe z arán ▁en ▁su ▁pecado : ▁ t ro pe z ará ▁también ▁Judá ▁con ▁ellos .
▁Ephraim ▁será ▁as o l ado ▁el ▁día ▁del ▁cast i go : ▁en ▁las ▁tribu s ▁de ▁Israel ▁ hi ce ▁conoc er ▁ver dad .
▁Y ▁ver á ▁Ephraim ▁su ▁en f er me dad , ▁y ▁Judá ▁su ▁llaga : ▁ irá ▁entonces ▁Ephraim ▁al ▁As s ur , ▁y ▁enviar á ▁al ▁rey ▁Ja re b ▁ ; ▁mas ▁él ▁no ▁os ▁pod rá ▁s an ar , ▁ni ▁os ▁cu r ará ▁la ▁llaga .
▁Da rán os ▁vida ▁después ▁de ▁dos ▁días : ▁al ▁tercer ▁día ▁no s ▁re s u ci t ará , ▁y ▁vivir emos ▁delante ▁de ▁él .
▁Porque ▁misericordia ▁ qui se , ▁y ▁no ▁sacrificio ; ▁y ▁conoc imiento ▁de ▁Dios ▁más ▁que ▁holocausto s .
▁En ▁la ▁casa ▁de ▁Israel ▁he ▁visto ▁su ci ed ad : ▁allí ▁for n i c ó ▁Ephraim , ▁se ▁contamin ó ▁Israel :
▁C on ▁su ▁mal dad ▁alegr an ▁al ▁rey , ▁y ▁á ▁los ▁príncipes ▁con ▁sus ▁men t ir as .
▁Todo s ▁ellos ▁ar de n ▁ como ▁un ▁horn o , ▁y ▁de v or aron ▁á ▁sus ▁ j ue ce s : ▁ca y e ron ▁todos ▁sus ▁reyes : ▁no ▁hay ▁entre ▁ellos ▁quien ▁á ▁mí ▁c la me .
▁Y ▁fué ▁Ephraim ▁ como ▁pa lo ma ▁in ca u ta , ▁sin ▁en te nd imiento : ▁llamar án ▁á ▁Egipto , ▁a cu di rán ▁al ▁As i ri o .
▁Y ▁yo ▁los ▁ ce ñ í , ▁es for c é ▁sus ▁brazo s , ▁y ▁contra ▁mí ▁pe n s aron ▁mal .
▁Israel ▁de s am p ar ó ▁el ▁bien : ▁enemigo ▁lo ▁per se gu irá .
▁Porque ▁se m bra ron ▁vi en to , ▁y ▁to r be l li no ▁seg arán : ▁no ▁tendrá n ▁mi es , ▁ni ▁el ▁fruto ▁hará ▁harina ; ▁si ▁la ▁hiciere , ▁ex tra ñ os ▁la ▁tra g arán .
▁Porque ▁multiplic ó ▁Ephraim ▁altar es ▁para ▁pecar , ▁tuvo ▁altar es ▁para ▁pecar .
▁N O ▁te ▁alegr es , ▁ o h ▁Israel , ▁hast a ▁sal t ar ▁de ▁go zo ▁ como ▁los ▁pueblo s , ▁pues ▁has ▁for n i c ado a p ar t ándo te de ▁tu ▁Dios : ▁am aste ▁sal ar i o ▁por ▁todas ▁las ▁era s ▁de ▁trigo .
▁¿ Qué ▁ha réis ▁el ▁día ▁de ▁la ▁solemnidad , ▁y ▁el ▁día ▁de ▁la ▁f i est a ▁de ▁Jehová ?
▁L le g aron ▁al ▁pro f u ndo , ▁cor ro m p iéronse , ▁ como ▁en ▁los ▁días ▁de ▁Gabaa : ▁ahora ▁se ▁a co r d ará ▁de ▁su ▁iniquidad ; ▁visit ará ▁su ▁pecado .
▁Ephraim , ▁seg ún ▁ve o , ▁es ▁se me ja n te ▁á ▁T i ro , ▁as enta da ▁en ▁lugar ▁del i ci os o : ▁mas ▁Ephraim ▁saca rá ▁sus ▁hijos ▁al ▁mata dor .
▁Mi ▁Dios ▁los ▁de se ch ará , ▁por que ▁ellos ▁no ▁le ▁ o y e ron ; ▁y ▁and arán ▁ er ra n te s ▁entre ▁las ▁gente s .
▁Ha n ▁hablado ▁palabras ▁ j ura ndo ▁en ▁va no ▁al ▁hacer ▁alianza : ▁por ▁tanto , ▁el ▁juicio ▁flor e ce rá ▁ como ▁a je n jo ▁en ▁los ▁su r co s ▁del ▁campo .
▁Y ▁los ▁altar es ▁de ▁A v é n ▁serán ▁de st r u í do s , ▁el ▁pecado ▁de ▁Israel ; ▁c re ce rá ▁sobre ▁sus ▁altar es ▁es p in o ▁y ▁ca r do . ▁Y ▁dirá n ▁á ▁los ▁monte s : ▁C u b ri d nos ; ▁y ▁á ▁los ▁co l l ados : ▁C a ed ▁sobre ▁nosotros .
▁Se m bra d ▁para ▁vosotros ▁en ▁justicia , ▁seg ad ▁para ▁vosotros ▁en ▁misericordia ; ▁ar ad ▁para ▁vosotros ▁bar be ch o : ▁por que ▁es ▁el ▁tiempo ▁de ▁busca r ▁á ▁Jehová , ▁hast a ▁que ▁ven ga ▁y ▁os ▁en se ñ e ▁justicia .
▁C U A NDO ▁Israel ▁era ▁much a ch o , ▁yo ▁lo ▁am é , ▁y ▁de ▁Egipto ▁ l l am é ▁á ▁mi ▁hijo .
▁No ▁torn ará ▁á ▁tierra ▁de ▁Egipto , ▁antes ▁el ▁mismo ▁As s ur ▁será ▁su ▁rey , ▁por que ▁no ▁se ▁qu is ieron ▁con ver t ir .
▁No ▁ e je cu t aré ▁el ▁furor ▁de ▁mi ▁ir a , ▁no ▁volver é ▁para ▁destruir ▁á ▁Ephraim : ▁por que ▁Dios ▁soy , ▁y ▁no ▁hombre ; ▁el ▁S an to ▁en ▁medio ▁de ▁ti : ▁y ▁no ▁entrar é ▁en ▁la ▁ciudad .
▁Ephraim ▁se ▁a pa ci enta ▁del ▁vi en to , ▁y ▁si gu e ▁al ▁so la no : ▁men t i ra ▁y ▁de st r u c ción ▁a u ment a ▁con t in u amente ▁ ; ▁por que ▁hicieron ▁alianza ▁con ▁los ▁As i ri os , ▁y ▁aceite ▁se ▁llev a ▁á ▁Egipto .
▁Mas ▁Jehová ▁es ▁Dios ▁de ▁los ▁ejército s : ▁Jehová ▁es ▁su ▁memoria l .
▁E mpero ▁yo ▁soy ▁Jehová ▁tu ▁Dios ▁de s de ▁la ▁tierra ▁de ▁Egipto : ▁aun ▁te ▁haré ▁mor ar ▁en ▁tienda s , ▁ como ▁en ▁los ▁días ▁de ▁la ▁f i est a .
▁Y ▁por ▁profeta ▁hizo ▁subir ▁Jehová ▁á ▁Israel ▁de ▁Egipto , ▁y ▁por ▁profeta ▁fué ▁guard ado . ▁En o ja do ▁ha ▁Ephraim ▁á ▁Dios ▁con ▁am ar gu ra s ; ▁por ▁tanto , ▁sus ▁sangre s ▁se ▁derram arán ▁sobre ▁él , ▁y ▁su ▁Señor ▁le ▁pa g ará ▁su ▁ o p ro bi o .
▁Mas ▁yo ▁soy ▁Jehová ▁tu ▁Dios ▁de s de ▁la ▁tierra ▁de ▁Egipto : ▁no ▁conoc e rás ▁pues ▁Dios ▁fuera ▁de ▁mí , ▁ni ▁otro ▁Sal v ado r ▁sin o ▁á ▁mí .
▁C o mo ▁os o ▁que ▁ha ▁per d ido ▁los ▁hijos ▁los ▁encontr aré , ▁y ▁romp er é ▁las ▁te la s ▁de ▁su ▁corazón , ▁y ▁allí ▁los ▁de v or aré ▁ como ▁le ón : ▁bestia ▁del ▁campo ▁los ▁de s p ed az ará .
▁A t ada ▁está ▁la ▁mal dad ▁de ▁Ephraim ; ▁su ▁pecado ▁está ▁guard ado .
▁Samaria ▁será ▁as o l ada , ▁por que ▁se ▁rebel ó ▁contra ▁su ▁Dios : ▁ca e rán ▁á ▁cuchillo : ▁sus ▁niño s ▁serán ▁es t re l l ados , ▁y ▁sus ▁pre ñ ada s ▁serán ▁a bi er ta s .
▁Yo ▁me di ci n aré ▁su ▁rebel ió n , ▁am aré los ▁de ▁ v o l un ta d : ▁por que ▁mi ▁furor ▁se ▁apart ó ▁de ▁ellos .
▁Ephraim ▁dirá : ▁¿ Qué ▁más ▁ten d ré ▁y a ▁con ▁los ▁ í do los ? ▁Yo ▁lo ▁oir é , ▁y ▁mira ré ; ▁yo ▁se ré ▁á ▁él ▁ como ▁la ▁haya ▁ver de : ▁de ▁mí ▁será ▁halla do ▁tu ▁fruto .
▁De ▁esto ▁con t aréis ▁á ▁vuestro s ▁hijos , ▁y ▁vuestro s ▁hijos ▁á ▁sus ▁hijos , ▁y ▁sus ▁hijos ▁á ▁la ▁otra ▁generación .
▁As o l ó ▁mi ▁vi d , ▁y ▁de s co r te z ó ▁mi ▁ hi gu er a : ▁del ▁todo ▁la ▁de s n ud ó ▁y ▁de r ri b ó : ▁sus ▁ram as ▁quedar on ▁ b l an ca s .
▁C on f un d í os , ▁la bra do res , ▁a u l la d , ▁vi ñ eros , ▁por ▁el ▁trigo ▁y ▁la ▁ ce b ada ; ▁por que ▁se ▁per d ió ▁la ▁mi es ▁del ▁campo .
▁ ¡ A y ▁del ▁día ! ▁por que ▁cerca no ▁está ▁el ▁día ▁de ▁Jehová , ▁y ▁vendrá ▁ como ▁de st r u c ción ▁por ▁el ▁Todo p o d eros o .
▁A ▁ti , ▁ o h ▁Jehová , ▁clama ré : ▁por que ▁fuego ▁consum ió ▁los ▁pa st os ▁del ▁desierto , ▁y ▁ l la ma ▁abr as ó ▁todos ▁los ▁árbol es ▁del ▁campo .
▁De l an te ▁de ▁él ▁consum irá ▁fuego , ▁tras ▁de ▁él ▁abr as ará ▁ l la ma ; ▁ como ▁el ▁ hu er to ▁de ▁E d é n ▁será ▁la ▁tierra ▁delante ▁de ▁él , ▁y ▁de t rás ▁de ▁él ▁ como ▁desierto ▁as o l ado ; ▁ni ▁ t am p o co ▁habrá ▁quien ▁de ▁él ▁escape .
▁C o mo ▁va l iente s ▁cor re rán , ▁ como ▁hombres ▁de ▁guerra ▁subir án ▁la ▁mu ra l la ; ▁y ▁ cada ▁cual ▁ irá ▁en ▁sus ▁camino s , ▁y ▁no ▁to r ce rán ▁sus ▁send as .
▁Y ▁Jehová ▁dará ▁su ▁voz ▁delante ▁de ▁su ▁ejército : ▁por que ▁mucho s ▁son ▁sus ▁re a les ▁y ▁fuerte s , ▁que ▁pon en ▁en ▁ e f e c to ▁su ▁palabra : ▁por que ▁grande ▁es ▁el ▁día ▁de ▁Jehová , ▁y ▁mu y ▁te r ri ble ; ▁¿ y ▁qu ién ▁lo ▁pod rá ▁su f ri r ?
▁T o ca d ▁ t ro m pe ta ▁en ▁Si ón , ▁pre g on ad ▁a y un o , ▁ l la ma d ▁á ▁congregación .
▁Y ▁respond e rá ▁Jehová , ▁y ▁dirá ▁á ▁su ▁pueblo : ▁He ▁aquí ▁yo ▁os ▁en v í o ▁pan , ▁y ▁most o , ▁y ▁aceite , ▁y ▁se réis ▁s a ci ados ▁de ▁ellos : ▁y ▁ nunc a ▁más ▁os ▁pondré ▁en ▁ o p ro bi o ▁entre ▁las ▁gente s .
▁Vosotros ▁también , ▁hijos ▁de ▁Si ón , ▁alegr a os ▁y ▁go za os ▁en ▁Jehová ▁vuestro ▁Dios ; ▁por que ▁os ▁ha ▁dado ▁la ▁primer a ▁ l l u vi a ▁ar re g la d amente , ▁y ▁hará ▁descend er ▁sobre ▁vosotros ▁ l l u vi a ▁tem p ra n a ▁y ▁ t ar d ía ▁ como ▁al ▁pri n ci p i o .
▁Y ▁conoc e réis ▁que ▁en ▁medio ▁de ▁Israel ▁esto y ▁yo , ▁y ▁que ▁yo ▁soy ▁Jehová ▁vuestro ▁Dios , ▁y ▁no ▁hay ▁otro : ▁y ▁mi ▁pueblo ▁ nunc a ▁ ja m ás ▁será ▁a ver g on z ado .
▁El ▁so l ▁se ▁torn ará ▁en ▁ti n i e b la s , ▁y ▁la ▁lu n a ▁en ▁sangre , ▁antes ▁que ▁ven ga ▁el ▁día ▁grande ▁y ▁es p an to s o ▁de ▁Jehová .
▁Y ▁echar on ▁suerte s ▁sobre ▁mi ▁pueblo , ▁y ▁á ▁los ▁niño s ▁d ieron ▁por ▁una ▁ram er a , ▁y ▁ven d ieron ▁las ▁ni ñ as ▁por ▁vino ▁para ▁beber .
▁He ▁aquí ▁los ▁levant aré ▁yo ▁del ▁lugar ▁don de ▁los ▁ven di steis , ▁y ▁volver é ▁vuestra ▁pa ga ▁sobre ▁vuestra ▁cabeza :
▁ J un ta os ▁y ▁ven id , ▁gente s ▁todas ▁de ▁alrededor , ▁y ▁con g re ga os : ▁ha z ▁ven ir ▁allí , ▁ o h ▁Jehová , ▁tu s ▁fuerte s .
▁El ▁so l ▁y ▁la ▁lu n a ▁se ▁os cu re ce rán , ▁y ▁las ▁es t re l la s ▁re tra e rán ▁su ▁re s p l ando r .
▁Egipto ▁será ▁de st r u í do , ▁y ▁Edom ▁será ▁vuelto ▁en ▁as o l ado ▁desierto , ▁por ▁la ▁in j u ri a ▁he ch a ▁á ▁los ▁hijos ▁de ▁Judá : ▁por que ▁derram aron ▁en ▁su ▁tierra ▁la ▁sangre ▁in o c ente .
▁Y ▁dijo : ▁Jehová ▁br am ará ▁de s de ▁Si ón , ▁y ▁dará ▁su ▁voz ▁de s de ▁Jerusalem ; ▁y ▁las ▁esta n ci as ▁de ▁los ▁pa s to res ▁se ▁en l u t arán , ▁y ▁se c arás e ▁la ▁cumbre ▁del ▁Carmel o .
▁As í ▁ha ▁dicho ▁Jehová : ▁Por ▁tres ▁pecado s ▁de ▁ G a za , ▁y ▁por ▁el ▁cu ar to , ▁no ▁de s vi aré ▁su ▁cast i go ; ▁por que ▁llev ó ▁ca u t i v a ▁toda ▁la ▁ca u t i vi dad , ▁para ▁entre gar los ▁á ▁Edom .
▁Y ▁me te ré ▁fuego ▁en ▁el ▁mu ro ▁de ▁T i ro , ▁y ▁consum irá ▁sus ▁pa la ci os .
▁Y ▁en ce n de ré ▁fuego ▁en ▁el ▁mu ro ▁de ▁R ab ba , ▁y ▁consum irá ▁sus ▁pa la ci os ▁con ▁es t r ue ndo ▁en ▁día ▁de ▁batalla , ▁con ▁tem p est ad ▁en ▁día ▁tem p est u os o :
▁Y ▁quitar é ▁el ▁ j ue z ▁de ▁en ▁medio ▁de ▁él , ▁y ▁matar é ▁con ▁él ▁á ▁todos ▁sus ▁príncipes , ▁di ce ▁Jehová .
▁Que ▁an h el an ▁por que ▁haya ▁polvo ▁de ▁tierra ▁sobre ▁la ▁cabeza ▁de ▁los ▁p o bre s , ▁y ▁tu er ce n ▁el ▁camino ▁de ▁los ▁ hu mi l de s : ▁y ▁el ▁hombre ▁y ▁su ▁padre ▁entrar on ▁á ▁la ▁mis ma ▁mo za , ▁pro f an ando ▁mi ▁santo ▁nombre .
▁Y ▁levant é ▁de ▁vuestro s ▁hijos ▁para ▁profeta s , ▁y ▁de ▁vuestro s ▁mancebo s ▁para ▁que ▁fuese n ▁N az are os . ▁¿ No ▁es ▁esto ▁así , ▁di ce ▁Jehová , ▁hijos ▁de ▁Israel ?
▁Y ▁el ▁que ▁toma ▁el ▁ar co ▁no ▁re s i st irá , ▁ni ▁es ca p ará ▁el ▁li g er o ▁de ▁pie s , ▁ni ▁el ▁que ▁ca ba l ga ▁en ▁caballo ▁salva rá ▁su ▁vida .
▁¿ A nd arán ▁dos ▁junto s , ▁si ▁no ▁estuviere n ▁de ▁con ci er to ?
▁Porque ▁no ▁hará ▁nada ▁el ▁Señor ▁Jehová , ▁sin ▁que ▁re v e le ▁su ▁secret o ▁á ▁sus ▁siervos ▁los ▁profeta s .
▁Por ▁tanto , ▁el ▁Señor ▁Jehová ▁ha ▁dicho ▁así : ▁Un ▁enemigo ▁habrá ▁a ún ▁por ▁todos ▁la do s ▁de ▁la ▁tierra , ▁y ▁de r ri b ará ▁de ▁ti ▁tu ▁fortaleza , ▁y ▁tu s ▁pa la ci os ▁serán ▁s a que ados .
▁Y ▁her i ré ▁la ▁casa ▁del ▁in vier no ▁con ▁la ▁casa ▁del ▁ver an o , ▁y ▁las ▁casa s ▁de ▁mar f il ▁per e ce rán ; ▁y ▁much as ▁casa s ▁serán ▁ar r u in ada s , ▁di ce ▁Jehová .
▁I d ▁á ▁Beth - el , ▁y ▁pre v ar i ca d ; ▁en ▁Gilgal ▁a u ment ad ▁la ▁rebel ió n , ▁y ▁tra ed ▁de ▁mañana ▁vuestro s ▁sacrificio s , ▁y ▁vuestro s ▁diez mos ▁ cada ▁tres ▁años ;
▁Y ▁venía n ▁dos ▁ó ▁tres ▁ciudades ▁á ▁una ▁ciudad ▁para ▁beber ▁agua , ▁y ▁no ▁se ▁ha r t aban : ▁con ▁todo ▁no ▁os ▁torn a steis ▁á ▁mí , ▁di ce ▁Jehová .
▁Por ▁tanto , ▁de ▁esta ▁manera ▁haré ▁á ▁ti , ▁ o h ▁Israel : ▁y ▁por que ▁te ▁he ▁de ▁hacer ▁esto , ▁ap aré ja te ▁para ▁ven ir ▁al ▁en cu en t ro ▁á ▁tu ▁Dios , ▁ o h ▁Israel .
▁Porque ▁así ▁ha ▁dicho ▁el ▁Señor ▁Jehová : ▁La ▁ciudad ▁que ▁saca ba ▁mil , ▁quedar á ▁con ▁ciento ; ▁y ▁la ▁que ▁saca ba ▁ciento , ▁quedar á ▁con ▁diez , ▁en ▁la ▁casa ▁de ▁Israel .
▁Lo s ▁que ▁con vier t en ▁en ▁a je n jo ▁el ▁juicio , ▁y ▁de ja n ▁en ▁tierra ▁la ▁justicia ,
▁Por ▁tanto , ▁pues ▁que ▁ve j áis ▁al ▁p o bre ▁y ▁re ci b í s ▁de ▁él ▁ca r ga ▁de ▁trigo ; ▁edifica steis ▁casa s ▁de ▁si l la res , ▁mas ▁no ▁las ▁habita réis ; ▁plant a steis ▁her mos as ▁viña s , ▁mas ▁no ▁beber éis ▁el ▁vino ▁de ▁ella s .
▁A b or re c ed ▁el ▁mal , ▁y ▁am ad ▁el ▁bien , ▁y ▁pon ed ▁juicio ▁en ▁la ▁puerta : ▁quizá ▁Jehová , ▁Dios ▁de ▁los ▁ejército s , ▁tendrá ▁pie dad ▁del ▁re man ente ▁de ▁José .
▁C o mo ▁el ▁que ▁ hu y e ▁de ▁delante ▁del ▁le ón , ▁y ▁se ▁to pa ▁con ▁el ▁os o ; ▁ó ▁si ▁entrar e ▁en ▁casa ▁y ▁ar ri ma re ▁su ▁mano ▁á ▁la ▁par ed , ▁y ▁le ▁mu er da ▁la ▁cu le bra .
▁ Q u ita ▁de ▁mí ▁la ▁multitud ▁de ▁tu s ▁can ta res , ▁que ▁no ▁es cu ch aré ▁las ▁sal mo di as ▁de ▁tu s ▁in st r u ment os .
▁Ha re os ▁pues ▁tras por t ar ▁más ▁all á ▁de ▁Da ma s co , ▁ha ▁dicho ▁Jehová , ▁cu y o ▁nombre ▁es ▁Dios ▁de ▁los ▁ejército s .
▁ D u er me n ▁en ▁ca ma s ▁de ▁mar f il , ▁y ▁se ▁ex t i en de n ▁sobre ▁sus ▁le ch os ; ▁y ▁come n ▁los ▁cordero s ▁del ▁re ba ñ o , ▁y ▁los ▁becerro s ▁de ▁en ▁medio ▁del ▁en g or dad er o ;
▁El ▁Señor ▁Jehová ▁juró ▁por ▁su ▁alma , ▁Jehová ▁Dios ▁de ▁los ▁ejército s ▁ha ▁dicho : ▁T en go ▁en ▁abomina ción ▁la ▁grande za ▁de ▁Jacob , ▁y ▁a b or re z co ▁sus ▁pa la ci os : ▁y ▁la ▁ciudad ▁y ▁su ▁p l en i t ud ▁entre g aré ▁al ▁enemigo .
▁¿ C or re rán ▁los ▁caballo s ▁por ▁las ▁peña s ? ▁¿ ar arán ▁en ▁ella s ▁con ▁vacas ? ▁¿ por ▁qué ▁ha béis ▁vosotros ▁torn ado ▁el ▁juicio ▁en ▁ven en o , ▁y ▁el ▁fruto ▁de ▁justicia ▁en ▁a je n jo ?
▁Y ▁a ca e ció ▁que ▁ como ▁a ca b ó ▁de ▁come r ▁la ▁ hi er ba ▁de ▁la ▁tierra , ▁yo ▁di je : ▁Señor ▁Jehová , ▁perdon a ▁ahora ; ▁¿ qui é n ▁levant ará ▁á ▁Jacob ? ▁por que ▁es ▁pe que ñ o .
▁Ar re p in t i óse ▁Jehová ▁de ▁esto : ▁No ▁será ▁esto ▁ t am p o co , ▁dijo ▁el ▁Señor ▁Jehová .
▁Entonces ▁A ma s ía s ▁sacerdote ▁de ▁Beth - el ▁envió ▁á ▁decir ▁á ▁Jeroboam , ▁rey ▁de ▁Israel : ▁A m ó s ▁se ▁ha ▁con j ur ado ▁contra ▁ti ▁en ▁medio ▁de ▁la ▁casa ▁de ▁Israel : ▁la ▁tierra ▁no ▁pu ed e ▁su f ri r ▁todas ▁sus ▁palabras .
▁Entonces ▁respondió ▁A m ó s , ▁y ▁dijo ▁á ▁A ma s ía s : ▁No ▁soy ▁profeta , ▁ni ▁soy ▁hijo ▁de ▁profeta , ▁sin o ▁que ▁soy ▁bo y er o , ▁y ▁co g ed or ▁de ▁ca bra hi go s :
▁A S Í ▁me ▁ha ▁most r ado ▁Jehová : ▁y ▁he ▁aquí ▁un ▁can as til lo ▁de ▁f r u ta ▁de ▁ver an o .
▁Di c iendo : ▁¿ C u ándo ▁pasar á ▁el ▁me s , ▁y ▁ven de remos ▁el ▁trigo ; ▁y ▁la ▁se man a , ▁y ▁abr i remos ▁los ▁al f o l í es ▁del ▁pan , ▁y ▁a ch i ca remos ▁la ▁me di da , ▁y ▁en g ra n de ce remos ▁el ▁precio , ▁y ▁f al se a remos ▁el ▁pe s o ▁en ga ñ os o ;
▁Y ▁a ca e ce rá ▁en ▁aquel ▁día , ▁di ce ▁el ▁Señor ▁Jehová , ▁que ▁haré ▁se ▁pon ga ▁el ▁so l ▁al ▁mediodía , ▁y ▁la ▁tierra ▁cu b ri ré ▁de ▁ti n i e b la s ▁en ▁el ▁día ▁c la ro .
▁En ▁aquel ▁tiempo ▁las ▁don ce l la s ▁her mos as ▁y ▁los ▁mancebo s ▁de s ma y arán ▁de ▁se d .
▁Y ▁si ▁se ▁escond iere n ▁en ▁la ▁cumbre ▁del ▁Carmel o , ▁allí ▁los ▁busca ré ▁y ▁los ▁tomar é ; ▁y ▁aun que ▁se ▁escond iere n ▁de ▁delante ▁de ▁mis ▁ojos ▁en ▁el ▁pro f u ndo ▁de ▁la ▁mar , ▁allí ▁man d aré ▁á ▁la ▁cu le bra , ▁y ▁mor de rá los .
▁Hi jo s ▁de ▁Israel , ▁¿ no ▁me ▁so is ▁vosotros , ▁di ce ▁Jehová , ▁ como ▁hijos ▁de ▁E t i o pe s ? ▁¿ no ▁ hi ce ▁yo ▁subir ▁á ▁Israel ▁de ▁la ▁tierra ▁de ▁Egipto , ▁y ▁á ▁los ▁P al est in os ▁de ▁C a ph to r , ▁y ▁de ▁C h î r ▁á ▁los ▁A ra me os ?
▁En ▁aquel ▁día ▁yo ▁levant aré ▁el ▁tabernáculo ▁de ▁David , ▁ca í do , ▁y ▁ cer r aré ▁sus ▁por til los , ▁y ▁levant aré ▁sus ▁ r u in as , ▁y ▁edifica ré lo ▁ como ▁en ▁el ▁tiempo ▁pasa do ;
▁P ue s ▁los ▁plant aré ▁sobre ▁su ▁tierra , ▁y ▁ nunc a ▁más ▁serán ▁ar ra n c ados ▁de ▁su ▁tierra ▁que ▁yo ▁les ▁d í , ▁ha ▁dicho ▁Jehová ▁Dios ▁tuyo .
▁Si ▁te ▁en ca ra ma res ▁ como ▁á gu i la , ▁y ▁si ▁entre ▁las ▁es t re l la s ▁pusier es ▁tu ▁ni do , ▁de ▁ ah í ▁te ▁de r ri b aré , ▁di ce ▁Jehová .
▁¿ No ▁haré ▁que ▁per e z ca n ▁en ▁aquel ▁día , ▁di ce ▁Jehová , ▁los ▁s a bi os ▁de ▁Edom , ▁y ▁la ▁p r ud en ci a ▁del ▁monte ▁de ▁Esaú ?
▁P ue s ▁no ▁de b iste ▁tú ▁esta r ▁mira ndo ▁en ▁el ▁día ▁de ▁tu ▁hermano , ▁el ▁día ▁en ▁que ▁fué ▁ex tra ñ ado : ▁no ▁te ▁había s ▁de ▁haber ▁alegr ado ▁de ▁los ▁hijos ▁de ▁Judá ▁en ▁el ▁día ▁que ▁se ▁per d ieron , ▁ni ▁había s ▁de ▁en s an ch ar ▁tu ▁boca ▁en ▁el ▁día ▁de ▁la ▁an gu st i a :
▁De ▁la ▁manera ▁que ▁vosotros ▁be bi steis ▁en ▁mi ▁santo ▁monte , ▁beber án ▁todas ▁las ▁gente s ▁de ▁con t in u o ; ▁beber án , ▁y ▁en gu l li rán , ▁y ▁serán ▁ como ▁si ▁no ▁ hu bi er an ▁sido .
▁Y ▁los ▁ca u t i v os ▁de ▁a que s te ▁ejército ▁de ▁los ▁hijos ▁de ▁Israel ▁poseer án ▁lo ▁de ▁los ▁Cananeo s ▁hast a ▁S are p ta ; ▁y ▁los ▁ca u t i v os ▁de ▁Jerusalem , ▁que ▁están ▁en ▁Se ph ar ad , ▁poseer án ▁las ▁ciudades ▁del ▁mediodía .
▁Y ▁ J on ás ▁se ▁levant ó ▁para ▁ hu ir ▁de ▁la ▁presencia ▁de ▁Jehová ▁á ▁T ar s is , ▁y ▁descend ió ▁á ▁ J o p pe ; ▁y ▁halló ▁un ▁ n a v í o ▁que ▁part ía ▁para ▁T ar s is ; ▁y ▁pa g ando ▁su ▁pasa je ▁entr ó ▁en ▁él , ▁para ▁ir se ▁con ▁ellos ▁á ▁T ar s is ▁de ▁delante ▁de ▁Jehová .
▁Y ▁dijeron ▁ cada ▁uno ▁á ▁su ▁com pa ñ er o : ▁Ve n id , ▁y ▁ e ch emos ▁suerte s , ▁para ▁sabe r ▁por ▁qu ién ▁no s ▁ha ▁venido ▁este ▁mal . ▁Y ▁echar on ▁suerte s , ▁y ▁la ▁suerte ▁cayó ▁sobre ▁ J on ás .
▁Y ▁dijéronle : ▁¿ Qué ▁te ▁ha remos , ▁para ▁que ▁la ▁mar ▁se ▁no s ▁ qui e te ? ▁por que ▁la ▁mar ▁iba ▁á ▁más , ▁y ▁se ▁ em b r ave c ía .
▁Y ▁tomaron ▁á ▁ J on ás , ▁y ▁ e ch áronlo ▁á ▁la ▁mar ; ▁y ▁la ▁mar ▁se ▁ qui e t ó ▁de ▁su ▁f u ri a .
▁Y ▁dijo : ▁C l am é ▁de ▁mi ▁tribu l ación ▁á ▁Jehová , ▁y ▁él ▁me ▁oyó ; ▁del ▁vi en t re ▁del ▁se p u l c ro ▁c l am é , ▁y ▁mi ▁voz ▁ o iste .
▁De s ce nd í ▁á ▁las ▁ ra í ce s ▁de ▁los ▁monte s ; ▁la ▁tierra ▁echó ▁sus ▁ cer ra d ura s ▁sobre ▁mí ▁para ▁siempre : ▁mas ▁tú ▁saca s te ▁mi ▁vida ▁de ▁la ▁se p u l t ura , ▁ o h ▁Jehová ▁Dios ▁mío .
▁Y ▁F U É ▁palabra ▁de ▁Jehová ▁seg un da ▁vez ▁á ▁ J on ás , ▁diciendo :
▁Y ▁los ▁hombres ▁de ▁N í n ive ▁c re y e ron ▁á ▁Dios , ▁y ▁pre g on aron ▁a y un o , ▁y ▁vi st iéronse ▁de ▁s a co s ▁de s de ▁el ▁may or ▁de ▁ellos ▁hast a ▁el ▁men or ▁de ▁ellos .
▁¿ Quién ▁sabe ▁si ▁se ▁volver á ▁y ▁ar re p en t irá ▁Dios , ▁y ▁se ▁apart ará ▁del ▁furor ▁de ▁su ▁ir a , ▁y ▁no ▁per e ce remos ?
▁Ahora ▁pues , ▁ o h ▁Jehová , ▁ r u é go te ▁que ▁me ▁ ma te s ; ▁por que ▁mejor ▁me ▁es ▁la ▁muerte ▁que ▁la ▁vida .
▁Mas ▁Dios ▁pre p ar ó ▁un ▁ gu s an o ▁al ▁ven ir ▁la ▁mañana ▁del ▁día ▁siguiente , ▁el ▁cual ▁hirió ▁á ▁la ▁ca l aba ce ra , ▁y ▁se c óse .
▁¿ Y ▁no ▁ten d ré ▁yo ▁pie dad ▁de ▁N í n ive , ▁aquella ▁grande ▁ciudad ▁don de ▁hay ▁más ▁de ▁ciento ▁y ▁veinte ▁mil ▁persona s ▁que ▁no ▁conoc en ▁su ▁mano ▁derecha ▁ni ▁su ▁mano ▁ i z qui er da , ▁y ▁mucho s ▁animal es ?
▁Y ▁debajo ▁de ▁él ▁se ▁de r re t irá n ▁los ▁monte s , ▁y ▁los ▁valle s ▁se ▁he nd irá n ▁ como ▁la ▁ ce ra ▁delante ▁del ▁fuego , ▁ como ▁las ▁aguas ▁que ▁cor re n ▁por ▁un ▁pre ci p i ci o .
▁Por ▁tanto ▁la ment aré ▁y ▁a u l l aré , ▁y ▁and aré ▁de s p o ja do ▁y ▁de s n u do ; ▁haré ▁ g em ido ▁ como ▁de ▁ch a ca les , ▁y ▁la ment o ▁ como ▁de ▁ ave st r u ce s .
▁Porque ▁la ▁mor ado ra ▁de ▁Ma ro th ▁tuvo ▁do l or ▁por ▁el ▁bien ; ▁por ▁cuanto ▁el ▁mal ▁descend ió ▁de ▁Jehová ▁hast a ▁la ▁puerta ▁de ▁Jerusalem .
▁M é s a te ▁y ▁tras q u í la te ▁por ▁los ▁hijos ▁de ▁tu s ▁del i ci as : ▁en s an ch a ▁tu ▁ca l v a ▁ como ▁á gu i la ; ▁por que ▁fueron ▁tras por t ados ▁de ▁ti .
▁En ▁aquel ▁tiempo ▁se ▁levant ará ▁sobre ▁vosotros ▁re f rán , ▁y ▁se ▁en de ch ará ▁en de ch a ▁de ▁la ment ación , ▁diciendo : ▁De l ▁todo ▁f u i mos ▁de st r u í do s ; ▁ha ▁ca m bi ado ▁la ▁parte ▁de ▁mi ▁pueblo . ▁ ¡ C ó mo ▁no s ▁ qui t ó ▁nuestro s ▁campo s ! ▁dió , ▁re p ar t ió los ▁á ▁otro s .
▁El ▁que ▁a y er ▁era ▁mi ▁pueblo , ▁se ▁ha ▁levant ado ▁ como ▁enemigo : ▁tras ▁las ▁ve st id ura s ▁qu ita steis ▁las ▁ca pa s ▁at re vi d amente ▁á ▁los ▁que ▁pa s aban , ▁ como ▁los ▁que ▁ v ue l v en ▁de ▁la ▁guerra .
▁De ▁cierto ▁te ▁re un i ré ▁todo , ▁ o h ▁Jacob : ▁recog er é ▁c iertamente ▁el ▁rest o ▁de ▁Israel : ▁pondré lo ▁junto ▁ como ▁ovejas ▁de ▁B os ra , ▁ como ▁re ba ñ o ▁en ▁mitad ▁de ▁su ▁ ma ja da : ▁hará n ▁es t r ue ndo ▁por ▁la ▁multitud ▁de ▁los ▁hombres .
▁Que ▁come n ▁a simismo ▁la ▁carne ▁de ▁mi ▁pueblo , ▁y ▁les ▁de s ue l l an ▁su ▁pie l ▁de ▁sobre ▁ellos , ▁y ▁les ▁que bra n t an ▁sus ▁hues os ▁y ▁los ▁romp en , ▁ como ▁para ▁el ▁ca l der o , ▁y ▁ como ▁carne s ▁en ▁ o l la .
▁Y ▁serán ▁a ver g on z ados ▁los ▁profeta s , ▁y ▁con f un di rán se ▁los ▁a di vi nos ; ▁y ▁ellos ▁todos ▁cu b ri rán ▁su ▁la bi o , ▁por que ▁no ▁hay ▁re s p ue s ta ▁de ▁Dios .
▁Su s ▁cabeza s ▁juzg an ▁por ▁co h e ch o , ▁y ▁sus ▁sacerdote s ▁en se ñ an ▁por ▁precio , ▁y ▁sus ▁profeta s ▁a di vi n an ▁por ▁dinero ; ▁y ▁ap ó y an se ▁en ▁Jehová ▁diciendo : ▁¿ No ▁está ▁Jehová ▁entre ▁nosotros ? ▁No ▁vendrá ▁mal ▁sobre ▁nosotros .
▁Y ▁juzg ará ▁entre ▁mucho s ▁pueblo s , ▁y ▁cor re g irá ▁fuerte s ▁gente s ▁hast a ▁mu y ▁le jo s : ▁y ▁mar til l arán ▁sus ▁espada s ▁para ▁a z ado n es , ▁y ▁sus ▁la n za s ▁para ▁ho ce s : ▁no ▁al z ará ▁espada ▁gente ▁contra ▁gente , ▁ni ▁más ▁se ▁en s a y arán ▁para ▁la ▁guerra .
▁Y ▁pondré ▁á ▁la ▁co ja ▁para ▁su ce s ió n , ▁y ▁á ▁la ▁de s c ar ri ada ▁para ▁ n ación ▁ ro b u s ta : ▁y ▁Jehová ▁reinar á ▁sobre ▁ellos ▁en ▁el ▁monte ▁de ▁Si ón ▁de s de ▁ahora ▁para ▁siempre .
▁Ahora ▁ e mpero ▁se ▁han ▁junt ado ▁much as ▁gente s ▁contra ▁ti , ▁y ▁di ce n : ▁Se a ▁pro f an ada , ▁y ▁ve an ▁nuestro s ▁ojos ▁su ▁de se o ▁sobre ▁Si ón .
▁Mas ▁tú , ▁Beth - lehem ▁E ph ra ta , ▁pe que ñ a ▁para ▁ser ▁en ▁los ▁mil la res ▁de ▁Judá , ▁de ▁ti ▁me ▁saldrá ▁el ▁que ▁será ▁Señor ▁en ▁Israel ; ▁y ▁sus ▁sal i das ▁son ▁de s de ▁el ▁pri n ci p i o , ▁de s de ▁los ▁días ▁del ▁si g lo .
▁Y ▁comerá n ▁la ▁tierra ▁de ▁As s ur ▁á ▁cuchillo , ▁y ▁la ▁tierra ▁de ▁N im ro d ▁con ▁sus ▁espada s : ▁y ▁no s ▁libr ará ▁del ▁As i ri o , ▁cuando ▁vi n iere ▁contra ▁nuestra ▁tierra ▁y ▁ho l l are ▁nuestro s ▁término s .
▁Y ▁a co n te ce rá ▁en ▁aquel ▁día , ▁di ce ▁Jehová , ▁que ▁haré ▁matar ▁tu s ▁caballo s ▁de ▁en ▁medio ▁de ▁ti , ▁y ▁haré ▁destruir ▁tu s ▁carro s .
▁Y ▁ar ra n c aré ▁tu s ▁bo s que s ▁de ▁en ▁medio ▁de ▁ti , ▁y ▁destruir é ▁tu s ▁ciudades .
▁P ue b lo ▁mío , ▁¿ qué ▁te ▁he ▁hecho , ▁ó ▁en ▁qué ▁te ▁he ▁mo l est ado ? ▁Re s p on de ▁contra ▁mí .
▁¿ A g ra d arás e ▁Jehová ▁de ▁mil la res ▁de ▁carnero s , ▁ó ▁de ▁diez ▁mil ▁arroyo s ▁de ▁aceite ? ▁¿ d aré ▁mi ▁primogénito ▁por ▁mi ▁rebel ió n , ▁el ▁fruto ▁de ▁mi ▁vi en t re ▁por ▁el ▁pecado ▁de ▁mi ▁alma ?
▁¿ S er é ▁limpio ▁con ▁pe s o ▁f al s o , ▁y ▁con ▁bo l s a ▁de ▁en ga ñ os as ▁pe s as ?
▁T ú ▁se m bra rás , ▁mas ▁no ▁seg arás : ▁pi s arás ▁a ce i t un as , ▁mas ▁no ▁te ▁un g irá s ▁con ▁el ▁aceite ; ▁y ▁most o , ▁mas ▁no ▁beber ás ▁el ▁vino .
▁Para ▁com p le t ar ▁la ▁mal dad ▁con ▁sus ▁manos , ▁el ▁príncipe ▁de man da , ▁y ▁el ▁ j ue z ▁juzg a ▁por ▁rec om p en s a ; ▁y ▁el ▁grande ▁habla ▁el ▁an to jo ▁de ▁su ▁alma , ▁y ▁lo ▁confirm an .
▁Yo ▁ e mpero ▁á ▁Jehová ▁es per aré , ▁es per aré ▁al ▁Dios ▁de ▁mi ▁sal ud : ▁el ▁Dios ▁mío ▁me ▁oir á .
▁El ▁día ▁en ▁que ▁se ▁edifica rán ▁tu s ▁mu ro s , ▁aquel ▁día ▁será ▁al e ja do ▁el ▁man d amiento .
▁Yo ▁les ▁most r aré ▁mar a vi l la s ▁ como ▁el ▁día ▁que ▁sal iste ▁de ▁Egipto .
▁El ▁torn ará , ▁él ▁tendrá ▁misericordia ▁de ▁nosotros ; ▁él ▁su je t ará ▁nuestra s ▁iniquidad es , ▁y ▁echar á ▁en ▁los ▁pro f u ndo s ▁de ▁la ▁mar ▁todos ▁nuestro s ▁pecado s .
▁Jehová ▁es ▁ t ar do ▁para ▁la ▁ir a , ▁y ▁grande ▁en ▁pod er , ▁y ▁no ▁tendrá ▁al ▁culpa do ▁por ▁in o c ente . ▁Jehová ▁mar ch a ▁entre ▁la ▁tem p est ad ▁y ▁tu r bi ón , ▁y ▁las ▁nube s ▁son ▁el ▁polvo ▁de ▁sus ▁pie s .
▁B ue no ▁es ▁Jehová ▁para ▁fortaleza ▁en ▁el ▁día ▁de ▁la ▁an gu st i a ; ▁y ▁conoc e ▁á ▁los ▁que ▁en ▁él ▁con f ían .
▁De ▁ti ▁salió ▁el ▁que ▁pe n s ó ▁mal ▁contra ▁Jehová , ▁un ▁consult or ▁imp í o .
▁He ▁aquí ▁sobre ▁los ▁monte s ▁los ▁pie s ▁del ▁que ▁tra e ▁buena s ▁nueva s , ▁del ▁que ▁pre g on a ▁la ▁paz . ▁C e le bra , ▁ o h ▁Judá , ▁tu s ▁f i est as , ▁cumpl e ▁tu s ▁voto s : ▁por que ▁ nunc a ▁más ▁pasar á ▁por ▁ti ▁el ▁mal v ado ; ▁per e ció ▁del ▁todo .
▁Lo s ▁carro s ▁se ▁pre ci p ita rán ▁á ▁las ▁p la za s , ▁di s cu r ri rán ▁por ▁las ▁ca l les : ▁su ▁as pe c to ▁ como ▁ha ch as ▁encendida s ; ▁cor re rán ▁ como ▁re l á m pa go s .
▁Y ▁fué ▁N í n ive ▁de ▁tiempo ▁an t i gu o ▁ como ▁esta n que ▁de ▁aguas ; ▁mas ▁ellos ▁ hu y en : ▁Para d , ▁para d ; ▁y ▁ninguno ▁mira .
▁El ▁le ón ▁ar re ba t aba ▁en ▁a b un d an ci a ▁para ▁sus ▁ca ch or ro s , ▁y ▁ ah o g aba ▁para ▁sus ▁le on as , ▁y ▁he n ch ía ▁de ▁pre s a ▁sus ▁ca ver n as , ▁y ▁de ▁ ro b o ▁sus ▁mor ada s .
▁C aba l le ro ▁en hi est o , ▁y ▁re s p l ando r ▁de ▁espada , ▁y ▁re s p l ando r ▁de ▁la n za ; ▁y ▁multitud ▁de ▁muerto s , ▁y ▁multitud ▁de ▁ca d á ver es ; ▁y ▁de ▁sus ▁ca d á ver es ▁no ▁habrá ▁fin , ▁y ▁en ▁sus ▁ca d á ver es ▁ t ro pe z arán :
▁Y ▁será ▁que ▁todos ▁los ▁que ▁te ▁ vier en , ▁se ▁apart arán ▁de ▁ti , ▁y ▁dirá n : ▁N í n ive ▁es ▁as o l ada : ▁¿ qui é n ▁se ▁com pa de ce rá ▁de ▁ella ? ▁¿ d ón de ▁te ▁busca ré ▁con s o l ado res ?
▁T ú ▁también ▁será s ▁ em b ri a g ada , ▁será s ▁en cer r ada ; ▁tú ▁también ▁busca rás ▁fortaleza ▁á ▁causa ▁del ▁enemigo .
▁A l l í ▁te ▁consum irá ▁el ▁fuego , ▁te ▁tal ará ▁la ▁espada , ▁te ▁de v or ará ▁ como ▁pu l g ón : ▁mu l t i p l í ca te ▁ como ▁la n go s ta , ▁mu l t i p l í ca te ▁ como ▁la n go s ta .
▁No ▁hay ▁cu ra ▁para ▁tu ▁que bra d ura ; ▁tu ▁her i da ▁se ▁en c r u de ció : ▁todos ▁los ▁que ▁ o y e ron ▁tu ▁f a ma , ▁ba t irá n ▁las ▁manos ▁sobre ▁ti , ▁por que ▁¿ s o bre ▁qu ién ▁no ▁pasó ▁con t in u amente ▁tu ▁mal i ci a ?
▁Por ▁lo ▁cual ▁la ▁le y ▁es ▁de bi l ita da , ▁y ▁el ▁juicio ▁no ▁sal e ▁ver dad er o : ▁por ▁cuanto ▁el ▁imp í o ▁as ed i a ▁al ▁just o , ▁por ▁es o ▁sal e ▁to r c ido ▁el ▁juicio .
▁Y ▁serán ▁sus ▁caballo s ▁más ▁li g eros ▁que ▁ti g res , ▁y ▁más ▁a gu do s ▁que ▁lo b os ▁de ▁tarde ; ▁y ▁sus ▁ j in e te s ▁se ▁multiplic arán : ▁vendrá n ▁de ▁le jo s ▁sus ▁ca ba l l eros , ▁y ▁ v o l arán ▁ como ▁á gu il as ▁que ▁se ▁ap res ura n ▁á ▁la ▁com i da .
▁¿ No ▁eres ▁tú ▁de s de ▁el ▁pri n ci p i o , ▁ o h ▁Jehová , ▁Dios ▁mío , ▁S an to ▁mío ? ▁No ▁mor i remos . ▁O h ▁Jehová , ▁para ▁juicio ▁lo ▁pu s iste ; ▁y ▁tú , ▁ o h ▁R o ca , ▁lo ▁f un d aste ▁para ▁cast i gar .
▁Por ▁esto ▁hará ▁sacrificio s ▁á ▁su ▁re d , ▁y ▁ofrecerá ▁s a hu me ri os ▁á ▁su ▁al je ri f e : ▁por que ▁con ▁ellos ▁en g or d ó ▁su ▁por ción , ▁y ▁en g ra s ó ▁su ▁com i da .
▁A un que ▁la ▁vi s ió n ▁ t ar d ará ▁a ún ▁por ▁tiempo , ▁mas ▁al ▁fin ▁hablar á , ▁y ▁no ▁men t irá : ▁aun que ▁se ▁ t ar d are , ▁es p é ra lo , ▁que ▁sin ▁d ud a ▁vendrá ; ▁no ▁ t ar d ará .
▁¿ No ▁se ▁levant arán ▁de ▁re p ente ▁los ▁que ▁te ▁han ▁de ▁mor der , ▁y ▁se ▁de s per t arán ▁los ▁que ▁te ▁han ▁de ▁quitar ▁de ▁tu ▁lugar , ▁y ▁será s ▁á ▁ellos ▁por ▁ ra p i ñ a ?
▁Porque ▁la ▁piedra ▁clama rá ▁de s de ▁el ▁mu ro , ▁y ▁la ▁ t ab la ▁del ▁en ma der ado ▁le ▁respond e rá .
▁ ¡ A y ▁del ▁que ▁da ▁de ▁beber ▁á ▁sus ▁com pa ñ eros , ▁que ▁les ▁acerca s ▁tu ▁ hi el ▁y ▁ em b ri a ga s , ▁para ▁mira r ▁sus ▁de s n u de ce s !
▁ ¡ A y ▁del ▁que ▁di ce ▁al ▁pa lo : ▁De s p i é r ta te ; ▁y ▁á ▁la ▁piedra ▁mu da : ▁Levántate ! ▁¿ P o d rá ▁él ▁en se ñ ar ? ▁He ▁aquí ▁él ▁está ▁cu bi er to ▁de ▁oro ▁y ▁plata , ▁y ▁no ▁hay ▁dentro ▁de ▁él ▁espíritu .
▁Dios ▁vendrá ▁de ▁T em án , ▁y ▁el ▁S an to ▁del ▁monte ▁de ▁P arán . ▁ ( S el ah . ) ▁Su ▁gloria ▁cu b r ió ▁los ▁cielo s , ▁y ▁la ▁tierra ▁se ▁ l l en ó ▁de ▁su ▁al aban za .
▁He ▁visto ▁las ▁tienda s ▁de ▁C ush án ▁en ▁a f li c ción ; ▁las ▁tienda s ▁de ▁la ▁tierra ▁de ▁Madián ▁tem b l aron .
▁El ▁so l ▁y ▁la ▁lu n a ▁se ▁para ron ▁en ▁su ▁esta n ci a : ▁á ▁la ▁lu z ▁de ▁tu s ▁s a e ta s ▁and u vier on , ▁y ▁al ▁re s p l ando r ▁de ▁tu ▁ ful g ente ▁la n za .
▁Hi c iste ▁camino ▁en ▁la ▁mar ▁á ▁tu s ▁caballo s , ▁por ▁mo n t ón ▁de ▁grande s ▁aguas .
▁Jehová ▁el ▁Señor ▁es ▁mi ▁fortaleza , ▁el ▁cual ▁pondrá ▁mis ▁pie s ▁ como ▁de ▁ ci er v as , ▁y ▁me ▁hará ▁and ar ▁sobre ▁mis ▁al t ura s . ▁A l ▁jefe ▁de ▁los ▁can to res ▁sobre ▁mis ▁in st r u ment os ▁de ▁cu er das .
▁Y ▁extend er é ▁mi ▁mano ▁sobre ▁Judá , ▁y ▁sobre ▁todos ▁los ▁moradores ▁de ▁Jerusalem , ▁y ▁ex t er mi n aré ▁de ▁este ▁lugar ▁el ▁re man ente ▁de ▁Baal , ▁y ▁el ▁nombre ▁de ▁los ▁Che m ar im ▁con ▁los ▁sacerdote s ;
▁Y ▁será ▁que ▁en ▁el ▁día ▁del ▁sacrificio ▁de ▁Jehová , ▁haré ▁visit ación ▁sobre ▁los ▁príncipes , ▁y ▁sobre ▁los ▁hijos ▁del ▁rey , ▁y ▁sobre ▁todos ▁los ▁que ▁vi st en ▁vestido ▁extranjero .
▁Y ▁será ▁en ▁aquel ▁tiempo , ▁que ▁yo ▁es cu d ri ñ aré ▁á ▁Jerusalem ▁con ▁can di les , ▁y ▁haré ▁visit ación ▁sobre ▁los ▁hombres ▁que ▁están ▁sent ados ▁sobre ▁sus ▁he ce s , ▁los ▁cuales ▁di ce n ▁en ▁su ▁corazón : ▁Jehová ▁ni ▁hará ▁bien ▁ni ▁mal .
▁ D ía ▁de ▁ t ro m pe ta ▁y ▁de ▁al ga za ra , ▁sobre ▁las ▁ciudades ▁fuerte s , ▁y ▁sobre ▁las ▁al ta s ▁to r res .
▁A n te s ▁que ▁p á ra ▁el ▁de c re to , ▁y ▁el ▁día ▁se ▁pa se ▁ como ▁el ▁ ta mo ; ▁antes ▁que ▁ven ga ▁sobre ▁vosotros ▁el ▁furor ▁de ▁la ▁ir a ▁de ▁Jehová , ▁antes ▁que ▁el ▁día ▁de ▁la ▁ir a ▁de ▁Jehová ▁ven ga ▁sobre ▁vosotros .
▁Y ▁será ▁la ▁parte ▁de ▁la ▁mar ▁por ▁mor ada s ▁de ▁ca ba ñ as ▁de ▁pa s to res , ▁y ▁cor ra les ▁de ▁ovejas .
▁E s to ▁les ▁vendrá ▁por ▁su ▁so b er bi a , ▁por que ▁a f r enta ron , ▁y ▁se ▁en g ra n de c ieron ▁contra ▁el ▁pueblo ▁de ▁Jehová ▁de ▁los ▁ejército s .
▁Y ▁re ba ñ os ▁de ▁ganado ▁hará n ▁en ▁ella ▁ ma ja da , ▁todas ▁las ▁bestia s ▁de ▁las ▁gente s ; ▁el ▁on o c r ó ta lo ▁también ▁y ▁el ▁ er i zo ▁do r mi rán ▁en ▁sus ▁ umb ra les : ▁su ▁voz ▁can t ará ▁en ▁las ▁ven t an as ; ▁as o l ación ▁será ▁en ▁las ▁puerta s , ▁por que ▁su ▁en ma der amiento ▁de ▁cedro ▁será ▁de s cu bi er to .
▁Su s ▁príncipes ▁en ▁medio ▁de ▁ella ▁son ▁le on es ▁br am ado res : ▁sus ▁ j ue ce s , ▁lo b os ▁de ▁tarde ▁que ▁no ▁de ja n ▁hues o ▁para ▁la ▁mañana :
▁Di je : ▁C iertamente ▁me ▁te me rás , ▁recibir ás ▁cor re c ción ; ▁y ▁no ▁será ▁su ▁habita ción ▁de r r u í da ▁por ▁todo ▁aquello ▁sobre ▁que ▁los ▁visit é . ▁Mas ▁ellos ▁se ▁levant aron ▁de ▁mañana , ▁y ▁cor ro m p ieron ▁todas ▁sus ▁obra s .
▁En ▁aquel ▁día ▁no ▁será s ▁a ver g on z ada ▁por ▁ninguna ▁de ▁tu s ▁obra s ▁con ▁que ▁te ▁rebel aste ▁contra ▁mí ; ▁por que ▁entonces ▁quitar é ▁de ▁en ▁medio ▁de ▁ti ▁los ▁que ▁se ▁alegr an ▁en ▁tu ▁so b er bi a , ▁y ▁ nunc a ▁más ▁te ▁en s o b er be ce rás ▁del ▁monte ▁de ▁mi ▁s an t i dad .
▁Jehová ▁ha ▁apart ado ▁tu s ▁juicio s , ▁ha ▁echa do ▁fuera ▁tu s ▁enemigos : ▁Jehová ▁es ▁Re y ▁de ▁Israel ▁en ▁medio ▁de ▁ti ; ▁ nunc a ▁más ▁ve rás ▁mal .
▁He ▁aquí , ▁en ▁aquel ▁tiempo ▁yo ▁ap re mi aré ▁á ▁todos ▁tu s ▁ o p res o res ; ▁y ▁salva ré ▁la ▁co ja , ▁y ▁recog er é ▁la ▁de s c ar ri ada ; ▁y ▁pondré los ▁por ▁al aban za ▁y ▁por ▁re n om bre ▁en ▁todo ▁país ▁de ▁con f u s ió n .
▁F u é ▁pues ▁palabra ▁de ▁Jehová ▁por ▁mano ▁del ▁profeta ▁Ha g g e o , ▁diciendo :
▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s : ▁M ed ita d ▁sobre ▁vuestro s ▁camino s .
▁Y ▁ l l am é ▁la ▁se que dad ▁sobre ▁esta ▁tierra , ▁y ▁sobre ▁los ▁monte s , ▁y ▁sobre ▁el ▁trigo , ▁y ▁sobre ▁el ▁vino , ▁y ▁sobre ▁el ▁aceite , ▁y ▁sobre ▁todo ▁lo ▁que ▁la ▁tierra ▁pro d u ce , ▁y ▁sobre ▁los ▁hombres ▁y ▁sobre ▁las ▁bestia s , ▁y ▁sobre ▁todo ▁tra ba jo ▁de ▁manos .
▁En ▁el ▁día ▁veinte ▁y ▁cuatro ▁del ▁me s ▁se x to , ▁en ▁el ▁segundo ▁año ▁del ▁rey ▁Da r í o .
▁P ue s ▁ahora , ▁Z o ro ba be l , ▁es f u é r za te , ▁di ce ▁Jehová ; ▁es f u é r za te ▁también ▁Josué , ▁hijo ▁de ▁ J os ada c , ▁gran ▁sacerdote ; ▁y ▁co bra ▁á n im o , ▁pueblo ▁todo ▁de ▁la ▁tierra , ▁di ce ▁Jehová , ▁y ▁obra d : ▁por que ▁yo ▁soy ▁con ▁vosotros , ▁di ce ▁Jehová ▁de ▁los ▁ejército s .
▁M ía ▁es ▁la ▁plata , ▁y ▁mío ▁el ▁oro , ▁di ce ▁Jehová ▁de ▁los ▁ejército s .
▁Si ▁llev are ▁alguno ▁las ▁carne s ▁s a g ra das ▁en ▁la ▁f al da ▁de ▁su ▁ropa , ▁y ▁con ▁el ▁ v ue lo ▁de ▁ella ▁tocare ▁el ▁pan , ▁ó ▁la ▁vi an da , ▁ó ▁el ▁vino , ▁ó ▁el ▁aceite , ▁ ú ▁otra ▁cualquier ▁com i da , ▁¿ se rá ▁santifica do ? ▁Y ▁respondieron ▁los ▁sacerdote s , ▁y ▁dijeron : ▁No .
▁A n te s ▁que ▁fuese n ▁esta s ▁cosas , ▁venía n ▁al ▁mo n t ón ▁de ▁veinte ▁han e ga s , ▁y ▁había ▁diez ; ▁venía n ▁al ▁la gar ▁para ▁saca r ▁cincuenta ▁c án ta ro s ▁del ▁la gar , ▁y ▁había ▁veinte .
▁Y ▁fué ▁seg un da ▁vez ▁palabra ▁de ▁Jehová ▁á ▁Ha g g e o , ▁á ▁los ▁veinti cu a t ro ▁del ▁mismo ▁me s , ▁diciendo :
▁E N ▁el ▁me s ▁oc ta v o , ▁en ▁el ▁año ▁segundo ▁de ▁Da r í o , ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Z a c ar ía s ▁profeta , ▁hijo ▁de ▁Be re ch î as , ▁hijo ▁de ▁I d do , ▁diciendo :
▁ V u est ro s ▁padres , ▁¿ d ón de ▁están ? ▁y ▁los ▁profeta s ▁¿ h an ▁de ▁vivir ▁para ▁siempre ?
▁Entonces ▁di je : ▁¿ Qué ▁son ▁é st os , ▁señor ▁mío ? ▁Y ▁d í jo me ▁el ▁ángel ▁que ▁habla ba ▁conmigo : ▁Yo ▁te ▁en se ñ aré ▁qué ▁son ▁é st os .
▁Y ▁Jehová ▁respondió ▁buena s ▁palabras , ▁palabras ▁con s o la to ri as ▁á ▁aquel ▁ángel ▁que ▁habla ba ▁conmigo .
▁C la ma ▁a ún , ▁diciendo : ▁As í ▁di ce ▁Jehová ▁de ▁los ▁ejército s : ▁A un ▁serán ▁en s an ch ada s ▁mis ▁ciudades ▁por ▁la ▁a b un d an ci a ▁del ▁bien ; ▁y ▁aun ▁con s o l ará ▁Jehová ▁á ▁Si ón , ▁y ▁es co g e rá ▁toda v ía ▁á ▁Jerusalem .
▁Y ▁yo ▁di je : ▁¿ Qué ▁viene n ▁é st os ▁á ▁hacer ? ▁Y ▁respondió me , ▁diciendo : ▁Estos ▁son ▁los ▁cu er nos ▁que ▁ ave n t aron ▁á ▁Judá , ▁tanto ▁que ▁ninguno ▁al z ó ▁su ▁cabeza ; ▁mas ▁é st os ▁han ▁venido ▁para ▁hacer los ▁tem b l ar , ▁para ▁de r ri b ar ▁los ▁cu er nos ▁de ▁las ▁gente s , ▁que ▁al z aron ▁el ▁cu er no ▁sobre ▁la ▁tierra ▁de ▁Judá ▁para ▁ ave n t ar la .
▁Y ▁díjole : ▁C or re , ▁habla ▁á ▁este ▁mozo , ▁diciendo : ▁Si n ▁mu ro s ▁será ▁habita da ▁Jerusalem ▁á ▁causa ▁de ▁la ▁multitud ▁de ▁los ▁hombres , ▁y ▁de ▁las ▁bestia s ▁en ▁medio ▁de ▁ella .
▁Porque ▁así ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s : ▁Después ▁de ▁la ▁gloria ▁me ▁enviar á ▁él ▁á ▁las ▁gente s ▁que ▁os ▁de s p o ja ron : ▁por que ▁el ▁que ▁os ▁to ca , ▁to ca ▁á ▁la ▁ni ñ a ▁de ▁su ▁ o jo .
▁Y ▁Jehová ▁poseer á ▁á ▁Judá ▁su ▁heredad ▁en ▁la ▁tierra ▁santa , ▁y ▁es co g e rá ▁a ún ▁á ▁Jerusalem .
▁Y ▁Josué ▁estaba ▁vestido ▁de ▁ve st im enta s ▁vi les , ▁y ▁estaba ▁delante ▁del ▁ángel .
▁As í ▁di ce ▁Jehová ▁de ▁los ▁ejército s : ▁Si ▁and u vier es ▁por ▁mis ▁camino s , ▁y ▁si ▁guarda res ▁mi ▁orden an za , ▁también ▁tú ▁go be rna rás ▁mi ▁casa , ▁también ▁tú ▁guarda rás ▁mis ▁atrio s , ▁y ▁entre ▁estos ▁que ▁aquí ▁están ▁te ▁daré ▁p la za .
▁Y ▁ V O L V I Ó ▁el ▁ángel ▁que ▁habla ba ▁conmigo , ▁y ▁de s per t ó me ▁ como ▁un ▁hombre ▁que ▁es ▁de s per t ado ▁de ▁su ▁sueño .
▁Y ▁el ▁ángel ▁que ▁habla ba ▁conmigo ▁respondió , ▁y ▁d í jo me : ▁¿ No ▁sabe s ▁qué ▁es ▁esto ? ▁Y ▁di je : ▁No , ▁señor ▁mío .
▁La s ▁manos ▁de ▁Z o ro ba be l ▁echar án ▁el ▁f un da ment o ▁á ▁esta ▁casa , ▁y ▁sus ▁manos ▁la ▁acaba rán ; ▁y ▁conoc e rás ▁que ▁Jehová ▁de ▁los ▁ejército s ▁me ▁envió ▁á ▁vosotros .
▁Y ▁respondió me , ▁diciendo : ▁¿ No ▁sabe s ▁qué ▁es ▁esto ? ▁Y ▁di je : ▁Señor ▁mío , ▁no .
▁ D í jo me ▁entonces : ▁Esta ▁es ▁la ▁mal di ción ▁que ▁sal e ▁sobre ▁la ▁ha z ▁de ▁toda ▁la ▁tierra ; ▁por que ▁todo ▁aquel ▁que ▁hurt a , ▁ ( como ▁está ▁de ▁la ▁una ▁parte ▁del ▁ ro l lo ) ▁será ▁de st r u í do ; ▁y ▁todo ▁aquel ▁que ▁ j ura , ▁ ( como ▁está ▁de ▁la ▁otra ▁parte ▁del ▁ ro l lo ) ▁será ▁de st r u í do .
▁Y ▁he ▁aquí , ▁tra ían ▁un ▁talent o ▁de ▁p lo mo , ▁y ▁una ▁mujer ▁estaba ▁as enta da ▁en ▁medio ▁de ▁aquel ▁ e ph a .
▁Y ▁él ▁me ▁respondió : ▁Para ▁que ▁le ▁sea ▁edifica da ▁casa ▁en ▁tierra ▁de ▁Sh in ar : ▁y ▁será ▁as enta do ▁y ▁puesto ▁all á ▁sobre ▁su ▁as i en to .
▁Re s p on d í ▁entonces , ▁y ▁di je ▁al ▁ángel ▁que ▁conmigo ▁habla ba : ▁Señor ▁mío , ▁¿ qué ▁es ▁esto ?
▁Luego ▁me ▁llamó , ▁y ▁habló me ▁diciendo : ▁Mi ra , ▁los ▁que ▁salieron ▁haci a ▁la ▁tierra ▁del ▁a qui l ón ▁hicieron ▁re p os ar ▁mi ▁espíritu ▁en ▁la ▁tierra ▁del ▁a qui l ón .
▁Y ▁le ▁habla rás , ▁diciendo : ▁As í ▁ha ▁hablado ▁Jehová ▁de ▁los ▁ejército s , ▁diciendo : ▁He ▁aquí ▁el ▁varón ▁cu y o ▁nombre ▁es ▁P im p o l lo , ▁el ▁cual ▁ g er mi n ará ▁de ▁su ▁lugar , ▁y ▁edifica rá ▁el ▁templo ▁de ▁Jehová :
▁Y ▁A C O N T E C I Ó ▁en ▁el ▁año ▁cu ar to ▁del ▁rey ▁Da r í o , ▁que ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Z a c ar ía s ▁á ▁los ▁cuatro ▁del ▁me s ▁ n ove no , ▁que ▁es ▁C hi s le u ;
▁Habla ▁á ▁todo ▁el ▁pueblo ▁del ▁país , ▁y ▁á ▁los ▁sacerdote s , ▁diciendo : ▁Cuan do ▁a y un a steis ▁y ▁llora steis ▁en ▁el ▁qu in to ▁y ▁en ▁el ▁séptimo ▁me s ▁estos ▁setenta ▁años , ▁¿ h a béis ▁a y un ado ▁para ▁mí ?
▁As í ▁habló ▁Jehová ▁de ▁los ▁ejército s , ▁diciendo : ▁ J u z ga d ▁juicio ▁ver dad er o , ▁y ▁ha c ed ▁misericordia ▁y ▁pie dad ▁ cada ▁cual ▁con ▁su ▁hermano :
▁Y ▁aconteció ▁que ▁ como ▁él ▁c l am ó , ▁y ▁no ▁es cu ch aron , ▁así ▁ellos ▁clama ron , ▁y ▁yo ▁no ▁es cu ch é , ▁di ce ▁Jehová ▁de ▁los ▁ejército s ;
▁As í ▁di ce ▁Jehová : ▁Yo ▁he ▁rest i tu í do ▁á ▁Si ón , ▁y ▁mor aré ▁en ▁medio ▁de ▁Jerusalem : ▁y ▁Jerusalem ▁se ▁llamar á ▁C i u dad ▁de ▁Ve r dad , ▁y ▁el ▁monte ▁de ▁Jehová ▁de ▁los ▁ejército s , ▁M on te ▁de ▁S an t i dad .
▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s : ▁He ▁aquí , ▁yo ▁sal v o ▁mi ▁pueblo ▁de ▁la ▁tierra ▁del ▁or iente , ▁y ▁de ▁la ▁tierra ▁don de ▁se ▁pon e ▁el ▁so l ;
▁Mas ▁ahora ▁no ▁lo ▁haré ▁con ▁el ▁rest o ▁de ▁este ▁pueblo ▁ como ▁en ▁aquello s ▁días ▁pasa do s , ▁di ce ▁Jehová ▁de ▁los ▁ejército s .
▁As í ▁torn ando ▁he ▁pe n s ado ▁de ▁hacer ▁bien ▁á ▁Jerusalem ▁y ▁á ▁la ▁casa ▁de ▁Judá ▁en ▁estos ▁días : ▁no ▁tem áis .
▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s : ▁El ▁a y un o ▁del ▁cu ar to ▁me s , ▁y ▁el ▁a y un o ▁del ▁qu in to , ▁y ▁el ▁a y un o ▁del ▁séptimo , ▁y ▁el ▁a y un o ▁del ▁d é ci mo , ▁se ▁torn arán ▁á ▁la ▁casa ▁de ▁Judá ▁en ▁go zo ▁y ▁alegr ía , ▁y ▁en ▁f est i v as ▁solemnidad es . ▁A ma d ▁pues ▁ver dad ▁y ▁paz .
▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s : ▁En ▁aquello s ▁días ▁a co n te ce rá ▁que ▁diez ▁hombres ▁de ▁todas ▁las ▁le n gu as ▁de ▁las ▁gente s , ▁tra b arán ▁de ▁la ▁f al da ▁de ▁un ▁ J ud í o ▁ , ▁diciendo : ▁I remos ▁con ▁vosotros , ▁por que ▁he mos ▁oído ▁que ▁Dios ▁está ▁con ▁vosotros .
▁He ▁aquí , ▁el ▁Señor ▁la ▁emp o bre ce rá , ▁y ▁her irá ▁en ▁la ▁mar ▁su ▁fortaleza , ▁y ▁ella ▁será ▁consum i da ▁de ▁fuego .
▁Y ▁se ré ▁re al ▁de ▁ejército ▁á ▁mi ▁casa , ▁á ▁causa ▁del ▁que ▁va ▁y ▁del ▁que ▁viene : ▁y ▁no ▁pasar á ▁más ▁sobre ▁ellos ▁an gu st i ado r ; ▁por que ▁ahora ▁mi ré ▁con ▁mis ▁ojos .
▁T o rna os ▁á ▁la ▁fortaleza , ▁ o h ▁pre s os ▁de ▁es per an za : ▁hoy ▁también ▁os ▁a nunc i o ▁que ▁os ▁daré ▁do b l ado .
▁Y ▁los ▁salva rá ▁en ▁aquel ▁día ▁Jehová ▁su ▁Dios ▁ como ▁á ▁re ba ñ o ▁de ▁su ▁pueblo : ▁por que ▁serán ▁en g ra n de c ido s ▁en ▁su ▁tierra ▁ como ▁piedra s ▁de ▁cor on a .
▁C on tra ▁los ▁pa s to res ▁se ▁ha ▁en ce nd ido ▁mi ▁enoj o , ▁y ▁cast i g aré ▁los ▁macho s ▁de ▁cabrío : ▁mas ▁Jehová ▁de ▁los ▁ejército s ▁visit ará ▁su ▁re ba ñ o , ▁la ▁casa ▁de ▁Judá , ▁y ▁torn ará los ▁ como ▁su ▁caballo ▁de ▁ho n or ▁en ▁la ▁guerra .
▁Y ▁será ▁Ephraim ▁ como ▁va l iente , ▁y ▁alegr arás e ▁su ▁corazón ▁ como ▁de ▁vino : ▁sus ▁hijos ▁también ▁ver án ▁y ▁se ▁alegr arán ; ▁su ▁corazón ▁se ▁go z ará ▁en ▁Jehová .
▁Y ▁la ▁tribu l ación ▁pasar á ▁por ▁la ▁mar , ▁y ▁en ▁la ▁mar ▁her irá ▁las ▁on das , ▁y ▁se ▁se c arán ▁todas ▁las ▁ho nd ura s ▁del ▁río : ▁y ▁la ▁so b er bi a ▁del ▁As s ur ▁será ▁de r ri b ada , ▁y ▁se ▁per de rá ▁el ▁ ce t ro ▁de ▁Egipto .
▁ V o z ▁de ▁a u l l ido ▁de ▁pa s to res , ▁por que ▁su ▁ ma g n i f i ce n ci a ▁es ▁as o l ada ; ▁es t r ue ndo ▁de ▁br am ido s ▁de ▁ca ch or ro s ▁de ▁le on es , ▁por que ▁la ▁so b er bi a ▁del ▁Jordán ▁es ▁de st r u í da .
▁A pa ce n t é ▁pues ▁las ▁ovejas ▁de ▁la ▁mata n za , ▁es ▁á ▁sabe r , ▁los ▁p o bre s ▁del ▁re ba ñ o . ▁Y ▁me ▁to m é ▁dos ▁ca y ados ; ▁al ▁uno ▁pu se ▁por ▁nombre ▁Su a vi dad , ▁y ▁al ▁otro ▁A ta d ura s ; ▁y ▁a pa ce n t é ▁las ▁ovejas .
▁Y ▁fué ▁de s h e ch o ▁en ▁es e ▁día , ▁y ▁así ▁conoc ieron ▁los ▁p o bre s ▁del ▁re ba ñ o ▁que ▁mira n ▁á ▁mí , ▁que ▁era ▁palabra ▁de ▁Jehová .
▁Y ▁d í jo me ▁Jehová : ▁Toma ▁a ún ▁el ▁ha to ▁de ▁un ▁pa st or ▁in s en s a to ;
▁He ▁aquí , ▁yo ▁pon go ▁á ▁Jerusalem ▁por ▁va s o ▁de ▁tem b l or ▁á ▁todos ▁los ▁pueblo s ▁de ▁alrededor ▁cuando ▁es t é n ▁en ▁el ▁si t i o ▁contra ▁Judá ▁y ▁contra ▁Jerusalem .
▁En ▁aquel ▁día ▁pondré ▁los ▁ca p ita n es ▁de ▁Judá ▁ como ▁un ▁ bra se ro ▁de ▁fuego ▁en ▁le ñ a , ▁y ▁ como ▁una ▁ha ch a ▁de ▁fuego ▁en ▁ ga vi l la s ; ▁y ▁consum irá n ▁á ▁die s tra ▁y ▁á ▁sin i est ra ▁todos ▁los ▁pueblo s ▁alrededor : ▁y ▁Jerusalem ▁será ▁otra ▁vez ▁habita da ▁en ▁su ▁lugar , ▁en ▁Jerusalem .
▁Y ▁derram aré ▁sobre ▁la ▁casa ▁de ▁David , ▁y ▁sobre ▁los ▁moradores ▁de ▁Jerusalem , ▁espíritu ▁de ▁gracia ▁y ▁de ▁or ación ; ▁y ▁mira rán ▁á ▁mí , ▁á ▁quien ▁tras pa s aron , ▁y ▁hará n ▁ l l an to ▁sobre ▁él , ▁ como ▁ l l an to ▁sobre ▁un i g é n i to , ▁aflig ién do se ▁sobre ▁él ▁ como ▁quien ▁se ▁aflig e ▁sobre ▁primogénito .
▁Todo s ▁los ▁otro s ▁li n a je s , ▁los ▁li n a je s ▁por ▁sí , ▁y ▁sus ▁mujeres ▁por ▁sí .
▁Y ▁será ▁en ▁aquel ▁tiempo , ▁que ▁todos ▁los ▁profeta s ▁se ▁a ver g on z arán ▁de ▁su ▁vi s ió n ▁cuando ▁pro f e t i za re n ; ▁ni ▁ nunc a ▁más ▁se ▁ve st irá n ▁de ▁man to ▁ve l los o ▁para ▁men t ir .
▁Y ▁a co n te ce rá ▁en ▁toda ▁la ▁tierra , ▁di ce ▁Jehová , ▁que ▁las ▁dos ▁parte s ▁serán ▁tal ada s ▁en ▁ella , ▁y ▁se ▁per de rán ; ▁mas ▁la ▁tercer a ▁quedar á ▁en ▁ella .
▁Después ▁saldrá ▁Jehová , ▁y ▁pe le ará ▁con ▁aquella s ▁gente s , ▁ como ▁pe le ó ▁el ▁día ▁de ▁la ▁batalla .
▁Y ▁será ▁un ▁día , ▁el ▁cual ▁es ▁conoc ido ▁de ▁Jehová , ▁que ▁ni ▁será ▁día ▁ni ▁noche ; ▁mas ▁a co n te ce rá ▁que ▁al ▁tiempo ▁de ▁la ▁tarde ▁habrá ▁lu z .
▁Y ▁mor arán ▁en ▁ella , ▁y ▁ nunc a ▁más ▁será ▁an a te ma ; ▁sin o ▁que ▁será ▁Jerusalem ▁habita da ▁con f i ad amente .
▁Y ▁tal ▁ como ▁esto ▁será ▁la ▁plaga ▁de ▁los ▁caballo s , ▁de ▁los ▁mu los , ▁de ▁los ▁came l los , ▁de ▁los ▁asno s , ▁y ▁de ▁todas ▁las ▁bestia s ▁que ▁estuviere n ▁en ▁aquello s ▁camp a ment os .
▁Esta ▁será ▁la ▁pe n a ▁del ▁pecado ▁de ▁Egipto , ▁y ▁del ▁pecado ▁de ▁todas ▁las ▁gente s ▁que ▁no ▁su b iere n ▁á ▁ ce le bra r ▁la ▁f i est a ▁de ▁las ▁C aba ñ as .
▁Yo ▁os ▁he ▁am ado , ▁di ce ▁Jehová : ▁y ▁di j i steis : ▁¿ E n ▁qué ▁no s ▁am aste ? ▁¿ No ▁era ▁Esaú ▁hermano ▁de ▁Jacob , ▁di ce ▁Jehová , ▁y ▁am é ▁á ▁Jacob ,
▁El ▁hijo ▁ho n ra ▁al ▁padre , ▁y ▁el ▁siervo ▁á ▁su ▁señor : ▁si ▁pues ▁soy ▁yo ▁padre , ▁¿ qué ▁es ▁de ▁mi ▁ho n ra ? ▁y ▁si ▁soy ▁señor , ▁¿ qué ▁es ▁de ▁mi ▁tem or ? , ▁di ce ▁Jehová ▁de ▁los ▁ejército s ▁á ▁vosotros , ▁ o h ▁sacerdote s , ▁que ▁men os p re ci áis ▁mi ▁nombre . ▁Y ▁de c í s : ▁¿ E n ▁qué ▁he mos ▁men os p re ci ado ▁tu ▁nombre ?
▁¿ Quién ▁también ▁hay ▁de ▁vosotros ▁que ▁ ci er re ▁las ▁puerta s ▁ó ▁al umb re ▁mi ▁altar ▁de ▁ba l de ? ▁Yo ▁no ▁re ci b o ▁con t en t amiento ▁en ▁vosotros , ▁di ce ▁Jehová ▁de ▁los ▁ejército s , ▁ni ▁de ▁vuestra ▁mano ▁me ▁será ▁a g r ada ble ▁el ▁presente .
▁M aldito ▁el ▁en ga ñ os o , ▁que ▁tiene ▁macho ▁en ▁su ▁re ba ñ o , ▁y ▁pro me te , ▁y ▁sacrific a ▁lo ▁da ñ ado ▁á ▁Jehová : ▁por que ▁yo ▁soy ▁ G ra n ▁Re y , ▁di ce ▁Jehová ▁de ▁los ▁ejército s , ▁y ▁mi ▁nombre ▁es ▁for mi da ble ▁entre ▁las ▁gente s .
▁Y ▁s ab réis ▁que ▁yo ▁os ▁en vi é ▁este ▁man d amiento , ▁para ▁que ▁fuese ▁mi ▁pacto ▁con ▁Leví , ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s .
▁Mas ▁vosotros ▁os ▁ha béis ▁apart ado ▁del ▁camino ; ▁ha béis ▁hecho ▁ t ro pe za r ▁á ▁mucho s ▁en ▁la ▁le y ; ▁ha béis ▁cor ro m p ido ▁el ▁pacto ▁de ▁Leví , ▁di ce ▁Jehová ▁de ▁los ▁ejército s .
▁Jehová ▁tal ará ▁de ▁las ▁tienda s ▁de ▁Jacob ▁al ▁hombre ▁que ▁hiciere ▁esto , ▁al ▁que ▁ve la , ▁y ▁al ▁que ▁respond e , ▁y ▁al ▁que ▁of re ce ▁presente ▁á ▁Jehová ▁de ▁los ▁ejército s .
▁Porque ▁Jehová ▁Dios ▁de ▁Israel ▁ha ▁dicho ▁que ▁él ▁aborrec e ▁que ▁sea ▁re p ud i ada ; ▁y ▁cu bra ▁la ▁iniquidad ▁con ▁su ▁vestido , ▁dijo ▁Jehová ▁de ▁los ▁ejército s . ▁ G u ar da os ▁pues ▁en ▁vuestro s ▁espíritu s , ▁y ▁no ▁se áis ▁de s le a les .
▁Y ▁sent ar se ▁ha ▁para ▁a f in ar ▁y ▁limpia r ▁la ▁plata : ▁por que ▁limpia rá ▁los ▁hijos ▁de ▁Leví , ▁los ▁a f in ará ▁ como ▁á ▁oro ▁y ▁ como ▁á ▁plata ; ▁y ▁ofrecerá n ▁á ▁Jehová ▁ofrenda ▁con ▁justicia .
▁De s de ▁los ▁días ▁de ▁vuestro s ▁padres ▁os ▁ha béis ▁apart ado ▁de ▁mis ▁le y es , ▁y ▁no ▁las ▁guarda steis . ▁T o rna os ▁á ▁mí , ▁y ▁yo ▁me ▁torn aré ▁á ▁vosotros , ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s . ▁Mas ▁di j i steis : ▁¿ E n ▁qué ▁he mos ▁de ▁torn ar ?
▁I n c re p aré ▁también ▁por ▁vosotros ▁al ▁de v or ado r , ▁y ▁no ▁os ▁cor ro m per á ▁el ▁fruto ▁de ▁la ▁tierra ; ▁ni ▁vuestra ▁vi d ▁en ▁el ▁campo ▁a b or t ará , ▁di ce ▁Jehová ▁de ▁los ▁ejército s .
▁De ci mos ▁pues ▁ahora , ▁que ▁bien ave n t ur ados ▁los ▁so b er bi os , ▁y ▁también ▁que ▁los ▁que ▁ha ce n ▁imp i ed ad ▁son ▁los ▁prosper ados : ▁bien ▁que ▁tent aron ▁á ▁Dios , ▁es ca p aron .
▁P O R Q U E ▁he ▁aquí , ▁viene ▁el ▁día ▁ar d iente ▁ como ▁un ▁horn o ; ▁y ▁todos ▁los ▁so b er bi os , ▁y ▁todos ▁los ▁que ▁ha ce n ▁mal dad , ▁serán ▁esto pa ; ▁y ▁aquel ▁día ▁que ▁vendrá , ▁los ▁abr as ará , ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s , ▁el ▁cual ▁no ▁les ▁dejar á ▁ni ▁ ra í z ▁ni ▁ram a .
▁He ▁aquí , ▁yo ▁os ▁en v í o ▁á ▁Elías ▁el ▁profeta , ▁antes ▁que ▁ven ga ▁el ▁día ▁de ▁Jehová ▁grande ▁y ▁te r ri ble .
▁Y ▁ J u das ▁engendró ▁de ▁Tha m ar ▁á ▁P h are s ▁y ▁á ▁Z ar a : ▁y ▁P h are s ▁engendró ▁á ▁E s ro m : ▁y ▁E s ro m ▁engendró ▁á ▁Ar am :
▁Y ▁Salomón ▁engendró ▁á ▁R o b o am : ▁y ▁R o b o am ▁engendró ▁á ▁A b ía : ▁y ▁A b ía ▁engendró ▁á ▁As a :
▁Y ▁ J os ía s ▁engendró ▁á ▁Je ch ô n ía s ▁y ▁á ▁sus ▁hermanos , ▁en ▁la ▁tra n s mi g r ación ▁de ▁B ab il on i a .
▁Y ▁Eli ud ▁engendró ▁á ▁Eleazar : ▁y ▁Eleazar ▁engendró ▁á ▁Ma th án : ▁y ▁Ma th án ▁engendró ▁á ▁Jacob :
▁Y ▁José ▁su ▁marido , ▁ como ▁era ▁just o , ▁y ▁no ▁qu is i e se ▁in f am ar la ▁ , ▁quiso ▁dejar la ▁secret amente .
▁He ▁aquí ▁la ▁vi r g en ▁con ce b irá ▁y ▁par irá ▁un ▁hijo , ▁y ▁llamar ás ▁su ▁nombre ▁E m man ue l , ▁que ▁declar ado , ▁es : ▁C on ▁nosotros ▁Dios .
▁Di c iendo : ▁¿ D ón de ▁está ▁el ▁Re y ▁de ▁los ▁ J ud í os , ▁que ▁ha ▁nac ido ? ▁por que ▁su ▁es t re l la ▁he mos ▁visto ▁en ▁el ▁or iente , ▁y ▁ven i mos ▁á ▁a dor ar le ▁ .
▁Y ▁tú , ▁Beth lehem , ▁de ▁tierra ▁de ▁Judá , ▁no ▁eres ▁mu y ▁pe que ñ a ▁entre ▁los ▁príncipes ▁de ▁Judá ; ▁por que ▁de ▁ti ▁saldrá ▁un ▁ gu i ado r , ▁que ▁a pa c enta rá ▁á ▁mi ▁pueblo ▁Israel .
▁Y ▁vi s ta ▁la ▁es t re l la , ▁se ▁re go ci ja ron ▁con ▁mu y ▁grande ▁go zo .
▁Y ▁él ▁de s per t ando , ▁tomó ▁al ▁niño ▁y ▁á ▁su ▁madre ▁de ▁noche , ▁y ▁se ▁fué ▁á ▁Egipto ;
▁ V o z ▁fué ▁ o í da ▁en ▁R am á , ▁grande ▁la ment ación , ▁ l lo ro ▁y ▁ g em ido : ▁Rachêl ▁que ▁llora ▁sus ▁hijos ; ▁y ▁no ▁quiso ▁ser ▁con s o l ada , ▁por que ▁per e c ieron ▁ .
▁Y ▁ o y e ndo ▁que ▁Ar ch e la o ▁re in aba ▁en ▁ J u de a ▁en ▁lugar ▁de ▁He ro de s ▁su ▁padre , ▁tem ió ▁ir ▁all á : ▁mas ▁am on est ado ▁por ▁re v el ación ▁en ▁sueño s , ▁se ▁fué ▁á ▁las ▁parte s ▁de ▁ G al i le a .
▁Porque ▁éste ▁es ▁aquel ▁del ▁cual ▁fué ▁dicho ▁por ▁el ▁profeta ▁Isaí as , ▁que ▁dijo : ▁ V o z ▁de ▁uno ▁que ▁clama ▁en ▁el ▁desierto : ▁A p are ja d ▁el ▁camino ▁del ▁Señor , ▁en de re za d ▁sus ▁ver ed as .
▁Y ▁ viendo ▁él ▁mucho s ▁de ▁los ▁F ar i se os ▁y ▁de ▁los ▁S ad u ce os , ▁que ▁venía n ▁á ▁su ▁ba u t is mo , ▁decía les ▁ : ▁Ge n er ación ▁de ▁ v í b or as , ▁¿ qui é n ▁os ▁ha ▁en se ñ ado ▁á ▁ hu ir ▁de ▁la ▁ir a ▁que ▁vendrá ?
▁Yo ▁á ▁la ▁ver dad ▁os ▁ba u t i zo ▁en ▁agua ▁para ▁ar re p en t imiento ; ▁mas ▁el ▁que ▁viene ▁tras ▁mí , ▁más ▁pod eros o ▁es ▁que ▁yo ; ▁los ▁ za pa to s ▁del ▁cual ▁yo ▁no ▁soy ▁di g no ▁de ▁llev ar ; ▁él ▁os ▁ba u t i z ará ▁en ▁E s p í ri tu ▁S an to ▁y ▁en ▁fuego .
▁E mpero ▁respond iendo ▁Je s ú s ▁le ▁dijo : ▁De ja ▁ahora ; ▁por que ▁así ▁no s ▁con vi en e ▁cumpl ir ▁toda ▁justicia . ▁Entonces ▁le ▁de j ó .
▁Y ▁ha b iendo ▁a y un ado ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s , ▁después ▁tuvo ▁hambre .
▁Y ▁le ▁di ce : ▁Si ▁eres ▁Hi jo ▁de ▁Dios , ▁é ch a te ▁ aba jo ; ▁que ▁escrito ▁está : ▁A ▁sus ▁ángel es ▁man d ará ▁por ▁ti , ▁y ▁te ▁al z arán ▁en ▁las ▁manos , ▁para ▁que ▁ nunc a ▁ t ro p i e ce s ▁con ▁tu ▁pie ▁en ▁piedra .
▁Entonces ▁Je s ú s ▁le ▁di ce : ▁Ve te , ▁S a t an ás , ▁que ▁escrito ▁está : ▁A l ▁Señor ▁tu ▁Dios ▁a dor arás ▁y ▁á ▁él ▁so lo ▁servir ás .
▁Para ▁que ▁se ▁cumpl i e se ▁lo ▁que ▁fué ▁dicho ▁por ▁el ▁profeta ▁Isaí as , ▁que ▁dijo :
▁Y ▁and ando ▁Je s ú s ▁junto ▁á ▁la ▁mar ▁de ▁ G al i le a , ▁vió ▁á ▁dos ▁hermanos , ▁Si m ón , ▁que ▁es ▁llamado ▁P ed ro , ▁y ▁And ré s ▁su ▁hermano , ▁que ▁echa ba n ▁la ▁re d ▁en ▁la ▁mar ; ▁por que ▁era n ▁pe s c ado res .
▁Y ▁ellos , ▁de ja ndo ▁luego ▁el ▁bar co ▁y ▁á ▁su ▁padre , ▁le ▁siguie ron .
▁Y ▁ V I E NDO ▁las ▁gente s , ▁subió ▁al ▁monte ; ▁y ▁sent ándose ▁ , ▁se ▁llegar on ▁á ▁él ▁sus ▁di s c í p u los .
▁B i en ave n t ur ados ▁los ▁man s os : ▁por que ▁ellos ▁recibir án ▁la ▁tierra ▁por ▁heredad .
▁B i en ave n t ur ados ▁los ▁pa ci f i c ado res : ▁por que ▁ellos ▁serán ▁llamado s ▁hijos ▁de ▁Dios .
▁Vosotros ▁so is ▁la ▁sal ▁de ▁la ▁tierra : ▁y ▁si ▁la ▁sal ▁se ▁de s v an e c iere ▁¿ co n ▁qué ▁será ▁sal ada ? ▁no ▁va le ▁más ▁para ▁nada , ▁sin o ▁para ▁ser ▁echa da ▁fuera ▁y ▁ho l l ada ▁de ▁los ▁hombres .
▁No ▁pe n s éis ▁que ▁he ▁venido ▁para ▁abr o gar ▁la ▁le y ▁ó ▁los ▁profeta s : ▁no ▁he ▁venido ▁para ▁abr o gar , ▁sin o ▁á ▁cumpl ir .
▁O í steis ▁que ▁fué ▁dicho ▁á ▁los ▁an t i gu os : ▁No ▁mata rás ; ▁mas ▁cualquier a ▁que ▁matar e , ▁será ▁culpa do ▁del ▁juicio .
▁C on c í li a te ▁con ▁tu ▁a d ver s ar i o ▁pre s to , ▁entre ▁tanto ▁que ▁está s ▁con ▁él ▁en ▁el ▁camino ; ▁por que ▁no ▁a co n te z ca ▁que ▁el ▁a d ver s ar i o ▁te ▁entre gu e ▁al ▁ j ue z , ▁y ▁el ▁ j ue z ▁te ▁entre gu e ▁al ▁al gu a ci l , ▁y ▁sea s ▁echa do ▁en ▁pri s ió n .
▁Por ▁tanto , ▁si ▁tu ▁ o jo ▁derecho ▁te ▁fuere ▁oc as ió n ▁de ▁ca er , ▁s á ca lo ▁ , ▁y ▁é ch a lo ▁de ▁ti : ▁que ▁mejor ▁te ▁es ▁que ▁se ▁pie r da ▁uno ▁de ▁tu s ▁mi em b ro s , ▁que ▁no ▁que ▁todo ▁tu ▁cuerpo ▁sea ▁echa do ▁al ▁in f i er no .
▁A de m ás ▁ha béis ▁oído ▁que ▁fué ▁dicho ▁á ▁los ▁an t i gu os : ▁No ▁te ▁per j ura rás ; ▁mas ▁pa g arás ▁al ▁Señor ▁tu s ▁ j ura ment os .
▁Mas ▁sea ▁vuestro ▁hablar : ▁S í , ▁sí ; ▁No , ▁no ; ▁por que ▁lo ▁que ▁es ▁más ▁de ▁esto , ▁de ▁mal ▁pro ce de .
▁Y ▁á ▁cualquier a ▁que ▁te ▁ca r gar e ▁por ▁una ▁mil la , ▁ve ▁con ▁él ▁dos .
▁Para ▁que ▁se áis ▁hijos ▁de ▁vuestro ▁P ad re ▁que ▁está ▁en ▁los ▁cielo s : ▁que ▁ha ce ▁que ▁su ▁so l ▁sal ga ▁sobre ▁mal os ▁y ▁bueno s , ▁y ▁ l l ue v e ▁sobre ▁just os ▁é ▁in j u st os .
▁M I R A D ▁que ▁no ▁ha g áis ▁vuestra ▁justicia ▁delante ▁de ▁los ▁hombres , ▁para ▁ser ▁visto s ▁de ▁ellos : ▁de ▁otra ▁manera ▁no ▁tendréis ▁me r c ed ▁de ▁vuestro ▁P ad re ▁que ▁está ▁en ▁los ▁cielo s .
▁Y ▁cuando ▁or as , ▁no ▁sea s ▁ como ▁los ▁ hi p ó c r itas ; ▁por que ▁ellos ▁a man ▁el ▁or ar ▁en ▁las ▁sin a go ga s , ▁y ▁en ▁los ▁can to n es ▁de ▁las ▁ca l les ▁en ▁pie , ▁para ▁ser ▁visto s ▁de ▁los ▁hombres : ▁de ▁cierto ▁os ▁di go , ▁que ▁y a ▁tiene n ▁su ▁pa go .
▁Vosotros ▁pues , ▁or aréis ▁así : ▁P ad re ▁nuestro ▁que ▁está s ▁en ▁los ▁cielo s , ▁santifica do ▁sea ▁tu ▁nombre .
▁Y ▁no ▁no s ▁me ta s ▁en ▁tent ación , ▁mas ▁ l í bra nos ▁del ▁mal : ▁por que ▁tuyo ▁es ▁el ▁reino , ▁y ▁el ▁pod er , ▁y ▁la ▁gloria , ▁por ▁todos ▁los ▁si g los . ▁A m é n .
▁Mas ▁tú , ▁cuando ▁a y un as , ▁un g e ▁tu ▁cabeza ▁y ▁la v a ▁tu ▁rostro ;
▁Porque ▁don de ▁estuviere ▁vuestro ▁te s o ro , ▁allí ▁estará ▁vuestro ▁corazón .
▁Por ▁tanto ▁os ▁di go : ▁No ▁os ▁con go j éis ▁por ▁vuestra ▁vida , ▁qué ▁ha béis ▁de ▁come r , ▁ó ▁qué ▁ha béis ▁de ▁beber ; ▁ni ▁por ▁vuestro ▁cuerpo , ▁qué ▁ha béis ▁de ▁ve st ir : ▁¿ no ▁es ▁la ▁vida ▁más ▁que ▁el ▁al i ment o , ▁y ▁el ▁cuerpo ▁que ▁el ▁vestido ?
▁Mas ▁os ▁di go , ▁que ▁ni ▁aun ▁Salomón ▁con ▁toda ▁su ▁gloria ▁fué ▁vestido ▁así ▁ como ▁uno ▁de ▁ellos .
▁Mas ▁busca d ▁primer amente ▁el ▁reino ▁de ▁Dios ▁y ▁su ▁justicia , ▁y ▁todas ▁esta s ▁cosas ▁os ▁serán ▁a ñ a di das .
▁Y ▁¿ por ▁qué ▁mira s ▁la ▁mo ta ▁que ▁está ▁en ▁el ▁ o jo ▁de ▁tu ▁hermano , ▁y ▁no ▁echa s ▁de ▁ver ▁la ▁vi ga ▁que ▁está ▁en ▁tu ▁ o jo ?
▁P ed id , ▁y ▁se ▁os ▁dará ; ▁busca d , ▁y ▁halla réis ; ▁ l la ma d , ▁y ▁se ▁os ▁abr irá .
▁P ue s ▁si ▁vosotros , ▁s iendo ▁mal os , ▁s a béis ▁dar ▁buena s ▁d á di v as ▁á ▁vuestro s ▁hijos , ▁¿ cu án to ▁más ▁vuestro ▁P ad re ▁que ▁está ▁en ▁los ▁cielo s , ▁dará ▁buena s ▁cosas ▁á ▁los ▁que ▁le ▁pi de n ?
▁Y ▁guarda os ▁de ▁los ▁f al s os ▁profeta s , ▁que ▁viene n ▁á ▁vosotros ▁con ▁vestidos ▁de ▁ovejas , ▁mas ▁de ▁dentro ▁son ▁lo b os ▁ ra pa ce s .
▁Todo ▁árbol ▁que ▁no ▁llev a ▁bu en ▁fruto , ▁c ó r ta se ▁y ▁é ch a se ▁en ▁el ▁fuego .
▁Y ▁entonces ▁les ▁pro t est aré : ▁Nun ca ▁os ▁conoc í ; ▁apart a os ▁de ▁mí , ▁obra do res ▁de ▁mal dad .
▁Y ▁descend ió ▁ l l u vi a , ▁y ▁vinieron ▁río s , ▁y ▁so p l aron ▁vi en to s , ▁é ▁hicieron ▁ í m pe tu ▁en ▁aquella ▁casa ; ▁y ▁cayó , ▁y ▁fué ▁grande ▁su ▁ r u in a .
▁Y ▁he ▁aquí ▁un ▁le p ro s o ▁vino , ▁y ▁le ▁a dor aba , ▁diciendo : ▁Señor , ▁si ▁qu is iere s , ▁pu ed es ▁limpia r me ▁ .
▁Y ▁diciendo : ▁Señor , ▁mi ▁mozo ▁y a ce ▁en ▁casa ▁para l í t i co , ▁grave mente ▁at or ment ado .
▁Y ▁ o y e ndo ▁Je s ú s , ▁se ▁mar a vi l l ó , ▁y ▁dijo ▁á ▁los ▁que ▁le ▁se gu ían : ▁De ▁cierto ▁os ▁di go , ▁que ▁ni ▁aun ▁en ▁Israel ▁he ▁halla do ▁f e ▁ t an ta .
▁Y ▁vino ▁Je s ú s ▁á ▁casa ▁de ▁P ed ro , ▁y ▁vió ▁á ▁su ▁su e g ra ▁echa da ▁en ▁ca ma , ▁y ▁con ▁f i e bre .
▁Y ▁ viendo ▁Je s ú s ▁much as ▁gente s ▁alrededor ▁de ▁sí , ▁mandó ▁pasar ▁á ▁la ▁otra ▁parte ▁del ▁la go .
▁Y ▁Je s ú s ▁le ▁dijo : ▁S í gu e me ▁ ; ▁de ja ▁que ▁los ▁muerto s ▁en t i er re n ▁á ▁sus ▁muerto s .
▁Y ▁él ▁les ▁di ce : ▁¿ Por ▁qué ▁tem éis ▁ , ▁hombres ▁de ▁p o ca ▁f e ? ▁Entonces , ▁levant ándose , ▁re p re nd ió ▁á ▁los ▁vi en to s ▁y ▁á ▁la ▁mar ; ▁y ▁fué ▁grande ▁bo n an za .
▁Y ▁estaba ▁le jo s ▁de ▁ellos ▁un ▁ha to ▁de ▁mucho s ▁pu er co s ▁pa c iendo .
▁Y ▁he ▁aquí , ▁toda ▁la ▁ciudad ▁salió ▁á ▁encontr ar ▁á ▁Je s ú s : ▁y ▁cuando ▁le ▁vieron , ▁le ▁ ro g aban ▁que ▁sal i e se ▁de ▁sus ▁término s .
▁Y ▁ viendo ▁Je s ú s ▁sus ▁pe n s amiento s , ▁dijo : ▁¿ Por ▁qué ▁pe n s áis ▁mal ▁en ▁vuestro s ▁cor az on es ?
▁Y ▁las ▁gente s , ▁vi é ndo lo , ▁se ▁mar a vi l l aron , ▁y ▁ g lo ri f i c aron ▁á ▁Dios , ▁que ▁había ▁dado ▁tal ▁p o t est ad ▁á ▁los ▁hombres .
▁Y ▁ o y é ndo lo ▁Je s ú s , ▁les ▁dijo : ▁Lo s ▁que ▁están ▁s an os ▁no ▁tiene n ▁ n e ce s i dad ▁de ▁ m é di co , ▁sin o ▁los ▁en f er mos ▁ .
▁Y ▁nadie ▁echa ▁re m iendo ▁de ▁pa ñ o ▁re ci o ▁en ▁vestido ▁viejo ; ▁por que ▁el ▁tal ▁re m iendo ▁ti ra ▁del ▁vestido , ▁y ▁se ▁ha ce ▁pe or ▁la ▁ ro t ura .
▁Y ▁he ▁aquí ▁una ▁mujer ▁en f er ma ▁de ▁flujo ▁de ▁sangre ▁do ce ▁años ▁había , ▁lleg ándose ▁por ▁de t rás , ▁to c ó ▁la ▁f ra n ja ▁de ▁su ▁vestido :
▁ D í ce les ▁ : ▁A p ar ta os , ▁que ▁la ▁much a ch a ▁no ▁es ▁mu er ta , ▁mas ▁d u er me . ▁Y ▁se ▁bu r l aban ▁de ▁él .
▁Y ▁lleg ado ▁á ▁la ▁casa , ▁vinieron ▁á ▁él ▁los ▁ ci e go s ; ▁y ▁Je s ú s ▁les ▁di ce : ▁¿ C re éis ▁que ▁pu ed o ▁hacer ▁esto ? ▁El los ▁di ce n : ▁S í , ▁Señor .
▁Y ▁sal iendo ▁ellos , ▁he ▁aquí , ▁le ▁tra je ron ▁un ▁hombre ▁mu do , ▁en de mo n i ado .
▁Y ▁ viendo ▁las ▁gente s , ▁tuvo ▁com pa s ió n ▁de ▁ella s ; ▁por que ▁estaban ▁derram ada s ▁y ▁esparci das ▁ como ▁ovejas ▁que ▁no ▁tiene n ▁pa st or .
▁Y ▁los ▁nombre s ▁de ▁los ▁do ce ▁ap ó s to les ▁son ▁estos : ▁el ▁primer o , ▁Si m ón , ▁que ▁es ▁dicho ▁P ed ro , ▁y ▁And ré s ▁su ▁hermano ; ▁Jacob o , ▁hijo de ▁Z e be de o , ▁y ▁ J u an ▁su ▁hermano ;
▁Mas ▁ id ▁antes ▁á ▁las ▁ovejas ▁per di das ▁de ▁la ▁casa ▁de ▁Israel .
▁N i ▁al for ja ▁para ▁el ▁camino , ▁ni ▁dos ▁ropa s ▁de ▁ve st ir , ▁ni ▁ za pa to s , ▁ni ▁bo r d ón ; ▁por que ▁el ▁ob re ro ▁di g no ▁es ▁de ▁su ▁al i ment o .
▁Y ▁cualquier a ▁que ▁no ▁os ▁re ci b iere , ▁ni ▁ o y er e ▁vuestras ▁palabras , ▁sal id ▁de ▁aquella ▁casa ▁ó ▁ciudad , ▁y ▁s a cu di d ▁el ▁polvo ▁de ▁vuestro s ▁pie s .
▁Y ▁aun ▁á ▁príncipes ▁y ▁á ▁reyes ▁se réis ▁llev ados ▁por ▁causa ▁de ▁mí , ▁por ▁testimonio ▁á ▁ellos ▁y ▁á ▁los ▁Ge n til es .
▁Y ▁se réis ▁aborrec ido s ▁de ▁todos ▁por ▁mi ▁nombre ; ▁mas ▁el ▁que ▁so por t are ▁hast a ▁el ▁fin , ▁éste ▁será ▁sal v o .
▁As í ▁que , ▁no ▁los ▁tem áis ; ▁por que ▁nada ▁hay ▁en cu bi er to , ▁que ▁no ▁haya ▁de ▁ser ▁man i f est ado ; ▁ni ▁oc u l to , ▁que ▁no ▁haya ▁de ▁sabe r se .
▁P ue s ▁aun ▁vuestro s ▁ca be l los ▁están ▁todos ▁contados .
▁No ▁pe n s éis ▁que ▁he ▁venido ▁para ▁me t er ▁paz ▁en ▁la ▁tierra : ▁no ▁he ▁venido ▁para ▁me t er ▁paz , ▁sin o ▁espada .
▁Y ▁el ▁que ▁no ▁toma ▁su ▁c r u z , ▁y ▁si gu e ▁en ▁pos ▁de ▁mí , ▁no ▁es ▁di g no ▁de ▁mí .
▁Y ▁cualquier a ▁que ▁die re ▁á ▁uno ▁de ▁estos ▁pe que ñ i to s ▁un ▁va s o ▁de ▁agua ▁f r ía ▁solamente , ▁en ▁nombre ▁de ▁di s c í p u lo , ▁de ▁cierto ▁os ▁di go , ▁que ▁no ▁per de rá ▁su ▁rec om p en s a .
▁Y ▁respond iendo ▁Je s ú s , ▁les ▁dijo : ▁I d , ▁y ▁ha c ed ▁sabe r ▁á ▁ J u an ▁las ▁cosas ▁que ▁ o í s ▁y ▁ve is :
▁Mas ▁¿ qué ▁sal i steis ▁á ▁ver ? ▁¿ un ▁hombre ▁cu bi er to ▁de ▁del i c ados ▁vestidos ? ▁He ▁aquí , ▁los ▁que ▁tra en ▁vestidos ▁del i c ados , ▁en ▁las ▁casa s ▁de ▁los ▁reyes ▁están .
▁De s de ▁los ▁días ▁de ▁ J u an ▁el ▁B a u t is ta ▁hast a ▁ahora , ▁al ▁reino ▁de ▁los ▁cielo s ▁se ▁ha ce ▁fuerza , ▁y ▁los ▁va l iente s ▁lo ▁ar re ba t an .
▁Mas ▁¿ á ▁qu ién ▁com para ré ▁esta ▁generación ? ▁E s ▁se me ja n te ▁á ▁los ▁much a ch os ▁que ▁se ▁si enta n ▁en ▁las ▁p la za s , ▁y ▁da n ▁voces ▁á ▁sus ▁com pa ñ eros ,
▁Entonces ▁comenzó ▁á ▁rec on v en ir ▁á ▁las ▁ciudades ▁en ▁las ▁cuales ▁habían ▁sido ▁he ch as ▁mu y ▁much as ▁de ▁sus ▁mar a vi l la s , ▁por que ▁no ▁se ▁habían ▁ar re p en t ido , ▁diciendo :
▁Por ▁tanto ▁os ▁di go , ▁que ▁á ▁la ▁tierra ▁de ▁los ▁de ▁Sodom a ▁será ▁más ▁to le ra ble ▁el ▁cast i go ▁en ▁el ▁día ▁del ▁juicio , ▁que ▁á ▁ti .
▁Ve n id ▁á ▁mí ▁todos ▁los ▁que ▁está is ▁tra ba j ados ▁y ▁ca r g ados , ▁que ▁yo ▁os ▁haré ▁de s ca n s ar .
▁Y ▁vi é ndo lo ▁los ▁F ar i se os , ▁le ▁dijeron : ▁He ▁aquí ▁tu s ▁di s c í p u los ▁ha ce n ▁lo ▁que ▁no ▁es ▁ l í ci to ▁hacer ▁en ▁sábado .
▁P ue s ▁os ▁di go ▁que ▁uno ▁may or ▁que ▁el ▁templo ▁está ▁aquí .
▁Y ▁he ▁aquí ▁había ▁allí ▁uno ▁que ▁tenía ▁una ▁mano ▁se ca : ▁y ▁le ▁pregunta ron , ▁diciendo : ▁¿ E s ▁ l í ci to ▁cu r ar ▁en ▁sábado ? ▁por ▁a cu s ar le ▁ .
▁Y ▁sal ido s ▁los ▁F ar i se os , ▁consult aron ▁contra ▁él ▁para ▁destruir le ▁ .
▁He ▁aquí ▁mi ▁siervo , ▁al ▁cual ▁he ▁es co g ido ; ▁mi ▁A m ado , ▁en ▁el ▁cual ▁se ▁a g r ada ▁mi ▁alma : ▁pondré ▁mi ▁E s p í ri tu ▁sobre ▁él , ▁y ▁á ▁los ▁Ge n til es ▁a nunc i ará ▁juicio .
▁Entonces ▁fué ▁traído ▁á ▁él ▁un ▁en de mo n i ado , ▁ ci e go ▁y ▁mu do , ▁y ▁le ▁s an ó ; ▁de ▁tal ▁manera , ▁que ▁el ▁ ci e go ▁y ▁mu do ▁habla ba ▁y ▁ve ía .
▁Y ▁si ▁S a t an ás ▁echa ▁fuera ▁á ▁S a t an ás , ▁contra ▁sí ▁mismo ▁está ▁di vi d ido ; ▁¿ cómo , ▁pues , ▁per man e ce rá ▁su ▁reino ?
▁El ▁que ▁no ▁es ▁conmigo ▁ , ▁contra ▁mí ▁es ; ▁y ▁el ▁que ▁conmigo ▁no ▁recog e , ▁derram a .
▁Ge n er ación ▁de ▁ v í b or as , ▁¿ cómo ▁pod éis ▁hablar ▁bien , ▁s iendo ▁mal os ? ▁por que ▁de ▁la ▁a b un d an ci a ▁del ▁corazón ▁habla ▁la ▁boca .
▁Entonces ▁respondieron ▁alguno s ▁de ▁los ▁es c ri ba s ▁y ▁de ▁los ▁F ar i se os , ▁diciendo : ▁Ma est ro , ▁de se a mos ▁ver ▁de ▁ti ▁señal .
▁La ▁re in a ▁del ▁A u st ro ▁se ▁levant ará ▁en ▁el ▁juicio ▁con ▁esta ▁generación , ▁y ▁la ▁con de n ará ; ▁por que ▁vino ▁de ▁los ▁fin es ▁de ▁la ▁tierra ▁para ▁oir ▁la ▁sabiduría ▁de ▁Salomón : ▁y ▁he ▁aquí ▁más ▁que ▁Salomón ▁en ▁este ▁lugar .
▁Y ▁esta ndo ▁él ▁a ún ▁habla ndo ▁á ▁las ▁gente s , ▁he ▁aquí ▁su ▁madre ▁y ▁sus ▁hermanos ▁estaban ▁fuera , ▁que ▁le ▁que r ían ▁hablar .
▁Porque ▁todo ▁aquel ▁que ▁hiciere ▁la ▁ v o l un ta d ▁de ▁mi ▁P ad re ▁que ▁está ▁en ▁los ▁cielo s , ▁es e ▁es ▁mi ▁hermano , ▁y ▁hermana , ▁y ▁madre .
▁Y ▁se m bra ndo , ▁parte de ▁la ▁simiente ca y ó ▁junto ▁al ▁camino ; ▁y ▁vinieron ▁las ▁ ave s , ▁y ▁la ▁com ieron .
▁Y ▁parte ▁cayó ▁en ▁buena ▁tierra , ▁y ▁dió ▁fruto , ▁cu á l ▁á ▁ciento , ▁cu á l ▁á ▁se s enta , ▁y ▁cu á l ▁á ▁treinta .
▁Porque ▁á ▁cualquier a ▁que ▁tiene , ▁se ▁le ▁dará , ▁y ▁tendrá ▁más ; ▁per o ▁al ▁que ▁no ▁tiene , ▁aun ▁lo ▁que ▁tiene ▁le ▁será ▁qu ita do .
▁Mas ▁bien ave n t ur ados ▁vuestro s ▁ojos , ▁por que ▁ven ; ▁y ▁vuestro s ▁oído s , ▁por que ▁ o y en .
▁Y ▁el ▁que ▁fué ▁se m bra do ▁en ▁p ed re ga les , ▁éste ▁es ▁el ▁que ▁ o y e ▁la ▁palabra , ▁y ▁luego ▁la ▁re ci be ▁con ▁go zo .
▁O tra ▁par á b o la ▁les ▁pro p u s o , ▁diciendo : ▁El ▁reino ▁de ▁los ▁cielo s ▁es ▁se me ja n te ▁al ▁hombre ▁que ▁si em bra ▁buena ▁simiente ▁en ▁su ▁campo :
▁Y ▁él ▁les ▁dijo : ▁Un ▁hombre ▁enemigo ▁ha ▁hecho ▁esto . ▁Y ▁los ▁siervos ▁le ▁dijeron : ▁¿ Q u iere s , ▁pues , ▁que ▁vaya mos ▁y ▁la ▁co ja mos ?
▁El ▁cual ▁á ▁la ▁ver dad ▁es ▁la ▁más ▁pe que ñ a ▁de ▁todas ▁las ▁simiente s ; ▁mas ▁cuando ▁ha ▁c recido , ▁es ▁la ▁may or ▁de ▁las ▁ho r ta li za s , ▁y ▁se ▁ha ce ▁árbol , ▁que ▁viene n ▁las ▁ ave s ▁del ▁cielo ▁y ▁ha ce n ▁ni do s ▁en ▁sus ▁ram as .
▁Entonces , ▁de s pe di das ▁las ▁gente s , ▁Je s ú s ▁se ▁vino ▁á ▁casa ; ▁y ▁lleg ándose ▁á ▁él ▁sus ▁di s c í p u los , ▁le ▁dijeron : ▁De c l á ra nos ▁la ▁par á b o la ▁de ▁la ▁ ci za ñ a ▁del ▁campo .
▁De ▁manera ▁que ▁ como ▁es ▁co g i da ▁la ▁ ci za ñ a , ▁y ▁que m ada ▁al ▁fuego , ▁así ▁será ▁en ▁el ▁fin ▁de ▁este ▁si g lo .
▁A de m ás , ▁el ▁reino ▁de ▁los ▁cielo s ▁es ▁se me ja n te ▁al ▁te s o ro ▁escond ido ▁en ▁el ▁campo ; ▁el ▁cual ▁halla do , ▁el ▁hombre ▁lo ▁en cu bre , ▁y ▁de ▁go zo ▁de ▁el lo ▁va , ▁y ▁ven de ▁todo ▁lo ▁que ▁tiene , ▁y ▁com p ra ▁aquel ▁campo .
▁La ▁cual ▁esta ndo ▁llena , ▁la ▁saca ron ▁á ▁la ▁orilla ; ▁y ▁sent ados , ▁co g ieron ▁lo ▁bueno ▁en ▁vasos , ▁y ▁lo ▁mal o ▁echar on ▁fuera .
▁Y ▁él ▁les ▁dijo : ▁Por ▁es o ▁todo ▁es c ri ba ▁do c to ▁en ▁el ▁reino ▁de ▁los ▁cielo s , ▁es ▁se me ja n te ▁á ▁un ▁padre ▁de ▁familia ▁ , ▁que ▁saca ▁de ▁su ▁te s o ro ▁cosas ▁nueva s ▁y ▁cosas ▁vi e ja s .
▁¿ Y ▁no ▁están ▁todas ▁sus ▁hermana s ▁con ▁nosotros ? ▁¿ D e ▁d ón de , ▁pues , ▁tiene ▁éste ▁todas ▁esta s ▁cosas ?
▁Y ▁dijo ▁á ▁sus ▁criado s : ▁Este ▁es ▁ J u an ▁el ▁B a u t is ta : ▁él ▁ha ▁re s u ci t ado ▁de ▁los ▁muerto s , ▁y ▁por ▁es o ▁vi r tu de s ▁obra n ▁en ▁él .
▁Mas ▁ ce le b r ándose ▁el ▁día ▁del ▁nac imiento ▁de ▁He ro de s , ▁la ▁hija ▁de ▁He ro d ía s ▁da n z ó ▁en ▁medio , ▁y ▁a g ra d ó ▁á ▁He ro de s .
▁Y ▁en vi ando , ▁de go l l ó ▁á ▁ J u an ▁en ▁la ▁c á r ce l .
▁Y ▁sal iendo ▁Je s ú s , ▁vió ▁un ▁gran ▁ g en t í o , ▁y ▁tuvo ▁com pa s ió n ▁de ▁ellos , ▁y ▁s an ó ▁á ▁los ▁que ▁de ▁ellos ▁había ▁en f er mos .
▁Y ▁él ▁les ▁dijo : ▁T ra é d me los ▁a c á .
▁Y ▁luego ▁Je s ú s ▁hizo ▁á ▁sus ▁di s c í p u los ▁entrar ▁en ▁el ▁bar co , ▁é ▁ir ▁delante ▁de ▁él ▁á ▁la ▁otra ▁parte ▁del ▁la go , ▁entre ▁tanto ▁que ▁él ▁de s p ed ía ▁á ▁las ▁gente s .
▁Y ▁los ▁di s c í p u los , ▁vi é ndo le ▁and ar ▁sobre ▁la ▁mar , ▁se ▁tu r b aron , ▁diciendo : ▁F an ta s ma ▁es . ▁Y ▁d ieron ▁voces ▁de ▁mi ed o .
▁Mas ▁ viendo ▁el ▁vi en to ▁fuerte , ▁tuvo ▁mi ed o ; ▁y ▁come n z ándose ▁á ▁ hu nd ir , ▁dió ▁voces , ▁diciendo : ▁Señor , ▁s á l v a me ▁ .
▁Y ▁lleg ando ▁á ▁la ▁otra ▁parte , ▁vinieron ▁á ▁la ▁tierra ▁de ▁Ge n e za re t .
▁¿ Por ▁qué ▁tu s ▁di s c í p u los ▁tras pa s an ▁la ▁tra di ción ▁de ▁los ▁ancianos ? ▁por que ▁no ▁se ▁la v an ▁las ▁manos ▁cuando ▁come n ▁pan .
▁No ▁de be rá ▁ho n r ar ▁á ▁su ▁padre ▁ó ▁á ▁su ▁madre ▁con ▁so co r ro . ▁As í ▁ha béis ▁in v al id ado ▁el ▁man d amiento ▁de ▁Dios ▁por ▁vuestra ▁tra di ción .
▁Y ▁ l l am ando ▁á ▁sí ▁las ▁gente s , ▁les ▁dijo : ▁O id , ▁y ▁en te nd ed :
▁De ja d los ▁ : ▁son ▁ ci e go s ▁ gu ía s ▁de ▁ ci e go s ; ▁y ▁si ▁el ▁ ci e go ▁ gu i are ▁al ▁ ci e go , ▁ambos ▁ca e rán ▁en ▁el ▁hoy o .
▁Mas ▁lo ▁que ▁sal e ▁de ▁la ▁boca , ▁del ▁corazón ▁sal e ; ▁y ▁esto ▁contamin a ▁al ▁hombre .
▁Y ▁he ▁aquí ▁una ▁mujer ▁C an an e a , ▁que ▁había ▁sal ido ▁de ▁aquello s ▁término s , ▁clama ba , ▁di ci é ndo le : ▁Señor , ▁Hi jo ▁de ▁David , ▁ten ▁misericordia ▁de ▁mí ; ▁mi ▁hija ▁es ▁mal amente ▁at or ment ada ▁del ▁de mo n i o .
▁Y ▁respond iendo ▁él , ▁dijo : ▁No ▁es ▁bien ▁tomar ▁el ▁pan ▁de ▁los ▁hijos , ▁y ▁echar lo ▁á ▁los ▁per ri l los .
▁Y ▁llegar on ▁á ▁él ▁much as ▁gente s , ▁que ▁tenía n ▁consigo ▁co jo s , ▁ ci e go s , ▁mu do s , ▁man co s , ▁y ▁otro s ▁mucho s ▁en f er mos : ▁y ▁los ▁echar on ▁á ▁los ▁pie s ▁de ▁Je s ú s , ▁y ▁los ▁s an ó :
▁Y ▁Je s ú s ▁les ▁di ce : ▁¿ C u án to s ▁pan es ▁ten éis ? ▁Y ▁ellos ▁dijeron : ▁Si e te , ▁y ▁uno s ▁poco s ▁pe ce ci l los .
▁Y ▁era n ▁los ▁que ▁habían ▁com ido , ▁cuatro ▁mil ▁hombres , ▁sin ▁las ▁mujeres ▁y ▁los ▁niño s .
▁Y ▁á ▁la ▁mañana : ▁ H o y ▁tem p est ad ; ▁por que ▁tiene ▁ar re b o les ▁el ▁cielo ▁ t r iste . ▁Hi p ó c r itas , ▁que ▁s a béis ▁hacer ▁di f er en ci a ▁en ▁la ▁f az ▁del ▁cielo ; ▁¿ y ▁en ▁las ▁señal es ▁de ▁los ▁tiempo s ▁no ▁pod éis ?
▁Y ▁ellos ▁pe n s aban ▁dentro ▁de ▁sí , ▁diciendo : ▁E s to ▁di ce ▁por que ▁no ▁toma mos ▁pan .
▁¿ C ó mo ▁es ▁que ▁no ▁en te nd éis ▁que ▁no ▁por ▁el ▁pan ▁os ▁di je , ▁que ▁os ▁guarda se is ▁de ▁la ▁levadura ▁de ▁los ▁F ar i se os ▁y ▁de ▁los ▁S ad u ce os ?
▁El ▁les ▁di ce : ▁Y ▁vosotros , ▁¿ qui é n ▁de c í s ▁que ▁soy ?
▁Y ▁á ▁ti ▁daré ▁las ▁ l l ave s ▁del ▁reino ▁de ▁los ▁cielo s ; ▁y ▁todo ▁lo ▁que ▁li gar es ▁en ▁la ▁tierra ▁será ▁li g ado ▁en ▁los ▁cielo s ; ▁y ▁todo ▁lo ▁que ▁de s a ta res ▁en ▁la ▁tierra ▁será ▁de s a t ado ▁en ▁los ▁cielo s .
▁Entonces ▁él , ▁ v o l vi é ndo se , ▁dijo ▁á ▁P ed ro : ▁ Q u í ta te ▁de ▁delante ▁de ▁mí , ▁S a t an ás ; ▁me ▁eres ▁es c án da lo ; ▁por que ▁no ▁en t i en de s ▁lo ▁que ▁es ▁de ▁Dios ▁sin o ▁lo ▁que ▁es ▁de ▁los ▁hombres .
▁Porque ▁el ▁Hi jo ▁del ▁hombre ▁vendrá ▁en ▁la ▁gloria ▁de ▁su ▁P ad re ▁con ▁sus ▁ángel es , ▁y ▁entonces ▁pa g ará ▁á ▁ cada ▁uno ▁conform e ▁á ▁sus ▁obra s .
▁Y ▁he ▁aquí ▁les ▁ap are c ieron ▁Moisés ▁y ▁Elías , ▁habla ndo ▁con ▁él .
▁Entonces ▁Je s ú s ▁lleg ando , ▁los ▁to c ó , ▁y ▁dijo : ▁Levant a os , ▁y ▁no ▁tem áis .
▁Y ▁respond iendo ▁Je s ú s , ▁les ▁dijo : ▁A ▁la ▁ver dad , ▁Elías ▁vendrá ▁primer o , ▁y ▁rest i tu irá ▁todas ▁las ▁cosas .
▁Y ▁diciendo : ▁Señor , ▁ten ▁misericordia ▁de ▁mi ▁hijo , ▁que ▁es ▁lu n á t i co , ▁y ▁pa de ce ▁mal amente ; ▁por que ▁much as ▁veces ▁ca e ▁en ▁el ▁fuego , ▁y ▁much as ▁en ▁el ▁agua .
▁Entonces , ▁lleg ándose ▁los ▁di s c í p u los ▁á ▁Je s ú s , ▁apart e ▁ , ▁dijeron : ▁¿ Por ▁qué ▁nosotros ▁no ▁lo ▁pu di mos ▁echar ▁fuera ?
▁Y ▁le ▁matar án ; ▁mas ▁al ▁tercer ▁día ▁re s u ci t ará . ▁Y ▁ellos ▁se ▁entr iste c ieron ▁en ▁gran ▁manera .
▁Mas ▁por que ▁no ▁los ▁es ca nd al i ce mos , ▁ve ▁á ▁la ▁mar , ▁y ▁echa ▁el ▁an z ue lo , ▁y ▁el ▁primer ▁pe z ▁que ▁vi n iere , ▁ t ó ma lo , ▁y ▁a bi er ta ▁su ▁boca , ▁halla rás ▁un ▁esta te ro : ▁ t ó ma lo , ▁y ▁d ás e lo ▁por ▁mí ▁y ▁por ▁ti .
▁As í ▁que , ▁cualquier a ▁que ▁se ▁ hu m ill are ▁ como ▁este ▁niño , ▁éste ▁es ▁el ▁may or ▁en ▁el ▁reino ▁de ▁los ▁cielo s .
▁Por ▁tanto , ▁si ▁tu ▁mano ▁ó ▁tu ▁pie ▁te ▁fuere ▁oc as ió n ▁de ▁ca er , ▁c ó r ta lo ▁y ▁é ch a lo ▁de ▁ti : ▁mejor ▁te ▁es ▁entrar ▁co jo ▁ó ▁man co ▁en ▁la ▁vida , ▁que ▁ten iendo ▁dos ▁manos ▁ó ▁dos ▁pie s ▁ser ▁echa do ▁en ▁el ▁fuego ▁ e t er no .
▁¿ Qué ▁os ▁par e ce ? ▁Si ▁tu vi e se ▁al g ún ▁hombre ▁cien ▁ovejas , ▁y ▁se ▁de s c ar ri a se ▁una ▁de ▁ella s , ▁¿ no ▁ir ía ▁por ▁los ▁monte s , ▁de ja das ▁las ▁no v enta ▁y ▁ n ue v e , ▁á ▁busca r ▁la ▁que ▁se ▁había ▁de s c ar ri ado ?
▁Mas ▁si ▁no ▁te ▁ o y er e , ▁toma ▁a ún ▁contigo ▁uno ▁ó ▁dos , ▁para ▁que ▁en ▁boca ▁de ▁dos ▁ó ▁de ▁tres ▁testigo s ▁con s te ▁toda ▁palabra .
▁Porque ▁don de ▁están ▁dos ▁ó ▁tres ▁con g re g ados ▁en ▁mi ▁nombre , ▁allí ▁esto y ▁en ▁medio ▁de ▁ellos .
▁Y ▁come n z ando ▁á ▁hacer ▁cu enta s , ▁le ▁fué ▁present ado ▁uno ▁que ▁le ▁de b ía ▁diez ▁mil ▁talent os .
▁Y ▁sal iendo ▁aquel ▁siervo , ▁halló ▁á ▁uno ▁de ▁sus ▁con s i er v os , ▁que ▁le ▁de b ía ▁cien ▁de n ar i os ; ▁y ▁tra b ando ▁de ▁él , ▁le ▁ ah o g aba , ▁diciendo : ▁P á ga me ▁lo ▁que ▁de be s .
▁Entonces ▁ l l am ándo le ▁su ▁señor , ▁le ▁di ce : ▁Si er v o ▁mal v ado , ▁toda ▁aquella ▁de ud a ▁te ▁perdon é , ▁por que ▁me ▁ ro g aste :
▁Y ▁A C O N T E C I Ó ▁que ▁acaba ndo ▁Je s ú s ▁esta s ▁palabras , ▁se ▁pasó ▁de ▁ G al i le a , ▁y ▁vino ▁á ▁los ▁término s ▁de ▁ J u de a , ▁pasa do ▁el ▁Jordán .
▁Y ▁dijo : ▁Por ▁tanto , ▁el ▁hombre ▁dejar á ▁padre ▁y ▁madre , ▁y ▁se ▁un irá ▁á ▁su ▁mujer , ▁y ▁serán ▁dos ▁en ▁una ▁carne ?
▁Y ▁yo ▁os ▁di go ▁que ▁cualquier a ▁que ▁re p ud i are ▁á ▁su ▁mujer , ▁si ▁no ▁fuere ▁por ▁causa ▁de ▁for n i c ación , ▁y ▁se ▁casa re ▁con ▁otra , ▁a d u l te ra : ▁y ▁el ▁que ▁se ▁casa re ▁con ▁la ▁re p ud i ada , ▁a d u l te ra .
▁Entonces ▁le ▁fueron ▁present ados ▁uno s ▁niño s , ▁para ▁que ▁pu s i e se ▁las ▁manos ▁sobre ▁ellos , ▁y ▁or a se ; ▁y ▁los ▁di s c í p u los ▁les ▁ ri ñ e ron .
▁Y ▁él ▁le ▁dijo : ▁¿ Por ▁qué ▁me ▁ l la ma s ▁bueno ? ▁N ing un o ▁es ▁bueno ▁sin o ▁uno , ▁es ▁á ▁sabe r , ▁Dios : ▁y ▁si ▁qu iere s ▁entrar ▁en ▁la ▁vida , ▁guarda ▁los ▁mandamientos .
▁ D í ce le ▁Je s ú s : ▁Si ▁qu iere s ▁ser ▁per f e c to , ▁and a , ▁ven de ▁lo ▁que ▁tiene s , ▁y ▁da lo ▁á ▁los ▁p o bre s , ▁y ▁tendrá s ▁te s o ro ▁en ▁el ▁cielo ; ▁y ▁ven , ▁sí gu e me ▁ .
▁Mas ▁sus ▁di s c í p u los , ▁ o y e ndo ▁esta s ▁cosas , ▁se ▁es p an t aron ▁en ▁gran ▁manera , ▁diciendo : ▁¿ Quién ▁pues ▁pod rá ▁ser ▁sal v o ?
▁Y ▁cualquier a ▁que ▁dejar e ▁casa s , ▁ó ▁hermanos , ▁ó ▁hermana s , ▁ó ▁padre , ▁ó ▁madre , ▁ó ▁mujer , ▁ó ▁hijos , ▁ó ▁tierra s , ▁por ▁mi ▁nombre , ▁recibir á ▁cien ▁veces ▁tanto , ▁y ▁her ed ará ▁la ▁vida ▁ e te rna .
▁Y ▁sal iendo ▁cerca ▁de ▁la ▁ho ra ▁de ▁las ▁tres , ▁vió ▁otro s ▁que ▁estaban ▁en ▁la ▁p la za ▁oc i os os ;
▁ D í ce n le ▁ : ▁Porque ▁nadie ▁no s ▁ha ▁a j u st ado . ▁ D í ce les ▁ : ▁I d ▁también ▁vosotros ▁á ▁la ▁viña , ▁y ▁recibir éis ▁lo ▁que ▁fuere ▁just o .
▁Y ▁to m ándo lo , ▁murmur aban ▁contra ▁el ▁padre ▁de ▁la ▁familia ,
▁¿ No ▁me ▁es ▁ l í ci to ▁á ▁mí ▁hacer ▁lo ▁que ▁ qui er o ▁con ▁lo ▁mío ? ▁ó ▁¿ es ▁mal o ▁tu ▁ o jo , ▁por que ▁yo ▁soy ▁bueno ?
▁Y ▁le ▁entre g arán ▁á ▁los ▁Ge n til es ▁para ▁que ▁le ▁es c ar n e z ca n , ▁y ▁a zo t en , ▁y ▁c r u ci f i que n ; ▁mas ▁al ▁tercer ▁día ▁re s u ci t ará .
▁Y ▁él ▁les ▁di ce : ▁A ▁la ▁ver dad ▁mi ▁va s o ▁beber éis , ▁y ▁del ▁ba u t is mo ▁de ▁que ▁yo ▁soy ▁ba u t i z ado , ▁se réis ▁ba u t i z ados ; ▁mas ▁el ▁sent ar os ▁á ▁mi ▁mano ▁derecha ▁y ▁á ▁mi ▁ i z qui er da , ▁no ▁es ▁mío ▁dar lo , ▁sin o ▁á ▁aquello s ▁para ▁quien es ▁está ▁ap are ja do ▁de ▁mi ▁P ad re .
▁Y ▁el ▁que ▁qu is iere ▁entre ▁vosotros ▁ser ▁el ▁primer o , ▁será ▁vuestro ▁siervo :
▁Y ▁la ▁gente ▁les ▁re ñ ía ▁para ▁que ▁ca l la s en ; ▁mas ▁ellos ▁clama ba n ▁más , ▁diciendo : ▁Señor , ▁Hi jo ▁de ▁David , ▁ten ▁misericordia ▁de ▁nosotros .
▁Y ▁C O M O ▁se ▁acerca ron ▁á ▁Jerusalem , ▁y ▁vinieron ▁á ▁Beth f a g é , ▁al ▁monte ▁de ▁las ▁O li v as , ▁entonces ▁Je s ú s ▁envió ▁dos ▁di s c í p u los ,
▁De ci d ▁á ▁la ▁hija ▁de ▁Si ón : ▁He ▁aquí , ▁tu ▁Re y ▁viene ▁á ▁ti , ▁man s o , ▁y ▁sent ado ▁sobre ▁una ▁as n a , ▁y ▁sobre ▁un ▁p o l li no , ▁hijo ▁de ▁animal ▁de ▁y u go .
▁Y ▁las ▁gente s ▁que ▁iba n ▁delante , ▁y ▁las ▁que ▁iba n ▁de t rás , ▁a c l am aban ▁diciendo : ▁ ¡ H os an n a ▁al ▁Hi jo ▁de ▁David ! ▁ ¡ B en di to ▁el ▁que ▁viene ▁en ▁el ▁nombre ▁del ▁Señor ! ▁ ¡ H os an n a ▁en ▁las ▁al t ura s !
▁Y ▁les ▁di ce : ▁E s c ri to ▁está : ▁Mi ▁casa , ▁casa ▁de ▁or ación ▁será ▁ l l am ada ; ▁mas ▁vosotros ▁cueva ▁de ▁la d ron es ▁la ▁ha béis ▁hecho .
▁Y ▁de j ándo los ▁ , ▁se ▁salió ▁fuera ▁de ▁la ▁ciudad , ▁á ▁Beth an i a ; ▁y ▁pos ó ▁allí .
▁Y ▁respond iendo ▁Je s ú s ▁les ▁dijo : ▁De ▁cierto ▁os ▁di go , ▁que ▁si ▁tuviere is ▁f e , ▁y ▁no ▁d ud are is , ▁no ▁s ólo ▁ha réis ▁esto ▁de ▁la ▁ hi gu er a : ▁mas ▁si ▁á ▁este ▁monte ▁dijere is : ▁ Q u í ta te ▁y ▁é ch a te ▁en ▁la ▁mar , ▁será ▁hecho .
▁El ▁ba u t is mo ▁de ▁ J u an , ▁¿ de ▁d ón de ▁era ? ▁¿ de l ▁cielo , ▁ó ▁de ▁los ▁hombres ? ▁El los ▁entonces ▁pe n s aron ▁entre ▁sí , ▁diciendo : ▁Si ▁di j é remos , ▁del ▁cielo , ▁no s ▁dirá : ▁¿ Por ▁qué ▁pues ▁no ▁le ▁c re í steis ?
▁Y ▁respond iendo ▁él , ▁dijo : ▁No ▁ qui er o ; ▁mas ▁después , ▁ar re p en t ido , ▁fué .
▁O id ▁otra ▁par á b o la : ▁F u é ▁un ▁hombre , ▁padre ▁de ▁familia , ▁el ▁cual ▁plant ó ▁una ▁viña ; ▁y ▁la ▁ cer c ó ▁de ▁va l l ado , ▁y ▁ca v ó ▁en ▁ella ▁un ▁la gar , ▁y ▁edificó ▁una ▁to r re , ▁y ▁la ▁dió ▁á ▁ r enta ▁á ▁la bra do res , ▁y ▁se ▁part ió ▁le jo s .
▁Y ▁á ▁la ▁postr e ▁les ▁envió ▁su ▁hijo , ▁diciendo : ▁T en d rán ▁re s pe to ▁á ▁mi ▁hijo .
▁ D í ce n le ▁ : ▁á ▁los ▁mal os ▁destruir á ▁mis er a ble mente , ▁y ▁su ▁viña ▁dará ▁á ▁ r enta ▁á ▁otro s ▁la bra do res , ▁que ▁le ▁pa gu en ▁el ▁fruto ▁á ▁sus ▁tiempo s .
▁Y ▁ o y e ndo ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁y ▁los ▁F ar i se os ▁sus ▁par á b o la s , ▁en te nd ieron ▁que ▁habla ba ▁de ▁ellos .
▁Y ▁envió ▁sus ▁siervos ▁para ▁que ▁ l la ma s en ▁los ▁llamado s ▁á ▁las ▁bo das ; ▁mas ▁no ▁qu is ieron ▁ven ir .
▁Y ▁el ▁rey , ▁ o y e ndo est o , ▁se ▁enoj ó ; ▁y ▁en vi ando ▁sus ▁ejército s , ▁de st r u y ó ▁á ▁aquello s ▁homicida s , ▁y ▁puso ▁fuego ▁á ▁su ▁ciudad .
▁Y ▁entr ó ▁el ▁rey ▁para ▁ver ▁los ▁con vi d ados , ▁y ▁vió ▁allí ▁un ▁hombre ▁no ▁vestido ▁de ▁bo da .
▁Entonces , ▁ ido s ▁los ▁F ar i se os , ▁consult aron ▁ cómo ▁le ▁tomar ían ▁en ▁alguna ▁palabra .
▁M os tra d me ▁la ▁mo n ed a ▁del ▁tribu to . ▁Y ▁ellos ▁le ▁present aron ▁un ▁de n ar i o .
▁A que l ▁día ▁llegar on ▁á ▁él ▁los ▁S ad u ce os , ▁que ▁di ce n ▁no ▁haber ▁re s ur re c ción , ▁y ▁le ▁pregunta ron ,
▁Y ▁después ▁de ▁todos ▁murió ▁también ▁la ▁mujer .
▁Y ▁de ▁la ▁re s ur re c ción ▁de ▁los ▁muerto s , ▁¿ no ▁ha béis ▁le í do ▁lo ▁que ▁os ▁es ▁dicho ▁por ▁Dios , ▁que ▁di ce :
▁Y ▁pre gu n t ó ▁uno ▁de ▁ellos , ▁in t é r p re te ▁de ▁la ▁le y , ▁tent ándo le ▁y ▁diciendo :
▁Y ▁el ▁segundo ▁es ▁se me ja n te ▁á ▁éste : ▁A m arás ▁á ▁tu ▁prójimo ▁ como ▁á ▁ti ▁mismo .
▁El ▁les ▁di ce : ▁¿ P ue s ▁ cómo ▁David ▁en ▁E s p í ri tu ▁le ▁ l la ma ▁Señor , ▁diciendo :
▁E N T O N C E S ▁habló ▁Je s ú s ▁á ▁las ▁gente s ▁y ▁á ▁sus ▁di s c í p u los ,
▁A n te s , ▁todas ▁sus ▁obra s ▁ha ce n ▁para ▁ser ▁mira do s ▁de ▁los ▁hombres ; ▁por que ▁en s an ch an ▁sus ▁f i la c te ri as , ▁y ▁ex t i en de n ▁los ▁f le co s ▁de ▁sus ▁man to s ;
▁Y ▁vuestro ▁padre ▁no ▁ l l am éis ▁á ▁nadie ▁en ▁la ▁tierra ; ▁por que ▁uno ▁es ▁vuestro ▁P ad re , ▁el ▁cual ▁está ▁en ▁los ▁cielo s .
▁Mas ▁ ¡ a y ▁de ▁vosotros , ▁es c ri ba s ▁y ▁F ar i se os , ▁ hi p ó c r itas ! ▁por que ▁ cer r áis ▁el ▁reino ▁de ▁los ▁cielo s ▁delante ▁de ▁los ▁hombres ; ▁que ▁ni ▁vosotros ▁entr áis , ▁ni ▁á ▁los ▁que ▁están ▁entr ando ▁de j áis ▁entrar .
▁ ¡ I n s en s a to s ▁y ▁ ci e go s ! ▁por que ▁¿ cu á l ▁es ▁may or , ▁el ▁oro , ▁ó ▁el ▁templo ▁que ▁santifica ▁al ▁oro ?
▁Y ▁el ▁que ▁ j ura re ▁por ▁el ▁templo , ▁ j ura ▁por ▁él , ▁y ▁por ▁A qué l ▁que ▁habita ▁en ▁él ;
▁ ¡ A y ▁de ▁vosotros , ▁es c ri ba s ▁y ▁F ar i se os , ▁ hi p ó c r itas ! ▁por que ▁li m p i áis ▁lo ▁que ▁está ▁de ▁fuera ▁del ▁va s o ▁y ▁del ▁p la to ; ▁mas ▁de ▁dentro ▁están ▁lleno s ▁de ▁ ro b o ▁y ▁de ▁in j u st i ci a .
▁ ¡ A y ▁de ▁vosotros , ▁es c ri ba s ▁y ▁F ar i se os , ▁ hi p ó c r itas ! ▁por que ▁ ed i f i c áis ▁los ▁se p u l c ro s ▁de ▁los ▁profeta s , ▁y ▁a dor n áis ▁los ▁mo n u ment os ▁de ▁los ▁just os ,
▁ ¡ S er p iente s , ▁generación ▁de ▁ v í b or as ! ▁¿ cómo ▁ e vi t aréis ▁el ▁juicio ▁del ▁in f i er no ?
▁ ¡ J er u s al em , ▁Jerusalem , ▁que ▁mata s ▁á ▁los ▁profeta s , ▁y ▁ap ed re as ▁á ▁los ▁que ▁son ▁en vi ados ▁á ▁ti ! ▁ ¡ cu án ta s ▁veces ▁ qui se ▁junt ar ▁tu s ▁hijos , ▁ como ▁la ▁ ga l l in a ▁junt a ▁sus ▁p o l los ▁debajo ▁de ▁las ▁al as , ▁y ▁no ▁qu is iste !
▁Y ▁respond iendo ▁él , ▁les ▁dijo : ▁¿ V e is ▁todo ▁esto ? ▁de ▁cierto ▁os ▁di go , ▁que ▁no ▁será ▁de ja da ▁aquí ▁piedra ▁sobre ▁piedra , ▁que ▁no ▁sea ▁de st r u í da .
▁Y ▁oir éis ▁guerra s , ▁y ▁ r u mo res ▁de ▁guerra s : ▁mira d ▁que ▁no ▁os ▁tu r béis ; ▁por que ▁es ▁men est er ▁que ▁todo ▁esto ▁a co n te z ca ; ▁mas ▁a ún ▁no ▁es ▁el ▁fin .
▁Y ▁mucho s ▁entonces ▁serán ▁es ca nd al i z ados ; ▁y ▁se ▁entre g arán ▁uno s ▁á ▁otro s , ▁y ▁uno s ▁á ▁otro s ▁se ▁aborrec e rán .
▁Y ▁será ▁pre di c ado ▁este ▁ e v an g el i o ▁del ▁reino ▁en ▁todo ▁el ▁mu ndo , ▁por ▁testimonio ▁á ▁todos ▁los ▁Ge n til es ; ▁y ▁entonces ▁vendrá ▁el ▁fin .
▁Y ▁el ▁que ▁en ▁el ▁campo , ▁no ▁ v ue l v a ▁at rás ▁á ▁tomar ▁sus ▁vestidos .
▁Y ▁si ▁aquello s ▁días ▁no ▁fuese n ▁a co r t ados , ▁ninguna ▁carne ▁ser ía ▁salva ; ▁mas ▁por ▁causa ▁de ▁los ▁es co g ido s , ▁aquello s ▁días ▁serán ▁a co r t ados .
▁As í ▁que , ▁si ▁os ▁dijere n : ▁He ▁aquí ▁en ▁el ▁desierto ▁está ; ▁no ▁sal g áis : ▁He ▁aquí ▁en ▁las ▁c á ma ra s ; ▁no ▁c re áis .
▁Y ▁entonces ▁se ▁most r ará ▁la ▁señal ▁del ▁Hi jo ▁del ▁hombre ▁en ▁el ▁cielo ; ▁y ▁entonces ▁la ment arán ▁todas ▁las ▁tribu s ▁de ▁la ▁tierra , ▁y ▁ver án ▁al ▁Hi jo ▁del ▁hombre ▁que ▁vendrá ▁sobre ▁las ▁nube s ▁del ▁cielo , ▁con ▁grande ▁pod er ▁y ▁gloria .
▁De ▁cierto ▁os ▁di go , ▁que ▁no ▁pasar á ▁esta ▁generación , ▁que ▁todas ▁esta s ▁cosas ▁no ▁a co n te z ca n .
▁Porque ▁ como ▁en ▁los ▁días ▁antes ▁del ▁di l u vi o ▁estaban ▁com iendo ▁y ▁be b iendo , ▁ca s ándose ▁y ▁d ando ▁en ▁ca s amiento , ▁hast a ▁el ▁día ▁que ▁No é ▁entr ó ▁en ▁el ▁arca ,
▁Ve la d ▁pues , ▁por que ▁no ▁s a béis ▁á ▁qué ▁ho ra ▁ha ▁de ▁ven ir ▁vuestro ▁Señor .
▁B i en ave n t ur ado ▁aquel ▁siervo , ▁al ▁cual , ▁cuando ▁su ▁señor ▁vi n iere , ▁le ▁halla re ▁ha c iendo ▁así .
▁Ve nd rá ▁el ▁señor ▁de ▁aquel ▁siervo ▁en ▁el ▁día ▁que ▁no ▁es per a , ▁y ▁á ▁la ▁ho ra ▁que ▁no ▁sabe ,
▁La s ▁que ▁era n ▁fat u as , ▁toma ndo ▁sus ▁ l á m para s , ▁no ▁tomaron ▁consigo ▁aceite ;
▁Entonces ▁todas ▁aquella s ▁ v í r g en es ▁se ▁levant aron , ▁y ▁a de re z aron ▁sus ▁ l á m para s .
▁Y ▁después ▁vinieron ▁también ▁las ▁otra s ▁ v í r g en es , ▁diciendo : ▁Señor , ▁Señor , ▁á bre nos ▁ .
▁Y ▁á ▁éste ▁dió ▁cinco ▁talent os , ▁y ▁al ▁otro ▁dos , ▁y ▁al ▁otro ▁uno : ▁á ▁ cada ▁uno ▁conform e ▁á ▁su ▁f a cu l ta d ; ▁y ▁luego ▁se ▁part ió ▁le jo s .
▁Y ▁después ▁de ▁mucho ▁tiempo , ▁vino ▁el ▁señor ▁de ▁aquello s ▁siervos , ▁é ▁hizo ▁cu enta s ▁con ▁ellos .
▁Su ▁señor ▁le ▁dijo : ▁B i en , ▁bu en ▁siervo ▁y ▁f i el ; ▁sobre ▁poco ▁has ▁sido ▁f i el , ▁sobre ▁mucho ▁te ▁pondré : ▁entr a ▁en ▁el ▁go zo ▁de ▁tu ▁señor .
▁Por ▁tanto ▁te ▁con v en ía ▁dar ▁mi ▁dinero ▁á ▁los ▁ba n que ro s , ▁y ▁vi n iendo ▁yo , ▁ hu bi er a ▁re ci b ido ▁lo ▁que ▁es ▁mío ▁con ▁us ura .
▁Y ▁cuando ▁el ▁Hi jo ▁del ▁hombre ▁ven ga ▁en ▁su ▁gloria , ▁y ▁todos ▁los ▁santo s ▁ángel es ▁con ▁él , ▁entonces ▁se ▁sent ará ▁sobre ▁el ▁trono ▁de ▁su ▁gloria .
▁Porque ▁tu v e ▁hambre , ▁y ▁me ▁di steis ▁de ▁come r ; ▁tu v e ▁se d , ▁y ▁me ▁di steis ▁de ▁beber ; ▁f u í ▁ hu é s p ed , ▁y ▁me ▁recog i steis ;
▁¿ O ▁cu ándo ▁te ▁vi mos ▁en f er mo , ▁ó ▁en ▁la ▁c á r ce l , ▁y ▁vi n i mos ▁á ▁ti ?
▁F u í ▁ hu é s p ed , ▁y ▁no ▁me ▁recog i steis ; ▁de s n u do , ▁y ▁no ▁me ▁cu b ri steis ; ▁en f er mo , ▁y ▁en ▁la ▁c á r ce l , ▁y ▁no ▁me ▁visit a steis .
▁Y ▁A C O N T E C I Ó ▁que , ▁ como ▁hubo ▁acaba do ▁Je s ú s ▁todas ▁esta s ▁palabras , ▁dijo ▁á ▁sus ▁di s c í p u los :
▁Y ▁decía n : ▁No ▁en ▁el ▁día ▁de ▁la ▁f i est a , ▁por que ▁no ▁se ▁haga ▁al b o ro to ▁en ▁el ▁pueblo .
▁Porque ▁esto ▁se ▁pod ía ▁ven der ▁por ▁gran ▁precio , ▁y ▁dar se ▁á ▁los ▁p o bre s .
▁De ▁cierto ▁os ▁di go , ▁que ▁don de ▁ qui er a ▁que ▁este ▁ e v an g el i o ▁fuere ▁pre di c ado ▁en ▁todo ▁el ▁mu ndo , ▁también ▁será ▁dicho ▁para ▁memoria ▁de ▁ella , ▁lo ▁que ▁é s ta ▁ha ▁hecho .
▁Y ▁el ▁primer ▁día ▁de ▁la ▁f i est a ▁de ▁los ▁pan es ▁sin ▁levadura , ▁vinieron ▁los ▁di s c í p u los ▁á ▁Je s ú s , ▁di ci é ndo le ▁ : ▁¿ D ón de ▁qu iere s ▁que ▁a de re ce mos ▁para ▁ti ▁para ▁come r ▁la ▁pa s cu a ?
▁Y ▁com iendo ▁ellos , ▁dijo : ▁De ▁cierto ▁os ▁di go , ▁que ▁uno ▁de ▁vosotros ▁me ▁ha ▁de ▁entre gar .
▁Entonces ▁respond iendo ▁ J u das , ▁que ▁le ▁entre g aba , ▁dijo : ▁¿ S o y ▁yo , ▁Ma est ro ? ▁ D í ce le ▁ : ▁T ú ▁lo ▁has ▁dicho .
▁Y ▁os ▁di go , ▁que ▁de s de ▁ahora ▁no ▁beber é ▁más ▁de ▁este ▁fruto ▁de ▁la ▁vi d , ▁hast a ▁aquel ▁día , ▁cuando ▁lo ▁ten go ▁de ▁beber ▁ n ue v o ▁con ▁vosotros ▁en ▁el ▁reino ▁de ▁mi ▁P ad re .
▁Y ▁respond iendo ▁P ed ro , ▁le ▁dijo : ▁A un que ▁todos ▁sea n ▁es ca nd al i z ados ▁en ▁ti , ▁yo ▁ nunc a ▁se ré ▁es ca nd al i z ado .
▁Y ▁toma ndo ▁á ▁P ed ro , ▁y ▁á ▁los ▁dos ▁hijos ▁de ▁Z e be de o , ▁comenzó ▁á ▁entr iste cer se ▁y ▁á ▁an gu st i ar se ▁en ▁gran ▁manera .
▁Ve la d ▁y ▁or ad , ▁para ▁que ▁no ▁entr éis ▁en ▁tent ación : ▁el ▁espíritu ▁á ▁la ▁ver dad ▁está ▁pre s to , ▁mas ▁la ▁carne ▁en f er ma .
▁Entonces ▁vino ▁á ▁sus ▁di s c í p u los ▁y ▁d í ce les ▁ : ▁Do r mi d ▁y a , ▁y ▁de s ca n s ad : ▁he ▁aquí ▁ha ▁lleg ado ▁la ▁ho ra , ▁y ▁el ▁Hi jo ▁del ▁hombre ▁es ▁entregado ▁en ▁manos ▁de ▁pecado res .
▁Y ▁luego ▁que ▁llegó ▁á ▁Je s ú s , ▁dijo : ▁Sal v e , ▁Ma est ro . ▁Y ▁le ▁be s ó .
▁¿ A ca s o ▁pie n s as ▁que ▁no ▁pu ed o ▁ahora ▁or ar ▁á ▁mi ▁P ad re , ▁y ▁él ▁me ▁dar ía ▁más ▁de ▁do ce ▁le g ion es ▁de ▁ángel es ?
▁Y ▁ellos , ▁pre nd ido ▁Je s ú s , ▁le ▁llev aron ▁á ▁C a i f ás ▁pon t í f i ce , ▁don de ▁los ▁es c ri ba s ▁y ▁los ▁ancianos ▁estaban ▁junto s .
▁Que ▁dijeron : ▁Este ▁dijo : ▁P ue do ▁de r ri b ar ▁el ▁templo ▁de ▁Dios , ▁y ▁en ▁tres ▁días ▁re ed i f i c ar lo .
▁Entonces ▁el ▁pon t í f i ce ▁ ra s g ó ▁sus ▁vestidos , ▁diciendo : ▁B la s f em ado ▁ha : ▁¿ qué ▁más ▁ n e ce s i dad ▁ten emos ▁de ▁testigo s ? ▁He ▁aquí , ▁ahora ▁ha béis ▁oído ▁su ▁ b la s f e mi a .
▁Y ▁P ed ro ▁estaba ▁sent ado ▁fuera ▁en ▁el ▁pa t i o : ▁y ▁se ▁llegó ▁á ▁él ▁una ▁c ri ada , ▁diciendo : ▁Y ▁tú ▁con ▁Je s ú s ▁el ▁ G al i le o ▁estaba s .
▁Y ▁un ▁poco ▁después ▁llegar on ▁los ▁que ▁estaban ▁por ▁allí , ▁y ▁dijeron ▁á ▁P ed ro : ▁Ve r dad er amente ▁también ▁tú ▁eres ▁de ▁ellos , ▁por que ▁aun ▁tu ▁habla ▁te ▁ha ce ▁man i f i est o .
▁Y ▁le ▁llev aron ▁at ado , ▁y ▁le ▁entre g aron ▁á ▁P on ci o ▁P i la to ▁pre s id ente .
▁Y ▁los ▁príncipes ▁de ▁los ▁sacerdote s , ▁toma ndo ▁las ▁pie za s ▁de ▁plata , ▁dijeron : ▁No ▁es ▁ l í ci to ▁echar la s ▁en ▁el ▁te s o ro ▁de ▁los ▁done s , ▁por que ▁es ▁precio ▁de ▁sangre .
▁Y ▁las ▁d ieron ▁para ▁el ▁campo ▁del ▁al f are ro , ▁ como ▁me ▁orden ó ▁el ▁Señor .
▁Y ▁no ▁le ▁respondió ▁ni ▁una ▁palabra ; ▁de ▁tal ▁manera ▁que ▁el ▁pre s id ente ▁se ▁mar a vi l l aba ▁mucho .
▁Porque ▁s ab ía ▁que ▁por ▁en vi di a ▁le ▁habían ▁entregado .
▁P i la to ▁les ▁dijo : ▁¿ Qué ▁pues ▁haré ▁de ▁Je s ú s ▁que ▁se ▁di ce ▁el ▁C ri s to ? ▁ D í ce n le ▁todos : ▁Se a ▁c r u ci f i c ado .
▁Entonces ▁les ▁so l t ó ▁á ▁B ar ra b ás : ▁y ▁ha b iendo ▁a zo t ado ▁á ▁Je s ú s , ▁le ▁entregó ▁para ▁ser ▁c r u ci f i c ado .
▁Y ▁es cu p iendo ▁en ▁él , ▁tomaron ▁la ▁ca ñ a , ▁y ▁le ▁her ían ▁en ▁la ▁cabeza .
▁Le ▁d ieron ▁á ▁beber ▁vi n a g re ▁me z c l ado ▁con ▁ hi el ; ▁y ▁ gu st ando , ▁no ▁quiso ▁beber lo .
▁Entonces ▁c r u ci f i c aron ▁con ▁él ▁dos ▁la d ron es , ▁uno ▁á ▁la ▁derecha , ▁y ▁otro ▁á ▁la ▁ i z qui er da .
▁A ▁otro s ▁sal v ó , ▁á ▁sí ▁mismo ▁no ▁pu ed e ▁salva r : ▁si ▁es ▁el ▁Re y ▁de ▁Israel , ▁de s ci en da ▁ahora ▁de ▁la ▁c r u z , ▁y ▁c re e remos ▁en ▁él .
▁Y ▁cerca ▁de ▁la ▁ho ra ▁de ▁no n a , ▁Je s ú s ▁ex c l am ó ▁con ▁grande ▁voz , ▁diciendo : ▁Eli , ▁Eli , ▁¿ la ma ▁s aba ch t an i ? ▁E s to ▁es : ▁Dios ▁mío , ▁Dios ▁mío , ▁¿ por ▁qué ▁me ▁has ▁de s am para do ?
▁Mas ▁Je s ú s , ▁ha b iendo ▁otra ▁vez ▁ex c l am ado ▁con ▁grande ▁voz , ▁dió ▁el ▁espíritu .
▁Y ▁el ▁c en tu ri ón , ▁y ▁los ▁que ▁estaban ▁con ▁él ▁guarda ndo ▁á ▁Je s ú s , ▁visto ▁el ▁te r re mo to , ▁y ▁las ▁cosas ▁que ▁habían ▁sido ▁he ch as , ▁tem ieron ▁en ▁gran ▁manera , ▁diciendo : ▁Ve r dad er amente ▁Hi jo ▁de ▁Dios ▁era ▁éste .
▁Este ▁llegó ▁á ▁P i la to , ▁y ▁pi d ió ▁el ▁cuerpo ▁de ▁Je s ú s : ▁entonces ▁P i la to ▁mandó ▁que ▁se ▁le ▁die se ▁el ▁cuerpo .
▁Y ▁el ▁siguiente ▁día , ▁que ▁es ▁después ▁de ▁la ▁pre para ción , ▁se ▁junt aron ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁y ▁los ▁F ar i se os ▁á ▁P i la to ,
▁Y ▁ye ndo ▁ellos , ▁as e gu r aron ▁el ▁se p u l c ro , ▁se l l ando ▁la ▁piedra , ▁con ▁la ▁guard i a .
▁Y ▁de ▁mi ed o ▁de ▁él ▁los ▁guarda s ▁se ▁as om bra ron , ▁y ▁fueron ▁vuelto s ▁ como ▁muerto s .
▁Entonces ▁ella s , ▁sal iendo ▁del ▁se p u l c ro ▁con ▁tem or ▁y ▁gran ▁go zo , ▁fueron ▁cor r iendo ▁á ▁dar ▁las ▁nueva s ▁á ▁sus ▁di s c í p u los . ▁Y ▁mi en tra s ▁iba n ▁á ▁dar ▁las ▁nueva s ▁á ▁sus ▁di s c í p u los ,
▁Y ▁junt ados ▁con ▁los ▁ancianos , ▁y ▁ha b ido ▁con se jo , ▁d ieron ▁mucho ▁dinero ▁á ▁los ▁so l d ados ,
▁Mas ▁los ▁on ce ▁di s c í p u los ▁se ▁fueron ▁á ▁ G al i le a , ▁al ▁monte ▁don de ▁Je s ú s ▁les ▁había ▁orden ado .
▁En se ñ ándo les ▁que ▁guard en ▁todas ▁las ▁cosas ▁que ▁os ▁he ▁mandado : ▁y ▁he ▁aquí , ▁yo ▁esto y ▁con ▁vosotros ▁todos ▁los ▁días , ▁hast a ▁el ▁fin ▁del ▁mu ndo . ▁A m é n .
▁B a u t i za ba ▁ J u an ▁en ▁el ▁desierto , ▁y ▁pre di c aba ▁el ▁ba u t is mo ▁del ▁ar re p en t imiento ▁para ▁re mi s ió n ▁de ▁pecado s .
▁Yo ▁á ▁la ▁ver dad ▁os ▁he ▁ba u t i z ado ▁con ▁agua ; ▁mas ▁él ▁os ▁ba u t i z ará ▁con ▁E s p í ri tu ▁S an to .
▁Y ▁luego ▁el ▁E s p í ri tu ▁le ▁imp e le ▁al ▁desierto .
▁Y ▁pasa ndo ▁junto ▁á ▁la ▁mar ▁de ▁ G al i le a , ▁vió ▁á ▁Si m ón , ▁y ▁á ▁And ré s ▁su ▁hermano , ▁que ▁echa ba n ▁la ▁re d ▁en ▁la ▁mar ; ▁por que ▁era n ▁pe s c ado res .
▁Y ▁luego ▁los ▁llamó : ▁y ▁de ja ndo ▁á ▁su ▁padre ▁Z e be de o ▁en ▁el ▁bar co ▁con ▁los ▁ jo rna l eros , ▁fueron ▁en ▁pos ▁de ▁él .
▁Di c iendo : ▁ ¡ A h ! ▁¿ qué ▁tiene s ▁con ▁nosotros , ▁Je s ú s ▁N az are no ? ▁¿ H as ▁venido ▁á ▁destruir nos ▁ ? ▁S é ▁qu ién ▁eres , ▁el ▁S an to ▁de ▁Dios .
▁Y ▁vino ▁luego ▁su ▁f a ma ▁por ▁toda ▁la ▁pro vi n ci a ▁alrededor ▁de ▁ G al i le a .
▁Y ▁cuando ▁fué ▁la ▁tarde , ▁luego ▁que ▁el ▁so l ▁se ▁puso , ▁tra ían ▁á ▁él ▁todos ▁los ▁que ▁tenía n ▁mal , ▁y ▁en de mo n i ados ;
▁Y ▁le ▁si gu ió ▁Si m ón , ▁y ▁los ▁que ▁estaban ▁con ▁él ;
▁Y ▁un ▁le p ro s o ▁vino ▁á ▁él , ▁ ro g ándo le ▁ ; ▁é ▁hin cada ▁la ▁rod ill a , ▁le ▁di ce : ▁Si ▁qu iere s , ▁pu ed es ▁limpia r me ▁ .
▁Y ▁le ▁di ce : ▁Mi ra , ▁no ▁di ga s ▁á ▁nadie ▁nada ; ▁sin o ▁ve , ▁mu é s tra te ▁al ▁sacerdote , ▁y ▁of re ce ▁por ▁tu ▁li m p i e za ▁lo ▁que ▁Moisés ▁mandó , ▁para ▁testimonio ▁á ▁ellos .
▁Entonces ▁vinieron ▁á ▁él ▁uno s ▁tra y e ndo ▁un ▁para l í t i co , ▁que ▁era ▁traído ▁por ▁cuatro .
▁De c ían : ▁¿ Por ▁qué ▁habla ▁éste ▁así ? ▁B la s f e mi as ▁di ce . ▁¿ Quién ▁pu ed e ▁perdon ar ▁pecado s , ▁sin o ▁so lo ▁Dios ?
▁A ▁ti ▁te ▁di go : ▁Levántate , ▁y ▁toma ▁tu ▁le ch o , ▁y ▁ve te ▁á ▁tu ▁casa .
▁Y ▁aconteció ▁que ▁esta ndo ▁Je s ú s ▁á ▁la ▁me s a ▁en ▁casa ▁de ▁él , ▁mucho s ▁pu b li ca nos ▁y ▁pecado res ▁estaban ▁también ▁á ▁la ▁me s a ▁junt amente ▁con ▁Je s ú s ▁y ▁con ▁sus ▁di s c í p u los : ▁por que ▁había ▁mucho s , ▁y ▁le ▁habían ▁se gu ido .
▁Y ▁Je s ú s ▁les ▁di ce : ▁¿ P u ed en ▁a y un ar ▁los ▁que ▁están ▁de ▁bo das , ▁cuando ▁el ▁es p os o ▁está ▁con ▁ellos ? ▁En t re ▁tanto ▁que ▁tiene n ▁consigo ▁al ▁es p os o ▁no ▁pu ed en ▁a y un ar .
▁Y ▁aconteció ▁que ▁pasa ndo ▁él ▁por ▁los ▁se m bra do s ▁en ▁sábado , ▁sus ▁di s c í p u los ▁and ando ▁come n z aron ▁á ▁ar ra n c ar ▁es p i ga s .
▁T ambién ▁les ▁dijo : ▁El ▁sábado ▁por ▁causa ▁del ▁hombre ▁es ▁hecho ; ▁no ▁el ▁hombre ▁por ▁causa ▁del ▁sábado .
▁Entonces ▁dijo ▁al ▁hombre ▁que ▁tenía ▁la ▁mano ▁se ca : ▁Levántate ▁en ▁medio .
▁Mas ▁Je s ú s ▁se ▁apart ó ▁á ▁la ▁mar ▁con ▁sus ▁di s c í p u los : ▁y ▁le ▁si gu ió ▁gran ▁multitud ▁de ▁ G al i le a , ▁y ▁de ▁ J u de a ,
▁Y ▁los ▁espíritu s ▁inmundo s , ▁al ▁ver le ▁ , ▁se ▁postr aban ▁delante ▁de ▁él , ▁y ▁d aban ▁voces , ▁diciendo : ▁T ú ▁eres ▁el ▁Hi jo ▁de ▁Dios .
▁Y ▁que ▁tu vi es en ▁p o t est ad ▁de ▁s an ar ▁en f er me dad es , ▁y ▁de ▁echar ▁fuera ▁de mo n i os :
▁Y ▁á ▁ J u das ▁I s ca ri o te , ▁el ▁que ▁le ▁entregó . ▁Y ▁vinieron ▁á ▁casa .
▁Y ▁ha b ién do los ▁llamado , ▁les ▁decía ▁en ▁par á b o la s : ▁¿ C ó mo ▁pu ed e ▁S a t an ás ▁echar ▁fuera ▁á ▁S a t an ás ?
▁N a di e ▁pu ed e ▁s a que ar ▁las ▁al h a ja s ▁del ▁va l iente ▁entr ando ▁en ▁su ▁casa , ▁si ▁antes ▁no ▁at are ▁al ▁va l iente ▁y ▁entonces ▁s a que ará ▁su ▁casa .
▁ V i en en ▁después ▁sus ▁hermanos ▁y ▁su ▁madre , ▁y ▁esta ndo ▁fuera , ▁enviar on ▁á ▁él ▁ l l am ándo le ▁ .
▁Porque ▁cualquier a ▁que ▁hiciere ▁la ▁ v o l un ta d ▁de ▁Dios , ▁éste ▁es ▁mi ▁hermano , ▁y ▁mi ▁hermana , ▁y ▁mi ▁madre .
▁Y ▁aconteció ▁se m bra ndo , ▁que ▁una ▁parte ▁cayó ▁junto ▁al ▁camino ; ▁y ▁vinieron ▁las ▁ ave s ▁del ▁cielo , ▁y ▁la ▁tra g aron .
▁Y ▁otra ▁parte ▁cayó ▁en ▁buena ▁tierra , ▁y ▁dió ▁fruto , ▁que ▁subió ▁y ▁c re ció : ▁y ▁llev ó ▁uno ▁á ▁treinta , ▁y ▁otro ▁á ▁se s enta , ▁y ▁otro ▁á ▁ciento .
▁Para ▁que ▁ viendo , ▁ve an ▁y ▁no ▁ e ch en ▁de ▁ver ; ▁y ▁ o y e ndo , ▁ o i ga n ▁y ▁no ▁en t i en d an : ▁por que ▁no ▁se ▁con vier t an , ▁y ▁les ▁sea n ▁perdon ados ▁los ▁pecado s .
▁Y ▁a simismo ▁é st os ▁son ▁los ▁que ▁son ▁se m bra do s ▁en ▁p ed re ga les : ▁los ▁que ▁cuando ▁han ▁oído ▁la ▁palabra , ▁luego ▁la ▁to man ▁con ▁go zo ;
▁Y ▁é st os ▁son ▁los ▁que ▁fueron ▁se m bra do s ▁en ▁buena ▁tierra : ▁los ▁que ▁ o y en ▁la ▁palabra , ▁y ▁la ▁re ci b en , ▁y ▁ha ce n ▁fruto , ▁uno ▁á ▁treinta , ▁otro ▁á ▁se s enta , ▁y ▁otro ▁á ▁ciento .
▁Le s ▁dijo ▁también : ▁Mi ra d ▁lo ▁que ▁ o í s : ▁con ▁la ▁me di da ▁que ▁me d í s , ▁os ▁me di rán ▁otro s , ▁y ▁será ▁a ñ ad ido ▁á ▁vosotros ▁los ▁que ▁ o í s .
▁Porque ▁de ▁suyo ▁f r u c t i f i ca ▁la ▁tierra , ▁primer o ▁ hi er ba , ▁luego ▁es p i ga , ▁después ▁gran o ▁lleno ▁en ▁la ▁es p i ga ;
▁Mas ▁después ▁de ▁se m bra do , ▁su be , ▁y ▁se ▁ha ce ▁la ▁may or ▁de ▁todas ▁las ▁le g umb res , ▁y ▁echa ▁grande s ▁ram as , ▁de ▁tal ▁manera ▁que ▁las ▁ ave s ▁del ▁cielo ▁pu ed an ▁mor ar ▁ba jo ▁su ▁so m bra .
▁Y ▁de s pa ch ando ▁la ▁multitud , ▁le ▁tomaron ▁ como ▁estaba , ▁en ▁el ▁bar co ; ▁y ▁había ▁también ▁con ▁él ▁otro s ▁bar qui to s .
▁Y ▁á ▁ellos ▁dijo : ▁¿ Por ▁qué ▁está is ▁así ▁am ed r enta do s ? ▁¿ C ó mo ▁no ▁ten éis ▁f e ?
▁Que ▁tenía ▁do mi ci li o ▁en ▁los ▁se p u l c ro s , ▁y ▁ni ▁aun ▁con ▁ca de n as ▁le ▁pod ía ▁al gu i en ▁at ar ;
▁Y ▁clama ndo ▁á ▁gran ▁voz , ▁dijo : ▁¿ Qué ▁tiene s ▁conmigo ▁ , ▁Je s ú s , ▁Hi jo ▁del ▁Dios ▁A l t í s im o ? ▁T e ▁con j ur o ▁por ▁Dios ▁que ▁no ▁me ▁at or mente s .
▁Y ▁estaba ▁allí ▁cerca ▁del ▁monte ▁una ▁grande ▁man ada ▁de ▁pu er co s ▁pa c iendo .
▁Y ▁viene n ▁á ▁Je s ú s , ▁y ▁ven ▁al ▁que ▁había ▁sido ▁at or ment ado ▁del ▁de mo n i o , ▁y ▁que ▁había ▁ten ido ▁la ▁le g ió n , ▁sent ado ▁y ▁vestido , ▁y ▁en ▁su ▁juicio ▁ca ba l ; ▁y ▁ tuvieron ▁mi ed o .
▁Mas ▁Je s ú s ▁no ▁le ▁per mi t ió , ▁sin o ▁le ▁dijo : ▁Ve te ▁á ▁tu ▁casa , ▁á ▁los ▁tuyo s , ▁y ▁cu é n ta les ▁cu án ▁grande s ▁cosas ▁el ▁Señor ▁ha ▁hecho ▁contigo , ▁y ▁ cómo ▁ha ▁ten ido ▁misericordia ▁de ▁ti .
▁Y ▁le ▁ ro g aba ▁mucho , ▁diciendo : ▁Mi ▁hija ▁está ▁á ▁la ▁muerte : ▁ven ▁y ▁pondrá s ▁las ▁manos ▁sobre ▁ella ▁para ▁que ▁sea ▁salva , ▁y ▁vivir á .
▁C o mo ▁oyó ▁hablar ▁de ▁Je s ú s , ▁llegó ▁por ▁de t rás ▁entre ▁la ▁com pa ñ ía , ▁y ▁to c ó ▁su ▁vestido .
▁Y ▁le ▁dijeron ▁sus ▁di s c í p u los : ▁Ve s ▁que ▁la ▁multitud ▁te ▁ap ri e ta , ▁y ▁di ce s : ▁¿ Quién ▁me ▁ha ▁to c ado ?
▁Habla ndo ▁a ún ▁él , ▁vinieron ▁de ▁casa ▁del ▁príncipe ▁de ▁la ▁sin a go ga , ▁diciendo : ▁T u ▁hija ▁es ▁mu er ta ; ▁¿ para ▁qué ▁fat i ga s ▁más ▁al ▁Ma est ro ?
▁Y ▁entr ando , ▁les ▁di ce : ▁¿ Por ▁qué ▁al b o ro t áis ▁y ▁ l l or áis ? ▁La ▁much a ch a ▁no ▁es ▁mu er ta , ▁mas ▁d u er me .
▁Mas ▁él ▁les ▁mandó ▁mucho ▁que ▁nadie ▁lo ▁su p i e se , ▁y ▁dijo ▁que ▁le ▁die s en ▁de ▁come r .
▁Mas ▁Je s ú s ▁les ▁decía : ▁No ▁hay ▁profeta ▁de s h on r ado ▁sin o ▁en ▁su ▁tierra , ▁y ▁entre ▁sus ▁par iente s , ▁y ▁en ▁su ▁casa .
▁Y ▁les ▁mandó ▁que ▁no ▁llev as en ▁nada ▁para ▁el ▁camino , ▁sin o ▁solamente ▁ b á cu lo ; ▁no ▁al for ja , ▁ni ▁pan , ▁ni ▁dinero ▁en ▁la ▁bo l s a ;
▁Y ▁sal iendo , ▁pre di c aban ▁que ▁los ▁hombres ▁se ▁ar re p in t i es en .
▁Y ▁ o y é ndo lo ▁He ro de s , ▁dijo : ▁Este ▁es ▁ J u an ▁el ▁que ▁yo ▁de go l l é : ▁él ▁ha ▁re s u ci t ado ▁de ▁los ▁muerto s .
▁Porque ▁He ro de s ▁tem ía ▁á ▁ J u an , ▁s ab iendo ▁que ▁era ▁varón ▁just o ▁y ▁santo , ▁y ▁le ▁tenía ▁re s pe to : ▁y ▁ o y é ndo le ▁ , ▁hacía ▁much as ▁cosas ; ▁y ▁le ▁ o ía ▁de ▁buena ▁ ga n a .
▁Y ▁sal iendo ▁ella , ▁dijo ▁á ▁su ▁madre : ▁¿ Qué ▁pe di ré ? ▁Y ▁ella ▁dijo : ▁La ▁cabeza ▁de ▁ J u an ▁B a u t is ta .
▁El ▁cual ▁fué , ▁y ▁le ▁de go l l ó ▁en ▁la ▁c á r ce l , ▁y ▁tra jo ▁su ▁cabeza ▁en ▁un ▁p la to , ▁y ▁la ▁dió ▁á ▁la ▁much a ch a , ▁y ▁la ▁much a ch a ▁la ▁dió ▁á ▁su ▁madre .
▁Y ▁se ▁fueron ▁en ▁un ▁bar co ▁al ▁lugar ▁desierto ▁apart e ▁ .
▁En v ía los ▁para ▁que ▁vaya n ▁á ▁los ▁cor t i jo s ▁y ▁aldeas ▁de ▁alrededor , ▁y ▁com p re n ▁para ▁sí ▁pan ; ▁por que ▁no ▁tiene n ▁qué ▁come r .
▁Y ▁se ▁re co st aron ▁por ▁part i das ▁ , ▁de ▁ciento ▁en ▁ciento , ▁y ▁de ▁cincuenta ▁en ▁cincuenta .
▁Y ▁los ▁que ▁com ieron ▁era n ▁cinco ▁mil ▁hombres .
▁Y ▁los ▁vió ▁fat i g ados ▁bo g ando ▁ , ▁por que ▁el ▁vi en to ▁les ▁era ▁contra ri o : ▁y ▁cerca ▁de ▁la ▁cu ar ta ▁vi g il i a ▁de ▁la ▁noche , ▁vino ▁á ▁ellos ▁and ando ▁sobre ▁la ▁mar , ▁y ▁que r ía ▁pre ce der los ▁ .
▁Porque ▁aun ▁no ▁habían ▁con s i der ado ▁lo ▁de ▁los ▁pan es , ▁por ▁cuanto ▁estaban ▁of u s c ados ▁sus ▁cor az on es .
▁Y ▁don de ▁ qui er a ▁que ▁entr aba , ▁en ▁aldeas , ▁ó ▁ciudades , ▁ó ▁heredad es , ▁pon ían ▁en ▁las ▁ca l les ▁á ▁los ▁que ▁estaban ▁en f er mos , ▁y ▁le ▁ ro g aban ▁que ▁to ca s en ▁si qui er a ▁el ▁bo r de ▁de ▁su ▁vestido ; ▁y ▁todos ▁los ▁que ▁le ▁to c aban ▁que d aban ▁s an os .
▁Y v o l viendo de ▁la ▁p la za , ▁si ▁no ▁se ▁la v ar en , ▁no ▁come n . ▁Y ▁otra s ▁much as ▁cosas ▁hay , ▁que ▁tomaron ▁para ▁guarda r , ▁ como ▁las ▁la v ad ura s ▁de ▁los ▁vasos de ▁beber , ▁y ▁de ▁los ▁ ja r ro s , ▁y ▁de ▁los ▁vasos ▁de ▁metal , ▁y ▁de ▁los ▁le ch os . )
▁Porque ▁de ja ndo ▁el ▁man d amiento ▁de ▁Dios , ▁ten éis ▁la ▁tra di ción ▁de ▁los ▁hombres ; ▁las ▁la v ad ura s ▁de ▁los ▁ ja r ro s ▁y ▁de ▁los ▁vasos ▁de ▁beber : ▁y ▁ha c éis ▁otra s ▁much as ▁cosas ▁se me ja n te s .
▁Y ▁no ▁le ▁de j áis ▁hacer ▁más ▁por ▁su ▁padre ▁ó ▁por ▁su ▁madre ,
▁Si ▁alguno ▁tiene ▁oído s ▁para ▁oir , ▁ o i ga .
▁Mas ▁decía , ▁que ▁lo ▁que ▁del ▁hombre ▁sal e , ▁aquello ▁contamin a ▁al ▁hombre .
▁Y ▁levant ándose ▁de ▁allí , ▁se ▁fué ▁á ▁los ▁término s ▁de ▁T i ro ▁y ▁de ▁Si d ón ; ▁y ▁entr ando ▁en ▁casa , ▁quiso ▁que ▁nadie ▁lo ▁su p i e se ; ▁mas ▁no ▁pu do ▁escond er se .
▁Y ▁respondió ▁ella , ▁y ▁le ▁dijo : ▁S í , ▁Señor ; ▁per o ▁aun ▁los ▁per ri l los ▁debajo ▁de ▁la ▁me s a , ▁come n ▁de ▁las ▁mi ga ja s ▁de ▁los ▁hijos .
▁Y ▁le ▁tra en ▁un ▁so r do ▁y ▁ t ar t am u do , ▁y ▁le ▁ r ue ga n ▁que ▁le ▁pon ga ▁la ▁mano ▁en ci ma .
▁Y ▁les ▁mandó ▁que ▁no ▁lo ▁di je s en ▁á ▁nadie ; ▁per o ▁cuanto ▁más ▁les ▁man d aba , ▁tanto ▁más ▁y ▁más ▁lo ▁di v u l g aban .
▁Y ▁si ▁los ▁enviar e ▁en ▁a y un as ▁á ▁sus ▁casa s , ▁de s ma y arán ▁en ▁el ▁camino ; ▁por que ▁alguno s ▁de ▁ellos ▁han ▁venido ▁de ▁le jo s .
▁T en ían ▁también ▁uno s ▁poco s ▁pe ce ci l los : ▁y ▁los ▁bendijo , ▁y ▁mandó ▁que ▁también ▁los ▁pu s i es en ▁delante .
▁Y ▁vinieron ▁los ▁F ar i se os , ▁y ▁come n z aron ▁á ▁al t er c ar ▁con ▁él , ▁pi d ién do le ▁señal ▁del ▁cielo , ▁tent ándo le ▁ .
▁Y ▁les ▁mandó , ▁diciendo : ▁Mi ra d , ▁guarda os ▁de ▁la ▁levadura ▁de ▁los ▁F ar i se os , ▁y ▁de ▁la ▁levadura ▁de ▁He ro de s .
▁Cuan do ▁part í ▁los ▁cinco ▁pan es ▁entre ▁cinco ▁mil , ▁¿ cu án ta s ▁es p u er ta s ▁llena s ▁de ▁los ▁pe da zo s ▁al za steis ? ▁Y ▁ellos ▁dijeron : ▁Do ce .
▁Entonces , ▁toma ndo ▁la ▁mano ▁del ▁ ci e go , ▁le ▁sacó ▁fuera ▁de ▁la ▁al de a ; ▁y ▁es cu p iendo ▁en ▁sus ▁ojos , ▁y ▁pon ién do le ▁las ▁manos ▁en ci ma , ▁le ▁pre gu n t ó ▁si ▁ve ía ▁al go .
▁Y ▁salió ▁Je s ú s ▁y ▁sus ▁di s c í p u los ▁por ▁las ▁aldeas ▁de ▁C es are a ▁de ▁F il i p o . ▁Y ▁en ▁el ▁camino ▁pre gu n t ó ▁á ▁sus ▁di s c í p u los , ▁di ci é ndo les ▁ : ▁¿ Quién ▁di ce n ▁los ▁hombres ▁que ▁soy ▁yo ?
▁Y ▁comenzó ▁á ▁en se ñ ar les ▁ , ▁que ▁con v en ía ▁que ▁el ▁Hi jo ▁del ▁hombre ▁pa de ci e se ▁mucho , ▁y ▁ser ▁re p ro b ado ▁de ▁los ▁ancianos , ▁y ▁de ▁los ▁príncipes ▁de ▁los ▁sacerdote s , ▁y ▁de ▁los ▁es c ri ba s , ▁y ▁ser ▁muerto , ▁y ▁re s u ci t ar ▁después ▁de ▁tres ▁días .
▁Porque ▁el ▁que ▁qu is iere ▁salva r ▁su ▁vida , ▁la ▁per de rá ; ▁y ▁el ▁que ▁per d iere ▁su ▁vida ▁por ▁causa ▁de ▁mí ▁y ▁del ▁ e v an g el i o , ▁la ▁salva rá .
▁T A M B I É N ▁les ▁dijo : ▁De ▁cierto ▁os ▁di go ▁que ▁hay ▁alguno s ▁de ▁los ▁que ▁están ▁aquí , ▁que ▁no ▁ gu st arán ▁la ▁muerte ▁hast a ▁que ▁haya n ▁visto ▁el ▁reino ▁de ▁Dios ▁que ▁viene ▁con ▁p o t en ci a .
▁Entonces ▁respond iendo ▁P ed ro , ▁di ce ▁á ▁Je s ú s : ▁Ma est ro , ▁bien ▁será ▁que ▁no s ▁que d emos ▁aquí , ▁y ▁haga mos ▁tres ▁pa be l l on es : ▁para ▁ti ▁uno , ▁y ▁para ▁Moisés ▁otro , ▁y ▁para ▁Elías ▁otro ;
▁Y ▁descend iendo ▁ellos ▁del ▁monte , ▁les ▁mandó ▁que ▁á ▁nadie ▁di je s en ▁lo ▁que ▁habían ▁visto , ▁sin o ▁cuando ▁el ▁Hi jo ▁del ▁hombre ▁ hu bi e se ▁re s u ci t ado ▁de ▁los ▁muerto s .
▁E mpero ▁os ▁di go ▁que ▁Elías ▁y a ▁vino , ▁y ▁le ▁hicieron ▁todo ▁lo ▁que ▁qu is ieron , ▁ como ▁está ▁escrito ▁de ▁él .
▁Y ▁respond iendo ▁uno ▁de ▁la ▁com pa ñ ía , ▁dijo : ▁Ma est ro , ▁tra je ▁á ▁ti ▁mi ▁hijo , ▁que ▁tiene ▁un ▁espíritu ▁mu do ,
▁Y ▁Je s ú s ▁pre gu n t ó ▁á ▁su ▁padre : ▁¿ C u án to ▁tiempo ▁ h á ▁que ▁le ▁aconteció ▁esto ? ▁Y ▁él ▁dijo : ▁De s de ▁niño :
▁Y ▁ como ▁Je s ú s ▁vió ▁que ▁la ▁multitud ▁se ▁a go l p aba , ▁re p re nd ió ▁al ▁espíritu ▁inmundo , ▁di ci é ndo le ▁ : ▁E s p í ri tu ▁mu do ▁y ▁so r do , ▁yo ▁te ▁man do , ▁sal ▁de ▁él , ▁y ▁no ▁entre s ▁más ▁en ▁él .
▁Y ▁les ▁dijo : ▁Este ▁ g é n er o ▁con ▁nada ▁pu ed e ▁sal ir , ▁sin o ▁con ▁or ación ▁y ▁a y un o .
▁Y ▁llegó ▁á ▁C a pe rna u m ; ▁y ▁así ▁que ▁estuv o ▁en ▁casa , ▁les ▁pre gu n t ó : ▁¿ Qué ▁di s p u t aba is ▁entre ▁vosotros ▁en ▁el ▁camino ?
▁El ▁que ▁re ci b iere ▁en ▁mi ▁nombre ▁uno ▁de ▁los ▁tal es ▁niño s , ▁á ▁mí ▁re ci be ; ▁y ▁el ▁que ▁á ▁mí ▁re ci be , ▁no ▁re ci be ▁á ▁mí , ▁mas ▁al ▁que ▁me ▁envió .
▁Y ▁cualquier a ▁que ▁os ▁die re ▁un ▁va s o ▁de ▁agua ▁en ▁mi ▁nombre , ▁por que ▁so is ▁de ▁C ri s to , ▁de ▁cierto ▁os ▁di go ▁que ▁no ▁per de rá ▁su ▁rec om p en s a .
▁Y ▁si ▁tu ▁pie ▁te ▁fuere ▁oc as ió n ▁de ▁ca er , ▁c ó r ta lo ▁ : ▁mejor ▁te ▁es ▁entrar ▁á ▁la ▁vida ▁co jo , ▁que ▁ten iendo ▁dos ▁pie s ▁ser ▁echa do ▁en ▁la ▁Ge h en n a , ▁al ▁fuego ▁que ▁no ▁pu ed e ▁ser ▁a pa g ado ;
▁Porque ▁todos ▁serán ▁sal ados ▁con ▁fuego , ▁y ▁todo ▁sacrificio ▁será ▁sal ado ▁con ▁sal .
▁Mas ▁él ▁respond iendo , ▁les ▁dijo : ▁¿ Qué ▁os ▁mandó ▁Moisés ?
▁Por ▁esto ▁dejar á ▁el ▁hombre ▁á ▁su ▁padre ▁y ▁á ▁su ▁madre , ▁y ▁se ▁junt ará ▁á ▁su ▁mujer .
▁Y ▁les ▁di ce : ▁Cualquier a ▁que ▁re p ud i are ▁á ▁su ▁mujer , ▁y ▁se ▁casa re ▁con ▁otra , ▁come te ▁a d u l te ri o ▁contra ▁ella :
▁De ▁cierto ▁os ▁di go , ▁que ▁el ▁que ▁no ▁re ci b iere ▁el ▁reino ▁de ▁Dios ▁ como ▁un ▁niño , ▁no ▁entr ará ▁en ▁él .
▁Lo s ▁mandamientos ▁sabe s : ▁No ▁a d u l te res : ▁No ▁ ma te s : ▁No ▁hurt es : ▁No ▁di ga s ▁f al s o ▁testimonio : ▁No ▁de f ra ud es : ▁ H on ra ▁á ▁tu ▁padre ▁y ▁á ▁tu ▁madre .
▁Entonces ▁Je s ú s , ▁mira ndo ▁alrededor , ▁di ce ▁á ▁sus ▁di s c í p u los : ▁ ¡ C u án ▁di f í ci l mente ▁entr arán ▁en ▁el ▁reino ▁de ▁Dios ▁los ▁que ▁tiene n ▁ ri que za s !
▁Entonces ▁Je s ú s ▁mi r ándo los ▁ , ▁di ce : ▁Para ▁los ▁hombres ▁es ▁imp os i ble ; ▁mas ▁para ▁Dios , ▁no ; ▁por que ▁todas ▁las ▁cosas ▁son ▁pos i ble s ▁para ▁Dios .
▁E mpero ▁mucho s ▁primer os ▁serán ▁postr eros , ▁y ▁postr eros ▁primer os .
▁Entonces ▁Jacob o ▁y ▁ J u an , ▁hijos ▁de ▁Z e be de o , ▁se ▁llegar on ▁á ▁él , ▁diciendo : ▁Ma est ro , ▁que r r ía mos ▁que ▁no s ▁haga s ▁lo ▁que ▁pi di é remos .
▁Y ▁ellos ▁dijeron : ▁P o d emos . ▁Y ▁Je s ú s ▁les ▁dijo : ▁A ▁la ▁ver dad , ▁del ▁va s o ▁que ▁yo ▁be b o , ▁beber éis ; ▁y ▁del ▁ba u t is mo ▁de ▁que ▁yo ▁soy ▁ba u t i z ado , ▁se réis ▁ba u t i z ados .
▁Mas ▁no ▁será ▁así ▁entre ▁vosotros : ▁antes ▁cualquier a ▁que ▁qu is iere ▁hacer se ▁grande ▁entre ▁vosotros , ▁será ▁vuestro ▁ser vi dor ;
▁Y ▁ o y e ndo ▁que ▁era ▁Je s ú s ▁el ▁N az are no , ▁comenzó ▁á ▁dar ▁voces ▁y ▁decir : ▁Je s ú s , ▁Hi jo ▁de ▁David , ▁ten ▁misericordia ▁de ▁mí .
▁Y ▁respond iendo ▁Je s ú s , ▁le ▁di ce : ▁¿ Qué ▁qu iere s ▁que ▁te ▁haga ? ▁Y ▁el ▁ ci e go ▁le ▁di ce : ▁Ma est ro , ▁que ▁co bre ▁la ▁vi s ta .
▁Y ▁si ▁al gu i en ▁os ▁dijere : ▁¿ Por ▁qué ▁ha c éis ▁es o ? ▁de ci d ▁que ▁el ▁Señor ▁lo ▁ha ▁men est er ▁ : ▁y ▁luego ▁lo ▁enviar á ▁a c á .
▁Y ▁tra je ron ▁el ▁p o l li no ▁á ▁Je s ú s , ▁y ▁echar on ▁sobre ▁él ▁sus ▁vestidos , ▁y ▁se ▁sent ó ▁sobre ▁él .
▁Y ▁entr ó ▁Je s ú s ▁en ▁Jerusalem , ▁y ▁en ▁el ▁templo : ▁y ▁ha b iendo ▁mira do ▁alrededor ▁todas ▁las ▁cosas , ▁y ▁s iendo ▁y a ▁tarde ▁ , ▁salió se ▁á ▁Beth an i a ▁con ▁los ▁do ce .
▁ V i en en , ▁pues , ▁á ▁Jerusalem ; ▁y ▁entr ando ▁Je s ú s ▁en ▁el ▁templo , ▁comenzó ▁á ▁echar ▁fuera ▁á ▁los ▁que ▁ven d ían ▁y ▁com p r aban ▁en ▁el ▁templo ; ▁y ▁tras to r n ó ▁las ▁me s as ▁de ▁los ▁ca m bi st as , ▁y ▁las ▁si l la s ▁de ▁los ▁que ▁ven d ían ▁pa lo ma s ;
▁Mas ▁ como ▁fué ▁tarde , ▁Je s ú s ▁salió ▁de ▁la ▁ciudad .
▁Porque ▁de ▁cierto ▁os ▁di go ▁que ▁cualquier a ▁que ▁dijere ▁á ▁este ▁monte : ▁ Q u í ta te , ▁y ▁é ch a te ▁en ▁la ▁mar , ▁y ▁no ▁d ud are ▁en ▁su ▁corazón , ▁mas ▁c re y er e ▁que ▁será ▁hecho ▁lo ▁que ▁di ce , ▁lo ▁que ▁dijere ▁le ▁será ▁hecho .
▁Y ▁volvieron ▁á ▁Jerusalem ; ▁y ▁and ando ▁él ▁por ▁el ▁templo , ▁viene n ▁á ▁él ▁los ▁príncipes ▁de ▁los ▁sacerdote s , ▁y ▁los ▁es c ri ba s , ▁y ▁los ▁ancianos ;
▁Entonces ▁ellos ▁pe n s aron ▁dentro ▁de ▁sí , ▁diciendo : ▁Si ▁di j é remos , ▁del ▁cielo , ▁dirá : ▁¿ Por ▁qué , ▁pues , ▁no ▁le ▁c re í steis ?
▁Y ▁envió ▁un ▁siervo ▁á ▁los ▁la bra do res , ▁al ▁tiempo , ▁para ▁que ▁toma se ▁de ▁los ▁la bra do res ▁del ▁fruto ▁de ▁la ▁viña .
▁T en iendo ▁pues ▁a ún ▁un ▁hijo ▁suyo ▁am ado , ▁envió lo ▁también ▁á ▁ellos ▁el ▁postr er o , ▁diciendo : ▁T en d rán ▁en ▁re ver en ci a ▁á ▁mi ▁hijo .
▁¿ N i ▁aun ▁esta ▁E s c ri t ura ▁ha béis ▁le í do : ▁La ▁piedra ▁que ▁de se ch aron ▁los ▁que ▁edifica ba n , ▁é s ta ▁es ▁pues ta ▁por ▁cabeza ▁de ▁es qui n a ;
▁Y ▁vi n iendo ▁ellos , ▁le ▁di ce n : ▁Ma est ro , ▁sabe mos ▁que ▁eres ▁hombre ▁de ▁ver dad , ▁y ▁que ▁no ▁te ▁cu i das ▁de ▁nadie ; ▁por que ▁no ▁mira s ▁á ▁la ▁ap ar i en ci a ▁de ▁hombres , ▁antes ▁con ▁ver dad ▁en se ñ as ▁el ▁camino ▁de ▁Dios : ▁¿ E s ▁ l í ci to ▁dar ▁tribu to ▁á ▁C é s ar , ▁ó ▁no ? ▁¿ D a remos , ▁ó ▁no ▁da remos ?
▁Entonces ▁viene n ▁á ▁él ▁los ▁S ad u ce os , ▁que ▁di ce n ▁que ▁no ▁hay ▁re s ur re c ción , ▁y ▁le ▁pregunta ron , ▁diciendo :
▁Y ▁la ▁tomaron ▁los ▁siete , ▁y ▁ t am p o co ▁dejar on ▁simiente : ▁á ▁la ▁postr e ▁murió ▁también ▁la ▁mujer .
▁Y ▁de ▁que ▁los ▁muerto s ▁haya n ▁de ▁re s u ci t ar , ▁¿ no ▁ha béis ▁le í do ▁en ▁el ▁libr o ▁de ▁Moisés ▁ cómo ▁le ▁habló ▁Dios ▁en ▁la ▁ za r za , ▁diciendo : ▁Yo ▁soy ▁el ▁Dios ▁de ▁Abraham , ▁y ▁el ▁Dios ▁de ▁Isaac , ▁y ▁el ▁Dios ▁de ▁Jacob ?
▁A m arás ▁pues ▁al ▁Señor ▁tu ▁Dios ▁de ▁todo ▁tu ▁corazón , ▁y ▁de ▁toda ▁tu ▁alma , ▁y ▁de ▁toda ▁tu ▁men te , ▁y ▁de ▁todas ▁tu s ▁fuerza s ; ▁este ▁es ▁el ▁principal ▁man d amiento .
▁Je s ú s ▁entonces , ▁ viendo ▁que ▁había ▁respond ido ▁s a bi amente , ▁le ▁di ce : ▁No ▁está s ▁le jo s ▁del ▁reino ▁de ▁Dios . ▁Y ▁y a ▁ninguno ▁os aba ▁pregunta r le ▁ .
▁Y ▁les ▁decía ▁en ▁su ▁do c t ri n a : ▁ G u ar da os ▁de ▁los ▁es c ri ba s , ▁que ▁qu iere n ▁and ar ▁con ▁ropa s ▁la r ga s , ▁y ▁a man ▁las ▁sal u ta ciones ▁en ▁las ▁p la za s ,
▁Y ▁ como ▁vino ▁una ▁vi ud a ▁p o bre , ▁echó ▁dos ▁ b l an ca s , ▁que ▁son ▁un ▁mar ave d í .
▁Y ▁Je s ú s ▁respond iendo , ▁le ▁dijo : ▁¿ V es ▁estos ▁grande s ▁ ed i f i ci os ? ▁no ▁quedar á ▁piedra ▁sobre ▁piedra ▁que ▁no ▁sea ▁de r ri b ada .
▁Porque ▁vendrá n ▁mucho s ▁en ▁mi ▁nombre , ▁diciendo : ▁Yo ▁soy ▁el ▁C ri s to ; ▁y ▁en ga ñ arán ▁á ▁mucho s .
▁Y ▁á ▁todas ▁las ▁gente s ▁con vi en e ▁que ▁el ▁ e v an g el i o ▁sea ▁pre di c ado ▁antes .
▁E mpero ▁cuando ▁ vier e is ▁la ▁abomina ción ▁de ▁as o l amiento , ▁que ▁fué ▁di ch a ▁por ▁el ▁profeta ▁Dan i el , ▁que ▁estará ▁don de ▁no ▁de be ▁ ( el ▁que ▁le e , ▁en t i en da ) , ▁entonces ▁los ▁que ▁es t é n ▁en ▁ J u de a ▁ hu y an ▁á ▁los ▁monte s ;
▁O ra d ▁pues , ▁que ▁no ▁a co n te z ca ▁vuestra ▁ hu í da ▁en ▁in vier no .
▁Porque ▁se ▁levant arán ▁f al s os ▁C ri st os ▁y ▁f al s os ▁profeta s , ▁y ▁dará n ▁señal es ▁y ▁pro di g i os , ▁para ▁en ga ñ ar , ▁si ▁se ▁pu di e se ▁hacer , ▁aun ▁á ▁los ▁es co g ido s .
▁Y ▁entonces ▁ver án ▁al ▁Hi jo ▁del ▁hombre , ▁que ▁vendrá ▁en ▁las ▁nube s ▁con ▁much a ▁p o t est ad ▁y ▁gloria .
▁De ▁cierto ▁os ▁di go ▁que ▁no ▁pasar á ▁esta ▁generación , ▁que ▁todas ▁esta s ▁cosas ▁no ▁sea n ▁he ch as .
▁C o mo ▁el ▁hombre ▁que ▁part ién do se ▁le jo s , ▁de j ó ▁su ▁casa , ▁y ▁dió ▁f a cu l ta d ▁á ▁sus ▁siervos , ▁y ▁á ▁ cada ▁uno ▁su ▁obra , ▁y ▁al ▁por te ro ▁mandó ▁que ▁ve la se :
▁Y ▁ D O S ▁días ▁después ▁era ▁la ▁P as cu a ▁y los ▁días de ▁los ▁pan es ▁sin ▁levadura : ▁y ▁pro cu r aban ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁y ▁los ▁es c ri ba s ▁ cómo ▁le ▁pre n der ían ▁por ▁en ga ñ o , ▁y ▁le ▁matar ían .
▁Porque ▁pod ía ▁esto ▁ser ▁ven d ido ▁por ▁más ▁de ▁tres cientos ▁de n ar i os , ▁y ▁dar se ▁á ▁los ▁p o bre s . ▁Y ▁murmur aban ▁contra ▁ella .
▁De ▁cierto ▁os ▁di go ▁que ▁don de ▁ qui er a ▁que ▁fuere ▁pre di c ado ▁este ▁ e v an g el i o ▁en ▁todo ▁el ▁mu ndo , ▁también ▁esto ▁que ▁ha ▁hecho ▁é s ta , ▁será ▁dicho ▁para ▁memoria ▁de ▁ella .
▁Y ▁en v ía ▁dos ▁de ▁sus ▁di s c í p u los , ▁y ▁les ▁di ce : ▁I d ▁á ▁la ▁ciudad , ▁y ▁os ▁encontr ará ▁un ▁hombre ▁que ▁llev a ▁un ▁c án ta ro ▁de ▁agua ; ▁se gu id le ▁ ;
▁Y ▁lleg ada ▁la ▁tarde , ▁fué ▁con ▁los ▁do ce .
▁A ▁la ▁ver dad ▁el ▁Hi jo ▁del ▁hombre ▁va , ▁ como ▁está ▁de ▁él ▁escrito ; ▁mas ▁ ¡ a y ▁de ▁aquel ▁hombre ▁por ▁quien ▁el ▁Hi jo ▁del ▁hombre ▁es ▁entregado ! ▁bueno ▁le ▁fuera ▁á ▁aquel ▁hombre ▁si ▁ nunc a ▁ hu bi er a ▁nac ido .
▁De ▁cierto ▁os ▁di go ▁que ▁no ▁beber é ▁más ▁del ▁fruto ▁de ▁la ▁vi d , ▁hast a ▁aquel ▁día ▁cuando ▁lo ▁beber é ▁ n ue v o ▁en ▁el ▁reino ▁de ▁Dios .
▁Entonces ▁P ed ro ▁le ▁dijo : ▁A un que ▁todos ▁sea n ▁es ca nd al i z ados , ▁mas ▁no ▁yo .
▁Y ▁toma ▁consigo ▁á ▁P ed ro ▁y ▁á ▁Jacob o ▁y ▁á ▁ J u an , ▁y ▁comenzó ▁á ▁a te mo ri za r se , ▁y ▁á ▁an gu st i ar se .
▁Y ▁vino ▁y ▁los ▁halló ▁d ur m iendo ; ▁y ▁di ce ▁á ▁P ed ro : ▁¿ S im ón , ▁d u er me s ? ▁¿ No ▁has ▁pod ido ▁ve l ar ▁una ▁ho ra ?
▁Y ▁vino ▁la ▁tercer a ▁vez , ▁y ▁les ▁di ce : ▁Do r mi d ▁y a ▁y ▁de s ca n s ad : ▁ba s ta , ▁la ▁ho ra ▁es ▁ven i da ; ▁he ▁aquí , ▁el ▁Hi jo ▁del ▁hombre ▁es ▁entregado ▁en ▁manos ▁de ▁los ▁pecado res .
▁Y ▁ como ▁vino , ▁se ▁a cer c ó ▁luego ▁á ▁él , ▁y ▁le ▁di ce : ▁Ma est ro , ▁Ma est ro . ▁Y ▁le ▁be s ó .
▁C ada ▁día ▁estaba ▁con ▁vosotros ▁en se ñ ando ▁en ▁el ▁templo , ▁y ▁no ▁me ▁toma steis ; ▁per o ▁es ▁así , ▁para ▁que ▁se ▁cumpl an ▁las ▁E s c ri t ura s .
▁Y ▁tra je ron ▁á ▁Je s ú s ▁al ▁su mo ▁sacerdote ; ▁y ▁se ▁junt aron ▁á ▁él ▁todos ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁y ▁los ▁ancianos ▁y ▁los ▁es c ri ba s .
▁Entonces ▁levant ándose ▁uno s , ▁d ieron ▁f al s o ▁testimonio ▁contra ▁él , ▁diciendo :
▁Mas ▁él ▁ca l l aba , ▁y ▁nada ▁respond ía . ▁El ▁su mo ▁sacerdote ▁le ▁volvió ▁á ▁pregunta r , ▁y ▁le ▁di ce : ▁¿ E res ▁tú ▁el ▁C ri s to , ▁el ▁Hi jo ▁del ▁Be n di to ?
▁Y ▁alguno s ▁come n z aron ▁á ▁es cu p ir ▁en ▁él , ▁y ▁cu b ri r ▁su ▁rostro , ▁y ▁á ▁dar le ▁bo f e ta das , ▁y ▁decir le ▁ : ▁P ro f e t i za . ▁Y ▁los ▁ serv ido res ▁le ▁her ían ▁de ▁bo f e ta das .
▁Y ▁la ▁c ri ada ▁vi é ndo le ▁otra ▁vez , ▁comenzó ▁á ▁decir ▁á ▁los ▁que ▁estaban ▁allí : ▁Este ▁es ▁de ▁ellos .
▁Y ▁L U E G O ▁por ▁la ▁mañana , ▁ha b iendo ▁ten ido ▁con se jo ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁con ▁los ▁ancianos , ▁y ▁con ▁los ▁es c ri ba s , ▁y ▁con ▁todo ▁el ▁con ci li o , ▁llev aron ▁á ▁Je s ú s ▁at ado , ▁y ▁le ▁entre g aron ▁á ▁P i la to .
▁Mas ▁Je s ú s ▁ni ▁aun ▁con ▁es o ▁respondió ; ▁de ▁mo do ▁que ▁P i la to ▁se ▁mar a vi l l aba .
▁Y ▁P i la to ▁les ▁respondió , ▁diciendo : ▁¿ Q ue réis ▁que ▁os ▁su el te ▁al ▁Re y ▁de ▁los ▁ J ud í os ?
▁Y ▁ellos ▁volvieron ▁á ▁dar ▁voces : ▁C r u ci f í ca le ▁ .
▁Y ▁le ▁vi st en ▁de ▁púrpura ; ▁y ▁pon ién do le ▁una ▁cor on a ▁te j i da ▁de ▁es p in as ,
▁Y ▁ca r g aron ▁á ▁uno ▁que ▁pasa ba , ▁Si m ón ▁C ir en e o , ▁padre ▁de ▁A le ja nd ro ▁y ▁de ▁R u f o , ▁que ▁venía ▁del ▁campo , ▁para ▁que ▁llev a se ▁su ▁c r u z .
▁Y ▁era ▁la ▁ho ra ▁de ▁las ▁tres ▁cuando ▁le ▁c r u ci f i c aron .
▁Y ▁los ▁que ▁pa s aban ▁le ▁de nos t aban , ▁men e ando ▁sus ▁cabeza s , ▁y ▁diciendo : ▁ ¡ A h ! ▁tú ▁que ▁de r ri ba s ▁el ▁templo ▁de ▁Dios , ▁y ▁en ▁tres ▁días ▁lo ▁edifica s ,
▁Y ▁cuando ▁vino ▁la ▁ho ra ▁de ▁se x ta , ▁fueron ▁he ch as ▁ti n i e b la s ▁sobre ▁toda ▁la ▁tierra ▁hast a ▁la ▁ho ra ▁de ▁no n a .
▁Mas ▁Je s ú s , ▁d ando ▁una ▁grande ▁voz , ▁es p ir ó .
▁La s ▁cuales , ▁esta ndo ▁a ún ▁él ▁en ▁ G al i le a , ▁le ▁habían ▁se gu ido , ▁y ▁le ▁ serv ían ; ▁y ▁otra s ▁much as ▁que ▁junt amente ▁con ▁él ▁habían ▁su b ido ▁á ▁Jerusalem .
▁Y ▁enter ado ▁del ▁c en tu ri ón , ▁dió ▁el ▁cuerpo ▁á ▁José :
▁Y ▁mu y ▁de ▁mañana , ▁el ▁primer d ía de ▁la ▁se man a , ▁viene n ▁al ▁se p u l c ro , ▁y as al ido ▁el ▁so l .
▁Mas ▁él ▁les ▁di ce : ▁No ▁os ▁as u st éis : ▁bu s c áis ▁á ▁Je s ú s ▁N az are no , ▁el ▁que ▁fué ▁c r u ci f i c ado ; ▁re s u ci t ado ▁ h á , ▁no ▁está ▁aquí ; ▁he ▁aquí ▁el ▁lugar ▁en ▁don de ▁le ▁pusier on .
▁Y e ndo ▁ella , ▁lo ▁hizo ▁sabe r ▁á ▁los ▁que ▁habían ▁esta do ▁con ▁él , ▁que ▁estaban ▁ t r iste s ▁y ▁llora ndo .
▁F in al mente ▁se ▁ap are ció ▁á ▁los ▁on ce ▁mismo s , ▁esta ndo ▁sent ados ▁á ▁la ▁me s a , ▁y ▁c en s ur ó les ▁su ▁in c r ed u li dad ▁y ▁d u re za ▁de ▁corazón , ▁que ▁no ▁ hu bi es en ▁c re í do ▁á ▁los ▁que ▁le ▁habían ▁visto ▁re s u ci t ado .
▁ Q u ita rán ▁ser p iente s , ▁y ▁si ▁be b iere n ▁cosa ▁mor t í f er a , ▁no ▁les ▁da ñ ará ; ▁sobre ▁los ▁en f er mos ▁pondrá n ▁sus ▁manos , ▁y ▁s an arán ▁ .
▁C o mo ▁no s ▁lo ▁en se ñ aron ▁los ▁que ▁de s de ▁el ▁pri n ci p i o ▁lo ▁vieron ▁por ▁sus ▁ojos , ▁y ▁fueron ▁ministr os ▁de ▁la ▁palabra ;
▁Y ▁era n ▁ambos ▁just os ▁delante ▁de ▁Dios , ▁and ando ▁sin ▁re p re n s ió n ▁en ▁todos ▁los ▁mandamientos ▁y ▁estatuto s ▁del ▁Señor .
▁Y ▁toda ▁la ▁multitud ▁del ▁pueblo ▁estaba ▁fuera ▁or ando ▁á ▁la ▁ho ra ▁del ▁in ci en s o .
▁Y ▁tendrá s ▁go zo ▁y ▁alegr ía , ▁y ▁mucho s ▁se ▁go z arán ▁de ▁su ▁nac imiento .
▁Y ▁dijo ▁Z a c ar ía s ▁al ▁ángel : ▁¿ E n ▁qué ▁conoc er é ▁esto ? ▁por que ▁yo ▁soy ▁viejo , ▁y ▁mi ▁mujer ▁a v an z ada ▁en ▁días .
▁Y ▁sal iendo , ▁no ▁les ▁pod ía ▁hablar : ▁y ▁en te nd ieron ▁que ▁había ▁visto ▁vi s ió n ▁en ▁el ▁templo : ▁y ▁él ▁les ▁habla ba ▁por ▁se ñ as ▁ , ▁y ▁quedó ▁mu do .
▁Y ▁al ▁se x to ▁me s , ▁el ▁ángel ▁ G ab ri el ▁fué ▁en vi ado ▁de ▁Dios ▁á ▁una ▁ciudad ▁de ▁ G al i le a , ▁ l l am ada ▁N az are t ,
▁Entonces ▁el ▁ángel ▁le ▁dijo : ▁Ma r ía , ▁no ▁tem as , ▁por que ▁has ▁halla do ▁gracia ▁cerca ▁de ▁Dios .
▁Entonces ▁Ma r ía ▁dijo ▁al ▁ángel : ▁¿ C ó mo ▁será ▁esto ? ▁por que ▁no ▁con o z co ▁varón .
▁Entonces ▁Ma r ía ▁dijo : ▁He ▁aquí ▁la ▁sierva ▁del ▁Señor ; ▁ h á ga se ▁á ▁mí ▁conform e ▁á ▁tu ▁palabra . ▁Y ▁el ▁ángel ▁part ió ▁de ▁ella .
▁Y ▁ex c l am ó ▁á ▁gran ▁voz , ▁y ▁dijo : ▁Be nd ita ▁tú ▁entre ▁las ▁mujeres , ▁y ▁be n di to ▁el ▁fruto ▁de ▁tu ▁vi en t re .
▁Entonces ▁Ma r ía ▁dijo : ▁en g ra n de ce ▁mi ▁alma ▁al ▁Señor ;
▁Y ▁su ▁misericordia ▁de ▁generación ▁á ▁generación ▁á ▁los ▁que ▁le ▁tem en .
▁Re ci b ió ▁á ▁Israel ▁su ▁siervo , ▁a co r d ándose ▁de ▁la ▁misericordia ,
▁Y ▁ o y e ron ▁los ▁ve ci nos ▁y ▁los ▁par iente s ▁que ▁Dios ▁había ▁hecho ▁con ▁ella ▁grande ▁misericordia , ▁y ▁se ▁alegr aron ▁con ▁ella .
▁Y ▁hablar on ▁por ▁se ñ as ▁á ▁su ▁padre , ▁ cómo ▁le ▁que r ía ▁llamar .
▁Y ▁todos ▁los ▁que ▁las ▁ o ían , ▁las ▁con serv aban ▁en ▁su ▁corazón , ▁diciendo : ▁¿ Quién ▁será ▁este ▁niño ? ▁Y ▁la ▁mano ▁del ▁Señor ▁estaba ▁con ▁él .
▁C o mo ▁habló ▁por ▁boca ▁de ▁sus ▁santo s ▁profeta s ▁que ▁fueron ▁de s de ▁el ▁pri n ci p i o :
▁Que ▁sin ▁tem or ▁libr ados ▁de ▁nuestro s ▁enemigos , ▁le ▁servir ía mos
▁Por ▁las ▁entr a ñ as ▁de ▁misericordia ▁de ▁nuestro ▁Dios , ▁con ▁que ▁no s ▁visit ó ▁de ▁lo ▁al to ▁el ▁O r iente ,
▁Este ▁emp ad ron amiento ▁primer o ▁fué ▁hecho ▁s iendo ▁C ir en i o ▁go be rna dor ▁de ▁la ▁Siria .
▁Y ▁aconteció ▁que ▁esta ndo ▁ellos ▁allí , ▁se ▁cumpl ieron ▁los ▁días ▁en ▁que ▁ella ▁había ▁de ▁par ir .
▁Mas ▁el ▁ángel ▁les ▁dijo : ▁No ▁tem áis ; ▁por que ▁he ▁aquí ▁os ▁do y ▁nueva s ▁de ▁gran ▁go zo , ▁que ▁será ▁para ▁todo ▁el ▁pueblo :
▁ G lo ri a ▁en ▁las ▁al t ura s ▁á ▁Dios , ▁y ▁en ▁la ▁tierra ▁paz , ▁buena ▁ v o l un ta d ▁para ▁con ▁los ▁hombres .
▁Y ▁todos ▁los ▁que ▁ o y e ron , ▁se ▁mar a vi l l aron ▁de ▁lo ▁que ▁los ▁pa s to res ▁les ▁decía n .
▁Y ▁ como ▁se ▁cumpl ieron ▁los ▁días ▁de ▁la ▁purifica ción ▁de ▁ella , ▁conform e ▁á ▁la ▁le y ▁de ▁Moisés , ▁le ▁tra je ron ▁á ▁Jerusalem ▁para ▁present ar le ▁al ▁Señor ,
▁Y ▁había ▁re ci b ido ▁re s p ue s ta ▁del ▁E s p í ri tu ▁S an to , ▁que ▁no ▁ver ía ▁la ▁muerte ▁antes ▁que ▁vi e se ▁al ▁C ri s to ▁del ▁Señor .
▁Porque ▁han ▁visto ▁mis ▁ojos ▁tu ▁salva ción ,
▁Y ▁los ▁bendijo ▁Simeón , ▁y ▁dijo ▁á ▁su ▁madre ▁Ma r ía : ▁He ▁aquí , ▁éste ▁es ▁puesto ▁para ▁ca í da ▁y ▁para ▁levant amiento ▁de ▁mucho s ▁en ▁Israel ; ▁y ▁para ▁señal ▁á ▁la ▁que ▁será ▁contra di ch o ;
▁Y ▁é s ta , ▁sobre vi n iendo ▁en ▁la ▁mis ma ▁ho ra , ▁junt amente ▁con f es aba ▁al ▁Señor , ▁y ▁habla ba ▁de ▁él ▁á ▁todos ▁los ▁que ▁es per aban ▁la ▁re de n ción ▁en ▁Jerusalem .
▁Y ▁cuando ▁fué ▁de ▁do ce ▁años , ▁subieron ▁ellos ▁á ▁Jerusalem ▁conform e ▁á ▁la ▁co st umb re ▁del ▁día ▁de ▁la ▁f i est a .
▁Y ▁aconteció , ▁que ▁tres ▁días ▁después ▁le ▁halla ron ▁en ▁el ▁templo , ▁sent ado ▁en ▁medio ▁de ▁los ▁do c to res , ▁ o y é ndo les ▁y ▁pre gu n t ándo les ▁ .
▁Mas ▁ellos ▁no ▁en te nd ieron ▁las ▁palabras ▁que ▁les ▁habló .
▁S iendo ▁su mos ▁sacerdote s ▁A n ás ▁y ▁C a i f ás , ▁vino ▁palabra ▁del ▁Señor ▁sobre ▁ J u an , ▁hijo ▁de ▁Z a c ar ía s , ▁en ▁el ▁desierto .
▁Y ▁ver á ▁toda ▁carne ▁la ▁salva ción ▁de ▁Dios .
▁Y ▁las ▁gente s ▁le ▁pregunta ba n , ▁diciendo : ▁¿ P ue s ▁qué ▁ha remos ?
▁Y ▁le ▁pregunta ron ▁también ▁los ▁so l d ados , ▁diciendo : ▁Y ▁nosotros , ▁¿ qué ▁ha remos ? ▁Y ▁les ▁di ce : ▁No ▁ha g áis ▁ex to r s ió n ▁á ▁nadie , ▁ni ▁ca l u m n i éis ; ▁y ▁con t enta os ▁con ▁vuestras ▁pa ga s .
▁Y ▁am on est ando , ▁otra s ▁much as ▁cosas ▁también ▁a nunc i aba ▁al ▁pueblo .
▁Y ▁descend ió ▁el ▁E s p í ri tu ▁S an to ▁sobre ▁él ▁en ▁for ma ▁cor por al , ▁ como ▁pa lo ma , ▁y ▁fué ▁he ch a ▁una ▁voz ▁del ▁cielo ▁que ▁decía : ▁T ú ▁eres ▁mi ▁Hi jo ▁am ado , ▁en ▁ti ▁me ▁he ▁com p la c ido .
▁Que ▁fué ▁de ▁N a g ga i , ▁que ▁fué ▁de ▁Ma a t , ▁que ▁fué ▁de ▁Ma t t ath ía s , ▁que ▁fué ▁de ▁Se me i , ▁que ▁fué ▁de ▁José , ▁que ▁fué ▁de ▁Judá ,
▁Que ▁fué ▁de ▁Leví , ▁que ▁fué ▁de ▁Simeón , ▁que ▁fué ▁de ▁Judá , ▁que ▁fué ▁de ▁José , ▁que ▁fué ▁de ▁ J on án , ▁que ▁fué ▁de ▁Eli a ch î m ,
▁Que ▁fué ▁de ▁Judá , ▁que ▁fué ▁de ▁Jacob , ▁que ▁fué ▁de ▁Isaac , ▁que ▁fué ▁de ▁Abraham , ▁que ▁fué ▁de ▁Tha ra , ▁que ▁fué ▁de ▁N a ch ô r ,
▁Que ▁fué ▁de ▁C a in án , ▁que ▁fué ▁de ▁En ó s , ▁que ▁fué ▁de ▁Se th , ▁que ▁fué ▁de ▁Adam , ▁que ▁fué ▁de ▁Dios .
▁Y ▁Je s ú s ▁respond ién do le ▁ , ▁dijo : ▁E s c ri to ▁está : ▁Que ▁no ▁con ▁pan ▁so lo ▁vivir á ▁el ▁hombre , ▁mas ▁con ▁toda ▁palabra ▁de ▁Dios .
▁Y ▁respond iendo ▁Je s ú s , ▁le ▁dijo : ▁Ve te ▁de ▁mí , ▁S a t an ás , ▁por que ▁escrito ▁está : ▁A ▁tu ▁Señor ▁Dios ▁a dor arás , ▁y ▁á ▁él ▁so lo ▁servir ás .
▁Y ▁respond iendo ▁Je s ú s , ▁le ▁dijo : ▁Di ch o ▁está : ▁No ▁tent arás ▁al ▁Señor ▁tu ▁Dios .
▁Y ▁vino ▁á ▁N az are t , ▁don de ▁había ▁sido ▁criado ; ▁y ▁entr ó , ▁conform e ▁á ▁su ▁co st umb re , ▁el ▁día ▁del ▁sábado ▁en ▁la ▁sin a go ga , ▁y ▁se ▁levant ó ▁á ▁le er .
▁Y ▁ ro l l ando ▁el ▁libr o , ▁lo ▁dió ▁al ▁ministr o , ▁y ▁sent óse : ▁y ▁los ▁ojos ▁de ▁todos ▁en ▁la ▁sin a go ga ▁estaban ▁f i jo s ▁en ▁él .
▁Y ▁dijo : ▁De ▁cierto ▁os ▁di go , ▁que ▁ ning ún ▁profeta ▁es ▁a ce p to ▁en ▁su ▁tierra .
▁Entonces ▁todos ▁en ▁la ▁sin a go ga ▁fueron ▁lleno s ▁de ▁ir a , ▁ o y e ndo ▁esta s ▁cosas ;
▁Y ▁se ▁mar a vi l l aban ▁de ▁su ▁do c t ri n a , ▁por que ▁su ▁palabra ▁era ▁con ▁p o t est ad .
▁Y ▁hubo ▁es p an to ▁en ▁todos ▁ , ▁y ▁habla ba n ▁uno s ▁á ▁otro s , ▁diciendo : ▁¿ Qué ▁palabra ▁es ▁é s ta , ▁que ▁con ▁a u to ri dad ▁y ▁p o t en ci a ▁man da ▁á ▁los ▁espíritu s ▁inmundo s , ▁y ▁sal en ?
▁Y ▁pon ién do se ▁el ▁so l , ▁todos ▁los ▁que ▁tenía n ▁en f er mos ▁de ▁di ver s as ▁en f er me dad es , ▁los ▁tra ían ▁á ▁él ; ▁y ▁él , ▁pon iendo ▁las ▁manos ▁sobre ▁ cada ▁uno ▁de ▁ellos , ▁los ▁s an aba .
▁Y ▁pre di c aba ▁en ▁las ▁sin a go ga s ▁de ▁ G al i le a .
▁Y ▁ como ▁c es ó ▁de ▁hablar , ▁dijo ▁á ▁Si m ón : ▁T i ra ▁á ▁al ta ▁mar , ▁y ▁echa d ▁vuestras ▁re de s ▁para ▁pe s c ar .
▁Lo ▁cual ▁ viendo ▁Si m ón ▁P ed ro , ▁se ▁de r ri b ó ▁de ▁rod ill as ▁á ▁Je s ú s , ▁diciendo : ▁A p á r ta te ▁de ▁mí , ▁Señor , ▁por que ▁soy ▁hombre ▁pecado r .
▁Y ▁aconteció ▁que ▁esta ndo ▁en ▁una ▁ciudad , ▁he ▁aquí ▁un ▁hombre ▁lleno ▁de ▁lepra , ▁el ▁cual ▁ viendo ▁á ▁Je s ú s , ▁postr ándose ▁sobre ▁el ▁rostro , ▁le ▁ ro g ó , ▁diciendo : ▁Señor , ▁si ▁qu iere s , ▁pu ed es ▁limpia r me ▁ .
▁Mas ▁él ▁se ▁apart aba ▁á ▁los ▁desierto s , ▁y ▁or aba .
▁El ▁cual , ▁ viendo ▁la ▁f e ▁de ▁ellos , ▁le ▁di ce : ▁ H om bre , ▁tu s ▁pecado s ▁te ▁son ▁perdon ados .
▁P ue s ▁para ▁que ▁se p áis ▁que ▁el ▁Hi jo ▁del ▁hombre ▁tiene ▁p o t est ad ▁en ▁la ▁tierra ▁de ▁perdon ar ▁pecado s , ▁ ( di ce ▁al ▁para l í t i co ) : ▁A ▁ti ▁di go , ▁le v án ta te , ▁toma ▁tu ▁le ch o , ▁y ▁ve te ▁á ▁tu ▁casa .
▁Y ▁de ja das ▁todas ▁las ▁cosas , ▁levant ándose , ▁le ▁si gu ió .
▁No ▁he ▁venido ▁á ▁llamar ▁just os , ▁sin o ▁pecado res ▁á ▁ar re p en t imiento .
▁Y ▁les ▁decía ▁también ▁una ▁par á b o la : ▁N a di e ▁me te ▁re m iendo ▁de ▁pa ñ o ▁ n ue v o ▁en ▁vestido ▁viejo ; ▁de ▁otra ▁manera ▁el ▁ n ue v o ▁romp e , ▁y ▁al ▁viejo ▁no ▁con vi en e ▁re m iendo ▁ n ue v o .
▁Y ▁A C O N T E C I Ó ▁que ▁pasa ndo ▁él ▁por ▁los ▁se m bra do s ▁en ▁un ▁sábado ▁segundo ▁del ▁primer o , ▁sus ▁di s c í p u los ▁ar ra n c aban ▁es p i ga s , ▁y ▁com ían , ▁rest re g ándo la s ▁con ▁las ▁manos .
▁Y ▁les ▁decía : ▁El ▁Hi jo ▁del ▁hombre ▁es ▁Señor ▁aun ▁del ▁sábado .
▁Entonces ▁Je s ú s ▁les ▁di ce : ▁O s ▁pregunta ré ▁una ▁cosa : ▁¿ E s ▁ l í ci to ▁en ▁sábado s ▁hacer ▁bien , ▁ó ▁hacer ▁mal ? ▁¿ s al v ar ▁la ▁vida , ▁ó ▁quitar la ?
▁Y ▁ como ▁fué ▁de ▁día , ▁llamó ▁á ▁sus ▁di s c í p u los , ▁y ▁es co g ió ▁do ce ▁de ▁ellos , ▁á ▁los ▁cuales ▁también ▁llamó ▁ap ó s to les :
▁Y ▁descend ió ▁con ▁ellos , ▁y ▁se ▁par ó ▁en ▁un ▁lugar ▁ l la no , ▁y ▁la ▁com pa ñ ía ▁de ▁sus ▁di s c í p u los , ▁y ▁una ▁grande ▁multitud ▁de ▁pueblo ▁de ▁toda ▁ J u de a ▁y ▁de ▁Jerusalem , ▁y ▁de ▁la ▁co s ta ▁de ▁T i ro ▁y ▁de ▁Si d ón , ▁que ▁habían ▁venido ▁á ▁oir le ▁ , ▁y ▁para ▁ser ▁s an ados ▁de ▁sus ▁en f er me dad es ;
▁B i en ave n t ur ados ▁los ▁que ▁ahora ▁ten éis ▁hambre ; ▁por que ▁se réis ▁s a ci ados . ▁B i en ave n t ur ados ▁los ▁que ▁ahora ▁ l l or áis , ▁por que ▁re i réis .
▁ ¡ A y ▁de ▁vosotros , ▁los ▁que ▁está is ▁ha r to s ! ▁por que ▁tendréis ▁hambre . ▁ ¡ A y ▁de ▁vosotros , ▁los ▁que ▁ahora ▁re í s ! ▁por que ▁la ment aréis ▁y ▁llora réis .
▁Y ▁al ▁que ▁te ▁ h ir iere ▁en ▁la ▁me j ill a , ▁da le ▁también ▁la ▁otra ; ▁y ▁al ▁que ▁te ▁quitar e ▁la ▁ca pa , ▁ni ▁aun ▁el ▁say o ▁le ▁de f i en das .
▁Y ▁si ▁hiciere is ▁bien ▁á ▁los ▁que ▁os ▁ha ce n ▁bien , ▁¿ qué ▁gracia s ▁tendréis ? ▁por que ▁también ▁los ▁pecado res ▁ha ce n ▁lo ▁mismo .
▁No ▁juzg u éis , ▁y ▁no ▁se réis ▁juzg ados : ▁no ▁con de n éis , ▁y ▁no ▁se réis ▁con de n ados : ▁perdon ad , ▁y ▁se réis ▁perdon ados .
▁¿ Por ▁qué ▁mira s ▁la ▁pa ja ▁que ▁está ▁en ▁el ▁ o jo ▁de ▁tu ▁hermano , ▁y ▁la ▁vi ga ▁que ▁está ▁en ▁tu ▁pro p i o ▁ o jo ▁no ▁con s i der as ?
▁El ▁bu en ▁hombre ▁del ▁bu en ▁te s o ro ▁de ▁su ▁corazón ▁saca ▁bien ; ▁y ▁el ▁mal ▁hombre ▁del ▁mal ▁te s o ro ▁de ▁su ▁corazón ▁saca ▁mal ; ▁por que ▁de ▁la ▁a b un d an ci a ▁del ▁corazón ▁habla ▁su ▁boca .
▁Mas ▁el ▁que ▁oyó ▁y ▁no ▁hizo , ▁se me ja n te ▁es ▁al ▁hombre ▁que ▁edificó ▁su ▁casa ▁sobre ▁tierra , ▁sin ▁f un da ment o ; ▁en ▁la ▁cual ▁el ▁río ▁dió ▁con ▁ í m pe tu , ▁y ▁luego ▁cayó ; ▁y ▁fué ▁grande ▁la ▁ r u in a ▁de ▁aquella ▁casa .
▁Y ▁vi n iendo ▁ellos ▁á ▁Je s ú s , ▁ ro g áronle ▁con ▁di li g en ci a , ▁di ci é ndo le : ▁Porque ▁es ▁di g no ▁de ▁con ce der le ▁esto ;
▁Porque ▁también ▁yo ▁soy ▁hombre ▁puesto ▁en ▁p o t est ad , ▁que ▁ten go ▁debajo ▁de ▁mí ▁so l d ados ; ▁y ▁di go ▁á ▁éste : ▁Ve , ▁y ▁va ; ▁y ▁al ▁otro : ▁Ve n , ▁y ▁viene ; ▁y ▁á ▁mi ▁siervo : ▁Ha z ▁esto , ▁y ▁lo ▁ha ce .
▁Y ▁ como ▁llegó ▁cerca ▁de ▁la ▁puerta ▁de ▁la ▁ciudad , ▁he ▁aquí ▁que ▁saca ba n ▁fuera ▁á ▁un ▁di f un to , ▁un i g é n i to ▁de ▁su ▁madre , ▁la ▁cual ▁también ▁era ▁vi ud a : ▁y ▁había ▁con ▁ella ▁grande ▁com pa ñ ía ▁de ▁la ▁ciudad .
▁Y ▁todos ▁ tuvieron ▁mi ed o , ▁y ▁ g lo ri f i c aban ▁á ▁Dios , ▁diciendo : ▁Que ▁un ▁gran ▁profeta ▁se ▁ha ▁levant ado ▁entre ▁nosotros ; ▁y ▁que ▁Dios ▁ha ▁visit ado ▁á ▁su ▁pueblo .
▁Y ▁ como ▁los ▁hombres ▁vinieron ▁á ▁él , ▁dijeron : ▁ J u an ▁el ▁B a u t is ta ▁no s ▁ha ▁en vi ado ▁á ▁ti , ▁diciendo : ▁¿ E res ▁tú ▁a qué l ▁que ▁había ▁de ▁ven ir , ▁ó ▁es per a remos ▁á ▁otro ?
▁Y ▁ como ▁se ▁fueron ▁los ▁mensajero s ▁de ▁ J u an , ▁comenzó ▁á ▁hablar ▁de ▁ J u an ▁á ▁las ▁gente s : ▁¿ Qué ▁sal i steis ▁á ▁ver ▁al ▁desierto ? ▁¿ un a ▁ca ñ a ▁que ▁es ▁a g ita da ▁por ▁el ▁vi en to ?
▁Porque ▁os ▁di go ▁que ▁entre ▁los ▁nac ido s ▁de ▁mujeres , ▁no ▁hay ▁may or ▁profeta ▁que ▁ J u an ▁el ▁B a u t is ta : ▁mas ▁el ▁más ▁pe que ñ o ▁en ▁el ▁reino ▁de ▁los ▁cielo s ▁es ▁may or ▁que ▁él .
▁Se me ja n te s ▁son ▁á ▁los ▁much a ch os ▁sent ados ▁en ▁la ▁p la za , ▁y ▁que ▁da n ▁voces ▁los ▁uno s ▁á ▁los ▁otro s , ▁y ▁di ce n : ▁O s ▁ ta ñ i mos ▁con ▁f la u ta s , ▁y ▁no ▁ba i la steis : ▁os ▁en de ch a mos , ▁y ▁no ▁llora steis .
▁Y ▁le ▁ ro g ó ▁uno ▁de ▁los ▁F ar i se os , ▁que ▁com i e se ▁con ▁él . ▁Y ▁entr ado ▁en ▁casa ▁del ▁F ar i se o , ▁sent óse ▁á ▁la ▁me s a .
▁Entonces ▁respond iendo ▁Je s ú s , ▁le ▁dijo : ▁Si m ón , ▁una ▁cosa ▁ten go ▁que ▁decir te ▁ . ▁Y ▁él ▁di ce : ▁Di , ▁Ma est ro .
▁Y ▁vuelto ▁á ▁la ▁mujer , ▁dijo ▁á ▁Si m ón : ▁¿ V es ▁esta ▁mujer ? ▁En t ré ▁en ▁tu ▁casa , ▁no ▁d iste ▁agua ▁para ▁mis ▁pie s ; ▁mas ▁é s ta ▁ha ▁re g ado ▁mis ▁pie s ▁con ▁ l á g ri ma s , ▁y ▁los ▁ha ▁limpia do ▁con ▁los ▁ca be l los .
▁Y ▁á ▁ella ▁dijo : ▁Lo s ▁pecado s ▁te ▁son ▁perdon ados .
▁Y ▁alguna s ▁mujeres ▁que ▁habían ▁sido ▁cu ra das ▁de ▁mal os ▁espíritu s ▁y ▁de ▁en f er me dad es : ▁Ma r ía , ▁que ▁se ▁llamaba ▁Ma g da l en a , ▁de ▁la ▁cual ▁habían ▁sal ido ▁siete ▁de mo n i os ,
▁Y ▁otra ▁parte ▁cayó ▁sobre ▁la ▁piedra ; ▁y ▁nac i da , ▁se ▁se c ó , ▁por que ▁no ▁tenía ▁ hu me dad .
▁Y ▁él ▁dijo : ▁A ▁vosotros ▁es ▁dado ▁conoc er ▁los ▁mis te ri os ▁del ▁reino ▁de ▁Dios ; ▁mas ▁á ▁los ▁otro s ▁por ▁par á b o la s , ▁para ▁que ▁ viendo ▁no ▁ve an , ▁y ▁ o y e ndo ▁no ▁en t i en d an .
▁Y ▁la ▁que ▁cayó ▁entre ▁las ▁es p in as , ▁é st os ▁son ▁los ▁que ▁ o y e ron ; ▁mas ▁y é ndo se , ▁son ▁ ah o g ados ▁de ▁los ▁cu id ados ▁y ▁de ▁las ▁ ri que za s ▁y ▁de ▁los ▁pasa t i em p os ▁de ▁la ▁vida , ▁y ▁no ▁llev an ▁fruto .
▁Mi ra d ▁pues ▁ cómo ▁ o í s ; ▁por que ▁á ▁cualquier a ▁que ▁tuviere , ▁le ▁será ▁dado ; ▁y ▁á ▁cualquier a ▁que ▁no ▁tuviere , ▁aun ▁lo ▁que ▁par e ce ▁ten er ▁le ▁será ▁qu ita do .
▁Y ▁aconteció ▁un ▁día ▁que ▁él ▁entr ó ▁en ▁un ▁bar co ▁con ▁sus ▁di s c í p u los , ▁y ▁les ▁dijo : ▁P as emos ▁á ▁la ▁otra ▁parte ▁del ▁la go . ▁Y ▁part ieron .
▁Y ▁ n ave g aron ▁á ▁la ▁tierra ▁de ▁los ▁Gad are nos , ▁que ▁está ▁delante ▁de ▁ G al i le a .
▁Y ▁le ▁pre gu n t ó ▁Je s ú s , ▁diciendo : ▁¿ Qué ▁nombre ▁tiene s ? ▁Y ▁él ▁dijo : ▁Le g ió n . ▁Porque ▁mucho s ▁de mo n i os ▁habían ▁entr ado ▁en ▁él .
▁Y ▁los ▁pa s to res , ▁ como ▁vieron ▁lo ▁que ▁había ▁a co n te c ido , ▁ hu y e ron , ▁y ▁ye ndo ▁d ieron ▁aviso ▁en ▁la ▁ciudad ▁y ▁por ▁las ▁heredad es .
▁Y ▁aquel ▁hombre , ▁de ▁quien ▁habían ▁sal ido ▁los ▁de mo n i os , ▁le ▁ ro g ó ▁para ▁esta r ▁con ▁él ; ▁mas ▁Je s ú s ▁le ▁de s p id ió , ▁diciendo :
▁Porque ▁tenía ▁una ▁hija ▁ ún i ca , ▁ como ▁de ▁do ce ▁años , ▁y ▁ella ▁se ▁estaba ▁mu r iendo . ▁Y ▁ye ndo , ▁le ▁ap re t aba ▁la ▁com pa ñ ía .
▁Y ▁Je s ú s ▁dijo : ▁Me ▁ha ▁to c ado ▁al gu i en ▁ ; ▁por que ▁yo ▁he ▁conoc ido ▁que ▁ha ▁sal ido ▁vi r t ud ▁de ▁mí .
▁Y ▁ o y é ndo lo ▁Je s ú s , ▁le ▁respondió : ▁No ▁tem as : ▁c re e ▁solamente , ▁y ▁será ▁salva .
▁Mas ▁él , ▁to m ándo la ▁de ▁la ▁mano , ▁c l am ó , ▁diciendo : ▁M u ch a ch a , ▁le v án ta te .
▁Y ▁los ▁envió ▁á ▁que ▁pre di ca s en ▁el ▁reino ▁de ▁Dios , ▁y ▁que ▁s an as en ▁á ▁los ▁en f er mos .
▁Y ▁sal iendo , ▁rod e aban ▁por ▁todas ▁las ▁aldeas , ▁a nunc i ando ▁el ▁ e v an g el i o , ▁y ▁s an ando ▁por ▁todas ▁parte s .
▁Y ▁vuelto s ▁los ▁ap ó s to les , ▁le ▁con t aron ▁todas ▁las ▁cosas ▁que ▁habían ▁hecho . ▁Y ▁to m ándo los ▁ , ▁se ▁re t ir ó ▁apart e ▁á ▁un ▁lugar ▁desierto ▁de ▁la ▁ciudad ▁que ▁se ▁ l la ma ▁Beth s a i da .
▁Y ▁era n ▁ como ▁cinco ▁mil ▁hombres . ▁Entonces ▁dijo ▁á ▁sus ▁di s c í p u los : ▁Ha c ed los ▁sent ar ▁en ▁ran ch os , ▁de ▁cincuenta ▁en ▁cincuenta .
▁Y ▁aconteció ▁que ▁esta ndo ▁él ▁so lo ▁or ando ▁ , ▁estaban ▁con ▁él ▁los ▁di s c í p u los ; ▁y ▁les ▁pre gu n t ó ▁diciendo : ▁¿ Quién ▁di ce n ▁las ▁gente s ▁que ▁soy ?
▁Di c iendo : ▁E s ▁ n e ce s ar i o ▁que ▁el ▁Hi jo ▁del ▁hombre ▁pa de z ca ▁much as ▁cosas , ▁y ▁sea ▁de se ch ado ▁de ▁los ▁ancianos , ▁y ▁de ▁los ▁príncipes ▁de ▁los ▁sacerdote s , ▁y ▁de ▁los ▁es c ri ba s , ▁y ▁que ▁sea ▁muerto , ▁y ▁re s u ci te ▁al ▁tercer ▁día .
▁Porque ▁el ▁que ▁se ▁a ver g on za re ▁de ▁mí ▁y ▁de ▁mis ▁palabras , ▁de ▁este ▁tal ▁el ▁Hi jo ▁del ▁hombre ▁se ▁a ver g on z ará ▁cuando ▁vi n iere ▁en ▁su ▁gloria , ▁y ▁del ▁P ad re , ▁y ▁de ▁los ▁santo s ▁ángel es .
▁Y ▁he ▁aquí ▁dos ▁varones ▁que ▁habla ba n ▁con ▁él , ▁los ▁cuales ▁era n ▁Moisés ▁y ▁Elías ;
▁Y ▁esta ndo ▁él ▁habla ndo ▁esto , ▁vino ▁una ▁nube ▁que ▁los ▁cu b r ió ; ▁y ▁ tuvieron ▁tem or , ▁entr ando ▁ellos ▁en ▁la ▁nube .
▁Y ▁he ▁aquí , ▁un ▁hombre ▁de ▁la ▁com pa ñ ía ▁c l am ó , ▁diciendo : ▁Ma est ro , ▁ r u é go te ▁que ▁ve as ▁á ▁mi ▁hijo ; ▁que ▁es ▁el ▁ ún i co ▁que ▁ten go :
▁Y ▁ como ▁aun ▁se ▁acerca ba , ▁el ▁de mo n i o ▁le ▁de r ri b ó ▁y ▁de s p ed az ó : ▁mas ▁Je s ú s ▁in c re p ó ▁al ▁espíritu ▁inmundo , ▁y ▁s an ó ▁al ▁much a ch o , ▁y ▁se ▁lo ▁volvió ▁á ▁su ▁padre .
▁Entonces ▁entrar on ▁en ▁di s p u ta , ▁cu á l ▁de ▁ellos ▁ser ía ▁el ▁may or .
▁Je s ú s ▁le ▁dijo : ▁No ▁se ▁lo ▁pro hi b áis ; ▁por que ▁el ▁que ▁no ▁es ▁contra ▁nosotros , ▁por ▁nosotros ▁es .
▁Y ▁ viendo ▁esto ▁sus ▁di s c í p u los ▁Jacob o ▁y ▁ J u an , ▁dijeron : ▁Señor , ▁¿ qui er es ▁que ▁man d emos ▁que ▁de s ci en da ▁fuego ▁del ▁cielo , ▁y ▁los ▁consum a , ▁ como ▁hizo ▁Elías ?
▁Y ▁le ▁dijo ▁Je s ú s : ▁La s ▁ z or ra s ▁tiene n ▁cueva s , ▁y ▁las ▁ ave s ▁de ▁los ▁cielo s ▁ni do s ; ▁mas ▁el ▁Hi jo ▁del ▁hombre ▁no ▁tiene ▁don de ▁rec l in e ▁la ▁cabeza .
▁Y ▁Je s ú s ▁le ▁dijo : ▁N ing un o ▁que ▁pon iendo ▁su ▁mano ▁al ▁ar ado ▁mira ▁at rás , ▁es ▁ap to ▁para ▁el ▁reino ▁de ▁Dios .
▁No ▁llev éis ▁bo l s a , ▁ni ▁al for ja , ▁ni ▁ca l z ado ; ▁y ▁á ▁nadie ▁sal ud éis ▁en ▁el ▁camino .
▁Y ▁en ▁cualquier ▁ciudad ▁don de ▁entrar e is , ▁y ▁os ▁re ci b iere n , ▁come d ▁lo ▁que ▁os ▁pusier en ▁delante ;
▁Y ▁os ▁di go ▁que ▁los ▁de ▁Sodom a ▁tendrá n ▁más ▁re mi s ió n ▁aquel ▁día , ▁que ▁aquella ▁ciudad .
▁El ▁que ▁á ▁vosotros ▁ o y e , ▁á ▁mí ▁ o y e ; ▁y ▁el ▁que ▁á ▁vosotros ▁de se ch a , ▁á ▁mí ▁de se ch a ; ▁y ▁el ▁que ▁á ▁mí ▁de se ch a , ▁de se ch a ▁al ▁que ▁me ▁envió .
▁Mas ▁no ▁os ▁go c éis ▁de ▁esto , ▁que ▁los ▁espíritu s ▁se ▁os ▁su je t an ; ▁antes ▁go za os ▁de ▁que ▁vuestro s ▁nombre s ▁están ▁escrito s ▁en ▁los ▁cielo s .
▁Porque ▁os ▁di go ▁que ▁mucho s ▁profeta s ▁y ▁reyes ▁de se aron ▁ver ▁lo ▁que ▁vosotros ▁ve is , ▁y ▁no ▁lo ▁vieron ; ▁y ▁oir ▁lo ▁que ▁ o í s , ▁y ▁no ▁lo ▁ o y e ron .
▁Y ▁díjole ▁ : ▁B i en ▁has ▁respond ido : ▁ha z ▁esto , ▁y ▁vivir ás .
▁Y ▁a simismo ▁un ▁Levi ta , ▁lleg ando ▁cerca ▁de ▁aquel ▁lugar , ▁y ▁vi é ndo le , ▁se ▁pasó ▁de ▁un ▁la do .
▁¿ Quién , ▁pues , ▁de ▁estos ▁tres ▁te ▁par e ce ▁que ▁fué ▁el ▁prójimo ▁de ▁a qué l ▁que ▁cayó ▁en ▁manos ▁de ▁los ▁la d ron es ?
▁E mpero ▁Ma r ta ▁se ▁di s tra ía ▁en ▁mucho s ▁servicio s ; ▁y ▁sobre vi n iendo , ▁di ce : ▁Señor , ▁¿ no ▁tiene s ▁cu id ado ▁que ▁mi ▁hermana ▁me ▁de ja ▁servir ▁so la ? ▁Di le ▁pues , ▁que ▁me ▁a y u de .
▁Y ▁les ▁dijo : ▁Cuan do ▁or are is , ▁de ci d : ▁P ad re ▁nuestro ▁que ▁está s ▁en ▁los ▁cielo s ; ▁sea ▁tu ▁nombre ▁santifica do . ▁Ve n ga ▁tu ▁reino . ▁Se a ▁he ch a ▁tu ▁ v o l un ta d , ▁ como ▁en ▁el ▁cielo , ▁así ▁también ▁en ▁la ▁tierra .
▁Porque ▁un ▁am i go ▁mío ▁ha ▁venido ▁á ▁mí ▁de ▁camino , ▁y ▁no ▁ten go ▁qué ▁pon er le ▁delante ;
▁Porque ▁todo ▁aquel ▁que ▁pi de , ▁re ci be ; ▁y ▁el ▁que ▁busca , ▁halla ; ▁y ▁al ▁que ▁ l la ma , ▁se ▁a bre .
▁Y ▁estaba ▁él ▁la n z ando ▁un ▁de mo n i o , ▁el ▁cual ▁era ▁mu do : ▁y ▁aconteció ▁que ▁sal ido ▁fuera ▁el ▁de mo n i o , ▁el ▁mu do ▁habló , ▁y ▁las ▁gente s ▁se ▁mar a vi l l aron .
▁Y ▁si ▁también ▁S a t an ás ▁está ▁di vi d ido ▁contra ▁sí ▁mismo , ▁¿ cómo ▁estará ▁en ▁pie ▁su ▁reino ? ▁por que ▁de c í s ▁que ▁en ▁Be el z e b u b ▁ e ch o ▁yo ▁fuera ▁los ▁de mo n i os .
▁Mas ▁si ▁sobre vi n iendo ▁otro ▁más ▁fuerte ▁que ▁él , ▁le ▁ven c iere , ▁le ▁toma ▁todas ▁sus ▁arm as ▁en ▁que ▁con f i aba , ▁y ▁re p ar te ▁sus ▁despojo s .
▁Entonces ▁va , ▁y ▁toma ▁otro s ▁siete ▁espíritu s ▁pe o res ▁que ▁él ; ▁y ▁entr ados , ▁habita n ▁allí : ▁y ▁lo ▁postr er o ▁del ▁tal ▁hombre ▁es ▁pe or ▁que ▁lo ▁primer o .
▁Porque ▁ como ▁ J on ás ▁fué ▁señal ▁á ▁los ▁N in i vi ta s , ▁así ▁también ▁será ▁el ▁Hi jo ▁del ▁hombre ▁á ▁esta ▁generación .
▁La ▁an to r ch a ▁del ▁cuerpo ▁es ▁el ▁ o jo : ▁pues ▁si ▁tu ▁ o jo ▁fuere ▁si m p le , ▁también ▁todo ▁tu ▁cuerpo ▁será ▁re s p l an de c iente ; ▁mas ▁si ▁fuere ▁mal o , ▁también ▁tu ▁cuerpo ▁será ▁ten e b ro s o .
▁Y ▁el ▁F ar i se o , ▁ como ▁lo ▁vió , ▁mar a vi l l óse ▁de ▁que ▁no ▁se ▁la v ó ▁antes ▁de ▁come r .
▁Mas ▁ ¡ a y ▁de ▁vosotros , ▁F ar i se os ! ▁que ▁diez m áis ▁la ▁men ta , ▁y ▁la ▁ r ud a , ▁y ▁toda ▁ho r ta li za ; ▁mas ▁el ▁juicio ▁y ▁la ▁ca ri dad ▁de ▁Dios ▁pa s áis ▁de ▁la r go . ▁P ue s ▁esta s ▁cosas ▁era ▁ n e ce s ar i o ▁hacer , ▁y ▁no ▁dejar ▁las ▁otra s .
▁Y ▁él ▁dijo : ▁ ¡ A y ▁de ▁vosotros ▁también , ▁do c to res ▁de ▁la ▁le y ! ▁que ▁ca r g áis ▁á ▁los ▁hombres ▁con ▁ca r ga s ▁que ▁no ▁pu ed en ▁llev ar ; ▁mas ▁vosotros ▁ni ▁aun ▁con ▁un ▁de do ▁to c áis ▁las ▁ca r ga s .
▁Para ▁que ▁de ▁esta ▁generación ▁sea ▁de man d ada ▁la ▁sangre ▁de ▁todos ▁los ▁profeta s , ▁que ▁ha ▁sido ▁derram ada ▁de s de ▁la ▁f un d ación ▁del ▁mu ndo ;
▁A ce ch ándo le ▁ , ▁y ▁pro cu r ando ▁ca za r ▁al go ▁de ▁su ▁boca ▁para ▁a cu s ar le ▁ .
▁Mas ▁os ▁di go , ▁am i go s ▁mío s : ▁No ▁tem áis ▁de ▁los ▁que ▁mata n ▁el ▁cuerpo , ▁y ▁después ▁no ▁tiene n ▁más ▁que ▁hacer .
▁Y ▁os ▁di go ▁que ▁todo ▁aquel ▁que ▁me ▁con f es are ▁delante ▁de ▁los ▁hombres , ▁también ▁el ▁Hi jo ▁del ▁hombre ▁le ▁con f es ará ▁delante ▁de ▁los ▁ángel es ▁de ▁Dios ;
▁Porque ▁el ▁E s p í ri tu ▁S an to ▁os ▁en se ñ ará ▁en ▁la ▁mis ma ▁ho ra ▁lo ▁que ▁será ▁ n e ce s ar i o ▁decir .
▁Y ▁re f ir ió les ▁una ▁par á b o la , ▁diciendo : ▁La ▁heredad ▁de ▁un ▁hombre ▁ ri co ▁había ▁llev ado ▁mucho ;
▁Y ▁díjole ▁Dios : ▁N e ci o , ▁esta ▁noche ▁ v ue l v en ▁á ▁p ed ir ▁tu ▁alma ; ▁y ▁lo ▁que ▁has ▁pre v en ido , ▁¿ de ▁qu ién ▁será ?
▁C on s i der ad ▁los ▁cu er v os , ▁que ▁ni ▁si em bra n , ▁ni ▁si e ga n ; ▁que ▁ni ▁tiene n ▁c ill er o , ▁ni ▁al f o l í ; ▁y ▁Dios ▁los ▁al im enta . ▁¿ C u án to ▁de ▁más ▁es t im a ▁so is ▁vosotros ▁que ▁las ▁ ave s ?
▁Y ▁si ▁así ▁vi s te ▁Dios ▁á ▁la ▁ hi er ba , ▁que ▁hoy ▁está ▁en ▁el ▁campo , ▁y ▁mañana ▁es ▁echa da ▁en ▁el ▁horn o ; ▁¿ cu án to ▁más ▁á ▁vosotros , ▁hombres ▁de ▁p o ca ▁f e ?
▁No ▁tem áis , ▁man ada ▁pe que ñ a ; ▁por que ▁al ▁P ad re ▁ha ▁p la c ido ▁dar os ▁el ▁reino .
▁Y ▁vosotros ▁se me ja n te s ▁á ▁hombres ▁que ▁es per an ▁cuando ▁su ▁señor ▁ha ▁de ▁volver ▁de ▁las ▁bo das ; ▁para ▁que ▁cuando ▁vi n iere ▁y ▁llamar e , ▁luego ▁le ▁abr an .
▁Vosotros ▁pues ▁también , ▁esta d ▁a per ci b ido s ; ▁por que ▁á ▁la ▁ho ra ▁que ▁no ▁pe n s áis , ▁el ▁Hi jo ▁del ▁hombre ▁vendrá .
▁En ▁ver dad ▁os ▁di go , ▁que ▁él ▁le ▁pondrá ▁sobre ▁todos ▁sus ▁bien es .
▁Mas ▁el ▁que ▁no ▁en te nd ió , ▁é ▁hizo ▁cosas ▁di g n as ▁de ▁a zo te s , ▁será ▁a zo t ado ▁poco : ▁por que ▁á ▁cualquier a ▁que ▁fué ▁dado ▁mucho , ▁mucho ▁será ▁vuelto ▁á ▁de man d ar ▁de ▁él ; ▁y ▁al ▁que ▁en co me nd aron ▁mucho , ▁más ▁le ▁será ▁p ed ido .
▁Porque ▁estará n ▁de ▁aquí ▁a de l an te ▁cinco ▁en ▁una ▁casa ▁di vi d ido s ; ▁tres ▁contra ▁dos , ▁y ▁dos ▁contra ▁tres .
▁ ¡ H i p ó c r itas ! ▁S a béis ▁ex am in ar ▁la ▁f az ▁del ▁cielo ▁y ▁de ▁la ▁tierra ; ▁¿ y ▁ cómo ▁no ▁reconoc éis ▁este ▁tiempo ?
▁Y ▁E N ▁este ▁mismo ▁tiempo ▁estaban ▁allí ▁uno s ▁que ▁le ▁con t aban ▁acerca ▁de ▁los ▁ G al i le os , ▁cu y a ▁sangre ▁P i la to ▁había ▁me z c l ado ▁con ▁sus ▁sacrificio s .
▁No , ▁os ▁di go ; ▁antes ▁si ▁no ▁os ▁ar re p in t iere is , ▁todos ▁per e ce réis ▁a simismo .
▁Y ▁si ▁hiciere ▁fruto , ▁bien ; ▁y ▁si ▁no , ▁la ▁cor t arás ▁después ▁ .
▁Y ▁puso ▁las ▁manos ▁sobre ▁ella ; ▁y ▁luego ▁se ▁en de re z ó , ▁y ▁ g lo ri f i c aba ▁á ▁Dios .
▁Y ▁diciendo ▁esta s ▁cosas , ▁se ▁a ver g on z aban ▁todos ▁sus ▁a d ver s ar i os : ▁mas ▁todo ▁el ▁pueblo ▁se ▁go za ba ▁de ▁todas ▁las ▁cosas ▁ g lo ri os as ▁que ▁era n ▁por ▁él ▁he ch as .
▁Se me ja n te ▁es ▁á ▁la ▁levadura , ▁que ▁tomó ▁una ▁mujer , ▁y ▁la ▁escond ió ▁en ▁tres ▁me di das ▁de ▁harina , ▁hast a ▁que ▁todo ▁hubo ▁f er ment ado .
▁Después ▁que ▁el ▁padre ▁de ▁familia ▁se ▁levant are , ▁y ▁ cer ra re ▁la ▁puerta , ▁y ▁come n za re is ▁á ▁esta r ▁fuera , ▁y ▁llamar ▁á ▁la ▁puerta , ▁diciendo : ▁Señor , ▁Señor , ▁á bre nos ▁ ; ▁y ▁respond iendo ▁os ▁dirá : ▁No ▁os ▁con o z co ▁de ▁d ón de ▁se áis ▁ .
▁Y ▁vendrá n ▁del ▁O r iente ▁y ▁del ▁O c ci d ente , ▁del ▁No r te ▁y ▁del ▁Me di o d ía , ▁y ▁se ▁sent arán ▁á ▁la ▁me s a ▁en ▁el ▁reino ▁de ▁Dios .
▁E mpero ▁es ▁men est er ▁que ▁hoy , ▁y ▁mañana , ▁y ▁pasa do ▁mañana ▁ca mi n e ; ▁por que ▁no ▁es ▁pos i ble ▁que ▁profeta ▁muera ▁fuera ▁de ▁Jerusalem .
▁Y ▁he ▁aquí ▁un ▁hombre ▁hid r ó p i co ▁estaba ▁delante ▁de ▁él .
▁Y ▁no ▁le ▁pod ían ▁re p li c ar ▁á ▁esta s ▁cosas .
▁Mas ▁cuando ▁fuere s ▁con vi d ado , ▁ve , ▁y ▁s ién ta te ▁en ▁el ▁postr er ▁lugar ; ▁por que ▁cuando ▁vi n iere ▁el ▁que ▁te ▁llamó , ▁te ▁di ga : ▁A mi go , ▁su be ▁arriba : ▁entonces ▁tendrá s ▁gloria ▁delante ▁de ▁los ▁que ▁junt amente ▁se ▁as i enta n ▁á ▁la ▁me s a .
▁Y ▁será s ▁bien ave n t ur ado ; ▁por que ▁no ▁te ▁pu ed en ▁re t ri b u ir ; ▁mas ▁te ▁será ▁rec om p en s ado ▁en ▁la ▁re s ur re c ción ▁de ▁los ▁just os .
▁Y ▁come n z aron ▁todos ▁á ▁una ▁á ▁ex cu s ar se . ▁El ▁primer o ▁le ▁dijo : ▁He ▁com p r ado ▁una ▁haci en da , ▁y ▁ n e ce s i to ▁sal ir ▁y ▁ver la ▁ ; ▁te ▁ruego ▁que ▁me ▁de s ▁por ▁ex cu s ado .
▁Y ▁dijo ▁el ▁siervo : ▁Señor , ▁hecho ▁es ▁ como ▁man d aste , ▁y ▁aun ▁hay ▁lugar .
▁Si ▁alguno ▁viene ▁á ▁mí , ▁y ▁no ▁aborrec e ▁á ▁su ▁padre , ▁y ▁madre , ▁y ▁mujer , ▁é ▁hijos , ▁y ▁hermanos , ▁y ▁hermana s , ▁y ▁aun ▁también ▁su ▁vida , ▁no ▁pu ed e ▁ser ▁mi ▁di s c í p u lo .
▁Di c iendo : ▁Este ▁hombre ▁comenzó ▁á ▁edifica r , ▁y ▁no ▁pu do ▁acaba r .
▁B ue n a ▁es ▁la ▁sal ; ▁mas ▁si ▁aun ▁la ▁sal ▁fuere ▁de s v an e ci da , ▁¿ co n ▁qué ▁se ▁ ado b ará ?
▁Y ▁él ▁les ▁pro p u s o ▁esta ▁par á b o la , ▁diciendo :
▁O s ▁di go , ▁que ▁así ▁habrá ▁más ▁go zo ▁en ▁el ▁cielo ▁de ▁un ▁pecado r ▁que ▁se ▁ar re p iente , ▁que ▁de ▁no v enta ▁y ▁ n ue v e ▁just os , ▁que ▁no ▁ n e ce s ita n ▁ar re p en t imiento .
▁Y ▁dijo : ▁Un ▁hombre ▁tenía ▁dos ▁hijos ;
▁Y ▁fué ▁y ▁se ▁llegó ▁á ▁uno ▁de ▁los ▁ciudad an os ▁de ▁aquella ▁tierra , ▁el ▁cual ▁le ▁envió ▁á ▁su ▁haci en da ▁para ▁que ▁a pa c enta se ▁los ▁pu er co s .
▁Y a ▁no ▁soy ▁di g no ▁de ▁ser ▁llamado ▁tu ▁hijo ; ▁ha z me ▁ como ▁á ▁uno ▁de ▁tu s ▁ jo rna l eros .
▁Y ▁tra ed ▁el ▁becerro ▁gr ue s o , ▁y ▁mata d lo , ▁y ▁com a mos , ▁y ▁haga mos ▁f i est a :
▁Y ▁él ▁le ▁dijo : ▁T u ▁hermano ▁ha ▁venido ; ▁y ▁tu ▁padre ▁ha ▁muerto ▁el ▁becerro ▁gr ue s o , ▁por ▁haber le ▁re ci b ido ▁sal v o .
▁El ▁entonces ▁le ▁dijo : ▁Hi jo , ▁tú ▁siempre ▁está s ▁conmigo ▁ , ▁y ▁todas ▁mis ▁cosas ▁son ▁tu y as .
▁Entonces ▁el ▁may or do mo ▁dijo ▁dentro ▁de ▁sí : ▁¿ Qué ▁haré ? ▁que ▁mi ▁señor ▁me ▁qu ita ▁la ▁may or do m ía . ▁C a v ar , ▁no ▁pu ed o ; ▁men di gar , ▁ten go ▁ver g ü en za .
▁Después ▁dijo ▁á ▁otro : ▁¿ Y ▁tú , ▁cu án to ▁de be s ? ▁Y ▁él ▁dijo : ▁C i en ▁cor os ▁de ▁trigo . ▁Y ▁él ▁le ▁dijo : ▁Toma ▁tu ▁ob li g ación , ▁y ▁es c ri be ▁oc h enta .
▁P ue s ▁si ▁en ▁las ▁mal as ▁ ri que za s ▁no ▁f u i steis ▁f i e les , ▁¿ qui é n ▁os ▁con f i ará ▁lo ▁ver dad er o ?
▁Y ▁díjole s ▁ : ▁Vosotros ▁so is ▁los ▁que ▁os ▁just i f i c áis ▁á ▁vosotros ▁mismo s ▁delante ▁de ▁los ▁hombres ; ▁mas ▁Dios ▁conoc e ▁vuestro s ▁cor az on es ; ▁por que ▁lo ▁que ▁los ▁hombres ▁tiene n ▁por ▁su b li me , ▁delante ▁de ▁Dios ▁es ▁abomina ción .
▁Ha b ía ▁un ▁hombre ▁ ri co , ▁que ▁se ▁ve st ía ▁de ▁púrpura ▁y ▁de ▁lino ▁fin o , ▁y ▁hacía ▁ cada ▁día ▁ba n que te ▁con ▁es p l en di de z .
▁Y ▁en ▁el ▁in f i er no ▁al z ó ▁sus ▁ojos , ▁esta ndo ▁en ▁los ▁to r ment os , ▁y ▁vió ▁á ▁Abraham ▁de ▁le jo s , ▁y ▁á ▁L á za ro ▁en ▁su ▁se no .
▁Y ▁dijo : ▁Ruégote ▁pues , ▁padre , ▁que ▁le ▁en v í es ▁á ▁la ▁casa ▁de ▁mi ▁padre ;
▁Mas ▁Abraham ▁le ▁dijo : ▁Si ▁no ▁ o y en ▁á ▁Moisés ▁y ▁á ▁los ▁profeta s , ▁ t am p o co ▁se ▁per s u ad irá n , ▁si ▁alguno ▁se ▁levant are ▁de ▁los ▁muerto s .
▁Y ▁si ▁siete ▁veces ▁al ▁día ▁pecar e ▁contra ▁ti , ▁y ▁siete ▁veces ▁al ▁día ▁se ▁ v o l vier e ▁á ▁ti , ▁diciendo , ▁p é s a me , ▁per d ón a le ▁ .
▁¿ No ▁le ▁di ce ▁antes : ▁A de re za ▁qué ▁c en e , ▁y ▁ar re m án ga te , ▁y ▁sí r v e me ▁hast a ▁que ▁haya ▁com ido ▁y ▁be b ido ; ▁y ▁después ▁de ▁esto , ▁come ▁tú ▁y ▁be be ?
▁Y ▁entr ando ▁en ▁una ▁al de a , ▁vi n iéronle ▁al ▁en cu en t ro ▁diez ▁hombres ▁le p ro s os , ▁los ▁cuales ▁se ▁para ron ▁de ▁le jo s ,
▁Y ▁de r ri b óse ▁sobre ▁el ▁rostro ▁á ▁sus ▁pie s , ▁d ándo le ▁gracia s : ▁y ▁éste ▁era ▁S am ar ita no .
▁Y ▁pregunta do ▁por ▁los ▁F ar i se os , ▁cu ándo ▁había ▁de ▁ven ir ▁el ▁reino ▁de ▁Dios , ▁les ▁respondió ▁y ▁dijo : ▁El ▁reino ▁de ▁Dios ▁no ▁vendrá ▁con ▁a d ver t en ci a ;
▁Porque ▁ como ▁el ▁re l á m pa go , ▁re l am pa gu e ando ▁de s de ▁una ▁parte ▁de ▁debajo ▁del ▁cielo , ▁re s p l an de ce ▁hast a ▁la ▁otra ▁debajo ▁del ▁cielo , ▁así ▁también ▁será ▁el ▁Hi jo ▁del ▁hombre ▁en ▁su ▁día .
▁A simismo ▁también ▁ como ▁fué ▁en ▁los ▁días ▁de ▁Lo t ; ▁com ían , ▁be b ían , ▁com p r aban , ▁ven d ían , ▁plant aban , ▁edifica ba n ;
▁A co r da os ▁de ▁la ▁mujer ▁de ▁Lo t .
▁Do s ▁estará n ▁en ▁el ▁campo ; ▁el ▁uno ▁será ▁tomado , ▁y ▁el ▁otro ▁de ja do .
▁Ha b ía ▁también ▁en ▁aquella ▁ciudad ▁una ▁vi ud a , ▁la ▁cual ▁venía ▁á ▁él ▁diciendo : ▁Ha z me ▁justicia ▁de ▁mi ▁a d ver s ar i o .
▁¿ Y ▁Dios ▁no ▁hará ▁justicia ▁á ▁sus ▁es co g ido s , ▁que ▁clama n ▁á ▁él ▁día ▁y ▁noche , ▁aun que ▁sea ▁long án im e ▁acerca ▁de ▁ellos ?
▁El ▁F ar i se o , ▁en ▁pie , ▁or aba ▁consigo ▁de ▁esta ▁manera : ▁Dios , ▁te ▁do y ▁gracia s , ▁que ▁no ▁soy ▁ como ▁los ▁otro s ▁hombres , ▁la d ron es , ▁in j u st os , ▁a d ú l t eros , ▁ni ▁aun ▁ como ▁este ▁pu b li ca no ;
▁Y ▁tra ían ▁á ▁él ▁los ▁niño s ▁para ▁que ▁los ▁to ca se ; ▁lo ▁cual ▁ viendo ▁los ▁di s c í p u los ▁les ▁re ñ ían .
▁Y ▁Je s ú s ▁le ▁dijo : ▁¿ Por ▁qué ▁me ▁ l la ma s ▁bueno ? ▁ninguno ▁hay ▁bueno ▁sin o ▁s ólo ▁Dios .
▁Entonces ▁él , ▁ o í das ▁esta s ▁cosas , ▁se ▁puso ▁mu y ▁ t r iste , ▁por que ▁era ▁mu y ▁ ri co .
▁Y ▁él ▁les ▁dijo : ▁Lo ▁que ▁es ▁imp os i ble ▁para ▁con ▁los ▁hombres , ▁pos i ble ▁es ▁para ▁Dios .
▁Y ▁Je s ú s , ▁toma ndo ▁á ▁los ▁do ce , ▁les ▁dijo : ▁He ▁aquí ▁su bi mos ▁á ▁Jerusalem , ▁y ▁serán ▁cumpl i das ▁todas ▁las ▁cosas ▁que ▁fueron ▁es c r itas ▁por ▁los ▁profeta s , ▁del ▁Hi jo ▁del ▁hombre .
▁Y ▁aconteció ▁que ▁a cer c ándose ▁él ▁á ▁Jericó , ▁un ▁ ci e go ▁estaba ▁sent ado ▁junto ▁al ▁camino ▁men di g ando ;
▁Y ▁los ▁que ▁iba n ▁delante , ▁le ▁re ñ ían ▁que ▁ca l la se ; ▁mas ▁él ▁clama ba ▁mucho ▁más : ▁Hi jo ▁de ▁David , ▁ten ▁misericordia ▁de ▁mí .
▁Y ▁luego ▁vió , ▁y ▁le ▁se gu ía , ▁ g lo ri f i c ando ▁á ▁Dios : ▁y ▁todo ▁el ▁pueblo ▁ como ▁lo ▁vió , ▁dió ▁á ▁Dios ▁al aban za .
▁Y ▁cor r iendo ▁delante , ▁subió se ▁á ▁un ▁árbol ▁si cómo ro ▁para ▁ver le ▁ ; ▁por que ▁había ▁de ▁pasar ▁por ▁allí .
▁Entonces ▁Z a que o , ▁puesto ▁en ▁pie , ▁dijo ▁al ▁Señor : ▁He ▁aquí , ▁Señor , ▁la ▁mitad ▁de ▁mis ▁bien es ▁do y ▁á ▁los ▁p o bre s ; ▁y ▁si ▁en ▁al go ▁he ▁de f ra ud ado ▁á ▁alguno , ▁lo ▁ v ue l v o ▁con ▁el ▁cuatro ▁tanto .
▁Di jo ▁pues : ▁Un ▁hombre ▁no ble ▁part ió ▁á ▁una ▁pro vi n ci a ▁le jo s , ▁para ▁tomar ▁para ▁sí ▁un ▁reino , ▁y ▁volver .
▁Y ▁vino ▁el ▁primer o , ▁diciendo : ▁Señor , ▁tu ▁mi n a ▁ha ▁ganado ▁diez ▁mi n as .
▁Y ▁vino ▁otro , ▁diciendo : ▁Señor , ▁he ▁aquí ▁tu ▁mi n a , ▁la ▁cual ▁he ▁ten ido ▁guarda da ▁en ▁un ▁pa ñ i z ue lo :
▁Y ▁dijo ▁á ▁los ▁que ▁estaban ▁presente s : ▁ Q u ita d le ▁la ▁mi n a , ▁y ▁ dad la ▁al ▁que ▁tiene ▁las ▁diez ▁mi n as .
▁Y ▁dicho ▁esto , ▁iba ▁delante ▁su b iendo ▁á ▁Jerusalem .
▁Y ▁fueron ▁los ▁que ▁habían ▁sido ▁en vi ados , ▁y ▁halla ron ▁ como ▁les ▁dijo .
▁Y ▁ye ndo ▁él ▁ten d ían ▁sus ▁ca pa s ▁por ▁el ▁camino .
▁Y ▁él ▁respond iendo , ▁les ▁dijo : ▁O s ▁di go ▁que ▁si ▁é st os ▁ca l l ar en , ▁las ▁piedra s ▁clama rán .
▁Y ▁te ▁de r ri b arán ▁á ▁tierra , ▁y ▁á ▁tu s ▁hijos ▁dentro ▁de ▁ti ; ▁y ▁no ▁dejar án ▁sobre ▁ti ▁piedra ▁sobre ▁piedra ; ▁por ▁cuanto ▁no ▁conoc iste ▁el ▁tiempo ▁de ▁tu ▁visit ación .
▁Y ▁no ▁halla ba n ▁qué ▁hacer le , ▁por que ▁todo ▁el ▁pueblo ▁estaba ▁sus p en s o ▁ o y é ndo le ▁ .
▁El ▁ba u t is mo ▁de ▁ J u an , ▁¿ er a ▁del ▁cielo , ▁ó ▁de ▁los ▁hombres ?
▁Entonces ▁Je s ú s ▁les ▁dijo : ▁N i ▁yo ▁os ▁di go ▁con ▁qué ▁p o t est ad ▁ha go ▁esta s ▁cosas .
▁Y ▁volvió ▁á ▁enviar ▁al ▁tercer ▁siervo ; ▁mas ▁ellos ▁también ▁á ▁éste ▁echar on ▁her ido .
▁Ve nd rá , ▁y ▁destruir á ▁á ▁estos ▁la bra do res , ▁y ▁dará ▁su ▁viña ▁á ▁otro s . ▁Y ▁ como ▁ellos ▁lo ▁ o y e ron , ▁dijeron : ▁ ¡ D i os ▁no s ▁libr e ▁ !
▁Y ▁a ce ch ándo le ▁enviar on ▁es p ía s ▁que ▁se ▁si m u la s en ▁just os , ▁para ▁so r p re n der le ▁en ▁palabras , ▁para ▁que ▁le ▁entre ga s en ▁al ▁pri n ci p ado ▁y ▁á ▁la ▁p o t est ad ▁del ▁pre s id ente .
▁M os tra d me ▁la ▁mo n ed a . ▁¿ D e ▁qu ién ▁tiene ▁la ▁image n ▁y ▁la ▁in s c ri p ción ? ▁Y ▁respond iendo ▁dijeron : ▁De ▁C é s ar .
▁Di c iendo : ▁Ma est ro , ▁Moisés ▁no s ▁es c ri b ió : ▁Si ▁el ▁hermano ▁de ▁alguno ▁mu r iere ▁ten iendo ▁mujer , ▁y ▁mu r iere ▁sin ▁hijos , ▁que ▁su ▁hermano ▁to me ▁la ▁mujer , ▁y ▁levant e ▁simiente ▁á ▁su ▁hermano .
▁Y ▁á ▁la ▁postr e ▁de ▁todos ▁murió ▁también ▁la ▁mujer .
▁Porque ▁no ▁pu ed en ▁y a ▁más ▁mor ir : ▁por que ▁son ▁ i gu a les ▁á ▁los ▁ángel es , ▁y ▁son ▁hijos ▁de ▁Dios , ▁cuando ▁son ▁hijos ▁de ▁la ▁re s ur re c ción .
▁Y ▁no ▁os aron ▁más ▁pregunta r le ▁al go .
▁As í ▁que ▁David ▁le ▁ l la ma ▁Señor : ▁¿ cómo ▁pues ▁es ▁su ▁hijo ?
▁Y ▁M I R A NDO , ▁vió ▁á ▁los ▁ ri co s ▁que ▁echa ba n ▁sus ▁ofrenda s ▁en ▁el ▁ ga zo f i la ci o .
▁Y ▁á ▁uno s ▁que ▁decía n ▁del ▁templo , ▁que ▁estaba ▁a dor n ado ▁de ▁her mos as ▁piedra s ▁y ▁done s , ▁dijo :
▁E mpero ▁cuando ▁ o y er e is ▁guerra s ▁y ▁se di ciones , ▁no ▁os ▁es p an t éis ; ▁por que ▁es ▁ n e ce s ar i o ▁que ▁esta s ▁cosas ▁a co n te z ca n ▁primer o : ▁mas ▁no ▁luego ▁será ▁el ▁fin .
▁Y ▁os ▁será ▁para ▁testimonio .
▁Y ▁se réis ▁aborrec ido s ▁de ▁todos ▁por ▁causa ▁de ▁mi ▁nombre .
▁Entonces ▁los ▁que ▁estuviere n ▁en ▁ J u de a , ▁ hu y an ▁á ▁los ▁monte s ; ▁y ▁los ▁que ▁en ▁medio ▁de ▁ella , ▁ v á y an se ; ▁y ▁los ▁que ▁es t é n ▁en ▁los ▁campo s , ▁no ▁entre n ▁en ▁ella .
▁Entonces ▁habrá ▁señal es ▁en ▁el ▁so l , ▁y ▁en ▁la ▁lu n a , ▁y ▁en ▁las ▁es t re l la s ; ▁y ▁en ▁la ▁tierra ▁an gu st i a ▁de ▁gente s ▁por ▁la ▁con f u s ió n ▁del ▁son ido ▁de ▁la ▁mar ▁y ▁de ▁las ▁on das :
▁Y ▁díjole s ▁una ▁par á b o la : ▁Mi ra d ▁la ▁ hi gu er a ▁y ▁todos ▁los ▁árbol es :
▁El ▁cielo ▁y ▁la ▁tierra ▁pasar án ; ▁mas ▁mis ▁palabras ▁no ▁pasar án .
▁Y ▁en se ñ aba ▁de ▁día ▁en ▁el ▁templo ; ▁y ▁de ▁noche ▁sal iendo , ▁está ba se ▁en ▁el ▁monte ▁que ▁se ▁ l la ma ▁de ▁las ▁O li v as .
▁Y ▁entr ó ▁S a t an ás ▁en ▁ J u das , ▁por ▁sobre n om bre ▁I s ca ri o te , ▁el ▁cual ▁era ▁uno ▁del ▁número ▁de ▁los ▁do ce ;
▁Y ▁vino ▁el ▁día ▁de ▁los ▁á z i mos , ▁en ▁el ▁cual ▁era ▁ n e ce s ar i o ▁matar ▁la ▁pa s cu a .
▁Y ▁de ci d ▁al ▁padre ▁de ▁la ▁familia ▁de ▁la ▁casa : ▁El ▁Ma est ro ▁te ▁di ce : ▁¿ D ón de ▁está ▁el ▁ap os en to ▁don de ▁ten go ▁de ▁come r ▁la ▁pa s cu a ▁con ▁mis ▁di s c í p u los ?
▁Y ▁les ▁dijo : ▁En ▁gran ▁manera ▁he ▁de se ado ▁come r ▁con ▁vosotros ▁esta ▁pa s cu a ▁antes ▁que ▁pa de z ca ▁ ;
▁Y ▁toma ndo ▁el ▁pan , ▁ha b iendo ▁dado ▁gracia s , ▁part ió , ▁y ▁les ▁dió , ▁diciendo : ▁E s to ▁es ▁mi ▁cuerpo , ▁que ▁por ▁vosotros ▁es ▁dado : ▁ha c ed ▁esto ▁en ▁memoria ▁de ▁mí .
▁El los ▁entonces ▁come n z aron ▁á ▁pregunta r ▁entre ▁sí , ▁cu á l ▁de ▁ellos ▁ser ía ▁el ▁que ▁había ▁de ▁hacer ▁esto .
▁Porque , ▁¿ cu á l ▁es ▁may or , ▁el ▁que ▁se ▁si enta ▁á ▁la ▁me s a , ▁ó ▁el ▁que ▁sirv e ? ▁¿ No ▁es ▁el ▁que ▁se ▁si enta ▁á ▁la ▁me s a ? ▁Y ▁yo ▁soy ▁entre ▁vosotros ▁ como ▁el ▁que ▁sirv e .
▁Di jo ▁también ▁el ▁Señor : ▁Si m ón , ▁Si m ón , ▁he ▁aquí ▁S a t an ás ▁os ▁ha ▁p ed ido ▁para ▁ za ra nd ar os ▁ como ▁á ▁trigo ;
▁Y ▁á ▁ellos ▁dijo : ▁Cuan do ▁os ▁en vi é ▁sin ▁bo l s a , ▁y ▁sin ▁al for ja , ▁y ▁sin ▁ za pa to s , ▁¿ os ▁f al t ó ▁al go ▁ ? ▁Y ▁ellos ▁dijeron : ▁N ada .
▁Y ▁sal iendo , ▁se ▁fué , ▁ como ▁so l ía , ▁al ▁monte ▁de ▁las ▁O li v as ; ▁y ▁sus ▁di s c í p u los ▁también ▁le ▁siguie ron .
▁Y ▁le ▁ap are ció ▁un ▁ángel ▁del ▁cielo ▁con for t ándo le ▁ .
▁Esta ndo ▁él ▁a ún ▁habla ndo , ▁he ▁aquí ▁una ▁tu r ba ; ▁y ▁el ▁que ▁se ▁llamaba ▁ J u das , ▁uno ▁de ▁los ▁do ce , ▁iba ▁delante ▁de ▁ellos ; ▁y ▁llegó se ▁á ▁Je s ú s ▁para ▁be s ar lo ▁ .
▁Entonces ▁respond iendo ▁Je s ú s , ▁dijo : ▁De ja d ▁hast a ▁aquí . ▁Y ▁to c ando ▁su ▁or e ja , ▁le ▁s an ó .
▁Y ▁ha b iendo ▁en ce nd ido ▁fuego ▁en ▁medio ▁de ▁la ▁sal a , ▁y ▁sent ándose ▁todos ▁alrededor , ▁se ▁sent ó ▁también ▁P ed ro ▁entre ▁ellos .
▁Y ▁ como ▁una ▁ho ra ▁pasa da ▁otro ▁a f ir ma ba , ▁diciendo : ▁Ve r dad er amente ▁también ▁éste ▁estaba ▁con ▁él , ▁por que ▁es ▁ G al i le o .
▁Y ▁los ▁hombres ▁que ▁tenía n ▁á ▁Je s ú s , ▁se ▁bu r l aban ▁de ▁él ▁ h ir ién do le ;
▁Di c iendo : ▁¿ E res ▁tú ▁el ▁C ri s to ? ▁d í nos ▁lo . ▁Y ▁les ▁dijo : ▁Si ▁os ▁lo ▁dijere , ▁no ▁c re e réis ;
▁Entonces ▁ellos ▁dijeron : ▁¿ Qué ▁más ▁testimonio ▁de se a mos ▁ ? ▁por que ▁nosotros ▁lo ▁he mos ▁oído ▁de ▁su ▁boca .
▁Y ▁P i la to ▁dijo ▁á ▁los ▁príncipes ▁de ▁los ▁sacerdote s , ▁y ▁á ▁las ▁gente s : ▁N ing un a ▁culpa ▁ha l lo ▁en ▁este ▁hombre .
▁Y ▁He ro de s , ▁ viendo ▁á ▁Je s ú s , ▁ho l g óse ▁mucho , ▁por que ▁hacía ▁mucho ▁que ▁de se aba ▁ver le ▁ ; ▁por que ▁había ▁oído ▁de ▁él ▁much as ▁cosas , ▁y ▁tenía ▁es per an za ▁que ▁le ▁ver ía ▁hacer ▁alguna ▁señal .
▁Y ▁fueron ▁hecho s ▁am i go s ▁entre ▁sí ▁P i la to ▁y ▁He ro de s ▁en ▁el ▁mismo ▁día ; ▁por que ▁antes ▁era n ▁enemigos ▁entre ▁sí .
▁Le ▁so l t aré , ▁pues , ▁cast i g ado .
▁Y ▁habló les ▁otra ▁vez ▁P i la to , ▁que r iendo ▁so l t ar ▁á ▁Je s ú s .
▁Entonces ▁P i la to ▁juzg ó ▁que ▁se ▁ hi ci e se ▁lo ▁que ▁ellos ▁p ed ían ;
▁Mas ▁Je s ú s , ▁vuelto ▁á ▁ella s , ▁les ▁di ce : ▁Hi ja s ▁de ▁Jerusalem , ▁no ▁me ▁ l lo réis ▁á ▁mí , ▁mas ▁llora d ▁por ▁ v os o tra s ▁mis ma s , ▁y ▁por ▁vuestro s ▁hijos .
▁Y ▁llev aban ▁también ▁con ▁él ▁otro s ▁dos , ▁mal h e ch o res , ▁á ▁ser ▁muerto s .
▁E s c ar n e c ían ▁de ▁él ▁también ▁los ▁so l d ados , ▁lleg ándose ▁y ▁present ándo le ▁vi n a g re ,
▁Y ▁respond iendo ▁el ▁otro , ▁re p re nd ió le ▁ , ▁diciendo : ▁¿ N i ▁aun ▁tú ▁tem es ▁á ▁Dios , ▁esta ndo ▁en ▁la ▁mis ma ▁con de n ación ?
▁Y ▁cuando ▁era ▁ como ▁la ▁ho ra ▁de ▁se x ta , ▁fueron ▁he ch as ▁ti n i e b la s ▁sobre ▁toda ▁la ▁tierra ▁hast a ▁la ▁ho ra ▁de ▁no n a .
▁Y ▁toda ▁la ▁multitud ▁de ▁los ▁que ▁estaban ▁presente s ▁á ▁este ▁es pe c t á cu lo , ▁ viendo ▁lo ▁que ▁había ▁a co n te c ido , ▁se ▁ v o l v ían ▁ h ir iendo ▁sus ▁pe ch os .
▁Este ▁llegó ▁á ▁P i la to , ▁y ▁pi d ió ▁el ▁cuerpo ▁de ▁Je s ú s .
▁Y ▁ v ue l ta s , ▁ap are ja ron ▁d ro ga s ▁ar om á t i ca s ▁y ▁un g ü en to s ; ▁y ▁re p os aron ▁el ▁sábado , ▁conform e ▁al ▁man d amiento .
▁Y ▁aconteció , ▁que ▁esta ndo ▁ella s ▁es p an ta das ▁de ▁esto , ▁he ▁aquí ▁se ▁para ron ▁junto ▁á ▁ella s ▁dos ▁varones ▁con ▁ve st id ura s ▁re s p l an de c iente s ;
▁Entonces ▁ella s ▁se ▁a co r d aron ▁de ▁sus ▁palabras ,
▁P er o ▁levant ándose ▁P ed ro , ▁cor r ió ▁al ▁se p u l c ro : ▁y ▁ como ▁miró ▁dentro , ▁vió ▁so los ▁los ▁li en zo s ▁echa do s ; ▁y ▁se ▁fué ▁mar a vi l l ándose ▁de ▁lo ▁que ▁había ▁su c ed ido .
▁Mas ▁los ▁ojos ▁de ▁ellos ▁estaban ▁ em b ar g ados , ▁para ▁que ▁no ▁le ▁conoc i es en .
▁Y ▁ cómo ▁le ▁entre g aron ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁y ▁nuestro s ▁príncipes ▁á ▁con de n ación ▁de ▁muerte , ▁y ▁le ▁c r u ci f i c aron .
▁Y ▁fueron ▁alguno s ▁de ▁los ▁nuestro s ▁al ▁se p u l c ro , ▁y ▁halla ron ▁así ▁ como ▁las ▁mujeres ▁habían ▁dicho ; ▁mas ▁á ▁él ▁no ▁le ▁vieron .
▁Y ▁llegar on ▁á ▁la ▁al de a ▁á ▁don de ▁iba n : ▁y ▁él ▁hizo ▁ como ▁que ▁iba ▁más ▁le jo s .
▁Y ▁decía n ▁el ▁uno ▁al ▁otro : ▁¿ No ▁ar d ía ▁nuestro ▁corazón ▁en ▁nosotros , ▁mi en tra s ▁no s ▁habla ba ▁en ▁el ▁camino , ▁y ▁cuando ▁no s ▁abr ía ▁las ▁E s c ri t ura s ?
▁Y ▁entre ▁tanto ▁que ▁ellos ▁habla ba n ▁esta s ▁cosas , ▁él ▁se ▁puso ▁en ▁medio ▁de ▁ellos , ▁y ▁les ▁dijo : ▁P az ▁á ▁vosotros .
▁Y ▁en ▁diciendo ▁esto , ▁les ▁most r ó ▁las ▁manos ▁y ▁los ▁pie s .
▁Y ▁él ▁les ▁dijo : ▁Esta s ▁son ▁las ▁palabras ▁que ▁os ▁ha b l é , ▁esta ndo ▁a ún ▁con ▁vosotros : ▁que ▁era ▁ n e ce s ar i o ▁que ▁se ▁cumpl i es en ▁todas ▁las ▁cosas ▁que ▁están ▁es c r itas ▁de ▁mí ▁en ▁la ▁le y ▁de ▁Moisés , ▁y ▁en ▁los ▁profeta s , ▁y ▁en ▁los ▁sal mos .
▁Y ▁vosotros ▁so is ▁testigo s ▁de ▁esta s ▁cosas .
▁Y ▁ellos , ▁después ▁de ▁haber le ▁a dor ado , ▁se ▁volvieron ▁á ▁Jerusalem ▁con ▁gran ▁go zo ;
▁A ▁los ▁cuales , ▁después ▁de ▁haber ▁pa de c ido , ▁se ▁present ó ▁vi v o ▁con ▁much as ▁p r ue ba s ▁in d u bi ta ble s , ▁ap are ci é ndo les ▁por ▁cuarenta ▁días , ▁y ▁ha b l ándo les ▁del ▁reino ▁de ▁Dios .
▁Y ▁les ▁dijo : ▁No ▁to ca ▁á ▁vosotros ▁sabe r ▁los ▁tiempo s ▁ó ▁las ▁s az on es ▁que ▁el ▁P ad re ▁puso ▁en ▁su ▁so la ▁p o t est ad ;
▁Lo s ▁cuales ▁también ▁les ▁dijeron : ▁ V aron es ▁ G al i le os , ▁¿ qué ▁está is ▁mira ndo ▁al ▁cielo ? ▁este ▁mismo ▁Je s ú s ▁que ▁ha ▁sido ▁tomado ▁de s de ▁vosotros ▁arriba ▁en ▁el ▁cielo , ▁así ▁vendrá ▁ como ▁le ▁ha béis ▁visto ▁ir ▁al ▁cielo .
▁Y ▁en ▁aquello s ▁días , ▁P ed ro , ▁levant ándose ▁en ▁medio ▁de ▁los ▁hermanos , ▁dijo ▁ ( y ▁era ▁la ▁com pa ñ ía ▁junt a ▁ como ▁de ▁ciento ▁y ▁veinte ▁en ▁número ) :
▁Y ▁fué ▁not o ri o ▁á ▁todos ▁los ▁moradores ▁de ▁Jerusalem ; ▁de ▁tal ▁manera ▁que ▁aquel ▁campo ▁es ▁llamado ▁en ▁su ▁pro p i a ▁le n gu a , ▁A c é l da ma , ▁que ▁es , ▁C am p o ▁de ▁sangre .
▁Y ▁señal aron ▁á ▁dos : ▁á ▁José , ▁llamado ▁B ar s aba s , ▁que ▁tenía ▁por ▁sobre n om bre ▁ J u s to , ▁y ▁á ▁Ma t ía s .
▁Y ▁C O M O ▁se ▁cumpl ieron ▁los ▁días ▁de ▁P ente co st é s , ▁estaban ▁todos ▁un án im es ▁junto s ▁ ;
▁M or aban ▁entonces ▁en ▁Jerusalem ▁ J ud í os , ▁varones ▁re li g i os os , ▁de ▁todas ▁las ▁ n a ciones ▁debajo ▁del ▁cielo .
▁P ar to s ▁y ▁Me do s , ▁y ▁El am itas , ▁y ▁los ▁que ▁habita mos ▁en ▁Me s o p o ta mi a , ▁en ▁ J u de a ▁y ▁en ▁C a p ado ci a , ▁en ▁el ▁P on to ▁y ▁en ▁As i a ,
▁Mas ▁otro s ▁bu r l ándose , ▁decía n : ▁Que ▁están ▁lleno s ▁de ▁most o .
▁Y ▁será ▁en ▁los ▁postr eros ▁días , ▁di ce ▁Dios , ▁derram aré ▁de ▁mi ▁E s p í ri tu ▁sobre ▁toda ▁carne , ▁y ▁vuestro s ▁hijos ▁y ▁vuestras ▁hijas ▁pro f e t i z arán ; ▁y ▁vuestro s ▁mancebo s ▁ver án ▁vi s ion es , ▁y ▁vuestro s ▁viejo s ▁so ñ arán ▁sueño s :
▁Y ▁será ▁que ▁todo ▁aquel ▁que ▁in v o ca re ▁el ▁nombre ▁del ▁Señor , ▁será ▁sal v o .
▁Porque ▁David ▁di ce ▁de ▁él : ▁Ve ía ▁al ▁Señor ▁siempre ▁delante ▁de ▁mí : ▁por que ▁está ▁á ▁mi ▁die s tra , ▁no ▁se ré ▁con mo vi do .
▁ V aron es ▁hermanos , ▁se ▁os ▁pu ed e ▁libr e mente ▁decir ▁del ▁pa t ri ar ca ▁David , ▁que ▁murió , ▁y ▁fué ▁sepulta do , ▁y ▁su ▁se p u l c ro ▁está ▁con ▁nosotros ▁hast a ▁del ▁día ▁de ▁hoy .
▁As í ▁que , ▁levant ado ▁por ▁la ▁die s tra ▁de ▁Dios , ▁y ▁re ci b iendo ▁del ▁P ad re ▁la ▁pro me s a ▁del ▁E s p í ri tu ▁S an to , ▁ha ▁derram ado ▁esto ▁que ▁vosotros ▁ve is ▁y ▁ o í s .
▁Entonces ▁oído ▁esto , ▁fueron ▁com p un g ido s ▁de ▁corazón , ▁y ▁dijeron ▁á ▁P ed ro ▁y ▁á ▁los ▁otro s ▁ap ó s to les : ▁ V aron es ▁hermanos , ▁¿ qué ▁ha remos ?
▁As í ▁que , ▁los ▁que ▁re ci b ieron ▁su ▁palabra , ▁fueron ▁ba u t i z ados : ▁y ▁fueron ▁a ñ a di das ▁á ▁ellos ▁aquel ▁día ▁ como ▁tres ▁mil ▁persona s .
▁Y ▁ven d ían ▁las ▁pos es ion es , ▁y ▁las ▁haci en das , ▁y ▁re p ar t ían la s ▁á ▁todos , ▁ como ▁ cada ▁uno ▁había ▁men est er .
▁Y ▁un ▁hombre ▁que ▁era ▁co jo ▁de s de ▁el ▁vi en t re ▁de ▁su ▁madre , ▁era ▁traído ; ▁al ▁cual ▁pon ían ▁ cada ▁día ▁á ▁la ▁puerta ▁del ▁templo ▁que ▁se ▁ l la ma ▁la ▁He r mos a , ▁para ▁que ▁pi di e se ▁li mos n a ▁de ▁los ▁que ▁entr aban ▁en ▁el ▁templo .
▁Y ▁P ed ro ▁dijo : ▁N i ▁ten go ▁plata ▁ni ▁oro ; ▁mas ▁lo ▁que ▁ten go ▁te ▁do y : ▁en ▁el ▁nombre ▁de ▁Je s u c ri s to ▁de ▁N az are t , ▁le v án ta te ▁y ▁and a .
▁Y ▁conoc ían ▁que ▁él ▁era ▁el ▁que ▁se ▁sent aba ▁á ▁la ▁li mos n a ▁á ▁la ▁puerta ▁del ▁templo , ▁la ▁He r mos a : ▁y ▁fueron ▁lleno s ▁de ▁as om b ro ▁y ▁de ▁es p an to ▁por ▁lo ▁que ▁le ▁había ▁a co n te c ido .
▁Mas ▁vosotros ▁al ▁S an to ▁y ▁al ▁ J u s to ▁ n e ga steis , ▁y ▁pe di steis ▁que ▁se ▁os ▁die se ▁un ▁homicida ▁ ;
▁E mpero ▁Dios ▁ha ▁cumpl ido ▁así ▁lo ▁que ▁había ▁antes ▁a nunc i ado ▁por ▁boca ▁de ▁todos ▁sus ▁profeta s , ▁que ▁su ▁C ri s to ▁había ▁de ▁pa de cer .
▁Porque ▁Moisés ▁dijo ▁á ▁los ▁padres : ▁El ▁Señor ▁vuestro ▁Dios ▁os ▁levant ará ▁profeta ▁de ▁vuestro s ▁hermanos , ▁ como ▁yo ; ▁á ▁él ▁oir éis ▁en ▁todas ▁las ▁cosas ▁que ▁os ▁hablar e .
▁A ▁vosotros ▁primer amente , ▁Dios , ▁ha b iendo ▁levant ado ▁á ▁su ▁Hi jo , ▁le ▁envió ▁para ▁que ▁os ▁be n di je se , ▁á ▁fin ▁de ▁que ▁ cada ▁uno ▁se ▁con vier ta ▁de ▁su ▁mal dad .
▁Mas ▁mucho s ▁de ▁los ▁que ▁habían ▁oído ▁la ▁palabra , ▁c re y e ron ; ▁y ▁fué ▁el ▁número ▁de ▁los ▁varones ▁ como ▁cinco ▁mil .
▁Entonces ▁P ed ro , ▁lleno ▁del ▁E s p í ri tu ▁S an to , ▁les ▁dijo : ▁P r í n ci pe s ▁del ▁pueblo , ▁y ▁ancianos ▁de ▁Israel :
▁Y ▁en ▁ ning ún ▁otro ▁hay ▁sal ud ; ▁por que ▁no ▁hay ▁otro ▁nombre ▁debajo ▁del ▁cielo , ▁dado ▁á ▁los ▁hombres , ▁en ▁que ▁pod a mos ▁ser ▁sal v os .
▁Di c iendo : ▁¿ Qué ▁he mos ▁de ▁hacer ▁á ▁estos ▁hombres ? ▁por que ▁de ▁cierto , ▁señal ▁man i f i est a ▁ha ▁sido ▁he ch a ▁por ▁ellos , ▁not o ri a ▁á ▁todos ▁los ▁que ▁mor an ▁en ▁Jerusalem , ▁y ▁no ▁lo ▁pod emos ▁ n e gar .
▁Porque ▁no ▁pod emos ▁dejar ▁de ▁decir ▁lo ▁que ▁he mos ▁visto ▁y ▁oído .
▁Y ▁ellos , ▁ha b ién do lo ▁oído , ▁al z aron ▁un án im es ▁la ▁voz ▁á ▁Dios , ▁y ▁dijeron : ▁Señor , ▁tú ▁eres ▁el ▁Dios ▁que ▁ hi c iste ▁el ▁cielo ▁y ▁la ▁tierra , ▁la ▁mar , ▁y ▁todo ▁lo ▁que ▁en ▁ellos ▁hay ;
▁Para ▁hacer ▁lo ▁que ▁tu ▁mano ▁y ▁tu ▁con se jo ▁habían ▁antes ▁de t er mi n ado ▁que ▁había ▁de ▁ser ▁hecho .
▁Y ▁la ▁multitud ▁de ▁los ▁que ▁habían ▁c re í do ▁era ▁de ▁un ▁corazón ▁y ▁un ▁alma : ▁y ▁ninguno ▁decía ▁ser ▁suyo ▁al go ▁de ▁lo ▁que ▁pos e ía ; ▁mas ▁todas ▁las ▁cosas ▁les ▁era n ▁com un es .
▁Entonces ▁José , ▁que ▁fué ▁llamado ▁de ▁los ▁ap ó s to les ▁por ▁sobre n om bre , ▁Be rna b é , ▁ ( que ▁es ▁in t er p re t ado , ▁Hi jo ▁de ▁con s o l ación ) ▁Levi ta , ▁ n a t ura l ▁de ▁C i p ro ,
▁Y ▁dijo ▁P ed ro : ▁Ana n ía s , ▁¿ por ▁qué ▁ha ▁llena do ▁S a t an ás ▁tu ▁corazón ▁á ▁que ▁mi n t i es es ▁al ▁E s p í ri tu ▁S an to , ▁y ▁de f ra u das es ▁del ▁precio ▁de ▁la ▁heredad ?
▁Y ▁pasa do ▁es pa ci o ▁ como ▁de ▁tres ▁ho ra s , ▁su c ed ió ▁que ▁entr ó ▁su ▁mujer , ▁no ▁s ab iendo ▁lo ▁que ▁había ▁a co n te c ido .
▁Y ▁vino ▁un ▁gran ▁tem or ▁en ▁toda ▁la ▁ i g les i a , ▁y ▁en ▁todos ▁los ▁que ▁ o y e ron ▁esta s ▁cosas .
▁T an to ▁que ▁echa ba n ▁los ▁en f er mos ▁por ▁las ▁ca l les , ▁y ▁los ▁pon ían ▁en ▁ca ma s ▁y ▁en ▁le ch os , ▁para ▁que ▁vi n iendo ▁P ed ro , ▁á ▁lo ▁men os ▁su ▁so m bra ▁to ca se ▁á ▁alguno ▁de ▁ellos .
▁Mas ▁el ▁ángel ▁del ▁Señor , ▁abr iendo ▁de ▁noche ▁las ▁puerta s ▁de ▁la ▁c á r ce l , ▁y ▁s a c ándo los ▁ , ▁dijo :
▁Di c iendo : ▁Por ▁cierto , ▁la ▁c á r ce l ▁he mos ▁halla do ▁ cer r ada ▁con ▁toda ▁se gu ri dad , ▁y ▁los ▁guarda s ▁que ▁estaban ▁delante ▁de ▁las ▁puerta s ; ▁mas ▁cuando ▁abr i mos , ▁á ▁nadie ▁halla mos ▁dentro .
▁Y ▁ como ▁los ▁tra je ron , ▁los ▁present aron ▁en ▁el ▁con ci li o : ▁y ▁el ▁príncipe ▁de ▁los ▁sacerdote s ▁les ▁pre gu n t ó ,
▁A ▁éste ▁ha ▁Dios ▁en s al z ado ▁con ▁su ▁die s tra ▁por ▁P r í n ci pe ▁y ▁Sal v ado r , ▁para ▁dar ▁á ▁Israel ▁ar re p en t imiento ▁y ▁re mi s ió n ▁de ▁pecado s .
▁Y ▁les ▁dijo : ▁ V aron es ▁Israel itas , ▁mira d ▁por ▁vosotros ▁acerca ▁de ▁estos ▁hombres ▁en ▁lo ▁que ▁ha béis ▁de ▁hacer .
▁Mas ▁si ▁es ▁de ▁Dios , ▁no ▁la ▁pod réis ▁de s h a cer ; ▁no ▁se áis ▁tal ▁vez ▁halla do s ▁re s i st iendo ▁á ▁Dios .
▁E N ▁aquello s ▁días , ▁c re c iendo ▁el ▁número ▁de ▁los ▁di s c í p u los , ▁hubo ▁murmur ación ▁de ▁los ▁ G ri e go s ▁contra ▁los ▁He bre os , ▁de ▁que ▁sus ▁vi u das ▁era n ▁men os p re ci ada s ▁en ▁el ▁minister i o ▁co t i di an o .
▁Y ▁p l u go ▁el ▁par e cer ▁á ▁toda ▁la ▁multitud ; ▁y ▁el i g ieron ▁á ▁Este ba n , ▁varón ▁lleno ▁de ▁f e ▁y ▁de ▁E s p í ri tu ▁S an to , ▁y ▁á ▁F el i pe , ▁y ▁á ▁P r ó co ro , ▁y ▁á ▁N i ca n or , ▁y ▁á ▁T im ón , ▁y ▁á ▁P ar me n as , ▁y ▁á ▁N i co l ás , ▁pro s é li to ▁de ▁A n t i o q u ía :
▁Levant áronse ▁entonces ▁uno s ▁de ▁la ▁sin a go ga ▁que ▁se ▁ l la ma ▁de ▁los ▁L i b er t in os , ▁y ▁C ir en e os , ▁y ▁A le ja nd ri nos , ▁y ▁de ▁los ▁de ▁C il i ci a , ▁y ▁de ▁As i a , ▁di s p u t ando ▁con ▁Este ba n .
▁Y ▁pusier on ▁testigo s ▁f al s os , ▁que ▁di je s en : ▁Este ▁hombre ▁no ▁c es a ▁de ▁hablar ▁palabras ▁ b la s f em as ▁contra ▁este ▁lugar ▁santo ▁y ▁la ▁le y :
▁Y ▁él ▁dijo : ▁ V aron es ▁hermanos ▁y ▁padres , ▁ o id : ▁El ▁Dios ▁de ▁la ▁gloria ▁ap are ció ▁á ▁nuestro ▁padre ▁Abraham , ▁esta ndo ▁en ▁Me s o p o ta mi a , ▁antes ▁que ▁mor a se ▁en ▁C h â rán ,
▁Y ▁habló le ▁Dios ▁así : ▁Que ▁su ▁simiente ▁ser ía ▁ex tra n je ra ▁en ▁tierra ▁a je n a , ▁y ▁que ▁los ▁re d u ci r ían ▁á ▁ serv id umb re ▁y ▁mal tra t ar ían , ▁por ▁cuatrocient os ▁años .
▁Y ▁le ▁libr ó ▁de ▁todas ▁sus ▁tribu la ciones , ▁y ▁le ▁dió ▁gracia ▁y ▁sabiduría ▁en ▁la ▁presencia ▁de ▁Faraón , ▁rey ▁de ▁Egipto , ▁el ▁cual ▁le ▁puso ▁por ▁go be rna dor ▁sobre ▁Egipto , ▁y ▁sobre ▁toda ▁su ▁casa .
▁Y ▁en vi ando ▁José , ▁hizo ▁ven ir ▁á ▁su ▁padre ▁Jacob , ▁y ▁á ▁toda ▁su ▁par ente la , ▁en ▁número ▁de ▁setenta ▁y ▁cinco ▁persona s .
▁Ha s ta ▁que ▁se ▁levant ó ▁otro ▁rey ▁en ▁Egipto ▁que ▁no ▁conoc ía ▁á ▁José .
▁Y ▁fué ▁en se ñ ado ▁Moisés ▁en ▁toda ▁la ▁sabiduría ▁de ▁los ▁ e g i p ci os ; ▁y ▁era ▁pod eros o ▁en ▁sus ▁dicho s ▁y ▁hecho s .
▁Y ▁al ▁día ▁siguiente , ▁ ri ñ e ndo ▁ellos , ▁se ▁les ▁most r ó , ▁y ▁los ▁pon ía ▁en ▁paz , ▁diciendo : ▁ V aron es , ▁hermanos ▁so is , ▁¿ por ▁qué ▁os ▁in j u ri áis ▁los ▁uno s ▁á ▁los ▁otro s ?
▁Y ▁cumpl ido s ▁cuarenta ▁años , ▁un ▁ángel ▁le ▁ap are ció ▁en ▁el ▁desierto ▁del ▁monte ▁Si n a , ▁en ▁fuego ▁de ▁ l la ma ▁de ▁una ▁ za r za .
▁He ▁visto , ▁he ▁visto ▁la ▁a f li c ción ▁de ▁mi ▁pueblo ▁que ▁está ▁en ▁Egipto , ▁y ▁he ▁oído ▁el ▁ g em ido ▁de ▁ellos , ▁y ▁he ▁descend ido ▁para ▁libr ar los ▁ . ▁Ahora ▁pues , ▁ven , ▁te ▁enviar é ▁á ▁Egipto .
▁Este ▁es ▁a qué l ▁que ▁estuv o ▁en ▁la ▁congregación ▁en ▁el ▁desierto ▁con ▁el ▁ángel ▁que ▁le ▁habla ba ▁en ▁el ▁monte ▁Si n a , ▁y ▁con ▁nuestro s ▁padres ; ▁y ▁re ci b ió ▁las ▁palabras ▁de ▁vida ▁para ▁dar nos ▁ :
▁Y ▁Dios ▁se ▁apart ó , ▁y ▁los ▁entregó ▁que ▁sirv i es en ▁al ▁ejército ▁del ▁cielo ; ▁ como ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁los ▁profeta s : ▁¿ M e ▁of re ci steis ▁ v í c t im as ▁y ▁sacrificio s ▁en ▁el ▁desierto ▁por ▁cuarenta ▁años , ▁casa ▁de ▁Israel ?
▁El ▁cual ▁halló ▁gracia ▁delante ▁de ▁Dios , ▁y ▁pi d ió ▁halla r ▁tabernáculo ▁para ▁el ▁Dios ▁de ▁Jacob .
▁¿ No ▁hizo ▁mi ▁mano ▁todas ▁esta s ▁cosas ?
▁Y ▁ o y e ndo ▁esta s ▁cosas , ▁re ga ñ aban ▁de ▁sus ▁cor az on es , ▁y ▁c r u j ían ▁los ▁d iente s ▁contra ▁él .
▁Y ▁ e ch ándo lo ▁fuera ▁de ▁la ▁ciudad , ▁le ▁ap ed re aban : ▁y ▁los ▁testigo s ▁pusier on ▁sus ▁vestidos ▁á ▁los ▁pie s ▁de ▁un ▁mancebo ▁que ▁se ▁llamaba ▁Saul o .
▁Y ▁llev aron á ▁enter r ará ▁Este ba n ▁varones ▁pi ados os , ▁é ▁hicieron ▁gran ▁ l l an to ▁sobre ▁él .
▁Y ▁las ▁gente s ▁es cu ch aban ▁at enta mente ▁un án im es ▁las ▁cosas ▁que ▁decía ▁F el i pe , ▁ o y e ndo ▁y ▁ viendo ▁las ▁señal es ▁que ▁hacía .
▁A l ▁cual ▁ o ían ▁todos ▁at enta mente ▁de s de ▁el ▁más ▁pe que ñ o ▁hast a ▁el ▁más ▁grande , ▁diciendo : ▁Este ▁es ▁la ▁gran ▁vi r t ud ▁de ▁Dios .
▁Y ▁los ▁ap ó s to les ▁que ▁estaban ▁en ▁Jerusalem , ▁ha b iendo ▁oído ▁que ▁Samaria ▁había ▁re ci b ido ▁la ▁palabra ▁de ▁Dios , ▁les ▁enviar on ▁á ▁P ed ro ▁y ▁á ▁ J u an :
▁Y ▁ como ▁vió ▁Si m ón ▁que ▁por ▁la ▁imp os i ción ▁de ▁las ▁manos ▁de ▁los ▁ap ó s to les ▁se ▁d aba ▁el ▁E s p í ri tu ▁S an to , ▁les ▁of re ció ▁dinero ,
▁Ar re p ién te te ▁pues ▁de ▁esta ▁tu ▁mal dad , ▁y ▁ r ue ga ▁á ▁Dios , ▁si ▁quizá s ▁te ▁será ▁perdon ado ▁el ▁pe n s amiento ▁de ▁tu ▁corazón .
▁E mpero ▁el ▁ángel ▁del ▁Señor ▁habló ▁á ▁F el i pe , ▁diciendo : ▁Levántate ▁y ▁ve ▁haci a ▁el ▁mediodía , ▁al ▁camino ▁que ▁de s ci en de ▁de ▁Jerusalem ▁á ▁ G a za , ▁el ▁cual ▁es ▁desierto .
▁Y ▁a cu d iendo ▁F el i pe , ▁le ▁oyó ▁que ▁le ía ▁el ▁profeta ▁Isaí as , ▁y ▁dijo ▁ : ▁Mas ▁¿ en t i en de s ▁lo ▁que ▁le es ?
▁Y ▁respond iendo ▁el ▁ e un u co ▁á ▁F el i pe , ▁dijo : ▁Ruégote ▁¿ de ▁qu ién ▁el ▁profeta ▁di ce ▁esto ? ▁¿ de ▁sí , ▁ó ▁de ▁otro ▁alguno ?
▁Y ▁mandó ▁para r ▁el ▁carro : ▁y ▁descend ieron ▁ambos ▁al ▁agua , ▁F el i pe ▁y ▁el ▁ e un u co ; ▁y ▁ba u t i z ó le ▁ .
▁Y ▁de man d ó ▁de ▁él ▁let ra s ▁para ▁Da ma s co ▁á ▁las ▁sin a go ga s , ▁para ▁que ▁si ▁halla se ▁alguno s ▁hombres ▁ó ▁mujeres ▁de ▁esta ▁se c ta , ▁los ▁tra je se ▁pre s os ▁á ▁Jerusalem .
▁El , ▁tem b l ando ▁y ▁tem eros o , ▁dijo : ▁Señor , ▁¿ qué ▁qu iere s ▁que ▁haga ? ▁Y ▁el ▁Señor ▁le ▁di ce : ▁Levántate ▁y ▁entr a ▁en ▁la ▁ciudad , ▁y ▁se ▁te ▁dirá ▁lo ▁que ▁te ▁con vi en e ▁hacer .
▁Ha b ía ▁entonces ▁un ▁di s c í p u lo ▁en ▁Da ma s co ▁llamado ▁Ana n ía s , ▁al ▁cual ▁el ▁Señor ▁dijo ▁en ▁vi s ió n : ▁Ana n ía s . ▁Y ▁él ▁respondió : ▁He me ▁aquí , ▁Señor .
▁Y ▁aun ▁aquí ▁tiene ▁f a cu l ta d ▁de ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁de ▁pre n der ▁á ▁todos ▁los ▁que ▁in v o ca n ▁tu ▁nombre .
▁Y ▁luego ▁le ▁ca y e ron ▁de ▁los ▁ojos ▁ como ▁es ca ma s , ▁y ▁re ci b ió ▁al ▁pu n to ▁la ▁vi s ta : ▁y ▁levant ándose , ▁fué ▁ba u t i z ado .
▁E mpero ▁Saul o ▁mucho ▁más ▁se ▁es for za ba , ▁y ▁con f un d ía ▁á ▁los ▁ J ud í os ▁que ▁mor aban ▁en ▁Da ma s co , ▁a f ir m ando ▁que ▁éste ▁es ▁el ▁C ri s to .
▁Y ▁ como ▁vino ▁á ▁Jerusalem , ▁tent aba ▁de ▁junt ar se ▁con ▁los ▁di s c í p u los ; ▁mas ▁todos ▁tenía n ▁mi ed o ▁de ▁él , ▁no ▁c re y e ndo ▁que ▁era ▁di s c í p u lo .
▁Lo ▁cual , ▁ como ▁los ▁hermanos ▁en te nd ieron , ▁le ▁a co m pa ñ aron ▁hast a ▁C es are a , ▁y ▁le ▁enviar on ▁á ▁T ar s o .
▁Y ▁le ▁dijo ▁P ed ro : ▁En e as , ▁Je s u c ri s to ▁te ▁s an a ; ▁le v án ta te , ▁y ▁ha z te ▁tu ▁ca ma . ▁Y ▁luego ▁se ▁levant ó .
▁Y ▁ como ▁L y d da ▁estaba ▁cerca ▁de ▁ J o p pe , ▁los ▁di s c í p u los , ▁ o y e ndo ▁que ▁P ed ro ▁estaba ▁allí ▁ , ▁le ▁enviar on ▁dos ▁hombres , ▁ ro g ándo le : ▁No ▁te ▁de t en ga s ▁en ▁ven ir ▁hast a ▁nosotros .
▁E s to ▁fué ▁not o ri o ▁por ▁toda ▁ J o p pe ; ▁y ▁c re y e ron ▁mucho s ▁en ▁el ▁Señor .
▁Este ▁vió ▁en ▁vi s ió n ▁man i f i est amente , ▁ como ▁á ▁la ▁ho ra ▁no n a ▁del ▁día , ▁que ▁un ▁ángel ▁de ▁Dios ▁entr aba ▁á ▁él , ▁y ▁le ▁decía : ▁C or n el i o .
▁E ▁ ido ▁el ▁ángel ▁que ▁habla ba ▁con ▁C or n el i o , ▁llamó ▁dos ▁de ▁sus ▁criado s , ▁y ▁un ▁de v o to ▁so l d ado ▁de ▁los ▁que ▁le ▁as i st ían ;
▁Y ▁vió ▁el ▁cielo ▁a bi er to , ▁y ▁que ▁descend ía ▁un ▁va s o , ▁ como ▁un ▁gran ▁li en zo , ▁que ▁at ado ▁de ▁los ▁cuatro ▁cabo s ▁era ▁ba ja do ▁á ▁la ▁tierra ;
▁Y ▁volvió ▁la ▁voz ▁haci a ▁él ▁la ▁seg un da ▁vez : ▁Lo ▁que ▁Dios ▁li m p ió , ▁no ▁lo ▁ l la me s ▁tú ▁com ún .
▁Y ▁esta ndo ▁P ed ro ▁pe n s ando ▁en ▁la ▁vi s ió n , ▁le ▁dijo ▁el ▁E s p í ri tu : ▁He ▁aquí , ▁tres ▁hombres ▁te ▁busca n .
▁Entonces ▁me t ién do los ▁dentro , ▁los ▁ho s p ed ó . ▁Y ▁al ▁día ▁siguiente , ▁levant ándose , ▁se ▁fué ▁con ▁ellos ; ▁y ▁le ▁a co m pa ñ aron ▁alguno s ▁de ▁los ▁hermanos ▁de ▁ J o p pe .
▁Y ▁habla ndo ▁con ▁él , ▁entr ó , ▁y ▁halló ▁á ▁mucho s ▁que ▁se ▁habían ▁junt ado .
▁Y ▁dijo : ▁C or n el i o , ▁tu ▁or ación ▁es ▁ o í da , ▁y ▁tu s ▁li mos n as ▁han ▁venido ▁en ▁memoria ▁en ▁la ▁presencia ▁de ▁Dios .
▁Si no ▁que ▁de ▁cualquier a ▁ n ación ▁que ▁le ▁te me ▁y ▁obra ▁justicia , ▁se ▁a g r ada ▁ .
▁Y ▁nosotros ▁so mos ▁testigo s ▁de ▁todas ▁las ▁cosas ▁que ▁hizo ▁en ▁la ▁tierra ▁de ▁ J u de a , ▁y ▁en ▁Jerusalem ; ▁al ▁cual ▁matar on ▁co l g ándo le ▁en ▁un ▁made ro .
▁A ▁éste ▁da n ▁testimonio ▁todos ▁los ▁profeta s , ▁de ▁que ▁todos ▁los ▁que ▁en ▁él ▁c re y er en , ▁recibir án ▁per d ón ▁de ▁pecado s ▁por ▁su ▁nombre .
▁Entonces ▁respondió ▁P ed ro : ▁¿ P ue de ▁alguno ▁imp ed ir ▁el ▁agua , ▁para ▁que ▁no ▁sea n ▁ba u t i z ados ▁é st os ▁que ▁han ▁re ci b ido ▁el ▁E s p í ri tu ▁S an to ▁también ▁ como ▁nosotros ?
▁Di c iendo : ▁¿ Por ▁qué ▁has ▁entr ado ▁á ▁hombres ▁in ci r cu n ci s os ▁ , ▁y ▁has ▁com ido ▁con ▁ellos ?
▁Y ▁ o í ▁una ▁voz ▁que ▁me ▁decía : ▁Levántate , ▁P ed ro , ▁mata ▁y ▁come .
▁Y ▁he ▁aquí , ▁luego ▁sobre vi n ieron ▁tres ▁hombres ▁á ▁la ▁casa ▁don de ▁yo ▁estaba , ▁en vi ados ▁á ▁mí ▁de ▁C es are a .
▁Y ▁ como ▁come n c é ▁á ▁hablar , ▁cayó ▁el ▁E s p í ri tu ▁S an to ▁sobre ▁ellos ▁también , ▁ como ▁sobre ▁nosotros ▁al ▁pri n ci p i o .
▁Y ▁los ▁que ▁habían ▁sido ▁esparci do s ▁por ▁causa ▁de ▁la ▁tribu l ación ▁que ▁sobre vi no ▁en ▁tiempo ▁de ▁Este ba n , ▁and u vier on ▁hast a ▁F en i ci a , ▁y ▁C i p ro , ▁y ▁A n t i o q u ía , ▁no ▁habla ndo ▁á ▁nadie ▁la ▁palabra , ▁sin o ▁s ólo ▁á ▁los ▁ J ud í os .
▁El ▁cual , ▁ como ▁llegó , ▁y ▁vió ▁la ▁gracia ▁de ▁Dios , ▁re go ci j óse ; ▁y ▁ex h or t ó ▁á ▁todos ▁á ▁que ▁per man e ci es en ▁en ▁el ▁pro p ó s i to ▁del ▁corazón ▁en ▁el ▁Señor .
▁Y ▁en ▁aquello s ▁días ▁descend ieron ▁de ▁Jerusalem ▁profeta s ▁á ▁A n t i o q u ía .
▁Y ▁E N ▁el ▁mismo ▁tiempo ▁el ▁rey ▁He ro de s ▁echó ▁mano ▁á ▁mal tra t ar ▁alguno s ▁de ▁la ▁ i g les i a .
▁As í ▁que , ▁P ed ro ▁era ▁guard ado ▁en ▁la ▁c á r ce l ; ▁y ▁la ▁ i g les i a ▁hacía ▁sin ▁c es ar ▁or ación ▁á ▁Dios ▁por ▁él .
▁Y ▁sal iendo , ▁le ▁se gu ía ; ▁y ▁no ▁s ab ía ▁que ▁era ▁ver dad ▁lo ▁que ▁hacía ▁el ▁ángel , ▁mas ▁pe n s aba ▁que ▁ve ía ▁vi s ió n .
▁Y ▁to c ando ▁P ed ro ▁á ▁la ▁puerta ▁del ▁pa t i o , ▁salió ▁una ▁much a ch a , ▁para ▁es cu ch ar , ▁ l l am ada ▁R h o de :
▁Mas ▁él ▁haci é ndo les ▁con ▁la ▁mano ▁señal ▁de ▁que ▁ca l la s en , ▁les ▁con t ó ▁ cómo ▁el ▁Señor ▁le ▁había ▁saca do ▁de ▁la ▁c á r ce l . ▁Y ▁dijo : ▁Ha c ed ▁sabe r ▁esto ▁á ▁Jacob o ▁y ▁á ▁los ▁hermanos . ▁Y ▁salió , ▁y ▁part ió ▁á ▁otro ▁lugar .
▁Y ▁un ▁día ▁señal ado , ▁He ro de s ▁vestido ▁de ▁ropa ▁re al , ▁se ▁sent ó ▁en ▁el ▁tribu n al , ▁y ▁are n g ó les ▁ .
▁Y ▁Be rna b é ▁y ▁Saul o ▁volvieron ▁de ▁Jerusalem ▁cumpl ido ▁su ▁servicio , ▁toma ndo ▁también ▁consigo ▁á ▁ J u an , ▁el ▁que ▁tenía ▁por ▁sobre n om bre ▁Ma r co s .
▁Y ▁ellos , ▁en vi ados ▁así ▁por ▁el ▁E s p í ri tu ▁S an to , ▁descend ieron ▁á ▁Se le u ci a ; ▁y ▁de ▁allí ▁ n ave g aron ▁á ▁C i p ro .
▁Mas ▁les ▁re s i st ía ▁Eli ma s ▁el ▁en ca n ta dor ▁ ( que ▁así ▁se ▁in t er p re ta ▁su ▁nombre ) , ▁pro cu r ando ▁apart ar ▁de ▁la ▁f e ▁al ▁pro c ón s u l .
▁Entonces ▁el ▁pro c ón s u l , ▁ viendo ▁lo ▁que ▁había ▁sido ▁hecho , ▁c re y ó , ▁mar a vi l l ado ▁de ▁la ▁do c t ri n a ▁del ▁Señor .
▁Entonces ▁P ab lo , ▁levant ándose , ▁he ch a ▁señal ▁de ▁si l en ci o ▁con ▁la ▁mano , ▁di ce : ▁ V aron es ▁Israel itas , ▁y ▁los ▁que ▁tem éis ▁á ▁Dios , ▁ o id :
▁Y ▁después , ▁ como ▁por ▁cuatrocient os ▁y ▁cincuenta ▁años , ▁dió les ▁ j ue ce s ▁hast a ▁el ▁profeta ▁Samuel .
▁P re di c ando ▁ J u an ▁delante ▁de ▁la ▁f az ▁de ▁su ▁ven i da ▁el ▁ba u t is mo ▁de ▁ar re p en t imiento ▁á ▁todo ▁el ▁pueblo ▁de ▁Israel .
▁Y ▁sin ▁halla r ▁en ▁él ▁causa ▁de ▁muerte , ▁pi d ieron ▁á ▁P i la to ▁que ▁le ▁mata s en .
▁Y ▁nosotros ▁también ▁os ▁a nunc i a mos ▁el ▁ e v an g el i o ▁de ▁aquella ▁pro me s a ▁que ▁fué ▁he ch a ▁á ▁los ▁padres ,
▁Porque ▁á ▁la ▁ver dad ▁David , ▁ha b iendo ▁ serv ido ▁en ▁su ▁edad ▁á ▁la ▁ v o l un ta d ▁de ▁Dios , ▁d urmió , ▁y ▁fué ▁junt ado ▁con ▁sus ▁padres , ▁y ▁vió ▁cor r u p ción :
▁Mi ra d , ▁pues , ▁que ▁no ▁ven ga ▁sobre ▁vosotros ▁lo ▁que ▁está ▁dicho ▁en ▁los ▁profeta s ;
▁Y ▁el ▁sábado ▁siguiente ▁se ▁junt ó ▁ca s i ▁toda ▁la ▁ciudad ▁á ▁oir ▁la ▁palabra ▁de ▁Dios .
▁Y ▁los ▁Ge n til es ▁ o y e ndo ▁esto , ▁fueron ▁go zo s os , ▁y ▁ g lo ri f i c aban ▁la ▁palabra ▁del ▁Señor : ▁y ▁c re y e ron ▁todos ▁los ▁que ▁estaban ▁orden ados ▁para ▁vida ▁ e te rna .
▁Y ▁los ▁di s c í p u los ▁estaban ▁lleno s ▁de ▁go zo , ▁y ▁del ▁E s p í ri tu ▁S an to .
▁Mas ▁el ▁ v u l go ▁de ▁la ▁ciudad ▁estaba ▁di vi d ido ; ▁y ▁uno s ▁era n ▁con ▁los ▁ J ud í os , ▁y ▁otro s ▁con ▁los ▁ap ó s to les .
▁Y ▁un ▁hombre ▁de ▁L is tra , ▁imp o t ente ▁de ▁los ▁pie s , ▁estaba ▁sent ado , ▁co jo ▁de s de ▁el ▁vi en t re ▁de ▁su ▁madre , ▁que ▁ ja m ás ▁había ▁and ado .
▁Y ▁á ▁Be rna b é ▁llamaba n ▁ J ú p ite r , ▁y ▁á ▁P ab lo , ▁Me r cu ri o , ▁por que ▁era ▁el ▁que ▁llev aba ▁la ▁palabra .
▁El ▁cual ▁en ▁las ▁edad es ▁pasa das ▁ha ▁de ja do ▁á ▁todas ▁las ▁gente s ▁and ar ▁en ▁sus ▁camino s ;
▁Mas ▁rod e ándo le ▁los ▁di s c í p u los , ▁se ▁levant ó ▁y ▁entr ó ▁en ▁la ▁ciudad ; ▁y ▁un ▁día ▁después , ▁part ió ▁con ▁Be rna b é ▁á ▁De r be .
▁Y ▁pasa ndo ▁por ▁P is i di a ▁vinieron ▁á ▁P am ph y li a .
▁Y ▁se ▁quedar on ▁allí ▁mucho ▁tiempo ▁con ▁los ▁di s c í p u los .
▁Y ▁lleg ados ▁á ▁Jerusalem , ▁fueron ▁re ci b ido s ▁de ▁la ▁ i g les i a ▁y ▁de ▁los ▁ap ó s to les ▁y ▁de ▁los ▁ancianos : ▁y ▁re f ir ieron ▁todas ▁las ▁cosas ▁que ▁Dios ▁había ▁hecho ▁con ▁ellos .
▁Y ▁Dios , ▁que ▁conoc e ▁los ▁cor az on es , ▁les ▁dió ▁testimonio , ▁d ándo les ▁el ▁E s p í ri tu ▁S an to ▁también ▁ como ▁á ▁nosotros ;
▁Entonces ▁toda ▁la ▁multitud ▁ca l l ó , ▁y ▁ o y e ron ▁á ▁Be rna b é ▁y ▁á ▁P ab lo , ▁que ▁con t aban ▁cu án ▁grande s ▁mar a vi l la s ▁y ▁señal es ▁Dios ▁había ▁hecho ▁por ▁ellos ▁entre ▁los ▁Ge n til es .
▁Después ▁de ▁esto ▁volver é ▁y ▁rest a ura ré ▁la ▁habita ción ▁de ▁David , ▁que ▁estaba ▁ca í da ; ▁y ▁re para ré ▁sus ▁ r u in as , ▁y ▁la ▁volver é ▁á ▁levant ar ;
▁Si no ▁es c ri bi r les ▁que ▁se ▁apart en ▁de ▁las ▁contamin a ciones ▁de ▁los ▁ í do los , ▁y ▁de ▁for n i c ación , ▁y ▁de ▁ ah o g ado , ▁y ▁de ▁sangre .
▁Por ▁cuanto ▁he mos ▁oído ▁que ▁alguno s ▁que ▁han ▁sal ido ▁de ▁nosotros , ▁os ▁han ▁in qui e t ado ▁con ▁palabras , ▁tras to rna ndo ▁vuestras ▁alma s , ▁man d ando ▁c ir cu n ci da ro s ▁y ▁guarda r ▁la ▁le y , ▁á ▁los ▁cuales ▁no ▁man da mos ;
▁Que ▁ha ▁pa recido ▁bien ▁al ▁E s p í ri tu ▁S an to , ▁y ▁á ▁nosotros , ▁no ▁imp on eros ▁ninguna ▁ca r ga ▁más ▁que ▁esta s ▁cosas ▁ n e ce s ar i as :
▁ J u das ▁también ▁y ▁Si la s , ▁ como ▁ellos ▁también ▁era n ▁profeta s , ▁con s o l aron ▁y ▁confirm aron ▁á ▁los ▁hermanos ▁con ▁a b un d an ci a ▁de ▁palabra .
▁Y ▁después ▁de ▁alguno s ▁días , ▁P ab lo ▁dijo ▁á ▁Be rna b é : ▁ V o l v a mos ▁á ▁visit ar ▁á ▁los ▁hermanos ▁por ▁todas ▁las ▁ciudades ▁en ▁las ▁cuales ▁he mos ▁a nunc i ado ▁la ▁palabra ▁del ▁Señor , ▁ cómo ▁están .
▁Y ▁P ab lo ▁es co g iendo ▁á ▁Si la s , ▁part ió ▁en co me nd ado ▁de ▁los ▁hermanos ▁á ▁la ▁gracia ▁del ▁Señor .
▁Este ▁quiso ▁P ab lo ▁que ▁fuese ▁con ▁él ; ▁y ▁to m ándo le , ▁le ▁c ir cu n ci d ó ▁por ▁causa ▁de ▁los ▁ J ud í os ▁que ▁estaban ▁en ▁aquello s ▁lugar es ; ▁por que ▁todos ▁s ab ían ▁que ▁su ▁padre ▁era ▁ G ri e go .
▁Y ▁ como ▁vinieron ▁á ▁Mi s i a , ▁tent aron ▁de ▁ir ▁á ▁B i th y n i a ; ▁mas ▁el ▁E s p í ri tu ▁no ▁les ▁de j ó .
▁P ar t ido s ▁pues ▁de ▁T ro as , ▁vi n i mos ▁camino ▁derecho ▁á ▁S am o tra ci a , ▁y ▁el ▁día ▁siguiente ▁á ▁N e á p o li s ;
▁Y ▁cuando ▁fué ▁ba u t i z ada , ▁y ▁su ▁familia , ▁no s ▁ ro g ó , ▁diciendo : ▁Si ▁ha béis ▁juzg ado ▁que ▁yo ▁sea ▁f i el ▁al ▁Señor , ▁entr ad ▁en ▁mi ▁casa , ▁y ▁pos ad : ▁y ▁con st ri ñ ón os .
▁Y ▁ viendo ▁sus ▁a mos ▁que ▁había ▁sal ido ▁la ▁es per an za ▁de ▁su ▁ ga n an ci a , ▁pre nd ieron ▁á ▁P ab lo ▁y ▁á ▁Si la s , ▁y ▁los ▁tra je ron ▁al ▁for o , ▁al ▁ ma g is tra do ;
▁Y ▁después ▁que ▁los ▁ hu b ieron ▁her ido ▁de ▁mucho s ▁a zo te s , ▁los ▁echar on ▁en ▁la ▁c á r ce l , ▁man d ando ▁al ▁ca r ce le ro ▁que ▁los ▁guarda se ▁con ▁di li g en ci a :
▁Y ▁de s per t ado ▁el ▁ca r ce le ro , ▁ como ▁vió ▁a bi er ta s ▁las ▁puerta s ▁de ▁la ▁c á r ce l , ▁saca ndo ▁la ▁espada ▁se ▁que r ía ▁matar , ▁pe n s ando ▁que ▁los ▁pre s os ▁se ▁habían ▁ hu í do .
▁Y ▁ellos ▁dijeron : ▁C re e ▁en ▁el ▁Señor ▁Je s u c ri s to ▁ , ▁y ▁será s ▁sal v o ▁tú , ▁y ▁tu ▁casa .
▁Y ▁ como ▁fué ▁de ▁día , ▁los ▁ ma g i st r ados ▁enviar on ▁los ▁al gu a ci les , ▁diciendo : ▁De ja ▁ir ▁á ▁aquello s ▁hombres .
▁Y ▁vi n iendo , ▁les ▁ ro g aron ; ▁y ▁s a c ándo los , ▁les ▁pi d ieron ▁que ▁se ▁sal i es en ▁de ▁la ▁ciudad .
▁De c l ar ando ▁y ▁pro p on iendo , ▁que ▁con v en ía ▁que ▁el ▁C ri s to ▁pa de ci e se , ▁y ▁re s u c itas e ▁de ▁los ▁muerto s ; ▁y ▁que ▁Je s ú s , ▁el ▁cual ▁yo ▁os ▁a nunc i o , ▁decía ▁él , ▁éste ▁era ▁el ▁C ri s to .
▁A ▁los ▁cuales ▁Ja s ón ▁ha ▁re ci b ido ; ▁y ▁todos ▁estos ▁ha ce n ▁contra ▁los ▁de c re to s ▁de ▁C é s ar , ▁diciendo ▁que ▁hay ▁otro ▁rey , ▁Je s ú s .
▁Y ▁fueron ▁é st os ▁más ▁no ble s ▁que ▁los ▁que ▁estaban ▁en ▁T es al ón i ca , ▁pues ▁re ci b ieron ▁la ▁palabra ▁con ▁toda ▁so li ci t ud , ▁es cu d ri ñ ando ▁ cada ▁día ▁las ▁E s c ri t ura s , ▁si ▁esta s ▁cosas ▁era n ▁así .
▁Y ▁los ▁que ▁habían ▁tomado ▁á ▁cargo ▁á ▁P ab lo , ▁le ▁llev aron ▁hast a ▁A t en as ; ▁y ▁toma ndo ▁en c ar go ▁para ▁Si la s ▁y ▁T im o te o , ▁que ▁vi n i es en ▁á ▁él ▁lo ▁más ▁pre s to ▁que ▁pu di es en , ▁part ieron .
▁Y ▁to m ándo le ▁ , ▁le ▁tra je ron ▁al ▁A re ó pa go , ▁diciendo : ▁¿ P o d remos ▁sabe r ▁qué ▁sea ▁esta ▁nueva ▁do c t ri n a ▁que ▁di ce s ▁ ?
▁Porque ▁pasa ndo ▁y ▁mira ndo ▁vuestro s ▁santuario s , ▁ha l l é ▁también ▁un ▁altar ▁en ▁el ▁cual ▁estaba ▁esta ▁in s c ri p ción : ▁A L ▁ D I O S ▁N O ▁C O N O C I D O . ▁A qué l ▁pues , ▁que ▁vosotros ▁ho n r áis ▁sin ▁conoc er le , ▁á ▁éste ▁os ▁a nunc i o ▁yo .
▁Para ▁que ▁busca s en ▁á ▁Dios , ▁si ▁en ▁alguna ▁manera , ▁pa l p ando , ▁le ▁ha l l en ; ▁aun que ▁cierto ▁no ▁está ▁le jo s ▁de ▁ cada ▁uno ▁de ▁nosotros :
▁Por ▁cuanto ▁ha ▁esta ble c ido ▁un ▁día , ▁en ▁el ▁cual ▁ha ▁de ▁juzg ar ▁al ▁mu ndo ▁con ▁justicia , ▁por ▁aquel ▁varón ▁al ▁cual ▁de t er mi n ó ; ▁d ando ▁f e ▁á ▁todos ▁con ▁haber le ▁levant ado ▁de ▁los ▁muerto s .
▁P A S A D A S ▁esta s ▁cosas , ▁P ab lo ▁part ió ▁de ▁A t en as , ▁y ▁vino ▁á ▁C or in to .
▁Y ▁cuando ▁Si la s ▁y ▁T im o te o ▁vinieron ▁de ▁Ma ce do n i a , ▁P ab lo ▁estaba ▁con st re ñ ido ▁por ▁la ▁palabra , ▁te st i f i c ando ▁á ▁los ▁ J ud í os ▁que ▁Je s ú s ▁era ▁el ▁C ri s to .
▁Entonces ▁el ▁Señor ▁dijo ▁de ▁noche ▁en ▁vi s ió n ▁á ▁P ab lo : ▁No ▁tem as , ▁sin o ▁habla , ▁y ▁no ▁ca l les :
▁Di c iendo : ▁Que ▁éste ▁per s u a de ▁á ▁los ▁hombres ▁á ▁ho n r ar ▁á ▁Dios ▁contra ▁la ▁le y .
▁Entonces ▁todos ▁los ▁ G ri e go s ▁toma ndo ▁á ▁S ó st en es , ▁pre p ó s i to ▁de ▁la ▁sin a go ga , ▁le ▁her ían ▁delante ▁del ▁tribu n al : ▁y ▁á ▁ G al ió n ▁nada ▁se ▁le ▁d aba ▁de ▁el lo .
▁Si no ▁que ▁se ▁de s p id ió ▁de ▁ellos , ▁diciendo : ▁E s ▁men est er ▁que ▁en ▁todo ▁ca s o ▁ten ga ▁la ▁f i est a ▁que ▁viene , ▁en ▁Jerusalem ; ▁mas ▁otra ▁vez ▁volver é ▁á ▁vosotros , ▁que r iendo ▁Dios . ▁Y ▁part ió ▁de ▁E f es o .
▁Este ▁era ▁in st r u í do ▁en ▁el ▁camino ▁del ▁Señor ; ▁y ▁f er vi ente ▁de ▁espíritu , ▁habla ba ▁y ▁en se ñ aba ▁di li g ente mente ▁las ▁cosas ▁que ▁son ▁del ▁Señor , ▁en se ñ ando ▁solamente ▁en ▁el ▁ba u t is mo ▁de ▁ J u an .
▁Y ▁A C O N T E C I Ó ▁que ▁entre ▁tanto ▁que ▁A p o los ▁estaba ▁en ▁C or in to , ▁P ab lo , ▁and ada s ▁las ▁re g ion es ▁su per i o res , ▁vino ▁á ▁E f es o , ▁y ▁halla ndo ▁cierto s ▁di s c í p u los ,
▁O í do ▁que ▁ hu b ieron ▁esto , ▁fueron ▁ba u t i z ados ▁en ▁el ▁nombre ▁del ▁Señor ▁Je s ú s .
▁Mas ▁en d u re ci é ndo se ▁alguno s ▁y ▁no ▁c re y e ndo , ▁mal di c iendo ▁el ▁C am in o ▁delante ▁de ▁la ▁multitud , ▁apart ándose ▁P ab lo ▁de ▁ellos ▁se p ar ó ▁á ▁los ▁di s c í p u los , ▁di s p u t ando ▁ cada ▁día ▁en ▁la ▁es cu e la ▁de ▁un ▁cierto ▁T y ra n no .
▁Y ▁alguno s ▁de ▁los ▁ J ud í os , ▁ex or ci st as ▁va ga b u ndo s , ▁tent aron ▁á ▁in v o c ar ▁el ▁nombre ▁del ▁Señor ▁Je s ú s ▁sobre ▁los ▁que ▁tenía n ▁espíritu s ▁mal os , ▁diciendo : ▁O s ▁con j ur o ▁por ▁Je s ú s , ▁el ▁que ▁P ab lo ▁pre di ca .
▁Y ▁esto ▁fué ▁not o ri o ▁á ▁todos , ▁así ▁ J ud í os ▁ como ▁ G ri e go s , ▁los ▁que ▁habitaba n ▁en ▁E f es o : ▁y ▁cayó ▁tem or ▁sobre ▁todos ▁ellos , ▁y ▁era ▁en s al z ado ▁el ▁nombre ▁del ▁Señor ▁Je s ú s .
▁Y ▁acaba das ▁esta s ▁cosas , ▁se ▁pro p u s o ▁P ab lo ▁en ▁espíritu ▁part ir ▁á ▁Jerusalem , ▁después ▁de ▁and ada ▁Ma ce do n i a ▁y ▁A ca y a , ▁diciendo : ▁Después ▁que ▁hubiere ▁esta do ▁all á , ▁me ▁será ▁men est er ▁ver ▁también ▁á ▁R o ma .
▁A ▁los ▁cuales , ▁re un ido s ▁con ▁los ▁of i ci a les ▁de ▁se me ja n te ▁of i ci o , ▁dijo : ▁ V aron es , ▁s a béis ▁que ▁de ▁este ▁of i ci o ▁ten emos ▁ ga n an ci a ;
▁Y ▁la ▁ciudad ▁se ▁ l l en ó ▁de ▁con f u s ió n ; ▁y ▁un án im es ▁se ▁ar ro ja ron ▁al ▁te a t ro , ▁ar re ba t ando ▁á ▁ G a y o ▁y ▁á ▁A ri st ar co , ▁Ma ce do n i os , ▁com pa ñ eros ▁de ▁P ab lo .
▁Y ▁saca ron ▁de ▁entre ▁la ▁multitud ▁á ▁A le ja nd ro , ▁emp u j ándo le ▁los ▁ J ud í os . ▁Entonces ▁A le ja nd ro , ▁p ed ido ▁si l en ci o ▁con ▁la ▁mano , ▁que r ía ▁dar ▁ ra z ón ▁al ▁pueblo .
▁P ue s ▁ha béis ▁traído ▁á ▁estos ▁hombres , ▁sin ▁ser ▁s a c r í le go s ▁ni ▁ b la s f em ado res ▁de ▁vuestra ▁di os a .
▁Y ▁ D E S P U É S ▁que ▁c es ó ▁el ▁al b o ro to , ▁ l l am ando ▁P ab lo ▁á ▁los ▁di s c í p u los ▁ha b ién do les ▁ex h or t ado ▁y ▁abr az ado , ▁se ▁de s p id ió , ▁y ▁part ió ▁para ▁ir ▁á ▁Ma ce do n i a .
▁Estos ▁ye ndo ▁delante , ▁no s ▁es per aron ▁en ▁T ro as .
▁Y ▁un ▁mancebo ▁llamado ▁E u t i ch ô ▁que ▁estaba ▁sent ado ▁en ▁la ▁ven t an a , ▁tomado ▁de ▁un ▁sueño ▁pro f u ndo , ▁ como ▁P ab lo ▁di s p u t aba ▁la r g amente ▁ , ▁postr ado ▁del ▁sueño ▁cayó ▁del ▁tercer ▁pi s o ▁ aba jo , ▁y ▁fué ▁al z ado ▁muerto .
▁Y ▁nosotros ▁su b iendo ▁en ▁el ▁ n a v í o , ▁ n ave ga mos ▁á ▁As s ón , ▁para ▁recibir ▁de ▁allí ▁á ▁P ab lo ; ▁pues ▁así ▁había ▁de t er mi n ado ▁que ▁de b ía ▁él ▁ir ▁por ▁tierra .
▁Y ▁en vi ando ▁de s de ▁Mi le to ▁á ▁E f es o , ▁hizo ▁llamar ▁á ▁los ▁ancianos ▁de ▁la ▁ i g les i a .
▁T est i f i c ando ▁á ▁los ▁ J ud í os ▁y ▁á ▁los ▁Ge n til es ▁ar re p en t imiento ▁para ▁con ▁Dios , ▁y ▁la ▁f e ▁en ▁nuestro ▁Señor ▁Je s u c ri s to ▁ .
▁Y ▁ahora , ▁he ▁aquí , ▁yo ▁s é ▁que ▁ninguno ▁de ▁todos ▁vosotros , ▁por ▁quien ▁he ▁pasa do ▁pre di c ando ▁el ▁reino ▁de ▁Dios , ▁ver á ▁más ▁mi ▁rostro .
▁Porque ▁yo ▁s é ▁que ▁después ▁de ▁mi ▁part i da ▁entr arán ▁en ▁medio ▁de ▁vosotros ▁lo b os ▁ ra pa ce s , ▁que ▁no ▁perdon arán ▁al ▁ganado ;
▁La ▁plata , ▁ó ▁el ▁oro , ▁ó ▁el ▁vestido ▁de ▁nadie ▁he ▁co di ci ado .
▁Entonces ▁hubo ▁un ▁gran ▁ l lo ro ▁de ▁todos : ▁y ▁ e ch ándose ▁en ▁el ▁cu el lo ▁de ▁P ab lo , ▁le ▁be s aban ,
▁Y ▁ como ▁a vi s ta mos ▁á ▁C i p ro , ▁de j ándo la ▁á ▁mano ▁ i z qui er da , ▁ n ave ga mos ▁á ▁Siria , ▁y ▁vi n i mos ▁á ▁T i ro : ▁por que ▁el ▁bar co ▁había ▁de ▁de s c ar gar ▁allí ▁su ▁ca r ga .
▁Y ▁nosotros , ▁cumpl i da ▁la ▁ n ave g ación , ▁vi n i mos ▁de ▁T i ro ▁á ▁T o le ma i da ; ▁y ▁ha b iendo ▁sal ud ado ▁á ▁los ▁hermanos , ▁no s ▁que da mos ▁con ▁ellos ▁un ▁día .
▁Y ▁venido ▁á ▁nosotros , ▁tomó ▁el ▁c in to ▁de ▁P ab lo , ▁y ▁at ándose ▁los ▁pie s ▁y ▁las ▁manos , ▁dijo : ▁E s to ▁di ce ▁el ▁E s p í ri tu ▁S an to : ▁As í ▁at arán ▁los ▁ J ud í os ▁en ▁Jerusalem ▁al ▁varón ▁cu y o ▁es ▁este ▁c in to , ▁y ▁le ▁entre g arán ▁en ▁manos ▁de ▁los ▁Ge n til es .
▁Y ▁después ▁de ▁estos ▁días , ▁a per ci b ido s , ▁su bi mos ▁á ▁Jerusalem .
▁A ▁los ▁cuales , ▁ como ▁los ▁hubo ▁sal ud ado , ▁con t ó ▁por ▁men u do ▁lo ▁que ▁Dios ▁había ▁hecho ▁entre ▁los ▁Ge n til es ▁por ▁su ▁minister i o .
▁Ha z ▁pues ▁esto ▁que ▁te ▁de ci mos : ▁Ha y ▁entre ▁nosotros ▁cuatro ▁hombres ▁que ▁tiene n ▁voto ▁sobre ▁sí :
▁Y ▁cuando ▁estaban ▁para ▁acaba r se ▁los ▁siete ▁días , ▁uno s ▁ J ud í os ▁de ▁As i a , ▁ como ▁le ▁vieron ▁en ▁el ▁templo , ▁al b o ro t aron ▁todo ▁el ▁pueblo ▁y ▁le ▁echar on ▁mano ,
▁Y ▁pro cu r ando ▁ellos ▁matar le ▁ , ▁fué ▁dado ▁aviso ▁al ▁tribu no ▁de ▁la ▁com pa ñ ía , ▁que ▁toda ▁la ▁ciudad ▁de ▁Jerusalem ▁estaba ▁al b o ro t ada ;
▁Y ▁ como ▁llegó ▁á ▁las ▁gr ada s , ▁aconteció ▁que ▁fué ▁llev ado ▁de ▁los ▁so l d ados ▁á ▁causa ▁de ▁la ▁vi o l en ci a ▁del ▁pueblo ;
▁Entonces ▁dijo ▁P ab lo : ▁Yo ▁de ▁cierto ▁soy ▁hombre ▁ J ud í o , ▁ciudad an o ▁de ▁T ar s o , ▁ciudad ▁no ▁ob s cu ra ▁de ▁C il i ci a : ▁ e mpero ▁ r u é go te ▁que ▁me ▁per m itas ▁que ▁ha ble ▁al ▁pueblo .
▁Yo ▁de ▁cierto ▁soy ▁ J ud í o , ▁nac ido ▁en ▁T ar s o ▁de ▁C il i ci a , ▁mas ▁criado ▁en ▁esta ▁ciudad ▁á ▁los ▁pie s ▁de ▁ G am al i el , ▁en se ñ ado ▁conform e ▁á ▁la ▁ver dad ▁de ▁la ▁le y ▁de ▁la ▁pa t ri a , ▁ ce los o ▁de ▁Dios , ▁ como ▁todos ▁vosotros ▁so is ▁hoy .
▁Y ▁ca í ▁en ▁el ▁su e lo , ▁y ▁ o í ▁una ▁voz ▁que ▁me ▁decía : ▁Saul o , ▁Saul o , ▁¿ por ▁qué ▁me ▁per s i gu es ?
▁Y ▁ como ▁yo ▁no ▁vi e se ▁por ▁causa ▁de ▁la ▁c la ri dad ▁de ▁la ▁lu z , ▁llev ado ▁de ▁la ▁mano ▁por ▁los ▁que ▁estaban ▁conmigo , ▁vi n e ▁á ▁Da ma s co .
▁Porque ▁has ▁de ▁ser ▁testigo ▁suyo ▁á ▁todos ▁los ▁hombres , ▁de ▁lo ▁que ▁has ▁visto ▁y ▁oído .
▁Y ▁yo ▁di je : ▁Señor , ▁ellos ▁sabe n ▁que ▁yo ▁en cer r aba ▁en ▁c á r ce l , ▁y ▁her ía ▁por ▁las ▁sin a go ga s ▁á ▁los ▁que ▁c re ían ▁en ▁ti ;
▁Y ▁d ando ▁ellos ▁voces , ▁y ▁ar ro ja ndo ▁sus ▁ropa s ▁y ▁echa ndo ▁polvo ▁al ▁a i re ,
▁Y ▁vi n iendo ▁el ▁tribu no , ▁le ▁dijo : ▁Di me ▁ , ▁¿ er es ▁tú ▁R o man o ? ▁Y ▁él ▁dijo : ▁S í .
▁E N T O N C E S ▁P ab lo , ▁pon iendo ▁los ▁ojos ▁en ▁el ▁con ci li o , ▁di ce : ▁ V aron es ▁hermanos , ▁yo ▁con ▁toda ▁buena ▁con ci en ci a ▁he ▁con ver s ado ▁delante ▁de ▁Dios ▁hast a ▁el ▁día ▁de ▁hoy .
▁Y ▁P ab lo ▁dijo : ▁No ▁s ab ía , ▁hermanos , ▁que ▁era ▁el ▁su mo ▁sacerdote ; ▁pues ▁escrito ▁está : ▁A l ▁príncipe ▁de ▁tu ▁pueblo ▁no ▁mal de ci rás ▁ .
▁Y ▁levant óse ▁un ▁gran ▁c l am or : ▁y ▁levant ándose ▁los ▁es c ri ba s ▁de ▁la ▁parte ▁de ▁los ▁F ar i se os , ▁con te nd ían ▁diciendo : ▁N ing ún ▁mal ▁halla mos ▁en ▁este ▁hombre ; ▁que ▁si ▁espíritu ▁le ▁ha ▁hablado , ▁ó ▁ángel , ▁no ▁re s is ta mos ▁á ▁Dios .
▁Y ▁era n ▁más ▁de ▁cuarenta ▁los ▁que ▁habían ▁hecho ▁esta ▁con j ura ción ;
▁Y ▁P ab lo , ▁ l l am ando ▁á ▁uno ▁de ▁los ▁c en t ur ion es , ▁di ce : ▁L le v a ▁á ▁este ▁mancebo ▁al ▁tribu no , ▁por que ▁tiene ▁cierto ▁aviso ▁que ▁dar le .
▁Mas ▁tú ▁no ▁los ▁c re as ; ▁por que ▁más ▁de ▁cuarenta ▁hombres ▁de ▁ellos ▁le ▁a ce ch an , ▁los ▁cuales ▁han ▁hecho ▁voto ▁debajo ▁de ▁mal di ción , ▁de ▁no ▁come r ▁ni ▁beber ▁hast a ▁que ▁le ▁haya n ▁muerto ; ▁y ▁ahora ▁están ▁a per ci b ido s ▁es per ando ▁tu ▁pro me s a .
▁Y ▁es c ri b ió ▁una ▁ca r ta ▁en ▁estos ▁término s :
▁Y ▁ha l l é ▁que ▁le ▁a cu s aban ▁de ▁cu es tion es ▁de ▁la ▁le y ▁de ▁ellos , ▁y ▁que ▁ ning ún ▁c ri me n ▁tenía ▁di g no ▁de ▁muerte ▁ó ▁de ▁pri s ió n .
▁Y ▁ como ▁llegar on ▁á ▁C es are a , ▁y ▁d ieron ▁la ▁ca r ta ▁al ▁go be rna dor , ▁present aron ▁también ▁á ▁P ab lo ▁delante ▁de ▁él .
▁Y ▁c ita do ▁que ▁fué , ▁T é r tu lo ▁comenzó ▁á ▁a cu s ar , ▁diciendo : ▁C o mo ▁por ▁causa ▁tu y a ▁viva mos ▁en ▁grande ▁paz , ▁y ▁much as ▁cosas ▁sea n ▁bien ▁go be rna das ▁en ▁el ▁pueblo ▁por ▁tu ▁p r ud en ci a ,
▁El ▁cual ▁también ▁tent ó ▁á ▁vi o l ar ▁el ▁templo ; ▁y ▁pre nd ién do le , ▁le ▁qu is i mos ▁juzg ar ▁conform e ▁á ▁nuestra ▁le y :
▁Entonces ▁P ab lo , ▁haci é ndo le ▁el ▁go be rna dor ▁señal ▁que ▁habla se , ▁respondió : ▁Porque ▁s é ▁que ▁mucho s ▁años ▁ha ▁eres ▁go be rna dor ▁de ▁esta ▁ n ación , ▁con ▁bu en ▁á n im o ▁sat is f aré ▁por ▁mí .
▁E s to ▁ e mpero ▁te ▁con f i es o , ▁que ▁conform e ▁á ▁aquel ▁C am in o ▁que ▁ l la man ▁he re j ía , ▁así ▁sirv o ▁al ▁Dios ▁de ▁mis ▁padres , ▁c re y e ndo ▁todas ▁las ▁cosas ▁que ▁en ▁la ▁le y ▁y ▁en ▁los ▁profeta s ▁están ▁es c r itas ;
▁Cuan do ▁me ▁halla ron ▁purifica do ▁en ▁el ▁templo ▁ ( no ▁con ▁multitud ▁ni ▁con ▁al b o ro to ) ▁uno s ▁ J ud í os ▁de ▁As i a ;
▁Entonces ▁F é li x , ▁ o í das ▁esta s ▁cosas , ▁esta ndo ▁bien ▁in for m ado ▁de ▁esta ▁se c ta , ▁les ▁puso ▁di l ación , ▁diciendo : ▁Cuan do ▁descend iere ▁el ▁tribu no ▁L is i as ▁acaba ré ▁de ▁conoc er ▁de ▁vuestro ▁negocio .
▁E s per ando ▁también ▁con ▁esto , ▁que ▁de ▁parte ▁de ▁P ab lo ▁le ▁ser ían ▁dado s ▁dinero s , ▁por que ▁le ▁so l ta se ; ▁por ▁lo ▁cual , ▁haci é ndo le ▁ven ir ▁much as ▁veces , ▁habla ba ▁con ▁él .
▁P id iendo ▁gracia ▁contra ▁él , ▁que ▁le ▁ hi ci e se ▁tra er ▁á ▁Jerusalem , ▁pon iendo ▁ellos ▁as e ch an za s ▁para ▁matar le ▁en ▁el ▁camino .
▁El ▁cual ▁venido , ▁le ▁rod e aron ▁los ▁ J ud í os ▁que ▁habían ▁venido ▁de ▁Jerusalem , ▁pon iendo ▁contra ▁P ab lo ▁much as ▁y ▁grave s ▁a cu s a ciones , ▁las ▁cuales ▁no ▁pod ían ▁pro b ar ;
▁Porque ▁si ▁alguna ▁in j u ri a , ▁ó ▁cosa ▁alguna ▁di g n a ▁de ▁muerte ▁he ▁hecho , ▁no ▁re hu s o ▁mor ir ; ▁mas ▁si ▁nada ▁hay ▁de ▁las ▁cosas ▁de ▁que ▁é st os ▁me ▁a cu s an , ▁nadie ▁pu ed e ▁dar me ▁á ▁ellos . ▁A ▁C é s ar ▁a pe lo .
▁So bre ▁el ▁cual , ▁cuando ▁f u í ▁á ▁Jerusalem , ▁vinieron ▁á ▁mí ▁los ▁príncipes ▁de ▁los ▁sacerdote s ▁y ▁los ▁ancianos ▁de ▁los ▁ J ud í os , ▁pi d iendo ▁con de n ación ▁contra ▁él :
▁So l amente ▁tenía n ▁contra ▁él ▁ ci er ta s ▁cu es tion es ▁acerca ▁de ▁su ▁su per st i ción , ▁y ▁de ▁un ▁cierto ▁Je s ú s , ▁di f un to , ▁el ▁cual ▁P ab lo ▁a f ir ma ba ▁que ▁estaba ▁vi v o .
▁Y ▁al ▁otro ▁día , ▁vi n iendo ▁A g ri pa ▁y ▁B er n i ce ▁con ▁mucho ▁a para to , ▁y ▁entr ando ▁en ▁la ▁a ud i en ci a ▁con ▁los ▁tribu nos ▁y ▁principal es ▁hombres ▁de ▁la ▁ciudad , ▁por ▁man da to ▁de ▁F est o , ▁fué ▁traído ▁P ab lo .
▁Porque ▁fuera ▁de ▁ ra z ón ▁me ▁par e ce ▁enviar ▁un ▁pre s o , ▁y ▁no ▁in for m ar ▁de ▁las ▁causa s .
▁Mi ▁vida ▁pues ▁de s de ▁la ▁mo ce dad , ▁la ▁cual ▁de s de ▁el ▁pri n ci p i o ▁fué ▁en ▁mi ▁ n ación , ▁en ▁Jerusalem , ▁todos ▁los ▁ J ud í os ▁la ▁sabe n :
▁ ¡ Qué ! ▁¿ J ú z ga se ▁cosa ▁in c re í ble ▁entre ▁vosotros ▁que ▁Dios ▁re s u ci te ▁los ▁muerto s ?
▁En ▁lo ▁cual ▁oc u p ado , ▁ye ndo ▁á ▁Da ma s co ▁con ▁p o t est ad ▁y ▁com is ió n ▁de ▁los ▁príncipes ▁de ▁los ▁sacerdote s ,
▁Mas ▁le v án ta te , ▁y ▁pon te ▁sobre ▁tu s ▁pie s ; ▁por que ▁para ▁esto ▁te ▁he ▁a pa recido , ▁para ▁pon er te ▁por ▁ministr o ▁y ▁testigo ▁de ▁las ▁cosas ▁que ▁has ▁visto , ▁y ▁de ▁aquella s ▁en ▁que ▁ap are ce ré ▁á ▁ti :
▁A n te s ▁a nunc i é ▁primer amente ▁á ▁los ▁que ▁están ▁en ▁Da ma s co , ▁y ▁Jerusalem , ▁y ▁por ▁toda ▁la ▁tierra ▁de ▁ J u de a , ▁y ▁á ▁los ▁Ge n til es , ▁que ▁se ▁ar re p in t i es en ▁y ▁se ▁con vi r t i es en ▁á ▁Dios , ▁ha c iendo ▁obra s ▁di g n as ▁de ▁ar re p en t imiento .
▁Y ▁diciendo ▁él ▁esta s ▁cosas ▁en ▁su ▁de f en s a , ▁F est o ▁á ▁gran ▁voz ▁dijo : ▁E st ás ▁lo co , ▁P ab lo : ▁las ▁much as ▁let ra s ▁te ▁ v ue l v en ▁lo co ▁ .
▁Entonces ▁A g ri pa ▁dijo ▁á ▁P ab lo : ▁Por ▁poco ▁me ▁per s u ad es ▁á ▁ser ▁C ri st i an o .
▁Y ▁A g ri pa ▁dijo ▁á ▁F est o : ▁P o d ía ▁este ▁hombre ▁ser ▁su el to , ▁si ▁no ▁ hu bi er a ▁ap el ado ▁á ▁C é s ar .
▁Y ▁haci é ndo nos ▁á ▁la ▁ve la ▁de s de ▁allí , ▁ n ave ga mos ▁ba jo ▁de ▁C i p ro , ▁por que ▁los ▁vi en to s ▁era n ▁contra ri os .
▁Y ▁co s te ándo la ▁di f í ci l mente , ▁lleg a mos ▁á ▁un ▁lugar ▁que ▁ l la man ▁B ue nos ▁P u er to s ▁ , ▁cerca ▁del ▁cual ▁estaba ▁la ▁ciudad ▁de ▁La se a .
▁Y ▁no ▁ha b iendo ▁pu er to ▁ cómo do ▁para ▁in ver n ar , ▁mucho s ▁a co r d aron ▁pasar ▁a ún ▁de ▁allí , ▁por ▁si ▁pu di es en ▁arriba r ▁á ▁F en i ce ▁é ▁in ver n ar ▁allí , ▁que ▁es ▁un ▁pu er to ▁de ▁C re ta ▁que ▁mira ▁al ▁No r de s te ▁y ▁Su de s te .
▁Y ▁ha b iendo ▁cor r ido ▁á ▁so t ave n to ▁de ▁una ▁pe que ñ a ▁is la ▁que ▁se ▁ l la ma ▁C la ud a , ▁ap en as ▁pu di mos ▁ ga n ar ▁el ▁es qui f e :
▁Y ▁no ▁par e c iendo ▁so l ▁ni ▁es t re l la s ▁por ▁mucho s ▁días , ▁y ▁vi n iendo ▁una ▁tem p est ad ▁no ▁pe que ñ a , ▁y a ▁era ▁per di da ▁toda ▁la ▁es per an za ▁de ▁nuestra ▁sal ud .
▁Di c iendo : ▁P ab lo , ▁no ▁tem as ; ▁es ▁men est er ▁que ▁sea s ▁present ado ▁delante ▁de ▁C é s ar ; ▁y ▁he ▁aquí , ▁Dios ▁te ▁ha ▁dado ▁todos ▁los ▁que ▁ n ave ga n ▁contigo ▁ .
▁Y ▁echa ndo ▁la ▁son da , ▁halla ron ▁veinte ▁br az as ; ▁y ▁pasa ndo ▁un ▁poco ▁más ▁a de l an te , ▁ v o l viendo ▁á ▁echar ▁la ▁son da , ▁halla ron ▁qu in ce ▁br az as .
▁Entonces ▁los ▁so l d ados ▁cor t aron ▁los ▁cabo s ▁del ▁es qui f e , ▁y ▁de j áronlo ▁per der .
▁Entonces ▁todos ▁ten iendo ▁y a ▁mejor ▁á n im o , ▁com ieron ▁ellos ▁también .
▁C or t ando ▁pues ▁las ▁an c la s , ▁las ▁dejar on ▁en ▁la ▁mar , ▁la r g ando ▁también ▁las ▁at ad ura s ▁de ▁los ▁go be rna l les ; ▁y ▁al z ada ▁la ▁ve la ▁may or ▁al ▁vi en to , ▁ í ba n se ▁á ▁la ▁orilla .
▁Y ▁los ▁de m ás , ▁parte ▁en ▁tablas , ▁parte ▁en ▁cosas ▁de ▁la ▁ n ave . ▁Y ▁así ▁aconteció ▁que ▁todos ▁se ▁salva ron ▁sal iendo ▁á ▁tierra .
▁Y ▁ como ▁los ▁ b á r ba ro s ▁vieron ▁la ▁ v í b o ra ▁co l g ando ▁de ▁su ▁mano , ▁decía n ▁los ▁uno s ▁á ▁los ▁otro s : ▁C iertamente ▁este ▁hombre ▁es ▁homicida , ▁á ▁quien , ▁es ca p ado ▁de ▁la ▁mar , ▁la ▁justicia ▁no ▁de ja ▁vivir .
▁Y ▁aconteció ▁que ▁el ▁padre ▁de ▁P u b li o ▁estaba ▁en ▁ca ma , ▁en f er mo ▁de ▁f i e bre s ▁y ▁de ▁di s ente r ía : ▁al ▁cual ▁P ab lo ▁entr ó , ▁y ▁después ▁de ▁haber ▁or ado , ▁le ▁puso ▁las ▁manos ▁en ci ma , ▁y ▁le ▁s an ó :
▁Y ▁lleg ados ▁á ▁Si ra cu s a , ▁estuv i mos ▁allí ▁tres ▁días .
▁Y ▁ como ▁lleg a mos ▁á ▁R o ma , ▁el ▁c en tu ri ón ▁entregó ▁los ▁pre s os ▁al ▁pre f e c to ▁de ▁los ▁ejército s , ▁mas ▁á ▁P ab lo ▁fué ▁per mi t ido ▁esta r ▁por ▁sí , ▁con ▁un ▁so l d ado ▁que ▁le ▁guarda se .
▁As í ▁que , ▁por ▁esta ▁causa , ▁os ▁he ▁llamado ▁para ▁ver os ▁y ▁hablar os ; ▁por que ▁por ▁la ▁es per an za ▁de ▁Israel ▁esto y ▁rod e ado ▁de ▁esta ▁ca de n a .
▁Y ▁alguno s ▁as en t ían ▁á ▁lo ▁que ▁se ▁decía , ▁mas ▁alguno s ▁no ▁c re ían .
▁S é a os ▁pues ▁not o ri o ▁que ▁á ▁los ▁Ge n til es ▁es ▁en vi ada ▁esta ▁sal ud ▁de ▁Dios : ▁y ▁ellos ▁oir án .
▁P A B L O , ▁llamado á ▁se ra p ó s to l ▁de ▁Je s u c ri s to ▁por ▁la ▁ v o l un ta d ▁de ▁Dios , ▁y ▁S ó st en es ▁el ▁hermano ,
▁Que ▁en ▁todas ▁las ▁cosas ▁so is ▁en ri que c ido s ▁en ▁él , ▁en ▁toda ▁le n gu a ▁y ▁en ▁toda ▁cien ci a ;
▁F i el ▁es ▁Dios , ▁por ▁el ▁cual ▁so is ▁llamado s ▁á ▁la ▁part i ci p ación ▁de ▁su ▁Hi jo ▁Je s u c ri s to ▁nuestro ▁Señor .
▁¿ E st á ▁di vi d ido ▁C ri s to ? ▁¿ F u é ▁c r u ci f i c ado ▁P ab lo ▁por ▁vosotros ? ▁¿ ó ▁ha béis ▁sido ▁ba u t i z ados ▁en ▁el ▁nombre ▁de ▁P ab lo ?
▁Porque ▁no ▁me ▁envió ▁C ri s to ▁á ▁ba u t i za r , ▁sin o ▁á ▁pre di c ar ▁el ▁ e v an g el i o : ▁no ▁en ▁sabiduría ▁de ▁palabras , ▁por que ▁no ▁sea ▁he ch a ▁va n a ▁la ▁c r u z ▁de ▁C ri s to .
▁Porque ▁por ▁no ▁haber ▁el ▁mu ndo ▁conoc ido ▁en ▁la ▁sabiduría ▁de ▁Dios ▁á ▁Dios ▁por ▁sabiduría , ▁a g ra d ó ▁á ▁Dios ▁salva r ▁á ▁los ▁c re y ente s ▁por ▁la ▁lo cu ra ▁de ▁la ▁pre di c ación .
▁Porque ▁lo ▁lo co ▁de ▁Dios ▁es ▁más ▁s a bi o ▁que ▁los ▁hombres ; ▁y ▁lo ▁f la co ▁de ▁Dios ▁es ▁más ▁fuerte ▁que ▁los ▁hombres .
▁Para ▁que ▁ninguna ▁carne ▁se ▁ ja c te ▁en ▁su ▁presencia .
▁Porque ▁no ▁me ▁pro p u se ▁sabe r ▁al go ▁entre ▁vosotros , ▁sin o ▁á ▁Je s u c ri s to ▁ , ▁y ▁á ▁éste ▁c r u ci f i c ado .
▁E mpero ▁habla mos ▁sabiduría ▁entre ▁per f e c to s ; ▁y ▁sabiduría , ▁no ▁de ▁este ▁si g lo , ▁ni ▁de ▁los ▁príncipes ▁de ▁este ▁si g lo , ▁que ▁se ▁de s h a ce n :
▁E mpero ▁Dios ▁no s ▁lo ▁re v el ó ▁á ▁nosotros ▁por ▁el ▁E s p í ri tu : ▁por que ▁el ▁E s p í ri tu ▁todo ▁lo ▁es cu d ri ñ a , ▁aun ▁lo ▁pro f u ndo ▁de ▁Dios .
▁Mas ▁el ▁hombre ▁animal ▁no ▁per ci be ▁las ▁cosas ▁que ▁son ▁del ▁E s p í ri tu ▁de ▁Dios , ▁por que ▁le ▁son ▁lo cu ra : ▁y ▁no ▁las ▁pu ed e ▁en t en der , ▁por que ▁se ▁han ▁de ▁ex am in ar ▁es p i ri tu al mente .
▁O s ▁d í ▁á ▁beber ▁le ch e , ▁y ▁no ▁vi an da : ▁por que ▁aun ▁no ▁pod ía is , ▁ni ▁aun ▁pod éis ▁ahora ;
▁Yo ▁plant é , ▁A p o los ▁re g ó : ▁mas ▁Dios ▁ha ▁dado ▁el ▁c re c imiento .
▁C on for me ▁á ▁la ▁gracia ▁de ▁Dios ▁que ▁me ▁ha ▁sido ▁d ada , ▁yo ▁ como ▁per i to ▁ar qui te c to ▁pu se ▁el ▁f un da ment o , ▁y ▁otro ▁edifica ▁en ci ma : ▁ e mpero ▁ cada ▁uno ▁ve a ▁ cómo ▁sobre ed i f i ca .
▁Si ▁per man e c iere ▁la ▁obra ▁de ▁alguno ▁que ▁sobre ed i f i c ó , ▁recibir á ▁rec om p en s a .
▁N a di e ▁se ▁en ga ñ e ▁á ▁sí ▁mismo : ▁si ▁alguno ▁entre ▁vosotros ▁par e ce ▁ser ▁s a bi o ▁en ▁este ▁si g lo , ▁ h á ga se ▁si m p le , ▁para ▁ser ▁s a bi o .
▁Se a ▁P ab lo , ▁sea ▁A p o los , ▁sea ▁C e f as , ▁sea ▁el ▁mu ndo , ▁sea ▁la ▁vida , ▁sea ▁la ▁muerte , ▁sea ▁lo ▁presente , ▁sea ▁los ▁por ▁ven ir ; ▁todo ▁es ▁vuestro ;
▁Yo ▁en ▁mu y ▁poco ▁ten go ▁el ▁ser ▁juzg ado ▁de ▁vosotros , ▁ó ▁de ▁juicio ▁ hu man o ; ▁y ▁ni ▁aun ▁yo ▁me ▁juzg o .
▁Porque ▁¿ qui é n ▁te ▁di st ing ue ? ▁¿ ó ▁qué ▁tiene s ▁que ▁no ▁haya s ▁re ci b ido ? ▁Y ▁si ▁lo ▁re ci b iste , ▁¿ de ▁qué ▁te ▁ g l or ía s ▁ como ▁si ▁no ▁ hu bi er as ▁re ci b ido ?
▁Ha s ta ▁esta ▁ho ra ▁hambre a mos , ▁y ▁ten emos ▁se d , ▁y ▁esta mos ▁de s n ud os , ▁y ▁so mos ▁her ido s ▁de ▁go l pe s , ▁y ▁and a mos ▁va ga b u ndo s ;
▁Porque ▁aun que ▁ten g áis ▁diez ▁mil ▁a y os ▁en ▁C ri s to , ▁no ▁tendréis ▁mucho s ▁padres ; ▁que ▁en ▁C ri s to ▁Je s ú s ▁yo ▁os ▁en g en d ré ▁por ▁el ▁ e v an g el i o .
▁E mpero ▁ir é ▁pre s to ▁á ▁vosotros , ▁si ▁el ▁Señor ▁qu is iere ; ▁y ▁en t en de ré , ▁no ▁las ▁palabras ▁de ▁los ▁que ▁and an ▁hin ch ados , ▁sin o ▁la ▁vi r t ud .
▁Y ▁vosotros ▁está is ▁hin ch ados , ▁y ▁no ▁más ▁bien ▁tu vi steis ▁d ue lo , ▁para ▁que ▁fuese ▁qu ita do ▁de ▁en ▁medio ▁de ▁vosotros ▁el ▁que ▁hizo ▁tal ▁obra .
▁No ▁es ▁buena ▁vuestra ▁ ja c t an ci a . ▁¿ No ▁s a béis ▁que ▁un ▁poco ▁de ▁levadura ▁le ud a ▁toda ▁la ▁mas a ?
▁No ▁a b s o l u t amente ▁con ▁los ▁for n i ca ri os ▁de ▁este ▁mu ndo , ▁ó ▁con ▁los ▁a v ar os , ▁ó ▁con ▁los ▁la d ron es , ▁ó ▁con ▁los ▁ id ó la tra s ; ▁pues ▁en ▁tal ▁ca s o ▁os ▁ser ía ▁men est er ▁sal ir ▁del ▁mu ndo .
▁¿ O S A ▁alguno ▁de ▁vosotros , ▁ten iendo ▁al go ▁con ▁otro , ▁ir ▁á ▁juicio ▁delante ▁de ▁los ▁in j u st os , ▁y ▁no ▁delante ▁de ▁los ▁santo s ?
▁Para ▁a ver g on za ro s ▁lo ▁di go . ▁¿ P ue s ▁qué , ▁no ▁hay ▁entre ▁vosotros ▁s a bi o , ▁ni ▁aun ▁uno ▁que ▁pu ed a ▁juzg ar ▁entre ▁sus ▁hermanos ;
▁¿ No ▁s a béis ▁que ▁los ▁in j u st os ▁no ▁poseer án ▁el ▁reino ▁de ▁Dios ? ▁No ▁ er réis , ▁que ▁ni ▁los ▁for n i ca ri os , ▁ni ▁los ▁ id ó la tra s , ▁ni ▁los ▁a d ú l t eros , ▁ni ▁los ▁a f em in ados , ▁ni ▁los ▁que ▁se ▁echa n ▁con ▁varones ,
▁La s ▁vi an das ▁para ▁el ▁vi en t re , ▁y ▁el ▁vi en t re ▁para ▁las ▁vi an das ; ▁ e mpero ▁y ▁á ▁él ▁y ▁á ▁ella s ▁de s h ará ▁Dios . ▁Mas ▁el ▁cuerpo ▁no ▁es ▁para ▁la ▁for n i c ación , ▁sin o ▁para ▁el ▁Señor ; ▁y ▁el ▁Señor ▁para ▁el ▁cuerpo :
▁E mpero ▁el ▁que ▁se ▁junt a ▁con ▁el ▁Señor , ▁un ▁espíritu ▁es .
▁C U A N T O ▁á ▁las ▁cosas ▁de ▁que ▁me ▁es c ri bi steis , ▁bien ▁es ▁al ▁hombre ▁no ▁to c ar ▁mujer .
▁No ▁os ▁de f ra ud éis ▁el ▁uno ▁al ▁otro , ▁á ▁no ▁ser ▁por ▁al g ún ▁tiempo ▁de m u tu o co n s en t imiento , ▁para ▁oc u pa ro s ▁en ▁la ▁or ación : ▁y ▁ v o l v ed ▁á ▁junt ar os ▁en ▁uno , ▁por que ▁no ▁os ▁ti ente ▁S a t an ás ▁á ▁causa ▁de ▁vuestra ▁in co n t in en ci a .
▁Y ▁si ▁no ▁tiene n ▁don ▁de ▁con t in en ci a , ▁c ás en se ; ▁que ▁mejor ▁es ▁casa r se ▁que ▁que m ar se .
▁Y ▁la ▁mujer ▁que ▁tiene ▁marido ▁in f i el , ▁y ▁él ▁con s iente ▁en ▁habita r ▁con ▁ella , ▁no ▁lo ▁de je .
▁E mpero ▁ cada ▁uno ▁ como ▁el ▁Señor ▁le ▁re p ar t ió , ▁y ▁ como ▁Dios ▁llamó ▁á ▁ cada ▁uno , ▁así ▁and e : ▁y ▁así ▁en se ñ o ▁en ▁todas ▁las ▁ i g les i as .
▁¿ E res ▁llamado ▁s iendo ▁siervo ? ▁no ▁se ▁te ▁d é ▁cu id ado : ▁mas ▁también ▁si ▁pu ed es ▁hacer te ▁libr e , ▁pro c ú ra lo ▁más .
▁E mpero ▁de ▁las ▁ v í r g en es ▁no ▁ten go ▁man d amiento ▁del ▁Señor ; ▁mas ▁do y ▁mi ▁par e cer , ▁ como ▁quien ▁ha ▁al ca n z ado ▁misericordia ▁del ▁Señor ▁para ▁ser ▁f i el .
▁E s to ▁ e mpero ▁di go , ▁hermanos , ▁que ▁el ▁tiempo ▁es ▁cor to : ▁lo ▁que ▁rest a ▁es , ▁que ▁los ▁que ▁tiene n ▁mujeres ▁sea n ▁ como ▁los ▁que ▁no ▁las ▁tiene n ;
▁E mpero ▁el ▁que ▁se ▁ca s ó ▁tiene ▁cu id ado ▁de ▁las ▁cosas ▁que ▁son ▁del ▁mu ndo , ▁ cómo ▁ha ▁de ▁a g ra d ar ▁á ▁su ▁mujer .
▁P er o ▁el ▁que ▁está ▁f ir me ▁en ▁su ▁corazón , ▁y ▁no ▁tiene ▁ n e ce s i dad , ▁sin o ▁que ▁tiene ▁li b er ta d ▁de ▁su ▁ v o l un ta d , ▁y ▁de t er mi n ó ▁en ▁su ▁corazón ▁esto , ▁el ▁guarda r ▁su ▁hija ▁vi r g en , ▁bien ▁ha ce .
▁Y ▁P O R ▁lo ▁que ▁ha ce ▁á ▁lo ▁sacrific ado ▁á ▁los ▁ í do los , ▁sabe mos ▁que ▁todos ▁ten emos ▁cien ci a . ▁La ▁cien ci a ▁hin ch a , ▁mas ▁la ▁ca ri dad ▁edifica .
▁Porque ▁aun que ▁haya ▁alguno s ▁que ▁se ▁ l l am en ▁dioses , ▁ó ▁en ▁el ▁cielo , ▁ó ▁en ▁la ▁tierra ▁ ( como ▁hay ▁mucho s ▁dioses ▁y ▁mucho s ▁señor es ) ,
▁Mas ▁mira d ▁que ▁esta ▁vuestra ▁li b er ta d ▁no ▁sea ▁ t ro pe za der o ▁á ▁los ▁que ▁son ▁f la co s .
▁Por ▁lo ▁cual , ▁si ▁la ▁com i da ▁es ▁á ▁mi ▁hermano ▁oc as ió n ▁de ▁ca er , ▁ ja m ás ▁come ré ▁carne ▁por ▁no ▁es ca nd al i za r ▁á ▁mi ▁hermano .
▁ Qué , ▁¿ no ▁ten emos ▁p o t est ad ▁de ▁come r ▁y ▁de ▁beber ?
▁¿ D i go ▁esto ▁seg ún ▁los ▁hombres ? ▁¿ no ▁di ce ▁esto ▁también ▁la ▁le y ?
▁Si ▁otro s ▁tiene n ▁en ▁vosotros ▁esta ▁p o t est ad , ▁¿ no ▁más ▁bien ▁nosotros ? ▁Mas ▁no ▁he mos ▁us ado ▁de ▁esta ▁p o t est ad : ▁antes ▁lo ▁su f ri mos ▁todo , ▁por ▁no ▁pon er ▁ ning ún ▁ob st á cu lo ▁al ▁ e v an g el i o ▁de ▁C ri s to .
▁P ue s ▁bien ▁que ▁a nunc i o ▁el ▁ e v an g el i o , ▁no ▁ten go ▁por ▁qué ▁gloria r me ▁ ; ▁por que ▁me ▁es ▁imp ue s ta ▁ n e ce s i dad ; ▁y ▁ ¡ a y ▁de ▁mí ▁si ▁no ▁a nunc i are ▁el ▁ e v an g el i o !
▁He me ▁hecho ▁á ▁los ▁ J ud í os ▁ como ▁ J ud í o , ▁por ▁ ga n ar ▁á ▁los ▁ J ud í os ; ▁á ▁los ▁que ▁están ▁su je to s ▁á ▁la ▁le y ▁ ( a un que ▁yo ▁no ▁sea ▁su je to ▁á ▁la ▁le y ) ▁ como ▁su je to ▁á ▁la ▁le y , ▁por ▁ ga n ar ▁á ▁los ▁que ▁están ▁su je to s ▁á ▁la ▁le y ;
▁¿ No ▁s a béis ▁que ▁los ▁que ▁cor re n ▁en ▁el ▁esta di o , ▁todos ▁á ▁la ▁ver dad ▁cor re n , ▁mas ▁uno ▁llev a ▁el ▁pre mi o ? ▁C or r ed ▁de ▁tal ▁manera ▁que ▁lo ▁ob t en g áis .
▁P O R Q U E ▁no ▁ qui er o , ▁hermanos , ▁que ▁ i g no réis ▁que ▁nuestro s ▁padres ▁todos ▁es tuvieron ▁ba jo ▁la ▁nube , ▁y ▁todos ▁pasar on ▁la ▁mar ;
▁Mas ▁de ▁mucho s ▁de ▁ellos ▁no ▁se ▁a g ra d ó ▁Dios ; ▁por ▁lo ▁cual ▁fueron ▁postr ados ▁en ▁el ▁desierto .
▁N i ▁tent emos ▁á ▁C ri s to , ▁ como ▁también ▁alguno s ▁de ▁ellos le t enta ron , ▁y ▁per e c ieron ▁por ▁las ▁ser p iente s .
▁No ▁os ▁ha ▁tomado ▁tent ación , ▁sin o ▁ hu man a : ▁mas ▁f i el ▁es ▁Dios , ▁que ▁no ▁os ▁dejar á ▁ser ▁tent ados ▁más ▁de ▁lo ▁que ▁pod éis ▁llev ar ; ▁antes ▁dará ▁también ▁junt amente ▁con ▁la ▁tent ación ▁la ▁sal i da , ▁para ▁que ▁pod áis ▁agua n t ar .
▁Porque ▁un ▁pan , ▁es ▁que ▁mucho s ▁so mos ▁un ▁cuerpo ; ▁pues ▁todos ▁part i ci pa mos ▁de ▁aquel ▁un ▁pan .
▁No ▁pod éis ▁beber ▁la ▁co pa ▁del ▁Señor , ▁y ▁la ▁co pa ▁de ▁los ▁de mo n i os : ▁no ▁pod éis ▁ser ▁part í ci pe s ▁de ▁la ▁me s a ▁del ▁Señor , ▁y ▁de ▁la ▁me s a ▁de ▁los ▁de mo n i os .
▁De ▁todo ▁lo ▁que ▁se ▁ven de ▁en ▁la ▁ca r n i cer ía , ▁come d , ▁sin ▁pregunta r ▁nada ▁por ▁causa ▁de ▁la ▁con ci en ci a ;
▁La ▁con ci en ci a , ▁di go , ▁no ▁tu y a , ▁sin o ▁del ▁otro . ▁P ue s ▁¿ por ▁qué ▁ha ▁de ▁ser ▁juzg ada ▁mi ▁li b er ta d ▁por ▁otra ▁con ci en ci a ?
▁C o mo ▁también ▁yo ▁en ▁todas ▁las ▁cosas ▁com p l az co ▁á ▁todos , ▁no ▁pro cu r ando ▁mi ▁pro p i o ▁be n e f i ci o , ▁sin o ▁el ▁de ▁mucho s , ▁para ▁que ▁sea n ▁sal v os .
▁Todo ▁varón ▁que ▁or a ▁ó ▁pro f e t i za ▁cubierta ▁la ▁cabeza , ▁a f r enta ▁su ▁cabeza .
▁Porque ▁el ▁varón ▁no ▁es ▁de ▁la ▁mujer , ▁sin o ▁la ▁mujer ▁del ▁varón .
▁Porque ▁ como ▁la ▁mujer ▁es ▁del ▁varón , ▁así ▁también ▁el ▁varón ▁es ▁por ▁la ▁mujer : ▁ e mpero ▁todo ▁de ▁Dios .
▁C on ▁todo ▁es o , ▁si ▁alguno ▁par e ce ▁ser ▁con t en ci os o , ▁nosotros ▁no ▁ten emos ▁tal ▁co st umb re , ▁ni ▁las ▁ i g les i as ▁de ▁Dios .
▁Cuan do ▁pues ▁os ▁junt áis ▁en ▁uno , ▁esto ▁no ▁es ▁come r ▁la ▁c en a ▁del ▁Señor :
▁Y ▁ha b iendo ▁dado ▁gracia s , ▁lo ▁part ió , ▁y ▁dijo : ▁Toma d , ▁come d : ▁esto ▁es ▁mi ▁cuerpo ▁que ▁por ▁vosotros ▁es ▁part ido : ▁ha c ed ▁esto ▁en ▁memoria ▁de ▁mí .
▁Por ▁tanto , ▁p r u é be se ▁ cada ▁uno ▁á ▁sí ▁mismo , ▁y ▁com a ▁así ▁de ▁aquel ▁pan , ▁y ▁be ba ▁de ▁aquella ▁co pa .
▁Mas ▁s iendo ▁juzg ados , ▁so mos ▁cast i g ados ▁del ▁Señor , ▁para ▁que ▁no ▁sea mos ▁con de n ados ▁con ▁el ▁mu ndo .
▁S a béis ▁que ▁cuando ▁era is ▁Ge n til es , ▁iba is , ▁ como ▁era is ▁llev ados , ▁á ▁los ▁ í do los ▁mu do s .
▁Y ▁hay ▁re p ar t imiento ▁de ▁ o per a ciones ; ▁mas ▁el ▁mismo ▁Dios ▁es ▁el ▁que ▁obra ▁todas ▁las ▁cosas ▁en ▁todos .
▁A ▁otro , ▁ o per a ciones ▁de ▁mil a g ro s ; ▁y ▁á ▁otro , ▁pro f e c ía ; ▁y ▁á ▁otro , ▁di s c re ción ▁de ▁espíritu s ; ▁y ▁á ▁otro , ▁ g é n eros ▁de ▁le n gu as ; ▁y ▁á ▁otro , ▁in t er p re t ación ▁de ▁le n gu as .
▁P ue s ▁ni ▁ t am p o co ▁el ▁cuerpo ▁es ▁un ▁mi em b ro , ▁sin o ▁mucho s .
▁Mas ▁ahora ▁Dios ▁ha ▁co lo c ado ▁los ▁mi em b ro s ▁ cada ▁uno ▁de ▁ellos ▁en ▁el ▁cuerpo , ▁ como ▁quiso .
▁A n te s , ▁mucho ▁más ▁los ▁mi em b ro s ▁del ▁cuerpo ▁que ▁par e ce n ▁más ▁f la co s , ▁son ▁ n e ce s ar i os ;
▁Por ▁manera ▁que ▁si ▁un ▁mi em b ro ▁pa de ce , ▁todos ▁los ▁mi em b ro s ▁á ▁una ▁se ▁d ue l en ; ▁y ▁si ▁un ▁mi em b ro ▁es ▁ho n r ado , ▁todos ▁los ▁mi em b ro s ▁á ▁una ▁se ▁go za n .
▁¿ T i en en ▁todos ▁done s ▁de ▁s an i dad ? ▁¿ h ab l an ▁todos ▁le n gu as ? ▁¿ in t er p re t an ▁todos ?
▁Y ▁si ▁re p ar t i e se ▁toda ▁mi ▁haci en da ▁para ▁dar ▁de ▁come r ▁á ▁p o bre s , ▁y ▁si ▁entre ga se ▁mi ▁cuerpo ▁para ▁ser ▁que m ado , ▁y ▁no ▁ten go ▁ca ri dad , ▁de ▁nada ▁me ▁sirv e .
▁Todo ▁lo ▁su f re , ▁todo ▁lo ▁c re e , ▁todo ▁lo ▁es per a , ▁todo ▁lo ▁so por ta .
▁Cuan do ▁yo ▁era ▁niño , ▁habla ba ▁ como ▁niño , ▁pe n s aba ▁ como ▁niño , ▁juzg aba ▁ como ▁niño ; ▁mas ▁cuando ▁y a ▁f u í ▁hombre ▁hecho , ▁de j é ▁lo ▁que ▁era ▁de ▁niño .
▁Porque ▁el ▁que ▁habla ▁en ▁le n gu as , ▁no ▁habla ▁á ▁los ▁hombres , ▁sin o ▁á ▁Dios ; ▁por que ▁nadie ▁le ▁en t i en de , ▁aun que ▁en ▁espíritu ▁ha ble ▁mis te ri os .
▁Ahora ▁pues , ▁hermanos , ▁si ▁yo ▁fuere ▁á ▁vosotros ▁habla ndo ▁le n gu as , ▁¿ qué ▁os ▁ap r ove ch aré , ▁si ▁no ▁os ▁hablar e , ▁ó ▁con ▁re v el ación , ▁ó ▁con ▁cien ci a , ▁ó ▁con ▁pro f e c ía , ▁ó ▁con ▁do c t ri n a ?
▁T an to s ▁ g é n eros ▁de ▁voces , ▁por ▁ e je m p lo ▁ , ▁hay ▁en ▁el ▁mu ndo , ▁y ▁nada ▁hay ▁mu do ;
▁Porque ▁si ▁yo ▁or are ▁en ▁le n gu a ▁de s co no ci da , ▁mi ▁espíritu ▁or a ; ▁mas ▁mi ▁en te nd imiento ▁es ▁sin ▁fruto .
▁Do y ▁gracia s ▁á ▁Dios ▁que ▁ha b lo ▁le n gu as ▁más ▁que ▁todos ▁vosotros :
▁As í ▁que , ▁las ▁le n gu as ▁por ▁señal ▁son , ▁no ▁á ▁los ▁f i e les , ▁sin o ▁á ▁los ▁in f i e les : ▁mas ▁la ▁pro f e c ía , ▁no ▁á ▁los ▁in f i e les , ▁sin o ▁á ▁los ▁f i e les .
▁¿ Qué ▁hay ▁pues , ▁hermanos ? ▁Cuan do ▁os ▁junt áis , ▁ cada ▁uno ▁de ▁vosotros ▁tiene ▁sal mo , ▁tiene ▁do c t ri n a , ▁tiene ▁le n gu a , ▁tiene ▁re v el ación , ▁tiene ▁in t er p re t ación : ▁ h á ga se ▁todo ▁para ▁edifica ción .
▁Y ▁si ▁á ▁otro ▁que ▁estuviere ▁sent ado , ▁fuere ▁re v el ado , ▁ca l le ▁el ▁primer o .
▁ V u est ra s ▁mujeres ▁ca l l en ▁en ▁las ▁con g re ga ciones ; ▁por que ▁no ▁les ▁es ▁per mi t ido ▁hablar , ▁sin o ▁que ▁es t é n ▁su je ta s , ▁ como ▁también ▁la ▁le y ▁di ce .
▁Mas ▁el ▁que ▁ i g no ra , ▁ i g no re .
▁Por ▁el ▁cual ▁a simismo , ▁si ▁re t en éis ▁la ▁palabra ▁que ▁os ▁he ▁pre di c ado , ▁so is ▁sal v os , ▁si ▁no ▁c re í steis ▁en ▁va no .
▁Después ▁ap are ció ▁á ▁más ▁de ▁quinient os ▁hermanos ▁junto s ; ▁de ▁los ▁cuales ▁mucho s ▁vi v en ▁a ún ▁ , ▁y ▁otro s ▁son ▁muerto s .
▁E mpero ▁por ▁la ▁gracia ▁de ▁Dios ▁soy ▁lo ▁que ▁soy : ▁y ▁su ▁gracia ▁no ▁ha ▁sido ▁en ▁va no ▁para ▁conmigo ; ▁antes ▁he ▁tra ba ja do ▁más ▁que ▁todos ▁ellos : ▁per o ▁no ▁yo , ▁sin o ▁la ▁gracia ▁de ▁Dios ▁que ▁fué ▁conmigo ▁ .
▁Y ▁si ▁C ri s to ▁no ▁re s u ci t ó , ▁va n a ▁es ▁entonces ▁nuestra ▁pre di c ación , ▁va n a ▁es ▁también ▁vuestra ▁f e .
▁Entonces ▁también ▁los ▁que ▁d ur m ieron ▁en ▁C ri s to ▁son ▁per d ido s .
▁Porque ▁así ▁ como ▁en ▁Adam ▁todos ▁mu er en , ▁así ▁también ▁en ▁C ri s to ▁todos ▁serán ▁vi vi f i c ados .
▁Y ▁el ▁postr er ▁enemigo ▁que ▁será ▁de s h e ch o , ▁será ▁la ▁muerte .
▁¿ Y ▁por ▁qué ▁nosotros ▁pe li g ra mos ▁á ▁toda ▁ho ra ?
▁Ve la d ▁de bi d amente , ▁y ▁no ▁pe qué is ; ▁por que ▁alguno s ▁no ▁conoc en ▁á ▁Dios : ▁para ▁ver g ü en za ▁vuestra ▁ha b lo .
▁Mas ▁Dios ▁le ▁da ▁el ▁cuerpo ▁ como ▁quiso , ▁y ▁á ▁ cada ▁simiente ▁su ▁pro p i o ▁cuerpo .
▁As í ▁también ▁es ▁la ▁re s ur re c ción ▁de ▁los ▁muerto s . ▁Se ▁si em bra ▁en ▁cor r u p ción , ▁se ▁levant ará ▁en ▁in co r r u p ción ;
▁Mas ▁lo ▁es p i ri tu al ▁no ▁es ▁primer o , ▁sin o ▁lo ▁animal ; ▁luego ▁lo ▁es p i ri tu al .
▁E s to ▁ e mpero ▁di go , ▁hermanos : ▁que ▁la ▁carne ▁y ▁la ▁sangre ▁no ▁pu ed en ▁her ed ar ▁el ▁reino ▁de ▁Dios ; ▁ni ▁la ▁cor r u p ción ▁her ed a ▁la ▁in co r r u p ción .
▁Y ▁cuando ▁esto ▁cor r u p t i ble ▁fuere ▁vestido ▁de ▁in co r r u p ción , ▁y ▁esto ▁mor ta l ▁fuere ▁vestido ▁de ▁in mo r ta li dad , ▁entonces ▁se ▁ e f e c tu ará ▁la ▁palabra ▁que ▁está ▁es c ri ta : ▁So r bi da ▁es ▁la ▁muerte ▁con ▁vi c to ri a .
▁As í ▁que , ▁hermanos ▁mío s ▁am ados , ▁esta d ▁f ir me s ▁y ▁con st an te s , ▁c re c iendo ▁en ▁la ▁obra ▁del ▁Señor ▁siempre , ▁s ab iendo ▁que ▁vuestro ▁tra ba jo ▁en ▁el ▁Señor ▁no ▁es ▁va no .
▁Y ▁si ▁fuere ▁di g no ▁el ▁negocio ▁de ▁que ▁yo ▁también ▁vaya , ▁ir án ▁conmigo ▁ .
▁E mpero ▁esta ré ▁en ▁E f es o ▁hast a ▁P ente co st é s ;
▁A cer ca ▁del ▁hermano ▁A p o los , ▁mucho ▁le ▁he ▁ ro g ado ▁que ▁fuese ▁á ▁vosotros ▁con ▁los ▁hermanos ; ▁mas ▁en ▁ninguna ▁manera ▁tuvo ▁ v o l un ta d ▁de ▁ir ▁por ▁ahora ; ▁per o ▁ irá ▁cuando ▁tuviere ▁ o por t un i dad .
▁Que ▁vosotros ▁os ▁su je t éis ▁á ▁los ▁tal es , ▁y ▁á ▁todos ▁los ▁que ▁a y ud an ▁y ▁tra ba ja n .
▁O s ▁sal ud an ▁todos ▁los ▁hermanos . ▁Sal ud a os ▁los ▁uno s ▁á ▁los ▁otro s ▁con ▁ó s cu lo ▁santo .
▁Mi ▁am or ▁en ▁C ri s to ▁Je s ú s ▁sea ▁con ▁todos ▁vosotros . ▁A m é n . ▁La ▁primer a ▁á ▁los ▁C or in t i os ▁fué ▁en vi ada ▁de ▁F il i p os ▁con ▁E st é f an as , ▁y ▁For t un a to , ▁y ▁A ch â i co , ▁y ▁T im o te o .
▁El ▁cual ▁no s ▁con s ue la ▁en ▁todas ▁nuestra s ▁tribu la ciones , ▁para ▁que ▁pod a mos ▁también ▁nosotros ▁con s o l ar ▁á ▁los ▁que ▁están ▁en ▁cualquier a ▁an gu st i a , ▁con ▁la ▁con s o l ación ▁con ▁que ▁nosotros ▁so mos ▁con s o l ados ▁de ▁Dios .
▁Porque ▁hermanos , ▁no ▁que remos ▁que ▁ i g no réis ▁de ▁nuestra ▁tribu l ación ▁que ▁no s ▁fué ▁he ch a ▁en ▁As i a ; ▁que ▁sobre man er a ▁f u i mos ▁ca r g ados ▁sobre ▁nuestra s ▁fuerza s ▁de ▁tal ▁manera ▁que ▁estuv i é s emos ▁en ▁d ud a ▁de ▁la ▁vida .
▁Porque ▁nuestra ▁gloria ▁es ▁esta : ▁el ▁testimonio ▁de ▁nuestra ▁con ci en ci a , ▁que ▁con ▁si m p li ci dad ▁y ▁sin ce ri dad ▁de ▁Dios , ▁no ▁con ▁sabiduría ▁ca rna l , ▁mas ▁con ▁la ▁gracia ▁de ▁Dios , ▁he mos ▁con ver s ado ▁en ▁el ▁mu ndo , ▁y ▁mu y ▁más ▁con ▁vosotros .
▁Y ▁por ▁vosotros ▁pasar ▁á ▁Ma ce do n i a , ▁y ▁de ▁Ma ce do n i a ▁ven ir ▁otra ▁vez ▁á ▁vosotros , ▁y ▁ser ▁vuelto ▁de ▁vosotros ▁á ▁ J u de a .
▁Porque ▁todas ▁las ▁pro me s as ▁de ▁Dios ▁son ▁en ▁él ▁S í , ▁y ▁en ▁él ▁A m é n , ▁por ▁nosotros ▁á ▁gloria ▁de ▁Dios .
▁No ▁que ▁no s ▁en se ñ o re emos ▁de ▁vuestra ▁f e , ▁mas ▁so mos ▁a y ud ado res ▁de ▁vuestro ▁go zo : ▁por que ▁por ▁la ▁f e ▁está is ▁f ir me s .
▁Porque ▁por ▁la ▁much a ▁tribu l ación ▁y ▁an gu st i a ▁del ▁corazón ▁os ▁es c ri b í ▁con ▁much as ▁ l á g ri ma s ; ▁no ▁para ▁que ▁fuese is ▁con t ri st ados , ▁mas ▁para ▁que ▁su p i e se is ▁cu án to ▁más ▁am or ▁ten go ▁para ▁con ▁vosotros .
▁Por ▁lo ▁cual ▁os ▁ruego ▁que ▁confirm éis ▁el ▁am or ▁para ▁con ▁él .
▁Cuan do ▁vi n e ▁á ▁T ro as ▁para ▁el ▁ e v an g el i o ▁de ▁C ri s to , ▁aun que ▁me ▁fué ▁a bi er ta ▁puerta ▁en ▁el ▁Señor ,
▁A ▁é st os ▁c iertamente ▁olor ▁de ▁muerte ▁para ▁muerte ; ▁y ▁á ▁a qué l los ▁olor ▁de ▁vida ▁para ▁vida . ▁Y ▁para ▁esta s ▁cosas ▁¿ qui é n ▁es ▁su f i c iente ?
▁S iendo ▁man i f i est o ▁que ▁so is ▁let ra ▁de ▁C ri s to ▁a d mi n is tra da ▁de ▁nosotros , ▁es c ri ta ▁no ▁con ▁ti n ta , ▁mas ▁con ▁el ▁E s p í ri tu ▁del ▁Dios ▁vi v o ; ▁no ▁en ▁tablas ▁de ▁piedra , ▁sin o ▁en ▁tablas ▁de ▁carne ▁del ▁corazón .
▁Y ▁si ▁el ▁minister i o ▁de ▁muerte ▁en ▁la ▁let ra ▁gr aba do ▁en ▁piedra s , ▁fué ▁con ▁gloria , ▁tanto ▁que ▁los ▁hijos ▁de ▁Israel ▁no ▁pu di es en ▁pon er ▁los ▁ojos ▁en ▁la ▁f az ▁de ▁Moisés ▁á ▁causa ▁de ▁la ▁gloria ▁de ▁su ▁rostro , ▁la ▁cual ▁había ▁de ▁per e cer ,
▁Porque ▁si ▁lo ▁que ▁per e ce ▁tuvo ▁gloria ▁ , ▁mucho ▁más ▁será ▁en ▁gloria ▁lo ▁que ▁per man e ce .
▁Y ▁aun ▁hast a ▁el ▁día ▁de ▁hoy , ▁cuando ▁Moisés ▁es ▁le í do , ▁el ▁ve lo ▁está ▁puesto ▁sobre ▁el ▁corazón ▁de ▁ellos .
▁P O R ▁lo ▁cual ▁ten iendo ▁nosotros ▁esta ▁a d mi n is tra ción ▁seg ún ▁la ▁misericordia ▁que ▁he mos ▁al ca n z ado , ▁no ▁de s ma y a mos ;
▁Porque ▁no ▁no s ▁pre di ca mos ▁á ▁nosotros ▁mismo s , ▁sin o ▁á ▁Je s u c ri s to ▁ , ▁el ▁Señor ; ▁y ▁nosotros ▁vuestro s ▁siervos ▁por ▁Je s ú s .
▁P er se gu ido s , ▁mas ▁no ▁de s am para do s ; ▁ aba t ido s , ▁mas ▁no ▁per e ce mos ;
▁E mpero ▁ten iendo ▁el ▁mismo ▁espíritu ▁de ▁f e , ▁conform e ▁á ▁lo ▁que ▁está ▁escrito : ▁C re í , ▁por ▁lo ▁cual ▁también ▁ha b l é : ▁nosotros ▁también ▁c re emos , ▁por ▁lo ▁cual ▁también ▁habla mos ;
▁Porque ▁lo ▁que ▁al ▁presente ▁es ▁mo ment án e o ▁y ▁le v e ▁de ▁nuestra ▁tribu l ación , ▁no s ▁obra ▁un ▁sobre man er a ▁al to ▁y ▁ e t er no ▁pe s o ▁de ▁gloria ;
▁P ue s to ▁que ▁en ▁ver dad ▁ha b remos ▁sido ▁halla do s ▁vestidos , ▁y ▁no ▁de s n ud os .
▁ ( Por que ▁por ▁f e ▁and a mos , ▁no ▁por ▁vi s ta ; )
▁Esta ndo ▁pues ▁pos e í do s ▁del ▁tem or ▁del ▁Señor , ▁per s u a di mos ▁á ▁los ▁hombres , ▁mas ▁á ▁Dios ▁so mos ▁man i f i est os ; ▁y ▁es per o ▁que ▁también ▁en ▁vuestras ▁con ci en ci as ▁so mos ▁man i f i est os .
▁Y ▁por ▁todos ▁murió , ▁para ▁que ▁los ▁que ▁vi v en , ▁y a ▁no ▁viva n ▁para ▁sí , ▁mas ▁para ▁aquel ▁que ▁murió ▁y ▁re s u ci t ó ▁por ▁ellos .
▁Porque ▁c iertamente ▁Dios ▁estaba ▁en ▁C ri s to ▁rec on ci li ando ▁el ▁mu ndo ▁á ▁sí , ▁no ▁imp u t ándo le ▁sus ▁pecado s , ▁y ▁puso ▁en ▁nosotros ▁la ▁palabra ▁de ▁la ▁rec on ci li ación .
▁ ( Por que ▁di ce : ▁En ▁tiempo ▁a ce p ta ble ▁te ▁he ▁oído , ▁y ▁en ▁día ▁de ▁sal ud ▁te ▁he ▁so co r r ido : ▁he ▁aquí ▁ahora ▁el ▁tiempo ▁a ce p ta ble ; ▁he ▁aquí ▁ahora ▁el ▁día ▁de ▁sal ud : )
▁En ▁cast i dad , ▁en ▁cien ci a , ▁en ▁long an im i dad , ▁en ▁bo n dad , ▁en ▁E s p í ri tu ▁S an to , ▁en ▁am or ▁no ▁f ing ido ;
▁C o mo ▁do l or ido s , ▁mas ▁siempre ▁go zo s os ; ▁ como ▁p o bre s , ▁mas ▁en ri que c iendo ▁á ▁mucho s ; ▁ como ▁no ▁ten iendo ▁nada , ▁mas ▁pos e y é ndo lo ▁todo .
▁No ▁os ▁junt éis ▁en ▁y u go ▁con ▁los ▁in f i e les : ▁por que ▁¿ qué ▁com pa ñ ía ▁tiene ▁la ▁justicia ▁con ▁la ▁in j u st i ci a ? ▁¿ y ▁qué ▁com un ió n ▁la ▁lu z ▁con ▁las ▁ti n i e b la s ?
▁Y ▁se ré ▁á ▁vosotros ▁P ad re , ▁y ▁vosotros ▁me ▁se réis ▁á ▁mí ▁hijos ▁é ▁hijas , ▁di ce ▁el ▁Señor ▁Todo p o d eros o .
▁M u ch a ▁con f i an za ▁ten go ▁de ▁vosotros , ▁ten go ▁de ▁vosotros ▁much a ▁gloria ; ▁lleno ▁esto y ▁de ▁con s o l ación , ▁sobre ab u ndo ▁de ▁go zo ▁en ▁todas ▁nuestra s ▁tribu la ciones .
▁Porque ▁aun que ▁os ▁con t ri st é ▁por ▁la ▁ca r ta , ▁no ▁me ▁ar re p i en to , ▁bien ▁que ▁me ▁ar re p en t í ; ▁por que ▁ve o ▁que ▁aquella ▁ca r ta , ▁aun que ▁por ▁al g ún ▁tiempo ▁os ▁con t ri st ó ,
▁As í ▁que , ▁aun que ▁os ▁es c ri b í , ▁no ▁fué ▁por ▁causa ▁del ▁que ▁hizo ▁la ▁in j u ri a , ▁ni ▁por ▁causa ▁del ▁que ▁la ▁pa de ció , ▁mas ▁para ▁que ▁os ▁fuese ▁man i f i est a ▁nuestra ▁so li ci t ud ▁que ▁ten emos ▁por ▁vosotros ▁delante ▁de ▁Dios .
▁Me ▁go zo ▁de ▁que ▁en ▁todo ▁esto y ▁con f i ado ▁de ▁vosotros .
▁P id ién do nos ▁con ▁mucho s ▁ruego s , ▁que ▁a ce p t ás emos ▁la ▁gracia ▁y ▁la ▁com un i c ación ▁del ▁servicio ▁para ▁los ▁santo s .
▁No ▁ha b lo ▁ como ▁quien ▁man da , ▁sin o ▁para ▁pon er ▁á ▁p r ue ba , ▁por ▁la ▁ e f i ca ci a ▁de ▁otro s , ▁la ▁sin ce ri dad ▁también ▁de ▁la ▁ca ri dad ▁vuestra .
▁Porque ▁si ▁primer o ▁hay ▁la ▁ v o l un ta d ▁pro n ta , ▁será ▁a ce p ta ▁por ▁lo ▁que ▁tiene , ▁no ▁por ▁lo ▁que ▁no ▁tiene .
▁E mpero ▁gracia s ▁á ▁Dios ▁que ▁dió ▁la ▁mis ma ▁so li ci t ud ▁por ▁vosotros ▁en ▁el ▁corazón ▁de ▁T i to .
▁E vi t ando ▁que ▁nadie ▁no s ▁vi tu per e ▁en ▁esta ▁a b un d an ci a ▁que ▁ministr a mos ▁ ;
▁M os tra d ▁pues , ▁para ▁con ▁ellos ▁á ▁la ▁f az ▁de ▁las ▁ i g les i as ▁la ▁p r ue ba ▁de ▁vuestro ▁am or , ▁y ▁de ▁nuestra ▁gloria ▁acerca ▁de ▁vosotros .
▁No ▁sea ▁que , ▁si ▁vi n iere n ▁conmigo ▁Ma ce do n i os , ▁y ▁os ▁halla re n ▁de s a per ci b ido s , ▁no s ▁a ver g on ce mos ▁nosotros , ▁por ▁no ▁decir ▁vosotros , ▁de ▁este ▁f ir me ▁gloria r nos .
▁Y ▁pod eros o ▁es ▁Dios ▁para ▁hacer ▁que ▁a b un de ▁en ▁vosotros ▁toda ▁gracia ; ▁á ▁fin ▁de ▁que , ▁ten iendo ▁siempre ▁en ▁todas ▁las ▁cosas ▁todo ▁lo ▁que ▁ba s ta , ▁a b un d éis ▁para ▁toda ▁buena ▁obra :
▁Porque ▁la ▁su mi n is tra ción ▁de ▁este ▁servicio , ▁no ▁solamente ▁su p le ▁lo ▁que ▁á ▁los ▁santo s ▁falta , ▁sin o ▁también ▁a b un da ▁en ▁mucho s ▁ha c imiento s ▁de ▁gracia s ▁á ▁Dios :
▁E M P E R O ▁yo ▁P ab lo , ▁os ▁ruego ▁por ▁la ▁man s ed umb re ▁y ▁mo d est i a ▁de ▁C ri s to , ▁yo ▁que ▁presente ▁c iertamente ▁soy ▁ba jo ▁entre ▁vosotros , ▁mas ▁a u s ente ▁soy ▁con f i ado ▁entre ▁vosotros :
▁De st r u y e ndo ▁con se jo s , ▁y ▁toda ▁al t ura ▁que ▁se ▁levant a ▁contra ▁la ▁cien ci a ▁de ▁Dios , ▁y ▁ca u t i v ando ▁todo ▁in t en to ▁á ▁la ▁ob ed i en ci a ▁de ▁C ri s to ;
▁Porque ▁no ▁par e z ca ▁ como ▁que ▁os ▁ qui er o ▁es p an t ar ▁por ▁ca r ta s .
▁No s o t ro s ▁ e mpero , ▁no ▁no s ▁gloria remos ▁fuera ▁de ▁nuestra ▁me di da , ▁sin o ▁conform e ▁á ▁la ▁me di da ▁de ▁la ▁re g la , ▁de ▁la ▁me di da ▁que ▁Dios ▁no s ▁re p ar t ió , ▁para ▁llegar ▁aun ▁hast a ▁vosotros .
▁Mas ▁el ▁que ▁se ▁ g l or ía , ▁ g l or í e se ▁en ▁el ▁Señor .
▁Mas ▁tem o ▁que ▁ como ▁la ▁ser p iente ▁en ga ñ ó ▁á ▁E v a ▁con ▁su ▁as tu ci a , ▁sea n ▁cor ro m p ido s ▁así ▁vuestro s ▁sent ido s ▁en ▁alguna ▁manera , ▁de ▁la ▁si m p li ci dad ▁que ▁es ▁en ▁C ri s to .
▁¿ P e qué ▁yo ▁ hu m ill ándo me ▁á ▁mí ▁mismo , ▁para ▁que ▁vosotros ▁fuese is ▁en s al z ados , ▁por que ▁os ▁he ▁pre di c ado ▁el ▁ e v an g el i o ▁de ▁Dios ▁de ▁ba l de ?
▁¿ Por ▁qué ? ▁¿ por que ▁no ▁os ▁am o ? ▁Dios ▁lo ▁sabe .
▁As í ▁que , ▁no ▁es ▁mucho ▁si ▁también ▁sus ▁ministr os ▁se ▁tra n s f i gu ra n ▁ como ▁ministr os ▁de ▁justicia ; ▁cu y o ▁fin ▁será ▁conform e ▁á ▁sus ▁obra s .
▁Porque ▁de ▁buena ▁ ga n a ▁to l er áis ▁los ▁ n e ci os , ▁s iendo ▁vosotros ▁s a bi os :
▁¿ S on ▁ministr os ▁de ▁C ri s to ? ▁ ( como ▁poco ▁s a bi o ▁ha b lo ) ▁yo ▁más : ▁en ▁tra ba jo s ▁más ▁a b un d an te ; ▁en ▁a zo te s ▁sin ▁me di da ; ▁en ▁c á r ce les ▁más ; ▁en ▁muerte s , ▁much as ▁veces .
▁En ▁tra ba jo ▁y ▁fat i ga , ▁en ▁much as ▁vi g il i as , ▁en ▁hambre ▁y ▁se d , ▁en ▁mucho s ▁a y un os , ▁en ▁f r í o ▁y ▁en ▁desnudez ;
▁El ▁Dios ▁y ▁P ad re ▁del ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁que ▁es ▁be n di to ▁por ▁si g los , ▁sabe ▁que ▁no ▁mi en to .
▁C on o z co ▁á ▁un ▁hombre ▁en ▁C ri s to , ▁que ▁ha ce ▁ca to r ce ▁años ▁ ( s i ▁en ▁el ▁cuerpo , ▁no ▁lo ▁s é ; ▁si ▁fuera ▁del ▁cuerpo , ▁no ▁lo ▁s é : ▁Dios ▁lo ▁sabe ) ▁fué ▁ar re ba t ado ▁hast a ▁el ▁tercer ▁cielo .
▁Por ▁lo ▁cual ▁si ▁qu is iere ▁gloria r me , ▁no ▁se ré ▁in s en s a to : ▁por que ▁di ré ▁ver dad : ▁ e mpero ▁lo ▁de jo , ▁por que ▁nadie ▁pie n se ▁de ▁mí ▁más ▁de ▁lo ▁que ▁en ▁mí ▁ve , ▁ ú ▁ o y e ▁de ▁mí .
▁Por ▁lo ▁cual ▁me ▁go zo ▁en ▁las ▁f la que za s , ▁en ▁a f r enta s , ▁en ▁ n e ce s i dad es , ▁en ▁per se cu ciones , ▁en ▁an gu st i as ▁por ▁C ri s to ; ▁por que ▁cuando ▁soy ▁f la co , ▁entonces ▁soy ▁pod eros o .
▁He ▁aquí ▁esto y ▁ap are ja do ▁para ▁ir ▁á ▁vosotros ▁la ▁tercer a ▁vez , ▁y ▁no ▁os ▁se ré ▁gr a v os o ; ▁por que ▁no ▁bu s co ▁vuestras ▁cosas , ▁sin o ▁á ▁vosotros : ▁por que ▁no ▁han ▁de ▁at es or ar ▁los ▁hijos ▁para ▁los ▁padres , ▁sin o ▁los ▁padres ▁para ▁los ▁hijos .
▁R o gu é ▁á ▁T i to , ▁y ▁en vi é ▁con ▁él ▁al ▁hermano . ▁¿ O s ▁en ga ñ ó ▁quizá ▁T i to ? ▁¿ no ▁he mos ▁pro c ed ido ▁con ▁el ▁mismo ▁espíritu ▁y ▁por ▁las ▁mis ma s ▁pi s ada s ?
▁E S T A ▁tercer a ▁vez ▁ v o y ▁á ▁vosotros . ▁En ▁la ▁boca ▁de ▁dos ▁ó ▁de ▁tres ▁testigo s ▁con s i st irá ▁todo ▁negocio .
▁E x am in a os ▁á ▁vosotros ▁mismo s ▁si ▁está is ▁en ▁f e ; ▁pro ba os ▁á ▁vosotros ▁mismo s . ▁¿ No ▁os ▁conoc éis ▁á ▁vosotros ▁mismo s , ▁que ▁Je s u c ri s to ▁está ▁en ▁vosotros ? ▁si ▁y a ▁no ▁so is ▁re p ro b ados .
▁Por ▁lo ▁cual ▁no s ▁go za mos ▁que ▁sea mos ▁nosotros ▁f la co s , ▁y ▁que ▁vosotros ▁es t éis ▁fuerte s ; ▁y ▁aun ▁de se a mos ▁vuestra ▁per f e c ción .
▁La ▁gracia ▁del ▁Señor ▁Je s u c ri s to ▁ , ▁y ▁el ▁am or ▁de ▁Dios , ▁y ▁la ▁part i ci p ación ▁del ▁E s p í ri tu ▁S an to ▁sea ▁con ▁vosotros ▁todos . ▁A m é n . ▁La ▁seg un da ▁E p í s to la ▁á ▁los ▁C or in t i os ▁fué ▁en vi ada ▁de ▁F il i p os ▁de ▁Ma ce do n i a ▁con ▁T i to ▁y ▁L u ca s .
▁El ▁cual ▁se ▁dió ▁á ▁sí ▁mismo ▁por ▁nuestro s ▁pecado s ▁para ▁libr ar nos ▁de ▁este ▁presente ▁si g lo ▁mal o , ▁conform e ▁á ▁la ▁ v o l un ta d ▁de ▁Dios ▁y ▁P ad re ▁nuestro ;
▁Mas ▁aun ▁si ▁nosotros ▁ó ▁un ▁ángel ▁del ▁cielo ▁os ▁a nunc i are ▁otro ▁ e v an g el i o ▁del ▁que ▁os ▁he mos ▁a nunc i ado , ▁sea ▁an a te ma .
▁P ue s ▁ni ▁yo ▁lo ▁re ci b í , ▁ni ▁lo ▁ap re nd í ▁de ▁hombre , ▁sin o ▁por ▁re v el ación ▁de ▁Je s u c ri s to ▁ .
▁Re v el ar ▁á ▁su ▁Hi jo ▁en ▁mí , ▁para ▁que ▁le ▁pre di ca se ▁entre ▁los ▁Ge n til es , ▁luego ▁no ▁con f er í ▁con ▁carne ▁y ▁sangre ;
▁Y ▁en ▁esto ▁que ▁os ▁es c ri b o , ▁he ▁aquí , ▁delante ▁de ▁Dios , ▁no ▁mi en to .
▁Y ▁ g lo ri f i c aban ▁á ▁Dios ▁en ▁mí .
▁Y ▁es o ▁por ▁causa ▁de ▁los ▁f al s os ▁hermanos , ▁que ▁se ▁entr aban ▁secret amente ▁para ▁es p i ar ▁nuestra ▁li b er ta d ▁que ▁ten emos ▁en ▁C ri s to ▁Je s ú s , ▁para ▁pon er nos ▁en ▁ serv id umb re ;
▁ ( Por que ▁el ▁que ▁hizo ▁por ▁P ed ro ▁para ▁el ▁ap os to l ado ▁de ▁la ▁c ir cu n ci s ió n , ▁hizo ▁también ▁por ▁mí ▁para ▁con ▁los ▁Ge n til es ; )
▁Porque ▁antes ▁que ▁vi n i es en ▁uno s ▁de ▁parte ▁de ▁Jacob o , ▁com ía ▁con ▁los ▁Ge n til es ; ▁mas ▁después ▁que ▁vinieron , ▁se ▁re tra ía ▁y ▁apart aba , ▁ten iendo ▁mi ed o ▁de ▁los ▁que ▁era n ▁de ▁la ▁c ir cu n ci s ió n .
▁S ab iendo ▁que ▁el ▁hombre ▁no ▁es ▁just i f i c ado ▁por ▁las ▁obra s ▁de ▁la ▁le y , ▁sin o ▁por ▁la ▁f e ▁de ▁Je s u c ri s to ▁ , ▁nosotros ▁también ▁he mos ▁c re í do ▁en ▁Je s u c ri s to ▁ , ▁para ▁que ▁fué s emos ▁just i f i c ados ▁por ▁la ▁f e ▁de ▁C ri s to , ▁y ▁no ▁por ▁las ▁obra s ▁de ▁la ▁le y ; ▁por ▁cuanto ▁por ▁las ▁obra s ▁de ▁la ▁le y ▁ninguna ▁carne ▁será ▁just i f i cada .
▁C on ▁C ri s to ▁esto y ▁junt amente ▁c r u ci f i c ado , ▁y ▁vi v o , ▁no ▁y a ▁yo , ▁mas ▁vi v e ▁C ri s to ▁en ▁mí : ▁y ▁lo ▁que ▁ahora ▁vi v o ▁en ▁la ▁carne , ▁lo ▁vi v o ▁en ▁la ▁f e ▁del ▁Hi jo ▁de ▁Dios , ▁el ▁cual ▁me ▁am ó , ▁y ▁se ▁entregó ▁á ▁sí ▁mismo ▁por ▁mí .
▁¿ T an ▁ n e ci os ▁so is ? ▁¿ h ab iendo ▁come n z ado ▁por ▁el ▁E s p í ri tu , ▁ahora ▁os ▁per f e c ci on áis ▁por ▁la ▁carne ?
▁S a béis ▁por ▁tanto , ▁que ▁los ▁que ▁son ▁de ▁f e , ▁los ▁tal es ▁son ▁hijos ▁de ▁Abraham .
▁Mas ▁por ▁cuanto ▁por ▁la ▁le y ▁ninguno ▁se ▁just i f i ca ▁para ▁con ▁Dios , ▁que da ▁man i f i est o : ▁Que ▁el ▁just o ▁por ▁la ▁f e ▁vivir á .
▁He r man os , ▁ha b lo ▁ como ▁hombre : ▁A un que ▁un ▁pacto ▁sea ▁de ▁hombre , ▁con ▁todo , ▁s iendo ▁confirm ado , ▁nadie ▁lo ▁can ce la , ▁ó ▁le ▁a ñ a de .
▁¿ P ue s ▁de ▁qué ▁sirv e ▁la ▁le y ? ▁F u é ▁pues ta ▁por ▁causa ▁de ▁las ▁rebel ion es , ▁hast a ▁que ▁vi n i e se ▁la ▁simiente ▁á ▁quien ▁fué ▁he ch a ▁la ▁pro me s a , ▁orden ada ▁a qué l la ▁por ▁los ▁ángel es ▁en ▁la ▁mano ▁de ▁un ▁media dor .
▁E mpero ▁antes ▁que ▁vi n i e se ▁la ▁f e , ▁está ba mos ▁guard ados ▁ba jo ▁la ▁le y , ▁en cer r ados ▁para ▁aquella ▁f e ▁que ▁había ▁de ▁ser ▁de s cu bi er ta .
▁Porque ▁todos ▁los ▁que ▁ha béis ▁sido ▁ba u t i z ados ▁en ▁C ri s to , ▁de ▁C ri s to ▁está is ▁vestidos .
▁Mas ▁está ▁debajo ▁de ▁tu to res ▁y ▁cu r ado res ▁hast a ▁el ▁tiempo ▁señal ado ▁por ▁el ▁padre .
▁Y ▁por ▁cuanto ▁so is ▁hijos , ▁Dios ▁envió ▁el ▁E s p í ri tu ▁de ▁su ▁Hi jo ▁en ▁vuestro s ▁cor az on es , ▁el ▁cual ▁clama : ▁A b ba , ▁P ad re .
▁ G u ar d áis ▁los ▁días , ▁y ▁los ▁me se s , ▁y ▁los ▁tiempo s , ▁y ▁los ▁años .
▁Y ▁no ▁de se ch a steis ▁ni ▁men os p re ci a steis ▁mi ▁tent ación ▁que ▁estaba ▁en ▁mi ▁carne : ▁antes ▁me ▁re ci bi steis ▁ como ▁á ▁un ▁ángel ▁de ▁Dios , ▁ como ▁á ▁C ri s to ▁Je s ú s .
▁B ue no ▁es ▁ser ▁ ce los os ▁en ▁bien ▁siempre ; ▁y ▁no ▁solamente ▁cuando ▁esto y ▁presente ▁con ▁vosotros .
▁Porque ▁escrito ▁está ▁que ▁Abraham ▁tuvo ▁dos ▁hijos ; ▁uno ▁de ▁la ▁sierva , ▁el ▁otro ▁de ▁la ▁libr e .
▁Mas ▁la ▁Jerusalem ▁de ▁arriba ▁libr e ▁es ; ▁la ▁cual ▁es ▁la ▁madre ▁de ▁todos ▁nosotros .
▁Mas ▁¿ qué ▁di ce ▁la ▁E s c ri t ura ? ▁E ch a ▁fuera ▁á ▁la ▁sierva ▁y ▁á ▁su ▁hijo ; ▁por que ▁no ▁será ▁her ed er o ▁el ▁hijo ▁de ▁la ▁sierva ▁con ▁el ▁hijo ▁de ▁la ▁libr e .
▁Y ▁otra ▁vez ▁ v ue l v o ▁á ▁pro t est ar ▁á ▁todo ▁hombre ▁que ▁se ▁c ir cu n ci d are , ▁que ▁está ▁ob li g ado ▁á ▁hacer ▁toda ▁la ▁le y .
▁Vosotros ▁cor r ía is ▁bien : ▁¿ qui é n ▁os ▁ em ba ra z ó ▁para ▁no ▁obedec er ▁á ▁la ▁ver dad ?
▁Y ▁yo , ▁hermanos , ▁si ▁aun ▁pre di co ▁la ▁c ir cu n ci s ió n , ▁¿ por ▁qué ▁pa de z co ▁per se cu ción ▁toda v ía ? ▁pues ▁que ▁qu ita do ▁es ▁el ▁es c án da lo ▁de ▁la ▁c r u z .
▁Y ▁si ▁os ▁mor d éis ▁y ▁os ▁com éis ▁los ▁uno s ▁á ▁los ▁otro s , ▁mira d ▁que ▁también ▁no ▁os ▁consum áis ▁los ▁uno s ▁á ▁los ▁otro s .
▁Y ▁man i f i est as ▁son ▁las ▁obra s ▁de ▁la ▁carne , ▁que ▁son : ▁a d u l te ri o , ▁for n i c ación , ▁in m un di ci a , ▁di s o l u ción ,
▁Ma n s ed umb re , ▁tem p l an za : ▁contra ▁tal es ▁cosas ▁no ▁hay ▁le y .
▁ H E R M A N O S , ▁si ▁alguno ▁fuere ▁tomado ▁en ▁alguna ▁falta , ▁vosotros ▁que ▁so is ▁es p i ri tu a les , ▁rest a ura d ▁al ▁tal ▁con ▁el ▁espíritu ▁de ▁man s ed umb re ; ▁con s i der ándo te ▁á ▁ti ▁mismo , ▁por que ▁tú ▁no ▁sea s ▁también ▁tent ado .
▁Porque ▁ cada ▁cual ▁llev ará ▁su ▁ca r ga .
▁No ▁no s ▁can s emos , ▁pues , ▁de ▁hacer ▁bien ; ▁que ▁á ▁su ▁tiempo ▁se ga remos , ▁si ▁no ▁ hu bi é remos ▁de s ma y ado .
▁Porque ▁ni ▁aun ▁los ▁mismo s ▁que ▁se ▁c ir cu n ci d an ▁guarda n ▁la ▁le y ; ▁sin o ▁que ▁qu iere n ▁que ▁vosotros ▁se áis ▁c ir cu n ci d ados , ▁para ▁gloria r se ▁en ▁vuestra ▁carne .
▁De ▁aquí ▁a de l an te ▁nadie ▁me ▁sea ▁mo les to ; ▁por que ▁yo ▁tra i go ▁en ▁mi ▁cuerpo ▁las ▁mar ca s ▁del ▁Señor ▁Je s ú s .
▁Be n di to ▁el ▁Dios ▁y ▁P ad re ▁del ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁el ▁cual ▁no s ▁bendijo ▁con ▁toda ▁bendición ▁es p i ri tu al ▁en l u gar es ce l est i a les ▁en ▁C ri s to :
▁En ▁el ▁cual ▁ten emos ▁re de n ción ▁por ▁su ▁sangre , ▁la ▁re mi s ió n ▁de ▁pecado s ▁por ▁las ▁ ri que za s ▁de ▁su ▁gracia ,
▁En ▁él ▁di go , ▁en ▁quien ▁a simismo ▁tu vi mos ▁suerte , ▁ha b iendo ▁sido ▁pre d est in ados ▁conform e ▁al ▁pro p ó s i to ▁del ▁que ▁ha ce ▁todas ▁las ▁cosas ▁seg ún ▁el ▁con se jo ▁de ▁su ▁ v o l un ta d ,
▁Por ▁lo ▁cual ▁también ▁yo , ▁ha b iendo ▁oído ▁de ▁vuestra ▁f e ▁en ▁el ▁Señor ▁Je s ú s , ▁y ▁am or ▁para ▁con ▁todos ▁los ▁santo s ,
▁Y ▁cu á l ▁aquella ▁su per em in ente ▁grande za ▁de ▁su ▁pod er ▁para ▁con ▁nosotros ▁los ▁que ▁c re emos , ▁por ▁la ▁ o per ación ▁de ▁la ▁p o t en ci a ▁de ▁su ▁fortaleza ,
▁La ▁cual ▁es ▁su ▁cuerpo , ▁la ▁p l en i t ud ▁de ▁A que l ▁que ▁hin ch e ▁todas ▁las ▁cosas ▁en ▁todos .
▁E mpero ▁Dios , ▁que ▁es ▁ ri co ▁en ▁misericordia , ▁por ▁su ▁mucho ▁am or ▁con ▁que ▁no s ▁am ó ,
▁Porque ▁por ▁gracia ▁so is ▁sal v os ▁por ▁la ▁f e ; ▁y ▁esto ▁no ▁de ▁vosotros , ▁pues ▁es ▁don ▁de ▁Dios :
▁Que ▁en ▁aquel ▁tiempo ▁estaba is ▁sin ▁C ri s to , ▁al e j ados ▁de ▁la ▁re p ú b li ca ▁de ▁Israel , ▁y ▁extranjero s ▁á ▁los ▁pacto s ▁de ▁la ▁pro me s a , ▁sin ▁es per an za ▁y ▁sin ▁Dios ▁en ▁el ▁mu ndo .
▁Y ▁rec on ci li ar ▁por ▁la ▁c r u z ▁con ▁Dios ▁á ▁ambos ▁en ▁un ▁mismo ▁cuerpo , ▁mata ndo ▁en ▁ella ▁las ▁en e mi st ad es .
▁E di f i c ados ▁sobre ▁el ▁f un da ment o ▁de ▁los ▁ap ó s to les ▁y ▁profeta s , ▁s iendo ▁la ▁principal ▁piedra ▁del ▁á n gu lo ▁Je s u c ri s to ▁mismo ;
▁Si ▁es ▁que ▁ha béis ▁oído ▁la ▁di s p en s ación ▁de ▁la ▁gracia ▁de ▁Dios ▁que ▁me ▁ha ▁sido ▁d ada ▁para ▁con ▁vosotros ,
▁Que ▁los ▁Ge n til es ▁sea n ▁junt amente ▁her ed eros , ▁é ▁in co r por ados , ▁y ▁con s or te s ▁de ▁su ▁pro me s a ▁en ▁C ri s to ▁por ▁el ▁ e v an g el i o :
▁Para ▁que ▁la ▁mu l t i for me ▁sabiduría ▁de ▁Dios ▁sea ▁ahora ▁not i f i cada ▁por ▁la ▁ i g les i a ▁á ▁los ▁pri n ci p ados ▁y ▁p o t est ad es ▁en ▁los ▁cielo s ,
▁Por ▁esta ▁causa ▁do b lo ▁mis ▁rod ill as ▁al ▁P ad re ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ ,
▁P o d áis ▁bien ▁com p re n der ▁con ▁todos ▁los ▁santo s ▁cu á l ▁sea ▁la ▁an ch ura ▁y ▁la ▁long ura ▁y ▁la ▁pro f un di dad ▁y ▁la ▁al t ura ,
▁Y O ▁pues , ▁pre s o ▁en ▁el ▁Señor , ▁os ▁ruego ▁que ▁and éis ▁ como ▁es ▁di g no ▁de ▁la ▁ v o c ación ▁con ▁que ▁so is ▁llamado s ;
▁Un ▁Señor , ▁una ▁f e , ▁un ▁ba u t is mo ,
▁ ( Y ▁que ▁subió , ▁¿ qué ▁es , ▁sin o ▁que ▁también ▁había ▁descend ido ▁primer o ▁á ▁las ▁parte s ▁más ▁ba ja s ▁de ▁la ▁tierra ?
▁Ha s ta ▁que ▁todos ▁lleg u emos ▁á ▁la ▁un i dad ▁de ▁la ▁f e ▁y ▁del ▁conoc imiento ▁del ▁Hi jo ▁de ▁Dios , ▁á ▁un ▁varón ▁per f e c to , ▁á ▁la ▁me di da ▁de ▁la ▁edad ▁de ▁la ▁p l en i t ud ▁de ▁C ri s to :
▁E s to ▁pues ▁di go , ▁y ▁re qui er o ▁en ▁el ▁Señor , ▁que ▁no ▁and éis ▁más ▁ como ▁los ▁otro s ▁Ge n til es , ▁que ▁and an ▁en ▁la ▁va n i dad ▁de ▁su ▁sent ido ,
▁Si ▁ e mpero ▁lo ▁ha béis ▁oído , ▁y ▁ha béis ▁sido ▁por ▁él ▁en se ñ ados , ▁ como ▁la ▁ver dad ▁está ▁en ▁Je s ú s ,
▁Por ▁lo ▁cual , ▁de ja da ▁la ▁men t i ra , ▁habla d ▁ver dad ▁ cada ▁uno ▁con ▁su ▁prójimo ; ▁por que ▁so mos ▁mi em b ro s ▁los ▁uno s ▁de ▁los ▁otro s .
▁N ing un a ▁palabra ▁to r pe ▁sal ga ▁de ▁vuestra ▁boca , ▁sin o ▁la ▁que ▁sea ▁buena ▁para ▁edifica ción , ▁para ▁que ▁d é ▁gracia ▁á ▁los ▁ o y ente s .
▁S E D , ▁pues , ▁ im ita do res ▁de ▁Dios ▁ como ▁hijos ▁am ados :
▁Porque ▁s a béis ▁esto , ▁que ▁ ning ún ▁for n i ca ri o , ▁ó ▁inmundo , ▁ó ▁a v ar o , ▁que ▁es ▁ser vi dor ▁de ▁ í do los , ▁tiene ▁her en ci a ▁en ▁el ▁reino ▁de ▁C ri s to ▁y ▁de ▁Dios .
▁ ( Por que ▁el ▁fruto ▁del ▁E s p í ri tu ▁es ▁en ▁toda ▁bo n dad , ▁y ▁justicia , ▁y ▁ver dad ; )
▁Mas ▁todas ▁las ▁cosas ▁cuando ▁son ▁re d ar g ü i das , ▁son ▁man i f est ada s ▁por ▁la ▁lu z ; ▁por que ▁lo ▁que ▁man i f i est a ▁todo , ▁la ▁lu z ▁es .
▁Por ▁tanto , ▁no ▁se áis ▁imp r ud ente s , ▁sin o ▁en te nd ido s ▁de ▁cu á l ▁sea ▁la ▁ v o l un ta d ▁del ▁Señor .
▁Su je t ados ▁los ▁uno s ▁á ▁los ▁otro s ▁en ▁el ▁tem or ▁de ▁Dios .
▁Ma r ido s , ▁am ad ▁á ▁vuestras ▁mujeres , ▁así ▁ como ▁C ri s to ▁am ó ▁á ▁la ▁ i g les i a , ▁y ▁se ▁entregó ▁á ▁sí ▁mismo ▁por ▁ella ,
▁Porque ▁ninguno ▁aborrec ió ▁ ja m ás ▁á ▁su ▁pro p i a ▁carne , ▁antes ▁la ▁sus t enta ▁y ▁re ga la , ▁ como ▁también ▁C ri s to ▁á ▁la ▁ i g les i a ;
▁C ada ▁uno ▁ e mpero ▁de ▁vosotros ▁de ▁por ▁sí , ▁a me ▁también ▁á ▁su ▁mujer ▁ como ▁á ▁sí ▁mismo ; ▁y ▁la ▁mujer ▁re ver en ci e ▁á ▁su ▁marido .
▁Y ▁vosotros , ▁padres , ▁no ▁pro v o qué is ▁á ▁ir a ▁á ▁vuestro s ▁hijos ; ▁sin o ▁c ri ad los ▁en ▁di s ci p l in a ▁y ▁am on est ación ▁del ▁Señor .
▁S ab iendo ▁que ▁el ▁bien ▁que ▁ cada ▁uno ▁hiciere , ▁esto ▁recibir á ▁del ▁Señor , ▁sea ▁siervo ▁ó ▁sea ▁libr e .
▁Porque ▁no ▁ten emos ▁lu ch a ▁contra ▁sangre ▁y ▁carne ; ▁sin o ▁contra ▁pri n ci p ados , ▁contra ▁p o t est ad es , ▁contra ▁señor es ▁del ▁mu ndo , ▁go be rna do res ▁de ▁esta s ▁ti n i e b la s , ▁contra ▁mal i ci as ▁es p i ri tu a les ▁en ▁los ▁a i res .
▁So bre ▁todo , ▁toma ndo ▁el ▁es cu do ▁de ▁la ▁f e , ▁con ▁que ▁pod áis ▁a pa gar ▁todos ▁los ▁dar do s ▁de ▁fuego ▁del ▁mal i g no .
▁Por ▁el ▁cual ▁soy ▁ em ba ja dor ▁en ▁ca de n as ; ▁que ▁re s ue l t amente ▁ha ble ▁de ▁él , ▁ como ▁de b o ▁hablar .
▁ G ra ci a ▁sea ▁con ▁todos ▁los ▁que ▁a man ▁á ▁nuestro ▁Señor ▁Je s u c ri s to ▁en ▁sin ce ri dad . ▁A m é n . ▁E s c ri ta ▁de ▁R o ma ▁á ▁los ▁E f es i os ▁por ▁T i ch î co .
▁Si em p re ▁en ▁todas ▁mis ▁or a ciones ▁ha c iendo ▁or ación ▁por ▁todos ▁vosotros ▁con ▁go zo ,
▁Porque ▁Dios ▁me ▁es ▁testigo ▁de ▁ cómo ▁os ▁am o ▁á ▁todos ▁vosotros ▁en ▁las ▁entr a ñ as ▁de ▁Je s u c ri s to ▁ .
▁Y ▁ qui er o , ▁hermanos , ▁que ▁se p áis ▁que ▁las ▁cosas ▁que ▁me h an ▁su c ed ido , ▁han ▁re d un d ado ▁más ▁en ▁prove ch o ▁del ▁ e v an g el i o ;
▁Lo s ▁uno s ▁a nunc i an ▁á ▁C ri s to ▁por ▁con t en ción , ▁no ▁sin cer amente , ▁pe n s ando ▁a ñ ad ir ▁a f li c ción ▁á ▁mis ▁pri s ion es ;
▁C on for me ▁á ▁mi ▁mira ▁y ▁es per an za , ▁que ▁en ▁nada ▁se ré ▁con f un d ido ; ▁antes ▁bien ▁con ▁toda ▁con f i an za , ▁ como ▁siempre , ▁ahora ▁también ▁será ▁en g ra n de c ido ▁C ri s to ▁en ▁mi ▁cuerpo , ▁ó ▁por ▁vida , ▁ó ▁por ▁muerte .
▁E mpero ▁quedar ▁en ▁la ▁carne ▁es ▁más ▁ n e ce s ar i o ▁por ▁causa ▁de ▁vosotros .
▁Y ▁en ▁nada ▁in t im id ados ▁de ▁los ▁que ▁se ▁ o p on en : ▁que ▁á ▁ellos ▁c iertamente ▁es ▁in di ci o ▁de ▁per di ción , ▁mas ▁á ▁vosotros ▁de ▁sal ud ; ▁y ▁esto ▁de ▁Dios ;
▁C u m p l id ▁mi ▁go zo ; ▁que ▁sin t áis ▁lo ▁mismo , ▁ten iendo ▁el ▁mismo ▁am or , ▁un án im es , ▁sin t iendo ▁una ▁mis ma ▁cosa .
▁El ▁cual , ▁s iendo ▁en ▁for ma ▁de ▁Dios , ▁no ▁tuvo ▁por ▁us ur p ación ▁ser ▁ i gu al ▁á ▁Dios :
▁Para ▁que ▁en ▁el ▁nombre ▁de ▁Je s ú s ▁se ▁do ble ▁toda ▁rod ill a ▁de ▁los ▁que ▁están ▁en ▁los ▁cielo s , ▁y ▁de ▁los ▁que ▁en ▁la ▁tierra , ▁y ▁de ▁los ▁que ▁debajo ▁de ▁la ▁tierra ;
▁Ha c ed ▁todo ▁sin ▁murmur a ciones ▁y ▁con t i en das ,
▁Y ▁a simismo ▁go za os ▁también ▁vosotros , ▁y ▁re go ci ja os ▁conmigo .
▁P er o ▁la ▁ex per i en ci a ▁de ▁él ▁ha béis ▁conoc ido , ▁que ▁ como ▁hijo ▁á ▁padre ▁ha ▁ serv ido ▁conmigo ▁en ▁el ▁ e v an g el i o .
▁Porque ▁tenía ▁gran ▁de se o ▁de ▁ver ▁á ▁todos ▁vosotros , ▁y ▁grave mente ▁se ▁an gu st ió ▁por que ▁había is ▁oído ▁que ▁había ▁en f er m ado .
▁Porque ▁por ▁la ▁obra ▁de ▁C ri s to ▁estuv o ▁cerca no ▁á ▁la ▁muerte , ▁pon iendo ▁su ▁vida ▁para ▁su p l ir ▁vuestra ▁falta ▁en ▁mi ▁servicio .
▁A un que ▁yo ▁ten go ▁también ▁de ▁qué ▁con f i ar ▁en ▁la ▁carne . ▁Si ▁alguno ▁par e ce ▁que ▁tiene ▁de ▁qué ▁con f i ar ▁en ▁la ▁carne , ▁yo ▁más :
▁Y ▁c iertamente , ▁aun ▁re p u to ▁todas ▁las ▁cosas ▁p é r di da ▁por ▁el ▁ em in ente ▁conoc imiento ▁de ▁C ri s to ▁Je s ú s , ▁mi ▁Señor , ▁por ▁am or ▁del ▁cual ▁lo ▁he ▁per d ido ▁todo , ▁y ▁ t é n go lo ▁por ▁es t i é r co l , ▁para ▁ ga n ar ▁á ▁C ri s to ,
▁No ▁que ▁y a ▁haya ▁al ca n z ado , ▁ni ▁que ▁y a ▁sea ▁per f e c to ; ▁sin o ▁que ▁pro s i go , ▁por ▁ver ▁si ▁al ca n zo ▁aquello ▁para ▁lo ▁cual ▁f u í ▁también ▁al ca n z ado ▁de ▁C ri s to ▁Je s ú s .
▁E mpero ▁en ▁aquello ▁á ▁que ▁he mos ▁lleg ado , ▁va mos ▁por ▁la ▁mis ma ▁re g la , ▁sin ta mos ▁una ▁mis ma ▁cosa .
▁Mas ▁nuestra ▁vi vi en da ▁es ▁en ▁los ▁cielo s ; ▁de ▁don de ▁también ▁es per a mos ▁al ▁Sal v ado r , ▁al ▁Señor ▁Je s u c ri s to ▁ ;
▁A simismo ▁te ▁ruego ▁también ▁á ▁ti , ▁hermano ▁com pa ñ er o , ▁a y ud a ▁á ▁las ▁que ▁tra ba ja ron ▁junt amente ▁conmigo ▁en ▁el ▁ e v an g el i o , ▁con ▁C le mente ▁también , ▁y ▁los ▁de m ás ▁mis ▁co l ab or ado res , ▁cu y os ▁nombre s ▁están ▁en ▁el ▁libr o ▁de ▁la ▁vida .
▁Y ▁la ▁paz ▁de ▁Dios , ▁que ▁sobre p u ja ▁todo ▁en te nd imiento , ▁guard ará ▁vuestro s ▁cor az on es ▁y ▁vuestro s ▁en te nd imiento s ▁en ▁C ri s to ▁Je s ú s .
▁No ▁lo ▁di go ▁en ▁ ra z ón ▁de ▁in di g en ci a , ▁pues ▁he ▁ap re nd ido ▁á ▁con t enta r me ▁con ▁lo ▁que ▁ten go .
▁Y ▁s a béis ▁también ▁vosotros , ▁ o h ▁F il i p en se s , ▁que ▁al ▁pri n ci p i o ▁del ▁ e v an g el i o , ▁cuando ▁part í ▁de ▁Ma ce do n i a , ▁ninguna ▁ i g les i a ▁me ▁com un i c ó ▁en ▁ ra z ón ▁de ▁dar ▁y ▁recibir , ▁sin o ▁vosotros ▁so los .
▁Mi ▁Dios , ▁pues , ▁su p l irá ▁todo ▁lo ▁que ▁os ▁falta ▁conform e ▁á ▁sus ▁ ri que za s ▁en ▁gloria ▁en ▁C ri s to ▁Je s ú s .
▁La ▁gracia ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁sea ▁con ▁todos ▁vosotros . ▁A m é n . ▁E s c ri ta ▁de ▁R o ma ▁con ▁E pa f ro di to .
▁Ha b iendo ▁oído ▁vuestra ▁f e ▁en ▁C ri s to ▁Je s ú s , ▁y ▁el ▁am or ▁que ▁ten éis ▁á ▁todos ▁los ▁santo s ,
▁El ▁cual ▁también ▁no s ▁ha ▁declar ado ▁vuestro ▁am or ▁en ▁el ▁E s p í ri tu .
▁Dan do ▁gracia s ▁al ▁P ad re ▁que ▁no s ▁hizo ▁ap to s ▁para ▁part i ci p ar ▁de ▁la ▁suerte ▁de ▁los ▁santo s ▁en ▁lu z :
▁Porque ▁por ▁él ▁fueron ▁c ri ada s ▁todas ▁las ▁cosas ▁que ▁están ▁en ▁los ▁cielo s , ▁y ▁que ▁están ▁en ▁la ▁tierra , ▁vi s i ble s ▁é ▁in vi s i ble s ; ▁sea n ▁trono s , ▁sea n ▁do mi n i os , ▁sea n ▁pri n ci p ados , ▁sea n ▁p o t est ad es ; ▁todo ▁fué ▁criado ▁por ▁él ▁y ▁para ▁él .
▁Y ▁por ▁él ▁rec on ci li ar ▁todas ▁las ▁cosas ▁á ▁sí , ▁pa ci f i c ando ▁por ▁la ▁sangre ▁de ▁su ▁c r u z , ▁así ▁lo ▁que ▁está ▁en ▁la ▁tierra ▁ como ▁lo ▁que ▁está ▁en ▁los ▁cielo s .
▁Que ▁ahora ▁me ▁go zo ▁en ▁lo ▁que ▁pa de z co ▁por ▁vosotros , ▁y ▁cumpl o ▁en ▁mi ▁carne ▁lo ▁que ▁falta ▁de ▁las ▁a f li c ciones ▁de ▁C ri s to ▁por ▁su ▁cuerpo , ▁que ▁es ▁la ▁ i g les i a ;
▁El ▁cual ▁nosotros ▁a nunc i a mos ▁ , ▁am on est ando ▁á ▁todo ▁hombre , ▁y ▁en se ñ ando ▁en ▁toda ▁sabiduría , ▁para ▁que ▁presente mos ▁á ▁todo ▁hombre ▁per f e c to ▁en ▁C ri s to ▁Je s ú s :
▁En ▁el ▁cual ▁están ▁escond ido s ▁todos ▁los ▁te s or os ▁de ▁sabiduría ▁y ▁conoc imiento .
▁Ar ra i g ados ▁y ▁sobre ed i f i c ados ▁en ▁él , ▁y ▁confirm ados ▁en ▁la ▁f e , ▁así ▁ como ▁ha béis ▁ap re nd ido , ▁c re c iendo ▁en ▁ella ▁con ▁ha c imiento ▁de ▁gracia s .
▁En ▁el ▁cual ▁también ▁so is ▁c ir cu n ci d ados ▁de ▁c ir cu n ci s ió n ▁no ▁he ch a ▁con ▁manos , ▁con ▁el ▁de s p o j amiento ▁del ▁cuerpo ▁de ▁los ▁pecado s ▁de ▁la ▁carne , ▁en ▁la ▁c ir cu n ci s ió n ▁de ▁C ri s to ;
▁Y ▁de s p o ja ndo ▁los ▁pri n ci p ados ▁y ▁las ▁p o t est ad es , ▁sacó los ▁á ▁la ▁ver g ü en za ▁en ▁p ú b li co , ▁ t ri un f ando ▁de ▁ellos ▁en ▁sí ▁mismo .
▁Y ▁no ▁ten iendo ▁la ▁cabeza , ▁de ▁la ▁cual ▁todo ▁el ▁cuerpo , ▁al i ment ado ▁y ▁con j un to ▁por ▁las ▁li ga d ura s ▁y ▁con j un t ura s , ▁c re ce ▁en ▁a u ment o ▁de ▁Dios .
▁T a les ▁cosas ▁tiene n ▁á ▁la ▁ver dad ▁ ci er ta ▁re p u t ación ▁de ▁sabiduría ▁en ▁cu l to ▁ v o l un ta ri o , ▁y ▁ hu mi l dad , ▁y ▁en ▁d ur o ▁tra to ▁del ▁cuerpo ; ▁no ▁en ▁alguna ▁ho n ra ▁para ▁el ▁s a ci ar ▁de ▁la ▁carne .
▁Cuan do ▁C ri s to , ▁vuestra ▁vida , ▁se ▁man i f est are , ▁entonces ▁vosotros ▁también ▁se réis ▁man i f est ados ▁con ▁él ▁en ▁gloria .
▁Mas ▁ahora , ▁de ja d ▁también ▁vosotros ▁todas ▁esta s ▁cosas : ▁ir a , ▁enoj o , ▁mal i ci a , ▁mal ed i ce n ci a , ▁to r pe s ▁palabras ▁de ▁vuestra ▁boca .
▁Ve st í os ▁pues , ▁ como ▁es co g ido s ▁de ▁Dios , ▁santo s ▁y ▁am ados , ▁de ▁entr a ñ as ▁de ▁misericordia , ▁de ▁be n i g n i dad , ▁de ▁ hu mi l dad , ▁de ▁man s ed umb re , ▁de ▁to l er an ci a ;
▁La ▁palabra ▁de ▁C ri s to ▁ha b ite ▁en ▁vosotros ▁en ▁a b un d an ci a ▁en ▁toda ▁sabiduría , ▁en se ñ ándo os ▁y ▁ex h or t ándo os ▁los ▁uno s ▁á ▁los ▁otro s ▁con ▁sal mos ▁é ▁him nos ▁y ▁can ciones ▁es p i ri tu a les , ▁con ▁gracia ▁can t ando ▁en ▁vuestro s ▁cor az on es ▁al ▁Señor .
▁Hi jo s , ▁obedec ed ▁á ▁vuestro s ▁padres ▁en ▁todo ; ▁por que ▁esto ▁a g r ada ▁al ▁Señor .
▁S ab iendo ▁que ▁del ▁Señor ▁recibir éis ▁la ▁com p en s ación ▁de ▁la ▁her en ci a : ▁por que ▁al ▁Señor ▁C ri s to ▁ serv í s .
▁O r ando ▁también ▁junt amente ▁por ▁nosotros , ▁que ▁el ▁Señor ▁no s ▁a bra ▁la ▁puerta ▁de ▁la ▁palabra , ▁para ▁hablar ▁el ▁mis te ri o ▁de ▁C ri s to , ▁por ▁el ▁cual ▁aun ▁esto y ▁pre s o ,
▁Todo s ▁mis ▁negocio s ▁os ▁hará ▁sabe r ▁T i ch î co , ▁hermano ▁am ado ▁y ▁f i el ▁ministr o ▁y ▁con s i er v o ▁en ▁el ▁Señor :
▁Y ▁Je s ú s , ▁el ▁que ▁se ▁ l la ma ▁ J u s to ; ▁los ▁cuales ▁son ▁de ▁la ▁c ir cu n ci s ió n : ▁é st os ▁so los ▁son ▁los ▁que ▁me ▁a y ud an ▁en ▁el ▁reino ▁de ▁Dios , ▁y ▁me ▁han ▁sido ▁con s ue lo .
▁Sal u dad ▁á ▁los ▁hermanos ▁que ▁están ▁en ▁La o di ce a , ▁y ▁á ▁N im f as , ▁y ▁á ▁la ▁ i g les i a ▁que ▁está ▁en ▁su ▁casa .
▁P A B L O , ▁y ▁Si l v an o , ▁y ▁T im o te o , ▁á ▁la ▁ i g les i a ▁de ▁los ▁T es al on i ce n se s que ▁es en ▁Dios ▁P ad re ▁y ▁en ▁el ▁Señor ▁Je s u c ri s to ▁ : ▁ G ra ci a ▁y ▁paz ▁á ▁vosotros ▁de ▁Dios ▁nuestro ▁P ad re ▁y ▁del ▁Señor ▁Je s u c ri s to ▁ .
▁Por ▁cuanto ▁nuestro ▁ e v an g el i o ▁no ▁fué ▁á ▁vosotros ▁en ▁palabra ▁solamente , ▁mas ▁también ▁en ▁p o t en ci a , ▁y ▁en ▁E s p í ri tu ▁S an to , ▁y ▁en ▁gran ▁p l en i t ud ; ▁ como ▁s a béis ▁cu á les ▁f u i mos ▁entre ▁vosotros ▁por ▁am or ▁de ▁vosotros .
▁Porque ▁ellos ▁cu enta n ▁de ▁nosotros ▁cu á l ▁entr ada ▁tu vi mos ▁á ▁vosotros ; ▁y ▁ cómo ▁os ▁con ver t i steis ▁de ▁los ▁ í do los ▁á ▁Dios , ▁para ▁servir ▁al ▁Dios ▁vi v o ▁y ▁ver dad er o ,
▁Porque ▁nuestra ▁ex h or t ación ▁no ▁fué ▁de ▁ er ro r , ▁ni ▁de ▁in m un di ci a , ▁ni ▁por ▁en ga ñ o ;
▁A n te s ▁f u i mos ▁ b l ando s ▁entre ▁vosotros ▁ como ▁la ▁que ▁c r ía , ▁que ▁re ga la ▁á ▁sus ▁hijos :
▁As í ▁ como ▁s a béis ▁de ▁qué ▁mo do ▁ex h or t á ba mos ▁y ▁con s o l á ba mos ▁á ▁ cada ▁uno ▁de ▁vosotros , ▁ como ▁el ▁padre ▁á ▁sus ▁hijos ,
▁Lo s ▁cuales ▁aun ▁matar on ▁al ▁Señor ▁Je s ú s ▁y ▁á ▁sus ▁pro p i os ▁profeta s , ▁y ▁á ▁nosotros ▁no s ▁han ▁per se gu ido ; ▁y ▁no ▁a g r ada n ▁á ▁Dios , ▁y ▁se ▁ o p on en ▁á ▁todos ▁los ▁hombres ;
▁Porque ▁¿ cu á l ▁es ▁nuestra ▁es per an za , ▁ó ▁go zo , ▁ó ▁cor on a ▁de ▁que ▁me ▁ g l or í e ? ▁¿ No ▁so is ▁vosotros , ▁delante ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁en ▁su ▁ven i da ?
▁Para ▁que ▁nadie ▁se ▁con m ue v a ▁por ▁esta s ▁tribu la ciones ; ▁por que ▁vosotros ▁s a béis ▁que ▁nosotros ▁so mos ▁puesto s ▁para ▁esto .
▁En ▁el lo , ▁hermanos , ▁re ci bi mos ▁con s o l ación ▁de ▁vosotros ▁en ▁toda ▁nuestra ▁ n e ce s i dad ▁y ▁a f li c ción ▁por ▁causa ▁de ▁vuestra ▁f e :
▁Mas ▁el ▁mismo ▁Dios ▁y ▁P ad re ▁nuestro , ▁y ▁el ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁en ca mi n e ▁nuestro ▁vi a je ▁á ▁vosotros .
▁Porque ▁y a ▁s a béis ▁qué ▁mandamientos ▁os ▁di mos ▁por ▁el ▁Señor ▁Je s ú s .
▁Que ▁ninguno ▁ o p ri ma , ▁ni ▁en ga ñ e ▁en ▁nada ▁á ▁su ▁hermano : ▁por que ▁el ▁Señor ▁es ▁ven ga dor ▁de ▁todo ▁esto , ▁ como ▁y a ▁os ▁he mos ▁dicho ▁y ▁pro t est ado .
▁Y ▁también ▁lo ▁ha c éis ▁así ▁con ▁todos ▁los ▁hermanos ▁que ▁están ▁por ▁toda ▁Ma ce do n i a . ▁E mpero ▁os ▁ ro ga mos , ▁hermanos , ▁que ▁a b un d éis ▁más ;
▁Porque ▁si ▁c re emos ▁que ▁Je s ú s ▁murió ▁y ▁re s u ci t ó , ▁así ▁también ▁traerá ▁Dios ▁con ▁él ▁á ▁los ▁que ▁d ur m ieron ▁en ▁Je s ú s .
▁Por ▁tanto , ▁con s o la os ▁los ▁uno s ▁á ▁los ▁otro s ▁en ▁esta s ▁palabras .
▁Mas ▁vosotros , ▁hermanos , ▁no ▁está is ▁en ▁ti n i e b la s , ▁para ▁que ▁aquel ▁día ▁os ▁sobre co ja ▁ como ▁la d r ón ;
▁Mas ▁nosotros , ▁que ▁so mos ▁del ▁día , ▁este mos ▁so b ri os , ▁vestidos ▁de ▁co ta ▁de ▁f e ▁y ▁de ▁ca ri dad , ▁y ▁la ▁es per an za ▁de ▁sal ud ▁por ▁y el mo .
▁Y ▁os ▁ ro ga mos , ▁hermanos , ▁que ▁rec on o z c áis ▁á ▁los ▁que ▁tra ba ja n ▁entre ▁vosotros , ▁y ▁os ▁pre s id en ▁en ▁el ▁Señor , ▁y ▁os ▁am on est an :
▁Esta d ▁siempre ▁go zo s os .
▁No ▁men os p re ci éis ▁las ▁pro f e c ía s .
▁F i el ▁es ▁el ▁que ▁os ▁ha ▁llamado ; ▁el ▁cual ▁también ▁lo ▁hará .
▁La ▁gracia ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁sea ▁con ▁vosotros . ▁A m é n . ▁La ▁primer a ▁ e p í s to la ▁á ▁los ▁T es al on i ce n se s ▁fué ▁es c ri ta ▁de ▁A t en as .
▁T an to , ▁que ▁nosotros ▁mismo s ▁no s ▁gloria mos ▁de ▁vosotros ▁en ▁las ▁ i g les i as ▁de ▁Dios , ▁de ▁vuestra ▁pa ci en ci a ▁y ▁f e ▁en ▁todas ▁vuestras ▁per se cu ciones ▁y ▁tribu la ciones ▁que ▁su f r í s :
▁En ▁ l la ma ▁de ▁fuego , ▁para ▁dar ▁el ▁pa go ▁á ▁los ▁que ▁no ▁conoc ieron ▁á ▁Dios , ▁ni ▁obedec en ▁al ▁ e v an g el i o ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ ;
▁Para ▁que ▁el ▁nombre ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁sea ▁ g lo ri f i c ado ▁en ▁vosotros , ▁y ▁vosotros ▁en ▁él , ▁por ▁la ▁gracia ▁de ▁nuestro ▁Dios ▁y ▁del ▁Señor ▁Je s u c ri s to ▁ .
▁O p on ién do se , ▁y ▁levant ándose ▁contra ▁todo ▁lo ▁que ▁se ▁ l la ma ▁Dios , ▁ó ▁que ▁se ▁ ado ra ; ▁tanto ▁que ▁se ▁as iente ▁en ▁el ▁templo ▁de ▁Dios ▁ como ▁Dios , ▁haci é ndo se ▁par e cer ▁Dios .
▁Y ▁entonces ▁será ▁man i f est ado ▁aquel ▁in i cu o , ▁al ▁cual ▁el ▁Señor ▁matar á ▁con ▁el ▁espíritu ▁de ▁su ▁boca , ▁y ▁destruir á ▁con ▁el ▁re s p l ando r ▁de ▁su ▁ven i da ;
▁Para ▁que ▁sea n ▁con de n ados ▁todos ▁los ▁que ▁no ▁c re y e ron ▁á ▁la ▁ver dad , ▁antes ▁con s in t ieron ▁á ▁la ▁iniquidad .
▁Y ▁el ▁mismo ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁y ▁Dios ▁y ▁P ad re ▁nuestro , ▁el ▁cual ▁no s ▁am ó , ▁y ▁no s ▁dió ▁con s o l ación ▁ e te rna , ▁y ▁buena ▁es per an za ▁por ▁gracia ,
▁Mas ▁f i el ▁es ▁el ▁Señor , ▁que ▁os ▁confirm ará ▁y ▁guard ará ▁del ▁mal .
▁Porque ▁vosotros ▁mismo s ▁s a béis ▁de ▁qué ▁manera ▁de béis ▁ im ita r nos ▁ : ▁por que ▁no ▁and u vi mos ▁de s or de n ad amente ▁entre ▁vosotros ,
▁Porque ▁ o í mos ▁que ▁and an ▁alguno s ▁entre ▁vosotros ▁fuera ▁de ▁orden , ▁no ▁tra ba ja ndo ▁en ▁nada , ▁sin o ▁oc u p ados ▁en ▁cu ri ose ar .
▁Mas ▁no ▁lo ▁ten g áis ▁ como ▁á ▁enemigo , ▁sin o ▁am on est ad le ▁ como ▁á ▁hermano .
▁P A B L O , ▁ap ó s to l ▁de ▁Je s u c ri s to ▁por ▁la ▁orden ación ▁de ▁Dios ▁nuestro ▁Sal v ado r , ▁y ▁del ▁Señor ▁Je s u c ri s to ▁ , ▁nuestra ▁es per an za ;
▁P ue s ▁el ▁fin ▁del ▁man d amiento ▁es ▁la ▁ca ri dad n a ci dad e ▁corazón ▁limpio , ▁y ▁de ▁buena ▁con ci en ci a , ▁y ▁de ▁f e ▁no ▁f ing i da :
▁C on o c iendo ▁esto , ▁que ▁la ▁le y ▁no ▁es ▁pues ta ▁para ▁el ▁just o , ▁sin o ▁para ▁los ▁in j u st os ▁y ▁para ▁los ▁de s o b ed iente s , ▁para ▁los ▁imp í os ▁y ▁pecado res , ▁para ▁los ▁mal os ▁y ▁pro f an os , ▁para ▁los ▁par ri ci das ▁y ▁ ma t ri ci das , ▁para ▁los ▁homicida s ,
▁Ha b iendo ▁sido ▁antes ▁ b la s f e mo ▁y ▁per se gu ido r ▁é ▁in j u ri ado r : ▁mas ▁f u í ▁re ci b ido ▁á ▁misericordia , ▁por que ▁lo ▁ hi ce ▁con ▁ i g n or an ci a ▁en ▁in c r ed u li dad .
▁Por ▁tanto , ▁al ▁Re y ▁de ▁si g los , ▁in mo r ta l , ▁in vi s i ble , ▁al ▁so lo ▁s a bi o ▁Dios se ah on or ▁y ▁gloria ▁por ▁los ▁si g los ▁de ▁los ▁si g los . ▁A m é n .
▁A M O N E S T O ▁pues , ▁an te ▁todas ▁cosas , ▁que ▁se ▁haga n ▁ ro ga t i v as , ▁or a ciones , ▁pe t i ciones , ▁ha c imiento s ▁de ▁gracia s , ▁por ▁todos ▁los ▁hombres ;
▁Porque ▁hay ▁un ▁Dios , ▁a simismo ▁un ▁media dor ▁entre ▁Dios ▁y ▁los ▁hombres , ▁Je s u c ri s to ▁hombre ;
▁A simismo ▁también ▁las ▁mujeres , ▁a ta vi ándose ▁en ▁ h á bi to ▁ho n est o , ▁con ▁ver g ü en za ▁y ▁mo d est i a ; ▁no ▁con ▁ca be l los ▁en c res p ados , ▁ ú ▁oro , ▁ó ▁per la s , ▁ó ▁vestidos ▁co st os os ,
▁Porque ▁Adam ▁fué ▁for m ado ▁el ▁primer o , ▁después ▁E v a ;
▁C on vi en e , ▁pues , ▁que ▁el ▁ob is p o ▁sea ▁ir re p re n s i ble , ▁marido ▁de ▁una ▁mujer , ▁so l í ci to , ▁tem p l ado , ▁com p ue s to , ▁ho s pe dad or , ▁ap to ▁para ▁en se ñ ar ;
▁No ▁un ▁ n e ó f i to , ▁por que ▁in f l ándose ▁no ▁ca i ga ▁en ▁juicio ▁del ▁di ab lo .
▁Y ▁é st os ▁también ▁sea n ▁antes ▁pro b ados ; ▁y ▁así ▁ministr en , ▁si ▁fuere n ▁sin ▁c ri me n .
▁E s to ▁te ▁es c ri b o ▁con ▁es per an za ▁que ▁ir é ▁pre s to ▁á ▁ti :
▁Que ▁con ▁ hi p o c res ía ▁hablar án ▁men t i ra , ▁ten iendo ▁ca u te ri z ada ▁la ▁con ci en ci a .
▁Si ▁esto ▁pro p u s iere s ▁á ▁los ▁hermanos , ▁será s ▁bu en ▁ministr o ▁de ▁Je s u c ri s to ▁ , ▁criado ▁en ▁las ▁palabras ▁de ▁la ▁f e ▁y ▁de ▁la ▁buena ▁do c t ri n a , ▁la ▁cual ▁has ▁al ca n z ado .
▁Que ▁por ▁esto ▁aun ▁tra ba ja mos ▁y ▁su f ri mos ▁ o p ro bi os , ▁por que ▁es per a mos ▁en ▁el ▁Dios ▁vi vi ente , ▁el ▁cual ▁es ▁Sal v ado r ▁de ▁todos ▁los ▁hombres , ▁may or mente ▁de ▁los ▁que ▁c re en .
▁No ▁de s cu id es ▁el ▁don ▁que ▁está ▁en ▁ti , ▁que ▁te ▁es ▁dado ▁por ▁pro f e c ía ▁con ▁la ▁imp os i ción ▁de ▁las ▁manos ▁del ▁pre s b ite ri o .
▁A ▁las ▁an ci an as , ▁ como ▁á ▁madre s ; ▁á ▁las ▁ j ove n c itas , ▁ como ▁á ▁hermana s , ▁con ▁toda ▁pu re za .
▁P er o ▁la ▁que ▁vi v e ▁en ▁del i ci as , ▁vi viendo ▁está ▁mu er ta .
▁Que ▁ten ga ▁testimonio ▁en ▁buena s ▁obra s ; ▁si ▁c r ió ▁hijos ; ▁si ▁ha ▁ e j er ci t ado ▁la ▁ho s p ita li dad ; ▁si ▁ha ▁la v ado ▁los ▁pie s ▁de ▁los ▁santo s ; ▁si ▁ha ▁so co r r ido ▁á ▁los ▁aflig ido s ; ▁si ▁ha ▁se gu ido ▁toda ▁buena ▁obra .
▁ Q u i er o ▁pues , ▁que ▁las ▁que ▁son ▁ j ó v en es ▁se ▁ca s en , ▁c r í en ▁hijos , ▁go bi er n en ▁la ▁casa ; ▁que ▁ninguna ▁oc as ió n ▁de n ▁al ▁a d ver s ar i o ▁para ▁mal de ci r .
▁Porque ▁la ▁E s c ri t ura ▁di ce : ▁No ▁ em b o za rás ▁al ▁buey ▁que ▁ t ri l la ; ▁y : ▁Di g no ▁es ▁el ▁ob re ro ▁de ▁su ▁ jo rna l .
▁No ▁imp on ga s ▁de ▁li g er o ▁las ▁manos ▁á ▁ninguno , ▁ni ▁com un i que s ▁en ▁pecado s ▁ajenos : ▁con s é r v a te ▁en ▁li m p i e za .
▁T O D O S ▁los ▁que ▁están ▁debajo ▁del ▁y u go ▁de ▁ serv id umb re , ▁ten ga n ▁á ▁sus ▁señor es ▁por ▁di g nos ▁de ▁toda ▁ho n ra , ▁por que ▁no ▁sea ▁ b la s f em ado ▁el ▁nombre ▁del ▁Señor ▁y ▁la ▁do c t ri n a .
▁Por f ía s ▁de ▁hombres ▁cor r u p to s ▁de ▁en te nd imiento ▁y ▁pri v ados ▁de ▁la ▁ver dad , ▁que ▁tiene n ▁la ▁pie dad ▁por ▁gran j er ía : ▁ap á r ta te ▁de ▁los ▁tal es .
▁Porque ▁los ▁que ▁qu iere n ▁en ri que cer se , ▁ca en ▁en ▁tent ación ▁y ▁la zo , ▁y ▁en ▁much as ▁co di ci as ▁lo ca s ▁y ▁da ñ os as , ▁que ▁ hu nd en ▁á ▁los ▁hombres ▁en ▁per di ción ▁y ▁muerte .
▁T e ▁man do ▁delante ▁de ▁Dios , ▁que ▁da ▁vida ▁á ▁todas ▁las ▁cosas , ▁y ▁de ▁Je s u c ri s to ▁ , ▁que ▁te st i f i c ó ▁la ▁buena ▁pro f es ió n ▁delante ▁de ▁P on ci o ▁P i la to ,
▁A ▁los ▁ ri co s ▁de ▁este ▁si g lo ▁man da ▁que ▁no ▁sea n ▁al t i v os , ▁ni ▁pon ga n ▁la ▁es per an za ▁en ▁la ▁in cer t id umb re ▁de ▁las ▁ ri que za s , ▁sin o ▁en ▁el ▁Dios ▁vi v o , ▁que ▁no s ▁da ▁todas ▁las ▁cosas ▁en ▁a b un d an ci a ▁de ▁que ▁go ce mos :
▁La ▁cual ▁pro f es ando ▁alguno s , ▁fueron ▁de s ca mi n ados ▁acerca ▁de ▁la ▁f e . ▁La ▁gracia ▁sea ▁contigo ▁ . ▁A m é n . ▁La ▁primer a ▁ e p í s to la ▁á ▁T im o te o ▁fué ▁es c ri ta ▁de ▁La o di ce a , ▁que ▁es ▁me t r ó p o li ▁de ▁la ▁F ri g i a ▁P a ca t i an a .
▁De se ando ▁ver te ▁ , ▁a co r d ándo me ▁de ▁tu s ▁ l á g ri ma s , ▁para ▁ser ▁lleno ▁de ▁go zo ;
▁Por ▁tanto ▁no ▁te ▁a ver g ü en ce s ▁del ▁testimonio ▁de ▁nuestro ▁Señor , ▁ni ▁de ▁mí , ▁pre s o ▁suyo ; ▁antes ▁s é ▁part i ci p an te ▁de ▁los ▁tra ba jo s ▁del ▁ e v an g el i o ▁seg ún ▁la ▁vi r t ud ▁de ▁Dios ,
▁Por ▁lo ▁cual ▁a simismo ▁pa de z co ▁esto : ▁mas ▁no ▁me ▁a ver g ü en zo ; ▁por que ▁yo ▁s é ▁á ▁quien ▁he ▁c re í do , ▁y ▁esto y ▁cierto ▁que ▁es ▁pod eros o ▁para ▁guarda r ▁mi ▁de p ó s i to ▁para ▁aquel ▁día .
▁ D é ▁el ▁Señor ▁misericordia ▁á ▁la ▁casa ▁de ▁On es í for o ; ▁que ▁much as ▁veces ▁me ▁re f ri g er ó , ▁y ▁no ▁se ▁a ver g on z ó ▁de ▁mi ▁ca de n a :
▁Y ▁lo ▁que ▁has ▁oído ▁de ▁mí ▁entre ▁mucho s ▁testigo s , ▁esto ▁en c ar ga ▁á ▁los ▁hombres ▁f i e les ▁que ▁serán ▁ id ón e os ▁para ▁en se ñ ar ▁también ▁á ▁otro s .
▁El ▁la bra dor , ▁para ▁recibir ▁los ▁fruto s , ▁es ▁men est er ▁que ▁tra ba je ▁primer o ▁ .
▁Por ▁tanto , ▁todo ▁lo ▁su f ro ▁por ▁am or ▁de ▁los ▁es co g ido s , ▁para ▁que ▁ellos ▁también ▁con s i ga n ▁la ▁sal ud ▁que ▁es ▁en ▁C ri s to ▁Je s ú s ▁con ▁gloria ▁ e te rna .
▁Re cu é r da les ▁esto , ▁pro t est ando ▁delante ▁del ▁Señor ▁que ▁no ▁con t i en d an ▁en ▁palabras , ▁lo ▁cual ▁para ▁nada ▁ap r ove ch a , ▁antes ▁tras to rna ▁á ▁los ▁ o y ente s .
▁Que ▁se ▁han ▁de s ca mi n ado ▁de ▁la ▁ver dad , ▁diciendo ▁que ▁la ▁re s ur re c ción ▁es ▁y a ▁he ch a , ▁y ▁tras to rna n ▁la ▁f e ▁de ▁alguno s .
▁Hu y e ▁también ▁los ▁de se os ▁ j u v en i les ; ▁y ▁si gu e ▁la ▁justicia , ▁la ▁f e , ▁la ▁ca ri dad , ▁la ▁paz , ▁con ▁los ▁que ▁in v o ca n ▁al ▁Señor ▁de ▁pu ro ▁corazón .
▁Y ▁se ▁ za f en ▁del ▁la zo ▁del ▁di ab lo , ▁en ▁que ▁están ▁ca u t i v os ▁á ▁ v o l un ta d ▁de ▁él .
▁T ra ido res , ▁ar re ba t ados , ▁hin ch ados , ▁am ado res ▁de ▁los ▁de le ites ▁más ▁que ▁de ▁Dios ;
▁Y ▁de ▁la ▁manera ▁que ▁Ja n n es ▁y ▁Ja m bre s ▁re s i st ieron ▁á ▁Moisés , ▁así ▁también ▁é st os ▁re s iste n ▁á ▁la ▁ver dad ; ▁hombres ▁cor r u p to s ▁de ▁en te nd imiento , ▁ ré p ro b os ▁acerca ▁de ▁la ▁f e .
▁Y ▁también ▁todos ▁los ▁que ▁qu iere n ▁vivir ▁p í amente ▁en ▁C ri s to ▁Je s ú s , ▁pa de ce rán ▁per se cu ción .
▁T o da ▁E s c ri t ura ▁es ▁in s p ir ada ▁di vi n amente ▁y ▁ ú til ▁para ▁en se ñ ar , ▁para ▁re d ar g ü ir , ▁para ▁cor re g ir , ▁para ▁in st i tu ir ▁en ▁justicia ,
▁Porque ▁vendrá ▁tiempo ▁cuando ▁no ▁su f ri rán ▁la ▁s an a ▁do c t ri n a ; ▁antes , ▁ten iendo ▁come z ón ▁de ▁oir , ▁se ▁am on to n arán ▁ ma est ro s ▁conform e ▁á ▁sus ▁con cu p is ce n ci as ,
▁He ▁pe le ado ▁la ▁buena ▁batalla , ▁he ▁acaba do ▁la ▁ca r re ra , ▁he ▁guard ado ▁la ▁f e .
▁L u ca s ▁so lo ▁está ▁conmigo ▁ . ▁Toma ▁á ▁Ma r co s , ▁y ▁ t rá e le ▁contigo ▁ ; ▁por que ▁me ▁es ▁ ú til ▁para ▁el ▁minister i o .
▁ G u á r da te ▁tú ▁también ▁de ▁él ; ▁que ▁en ▁grande ▁manera ▁ha ▁re s i st ido ▁á ▁nuestra s ▁palabras .
▁Sal ud a ▁á ▁P ri s ca ▁y ▁á ▁A qui la , ▁y ▁á ▁la ▁casa ▁de ▁On es í for o .
▁P A B L O , ▁siervo ▁de ▁Dios , ▁y ▁ap ó s to l ▁de ▁Je s u c ri s to ▁ , ▁seg ún ▁la ▁f e ▁de ▁los ▁es co g ido s ▁de ▁Dios , ▁y ▁el ▁conoc imiento ▁de ▁la ▁ver dad ▁que ▁es ▁seg ún ▁la ▁pie dad ,
▁Por ▁esta ▁causa ▁te ▁de j é ▁en ▁C re ta , ▁para ▁que ▁cor ri g i es es ▁lo ▁que ▁falta , ▁y ▁pu s i es es ▁ancianos ▁por ▁las ▁villas , ▁así ▁ como ▁yo ▁te ▁man d é :
▁Re t en ed or ▁de ▁la ▁f i el ▁palabra ▁que ▁es ▁conform e ▁á ▁la ▁do c t ri n a : ▁para ▁que ▁también ▁pu ed a ▁ex h or t ar ▁con ▁s an a ▁do c t ri n a , ▁y ▁con v en cer ▁á ▁los ▁que ▁contra di je re n .
▁Este ▁testimonio ▁es ▁ver dad er o : ▁por ▁tanto ▁ , ▁re p ré n de los ▁d ur amente , ▁para ▁que ▁sea n ▁s an os ▁en ▁la ▁f e ,
▁E M P E R O ▁tú , ▁habla ▁lo ▁que ▁con vi en e ▁á ▁la ▁s an a ▁do c t ri n a :
▁A ▁ser ▁tem p la das , ▁cast as , ▁que ▁ten ga n ▁cu id ado ▁de ▁la ▁casa , ▁buena s , ▁su je ta s ▁á ▁sus ▁marido s ; ▁por que ▁la ▁palabra ▁de ▁Dios ▁no ▁sea ▁ b la s f em ada .
▁E x h or ta ▁á ▁los ▁siervos ▁á ▁que ▁sea n ▁su je to s ▁á ▁sus ▁señor es , ▁que ▁a g ra de n ▁en ▁todo , ▁no ▁respond on es ;
▁E s per ando ▁aquella ▁es per an za ▁bien ave n t ura da , ▁y ▁la ▁man i f est ación ▁ g lo ri os a ▁del ▁gran ▁Dios ▁y ▁Sal v ado r ▁nuestro ▁Je s u c ri s to ▁ ,
▁Que ▁á ▁nadie ▁in f am en , ▁que ▁no ▁sea n ▁pe nd en ci eros , ▁sin o mo d est os , ▁most r ando ▁toda ▁man s ed umb re ▁para ▁con ▁todos ▁los ▁hombres .
▁El ▁cual ▁derram ó ▁en ▁nosotros ▁a b un d an te mente ▁por ▁Je s u c ri s to ▁nuestro ▁Sal v ado r ,
▁Re hu s a ▁hombre ▁he re je , ▁después ▁de ▁una ▁y ▁otra ▁am on est ación ;
▁Y ▁ap re nd an ▁a simismo ▁los ▁nuestro s ▁á ▁go be rna r se ▁en ▁buena s ▁obra s ▁para ▁los ▁us os ▁ n e ce s ar i os , ▁para ▁que ▁no ▁sea n ▁sin ▁fruto .
▁ G ra ci a ▁á ▁vosotros ▁y ▁paz ▁de ▁Dios ▁nuestro ▁P ad re , ▁y ▁del ▁Señor ▁Je s u c ri s to ▁ .
▁Porque ▁ten emos ▁gran ▁go zo ▁y ▁con s o l ación ▁de ▁tu ▁ca ri dad , ▁de ▁que ▁por ▁ti , ▁ o h ▁hermano , ▁han ▁sido ▁rec re ada s ▁las ▁entr a ñ as ▁de ▁los ▁santo s .
▁El ▁cual ▁en ▁otro ▁tiempo ▁te ▁fué ▁in ú til , ▁mas ▁ahora ▁á ▁ti ▁y ▁á ▁mí ▁es ▁ ú til ;
▁Porque ▁a ca s o ▁por ▁esto ▁se ▁ha ▁apart ado ▁de ▁ti ▁por ▁al g ún ▁tiempo , ▁para ▁que ▁le ▁re ci bi es es ▁para ▁siempre ;
▁Yo ▁P ab lo ▁lo ▁es c ri b í ▁de ▁mi ▁mano , ▁yo ▁lo ▁pa g aré : ▁por ▁no ▁decir te ▁que ▁aun ▁á ▁ti ▁mismo ▁te ▁me ▁de be s ▁de m ás .
▁T e ▁sal ud an ▁E pa f ra s , ▁mi ▁com pa ñ er o ▁en ▁la ▁pri s ió n ▁por ▁C ri s to ▁Je s ú s ,
▁En ▁estos ▁postr eros ▁días ▁no s ▁ha ▁hablado ▁por ▁el ▁Hi jo , ▁al ▁cual ▁con st i tu y ó ▁her ed er o ▁de ▁todo , ▁por ▁el ▁cual ▁a simismo ▁hizo ▁el ▁un i ver s o :
▁Y ▁otra ▁vez , ▁cuando ▁in t ro d u ce ▁al ▁P ri mo g é n i to ▁en ▁la ▁tierra , ▁di ce : ▁Y ▁a d ó re n le ▁todos ▁los ▁ángel es ▁de ▁Dios .
▁Y : ▁T ú , ▁ o h ▁Señor , ▁en ▁el ▁pri n ci p i o ▁f un d aste ▁la ▁tierra ; ▁y ▁los ▁cielo s ▁son ▁obra s ▁de ▁tu s ▁manos :
▁¿ No ▁son ▁todos ▁espíritu s ▁a d mi n is tra do res , ▁en vi ados ▁para ▁servicio ▁á ▁f a v or ▁de ▁los ▁que ▁serán ▁her ed eros ▁de ▁sal ud ?
▁T est i f i c ando ▁junt amente ▁con ▁ellos ▁Dios , ▁con ▁señal es ▁y ▁mil a g ro s , ▁y ▁di ver s as ▁mar a vi l la s , ▁y ▁re p ar t imiento s ▁del ▁E s p í ri tu ▁S an to ▁seg ún ▁su ▁ v o l un ta d .
▁T o das ▁las ▁cosas ▁su je t aste ▁debajo ▁de ▁sus ▁pie s . ▁Porque ▁en ▁cuanto ▁le ▁su je t ó ▁todas ▁las ▁cosas , ▁nada ▁de j ó ▁que ▁no ▁sea ▁su je to ▁á ▁él ; ▁mas ▁aun ▁no ▁ve mos ▁que ▁todas ▁las ▁cosas ▁le ▁sea n ▁su je ta s .
▁Di c iendo : ▁A nunc i aré ▁á ▁mis ▁hermanos ▁tu ▁nombre , ▁en ▁medio ▁de ▁la ▁congregación ▁te ▁al aba ré .
▁Porque ▁c iertamente ▁no ▁tomó ▁á ▁los ▁ángel es , ▁sin o ▁á ▁la ▁simiente ▁de ▁Abraham ▁tomó .
▁El ▁cual ▁es ▁f i el ▁al ▁que ▁le ▁con st i tu y ó , ▁ como ▁también ▁lo ▁fué ▁Moisés ▁sobre ▁toda ▁su ▁casa .
▁Mas ▁C ri s to ▁ como ▁hijo , ▁sobre ▁su ▁casa ; ▁la ▁cual ▁casa ▁so mos ▁nosotros , ▁si ▁hast a ▁el ▁cabo ▁re tu vi é remos ▁f ir me ▁la ▁con f i an za ▁y ▁la ▁gloria ▁de ▁la ▁es per an za .
▁A ▁causa ▁de ▁lo ▁cual ▁me ▁en e mi st é ▁con ▁esta ▁generación , ▁y ▁di je : ▁Si em p re ▁di v a ga n ▁ellos ▁de ▁corazón , ▁y ▁no ▁han ▁conoc ido ▁mis ▁camino s .
▁Porque ▁part i ci p an te s ▁de ▁C ri s to ▁so mos ▁hecho s , ▁con ▁tal ▁que ▁con serv emos ▁f ir me ▁hast a ▁el ▁fin ▁el ▁pri n ci p i o ▁de ▁nuestra ▁con f i an za ;
▁¿ Y ▁á ▁qu ién es ▁juró ▁que ▁no ▁entrar ían ▁en ▁su ▁reposo , ▁sin o ▁á ▁aquello s ▁que ▁no ▁obedec ieron ?
▁E mpero ▁entr a mos ▁en ▁el ▁reposo ▁los ▁que ▁he mos ▁c re í do , ▁de ▁la ▁manera ▁que ▁dijo : ▁C o mo ▁ j u ré ▁en ▁mi ▁ir a , ▁no ▁entr arán ▁en ▁mi ▁reposo : ▁aun ▁acaba das ▁las ▁obra s ▁de s de ▁el ▁pri n ci p i o ▁del ▁mu ndo .
▁De t er mi n a ▁otra ▁vez ▁un ▁cierto ▁día , ▁diciendo ▁por ▁David : ▁ H o y , ▁después ▁de ▁tanto ▁tiempo ; ▁ como ▁está ▁dicho : ▁Si ▁ o y er e is ▁su ▁voz ▁hoy , ▁no ▁en d u re z c áis ▁vuestro s ▁cor az on es .
▁P ro cu remos ▁pues ▁de ▁entrar ▁en ▁aquel ▁reposo ; ▁que ▁ninguno ▁ca i ga ▁en ▁se me ja n te ▁ e je m p lo ▁de ▁de s o be di en ci a .
▁Porque ▁no ▁ten emos ▁un ▁P on t í f i ce ▁que ▁no ▁se ▁pu ed a ▁com pa de cer ▁de ▁nuestra s ▁f la que za s ; ▁mas ▁tent ado ▁en ▁todo ▁seg ún ▁nuestra ▁se me ja n za , ▁per o ▁sin ▁pecado .
▁Y ▁por ▁causa ▁de ▁ella ▁de be , ▁ como ▁por ▁sí ▁mismo , ▁así ▁también ▁por ▁el ▁pueblo , ▁of re cer ▁por ▁los ▁pecado s .
▁El ▁cual ▁en ▁los ▁días ▁de ▁su ▁carne , ▁of re c iendo ▁ruego s ▁y ▁s ú p li ca s ▁con ▁gran ▁c l am or ▁y ▁ l á g ri ma s ▁al ▁que ▁le ▁pod ía ▁libr ar ▁de ▁la ▁muerte , ▁fué ▁oído ▁por ▁su ▁re ver en ci al ▁mi ed o .
▁De l ▁cual ▁ten emos ▁mucho ▁que ▁decir , ▁y ▁di f i cu l to s o ▁de ▁declar ar , ▁por ▁cuanto ▁so is ▁f la co s ▁para ▁oir .
▁P O R ▁tanto , ▁de ja ndo ▁la ▁palabra ▁del ▁com i en zo en ▁la ▁do c t ri n a de ▁C ri s to , ▁va mos ▁a de l an te ▁á ▁la ▁per f e c ción ; ▁no ▁echa ndo ▁otra ▁vez ▁el ▁f un da ment o ▁del ▁ar re p en t imiento ▁de ▁obra s ▁mu er ta s , ▁y ▁de ▁la ▁f e ▁en ▁Dios ,
▁Y ▁a simismo ▁ gu st aron ▁la ▁buena ▁palabra ▁de ▁Dios , ▁y ▁las ▁vi r tu de s ▁del ▁si g lo ▁ven i der o ,
▁P er o ▁de ▁vosotros , ▁ o h ▁am ados , ▁es per a mos ▁mejor es ▁cosas , ▁y ▁más ▁cerca n as ▁á ▁sal ud , ▁aun que ▁habla mos ▁así .
▁Porque ▁pro me t iendo ▁Dios ▁á ▁Abraham , ▁no ▁pu d iendo ▁ j ura r ▁por ▁otro ▁may or , ▁juró ▁por ▁sí ▁mismo ,
▁Por ▁lo ▁cual , ▁que r iendo ▁Dios ▁most r ar ▁más ▁a b un d an te mente ▁á ▁los ▁her ed eros ▁de ▁la ▁pro me s a ▁la ▁in m u ta bi li dad ▁de ▁su ▁con se jo , ▁in t er p u s o ▁ j ura ment o ;
▁P O R Q U E ▁este ▁Me l ch î se de c , ▁rey ▁de ▁Sal em , ▁sacerdote ▁del ▁Dios ▁A l t í s im o , ▁el ▁cual ▁salió ▁á ▁recibir ▁á ▁Abraham ▁que ▁ v o l v ía ▁de ▁la ▁de r ro ta ▁de ▁los ▁reyes , ▁y ▁le ▁bendijo ,
▁Y ▁c iertamente ▁los ▁que ▁de ▁los ▁hijos ▁de ▁Leví ▁to man ▁el ▁s a cer do ci o , ▁tiene n ▁man d amiento ▁de ▁tomar ▁del ▁pueblo ▁los ▁diez mos ▁seg ún ▁la ▁le y , ▁es ▁á ▁sabe r , ▁de ▁sus ▁hermanos ▁aun que ▁también ▁haya n ▁sal ido ▁de ▁los ▁lo mos ▁de ▁Abraham .
▁Y , ▁por ▁decir lo ▁así , ▁en ▁Abraham ▁fué ▁diez m ado ▁también ▁Leví , ▁que ▁re ci be ▁los ▁diez mos ;
▁Porque ▁aquel ▁del ▁cual ▁esto ▁se ▁di ce , ▁de ▁otra ▁tribu ▁es , ▁de ▁la ▁cual ▁nadie ▁as i st ió ▁al ▁altar .
▁P ue s ▁se ▁da ▁testimonio ▁de ▁él : ▁T ú ▁eres ▁sacerdote ▁para ▁siempre , ▁seg ún ▁el ▁orden ▁de ▁Me l ch î se de c .
▁ ( Por que ▁los ▁otro s ▁cierto ▁sin ▁ j ura ment o ▁fueron ▁hecho s ▁sacerdote s ; ▁mas ▁éste , ▁con ▁ j ura ment o ▁por ▁el ▁que ▁le ▁dijo : ▁ J ur ó ▁el ▁Señor , ▁y ▁no ▁se ▁ar re p en t irá : ▁T ú ▁eres ▁sacerdote ▁ e t er n amente ▁seg ún ▁el ▁orden ▁de ▁Me l ch î se de c : )
▁Por ▁lo ▁cual ▁pu ed e ▁también ▁salva r ▁ e t er n amente ▁á ▁los ▁que ▁por ▁él ▁se ▁all e ga n ▁á ▁Dios , ▁vi viendo ▁siempre ▁para ▁in t er ce der ▁por ▁ellos .
▁A S Í ▁que , ▁la ▁su ma ▁acerca ▁de ▁lo ▁dicho ▁es : ▁T en emos ▁tal ▁pon t í f i ce ▁que ▁se ▁as en t ó ▁á ▁la ▁die s tra ▁del ▁trono ▁de ▁la ▁Ma je st ad ▁en ▁los ▁cielo s ;
▁Lo s ▁cuales ▁sirv en ▁de ▁bo s que jo ▁y ▁so m bra ▁de ▁las ▁cosas ▁c el est i a les , ▁ como ▁fué ▁respond ido ▁á ▁Moisés ▁cuando ▁había ▁de ▁acaba r ▁el ▁tabernáculo : ▁Mi ra , ▁di ce , ▁ha z ▁todas ▁las ▁cosas ▁conform e ▁al ▁de ch ado ▁que ▁te ▁ha ▁sido ▁most r ado ▁en ▁el ▁monte .
▁No ▁ como ▁el ▁pacto ▁que ▁ hi ce ▁con ▁sus ▁padres ▁el ▁día ▁que ▁los ▁to m é ▁por ▁la ▁mano ▁para ▁saca r los ▁de ▁la ▁tierra ▁de ▁Egipto : ▁por que ▁ellos ▁no ▁per man e c ieron ▁en ▁mi ▁pacto , ▁y ▁yo ▁los ▁men os p re ci é , ▁di ce ▁el ▁Señor .
▁Di c iendo , ▁N ue v o ▁pacto , ▁dió ▁por ▁viejo ▁al ▁primer o ; ▁y ▁lo ▁que ▁es ▁dado ▁por ▁viejo ▁y ▁se ▁en v e je ce , ▁cerca ▁está ▁de ▁de s v an e cer se .
▁El ▁cual ▁tenía ▁un ▁in ce n s ar i o ▁de ▁oro , ▁y ▁el ▁arca ▁del ▁pacto ▁cubierta ▁de ▁todas ▁parte s ▁alrededor ▁de ▁oro ; ▁en ▁la ▁que est aba un a ▁ u rna ▁de ▁oro ▁que ▁con t en ía ▁el ▁man á , ▁y ▁la ▁va ra ▁de ▁Aarón ▁que ▁re ver de ció , ▁y ▁las ▁tablas ▁del ▁pacto ;
▁Dan do ▁en ▁esto ▁á ▁en t en der ▁el ▁E s p í ri tu ▁S an to , ▁que ▁aun ▁no ▁estaba ▁de s cu bi er to ▁el ▁camino ▁para ▁el ▁santuario , ▁entre ▁tanto ▁que ▁el ▁primer ▁tabernáculo ▁estuv i e se ▁en ▁pie .
▁Y ▁no ▁por ▁sangre ▁de ▁macho s ▁cabrío s ▁ni ▁de ▁becerro s , ▁mas ▁por ▁su ▁pro p i a ▁sangre , ▁entr ó ▁una ▁so la ▁vez ▁en ▁el ▁santuario , ▁ha b iendo ▁ob t en ido ▁ e te rna ▁re de n ción .
▁Porque ▁don de ▁hay ▁te s ta ment o , ▁ n e ce s ar i o ▁es ▁que ▁in t er v en ga ▁muerte ▁del ▁te st ado r .
▁Di c iendo : ▁Esta ▁es ▁la ▁sangre ▁del ▁te s ta ment o ▁que ▁Dios ▁os ▁ha ▁mandado .
▁Porque ▁no ▁entr ó ▁C ri s to ▁en ▁el ▁santuario ▁hecho ▁de ▁mano , ▁f i gu ra ▁del ▁ver dad er o , ▁sin o ▁en ▁el ▁mismo ▁cielo ▁para ▁present ar se ▁ahora ▁por ▁nosotros ▁en ▁la ▁presencia ▁de ▁Dios .
▁As í ▁también ▁C ri s to ▁fué ▁of recido ▁una ▁vez ▁para ▁a go t ar ▁los ▁pecado s ▁de ▁mucho s ; ▁y ▁la ▁seg un da ▁vez , ▁sin ▁pecado , ▁será ▁visto ▁de ▁los ▁que ▁le ▁es per an ▁para ▁sal ud .
▁Porque ▁la ▁sangre ▁de ▁los ▁to ro s ▁y ▁de ▁los ▁macho s ▁cabrío s ▁no ▁pu ed e ▁quitar ▁los ▁pecado s .
▁Di c iendo ▁arriba : ▁S a c ri f i ci o ▁y ▁presente , ▁y ▁holocausto s ▁y ▁ex p i a ciones ▁por ▁el ▁pecado ▁no ▁qu is iste , ▁ni ▁te ▁a g ra d aron , ▁ ( la s ▁cuales ▁cosas ▁se ▁of re ce n ▁seg ún ▁la ▁le y , )
▁P er o ▁éste , ▁ha b iendo ▁of recido ▁por ▁los ▁pecado s ▁un ▁so lo ▁sacrificio ▁para ▁siempre , ▁está ▁sent ado ▁á ▁la ▁die s tra ▁de ▁Dios ,
▁Y ▁este ▁es ▁el ▁pacto ▁que ▁haré ▁con ▁ellos ▁después ▁de ▁aquello s ▁días , ▁di ce ▁el ▁Señor : ▁Da ré ▁mis ▁le y es ▁en ▁sus ▁cor az on es , ▁y ▁en ▁sus ▁alma s ▁las ▁es c ri bi ré ;
▁Por ▁el ▁camino ▁que ▁él ▁no s ▁consagr ó ▁ n ue v o ▁y ▁vi v o , ▁por ▁el ▁ve lo , ▁esto ▁es , ▁por ▁su ▁carne ;
▁Y ▁con s i de ré mo nos ▁los ▁uno s ▁á ▁los ▁otro s ▁para ▁pro v o c ar nos ▁al ▁am or ▁y ▁á ▁las ▁buena s ▁obra s ;
▁El ▁que ▁men os p re ci are ▁la ▁le y ▁de ▁Moisés , ▁por ▁el ▁testimonio ▁de ▁dos ▁ó ▁de ▁tres ▁testigo s ▁mu er e ▁sin ▁ninguna ▁misericordia :
▁E mpero ▁tra ed ▁á ▁la ▁memoria ▁los ▁días ▁pasa do s , ▁en ▁los ▁cuales , ▁después ▁de ▁haber ▁sido ▁ il u mi n ados , ▁su f ri steis ▁gran ▁com ba te ▁de ▁a f li c ciones :
▁Porque ▁la ▁pa ci en ci a ▁os ▁es ▁ n e ce s ar i a ▁ ; ▁para ▁que , ▁ha b iendo ▁hecho ▁la ▁ v o l un ta d ▁de ▁Dios , ▁ob t en g áis ▁la ▁pro me s a .
▁E S ▁pues ▁la ▁f e ▁la ▁sus t an ci a ▁de ▁las ▁cosas ▁que ▁se ▁es per an , ▁la ▁de mos tra ción ▁de ▁las ▁cosas ▁que ▁no ▁se ▁ven .
▁Por ▁la ▁f e ▁En o c ▁fué ▁tras p ue s to ▁para ▁no ▁ver ▁muerte , ▁y ▁no ▁fué ▁halla do , ▁por que ▁lo ▁tras p u s o ▁Dios . ▁Y ▁antes ▁que ▁fuese ▁tras p ue s to , ▁tuvo ▁testimonio ▁de ▁haber ▁a g ra d ado ▁á ▁Dios .
▁Por ▁f e ▁habitó ▁en ▁la ▁tierra ▁pro me t i da ▁ como ▁en ▁tierra ▁a je n a , ▁mor ando ▁en ▁ca ba ñ as ▁con ▁Isaac ▁y ▁Jacob , ▁her ed eros ▁junt amente ▁de ▁la ▁mis ma ▁pro me s a :
▁C on for me ▁á ▁la ▁f e ▁mu r ieron ▁todos ▁é st os ▁sin ▁haber ▁re ci b ido ▁las ▁pro me s as , ▁sin o ▁mi r ándo la s ▁de ▁le jo s , ▁y ▁c re y é ndo la s , ▁y ▁sal ud ándo la s , ▁y ▁con f es ando ▁que ▁era n ▁per e g ri nos ▁y ▁a d v en ed i zo s ▁sobre ▁la ▁tierra .
▁Por ▁f e ▁of re ció ▁Abraham ▁á ▁Isaac ▁cuando ▁fué ▁pro b ado , ▁y ▁of re c ía ▁al ▁un i g é n i to ▁el ▁que ▁había ▁re ci b ido ▁las ▁pro me s as ,
▁Por ▁f e ▁Jacob , ▁mu r ién do se , ▁bendijo ▁á ▁ cada ▁uno ▁de ▁los ▁hijos ▁de ▁José , ▁y ▁a dor ó ▁es t ri b ando ▁sobre ▁la ▁pu n ta ▁de ▁su ▁bo r d ón .
▁E s co g iendo ▁antes ▁ser ▁aflig ido ▁con ▁el ▁pueblo ▁de ▁Dios , ▁que ▁go za r ▁de ▁ como di dad es ▁tem por a les ▁de ▁pecado .
▁Por ▁f e ▁pasar on ▁el ▁mar ▁B er me jo ▁ como ▁por ▁tierra ▁se ca : ▁lo ▁cual ▁pro b ando ▁los ▁E g i p ci os , ▁fueron ▁su m er g ido s .
▁Que ▁por ▁f e ▁ ga n aron ▁reino s , ▁obra ron ▁justicia , ▁al ca n z aron ▁pro me s as , ▁ ta p aron ▁las ▁boca s ▁de ▁le on es ,
▁F ue ron ▁ap ed re ados , ▁as er r ados , ▁tent ados , ▁muerto s ▁á ▁cuchillo ; ▁and u vier on ▁de ▁a c á ▁para ▁all á ▁cu bi er to s ▁de ▁pie les ▁de ▁ovejas ▁y ▁de ▁ca bra s ▁ , ▁p o bre s , ▁an gu st i ados , ▁mal tra t ados ;
▁P O R ▁tanto ▁nosotros ▁también , ▁ten iendo ▁en ▁derredor ▁nuestro ▁una ▁ t an ▁grande ▁nube ▁de ▁testigo s , ▁de ja ndo ▁todo ▁el ▁pe s o ▁del ▁pecado ▁que ▁no s ▁rod e a , ▁cor ra mos ▁con ▁pa ci en ci a ▁la ▁ca r re ra ▁que ▁no s ▁es ▁pro p ue s ta ,
▁Y ▁está is ▁y a ▁ o l vi d ados ▁de ▁la ▁ex h or t ación ▁que ▁ como ▁con ▁hijos ▁habla ▁con ▁vosotros , ▁diciendo : ▁Hi jo ▁mío , ▁no ▁men os p re ci es ▁el ▁cast i go ▁del ▁Señor , ▁ni ▁de s ma y es ▁cuando ▁eres ▁de ▁él ▁re p re nd ido .
▁Por ▁otra ▁parte ▁ , ▁tu vi mos ▁por ▁cast i g ado res ▁á ▁los ▁padres ▁de ▁nuestra ▁carne , ▁y ▁los ▁re ver en ci á ba mos , ▁¿ por ▁qué ▁no ▁obedec e remos ▁mucho ▁mejor ▁al ▁P ad re ▁de ▁los ▁espíritu s , ▁y ▁vivir emos ?
▁Y ▁ha c ed ▁derecho s ▁pa s os ▁á ▁vuestro s ▁pie s , ▁por que ▁lo ▁que ▁es ▁co jo ▁no ▁sal ga ▁fuera ▁de ▁camino , ▁antes ▁sea ▁s an ado .
▁Porque ▁y a ▁s a béis ▁que ▁aun ▁después , ▁de se ando ▁her ed ar ▁la ▁bendición , ▁fué ▁re p ro b ado ▁ ( que ▁no ▁halló ▁lugar ▁de ▁ar re p en t imiento ) , ▁aun que ▁la ▁pro cu r ó ▁con ▁ l á g ri ma s .
▁Y ▁ t an ▁te r ri ble ▁cosa ▁era ▁lo ▁que ▁se ▁ve ía , ▁que ▁Moisés ▁dijo : ▁E s to y ▁as om bra do ▁y ▁tem b l ando .
▁Mi ra d ▁que ▁no ▁de se ch éis ▁al ▁que ▁habla . ▁Porque ▁si ▁aquello s ▁no ▁es ca p aron ▁que ▁de se ch aron ▁al ▁que ▁habla ba ▁en ▁la ▁tierra , ▁mucho ▁men os ▁nosotros , ▁si ▁de se ch á ra mos ▁al ▁que ▁habla ▁de ▁los ▁cielo s .
▁Porque ▁nuestro ▁Dios ▁es ▁fuego ▁consum ido r .
▁ H on ro s o ▁es ▁en ▁todos ▁el ▁ ma t r im on i o , ▁y ▁el ▁le ch o ▁sin ▁man ci l la ; ▁mas ▁á ▁los ▁for n i ca ri os ▁y ▁á ▁los ▁a d ú l t eros ▁juzg ará ▁Dios .
▁Je s u c ri s to ▁es ▁el ▁mismo ▁a y er , ▁y ▁hoy , ▁y ▁por ▁los ▁si g los .
▁Por ▁lo ▁cual ▁también ▁Je s ú s , ▁para ▁santifica r ▁al ▁pueblo ▁por ▁su ▁pro p i a ▁sangre , ▁pa de ció ▁fuera ▁de ▁la ▁puerta .
▁Y ▁de ▁hacer ▁bien ▁y ▁de ▁la ▁com un i c ación ▁no ▁os ▁ o l vi d éis : ▁por que ▁de ▁tal es ▁sacrificio s ▁se ▁a g r ada ▁Dios .
▁Y ▁el ▁Dios ▁de ▁paz ▁que ▁sacó ▁de ▁los ▁muerto s ▁á ▁nuestro ▁Señor ▁Je s u c ri s to ▁ , ▁el ▁gran ▁pa st or ▁de ▁las ▁ovejas , ▁por ▁la ▁sangre ▁del ▁te s ta ment o ▁ e t er no ,
▁Sal u dad ▁á ▁todos ▁vuestro s ▁pa s to res , ▁y ▁á ▁todos ▁los ▁santo s . ▁Lo s ▁de ▁I ta li a ▁os ▁sal ud an .
▁S ab iendo ▁que ▁la ▁p r ue ba ▁de ▁vuestra ▁f e ▁obra ▁pa ci en ci a .
▁No ▁pie n se ▁pues ▁el ▁tal ▁hombre ▁que ▁recibir á ▁ninguna ▁cosa ▁del ▁Señor .
▁Porque ▁sal ido ▁el ▁so l ▁con ▁ar dor , ▁la ▁ hi er ba ▁se ▁se c ó , ▁y ▁su ▁flor ▁se ▁cayó , ▁y ▁per e ció ▁su ▁her mos a ▁ap ar i en ci a : ▁así ▁también ▁se ▁mar ch ita rá ▁el ▁ ri co ▁en ▁todos ▁sus ▁camino s .
▁Y ▁la ▁con cu p is ce n ci a , ▁después ▁que ▁ha ▁con ce b ido , ▁par e ▁el ▁pecado : ▁y ▁el ▁pecado , ▁s iendo ▁cumpl ido , ▁en g en d ra ▁muerte .
▁Por ▁esto , ▁mis ▁am ados ▁hermanos , ▁todo ▁hombre ▁sea ▁pro n to ▁para ▁oir , ▁ t ar d í o ▁para ▁hablar , ▁ t ar d í o ▁para ▁a ir ar se :
▁Porque ▁si ▁alguno ▁ o y e ▁la ▁palabra , ▁y ▁no ▁la ▁pon e ▁por ▁obra , ▁este ▁tal ▁es ▁se me ja n te ▁al ▁hombre ▁que ▁con s i de ra ▁en ▁un ▁es pe jo ▁su ▁rostro ▁ n a t ura l .
▁La ▁re li g ió n ▁pu ra ▁y ▁sin ▁ m á cu la ▁delante ▁de ▁Dios ▁y ▁P ad re ▁es ▁esta : ▁ V is ita r ▁los ▁ hu é r f an os ▁y ▁las ▁vi u das ▁en ▁sus ▁tribu la ciones , ▁y ▁guarda r se ▁sin ▁man ch a ▁de ▁este ▁mu ndo .
▁¿ No ▁juzg áis ▁en ▁vosotros ▁mismo s , ▁y ▁ven í s ▁á ▁ser ▁ j ue ce s ▁de ▁pe n s amiento s ▁mal os ?
▁Si ▁en ▁ver dad ▁cumpl í s ▁vosotros ▁la ▁le y ▁re al , ▁conform e ▁á ▁la ▁E s c ri t ura : ▁A m arás ▁á ▁tu ▁prójimo ▁ como ▁á ▁ti ▁mismo , ▁bien ▁ha c éis :
▁As í ▁habla d , ▁y ▁así ▁obra d , ▁ como ▁los ▁que ▁ha béis ▁de ▁ser ▁juzg ados ▁por ▁la ▁le y ▁de ▁li b er ta d .
▁Y ▁alguno ▁de ▁vosotros ▁les ▁di ce : ▁I d ▁en ▁paz , ▁ca l enta os ▁y ▁ha r ta os ; ▁per o ▁no ▁les ▁die re is ▁las ▁cosas ▁que ▁son ▁ n e ce s ar i as ▁para ▁el ▁cuerpo : ▁¿ qué ▁ap r ove ch ará ?
▁¿ M as ▁qu iere s ▁sabe r , ▁hombre ▁va no , ▁que ▁la ▁f e ▁sin ▁obra s ▁es ▁mu er ta ?
▁Vosotros ▁ve is , ▁pues , ▁que ▁el ▁hombre ▁es ▁just i f i c ado ▁por ▁las ▁obra s , ▁y ▁no ▁solamente ▁por ▁la ▁f e .
▁Porque ▁todos ▁of en d emos ▁en ▁much as ▁cosas . ▁Si ▁alguno ▁no ▁of en de ▁en ▁palabra , ▁éste ▁es ▁varón ▁per f e c to , ▁que ▁también ▁pu ed e ▁con ▁f re no ▁go be rna r ▁todo ▁el ▁cuerpo .
▁Y ▁la ▁le n gu a ▁es ▁un ▁fuego , ▁un ▁mu ndo ▁de ▁mal dad . ▁As í ▁la ▁le n gu a ▁está ▁pues ta ▁entre ▁nuestro s ▁mi em b ro s , ▁la ▁cual ▁contamin a ▁todo ▁el ▁cuerpo , ▁é ▁in f la ma ▁la ▁ r ue da ▁de ▁la ▁c re ación , ▁y ▁es ▁in f l am ada ▁del ▁in f i er no .
▁De ▁una ▁mis ma ▁boca ▁pro c ed en ▁bendición ▁y ▁mal di ción . ▁He r man os ▁mío s , ▁no ▁con vi en e ▁que ▁esta s ▁cosas ▁sea n ▁así ▁he ch as .
▁P er o ▁si ▁ten éis ▁en vi di a ▁am ar ga ▁y ▁con t en ción ▁en ▁vuestro s ▁cor az on es , ▁no ▁os ▁ g lo ri éis , ▁ni ▁se áis ▁men t ir os os ▁contra ▁la ▁ver dad :
▁Y ▁el ▁fruto ▁de ▁justicia ▁se ▁si em bra ▁en ▁paz ▁para ▁aquello s ▁que ▁ha ce n ▁paz .
▁A d ú l t eros ▁y ▁a d ú l te ra s , ▁¿ no ▁s a béis ▁que ▁la ▁am i st ad ▁del ▁mu ndo ▁es ▁en e mi st ad ▁con ▁Dios ? ▁Cualquier a ▁pues ▁que ▁qu is iere ▁ser ▁am i go ▁del ▁mu ndo , ▁se ▁con st i tu y e ▁enemigo ▁de ▁Dios .
▁A l le ga os ▁á ▁Dios , ▁y ▁él ▁se ▁all e g ará ▁á ▁vosotros . ▁P e c ado res , ▁limpia d ▁las ▁manos ; ▁y ▁vosotros ▁de ▁do b l ado ▁á n im o , ▁purifica d ▁los ▁cor az on es .
▁Un o ▁es ▁el ▁dado r ▁de ▁la ▁le y , ▁que ▁pu ed e ▁salva r ▁y ▁per der : ▁¿ qui é n ▁eres ▁tú ▁que ▁juzg as ▁á ▁otro ?
▁Mas ▁ahora ▁os ▁ ja c t áis ▁en ▁vuestras ▁so b er bi as . ▁T o da ▁ ja c t an ci a ▁se me ja n te ▁es ▁mal a .
▁ V u est ro ▁oro ▁y ▁plata ▁están ▁cor ro m p ido s ▁de ▁or í n ; ▁y ▁su ▁or í n ▁os ▁será ▁en ▁testimonio , ▁y ▁comerá ▁del ▁todo ▁vuestras ▁carne s ▁ como ▁fuego . ▁O s ▁ha béis ▁all e g ado ▁te s o ro ▁para ▁en ▁los ▁postr eros ▁días .
▁P ue s , ▁hermanos , ▁ten ed ▁pa ci en ci a ▁hast a ▁la ▁ven i da ▁del ▁Señor . ▁Mi ra d cómo el ▁la bra dor ▁es per a ▁el ▁precio s o ▁fruto ▁de ▁la ▁tierra , ▁agua r d ando ▁con ▁pa ci en ci a , ▁hast a ▁que ▁re ci ba ▁la ▁ l l u vi a ▁tem p ra n a ▁y ▁ t ar d ía .
▁He ▁aquí , ▁ten emos ▁por ▁bien ave n t ur ados ▁á ▁los ▁que ▁su f re n . ▁Ha béis ▁oído ▁la ▁pa ci en ci a ▁de ▁ J o b , ▁y ▁ha béis ▁visto ▁el ▁fin ▁del ▁Señor , ▁que ▁el ▁Señor ▁es ▁mu y ▁mis er i co r di os o ▁y ▁pi ados o .
▁Y ▁la ▁or ación ▁de ▁f e ▁salva rá ▁al ▁en f er mo , ▁y ▁el ▁Señor ▁lo ▁levant ará ; ▁y ▁si ▁estuviere ▁en ▁pecado s , ▁le ▁serán ▁perdon ados .
▁He r man os , ▁si ▁alguno ▁de ▁entre ▁vosotros ▁ha ▁ er r ado ▁de ▁la ▁ver dad , ▁y ▁alguno ▁le ▁con vi r t iere ,
▁Be n di to ▁el ▁Dios ▁y ▁P ad re ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ , ▁que ▁seg ún ▁su ▁grande ▁misericordia ▁no s ▁ha ▁re g en er ado ▁en ▁es per an za ▁viva , ▁por ▁la ▁re s ur re c ción ▁de ▁Je s u c ri s to ▁de ▁los ▁muerto s ,
▁Para ▁que ▁la ▁p r ue ba ▁de ▁vuestra ▁f e , ▁mucho ▁más ▁precio s a ▁que ▁el ▁oro , ▁el ▁cual ▁per e ce , ▁bien ▁que ▁sea ▁pro b ado ▁con ▁fuego , ▁sea ▁halla da ▁en ▁al aban za , ▁gloria ▁y ▁ho n ra , ▁cuando ▁Je s u c ri s to ▁fuere ▁man i f est ado ▁ :
▁E s cu d ri ñ ando ▁cu ándo ▁y ▁en ▁qué ▁pu n to ▁de ▁tiempo ▁sign i f i c aba ▁el ▁E s p í ri tu ▁de ▁C ri s to ▁que ▁estaba ▁en ▁ellos , ▁el ▁cual ▁pre nunc i aba ▁las ▁a f li c ciones ▁que ▁habían ▁de ▁ven ir ▁á ▁C ri s to , ▁y ▁las ▁gloria s ▁después ▁de ▁ella s .
▁Si no ▁ como ▁aquel ▁que ▁os ▁ha ▁llamado ▁es ▁santo , ▁se d ▁también ▁vosotros ▁santo s ▁en ▁toda ▁con ver s ación :
▁Si no ▁con ▁la ▁sangre ▁precio s a ▁de ▁C ri s to , ▁ como ▁de ▁un ▁cordero ▁sin ▁man ch a ▁y ▁sin ▁contamin ación :
▁S iendo ▁re n a c ido s , ▁no ▁de ▁simiente ▁cor r u p t i ble , ▁sin o ▁de ▁in co r r u p t i ble , ▁por ▁la ▁palabra ▁de ▁Dios , ▁que ▁vi v e ▁y ▁per man e ce ▁para ▁siempre .
▁De se ad , ▁ como ▁niño s ▁rec ién ▁nac ido s , ▁la ▁le ch e ▁es p i ri tu al , ▁sin ▁en ga ñ o , ▁para ▁que ▁por ▁ella ▁c re z c áis ▁en ▁sal ud :
▁Por ▁lo ▁cual ▁también ▁con t i en e ▁la ▁E s c ri t ura : ▁He ▁aquí , ▁pon go ▁en ▁Si ón ▁la ▁principal ▁piedra ▁del ▁á n gu lo , ▁es co g i da , ▁precio s a ; ▁y ▁el ▁que ▁c re y er e ▁en ▁ella , ▁no ▁será ▁con f un d ido .
▁Vosotros , ▁que ▁en ▁el ▁tiempo ▁pasa do ▁no ▁era is ▁pueblo , ▁mas ▁ahora ▁so is ▁pueblo ▁de ▁Dios ; ▁que ▁en ▁el ▁tiempo ▁pasa do ▁no ▁había is ▁al ca n z ado ▁misericordia , ▁mas ▁ahora ▁ha béis ▁al ca n z ado ▁misericordia .
▁Y a ▁á ▁los ▁go be rna do res , ▁ como ▁de ▁él ▁en vi ados ▁para ▁ven ga n za ▁de ▁los ▁mal h e ch o res , ▁y ▁para ▁lo or ▁de ▁los ▁que ▁ha ce n ▁bien .
▁Si er v os , ▁se d ▁su je to s ▁con ▁todo ▁tem or ▁á ▁vuestro s ▁a mos ; ▁no ▁solamente ▁á ▁los ▁bueno s ▁y ▁ hu man os , ▁sin o ▁también ▁á ▁los ▁ ri gu ro s os .
▁El ▁cual ▁no ▁hizo ▁pecado ; ▁ni ▁fué ▁halla do ▁en ga ñ o ▁en ▁su ▁boca :
▁A S I M I S M O ▁ v os o tra s , ▁mujeres , ▁se d ▁su je ta s ▁á ▁vuestro s ▁marido s ; ▁para ▁que ▁también ▁los ▁que ▁no ▁c re en ▁á ▁la ▁palabra , ▁sea n ▁ganado s ▁sin ▁palabra ▁por ▁la ▁con ver s ación ▁de ▁sus ▁mujeres ,
▁Porque ▁así ▁también ▁se ▁a ta vi aban ▁en ▁el ▁tiempo ▁an t i gu o ▁aquella s ▁santa s ▁mujeres ▁que ▁es per aban ▁en ▁Dios , ▁s iendo ▁su je ta s ▁á ▁sus ▁marido s :
▁No ▁ v o l viendo ▁mal ▁por ▁mal , ▁ni ▁mal di ción ▁por ▁mal di ción , ▁sin o ▁antes ▁por ▁el ▁contra ri o , ▁be n di c iendo ; ▁s ab iendo ▁que ▁vosotros ▁so is ▁llamado s ▁para ▁que ▁pos e áis ▁bendición ▁en ▁her en ci a .
▁¿ Y ▁qu ién ▁es ▁aquel ▁que ▁os ▁pod rá ▁da ñ ar , ▁si ▁vosotros ▁se gu í s ▁el ▁bien ?
▁Porque ▁mejor ▁es ▁que ▁pa de z c áis ▁ha c iendo ▁bien , ▁si ▁la ▁ v o l un ta d ▁de ▁Dios ▁así ▁lo ▁qu iere , ▁que ▁ha c iendo ▁mal .
▁A ▁la ▁f i gu ra ▁de ▁la ▁cual ▁el ▁ba u t is mo ▁que ▁ahora ▁cor res p on de ▁no s ▁salva ▁ ( no ▁qu ita ndo ▁las ▁in m un di ci as ▁de ▁la ▁carne , ▁sin o ▁ como ▁de man da ▁de ▁una ▁buena ▁con ci en ci a ▁delante ▁de ▁Dios , ) ▁por ▁la ▁re s ur re c ción ▁de ▁Je s u c ri s to ▁ :
▁Porque ▁no s ▁de be ▁ba st ar ▁que ▁el ▁tiempo ▁pasa do ▁de ▁nuestra ▁vida ▁haya mos ▁hecho ▁la ▁ v o l un ta d ▁de ▁los ▁Ge n til es , ▁cuando ▁con ver s á ba mos ▁en ▁las ci vi as , ▁en ▁con cu p is ce n ci as , ▁en ▁ em b ri a gu e ce s , ▁en ▁ g lo to n er ía s , ▁en ▁ba n que te s , ▁y ▁en ▁abomina ble s ▁ ido la t r ía s .
▁Mas ▁el ▁fin ▁de ▁todas ▁las ▁cosas ▁se ▁acerca : ▁se d ▁pues ▁tem p l ados , ▁y ▁ve la d ▁en ▁or ación .
▁Si ▁alguno ▁habla , ▁ha ble co n for me ▁á ▁las ▁palabras ▁de ▁Dios ; ▁si ▁alguno ▁ministr a , ▁ministr e co n for me ▁á ▁la ▁vi r t ud ▁que ▁Dios ▁su mi n is tra : ▁para ▁que ▁en ▁todas ▁cosas ▁sea ▁Dios ▁ g lo ri f i c ado ▁por ▁Je s u c ri s to ▁ , ▁al ▁cual ▁es ▁gloria ▁é ▁imp er i o ▁para ▁siempre ▁ ja m ás ▁ . ▁A m é n .
▁As í ▁que , ▁ninguno ▁de ▁vosotros ▁pa de z ca ▁ como ▁homicida , ▁ó ▁la d r ón , ▁ó ▁mal h e ch or , ▁ó ▁por ▁me t er se ▁en ▁negocio s ▁ajenos .
▁Y ▁por ▁es o ▁los ▁que ▁son ▁aflig ido s ▁seg ún ▁la ▁ v o l un ta d ▁de ▁Dios , ▁en co m ién de n le ▁sus ▁alma s , ▁ como ▁á ▁f i el ▁C ri ado r , ▁ha c iendo ▁bien .
▁Y ▁cuando ▁ap are c iere ▁el ▁P r í n ci pe ▁de ▁los ▁pa s to res , ▁vosotros ▁recibir éis ▁la ▁cor on a ▁in co r r u p t i ble ▁de ▁gloria .
▁S ed ▁tem p l ados , ▁y ▁ve la d ; ▁por que ▁vuestro ▁a d ver s ar i o ▁el ▁di ab lo , ▁cual ▁le ón ▁ r u g iente , ▁and a ▁alrededor ▁busca ndo ▁á ▁quien ▁de v o re :
▁Por ▁Si l v an o , ▁el ▁hermano ▁f i el , ▁seg ún ▁yo ▁pie n s o , ▁os ▁he ▁escrito ▁ bre v e mente ▁ , ▁am on est ándo os , ▁y ▁te st i f i c ando ▁que ▁é s ta ▁es ▁la ▁ver dad er a ▁gracia ▁de ▁Dios , ▁en ▁la ▁cual ▁está is .
▁ G ra ci a ▁y ▁paz ▁os ▁sea ▁multiplic ada ▁en ▁el ▁conoc imiento ▁de ▁Dios , ▁y ▁de ▁nuestro ▁Señor ▁Je s ú s .
▁Y ▁en ▁la ▁cien ci a ▁tem p l an za , ▁y ▁en ▁la ▁tem p l an za ▁pa ci en ci a , ▁y ▁en ▁la ▁pa ci en ci a ▁tem or ▁de ▁Dios ;
▁Por ▁lo ▁cual , ▁hermanos , ▁pro cu ra d ▁tanto ▁más ▁de ▁hacer ▁f ir me ▁vuestra ▁ v o c ación ▁y ▁el e c ción ; ▁por que ▁ha c iendo ▁esta s ▁cosas , ▁no ▁ca e réis ▁ ja m ás .
▁S ab iendo ▁que ▁ bre v e mente ▁ten go ▁de ▁dejar ▁mi ▁tabernáculo , ▁ como ▁nuestro ▁Señor ▁Je s u c ri s to ▁me ▁ha ▁declar ado .
▁Y ▁nosotros ▁ o í mos ▁esta ▁voz ▁en vi ada ▁del ▁cielo , ▁cuando ▁está ba mos ▁junt amente ▁con ▁él ▁en ▁el ▁monte ▁santo .
▁P E R O ▁hubo ▁también ▁f al s os ▁profeta s ▁en ▁el ▁pueblo , ▁ como ▁habrá ▁entre ▁vosotros ▁f al s os ▁do c to res , ▁que ▁in t ro d u ci rán ▁en cu b iertamente ▁he re j ía s ▁de ▁per di ción , ▁y ▁ n e g arán ▁al ▁Señor ▁que ▁los ▁re s ca t ó , ▁at ra y e ndo ▁sobre ▁sí ▁mismo s ▁per di ción ▁a ce l er ada .
▁Y s in o ▁perdon ó ▁al ▁mu ndo ▁viejo , ▁mas ▁guard ó ▁á ▁No é , ▁pre g on er o ▁de ▁justicia , ▁con ▁otra s ▁siete ▁persona s , ▁tra y e ndo ▁el ▁di l u vi o ▁sobre ▁el ▁mu ndo ▁de ▁mal v ados ;
▁S ab e ▁el ▁Señor ▁libr ar ▁de ▁tent ación ▁á ▁los ▁p í os , ▁y ▁re serv ar ▁á ▁los ▁in j u st os ▁para ▁ser ▁at or ment ados ▁en ▁el ▁día ▁del ▁juicio ;
▁Re ci b iendo ▁el ▁ ga l ar d ón ▁de ▁su ▁in j u st i ci a , ▁y a ▁que ▁re p u t an ▁por ▁del i ci a ▁pod er ▁go za r ▁de ▁de le ites ▁ cada ▁día . ▁Estos ▁son ▁su ci ed ad es ▁y ▁man ch as , ▁los ▁cuales ▁com iendo ▁con ▁vosotros , ▁junt amente ▁se ▁rec re an ▁en ▁sus ▁ er ro res ;
▁Estos ▁son ▁fuente s ▁sin ▁agua , ▁y ▁nube s ▁tra í das ▁de ▁to r be l li no ▁de ▁vi en to : ▁para ▁los ▁cuales ▁está ▁guarda da ▁la ▁os cu ri dad ▁de ▁las ▁ti n i e b la s ▁para ▁siempre .
▁Porque ▁mejor ▁les ▁ hu bi er a ▁sido ▁no ▁haber ▁conoc ido ▁el ▁camino ▁de ▁la ▁justicia , ▁que ▁después ▁de ▁haber lo ▁conoc ido , ▁torn ar se ▁at rás ▁del ▁santo ▁man d amiento ▁que ▁les ▁fué ▁dado .
▁S ab iendo ▁primer o ▁esto , ▁que ▁en ▁los ▁postr im eros ▁días ▁vendrá n ▁bu r l ado res , ▁and ando ▁seg ún ▁sus ▁pro p i as ▁con cu p is ce n ci as ,
▁Mas ▁los ▁cielo s ▁que ▁son ▁ahora , ▁y ▁la ▁tierra , ▁son ▁con serv ados ▁por ▁la ▁mis ma ▁palabra , ▁guard ados ▁para ▁el ▁fuego ▁en ▁el ▁día ▁del ▁juicio , ▁y ▁de ▁la ▁per di ción ▁de ▁los ▁hombres ▁imp í os .
▁P ue s ▁ como ▁todas ▁esta s ▁cosas ▁han ▁de ▁ser ▁de s h e ch as , ▁¿ qué ▁tal es ▁con vi en e ▁que ▁vosotros ▁se áis ▁en ▁santa s ▁y ▁p ía s ▁con ver s a ciones ,
▁Y ▁ten ed ▁por ▁sal ud ▁la ▁pa ci en ci a ▁de ▁nuestro ▁Señor ; ▁ como ▁también ▁nuestro ▁am ado ▁hermano ▁P ab lo , ▁seg ún ▁la ▁sabiduría ▁que ▁le ▁ha ▁sido ▁d ada , ▁os ▁ha ▁escrito ▁también ;
▁L O ▁que ▁era ▁de s de ▁el ▁pri n ci p i o , ▁lo ▁que ▁he mos ▁oído , ▁lo ▁que ▁he mos ▁visto ▁con ▁nuestro s ▁ojos , ▁lo ▁que ▁he mos ▁mira do , ▁y ▁pa l p aron ▁nuestra s ▁manos ▁to ca n te ▁al ▁Ve r b o ▁de ▁vida ;
▁Y ▁este ▁es ▁el ▁men s a je ▁que ▁ o í mos ▁de ▁él , ▁y ▁os ▁a nunc i a mos : ▁Que ▁Dios ▁es ▁lu z , ▁y ▁en ▁él ▁no ▁hay ▁ninguna s ▁ti n i e b la s .
▁Si ▁con f es a mos ▁nuestro s ▁pecado s , ▁él ▁es ▁f i el ▁y ▁just o ▁para ▁que ▁no s ▁perdon e ▁nuestro s ▁pecado s , ▁y ▁no s ▁li m p i e ▁de ▁toda ▁mal dad .
▁Y ▁en ▁esto ▁sabe mos ▁que ▁nosotros ▁le ▁he mos ▁conoc ido , ▁si ▁guarda mos ▁sus ▁mandamientos .
▁He r man os , ▁no ▁os ▁es c ri b o ▁man d amiento ▁ n ue v o , ▁sin o ▁el ▁man d amiento ▁an t i gu o ▁que ▁ha béis ▁ten ido ▁de s de ▁el ▁pri n ci p i o : ▁el ▁man d amiento ▁an t i gu o ▁es ▁la ▁palabra ▁que ▁ha béis ▁oído ▁de s de ▁el ▁pri n ci p i o .
▁Mas ▁el ▁que ▁aborrec e ▁á ▁su ▁hermano , ▁está ▁en ▁ti n i e b la s , ▁y ▁and a ▁en ▁ti n i e b la s , ▁y ▁no ▁sabe ▁á ▁don de ▁va ; ▁por que ▁las ▁ti n i e b la s ▁le ▁han ▁ ce g ado ▁los ▁ojos .
▁No ▁am éis ▁al ▁mu ndo , ▁ni ▁las ▁cosas ▁que ▁están ▁en ▁el ▁mu ndo . ▁Si ▁alguno ▁a ma ▁al ▁mu ndo , ▁el ▁am or ▁del ▁P ad re ▁no ▁está ▁en ▁él .
▁Sal ieron ▁de ▁nosotros , ▁mas ▁no ▁era n ▁de ▁nosotros ; ▁por que ▁si ▁fuera n ▁de ▁nosotros , ▁ hu bi er an ▁cierto ▁per man e c ido ▁con ▁nosotros ; ▁per os al ieron para ▁que ▁se ▁man i f est a se ▁que ▁todos ▁no ▁son ▁de ▁nosotros .
▁Cualquier a ▁que ▁ni e ga ▁al ▁Hi jo , ▁este ▁tal ▁ t am p o co ▁tiene ▁al ▁P ad re . ▁Cualquier a ▁que ▁con f i e se ▁al ▁Hi jo ▁tiene ▁también ▁al ▁P ad re .
▁P er o ▁la ▁un ción ▁que ▁vosotros ▁ha béis ▁re ci b ido ▁de ▁él , ▁mor a ▁en ▁vosotros , ▁y ▁no ▁ten éis ▁ n e ce s i dad ▁que ▁ninguno ▁os ▁en se ñ e ; ▁mas ▁ como ▁la ▁un ción ▁mis ma ▁os ▁en se ñ a ▁de ▁todas ▁cosas , ▁y ▁es ▁ver dad er a , ▁y ▁no ▁es ▁men t i ra , ▁así ▁ como ▁os ▁ha ▁en se ñ ado , ▁per se ver aréis ▁en ▁él .
▁M u y ▁am ados , ▁ahora ▁so mos ▁hijos ▁de ▁Dios , ▁y ▁aun ▁no ▁se ▁ha ▁man i f est ado ▁lo ▁que ▁he mos ▁de ▁ser ; ▁per o ▁sabe mos ▁que ▁cuando ▁él ▁ap are c iere , ▁se remos ▁se me ja n te s ▁á ▁él , ▁por que ▁le ▁ve remos ▁ como ▁él ▁es .
▁Cualquier a ▁que ▁per man e ce ▁en ▁él , ▁no ▁pe ca ; ▁cualquier a ▁que ▁pe ca , ▁no ▁le ▁ha ▁visto , ▁ni ▁le ▁ha ▁conoc ido .
▁En ▁esto ▁son ▁man i f i est os ▁los ▁hijos ▁de ▁Dios , ▁y ▁los ▁hijos ▁del ▁di ab lo : ▁cualquier a ▁que ▁no ▁ha ce ▁justicia , ▁y ▁que ▁no ▁a ma ▁á ▁su ▁hermano , ▁no ▁es ▁de ▁Dios .
▁No s o t ro s ▁sabe mos ▁que ▁he mos ▁pasa do ▁de ▁muerte ▁á ▁vida , ▁en ▁que ▁a ma mos ▁á ▁los ▁hermanos . ▁El ▁que ▁no ▁a ma ▁á ▁su ▁hermano , ▁está ▁en ▁muerte .
▁Hi j i to s ▁mío s , ▁no ▁am emos ▁de ▁palabra ▁ni ▁de ▁le n gu a , ▁sin o ▁de ▁obra ▁y ▁en ▁ver dad .
▁Y ▁cualquier ▁cosa ▁que ▁pi di é remos , ▁la ▁recibir emos ▁de ▁él , ▁por que ▁guarda mos ▁sus ▁mandamientos , ▁y ▁ha ce mos ▁las ▁cosas ▁que ▁son ▁a g r ada ble s ▁delante ▁de ▁él .
▁En ▁esto ▁conoc ed ▁el ▁E s p í ri tu ▁de ▁Dios : ▁todo ▁espíritu ▁que ▁con f i es a ▁que ▁Je s u c ri s to ▁es ▁venido ▁en ▁carne ▁es ▁de ▁Dios :
▁No s o t ro s ▁so mos ▁de ▁Dios : ▁el ▁que ▁conoc e ▁á ▁Dios , ▁no s ▁ o y e : ▁el ▁que ▁no ▁es ▁de ▁Dios , ▁no ▁no s ▁ o y e . ▁Por ▁esto ▁conoc emos ▁el ▁espíritu ▁de ▁ver dad ▁y ▁el ▁espíritu ▁de ▁ er ro r .
▁En ▁esto ▁con s iste ▁el ▁am or : ▁no ▁que ▁nosotros ▁haya mos ▁am ado ▁á ▁Dios , ▁sin o ▁que ▁él ▁no s ▁am ó ▁á ▁nosotros , ▁y ▁ha ▁en vi ado ▁á ▁su ▁Hi jo ▁en ▁pro p i ci ación ▁por ▁nuestro s ▁pecado s .
▁Y ▁nosotros ▁he mos ▁visto ▁y ▁te st i f i ca mos ▁que ▁el ▁P ad re ▁ha ▁en vi ado ▁al ▁Hi jo ▁para ▁ser ▁Sal v ado r ▁del ▁mu ndo .
▁En ▁am or ▁no ▁hay ▁tem or ; ▁mas ▁el ▁per f e c to ▁am or ▁echa ▁fuera ▁el ▁tem or : ▁por que ▁el ▁tem or ▁tiene ▁pe n a . ▁De ▁don de ▁el ▁que ▁te me , ▁no ▁está ▁per f e c to ▁en ▁el ▁am or .
▁T O D O ▁aquel ▁que ▁c re e ▁que ▁Je s ú s ▁es ▁el ▁C ri s to , ▁es ▁nac ido ▁de ▁Dios : ▁y ▁cualquier a ▁que ▁a ma ▁al ▁que ▁ha ▁en g en d r ado , ▁a ma ▁también ▁al ▁que ▁es ▁nac ido ▁de ▁él .
▁¿ Quién ▁es ▁el ▁que ▁ven ce ▁al ▁mu ndo , ▁sin o ▁el ▁que ▁c re e ▁que ▁Je s ú s ▁es ▁el ▁Hi jo ▁de ▁Dios ?
▁Si ▁re ci bi mos ▁el ▁testimonio ▁de ▁los ▁hombres , ▁el ▁testimonio ▁de ▁Dios ▁es ▁may or ; ▁por que ▁éste ▁es ▁el ▁testimonio ▁de ▁Dios , ▁que ▁ha ▁te st i f i c ado ▁de ▁su ▁Hi jo .
▁Esta s ▁cosas ▁he ▁escrito ▁á ▁vosotros ▁que ▁c re éis ▁en ▁el ▁nombre ▁del ▁Hi jo ▁de ▁Dios , ▁para ▁que ▁se p áis ▁que ▁ten éis ▁vida ▁ e te rna , ▁y ▁para ▁que ▁c re áis ▁en ▁el ▁nombre ▁del ▁Hi jo ▁de ▁Dios .
▁T o da ▁mal dad ▁es ▁pecado ; ▁mas ▁hay ▁pecado ▁no ▁de ▁muerte .
▁Hi j i to s , ▁guarda os ▁de ▁los ▁ í do los . ▁A m é n .
▁M u ch o ▁me ▁he ▁go z ado , ▁por que ▁he ▁halla do ▁de ▁tu s ▁hijos , ▁que ▁and an ▁en ▁ver dad , ▁ como ▁nosotros ▁he mos ▁re ci b ido ▁el ▁man d amiento ▁del ▁P ad re .
▁Mi ra d ▁por ▁vosotros ▁mismo s , ▁por que ▁no ▁per da mos ▁las ▁cosas ▁que ▁he mos ▁obra do , ▁sin o ▁que ▁re ci ba mos ▁ ga l ar d ón ▁cumpl ido .
▁A un que ▁ten go ▁much as ▁cosas ▁que ▁es c ri bi ro s ▁ , ▁no ▁he ▁que r ido ▁com un i c ar la s ▁por ▁medio ▁de ▁pa pe l ▁y ▁ti n ta ; ▁mas ▁es per o ▁ir ▁á ▁vosotros , ▁y ▁hablar ▁boca ▁á ▁boca , ▁para ▁que ▁nuestro ▁go zo ▁sea ▁cumpl ido .
▁C iertamente ▁me ▁go c é ▁mucho ▁cuando ▁vinieron ▁los ▁hermanos ▁y ▁d ieron ▁testimonio ▁de ▁tu ▁ver dad , ▁así ▁ como ▁tú ▁and as ▁en ▁la ▁ver dad .
▁Porque ▁ellos ▁part ieron ▁por ▁am or ▁de ▁su ▁nombre , ▁no ▁toma ndo ▁nada ▁de ▁los ▁Ge n til es .
▁A m ado , ▁no ▁si ga s ▁lo ▁que ▁es ▁mal o , ▁sin o ▁lo ▁que ▁es ▁bueno . ▁El ▁que ▁ha ce ▁bien ▁es ▁de ▁Dios : ▁mas ▁el ▁que ▁ha ce ▁mal , ▁no ▁ha ▁visto ▁á ▁Dios .
▁ J U D A S , ▁siervo ▁de ▁Je s u c ri s to ▁ , ▁y ▁hermano ▁de ▁Jacob o , ▁á ▁los ▁llamado s , ▁santifica do s ▁en ▁Dios ▁P ad re , ▁y ▁con serv ados ▁en ▁Je s u c ri s to ▁ :
▁O s ▁ qui er o ▁pues ▁am on est ar , ▁y a ▁que ▁alguna ▁vez ▁ha béis ▁s ab ido ▁esto , ▁que ▁el ▁Señor ▁ha b iendo ▁salva do ▁al ▁pueblo ▁de ▁Egipto ▁ , ▁después ▁de st r u y ó ▁á ▁los ▁que ▁no ▁c re ían :
▁P er o ▁cuando ▁el ▁ar c án g el ▁Mi gu el ▁con te nd ía ▁con ▁el ▁di ab lo , ▁di s p u t ando ▁sobre ▁el ▁cuerpo ▁de ▁Moisés , ▁no ▁se ▁at re vi ó ▁á ▁us ar ▁de ▁juicio ▁de ▁mal di ción ▁contra ▁él , ▁sin o ▁que ▁dijo : ▁El ▁Señor ▁te ▁re p re n da .
▁F i er as ▁on das ▁de ▁la ▁mar , ▁que ▁es p u man ▁sus ▁mis ma s ▁abomina ciones ; ▁es t re l la s ▁ er rá t i ca s , ▁á ▁las ▁cuales ▁es ▁re serv ada ▁ e te rna l mente ▁la ▁os cu ri dad ▁de ▁las ▁ti n i e b la s .
▁Mas ▁vosotros , ▁am ados , ▁ten ed ▁memoria ▁de ▁las ▁palabras ▁que ▁antes ▁han ▁sido ▁di ch as ▁por ▁los ▁ap ó s to les ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ ;
▁C on serv a os ▁en ▁el ▁am or ▁de ▁Dios , ▁es per ando ▁la ▁misericordia ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ , ▁para ▁vida ▁ e te rna .
▁A l ▁Dios ▁so lo ▁s a bi o , ▁nuestro ▁Sal v ado r , ▁sea ▁gloria ▁y ▁ ma g n i f i ce n ci a , ▁imp er i o ▁y ▁p o t en ci a , ▁ahora ▁y ▁en ▁todos ▁los ▁si g los . ▁A m é n .
▁ J u an ▁á ▁las ▁siete ▁ i g les i as ▁que ▁están ▁en ▁As i a : ▁ G ra ci a se a co n ▁vosotros , ▁y ▁paz ▁del ▁que ▁es ▁y ▁que ▁era ▁y ▁que ▁ha ▁de ▁ven ir , ▁y ▁de ▁los ▁siete ▁E s p í ri tu s ▁que ▁están ▁delante ▁de ▁su ▁trono ;
▁Yo ▁soy ▁el ▁A l ph a ▁y ▁la ▁O me ga , ▁pri n ci p i o ▁y ▁fin , ▁di ce ▁el ▁Señor , ▁que ▁es ▁y ▁que ▁era ▁y ▁que ▁ha ▁de ▁ven ir , ▁el ▁Todo p o d eros o .
▁Y ▁me ▁ v o l v í ▁á ▁ver ▁la ▁voz ▁que ▁habla ba ▁conmigo ▁ : ▁y ▁vuelto , ▁vi ▁siete ▁candelero s ▁de ▁oro ;
▁Y ▁tenía ▁en ▁su ▁die s tra ▁siete ▁es t re l la s : ▁y ▁de ▁su ▁boca ▁sal ía ▁una ▁espada ▁a gu da ▁de ▁dos ▁f i los . ▁Y ▁su ▁rostro ▁era ▁ como ▁el ▁so l ▁cuando ▁re s p l an de ce ▁en ▁su ▁fuerza .
▁El ▁mis te ri o ▁de ▁las ▁siete ▁es t re l la s ▁que ▁has ▁visto ▁en ▁mi ▁die s tra , ▁y ▁los ▁siete ▁candelero s ▁de ▁oro . ▁La s ▁siete ▁es t re l la s ▁son ▁los ▁ángel es ▁de ▁las ▁siete ▁ i g les i as ; ▁y ▁los ▁siete ▁candelero s ▁que ▁has ▁visto , ▁son ▁las ▁siete ▁ i g les i as ▁ .
▁P er o ▁ten go ▁contra ▁ti ▁que ▁has ▁de ja do ▁tu ▁primer ▁am or .
▁Y ▁es c ri be ▁al ▁ángel ▁de ▁la ▁ i g les i a ▁en ▁S M I R N A : ▁El ▁primer o ▁y ▁postr er o , ▁que ▁fué ▁muerto , ▁y ▁vivió , ▁di ce ▁esta s ▁cosas :
▁Y ▁es c ri be ▁al ▁ángel ▁de ▁la ▁ i g les i a ▁en ▁P É R G A M O : ▁El ▁que ▁tiene ▁la ▁espada ▁a gu da ▁de ▁dos ▁f i los , ▁di ce ▁esta s ▁cosas :
▁Ar re p ién te te , ▁por que ▁de ▁otra ▁manera ▁ven d ré ▁á ▁ti ▁pre s to , ▁y ▁pe le aré ▁contra ▁ellos ▁con ▁la ▁espada ▁de ▁mi ▁boca .
▁Mas ▁ten go ▁una s ▁p o ca s ▁cosas ▁contra ▁ti : ▁por que ▁per m ites ▁aquella ▁mujer ▁Je za be l ▁ ( que ▁se ▁di ce ▁pro f e t is a ) ▁en se ñ ar , ▁y ▁en ga ñ ar ▁á ▁mis ▁siervos , ▁á ▁for n i c ar , ▁y ▁á ▁come r ▁cosas ▁of re ci das ▁á ▁los ▁ í do los .
▁P er o ▁yo ▁di go ▁á ▁vosotros , ▁y ▁á ▁los ▁de m ás ▁que ▁está is ▁en ▁T i a t i ra , ▁cuales qui er a ▁que ▁no ▁tiene n ▁esta ▁do c t ri n a , ▁y ▁que ▁no ▁han ▁conoc ido ▁las ▁pro f un di dad es ▁de ▁S a t an ás , ▁ como ▁di ce n : ▁Yo ▁no ▁enviar é ▁sobre ▁vosotros ▁otra ▁ca r ga .
▁Y ▁le ▁daré ▁la ▁es t re l la ▁de ▁la ▁mañana .
▁A cu é r da te ▁pues ▁de ▁lo ▁que ▁has ▁re ci b ido ▁y ▁has ▁oído , ▁y ▁ gu á r da lo , ▁y ▁ar re p ién te te . ▁Y ▁si ▁no ▁ve la res , ▁ven d ré ▁á ▁ti ▁ como ▁la d r ón , ▁y ▁no ▁s ab rás ▁en ▁qué ▁ho ra ▁ven d ré ▁á ▁ti .
▁Y ▁es c ri be ▁al ▁ángel ▁de ▁la ▁ i g les i a ▁en ▁F I L A D E L F I A : ▁Esta s ▁cosas ▁di ce ▁el ▁S an to , ▁el ▁Ve r dad er o , ▁el ▁que ▁tiene ▁la ▁ l l ave ▁de ▁David , ▁el ▁que ▁a bre ▁y ▁ninguno ▁ ci er ra , ▁y ▁ ci er ra ▁y ▁ninguno ▁a bre :
▁He ▁aquí , ▁yo ▁ven go ▁pre s to ; ▁re t é n ▁lo ▁que ▁tiene s , ▁para ▁que ▁ninguno ▁to me ▁tu ▁cor on a .
▁Yo ▁con o z co ▁tu s ▁obra s , ▁que ▁ni ▁eres ▁f r í o , ▁ni ▁ca l iente . ▁ ¡ O ja l á ▁fuese s ▁f r í o , ▁ó ▁ca l iente !
▁Yo ▁re p re ndo ▁y ▁cast i go ▁á ▁todos ▁los ▁que ▁am o : ▁s é ▁pues ▁ ce los o , ▁y ▁ar re p ién te te .
▁ D E S P U É S ▁de ▁esta s ▁cosas ▁mi ré , ▁y ▁he ▁aquí ▁una ▁puerta ▁a bi er ta ▁en ▁el ▁cielo : ▁y ▁la ▁primer a ▁voz ▁que ▁ o í , ▁era como ▁de ▁ t ro m pe ta ▁que ▁habla ba ▁conmigo ▁ , ▁diciendo : ▁Su be ▁a c á , ▁y ▁yo ▁te ▁most r aré ▁las ▁cosas ▁que ▁han ▁de ▁ser ▁después ▁de ▁é st as .
▁Y ▁del ▁trono ▁sal ían ▁re l á m pa go s ▁y ▁tru en os ▁y ▁voces : ▁y ▁siete ▁ l á m para s ▁de ▁fuego ▁estaban ▁ar d iendo ▁delante ▁del ▁trono , ▁las ▁cuales ▁son ▁los ▁siete ▁E s p í ri tu s ▁de ▁Dios .
▁Y ▁cuando ▁aquello s ▁animal es ▁d aban ▁gloria ▁y ▁ho n ra ▁y ▁al aban za ▁al ▁que ▁estaba ▁sent ado ▁en ▁el ▁trono , ▁al ▁que ▁vi v e ▁para ▁siempre ▁ ja m ás ▁ ,
▁Y ▁vi ▁un ▁fuerte ▁ángel ▁pre di c ando ▁en ▁al ta ▁voz ▁ : ▁¿ Quién ▁es ▁di g no ▁de ▁abr ir ▁el ▁libr o , ▁y ▁de ▁de s a t ar ▁sus ▁se l los ?
▁Y ▁mi ré ; ▁y ▁he ▁aquí ▁en ▁medio ▁del ▁trono ▁y ▁de ▁los ▁cuatro ▁animal es , ▁y ▁en ▁medio ▁de ▁los ▁ancianos , ▁estaba ▁un ▁C or der o ▁ como ▁in mo l ado , ▁que ▁tenía ▁siete ▁cu er nos , ▁y ▁siete ▁ojos , ▁que ▁son ▁los ▁siete ▁E s p í ri tu s ▁de ▁Dios ▁en vi ados ▁en ▁toda ▁la ▁tierra .
▁Y ▁no s ▁has ▁hecho ▁para ▁nuestro ▁Dios ▁reyes ▁y ▁sacerdote s , ▁y ▁reinar emos ▁sobre ▁la ▁tierra .
▁Y ▁los ▁cuatro ▁animal es ▁decía n : ▁A m é n . ▁Y ▁los ▁veinti cu a t ro ▁ancianos ▁ca y e ron ▁sobre ▁sus ▁rostro s , ▁y ▁a dor aron ▁al ▁que ▁vi v e ▁para ▁siempre ▁ ja m ás ▁ .
▁Y ▁salió ▁otro ▁caballo ▁be r me jo : ▁y ▁al ▁que ▁estaba ▁sent ado ▁sobre ▁él , ▁fué ▁dado ▁pod er ▁de ▁quitar ▁la ▁paz ▁de ▁la ▁tierra , ▁y ▁que ▁se ▁ ma t en ▁uno s ▁á ▁otro s : ▁y ▁fué le ▁d ada ▁una ▁grande ▁espada .
▁Y ▁mi ré , ▁y ▁he ▁aquí ▁un ▁caballo ▁am ar ill o : ▁y ▁el ▁que ▁estaba ▁sent ado ▁sobre ▁él ▁tenía ▁por ▁nombre ▁M u er te ; ▁y ▁el ▁in f i er no ▁le ▁se gu ía : ▁y ▁le ▁fué ▁d ada ▁p o t est ad ▁sobre ▁la ▁cu ar ta ▁parte ▁de ▁la ▁tierra , ▁para ▁matar ▁con ▁espada , ▁con ▁hambre , ▁con ▁mor t an dad , ▁y ▁con ▁las ▁bestia s ▁de ▁la ▁tierra .
▁Y ▁mi ré ▁cuando ▁él ▁abr ió ▁el ▁se x to ▁se l lo , ▁y ▁he ▁aquí ▁fué ▁hecho ▁un ▁gran ▁te r re mo to ; ▁y ▁el ▁so l ▁se ▁puso ▁ n e g ro ▁ como ▁un ▁s a co ▁de ▁ ci li ci o , ▁y ▁la ▁lu n a ▁se ▁puso ▁toda ▁ como ▁sangre ;
▁Y ▁decía n ▁á ▁los ▁monte s ▁y ▁á ▁las ▁peña s : ▁C a ed ▁sobre ▁nosotros , ▁y ▁escond ed nos ▁de ▁la ▁ca ra ▁de ▁a qué l ▁que ▁está ▁sent ado ▁sobre ▁el ▁trono , ▁y ▁de ▁la ▁ir a ▁del ▁C or der o :
▁Di c iendo : ▁No ▁ha g áis ▁da ñ o ▁á ▁la ▁tierra , ▁ni ▁al ▁mar , ▁ni ▁á ▁los ▁árbol es , ▁hast a ▁que ▁señal emos ▁á ▁los ▁siervos ▁de ▁nuestro ▁Dios ▁en ▁sus ▁f r ente s .
▁De ▁la ▁tribu ▁de ▁Simeón , ▁do ce ▁mil ▁señal ados . ▁De ▁la ▁tribu ▁de ▁Leví , ▁do ce ▁mil ▁señal ados . ▁De ▁la ▁tribu ▁de ▁Issachâr , ▁do ce ▁mil ▁señal ados .
▁Y ▁todos ▁los ▁ángel es ▁estaban ▁alrededor ▁del ▁trono , ▁y ▁de los ▁ancianos ▁y ▁los ▁cuatro ▁animal es ; ▁y ▁postr áronse ▁sobre ▁sus ▁rostro s ▁delante ▁del ▁trono , ▁y ▁a dor aron ▁á ▁Dios ,
▁Por ▁esto ▁están ▁delante ▁del ▁trono ▁de ▁Dios , ▁y ▁le ▁sirv en ▁día ▁y ▁noche ▁en ▁su ▁templo : ▁y ▁el ▁que ▁está ▁sent ado ▁en ▁el ▁trono ▁ten de rá ▁su ▁pa be l l ón ▁sobre ▁ellos .
▁Y ▁vi ▁los ▁siete ▁ángel es ▁que ▁estaban ▁delante ▁de ▁Dios ; ▁y ▁les ▁fueron ▁da das ▁siete ▁ t ro m pe ta s .
▁Y ▁los ▁siete ▁ángel es ▁que ▁tenía n ▁las ▁siete ▁ t ro m pe ta s , ▁se ▁ap are ja ron ▁para ▁to c ar .
▁Y ▁el ▁tercer ▁ángel ▁to c ó ▁la ▁ t ro m pe ta , ▁y ▁cayó ▁del ▁cielo ▁una ▁grande ▁es t re l la , ▁ar d iendo ▁ como ▁una ▁an to r ch a , ▁y ▁cayó ▁en ▁la ▁tercer a ▁parte ▁de ▁los ▁río s , ▁y ▁en ▁las ▁fuente s ▁de ▁las ▁aguas .
▁Y ▁E L ▁qu in to ▁ángel ▁to c ó ▁la ▁ t ro m pe ta , ▁y ▁vi ▁una ▁es t re l la ▁que ▁cayó ▁del ▁cielo ▁en ▁la ▁tierra ; ▁y ▁le ▁fué ▁d ada ▁la ▁ l l ave ▁del ▁pozo ▁del ▁a bi s mo .
▁Y ▁les ▁fué ▁dado ▁que ▁no ▁los ▁mata s en , ▁sin o ▁que ▁los ▁at or ment as en ▁cinco ▁me se s ; ▁y ▁su ▁to r ment o ▁era ▁ como ▁to r ment o ▁de ▁es co r p ió n , ▁cuando ▁ h iere ▁al ▁hombre .
▁Y ▁tenía n ▁cor az as ▁ como ▁cor az as ▁de ▁ hi er ro ; ▁y ▁el ▁es t r ue ndo ▁de ▁sus ▁al as , ▁ como ▁el ▁ r u ido ▁de ▁carro s ▁que ▁con ▁mucho s ▁caballo s ▁cor re n ▁á ▁la ▁batalla .
▁Y ▁el ▁se x to ▁ángel ▁to c ó ▁la ▁ t ro m pe ta ; ▁y ▁ o í ▁una ▁voz ▁de ▁los ▁cuatro ▁cu er nos ▁del ▁altar ▁de ▁oro ▁que ▁estaba ▁delante ▁de ▁Dios ,
▁Y ▁así ▁vi ▁los ▁caballo s ▁en ▁vi s ió n , ▁y ▁los ▁que ▁sobre ▁ellos ▁estaban ▁sent ados , ▁los ▁cuales ▁tenía n ▁cor az as ▁de ▁fuego , ▁de ▁ ja ci n to , ▁y ▁de ▁a z u f re . ▁Y ▁las ▁cabeza s ▁de ▁los ▁caballo s ▁era n ▁ como ▁cabeza s ▁de ▁le on es ; ▁y ▁de ▁la ▁boca ▁de ▁ellos ▁sal ía ▁fuego ▁y ▁ hu mo ▁y ▁a z u f re .
▁Y ▁no ▁se ▁ar re p in t ieron ▁de ▁sus ▁ho mi ci di os , ▁ni ▁de ▁sus ▁he ch i cer ía s , ▁ni ▁de ▁su ▁for n i c ación , ▁ni ▁de ▁sus ▁hurt os .
▁Y ▁cuando ▁los ▁siete ▁tru en os ▁ hu b ieron ▁hablado ▁sus ▁voces , ▁yo ▁iba ▁á ▁es c ri bi r , ▁y ▁ o í ▁una ▁voz ▁del ▁cielo ▁que ▁me ▁decía : ▁Se l la ▁las ▁cosas ▁que ▁los ▁siete ▁tru en os ▁han ▁hablado , ▁y ▁no ▁las ▁es c ri ba s .
▁Y ▁la ▁voz ▁que ▁ o í ▁del ▁cielo ▁habla ba ▁otra ▁vez ▁conmigo ▁ , ▁y ▁decía : ▁Ve , ▁y ▁toma ▁el ▁libr i to ▁a bi er to ▁de ▁la ▁mano ▁del ▁ángel ▁que ▁está ▁sobre ▁el ▁mar ▁y ▁sobre ▁la ▁tierra .
▁Y ▁M E ▁fué ▁d ada ▁una ▁ca ñ a ▁se me ja n te ▁á ▁una ▁va ra , ▁y ▁se ▁me ▁dijo : ▁Levántate , ▁y ▁mi de ▁el ▁templo ▁de ▁Dios , ▁y ▁el ▁altar , ▁y ▁á ▁los ▁que ▁a dor an ▁en ▁él .
▁Y ▁si ▁alguno ▁les ▁qu is iere ▁da ñ ar , ▁sal e ▁fuego ▁de ▁la ▁boca ▁de ▁ellos , ▁y ▁de v o ra ▁á ▁sus ▁enemigos : ▁y ▁si ▁alguno ▁les ▁qu is iere ▁hacer ▁da ñ o , ▁es ▁ n e ce s ar i o ▁que ▁él ▁sea ▁así ▁muerto .
▁Y ▁los ▁de ▁los ▁li n a je s , ▁y ▁de ▁los ▁pueblo s , ▁y ▁de ▁las ▁le n gu as , ▁y ▁de ▁los ▁Ge n til es ▁ver án ▁los ▁cuerpo s ▁de ▁ellos ▁por ▁tres ▁días ▁y ▁medio , ▁y ▁no ▁per mi t irá n ▁que ▁sus ▁cuerpo s ▁sea n ▁puesto s ▁en ▁se p u l c ro s .
▁Y ▁en ▁aquella ▁ho ra ▁fué ▁hecho ▁gran ▁tem b l or ▁de ▁tierra , ▁y ▁la ▁décima ▁parte ▁de ▁la ▁ciudad ▁cayó , ▁y ▁fueron ▁muerto s ▁en ▁el ▁tem b l or ▁de ▁tierra ▁en ▁número ▁de ▁siete ▁mil ▁hombres : ▁y ▁los ▁de m ás ▁fueron ▁es p an t ados , ▁y ▁d ieron ▁gloria ▁al ▁Dios ▁del ▁cielo .
▁Di c iendo : ▁T e ▁da mos ▁gracia s , ▁Señor ▁Dios ▁Todo p o d eros o , ▁que ▁eres ▁y ▁que ▁era s ▁y ▁que ▁has ▁de ▁ven ir , ▁por que ▁has ▁tomado ▁tu ▁grande ▁p o t en ci a , ▁y ▁has ▁re in ado .
▁Y ▁esta ndo ▁pre ñ ada ▁ , ▁clama ba ▁con ▁do lo res ▁de ▁part o , ▁y ▁su f r ía ▁to r ment o ▁por ▁par ir .
▁Y ▁la ▁mujer ▁huyó ▁al ▁desierto , ▁don de ▁tiene ▁lugar ▁ap are ja do ▁de ▁Dios , ▁para ▁que ▁allí ▁la ▁man t en ga n ▁mil ▁dos cientos ▁y ▁se s enta ▁días .
▁Y ▁ o í ▁una ▁grande ▁voz ▁en ▁el ▁cielo ▁que ▁decía : ▁Ahora ▁ha ▁venido ▁la ▁salva ción , ▁y ▁la ▁vi r t ud , ▁y ▁el ▁reino ▁de ▁nuestro ▁Dios , ▁y ▁el ▁pod er ▁de ▁su ▁C ri s to ; ▁por que ▁el ▁a cu s ado r ▁de ▁nuestro s ▁hermanos ▁ha ▁sido ▁ar ro ja do , ▁el ▁cual ▁los ▁a cu s aba ▁delante ▁de ▁nuestro ▁Dios ▁día ▁y ▁noche .
▁Y ▁fueron ▁da das ▁á ▁la ▁mujer ▁dos ▁al as ▁de ▁grande ▁á gu i la , ▁para ▁que ▁de ▁la ▁presencia ▁de ▁la ▁ser p iente ▁ v o la se ▁al ▁desierto , ▁á ▁su ▁lugar , ▁don de ▁es ▁man t en i da ▁por ▁un ▁tiempo , ▁y ▁tiempo s , ▁y ▁la ▁mitad ▁de ▁un ▁tiempo .
▁Y ▁Y O ▁me ▁par é ▁sobre ▁la ▁are n a ▁del ▁mar , ▁y ▁vi ▁una ▁bestia ▁subir ▁del ▁mar ▁ , ▁que ▁tenía ▁siete ▁cabeza s ▁y ▁diez ▁cu er nos ; ▁y ▁sobre ▁sus ▁cu er nos ▁diez ▁di ad em as ; ▁y ▁sobre ▁las ▁cabeza s ▁de ▁ella ▁nombre ▁de ▁ b la s f e mi a .
▁Y ▁le ▁fué ▁d ada ▁boca ▁que ▁habla ba ▁grande s ▁cosas ▁y ▁ b la s f e mi as : ▁y ▁le ▁fué ▁d ada ▁p o t en ci a ▁de ▁obra r ▁cuarenta ▁y ▁dos ▁me se s .
▁Si ▁alguno ▁tiene ▁oído , ▁ o i ga .
▁Y ▁ha ce ▁grande s ▁señal es , ▁de ▁tal ▁manera ▁que ▁aun ▁ha ce ▁descend er ▁fuego ▁del ▁cielo ▁á ▁la ▁tierra ▁delante ▁de ▁los ▁hombres .
▁Y ▁que ▁ninguno ▁pu di e se ▁com p r ar ▁ó ▁ven der , ▁sin o ▁el ▁que ▁tu vier a ▁la ▁señal , ▁ó ▁el ▁nombre ▁de ▁la ▁bestia , ▁ó ▁el ▁número ▁de ▁su ▁nombre .
▁Y ▁can t aban ▁ como ▁un ▁c án t i co ▁ n ue v o ▁delante ▁del ▁trono , ▁y ▁delante ▁de ▁los ▁cuatro ▁animal es , ▁y ▁de ▁los ▁ancianos : ▁y ▁ninguno ▁pod ía ▁ap re n der ▁el ▁c án t i co ▁sin o ▁aquello s ▁ciento ▁cuarenta ▁y ▁cuatro ▁mil , ▁los ▁cuales ▁fueron ▁com p r ados ▁de ▁entre ▁los ▁de ▁la ▁tierra .
▁Di c iendo ▁en ▁al ta ▁voz : ▁T em ed ▁á ▁Dios , ▁y ▁ dad le ▁ho n ra ; ▁por que ▁la ▁ho ra ▁de ▁su ▁juicio ▁es ▁ven i da ; ▁y ▁a dor ad ▁á ▁aquel ▁que ▁ha ▁hecho ▁el ▁cielo ▁y ▁la ▁tierra ▁y ▁el ▁mar ▁y ▁las ▁fuente s ▁de ▁las ▁aguas .
▁Y ▁el ▁ hu mo ▁del ▁to r ment o ▁de ▁ellos ▁su be ▁para ▁siempre ▁ ja m ás ▁ . ▁Y ▁los ▁que ▁a dor an ▁á ▁la ▁bestia ▁y ▁á ▁su ▁image n , ▁no ▁tiene n ▁reposo ▁día ▁ni ▁noche , ▁ni ▁cualquier a ▁que ▁tomar e ▁la ▁señal ▁de ▁su ▁nombre .
▁Y ▁otro ▁ángel ▁salió ▁del ▁templo , ▁clama ndo ▁en ▁al ta ▁voz ▁al ▁que ▁estaba ▁sent ado ▁sobre ▁la ▁nube : ▁Me te ▁tu ▁ho z , ▁y ▁si e ga ; ▁por que ▁la ▁ho ra ▁de ▁se gar ▁te ▁es ▁ven i da , ▁por que ▁la ▁mi es ▁de ▁la ▁tierra ▁está ▁ ma d ura .
▁Y ▁el ▁ángel ▁echó ▁su ▁ho z ▁a gu da ▁en ▁la ▁tierra , ▁y ▁ven d im ió ▁la ▁viña ▁de ▁la ▁tierra , ▁y ▁echó ▁la ▁ u v a ▁en ▁el ▁grande ▁la gar ▁de ▁la ▁ir a ▁de ▁Dios .
▁Y ▁can t an ▁el ▁c án t i co ▁de ▁Moisés ▁siervo ▁de ▁Dios , ▁y ▁el ▁c án t i co ▁del ▁C or der o , ▁diciendo : ▁ G ra nd es ▁y ▁mar a vi l los as ▁son ▁tu s ▁obra s , ▁Señor ▁Dios ▁Todo p o d eros o ; ▁just os ▁y ▁ver dad eros ▁son ▁tu s ▁camino s , ▁Re y ▁de ▁los ▁santo s .
▁Y ▁uno ▁de ▁los ▁cuatro ▁animal es ▁dió ▁á ▁los ▁siete ▁ángel es ▁siete ▁co pa s ▁de ▁oro , ▁llena s ▁de ▁la ▁ir a ▁de ▁Dios , ▁que ▁vi v e ▁para ▁siempre ▁ ja m ás ▁ .
▁Y ▁el ▁segundo ▁ángel ▁derram ó ▁su ▁co pa ▁sobre ▁el ▁mar , ▁y ▁se ▁con vi r t ió ▁en ▁sangre ▁ como ▁de ▁un ▁muerto ; ▁y ▁toda ▁alma ▁vi vi ente ▁fué ▁mu er ta ▁en ▁el ▁mar .
▁Y ▁ o í ▁á ▁otro ▁del ▁altar , ▁que ▁decía : ▁C iertamente , ▁Señor ▁Dios ▁Todo p o d eros o , ▁tu s ▁juicio s ▁son ▁ver dad eros ▁y ▁just os .
▁Y ▁ b la s f em aron ▁del ▁Dios ▁del ▁cielo ▁por ▁sus ▁do lo res , ▁y ▁por ▁sus ▁plaga s , ▁y ▁no ▁se ▁ar re p in t ieron ▁de ▁sus ▁obra s .
▁He ▁aquí , ▁yo ▁ven go ▁ como ▁la d r ón . ▁B i en ave n t ur ado ▁el ▁que ▁ve la , ▁y ▁guarda ▁sus ▁ve st id ura s , ▁para ▁que ▁no ▁and e ▁de s n u do , ▁y ▁ve an ▁su ▁ver g ü en za .
▁Y ▁la ▁ciudad ▁grande ▁fué ▁part i da ▁en ▁tres ▁parte s , ▁y ▁las ▁ciudades ▁de ▁las ▁ n a ciones ▁ca y e ron ; ▁y ▁la ▁grande ▁B ab il on i a ▁vino ▁en ▁memoria ▁delante ▁de ▁Dios , ▁para ▁dar le ▁el ▁c á li z ▁del ▁vino ▁del ▁furor ▁de ▁su ▁ir a .
▁C on ▁la ▁cual ▁han ▁for n i c ado ▁los ▁reyes ▁de ▁la ▁tierra , ▁y ▁los ▁que ▁mor an ▁en ▁la ▁tierra ▁se ▁han ▁ em b ri a g ado ▁con ▁el ▁vino ▁de ▁su ▁for n i c ación .
▁Y ▁vi ▁la ▁mujer ▁ em b ri a g ada ▁de ▁la ▁sangre ▁de ▁los ▁santo s , ▁y ▁de ▁la ▁sangre ▁de ▁los ▁ m á r t i res ▁de ▁Je s ú s : ▁y ▁cuando ▁la ▁vi , ▁que d é ▁mar a vi l l ado ▁de ▁grande ▁a d mi r ación .
▁Y ▁son ▁siete ▁reyes . ▁Lo s ▁cinco ▁son ▁ca í do s ; ▁el ▁uno ▁es , ▁el ▁otro ▁aun ▁no ▁es ▁venido ; ▁y ▁cuando ▁vi n iere , ▁es ▁ n e ce s ar i o ▁que ▁d u re ▁ bre v e ▁tiempo .
▁El los ▁pe le arán ▁contra ▁el ▁C or der o , ▁y ▁el ▁C or der o ▁los ▁ven ce rá , ▁por que ▁es ▁el ▁Señor ▁de ▁los ▁señor es , ▁y ▁el ▁Re y ▁de ▁los ▁reyes : ▁y ▁los ▁que ▁están ▁con ▁él ▁son ▁llamado s , ▁y ▁el e g ido s , ▁y ▁f i e les .
▁Y ▁la ▁mujer ▁que ▁has ▁visto , ▁es ▁la ▁grande ▁ciudad ▁que ▁tiene ▁reino ▁sobre ▁los ▁reyes ▁de ▁la ▁tierra .
▁Y ▁ o í ▁otra ▁voz ▁del ▁cielo , ▁que ▁decía : ▁Sal id ▁de ▁ella , ▁pueblo ▁mío , ▁por que ▁no ▁se áis ▁part i ci p an te s ▁de ▁sus ▁pecado s , ▁y ▁que ▁no ▁re ci b áis ▁de ▁sus ▁plaga s ;
▁Por ▁lo ▁cual ▁en ▁un ▁día ▁vendrá n ▁sus ▁plaga s , ▁muerte , ▁ l l an to ▁y ▁hambre , ▁y ▁será ▁que m ada ▁con ▁fuego ; ▁por que ▁el ▁Señor ▁Dios ▁es ▁fuerte , ▁que ▁la ▁juzg ará .
▁Me r ca der ía ▁de ▁oro , ▁y ▁de ▁plata , ▁y ▁de ▁piedra s ▁precio s as , ▁y ▁de ▁mar gar itas , ▁y ▁de ▁lino ▁fin o , ▁y ▁de ▁es c ar la ta , ▁y ▁de ▁se da , ▁y ▁de ▁gran a , ▁y ▁de ▁toda ▁made ra ▁olor os a , ▁y ▁de ▁todo ▁va s o ▁de ▁mar f il , ▁y ▁de ▁todo ▁va s o ▁de ▁made ra ▁precio s a , ▁y ▁de ▁co bre , ▁y ▁de ▁ hi er ro , ▁y ▁de ▁ m á r mo l ;
▁Y ▁diciendo : ▁ ¡ A y , ▁a y , ▁aquella ▁gran ▁ciudad , ▁que ▁estaba ▁ve st i da ▁de ▁lino ▁fin o , ▁y ▁de ▁es c ar la ta , ▁y ▁de ▁gran a , ▁y ▁estaba ▁do r ada ▁con ▁oro , ▁y ▁a dor n ada ▁de ▁piedra s ▁precio s as ▁y ▁de ▁per la s !
▁A l é g ra te ▁sobre ▁ella , ▁cielo , ▁y ▁vosotros , ▁santo s , ▁ap ó s to les , ▁y ▁profeta s ; ▁por que ▁Dios ▁ha ▁ven g ado ▁vuestra ▁causa ▁en ▁ella .
▁Y ▁en ▁ella ▁fué ▁halla da ▁la ▁sangre ▁de ▁los ▁profeta s ▁y ▁de ▁los ▁santo s , ▁y ▁de ▁todos ▁los ▁que ▁han ▁sido ▁muerto s ▁en ▁la ▁tierra .
▁Y ▁los ▁veinti cu a t ro ▁ancianos ▁y ▁los ▁cuatro ▁animal es ▁se ▁postr aron ▁en ▁tierra , ▁y ▁a dor aron ▁á ▁Dios ▁que ▁estaba ▁sent ado ▁sobre ▁el ▁trono , ▁diciendo : ▁A m é n : ▁A le l u y a .
▁Y ▁le ▁fué ▁dado ▁que ▁se ▁vi s ta ▁de ▁lino ▁fin o , ▁limpio ▁y ▁br ill an te : ▁por que ▁el ▁lino ▁fin o ▁son ▁las ▁just i f i ca ciones ▁de ▁los ▁santo s .
▁Y ▁sus ▁ojos ▁era n ▁ como ▁ l la ma ▁de ▁fuego , ▁y ▁había ▁en ▁su ▁cabeza ▁much as ▁di ad em as ; ▁y ▁tenía ▁un ▁nombre ▁escrito ▁que ▁ninguno ▁en te nd ía ▁sin o ▁él ▁mismo .
▁Y ▁en ▁su ▁ve st id ura ▁y ▁en ▁su ▁mu s lo ▁tiene ▁escrito ▁este ▁nombre : ▁R E Y ▁ D E ▁R E Y E S ▁Y ▁S E Ñ O R ▁ D E ▁S E Ñ O R E S .
▁Y ▁la ▁bestia ▁fué ▁pre s a , ▁y ▁con ▁ella ▁el ▁f al s o ▁profeta ▁que ▁había ▁hecho ▁las ▁señal es ▁delante ▁de ▁ella , ▁con ▁las ▁cuales ▁había ▁en ga ñ ado ▁á ▁los ▁que ▁tomaron ▁la ▁señal ▁de ▁la ▁bestia , ▁y ▁habían ▁a dor ado ▁su ▁image n . ▁Estos ▁dos ▁fueron ▁la n z ados ▁vi v os ▁dentro ▁de ▁un ▁la go ▁de ▁fuego ▁ar d iendo ▁en ▁a z u f re .
▁Y ▁ar ro j ólo ▁al ▁a bi s mo , ▁y ▁le ▁en cer r ó , ▁y ▁se l l ó ▁sobre ▁él , ▁por que ▁no ▁en ga ñ e ▁más ▁á ▁las ▁ n a ciones , ▁hast a ▁que ▁mil ▁años ▁sea n ▁cumpl ido s : ▁y ▁después ▁de ▁esto ▁es ▁ n e ce s ar i o ▁que ▁sea ▁de s a t ado ▁un ▁poco ▁de ▁tiempo .
▁Y ▁cuando ▁los ▁mil ▁años ▁fuere n ▁cumpl ido s , ▁S a t an ás ▁será ▁su el to ▁de ▁su ▁pri s ió n ,
▁Y ▁vi ▁un ▁gran ▁trono ▁ b l an co ▁y ▁al ▁que ▁estaba ▁sent ado ▁sobre ▁él , ▁de ▁delante ▁del ▁cual ▁huyó ▁la ▁tierra ▁y ▁el ▁cielo ; ▁y ▁no ▁fué ▁halla do ▁el ▁lugar ▁de ▁ellos .
▁Y ▁el ▁que ▁no ▁fué ▁halla do ▁escrito ▁en ▁el ▁libr o ▁de ▁la ▁vida , ▁fué ▁la n z ado ▁en ▁el ▁la go ▁de ▁fuego .
▁Y ▁limpia rá ▁Dios ▁toda ▁ l á g ri ma ▁de ▁los ▁ojos ▁de ▁ellos ; ▁y ▁la ▁muerte ▁no ▁será ▁más ; ▁y ▁no ▁habrá ▁más ▁ l l an to , ▁ni ▁c l am or , ▁ni ▁do l or : ▁por que ▁las ▁primer as ▁cosas ▁son ▁pasa das .
▁Mas ▁á ▁los ▁tem eros os ▁é ▁in c ré d u los , ▁á ▁los ▁abomina ble s ▁y ▁homicida s , ▁á ▁los ▁for n i ca ri os ▁y ▁he ch i cer os , ▁y ▁á ▁los ▁ id ó la tra s , ▁y ▁á ▁todos ▁los ▁men t ir os os , ▁su ▁parte ▁será ▁en ▁el ▁la go ▁ar d iendo ▁con ▁fuego ▁y ▁a z u f re , ▁que ▁es ▁la ▁muerte ▁seg un da .
▁Y ▁tenía ▁un ▁mu ro ▁grande ▁y ▁al to ▁con ▁do ce ▁puerta s ; ▁y ▁en ▁las ▁puerta s , ▁do ce ▁ángel es , ▁y ▁nombre s ▁escrito s , ▁que ▁son ▁los ▁de ▁las ▁do ce ▁tribu s ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁la ▁ciudad ▁está ▁si tu ada ▁y ▁pues ta ▁en ▁cu ad ro , ▁y ▁su ▁la r gu ra ▁es ▁ t an ta ▁ como ▁su ▁an ch ura : ▁y ▁él ▁mi d ió ▁la ▁ciudad ▁con ▁la ▁ca ñ a , ▁do ce ▁mil ▁esta di os : ▁la ▁la r gu ra ▁y ▁la ▁al t ura ▁y ▁la ▁an ch ura ▁de ▁ella ▁son ▁ i gu a les .
▁El ▁qu in to , ▁s ar d ón i ca ; ▁el ▁se x to , ▁s ar di o ; ▁el ▁séptimo , ▁c ri s ó li to ; ▁el ▁oc ta v o , ▁be ri lo ; ▁el ▁no no , ▁to pa ci o ; ▁el ▁d é ci mo , ▁c ri s o p ra s o ; ▁el ▁un d é ci mo , ▁ ja ci n to ; ▁el ▁d u o d é ci mo , ▁a ma t is ta .
▁Y ▁las ▁ n a ciones ▁que ▁hubiere n ▁sido ▁salva s ▁and arán ▁en ▁la ▁lu m bre ▁de ▁ella : ▁y ▁los ▁reyes ▁de ▁la ▁tierra ▁traerá n ▁su ▁gloria ▁y ▁ho n or ▁á ▁ella .
▁ D E S P U É S ▁me ▁most r ó ▁un ▁río ▁limpio ▁de ▁agua ▁de ▁vida , ▁re s p l an de c iente ▁ como ▁c ri st al , ▁que ▁sal ía ▁del ▁trono ▁de ▁Dios ▁y ▁del ▁C or der o .
▁Y ▁allí ▁no ▁habrá ▁más ▁noche ; ▁y ▁no ▁tiene n ▁ n e ce s i dad ▁de ▁lu m bre ▁de ▁an to r ch a , ▁ni ▁de ▁lu m bre ▁de ▁so l : ▁por que ▁el ▁Señor ▁Dios ▁los ▁al umb r ará : ▁y ▁reinar án ▁para ▁siempre ▁ ja m ás ▁ .
▁Y ▁él ▁me ▁dijo : ▁Mi ra ▁que ▁no ▁lo ▁haga s : ▁por que ▁yo ▁soy ▁siervo ▁contigo , ▁y ▁con ▁tu s ▁hermanos ▁los ▁profeta s , ▁y ▁con ▁los ▁que ▁guarda n ▁las ▁palabras ▁de ▁este ▁libr o . ▁A do ra ▁á ▁Dios .
▁Yo ▁soy ▁A l ph a ▁y ▁O me ga , ▁pri n ci p i o ▁y ▁fin , ▁el ▁primer o ▁y ▁el ▁postr er o .
▁Y ▁el ▁E s p í ri tu ▁y ▁la ▁E s p os a ▁di ce n : ▁Ve n . ▁Y ▁el ▁que ▁ o y e , ▁di ga : ▁Ve n . ▁Y ▁el ▁que ▁tiene ▁se d , ▁ven ga : ▁y ▁el ▁que ▁qu iere , ▁to me ▁del ▁agua ▁de ▁la ▁vida ▁de ▁ba l de .
▁La ▁gracia ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁sea ▁con ▁todos ▁vosotros . ▁A m é n .
