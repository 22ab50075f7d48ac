▁P A B L O , ▁siervo ▁de ▁Je s u c ri s to ▁ , ▁llamado á ▁se ra p ó s to l , ▁apart ado ▁para ▁el ▁ e v an g el i o ▁de ▁Dios ,
▁Que ▁él ▁había ▁antes ▁pro me t ido ▁por ▁sus ▁profeta s ▁en ▁las ▁santa s ▁E s c ri t ura s ,
▁A cer ca ▁de ▁su ▁Hi jo , ▁ ( que ▁fué ▁hecho ▁de ▁la ▁simiente ▁de ▁David ▁seg ún ▁la ▁carne ;
▁El ▁cual ▁fué ▁declar ado ▁Hi jo ▁de ▁Dios ▁con ▁p o t en ci a , ▁seg ún ▁el ▁espíritu ▁de ▁s an t i dad , ▁por ▁la ▁re s ur re c ción ▁de ▁los ▁muerto s ) , ▁de ▁Je s u c ri s to ▁Señor ▁nuestro ,
▁Por ▁el ▁cual ▁re ci bi mos ▁la ▁gracia ▁y ▁el ▁ap os to l ado , ▁para ▁la ▁ob ed i en ci a ▁de ▁la ▁f e ▁en ▁todas ▁las ▁ n a ciones ▁en ▁su ▁nombre ,
▁En t re ▁las ▁cuales ▁so is ▁también ▁vosotros , ▁llamado s ▁de ▁Je s u c ri s to ▁ :
▁A ▁todos ▁los ▁que ▁está is ▁en ▁R o ma , ▁am ados ▁de ▁Dios , ▁llamado s ▁santo s : ▁ G ra ci a ▁y ▁paz ▁ten g áis ▁de ▁Dios ▁nuestro ▁P ad re , ▁y ▁del ▁Señor ▁Je s u c ri s to ▁ .
▁P r im er amente , ▁do y ▁gracia s ▁á ▁mi ▁Dios ▁por ▁Je s u c ri s to ▁acerca ▁de ▁todos ▁vosotros , ▁de ▁que ▁vuestra ▁f e ▁es ▁pre di cada ▁en ▁todo ▁el ▁mu ndo .
▁Porque ▁testigo ▁me ▁es ▁Dios , ▁al ▁cual ▁sirv o ▁en ▁mi ▁espíritu ▁en ▁el ▁ e v an g el i o ▁de ▁su ▁Hi jo , ▁que ▁sin ▁c es ar ▁me ▁a cu er do ▁de ▁vosotros ▁siempre ▁en ▁mis ▁or a ciones ,
▁R o g ando , ▁si ▁al ▁fin ▁al g ún ▁tiempo ▁haya ▁de ▁ten er , ▁por ▁la ▁ v o l un ta d ▁de ▁Dios , ▁p r ó s per o ▁vi a je ▁para ▁ir ▁á ▁vosotros .
▁Porque ▁os ▁de se o ▁ver , ▁para ▁re p ar t ir ▁con ▁vosotros ▁al g ún ▁don ▁es p i ri tu al , ▁para ▁confirm ar os ;
▁E s ▁á ▁sabe r , ▁para ▁ser ▁junt amente ▁con s o l ado ▁con ▁vosotros ▁por ▁la ▁com ún ▁f e ▁vuestra ▁y ▁junt amente ▁mí a .
▁Mas ▁no ▁ qui er o , ▁hermanos , ▁que ▁ i g no réis ▁que ▁much as ▁veces ▁me ▁he ▁pro p ue s to ▁ir ▁á ▁vosotros ▁ ( e mpero ▁hast a ▁ahora ▁he ▁sido ▁esto r b ado ) , ▁para ▁ten er ▁también ▁entre ▁vosotros ▁al g ún ▁fruto , ▁ como ▁entre ▁los ▁de m ás ▁Ge n til es .
▁A ▁ G ri e go s ▁y ▁á ▁ b á r ba ro s , ▁á ▁s a bi os ▁y ▁á ▁no ▁s a bi os ▁soy ▁de u dor .
▁As í ▁que , ▁cuanto ▁á ▁mí , ▁pre s to ▁esto y ▁á ▁a nunc i ar ▁el ▁ e v an g el i o ▁también ▁á ▁vosotros ▁que ▁está is ▁en ▁R o ma .
▁Porque ▁no ▁me ▁a ver g ü en zo ▁del ▁ e v an g el i o : ▁por que ▁es ▁p o t en ci a ▁de ▁Dios ▁para ▁sal ud ▁á ▁todo ▁aquel ▁que ▁c re e ; ▁al ▁ J ud í o ▁primer amente ▁y ▁también ▁al ▁ G ri e go .
▁Porque ▁en ▁él ▁la ▁justicia ▁de ▁Dios ▁se ▁descubr e ▁de ▁f e ▁en ▁f e ; ▁ como ▁está ▁escrito : ▁Mas ▁el ▁just o ▁vivir á ▁por ▁la ▁f e .
▁Porque ▁man i f i est a ▁es ▁la ▁ir a ▁de ▁Dios ▁del ▁cielo ▁contra ▁toda ▁imp i ed ad ▁é ▁in j u st i ci a ▁de ▁los ▁hombres , ▁que ▁de t i en en ▁la ▁ver dad ▁con ▁in j u st i ci a :
▁Porque ▁lo ▁que ▁de ▁Dios ▁se ▁conoc e , ▁á ▁ellos ▁es ▁man i f i est o ; ▁por que ▁Dios ▁se ▁lo ▁man i f est ó .
▁Porque ▁las ▁cosas ▁in vi s i ble s ▁de ▁él , ▁su ▁ e te rna ▁p o t en ci a ▁y ▁di vi n i dad , ▁se ▁echa n ▁de ▁ver ▁de s de ▁la ▁c re ación ▁del ▁mu ndo , ▁s iendo ▁en t en di das ▁por ▁las ▁cosas ▁que ▁son ▁he ch as ; ▁de ▁mo do ▁que ▁son ▁in e x cu s ab les :
▁Porque ▁ha b iendo ▁conoc ido ▁á ▁Dios , ▁no ▁le ▁ g lo ri f i c aron ▁ como ▁á ▁Dios , ▁ni ▁d ieron ▁gracia s ; ▁antes ▁se ▁de s v an e c ieron ▁en ▁sus ▁di s cu r s os , ▁y ▁el ▁ n e ci o ▁corazón ▁de ▁ellos ▁fué ▁en t en e b recido .
▁Di ci é ndo se ▁ser ▁s a bi os , ▁se ▁hicieron ▁fat u os ,
▁Y ▁ t ro c aron ▁la ▁gloria ▁del ▁Dios ▁in co r r u p t i ble ▁en ▁se me ja n za ▁de ▁image n ▁de ▁hombre ▁cor r u p t i ble , ▁y ▁de ▁ ave s , ▁y ▁de ▁animal es ▁de ▁cuatro ▁pie s , ▁y ▁de ▁ser p iente s .
▁Por ▁lo ▁cual ▁también ▁Dios ▁los ▁entregó ▁á ▁in m un di ci a , ▁en ▁las ▁con cu p is ce n ci as ▁de ▁sus ▁cor az on es , ▁de ▁suerte ▁que ▁contamin aron ▁sus ▁cuerpo s ▁entre ▁sí ▁mismo s :
▁Lo s ▁cuales ▁mu d aron ▁la ▁ver dad ▁de ▁Dios ▁en ▁men t i ra , ▁ho n r ando ▁y ▁sirv iendo ▁á ▁las ▁c ri a t ura s ▁antes ▁que ▁al ▁C ri ado r , ▁el ▁cual ▁es ▁be n di to ▁por ▁los ▁si g los . ▁A m é n .
▁Por ▁esto ▁Dios ▁los ▁entregó ▁á ▁a f e c to s ▁ver g on zo s os ; ▁pues ▁aun ▁sus ▁mujeres ▁mu d aron ▁el ▁ n a t ura l ▁us o ▁en ▁el ▁us o ▁que ▁es ▁contra ▁ n a t ura le za :
▁Y ▁del ▁mismo ▁mo do ▁también ▁los ▁hombres , ▁de ja ndo ▁el ▁us o ▁ n a t ura l ▁de ▁las ▁mujeres , ▁se ▁en ce nd ieron ▁en ▁sus ▁con cu p is ce n ci as ▁los ▁uno s ▁con ▁los ▁otro s , ▁come t iendo ▁cosas ▁ n e f an das ▁hombres ▁con ▁hombres , ▁y ▁re ci b iendo ▁en ▁sí ▁mismo s ▁la ▁rec om p en s a ▁que ▁con vi no ▁á ▁su ▁ex tra v í o .
▁Y ▁ como ▁á ▁ellos ▁no ▁les ▁par e ció ▁ten er ▁á ▁Dios ▁en ▁su ▁not i ci a , ▁Dios ▁los ▁entregó ▁á ▁una ▁men te ▁de p ra v ada , ▁para ▁hacer ▁lo ▁que ▁no ▁con vi en e ,
▁Esta ndo ▁at est ados ▁de ▁toda ▁iniquidad , ▁de ▁for n i c ación , ▁de ▁mal i ci a , ▁de ▁a v ar i ci a , ▁de ▁mal dad ; ▁lleno s ▁de ▁en vi di a , ▁de ▁ho mi ci di os , ▁de ▁con t i en das , ▁de ▁en ga ñ os , ▁de ▁mal i g n i dad es ;
▁M ur m ur ado res , ▁de tra c to res , ▁aborrec ed o res ▁de ▁Dios , ▁in j u ri os os , ▁so b er bi os , ▁al t i v os , ▁in v en to res ▁de ▁mal es , ▁de s o b ed iente s ▁á ▁los ▁padres ,
▁N e ci os , ▁de s le a les , ▁sin ▁a f e c to ▁ n a t ura l , ▁imp la ca ble s , ▁sin ▁misericordia :
▁Que , ▁ha b iendo ▁en te nd ido ▁el ▁juicio ▁de ▁Dios ▁que ▁los ▁que ▁ha ce n ▁tal es ▁cosas ▁son ▁di g nos ▁de ▁muerte , ▁no ▁s ólo ▁las ▁ha ce n , ▁mas ▁aun ▁con s iente n ▁á ▁los ▁que ▁las ▁ha ce n .
▁P O R ▁lo ▁cual ▁eres ▁in e x cu s a ble , ▁ o h ▁hombre , ▁cualquier a ▁que ▁juzg as : ▁por que ▁en ▁lo ▁que ▁juzg as ▁á ▁otro , ▁te ▁con de n as ▁á ▁ti ▁mismo ; ▁por que ▁lo ▁mismo ▁ha ce s , ▁tú ▁que ▁juzg as .
▁Mas ▁sabe mos ▁que ▁el ▁juicio ▁de ▁Dios ▁es ▁seg ún ▁ver dad ▁contra ▁los ▁que ▁ha ce n ▁tal es ▁cosas .
▁¿ Y ▁pie n s as ▁esto , ▁ o h ▁hombre , ▁que ▁juzg as ▁á ▁los ▁que ▁ha ce n ▁tal es ▁cosas , ▁y ▁ha ce s ▁las ▁mis ma s , ▁que ▁tú ▁es ca p arás ▁del ▁juicio ▁de ▁Dios ?
▁¿ O ▁men os p re ci as ▁las ▁ ri que za s ▁de ▁su ▁be n i g n i dad , ▁y ▁pa ci en ci a , ▁y ▁long an im i dad , ▁ i g n or ando ▁que ▁su ▁be n i g n i dad ▁te ▁ gu ía ▁á ▁ar re p en t imiento ?
▁Mas ▁por ▁tu ▁d u re za , ▁y ▁por ▁tu ▁corazón ▁no ▁ar re p en t ido , ▁at es or as ▁para ▁ti ▁mismo ▁ir a ▁para ▁el ▁día ▁de ▁la ▁ir a ▁y ▁de ▁la ▁man i f est ación ▁del ▁just o ▁juicio ▁de ▁Dios ;
▁El ▁cual ▁pa g ará ▁á ▁ cada ▁uno ▁conform e ▁á ▁sus ▁obra s :
▁A ▁los ▁que ▁per se ver ando ▁en ▁bien ▁hacer , ▁busca n ▁gloria ▁y ▁ho n ra ▁é ▁in mo r ta li dad , ▁la ▁vida ▁ e te rna .
▁Mas ▁á ▁los ▁que ▁son ▁con t en ci os os ▁ , ▁y ▁no ▁obedec en ▁á ▁la ▁ver dad , ▁antes ▁obedec en ▁á ▁la ▁in j u st i ci a , ▁enoj o ▁é ▁ir a ;
▁T ri b u l ación ▁y ▁an gu st i a ▁sobre ▁toda ▁persona ▁ hu man a ▁que ▁obra ▁lo ▁mal o , ▁el ▁ J ud í o ▁primer amente , ▁y ▁también ▁el ▁ G ri e go :
▁Mas ▁gloria ▁y ▁ho n ra ▁y ▁paz ▁á ▁cualquier a ▁que ▁obra ▁el ▁bien , ▁al ▁ J ud í o ▁primer amente , ▁y ▁también ▁al ▁ G ri e go .
▁Porque ▁no ▁hay ▁a ce p ción ▁de ▁persona s ▁para ▁con ▁Dios .
▁Porque ▁todos ▁los ▁que ▁sin ▁le y ▁pecar on , ▁sin ▁le y ▁también ▁per e ce rán ; ▁y ▁todos ▁los ▁que ▁en ▁la ▁le y ▁pecar on , ▁por ▁la ▁le y ▁serán ▁juzg ados :
▁Porque ▁no ▁los ▁ o ido res ▁de ▁la ▁le y ▁son ▁just os ▁para ▁con ▁Dios , ▁mas ▁los ▁ha ce do res ▁de ▁la ▁le y ▁serán ▁just i f i c ados .
▁Porque ▁los ▁Ge n til es ▁que ▁no ▁tiene n ▁le y , ▁ n a t ura l mente ▁ha c iendo ▁lo ▁que ▁es ▁de ▁la ▁le y , ▁los ▁tal es , ▁aun que ▁no ▁ten ga n ▁le y , ▁ellos ▁son ▁le y ▁á ▁sí ▁mismo s :
▁M os tra ndo ▁la ▁obra ▁de ▁la ▁le y ▁es c ri ta ▁en ▁sus ▁cor az on es , ▁d ando ▁testimonio ▁junt amente ▁sus ▁con ci en ci as , ▁y ▁a cu s ándose ▁y ▁también ▁ex cu s ándose ▁sus ▁pe n s amiento s ▁uno s ▁con ▁otro s ;
▁En ▁el ▁día ▁que ▁juzg ará ▁el ▁Señor ▁lo ▁en cu bi er to ▁de ▁los ▁hombres , ▁conform e ▁á ▁mi ▁ e v an g el i o , ▁por ▁Je s u c ri s to ▁ .
▁He ▁aquí , ▁tú ▁tiene s ▁el ▁sobre n om bre ▁de ▁ J ud í o , ▁y ▁está s ▁re p os ado ▁en ▁la ▁le y , ▁y ▁te ▁ g l or ía s ▁en ▁Dios ,
▁Y ▁sabe s ▁su ▁ v o l un ta d , ▁y ▁ap r ue ba s ▁lo ▁mejor , ▁in st r u í do ▁por ▁la ▁le y ;
▁Y ▁con f ía s ▁que ▁eres ▁ gu ía ▁de ▁los ▁ ci e go s , ▁lu z ▁de ▁los ▁que ▁están ▁en ▁ti n i e b la s ,
▁En se ñ ado r ▁de ▁los ▁que ▁no ▁sabe n , ▁ ma est ro ▁de ▁niño s , ▁que ▁tiene s ▁la ▁for ma ▁de ▁la ▁cien ci a ▁y ▁de ▁la ▁ver dad ▁en ▁la ▁le y :
▁T ú ▁pues , ▁que ▁en se ñ as ▁á ▁otro , ▁¿ no ▁te ▁en se ñ as ▁á ▁ti ▁mismo ? ▁¿ T ú , ▁que ▁pre di ca s ▁que ▁no ▁se ▁ha ▁de ▁hurt ar , ▁hurt as ?
▁¿ T ú , ▁que ▁di ce s ▁que ▁no ▁se ▁ha ▁de ▁a d u l t er ar , ▁a d u l te ra s ? ▁¿ T ú , ▁que ▁abomina s ▁los ▁ í do los , ▁come te s ▁s a c ri le g i o ?
▁¿ T ú , ▁que ▁te ▁ ja c ta s ▁de ▁la ▁le y , ▁con ▁in f ra c ción ▁de ▁la ▁le y ▁de s h on ra s ▁á ▁Dios ?
▁Porque ▁el ▁nombre ▁de ▁Dios ▁es ▁ b la s f em ado ▁por ▁causa ▁de ▁vosotros ▁entre ▁los ▁Ge n til es , ▁ como ▁está ▁escrito .
▁Porque ▁la ▁c ir cu n ci s ió n ▁en ▁ver dad ▁ap r ove ch a , ▁si ▁guarda res ▁la ▁le y ; ▁mas ▁si ▁eres ▁rebel de ▁á ▁la ▁le y , ▁tu ▁c ir cu n ci s ió n ▁es ▁he ch a ▁in ci r cu n ci s ió n .
▁De ▁manera ▁que , ▁si ▁el ▁in ci r cu n ci s o ▁guarda re ▁las ▁justicia s ▁de ▁la ▁le y , ▁¿ no ▁será ▁ten i da ▁su ▁in ci r cu n ci s ió n ▁por ▁c ir cu n ci s ió n ?
▁Y ▁lo ▁que ▁de ▁su ▁ n a t ura l ▁es ▁in ci r cu n ci s o , ▁guarda ndo ▁per f e c t amente ▁la ▁le y , ▁te ▁juzg ará ▁á ▁ti , ▁que ▁con ▁la ▁let ra ▁y ▁con ▁la ▁c ir cu n ci s ió n ▁eres ▁rebel de ▁á ▁la ▁le y .
▁Porque ▁no ▁es ▁ J ud í o ▁el ▁que ▁lo ▁es ▁en ▁man i f i est o ; ▁ni ▁la ▁c ir cu n ci s ió n ▁es ▁la ▁que ▁es ▁en ▁man i f i est o ▁en ▁la ▁carne :
▁Mas ▁es ▁ J ud í o ▁el ▁que ▁lo ▁es ▁en ▁lo ▁in te ri or ; ▁y ▁la ▁c ir cu n ci s ió n ▁es ▁la ▁del ▁corazón , ▁en ▁espíritu , ▁no ▁en ▁let ra ; ▁la ▁al aban za ▁del ▁cual ▁no ▁es ▁de ▁los ▁hombres , ▁sin o ▁de ▁Dios .
▁¿ Q U É , ▁pues , ▁tiene ▁más ▁el ▁ J ud í o ? ▁¿ ó ▁qué ▁ap r ove ch a ▁la ▁c ir cu n ci s ió n ?
▁M u ch o ▁en ▁todas ▁manera s . ▁Lo ▁primer o ▁c iertamente , ▁que ▁la ▁palabra ▁de ▁Dios ▁les ▁ha ▁sido ▁con f i ada .
▁¿ P ue s ▁qué ▁si ▁alguno s ▁de ▁ellos ▁han ▁sido ▁in c ré d u los ? ▁¿ la ▁in c r ed u li dad ▁de ▁ellos ▁habrá ▁hecho ▁va n a ▁la ▁ver dad ▁de ▁Dios ?
▁En ▁ninguna ▁manera ; ▁antes ▁bien ▁sea ▁Dios ▁ver dad er o , ▁mas ▁todo ▁hombre ▁men t ir os o ; ▁ como ▁está ▁escrito : ▁Para ▁que ▁sea s ▁just i f i c ado ▁en ▁tu s ▁dicho s , ▁y ▁ven za s ▁cuando ▁de ▁ti ▁se ▁juzg are .
▁Y ▁si ▁nuestra ▁iniquidad ▁en ca re ce ▁la ▁justicia ▁de ▁Dios , ▁¿ qué ▁di remos ? ▁¿ S e rá ▁in j u s to ▁Dios ▁que ▁da ▁cast i go ? ▁ ( h ab lo ▁ como ▁hombre . )
▁En ▁ninguna ▁manera : ▁de ▁otra ▁suerte ▁¿ cómo ▁juzg ar ía ▁Dios ▁el ▁mu ndo ?
▁E mpero ▁si ▁la ▁ver dad ▁de ▁Dios ▁por ▁mi ▁men t i ra ▁c re ció ▁á ▁gloria ▁su y a , ▁¿ por ▁qué ▁aun ▁así ▁yo ▁soy ▁juzg ado ▁ como ▁pecado r ?
▁¿ Y ▁por ▁qué ▁no ▁decir ▁ ( como ▁so mos ▁ b la s f em ados , ▁y ▁ como ▁alguno s ▁di ce n ▁que ▁nosotros ▁de ci mos ) : ▁Ha ga mos ▁mal es ▁para ▁que ▁ven ga n ▁bien es ? ▁la ▁con de n ación ▁de ▁los ▁cuales ▁es ▁just a .
▁¿ Qué ▁pues ? ▁¿ S o mos ▁mejor es ▁que ▁ellos ? ▁En ▁ninguna ▁manera : ▁por que ▁y a ▁he mos ▁a cu s ado ▁á ▁ J ud í os ▁y ▁á ▁Ge n til es , ▁que ▁todos ▁están ▁debajo ▁de ▁pecado .
▁C o mo ▁está ▁escrito : ▁No ▁hay ▁just o , ▁ni ▁aun ▁uno ;
▁No ▁hay ▁quien ▁en t i en da , ▁no ▁hay ▁quien ▁bu s que ▁á ▁Dios ;
▁Todo s ▁se ▁apart aron , ▁á ▁una ▁fueron ▁hecho s ▁in ú til es ; ▁no ▁hay ▁quien ▁haga ▁lo ▁bueno , ▁no ▁hay ▁ni ▁aun ▁uno :
▁Se p u l c ro ▁a bi er to ▁es ▁su ▁ gar ga n ta ; ▁con ▁sus ▁le n gu as ▁tra t an ▁en ga ñ os amente ; ▁ven en o ▁de ▁á s p id es ▁está ▁debajo ▁de ▁sus ▁la bi os ;
▁C u y a ▁boca ▁está ▁llena ▁de ▁mal ed i ce n ci a ▁y ▁de ▁am ar gu ra ;
▁Su s ▁pie s ▁son ▁li g eros ▁á ▁derram ar ▁sangre ;
▁Que bra n t amiento ▁y ▁de s v en t ura ▁hay ▁en ▁sus ▁camino s ;
▁Y ▁camino ▁de ▁paz ▁no ▁conoc ieron :
▁No ▁hay ▁tem or ▁de ▁Dios ▁delante ▁de ▁sus ▁ojos .
▁E mpero ▁sabe mos ▁que ▁todo ▁lo ▁que ▁la ▁le y ▁di ce , ▁á ▁los ▁que ▁están ▁en ▁la ▁le y ▁lo ▁di ce , ▁para ▁que ▁toda ▁boca ▁se ▁ ta pe , ▁y ▁que ▁todo ▁el ▁mu ndo ▁se ▁su je te ▁á ▁Dios :
▁Porque ▁por ▁las ▁obra s ▁de ▁la ▁le y ▁ninguna ▁carne ▁se ▁just i f i c ará ▁delante ▁de ▁él ; ▁por que ▁por ▁la ▁le y ▁es ▁el ▁conoc imiento ▁del ▁pecado .
▁Mas ▁ahora , ▁sin ▁la ▁le y , ▁la ▁justicia ▁de ▁Dios ▁se ▁ha ▁man i f est ado , ▁te st i f i cada ▁por ▁la ▁le y ▁y ▁por ▁los ▁profeta s :
▁La ▁justicia ▁de ▁Dios ▁por ▁la ▁f e ▁de ▁Je s u c ri s to ▁ , ▁para ▁todos ▁los ▁que ▁c re en ▁en ▁él ; ▁por que ▁no ▁hay ▁di f er en ci a ;
▁Por ▁cuanto ▁todos ▁pecar on , ▁y ▁están ▁de st i tu í do s ▁de ▁la ▁gloria ▁de ▁Dios ;
▁S iendo ▁just i f i c ados ▁gr a tu ita mente ▁por ▁su ▁gracia , ▁por ▁la ▁re de n ción ▁que ▁es ▁en ▁C ri s to ▁Je s ú s ;
▁A l ▁cual ▁Dios ▁ha ▁pro p ue s to ▁en ▁pro p i ci ación ▁por ▁la ▁f e ▁en ▁su ▁sangre , ▁para ▁man i f est ación ▁de ▁su ▁justicia , ▁at en to ▁á ▁haber ▁pasa do ▁por ▁al to , ▁en ▁su ▁pa ci en ci a , ▁los ▁pecado s ▁pasa do s ,
▁C on ▁la ▁mira ▁de ▁man i f est ar ▁su ▁justicia ▁en ▁este ▁tiempo : ▁para ▁que ▁él ▁sea ▁el ▁just o , ▁y ▁el ▁que ▁just i f i ca ▁al ▁que ▁es ▁de ▁la ▁f e ▁de ▁Je s ú s .
▁¿ D ón de ▁pues ▁está ▁la ▁ ja c t an ci a ? ▁E s ▁ex c l u í da . ▁¿ Por ▁cu á l ▁le y ? ▁¿ de ▁las ▁obra s ? ▁No ; ▁mas ▁por ▁la ▁le y ▁de ▁la ▁f e .
▁As í ▁que , ▁con c l u í mos ▁ser ▁el ▁hombre ▁just i f i c ado ▁por ▁f e ▁sin ▁las ▁obra s ▁de ▁la ▁le y .
▁¿ E s ▁Dios ▁solamente ▁Dios ▁de ▁los ▁ J ud í os ? ▁¿ No ▁es ▁también ▁Dios ▁de ▁los ▁Ge n til es ? ▁C i er to , ▁también ▁de ▁los ▁Ge n til es .
▁Porque ▁uno ▁es ▁Dios , ▁el ▁cual ▁just i f i c ará ▁por ▁la ▁f e ▁la ▁c ir cu n ci s ió n , ▁y ▁por ▁medio ▁de ▁la ▁f e ▁la ▁in ci r cu n ci s ió n .
▁¿ L ue go ▁de s h a ce mos ▁la ▁le y ▁por ▁la ▁f e ? ▁En ▁ninguna ▁manera ; ▁antes ▁esta ble ce mos ▁la ▁le y .
▁¿ Q U É , ▁pues , ▁di remos ▁que ▁halló ▁Abraham ▁nuestro ▁padre ▁seg ún ▁la ▁carne ?
▁Que ▁si ▁Abraham ▁fué ▁just i f i c ado ▁por ▁la ▁obra s , ▁tiene ▁de ▁qué ▁gloria r se ; ▁mas ▁no ▁para ▁con ▁Dios .
▁Porque ▁¿ qué ▁di ce ▁la ▁E s c ri t ura ? ▁Y ▁c re y ó ▁Abraham ▁á ▁Dios , ▁y ▁le ▁fué ▁at ri b u í do ▁á ▁justicia .
▁E mpero ▁al ▁que ▁obra , ▁no ▁se ▁le ▁cu enta ▁el ▁sal ar i o ▁por ▁me r c ed , ▁sin o ▁por ▁de ud a .
▁Mas ▁al ▁que ▁no ▁obra , ▁per o ▁c re e ▁en ▁a qué l ▁que ▁just i f i ca ▁al ▁imp í o , ▁la ▁f e ▁le ▁es ▁con t ada ▁por ▁justicia .
▁C o mo ▁también ▁David ▁di ce ▁ser ▁bien ave n t ur ado ▁el ▁hombre ▁al ▁cual ▁Dios ▁at ri b u y e ▁justicia ▁sin ▁obra s ,
▁Di c iendo : ▁B i en ave n t ur ados ▁aquello s ▁cu y as ▁iniquidad es ▁son ▁perdon ada s , ▁y ▁cu y os ▁pecado s ▁son ▁cu bi er to s .
▁B i en ave n t ur ado ▁el ▁varón ▁al ▁cual ▁el ▁Señor ▁no ▁imp u t ó ▁pecado .
▁¿ E s ▁pues ▁esta ▁bien ave n t ura n za ▁solamente ▁en ▁la ▁c ir cu n ci s ió n , ▁ó ▁también ▁en ▁la ▁in ci r cu n ci s ió n ? ▁por que ▁de ci mos ▁que ▁á ▁Abraham ▁fué ▁con t ada ▁la ▁f e ▁por ▁justicia .
▁¿ C ó mo ▁pues ▁le ▁fué ▁con t ada ? ▁¿ en ▁la ▁c ir cu n ci s ió n , ▁ó ▁en ▁la ▁in ci r cu n ci s ió n ? ▁No ▁en ▁la ▁c ir cu n ci s ió n , ▁sin o ▁en ▁la ▁in ci r cu n ci s ió n .
▁Y ▁re ci b ió ▁la ▁c ir cu n ci s ió n ▁por ▁señal , ▁por ▁se l lo ▁de ▁la ▁justicia ▁de ▁la ▁f e ▁que ▁tuvo ▁en ▁la ▁in ci r cu n ci s ió n : ▁para ▁que ▁fuese ▁padre ▁de ▁todos ▁los ▁c re y ente s ▁no ▁c ir cu n ci d ados , ▁para ▁que ▁también ▁á ▁ellos ▁les ▁sea ▁con t ado ▁por ▁justicia ;
▁Y ▁padre ▁de ▁la ▁c ir cu n ci s ió n , ▁no ▁solamente ▁á ▁los ▁que ▁son ▁de ▁la ▁c ir cu n ci s ió n , ▁mas ▁también ▁á ▁los ▁que ▁si gu en ▁las ▁pi s ada s ▁de ▁la ▁f e ▁que ▁fué ▁en ▁nuestro ▁padre ▁Abraham ▁antes ▁de ▁ser ▁c ir cu n ci d ado ▁ .
▁Porque ▁no ▁por ▁la ▁le y ▁fué ▁d ada ▁la ▁pro me s a ▁á ▁Abraham ▁ó ▁á ▁su ▁simiente , ▁que ▁ser ía ▁her ed er o ▁del ▁mu ndo , ▁sin o ▁por ▁la ▁justicia ▁de ▁la ▁f e .
▁Porque ▁si ▁los ▁que ▁son ▁de ▁la ▁le y ▁son ▁los ▁her ed eros , ▁va n a ▁es ▁la ▁f e , ▁y ▁an u l ada ▁es ▁la ▁pro me s a .
▁Porque ▁la ▁le y ▁obra ▁ir a ; ▁por que ▁don de ▁no ▁hay ▁le y , ▁ t am p o co ▁hay ▁tra n s g res ió n .
▁Por ▁tanto ▁es ▁por ▁la ▁f e , ▁para ▁que ▁sea ▁por ▁gracia ; ▁para ▁que ▁la ▁pro me s a ▁sea ▁f ir me ▁á ▁toda ▁simiente , ▁no ▁solamente ▁al ▁que ▁es ▁de ▁la ▁le y , ▁mas ▁también ▁al ▁que ▁es ▁de ▁la ▁f e ▁de ▁Abraham , ▁el ▁cual ▁es ▁padre ▁de ▁todos ▁nosotros ,
▁ ( C o mo ▁está ▁escrito : ▁Que ▁por ▁padre ▁de ▁much as ▁gente s ▁te ▁he ▁puesto ) ▁delante ▁de ▁Dios , ▁al ▁cual ▁c re y ó ; ▁el ▁cual ▁da ▁vida ▁á ▁los ▁muerto s , ▁y ▁ l la ma ▁las ▁cosas ▁que ▁no ▁son , ▁ como ▁las ▁que ▁son .
▁El ▁c re y ó ▁en ▁es per an za ▁contra ▁es per an za , ▁para ▁ven ir ▁á ▁ser ▁padre ▁de ▁much as ▁gente s , ▁conform e ▁á ▁lo ▁que ▁le ▁había ▁sido ▁dicho : ▁As í ▁será ▁tu ▁simiente .
▁Y ▁no ▁se ▁en f la que ció ▁en ▁la ▁f e , ▁ni ▁con s i der ó ▁su ▁cuerpo ▁y a ▁muerto ▁ ( s iendo ▁y a ▁de ▁ca s i ▁cien ▁años ) , ▁ni ▁la ▁ ma t ri z ▁mu er ta ▁de ▁Sara ;
▁T am p o co ▁en ▁la ▁pro me s a ▁de ▁Dios ▁d ud ó ▁con ▁de s co n f i an za : ▁antes ▁fué ▁es for z ado ▁en ▁f e , ▁d ando ▁gloria ▁á ▁Dios ,
▁P l en amente ▁con v en c ido ▁de ▁que ▁todo ▁lo ▁que ▁había ▁pro me t ido , ▁era ▁también ▁pod eros o ▁para ▁hacer lo .
▁Por ▁lo ▁cual ▁también ▁le ▁fué ▁at ri b u í do ▁á ▁justicia .
▁Y ▁no ▁solamente ▁por ▁él ▁fué ▁escrito ▁que ▁le ▁haya ▁sido ▁imp u t ado ;
▁Si no ▁también ▁por ▁nosotros , ▁á ▁quien es ▁será ▁imp u t ado , ▁esto ▁es , ▁á ▁los ▁que ▁c re emos ▁en ▁el ▁que ▁levant ó ▁de ▁los ▁muerto s ▁á ▁Je s ú s ▁Señor ▁nuestro ,
▁El ▁cual ▁fué ▁entregado ▁por ▁nuestro s ▁del i to s , ▁y ▁re s u ci t ado ▁para ▁nuestra ▁just i f i c ación .
▁ J U S T I F I C A D O S ▁pues ▁por ▁la ▁f e , ▁ten emos ▁paz ▁para ▁con ▁Dios ▁por ▁medio ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ :
▁Por ▁el ▁cual ▁también ▁ten emos ▁entr ada ▁por ▁la ▁f e ▁á ▁esta ▁gracia ▁en ▁la ▁cual ▁esta mos f ir me s , ▁y ▁no s ▁gloria mos ▁en ▁la ▁es per an za ▁de ▁la ▁gloria ▁de ▁Dios .
▁Y ▁no ▁s ólo ▁esto , ▁mas ▁aun ▁no s ▁gloria mos ▁en ▁las ▁tribu la ciones , ▁s ab iendo ▁que ▁la ▁tribu l ación ▁pro d u ce ▁pa ci en ci a ;
▁Y ▁la ▁pa ci en ci a , ▁p r ue ba ; ▁y ▁la ▁p r ue ba , ▁es per an za ;
▁Y ▁la ▁es per an za ▁no ▁a ver g ü en za ; ▁por que ▁el ▁am or ▁de ▁Dios ▁está ▁derram ado ▁en ▁nuestro s ▁cor az on es ▁por ▁el ▁E s p í ri tu ▁S an to ▁que ▁no s ▁es ▁dado .
▁Porque ▁C ri s to , ▁cuando ▁aun ▁é ra mos ▁f la co s , ▁á ▁su ▁tiempo ▁murió ▁por ▁los ▁imp í os .
▁C iertamente ▁ap en as ▁mu er e ▁alguno ▁por ▁un ▁just o : ▁con ▁todo ▁pod rá ▁ser ▁que ▁alguno ▁os ar a ▁mor ir ▁por ▁el ▁bueno .
▁Mas ▁Dios ▁en ca re ce ▁su ▁ca ri dad ▁para ▁con ▁nosotros , ▁por que ▁s iendo ▁a ún ▁pecado res , ▁C ri s to ▁murió ▁por ▁nosotros .
▁Luego ▁mucho ▁más ▁ahora , ▁just i f i c ados ▁en ▁su ▁sangre , ▁por ▁él ▁se remos ▁sal v os ▁de ▁la ▁ir a .
▁Porque ▁si ▁s iendo ▁enemigos , ▁f u i mos ▁rec on ci li ados ▁con ▁Dios ▁por ▁la ▁muerte ▁de ▁su ▁Hi jo , ▁mucho ▁más , ▁esta ndo ▁rec on ci li ados , ▁se remos ▁sal v os ▁por ▁su ▁vida .
▁Y ▁no ▁s ólo ▁esto , ▁mas ▁aun ▁no s ▁gloria mos ▁en ▁Dios ▁por ▁el ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁por ▁el ▁cual ▁he mos ▁ahora ▁re ci b ido ▁la ▁rec on ci li ación .
▁De ▁con s i gu iente , ▁vino ▁la ▁rec on ci li ación ▁por ▁uno , ▁así ▁ como ▁el ▁pecado ▁entr ó ▁en ▁el ▁mu ndo ▁por ▁un ▁hombre , ▁y ▁por ▁el ▁pecado ▁la ▁muerte , ▁y ▁la ▁muerte ▁así ▁pasó ▁á ▁todos ▁los ▁hombres , ▁pues ▁que ▁todos ▁pecar on .
▁Porque ▁hast a ▁la ▁le y , ▁el ▁pecado ▁estaba ▁en ▁el ▁mu ndo ; ▁per o ▁no ▁se ▁imp u ta ▁pecado ▁no ▁ha b iendo ▁le y .
▁No ▁ob st an te , ▁reinó ▁la ▁muerte ▁de s de ▁Adam ▁hast a ▁Moisés , ▁aun ▁en ▁los ▁que ▁no ▁pecar on ▁á ▁la ▁manera ▁de ▁la ▁rebel ió n ▁de ▁Adam ; ▁el ▁cual ▁es ▁f i gu ra ▁del ▁que ▁había ▁de ▁ven ir .
▁Mas ▁no ▁ como ▁el ▁del i to , ▁tal ▁fué ▁el ▁don : ▁por que ▁si ▁por ▁el ▁del i to ▁de ▁aquel ▁uno ▁mu r ieron ▁los ▁mucho s , ▁mucho ▁más ▁a b un d ó ▁la ▁gracia ▁de ▁Dios ▁á ▁los ▁mucho s , ▁y ▁el ▁don ▁por ▁la ▁gracia ▁de ▁un ▁hombre , ▁Je s u c ri s to ▁ .
▁N i ▁ t am p o co ▁de ▁la ▁manera ▁que ▁por ▁un ▁pecado , ▁así ▁también ▁el ▁don : ▁por que ▁el ▁juicio ▁á ▁la ▁ver dad ▁vino ▁de ▁un ▁pecado ▁para ▁con de n ación , ▁mas ▁la ▁gracia ▁vino ▁de ▁mucho s ▁del i to s ▁para ▁just i f i c ación .
▁Porque , ▁si ▁por ▁un ▁del i to ▁reinó ▁la ▁muerte ▁por ▁uno , ▁mucho ▁más ▁reinar án ▁en ▁vida ▁por ▁un ▁Je s u c ri s to ▁los ▁que ▁re ci b en ▁la ▁a b un d an ci a ▁de ▁la ▁gracia , ▁y ▁del ▁don ▁de ▁la ▁justicia .
▁As í ▁que , ▁de ▁la ▁manera ▁que ▁por ▁un ▁del i to ▁vino ▁la ▁culpa ▁á ▁todos ▁los ▁hombres ▁para ▁con de n ación , ▁así ▁por ▁una ▁justicia ▁vino ▁la ▁gracia ▁á ▁todos ▁los ▁hombres ▁para ▁just i f i c ación ▁de ▁vida .
▁Porque ▁ como ▁por ▁la ▁de s o be di en ci a ▁de ▁un ▁hombre ▁los ▁mucho s ▁fueron ▁con st i tu í do s ▁pecado res , ▁así ▁por ▁la ▁ob ed i en ci a ▁de ▁uno ▁los ▁mucho s ▁serán ▁con st i tu í do s ▁just os .
▁La ▁le y ▁ e mpero ▁entr ó ▁para ▁que ▁el ▁pecado ▁c re ci e se ; ▁mas ▁cuando ▁el ▁pecado ▁c re ció , ▁sobre p u j ó ▁la ▁gracia ;
▁Para ▁que , ▁de ▁la ▁manera ▁que ▁el ▁pecado ▁reinó ▁para ▁muerte , ▁así ▁también ▁la ▁gracia ▁re in e ▁por ▁la ▁justicia ▁para ▁vida ▁ e te rna ▁por ▁Je s u c ri s to ▁Señor ▁nuestro .
▁¿ P U E S ▁qué ▁di remos ? ▁P er se ver a remos ▁en ▁pecado ▁para ▁que ▁la ▁gracia ▁c re z ca ?
▁En ▁ninguna ▁manera . ▁Porque ▁los ▁que ▁so mos ▁muerto s ▁al ▁pecado , ▁¿ cómo ▁vivir emos ▁a ún ▁en ▁él ?
▁¿ O ▁no ▁s a béis ▁que ▁todos ▁los ▁que ▁so mos ▁ba u t i z ados ▁en ▁C ri s to ▁Je s ú s , ▁so mos ▁ba u t i z ados ▁en ▁su ▁muerte ?
▁Porque ▁so mos ▁sepulta do s ▁junt amente ▁con ▁él ▁á ▁muerte ▁por ▁el ▁ba u t is mo ; ▁para ▁que ▁ como ▁C ri s to ▁re s u ci t ó ▁de ▁los ▁muerto s ▁por ▁la ▁gloria ▁del ▁P ad re , ▁así ▁también ▁nosotros ▁and emos ▁en ▁ n ove dad ▁de ▁vida .
▁Porque ▁si ▁f u i mos ▁plant ados ▁junt amente ▁en ▁él ▁á ▁la ▁se me ja n za ▁de ▁su ▁muerte , ▁así ▁también ▁lo ▁se remos ▁á ▁la ▁de ▁su ▁re s ur re c ción :
▁S ab iendo ▁esto , ▁que ▁nuestro ▁viejo ▁hombre ▁junt amente ▁fué ▁c r u ci f i c ado ▁con ▁él , ▁para ▁que ▁el ▁cuerpo ▁del ▁pecado ▁sea ▁de s h e ch o , ▁á ▁fin ▁de ▁que ▁no ▁sirv a mos ▁más ▁al ▁pecado .
▁Porque ▁el ▁que ▁es ▁muerto , ▁just i f i c ado ▁es ▁del ▁pecado .
▁Y ▁si ▁mor i mos ▁con ▁C ri s to , ▁c re emos ▁que ▁también ▁vivir emos ▁con ▁él ;
▁S ab iendo ▁que ▁C ri s to , ▁ha b iendo ▁re s u ci t ado ▁de ▁entre ▁los ▁muerto s , ▁y a ▁no ▁mu er e : ▁la ▁muerte ▁no ▁se ▁en se ñ o re ará ▁más ▁de ▁él .
▁Porque ▁el ▁haber ▁muerto , ▁al ▁pecado ▁murió ▁una ▁vez ; ▁mas ▁el ▁vivir , ▁á ▁Dios ▁vi v e .
▁As í ▁también ▁vosotros , ▁pe n s ad ▁que ▁de ▁cierto ▁está is ▁muerto s ▁al ▁pecado , ▁mas ▁vi v os ▁á ▁Dios ▁en ▁C ri s to ▁Je s ú s ▁Señor ▁nuestro .
▁No ▁re in e , ▁pues , ▁el ▁pecado ▁en ▁vuestro ▁cuerpo ▁mor ta l , ▁para ▁que ▁le ▁ob ed e z c áis ▁en ▁sus ▁con cu p is ce n ci as ;
▁N i ▁ t am p o co ▁present éis ▁vuestro s ▁mi em b ro s ▁al ▁pecado ▁por ▁in st r u ment os ▁de ▁iniquidad ; ▁antes ▁present a os ▁á ▁Dios ▁ como ▁vi v os ▁de ▁los ▁muerto s , ▁y ▁vuestro s ▁mi em b ro s ▁á ▁Dios ▁por ▁in st r u ment os ▁de ▁justicia .
▁Porque ▁el ▁pecado ▁no ▁se ▁en se ñ o re ará ▁de ▁vosotros ; ▁pues ▁no ▁está is ▁ba jo ▁la ▁le y , ▁sin o ▁ba jo ▁la ▁gracia .
▁¿ P ue s ▁qué ? ▁¿ P e ca remos , ▁por que ▁no ▁esta mos ▁ba jo ▁de ▁la ▁le y , ▁sin o ▁ba jo ▁de ▁la ▁gracia ? ▁En ▁ninguna ▁manera .
▁¿ No ▁s a béis ▁que ▁á ▁quien ▁os ▁pre st áis ▁vosotros ▁mismo s ▁por ▁siervos ▁para ▁obedec er le , ▁so is ▁siervos ▁de ▁aquel ▁á ▁quien ▁obedec éis , ▁ó ▁del ▁pecado ▁para ▁muerte , ▁ó ▁de ▁la ▁ob ed i en ci a ▁para ▁justicia ?
▁E mpero ▁gracia s ▁á ▁Dios , ▁que ▁aun que ▁f u i steis ▁siervos ▁del ▁pecado , ▁ha béis ▁obedec ido ▁de ▁corazón ▁á ▁aquella ▁for ma ▁de ▁do c t ri n a ▁á ▁la ▁cual ▁so is ▁entregado s ;
▁Y ▁li b er t ados ▁del ▁pecado , ▁so is ▁hecho s ▁siervos ▁de ▁la ▁justicia .
▁Hu man a ▁cosa ▁di go , ▁por ▁la ▁f la que za ▁de ▁vuestra ▁carne : ▁que ▁ como ▁para ▁iniquidad ▁present a steis ▁vuestro s ▁mi em b ro s ▁á ▁servir ▁á ▁la ▁in m un di ci a ▁y ▁á ▁la ▁iniquidad , ▁así ▁ahora ▁para ▁s an t i dad ▁present éis ▁vuestro s ▁mi em b ro s ▁á ▁servir ▁á ▁la ▁justicia .
▁Porque ▁cuando ▁f u i steis ▁siervos ▁del ▁pecado , ▁era is ▁libr es ▁acerca ▁de ▁la ▁justicia .
▁¿ Qué ▁fruto , ▁pues , ▁tenía is ▁de ▁aquella s ▁cosas ▁de ▁las ▁cuales ▁ahora ▁os ▁a ver g on z áis ? ▁por que ▁el ▁fin ▁de ▁ella s ▁es ▁muerte .
▁Mas ▁ahora , ▁libr ados ▁del ▁pecado , ▁y ▁hecho s ▁siervos ▁á ▁Dios , ▁ten éis ▁por ▁vuestro ▁fruto ▁la ▁santifica ción , ▁y ▁por ▁fin ▁la ▁vida ▁ e te rna .
▁Porque ▁la ▁pa ga ▁del ▁pecado ▁es ▁muerte : ▁mas ▁la ▁d á di v a ▁de ▁Dios ▁es ▁vida ▁ e te rna ▁en ▁C ri s to ▁Je s ú s ▁Señor ▁nuestro .
▁¿ I G N O R Á I S , ▁hermanos , ▁ ( por que ▁ha b lo ▁con ▁los ▁que ▁sabe n ▁la ▁le y ) ▁que ▁la ▁le y ▁se ▁en se ñ o re a ▁del ▁hombre ▁entre ▁tanto ▁que ▁vi v e ?
▁Porque ▁la ▁mujer ▁que ▁está ▁su je ta ▁á ▁marido , ▁mi en tra s ▁el ▁marido ▁vi v e ▁está ▁ob li g ada ▁á ▁la ▁le y ; ▁mas ▁muerto ▁el ▁marido , ▁libr e ▁es ▁de ▁la ▁le y ▁del ▁marido .
▁As í ▁que , ▁vi viendo ▁el ▁marido , ▁se ▁llamar á ▁a d ú l te ra ▁si ▁fuere ▁de ▁otro ▁varón ; ▁mas ▁si ▁su ▁marido ▁mu r iere , ▁es ▁libr e ▁de ▁la ▁le y ; ▁de ▁tal ▁manera ▁que ▁no ▁será ▁a d ú l te ra ▁si ▁fuere ▁de ▁otro ▁marido .
▁As í ▁también ▁vosotros , ▁hermanos ▁mío s , ▁está is ▁muerto s ▁á ▁la ▁le y ▁por ▁el ▁cuerpo ▁de ▁C ri s to , ▁para ▁que ▁se áis ▁de ▁otro , ▁á ▁sabe r , ▁del ▁que ▁re s u ci t ó ▁de ▁los ▁muerto s , ▁á ▁fin ▁de ▁que ▁f r u c t i f i que mos ▁á ▁Dios .
▁Porque ▁mi en tra s ▁está ba mos ▁en ▁la ▁carne , ▁los ▁a f e c to s ▁de ▁los ▁pecado s ▁que ▁era n ▁por ▁la ▁le y , ▁obra ba n ▁en ▁nuestro s ▁mi em b ro s ▁f r u c t i f i c ando ▁para ▁muerte .
▁Mas ▁ahora ▁esta mos ▁libr es ▁de ▁la ▁le y , ▁ha b iendo ▁muerto ▁á ▁aquella ▁en ▁la ▁cual ▁está ba mos ▁de t en ido s , ▁para ▁que ▁sirv a mos ▁en ▁ n ove dad ▁de ▁espíritu , ▁y ▁no ▁en ▁ve je z ▁de ▁let ra .
▁¿ Qué ▁pues ▁di remos ? ▁¿ L a ▁le y ▁es ▁pecado ? ▁En ▁ninguna ▁manera . ▁E mpero ▁yo ▁no ▁conoc í ▁el ▁pecado ▁sin o ▁por ▁la ▁le y : ▁por que ▁ t am p o co ▁conoc i er a ▁la ▁con cu p is ce n ci a , ▁si ▁la ▁le y ▁no ▁di je ra : ▁No ▁co di ci arás .
▁Mas ▁el ▁pecado , ▁toma ndo ▁oc as ió n , ▁ob r ó ▁en ▁mí ▁por ▁el ▁man d amiento ▁toda ▁con cu p is ce n ci a : ▁por que ▁sin ▁la ▁le y ▁el ▁pecado ▁está ▁muerto .
▁As í ▁que , ▁yo ▁sin ▁la ▁le y ▁vi v ía ▁por ▁al g ún ▁tiempo : ▁mas ▁venido ▁el ▁man d amiento , ▁el ▁pecado ▁re vi vi ó , ▁y ▁yo ▁mor í .
▁Y ▁ha l l é ▁que ▁el ▁man d amiento , ▁in t im ado ▁para ▁vida , ▁para ▁mí ▁era ▁mor ta l :
▁Porque ▁el ▁pecado , ▁toma ndo ▁oc as ió n , ▁me ▁en ga ñ ó ▁por ▁el ▁man d amiento , ▁y ▁por ▁él ▁me ▁mató .
▁De ▁manera ▁que ▁la ▁le y ▁á ▁la ▁ver dad ▁es ▁santa , ▁y ▁el ▁man d amiento ▁santo , ▁y ▁just o , ▁y ▁bueno .
▁¿ L ue go ▁lo ▁que ▁es ▁bueno , ▁á ▁mí ▁me ▁es ▁hecho ▁muerte ? ▁No ; ▁sin o ▁que ▁el ▁pecado , ▁para ▁most r ar se ▁pecado , ▁por ▁lo ▁bueno ▁me ▁ob r ó ▁la ▁muerte , ▁haci é ndo se ▁pecado ▁sobre man er a ▁pe ca n te ▁por ▁el ▁man d amiento .
▁Porque ▁sabe mos ▁que ▁la ▁le y ▁es ▁es p i ri tu al ; ▁mas ▁yo ▁soy ▁ca rna l , ▁ven d ido ▁á ▁su je ción ▁del ▁pecado .
▁Porque ▁lo ▁que ▁ha go , ▁no ▁lo ▁en t iendo ; ▁ni ▁lo ▁que ▁ qui er o , ▁ha go ; ▁antes ▁lo ▁que ▁a b or re z co , ▁aquello ▁ha go .
▁Y ▁si ▁lo ▁que ▁no ▁ qui er o , ▁esto ▁ha go , ▁ap r ue b o ▁que ▁la ▁le y ▁es ▁buena .
▁De ▁manera ▁que ▁y a ▁no ▁ob ro ▁aquello , ▁sin o ▁el ▁pecado ▁que ▁mor a ▁en ▁mí .
▁Y ▁yo ▁s é ▁que ▁en ▁mí ▁ ( es ▁á ▁sabe r ▁ , ▁en ▁mi ▁carne ) ▁no ▁mor a ▁el ▁bien : ▁por que ▁ten go ▁el ▁que r er , ▁mas ▁ e f e c tu ar ▁el ▁bien ▁no ▁lo ▁al ca n zo .
▁Porque ▁no ▁ha go ▁el ▁bien ▁que ▁ qui er o ; ▁mas ▁el ▁mal ▁que ▁no ▁ qui er o , ▁éste ▁ha go .
▁Y ▁si ▁ha go ▁lo ▁que ▁no ▁ qui er o , ▁y a ▁no ▁lo ▁ob ro ▁yo , ▁sin o ▁el ▁pecado ▁que ▁mor a ▁en ▁mí .
▁As í ▁que , ▁que r iendo ▁yo ▁hacer ▁el ▁bien , ▁ha l lo ▁esta ▁le y : ▁Que ▁el ▁mal ▁está ▁en ▁mí .
▁Porque ▁seg ún ▁el ▁hombre ▁in te ri or , ▁me ▁de le i to ▁en ▁la ▁le y ▁de ▁Dios :
▁Mas ▁ve o ▁otra ▁le y ▁en ▁mis ▁mi em b ro s , ▁que ▁se ▁rebel a ▁contra ▁la ▁le y ▁de ▁mi ▁espíritu , ▁y ▁que ▁me ▁llev a ▁ca u t i v o ▁á ▁la ▁le y ▁del ▁pecado ▁que ▁está ▁en ▁mis ▁mi em b ro s .
▁ ¡ M i se ra ble ▁hombre ▁de ▁mí ! ▁¿ qui é n ▁me ▁libr ará ▁del ▁cuerpo ▁de ▁esta ▁muerte ?
▁ G ra ci as ▁do y ▁á ▁Dios , ▁por ▁Je s u c ri s to ▁Señor ▁nuestro . ▁As í ▁que , ▁yo ▁mismo ▁con ▁la ▁men te ▁sirv o ▁á ▁la ▁le y ▁de ▁Dios , ▁mas ▁con ▁la ▁carne ▁á ▁la ▁le y ▁del ▁pecado .
▁A H O R A ▁pues , ▁ninguna ▁con de n ación ▁hay ▁para ▁los ▁que ▁están ▁en ▁C ri s to ▁Je s ú s , ▁los ▁que ▁no ▁and an ▁conform e ▁á ▁la ▁carne , ▁mas ▁conform e ▁al ▁espíritu .
▁Porque ▁la ▁le y ▁del ▁E s p í ri tu ▁de ▁vida ▁en ▁C ri s to ▁Je s ú s ▁me ▁ha ▁libr ado ▁de ▁la ▁le y ▁del ▁pecado ▁y ▁de ▁la ▁muerte .
▁Porque ▁lo ▁que ▁era ▁imp os i ble ▁á ▁la ▁le y , ▁por ▁cuanto ▁era ▁d é bi l ▁por ▁la ▁carne , ▁Dios ▁en vi ando ▁á ▁su ▁Hi jo ▁en ▁se me ja n za ▁de ▁carne ▁de ▁pecado , ▁y ▁á ▁causa ▁del ▁pecado , ▁con de n ó ▁al ▁pecado ▁en ▁la ▁carne ;
▁Para ▁que ▁la ▁justicia ▁de ▁la ▁le y ▁fuese ▁cumpl i da ▁en ▁nosotros , ▁que ▁no ▁and a mos ▁conform e ▁á ▁la ▁carne , ▁mas ▁conform e ▁al ▁espíritu .
▁Porque ▁los ▁que ▁vi v en ▁conform e ▁á ▁la ▁carne , ▁de ▁las ▁cosas ▁que ▁son ▁de ▁la ▁carne ▁se ▁oc u p an ; ▁mas ▁los ▁que ▁conform e ▁al ▁espíritu , ▁de ▁las ▁cosas ▁del ▁espíritu .
▁Porque ▁la ▁in t en ción ▁de ▁la ▁carne ▁es ▁muerte ; ▁mas ▁la ▁in t en ción ▁del ▁espíritu , ▁vida ▁y ▁paz :
▁Por ▁cuanto ▁la ▁in t en ción ▁de ▁la ▁carne ▁es ▁en e mi st ad ▁contra ▁Dios ; ▁por que ▁no ▁se ▁su je ta ▁á ▁la ▁le y ▁de ▁Dios , ▁ni ▁ t am p o co ▁pu ed e .
▁As í ▁que , ▁los ▁que ▁están ▁en ▁la ▁carne ▁no ▁pu ed en ▁a g ra d ar ▁á ▁Dios .
▁Mas ▁vosotros ▁no ▁está is ▁en ▁la ▁carne , ▁sin o ▁en ▁el ▁espíritu , ▁si ▁es ▁que ▁el ▁E s p í ri tu ▁de ▁Dios ▁mor a ▁en ▁vosotros . ▁Y ▁si ▁alguno ▁no ▁tiene ▁el ▁E s p í ri tu ▁de ▁C ri s to , ▁el ▁tal ▁no ▁es ▁de ▁él .
▁E mpero ▁si ▁C ri s to ▁está ▁en ▁vosotros , ▁el ▁cuerpo ▁á ▁la ▁ver dad ▁está ▁muerto ▁á ▁causa ▁del ▁pecado ; ▁mas ▁el ▁espíritu ▁vi v e ▁á ▁causa ▁de ▁la ▁justicia .
▁Y ▁si ▁el ▁E s p í ri tu ▁de ▁aquel ▁que ▁levant ó ▁de ▁los ▁muerto s ▁á ▁Je s ú s ▁mor a ▁en ▁vosotros , ▁el ▁que ▁levant ó ▁á ▁C ri s to ▁Je s ú s ▁de ▁los ▁muerto s , ▁vi vi f i c ará ▁también ▁vuestro s ▁cuerpo s ▁mor ta les ▁por ▁su ▁E s p í ri tu ▁que ▁mor a ▁en ▁vosotros .
▁As í ▁que , ▁hermanos , ▁de u do res ▁so mos , ▁no ▁á ▁la ▁carne , ▁para ▁que ▁viva mos ▁conform e ▁á ▁la ▁carne :
▁Porque ▁si ▁vi vier e is ▁conform e ▁á ▁la ▁carne , ▁mor i réis ▁ ; ▁mas ▁si ▁por ▁el ▁espíritu ▁mor t i f i c áis ▁las ▁obra s ▁de ▁la ▁carne , ▁vivir éis .
▁Porque ▁todos ▁los ▁que ▁son ▁ gu i ados ▁por ▁el ▁E s p í ri tu ▁de ▁Dios , ▁los ▁tal es ▁son ▁hijos ▁de ▁Dios .
▁Porque ▁no ▁ha béis ▁re ci b ido ▁el ▁espíritu ▁de ▁ serv id umb re ▁para ▁esta r ▁otra ▁vez ▁en ▁tem or ; ▁mas ▁ha béis ▁re ci b ido ▁el ▁espíritu ▁de ▁ ado p ción , ▁por ▁el ▁cual ▁clama mos , ▁A b ba , ▁P ad re .
▁Porque ▁el ▁mismo ▁E s p í ri tu ▁da ▁testimonio ▁á ▁nuestro ▁espíritu ▁que ▁so mos ▁hijos ▁de ▁Dios .
▁Y ▁si ▁hijos , ▁también ▁her ed eros ; ▁her ed eros ▁de ▁Dios , ▁y ▁co h er ed eros ▁de ▁C ri s to ; ▁si ▁ e mpero ▁pa de ce mos ▁junt amente ▁con ▁él , ▁para ▁que ▁junt amente ▁con ▁él ▁sea mos ▁ g lo ri f i c ados .
▁Porque ▁ten go ▁por ▁cierto ▁que ▁lo ▁que ▁en ▁este ▁tiempo ▁se ▁pa de ce , ▁no ▁es ▁de ▁com para r ▁con ▁la ▁gloria ▁ven i de ra ▁que ▁en ▁nosotros ▁ha ▁de ▁ser ▁man i f est ada .
▁Porque ▁el ▁con t in u o ▁an h el ar ▁de ▁las ▁c ri a t ura s ▁es per a ▁la ▁man i f est ación ▁de ▁los ▁hijos ▁de ▁Dios .
▁Porque ▁las ▁c ri a t ura s ▁su je ta s ▁fueron ▁á ▁va n i dad , ▁no ▁de ▁gr ado , ▁mas ▁por ▁causa ▁del ▁que ▁las ▁su je t ó ▁con ▁es per an za ,
▁Que ▁también ▁las ▁mis ma s ▁c ri a t ura s ▁serán ▁libr ada s ▁de ▁la ▁ serv id umb re ▁de ▁cor r u p ción ▁en ▁la ▁li b er ta d ▁ g lo ri os a ▁de ▁los ▁hijos ▁de ▁Dios .
▁Porque ▁sabe mos ▁que ▁todas ▁las ▁c ri a t ura s ▁ g im en ▁á ▁una , ▁y ▁á ▁una ▁están ▁de ▁part o ▁hast a ▁ahora .
▁Y ▁no ▁s ólo ▁ella s , ▁mas ▁también ▁nosotros ▁mismo s , ▁que ▁ten emos ▁las ▁pri mi ci as ▁del ▁E s p í ri tu , ▁nosotros ▁también ▁ g e mi mos ▁dentro ▁de ▁nosotros ▁mismo s , ▁es per ando ▁la ▁ ado p ción , ▁es ▁á ▁sabe r , ▁la ▁re de n ción ▁de ▁nuestro ▁cuerpo .
▁Porque ▁en ▁es per an za ▁so mos ▁sal v os ; ▁mas ▁la ▁es per an za ▁que ▁se ▁ve , ▁no ▁es ▁es per an za ; ▁por que ▁lo ▁que ▁alguno ▁ve , ▁¿ á ▁qué ▁es per ar lo ?
▁E mpero ▁si ▁lo ▁que ▁no ▁ve mos ▁es per a mos , ▁por ▁pa ci en ci a ▁es per a mos .
▁Y ▁a simismo ▁también ▁el ▁E s p í ri tu ▁a y ud a ▁nuestra ▁f la que za : ▁por que ▁qué ▁he mos ▁de ▁p ed ir ▁ como ▁con vi en e , ▁no ▁lo ▁sabe mos ; ▁sin o ▁que ▁el ▁mismo ▁E s p í ri tu ▁pi de ▁por ▁nosotros ▁con ▁ g em ido s ▁in de ci ble s .
▁Mas ▁el ▁que ▁es cu d ri ñ a ▁los ▁cor az on es , ▁sabe ▁cu á l ▁es ▁el ▁in t en to ▁del ▁E s p í ri tu , ▁por que ▁conform e ▁á ▁la ▁ v o l un ta d ▁de ▁Dios , ▁de man da ▁por ▁los ▁santo s .
▁Y ▁sabe mos ▁que ▁á ▁los ▁que ▁á ▁Dios ▁a man , ▁todas ▁las ▁cosas ▁les ▁a y ud an ▁á ▁bien , ▁es ▁á ▁sabe r , ▁á ▁los ▁que ▁conform e ▁al ▁pro p ó s i to ▁son ▁llamado s .
▁Porque ▁á ▁los ▁que ▁antes ▁conoc ió , ▁también ▁pre d est in ó ▁para ▁que ▁fuese n ▁hecho s ▁conform es ▁á ▁la ▁image n ▁de ▁su ▁Hi jo , ▁para ▁que ▁él ▁sea ▁el ▁primogénito ▁entre ▁mucho s ▁hermanos ;
▁Y ▁á ▁los ▁que ▁pre d est in ó , ▁á ▁é st os ▁también ▁llamó ; ▁y ▁á ▁los ▁que ▁llamó , ▁á ▁é st os ▁también ▁just i f i c ó ; ▁y ▁á ▁los ▁que ▁just i f i c ó , ▁á ▁é st os ▁también ▁ g lo ri f i c ó .
▁¿ P ue s ▁qué ▁di remos ▁á ▁esto ? ▁Si ▁Dios ▁por ▁nosotros , ▁¿ qui é n ▁contra ▁nosotros ?
▁El ▁que ▁aun ▁á ▁su ▁pro p i o ▁Hi jo ▁no ▁perdon ó , ▁antes ▁le ▁entregó ▁por ▁todos ▁nosotros , ▁¿ cómo ▁no ▁no s ▁dará ▁también ▁con ▁él ▁todas ▁las ▁cosas ?
▁¿ Quién ▁a cu s ará ▁á ▁los ▁es co g ido s ▁de ▁Dios ? ▁Dios ▁es ▁el ▁que ▁just i f i ca .
▁¿ Quién ▁es ▁el ▁que ▁con de n ará ? ▁C ri s to ▁es ▁el ▁que ▁murió ; ▁más ▁a ún , ▁el ▁que ▁también ▁re s u ci t ó , ▁quien ▁además ▁está ▁á ▁la ▁die s tra ▁de ▁Dios , ▁el ▁que ▁también ▁in t er ce de ▁por ▁nosotros .
▁¿ Quién ▁no s ▁apart ará ▁del ▁am or ▁de ▁C ri s to ? ▁tribu l ación ? ▁ó ▁an gu st i a ? ▁ó ▁per se cu ción ? ▁ó ▁hambre ? ▁ó ▁desnudez ? ▁ó ▁pe li g ro ? ▁ó ▁cuchillo ?
▁C o mo ▁está ▁escrito : ▁Por ▁causa ▁de ▁ti ▁so mos ▁muerto s ▁todo ▁el ▁tiempo : ▁so mos ▁es t im ados ▁ como ▁ovejas ▁de ▁mata der o .
▁A n te s , ▁en ▁todas ▁esta s ▁cosas ▁ha ce mos ▁más ▁que ▁ven cer ▁por ▁medio ▁de ▁aquel ▁que ▁no s ▁am ó .
▁Por ▁lo ▁cual ▁esto y ▁cierto ▁que ▁ni ▁la ▁muerte , ▁ni ▁la ▁vida , ▁ni ▁ángel es , ▁ni ▁pri n ci p ados , ▁ni ▁p o t est ad es , ▁ni ▁lo ▁presente , ▁ni ▁lo ▁por ▁ven ir ,
▁N i ▁lo ▁al to , ▁ni ▁lo ▁ba jo , ▁ni ▁ninguna ▁c ri a t ura ▁no s ▁pod rá ▁apart ar ▁del ▁am or ▁de ▁Dios , ▁que ▁es ▁en ▁C ri s to ▁Je s ú s ▁Señor ▁nuestro .
▁ V E R D A D ▁di go ▁en ▁C ri s to , ▁no ▁mi en to , ▁d ándo me ▁testimonio ▁mi ▁con ci en ci a ▁en ▁el ▁E s p í ri tu ▁S an to ,
▁Que ▁ten go ▁gran ▁ t r iste za ▁y ▁con t in u o ▁do l or ▁en ▁mi ▁corazón .
▁Porque ▁de se ar a ▁yo ▁mismo ▁ser ▁apart ado ▁de ▁C ri s to ▁por ▁mis ▁hermanos , ▁los ▁que ▁son ▁mis ▁par iente s ▁seg ún ▁la ▁carne ;
▁Que ▁son ▁is ra el itas , ▁de ▁los ▁cuales ▁es ▁la ▁ ado p ción , ▁y ▁la ▁gloria , ▁y ▁el ▁pacto , ▁y ▁la ▁da ta ▁de ▁la ▁le y , ▁y ▁el ▁cu l to , ▁y ▁las ▁pro me s as ;
▁C u y os ▁son ▁los ▁padres , ▁y ▁de ▁los ▁cuales ▁es ▁C ri s to ▁seg ún ▁la ▁carne , ▁el ▁cual ▁es ▁Dios ▁sobre ▁todas ▁las ▁cosas , ▁be n di to ▁por ▁los ▁si g los . ▁A m é n .
▁No ▁ e mpero ▁que ▁la ▁palabra ▁de ▁Dios ▁haya ▁falta do : ▁por que ▁no ▁todos ▁los ▁que ▁son ▁de ▁Israel ▁son ▁Israel itas ;
▁N i ▁por ▁ser ▁simiente ▁de ▁Abraham , ▁son ▁todos ▁hijos ; ▁mas : ▁En ▁Isaac ▁te ▁será ▁ l l am ada ▁simiente .
▁ Q u iere ▁decir : ▁No ▁los ▁que ▁son ▁hijos ▁de ▁la ▁carne , ▁é st os ▁son ▁los ▁hijos ▁de ▁Dios ; ▁mas ▁los ▁que ▁son ▁hijos ▁de ▁la ▁pro me s a , ▁son ▁contados ▁en ▁la ▁generación .
▁Porque ▁la ▁palabra ▁de ▁la ▁pro me s a ▁es ▁esta : ▁C o mo ▁en ▁este ▁tiempo ▁ven d ré , ▁y ▁tendrá ▁Sara ▁un ▁hijo .
▁Y ▁no ▁s ólo ▁esto ; ▁mas ▁también ▁Rebeca ▁con ci b iendo ▁de ▁uno , ▁de ▁Isaac ▁nuestro ▁padre ,
▁ ( Por que ▁no ▁s iendo ▁a ún ▁nac ido s , ▁ni ▁ha b iendo ▁hecho ▁a ún ▁ni ▁bien ▁ni ▁mal , ▁para ▁que ▁el ▁pro p ó s i to ▁de ▁Dios ▁conform e ▁á ▁la ▁el e c ción , ▁no ▁por ▁las ▁obra s ▁sin o ▁por ▁el ▁que ▁ l la ma , ▁per man e ci e se ; )
▁Le ▁fué ▁dicho ▁que ▁el ▁may or ▁servir ía ▁al ▁men or .
▁C o mo ▁está ▁escrito : ▁A ▁Jacob ▁am é , ▁mas ▁á ▁Esaú ▁aborrec í .
▁¿ P ue s ▁qué ▁di remos ? ▁¿ Q ue ▁hay ▁in j u st i ci a ▁en ▁Dios ? ▁En ▁ninguna ▁manera .
▁Mas ▁á ▁Moisés ▁di ce : ▁T en d ré ▁misericordia ▁del ▁que ▁ten d ré ▁misericordia , ▁y ▁me ▁com pa de ce ré ▁del ▁que ▁me ▁com pa de ce ré .
▁As í ▁que ▁no ▁es ▁del ▁que ▁qu iere , ▁ni ▁del ▁que ▁cor re , ▁sin o ▁de ▁Dios ▁que ▁tiene ▁misericordia .
▁Porque ▁la ▁E s c ri t ura ▁di ce ▁de ▁Faraón : ▁Que ▁para ▁esto ▁mismo ▁te ▁he ▁levant ado , ▁para ▁most r ar ▁en ▁ti ▁mi ▁p o t en ci a , ▁y ▁que ▁mi ▁nombre ▁sea ▁a nunc i ado ▁por ▁toda ▁la ▁tierra .
▁De ▁manera ▁que ▁del ▁que ▁qu iere ▁tiene ▁misericordia ; ▁y ▁al ▁que ▁qu iere , ▁en d u re ce .
▁Me ▁dirá s ▁pues : ▁¿ Por ▁qué , ▁pues , ▁se ▁enoj a ? ▁por que ▁¿ qui é n ▁re s i st irá ▁á ▁su ▁ v o l un ta d ?
▁Mas ▁antes , ▁ o h ▁hombre , ▁¿ qui é n ▁eres ▁tú , ▁para ▁que ▁al t er que s ▁con ▁Dios ? ▁Di rá ▁el ▁va s o ▁de ▁bar ro ▁al ▁que ▁le ▁la b r ó : ▁¿ Por ▁qué ▁me ▁has ▁hecho ▁tal ?
▁¿ O ▁no ▁tiene ▁p o t est ad ▁el ▁al f are ro ▁para ▁hacer ▁de ▁la ▁mis ma ▁mas a ▁un ▁va s o ▁para ▁ho n ra , ▁y ▁otro ▁para ▁ver g ü en za ?
▁¿ Y ▁qué , ▁si ▁Dios , ▁que r iendo ▁most r ar ▁la ▁ir a ▁y ▁hacer ▁not o ri a ▁su ▁p o t en ci a , ▁so por t ó ▁con ▁much a ▁man s ed umb re ▁los ▁vasos ▁de ▁ir a ▁pre para do s ▁para ▁muerte ,
▁Y ▁para ▁hacer ▁not o ri as ▁las ▁ ri que za s ▁de ▁su ▁gloria , ▁most r ó la s ▁para ▁con ▁los ▁vasos ▁de ▁misericordia ▁que ▁él ▁ha ▁pre para do ▁para ▁gloria ;
▁Lo s ▁cuales ▁también ▁ha ▁llamado , ▁es ▁á ▁sabe r , ▁á ▁nosotros , ▁no ▁s ólo ▁de ▁los ▁ J ud í os , ▁mas ▁también ▁de ▁los ▁Ge n til es ?
▁C o mo ▁también ▁en ▁O se as ▁di ce : ▁L l am aré ▁al ▁que ▁no ▁era ▁mi ▁pueblo , ▁pueblo ▁mío ; ▁y ▁á ▁la ▁no ▁am ada , ▁am ada .
▁Y ▁será , ▁que ▁en ▁el ▁lugar ▁don de ▁les ▁fué ▁dicho : ▁Vosotros ▁no ▁so is ▁pueblo ▁mío : ▁allí ▁serán ▁llamado s ▁hijos ▁del ▁Dios ▁vi vi ente .
▁T ambién ▁Isaí as ▁clama ▁to ca n te ▁á ▁Israel : ▁Si ▁fuere ▁el ▁número ▁de ▁los ▁hijos ▁de ▁Israel ▁ como ▁la ▁are n a ▁de ▁la ▁mar , ▁las ▁re li qui as ▁serán ▁salva s :
▁Porque ▁palabra ▁consum ado ra ▁y ▁a bre vi ado ra ▁en ▁justicia , ▁por que ▁palabra ▁a bre vi ada , ▁hará ▁el ▁Señor ▁sobre ▁la ▁tierra .
▁Y ▁ como ▁antes ▁dijo ▁Isaí as : ▁Si ▁el ▁Señor ▁de ▁los ▁ejército s ▁no ▁no s ▁ hu bi er a ▁de ja do ▁simiente , ▁ como ▁Sodom a ▁ha b r ía mos ▁venido ▁á ▁ser , ▁y ▁á ▁Go mo r ra ▁fué ra mos ▁se me ja n te s .
▁¿ P ue s ▁qué ▁di remos ? ▁Que ▁los ▁Ge n til es ▁que ▁no ▁se gu ían ▁justicia , ▁han ▁al ca n z ado ▁la ▁justicia , ▁es ▁á ▁sabe r , ▁la ▁justicia ▁que ▁es ▁por ▁la ▁f e ;
▁Mas ▁Israel ▁que ▁se gu ía ▁la ▁le y ▁de ▁justicia , ▁no ▁ha ▁lleg ado ▁á ▁la ▁le y ▁de ▁justicia .
▁¿ Por ▁qué ? ▁Porque ▁la ▁se gu ían ▁no ▁por ▁f e , ▁mas ▁ como ▁por ▁las ▁obra s ▁de ▁la ▁le y : ▁por ▁lo ▁cual ▁ t ro pe z aron ▁en ▁la ▁piedra ▁de ▁ t ro p i e zo ,
▁C o mo ▁está ▁escrito : ▁He ▁aquí ▁pon go ▁en ▁Si ón ▁piedra ▁de ▁ t ro p i e zo , ▁y ▁piedra ▁de ▁ca í da ; ▁y ▁aquel ▁que ▁c re y er e ▁en ▁ella , ▁no ▁será ▁a ver g on z ado .
▁ H E R M A N O S , ▁c iertamente ▁la ▁ v o l un ta d ▁de ▁mi ▁corazón ▁y ▁mi ▁or ación ▁á ▁Dios ▁sobre ▁Israel , ▁es ▁para ▁sal ud .
▁Porque ▁yo ▁les ▁do y ▁testimonio ▁que ▁tiene n ▁ ce lo ▁de ▁Dios , ▁mas ▁no ▁conform e ▁á ▁cien ci a .
▁Porque ▁ i g n or ando ▁la ▁justicia ▁de ▁Dios , ▁y ▁pro cu r ando ▁esta ble cer ▁la ▁su y a ▁pro p i a , ▁no ▁se ▁han ▁su je t ado ▁á ▁la ▁justicia ▁de ▁Dios .
▁Porque ▁el ▁fin ▁de ▁la ▁le y ▁es ▁C ri s to , ▁para ▁justicia ▁á ▁todo ▁aquel ▁que ▁c re e .
▁Porque ▁Moisés ▁de s c ri be ▁la ▁justicia ▁que ▁es ▁por ▁la ▁le y : ▁Que ▁el ▁hombre ▁que ▁hiciere ▁esta s ▁cosas , ▁vivir á ▁por ▁ella s .
▁Mas ▁la ▁justicia ▁que ▁es ▁por ▁la ▁f e ▁di ce ▁así : ▁No ▁di ga s ▁en ▁tu ▁corazón : ▁¿ Quién ▁subir á ▁al ▁cielo ? ▁ ( est o ▁es , ▁para ▁tra er ▁ aba jo ▁á ▁C ri s to : )
▁O , ▁¿ qui é n ▁descend e rá ▁al ▁a bi s mo ? ▁ ( est o ▁es , ▁para ▁volver ▁á ▁tra er ▁á ▁C ri s to ▁de ▁los ▁muerto s . )
▁Mas ▁¿ qué ▁di ce ? ▁C er ca n a ▁está ▁la ▁palabra , ▁en ▁tu ▁boca ▁y ▁en ▁tu ▁corazón . ▁Esta ▁es ▁la ▁palabra ▁de ▁f e , ▁la ▁cual ▁pre di ca mos :
▁Que ▁si ▁con f es are s ▁con ▁tu ▁boca ▁al ▁Señor ▁Je s ú s , ▁y ▁c re y er es ▁en ▁tu ▁corazón ▁que ▁Dios ▁le ▁levant ó ▁de ▁los ▁muerto s , ▁será s ▁sal v o .
▁Porque ▁con ▁el ▁corazón ▁se ▁c re e ▁para ▁justicia ; ▁mas ▁con ▁la ▁boca ▁se ▁ha ce ▁con f es ió n ▁para ▁sal ud .
▁Porque ▁la ▁E s c ri t ura ▁di ce : ▁Todo ▁aquel ▁que ▁en ▁él ▁c re y er e , ▁no ▁será ▁a ver g on z ado .
▁Porque ▁no ▁hay ▁di f er en ci a ▁de ▁ J ud í o ▁y ▁de ▁ G ri e go : ▁por que ▁el ▁mismo ▁que ▁es ▁Señor ▁de ▁todos , ▁ ri co ▁es ▁para ▁con ▁todos ▁los ▁que ▁le ▁in v o ca n :
▁Porque ▁todo ▁aquel ▁que ▁in v o ca re ▁el ▁nombre ▁del ▁Señor , ▁será ▁sal v o .
▁¿ C ó mo , ▁pues ▁in v o c arán ▁á ▁aquel ▁en ▁el ▁cual ▁no ▁han ▁c re í do ? ▁¿ y ▁ cómo ▁c re e rán ▁á ▁aquel ▁de ▁quien ▁no ▁han ▁oído ? ▁¿ y ▁ cómo ▁oir án ▁sin ▁haber ▁quien ▁les ▁pre di que ?
▁¿ Y ▁ cómo ▁pre di c arán ▁si ▁no ▁fuere n ▁en vi ados ? ▁C o mo ▁está ▁escrito : ▁ ¡ C u án ▁her mos os ▁son ▁los ▁pie s ▁de ▁los ▁que ▁a nunc i an ▁el ▁ e v an g el i o ▁de ▁la ▁paz , ▁de ▁los ▁que ▁a nunc i an ▁el ▁ e v an g el i o ▁de ▁los ▁bien es !
▁Mas ▁no ▁todos ▁obedec en ▁al ▁ e v an g el i o ; ▁pues ▁Isaí as ▁di ce : ▁Señor , ▁¿ qui é n ▁ha ▁c re í do ▁á ▁nuestro ▁a nunc i o ?
▁Luego ▁la ▁f e ▁es ▁por ▁el ▁oir ; ▁y ▁el ▁oir ▁por ▁la ▁palabra ▁de ▁Dios .
▁Mas ▁di go : ▁¿ No ▁han ▁oído ? ▁A n te s ▁bien , ▁por ▁toda ▁la ▁tierra ▁ha ▁sal ido ▁la ▁f a ma ▁de ▁ellos , ▁y ▁hast a ▁los ▁cabo s ▁de ▁la ▁re do n de z ▁de ▁la ▁tierra ▁las ▁palabras ▁de ▁ellos .
▁Mas ▁di go : ▁¿ No ▁ha ▁conoc ido ▁esto ▁Israel ? ▁P r im er amente ▁Moisés ▁di ce : ▁Yo ▁os ▁pro v o c aré ▁á ▁ ce los ▁con ▁gente ▁que ▁no ▁es ▁mí a ; ▁con ▁gente ▁in s en s a ta ▁os ▁pro v o c aré ▁á ▁ir a .
▁E ▁Isaí as ▁de t er mi n ad amente ▁di ce : ▁F u í ▁halla do ▁de ▁los ▁que ▁no ▁me ▁busca ba n ; ▁man i f est é me ▁á ▁los ▁que ▁no ▁pregunta ba n ▁por ▁mí .
▁Mas ▁acerca ▁de ▁Israel ▁di ce : ▁Todo ▁el ▁día ▁extend í ▁mis ▁manos ▁á ▁un ▁pueblo ▁rebel de ▁y ▁contra di c to r .
▁ D I G O ▁pues : ▁¿ H a ▁de se ch ado ▁Dios ▁á ▁su ▁pueblo ? ▁En ▁ninguna ▁manera . ▁Porque ▁también ▁yo ▁soy ▁Israel ita , ▁de ▁la ▁simiente ▁de ▁Abraham , ▁de ▁la ▁tribu ▁de ▁Benjamín .
▁No ▁ha ▁de se ch ado ▁Dios ▁á ▁su ▁pueblo , ▁al ▁cual ▁antes ▁conoc ió . ▁¿ O ▁no ▁s a béis ▁qué ▁di ce ▁de ▁Elías ▁la ▁E s c ri t ura ? ▁ cómo ▁habla ndo ▁con ▁Dios ▁contra ▁Israel ▁di ce :
▁Señor , ▁á ▁tu s ▁profeta s ▁han ▁muerto , ▁y ▁tu s ▁altar es ▁han ▁de r r u í do ; ▁y ▁yo ▁he ▁que d ado ▁so lo , ▁y ▁pro cu ra n ▁matar me ▁ .
▁Mas ▁¿ qué ▁le ▁di ce ▁la ▁di vi n a ▁re s p ue s ta ? ▁He ▁de ja do ▁para ▁mí ▁siete ▁mil ▁hombres , ▁que ▁no ▁han ▁do b l ado ▁la ▁rod ill a ▁delante ▁de ▁Baal .
▁As í ▁también , ▁aun ▁en ▁este ▁tiempo ▁han ▁que d ado ▁re li qui as ▁por ▁la ▁el e c ción ▁de ▁gracia .
▁Y ▁si ▁por ▁gracia , ▁luego ▁no ▁por ▁las ▁obra s ; ▁de ▁otra ▁manera ▁la ▁gracia ▁y a ▁no ▁es ▁gracia . ▁Y ▁si ▁por ▁las ▁obra s , ▁y a ▁no ▁es ▁gracia ; ▁de ▁otra ▁manera ▁la ▁obra ▁y a ▁no ▁es ▁obra .
▁¿ Qué ▁pues ? ▁Lo ▁que ▁busca ba ▁Israel ▁aquello ▁no ▁ha ▁al ca n z ado ; ▁mas ▁la ▁el e c ción ▁lo ▁ha ▁al ca n z ado : ▁y ▁los ▁de m ás ▁fueron ▁en d u recido s ;
▁C o mo ▁está ▁escrito : ▁Di ó les ▁Dios ▁espíritu ▁de ▁re mo r d imiento , ▁ojos ▁con ▁que ▁no ▁ve an , ▁y ▁oído s ▁con ▁que ▁no ▁ o i ga n , ▁hast a ▁el ▁día ▁de ▁hoy .
▁Y ▁David ▁di ce : ▁S é a les ▁ v ue l ta ▁su ▁me s a ▁en ▁la zo , ▁y ▁en ▁re d , ▁y ▁en ▁ t ro pe za der o , ▁y ▁en ▁pa ga :
▁Su s ▁ojos ▁sea n ▁ob s cu recido s ▁para ▁que ▁no ▁ve an , ▁y ▁a g ó bi a les ▁siempre ▁el ▁es p in a zo .
▁Di go ▁pues : ▁¿ H an ▁ t ro pe z ado ▁para ▁que ▁ca y es en ? ▁En ▁ninguna ▁manera ; ▁mas ▁por ▁el ▁ t ro p i e zo ▁de ▁ellos ▁vino ▁la ▁sal ud ▁á ▁los ▁Ge n til es , ▁para ▁que ▁fuese n ▁pro v o c ados ▁á ▁ ce los .
▁Y ▁si ▁la ▁falta ▁de ▁ellos ▁es ▁la ▁ ri que za ▁del ▁mu ndo , ▁y ▁el ▁men os ca b o ▁de ▁ellos ▁la ▁ ri que za ▁de ▁los ▁Ge n til es , ▁¿ cu án to ▁más ▁el ▁he n ch imiento ▁de ▁ellos ?
▁Porque ▁á ▁vosotros ▁ha b lo , ▁Ge n til es . ▁Por ▁cuanto ▁pues , ▁yo ▁soy ▁ap ó s to l ▁de ▁los ▁Ge n til es , ▁mi ▁minister i o ▁ho n ro ,
▁Por ▁si ▁en ▁alguna ▁manera ▁pro v o ca se ▁á ▁ ce los ▁á ▁mi ▁carne , ▁é ▁ hi ci e se ▁sal v os ▁á ▁alguno s ▁de ▁ellos .
▁Porque ▁si ▁el ▁ex tra ñ amiento ▁de ▁ellos ▁es ▁la ▁rec on ci li ación ▁del ▁mu ndo , ▁¿ qué ▁será ▁el ▁re ci b imiento ▁de ▁ellos , ▁sin o ▁vida ▁de ▁los ▁muerto s ?
▁Y ▁si ▁el ▁primer ▁fruto ▁es ▁santo , ▁también ▁lo ▁es ▁el ▁todo , ▁y ▁si ▁la ▁ ra í z ▁es ▁santa , ▁también ▁lo ▁son ▁las ▁ram as .
▁Que ▁si ▁alguna s ▁de ▁las ▁ram as ▁fueron ▁que bra das , ▁y ▁tú , ▁s iendo ▁a ce b u ch e , ▁has ▁sido ▁ ing er ido ▁en ▁lugar ▁de ▁ella s , ▁y ▁has ▁sido ▁hecho ▁part i ci p an te ▁de ▁la ▁ ra í z ▁y ▁de ▁la ▁gr os ura ▁de ▁la ▁ o li v a ;
▁No ▁te ▁ ja c te s ▁contra ▁las ▁ram as ; ▁y ▁si ▁te ▁ ja c ta s , ▁sabe ▁que ▁no ▁sus t enta s ▁tú ▁á ▁la ▁ ra í z , ▁sin o ▁la ▁ ra í z ▁á ▁ti .
▁P ue s ▁las ▁ram as , ▁dirá s , ▁fueron ▁que bra das ▁para ▁que ▁yo ▁fuese ▁ ing er ido .
▁B i en : ▁por ▁su ▁in c r ed u li dad ▁fueron ▁que bra das , ▁mas ▁tú ▁por ▁la ▁f e ▁está s ▁en ▁pie . ▁No ▁te ▁en s o b er be z ca s , ▁antes ▁te me ,
▁Que ▁si ▁Dios ▁no ▁perdon ó ▁á ▁las ▁ram as ▁ n a t ura les ▁ , ▁á ▁ti ▁ t am p o co ▁no ▁perdon e .
▁Mi ra , ▁pues , ▁la ▁bo n dad ▁y ▁la ▁se ver i dad ▁de ▁Dios : ▁la ▁se ver i dad ▁c iertamente ▁en ▁los ▁que ▁ca y e ron ; ▁mas ▁la ▁bo n dad ▁para ▁contigo , ▁si ▁per man e c iere s ▁en ▁la ▁bo n dad ; ▁pues ▁de ▁otra ▁manera ▁tú ▁también ▁será s ▁cor t ado .
▁Y ▁aun ▁ellos , ▁si ▁no ▁per man e c iere n ▁en ▁in c r ed u li dad , ▁serán ▁ ing er ido s ; ▁que ▁pod eros o ▁es ▁Dios ▁para ▁volver los ▁á ▁ ing er ir .
▁Porque ▁si ▁tú ▁eres ▁cor t ado ▁del ▁ n a t ura l ▁a ce b u ch e , ▁y ▁contra ▁ n a t ura ▁f u iste ▁ ing er ido ▁en ▁la ▁buena ▁ o li v a , ▁¿ cu án to ▁más ▁é st os , ▁que ▁son ▁las ▁ram as ▁ n a t ura les ▁ , ▁serán ▁ ing er ido s ▁en ▁su ▁ o li v a ?
▁Porque ▁no ▁ qui er o , ▁hermanos , ▁que ▁ i g no réis ▁este ▁mis te ri o , ▁para ▁que ▁no ▁se áis ▁acerca ▁de ▁vosotros ▁mismo s ▁ar ro ga n te s : ▁que ▁el ▁en d u re c imiento ▁en ▁parte ▁ha ▁a co n te c ido ▁en ▁Israel , ▁hast a ▁que ▁haya ▁entr ado ▁la ▁p l en i t ud ▁de ▁los ▁Ge n til es ;
▁Y ▁luego ▁todo ▁Israel ▁será ▁sal v o ; ▁ como ▁está ▁escrito : ▁Ve nd rá ▁de ▁Si ón ▁el ▁L i b er ta dor , ▁que ▁quitar á ▁de ▁Jacob ▁la ▁imp i ed ad ;
▁Y ▁este ▁es ▁mi ▁pacto ▁con ▁ellos , ▁cuando ▁quitar e ▁su ▁pecado s .
▁As í ▁que , ▁cuanto ▁al ▁ e v an g el i o , ▁son ▁enemigos ▁por ▁causa ▁de ▁vosotros : ▁mas ▁cuanto ▁á ▁la ▁el e c ción , ▁son ▁mu y ▁am ados ▁por ▁causa ▁de ▁los ▁padres .
▁Porque ▁sin ▁ar re p en t imiento ▁son ▁las ▁me r ce de s ▁y ▁la ▁ v o c ación ▁de ▁Dios .
▁Porque ▁ como ▁también ▁vosotros ▁en ▁al g ún ▁tiempo ▁no ▁c re í steis ▁á ▁Dios , ▁mas ▁ahora ▁ha béis ▁al ca n z ado ▁misericordia ▁por ▁la ▁in c r ed u li dad ▁de ▁ellos ;
▁As í ▁también ▁é st os ▁ahora ▁no ▁han ▁c re í do , ▁para ▁que , ▁por ▁la ▁misericordia ▁para ▁con ▁vosotros , ▁ellos ▁también ▁al ca n ce n ▁misericordia .
▁Porque ▁Dios ▁en cer r ó ▁á ▁todos ▁en ▁in c r ed u li dad , ▁para ▁ten er ▁misericordia ▁de ▁todos .
▁ ¡ O h ▁pro f un di dad ▁de ▁las ▁ ri que za s ▁de ▁la ▁sabiduría ▁y ▁de ▁la ▁cien ci a ▁de ▁Dios ! ▁ ¡ C u án ▁in co m p re n s i ble s ▁son ▁sus ▁juicio s , ▁é ▁in es c r u ta ble s ▁sus ▁camino s !
▁Porque ▁¿ qui é n ▁en te nd ió ▁la ▁men te ▁del ▁Señor ? ▁¿ ó ▁qu ién ▁fué ▁su ▁con se je ro ?
▁¿ O ▁qu ién ▁le ▁dió ▁á ▁él ▁primer o , ▁para ▁que ▁le ▁sea ▁pa g ado ?
▁Porque ▁de ▁él , ▁y ▁por ▁él , ▁y ▁en ▁él , ▁son ▁todas ▁las ▁cosas . ▁A ▁él ▁sea ▁gloria ▁por ▁si g los . ▁A m é n .
▁A S Í ▁que , ▁hermanos , ▁os ▁ruego ▁por ▁las ▁misericordia s ▁de ▁Dios , ▁que ▁present éis ▁vuestro s ▁cuerpo s ▁en ▁sacrificio ▁vi v o , ▁santo , ▁a g r ada ble ▁á ▁Dios , ▁que ▁es v u est ro ▁ ra ci on al ▁cu l to .
▁Y ▁no ▁os ▁conform éis ▁á ▁este ▁si g lo ; ▁mas ▁re for ma os ▁por ▁la ▁re no v ación ▁de ▁vuestro ▁en te nd imiento , ▁para ▁que ▁ex per i ment éis ▁cu á l ▁sea ▁la ▁buena ▁ v o l un ta d ▁de ▁Dios , ▁a g r ada ble ▁y ▁per f e c ta .
▁Di go ▁pues ▁por ▁la ▁gracia ▁que ▁me ▁es ▁d ada , ▁á ▁ cada ▁cual ▁que ▁está ▁entre ▁vosotros , ▁que ▁no ▁ten ga ▁más ▁al to ▁con ce p to ▁de ▁sí ▁que ▁el ▁que ▁de be ▁ten er , ▁sin o ▁que ▁pie n se ▁de ▁sí ▁con ▁tem p l an za , ▁conform e ▁á ▁la ▁me di da ▁de ▁f e ▁que ▁Dios ▁re p ar t ió ▁á ▁ cada ▁uno .
▁Porque ▁de ▁la ▁manera ▁que ▁en ▁un ▁cuerpo ▁ten emos ▁mucho s ▁mi em b ro s , ▁ e mpero ▁todos ▁los ▁mi em b ro s ▁no ▁tiene n ▁la ▁mis ma ▁ o per ación ;
▁As í ▁mucho s ▁so mos ▁un ▁cuerpo ▁en ▁C ri s to , ▁mas ▁todos ▁mi em b ro s ▁los ▁uno s ▁de ▁los ▁otro s .
▁De ▁manera ▁que , ▁ten iendo ▁di f er ente s ▁done s ▁seg ún ▁la ▁gracia ▁que ▁no s ▁es ▁d ada , ▁si ▁el ▁de ▁pro f e c ía , ▁ ú se se ▁conform e ▁á ▁la ▁me di da ▁de ▁la ▁f e ;
▁O ▁si ▁minister i o , ▁en ▁servir ; ▁ó ▁el ▁que ▁en se ñ a , ▁en ▁do c t ri n a ;
▁El ▁que ▁ex h or ta , ▁en ▁ex h or t ar ; ▁el ▁que ▁re p ar te , ▁ h á ga lo ▁en ▁si m p li ci dad ; ▁el ▁que ▁pre s i de , ▁con ▁so li ci t ud ; ▁el ▁que ▁ha ce ▁misericordia , ▁con ▁alegr ía .
▁El ▁am or ▁sea ▁sin ▁f ing imiento : ▁aborrec iendo ▁lo ▁mal o , ▁lleg ándo os ▁á ▁lo ▁bueno ;
▁A m ándo os ▁los ▁uno s ▁á ▁los ▁otro s ▁con ▁ca ri dad ▁f ra te rna l ; ▁pre vi n ién do os ▁con ▁ho n ra ▁los ▁uno s ▁á ▁los ▁otro s ;
▁En ▁el ▁cu id ado ▁no ▁per e zo s os ; ▁ar d iente s ▁en ▁espíritu ; ▁sirv iendo ▁al ▁Señor ;
▁Go zo s os ▁en ▁la ▁es per an za ; ▁su f r ido s ▁en ▁la ▁tribu l ación ; ▁con st an te s ▁en ▁la ▁or ación ;
▁C om un i c ando ▁á ▁las ▁ n e ce s i dad es ▁de ▁los ▁santo s ; ▁siguie ndo ▁la ▁ho s p ita li dad .
▁Be n de ci d ▁á ▁los ▁que ▁os ▁per s i gu en : ▁be n de ci d , ▁y ▁no ▁mal di g áis .
▁Go za os ▁con ▁los ▁que ▁se ▁go za n : ▁llora d ▁con ▁los ▁que ▁llora n .
▁Un án im es ▁entre ▁vosotros : ▁no ▁al t i v os ▁ , ▁mas ▁a como d ándo os ▁á ▁los ▁ hu mi l de s . ▁No ▁se áis ▁s a bi os ▁en ▁vuestra ▁ o p in ió n .
▁No ▁pa gu éis ▁á ▁nadie ▁mal ▁por ▁mal ; ▁pro cu ra d ▁lo ▁bueno ▁delante ▁de ▁todos ▁los ▁hombres .
▁Si ▁se ▁pu ed e ▁hacer , ▁cuanto ▁está ▁en ▁vosotros , ▁ten ed ▁paz ▁con ▁todos ▁los ▁hombres .
▁No ▁os ▁ven gu éis ▁vosotros ▁mismo s , ▁am ados ▁mío s ; ▁antes ▁ dad ▁lugar ▁á ▁la ▁ir a ; ▁por que ▁escrito ▁está : ▁M ía ▁es ▁la ▁ven ga n za : ▁yo ▁pa g aré , ▁di ce ▁el ▁Señor .
▁As í ▁que , ▁si ▁tu ▁enemigo ▁tuviere ▁hambre , ▁da le ▁de ▁come r ; ▁si ▁tuviere ▁se d , ▁da le ▁de ▁beber : ▁que ▁ha c iendo ▁esto , ▁as cu as ▁de ▁fuego ▁am on to n as ▁sobre ▁su ▁cabeza .
▁No ▁sea s ▁ven c ido ▁de ▁lo ▁mal o ; ▁mas ▁ven ce ▁con ▁el ▁bien ▁el ▁mal .
▁T O D A ▁alma ▁se ▁so me ta ▁á ▁las ▁p o t est ad es ▁su per i o res ; ▁por que ▁no ▁hay ▁p o t est ad ▁sin o ▁de ▁Dios ; ▁y ▁las ▁que ▁son , ▁de ▁Dios ▁son ▁orden ada s .
▁As í ▁que , ▁el ▁que ▁se ▁ o p on e ▁á ▁la ▁p o t est ad , ▁á ▁la ▁orden ación ▁de ▁Dios ▁re s iste : ▁y ▁los ▁que ▁re s iste n , ▁ellos ▁mismo s ▁ ga n an ▁con de n ación ▁para ▁sí .
▁Porque ▁los ▁ ma g i st r ados ▁no ▁son ▁para ▁tem or ▁al ▁que ▁bien ▁ha ce , ▁sin o ▁al ▁mal o . ▁¿ Q u iere s ▁pues ▁no ▁tem er ▁la ▁p o t est ad ? ▁ha z ▁lo ▁bueno , ▁y ▁tendrá s ▁al aban za ▁de ▁ella ;
▁Porque ▁es ▁ministr o ▁de ▁Dios ▁para ▁tu ▁bien . ▁Mas ▁si ▁hiciere s ▁lo ▁mal o , ▁te me : ▁por que ▁no ▁en ▁va no ▁llev a ▁el ▁cuchillo ; ▁por que ▁es ▁ministr o ▁de ▁Dios , ▁ven ga dor ▁para ▁cast i go ▁al ▁que ▁ha ce ▁lo ▁mal o .
▁Por ▁lo ▁cual ▁es ▁ n e ce s ar i o ▁que ▁le ▁es t éis ▁su je to s , ▁no ▁solamente ▁por ▁la ▁ir a , ▁mas ▁aun ▁por ▁la ▁con ci en ci a .
▁Porque ▁por ▁esto ▁pa g áis ▁también ▁los ▁tribu to s ; ▁por que ▁son ▁ministr os ▁de ▁Dios ▁que ▁sirv en ▁á ▁esto ▁mismo .
▁P a ga d ▁á ▁todos ▁lo ▁que ▁de béis : ▁al ▁que ▁tribu to , ▁tribu to ; ▁al ▁que ▁pe ch o , ▁pe ch o ; ▁al ▁que ▁tem or , ▁tem or ; ▁al ▁que ▁ho n ra , ▁ho n ra .
▁No ▁de b áis ▁á ▁nadie ▁nada , ▁sin o ▁am ar os ▁uno s ▁á ▁otro s ; ▁por que ▁el ▁que ▁a ma ▁al ▁prójimo , ▁cumpl ió ▁la ▁le y .
▁Porque : ▁No ▁a d u l t er arás ; ▁no ▁mata rás ; ▁no ▁hurt arás ; ▁no ▁dirá s ▁f al s o ▁testimonio ; ▁no ▁co di ci arás ; ▁y ▁si ▁hay ▁al g ún ▁otro ▁man d amiento , ▁en ▁esta ▁sent en ci a ▁se ▁com p re n de ▁su ma ri amente : ▁A m arás ▁á ▁tu ▁prójimo ▁ como ▁á ▁ti ▁mismo .
▁La ▁ca ri dad ▁no ▁ha ce ▁mal ▁al ▁prójimo : ▁así ▁que , ▁el ▁cumpl i ment o ▁de ▁la ▁le y ▁es ▁la ▁ca ri dad .
▁Y ▁esto , ▁conoc iendo ▁el ▁tiempo , ▁que ▁es ▁y a ▁ho ra ▁de ▁levant ar nos ▁del ▁sueño ; ▁por que ▁ahora ▁no s ▁está ▁más ▁cerca ▁nuestra ▁sal ud ▁que ▁cuando ▁c re í mos .
▁La ▁noche ▁ha ▁pasa do , ▁y ▁ha ▁lleg ado ▁el ▁día : ▁ e ch emos , ▁pues , ▁las ▁obra s ▁de ▁las ▁ti n i e b la s , ▁y ▁vi st á mo nos ▁las ▁arm as ▁de ▁lu z .
▁And emos ▁ como ▁de ▁día , ▁ho n est amente : ▁no ▁en ▁ g lo to n er ía s ▁y ▁bo r ra ch er as , ▁no ▁en ▁le ch os ▁y ▁di s o l u ciones , ▁no ▁en ▁pe de n ci as ▁y ▁en vi di a :
▁Mas ▁ve st í os ▁del ▁Señor ▁Je s u c ri s to ▁ , ▁y ▁no ▁ha g áis ▁ca s o ▁de ▁la ▁carne ▁en ▁sus ▁de se os .
▁R E C I B I D ▁al ▁f la co ▁en ▁la ▁f e , ▁per on o ▁para ▁con t i en das ▁de ▁di s p u ta s .
▁Porque ▁uno ▁c re e ▁que ▁se ▁ha ▁de ▁come r ▁de ▁todas ▁cosas : ▁otro ▁que ▁es ▁d é bi l , ▁come ▁le g umb res .
▁El ▁que ▁come , ▁no ▁men os p re ci e ▁al ▁que ▁no ▁come : ▁y ▁el ▁que ▁no ▁come , ▁no ▁juzg ue ▁al ▁que ▁come ; ▁por que ▁Dios ▁le ▁ha ▁levant ado .
▁¿ T ú ▁qu ién ▁eres ▁que ▁juzg as ▁al ▁siervo ▁a je no ? ▁para ▁su ▁señor ▁está ▁en ▁pie , ▁ó ▁ca e : ▁mas ▁se ▁a f ir m ará ; ▁que ▁pod eros o ▁es ▁el ▁Señor ▁para ▁a f ir m ar le ▁ .
▁Un o ▁ha ce ▁di f er en ci a ▁entre ▁día ▁y ▁día ; ▁otro ▁juzg a ▁ i gu a les ▁todos ▁los ▁días . ▁C ada ▁uno ▁es t é ▁as e gu r ado ▁en ▁su ▁á n im o ▁ .
▁El ▁que ▁ha ce ▁ca s o ▁del ▁día , ▁ h á ce lo ▁para ▁el ▁Señor : ▁y ▁el ▁que ▁no ▁ha ce ▁ca s o ▁del ▁día , ▁no ▁lo ▁ha ce ▁para ▁el ▁Señor . ▁El ▁que ▁come , ▁come ▁para ▁el ▁Señor , ▁por que ▁da ▁gracia s ▁á ▁Dios ; ▁y ▁el ▁que ▁no ▁come , ▁no ▁come ▁para ▁el ▁Señor , ▁y ▁da ▁gracia s ▁á ▁Dios .
▁Porque ▁ninguno ▁de ▁nosotros ▁vi v e ▁para ▁sí , ▁y ▁ninguno ▁mu er e ▁para ▁sí .
▁Que ▁si ▁vi vi mos , ▁para ▁el ▁Señor ▁vi vi mos ; ▁y ▁si ▁mor i mos , ▁para ▁el ▁Señor ▁mor i mos . ▁As í ▁que , ▁ó ▁que ▁viva mos , ▁ó ▁que ▁mu ra mos , ▁del ▁Señor ▁so mos .
▁Porque ▁C ri s to ▁para ▁esto ▁murió , ▁y ▁re s u ci t ó , ▁y ▁volvió ▁á ▁vivir , ▁para ▁ser ▁Señor ▁así ▁de ▁los ▁muerto s ▁ como ▁de ▁los ▁que ▁vi v en .
▁Mas ▁tú ▁¿ por ▁qué ▁juzg as ▁á ▁tu ▁hermano ? ▁ó ▁tú ▁también , ▁¿ por ▁qué ▁men os p re ci as ▁á ▁tu ▁hermano ? ▁por que ▁todos ▁he mos ▁de ▁esta r ▁an te ▁el ▁tribu n al ▁de ▁C ri s to .
▁Porque ▁escrito ▁está : ▁Viv o ▁yo , ▁di ce ▁el ▁Señor , ▁que ▁á ▁mí ▁se ▁do b l ará ▁toda ▁rod ill a , ▁y ▁toda ▁le n gu a ▁con f es ará ▁á ▁Dios .
▁De ▁manera ▁que , ▁ cada ▁uno ▁de ▁nosotros ▁dará ▁á ▁Dios ▁ ra z ón ▁de ▁sí .
▁As í ▁que , ▁no ▁juzg u emos ▁más ▁los ▁uno s ▁de ▁los ▁otro s : ▁antes ▁bien ▁juzg ad ▁de ▁no ▁pon er ▁ t ro p i e zo ▁ó ▁es c án da lo ▁al ▁hermano .
▁Yo ▁s é , ▁y ▁con f í o ▁en ▁el ▁Señor ▁Je s ú s , ▁que ▁de ▁suyo ▁nada ▁hay ▁inmundo : ▁mas ▁á ▁aquel ▁que ▁pie n s a ▁alguna ▁cosa ▁ser ▁inmunda , ▁para ▁él ▁es ▁inmunda .
▁E mpero ▁si ▁por ▁causa ▁de ▁la ▁com i da ▁tu ▁hermano ▁es ▁con t ri st ado , ▁y a ▁no ▁and as ▁conform e ▁á ▁la ▁ca ri dad . ▁No ▁ar r u in es ▁con ▁tu ▁com i da ▁á ▁a qué l ▁por ▁el ▁cual ▁C ri s to ▁murió .
▁No ▁sea ▁pues ▁ b la s f em ado ▁vuestro ▁bien :
▁Que ▁el ▁reino ▁de ▁Dios ▁no ▁es ▁com i da ▁ni ▁be bi da , ▁sin o ▁justicia ▁y ▁paz ▁y ▁go zo ▁por ▁el ▁E s p í ri tu ▁S an to .
▁Porque ▁el ▁que ▁en ▁esto ▁sirv e ▁á ▁C ri s to , ▁a g r ada ▁á ▁Dios , ▁y ▁es ▁a ce p to ▁á ▁los ▁hombres .
▁As í ▁que , ▁si ga mos ▁lo ▁que ▁ha ce ▁á ▁la ▁paz , ▁y ▁á ▁la ▁edifica ción ▁de ▁los ▁uno s ▁á ▁los ▁otro s .
▁No ▁de st r u y as ▁la ▁obra ▁de ▁Dios ▁por ▁causa ▁de ▁la ▁com i da . ▁T o das ▁las ▁cosas ▁á ▁la ▁ver dad ▁son ▁limpia s : ▁mas ▁mal o ▁es ▁al ▁hombre ▁que ▁come ▁con ▁es c án da lo .
▁B ue no ▁es ▁no ▁come r ▁carne , ▁ni ▁beber ▁vino , ▁ni ▁nada ▁en ▁que ▁tu ▁hermano ▁ t ro p i e ce , ▁ó ▁se ▁of en da , ▁ó ▁sea ▁de bi li t ado .
▁¿ T i en es ▁tú ▁f e ? ▁T en la ▁para ▁contigo ▁delante ▁de ▁Dios . ▁B i en ave n t ur ado ▁el ▁que ▁no ▁se ▁con de n a ▁á ▁sí ▁mismo ▁con ▁lo ▁que ▁ap r ue ba .
▁Mas ▁el ▁que ▁ha ce ▁di f er en ci a , ▁si ▁com iere , ▁es ▁con de n ado , ▁por que ▁no ▁com ió ▁por ▁f e : ▁y ▁todo ▁lo ▁que ▁no ▁es ▁de ▁f e , ▁es ▁pecado .
▁A S Í ▁que , ▁los ▁que ▁so mos ▁más ▁f ir me s ▁de b emos ▁sobre l le v ar ▁las ▁f la que za s ▁de ▁los ▁f la co s , ▁y ▁no ▁a g ra d ar nos ▁á ▁nosotros ▁mismo s .
▁C ada ▁uno ▁de ▁nosotros ▁a g ra de ▁á ▁su ▁prójimo ▁en ▁bien , ▁á ▁edifica ción .
▁Porque ▁C ri s to ▁no ▁se ▁a g ra d ó ▁á ▁sí ▁mismo ; ▁antes ▁bien , ▁ como ▁está ▁escrito : ▁Lo s ▁vi tu per i os ▁de ▁los ▁que ▁te ▁vi tu per an , ▁ca y e ron ▁sobre ▁mí .
▁Porque ▁las ▁cosas ▁que ▁antes ▁fueron ▁es c r itas , ▁para ▁nuestra ▁en se ñ an za ▁fueron ▁es c r itas ; ▁para ▁que ▁por ▁la ▁pa ci en ci a , ▁y ▁por ▁la ▁con s o l ación ▁de ▁las ▁E s c ri t ura s , ▁ten ga mos ▁es per an za .
▁Mas ▁el ▁Dios ▁de ▁la ▁pa ci en ci a ▁y ▁de ▁la ▁con s o l ación ▁os ▁d é ▁que ▁entre ▁vosotros ▁se áis ▁un án im es ▁seg ún ▁C ri s to ▁Je s ú s ;
▁Para ▁que ▁con co r de s , ▁á ▁una ▁boca ▁ g lo ri f i qué is ▁al ▁Dios ▁y ▁P ad re ▁de ▁nuestro ▁Señor ▁Je s u c ri s to ▁ .
▁Por ▁tanto , ▁sobre l le v a os ▁los ▁uno s ▁á ▁los ▁otro s , ▁ como ▁también ▁C ri s to ▁no s ▁sobre l le v ó , ▁para ▁gloria ▁de ▁Dios .
▁Di go , ▁pues , ▁que ▁C ri s to ▁Je s ú s ▁fué ▁hecho ▁ministr o ▁de ▁la ▁c ir cu n ci s ió n ▁por ▁la ▁ver dad ▁de ▁Dios , ▁para ▁confirm ar ▁las ▁pro me s as ▁he ch as ▁á ▁los ▁padres ,
▁Y ▁para ▁que ▁los ▁Ge n til es ▁ g lo ri f i que n ▁á ▁Dios ▁por ▁la ▁misericordia ; ▁ como ▁está ▁escrito : ▁Por ▁tanto ▁yo ▁te ▁con f es aré ▁entre ▁los ▁Ge n til es , ▁y ▁can t aré ▁á ▁tu ▁nombre .
▁Y ▁otra ▁vez ▁di ce : ▁A le g ra os , ▁Ge n til es , ▁con ▁su ▁pueblo .
▁Y ▁otra ▁vez : ▁A l aba d ▁al ▁Señor ▁todos ▁los ▁Ge n til es , ▁y ▁ ma g n i f i ca d le ▁ , ▁todos ▁los ▁pueblo s .
▁Y ▁otra ▁vez , ▁di ce ▁Isaí as : ▁Esta rá ▁la ▁ ra í z ▁de ▁Je s s é , ▁y ▁el ▁que ▁se ▁levant ará ▁á ▁re g ir ▁los ▁Ge n til es : ▁los ▁Ge n til es ▁es per arán ▁en ▁él .
▁Y ▁el ▁Dios ▁de ▁es per an za ▁os ▁ l l en e ▁de ▁todo ▁go zo ▁y ▁paz ▁c re y e ndo , ▁para ▁que ▁a b un d éis ▁en ▁es per an za ▁por ▁la ▁vi r t ud ▁del ▁E s p í ri tu ▁S an to .
▁E mpero ▁cierto ▁esto y ▁yo ▁de ▁vosotros , ▁hermanos ▁mío s , ▁que ▁aun ▁vosotros ▁mismo s ▁está is ▁lleno s ▁de ▁bo n dad , ▁lleno s ▁de ▁todo ▁conoc imiento , ▁de ▁tal ▁manera ▁que ▁pod áis ▁am on est ar os ▁los ▁uno s ▁á ▁los ▁otro s .
▁Mas ▁os ▁he ▁escrito , ▁hermanos , ▁en ▁parte ▁re s ue l t amente , ▁ como ▁am on est ándo os ▁por ▁la ▁gracia ▁que ▁de ▁Dios ▁me ▁es ▁d ada ,
▁Para ▁ser ▁ministr o ▁de ▁Je s u c ri s to ▁á ▁los ▁Ge n til es , ▁ministr ando ▁el ▁ e v an g el i o ▁de ▁Dios , ▁para ▁que ▁la ▁ofrenda ▁de ▁los ▁Ge n til es ▁sea ▁a g r ada ble , ▁santifica da ▁por ▁el ▁E s p í ri tu ▁S an to .
▁T en go , ▁pues , ▁de ▁qué ▁gloria r me ▁en ▁C ri s to ▁Je s ú s ▁en ▁lo ▁que ▁mira ▁á ▁Dios .
▁Porque ▁no ▁os ar ía ▁hablar ▁alguna ▁cosa ▁que ▁C ri s to ▁no ▁haya ▁hecho ▁por ▁mí ▁para ▁la ▁ob ed i en ci a ▁de ▁los ▁Ge n til es , ▁con ▁la ▁palabra ▁y ▁con ▁las ▁obra s ,
▁C on ▁p o t en ci a ▁de ▁mil a g ro s ▁y ▁pro di g i os , ▁en ▁vi r t ud ▁del ▁E s p í ri tu ▁de ▁Dios : ▁de ▁manera ▁que ▁de s de ▁Jerusalem , ▁y ▁por ▁los ▁alrededor es ▁hast a ▁I l í ri co , ▁he ▁llena do ▁todo ▁del ▁ e v an g el i o ▁de ▁C ri s to .
▁Y ▁de ▁esta ▁manera ▁me ▁es for c é ▁á ▁pre di c ar ▁el ▁ e v an g el i o , ▁no ▁don de ▁antes ▁C ri s to ▁fuese ▁no m bra do , ▁por ▁no ▁edifica r ▁sobre ▁a je no ▁f un da ment o :
▁Si no , ▁ como ▁está ▁escrito : ▁A ▁los ▁que ▁no ▁fué ▁a nunc i ado ▁de ▁él , ▁ver án : ▁y ▁los ▁que ▁no ▁ o y e ron , ▁en t en de rán .
▁Por ▁lo ▁cual ▁aun ▁he ▁sido ▁imp ed ido ▁much as ▁veces ▁de ▁ven ir ▁á ▁vosotros .
▁Mas ▁ahora ▁no ▁ten iendo ▁más ▁lugar ▁en ▁esta s ▁re g ion es , ▁y ▁de se ando ▁ir ▁á ▁vosotros ▁mucho s ▁años ▁ h á ,
▁Cuan do ▁part iere ▁para ▁E s pa ñ a , ▁ir é ▁á ▁vosotros ; ▁por que ▁es per o ▁que ▁pasa ndo ▁os ▁ver é , ▁y ▁que ▁se ré ▁llev ado ▁de ▁vosotros ▁all á , ▁si ▁ e mpero ▁antes ▁hubiere ▁go z ado ▁de ▁vosotros .
▁Mas ▁ahora ▁part o ▁para ▁Jerusalem ▁á ▁ministr ar ▁á ▁los ▁santo s .
▁Porque ▁Ma ce do n i a ▁y ▁A ca y a ▁ tuvieron ▁por ▁bien ▁hacer ▁una ▁co le c ta ▁para ▁los ▁p o bre s ▁de ▁los ▁santo s ▁que ▁están ▁en ▁Jerusalem .
▁Porque ▁les ▁par e ció ▁bueno , ▁y ▁son ▁de u do res ▁á ▁ellos : ▁por que ▁si ▁los ▁Ge n til es ▁han ▁sido ▁hecho s ▁part i ci p an te s ▁de ▁sus ▁bien es ▁es p i ri tu a les , ▁de b en ▁también ▁ellos ▁servir les ▁en ▁los ▁ca rna les .
▁As í ▁que , ▁cuando ▁hubiere ▁con c l u í do ▁esto , ▁y ▁les ▁hubiere ▁con s i g n ado ▁este ▁fruto , ▁pasar é ▁por ▁vosotros ▁á ▁E s pa ñ a .
▁Y ▁s é ▁que ▁cuando ▁lleg ue ▁á ▁vosotros , ▁llegar é ▁con ▁a b un d an ci a ▁de ▁la ▁bendición ▁del ▁ e v an g el i o ▁de ▁C ri s to .
▁R u é go os ▁ e mpero , ▁hermanos , ▁por ▁el ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁y ▁por ▁la ▁ca ri dad ▁del ▁E s p í ri tu , ▁que ▁me ▁a y ud éis ▁con ▁or a ciones ▁por ▁mí ▁á ▁Dios ,
▁Que ▁sea ▁libr ado ▁de ▁los ▁rebel de s ▁que ▁están ▁en ▁ J u de a , ▁y ▁que ▁la ▁ofrenda ▁de ▁mi ▁servicio ▁á ▁los ▁santo s ▁en ▁Jerusalem ▁sea ▁a ce p ta ;
▁Para ▁que ▁con ▁go zo ▁lleg ue ▁á ▁vosotros ▁por ▁la ▁ v o l un ta d ▁de ▁Dios , ▁y ▁que ▁sea ▁rec re ado ▁junt amente ▁con ▁vosotros .
▁Y ▁el ▁Dios ▁de ▁paz ▁sea ▁con ▁todos ▁vosotros . ▁A m é n .
▁E N C O M I É NDO O S ▁ e mpero ▁á ▁F e be ▁nuestra ▁hermana , ▁la ▁cual ▁es ▁di a co n is a ▁de ▁la ▁ i g les i a ▁que ▁está ▁en ▁C en c re as :
▁Que ▁la ▁re ci b áis ▁en ▁el ▁Señor , ▁ como ▁es ▁di g no ▁á ▁los ▁santo s , ▁y ▁que ▁la ▁a y ud éis ▁en ▁cualquier a ▁cosa ▁en ▁que ▁os ▁hubiere ▁men est er : ▁por que ▁ella ▁ha ▁a y ud ado ▁á ▁mucho s , ▁y ▁á ▁mí ▁mismo .
▁Sal u dad ▁á ▁P ri s ci la ▁y ▁á ▁A qui la , ▁mis ▁co ad j u to res ▁en ▁C ri s to ▁Je s ú s ;
▁ ( Q ue ▁pusier on ▁sus ▁cu el los ▁por ▁mi ▁vida : ▁á ▁los ▁cuales ▁no ▁do y ▁gracia s ▁yo ▁so lo , ▁mas ▁aun ▁todas ▁las ▁ i g les i as ▁de ▁los ▁Ge n til es ; )
▁A simismo ▁á ▁la ▁ i g les i a ▁de ▁su ▁casa . ▁Sal u dad ▁á ▁E p en e to , ▁am ado ▁mío , ▁que ▁es ▁las ▁pri mi ci as ▁de ▁A ca y a ▁en ▁C ri s to .
▁Sal u dad ▁á ▁Ma r ía , ▁la ▁cual ▁ha ▁tra ba ja do ▁mucho ▁con ▁vosotros .
▁Sal u dad ▁á ▁And r ón i co ▁y ▁á ▁ J un i a , ▁mis ▁par iente s , ▁y ▁mis ▁com pa ñ eros ▁en ▁la ▁ca u t i vi dad , ▁los ▁que ▁son ▁in s i g n es ▁entre ▁los ▁ap ó s to les ; ▁los ▁cuales ▁también ▁fueron ▁antes ▁de ▁mí ▁en ▁C ri s to .
▁Sal u dad ▁á ▁A m p li as , ▁am ado ▁mío ▁en ▁el ▁Señor .
▁Sal u dad ▁á ▁ U r ba no , ▁nuestro ▁a y ud ado r ▁en ▁C ri s to ▁Je s ú s , ▁y ▁á ▁S ta ch î s , ▁am ado ▁mío .
▁Sal u dad ▁á ▁A pe les , ▁pro b ado ▁en ▁C ri s to . ▁Sal u dad ▁á ▁los ▁que ▁son ▁de ▁A ri st ó b u lo .
▁Sal u dad ▁á ▁He ro di ón , ▁mi ▁par iente . ▁Sal u dad ▁á ▁los ▁que ▁son ▁de la ▁casa ▁de N ar ci s o , ▁los ▁que ▁están ▁en ▁el ▁Señor .
▁Sal u dad ▁á ▁T ri f en a ▁y ▁á ▁T ri f os a , ▁las ▁cuales ▁tra ba ja n ▁en ▁el ▁Señor . ▁Sal u dad ▁á ▁P é r s i da ▁am ada , ▁la ▁cual ▁ha ▁tra ba ja do ▁mucho ▁en ▁el ▁Señor .
▁Sal u dad ▁á ▁R u f o , ▁es co g ido ▁en ▁el ▁Señor , ▁y ▁á ▁su ▁madre ▁y ▁mí a .
▁Sal u dad ▁á ▁As í n c ri to , ▁y ▁á ▁F le g on te , ▁á ▁He r ma s , ▁á ▁P a t ro ba s , ▁á ▁He r me s , ▁y ▁á ▁los ▁hermanos ▁que ▁están ▁con ▁ellos .
▁Sal u dad ▁á ▁F il ólo go ▁y ▁á ▁ J u li a , ▁á ▁N er e o ▁y ▁á ▁su ▁hermana , ▁y ▁á ▁O l im pa s , ▁y ▁á ▁todos ▁los ▁santo s ▁que ▁están ▁con ▁ellos .
▁Sal ud a os ▁los ▁uno s ▁á ▁los ▁otro s ▁con ▁ó s cu lo ▁santo . ▁O s ▁sal ud an ▁todas ▁las ▁ i g les i as ▁de ▁C ri s to .
▁Y ▁os ▁ruego ▁hermanos , ▁que ▁mi réis ▁los ▁que ▁causa n ▁di s en s ion es ▁y ▁es c án da los ▁contra ▁la ▁do c t ri n a ▁que ▁vosotros ▁ha béis ▁ap re nd ido ; ▁y ▁apart a os ▁de ▁ellos .
▁Porque ▁los ▁tal es ▁no ▁sirv en ▁al ▁Señor ▁nuestro ▁Je s u c ri s to ▁ , ▁sin o ▁á ▁sus ▁vi en t res ; ▁y ▁con ▁su ave s ▁palabras ▁y ▁be n di ciones ▁en ga ñ an ▁los ▁cor az on es ▁de ▁los ▁si m p les .
▁Porque ▁vuestra ▁ob ed i en ci a ▁ha ▁venido ▁á ▁ser ▁not o ri a ▁á ▁todos ; ▁así ▁que ▁me ▁go zo ▁de ▁vosotros ; ▁mas ▁ qui er o ▁que ▁se áis ▁s a bi os ▁en ▁el ▁bien , ▁y ▁si m p les ▁en ▁el ▁mal .
▁Y ▁el ▁Dios ▁de ▁paz ▁que bra n t ará ▁pre s to ▁á ▁S a t an ás ▁debajo ▁de ▁vuestro s ▁pie s . ▁La ▁gracia ▁del ▁Señor ▁nuestro ▁Je s u c ri s to ▁sea co n ▁vosotros .
▁O s ▁sal ud an ▁T im o te o , ▁mi ▁co ad j u to r , ▁y ▁L u ci o ▁y ▁Ja s ón ▁y ▁So s i pa t er , ▁mis ▁par iente s .
▁Yo ▁T er ci o , ▁que ▁es c ri b í ▁la ▁ e p í s to la , ▁os ▁sal u do ▁en ▁el ▁Señor .
▁Sal ú da os ▁ G a y o , ▁mi ▁ hu é s p ed , ▁y ▁de ▁toda ▁la ▁ i g les i a . ▁Sal ú da os ▁E ra s to , ▁te s or er o ▁de ▁la ▁ciudad , ▁y ▁el ▁hermano ▁C u ar to .
▁La ▁gracia ▁del ▁Señor ▁nuestro ▁Je s u c ri s to ▁sea ▁con ▁todos ▁vosotros . ▁A m é n .
▁Y ▁al ▁que ▁pu ed e ▁confirm ar os ▁seg ún ▁mi ▁ e v an g el i o ▁y ▁la ▁pre di c ación ▁de ▁Je s u c ri s to ▁ , ▁seg ún ▁la ▁re v el ación ▁del ▁mis te ri o ▁en cu bi er to ▁de s de ▁tiempo s ▁ e t er nos ,
▁Mas ▁man i f est ado ▁ahora , ▁y ▁por ▁las ▁E s c ri t ura s ▁de ▁los ▁profeta s , ▁seg ún ▁el ▁man d amiento ▁del ▁Dios ▁ e t er no , ▁declar ado ▁á ▁todas ▁las ▁gente s ▁para ▁que ▁ob ed e z ca n ▁á ▁la ▁f e ;
▁A l ▁so lo ▁Dios ▁s a bi o , ▁sea ▁gloria ▁por ▁Je s u c ri s to ▁para ▁siempre . ▁A m é n . ▁F u é ▁es c ri ta ▁de ▁C or in to ▁á ▁los ▁R o man os , ▁en vi ada por me di o ▁de F e be , ▁di a co n is a ▁de ▁la ▁ i g les i a ▁de ▁C en c re as .
