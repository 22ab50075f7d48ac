▁E N ▁el ▁pri n ci p i o ▁c r ió ▁Dios ▁los ▁cielo s ▁y ▁la ▁tierra .
▁Y ▁dijo ▁Dios : ▁Se a ▁la ▁lu z : ▁y ▁fué ▁la ▁lu z .
▁Y ▁vió ▁Dios ▁que ▁la ▁lu z ▁era ▁buena : ▁y ▁apart ó ▁Dios ▁la ▁lu z ▁de ▁las ▁ti n i e b la s .
▁Y ▁llamó ▁Dios ▁á ▁la ▁lu z ▁ D ía , ▁y ▁á ▁las ▁ti n i e b la s ▁llamó ▁No ch e : ▁y ▁fué ▁la ▁tarde ▁y ▁la ▁mañana ▁un ▁día .
▁Y ▁dijo ▁Dios : ▁Ha y a ▁ex p an s ió n ▁en ▁medio ▁de ▁las ▁aguas , ▁y ▁se p are ▁las ▁aguas ▁de ▁las ▁aguas .
▁E ▁hizo ▁Dios ▁la ▁ex p an s ió n , ▁y ▁apart ó ▁las ▁aguas ▁que ▁estaban ▁debajo ▁de ▁la ▁ex p an s ió n , ▁de ▁las ▁aguas ▁que ▁estaban ▁sobre ▁la ▁ex p an s ió n : ▁y ▁fué ▁así .
▁Y ▁llamó ▁Dios ▁á ▁la ▁ex p an s ió n ▁C i e los : ▁y ▁fué ▁la ▁tarde ▁y ▁la ▁mañana ▁el ▁día ▁segundo .
▁Y ▁dijo ▁Dios : ▁ J ún t en se ▁las ▁aguas ▁que ▁están ▁debajo ▁de ▁los ▁cielo s ▁en ▁un ▁lugar , ▁y ▁de s c ú bra se ▁la ▁se ca : ▁y ▁fué ▁así .
▁Y ▁llamó ▁Dios ▁á ▁la ▁se ca ▁T i er ra , ▁y ▁á ▁la ▁re un ió n ▁de ▁las ▁aguas ▁llamó ▁Ma res : ▁y ▁vió ▁Dios ▁que ▁era ▁bueno .
▁Y ▁fué ▁la ▁tarde ▁y ▁la ▁mañana ▁el ▁día ▁tercer o .
▁Y ▁sea n ▁por ▁lu m bre ra s ▁en ▁la ▁ex p an s ió n ▁de ▁los ▁cielo s ▁para ▁al umb r ar ▁sobre ▁la ▁tierra : ▁y ▁fué ▁así .
▁Y ▁p ú s o la s ▁Dios ▁en ▁la ▁ex p an s ió n ▁de ▁los ▁cielo s , ▁para ▁al umb r ar ▁sobre ▁la ▁tierra ,
▁Y ▁para ▁señor e ar ▁en ▁el ▁día ▁y ▁en ▁la ▁noche , ▁y ▁para ▁apart ar ▁la ▁lu z ▁y ▁las ▁ti n i e b la s : ▁y ▁vió ▁Dios ▁que ▁era ▁bueno .
▁Y ▁fué ▁la ▁tarde ▁y ▁la ▁mañana ▁el ▁día ▁cu ar to .
▁Y ▁Dios ▁los ▁bendijo ▁diciendo : ▁F r u c t i f i ca d ▁y ▁multiplic ad , ▁y ▁he n ch id ▁las ▁aguas ▁en ▁los ▁mar es , ▁y ▁las ▁ ave s ▁se ▁mu l t i p li que n ▁en ▁la ▁tierra .
▁Y ▁fué ▁la ▁tarde ▁y ▁la ▁mañana ▁el ▁día ▁qu in to .
▁Y ▁dijo ▁Dios : ▁P ro d u z ca ▁la ▁tierra ▁se res ▁vi vi ente s ▁seg ún ▁su ▁ g é n er o , ▁bestia s ▁y ▁ser p iente s ▁y ▁animal es ▁de ▁la ▁tierra ▁seg ún ▁su ▁especie : ▁y ▁fué ▁así .
▁Y ▁c r ió ▁Dios ▁al ▁hombre ▁á ▁su ▁image n , ▁á ▁image n ▁de ▁Dios ▁lo ▁c r ió ; ▁varón ▁y ▁he m bra ▁los ▁c r ió .
▁Y ▁vió ▁Dios ▁todo ▁lo ▁que ▁había ▁hecho , ▁y ▁he ▁aquí ▁que ▁era ▁bueno ▁en ▁gran ▁manera . ▁Y ▁fué ▁la ▁tarde ▁y ▁la ▁mañana ▁el ▁día ▁se x to .
▁Y ▁F U E R O N ▁acaba do s ▁los ▁cielo s ▁y ▁la ▁tierra , ▁y ▁todo ▁su ▁or n a ment o .
▁Y ▁a ca b ó ▁Dios ▁en ▁el ▁día ▁séptimo ▁su ▁obra ▁que ▁hizo , ▁y ▁re p os ó ▁el ▁día ▁séptimo ▁de ▁toda ▁su ▁obra ▁que ▁había ▁hecho .
▁Y ▁bendijo ▁Dios ▁al ▁día ▁séptimo , ▁y ▁s an t i f i c ólo , ▁por que ▁en ▁él ▁re p os ó ▁de ▁toda ▁su ▁obra ▁que ▁había ▁Dios ▁criado ▁y ▁hecho .
▁Estos ▁son ▁los ▁or í g en es ▁de ▁los ▁cielo s ▁y ▁de ▁la ▁tierra ▁cuando ▁fueron ▁criado s , ▁el ▁día ▁que ▁Jehová ▁Dios ▁hizo ▁la ▁tierra ▁y ▁los ▁cielo s ,
▁Mas ▁subía ▁de ▁la ▁tierra ▁un ▁va por , ▁que ▁re g aba ▁toda ▁la ▁f az ▁de ▁la ▁tierra .
▁For m ó , ▁pues , ▁Jehová ▁Dios ▁al ▁hombre ▁del ▁polvo ▁de ▁la ▁tierra , ▁y ▁al en t ó ▁en ▁su ▁ n ar i z ▁so p lo ▁de ▁vida ; ▁y ▁fué ▁el ▁hombre ▁en ▁alma ▁vi vi ente .
▁Y ▁había ▁Jehová ▁Dios ▁plant ado ▁un ▁ hu er to ▁en ▁E d é n ▁al ▁or iente , ▁y ▁puso ▁allí ▁al ▁hombre ▁que ▁había ▁for m ado .
▁Y ▁sal ía ▁de ▁E d é n ▁un ▁río ▁para ▁re gar ▁el ▁ hu er to , ▁y ▁de ▁allí ▁se ▁re p ar t ía ▁en ▁cuatro ▁ram a les .
▁El ▁nombre ▁del ▁uno ▁era ▁P is ón : ▁éste ▁es ▁el ▁que ▁cerca ▁toda ▁la ▁tierra ▁de ▁Ha vi l ah , ▁don de ▁hay ▁oro :
▁Y ▁el ▁oro ▁de ▁aquella ▁tierra ▁es ▁bueno : ▁hay ▁allí t ambién b de li o ▁y ▁piedra ▁corn er in a .
▁El ▁nombre ▁del ▁segundo ▁río ▁es ▁ G i h ón : ▁éste ▁es ▁el ▁que ▁rod e a ▁toda ▁la ▁tierra ▁de ▁E t i o p ía .
▁Y ▁el ▁nombre ▁del ▁tercer ▁río ▁es ▁Hi d de ke l : ▁éste ▁es ▁el ▁que ▁va ▁delante ▁de ▁As i ri a . ▁Y ▁el ▁cu ar to ▁río ▁es ▁el ▁E u f ra te s .
▁T om ó , ▁pues , ▁Jehová ▁Dios ▁al ▁hombre , ▁y ▁le ▁puso ▁en ▁el ▁ hu er to ▁de ▁E d é n , ▁para ▁que ▁lo ▁la bra ra ▁y ▁lo ▁guarda se .
▁Y ▁mandó ▁Jehová ▁Dios ▁al ▁hombre , ▁diciendo : ▁De ▁todo ▁árbol ▁del ▁ hu er to ▁comerá s ▁ ;
▁Mas ▁del ▁árbol ▁de ▁cien ci a ▁del ▁bien ▁y ▁del ▁mal ▁no ▁comerá s ▁de ▁él ; ▁por que ▁el ▁día ▁que ▁de ▁él ▁com iere s , ▁morirá s .
▁Y ▁dijo ▁Jehová ▁Dios : ▁No ▁es ▁bueno ▁que ▁el ▁hombre ▁es t é ▁so lo ; ▁haré le ▁a y ud a ▁ id ón e a ▁para ▁él .
▁Y ▁puso ▁Adam ▁nombre s ▁á ▁toda ▁bestia ▁y ▁ ave ▁de ▁los ▁cielo s ▁y ▁á ▁todo ▁animal ▁del ▁campo : ▁mas ▁para ▁Adam ▁no ▁halló ▁a y ud a ▁que ▁estuv i e se ▁ id ón e a ▁para ▁él .
▁Y ▁Jehová ▁Dios ▁hizo ▁ca er ▁sueño ▁sobre ▁Adam , ▁y ▁se ▁quedó ▁do r m ido : ▁entonces ▁tomó ▁una ▁de ▁sus ▁co st ill as , ▁y ▁ cer r ó ▁la ▁carne ▁en ▁su ▁lugar ;
▁Y ▁de ▁la ▁co s til la ▁que ▁Jehová ▁Dios ▁tomó ▁del ▁hombre , ▁hizo ▁una ▁mujer , ▁y ▁ t rá jo la ▁al ▁hombre .
▁Y ▁dijo ▁Adam : ▁E s to ▁es ▁ahora ▁hues o ▁de ▁mis ▁hues os , ▁y ▁carne ▁de ▁mi ▁carne : ▁é s ta ▁será ▁ l l am ada ▁ V aron a , ▁por que ▁del ▁varón ▁fué ▁toma da .
▁Por ▁tanto , ▁dejar á ▁el ▁hombre ▁á ▁su ▁padre ▁y ▁á ▁su ▁madre , ▁y ▁all e gar se ▁ha ▁á ▁su ▁mujer , ▁y ▁serán ▁una ▁so la ▁carne .
▁Y ▁estaban ▁ambos ▁de s n ud os , ▁Adam ▁y ▁su ▁mujer , ▁y ▁no ▁se ▁a ver g on z aban .
▁Y ▁la ▁mujer ▁respondió ▁á ▁la ▁ser p iente : ▁De l ▁fruto ▁de ▁los ▁árbol es ▁del ▁ hu er to ▁come mos ;
▁Mas ▁del ▁fruto ▁del ▁árbol ▁que ▁está ▁en ▁medio ▁del ▁ hu er to ▁dijo ▁Dios : ▁No ▁comeréis ▁de ▁él , ▁ni ▁le ▁to c aréis , ▁por que ▁no ▁mu r áis .
▁Entonces ▁la ▁ser p iente ▁dijo ▁á ▁la ▁mujer : ▁No ▁mor i réis ▁ ;
▁Mas ▁sabe ▁Dios ▁que ▁el ▁día ▁que ▁com iere is ▁de ▁él , ▁serán ▁a bi er to s ▁vuestro s ▁ojos , ▁y ▁se réis ▁ como ▁dioses ▁s ab iendo ▁el ▁bien ▁y ▁el ▁mal .
▁Y ▁fueron ▁a bi er to s ▁los ▁ojos ▁de ▁entr am b os , ▁y ▁conoc ieron ▁que ▁estaban ▁de s n ud os : ▁entonces ▁co s ieron ▁ho ja s ▁de ▁ hi gu er a , ▁y ▁se ▁hicieron ▁del an ta les .
▁Y ▁llamó ▁Jehová ▁Dios ▁al ▁hombre , ▁y ▁le ▁dijo : ▁¿ D ón de ▁está s ▁tú ?
▁Y ▁él ▁respondió : ▁O í ▁tu ▁voz ▁en ▁el ▁ hu er to , ▁y ▁tu v e ▁mi ed o , ▁por que ▁estaba ▁de s n u do ; ▁y ▁escond í me .
▁Y ▁díjole : ▁¿ Quién ▁te ▁en se ñ ó ▁que ▁estaba s ▁de s n u do ? ▁¿ H as ▁com ido ▁del ▁árbol ▁de ▁que ▁yo ▁te ▁man d é ▁no ▁com i es es ?
▁Y ▁el ▁hombre ▁respondió : ▁La ▁mujer ▁que ▁me ▁d iste ▁por ▁com pa ñ er a ▁me ▁dió ▁del ▁árbol , ▁y ▁yo ▁com í .
▁Entonces ▁Jehová ▁Dios ▁dijo ▁á ▁la ▁mujer : ▁¿ Qué ▁es ▁lo ▁que ▁has ▁hecho ? ▁Y ▁dijo ▁la ▁mujer : ▁La ▁ser p iente ▁me ▁en ga ñ ó , ▁y ▁com í .
▁Y ▁en e mi st ad ▁pondré ▁entre ▁ti ▁y ▁la ▁mujer , ▁y ▁entre ▁tu ▁simiente ▁y ▁la ▁simiente ▁su y a ; ▁é s ta ▁te ▁her irá ▁en ▁la ▁cabeza , ▁y ▁tú ▁le ▁her irá s ▁en ▁el ▁ca l ca ñ ar .
▁E s p in os ▁y ▁ca r do s ▁te ▁pro d u ci rá , ▁y ▁comerá s ▁ hi er ba ▁del ▁campo ;
▁Y ▁llamó ▁el ▁hombre ▁el ▁nombre ▁de ▁su ▁mujer , ▁E v a ; ▁por ▁cuanto ▁ella ▁era ▁madre ▁de ▁todos ▁los ▁vi vi ente s .
▁Y ▁Jehová ▁Dios ▁hizo ▁al ▁hombre ▁y ▁á ▁su ▁mujer ▁tú n i ca s ▁de ▁pie les , ▁y ▁vi st ió los .
▁Y ▁sacó lo ▁Jehová ▁del ▁ hu er to ▁de ▁E d é n , ▁para ▁que ▁la bra se ▁la ▁tierra ▁de ▁que ▁fué ▁tomado .
▁Y ▁C O N O C I Ó ▁Adam ▁á ▁su ▁mujer ▁E v a , ▁la ▁cual ▁con ci b ió ▁y ▁parió ▁á ▁C a í n , ▁y ▁dijo : ▁A d qui r ido ▁he ▁varón ▁por ▁Jehová .
▁Y ▁después ▁parió ▁á ▁su ▁hermano ▁Abel . ▁Y ▁fué ▁Abel ▁pa st or ▁de ▁ovejas , ▁y ▁C a í n ▁fué ▁la bra dor ▁de ▁la ▁tierra .
▁Y ▁aconteció ▁and ando ▁el ▁tiempo , ▁que ▁C a í n ▁tra jo ▁del ▁fruto ▁de ▁la ▁tierra ▁una ▁ofrenda ▁á ▁Jehová .
▁Y ▁Abel ▁tra jo ▁también ▁de ▁los ▁primogénito s ▁de ▁sus ▁ovejas , ▁y ▁de ▁su ▁gr os ura . ▁Y ▁miró ▁Jehová ▁con ▁a g r ado ▁á ▁Abel ▁y ▁á ▁su ▁ofrenda ;
▁Mas ▁no ▁miró ▁pro p i ci o ▁á ▁C a í n ▁y ▁á ▁la ▁ofrenda ▁su y a . ▁Y ▁en s a ñ óse ▁C a í n ▁en ▁gran ▁manera , ▁y ▁de ca y ó ▁su ▁se m b l an te .
▁Entonces ▁Jehová ▁dijo ▁á ▁C a í n : ▁¿ Por ▁qué ▁te ▁has ▁en s a ñ ado , ▁y ▁por ▁qué ▁se ▁ha ▁in m u t ado ▁tu ▁rostro ?
▁Y ▁habló ▁C a í n ▁á ▁su ▁hermano ▁Abel : ▁y ▁aconteció ▁que ▁esta ndo ▁ellos ▁en ▁el ▁campo , ▁C a í n ▁se ▁levant ó ▁contra ▁su ▁hermano ▁Abel , ▁y ▁le ▁mató .
▁Y ▁Jehová ▁dijo ▁á ▁C a í n : ▁¿ D ón de ▁está ▁Abel ▁tu ▁hermano ? ▁Y ▁él ▁respondió : ▁No ▁s é ; ▁¿ s o y ▁yo ▁guarda ▁de ▁mi ▁hermano ?
▁Y ▁él ▁le ▁dijo : ▁¿ Qué ▁has ▁hecho ? ▁La ▁voz ▁de ▁la ▁sangre ▁de ▁tu ▁hermano ▁clama ▁á ▁mí ▁de s de ▁la ▁tierra .
▁Ahora ▁pues , ▁ m aldito ▁sea s ▁tú ▁de ▁la ▁tierra ▁que ▁abr ió ▁su ▁boca ▁para ▁recibir ▁la ▁sangre ▁de ▁tu ▁hermano ▁de ▁tu ▁mano :
▁Cuan do ▁la bra res ▁la ▁tierra , ▁no ▁te ▁volver á ▁á ▁dar ▁su ▁fuerza : ▁ er ra n te ▁y ▁extranjero ▁será s ▁en ▁la ▁tierra .
▁Y ▁dijo ▁C a í n ▁á ▁Jehová : ▁ G ra n de ▁es ▁mi ▁iniquidad ▁para ▁ser ▁perdon ada .
▁Y ▁salió ▁C a í n ▁de ▁delante ▁de ▁Jehová , ▁y ▁habitó ▁en ▁tierra ▁de ▁No d , ▁al ▁or iente ▁de ▁E d é n .
▁Y ▁conoc ió ▁C a í n ▁á ▁su ▁mujer , ▁la ▁cual ▁con ci b ió ▁y ▁parió ▁á ▁He no ch : ▁y ▁edificó ▁una ▁ciudad , ▁y ▁llamó ▁el ▁nombre ▁de ▁la ▁ciudad ▁del ▁nombre ▁de ▁su ▁hijo , ▁He no ch .
▁Y ▁á ▁He no ch ▁nac ió ▁I ra d , ▁é ▁I ra d ▁engendró ▁á ▁Me hu ja el , ▁y ▁Me hu ja el ▁engendró ▁á ▁M eth u s a el , ▁y ▁M eth u s a el ▁engendró ▁á ▁La me ch .
▁Y ▁tomó ▁para ▁sí ▁La me ch ▁dos ▁mujeres ; ▁el ▁nombre ▁de ▁la ▁una ▁fué ▁A da , ▁y ▁el ▁nombre ▁de ▁la ▁otra ▁Z ill a .
▁Y ▁A da ▁parió ▁á ▁Ja ba l , ▁el ▁cual ▁fué ▁padre ▁de ▁los ▁que ▁habita n ▁en ▁tienda s , ▁y ▁c r ían ▁ganado s .
▁Y ▁el ▁nombre ▁de ▁su ▁hermano ▁fué ▁ J u ba l , ▁el ▁cual ▁fué ▁padre ▁de ▁todos ▁los ▁que ▁man e ja n ▁ar pa ▁y ▁ó r ga no .
▁Si ▁siete ▁veces ▁será ▁ven g ado ▁C a í n , ▁La me ch ▁en ▁ver dad ▁setenta ▁veces ▁siete ▁lo ▁será .
▁Y ▁á ▁Se th ▁también ▁le ▁nac ió ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁En ó s . ▁Entonces ▁los ▁hombres ▁come n z aron ▁á ▁llamar se ▁del ▁nombre ▁de ▁Jehová .
▁E S T E ▁es ▁el ▁libr o ▁de ▁las ▁generaciones ▁de ▁Adam . ▁El ▁día ▁en ▁que ▁c r ió ▁Dios ▁al ▁hombre , ▁á ▁la ▁se me ja n za ▁de ▁Dios ▁lo ▁hizo ;
▁ V ar ón ▁y ▁he m bra ▁los ▁c r ió ; ▁y ▁los ▁bendijo , ▁y ▁llamó ▁el ▁nombre ▁de ▁ellos ▁Adam , ▁el ▁día ▁en ▁que ▁fueron ▁criado s .
▁Y ▁vivió ▁Adam ▁ciento ▁y ▁treinta ▁años , ▁y ▁engendró un ▁hijo á ▁su ▁se me ja n za , ▁conform e ▁á ▁su ▁image n , ▁y ▁llamó ▁su ▁nombre ▁Se th .
▁Y ▁fueron ▁los ▁días ▁de ▁Adam , ▁después ▁que ▁engendró ▁á ▁Se th , ▁oc h o cientos ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁que ▁vivió ▁Adam ▁ n ove cientos ▁y ▁treinta ▁años , ▁y ▁murió .
▁Y ▁vivió ▁Se th ▁ciento ▁y ▁cinco ▁años , ▁y ▁engendró ▁á ▁En ó s .
▁Y ▁vivió ▁Se th , ▁después ▁que ▁engendró ▁á ▁En ó s , ▁oc h o cientos ▁y ▁siete ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁Se th ▁ n ove cientos ▁y ▁do ce ▁años ; ▁y ▁murió .
▁Y ▁vivió ▁En ó s ▁no v enta ▁años , ▁y ▁engendró ▁á ▁C a in án .
▁Y ▁vivió ▁En ó s ▁después ▁que ▁engendró ▁á ▁C a in án , ▁oc h o cientos ▁y ▁qu in ce ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁En ó s ▁ n ove cientos ▁y ▁cinco ▁años ; ▁y ▁murió .
▁Y ▁vivió ▁C a in án ▁setenta ▁años , ▁y ▁engendró ▁á ▁Ma h a la le el .
▁Y ▁vivió ▁C a in án , ▁después ▁que ▁engendró ▁á ▁Ma h a la le el , ▁oc h o cientos ▁y ▁cuarenta ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁C a in án ▁ n ove cientos ▁y ▁diez ▁años ; ▁y ▁murió .
▁Y ▁vivió ▁Ma h a la le el ▁se s enta ▁y ▁cinco ▁años , ▁y ▁engendró ▁á ▁Ja r ed .
▁Y ▁vivió ▁Ma h a la le el , ▁después ▁que ▁engendró ▁á ▁Ja r ed , ▁oc h o cientos ▁y ▁treinta ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁Ma h a la le el ▁oc h o cientos ▁no v enta ▁y ▁cinco ▁años ; ▁y ▁murió .
▁Y ▁vivió ▁Ja r ed ▁ciento ▁se s enta ▁y ▁dos ▁años , ▁y ▁engendró ▁á ▁He no ch .
▁Y ▁vivió ▁Ja r ed , ▁después ▁que ▁engendró ▁á ▁He no ch , ▁oc h o cientos ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁Ja r ed ▁ n ove cientos ▁se s enta ▁y ▁dos ▁años ; ▁y ▁murió .
▁Y ▁vivió ▁He no ch ▁se s enta ▁y ▁cinco ▁años , ▁y ▁engendró ▁á ▁Ma th u s al am .
▁Y ▁ca mi n ó ▁He no ch ▁con ▁Dios , ▁después ▁que ▁engendró ▁á ▁Ma th u s al am , ▁tres cientos ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁He no ch ▁tres cientos ▁se s enta ▁y ▁cinco ▁años .
▁C am in ó , ▁pues , ▁He no ch ▁con ▁Dios , ▁y ▁de s a p are ció , ▁por que ▁le ▁llev ó ▁Dios .
▁Y ▁vivió ▁Ma th u s al am ▁ciento ▁oc h enta ▁y ▁siete ▁años , ▁y ▁engendró ▁á ▁La me ch .
▁Y ▁vivió ▁Ma th u s al am , ▁después ▁que ▁engendró ▁á ▁La me ch , ▁se te cientos ▁oc h enta ▁y ▁dos ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁F ue ron , ▁pues , ▁todos ▁los ▁días ▁de ▁Ma th u s al am , ▁ n ove cientos ▁se s enta ▁y ▁ n ue v e ▁años ; ▁y ▁murió .
▁Y ▁vivió ▁La me ch ▁ciento ▁oc h enta ▁y ▁dos ▁años , ▁y ▁engendró ▁un ▁hijo :
▁Y ▁llamó ▁su ▁nombre ▁No é , ▁diciendo : ▁Este ▁no s ▁al i vi ará ▁de ▁nuestra s ▁obra s , ▁y ▁del ▁tra ba jo ▁de ▁nuestra s ▁manos , ▁á ▁causa ▁de ▁la ▁tierra ▁que ▁Jehová ▁mal di jo .
▁Y ▁vivió ▁La me ch , ▁después ▁que ▁engendró ▁á ▁No é , ▁quinient os ▁no v enta ▁y ▁cinco ▁años : ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁La me ch ▁se te cientos ▁setenta ▁y ▁siete ▁años ; ▁y ▁murió .
▁Y ▁s iendo ▁No é ▁de ▁quinient os ▁años , ▁engendró ▁á ▁Se m , ▁C h â m , ▁y ▁á ▁Ja ph e t .
▁Y ▁A C A E C I Ó ▁que , ▁cuando ▁come n z aron ▁los ▁hombres ▁á ▁multiplic ar se ▁sobre ▁la ▁f az ▁de ▁la ▁tierra , ▁y ▁les ▁nac ieron ▁hijas ,
▁ V iendo ▁los ▁hijos ▁de ▁Dios ▁que ▁las ▁hijas ▁de ▁los ▁hombres ▁era n ▁her mos as , ▁to m áronse ▁mujeres , ▁es co g iendo ▁entre ▁todas .
▁Y ▁dijo ▁Jehová : ▁No ▁con t en de rá ▁mi ▁espíritu ▁con ▁el ▁hombre ▁para ▁siempre , ▁por que ▁c iertamente ▁él ▁es ▁carne ▁ : ▁mas ▁serán ▁sus ▁días ▁ciento ▁y ▁veinte ▁años .
▁Y ▁ar re p in t i óse ▁Jehová ▁de ▁haber ▁hecho ▁hombre ▁en ▁la ▁tierra , ▁y ▁pe s ó le ▁en ▁su ▁corazón .
▁E mpero ▁No é ▁halló ▁gracia ▁en ▁los ▁ojos ▁de ▁Jehová .
▁Esta s ▁son ▁las ▁generaciones ▁de ▁No é : ▁No é , ▁varón ▁just o , ▁per f e c to ▁fué ▁en ▁sus ▁generaciones ; ▁con ▁Dios ▁ca mi n ó ▁No é .
▁Y ▁engendró ▁No é ▁tres ▁hijos : ▁á ▁Se m , ▁á ▁C h â m , ▁y ▁á ▁Ja ph e t .
▁Y ▁cor ro m p i óse ▁la ▁tierra ▁delante ▁de ▁Dios , ▁y ▁estaba ▁la ▁tierra ▁llena ▁de ▁vi o l en ci a .
▁Y ▁miró ▁Dios ▁la ▁tierra , ▁y ▁he ▁aquí ▁que ▁estaba ▁cor ro m p i da ; ▁por que ▁toda ▁carne ▁había ▁cor ro m p ido ▁su ▁camino ▁sobre ▁la ▁tierra .
▁Y ▁dijo ▁Dios ▁á ▁No é : ▁El ▁fin ▁de ▁toda ▁carne ▁ha ▁venido ▁delante ▁de ▁mí ; ▁por que ▁la ▁tierra ▁está ▁llena ▁de ▁vi o l en ci a ▁á ▁causa ▁de ▁ellos ; ▁y ▁he ▁aquí ▁que ▁yo ▁los ▁destruir é ▁con ▁la ▁tierra .
▁Ha z te ▁un ▁arca ▁de ▁made ra ▁de ▁Go ph er : ▁harás ▁ap os en to s ▁en ▁el ▁arca , ▁y ▁la ▁ em be t un arás ▁con ▁ bre a ▁por ▁dentro ▁y ▁por ▁fuera .
▁Y ▁de ▁esta ▁manera ▁la ▁harás : ▁de ▁tres cientos ▁codos ▁la ▁longitud ▁del ▁arca , ▁de ▁cincuenta ▁codos ▁su ▁an ch ura , ▁y ▁de ▁treinta ▁codos ▁su ▁al t ura .
▁Mas ▁esta ble ce ré ▁mi ▁pacto ▁contigo ▁ , ▁y ▁entr arás ▁en ▁el ▁arca ▁tú , ▁y ▁tu s ▁hijos ▁y ▁tu ▁mujer , ▁y ▁las ▁mujeres ▁de ▁tu s ▁hijos ▁contigo .
▁Y ▁de ▁todo ▁lo ▁que ▁vi v e , ▁de ▁toda ▁carne , ▁dos ▁de ▁ cada ▁especie ▁me te rás ▁en ▁el ▁arca , ▁para ▁que ▁ten ga n ▁vida ▁contigo ; ▁macho ▁y ▁he m bra ▁serán .
▁De ▁las ▁ ave s ▁seg ún ▁su ▁especie , ▁y ▁de ▁las ▁bestia s ▁seg ún ▁su ▁especie , ▁de ▁todo ▁re p til ▁de ▁la ▁tierra ▁seg ún ▁su ▁especie , ▁dos ▁de ▁ cada ▁especie ▁entr arán ▁contigo ▁para ▁que ▁haya n ▁vida .
▁Y ▁toma ▁contigo ▁de ▁toda ▁vi an da ▁que ▁se ▁come , ▁y ▁all é ga la ▁á ▁ti ; ▁servir á ▁de ▁al i ment o ▁para ▁ti ▁y ▁para ▁ellos .
▁E ▁ h í zo lo ▁así ▁No é ; ▁hizo ▁conform e ▁á ▁todo ▁lo ▁que ▁Dios ▁le ▁mandó .
▁Y ▁JEHOVÁ ▁dijo ▁á ▁No é : ▁En tra ▁tú ▁y ▁toda ▁tu ▁casa ▁en ▁el ▁arca ; ▁por que ▁á ▁ti ▁he ▁visto ▁just o ▁delante ▁de ▁mí ▁en ▁esta ▁generación .
▁De ▁todo ▁animal ▁limpio ▁te ▁tomará s ▁de ▁siete ▁en ▁siete , ▁macho ▁y ▁su ▁he m bra ; ▁mas ▁de ▁los ▁animal es ▁que ▁no ▁son ▁limpio s , ▁dos , ▁macho ▁y ▁su ▁he m bra .
▁T ambién ▁de ▁las ▁ ave s ▁de ▁los ▁cielo s ▁de ▁siete ▁en ▁siete , ▁macho ▁y ▁he m bra ; ▁para ▁guarda r ▁en ▁vida ▁la ▁cast a ▁sobre ▁la ▁f az ▁de ▁toda ▁la ▁tierra .
▁E ▁hizo ▁No é ▁conform e ▁á ▁todo ▁lo ▁que ▁le ▁mandó ▁Jehová .
▁Y ▁s iendo ▁No é ▁de ▁seiscient os ▁años , ▁el ▁di l u vi o ▁de ▁las ▁aguas ▁fué ▁sobre ▁la ▁tierra .
▁Y ▁vino ▁No é , ▁y ▁sus ▁hijos , ▁y ▁su ▁mujer , ▁y ▁las ▁mujeres ▁de ▁sus ▁hijos ▁con ▁él ▁al ▁arca , ▁por ▁las ▁aguas ▁del ▁di l u vi o .
▁De ▁los ▁animal es ▁limpio s , ▁y ▁de ▁los ▁animal es ▁que ▁no ▁era n ▁limpio s , ▁y ▁de ▁las ▁ ave s , ▁y ▁de ▁todo ▁lo ▁que ▁and a ▁ar ra st r ando ▁sobre ▁la ▁tierra ,
▁De ▁dos ▁en ▁dos ▁entrar on ▁á ▁No é ▁en ▁el ▁arca : ▁macho ▁y ▁he m bra , ▁ como ▁mandó ▁Dios ▁á ▁No é .
▁Y ▁su c ed ió ▁que ▁al ▁séptimo ▁día ▁las ▁aguas ▁del ▁di l u vi o ▁fueron ▁sobre ▁la ▁tierra .
▁Y ▁hubo ▁ l l u vi a ▁sobre ▁la ▁tierra ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s .
▁Y ▁vinieron ▁á ▁No é ▁al ▁arca , ▁de ▁dos ▁en ▁dos ▁de ▁toda ▁carne ▁en ▁que ▁había ▁espíritu ▁de ▁vida .
▁Y ▁los ▁que ▁vinieron , ▁macho ▁y ▁he m bra ▁de ▁toda ▁carne ▁vinieron , ▁ como ▁le ▁había ▁mandado ▁Dios : ▁y ▁Jehová ▁le ▁ cer r ó ▁la ▁puerta .
▁Y ▁fué ▁el ▁di l u vi o ▁cuarenta ▁días ▁sobre ▁la ▁tierra ; ▁y ▁las ▁aguas ▁c re c ieron , ▁y ▁al z aron ▁el ▁arca , ▁y ▁se ▁el e v ó ▁sobre ▁la ▁tierra .
▁Y ▁pre v a le c ieron ▁las ▁aguas , ▁y ▁c re c ieron ▁en ▁gran ▁manera ▁sobre ▁la ▁tierra ; ▁y ▁and aba ▁el ▁arca ▁sobre ▁la ▁f az ▁de ▁las ▁aguas .
▁Y ▁las ▁aguas ▁pre v a le c ieron ▁mucho ▁en ▁ex t re mo ▁sobre ▁la ▁tierra ; ▁y ▁todos ▁los ▁monte s ▁al to s ▁que ▁había ▁debajo ▁de ▁todos ▁los ▁cielo s , ▁fueron ▁cu bi er to s .
▁ Q u in ce ▁codos ▁en ▁al to ▁pre v a le c ieron ▁las ▁aguas ; ▁y ▁fueron ▁cu bi er to s ▁los ▁monte s .
▁Todo ▁lo ▁que ▁tenía ▁al i en to ▁de ▁espíritu ▁de ▁vida ▁en ▁sus ▁ n ar i ce s , ▁de ▁todo ▁lo ▁que ▁había ▁en ▁la ▁tierra , ▁murió .
▁Y ▁pre v a le c ieron ▁las ▁aguas ▁sobre ▁la ▁tierra ▁ciento ▁y ▁cincuenta ▁días .
▁Y ▁se ▁ cer r aron ▁las ▁fuente s ▁del ▁a bi s mo , ▁y ▁las ▁ca ta ra ta s ▁de ▁los ▁cielo s ; ▁y ▁la ▁ l l u vi a ▁de ▁los ▁cielo s ▁fué ▁de t en i da .
▁Y ▁torn áronse ▁las ▁aguas ▁de ▁sobre ▁la ▁tierra , ▁ye ndo ▁y ▁ v o l viendo : ▁y ▁de c re c ieron ▁las ▁aguas ▁al ▁cabo ▁de ▁ciento ▁y ▁cincuenta ▁días .
▁Y ▁re p os ó ▁el ▁arca ▁en ▁el ▁me s ▁séptimo , ▁á ▁die ci s i e te ▁días ▁del ▁me s , ▁sobre ▁los ▁monte s ▁de ▁Ar me n i a .
▁Y ▁las ▁aguas ▁fueron ▁de c re c iendo ▁hast a ▁el ▁me s ▁d é ci mo : ▁en ▁el ▁d é ci mo , ▁al ▁primer o ▁del ▁me s , ▁se ▁descubr ieron ▁las ▁c im as ▁de ▁los ▁monte s .
▁Y ▁su c ed ió ▁que , ▁al ▁cabo ▁de ▁cuarenta ▁días , ▁abr ió ▁No é ▁la ▁ven t an a ▁del ▁arca ▁que ▁había ▁hecho ,
▁Y ▁envió ▁al ▁cu er v o , ▁el ▁cual ▁salió , ▁y ▁estuv o ▁ye ndo ▁y ▁torn ando ▁hast a ▁que ▁las ▁aguas ▁se ▁se c aron ▁de ▁sobre ▁la ▁tierra .
▁En vi ó ▁también ▁de ▁sí ▁á ▁la ▁pa lo ma , ▁para ▁ver ▁si ▁las ▁aguas ▁se ▁habían ▁re t ir ado ▁de ▁sobre ▁la ▁f az ▁de ▁la ▁tierra ;
▁Y ▁es per ó ▁a ún ▁otro s ▁siete ▁días , ▁y ▁volvió ▁á ▁enviar ▁la ▁pa lo ma ▁fuera ▁del ▁arca .
▁Y ▁es per ó ▁a ún ▁otro s ▁siete ▁días , ▁y ▁envió ▁la ▁pa lo ma , ▁la ▁cual ▁no ▁volvió ▁y a ▁más ▁á ▁él .
▁Y ▁en ▁el ▁me s ▁segundo , ▁á ▁los ▁veinti s i e te ▁días ▁del ▁me s , ▁se ▁se c ó ▁la ▁tierra .
▁Y ▁habló ▁Dios ▁á ▁No é ▁diciendo :
▁Sal ▁del ▁arca ▁tú , ▁y ▁tu ▁mujer , ▁y ▁tu s ▁hijos , ▁y ▁las ▁mujeres ▁de ▁tu s ▁hijos ▁contigo ▁ .
▁Entonces ▁salió ▁No é , ▁y ▁sus ▁hijos , ▁y ▁su ▁mujer , ▁y ▁las ▁mujeres ▁de ▁sus ▁hijos ▁con ▁él .
▁Todo s ▁los ▁animal es , ▁y ▁todo ▁re p til ▁y ▁toda ▁ ave , ▁todo ▁lo ▁que ▁se ▁mu e v e ▁sobre ▁la ▁tierra ▁seg ún ▁sus ▁especie s , ▁salieron ▁del ▁arca .
▁Y ▁edificó ▁No é ▁un ▁altar ▁á ▁Jehová , ▁y ▁tomó ▁de ▁todo ▁animal ▁limpio ▁y ▁de ▁toda ▁ ave ▁limpia , ▁y ▁of re ció ▁holocausto ▁en ▁el ▁altar .
▁Y ▁B E N D I J O ▁Dios ▁á ▁No é ▁y ▁á ▁sus ▁hijos , ▁y ▁díjole s : ▁F r u c t i f i ca d , ▁y ▁multiplic ad , ▁y ▁he n ch id ▁la ▁tierra :
▁Todo ▁lo ▁que ▁se ▁mu e v e ▁y ▁vi v e , ▁os ▁será ▁para ▁man t en imiento : ▁así ▁ como ▁las ▁le g umb res ▁y ▁ hi er ba s , ▁os ▁lo ▁he ▁dado ▁todo .
▁E mpero ▁carne ▁con ▁su ▁vida , ▁que ▁es s u ▁sangre , ▁no ▁comeréis .
▁El ▁que ▁derram are ▁sangre ▁del ▁hombre , ▁por ▁el ▁hombre ▁su ▁sangre ▁será ▁derram ada ; ▁por que ▁á ▁image n ▁de ▁Dios ▁es ▁hecho ▁el ▁hombre .
▁Mas ▁vosotros ▁f r u c t i f i ca d , ▁y ▁multiplic a os ; ▁pro c re ad ▁a b un d an te mente ▁en ▁la ▁tierra , ▁y ▁multiplic a os ▁en ▁ella .
▁Y ▁habló ▁Dios ▁á ▁No é ▁y ▁á ▁sus ▁hijos ▁con ▁él , ▁diciendo :
▁Yo , ▁he ▁aquí ▁que ▁yo ▁esta ble z co ▁mi ▁pacto ▁con ▁vosotros , ▁y ▁con ▁vuestra ▁simiente ▁después ▁de ▁vosotros ;
▁Esta ble ce ré ▁mi ▁pacto ▁con ▁vosotros , ▁y ▁no ▁f en e ce rá ▁y a ▁más ▁toda ▁carne ▁con ▁aguas ▁de ▁di l u vi o ; ▁ni ▁habrá ▁más ▁di l u vi o ▁para ▁destruir ▁la ▁tierra .
▁Y ▁dijo ▁Dios : ▁Esta ▁será ▁la ▁señal ▁del ▁pacto ▁que ▁yo ▁esta ble z co ▁entre ▁mí ▁y ▁vosotros ▁y ▁toda ▁alma ▁vi vi ente ▁que ▁está ▁con ▁vosotros , ▁por ▁si g los ▁perpetuo s :
▁Mi ▁ar co ▁pondré ▁en ▁las ▁nube s , ▁el ▁cual ▁será ▁por ▁señal ▁de ▁con v en i o ▁entre ▁mí ▁y ▁la ▁tierra .
▁Y ▁será ▁que ▁cuando ▁haré ▁ven ir ▁nube s ▁sobre ▁la ▁tierra , ▁se ▁dejar á ▁ver ▁entonces ▁mi ▁ar co ▁en ▁las ▁nube s .
▁Y ▁a co r d ar me ▁he ▁del ▁pacto ▁mío , ▁que ▁hay ▁entre ▁mí ▁y ▁vosotros ▁y ▁toda ▁alma ▁vi vi ente ▁de ▁toda ▁carne ; ▁y ▁no ▁serán ▁más ▁las ▁aguas ▁por ▁di l u vi o ▁para ▁destruir ▁toda ▁carne .
▁Y ▁estará ▁el ▁ar co ▁en ▁las ▁nube s , ▁y ▁ver lo ▁he ▁para ▁a co r d ar me ▁del ▁pacto ▁perpetuo ▁entre ▁Dios ▁y ▁toda ▁alma ▁vi vi ente , ▁con ▁toda ▁carne ▁que ▁hay ▁sobre ▁la ▁tierra .
▁Di jo , ▁pues , ▁Dios ▁á ▁No é : ▁Esta ▁será ▁la ▁señal ▁del ▁pacto ▁que ▁he ▁esta ble c ido ▁entre ▁mí ▁y ▁toda ▁carne ▁que ▁está ▁sobre ▁la ▁tierra .
▁Y ▁los ▁hijos ▁de ▁No é ▁que ▁salieron ▁del ▁arca ▁fueron ▁Se m , ▁C h â m ▁y ▁Ja ph e t : ▁y ▁C h â m ▁es ▁el ▁padre ▁de ▁Canaán .
▁Estos ▁tres ▁son ▁los ▁hijos ▁de ▁No é ; ▁y ▁de ▁ellos ▁fué ▁llena ▁toda ▁la ▁tierra .
▁Y ▁comenzó ▁No é ▁á ▁la bra r ▁la ▁tierra , ▁y ▁plant ó ▁una ▁viña :
▁Y ▁be b ió ▁del ▁vino , ▁y ▁se ▁ em b ri a g ó , ▁y ▁estaba ▁de s cu bi er to ▁en ▁medio ▁de ▁su ▁tienda .
▁Y ▁C h â m , ▁padre ▁de ▁Canaán , ▁vió ▁la ▁desnudez ▁de ▁su ▁padre , ▁y ▁d í jo lo ▁á ▁sus ▁dos ▁hermanos ▁á ▁la ▁parte ▁de ▁a f ue ra .
▁Y ▁de s per t ó ▁No é ▁de ▁su ▁vino , ▁y ▁su p o ▁lo ▁que ▁había ▁hecho ▁con ▁él ▁su ▁hijo ▁el ▁más ▁ j ove n ;
▁Y ▁dijo : ▁M aldito ▁sea ▁Canaán ; ▁siervo ▁de ▁siervos ▁será ▁á ▁sus ▁hermanos .
▁Di jo ▁más : ▁Be n di to ▁Jehová ▁el ▁Dios ▁de ▁Se m , ▁y ▁s é a le ▁Canaán ▁siervo .
▁En g ra n de z ca ▁Dios ▁á ▁Ja ph e t , ▁y ▁ha b ite ▁en ▁las ▁tienda s ▁de ▁Se m , ▁y ▁s é a le ▁Canaán ▁siervo .
▁Y ▁vivió ▁No é ▁después ▁del ▁di l u vi o ▁tres cientos ▁y ▁cincuenta ▁años .
▁Y ▁fueron ▁todos ▁los ▁días ▁de ▁No é ▁ n ove cientos ▁y ▁cincuenta ▁años ; ▁y ▁murió .
▁E S T A S ▁son ▁las ▁generaciones ▁de ▁los ▁hijos ▁de ▁No é : ▁Se m , ▁C h â m ▁y ▁Ja ph e t , ▁á ▁los ▁cuales ▁nac ieron ▁hijos ▁después ▁del ▁di l u vi o .
▁Lo s ▁hijos ▁de ▁Ja ph e t : ▁Go m er , ▁y ▁Ma go g , ▁y ▁Ma da i , ▁y ▁Ja v án , ▁y ▁T u ba l , ▁y ▁Me s h e ch , ▁y ▁T ir as .
▁Y ▁los ▁hijos ▁de ▁Go m er : ▁As h ke n az , ▁y ▁R i ph a t , ▁y ▁T o g or ma .
▁Y ▁los ▁hijos ▁de ▁Ja v án : ▁Eli s a , ▁y ▁T ar s is , ▁ K i t t im , ▁y ▁Do d an im .
▁Por ▁é st os ▁fueron ▁re p ar t i das ▁las ▁is la s ▁de ▁las ▁gente s ▁en ▁sus ▁tierra s , ▁ cada ▁cual ▁seg ún ▁su ▁le n gu a , ▁conform e ▁á ▁sus ▁familias ▁en ▁sus ▁ n a ciones .
▁Lo s ▁hijos ▁de ▁C h â m : ▁C ush , ▁y ▁Mi z ra im , ▁y ▁P hu t , ▁y ▁Canaán .
▁Y ▁C ush ▁engendró ▁á ▁N im ro d : ▁éste ▁comenzó ▁á ▁ser ▁pod eros o ▁en ▁la ▁tierra .
▁Este ▁fué ▁vi go ro s o ▁ca za dor ▁delante ▁de ▁Jehová ; ▁por ▁lo ▁cual ▁se ▁di ce : ▁As í ▁ como ▁N im ro d , ▁vi go ro s o ▁ca za dor ▁delante ▁de ▁Jehová .
▁Y ▁fué ▁la ▁ca be ce ra ▁de ▁su ▁reino ▁B ab el , ▁y ▁E re ch , ▁y ▁A c ca d , ▁y ▁C al n e h , ▁en ▁la ▁tierra ▁de ▁Sh in ar .
▁De ▁a que s ta ▁tierra ▁salió ▁As s ur , ▁y ▁edificó ▁á ▁N í n ive , ▁y ▁á ▁Re h o b oth , ▁y ▁á ▁C al ah ,
▁Y ▁á ▁Re s s en ▁entre ▁N í n ive ▁y ▁C al ah ; ▁la ▁cual ▁es ▁ciudad ▁grande .
▁Y ▁Mi z ra im ▁engendró ▁á ▁L ud im , ▁y ▁á ▁Ana m im , ▁y ▁á ▁Le h ab im , ▁y ▁á ▁N a ph tu h im ,
▁Y ▁á ▁P ath r u s im , ▁y ▁á ▁C as l u im , ▁de ▁don de ▁salieron ▁los ▁Filisteos , ▁y ▁á ▁C a ph to r im .
▁Y ▁Canaán ▁engendró ▁á ▁Si d ón , ▁su ▁primogénito , ▁y ▁á ▁He th ,
▁Y ▁al ▁Jebus e o , ▁y ▁al ▁Amorrheo , ▁y ▁al ▁Ge r g e se o ,
▁Y ▁al ▁He v e o , ▁y ▁al ▁A ra ce o , ▁y ▁al ▁Si n e o ,
▁Y ▁al ▁A ra di o , ▁y ▁al ▁S am are o , ▁y ▁al ▁A ma th e o : ▁y ▁después ▁se ▁derram aron ▁las ▁familias ▁de ▁los ▁Cananeo s .
▁Estos ▁son ▁los ▁hijos ▁de ▁C h â m ▁por ▁sus ▁familias , ▁por ▁sus ▁le n gu as , ▁en ▁sus ▁tierra s , ▁en ▁sus ▁ n a ciones .
▁T ambién ▁le ▁nac ieron ▁hijos ▁á ▁Se m , ▁padre ▁de ▁todos ▁los ▁hijos ▁de ▁He b er , ▁y ▁hermano ▁may or ▁de ▁Ja ph e t .
▁Y ▁los ▁hijos ▁de ▁Se m : ▁El am , ▁y ▁As s ur , ▁y ▁Ar ph a x ad , ▁y ▁L ud , ▁y ▁Ar am .
▁Y ▁los ▁hijos ▁de ▁Ar am : ▁Uz , ▁y ▁Hu l , ▁y ▁Ge ther , ▁y ▁Mas .
▁Y ▁Ar ph a x ad ▁engendró ▁á ▁Sal a , ▁y ▁Sal a ▁engendró ▁á ▁He b er .
▁Y ▁á ▁He b er ▁nac ieron ▁dos ▁hijos : ▁el ▁nombre ▁del ▁uno ▁fué ▁P e le g , ▁por que ▁en ▁sus ▁días ▁fué ▁re p ar t i da ▁la ▁tierra ; ▁y ▁el ▁nombre ▁de ▁su ▁hermano , ▁ J o c t án .
▁Y ▁ J o c t án ▁engendró ▁á ▁A l mo dad , ▁y ▁á ▁She le ph , ▁y ▁Ha za r m ave th , ▁y ▁á ▁Je ra ,
▁Y ▁á ▁Ha dor am , ▁y ▁á ▁Uz al , ▁y ▁á ▁Di c la ,
▁Y ▁á ▁O ba l , ▁y ▁á ▁Abi ma el , ▁y ▁á ▁Se ba ,
▁Y ▁á ▁O ph ir , ▁y ▁á ▁Ha vi la , ▁y ▁á ▁ J o ba d : ▁todos ▁estos ▁fueron ▁hijos ▁de ▁ J o c t án .
▁Y ▁fué ▁su ▁habita ción ▁de s de ▁Me s a ▁vi n iendo ▁de ▁Se ph ar , ▁monte ▁á ▁la ▁parte ▁del ▁or iente .
▁Estos ▁fueron ▁los ▁hijos ▁de ▁Se m ▁por ▁sus ▁familias , ▁por ▁sus ▁le n gu as , ▁en ▁sus ▁tierra s , ▁en ▁sus ▁ n a ciones .
▁E R A ▁entonces ▁toda ▁la ▁tierra ▁de ▁una ▁le n gu a ▁y ▁una s ▁mis ma s ▁palabras .
▁Y ▁aconteció ▁que , ▁ como ▁se ▁part ieron ▁de ▁or iente , ▁halla ron ▁una ▁ve ga ▁en ▁la ▁tierra ▁de ▁Sh in ar , ▁y ▁a sentaron ▁allí .
▁Y ▁descend ió ▁Jehová ▁para ▁ver ▁la ▁ciudad ▁y ▁la ▁to r re ▁que ▁edifica ba n ▁los ▁hijos ▁de ▁los ▁hombres .
▁Ahora ▁pues , ▁descend a mos , ▁y ▁con f un da mos ▁allí ▁sus ▁le n gu as , ▁para ▁que ▁ninguno ▁en t i en da ▁el ▁habla ▁de ▁su ▁com pa ñ er o .
▁As í ▁los ▁esparci ó ▁Jehová ▁de s de ▁allí ▁sobre ▁la ▁f az ▁de ▁toda ▁la ▁tierra , ▁y ▁dejar on ▁de ▁edifica r ▁la ▁ciudad .
▁Esta s ▁son ▁las ▁generaciones ▁de ▁Se m : ▁Se m , ▁de ▁edad ▁de ▁cien ▁años , ▁engendró ▁á ▁Ar ph a x ad , ▁dos ▁años ▁después ▁del ▁di l u vi o .
▁Y ▁vivió ▁Se m , ▁después ▁que ▁engendró ▁á ▁Ar ph a x ad , ▁quinient os ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁Ar ph a x ad ▁vivió ▁treinta ▁y ▁cinco ▁años , ▁y ▁engendró ▁á ▁Sal a .
▁Y ▁vivió ▁Ar ph a x ad , ▁después ▁que ▁engendró ▁á ▁Sal a , ▁cuatrocient os ▁y ▁tres ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁vivió ▁Sal a ▁treinta ▁años , ▁y ▁engendró ▁á ▁He b er .
▁Y ▁vivió ▁Sal a , ▁después ▁que ▁engendró ▁á ▁He b er , ▁cuatrocient os ▁y ▁tres ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁vivió ▁He b er ▁treinta ▁y ▁cuatro ▁años , ▁y ▁engendró ▁á ▁P e le g .
▁Y ▁vivió ▁He b er , ▁después ▁que ▁engendró ▁á ▁P e le g , ▁cuatrocient os ▁y ▁treinta ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁vivió ▁P e le g ▁treinta ▁años , ▁y ▁engendró ▁á ▁Re u .
▁Y ▁vivió ▁P e le g , ▁después ▁que ▁engendró ▁á ▁Re u , ▁dos cientos ▁y ▁ n ue v e ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁Re u ▁vivió ▁treinta ▁y ▁dos ▁años , ▁y ▁engendró ▁á ▁Se r u g .
▁Y ▁vivió ▁Re u , ▁después ▁que ▁engendró ▁á ▁Se r u g , ▁dos cientos ▁y ▁siete ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁vivió ▁Se r u g ▁treinta ▁años , ▁y ▁engendró ▁á ▁N a ch ô r .
▁Y ▁vivió ▁Se r u g , ▁después ▁que ▁engendró ▁á ▁N a ch ô r , ▁dos cientos ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁vivió ▁N a ch ô r ▁veinti n ue v e ▁años , ▁y ▁engendró ▁á ▁Tha re .
▁Y ▁vivió ▁N a ch ô r , ▁después ▁que ▁engendró ▁á ▁Tha re , ▁ciento ▁die ci n ue v e ▁años , ▁y ▁engendró ▁hijos ▁é ▁hijas .
▁Y ▁vivió ▁Tha re ▁setenta ▁años , ▁y ▁engendró ▁á ▁Abram , ▁y ▁á ▁N a ch ô r , ▁y ▁á ▁Ha rán .
▁Esta s ▁son ▁las ▁generaciones ▁de ▁Tha re : ▁Tha re ▁engendró ▁á ▁Abram , ▁y ▁á ▁N a ch ô r , ▁y ▁á ▁Ha rán ; ▁y ▁Ha rán ▁engendró ▁á ▁Lo t .
▁Y ▁murió ▁Ha rán ▁antes ▁que ▁su ▁padre ▁Tha re ▁en ▁la ▁tierra ▁de ▁su ▁ n a t ura le za , ▁en ▁ U r ▁de ▁los ▁C al de os .
▁Mas ▁Sara i ▁fué ▁es t é ri l , ▁y ▁no ▁tenía ▁hijo .
▁Y ▁fueron ▁los ▁días ▁de ▁Tha re ▁dos cientos ▁y ▁cinco ▁años ; ▁y ▁murió ▁Tha re ▁en ▁Ha rán .
▁E M P E R O ▁Jehová ▁había ▁dicho ▁á ▁Abram : ▁Ve te ▁de ▁tu ▁tierra ▁y ▁de ▁tu ▁par ente la , ▁y ▁de ▁la ▁casa ▁de ▁tu ▁padre , ▁á ▁la ▁tierra ▁que ▁te ▁most r aré ;
▁Y ▁haré ▁de ▁ti ▁una ▁ n ación ▁grande , ▁y ▁bendecir te ▁he , ▁y ▁en g ra n de ce ré ▁tu ▁nombre , ▁y ▁será s ▁bendición :
▁Y ▁bendecir é ▁á ▁los ▁que ▁te ▁be n di je re n , ▁y ▁á ▁los ▁que ▁te ▁mal di je re n ▁mal de ci ré : ▁y ▁serán ▁be nd itas ▁en ▁ti ▁todas ▁las ▁familias ▁de ▁la ▁tierra .
▁Y ▁fué se ▁Abram , ▁ como ▁Jehová ▁le ▁dijo ; ▁y ▁fué ▁con ▁él ▁Lo t : ▁y ▁era ▁Abram ▁de ▁edad ▁de ▁setenta ▁y ▁cinco ▁años ▁cuando ▁salió ▁de ▁Ha rán .
▁Y ▁pasó ▁Abram ▁por ▁aquella ▁tierra ▁hast a ▁el ▁lugar ▁de ▁Sichêm , ▁hast a ▁el ▁valle ▁de ▁M o re h : ▁y ▁el ▁Cananeo ▁estaba ▁entonces ▁en ▁la ▁tierra .
▁Y ▁ap are ció ▁Jehová ▁á ▁Abram , ▁y ▁le ▁dijo : ▁A ▁tu ▁simiente ▁daré ▁esta ▁tierra . ▁Y ▁edificó ▁allí ▁un ▁altar ▁á ▁Jehová , ▁que ▁le ▁había ▁a pa recido .
▁Y ▁mo vi ó ▁Abram de ▁allí , ▁ca mi n ando ▁y ▁ye ndo ▁haci a ▁el ▁Me di o d ía .
▁Y ▁hubo ▁hambre ▁en ▁la ▁tierra , ▁y ▁descend ió ▁Abram ▁á ▁Egipto ▁para ▁per e g ri n ar ▁all á ; ▁por que ▁era ▁grande ▁el ▁hambre ▁en ▁la ▁tierra .
▁Y ▁aconteció ▁que ▁cuando ▁estaba ▁para ▁entrar ▁en ▁Egipto , ▁dijo ▁á ▁Sara i ▁su ▁mujer : ▁He ▁aquí , ▁ahora ▁con o z co ▁que ▁eres ▁mujer ▁her mos a ▁de ▁vi s ta ;
▁Y ▁será ▁que ▁cuando ▁te ▁habrá n ▁visto ▁los ▁E g i p ci os , ▁dirá n : ▁Su ▁mujer ▁es : ▁y ▁me ▁matar án ▁á ▁mí , ▁y ▁á ▁ti ▁te ▁re serv arán ▁la ▁vida .
▁Ahora ▁pues , ▁di ▁que ▁eres ▁mi ▁hermana , ▁para ▁que ▁yo ▁haya ▁bien ▁por ▁causa ▁tu y a , ▁y ▁viva ▁mi ▁alma ▁por ▁am or ▁de ▁ti .
▁Y ▁aconteció ▁que , ▁ como ▁entr ó ▁Abram ▁en ▁Egipto , ▁los ▁E g i p ci os ▁vieron ▁la ▁mujer ▁que ▁era ▁her mos a ▁en ▁gran ▁manera .
▁ V i é ron la ▁también ▁los ▁príncipes ▁de ▁Faraón , ▁y ▁se ▁la ▁al aba ron ; ▁y ▁fué ▁llev ada ▁la ▁mujer ▁á ▁casa ▁de ▁Faraón :
▁E ▁hizo ▁bien ▁á ▁Abram ▁por ▁causa ▁de ▁ella ; ▁y ▁tuvo ▁ovejas , ▁y ▁vacas , ▁y ▁asno s , ▁y ▁siervos , ▁y ▁c ri ada s , ▁y ▁as n as ▁y ▁came l los .
▁Mas ▁Jehová ▁hirió ▁á ▁Faraón ▁y ▁á ▁su ▁casa ▁con ▁grande s ▁plaga s , ▁por ▁causa ▁de ▁Sara i ▁mujer ▁de ▁Abram .
▁Entonces ▁Faraón ▁llamó ▁á ▁Abram , ▁y ▁le ▁dijo : ▁¿ Qué ▁es ▁esto ▁que ▁has ▁hecho ▁conmigo ? ▁¿ Por ▁qué ▁no ▁me ▁declar aste ▁que ▁era ▁tu ▁mujer ?
▁¿ Por ▁qué ▁di j iste : ▁E s ▁mi ▁hermana ? ▁pon ién do me ▁en ▁oc as ió n ▁de ▁tomar la ▁para ▁mí ▁por ▁mujer ? ▁Ahora ▁pues , ▁he ▁aquí ▁tu ▁mujer , ▁ t ó ma la ▁y ▁ve te .
▁Entonces ▁Faraón ▁dió ▁orden ▁á ▁sus ▁gente s ▁acerca ▁de ▁Abram ; ▁y ▁le ▁a co m pa ñ aron , ▁y ▁á ▁su ▁mujer ▁con ▁todo ▁lo ▁que ▁tenía .
▁S U B I Ó , ▁pues , ▁Abram ▁de ▁Egipto ▁haci a ▁el ▁Me di o d ía , ▁él , ▁y ▁su ▁mujer , ▁con ▁todo ▁lo ▁que ▁tenía , ▁y ▁con ▁él ▁Lo t .
▁Y ▁Abram ▁era ▁ ri q u í s im o ▁en ▁ganado , ▁en ▁plata ▁y ▁oro .
▁Y ▁volvió ▁por ▁sus ▁ jo rna das ▁de ▁la ▁parte ▁del ▁Me di o d ía ▁haci a ▁Beth el , ▁hast a ▁el ▁lugar ▁don de ▁había ▁esta do ▁antes ▁su ▁tienda ▁entre ▁Beth el ▁y ▁Ha i ;
▁A l ▁lugar ▁del ▁altar ▁que ▁había ▁hecho ▁allí ▁antes : ▁é ▁in v o c ó ▁allí ▁Abram ▁el ▁nombre ▁de ▁Jehová .
▁Y ▁a simismo ▁Lo t , ▁que ▁and aba ▁con ▁Abram , ▁tenía ▁ovejas , ▁y ▁vacas , ▁y ▁tienda s .
▁Y ▁la ▁tierra ▁no ▁pod ía ▁dar les ▁para ▁que ▁habita s en ▁junto s : ▁por que ▁su ▁haci en da ▁era ▁much a , ▁y ▁no ▁pod ían ▁mor ar ▁en ▁un ▁mismo ▁lugar .
▁Entonces ▁Abram ▁dijo ▁á ▁Lo t : ▁No ▁haya ▁ahora ▁al t er c ado ▁entre ▁mí ▁y ▁ti , ▁entre ▁mis ▁pa s to res ▁y ▁los ▁tuyo s , ▁por que ▁so mos ▁hermanos .
▁Entonces ▁Lo t ▁es co g ió ▁para ▁sí ▁toda ▁la ▁ l l an ura ▁del ▁Jordán : ▁y ▁part i óse ▁Lo t ▁de ▁O r iente , ▁y ▁apart áronse ▁el ▁uno ▁del ▁otro .
▁Abram ▁as en t ó ▁en ▁la ▁tierra ▁de ▁Canaán , ▁y ▁Lo t ▁as en t ó ▁en ▁las ▁ciudades ▁de ▁la ▁ l l an ura , ▁y ▁fué ▁pon iendo ▁sus ▁tienda s ▁hast a ▁Sodom a .
▁Mas ▁los ▁hombres ▁de ▁Sodom a ▁era n ▁mal os ▁y ▁pecado res ▁para ▁con ▁Jehová ▁en ▁gran ▁manera .
▁Porque ▁toda ▁la ▁tierra ▁que ▁ve s , ▁la ▁daré ▁á ▁ti ▁y ▁á ▁tu ▁simiente ▁para ▁siempre .
▁Y ▁haré ▁tu ▁simiente ▁ como ▁el ▁polvo ▁de ▁la ▁tierra : ▁que ▁si ▁alguno ▁pod rá ▁con t ar ▁el ▁polvo ▁de ▁la ▁tierra , ▁también ▁tu ▁simiente ▁será ▁con t ada .
▁Levántate , ▁ve ▁por ▁la ▁tierra ▁á ▁lo ▁la r go ▁de ▁ella ▁y ▁á ▁su ▁an ch o ; ▁por que ▁á ▁ti ▁la ▁ten go ▁de ▁dar .
▁Abram , ▁pues , ▁re mo viendo ▁su ▁tienda , ▁vino ▁y ▁mor ó ▁en ▁el ▁al co r no ca l ▁de ▁Ma m re , ▁que ▁es ▁en ▁Hebrón , ▁y ▁edificó ▁allí ▁altar ▁á ▁Jehová .
▁Todo s ▁estos ▁se ▁junt aron ▁en ▁el ▁valle ▁de ▁Si d d im , ▁que ▁es ▁el ▁mar ▁sal ado .
▁Do ce ▁años ▁habían ▁ serv ido ▁á ▁C h ê dor la om er , ▁y ▁al ▁d é ci mo t er ci o ▁año ▁se ▁rebel aron .
▁Y ▁á ▁los ▁Hor e os ▁en ▁el ▁monte ▁de ▁Se ir , ▁hast a ▁la ▁ l l an ura ▁de ▁P arán , ▁que ▁está ▁junto ▁al ▁desierto .
▁Y ▁tomaron ▁toda ▁la ▁ ri que za ▁de ▁Sodom a ▁y ▁de ▁Go mo r ra , ▁y ▁todas ▁sus ▁vi tu al la s , ▁y ▁se ▁fueron .
▁Toma ron ▁también ▁á ▁Lo t , ▁hijo ▁del ▁hermano ▁de ▁Abram , ▁que ▁mor aba ▁en ▁Sodom a , ▁y ▁su ▁haci en da , ▁y ▁se ▁fueron .
▁Y ▁oyó ▁Abram ▁que ▁su ▁hermano ▁estaba ▁pri s ion er o , ▁y ▁arm ó ▁sus ▁criado s , ▁los ▁criado s ▁de ▁su ▁casa , ▁tres cientos ▁die ci o ch o ▁ , ▁y ▁si gu ió los ▁hast a ▁Dan .
▁Y ▁derram óse ▁sobre ▁ellos ▁de ▁noche ▁él ▁y ▁sus ▁siervos , ▁é ▁hirió los , ▁y ▁fué los ▁siguie ndo ▁hast a ▁ H o b ah , ▁que ▁está ▁á ▁la ▁ i z qui er da ▁de ▁Da ma s co .
▁Y ▁re co b r ó ▁todos ▁los ▁bien es , ▁y ▁también ▁á ▁Lo t ▁su ▁hermano ▁y ▁su ▁haci en da , ▁y ▁también ▁las ▁mujeres ▁y ▁gente .
▁Entonces ▁Me l ch î se de c , ▁rey ▁de ▁Sal em , ▁sacó ▁pan ▁y ▁vino ; ▁el ▁cual ▁era ▁sacerdote ▁del ▁Dios ▁al to ;
▁Y ▁be nd í jo le , ▁y ▁dijo : ▁Be n di to ▁sea ▁Abram ▁del ▁Dios ▁al to , ▁pos e ed or ▁de ▁los ▁cielo s ▁y ▁de ▁la ▁tierra ;
▁Y ▁be n di to ▁sea ▁el ▁Dios ▁al to , ▁que ▁entregó ▁tu s ▁enemigos ▁en ▁tu ▁mano . ▁Y ▁dió le ▁Abram ▁los ▁diez mos ▁de ▁todo .
▁Entonces ▁el ▁rey ▁de ▁Sodom a ▁dijo ▁á ▁Abram : ▁Da me ▁las ▁persona s , ▁y ▁toma ▁para ▁ti ▁la ▁haci en da .
▁Y ▁respondió ▁Abram ▁al ▁rey ▁de ▁Sodom a : ▁He ▁al z ado ▁mi ▁mano ▁á ▁Jehová ▁Dios ▁al to , ▁pos e ed or ▁de ▁los ▁cielo s ▁y ▁de ▁la ▁tierra ,
▁S a c ando ▁solamente ▁lo ▁que ▁com ieron ▁los ▁mancebo s , ▁y ▁la ▁por ción ▁de ▁los ▁varones ▁que ▁fueron ▁conmigo , ▁A n er , ▁E s ch ô l , ▁y ▁Ma m re ; ▁los ▁cuales ▁tomará n ▁su ▁parte .
▁Y ▁respondió ▁Abram : ▁Señor ▁Jehová ▁¿ qué ▁me ▁has ▁de ▁dar , ▁s iendo ▁así ▁que ▁and o ▁sin ▁hijo , ▁y ▁el ▁may or do mo ▁de ▁mi ▁casa ▁es ▁es e ▁Da ma s ce no ▁Eli ezer ?
▁Di jo ▁más ▁Abram : ▁Mi ra ▁que ▁no ▁me ▁has ▁dado ▁pro le , ▁y ▁he ▁aquí ▁que ▁es ▁mi ▁her ed er o ▁uno ▁nac ido ▁en ▁mi ▁casa .
▁Y ▁luego ▁la ▁palabra ▁de ▁Jehová ▁fué ▁á ▁él ▁diciendo : ▁No ▁te ▁her ed ará ▁éste , ▁sin o ▁el ▁que ▁saldrá ▁de ▁tu s ▁entr a ñ as ▁será ▁el ▁que ▁te ▁her ed e .
▁Y ▁sacó le ▁fuera , ▁y ▁dijo : ▁Mi ra ▁ahora ▁á ▁los ▁cielo s , ▁y ▁cu enta ▁las ▁es t re l la s , ▁si ▁las ▁pu ed es ▁con t ar . ▁Y ▁le ▁dijo : ▁As í ▁será ▁tu ▁simiente .
▁Y ▁c re y ó ▁á ▁Jehová , ▁y ▁con t óse lo ▁por ▁justicia .
▁Y ▁díjole : ▁Yo ▁soy ▁Jehová , ▁que ▁te ▁s a qué ▁de ▁ U r ▁de ▁los ▁C al de os , ▁para ▁dar te ▁á ▁her ed ar ▁esta ▁tierra .
▁Y ▁él ▁respondió : ▁Señor ▁Jehová , ▁¿ en ▁qué ▁conoc er é ▁que ▁la ▁ten go ▁de ▁her ed ar ?
▁Y ▁tomó ▁él ▁todas ▁esta s ▁cosas , ▁y ▁part ió la s ▁por ▁la ▁mitad , ▁y ▁puso ▁ cada ▁mitad ▁una ▁en f r ente ▁de ▁otra ; ▁mas ▁no ▁part ió ▁las ▁ ave s .
▁Y ▁descend ían ▁ ave s ▁sobre ▁los ▁cuerpo s ▁muerto s , ▁y ▁ o je á ba la s ▁Abram .
▁Mas ▁á ▁la ▁ca í da ▁del ▁so l ▁sobre co g ió ▁el ▁sueño ▁á ▁Abram , ▁y ▁he ▁aquí ▁que ▁el ▁pa v or ▁de ▁una ▁grande ▁ob s cu ri dad ▁cayó ▁sobre ▁él .
▁Entonces ▁dijo ▁á ▁Abram : ▁T en ▁por ▁cierto ▁que ▁tu ▁simiente ▁será ▁per e g ri n a ▁en ▁tierra ▁no ▁su y a , ▁y ▁servir á ▁á ▁los ▁de ▁allí , ▁y ▁serán ▁por ▁ellos ▁aflig ido s ▁cuatrocient os ▁años .
▁Mas ▁también ▁á ▁la ▁gente ▁á ▁quien ▁servir án , ▁juzg aré ▁yo ; ▁y ▁después ▁de ▁esto ▁saldrá n ▁con ▁grande ▁ ri que za .
▁Y ▁tú ▁vendrá s ▁á ▁tu s ▁padres ▁en ▁paz , ▁y ▁será s ▁sepulta do ▁en ▁buena ▁ve je z .
▁Y ▁en ▁la ▁cu ar ta ▁generación ▁volver án ▁a c á : ▁por que ▁aun ▁no ▁está ▁cumpl i da ▁la ▁mal dad ▁del ▁Amorrheo ▁hast a ▁aquí .
▁En ▁aquel ▁día ▁hizo ▁Jehová ▁un ▁pacto ▁con ▁Abram ▁diciendo : ▁A ▁tu ▁simiente ▁daré ▁esta ▁tierra ▁de s de ▁el ▁río ▁de ▁Egipto ▁hast a ▁el ▁río ▁grande , ▁el ▁río ▁E u f ra te s ;
▁Lo s ▁C in e os , ▁y ▁los ▁C en e ce os , ▁y ▁los ▁C ed mo n e os ,
▁Y ▁los ▁Hetheo s , ▁y ▁los ▁P h er e z e os , ▁y ▁los ▁R a ph a itas ,
▁Y ▁los ▁Amorrheo s , ▁y ▁los ▁Cananeo s , ▁y ▁los ▁Ge r g e se os , ▁y ▁los ▁Jebus e os .
▁Y ▁S A R A I , ▁mujer ▁de ▁Abram , ▁no ▁le ▁par ía : ▁y ▁ella ▁tenía ▁una ▁sierva ▁ e g i p ci a , ▁que ▁se ▁llamaba ▁A gar .
▁Y ▁Sara i , ▁mujer ▁de ▁Abram , ▁tomó ▁á ▁A gar ▁su ▁sierva ▁ e g i p ci a , ▁al ▁cabo ▁de ▁diez ▁años ▁que ▁había ▁habita do ▁Abram ▁en ▁la ▁tierra ▁de ▁Canaán , ▁y ▁dió la ▁á ▁Abram ▁su ▁marido ▁por ▁mujer .
▁Y ▁él ▁co h a bi t ó ▁con ▁A gar , ▁la ▁cual ▁con ci b ió : ▁y ▁cuando ▁vió ▁que ▁había ▁con ce b ido , ▁mira ba ▁con ▁de s p re ci o ▁á ▁su ▁señor a .
▁Y ▁respondió ▁Abram ▁á ▁Sara i : ▁He ▁ ah í ▁tu ▁sierva ▁en ▁tu ▁mano , ▁ha z ▁con ▁ella ▁lo ▁que ▁bien ▁te ▁pareciere . ▁Y ▁ como ▁Sara i ▁la ▁aflig i e se , ▁huyó se ▁de ▁su ▁presencia .
▁Y ▁halló la ▁el ▁ángel ▁de ▁Jehová ▁junto ▁á ▁una ▁fuente ▁de ▁agua ▁en ▁el ▁desierto , ▁junto ▁á ▁la ▁fuente ▁que ▁está ▁en ▁el ▁camino ▁del ▁Su r .
▁Y ▁le ▁dijo : ▁A gar , ▁sierva ▁de ▁Sara i , ▁¿ de ▁d ón de ▁viene s ▁tú , ▁y ▁á ▁d ón de ▁va s ? ▁Y ▁ella ▁respondió : ▁Hu y o ▁de ▁delante ▁de ▁Sara i , ▁mi ▁señor a .
▁Y ▁díjole ▁el ▁ángel ▁de ▁Jehová : ▁ V u é l v e te ▁á ▁tu ▁señor a , ▁y ▁pon te ▁su mi s a ▁ba jo ▁de ▁su ▁mano .
▁ D í jo le ▁también ▁el ▁ángel ▁de ▁Jehová : ▁M u l t i p li c aré ▁tanto ▁tu ▁li n a je , ▁que ▁no ▁será ▁con t ado ▁á ▁causa ▁de ▁la ▁much ed umb re .
▁ D í jo le ▁a ún ▁el ▁ángel ▁de ▁Jehová : ▁He ▁aquí ▁que ▁has ▁con ce b ido , ▁y ▁par irá s ▁un ▁hijo , ▁y ▁llamar ás ▁su ▁nombre ▁I s ma el , ▁por que ▁oído ▁ha ▁Jehová ▁tu ▁a f li c ción .
▁Y ▁él ▁será ▁hombre ▁f i er o ; ▁su ▁mano ▁contra ▁todos , ▁y ▁las ▁manos ▁de ▁todos ▁contra ▁él , ▁y ▁delante ▁de ▁todos ▁sus ▁hermanos ▁habita rá .
▁Entonces ▁llamó ▁el ▁nombre ▁de ▁Jehová ▁que ▁con ▁ella ▁habla ba : ▁T ú ▁eres ▁el ▁Dios ▁de ▁la ▁vi s ta ; ▁por que ▁dijo : ▁¿ No ▁he ▁visto ▁también ▁aquí ▁al ▁que ▁me ▁ve ?
▁Por ▁lo ▁cual ▁llamó ▁al ▁pozo , ▁P o zo ▁del ▁Viv iente ▁que ▁me ▁ve ▁ . ▁He ▁aquí ▁está ▁entre ▁C ad es ▁y ▁B er ed .
▁Y ▁parió ▁A gar ▁á ▁Abram ▁un ▁hijo , ▁y ▁llamó ▁Abram ▁el ▁nombre ▁de ▁su ▁hijo ▁que ▁le ▁parió ▁A gar , ▁I s ma el .
▁Y ▁era ▁Abram ▁de ▁edad ▁de ▁oc h enta ▁y ▁se is ▁años , ▁cuando ▁parió ▁A gar ▁á ▁I s ma el .
▁Y ▁pondré ▁mi ▁pacto ▁entre ▁mí ▁y ▁ti , ▁y ▁multiplic ar te ▁he ▁mucho ▁en ▁gran ▁manera .
▁Entonces ▁Abram ▁cayó ▁sobre ▁su ▁rostro , ▁y ▁Dios ▁habló ▁con ▁él ▁diciendo :
▁Yo , ▁he ▁aquí ▁mi ▁pacto ▁contigo : ▁Se rás ▁padre ▁de ▁much ed umb re ▁de ▁gente s :
▁Y ▁no ▁se ▁llamar á ▁más ▁tu ▁nombre ▁Abram , ▁sin o ▁que ▁será ▁tu ▁nombre ▁Abraham , ▁por que ▁te ▁he ▁puesto ▁por ▁padre ▁de ▁much ed umb re ▁de ▁gente s .
▁Y ▁multiplic ar te ▁he ▁mucho ▁en ▁gran ▁manera , ▁y ▁te ▁pondré ▁en ▁gente s , ▁y ▁reyes ▁saldrá n ▁de ▁ti .
▁Y ▁esta ble ce ré ▁mi ▁pacto ▁entre ▁mí ▁y ▁ti , ▁y ▁tu ▁simiente ▁después ▁de ▁ti ▁en ▁sus ▁generaciones , ▁por ▁alianza ▁perpetua , ▁para ▁ser te ▁á ▁ti ▁por ▁Dios , ▁y ▁á ▁tu ▁simiente ▁después ▁de ▁ti .
▁Y ▁te ▁daré ▁á ▁ti , ▁y ▁á ▁tu ▁simiente ▁después ▁de ▁ti , ▁la ▁tierra ▁de ▁tu s ▁per e g ri n a ciones , ▁toda ▁la ▁tierra ▁de ▁Canaán ▁en ▁heredad ▁perpetua ; ▁y ▁se ré ▁el ▁Dios ▁de ▁ellos .
▁Di jo ▁de ▁ n ue v o ▁Dios ▁á ▁Abraham : ▁T ú ▁ e mpero ▁guarda rás ▁mi ▁pacto , ▁tú ▁y ▁tu ▁simiente ▁después ▁de ▁ti ▁por ▁sus ▁generaciones .
▁Este ▁será ▁mi ▁pacto , ▁que ▁guarda réis ▁entre ▁mí ▁y ▁vosotros ▁y ▁tu ▁simiente ▁después ▁de ▁ti : ▁Se rá ▁c ir cu n ci d ado ▁todo ▁varón ▁de ▁entre ▁vosotros .
▁C ir cu n ci d aréis , ▁pues , ▁la ▁carne ▁de ▁vuestro ▁pre p u ci o , ▁y ▁será ▁por ▁señal ▁del ▁pacto ▁entre ▁mí ▁y ▁vosotros .
▁Y ▁el ▁varón ▁in ci r cu n ci s o ▁que ▁no ▁hubiere ▁c ir cu n ci d ado ▁la ▁carne ▁de ▁su ▁pre p u ci o , ▁aquella ▁persona ▁será ▁bo r r ada ▁de ▁su ▁pueblo ; ▁ha ▁vi o l ado ▁mi ▁pacto .
▁Di jo ▁también ▁Dios ▁á ▁Abraham : ▁A ▁Sara i ▁tu ▁mujer ▁no ▁la ▁llamar ás ▁Sara i , ▁mas ▁Sara ▁será ▁su ▁nombre .
▁Y ▁bendecir la ▁he , ▁y ▁también ▁te ▁daré ▁de ▁ella ▁hijo ; ▁sí , ▁la ▁bendecir é , ▁y ▁vendrá ▁á ▁ser ▁madre ▁de ▁ n a ciones ; ▁reyes ▁de ▁pueblo s ▁serán ▁de ▁ella .
▁Entonces ▁Abraham ▁cayó ▁sobre ▁su ▁rostro , ▁y ▁ ri óse , ▁y ▁dijo ▁en ▁su ▁corazón : ▁¿ A ▁hombre ▁de ▁cien ▁años ▁ha ▁de ▁nac er ▁hijo ? ▁¿ y ▁Sara , ▁y a ▁de ▁no v enta ▁años , ▁ha ▁de ▁par ir ?
▁Y ▁dijo ▁Abraham ▁á ▁Dios : ▁O ja l á ▁I s ma el ▁viva ▁delante ▁de ▁ti .
▁Mas ▁yo ▁esta ble ce ré ▁mi ▁pacto ▁con ▁Isaac , ▁al ▁cual ▁te ▁par irá ▁Sara ▁por ▁este ▁tiempo ▁el ▁año ▁siguiente .
▁Y ▁a ca b ó ▁de ▁hablar ▁con ▁él , ▁y ▁subió ▁Dios ▁de ▁con ▁Abraham .
▁E ra ▁Abraham ▁de ▁edad ▁de ▁no v enta ▁y ▁ n ue v e ▁años ▁cuando ▁c ir cu n ci d ó ▁la ▁carne ▁de ▁su ▁pre p u ci o .
▁E ▁I s ma el ▁su ▁hijo ▁era ▁de ▁ t re ce ▁años , ▁cuando ▁fué ▁c ir cu n ci d ada ▁la ▁carne ▁de ▁su ▁pre p u ci o .
▁En ▁el ▁mismo ▁día ▁fué ▁c ir cu n ci d ado ▁Abraham ▁é ▁I s ma el ▁su ▁hijo .
▁Y ▁todos ▁los ▁varones ▁de ▁su ▁casa , ▁el ▁siervo ▁nac ido ▁en ▁casa , ▁y ▁el ▁com p r ado ▁por ▁dinero ▁del ▁extranjero , ▁fueron ▁c ir cu n ci d ados ▁con ▁él .
▁Y ▁A P A R E C I Ó L E ▁Jehová ▁en ▁el ▁valle ▁de ▁Ma m re , ▁esta ndo ▁él ▁sent ado ▁á ▁la ▁puerta ▁de ▁su ▁tienda ▁en ▁el ▁ca l or ▁del ▁día .
▁Y ▁al z ó ▁sus ▁ojos ▁y ▁miró , ▁y ▁he ▁aquí ▁tres ▁varones ▁que ▁estaban ▁junto ▁á ▁él : ▁y ▁cuando ▁los ▁vió , ▁salió ▁cor r iendo ▁de ▁la ▁puerta ▁de ▁su ▁tienda ▁á ▁recibir los , ▁é ▁inclin óse ▁haci a ▁la ▁tierra ,
▁Y ▁dijo : ▁Señor , ▁si ▁ahora ▁he ▁halla do ▁gracia ▁en ▁tu s ▁ojos , ▁ r u é go te ▁que ▁no ▁pa se s ▁de ▁tu ▁siervo .
▁Que ▁se ▁tra i ga ▁ahora ▁un ▁poco ▁de ▁agua , ▁y ▁la v ad ▁vuestro s ▁pie s ; ▁y ▁rec os ta os ▁debajo ▁de ▁un ▁árbol ,
▁Y ▁tra er é ▁un ▁boca do ▁de ▁pan , ▁y ▁sus t enta d ▁vuestro ▁corazón ; ▁después ▁pasar éis : ▁por que ▁por ▁es o ▁ha béis ▁pasa do ▁cerca ▁de ▁vuestro ▁siervo . ▁Y ▁ellos ▁dijeron : ▁Ha z ▁así ▁ como ▁has ▁dicho .
▁Y ▁cor r ió ▁Abraham ▁á ▁las ▁vacas , ▁y ▁tomó ▁un ▁becerro ▁ti er no ▁y ▁bueno , ▁y ▁dió lo ▁al ▁mozo , ▁y ▁dió se ▁éste ▁pri es a ▁á ▁a de re za r lo .
▁T om ó ▁también ▁man te ca ▁y ▁le ch e , ▁y ▁el ▁becerro ▁que ▁había ▁a de re z ado , ▁y ▁púsolo ▁delante ▁de ▁ellos ; ▁y ▁él ▁estaba ▁junto ▁á ▁ellos ▁debajo ▁del ▁árbol ; ▁y ▁com ieron .
▁Y ▁le ▁dijeron : ▁¿ D ón de ▁está ▁Sara ▁tu ▁mujer ? ▁Y ▁él ▁respondió : ▁A q u í ▁en ▁la ▁tienda .
▁Entonces ▁dijo : ▁De ▁cierto ▁volver é ▁á ▁ti ▁seg ún ▁el ▁tiempo ▁de ▁la ▁vida , ▁y ▁he ▁aquí , ▁tendrá ▁un ▁hijo ▁Sara ▁tu ▁mujer . ▁Y ▁Sara ▁es cu ch aba ▁á ▁la ▁puerta ▁de ▁la ▁tienda , ▁que ▁estaba ▁de t rás ▁de ▁él .
▁Y ▁Abraham ▁y ▁Sara ▁era n ▁viejo s , ▁entr ados ▁en ▁días : ▁á ▁Sara ▁había ▁c es ado ▁y a ▁la ▁co st umb re ▁de ▁las ▁mujeres .
▁R i óse , ▁pues , ▁Sara ▁entre ▁sí , ▁diciendo : ▁¿ D es p u é s ▁que ▁he ▁en v e je c ido ▁ten d ré ▁de le ite , ▁s iendo ▁también ▁mi ▁señor ▁y a ▁viejo ?
▁Entonces ▁Jehová ▁dijo ▁á ▁Abraham : ▁¿ Por ▁qué ▁se ▁ha ▁re í do ▁Sara ▁diciendo : ▁Se rá ▁cierto ▁que ▁he ▁de ▁par ir ▁s iendo ▁y a ▁vi e ja ?
▁¿ H a y ▁para ▁Dios ▁alguna ▁cosa ▁di f í ci l ? ▁A l ▁tiempo ▁señal ado ▁volver é ▁á ▁ti , ▁seg ún ▁el ▁tiempo ▁de ▁la ▁vida , ▁y ▁Sara ▁tendrá ▁un ▁hijo .
▁Entonces ▁Sara ▁ n e g ó ▁diciendo : ▁No ▁me ▁re í ; ▁por que ▁tuvo ▁mi ed o . ▁Y ▁él ▁dijo : ▁No ▁es ▁así , ▁sin o ▁que ▁te ▁has ▁re í do .
▁Y ▁los ▁varones ▁se ▁levant aron ▁de ▁allí , ▁y ▁mira ron ▁haci a ▁Sodom a : ▁y ▁Abraham ▁iba ▁con ▁ellos ▁a co m pa ñ ándo los .
▁Y ▁Jehová ▁dijo : ▁¿ E n cu b ri ré ▁yo ▁á ▁Abraham ▁lo ▁que ▁ v o y ▁á ▁hacer ,
▁Ha b iendo ▁de ▁ser ▁Abraham ▁en ▁una ▁ n ación ▁grande ▁y ▁fuerte , ▁y ▁ha b iendo ▁de ▁ser ▁be nd itas ▁en ▁él ▁todas ▁las ▁gente s ▁de ▁la ▁tierra ?
▁Entonces ▁Jehová ▁le ▁dijo : ▁Por ▁cuanto ▁el ▁c l am or ▁de ▁Sodom a ▁y ▁Go mo r ra ▁se ▁a u ment a ▁más ▁y ▁más , ▁y ▁el ▁pecado ▁de ▁ellos ▁se ▁ha ▁a g ra v ado ▁en ▁ex t re mo ,
▁De s ce n de ré ▁ahora , ▁y ▁ver é ▁si ▁han ▁consum ado ▁su ▁obra ▁seg ún ▁el ▁c l am or ▁que ▁ha ▁venido ▁hast a ▁mí ; ▁y ▁si ▁no , ▁sabe r lo ▁he .
▁Y ▁apart áronse ▁de ▁allí ▁los ▁varones , ▁y ▁fueron ▁haci a ▁Sodom a : ▁mas ▁Abraham ▁estaba ▁a ún ▁delante ▁de ▁Jehová .
▁Y ▁a cer c óse ▁Abraham ▁y ▁dijo : ▁¿ D est r u irá s ▁también ▁al ▁just o ▁con ▁el ▁imp í o ?
▁ Q u i z á ▁hay ▁cincuenta ▁just os ▁dentro ▁de ▁la ▁ciudad : ▁¿ d est r u irá s ▁también ▁y ▁no ▁perdon arás ▁al ▁lugar ▁por ▁cincuenta ▁just os ▁que ▁es t é n ▁dentro ▁de ▁él ?
▁Entonces ▁respondió ▁Jehová : ▁Si ▁halla re ▁en ▁Sodom a ▁cincuenta ▁just os ▁dentro ▁de ▁la ▁ciudad , ▁perdon aré ▁á ▁todo ▁este ▁lugar ▁por ▁am or ▁de ▁ellos .
▁Y ▁Abraham ▁re p li c ó ▁y ▁dijo : ▁He ▁aquí ▁ahora ▁que ▁he ▁come n z ado ▁á ▁hablar ▁á ▁mi ▁Señor , ▁aun que ▁soy ▁polvo ▁y ▁c en i za :
▁ Q u i z á ▁falta rán ▁de ▁cincuenta ▁just os ▁cinco : ▁¿ d est r u irá s ▁por ▁aquello s ▁cinco ▁toda ▁la ▁ciudad ? ▁Y ▁dijo : ▁No ▁la ▁destruir é , ▁si ▁halla re ▁allí ▁cuarenta ▁y ▁cinco .
▁Y ▁volvió ▁á ▁hablar le ▁ , ▁y ▁dijo : ▁ Q u i z á ▁se ▁halla rán ▁allí ▁cuarenta . ▁Y ▁respondió : ▁No ▁lo ▁haré ▁por ▁am or ▁de ▁los ▁cuarenta .
▁Y ▁dijo : ▁No ▁se ▁enoj e ▁ahora ▁mi ▁Señor , ▁si ▁hablar e : ▁quizá ▁se ▁halla rán ▁allí ▁treinta . ▁Y ▁respondió : ▁No ▁lo ▁haré ▁si ▁halla re ▁allí ▁treinta .
▁Y ▁dijo : ▁He ▁aquí ▁ahora ▁que ▁he ▁emp re nd ido ▁el ▁hablar ▁á ▁mi ▁Señor : ▁quizá ▁se ▁halla rán ▁allí ▁veinte . ▁No ▁la ▁destruir é , ▁respondió , ▁por ▁am or ▁de ▁los ▁veinte .
▁Y ▁volvió ▁á ▁decir : ▁No ▁se ▁enoj e ▁ahora ▁mi ▁Señor , ▁si ▁hablar e ▁solamente ▁una ▁vez : ▁quizá ▁se ▁halla rán ▁allí ▁diez . ▁No ▁la ▁destruir é , ▁respondió , ▁por ▁am or ▁de ▁los ▁diez .
▁Y ▁fué se ▁Jehová , ▁luego ▁que ▁a ca b ó ▁de ▁hablar ▁á ▁Abraham : ▁y ▁Abraham ▁se ▁volvió ▁á ▁su ▁lugar .
▁Mas ▁él ▁por f ió ▁con ▁ellos ▁mucho , ▁y ▁se ▁vinieron ▁con ▁él , ▁y ▁entrar on ▁en ▁su ▁casa ; ▁é ▁ h í zo les ▁ba n que te , ▁y ▁co ció ▁pan es ▁sin ▁levadura , ▁y ▁com ieron .
▁Y ▁antes ▁que ▁se ▁a co st as en , ▁cerca ron ▁la ▁casa ▁los ▁hombres ▁de ▁la ▁ciudad , ▁los ▁varones ▁de ▁Sodom a , ▁todo ▁el ▁pueblo ▁junto , ▁de s de ▁el ▁más ▁ j ove n ▁hast a ▁el ▁más ▁viejo ;
▁Y ▁llamar on ▁á ▁Lo t , ▁y ▁le ▁dijeron : ▁¿ D ón de ▁están ▁los ▁varones ▁que ▁vinieron ▁á ▁ti ▁esta ▁noche ? ▁s á ca nos los , ▁para ▁que ▁los ▁con o z ca mos .
▁Entonces ▁Lo t ▁salió ▁á ▁ellos ▁á ▁la ▁puerta , ▁y ▁ cer r ó ▁las ▁puerta s ▁tras ▁sí ,
▁Y ▁dijo : ▁O s ▁ruego , ▁hermanos ▁mío s , ▁que ▁no ▁ha g áis ▁tal ▁mal dad .
▁Entonces ▁los ▁varones ▁al ar g aron ▁la ▁mano , ▁y ▁me t ieron ▁á ▁Lo t ▁en ▁casa ▁con ▁ellos , ▁y ▁ cer r aron ▁las ▁puerta s .
▁Y ▁á ▁los ▁hombres ▁que ▁estaban ▁á ▁la ▁puerta ▁de ▁la ▁casa ▁de s de ▁el ▁men or ▁hast a ▁el ▁may or , ▁hirieron ▁con ▁ ce gu er a ; ▁mas ▁ellos ▁se ▁fat i g aban ▁por ▁halla r ▁la ▁puerta .
▁Y ▁dijeron ▁los ▁varones ▁á ▁Lo t : ▁¿ T i en es ▁aquí ▁alguno ▁más ? ▁Y er nos , ▁y ▁tu s ▁hijos ▁y ▁tu s ▁hijas , ▁y ▁todo ▁lo ▁que ▁tiene s ▁en ▁la ▁ciudad , ▁s á ca lo ▁de ▁este ▁lugar :
▁Porque ▁va mos ▁á ▁destruir ▁este ▁lugar , ▁por ▁cuanto ▁el ▁c l am or ▁de ▁ellos ▁ha ▁su b ido ▁de ▁pu n to ▁delante ▁de ▁Jehová ; ▁por ▁tanto ▁Jehová ▁no s ▁ha ▁en vi ado ▁para ▁destruir lo .
▁Y ▁Lo t ▁les ▁dijo : ▁No , ▁yo ▁os ▁ruego , ▁señor es ▁mío s ;
▁He ▁aquí ▁ahora ▁esta ▁ciudad ▁está ▁cerca ▁para ▁ hu ir ▁all á , ▁la ▁cual ▁es ▁pe que ñ a ; ▁es ca p aré ▁ahora ▁all á , ▁ ( ¿ no ▁es ▁ella ▁pe que ñ a ? ) ▁y ▁vivir á ▁mi ▁alma .
▁Y ▁le ▁respondió : ▁He ▁aquí ▁he ▁re ci b ido ▁también ▁tu ▁s ú p li ca ▁sobre ▁esto ▁ , ▁y ▁no ▁destruir é ▁la ▁ciudad ▁de ▁que ▁has ▁hablado .
▁Da te ▁pri es a , ▁es c á pa te ▁all á ; ▁por que ▁nada ▁pod ré ▁hacer ▁hast a ▁que ▁allí ▁haya s ▁lleg ado . ▁Por ▁esto ▁fué ▁llamado ▁el ▁nombre ▁de ▁la ▁ciudad , ▁Z o ar .
▁El ▁so l ▁sal ía ▁sobre ▁la ▁tierra , ▁cuando ▁Lo t ▁llegó ▁á ▁Z o ar .
▁Entonces ▁ l lo vi ó ▁Jehová ▁sobre ▁Sodom a ▁y ▁sobre ▁Go mo r ra ▁a z u f re ▁y ▁fuego ▁de ▁parte ▁de ▁Jehová ▁de s de ▁los ▁cielo s ;
▁Y ▁de st r u y ó ▁las ▁ciudades , ▁y ▁toda ▁aquella ▁ l l an ura , ▁con ▁todos ▁los ▁moradores ▁de ▁aquella s ▁ciudades , ▁y ▁el ▁fruto ▁de ▁la ▁tierra .
▁Entonces ▁la ▁mujer ▁de ▁Lo t ▁miró ▁at rás , ▁á ▁es pa l das ▁de ▁él , ▁y ▁se ▁volvió ▁esta tu a ▁de ▁sal .
▁Y ▁subió ▁Abraham ▁por ▁la ▁mañana ▁al ▁lugar ▁don de ▁había ▁esta do ▁delante ▁de ▁Jehová :
▁Entonces ▁la ▁may or ▁dijo ▁á ▁la ▁men or : ▁N u est ro ▁padre ▁es ▁viejo , ▁y ▁no ▁que da ▁varón ▁en ▁la ▁tierra ▁que ▁entre ▁á ▁no s o tra s ▁conform e ▁á ▁la ▁co st umb re ▁de ▁toda ▁la ▁tierra :
▁Ve n , ▁de mos ▁á ▁beber ▁vino ▁á ▁nuestro ▁padre , ▁y ▁d ur ma mos ▁con ▁él , ▁y ▁con serv a remos ▁de ▁nuestro ▁padre ▁generación .
▁Y ▁d ieron ▁á ▁beber ▁vino ▁á ▁su ▁padre ▁aquella ▁noche : ▁y ▁entr ó ▁la ▁may or , ▁y ▁d urmió ▁con ▁su ▁padre ; ▁mas ▁él ▁no ▁sin t ió ▁cu ándo ▁se ▁a co st ó ▁ella , ▁ni ▁cu ándo ▁se ▁levant ó .
▁Y ▁d ieron ▁á ▁beber ▁vino ▁á ▁su ▁padre ▁también ▁aquella ▁noche : ▁y ▁levant óse ▁la ▁men or , ▁y ▁d urmió ▁con ▁él ; ▁per o ▁no ▁echó ▁de ▁ver ▁cu ándo ▁se ▁a co st ó ▁ella , ▁ni ▁cu ándo ▁se ▁levant ó .
▁Y ▁con ci b ieron ▁las ▁dos ▁hijas ▁de ▁Lo t , ▁de ▁su ▁padre .
▁Y ▁parió ▁la ▁may or ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁Moab , ▁el ▁cual ▁es ▁padre ▁de ▁los ▁Moab itas ▁hast a ▁hoy .
▁La ▁men or ▁también ▁parió ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁Be n - am m í , ▁el ▁cual ▁es ▁padre ▁de ▁los ▁Ammon itas ▁hast a ▁hoy .
▁ D E ▁allí ▁part ió ▁Abraham ▁á ▁la ▁tierra ▁del ▁Me di o d ía , ▁y ▁as en t ó ▁entre ▁C ad es ▁y ▁Sh ur , ▁y ▁habitó ▁ como ▁for aste ro ▁en ▁Ge r ar .
▁Y ▁dijo ▁Abraham ▁de ▁Sara ▁su ▁mujer : ▁Mi ▁hermana ▁es . ▁Y ▁Abimelech , ▁rey ▁de ▁Ge r ar , ▁envió ▁y ▁tomó ▁á ▁Sara .
▁E mpero ▁Dios ▁vino ▁á ▁Abimelech ▁en ▁sueño s ▁de ▁noche , ▁y ▁le ▁dijo : ▁He ▁aquí ▁muerto ▁eres ▁á ▁causa ▁de ▁la ▁mujer ▁que ▁has ▁tomado , ▁la ▁cual ▁es ▁casa da ▁con ▁marido .
▁Mas ▁Abimelech ▁no ▁había ▁lleg ado ▁á ▁ella , ▁y ▁dijo : ▁Señor , ▁¿ ma t arás ▁también ▁la ▁gente ▁just a ?
▁Entonces ▁Abimelech ▁se ▁levant ó ▁de ▁mañana , ▁y ▁llamó ▁á ▁todos ▁sus ▁siervos , ▁y ▁dijo ▁todas ▁esta s ▁palabras ▁en ▁los ▁oído s ▁de ▁ellos ; ▁y ▁tem ieron ▁los ▁hombres ▁en ▁gran ▁manera .
▁Y ▁dijo ▁más ▁Abimelech ▁á ▁Abraham : ▁¿ Qué ▁vi s te ▁para ▁que ▁ hi ci es es ▁esto ▁ ?
▁Y ▁Abraham ▁respondió : ▁Porque ▁di je ▁para ▁mí : ▁C i er to ▁no ▁hay ▁tem or ▁de ▁Dios ▁en ▁este ▁lugar , ▁y ▁me ▁matar án ▁por ▁causa ▁de ▁mi ▁mujer .
▁Y ▁á ▁la ▁ver dad ▁también ▁es ▁mi ▁hermana , ▁hija ▁de ▁mi ▁padre , ▁mas ▁no ▁hija ▁de ▁mi ▁madre , ▁y ▁to m é la ▁por ▁mujer .
▁Entonces ▁Abimelech ▁tomó ▁ovejas ▁y ▁vacas , ▁y ▁siervos ▁y ▁sierva s , ▁y ▁dió lo ▁á ▁Abraham , ▁y ▁de v o l vi ó le ▁á ▁Sara ▁su ▁mujer .
▁Y ▁dijo ▁Abimelech : ▁He ▁aquí ▁mi ▁tierra ▁está ▁delante ▁de ▁ti , ▁habita ▁don de ▁bien ▁te ▁pareciere .
▁Entonces ▁Abraham ▁or ó ▁á ▁Dios ; ▁y ▁Dios ▁s an ó ▁á ▁Abimelech ▁y ▁á ▁su ▁mujer , ▁y ▁á ▁sus ▁sierva s , ▁y ▁par ieron .
▁Porque ▁había ▁del ▁todo ▁ cer r ado ▁Jehová ▁toda ▁ ma t ri z ▁de ▁la ▁casa ▁de ▁Abimelech , ▁á ▁causa ▁de ▁Sara ▁mujer ▁de ▁Abraham .
▁Y ▁ V I S I T Ó ▁Jehová ▁á ▁Sara , ▁ como ▁había ▁dicho , ▁é ▁hizo ▁Jehová ▁con ▁Sara ▁ como ▁había ▁hablado .
▁Y ▁con ci b ió ▁y ▁parió ▁Sara ▁á ▁Abraham ▁un ▁hijo ▁en ▁su ▁ve je z , ▁en ▁el ▁tiempo ▁que ▁Dios ▁le ▁había ▁dicho .
▁Y ▁llamó ▁Abraham ▁el ▁nombre ▁de ▁su ▁hijo ▁que ▁le ▁nac ió , ▁que ▁le ▁parió ▁Sara , ▁Isaac .
▁Y ▁c ir cu n ci d ó ▁Abraham ▁á ▁su ▁hijo ▁Isaac ▁de ▁oc h o ▁días , ▁ como ▁Dios ▁le ▁había ▁mandado .
▁Y ▁era ▁Abraham ▁de ▁cien ▁años , ▁cuando ▁le ▁nac ió ▁Isaac ▁su ▁hijo .
▁Entonces ▁dijo ▁Sara : ▁Dios ▁me ▁ha ▁hecho ▁re ir , ▁y ▁cualquier a ▁que ▁lo ▁ o y er e , ▁se ▁re irá ▁conmigo .
▁Y ▁a ñ ad ió : ▁¿ Quién ▁di je ra ▁á ▁Abraham ▁que ▁Sara ▁había ▁de ▁dar ▁de ▁ ma m ar ▁á ▁hijos ? ▁pues ▁que ▁le ▁he ▁par ido ▁un ▁hijo ▁á ▁su ▁ve je z .
▁Y ▁c re ció ▁el ▁niño , ▁y ▁fué ▁de s te t ado ; ▁é ▁hizo ▁Abraham ▁gran ▁ba n que te ▁el ▁día ▁que ▁fué ▁de s te t ado ▁Isaac .
▁Y ▁vió ▁Sara ▁al ▁hijo ▁de ▁A gar ▁la ▁E g i p ci a , ▁el ▁cual ▁había ▁é s ta ▁par ido ▁á ▁Abraham , ▁que ▁se ▁bu r l aba .
▁Por ▁tanto ▁dijo ▁á ▁Abraham : ▁E ch a ▁á ▁esta ▁sierva ▁y ▁á ▁su ▁hijo ; ▁que ▁el ▁hijo ▁de ▁esta ▁sierva ▁no ▁ha ▁de ▁her ed ar ▁con ▁mi ▁hijo , ▁con ▁Isaac .
▁Este ▁dicho ▁par e ció ▁grave ▁en ▁gran ▁manera ▁á ▁Abraham ▁á ▁causa ▁de ▁su ▁hijo .
▁Y ▁también ▁al ▁hijo ▁de ▁la ▁sierva ▁pondré ▁en ▁gente , ▁por que ▁es ▁tu ▁simiente .
▁Y ▁f al t ó ▁el ▁agua ▁del ▁ o d re , ▁y ▁echó ▁al ▁much a ch o ▁debajo ▁de ▁un ▁árbol ;
▁Levántate , ▁al za ▁al ▁much a ch o , ▁y ▁á se le ▁de ▁tu ▁mano , ▁por que ▁en ▁gran ▁gente ▁lo ▁ten go ▁de ▁pon er .
▁Entonces ▁abr ió ▁Dios ▁sus ▁ojos , ▁y ▁vió ▁una ▁fuente ▁de ▁agua ; ▁y ▁fué , ▁y ▁ l l en ó ▁el ▁ o d re ▁de ▁agua , ▁y ▁dió ▁de ▁beber ▁al ▁much a ch o .
▁Y ▁fué ▁Dios ▁con ▁el ▁much a ch o ; ▁y ▁c re ció , ▁y ▁habitó ▁en ▁el ▁desierto , ▁y ▁fué ▁ti ra dor ▁de ▁ar co .
▁Y ▁habitó ▁en ▁el ▁desierto ▁de ▁P arán ; ▁y ▁su ▁madre ▁le ▁tomó ▁mujer ▁de ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁aconteció ▁en ▁aquel ▁mismo ▁tiempo ▁que ▁habló ▁Abimelech , ▁y ▁P hi co l , ▁príncipe ▁de ▁su ▁ejército , ▁á ▁Abraham ▁diciendo : ▁Dios ▁es ▁contigo ▁en ▁todo ▁cuanto ▁ha ce s :
▁Y ▁respondió ▁Abraham : ▁Yo ▁ j ura ré .
▁Y ▁Abraham ▁rec on vi no ▁á ▁Abimelech ▁á ▁causa ▁de ▁un ▁pozo ▁de ▁agua , ▁que ▁los ▁siervos ▁de ▁Abimelech ▁le ▁habían ▁qu ita do .
▁Y ▁respondió ▁Abimelech : ▁No ▁s é ▁qu ién ▁haya ▁hecho ▁esto ▁ , ▁ni ▁ t am p o co ▁tú ▁me ▁lo ▁ hi c iste ▁sabe r , ▁ni ▁yo ▁lo ▁he ▁oído ▁hast a ▁hoy .
▁Y ▁tomó ▁Abraham ▁ovejas ▁y ▁vacas , ▁y ▁dió ▁á ▁Abimelech ; ▁é ▁hicieron ▁ambos ▁alianza .
▁Y ▁puso ▁Abraham ▁siete ▁cor der as ▁del ▁re ba ñ o ▁apart e .
▁Y ▁dijo ▁Abimelech ▁á ▁Abraham : ▁¿ Qué ▁sign i f i ca n ▁es as ▁siete ▁cor der as ▁que ▁has ▁puesto ▁apart e ?
▁Y ▁él ▁respondió : ▁Que ▁esta s ▁siete ▁cor der as ▁tomará s ▁de ▁mi ▁mano , ▁para ▁que ▁me ▁sea n ▁en ▁testimonio ▁de ▁que ▁yo ▁ca v é ▁este ▁pozo .
▁Por ▁esto ▁llamó ▁á ▁aquel ▁lugar ▁Beer - se ba ; ▁por que ▁allí ▁ j ura ron ▁ambos .
▁As í ▁hicieron ▁alianza ▁en ▁Beer - se ba : ▁y ▁levant óse ▁Abimelech , ▁y ▁P hi co l , ▁príncipe ▁de ▁su ▁ejército , ▁y ▁se ▁volvieron ▁á ▁tierra ▁de ▁los ▁Filisteos .
▁Y ▁plant ó ▁Abraham ▁un ▁bo s que ▁en ▁Beer - se ba , ▁é ▁in v o c ó ▁allí ▁el ▁nombre ▁de ▁Jehová ▁Dios ▁ e t er no .
▁Y ▁mor ó ▁Abraham ▁en ▁tierra ▁de ▁los ▁Filisteos ▁mucho s ▁días .
▁Y ▁A C O N T E C I Ó ▁después ▁de ▁esta s ▁cosas , ▁que ▁tent ó ▁Dios ▁á ▁Abraham , ▁y ▁le ▁dijo : ▁Abraham . ▁Y ▁él ▁respondió : ▁He me ▁aquí .
▁A l ▁tercer ▁día ▁al z ó ▁Abraham ▁sus ▁ojos , ▁y ▁vió ▁el ▁lugar ▁de ▁le jo s .
▁Entonces ▁dijo ▁Abraham ▁á ▁sus ▁mozo s : ▁E s per a os ▁aquí ▁con ▁el ▁asno , ▁y ▁yo ▁y ▁el ▁much a ch o ▁ir emos ▁hast a ▁allí , ▁y ▁ ado ra remos , ▁y ▁volver emos ▁á ▁vosotros .
▁Y ▁tomó ▁Abraham ▁la ▁le ñ a ▁del ▁holocausto , ▁y ▁p ú s o la ▁sobre ▁Isaac ▁su ▁hijo : ▁y ▁él ▁tomó ▁en ▁su ▁mano ▁el ▁fuego ▁y ▁el ▁cuchillo ; ▁y ▁fueron ▁ambos ▁junto s .
▁Y ▁respondió ▁Abraham : ▁Dios ▁se ▁prove e rá ▁de ▁cordero ▁para ▁el ▁holocausto , ▁hijo ▁mío . ▁E ▁iba n ▁junto s .
▁Y ▁extend ió ▁Abraham ▁su ▁mano , ▁y ▁tomó ▁el ▁cuchillo , ▁para ▁degollar ▁á ▁su ▁hijo .
▁Entonces ▁el ▁ángel ▁de ▁Jehová ▁le ▁dió ▁voces ▁del ▁cielo , ▁y ▁dijo : ▁Abraham , ▁Abraham . ▁Y ▁él ▁respondió : ▁He me ▁aquí .
▁Y ▁llamó ▁Abraham ▁el ▁nombre ▁de ▁aquel ▁lugar , ▁Jehová ▁prove e rá ▁ . ▁Por ▁tanto ▁se ▁di ce ▁hoy : ▁En ▁el ▁monte ▁de ▁Jehová ▁será ▁pro vi s to .
▁Y ▁llamó ▁el ▁ángel ▁de ▁Jehová ▁á ▁Abraham ▁seg un da ▁vez ▁de s de ▁el ▁cielo ,
▁Y ▁dijo : ▁Por ▁mí ▁mismo ▁he ▁ j ur ado , ▁di ce ▁Jehová , ▁que ▁por ▁cuanto ▁has ▁hecho ▁esto ▁ , ▁y ▁no ▁me ▁has ▁re hu s ado ▁tu ▁hijo , ▁tu ▁ ún i co ;
▁En ▁tu ▁simiente ▁serán ▁be nd itas ▁todas ▁las ▁gente s ▁de ▁la ▁tierra , ▁por ▁cuanto ▁obedec iste ▁á ▁mi ▁voz .
▁Y ▁torn óse ▁Abraham ▁á ▁sus ▁mozo s , ▁y ▁levant áronse ▁y ▁se ▁fueron ▁junto s ▁á ▁Beer - se ba ; ▁y ▁habitó ▁Abraham ▁en ▁Beer - se ba .
▁Y ▁aconteció ▁después ▁de ▁esta s ▁cosas , ▁que ▁fué ▁d ada ▁nueva ▁á ▁Abraham , ▁diciendo : ▁He ▁aquí ▁que ▁también ▁Mi l ca ▁ha ▁par ido ▁hijos ▁á ▁N a ch ô r ▁tu ▁hermano :
▁A ▁Hu z ▁su ▁primogénito , ▁y ▁á ▁B u z ▁su ▁hermano , ▁y ▁á ▁ K em ue l ▁padre ▁de ▁Ar am ,
▁Y ▁á ▁C h ê s ed , ▁y ▁á ▁Ha zo , ▁y ▁á ▁P il das , ▁y ▁á ▁ J id la ph , ▁y ▁á ▁Beth ue l .
▁Y ▁Beth ue l ▁engendró ▁á ▁Rebeca . ▁Estos ▁oc h o ▁parió ▁Mi l ca ▁á ▁N a ch ô r , ▁hermano ▁de ▁Abraham .
▁Y ▁su ▁concubina , ▁que ▁se ▁llamaba ▁Re ú ma , ▁parió ▁también ▁á ▁T e ba , ▁y ▁á ▁ G ah am , ▁y ▁á ▁T a as , ▁y ▁á ▁Ma a ch â .
▁Y ▁F U É ▁la ▁vida ▁de ▁Sara ▁ciento ▁veinti s i e te ▁años : ▁tanto s ▁fueron ▁los ▁años ▁de ▁la ▁vida ▁de ▁Sara .
▁Y ▁murió ▁Sara ▁en ▁ K i ri ath - ar ba , ▁que ▁es ▁Hebrón , ▁en ▁la ▁tierra ▁de ▁Canaán : ▁y ▁vino ▁Abraham ▁á ▁hacer ▁el ▁d ue lo ▁á ▁Sara , ▁y ▁á ▁llora r la ▁ .
▁Y ▁levant óse ▁Abraham ▁de ▁delante ▁de ▁su ▁muerto , ▁y ▁habló ▁á ▁los ▁hijos ▁de ▁He th , ▁diciendo :
▁P er e g ri no ▁y ▁a d v en ed i zo ▁soy ▁entre ▁vosotros ; ▁ dad me ▁heredad ▁de ▁se p u l t ura ▁con ▁vosotros , ▁y ▁sepulta ré ▁mi ▁muerto ▁de ▁delante ▁de ▁mí .
▁Y ▁respondieron ▁los ▁hijos ▁de ▁He th ▁á ▁Abraham , ▁y ▁dijéronle :
▁Y ▁Abraham ▁se ▁levant ó , ▁é ▁inclin óse ▁al ▁pueblo ▁de ▁aquella ▁tierra , ▁á ▁los ▁hijos ▁de ▁He th ;
▁No , ▁señor ▁mío , ▁ó y e me : ▁te ▁do y ▁la ▁heredad , ▁y ▁te ▁do y ▁también ▁la ▁cueva ▁que ▁está ▁en ▁ella ; ▁delante ▁de ▁los ▁hijos ▁de ▁mi ▁pueblo ▁te ▁la ▁do y ; ▁sepulta ▁tu ▁muerto .
▁Y ▁Abraham ▁se ▁inclin ó ▁delante ▁del ▁pueblo ▁de ▁la ▁tierra .
▁Y ▁respondió ▁E ph r ón ▁á ▁Abraham , ▁di ci é ndo le :
▁Señor ▁mío , ▁es c ú ch a me : ▁la ▁tierra ▁va le ▁cuatrocient os ▁siclo s ▁de ▁plata : ▁¿ qué ▁es ▁esto ▁entre ▁mí ▁y ▁ti ? ▁en t i er ra ▁pues ▁tu ▁muerto .
▁Por ▁de ▁Abraham ▁en ▁posesión , ▁á ▁vi s ta ▁de ▁los ▁hijos ▁de ▁He th , ▁y ▁de ▁todos ▁los ▁que ▁entr aban ▁por ▁la ▁puerta ▁de ▁la ▁ciudad .
▁Y ▁después ▁de ▁esto ▁se p u l t ó ▁Abraham ▁á ▁Sara ▁su ▁mujer ▁en ▁la ▁cueva ▁de ▁la ▁heredad ▁de ▁Ma c pe la ▁en f r ente ▁de ▁Ma m re , ▁que ▁es ▁Hebrón ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁quedó ▁la ▁heredad ▁y ▁la ▁cueva ▁que ▁en ▁ella ▁había , ▁por ▁de ▁Abraham , ▁en ▁posesión ▁de ▁se p u l t ura ▁a d qui ri da ▁de ▁los ▁hijos ▁de ▁He th .
▁Y ▁A B R A H A M ▁era ▁viejo , ▁y ▁bien ▁entr ado ▁en ▁días ; ▁y ▁Jehová ▁había ▁be n de c ido ▁á ▁Abraham ▁en ▁todo .
▁Y ▁dijo ▁Abraham ▁á ▁un ▁criado ▁suyo , ▁el ▁más ▁viejo ▁de ▁su ▁casa , ▁que ▁era ▁el ▁que ▁go be rna ba ▁en ▁todo ▁lo ▁que ▁tenía : ▁P on ▁ahora ▁tu ▁mano ▁debajo ▁de ▁mi ▁mu s lo ,
▁Y ▁te ▁ j ura ment aré ▁por ▁Jehová , ▁Dios ▁de ▁los ▁cielo s ▁y ▁Dios ▁de ▁la ▁tierra , ▁que ▁no ▁has ▁de ▁tomar ▁mujer ▁para ▁mi ▁hijo ▁de ▁las ▁hijas ▁de ▁los ▁Cananeo s , ▁entre ▁los ▁cuales ▁yo ▁ha bi to ;
▁Si no ▁que ▁ irá s ▁á ▁mi ▁tierra ▁y ▁á ▁mi ▁par ente la , ▁y ▁tomará s ▁mujer ▁para ▁mi ▁hijo ▁Isaac .
▁Y ▁el ▁criado ▁le ▁respondió : ▁ Q u i z á ▁la ▁mujer ▁no ▁que r rá ▁ven ir ▁en ▁pos ▁de ▁mí ▁á ▁esta ▁tierra : ▁¿ v o l ver é ▁ , ▁pues , ▁tu ▁hijo ▁á ▁la ▁tierra ▁de ▁don de ▁sal iste ?
▁Y ▁Abraham ▁le ▁dijo : ▁ G u á r da te ▁que ▁no ▁ v ue l v as ▁á ▁mi ▁hijo ▁all á .
▁Y ▁si ▁la ▁mujer ▁no ▁qu is iere ▁ven ir ▁en ▁pos ▁de ▁ti , ▁será s ▁libr e ▁de ▁este ▁mi ▁ j ura ment o ; ▁solamente ▁que ▁no ▁ v ue l v as ▁all á ▁á ▁mi ▁hijo .
▁Entonces ▁el ▁criado ▁puso ▁su ▁mano ▁debajo ▁del ▁mu s lo ▁de ▁Abraham ▁su ▁señor , ▁y ▁juró le ▁sobre ▁este ▁negocio .
▁E ▁hizo ▁ar ro d ill ar ▁los ▁came l los ▁fuera ▁de ▁la ▁ciudad , ▁junto ▁á ▁un ▁pozo ▁de ▁agua , ▁á ▁la ▁ho ra ▁de ▁la ▁tarde , ▁á ▁la ▁ho ra ▁en ▁que ▁sal en ▁las ▁mo za s ▁por ▁agua .
▁Y ▁dijo : ▁Jehová , ▁Dios ▁de ▁mi ▁señor ▁Abraham , ▁da me , ▁te ▁ruego , ▁el ▁ten er ▁hoy ▁bu en ▁en cu en t ro , ▁y ▁ha z ▁misericordia ▁con ▁mi ▁señor ▁Abraham .
▁He ▁aquí ▁yo ▁esto y ▁junto ▁á ▁la ▁fuente ▁de ▁agua , ▁y ▁las ▁hijas ▁de ▁los ▁varones ▁de ▁esta ▁ciudad ▁sal en ▁por ▁agua :
▁Entonces ▁el ▁criado ▁cor r ió ▁haci a ▁ella , ▁y ▁dijo : ▁Ruégote ▁que ▁me ▁de s ▁á ▁beber ▁un ▁poco ▁de ▁agua ▁de ▁tu ▁c án ta ro .
▁Y ▁ella ▁respondió : ▁Be be , ▁señor ▁mío : ▁y ▁dió se ▁pri s a ▁á ▁ba ja r ▁su ▁c án ta ro ▁sobre ▁su ▁mano , ▁y ▁le ▁dió ▁á ▁beber .
▁Y ▁cuando ▁a ca b ó ▁de ▁dar le ▁á ▁beber , ▁dijo : ▁T ambién ▁para ▁tu s ▁came l los ▁saca ré ▁agua , ▁hast a ▁que ▁a ca b en ▁de ▁beber .
▁Y ▁dió se ▁pri s a , ▁y ▁va ció ▁su ▁c án ta ro ▁en ▁la ▁pi la , ▁y ▁cor r ió ▁otra ▁vez ▁al ▁pozo ▁para ▁saca r ▁agua , ▁y ▁sacó ▁para ▁todos ▁sus ▁came l los .
▁Y ▁el ▁hombre ▁estaba ▁mar a vi l l ado ▁de ▁ella , ▁ca l l ando , ▁para ▁sabe r ▁si ▁Jehová ▁había ▁prosper ado ▁ó ▁no ▁su ▁vi a je .
▁Y ▁dijo : ▁¿ D e ▁qu ién ▁eres ▁hija ? ▁Ruégote ▁me ▁di ga s , ▁¿ h a y ▁lugar ▁en ▁casa ▁de ▁tu ▁padre ▁don de ▁pos emos ?
▁Y ▁ella ▁respondió : ▁So y ▁hija ▁de ▁Beth ue l , ▁hijo ▁de ▁Mi l ca , ▁el ▁cual ▁parió ▁ella ▁á ▁N a ch ô r .
▁Y ▁a ñ ad ió : ▁T ambién ▁hay ▁en ▁nuestra ▁casa ▁pa ja ▁y ▁mucho ▁for ra je , ▁y ▁lugar ▁para ▁pos ar .
▁El ▁hombre ▁entonces ▁se ▁inclin ó , ▁y ▁a dor ó ▁á ▁Jehová .
▁Y ▁la ▁mo za ▁cor r ió , ▁é ▁hizo ▁sabe r ▁en ▁casa ▁de ▁su ▁madre ▁esta s ▁cosas .
▁Y ▁Rebeca ▁tenía ▁un ▁hermano ▁que ▁se ▁llamaba ▁Labán , ▁el ▁cual ▁cor r ió ▁a f ue ra ▁al ▁hombre , ▁á ▁la ▁fuente ;
▁Y ▁díjole : ▁Ve n , ▁be n di to ▁de ▁Jehová ; ▁¿ por ▁qué ▁está s ▁fuera ? ▁yo ▁he ▁limpia do ▁la ▁casa , ▁y ▁el ▁lugar ▁para ▁los ▁came l los .
▁Y ▁pu s iéronle ▁delante ▁qué ▁come r ; ▁mas ▁él ▁dijo : ▁No ▁come ré ▁hast a ▁que ▁haya ▁dicho ▁mi ▁men s a je . ▁Y ▁él ▁le ▁dijo : ▁Habla .
▁Entonces ▁dijo : ▁Yo ▁soy ▁criado ▁de ▁Abraham ;
▁Y ▁Sara , ▁mujer ▁de ▁mi ▁am o , ▁parió ▁en ▁su ▁ve je z ▁un ▁hijo ▁á ▁mi ▁señor , ▁quien ▁le ▁ha ▁dado ▁todo ▁cuanto ▁tiene .
▁Y ▁mi ▁am o ▁me ▁hizo ▁ j ura r , ▁diciendo : ▁No ▁tomará s ▁mujer ▁para ▁mi ▁hijo ▁de ▁las ▁hijas ▁de ▁los ▁Cananeo s , ▁en ▁cu y a ▁tierra ▁ha bi to ;
▁Si no ▁que ▁ irá s ▁á ▁la ▁casa ▁de ▁mi ▁padre , ▁y ▁á ▁mi ▁par ente la , ▁y ▁tomará s ▁mujer ▁para ▁mi ▁hijo .
▁Y ▁yo ▁di je : ▁ Q u i z ás ▁la ▁mujer ▁no ▁que r rá ▁se gu ir me .
▁Entonces ▁él ▁me ▁respondió : ▁Jehová , ▁en ▁cu y a ▁presencia ▁he ▁and ado , ▁enviar á ▁su ▁ángel ▁contigo , ▁y ▁prosper ará ▁tu ▁camino ; ▁y ▁tomará s ▁mujer ▁para ▁mi ▁hijo ▁de ▁mi ▁li n a je ▁y ▁de ▁la ▁casa ▁de ▁mi ▁padre :
▁Entonces ▁será s ▁libr e ▁de ▁mi ▁ j ura ment o , ▁cuando ▁hubiere s ▁lleg ado ▁á ▁mi ▁li n a je ; ▁y ▁si ▁no ▁te ▁la ▁die re n , ▁será s ▁libr e ▁de ▁mi ▁ j ura ment o .
▁L le gu é , ▁pues , ▁hoy ▁á ▁la ▁fuente , ▁y ▁di je : ▁Jehová , ▁Dios ▁de ▁mi ▁señor ▁Abraham , ▁si ▁tú ▁prosper as ▁ahora ▁mi ▁camino ▁por ▁el ▁cual ▁and o ;
▁Y ▁ella ▁me ▁respond iere , ▁Be be ▁tú , ▁y ▁también ▁para ▁tu s ▁came l los ▁saca ré ▁agua : ▁é s ta ▁sea ▁la ▁mujer ▁que ▁de st in ó ▁Jehová ▁para ▁el ▁hijo ▁de ▁mi ▁señor .
▁Ahora ▁pues , ▁si ▁vosotros ▁ha c éis ▁misericordia ▁y ▁ver dad ▁con ▁mi ▁señor , ▁declar á d me lo ; ▁y ▁si ▁no , ▁declar á d me lo ; ▁y ▁echar é ▁á ▁la ▁die s tra ▁ó ▁á ▁la ▁sin i est ra .
▁Entonces ▁Labán ▁y ▁Beth ue l ▁respondieron ▁y ▁dijeron : ▁De ▁Jehová ▁ha ▁sal ido ▁esto ; ▁no ▁pod emos ▁hablar te ▁mal o ▁ni ▁bueno .
▁He ▁ ah í ▁Rebeca ▁delante ▁de ▁ti ; ▁ t ó ma la ▁y ▁ve te , ▁y ▁sea ▁mujer ▁del ▁hijo ▁de ▁tu ▁señor , ▁ como ▁lo ▁ha ▁dicho ▁Jehová .
▁Y ▁fué , ▁que ▁ como ▁el ▁criado ▁de ▁Abraham ▁oyó ▁sus ▁palabras , ▁inclin óse ▁á ▁tierra ▁á ▁Jehová .
▁Y ▁sacó ▁el ▁criado ▁vasos ▁de ▁plata , ▁y ▁vasos ▁de ▁oro ▁y ▁vestidos , ▁y ▁dió ▁á ▁Rebeca : ▁también ▁dió ▁cosas ▁precio s as ▁á ▁su ▁hermano ▁y ▁á ▁su ▁madre .
▁Y ▁com ieron ▁y ▁be b ieron ▁él ▁y ▁los ▁varones ▁que ▁venía n ▁con ▁él , ▁y ▁d ur m ieron ; ▁y ▁levant ándose ▁de ▁mañana , ▁dijo : ▁En vi ad me ▁á ▁mi ▁señor .
▁Entonces ▁respondió ▁su ▁hermano ▁y ▁su ▁madre : ▁E s per e ▁la ▁mo za ▁con ▁nosotros ▁á ▁lo ▁men os ▁diez ▁días , ▁y ▁después ▁ irá .
▁Y ▁él ▁les ▁dijo : ▁No ▁me ▁de t en g áis , ▁pues ▁que ▁Jehová ▁ha ▁prosper ado ▁mi ▁camino ; ▁de s pa ch ad me ▁para ▁que ▁me ▁vaya ▁á ▁mi ▁señor .
▁El los ▁respondieron ▁entonces : ▁L l am emos ▁la ▁mo za ▁y ▁pre gu n t é mos le ▁ .
▁Y ▁llamar on ▁á ▁Rebeca , ▁y ▁dijéronle : ▁¿ I rás ▁tú ▁con ▁este ▁varón ? ▁Y ▁ella ▁respondió : ▁S í , ▁ir é .
▁Entonces ▁dejar on ▁ir ▁á ▁Rebeca ▁su ▁hermana , ▁y ▁á ▁su ▁no d ri za , ▁y ▁al ▁criado ▁de ▁Abraham ▁y ▁á ▁sus ▁hombres .
▁Y ▁be n di je ron ▁á ▁Rebeca , ▁y ▁dijéronle : ▁N u est ra ▁hermana ▁eres ; ▁sea s ▁en ▁mil la res ▁de ▁mil la res , ▁y ▁tu ▁generación ▁pos e a ▁la ▁puerta ▁de ▁sus ▁enemigos .
▁Levant óse ▁entonces ▁Rebeca ▁y ▁sus ▁mo za s , ▁y ▁subieron ▁sobre ▁los ▁came l los , ▁y ▁siguie ron ▁al ▁hombre ; ▁y ▁el ▁criado ▁tomó ▁á ▁Rebeca , ▁y ▁fué se .
▁Y ▁venía ▁Isaac ▁del ▁pozo ▁del ▁Viv iente ▁que ▁me ▁ve ; ▁por que ▁él ▁habitaba ▁en ▁la ▁tierra ▁del ▁Me di o d ía ;
▁Y ▁había ▁sal ido ▁Isaac ▁á ▁or ar ▁al ▁campo , ▁á ▁la ▁ho ra ▁de ▁la ▁tarde ; ▁y ▁al z ando ▁sus ▁ojos ▁miró , ▁y ▁he ▁aquí ▁los ▁came l los ▁que ▁venía n .
▁Rebeca ▁también ▁al z ó ▁sus ▁ojos , ▁y ▁vió ▁á ▁Isaac , ▁y ▁descend ió ▁del ▁came l lo ;
▁Porque ▁había ▁pregunta do ▁al ▁criado : ▁¿ Quién ▁es ▁este ▁varón ▁que ▁viene ▁por ▁el ▁campo ▁haci a ▁nosotros ? ▁Y ▁el ▁siervo ▁había ▁respond ido : ▁Este ▁es ▁mi ▁señor . ▁El la ▁entonces ▁tomó ▁el ▁ve lo , ▁y ▁cu b ri óse .
▁Entonces ▁el ▁criado ▁con t ó ▁á ▁Isaac ▁todo ▁lo ▁que ▁había ▁hecho .
▁E ▁in t ro d ú jo la ▁Isaac ▁á ▁la ▁tienda ▁de ▁su ▁madre ▁Sara , ▁y ▁tomó ▁á ▁Rebeca ▁por ▁mujer ; ▁y ▁am ó la : ▁y ▁con s o l óse ▁Isaac ▁después ▁de ▁la ▁muerte ▁de ▁su ▁madre .
▁Y ▁A B R A H A M ▁tomó ▁otra ▁mujer , ▁cu y o ▁nombre ▁fué ▁C e t ura ;
▁La ▁cual ▁le ▁parió ▁á ▁Z im r am , ▁y ▁á ▁ J o k s an , ▁y ▁á ▁M ed an , ▁y ▁á ▁Mi di am , ▁y ▁á ▁I s h ba k , ▁y ▁á ▁Su a .
▁Y ▁ J o k s an ▁engendró ▁á ▁Se ba , ▁y ▁á ▁De d án : ▁é ▁hijos ▁de ▁De d án ▁fueron ▁As s ur im , ▁y ▁Let u s im , ▁y ▁Le u m m im .
▁E ▁hijos ▁de ▁Mi di am : ▁E ph a , ▁y ▁E ph er , ▁y ▁En e ch , ▁y ▁Abi da , ▁y ▁El da a . ▁Todo s ▁estos f ue ron hi jo s ▁de ▁C e t ura .
▁Y ▁Abraham ▁dió ▁todo ▁cuanto ▁tenía ▁á ▁Isaac .
▁Y ▁á ▁los ▁hijos ▁de ▁sus ▁concubina s ▁dió ▁Abraham ▁done s , ▁y ▁envió los ▁de ▁junto ▁Isaac ▁su ▁hijo , ▁mi en tra s ▁él ▁vi v ía , ▁haci a ▁el ▁or iente , ▁á ▁la ▁tierra ▁or i enta l .
▁Y ▁estos ▁fueron ▁los ▁días ▁de ▁vida ▁que ▁vivió ▁Abraham : ▁ciento ▁setenta ▁y ▁cinco ▁años .
▁Y ▁ex h al ó ▁el ▁espíritu , ▁y ▁murió ▁Abraham ▁en ▁buena ▁ve je z , ▁an ci an o ▁y ▁lleno ▁de ▁días , ▁y ▁fué ▁un ido ▁á ▁su ▁pueblo .
▁He re dad ▁que ▁com p r ó ▁Abraham ▁de ▁los ▁hijos ▁de ▁He th ; ▁allí ▁fué ▁Abraham ▁sepulta do , ▁y ▁Sara ▁su ▁mujer .
▁Y ▁su c ed ió , ▁después ▁de ▁muerto ▁Abraham , ▁que ▁Dios ▁bendijo ▁á ▁Isaac ▁su ▁hijo : ▁y ▁habitó ▁Isaac ▁junto ▁al ▁pozo ▁del ▁Viv iente ▁que ▁me ▁ve .
▁Y ▁esta s ▁son ▁las ▁generaciones ▁de ▁I s ma el , ▁hijo ▁de ▁Abraham , ▁que ▁le ▁parió ▁A gar ▁E g i p ci a , ▁sierva ▁de ▁Sara :
▁Y ▁Mi s ma , ▁y ▁ D u ma , ▁y ▁Mas s a ,
▁Ha dad , ▁y ▁T e ma , ▁y ▁Je t ur , ▁y ▁N a ph is , ▁y ▁C ed e ma .
▁Estos ▁son ▁los ▁hijos ▁de ▁I s ma el , ▁y ▁estos ▁sus ▁nombre s , ▁por ▁sus ▁villas ▁y ▁por ▁sus ▁camp a ment os ; ▁do ce ▁príncipes ▁por ▁sus ▁familias .
▁Y ▁estos ▁fueron ▁los ▁años ▁de ▁la ▁vida ▁de ▁I s ma el , ▁ciento ▁treinta ▁y ▁siete ▁años : ▁y ▁ex h al ó ▁el ▁espíritu ▁I s ma el , ▁y ▁murió ; ▁y ▁fué ▁un ido ▁á ▁su ▁pueblo .
▁Y ▁habita ron ▁de s de ▁Ha vi la ▁hast a ▁Sh ur , ▁que ▁está ▁en f r ente ▁de ▁Egipto ▁vi n iendo ▁á ▁As i ri a ; ▁y ▁murió ▁en ▁presencia ▁de ▁todos ▁sus ▁hermanos .
▁Y ▁esta s ▁son ▁las ▁generaciones ▁de ▁Isaac , ▁hijo ▁de ▁Abraham . ▁Abraham ▁engendró ▁á ▁Isaac :
▁Y ▁era ▁Isaac ▁de ▁cuarenta ▁años ▁cuando ▁tomó ▁por ▁mujer ▁á ▁Rebeca , ▁hija ▁de ▁Beth ue l ▁A ra me o ▁de ▁P ada n - ar am , ▁hermana ▁de ▁Labán ▁A ra me o .
▁Y ▁or ó ▁Isaac ▁á ▁Jehová ▁por ▁su ▁mujer , ▁que ▁era ▁es t é ri l ; ▁y ▁a ce p t ólo ▁Jehová , ▁y ▁con ci b ió ▁Rebeca ▁su ▁mujer .
▁Y ▁los ▁hijos ▁se ▁com ba t ían ▁dentro ▁de ▁ella ; ▁y ▁dijo : ▁Si ▁es ▁así ▁¿ para ▁qué ▁vi v o ▁yo ? ▁Y ▁fué ▁á ▁consult ar ▁á ▁Jehová .
▁Y ▁ como ▁se ▁cumpl ieron ▁sus ▁días ▁para ▁par ir , ▁he ▁aquí ▁me l li zo s ▁en ▁su ▁vi en t re .
▁Y ▁salió ▁el ▁primer o ▁ r u bi o , ▁y ▁todo ▁él ▁ve l l u do ▁ como ▁una ▁pe l li za ; ▁y ▁llamar on ▁su ▁nombre ▁Esaú .
▁Y ▁después ▁salió ▁su ▁hermano , ▁tra b ada ▁su ▁mano ▁al ▁ca l ca ñ ar ▁de ▁Esaú : ▁y ▁fué ▁llamado ▁su ▁nombre ▁Jacob . ▁Y ▁era ▁Isaac ▁de ▁edad ▁de ▁se s enta ▁años ▁cuando ▁ella ▁los ▁parió .
▁Y ▁c re c ieron ▁los ▁niño s , ▁y ▁Esaú ▁fué ▁die st ro ▁en ▁la ▁ca za , ▁hombre ▁del ▁campo : ▁Jacob ▁ e mpero ▁era ▁varón ▁ qui e to , ▁que ▁habitaba ▁en ▁tienda s .
▁Y ▁am ó ▁Isaac ▁á ▁Esaú , ▁por que ▁com ía ▁de ▁su ▁ca za ; ▁mas ▁Rebeca ▁am aba ▁á ▁Jacob .
▁Y ▁ gu is ó ▁Jacob ▁un ▁p o ta je ; ▁y ▁ v o l viendo ▁Esaú ▁del ▁campo ▁can s ado ,
▁Di jo ▁á ▁Jacob : ▁Ruégote ▁que ▁me ▁de s ▁á ▁come r ▁de ▁es o ▁be r me jo , ▁pues ▁esto y ▁mu y ▁can s ado . ▁Por ▁tanto ▁fué ▁llamado ▁su ▁nombre ▁Edom .
▁Y ▁Jacob ▁respondió : ▁ V é n de me ▁en ▁este ▁día ▁tu ▁pri mo g en i t ura .
▁Entonces ▁dijo ▁Esaú : ▁He ▁aquí ▁yo ▁me ▁ v o y ▁á ▁mor ir ; ▁¿ para ▁qué , ▁pues , ▁me ▁servir á ▁la ▁pri mo g en i t ura ?
▁Y ▁dijo ▁Jacob : ▁ J ú ra me lo ▁en ▁este ▁día . ▁Y ▁él ▁le ▁juró , ▁y ▁ven d ió ▁á ▁Jacob ▁su ▁pri mo g en i t ura .
▁Y ▁ H U B O ▁hambre ▁en ▁la ▁tierra , ▁además ▁de ▁la ▁primer a ▁hambre ▁que ▁fué ▁en ▁los ▁días ▁de ▁Abraham : ▁y ▁fué se ▁Isaac ▁á ▁Abimelech ▁rey ▁de ▁los ▁Filisteos , ▁en ▁Ge r ar .
▁Y ▁ap are ci óse le ▁Jehová , ▁y ▁díjole : ▁No ▁de s ci en das ▁á ▁Egipto : ▁habita ▁en ▁la ▁tierra ▁que ▁yo ▁te ▁di ré ;
▁Y ▁multiplic aré ▁tu ▁simiente ▁ como ▁las ▁es t re l la s ▁del ▁cielo , ▁y ▁daré ▁á ▁tu ▁simiente ▁todas ▁esta s ▁tierra s ; ▁y ▁todas ▁las ▁gente s ▁de ▁la ▁tierra ▁serán ▁be nd itas ▁en ▁tu ▁simiente :
▁Por ▁cuanto ▁oyó ▁Abraham ▁mi ▁voz , ▁y ▁guard ó ▁mi ▁pre ce p to , ▁mis ▁mandamientos , ▁mis ▁estatuto s ▁y ▁mis ▁le y es .
▁Ha bi t ó , ▁pues , ▁Isaac ▁en ▁Ge r ar .
▁Y ▁su c ed ió ▁que , ▁después ▁que ▁él ▁estuv o ▁allí ▁mucho s ▁días , ▁Abimelech , ▁rey ▁de ▁los ▁Filisteos , ▁mira ndo ▁por ▁una ▁ven t an a , ▁vió ▁á ▁Isaac ▁que ▁ j u g aba ▁con ▁Rebeca ▁su ▁mujer .
▁Y ▁Abimelech ▁dijo : ▁¿ Por ▁qué ▁no s ▁has ▁hecho ▁esto ? ▁Por ▁poco ▁ hu bi er a ▁do r m ido ▁alguno ▁del ▁pueblo ▁con ▁tu ▁mujer , ▁y ▁ hu bi er as ▁traído ▁sobre ▁nosotros ▁el ▁pecado .
▁Entonces ▁Abimelech ▁mandó ▁á ▁todo ▁el ▁pueblo , ▁diciendo : ▁El ▁que ▁tocare ▁á ▁este ▁hombre ▁ó ▁á ▁su ▁mujer , ▁de ▁cierto ▁morirá .
▁Y ▁se m b r ó ▁Isaac ▁en ▁aquella ▁tierra , ▁y ▁halló ▁aquel ▁año ▁ciento ▁por ▁uno : ▁y ▁be nd í jo le ▁Jehová .
▁Y ▁el ▁varón ▁se ▁en g ra n de ció , ▁y ▁fué ▁a de l an t ando ▁y ▁en g ra n de ci é ndo se , ▁hast a ▁hacer se ▁mu y ▁pod eros o :
▁Y ▁tuvo ▁ha to ▁de ▁ovejas , ▁y ▁ha to ▁de ▁vacas , ▁y ▁grande ▁a per o ; ▁y ▁los ▁Filisteos ▁le ▁ tuvieron ▁en vi di a .
▁Y ▁todos ▁los ▁pozo s ▁que ▁habían ▁a bi er to ▁los ▁criado s ▁de ▁Abraham ▁su ▁padre ▁en ▁sus ▁días , ▁los ▁Filisteos ▁los ▁habían ▁ ce g ado ▁y ▁llena do ▁de ▁tierra .
▁Y ▁dijo ▁Abimelech ▁á ▁Isaac : ▁A p á r ta te ▁de ▁nosotros , ▁por que ▁mucho ▁más ▁pod eros o ▁que ▁nosotros ▁te ▁has ▁hecho .
▁E ▁Isaac ▁se ▁fué ▁de ▁allí ; ▁y ▁as en t ó ▁sus ▁tienda s ▁en ▁el ▁valle ▁de ▁Ge r ar , ▁y ▁habitó ▁allí .
▁Y ▁los ▁siervos ▁de ▁Isaac ▁ca v aron ▁en ▁el ▁valle , ▁y ▁halla ron ▁allí ▁un ▁pozo ▁de ▁aguas ▁viva s .
▁Y ▁abr ieron ▁otro ▁pozo , ▁y ▁también ▁ ri ñ e ron ▁sobre ▁él : ▁y ▁llamó ▁su ▁nombre ▁Si t n ah .
▁Y ▁de ▁allí ▁subió ▁á ▁Beer - se ba .
▁Y ▁ap are ci óse le ▁Jehová ▁aquella ▁noche , ▁y ▁dijo : ▁Yo ▁soy ▁el ▁Dios ▁de ▁Abraham ▁tu ▁padre ; ▁no ▁tem as , ▁que ▁yo ▁soy ▁contigo , ▁y ▁yo ▁te ▁bendecir é , ▁y ▁multiplic aré ▁tu ▁simiente ▁por ▁am or ▁de ▁Abraham ▁mi ▁siervo .
▁Y ▁edificó ▁allí ▁un ▁altar , ▁é ▁in v o c ó ▁el ▁nombre ▁de ▁Jehová , ▁y ▁ten d ió ▁allí ▁su ▁tienda : ▁y ▁abr ieron ▁allí ▁los ▁siervos ▁de ▁Isaac ▁un ▁pozo .
▁Y ▁Abimelech ▁vino ▁á ▁él ▁de s de ▁Ge r ar , ▁y ▁A hu z za th , ▁am i go ▁suyo , ▁y ▁P hi co l , ▁capitán ▁de ▁su ▁ejército .
▁Y ▁díjole s ▁Isaac : ▁¿ Por ▁qué ▁ven í s ▁á ▁mí , ▁pues ▁que ▁me ▁ha béis ▁aborrec ido , ▁y ▁me ▁echa steis ▁de ▁entre ▁vosotros ?
▁Que ▁no ▁no s ▁haga s ▁mal , ▁ como ▁nosotros ▁no ▁te ▁he mos ▁to c ado , ▁y ▁ como ▁solamente ▁te ▁he mos ▁hecho ▁bien , ▁y ▁te ▁en vi a mos ▁en ▁paz : ▁tú ▁ahora , ▁be n di to ▁de ▁Jehová .
▁Entonces ▁él ▁les ▁hizo ▁ba n que te , ▁y ▁com ieron ▁y ▁be b ieron .
▁Y ▁se ▁levant aron ▁de ▁ ma d r u g ada , ▁y ▁ j ura ron ▁el ▁uno ▁al ▁otro ; ▁é ▁Isaac ▁los ▁de s p id ió , ▁y ▁ellos ▁se ▁part ieron ▁de ▁él ▁en ▁paz .
▁Y ▁en ▁aquel ▁día ▁su c ed ió ▁que ▁vinieron ▁los ▁criado s ▁de ▁Isaac , ▁y ▁d iéronle ▁nueva s ▁acerca ▁del ▁pozo ▁que ▁habían ▁a bi er to , ▁y ▁le ▁dijeron : ▁A gu a ▁he mos ▁halla do .
▁Y ▁llamó lo ▁Se ba : ▁por ▁cu y a ▁causa ▁el ▁nombre ▁de ▁aquella ▁ciudad ▁es ▁Beer - se ba ▁hast a ▁este ▁día .
▁Y ▁cuando ▁Esaú ▁fué ▁de ▁cuarenta ▁años , ▁tomó ▁por ▁mujer ▁á ▁ J ud i th ▁hija ▁de ▁Beer i ▁Hetheo , ▁y ▁á ▁B a se ma t ▁hija ▁de ▁El ón ▁Hetheo :
▁Y ▁fueron ▁am ar gu ra ▁de ▁espíritu ▁á ▁Isaac ▁y ▁á ▁Rebeca .
▁Y ▁él ▁dijo : ▁He ▁aquí ▁y a ▁soy ▁viejo , ▁no ▁s é ▁el ▁día ▁de ▁mi ▁muerte :
▁Toma , ▁pues , ▁ahora ▁tu s ▁arm as , ▁tu ▁al ja ba ▁y ▁tu ▁ar co , ▁y ▁sal ▁al ▁campo , ▁y ▁c ó g e me ▁ca za ;
▁Y ▁ha z me ▁un ▁ gu is ado , ▁ como ▁yo ▁ gu s to , ▁y ▁ t rá e me lo , ▁y ▁come ré ; ▁para ▁que ▁te ▁be n di ga ▁mi ▁alma ▁antes ▁que ▁muera .
▁Y ▁Rebeca ▁estaba ▁ o y e ndo , ▁cuando ▁habla ba ▁Isaac ▁á ▁Esaú ▁su ▁hijo : ▁y ▁fué se ▁Esaú ▁al ▁campo ▁para ▁co g er ▁la ▁ca za ▁que ▁había ▁de ▁tra er .
▁Entonces ▁Rebeca ▁habló ▁á ▁Jacob ▁su ▁hijo , ▁diciendo : ▁He ▁aquí ▁yo ▁he ▁oído ▁á ▁tu ▁padre ▁que ▁habla ba ▁con ▁Esaú ▁tu ▁hermano , ▁diciendo :
▁T rá e me ▁ca za , ▁y ▁ha z me ▁un ▁ gu is ado , ▁para ▁que ▁com a , ▁y ▁te ▁be n di ga ▁delante ▁de ▁Jehová ▁antes ▁que ▁yo ▁muera .
▁Ahora ▁pues , ▁hijo ▁mío , ▁obedec e ▁á ▁mi ▁voz ▁en ▁lo ▁que ▁te ▁man do ;
▁Ve ▁ahora ▁al ▁ganado , ▁y ▁ t rá e me ▁de ▁allí ▁dos ▁bueno s ▁ca b ri to s ▁de ▁las ▁ca bra s , ▁y ▁haré ▁de ▁ellos ▁vi an das ▁para ▁tu ▁padre , ▁ como ▁él ▁ gu s ta ;
▁Y ▁tú ▁las ▁llev arás ▁á ▁tu ▁padre , ▁y ▁comerá , ▁para ▁que ▁te ▁be n di ga ▁antes ▁de ▁su ▁muerte .
▁Y ▁Jacob ▁dijo ▁á ▁Rebeca ▁su ▁madre : ▁He ▁aquí , ▁Esaú ▁mi ▁hermano ▁es ▁hombre ▁ve l los o , ▁y ▁yo ▁la m p i ñ o :
▁ Q u i z á ▁me ▁tent ará ▁mi ▁padre , ▁y ▁me ▁tendrá ▁por ▁bu r la dor , ▁y ▁tra er é ▁sobre ▁mí ▁mal di ción ▁y ▁no ▁bendición .
▁Y ▁su ▁madre ▁respondió : ▁Hi jo ▁mío , ▁sobre ▁mí ▁tu ▁mal di ción : ▁solamente ▁obedec e ▁á ▁mi ▁voz , ▁y ▁ve ▁y ▁ t rá e me los .
▁Entonces ▁él ▁fué , ▁y ▁tomó , ▁y ▁ t rá jo los ▁á ▁su ▁madre : ▁y ▁su ▁madre ▁hizo ▁ gu is ados , ▁ como ▁su ▁padre ▁ gu st aba .
▁Y ▁tomó ▁Rebeca ▁los ▁vestidos ▁de ▁Esaú ▁su ▁hijo ▁may or , ▁los ▁precio s os , ▁que ▁ella ▁tenía ▁en ▁casa , ▁y ▁vi st ió ▁á ▁Jacob ▁su ▁hijo ▁men or :
▁E ▁ h í zo le ▁ve st ir ▁sobre ▁sus ▁manos , ▁y ▁sobre ▁la ▁ cer vi z ▁don de ▁no ▁tenía ▁ve l lo , ▁las ▁pie les ▁de ▁los ▁ca b ri to s ▁de ▁las ▁ca bra s ;
▁Y ▁entregó ▁los ▁ gu is ados ▁y ▁el ▁pan ▁que ▁había ▁a de re z ado , ▁en ▁mano ▁de ▁Jacob ▁su ▁hijo .
▁Y ▁él ▁fué ▁á ▁su ▁padre , ▁y ▁dijo : ▁P ad re ▁mío : ▁y ▁él ▁respondió : ▁He me ▁aquí , ▁¿ qui é n ▁eres , ▁hijo ▁mío ?
▁Entonces ▁Isaac ▁dijo ▁á ▁su ▁hijo : ▁¿ C ó mo ▁es ▁que ▁la ▁halla s te ▁ t an ▁pre s to , ▁hijo ▁mío ? ▁Y ▁él ▁respondió : ▁Porque ▁Jehová ▁tu ▁Dios ▁hizo ▁que ▁se ▁encontr a se ▁delante ▁de ▁mí .
▁E ▁Isaac ▁dijo ▁á ▁Jacob : ▁A c é r ca te ▁ahora , ▁y ▁te ▁pa l p aré , ▁hijo ▁mío , ▁por ▁si ▁eres ▁mi ▁hijo ▁Esaú , ▁ó ▁no .
▁Y ▁llegó se ▁Jacob ▁á ▁su ▁padre ▁Isaac ; ▁y ▁él ▁le ▁pa l p ó , ▁y ▁dijo : ▁La ▁voz ▁es ▁la ▁voz ▁de ▁Jacob , ▁mas ▁las ▁manos , ▁las ▁manos ▁de ▁Esaú .
▁Y ▁no ▁le ▁conoc ió , ▁por que ▁sus ▁manos ▁era n ▁ve l los as ▁ como ▁las ▁manos ▁de ▁Esaú : ▁y ▁le ▁bendijo .
▁Y ▁dijo : ▁¿ E res ▁tú ▁mi ▁hijo ▁Esaú ? ▁Y ▁él ▁respondió : ▁Yo ▁soy .
▁Y ▁díjole ▁Isaac ▁su ▁padre : ▁A c é r ca te ▁ahora , ▁y ▁ b é s a me , ▁hijo ▁mío .
▁Dios , ▁pues , ▁te ▁d é ▁del ▁ ro c í o ▁del ▁cielo , ▁y ▁de ▁las ▁gr os ura s ▁de ▁la ▁tierra , ▁y ▁a b un d an ci a ▁de ▁trigo ▁y ▁de ▁most o .
▁E ▁hizo ▁él ▁también ▁ gu is ados , ▁y ▁tra jo ▁á ▁su ▁padre , ▁y ▁díjole : ▁Le v án te se ▁mi ▁padre , ▁y ▁com a ▁de ▁la ▁ca za ▁de ▁su ▁hijo , ▁para ▁que ▁me ▁be n di ga ▁tu ▁alma .
▁Entonces ▁Isaac ▁su ▁padre ▁le ▁dijo : ▁¿ Quién ▁eres ▁tú ? ▁Y ▁él ▁dijo : ▁Yo ▁soy ▁tu ▁hijo , ▁tu ▁primogénito , ▁Esaú .
▁C o mo ▁Esaú ▁oyó ▁las ▁palabras ▁de ▁su ▁padre , ▁c l am ó ▁con ▁una ▁mu y ▁grande ▁y ▁mu y ▁am ar ga ▁ex c l am ación , ▁y ▁le ▁dijo : ▁Be nd í ce me ▁también ▁á ▁mí , ▁padre ▁mío .
▁Y ▁él ▁dijo : ▁ V in o ▁tu ▁hermano ▁con ▁en ga ñ o , ▁y ▁tomó ▁tu ▁bendición .
▁Y ▁Esaú ▁respondió ▁á ▁su ▁padre : ▁¿ No ▁tiene s ▁más ▁que ▁una ▁so la ▁bendición , ▁padre ▁mío ? ▁be nd í ce me ▁también ▁á ▁mí , ▁padre ▁mío . ▁Y ▁al z ó ▁Esaú ▁su ▁voz , ▁y ▁lloró .
▁Entonces ▁Isaac ▁su ▁padre ▁habló ▁y ▁díjole : ▁He ▁aquí ▁será ▁tu ▁habita ción ▁en ▁gr os ura s ▁de ▁la ▁tierra , ▁y ▁del ▁ ro c í o ▁de ▁los ▁cielo s ▁de ▁arriba ;
▁Y ▁aborrec ió ▁Esaú ▁á ▁Jacob ▁por ▁la ▁bendición ▁con ▁que ▁le ▁había ▁be n de c ido , ▁y ▁dijo ▁en ▁su ▁corazón : ▁L le g arán ▁los ▁días ▁del ▁lu to ▁de ▁mi ▁padre , ▁y ▁yo ▁matar é ▁á ▁Jacob ▁mi ▁hermano .
▁Ahora ▁pues , ▁hijo ▁mío , ▁obedec e ▁á ▁mi ▁voz ; ▁le v án ta te , ▁y ▁ h ú y e te ▁á ▁Labán ▁mi ▁hermano , ▁á ▁Ha rán ;
▁Y ▁mor a ▁con ▁él ▁alguno s ▁días , ▁hast a ▁que ▁el ▁enoj o ▁de ▁tu ▁hermano ▁se ▁mi t i gu e ;
▁E N T O N C E S ▁Isaac ▁llamó ▁á ▁Jacob , ▁y ▁be nd í jo lo , ▁y ▁mandó le ▁diciendo : ▁No ▁to me s ▁mujer ▁de ▁las ▁hijas ▁de ▁Canaán .
▁Levántate , ▁ve ▁á ▁P ada n - ar am , ▁á ▁casa ▁de ▁Beth ue l , ▁padre ▁de ▁tu ▁madre , ▁y ▁toma ▁allí ▁mujer ▁de ▁las ▁hijas ▁de ▁Labán , ▁hermano ▁de ▁tu ▁madre .
▁Y ▁te ▁d é ▁la ▁bendición ▁de ▁Abraham , ▁y ▁á ▁tu ▁simiente ▁contigo , ▁para ▁que ▁her ed es ▁la ▁tierra ▁de ▁tu s ▁per e g ri n a ciones , ▁que ▁Dios ▁dió ▁á ▁Abraham .
▁As í ▁envió ▁Isaac ▁á ▁Jacob , ▁el ▁cual ▁fué ▁á ▁P ada n - ar am , ▁á ▁Labán , ▁hijo ▁de ▁Beth ue l ▁A ra me o , ▁hermano ▁de ▁Rebeca , ▁madre ▁de ▁Jacob ▁y ▁de ▁Esaú .
▁Y ▁que ▁Jacob ▁había ▁obedec ido ▁á ▁su ▁padre ▁y ▁á ▁su ▁madre , ▁y ▁se ▁había ▁ ido ▁á ▁P ada n - ar am .
▁ V ió ▁a simismo ▁Esaú ▁que ▁las ▁hijas ▁de ▁Canaán ▁par e c ían ▁mal ▁á ▁Isaac ▁su ▁padre ;
▁Y ▁fué se ▁Esaú ▁á ▁I s ma el , ▁y ▁tomó ▁para ▁sí ▁por ▁mujer ▁á ▁Ma h al eth , ▁hija ▁de ▁I s ma el , ▁hijo ▁de ▁Abraham , ▁hermana ▁de ▁N aba i oth , ▁además ▁de ▁sus ▁otra s ▁mujeres .
▁Y ▁salió ▁Jacob ▁de ▁Beer - se ba , ▁y ▁fué ▁á ▁Ha rán ;
▁Y ▁so ñ ó , ▁y ▁he ▁aquí ▁una ▁es ca la ▁que ▁estaba ▁ap o y ada ▁en ▁tierra , ▁y ▁su ▁cabeza ▁to c aba ▁en ▁el ▁cielo : ▁y ▁he ▁aquí ▁ángel es ▁de ▁Dios ▁que ▁subía n ▁y ▁descend ían ▁por ▁ella .
▁Y ▁de s per t ó ▁Jacob ▁de ▁su ▁sueño , ▁y ▁dijo : ▁C iertamente ▁Jehová ▁está ▁en ▁este ▁lugar , ▁y ▁yo ▁no ▁lo ▁s ab ía .
▁Y ▁tuvo ▁mi ed o , ▁y ▁dijo : ▁ ¡ C u án ▁te r ri ble ▁es ▁este ▁lugar ! ▁No ▁es ▁otra ▁cosa ▁que ▁casa ▁de ▁Dios , ▁y ▁puerta ▁del ▁cielo .
▁Y ▁levant óse ▁Jacob ▁de ▁mañana , ▁y ▁tomó ▁la ▁piedra ▁que ▁había ▁puesto ▁de ▁ca be ce ra , ▁y ▁al z ó la ▁por ▁ t í tu lo , ▁y ▁derram ó ▁aceite ▁en ci ma ▁de ▁ella .
▁Y ▁llamó ▁el ▁nombre ▁de ▁aquel ▁lugar ▁Beth - el , ▁bien ▁que ▁L u z ▁era ▁el ▁nombre ▁de ▁la ▁ciudad ▁primer o .
▁E ▁hizo ▁Jacob ▁voto , ▁diciendo : ▁Si ▁fuere ▁Dios ▁conmigo , ▁y ▁me ▁guarda re ▁en ▁este ▁vi a je ▁que ▁ v o y , ▁y ▁me ▁die re ▁pan ▁para ▁come r ▁y ▁vestido ▁para ▁ve st ir ,
▁Y ▁si ▁torn are ▁en ▁paz ▁á ▁casa ▁de ▁mi ▁padre , ▁Jehová ▁será ▁mi ▁Dios ,
▁Y ▁esta ▁piedra ▁que ▁he ▁puesto ▁por ▁ t í tu lo , ▁será ▁casa ▁de ▁Dios : ▁y ▁de ▁todo ▁lo ▁que ▁me ▁die res , ▁el ▁diez mo ▁lo ▁he ▁de ▁apart ar ▁para ▁ti .
▁Y ▁S I G U I Ó ▁Jacob ▁su ▁camino , ▁y ▁fué ▁á ▁la ▁tierra ▁de ▁los ▁or i enta les ▁ .
▁Y ▁díjole s ▁Jacob : ▁He r man os ▁mío s , ▁¿ de ▁d ón de ▁so is ? ▁Y ▁ellos ▁respondieron : ▁De ▁Ha rán ▁so mos .
▁Y ▁él ▁les ▁dijo : ▁¿ C on o c éis ▁á ▁Labán , ▁hijo ▁de ▁N a ch ô r ? ▁Y ▁ellos ▁dijeron : ▁S í , ▁le ▁conoc emos .
▁Y ▁él ▁les ▁dijo : ▁¿ T i en e ▁paz ? ▁Y ▁ellos ▁dijeron : ▁P az ; ▁y ▁he ▁aquí ▁Rachêl ▁su ▁hija ▁viene ▁con ▁el ▁ganado .
▁Y ▁él ▁dijo : ▁He ▁aquí ▁el ▁día ▁es ▁a ún ▁grande ; ▁no ▁es ▁tiempo ▁toda v ía ▁de ▁recog er ▁el ▁ganado ; ▁a bre v ad ▁las ▁ovejas , ▁é ▁ id ▁á ▁a pa c enta r la s .
▁Y ▁ellos ▁respondieron : ▁No ▁pod emos , ▁hast a ▁que ▁se ▁junt en ▁todos ▁los ▁ganado s , ▁y ▁re m ue v an ▁la ▁piedra ▁de ▁sobre ▁la ▁boca ▁del ▁pozo , ▁para ▁que ▁a bre v emos ▁las ▁ovejas .
▁Esta ndo ▁a ún ▁él ▁habla ndo ▁con ▁ellos , ▁Rachêl ▁vino ▁con ▁el ▁ganado ▁de ▁su ▁padre , ▁por que ▁ella ▁era ▁la ▁pa s to ra .
▁Y ▁Jacob ▁be s ó ▁á ▁Rachêl , ▁y ▁al z ó ▁su ▁voz , ▁y ▁lloró .
▁Y ▁Jacob ▁dijo ▁á ▁Rachêl ▁ como ▁él ▁era ▁hermano ▁de ▁su ▁padre , ▁y ▁ como ▁era ▁hijo ▁de ▁Rebeca : ▁y ▁ella ▁cor r ió , ▁y ▁dió ▁las ▁nueva s ▁á ▁su ▁padre .
▁Y ▁Labán ▁le ▁dijo : ▁C iertamente ▁hues o ▁mío ▁y ▁carne ▁mí a ▁eres . ▁Y ▁estuv o ▁con ▁él ▁el ▁tiempo ▁de ▁un ▁me s .
▁Entonces ▁dijo ▁Labán ▁á ▁Jacob : ▁¿ Por ▁ser ▁tú ▁mi ▁hermano , ▁me ▁has ▁de ▁servir ▁de ▁ba l de ? ▁de c l á ra me ▁qué ▁será ▁tu ▁sal ar i o .
▁Y ▁Labán ▁tenía ▁dos ▁hijas : ▁el ▁nombre ▁de ▁la ▁may or ▁era ▁Le a , ▁y ▁el ▁nombre ▁de ▁la ▁men or , ▁Rachêl .
▁Y ▁los ▁ojos ▁de ▁Le a ▁era n ▁ti er nos , ▁per o ▁Rachêl ▁era ▁de ▁li ndo ▁se m b l an te ▁y ▁de ▁her mos o ▁par e cer .
▁Y ▁Jacob ▁am ó ▁á ▁Rachêl , ▁y ▁dijo : ▁Yo ▁te ▁servir é ▁siete ▁años ▁por ▁Rachêl ▁tu ▁hija ▁men or .
▁Y ▁Labán ▁respondió : ▁Me jo r ▁es ▁que ▁te ▁la ▁d é ▁á ▁ti , ▁que ▁no ▁que ▁la ▁d é ▁á ▁otro ▁hombre : ▁está te ▁conmigo .
▁As í ▁sirv ió ▁Jacob ▁por ▁Rachêl ▁siete ▁años : ▁y ▁par e c iéronle ▁ como ▁poco s ▁días , ▁por que ▁la ▁am aba .
▁Y ▁dijo ▁Jacob ▁á ▁Labán : ▁Da me ▁mi ▁mujer , ▁por que ▁mi ▁tiempo ▁es ▁cumpl ido , ▁para ▁que ▁co h ab ite ▁con ▁ella .
▁Entonces ▁Labán ▁junt ó ▁á ▁todos ▁los ▁varones ▁de ▁aquel ▁lugar , ▁é ▁hizo ▁ba n que te .
▁Y ▁su c ed ió ▁que ▁á ▁la ▁noche ▁tomó ▁á ▁Le a ▁su ▁hija , ▁y ▁se ▁la ▁tra jo : ▁y ▁él ▁entr ó ▁á ▁ella .
▁Y ▁dió ▁Labán ▁su ▁sierva ▁Z il pa ▁á ▁su ▁hija ▁Le a ▁por ▁c ri ada .
▁Y ▁Labán ▁respondió : ▁No ▁se ▁ha ce ▁así ▁en ▁nuestro ▁lugar , ▁que ▁se ▁d é ▁la ▁men or ▁antes ▁de ▁la ▁may or .
▁C u m p le ▁la ▁se man a ▁de ▁é s ta , ▁y ▁se ▁te ▁dará ▁también ▁la ▁otra , ▁por ▁el ▁servicio ▁que ▁hiciere s ▁conmigo ▁otro s ▁siete ▁años .
▁E ▁hizo ▁Jacob ▁así , ▁y ▁cumpl ió ▁la ▁se man a ▁de ▁a qué l la : ▁y ▁él ▁le ▁dió ▁á ▁Rachêl ▁su ▁hija ▁por ▁mujer .
▁Y ▁dió ▁Labán ▁á ▁Rachêl ▁su ▁hija ▁por ▁c ri ada ▁á ▁su ▁sierva ▁B il h a .
▁Y ▁entr ó ▁también ▁á ▁Rachêl : ▁y ▁am ó la ▁también ▁más ▁que ▁á ▁Le a : ▁y ▁sirv ió ▁con ▁él ▁a ún ▁otro s ▁siete ▁años .
▁Y ▁vió ▁Jehová ▁que ▁Le a ▁era ▁aborrec i da , ▁y ▁abr ió ▁su ▁ ma t ri z : ▁per o ▁Rachêl ▁era ▁es t é ri l .
▁Y ▁con ci b ió ▁Le a , ▁y ▁parió ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁Rubén , ▁por que ▁dijo : ▁Y a ▁que ▁ha ▁mira do ▁Jehová ▁mi ▁a f li c ción ; ▁ahora ▁por ▁tanto ▁me ▁am ará ▁mi ▁marido .
▁Y ▁con ci b ió ▁otra ▁vez , ▁y ▁parió ▁un ▁hijo , ▁y ▁dijo : ▁Por ▁cuanto ▁oyó ▁Jehová ▁que ▁yo ▁era ▁aborrec i da , ▁me ▁ha ▁dado ▁también ▁éste . ▁Y ▁llamó ▁su ▁nombre ▁Simeón .
▁Y ▁con ci b ió ▁otra ▁vez , ▁y ▁parió ▁un ▁hijo , ▁y ▁dijo : ▁Ahora ▁esta ▁vez ▁se ▁un irá ▁mi ▁marido ▁conmigo , ▁por que ▁le ▁he ▁par ido ▁tres ▁hijos : ▁por ▁tanto , ▁llamó ▁su ▁nombre ▁Leví .
▁Y ▁con ci b ió ▁otra ▁vez , ▁y ▁parió ▁un ▁hijo , ▁y ▁dijo : ▁Esta ▁vez ▁al aba ré ▁á ▁Jehová : ▁por ▁esto ▁llamó ▁su ▁nombre ▁Judá : ▁y ▁de j ó ▁de ▁par ir .
▁Y ▁ V I E NDO ▁Rachêl ▁que ▁no ▁d aba ▁hijos ▁á ▁Jacob , ▁tuvo ▁en vi di a ▁de ▁su ▁hermana , ▁y ▁decía ▁á ▁Jacob : ▁Da me ▁hijos , ▁ó ▁si ▁no , ▁me ▁mu er o .
▁Y ▁Jacob ▁se ▁enoj aba ▁contra ▁Rachêl , ▁y ▁decía : ▁¿ S o y ▁yo ▁en ▁lugar ▁de ▁Dios , ▁que ▁te ▁imp id ió ▁el ▁fruto ▁de ▁tu ▁vi en t re ?
▁Y ▁ella ▁dijo : ▁He ▁aquí ▁mi ▁sierva ▁B il h a ; ▁entr a ▁á ▁ella , ▁y ▁par irá ▁sobre ▁mis ▁rod ill as , ▁y ▁yo ▁también ▁ten d ré ▁hijos ▁de ▁ella .
▁As í ▁le ▁dió ▁á ▁B il h a ▁su ▁sierva ▁por ▁mujer ; ▁y ▁Jacob ▁entr ó ▁á ▁ella .
▁Y ▁con ci b ió ▁B il h a , ▁y ▁parió ▁á ▁Jacob ▁un ▁hijo .
▁Y ▁dijo ▁Rachêl : ▁ J u z g ó me ▁Dios , ▁y ▁también ▁oyó ▁mi ▁voz , ▁y ▁dió me ▁un ▁hijo . ▁Por ▁tanto ▁llamó ▁su ▁nombre ▁Dan .
▁Y ▁con ci b ió ▁otra ▁vez ▁B il h a , ▁la ▁sierva ▁de ▁Rachêl , ▁y ▁parió ▁el ▁hijo ▁segundo ▁á ▁Jacob .
▁Y ▁dijo ▁Rachêl : ▁C on ▁lu ch as ▁de ▁Dios ▁he ▁con te nd ido ▁con ▁mi ▁hermana , ▁y ▁he ▁ven c ido . ▁Y ▁llamó ▁su ▁nombre ▁Nephtalí .
▁Y ▁ viendo ▁Le a ▁que ▁había ▁de ja do ▁de ▁par ir , ▁tomó ▁á ▁Z il pa ▁su ▁sierva , ▁y ▁dió la ▁á ▁Jacob ▁por ▁mujer .
▁Y ▁Z il pa , ▁sierva ▁de ▁Le a , ▁parió ▁á ▁Jacob ▁un ▁hijo .
▁Y ▁dijo ▁Le a : ▁ V in o ▁la ▁ven t ura . ▁Y ▁llamó ▁su ▁nombre ▁Gad .
▁Y ▁Z il pa , ▁la ▁sierva ▁de ▁Le a , ▁parió ▁otro ▁hijo ▁á ▁Jacob .
▁Y ▁dijo ▁Le a : ▁Para ▁di ch a ▁mí a ; ▁por que ▁las ▁mujeres ▁me ▁dirá n ▁dicho s a : ▁y ▁llamó ▁su ▁nombre ▁As er .
▁Y ▁oyó ▁Dios ▁á ▁Le a : ▁y ▁con ci b ió , ▁y ▁parió ▁á ▁Jacob ▁el ▁qu in to ▁hijo .
▁Y ▁dijo ▁Le a : ▁Dios ▁me ▁ha ▁dado ▁mi ▁rec om p en s a , ▁por ▁cuanto ▁d í ▁mi ▁sierva ▁á ▁mi ▁marido : ▁por ▁es o ▁llamó ▁su ▁nombre ▁Issachâr .
▁Y ▁con ci b ió ▁Le a ▁otra ▁vez , ▁y ▁parió ▁el ▁se x to ▁hijo ▁á ▁Jacob .
▁Y ▁dijo ▁Le a : ▁Dios ▁me ▁ha ▁dado ▁una ▁buena ▁do te : ▁ahora ▁mor ará ▁conmigo ▁mi ▁marido , ▁por que ▁le ▁he ▁par ido ▁se is ▁hijos : ▁y ▁llamó ▁su ▁nombre ▁Zabulón .
▁Y ▁después ▁parió ▁una ▁hija , ▁y ▁llamó ▁su ▁nombre ▁Di n a .
▁Y ▁a co r d óse ▁Dios ▁de ▁Rachêl , ▁y ▁oyó la ▁Dios , ▁y ▁abr ió ▁su ▁ ma t ri z .
▁Y ▁con ci b ió , ▁y ▁parió ▁un ▁hijo : ▁y ▁dijo : ▁ Q u ita do ▁ha ▁Dios ▁mi ▁a f r enta :
▁Y ▁llamó ▁su ▁nombre ▁José , ▁diciendo : ▁A ñ á da me ▁Jehová ▁otro ▁hijo .
▁Y ▁aconteció , ▁cuando ▁Rachêl ▁hubo ▁par ido ▁á ▁José , ▁que ▁Jacob ▁dijo ▁á ▁Labán : ▁En v ía me , ▁é ▁ir é ▁á ▁mi ▁lugar , ▁y ▁á ▁mi ▁tierra .
▁Da me ▁mis ▁mujeres ▁y ▁mis ▁hijos , ▁por ▁las ▁cuales ▁he ▁ serv ido ▁contigo , ▁y ▁d é ja me ▁ir ; ▁pues ▁tú ▁sabe s ▁los ▁servicio s ▁que ▁te ▁he ▁hecho .
▁Y ▁Labán ▁le ▁respondió : ▁Ha l le ▁yo ▁ahora ▁gracia ▁en ▁tu s ▁ojos , ▁y ▁qué da te ; ▁ex per i ment ado ▁he ▁que ▁Jehová ▁me ▁ha ▁be n de c ido ▁por ▁tu ▁causa .
▁Y ▁dijo : ▁Se ñ á la me ▁tu ▁sal ar i o , ▁que ▁yo ▁lo ▁daré .
▁Y ▁él ▁respondió : ▁T ú ▁sabe s ▁ cómo ▁te ▁he ▁ serv ido , ▁y ▁ cómo ▁ha ▁esta do ▁tu ▁ganado ▁conmigo ;
▁Y ▁él ▁dijo : ▁¿ Qué ▁te ▁daré ? ▁Y ▁respondió ▁Jacob : ▁No ▁me ▁de s ▁nada : ▁si ▁hiciere s ▁por ▁mí ▁esto ▁ , ▁volver é ▁á ▁a pa c enta r ▁tu s ▁ovejas .
▁Y ▁dijo ▁Labán : ▁Mi ra , ▁ o ja l á ▁fuese ▁ como ▁tú ▁di ce s .
▁Y ▁puso ▁tres ▁días ▁de ▁camino ▁entre ▁sí ▁y ▁Jacob : ▁y ▁Jacob ▁a pa c enta ba ▁las ▁otra s ▁ovejas ▁de ▁Labán .
▁Y ▁con ce b ían ▁las ▁ovejas ▁delante ▁de ▁las ▁va ra s , ▁y ▁par ían ▁bo r re go s ▁li st ados , ▁pi n t ados ▁y ▁sal p i c ados ▁de ▁di ver s os ▁co lo res .
▁Y ▁cuando ▁venía n ▁las ▁ovejas ▁ t ar d ía s , ▁no ▁las ▁pon ía : ▁así ▁era n ▁las ▁ t ar d ía s ▁para ▁Labán , ▁y ▁las ▁tem p ra n as ▁para ▁Jacob .
▁Y ▁a c re ció ▁el ▁varón ▁mu y ▁mucho , ▁y ▁tuvo ▁much as ▁ovejas , ▁y ▁sierva s ▁y ▁siervos , ▁y ▁came l los ▁y ▁asno s .
▁Y ▁O Í A ▁él ▁las ▁palabras ▁de ▁los ▁hijos ▁de ▁Labán , ▁que ▁decía n : ▁Jacob ▁ha ▁tomado ▁todo ▁lo ▁que ▁era ▁de ▁nuestro ▁padre ; ▁y ▁de ▁lo ▁que ▁era ▁de ▁nuestro ▁padre ▁ha ▁a d qui r ido ▁toda ▁esta ▁grande za .
▁Mi r aba ▁también ▁Jacob ▁el ▁se m b l an te ▁de ▁Labán , ▁y ▁ve ía ▁que ▁no ▁era ▁para ▁con ▁él ▁ como ▁a y er ▁y ▁antes ▁de ▁a y er .
▁T ambién ▁Jehová ▁dijo ▁á ▁Jacob : ▁ V u é l v e te ▁á ▁la ▁tierra ▁de ▁tu s ▁padres , ▁y ▁á ▁tu ▁par ente la ; ▁que ▁yo ▁se ré ▁contigo .
▁Y ▁envió ▁Jacob , ▁y ▁llamó ▁á ▁Rachêl ▁y ▁á ▁Le a ▁al ▁campo ▁á ▁sus ▁ovejas ,
▁Y ▁díjole s : ▁Ve o ▁que ▁el ▁se m b l an te ▁de ▁vuestro ▁padre ▁no ▁es ▁para ▁conmigo ▁ como ▁a y er ▁y ▁antes ▁de ▁a y er : ▁mas ▁el ▁Dios ▁de ▁mi ▁padre ▁ha ▁sido ▁conmigo .
▁Y ▁ v os o tra s ▁s a béis ▁que ▁con ▁todas ▁mis ▁fuerza s ▁he ▁ serv ido ▁á ▁vuestro ▁padre :
▁Y ▁vuestro ▁padre ▁me ▁ha ▁en ga ñ ado , ▁y ▁me ▁ha ▁mu d ado ▁el ▁sal ar i o ▁diez ▁veces : ▁per o ▁Dios ▁no ▁le ▁ha ▁per mi t ido ▁que ▁me ▁ hi ci e se ▁mal .
▁As í ▁ qui t ó ▁Dios ▁el ▁ganado ▁de ▁vuestro ▁padre , ▁y ▁dió me lo ▁á ▁mí .
▁Y ▁d í jo me ▁el ▁ángel ▁de ▁Dios ▁en ▁sueño s : ▁Jacob . ▁Y ▁yo ▁di je : ▁He me ▁aquí .
▁Y ▁respondió ▁Rachêl ▁y ▁Le a , ▁y ▁dijéronle : ▁¿ T en emos ▁y a ▁parte ▁ni ▁heredad ▁en ▁la ▁casa ▁de ▁nuestro ▁padre ?
▁¿ No ▁no s ▁tiene ▁y a ▁ como ▁por ▁ex tra ñ as , ▁pues ▁que ▁no s ▁ven d ió , ▁y ▁aun ▁se ▁ha ▁com ido ▁del ▁todo ▁nuestro ▁precio ?
▁Porque ▁toda ▁la ▁ ri que za ▁que ▁Dios ▁ha ▁qu ita do ▁á ▁nuestro ▁padre , ▁nuestra ▁es ▁y ▁de ▁nuestro s ▁hijos : ▁ahora ▁pues , ▁ha z ▁todo ▁lo ▁que ▁Dios ▁te ▁ha ▁dicho .
▁Entonces ▁se ▁levant ó ▁Jacob , ▁y ▁subió ▁sus ▁hijos ▁y ▁sus ▁mujeres ▁sobre ▁los ▁came l los .
▁Y ▁Labán ▁había ▁ ido ▁á ▁tras qui l ar ▁sus ▁ovejas : ▁y ▁Rachêl ▁hurt ó ▁los ▁ í do los ▁de ▁su ▁padre .
▁Y ▁rec a t ó ▁Jacob ▁el ▁corazón ▁de ▁Labán ▁A ra me o , ▁en ▁no ▁hacer le ▁sabe r ▁que ▁se ▁ hu ía .
▁Hu y ó , ▁pues , ▁con ▁todo ▁lo ▁que ▁tenía ; ▁y ▁levant óse , ▁y ▁pasó ▁el ▁río , ▁y ▁puso ▁su ▁rostro ▁al ▁monte ▁de ▁Galaad .
▁Y ▁fué ▁dicho ▁á ▁Labán ▁al ▁tercer o ▁día ▁ como ▁Jacob ▁se ▁había ▁ hu í do .
▁Entonces ▁tomó ▁á ▁sus ▁hermanos ▁consigo , ▁y ▁fué ▁tras ▁él ▁camino ▁de ▁siete ▁días , ▁y ▁al ca n z ó le ▁en ▁el ▁monte ▁de ▁Galaad .
▁Y ▁vino ▁Dios ▁á ▁Labán ▁A ra me o ▁en ▁sueño s ▁aquella ▁noche , ▁y ▁le ▁dijo : ▁ G u á r da te ▁que ▁no ▁ha ble s ▁á ▁Jacob ▁de s co m ed id amente ▁ .
▁A l ca n z ó ▁pues ▁Labán ▁á ▁Jacob , ▁y ▁éste ▁había ▁f i ja do ▁su ▁tienda ▁en ▁el ▁monte : ▁y ▁Labán ▁plant ó la ▁con ▁sus ▁hermanos ▁en ▁el ▁monte ▁de ▁Galaad .
▁Y ▁dijo ▁Labán ▁á ▁Jacob : ▁¿ Qué ▁has ▁hecho , ▁que ▁me ▁hurt aste ▁el ▁corazón , ▁y ▁has ▁traído ▁á ▁mis ▁hijas ▁ como ▁pri s ion er as ▁de ▁guerra ?
▁Que ▁aun ▁no ▁me ▁de j aste ▁be s ar ▁mis ▁hijos ▁y ▁mis ▁hijas . ▁Ahora ▁lo c amente ▁has ▁hecho .
▁Y ▁y a ▁que ▁te ▁iba s , ▁por que ▁tenía s ▁de se o ▁de ▁la ▁casa ▁de ▁tu ▁padre , ▁¿ por ▁qué ▁me ▁hurt aste ▁mis ▁dioses ?
▁Y ▁Jacob ▁respondió , ▁y ▁dijo ▁á ▁Labán : ▁Porque ▁tu v e ▁mi ed o ; ▁pues ▁di je , ▁que ▁quizá ▁me ▁quitar ía s ▁por ▁fuerza ▁tu s ▁hijas .
▁Y ▁tomó ▁Rachêl ▁los ▁ í do los , ▁y ▁púsolo s ▁en ▁una ▁al b ar da ▁de ▁un ▁came l lo , ▁y ▁sent óse ▁sobre ▁ellos : ▁y ▁tent ó ▁Labán ▁toda ▁la ▁tienda , ▁y ▁no ▁los ▁halló .
▁Estos ▁veinte ▁años ▁he ▁esta do ▁contigo : ▁tu s ▁ovejas ▁y ▁tu s ▁ca bra s ▁ nunc a ▁a b or t aron , ▁ni ▁yo ▁com í ▁carnero ▁de ▁tu s ▁ovejas .
▁Nun ca ▁te ▁tra je ▁lo ▁ar re ba t ado ▁por ▁las ▁f i er as ; ▁yo ▁pa g aba ▁el ▁da ñ o ; ▁lo ▁hurt ado ▁así ▁de ▁día ▁ como ▁de ▁noche , ▁de ▁mi ▁mano ▁lo ▁re que r ía s .
▁De ▁día ▁me ▁consum ía ▁el ▁ca l or , ▁y ▁de ▁noche ▁la ▁he l ada , ▁y ▁el ▁sueño ▁se ▁ hu ía ▁de ▁mis ▁ojos .
▁As í ▁he ▁esta do ▁veinte ▁años ▁en ▁tu ▁casa : ▁ca to r ce ▁años ▁te ▁ serv í ▁por ▁tu s ▁dos ▁hijas , ▁y ▁se is ▁años ▁por ▁tu ▁ganado ; ▁y ▁has ▁mu d ado ▁mi ▁sal ar i o ▁diez ▁veces .
▁Ve n ▁pues ▁ahora , ▁y ▁haga mos ▁alianza ▁yo ▁y ▁tú ; ▁y ▁sea ▁en ▁testimonio ▁entre ▁mí ▁y ▁entre ▁ti .
▁Entonces ▁Jacob ▁tomó ▁una ▁piedra , ▁y ▁levant ó la ▁por ▁ t í tu lo .
▁Y ▁dijo ▁Jacob ▁á ▁sus ▁hermanos : ▁C o g ed ▁piedra s . ▁Y ▁tomaron ▁piedra s ▁é ▁hicieron ▁un ▁ ma ja no ; ▁y ▁com ieron ▁allí ▁sobre ▁aquel ▁ ma ja no .
▁Y ▁llamó lo ▁Labán ▁Je gar ▁S ah ad u th a : ▁y ▁lo ▁llamó ▁Jacob ▁Galaad ▁ .
▁Porque ▁Labán ▁dijo : ▁Este ▁ ma ja no ▁es ▁testigo ▁hoy ▁entre ▁mí ▁y ▁entre ▁ti ; ▁por ▁es o ▁fué ▁llamado ▁su ▁nombre ▁Galaad ;
▁Y ▁Mizpa , ▁por ▁cuanto ▁dijo : ▁A ta la y e ▁Jehová ▁entre ▁mí ▁y ▁entre ▁ti , ▁cuando ▁no s ▁apart á remos ▁el ▁uno ▁del ▁otro .
▁Si ▁aflig iere s ▁mis ▁hijas , ▁ó ▁si ▁tomar es ▁otra s ▁mujeres ▁además ▁de ▁mis ▁hijas , ▁nadie ▁está ▁con ▁nosotros ; ▁mira , ▁Dios ▁es ▁testigo ▁entre ▁mí ▁y ▁entre ▁ti .
▁Di jo ▁más ▁Labán ▁á ▁Jacob : ▁He ▁aquí ▁este ▁ ma ja no , ▁y ▁he ▁aquí ▁este ▁ t í tu lo , ▁que ▁he ▁ er i g ido ▁entre ▁mí ▁y ▁ti .
▁El ▁Dios ▁de ▁Abraham , ▁y ▁el ▁Dios ▁de ▁N a ch ô r ▁juzg ue ▁entre ▁nosotros , ▁el ▁Dios ▁de ▁sus ▁padres . ▁Y ▁Jacob ▁juró ▁por ▁el ▁tem or ▁de ▁Isaac ▁su ▁padre .
▁Entonces ▁Jacob ▁in mo l ó ▁ v í c t im as ▁en ▁el ▁monte , ▁y ▁llamó ▁á ▁sus ▁hermanos ▁á ▁come r ▁pan : ▁y ▁com ieron ▁pan , ▁y ▁d ur m ieron ▁aquella ▁noche ▁en ▁el ▁monte .
▁Y ▁levant óse ▁Labán ▁de ▁mañana , ▁y ▁be s ó ▁sus ▁hijos ▁y ▁sus ▁hijas , ▁y ▁los ▁bendijo ; ▁y ▁re t ro c ed ió ▁y ▁volvió se ▁á ▁su ▁lugar .
▁Y ▁ J A C O B ▁se ▁fué ▁su ▁camino , ▁y ▁sal iéronle ▁al ▁en cu en t ro ▁ángel es ▁de ▁Dios .
▁Y ▁dijo ▁Jacob ▁cuando ▁los ▁vió : ▁El ▁campo ▁de ▁Dios ▁es ▁este : ▁y ▁llamó ▁el ▁nombre ▁de ▁aquel ▁lugar ▁Ma h an a im .
▁Y ▁envió ▁Jacob ▁mensajero s ▁delante ▁de ▁sí ▁á ▁Esaú ▁su ▁hermano , ▁á ▁la ▁tierra ▁de ▁Se ir , ▁campo ▁de ▁Edom .
▁Y ▁mandó les ▁diciendo : ▁As í ▁di réis ▁á ▁mi ▁señor ▁Esaú : ▁As í ▁di ce ▁tu ▁siervo ▁Jacob : ▁C on ▁Labán ▁he ▁mor ado , ▁y ▁de t en í do me ▁hast a ▁ahora ;
▁Y ▁ten go ▁vacas , ▁y ▁asno s , ▁y ▁ovejas , ▁y ▁siervos ▁y ▁sierva s ; ▁y ▁en v í o ▁á ▁decir lo ▁á ▁mi ▁señor , ▁por ▁halla r ▁gracia ▁en ▁tu s ▁ojos .
▁Y ▁los ▁mensajero s ▁volvieron ▁á ▁Jacob , ▁diciendo : ▁ V in i mos ▁á ▁tu ▁hermano ▁Esaú , ▁y ▁él ▁también ▁viene ▁á ▁recibir te , ▁y ▁cuatrocient os ▁hombres ▁con ▁él .
▁Entonces ▁Jacob ▁tuvo ▁gran ▁tem or , ▁y ▁an gu st i óse ; ▁y ▁part ió ▁el ▁pueblo ▁que ▁tenía ▁consigo , ▁y ▁las ▁ovejas ▁y ▁las ▁vacas ▁y ▁los ▁came l los , ▁en ▁dos ▁cu ad r ill as ;
▁Y ▁dijo : ▁Si ▁vi n iere ▁Esaú ▁á ▁la ▁una ▁cu ad ri l la ▁y ▁la ▁ h ir iere , ▁la ▁otra ▁cu ad ri l la ▁es ca p ará .
▁Y ▁dijo ▁Jacob : ▁Dios ▁de ▁mi ▁padre ▁Abraham , ▁y ▁Dios ▁de ▁mi ▁padre ▁Isaac , ▁Jehová , ▁que ▁me ▁di j iste : ▁ V u é l v e te ▁á ▁tu ▁tierra ▁y ▁á ▁tu ▁par ente la , ▁y ▁yo ▁te ▁haré ▁bien ;
▁L í bra me ▁ahora ▁de ▁la ▁mano ▁de ▁mi ▁hermano , ▁de ▁la ▁mano ▁de ▁Esaú , ▁por que ▁le ▁tem o ; ▁no ▁ven ga ▁quizá , ▁y ▁me ▁ hi er a ▁la ▁madre ▁con ▁los ▁hijos .
▁Y ▁tú ▁has ▁dicho : ▁Yo ▁te ▁haré ▁bien , ▁y ▁pondré ▁tu ▁simiente ▁ como ▁la ▁are n a ▁del ▁mar , ▁que ▁no ▁se ▁pu ed e ▁con t ar ▁por ▁la ▁multitud .
▁Y ▁d urmió ▁allí ▁aquella ▁noche , ▁y ▁tomó ▁de ▁lo ▁que ▁le ▁vino ▁á ▁la ▁mano ▁un ▁presente ▁para ▁su ▁hermano ▁Esaú :
▁Do s ci enta s ▁ca bra s ▁y ▁veinte ▁macho s ▁de ▁cabrío , ▁dos ci enta s ▁ovejas ▁y ▁veinte ▁carnero s ,
▁T re in ta ▁came l la s ▁par i das , ▁con ▁sus ▁hijos , ▁cuarenta ▁vacas ▁y ▁diez ▁no vi l los , ▁veinte ▁as n as ▁y ▁diez ▁bo r ri co s .
▁Entonces ▁dirá s : ▁P res ente ▁es ▁de ▁tu ▁siervo ▁Jacob , ▁que ▁en v ía ▁á ▁mi ▁señor ▁Esaú ; ▁y ▁he ▁aquí ▁también ▁él ▁viene ▁tras ▁nosotros .
▁Y ▁mandó ▁también ▁al ▁segundo , ▁y ▁al ▁tercer o , ▁y ▁á ▁todos ▁los ▁que ▁iba n ▁tras ▁aquella s ▁man ada s , ▁diciendo : ▁C on for me ▁á ▁esto ▁hablar éis ▁á ▁Esaú , ▁cuando ▁le ▁halla re is .
▁Y ▁pasó ▁el ▁presente ▁delante ▁de ▁él ; ▁y ▁él ▁d urmió ▁aquella ▁noche ▁en ▁el ▁camp a ment o .
▁Y ▁levant óse ▁aquella ▁noche , ▁y ▁tomó ▁sus ▁dos ▁mujeres , ▁y ▁sus ▁dos ▁sierva s , ▁y ▁sus ▁on ce ▁hijos , ▁y ▁pasó ▁el ▁va do ▁de ▁Ja b o c .
▁T om ólo s ▁pues , ▁y ▁pasó los ▁el ▁arroyo , ▁é ▁hizo ▁pasar ▁lo ▁que ▁tenía .
▁Y ▁quedó se ▁Jacob ▁so lo , ▁y ▁lu ch ó ▁con ▁él ▁un ▁varón ▁hast a ▁que ▁ ra y aba ▁el ▁al ba .
▁Y ▁dijo : ▁ D é ja me , ▁que ▁ ra y a ▁el ▁al ba . ▁Y ▁él ▁dijo : ▁No ▁te ▁dejar é , ▁si ▁no ▁me ▁be n di ce s .
▁Y ▁él ▁le ▁dijo : ▁¿ C u á l ▁es ▁tu ▁nombre ? ▁Y ▁él ▁respondió : ▁Jacob .
▁Y ▁él ▁dijo : ▁No ▁se ▁dirá ▁más ▁tu ▁nombre ▁Jacob , ▁sin o ▁Israel : ▁por que ▁has ▁pe le ado ▁con ▁Dios ▁y ▁con ▁los ▁hombres , ▁y ▁has ▁ven c ido .
▁Entonces ▁Jacob ▁le ▁pre gu n t ó , ▁y ▁dijo : ▁De c l á ra me ▁ahora ▁tu ▁nombre . ▁Y ▁él ▁respondió : ▁¿ Por ▁qué ▁pregunta s ▁por ▁mi ▁nombre ? ▁Y ▁be nd í jo lo ▁allí .
▁Y ▁llamó ▁Jacob ▁el ▁nombre ▁de ▁aquel ▁lugar , ▁P en i el : ▁por que ▁vi ▁á ▁Dios ▁ca ra ▁á ▁ca ra , ▁y ▁fué ▁libr ada ▁mi ▁alma .
▁Y ▁salió le ▁el ▁so l ▁pasa do ▁que ▁hubo ▁á ▁P en i el ; ▁y ▁co je aba ▁de ▁su ▁an ca .
▁Y ▁A L Z A NDO ▁Jacob ▁sus ▁ojos ▁miró , ▁y ▁he ▁aquí ▁venía ▁Esaú , ▁y ▁los ▁cuatrocient os ▁hombres ▁con ▁él : ▁entonces ▁re p ar t ió ▁él ▁los ▁niño s ▁entre ▁Le a ▁y ▁Rachêl ▁y ▁las ▁dos ▁sierva s .
▁Y ▁puso ▁las ▁sierva s ▁y ▁sus ▁niño s ▁delante ; ▁luego ▁á ▁Le a ▁y ▁á ▁sus ▁niño s ; ▁y ▁á ▁Rachêl ▁y ▁á ▁José ▁los ▁postr eros .
▁Y ▁él ▁pasó ▁delante ▁de ▁ellos , ▁é ▁inclin óse ▁á ▁tierra ▁siete ▁veces , ▁hast a ▁que ▁llegó ▁á ▁su ▁hermano .
▁Y ▁Esaú ▁cor r ió ▁á ▁su ▁en cu en t ro , ▁y ▁abr az ó le , ▁y ▁echó se ▁sobre ▁su ▁cu el lo , ▁y ▁le ▁be s ó ; ▁y ▁llora ron .
▁Y ▁al z ó ▁sus ▁ojos , ▁y ▁vió ▁las ▁mujeres ▁y ▁los ▁niño s , ▁y ▁dijo : ▁¿ Qué ▁te ▁to ca n ▁é st os ? ▁Y ▁él ▁respondió : ▁So n ▁los ▁niño s ▁que ▁Dios ▁ha ▁dado ▁á ▁tu ▁siervo .
▁Y ▁se ▁llegar on ▁las ▁sierva s , ▁ella s ▁y ▁sus ▁niño s , ▁é ▁inclin áronse .
▁Y ▁llegó se ▁Le a ▁con ▁sus ▁niño s , ▁é ▁inclin áronse : ▁y ▁después ▁llegó ▁José ▁y ▁Rachêl , ▁y ▁también ▁se ▁inclin aron .
▁Y ▁él ▁dijo : ▁¿ Qué ▁te ▁pro p on es ▁con ▁todas ▁esta s ▁cu ad r ill as ▁que ▁he ▁encontr ado ? ▁Y ▁él ▁respondió : ▁El ▁halla r ▁gracia ▁en ▁los ▁ojos ▁de ▁mi ▁señor .
▁Y ▁dijo ▁Esaú : ▁Ha r to ▁ten go ▁yo , ▁hermano ▁mío : ▁sea ▁para ▁ti ▁lo ▁que ▁es ▁tuyo .
▁Toma , ▁te ▁ruego , ▁mi ▁d á di v a ▁que ▁te ▁es ▁tra í da ; ▁por que ▁Dios ▁me ▁ha ▁hecho ▁me r c ed , ▁y ▁todo ▁lo ▁que ▁hay ▁aquí ▁es ▁mío . ▁Y ▁por f ió ▁con ▁él , ▁y ▁tomó la .
▁Y ▁dijo : ▁And a , ▁y ▁va mos ; ▁y ▁yo ▁ir é ▁delante ▁de ▁ti .
▁Y ▁él ▁le ▁dijo : ▁Mi ▁señor ▁sabe ▁que ▁los ▁niño s ▁son ▁ti er nos , ▁y ▁que ▁ten go ▁ovejas ▁y ▁vacas ▁par i das ; ▁y ▁si ▁las ▁fat i ga n , ▁en ▁un ▁día ▁morirá n ▁todas ▁las ▁ovejas .
▁Y ▁Esaú ▁dijo : ▁De ja ré ▁ahora ▁contigo ▁de ▁la ▁gente ▁que ▁viene ▁conmigo . ▁Y ▁él ▁dijo : ▁¿ P ar a ▁qué ▁esto ? ▁ha l le ▁yo ▁gracia ▁en ▁los ▁ojos ▁de ▁mi ▁señor .
▁As í ▁se ▁volvió ▁Esaú ▁aquel ▁día ▁por ▁su ▁camino ▁á ▁Se ir .
▁Y ▁Jacob ▁se ▁part ió ▁á ▁Succoth , ▁y ▁edificó ▁allí ▁casa ▁para ▁sí , ▁é ▁hizo ▁ca ba ñ as ▁para ▁su ▁ganado : ▁por ▁tanto ▁llamó ▁el ▁nombre ▁de ▁aquel ▁lugar ▁Succoth .
▁Y ▁vino ▁Jacob ▁s an o ▁á ▁la ▁ciudad ▁de ▁Sichêm , ▁que ▁está ▁en ▁la ▁tierra ▁de ▁Canaán , ▁cuando ▁venía ▁de ▁P ada n - ar am ; ▁y ▁a c am p ó ▁delante ▁de ▁la ▁ciudad .
▁Y ▁com p r ó ▁una ▁parte ▁del ▁campo , ▁don de ▁ten d ió ▁su ▁tienda , ▁de ▁mano ▁de ▁los ▁hijos ▁de ▁Ha mo r , ▁padre ▁de ▁Sichêm , ▁por ▁cien ▁pie za s ▁de ▁mo n ed a .
▁Y ▁ er i g ió ▁allí ▁un ▁altar , ▁y ▁llamó le : ▁El ▁Dios ▁de ▁Israel ▁ .
▁Y ▁S A L I Ó ▁Di n a ▁la ▁hija ▁de ▁Le a , ▁la ▁cual ▁había ▁é s ta ▁par ido ▁á ▁Jacob , ▁á ▁ver ▁las ▁hijas ▁del ▁país .
▁Y ▁vió la ▁Sichêm , ▁hijo ▁de ▁Ha mo r ▁He v e o , ▁príncipe ▁de ▁aquella ▁tierra , ▁y ▁tomó la , ▁y ▁echó se ▁con ▁ella , ▁y ▁la ▁de s h on r ó .
▁Mas ▁su ▁alma ▁se ▁a pe g ó ▁á ▁Di n a ▁la ▁hija ▁de ▁Le a , ▁y ▁en am or óse ▁de ▁la ▁mo za , ▁y ▁habló ▁al ▁corazón ▁de ▁la ▁ j ove n .
▁Y ▁habló ▁Sichêm ▁á ▁Ha mo r ▁su ▁padre , ▁diciendo : ▁T ó ma me ▁por ▁mujer ▁esta ▁mo za .
▁Y ▁oyó ▁Jacob ▁que ▁había ▁Sichêm ▁a man c ill ado ▁á ▁Di n a ▁su ▁hija : ▁y ▁esta ndo ▁sus ▁hijos ▁con ▁su ▁ganado ▁en ▁el ▁campo , ▁ca l l ó ▁Jacob ▁hast a ▁que ▁ellos ▁vi n i es en .
▁Y ▁di ri g i óse ▁Ha mo r ▁padre ▁de ▁Sichêm ▁á ▁Jacob , ▁para ▁hablar ▁con ▁él .
▁Y ▁Ha mo r ▁habló ▁con ▁ellos , ▁diciendo : ▁El ▁alma ▁de ▁mi ▁hijo ▁Sichêm ▁se ▁ha ▁a pe g ado ▁á ▁vuestra ▁hija ; ▁ r u é go os ▁que ▁se ▁la ▁de is ▁por ▁mujer .
▁Y ▁emp ar enta d ▁con ▁nosotros ; ▁ dad nos ▁vuestras ▁hijas , ▁y ▁toma d ▁vosotros ▁las ▁nuestra s .
▁Y ▁habita d ▁con ▁nosotros ; ▁por que ▁la ▁tierra ▁estará ▁delante ▁de ▁vosotros ; ▁mor ad ▁y ▁ n e go ci ad ▁en ▁ella , ▁y ▁toma d ▁en ▁ella ▁posesión .
▁Sichêm ▁también ▁dijo ▁á ▁su ▁padre ▁y ▁á ▁sus ▁hermanos : ▁Ha l le ▁yo ▁gracia ▁en ▁vuestro s ▁ojos , ▁y ▁daré ▁lo ▁que ▁me ▁dijere is .
▁A u ment ad ▁á ▁cargo ▁mío ▁mucho ▁do te ▁y ▁done s , ▁que ▁yo ▁daré ▁cuanto ▁me ▁dijere is , ▁y ▁ dad me ▁la ▁mo za ▁por ▁mujer .
▁Y ▁respondieron ▁los ▁hijos ▁de ▁Jacob ▁á ▁Sichêm ▁y ▁á ▁Ha mo r ▁su ▁padre ▁con ▁en ga ñ o ; ▁y ▁par l aron , ▁por ▁cuanto ▁había ▁a man c ill ado ▁á ▁Di n a ▁su ▁hermana .
▁Y ▁dijéronle s : ▁No ▁pod emos ▁hacer ▁esto ▁de ▁dar ▁nuestra ▁hermana ▁á ▁hombre ▁que ▁tiene ▁pre p u ci o ; ▁por que ▁entre ▁nosotros ▁es ▁abomina ción .
▁Mas ▁con ▁esta ▁con di ción ▁os ▁ha remos ▁place r : ▁si ▁ha béis ▁de ▁ser ▁ como ▁nosotros , ▁que ▁se ▁c ir cu n ci de ▁entre ▁vosotros ▁todo ▁varón ;
▁Entonces ▁os ▁da remos ▁nuestra s ▁hijas , ▁y ▁toma remos ▁nosotros ▁las ▁vuestras ; ▁y ▁habita remos ▁con ▁vosotros , ▁y ▁se remos ▁un ▁pueblo .
▁Mas ▁si ▁no ▁no s ▁pre st are is ▁oído ▁para ▁c ir cu n ci da ro s , ▁toma remos ▁nuestra ▁hija , ▁y ▁no s ▁ir emos .
▁Y ▁par e c ieron ▁bien ▁sus ▁palabras ▁á ▁Ha mo r ▁y ▁á ▁Sichêm , ▁hijo ▁de ▁Ha mo r .
▁Y ▁no ▁di la t ó ▁el ▁mozo ▁hacer ▁aquello , ▁por que ▁la ▁hija ▁de ▁Jacob ▁le ▁había ▁a g ra d ado : ▁y ▁él ▁era ▁el ▁más ▁ho n r ado ▁de ▁toda ▁la ▁casa ▁de ▁su ▁padre .
▁Entonces ▁Ha mo r ▁y ▁Sichêm ▁su ▁hijo ▁vinieron ▁á ▁la ▁puerta ▁de ▁su ▁ciudad , ▁y ▁hablar on ▁á ▁los ▁varones ▁de ▁su ▁ciudad , ▁diciendo :
▁Su s ▁ganado s , ▁y ▁su ▁haci en da ▁y ▁todas ▁sus ▁bestia s , ▁serán ▁nuestra s : ▁solamente ▁con v en ga mos ▁con ▁ellos , ▁y ▁habita rán ▁con ▁nosotros .
▁Y ▁obedec ieron ▁á ▁Ha mo r ▁y ▁á ▁Sichêm ▁su ▁hijo ▁todos ▁los ▁que ▁sal ían ▁por ▁la ▁puerta ▁de ▁la ▁ciudad , ▁y ▁c ir cu n ci d aron ▁á ▁todo ▁varón , ▁á ▁cuanto s ▁sal ían ▁por ▁la ▁puerta ▁de ▁su ▁ciudad .
▁Y ▁á ▁Ha mo r ▁y ▁á ▁Sichêm ▁su ▁hijo ▁los ▁matar on ▁á ▁f i lo ▁de ▁espada : ▁y ▁tomaron ▁á ▁Di n a ▁de ▁casa ▁de ▁Sichêm , ▁y ▁sal iéronse .
▁Y ▁los ▁hijos ▁de ▁Jacob ▁vinieron ▁á ▁los ▁muerto s , ▁y ▁s a que aron ▁la ▁ciudad ; ▁por ▁cuanto ▁habían ▁a man c ill ado ▁á ▁su ▁hermana .
▁Toma ron ▁sus ▁ovejas ▁y ▁vacas ▁y ▁sus ▁asno s , ▁y ▁lo ▁que ▁había ▁en ▁la ▁ciudad ▁y ▁en ▁el ▁campo ,
▁Y ▁toda ▁su ▁haci en da ; ▁se ▁llev aron ▁ca u t i v os ▁á ▁todos ▁sus ▁niño s ▁y ▁sus ▁mujeres , ▁y ▁ ro b aron ▁todo ▁lo ▁que ▁había ▁en ▁casa .
▁Y ▁ellos ▁respondieron : ▁¿ H ab ía ▁él ▁de ▁tra t ar ▁á ▁nuestra ▁hermana ▁ como ▁á ▁una ▁ram er a ?
▁Y ▁ D I J O ▁Dios ▁á ▁Jacob : ▁Levántate , ▁su be ▁á ▁Beth - el , ▁y ▁está te ▁allí ; ▁y ▁ha z ▁allí ▁un ▁altar ▁al ▁Dios ▁que ▁te ▁ap are ció ▁cuando ▁ hu ía s ▁de ▁tu ▁hermano ▁Esaú .
▁Entonces ▁Jacob ▁dijo ▁á ▁su ▁familia ▁y ▁á ▁todos ▁los ▁que ▁con ▁él ▁estaban : ▁ Q u ita d ▁los ▁dioses ▁ajenos ▁que ▁hay ▁entre ▁vosotros , ▁y ▁limpia os , ▁y ▁mu dad ▁vuestro s ▁vestidos .
▁Y ▁levant é mo nos , ▁y ▁su ba mos ▁á ▁Beth - el ; ▁y ▁haré ▁allí ▁altar ▁al ▁Dios ▁que ▁me ▁respondió ▁en ▁el ▁día ▁de ▁mi ▁an gu st i a , ▁y ▁ha ▁sido ▁conmigo ▁en ▁el ▁camino ▁que ▁he ▁and ado .
▁Y ▁part iéronse , ▁y ▁el ▁te r ro r ▁de ▁Dios ▁fué ▁sobre ▁las ▁ciudades ▁que ▁había ▁en ▁sus ▁alrededor es , ▁y ▁no ▁siguie ron ▁tras ▁los ▁hijos ▁de ▁Jacob .
▁Y ▁llegó ▁Jacob ▁á ▁L u z , ▁que ▁está ▁en ▁tierra ▁de ▁Canaán , ▁ ( est a ▁es ▁Beth - el ) ▁él ▁y ▁todo ▁el ▁pueblo ▁que ▁con ▁él ▁estaba ;
▁Y ▁edificó ▁allí ▁un ▁altar , ▁y ▁llamó ▁al ▁lugar ▁El - B eth - el , ▁por que ▁allí ▁le ▁había ▁a pa recido ▁Dios , ▁cuando ▁ hu ía ▁de ▁su ▁hermano .
▁Y ▁ap are ci óse ▁otra ▁vez ▁Dios ▁á ▁Jacob , ▁cuando ▁se ▁había ▁vuelto ▁de ▁P ada n - ar am , ▁y ▁be nd í jo le .
▁Y ▁díjole ▁Dios : ▁T u ▁nombre ▁es ▁Jacob ; ▁no ▁se ▁llamar á ▁más ▁tu ▁nombre ▁Jacob , ▁sin o ▁Israel ▁será ▁tu ▁nombre : ▁y ▁llamó ▁su ▁nombre ▁Israel .
▁Y ▁la ▁tierra ▁que ▁yo ▁he ▁dado ▁á ▁Abraham ▁y ▁á ▁Isaac , ▁la ▁daré ▁á ▁ti : ▁y ▁á ▁tu ▁simiente ▁después ▁de ▁ti ▁daré ▁la ▁tierra .
▁Y ▁fué se ▁de ▁él ▁Dios , ▁del ▁lugar ▁don de ▁con ▁él ▁había ▁hablado .
▁Y ▁Jacob ▁ er i g ió ▁un ▁ t í tu lo ▁en ▁el ▁lugar ▁don de ▁había ▁hablado ▁con ▁él , ▁un ▁ t í tu lo ▁de ▁piedra , ▁y ▁derram ó ▁sobre ▁él ▁li b ación , ▁y ▁echó ▁sobre ▁él ▁aceite .
▁Y ▁llamó ▁Jacob ▁el ▁nombre ▁de ▁aquel ▁lugar ▁don de ▁Dios ▁había ▁hablado ▁con ▁él , ▁Beth - el .
▁Y ▁part ieron ▁de ▁Beth - el , ▁y ▁había ▁a ún ▁ como ▁media ▁le gu a ▁de ▁tierra ▁para ▁llegar ▁á ▁E ph ra ta , ▁cuando ▁parió ▁Rachêl , ▁y ▁hubo ▁tra ba jo ▁en ▁su ▁part o .
▁Y ▁aconteció , ▁que ▁ como ▁había ▁tra ba jo ▁en ▁su ▁par ir , ▁díjole ▁la ▁parte ra : ▁No ▁tem as , ▁que ▁también ▁tendrá s ▁este ▁hijo .
▁Y ▁a ca e ció ▁que ▁al ▁sal í r se le ▁el ▁alma , ▁ ( p ue s ▁murió ) ▁llamó ▁su ▁nombre ▁Be n on i ; ▁mas ▁su ▁padre ▁lo ▁llamó ▁Benjamín .
▁As í ▁murió ▁Rachêl , ▁y ▁fué ▁sepulta da ▁en ▁el ▁camino ▁de ▁E ph ra ta , ▁la ▁cual ▁es ▁Beth - lehem .
▁Y ▁puso ▁Jacob ▁un ▁ t í tu lo ▁sobre ▁su ▁se p u l t ura : ▁este ▁es ▁el ▁ t í tu lo ▁de ▁la ▁se p u l t ura ▁de ▁Rachêl ▁hast a ▁hoy .
▁Y ▁part ió ▁Israel , ▁y ▁ten d ió ▁su ▁tienda ▁de ▁la ▁otra ▁parte ▁de ▁Mi g da le der .
▁Lo s ▁hijos ▁de ▁Le a : ▁Rubén ▁el ▁primogénito ▁de ▁Jacob , ▁y ▁Simeón , ▁y ▁Leví , ▁y ▁Judá , ▁é ▁Issachâr , ▁y ▁Zabulón .
▁Lo s ▁hijos ▁de ▁Rachêl : ▁José , ▁y ▁Benjamín .
▁Y ▁los ▁hijos ▁de ▁B il h a , ▁sierva ▁de ▁Rachêl : ▁Dan , ▁y ▁Nephtalí .
▁Y ▁los ▁hijos ▁de ▁Z il pa , ▁sierva ▁de ▁Le a : ▁Gad , ▁y ▁As er . ▁Estos ▁fueron ▁los ▁hijos ▁de ▁Jacob , ▁que ▁le ▁nac ieron ▁en ▁P ada n - ar am .
▁Y ▁vino ▁Jacob ▁á ▁Isaac ▁su ▁padre ▁á ▁Ma m re , ▁á ▁la ▁ciudad ▁de ▁Ar ba , ▁que ▁es ▁Hebrón , ▁don de ▁habita ron ▁Abraham ▁é ▁Isaac .
▁Y ▁fueron ▁los ▁días ▁de ▁Isaac ▁ciento ▁oc h enta ▁años .
▁Y ▁ex h al ó ▁Isaac ▁el ▁espíritu , ▁y ▁murió , ▁y ▁fué ▁recog ido ▁á ▁sus ▁pueblo s , ▁viejo ▁y ▁ha r to ▁de ▁días ; ▁y ▁se p u l t áronlo ▁Esaú ▁y ▁Jacob ▁sus ▁hijos .
▁Y ▁E S T A S ▁son ▁las ▁generaciones ▁de ▁Esaú , ▁el ▁cual ▁es ▁Edom .
▁Esaú ▁tomó ▁sus ▁mujeres ▁de ▁las ▁hijas ▁de ▁Canaán : ▁á ▁A da , ▁hija ▁de ▁El ón ▁Hetheo , ▁y ▁á ▁A h o li ba ma , ▁hija ▁de ▁Ana , ▁hija ▁de ▁Z i be ón ▁el ▁He v e o ;
▁Y ▁á ▁B as em ath , ▁hija ▁de ▁I s ma el , ▁hermana ▁de ▁N a v a i oth .
▁Y ▁A da ▁parió ▁á ▁Esaú ▁á ▁Eli ph az ; ▁y ▁B as em ath ▁parió ▁á ▁Re ue l .
▁Y ▁A h o li ba ma ▁parió ▁á ▁Je ú s , ▁y ▁á ▁Ja al am , ▁y ▁á ▁C o ra : ▁estos ▁son ▁los ▁hijos ▁de ▁Esaú , ▁que ▁le ▁nac ieron ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Porque ▁la ▁haci en da ▁de ▁ellos ▁era ▁grande , ▁y ▁no ▁pod ían ▁habita r ▁junto s , ▁ni ▁la ▁tierra ▁de ▁su ▁per e g ri n ación ▁los ▁pod ía ▁so st en er ▁á ▁causa ▁de ▁sus ▁ganado s .
▁Y ▁Esaú ▁habitó ▁en ▁el ▁monte ▁de ▁Se ir : ▁Esaú ▁es ▁Edom .
▁Estos ▁son ▁los ▁li n a je s ▁de ▁Esaú , ▁padre ▁de ▁Edom , ▁en ▁el ▁monte ▁de ▁Se ir .
▁Estos ▁son ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Esaú : ▁Eli ph az , ▁hijo ▁de ▁A da , ▁mujer ▁de ▁Esaú ; ▁Re ue l , ▁hijo ▁de ▁B as em ath , ▁mujer ▁de ▁Esaú .
▁Y ▁los ▁hijos ▁de ▁Eli ph az ▁fueron ▁T em án , ▁O m ar , ▁Z e ph o , ▁ G a t am , ▁y ▁C en az .
▁Y ▁Timna ▁fué ▁concubina ▁de ▁Eli ph az , ▁hijo ▁de ▁Esaú , ▁la ▁cual ▁le ▁parió ▁á ▁Amalec : ▁estos ▁son ▁los ▁hijos ▁de ▁A da , ▁mujer ▁de ▁Esaú .
▁Y ▁los ▁hijos ▁de ▁Re ue l ▁fueron ▁N ah ath , ▁Z er a , ▁S am ma , ▁y ▁Mi z za : ▁estos ▁son ▁los ▁hijos ▁de ▁B as em ath , ▁mujer ▁de ▁Esaú .
▁Estos ▁son ▁los ▁duque s ▁de ▁los ▁hijos ▁de ▁Esaú . ▁Hi jo s ▁de ▁Eli ph az , ▁primogénito ▁de ▁Esaú : ▁el ▁duque ▁T em án , ▁el ▁duque ▁O m ar , ▁el ▁duque ▁Z e ph o , ▁el ▁duque ▁C en az ,
▁El ▁duque ▁C o ra , ▁el ▁duque ▁ G a t am , ▁y ▁el ▁duque ▁Amalec : ▁estos ▁son ▁los ▁duque s ▁de ▁Eli ph az ▁en ▁la ▁tierra ▁de ▁Edom ; ▁estos ▁fueron ▁los ▁hijos ▁de ▁A da .
▁Estos , ▁pues , ▁son ▁los ▁hijos ▁de ▁Esaú , ▁y ▁sus ▁duque s : ▁él ▁es ▁Edom .
▁Y ▁estos ▁son ▁los ▁hijos ▁de ▁Se ir ▁Hor e o ▁ , ▁moradores ▁de ▁aquella ▁tierra : ▁Lo t án , ▁So ba l , ▁Z i be ón , ▁Ana ,
▁Di s ón , ▁E z er , ▁y ▁Di s án : ▁estos ▁son ▁los ▁duque s ▁de ▁los ▁Hor e os ▁ , ▁hijos ▁de ▁Se ir ▁en ▁la ▁tierra ▁de ▁Edom .
▁Lo s ▁hijos ▁de ▁Lo t án ▁fueron ▁Hor i ▁y ▁He m án ; ▁y ▁Timna ▁fué ▁hermana ▁de ▁Lo t án .
▁Y ▁los ▁hijos ▁de ▁So ba l ▁fueron ▁A l v án , ▁Ma n ah ath , ▁E ba l , ▁Se ph o , ▁y ▁On án .
▁Y ▁los ▁hijos ▁de ▁Z i be ón ▁fueron ▁A ja , ▁y ▁Ana . ▁Este ▁Ana ▁es ▁el ▁que ▁descubr ió ▁los ▁mu los ▁en ▁el ▁desierto , ▁cuando ▁a pa c enta ba ▁los ▁asno s ▁de ▁Z i be ón ▁su ▁padre .
▁Lo s ▁hijos ▁de ▁Ana ▁fueron ▁Di s ón , ▁y ▁A h o li ba ma , ▁hija ▁de ▁Ana .
▁Y ▁estos ▁fueron ▁los ▁hijos ▁de ▁Di s ón : ▁He m d án , ▁E s h b án , ▁I th r am , ▁y ▁Che rán .
▁Y ▁estos ▁fueron ▁los ▁hijos ▁de ▁E z er : ▁B il h án , ▁Z a a v án , ▁y ▁A c án .
▁Estos ▁fueron ▁los ▁hijos ▁de ▁Di s án : ▁Hu z , ▁y ▁A rán .
▁Y ▁estos ▁fueron ▁los ▁duque s ▁de ▁los ▁Hor e os ▁ : ▁el ▁duque ▁Lo t án , ▁el ▁duque ▁So ba l , ▁el ▁duque ▁Z i be ón , ▁el ▁duque ▁Ana ,
▁El ▁duque ▁Di s ón , ▁el ▁duque ▁E z er , ▁el ▁duque ▁Di s án : ▁estos ▁fueron ▁los ▁duque s ▁de ▁los ▁Hor e os : ▁por ▁sus ▁d u c ados ▁en ▁la ▁tierra ▁de ▁Se ir .
▁Y ▁los ▁reyes ▁que ▁reinar on ▁en ▁la ▁tierra ▁de ▁Edom , ▁antes ▁que ▁re in a se ▁rey ▁sobre ▁los ▁hijos ▁de ▁Israel , ▁fueron ▁estos :
▁Be la , ▁hijo ▁de ▁Be or , ▁reinó ▁en ▁Edom : ▁y ▁el ▁nombre ▁de ▁su ▁ciudad ▁fué ▁Di n aba .
▁Y ▁murió ▁Be la , ▁y ▁reinó ▁en ▁su ▁lugar ▁ J o ba b , ▁hijo ▁de ▁Z er a , ▁de ▁B os ra .
▁Y ▁murió ▁ J o ba b , ▁y ▁en ▁su ▁lugar ▁reinó ▁Hu s am , ▁de ▁tierra ▁de ▁T em án .
▁Y ▁murió ▁Hu s am , ▁y ▁reinó ▁en ▁su ▁lugar ▁A dad , ▁hijo ▁de ▁B ada d , ▁el ▁que ▁hirió ▁á ▁Mi di án ▁en ▁el ▁campo ▁de ▁Moab : ▁y ▁el ▁nombre ▁de ▁su ▁ciudad ▁fué ▁A vi th .
▁Y ▁murió ▁A dad , ▁y ▁en ▁su ▁lugar ▁reinó ▁S am la , ▁de ▁Mas re ca .
▁Y ▁murió ▁S am la , ▁y ▁reinó ▁en ▁su ▁lugar ▁Saúl , ▁de ▁Re h o b oth ▁del ▁R í o .
▁Y ▁murió ▁Saúl , ▁y ▁en ▁lugar ▁suyo ▁reinó ▁Baal an án , ▁hijo ▁de ▁A ch b or .
▁Estos , ▁pues , ▁son ▁los ▁nombre s ▁de ▁los ▁duque s ▁de ▁Esaú ▁por ▁sus ▁li n a je s , ▁por ▁sus ▁lugar es , ▁y ▁sus ▁nombre s : ▁el ▁duque ▁Timna , ▁el ▁duque ▁A l v a , ▁el ▁duque ▁Je th eth ,
▁El ▁duque ▁A h o li ba ma , ▁el ▁duque ▁El a , ▁el ▁duque ▁P in ón ,
▁El ▁duque ▁C en az , ▁el ▁duque ▁T em án , ▁el ▁duque ▁Mi b za r ,
▁El ▁duque ▁Ma g di el , ▁y ▁el ▁duque ▁Hiram . ▁Estos ▁fueron ▁los ▁duque s ▁de ▁Edom ▁por ▁sus ▁habita ciones ▁en ▁la ▁tierra ▁de ▁su ▁posesión . ▁Edom ▁es ▁el ▁mismo ▁Esaú , ▁padre ▁de ▁los ▁I d u me os .
▁Y ▁ H A B I T Ó ▁Jacob ▁en ▁la ▁tierra ▁don de ▁per e g ri n ó ▁su ▁padre , ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁am aba ▁Israel ▁á ▁José ▁más ▁que ▁á ▁todos ▁sus ▁hijos , ▁por que ▁le ▁había ▁ten ido ▁en ▁su ▁ve je z ▁ : ▁y ▁le ▁hizo ▁una ▁ropa ▁de ▁di ver s os ▁co lo res .
▁Y ▁ viendo ▁sus ▁hermanos ▁que ▁su ▁padre ▁lo ▁am aba ▁más ▁que ▁á ▁todos ▁sus ▁hermanos , ▁aborrec ían le , ▁y ▁no ▁le ▁pod ían ▁hablar ▁pa c í f i c amente .
▁Y ▁so ñ ó ▁José ▁un ▁sueño , ▁y ▁con t ólo ▁á ▁sus ▁hermanos ; ▁y ▁ellos ▁vinieron ▁á ▁aborrec er le ▁más ▁toda v ía .
▁Y ▁él ▁les ▁dijo : ▁O í d ▁ahora ▁este ▁sueño ▁que ▁he ▁so ñ ado :
▁Y ▁sus ▁hermanos ▁le ▁tenía n ▁en vi di a , ▁mas ▁su ▁padre ▁para ba ▁la ▁con s i der ación ▁en ▁el lo .
▁Y ▁fueron ▁sus ▁hermanos ▁á ▁a pa c enta r ▁las ▁ovejas ▁de ▁su ▁padre ▁en ▁Sichêm .
▁Y ▁dijo ▁Israel ▁á ▁José : ▁T u s ▁hermanos ▁a pa ci enta n ▁las ▁ovejas ▁en ▁Sichêm : ▁ven , ▁y ▁te ▁enviar é ▁á ▁ellos . ▁Y ▁él ▁respondió : ▁He me ▁aquí .
▁Y ▁halló lo ▁un ▁hombre , ▁and ando ▁él ▁per d ido ▁por ▁el ▁campo , ▁y ▁pre gu n t ó le ▁aquel ▁hombre , ▁diciendo : ▁¿ Qué ▁busca s ?
▁Y ▁él ▁respondió : ▁B u s co ▁á ▁mis ▁hermanos : ▁ r u é go te ▁que ▁me ▁mu est res ▁d ón de ▁pa st an .
▁Y ▁aquel ▁hombre ▁respondió : ▁Y a ▁se ▁han ▁ ido ▁de ▁aquí ; ▁y ▁yo ▁les ▁ o í ▁decir : ▁ V a mos ▁á ▁Do th án . ▁Entonces ▁José ▁fué ▁tras ▁de ▁sus ▁hermanos , ▁y ▁halló los ▁en ▁Do th án .
▁Y ▁ como ▁ellos ▁lo ▁vieron ▁de ▁le jo s , ▁antes ▁que ▁cerca ▁de ▁ellos ▁llegar a , ▁pro y e c t aron ▁contra ▁él ▁para ▁matar le .
▁Y ▁dijeron ▁el ▁uno ▁al ▁otro : ▁He ▁aquí ▁viene ▁el ▁so ñ ado r ▁ ;
▁Y ▁ como ▁Rubén ▁oyó ▁esto , ▁libr ólo ▁de ▁sus ▁manos , ▁y ▁dijo : ▁No ▁lo ▁ ma t emos .
▁Y ▁su c ed ió ▁que , ▁cuando ▁llegó ▁José ▁á ▁sus ▁hermanos , ▁ellos ▁hicieron ▁de s n ud ar ▁á ▁José ▁su ▁ropa , ▁la ▁ropa ▁de ▁co lo res ▁que ▁tenía ▁sobre ▁sí ;
▁Y ▁to m áronlo , ▁y ▁ e ch áronle ▁en ▁la ▁c iste rna ; ▁mas ▁la ▁c iste rna ▁estaba ▁va c ía , ▁no ▁había ▁en ▁ella ▁agua .
▁Entonces ▁Judá ▁dijo ▁á ▁sus ▁hermanos : ▁¿ Qué ▁prove ch o ▁el ▁que ▁ ma t emos ▁á ▁nuestro ▁hermano ▁y ▁en cu bra mos ▁su ▁muerte ?
▁Ve n id , ▁y ▁ven d á mos le ▁á ▁los ▁I s ma el itas , ▁y ▁no ▁sea ▁nuestra ▁mano ▁sobre ▁él ; ▁que ▁nuestro ▁hermano ▁es ▁nuestra ▁carne . ▁Y ▁sus ▁hermanos ▁a co r d aron ▁con ▁él .
▁Y ▁Rubén ▁volvió ▁á ▁la ▁c iste rna , ▁y ▁no ▁halló ▁á ▁José ▁dentro , ▁y ▁ ra s g ó ▁sus ▁vestidos .
▁Y ▁torn ó ▁á ▁sus ▁hermanos , ▁y ▁dijo : ▁El ▁mozo ▁no ▁par e ce ; ▁y ▁yo , ▁¿ ad ón de ▁ir é ▁yo ?
▁Entonces ▁tomaron ▁ellos ▁la ▁ropa ▁de ▁José , ▁y ▁degollar on ▁un ▁ca b ri to ▁de ▁las ▁ca bra s , ▁y ▁ti ñ e ron ▁la ▁ropa ▁con ▁la ▁sangre ;
▁Y ▁enviar on ▁la ▁ropa ▁de ▁co lo res ▁y ▁tra j é ron la ▁á ▁su ▁padre , ▁y ▁dijeron : ▁Esta ▁he mos ▁halla do , ▁reconoc e ▁ahora ▁si ▁es ▁ó ▁no ▁la ▁ropa ▁de ▁tu ▁hijo .
▁Y ▁él ▁la ▁conoc ió , ▁y ▁dijo : ▁La ▁ropa ▁de ▁mi ▁hijo ▁es ; ▁alguna ▁mal a ▁bestia ▁le ▁de v or ó ; ▁José ▁ha ▁sido ▁de s p ed az ado .
▁Entonces ▁Jacob ▁ ra s g ó ▁sus ▁vestidos , ▁y ▁puso ▁s a co ▁sobre ▁sus ▁lo mos , ▁y ▁en l u t óse ▁por ▁su ▁hijo ▁mucho s ▁días .
▁Y ▁los ▁Midian itas ▁lo ▁ven d ieron ▁en ▁Egipto ▁á ▁P o t i ph ar , ▁ e un u co ▁de ▁Faraón , ▁capitán ▁de ▁los ▁de ▁la ▁guard i a .
▁Y ▁A C O N T E C I Ó ▁en ▁aquel ▁tiempo , ▁que ▁Judá ▁descend ió ▁de ▁con ▁sus ▁hermanos , ▁y ▁fué se ▁á ▁un ▁varón ▁A d u l l am ita , ▁que ▁se ▁llamaba ▁Hi ra .
▁Y ▁vió ▁allí ▁Judá ▁la ▁hija ▁de ▁un ▁hombre ▁Cananeo , ▁el ▁cual ▁se ▁llamaba ▁S ú a ; ▁y ▁tomó la , ▁y ▁entr ó ▁á ▁ella :
▁La ▁cual ▁con ci b ió , ▁y ▁parió ▁un ▁hijo ; ▁y ▁llamó ▁su ▁nombre ▁E r .
▁Y ▁con ci b ió ▁otra ▁vez , ▁y ▁parió ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁On án .
▁Y ▁volvió ▁á ▁con ce bi r , ▁y ▁parió ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁Se la . ▁Y ▁estaba ▁en ▁Che z i b ▁cuando ▁lo ▁parió .
▁Y ▁Judá ▁tomó ▁mujer ▁para ▁su ▁primogénito ▁E r , ▁la ▁cual ▁se ▁llamaba ▁Tha m ar .
▁Y ▁E r , ▁el ▁primogénito ▁de ▁Judá , ▁fué ▁mal o ▁á ▁los ▁ojos ▁de ▁Jehová , ▁y ▁ qui t ó le ▁Jehová ▁la ▁vida .
▁Entonces ▁Judá ▁dijo ▁á ▁On án : ▁En tra ▁á ▁la ▁mujer ▁de ▁tu ▁hermano , ▁y ▁de s p ó s a te ▁con ▁ella , ▁y ▁sus ci ta ▁simiente ▁á ▁tu ▁hermano .
▁Y ▁s ab iendo ▁On án ▁que ▁la ▁simiente ▁no ▁había ▁de ▁ser ▁su y a , ▁su c ed ía ▁que ▁cuando ▁entr aba ▁á ▁la ▁mujer ▁de ▁su ▁hermano ▁ver t ía ▁en ▁tierra , ▁por ▁no ▁dar ▁simiente ▁á ▁su ▁hermano .
▁Y ▁de s a g ra d ó ▁en ▁ojos ▁de ▁Jehová ▁lo ▁que ▁hacía , ▁y ▁también ▁ qui t ó ▁á ▁él ▁la ▁vida .
▁Y ▁fué ▁dado ▁aviso ▁á ▁Tha m ar , ▁diciendo : ▁He ▁aquí ▁tu ▁suegro ▁su be ▁á ▁Timna th ▁á ▁tras qui l ar ▁sus ▁ovejas .
▁Y ▁vió la ▁Judá , ▁y ▁tú v o la ▁por ▁ram er a , ▁por que ▁había ▁ella ▁cu bi er to ▁su ▁rostro .
▁El ▁respondió : ▁Yo ▁te ▁enviar é ▁del ▁ganado ▁un ▁ca b ri to ▁de ▁las ▁ca bra s . ▁Y ▁ella ▁dijo : ▁Ha s me ▁de ▁dar ▁pre n da ▁hast a ▁que ▁lo ▁en v í es .
▁Y ▁levant óse , ▁y ▁fué se : ▁y ▁ qui t óse ▁el ▁ve lo ▁de ▁sobre ▁sí , ▁y ▁vi st i óse ▁las ▁ropa s ▁de ▁su ▁vi u de z .
▁Y ▁Judá ▁envió ▁el ▁ca b ri to ▁de ▁las ▁ca bra s ▁por ▁mano ▁de ▁su ▁am i go ▁el ▁A d u l l am ita , ▁para ▁que ▁toma se ▁la ▁pre n da ▁de ▁mano ▁de ▁la ▁mujer ; ▁mas ▁no ▁la ▁halló .
▁Y ▁pre gu n t ó ▁á ▁los ▁hombres ▁de ▁aquel ▁lugar , ▁diciendo : ▁¿ D ón de ▁está ▁la ▁ram er a ▁de ▁las ▁aguas ▁junto ▁al ▁camino ? ▁Y ▁ellos ▁le ▁dijeron : ▁No ▁ha ▁esta do ▁aquí ▁ram er a .
▁Entonces ▁él ▁se ▁volvió ▁á ▁Judá , ▁y ▁dijo : ▁No ▁la ▁he ▁halla do ; ▁y ▁también ▁los ▁hombres ▁del ▁lugar ▁dijeron : ▁A q u í ▁no ▁ha ▁esta do ▁ram er a .
▁Y ▁Judá ▁dijo : ▁T ó me se lo ▁para ▁sí , ▁por que ▁no ▁sea mos ▁men os p re ci ados : ▁he ▁aquí ▁yo ▁he ▁en vi ado ▁este ▁ca b ri to , ▁y ▁tú ▁no ▁la ▁halla s te .
▁Entonces ▁Judá ▁los ▁reconoc ió , ▁y ▁dijo : ▁M ás ▁just a ▁es ▁que ▁yo , ▁por ▁cuanto ▁no ▁la ▁he ▁dado ▁á ▁Se la ▁mi ▁hijo . ▁Y ▁ nunc a ▁más ▁la ▁conoc ió .
▁Y ▁aconteció ▁que ▁al ▁tiempo ▁del ▁par ir , ▁he ▁aquí ▁había ▁dos ▁en ▁su ▁vi en t re .
▁Y ▁su c ed ió , ▁cuando ▁par ía , ▁que ▁sacó ▁la ▁mano ▁el ▁uno , ▁y ▁la ▁parte ra ▁tomó ▁y ▁at ó ▁á ▁su ▁mano ▁un ▁ hi lo ▁de ▁gran a , ▁diciendo : ▁Este ▁salió ▁primer o .
▁Y ▁después ▁salió ▁su ▁hermano , ▁el ▁que ▁tenía ▁en ▁su ▁mano ▁el ▁ hi lo ▁de ▁gran a , ▁y ▁llamó ▁su ▁nombre ▁Z ar a .
▁Mas ▁Jehová ▁fué ▁con ▁José , ▁y ▁fué ▁varón ▁prosper ado : ▁y ▁estaba ▁en ▁la ▁casa ▁de ▁su ▁señor ▁el ▁E g i p ci o .
▁Y ▁vió ▁su ▁señor ▁que ▁Jehová ▁era ▁con ▁él , ▁y ▁que ▁todo ▁lo ▁que ▁él ▁hacía , ▁Jehová ▁lo ▁hacía ▁prosper ar ▁en ▁su ▁mano .
▁As í ▁halló ▁José ▁gracia ▁en ▁sus ▁ojos , ▁y ▁ serv ía le ; ▁y ▁él ▁le ▁hizo ▁may or do mo ▁de ▁su ▁casa , ▁y ▁entregó ▁en ▁su ▁pod er ▁todo ▁lo ▁que ▁tenía .
▁Y ▁de j ó ▁todo ▁lo ▁que ▁tenía ▁en ▁mano ▁de ▁José ; ▁ni ▁con ▁él ▁s ab ía ▁de ▁nada ▁más ▁que ▁del ▁pan ▁que ▁com ía . ▁Y ▁era ▁José ▁de ▁her mos o ▁se m b l an te ▁y ▁be l la ▁presencia .
▁Y ▁aconteció ▁después ▁de ▁esto ▁ , ▁que ▁la ▁mujer ▁de ▁su ▁señor ▁puso ▁sus ▁ojos ▁en ▁José , ▁y ▁dijo : ▁ D u er me ▁conmigo .
▁Y ▁él ▁no ▁quiso , ▁y ▁dijo ▁á ▁la ▁mujer ▁de ▁su ▁señor : ▁He ▁aquí ▁que ▁mi ▁señor ▁no ▁sabe ▁conmigo ▁lo ▁que ▁hay ▁en ▁casa , ▁y ▁ha ▁puesto ▁en ▁mi ▁mano ▁todo ▁lo ▁que ▁tiene :
▁No ▁hay ▁otro ▁may or ▁que ▁yo ▁en ▁esta ▁casa , ▁y ▁ninguna ▁cosa ▁me ▁ha ▁re serv ado ▁sin o ▁á ▁ti , ▁por ▁cuanto ▁tú ▁eres ▁su ▁mujer ; ▁¿ cómo , ▁pues , ▁ha r ía ▁yo ▁este ▁grande ▁mal , ▁y ▁pecar ía ▁contra ▁Dios ?
▁Y ▁fué ▁que ▁habla ndo ▁ella ▁á ▁José ▁ cada ▁día , ▁y ▁no ▁es cu ch ándo la ▁él ▁para ▁a co st ar se ▁al ▁la do ▁de ▁ella , ▁para ▁esta r ▁con ▁ella ,
▁A co n te ció ▁que ▁entr ó ▁él ▁un ▁día ▁en ▁casa ▁para ▁hacer ▁su ▁of i ci o , ▁y ▁no ▁había ▁nadie ▁de ▁los ▁de ▁casa ▁allí ▁en ▁casa :
▁Y ▁as ió lo ▁ella ▁por ▁su ▁ropa , ▁diciendo : ▁ D u er me ▁conmigo . ▁Entonces ▁de j ó la ▁él ▁su ▁ropa ▁en ▁las ▁manos , ▁y ▁huyó , ▁y ▁salió se ▁fuera .
▁Y ▁a ca e ció ▁que ▁cuando ▁vió ▁ella ▁que ▁le ▁había ▁de ja do ▁su ▁ropa ▁en ▁sus ▁manos , ▁y ▁había ▁ hu í do ▁fuera ,
▁Y ▁ viendo ▁que ▁yo ▁al za ba ▁la ▁voz ▁y ▁gr ita ba , ▁de j ó ▁junto ▁á ▁mí ▁su ▁ropa , ▁y ▁huyó , ▁y ▁salió se ▁fuera .
▁Y ▁ella ▁puso ▁junto ▁á ▁sí ▁la ▁ropa ▁de ▁él , ▁hast a ▁que ▁vino ▁su ▁señor ▁á ▁su ▁casa .
▁Entonces ▁le ▁habló ▁ella ▁se me ja n te s ▁palabras , ▁diciendo : ▁El ▁siervo ▁He bre o ▁que ▁no s ▁tra j iste , ▁vino ▁á ▁mí ▁para ▁de s h on r ar me ;
▁Y ▁ como ▁yo ▁al c é ▁mi ▁voz ▁y ▁gr i t é , ▁él ▁de j ó ▁su ▁ropa ▁junto ▁á ▁mí , ▁y ▁huyó ▁fuera .
▁Y ▁su c ed ió ▁que ▁ como ▁oyó ▁su ▁señor ▁las ▁palabras ▁que ▁su ▁mujer ▁le ▁hablar a , ▁diciendo : ▁As í ▁me ▁ha ▁tra t ado ▁tu ▁siervo ; ▁encendió se ▁su ▁furor .
▁Y ▁tomó ▁su ▁señor ▁á ▁José , ▁y ▁p ú s o le ▁en ▁la ▁casa ▁de ▁la ▁c á r ce l , ▁don de ▁estaban ▁los ▁pre s os ▁del ▁rey , ▁y ▁estuv o ▁allí ▁en ▁la ▁casa ▁de ▁la ▁c á r ce l ▁ .
▁Mas ▁Jehová ▁fué ▁con ▁José , ▁y ▁extend ió ▁á ▁él ▁su ▁misericordia , ▁y ▁dió le ▁gracia ▁en ▁ojos ▁del ▁principal ▁de ▁la ▁casa ▁de ▁la ▁c á r ce l .
▁Y ▁el ▁principal ▁de ▁la ▁casa ▁de ▁la ▁c á r ce l ▁entregó ▁en ▁mano ▁de ▁José ▁todos ▁los ▁pre s os ▁que ▁había ▁en ▁aquella ▁pri s ió n ▁ ; ▁todo ▁lo ▁que ▁hacía n ▁allí , ▁él ▁lo ▁hacía .
▁No ▁ve ía ▁el ▁principal ▁de ▁la ▁c á r ce l ▁cosa ▁alguna ▁que ▁en ▁su ▁mano ▁estaba ; ▁por que ▁Jehová ▁era ▁con ▁él , ▁y ▁lo ▁que ▁él ▁hacía , ▁Jehová ▁lo ▁prosper aba .
▁Y ▁A C O N T E C I Ó ▁después ▁de ▁esta s ▁cosas , ▁que ▁el ▁co per o ▁del ▁rey ▁de ▁Egipto ▁y ▁el ▁pan a der o ▁del in qui e ron ▁contra ▁su ▁señor ▁el ▁rey ▁de ▁Egipto .
▁Y ▁enoj óse ▁Faraón ▁contra ▁sus ▁dos ▁ e un u co s , ▁contra ▁el ▁principal ▁de ▁los ▁co p eros , ▁y ▁contra ▁el ▁principal ▁de ▁los ▁pan ad eros :
▁Y ▁púsolo s ▁en ▁pri s ió n ▁en ▁la ▁casa ▁del ▁capitán ▁de ▁los ▁de ▁la ▁guard i a , ▁en ▁la ▁casa ▁de ▁la ▁c á r ce l ▁don de ▁José ▁estaba ▁pre s o .
▁Y ▁el ▁capitán ▁de ▁los ▁de ▁la ▁guard i a ▁dió ▁cargo ▁de ▁ellos ▁á ▁José , ▁y ▁él ▁les ▁ serv ía : ▁y ▁es tuvieron ▁días ▁en ▁la ▁pri s ió n .
▁Y ▁vino ▁á ▁ellos ▁José ▁por ▁la ▁mañana , ▁y ▁miró los , ▁y ▁he ▁aquí ▁que ▁estaban ▁ t r iste s .
▁Entonces ▁el ▁principal ▁de ▁los ▁co p eros ▁con t ó ▁su ▁sueño ▁á ▁José , ▁y ▁díjole : ▁Yo ▁so ñ aba ▁que ▁ve ía ▁una ▁vi d ▁delante ▁de ▁mí ,
▁Y ▁que ▁la ▁co pa ▁de ▁Faraón ▁estaba ▁en ▁mi ▁mano , ▁y ▁toma ba ▁yo ▁las ▁ u v as , ▁y ▁las ▁ex p r im ía ▁en ▁la ▁co pa ▁de ▁Faraón , ▁y ▁d aba ▁yo ▁la ▁co pa ▁en ▁mano ▁de ▁Faraón .
▁Y ▁díjole ▁José : ▁Esta ▁es ▁su ▁declar ación : ▁Lo s ▁tres ▁s ar mi en to s ▁son ▁tres ▁días :
▁Porque ▁hurt ado ▁he ▁sido ▁de ▁la ▁tierra ▁de ▁los ▁He bre os ; ▁y ▁ t am p o co ▁he ▁hecho ▁aquí ▁por qué ▁me ▁ hu bi es en ▁de ▁pon er ▁en ▁la ▁c á r ce l .
▁Y ▁ viendo ▁el ▁principal ▁de ▁los ▁pan ad eros ▁que ▁había ▁declar ado ▁para ▁bien , ▁dijo ▁á ▁José : ▁T ambién ▁yo ▁so ñ aba ▁que ▁ve ía ▁tres ▁can as til los ▁ b l an co s ▁sobre ▁mi ▁cabeza ;
▁Y ▁en ▁el ▁can as til lo ▁más ▁al to ▁había ▁de ▁todas ▁las ▁vi an das ▁de ▁Faraón , ▁obra ▁de ▁pan a der o ; ▁y ▁que ▁las ▁ ave s ▁las ▁com ían ▁del ▁can as til lo ▁de ▁sobre ▁mi ▁cabeza .
▁Entonces ▁respondió ▁José , ▁y ▁dijo : ▁Esta ▁es ▁su ▁declar ación : ▁Lo s ▁tres ▁can as til los ▁tres ▁días ▁son ;
▁A l ▁cabo ▁de ▁tres ▁días ▁quitar á ▁Faraón ▁tu ▁cabeza ▁de ▁sobre ▁ti , ▁y ▁te ▁hará ▁co l gar ▁en ▁la ▁ho r ca , ▁y ▁las ▁ ave s ▁comerá n ▁tu ▁carne ▁de ▁sobre ▁ti .
▁E ▁hizo ▁volver ▁á ▁su ▁of i ci o ▁al ▁principal ▁de ▁los ▁co p eros ; ▁y ▁dió ▁él ▁la ▁co pa ▁en ▁mano ▁de ▁Faraón .
▁Mas ▁hizo ▁ ah or c ar ▁al ▁principal ▁de ▁los ▁pan ad eros , ▁ como ▁le ▁había ▁declar ado ▁José .
▁Y ▁el ▁principal ▁de ▁los ▁co p eros ▁no ▁se ▁a co r d ó ▁de ▁José , ▁sin o ▁que ▁le ▁ o l vi d ó .
▁Y ▁A C O N T E C I Ó ▁que ▁pasa do s ▁dos ▁años ▁tuvo ▁Faraón ▁un ▁sueño : ▁P are c ía le ▁que ▁estaba ▁junto ▁al ▁río ;
▁Y ▁que ▁del ▁río ▁subía n ▁siete ▁vacas , ▁her mos as ▁á ▁la ▁vi s ta , ▁y ▁mu y ▁go r das ▁ , ▁y ▁pa c ían ▁en ▁el ▁p r ado :
▁Y ▁que ▁otra s ▁siete ▁vacas ▁subía n ▁tras ▁ella s ▁del ▁río , ▁de ▁f e a ▁vi s ta , ▁y ▁en j u ta s ▁de ▁carne , ▁y ▁se ▁para ron ▁cerca ▁de ▁las ▁vacas ▁her mos as ▁á ▁la ▁orilla ▁del ▁río :
▁Y ▁que ▁las ▁vacas ▁de ▁f e a ▁vi s ta ▁y ▁en j u ta s ▁de ▁carne ▁de v or aban ▁á ▁las ▁siete ▁vacas ▁her mos as ▁y ▁mu y ▁go r das . ▁Y ▁de s per t ó ▁Faraón .
▁ D urmió se ▁de ▁ n ue v o , ▁y ▁so ñ ó ▁la ▁seg un da ▁vez : ▁Que ▁siete ▁es p i ga s ▁llena s ▁y ▁her mos as ▁subía n ▁de ▁una ▁so la ▁ca ñ a :
▁Y ▁que ▁otra s ▁siete ▁es p i ga s ▁men u das ▁y ▁ aba t i das ▁del ▁So la no , ▁sal ían ▁después ▁de ▁ella s :
▁Y ▁las ▁siete ▁es p i ga s ▁men u das ▁de v or aban ▁á ▁las ▁siete ▁es p i ga s ▁gr ue s as ▁y ▁llena s . ▁Y ▁de s per t ó ▁Faraón , ▁y ▁he ▁aquí ▁que ▁era ▁sueño .
▁Entonces ▁el ▁principal ▁de ▁los ▁co p eros ▁habló ▁á ▁Faraón , ▁diciendo : ▁A cu é r do me ▁hoy ▁de ▁mis ▁falta s :
▁Faraón ▁se ▁enoj ó ▁contra ▁sus ▁siervos , ▁y ▁á ▁mí ▁me ▁echó ▁á ▁la ▁pri s ió n ▁de ▁la ▁casa ▁del ▁capitán ▁de ▁los ▁de ▁la ▁guard i a , ▁á ▁mí ▁y ▁al ▁principal ▁de ▁los ▁pan ad eros :
▁Y ▁yo ▁y ▁él ▁vi mos ▁un ▁sueño ▁una ▁mis ma ▁noche : ▁ cada ▁uno ▁so ñ ó ▁conform e ▁á ▁la ▁declar ación ▁de ▁su ▁sueño .
▁Y ▁aconteció ▁que ▁ como ▁él ▁no s ▁declar ó , ▁así ▁fué : ▁á ▁mí ▁me ▁hizo ▁volver ▁á ▁mi ▁puesto , ▁é ▁hizo ▁co l gar ▁al ▁otro .
▁Entonces ▁Faraón ▁envió ▁y ▁llamó ▁á ▁José ; ▁é ▁ hi c iéronle ▁sal ir ▁cor r iendo ▁de ▁la ▁c á r ce l , ▁y ▁le ▁cor t aron ▁el ▁pe lo , ▁y ▁mu d aron ▁sus ▁vestidos , ▁y ▁vino ▁á ▁Faraón .
▁Y ▁respondió ▁José ▁á ▁Faraón , ▁diciendo : ▁No ▁está ▁en ▁mí ; ▁Dios ▁será ▁el ▁que ▁respond a ▁paz ▁á ▁Faraón .
▁Entonces ▁Faraón ▁dijo ▁á ▁José : ▁En ▁mi ▁sueño ▁par e c ía me ▁que ▁estaba ▁á ▁la ▁orilla ▁del ▁río :
▁Y ▁que ▁del ▁río ▁subía n ▁siete ▁vacas ▁de ▁gr ue s as ▁carne s ▁y ▁her mos a ▁ap ar i en ci a , ▁que ▁pa c ían ▁en ▁el ▁p r ado :
▁Y ▁las ▁vacas ▁f la ca s ▁y ▁f e as ▁de v or aban ▁á ▁las ▁siete ▁primer as ▁vacas ▁gr ue s as :
▁ V i ▁también ▁so ñ ando , ▁que ▁siete ▁es p i ga s ▁subía n ▁en ▁una ▁mis ma ▁ca ñ a ▁llena s ▁y ▁her mos as ;
▁Y ▁que ▁otra s ▁siete ▁es p i ga s ▁men u das , ▁mar ch itas , ▁ aba t i das ▁del ▁So la no , ▁subía n ▁después ▁de ▁ella s :
▁Y ▁las ▁es p i ga s ▁men u das ▁de v or aban ▁á ▁las ▁siete ▁es p i ga s ▁her mos as : ▁y ▁he lo ▁dicho ▁á ▁los ▁ ma go s , ▁mas ▁no ▁hay ▁quien ▁me ▁lo ▁declar e .
▁Entonces ▁respondió ▁José ▁á ▁Faraón : ▁El ▁sueño ▁de ▁Faraón ▁es ▁uno ▁mismo : ▁Dios ▁ha ▁most r ado ▁á ▁Faraón ▁lo ▁que ▁va ▁á ▁hacer .
▁La s ▁siete ▁vacas ▁her mos as ▁siete ▁años ▁son ; ▁y ▁las ▁es p i ga s ▁her mos as ▁son ▁siete ▁años : ▁el ▁sueño ▁es ▁uno ▁mismo .
▁E s to ▁es ▁lo ▁que ▁respond o ▁á ▁Faraón . ▁Lo ▁que ▁Dios ▁va ▁á ▁hacer , ▁ha lo ▁most r ado ▁á ▁Faraón .
▁He ▁aquí ▁viene n ▁siete ▁años ▁de ▁grande ▁ha r t ura ▁en ▁toda ▁la ▁tierra ▁de ▁Egipto :
▁Y ▁levant ar se ▁han ▁tras ▁ellos ▁siete ▁años ▁de ▁hambre ; ▁y ▁toda ▁la ▁ha r t ura ▁será ▁ o l vi d ada ▁en ▁la ▁tierra ▁de ▁Egipto ; ▁y ▁el ▁hambre ▁consum irá ▁la ▁tierra ;
▁Y ▁aquella ▁a b un d an ci a ▁no ▁se ▁echar á ▁de ▁ver ▁á ▁causa ▁del ▁hambre ▁siguiente ▁ , ▁la ▁cual ▁será ▁gr a v í s im a ▁ .
▁Y ▁el ▁su ce der ▁el ▁sueño ▁á ▁Faraón ▁dos ▁veces , ▁sign i f i ca ▁que ▁la ▁cosa ▁es ▁f ir me ▁de ▁parte ▁de ▁Dios , ▁y ▁que ▁Dios ▁se ▁ap res ura ▁á ▁hacer la .
▁Por ▁tanto , ▁pro v é a se ▁ahora ▁Faraón ▁de ▁un ▁varón ▁p r ud ente ▁y ▁s a bi o , ▁y ▁p ón ga lo ▁sobre ▁la ▁tierra ▁de ▁Egipto .
▁Ha ga ▁esto ▁Faraón , ▁y ▁pon ga ▁go be rna do res ▁sobre ▁el ▁país , ▁y ▁qu in te ▁la ▁tierra ▁de ▁Egipto ▁en ▁los ▁siete ▁años ▁de ▁la ▁ha r t ura ;
▁Y ▁junt en ▁toda ▁la ▁pro vi s ió n ▁de ▁estos ▁bueno s ▁años ▁que ▁viene n , ▁y ▁all e gu en ▁el ▁trigo ▁ba jo ▁la ▁mano ▁de ▁Faraón ▁para ▁man t en imiento ▁de ▁las ▁ciudades ; ▁y ▁ gu á r de n lo .
▁Y ▁es t é ▁aquella ▁pro vi s ió n ▁en ▁de p ó s i to ▁para ▁el ▁país , ▁para ▁los ▁siete ▁años ▁del ▁hambre ▁que ▁serán ▁en ▁la ▁tierra ▁de ▁Egipto ; ▁y ▁el ▁país ▁no ▁per e ce rá ▁de ▁hambre .
▁Y ▁el ▁negocio ▁par e ció ▁bien ▁á ▁Faraón , ▁y ▁á ▁sus ▁siervos .
▁Y ▁dijo ▁Faraón ▁á ▁sus ▁siervos : ▁¿ H emos ▁de ▁halla r ▁otro ▁hombre ▁ como ▁éste , ▁en ▁quien ▁haya ▁espíritu ▁de ▁Dios ?
▁Y ▁dijo ▁Faraón ▁á ▁José : ▁P ue s ▁que ▁Dios ▁te ▁ha ▁hecho ▁sabe r ▁todo ▁esto , ▁no ▁hay ▁en te nd ido ▁ni ▁s a bi o ▁ como ▁tú :
▁T ú ▁será s ▁sobre ▁mi ▁casa , ▁y ▁por ▁tu ▁dicho ▁se ▁go be rna rá ▁todo ▁mi ▁pueblo : ▁solamente ▁en ▁el ▁trono ▁se ré ▁yo ▁may or ▁que ▁tú .
▁Di jo ▁más ▁Faraón ▁á ▁José : ▁He ▁aquí ▁yo ▁te ▁he ▁puesto ▁sobre ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁E ▁ h í zo lo ▁subir ▁en ▁su ▁segundo ▁carro , ▁y ▁pre g on aron ▁delante ▁de ▁él : ▁Do b la d ▁la ▁rod ill a : ▁y ▁p ú s o le ▁sobre ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁dijo ▁Faraón ▁á ▁José : ▁Yo ▁Faraón ; ▁y ▁sin ▁ti ▁ninguno ▁al z ará ▁su ▁mano ▁ni ▁su ▁pie ▁en ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁era ▁José ▁de ▁edad ▁de ▁treinta ▁años ▁cuando ▁fué ▁present ado ▁delante ▁de ▁Faraón , ▁rey ▁de ▁Egipto : ▁y ▁salió ▁José ▁de ▁delante ▁de ▁Faraón , ▁y ▁tra n s i t ó ▁por ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁E ▁hizo ▁la ▁tierra ▁en ▁aquello s ▁siete ▁años ▁de ▁ha r t ura ▁á ▁mo n to n es .
▁Y ▁a co p ió ▁José ▁trigo ▁ como ▁are n a ▁de ▁la ▁mar , ▁mucho ▁en ▁ex t re mo , ▁hast a ▁no ▁pod er se ▁con t ar , ▁por que ▁no ▁tenía ▁número .
▁Y ▁nac ieron ▁á ▁José ▁dos ▁hijos ▁antes ▁que ▁vi n i e se ▁el ▁primer ▁año ▁del ▁hambre , ▁los ▁cuales ▁le ▁parió ▁As en ath , ▁hija ▁de ▁P o t i ph er ah , ▁sacerdote ▁de ▁On .
▁Y ▁llamó ▁José ▁el ▁nombre ▁del ▁primogénito ▁Manasés ; ▁por que ▁Dios ▁ ( di jo ) ▁me ▁hizo ▁ o l vi d ar ▁todo ▁mi ▁tra ba jo , ▁y ▁toda ▁la ▁casa ▁de ▁mi ▁padre .
▁Y ▁el ▁nombre ▁del ▁segundo ▁llamó lo ▁Ephraim ; ▁por que ▁Dios ▁ ( di jo ) ▁me ▁hizo ▁f é r til ▁en ▁la ▁tierra ▁de ▁mi ▁a f li c ción .
▁Y ▁cumpl iéronse ▁los ▁siete ▁años ▁de ▁la ▁ha r t ura , ▁que ▁hubo ▁en ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁come n z aron ▁á ▁ven ir ▁los ▁siete ▁años ▁del ▁hambre , ▁ como ▁José ▁había ▁dicho : ▁y ▁hubo ▁hambre ▁en ▁todos ▁los ▁país es , ▁mas ▁en ▁toda ▁la ▁tierra ▁de ▁Egipto ▁había ▁pan .
▁Y ▁toda ▁la ▁tierra ▁venía ▁á ▁Egipto ▁para ▁com p r ar ▁de ▁José , ▁por que ▁por ▁toda ▁la ▁tierra ▁había ▁c recido ▁el ▁hambre .
▁Y ▁ V I E NDO ▁Jacob ▁que ▁en ▁Egipto ▁había ▁al i ment os , ▁dijo ▁á ▁sus ▁hijos : ▁¿ Por ▁qué ▁os ▁está is ▁mira ndo ?
▁Y ▁dijo : ▁He ▁aquí , ▁yo ▁he ▁oído ▁que ▁hay ▁ v í ver es ▁en ▁Egipto ; ▁descend ed ▁all á , ▁y ▁com p ra d ▁de ▁allí ▁para ▁nosotros , ▁para ▁que ▁pod a mos ▁vivir , ▁y ▁no ▁no s ▁mu ra mos .
▁Y ▁descend ieron ▁los ▁diez ▁hermanos ▁de ▁José ▁á ▁com p r ar ▁trigo ▁á ▁Egipto .
▁Mas ▁Jacob ▁no ▁envió ▁á ▁Benjamín ▁hermano ▁de ▁José ▁con ▁sus ▁hermanos ; ▁por que ▁dijo : ▁No ▁sea ▁a ca s o ▁que ▁le ▁a co n te z ca ▁al g ún ▁de s a st re .
▁Y ▁vinieron ▁los ▁hijos ▁de ▁Israel ▁á ▁com p r ar ▁entre ▁los ▁que ▁venía n : ▁por que ▁había ▁hambre ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁José ▁era ▁el ▁señor ▁de ▁la ▁tierra , ▁que ▁ven d ía ▁á ▁todo ▁el ▁pueblo ▁de ▁la ▁tierra : ▁y ▁llegar on ▁los ▁hermanos ▁de ▁José , ▁é ▁inclin áronse ▁á ▁él ▁rostro ▁por ▁tierra .
▁José , ▁pues , ▁conoc ió ▁á ▁sus ▁hermanos ; ▁per o ▁ellos ▁no ▁le ▁conoc ieron .
▁Entonces ▁se ▁a co r d ó ▁José ▁de ▁los ▁sueño s ▁que ▁había ▁ten ido ▁de ▁ellos , ▁y ▁díjole s : ▁E s p ía s ▁so is ; ▁por ▁ver ▁lo ▁de s cu bi er to ▁del ▁país ▁ha béis ▁venido .
▁Y ▁ellos ▁le ▁respondieron : ▁No , ▁señor ▁mío : ▁mas ▁tu s ▁siervos ▁han ▁venido ▁á ▁com p r ar ▁al i ment os .
▁Todo s ▁nosotros ▁so mos ▁hijos ▁de ▁un ▁varón : ▁so mos ▁hombres ▁de ▁ver dad : ▁tu s ▁siervos ▁ nunc a ▁fueron ▁es p ía s .
▁Y ▁él ▁les ▁dijo : ▁No ; ▁á ▁ver ▁lo ▁de s cu bi er to ▁del ▁país ▁ha béis ▁venido .
▁Y ▁ellos ▁respondieron : ▁T u s ▁siervos ▁so mos ▁do ce ▁hermanos , ▁hijos ▁de ▁un ▁varón ▁en ▁la ▁tierra ▁de ▁Canaán ; ▁y ▁he ▁aquí ▁el ▁men or ▁está ▁hoy ▁con ▁nuestro ▁padre , ▁y ▁otro ▁no ▁par e ce .
▁Y ▁José ▁les ▁dijo : ▁E s o ▁es ▁lo ▁que ▁os ▁he ▁dicho , ▁a f ir m ando ▁que ▁so is ▁es p ía s :
▁En ▁esto ▁se réis ▁pro b ados : ▁Viv e ▁Faraón ▁que ▁no ▁sal d réis ▁de ▁aquí , ▁sin o ▁cuando ▁vuestro ▁hermano ▁men or ▁aquí ▁vi n iere .
▁Y ▁junt ólo s ▁en ▁la ▁c á r ce l ▁por ▁tres ▁días .
▁Y ▁al ▁tercer ▁día ▁díjole s ▁José : ▁Ha c ed ▁esto , ▁y ▁vi vi d : ▁Yo ▁tem o ▁á ▁Dios :
▁Si ▁so is ▁hombres ▁de ▁ver dad , ▁que de ▁pre s o ▁en ▁la ▁casa ▁de ▁vuestra ▁c á r ce l ▁uno ▁de ▁vuestro s ▁hermanos ; ▁y ▁vosotros ▁ id , ▁llev ad ▁el ▁al i ment o ▁para ▁el ▁hambre ▁de ▁vuestra ▁casa :
▁P er o ▁ha béis ▁de ▁tra er me ▁á ▁vuestro ▁hermano ▁men or , ▁y ▁serán ▁ver i f i cada s ▁vuestras ▁palabras , ▁y ▁no ▁mor i réis . ▁Y ▁ellos ▁lo ▁hicieron ▁así .
▁Entonces ▁Rubén ▁les ▁respondió , ▁diciendo : ▁¿ No ▁os ▁ha b l é ▁yo ▁y ▁di je : ▁No ▁pe qué is ▁contra ▁el ▁mozo ; ▁y ▁no ▁es cu ch a steis ? ▁He ▁aquí ▁también ▁su ▁sangre ▁es ▁re que ri da .
▁Y ▁ellos ▁no ▁s ab ían ▁que ▁los ▁en te nd ía ▁José , ▁por que ▁había ▁in t é r p re te ▁entre ▁ellos .
▁Y ▁apart óse ▁él ▁de ▁ellos , ▁y ▁lloró : ▁después ▁volvió ▁á ▁ellos , ▁y ▁les ▁habló , ▁y ▁tomó ▁de ▁entre ▁ellos ▁á ▁Simeón , ▁y ▁ap ri s ion ó le ▁á ▁vi s ta ▁de ▁ellos .
▁Y ▁ellos ▁pusier on ▁su ▁trigo ▁sobre ▁sus ▁asno s , ▁y ▁fué ron se ▁de ▁allí .
▁Y ▁abr iendo ▁uno ▁de ▁ellos ▁su ▁s a co ▁para ▁dar ▁de ▁come r ▁á ▁su ▁asno ▁en ▁el ▁me s ón , ▁vió ▁su ▁dinero ▁que ▁estaba ▁en ▁la ▁boca ▁de ▁su ▁co st al .
▁Y ▁venido s ▁á ▁Jacob ▁su ▁padre ▁en ▁tierra ▁de ▁Canaán , ▁con t áronle ▁todo ▁lo ▁que ▁les ▁había ▁a ca e c ido , ▁diciendo :
▁A que l ▁varón , ▁señor ▁de ▁la ▁tierra , ▁no s ▁habló ▁á s per amente , ▁y ▁no s ▁tra t ó ▁ como ▁á ▁es p ía s ▁de ▁la ▁tierra :
▁Y ▁nosotros ▁le ▁di j i mos : ▁So mos ▁hombres ▁de ▁ver dad , ▁ nunc a ▁f u i mos ▁es p ía s :
▁So mos ▁do ce ▁hermanos , ▁hijos ▁de ▁nuestro ▁padre ; ▁uno ▁no ▁par e ce , ▁y ▁el ▁men or ▁está ▁hoy ▁con ▁nuestro ▁padre ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Entonces ▁su ▁padre ▁Jacob ▁les ▁dijo : ▁Ha béis me ▁pri v ado ▁de ▁mis ▁hijos ; ▁José ▁no ▁par e ce , ▁ni ▁Simeón ▁ t am p o co , ▁y ▁á ▁Benjamín ▁le ▁llev aréis : ▁contra ▁mí ▁son ▁todas ▁esta s ▁cosas .
▁Y ▁Rubén ▁habló ▁á ▁su ▁padre , ▁diciendo : ▁Ha rás ▁mor ir ▁á ▁mis ▁dos ▁hijos , ▁si ▁no ▁te ▁lo ▁ v o l vier e ; ▁entr é ga lo ▁en ▁mi ▁mano , ▁que ▁yo ▁lo ▁volver é ▁á ▁ti .
▁Y ▁E L ▁hambre ▁era ▁grande ▁en ▁la ▁tierra .
▁Y ▁aconteció ▁que ▁ como ▁acaba ron ▁de ▁come r ▁el ▁trigo ▁que ▁tra je ron ▁de ▁Egipto , ▁díjole s ▁su ▁padre : ▁ V o l v ed , ▁y co m p ra d ▁para ▁nosotros ▁un ▁poco ▁de ▁al i ment o .
▁Y ▁respondió ▁Judá , ▁diciendo : ▁A que l ▁varón ▁no s ▁pro t est ó ▁con ▁á n im o ▁re s ue l to , ▁diciendo : ▁No ▁ve réis ▁mi ▁rostro ▁sin ▁vuestro ▁hermano ▁con ▁vosotros .
▁Si ▁enviar es ▁á ▁nuestro ▁hermano ▁con ▁nosotros , ▁descend e remos ▁y ▁te ▁com p ra remos ▁al i ment o :
▁P er o ▁si ▁no ▁le ▁enviar es , ▁no ▁descend e remos : ▁por que ▁aquel ▁varón ▁no s ▁dijo : ▁No ▁ve réis ▁mi ▁rostro ▁sin ▁vuestro ▁hermano ▁con ▁vosotros .
▁Y ▁dijo ▁Israel : ▁¿ Por ▁qué ▁me ▁ hi ci steis ▁tanto ▁mal , ▁declar ando ▁al ▁varón ▁que ▁tenía is ▁más ▁hermano ?
▁Entonces ▁Judá ▁dijo ▁á ▁Israel ▁su ▁padre : ▁En v ía ▁al ▁mozo ▁conmigo ▁ , ▁y ▁no s ▁levant a remos ▁é ▁ir emos , ▁á ▁fin ▁que ▁viva mos ▁y ▁no ▁mu ra mos ▁nosotros , ▁y ▁tú , ▁y ▁nuestro s ▁niño s .
▁Yo ▁lo ▁f í o ; ▁á ▁mí ▁me ▁pe di rás ▁cu enta ▁de ▁él : ▁si ▁yo ▁no ▁te ▁lo ▁ v o l vier e ▁y ▁lo ▁pusier e ▁delante ▁de ▁ti , ▁se ré ▁para ▁ti ▁el ▁culpa n te ▁todos ▁los ▁días :
▁Que ▁si ▁no ▁no s ▁ hu bi é ra mos ▁de t en ido , ▁cierto ▁ahora ▁ hu bi é ra mos ▁y a ▁vuelto ▁dos ▁veces .
▁Y ▁toma d ▁en ▁vuestras ▁manos ▁do b l ado ▁dinero , ▁y ▁llev ad ▁en ▁vuestra ▁mano ▁el ▁dinero ▁vuelto ▁en ▁las ▁boca s ▁de ▁vuestro s ▁co s ta les ; ▁quizá ▁fué ▁y er ro .
▁Toma d ▁también ▁á ▁vuestro ▁hermano , ▁y ▁levant a os , ▁y ▁ v o l v ed ▁á ▁aquel ▁varón .
▁Entonces ▁tomaron ▁aquello s ▁varones ▁el ▁presente , ▁y ▁tomaron ▁en ▁su ▁mano ▁do b l ado ▁dinero , ▁y ▁á ▁Benjamín ; ▁y ▁se ▁levant aron , ▁y ▁descend ieron ▁á ▁Egipto , ▁y ▁present áronse ▁delante ▁de ▁José .
▁E ▁hizo ▁el ▁hombre ▁ como ▁José ▁dijo ; ▁y ▁me t ió ▁aquel ▁hombre ▁á ▁los ▁hombres ▁en ▁casa ▁de ▁José .
▁Y ▁lleg áronse ▁al ▁may or do mo ▁de ▁la ▁casa ▁de ▁José , ▁y ▁le ▁hablar on ▁á ▁la ▁entr ada ▁de ▁la ▁casa .
▁Y ▁dijeron : ▁A y , ▁señor ▁mío , ▁nosotros ▁en ▁re al i dad ▁de ▁ver dad ▁descend i mos ▁al ▁pri n ci p i o ▁á ▁com p r ar ▁al i ment os :
▁He mos ▁también ▁traído ▁en ▁nuestra s ▁manos ▁otro ▁dinero ▁para ▁com p r ar ▁al i ment os : ▁nosotros ▁no ▁sabe mos ▁qu ién ▁haya ▁puesto ▁nuestro ▁dinero ▁en ▁nuestro s ▁co s ta les .
▁Y ▁me t ió ▁aquel ▁varón ▁á ▁aquello s ▁hombres ▁en ▁casa ▁de ▁José : ▁y ▁dió les ▁agua , ▁y ▁la v aron ▁sus ▁pie s : ▁y ▁dió ▁de ▁come r ▁á ▁sus ▁asno s .
▁Y ▁ellos ▁pre para ron ▁el ▁presente ▁entre t an to ▁que ▁venía ▁José ▁al ▁medio ▁día , ▁por que ▁habían ▁oído ▁que ▁allí ▁habían ▁de ▁come r ▁pan .
▁Y ▁vino ▁José ▁á ▁casa , ▁y ▁ellos ▁le ▁tra je ron ▁el ▁presente ▁que ▁tenía n ▁en ▁su ▁mano ▁dentro ▁de ▁casa , ▁é ▁inclin áronse ▁á ▁él ▁hast a ▁tierra .
▁Entonces ▁les ▁pre gu n t ó ▁él ▁ cómo ▁estaban , ▁y ▁dijo : ▁¿ V u est ro ▁padre , ▁el ▁an ci an o ▁que ▁di j i steis , ▁lo ▁pasa ▁bien ? ▁¿ v ive ▁toda v ía ?
▁Y ▁ellos ▁respondieron : ▁B i en ▁va ▁á ▁tu ▁siervo ▁nuestro ▁padre ; ▁aun ▁vi v e . ▁Y ▁se ▁inclin aron , ▁é ▁hicieron ▁re ver en ci a .
▁Entonces ▁José ▁se ▁ap res ur ó , ▁por que ▁se ▁con mo vier on ▁sus ▁entr a ñ as ▁á ▁causa ▁de ▁su ▁hermano , ▁y ▁pro cu r ó ▁don de ▁llora r : ▁y ▁entr óse ▁en ▁su ▁c á ma ra , ▁y ▁lloró ▁allí .
▁Y ▁la v ó ▁su ▁rostro , ▁y ▁salió ▁fuera , ▁y ▁re p ri mi óse , ▁y ▁dijo : ▁P on ed ▁pan .
▁Y ▁sent áronse ▁delante ▁de ▁él , ▁el ▁may or ▁conform e ▁á ▁su ▁may or ía , ▁y ▁el ▁men or ▁conform e ▁á ▁su ▁men or ía ; ▁y ▁estaban ▁aquello s ▁hombres ▁at ón i to s ▁mi r ándose ▁el ▁uno ▁al ▁otro .
▁Y ▁él ▁tomó ▁vi an das ▁de ▁delante ▁de ▁sí ▁para ▁ellos ; ▁mas ▁la ▁por ción ▁de ▁Benjamín ▁era ▁cinco ▁veces ▁ como ▁cualquier a ▁de ▁las ▁de ▁ellos . ▁Y ▁be b ieron , ▁y ▁alegr áronse ▁con ▁él .
▁Y ▁pondrá s ▁mi ▁co pa , ▁la ▁co pa ▁de ▁plata , ▁en ▁la ▁boca ▁del ▁co st al ▁del ▁men or , ▁con ▁el ▁dinero ▁de ▁su ▁trigo . ▁Y ▁él ▁hizo ▁ como ▁dijo ▁José .
▁Ve n i da ▁la ▁mañana ▁ , ▁los ▁hombres ▁fueron ▁de s p ed ido s ▁con ▁sus ▁asno s .
▁¿ No ▁es ▁é s ta ▁en ▁la ▁que ▁be be ▁mi ▁señor , ▁y ▁por ▁la ▁que ▁su e le ▁a di vi n ar ? ▁ha béis ▁hecho ▁mal ▁en ▁lo ▁que ▁ hi ci steis .
▁Y ▁ como ▁él ▁los ▁al ca n z ó , ▁díjole s ▁esta s ▁palabras .
▁Y ▁ellos ▁le ▁respondieron : ▁¿ Por ▁qué ▁di ce ▁mi ▁señor ▁tal es ▁cosas ? ▁Nun ca ▁tal ▁haga n ▁tu s ▁siervos .
▁A que l ▁de ▁tu s ▁siervos ▁en ▁quien ▁fuere ▁halla da ▁la ▁co pa , ▁que ▁muera , ▁y ▁aun ▁nosotros ▁se remos ▁siervos ▁de ▁mi ▁señor .
▁Y ▁él ▁dijo : ▁T ambién ▁ahora ▁sea ▁conform e ▁á ▁vuestras ▁palabras ▁ ; ▁a qué l ▁en ▁quien ▁se ▁halla re , ▁será ▁mi ▁siervo , ▁y ▁vosotros ▁se réis ▁sin ▁culpa .
▁El los ▁entonces ▁se ▁d ieron ▁pri s a , ▁y ▁de r ri b ando ▁ cada ▁uno ▁su ▁co st al ▁en ▁tierra , ▁abr ió ▁ cada ▁cual ▁el ▁co st al ▁suyo .
▁Y ▁bu s c ó ; ▁de s de ▁el ▁may or ▁comenzó , ▁y ▁a ca b ó ▁en ▁el ▁men or ; ▁y ▁la ▁co pa ▁fué ▁halla da ▁en ▁el ▁co st al ▁de ▁Benjamín .
▁Entonces ▁ellos ▁ ra s g aron ▁sus ▁vestidos , ▁y ▁ca r g ó ▁ cada ▁uno ▁su ▁asno , ▁y ▁volvieron ▁á ▁la ▁ciudad .
▁Y ▁llegó ▁Judá ▁con ▁sus ▁hermanos ▁á ▁casa ▁de ▁José , ▁que ▁aun ▁estaba ▁allí , ▁y ▁postr áronse ▁delante ▁de ▁él ▁en ▁tierra .
▁Y ▁díjole s ▁José : ▁¿ Qué ▁obra ▁es ▁esta ▁que ▁ha béis ▁hecho ? ▁¿ no ▁s a béis ▁que ▁un ▁hombre ▁ como ▁yo ▁sabe ▁a di vi n ar ?
▁Y ▁él ▁respondió : ▁Nun ca ▁yo ▁tal ▁haga : ▁el ▁varón ▁en ▁cu y o ▁pod er ▁fué ▁halla da ▁la ▁co pa , ▁él ▁será ▁mi ▁siervo ; ▁vosotros ▁ id ▁en ▁paz ▁á ▁vuestro ▁padre .
▁Mi ▁señor ▁pre gu n t ó ▁á ▁sus ▁siervos , ▁diciendo : ▁¿ T en éis ▁padre ▁ó ▁hermano ?
▁Y ▁tú ▁di j iste ▁á ▁tu s ▁siervos : ▁T ra é d me lo ▁ , ▁y ▁pondré ▁mis ▁ojos ▁sobre ▁él .
▁Y ▁nosotros ▁di j i mos ▁á ▁mi ▁señor : ▁El ▁mozo ▁no ▁pu ed e ▁dejar ▁á ▁su ▁padre , ▁por que ▁si ▁le ▁dejar e , ▁su ▁padre ▁morirá .
▁Y ▁di j iste ▁á ▁tu s ▁siervos : ▁Si ▁vuestro ▁hermano ▁men or ▁no ▁descend iere ▁con ▁vosotros , ▁no ▁ve áis ▁más ▁mi ▁rostro .
▁A co n te ció ▁pues , ▁que ▁ como ▁lleg a mos ▁á ▁mi ▁padre ▁tu ▁siervo , ▁con t á mos le ▁las ▁palabras ▁de ▁mi ▁señor .
▁Y ▁dijo ▁nuestro ▁padre : ▁ V o l v ed ▁á ▁com p r ar nos ▁un ▁poco ▁de ▁al i ment o .
▁Y ▁nosotros ▁respond i mos : ▁No ▁pod emos ▁ir : ▁si ▁nuestro ▁hermano ▁fuere ▁con ▁nosotros , ▁ir emos ; ▁por que ▁no ▁pod emos ▁ver ▁el ▁rostro ▁del ▁varón , ▁no ▁esta ndo ▁con ▁nosotros ▁nuestro ▁hermano ▁el ▁men or .
▁Entonces ▁tu ▁siervo ▁mi ▁padre ▁no s ▁dijo : ▁Vosotros ▁s a béis ▁que ▁dos ▁me ▁parió ▁mi ▁mujer ;
▁Y ▁el ▁uno ▁salió ▁de ▁conmigo , ▁y ▁pie n s o ▁de ▁cierto ▁que ▁fué ▁de s p ed az ado , ▁y ▁hast a ▁ahora ▁no ▁le ▁he ▁visto ;
▁Y ▁si ▁tomar e is ▁también ▁éste ▁de ▁delante ▁de ▁mí , ▁y ▁le ▁a co n te c iere ▁al g ún ▁de s a st re , ▁ha réis ▁descend er ▁mis ▁can as ▁con ▁do l or ▁á ▁la ▁se p u l t ura .
▁Ahora , ▁pues , ▁cuando ▁llegar e ▁yo ▁á ▁tu ▁siervo ▁mi ▁padre , ▁y ▁el ▁mozo ▁no ▁fuere ▁conmigo , ▁ como ▁su ▁alma ▁está ▁li g ada ▁al ▁alma ▁de ▁él ,
▁C o mo ▁tu ▁siervo ▁salió ▁por ▁f i ado r ▁del ▁mozo ▁con ▁mi ▁padre , ▁diciendo : ▁Si ▁no ▁te ▁lo ▁ v o l vier e , ▁entonces ▁yo ▁se ré ▁culpa ble ▁para ▁mi ▁padre ▁todos ▁los ▁días ;
▁Ruégote ▁por ▁tanto ▁que ▁que de ▁ahora ▁tu ▁siervo ▁por ▁el ▁mozo ▁por ▁siervo ▁de ▁mi ▁señor , ▁y ▁que ▁el ▁mozo ▁vaya ▁con ▁sus ▁hermanos .
▁Porque ▁¿ cómo ▁ir é ▁yo ▁á ▁mi ▁padre ▁sin ▁el ▁mozo ? ▁No ▁pod ré , ▁por ▁no ▁ver ▁el ▁mal ▁que ▁sobre v en d rá ▁á ▁mi ▁padre .
▁Entonces ▁se ▁dió ▁á ▁llora r ▁á ▁voz ▁en ▁gr i to ; ▁y ▁ o y e ron ▁los ▁E g i p ci os , ▁y ▁oyó ▁también ▁la ▁casa ▁de ▁Faraón .
▁Y ▁dijo ▁José ▁á ▁sus ▁hermanos : ▁Yo ▁soy ▁José : ▁¿ v ive ▁a ún ▁mi ▁padre ? ▁Y ▁sus ▁hermanos ▁no ▁pu d ieron ▁respond er le , ▁por que ▁estaban ▁tu r b ados ▁delante ▁de ▁él .
▁Entonces ▁dijo ▁José ▁á ▁sus ▁hermanos : ▁L le ga os ▁ahora ▁á ▁mí . ▁Y ▁ellos ▁se ▁llegar on . ▁Y ▁él ▁dijo : ▁Yo ▁soy ▁José ▁vuestro ▁hermano ▁el ▁que ▁ven di steis ▁para ▁Egipto .
▁Ahora ▁pues , ▁no ▁os ▁entr iste z c áis , ▁ni ▁os ▁pe se ▁de ▁haber me ▁ven d ido ▁a c á ; ▁que ▁para ▁pre serv ación ▁de ▁vida ▁me ▁envió ▁Dios ▁delante ▁de ▁vosotros :
▁Que ▁y a ▁ha ▁ha b ido ▁dos ▁años ▁de ▁hambre ▁en ▁medio ▁de ▁la ▁tierra , ▁y ▁aun ▁que d an ▁cinco ▁años ▁en ▁que ▁ni ▁habrá ▁ar ada ▁ni ▁si e ga .
▁Y ▁Dios ▁me ▁envió ▁delante ▁de ▁vosotros , ▁para ▁que ▁vosotros ▁que das e is ▁en ▁la ▁tierra , ▁y ▁para ▁dar os ▁vida ▁por ▁medio ▁de ▁grande ▁salva ment o .
▁As í ▁pues , ▁no ▁me ▁en vi a steis ▁vosotros ▁a c á , ▁sin o ▁Dios , ▁que ▁me ▁ha ▁puesto ▁por ▁padre ▁de ▁Faraón , ▁y ▁por ▁señor ▁de ▁toda ▁su ▁casa , ▁y ▁por ▁go be rna dor ▁en ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁Da os ▁pri es a , ▁ id ▁á ▁mi ▁padre ▁y ▁de ci d le : ▁As í ▁di ce ▁tu ▁hijo ▁José : ▁Dios ▁me ▁ha ▁puesto ▁por ▁señor ▁de ▁todo ▁Egipto ; ▁ven ▁á ▁mí , ▁no ▁te ▁de t en ga s :
▁Y ▁allí ▁te ▁al i ment aré , ▁pues ▁aun ▁que d an ▁cinco ▁años ▁de ▁hambre , ▁por que ▁no ▁per e z ca s ▁de ▁p o bre za ▁tú ▁y ▁tu ▁casa , ▁y ▁todo ▁lo ▁que ▁tiene s :
▁Y ▁he ▁aquí , ▁vuestro s ▁ojos ▁ven , ▁y ▁los ▁ojos ▁de ▁mi ▁hermano ▁Benjamín , ▁que ▁mi ▁boca ▁os ▁habla .
▁Ha réis ▁pues ▁sabe r ▁á ▁mi ▁padre ▁toda ▁mi ▁gloria ▁en ▁Egipto , ▁y ▁todo ▁lo ▁que ▁ha béis ▁visto : ▁y ▁da os ▁pri es a , ▁y ▁tra ed ▁á ▁mi ▁padre ▁a c á .
▁Y ▁echó se ▁sobre ▁el ▁cu el lo ▁de ▁Benjamín ▁su ▁hermano , ▁y ▁lloró ; ▁y ▁también ▁Benjamín ▁lloró ▁sobre ▁su ▁cu el lo .
▁Y ▁be s ó ▁á ▁todos ▁sus ▁hermanos , ▁y ▁lloró ▁sobre ▁ellos : ▁y ▁después ▁sus ▁hermanos ▁hablar on ▁con ▁él .
▁Y ▁oyó se ▁la ▁not i ci a ▁en ▁la ▁casa ▁de ▁Faraón , ▁diciendo : ▁Lo s ▁hermanos ▁de ▁José ▁han ▁venido . ▁Y ▁p l u go ▁en ▁los ▁ojos ▁de ▁Faraón ▁y ▁de ▁sus ▁siervos .
▁Y ▁dijo ▁Faraón ▁á ▁José : ▁Di ▁á ▁tu s ▁hermanos : ▁Ha c ed ▁esto : ▁ca r ga d ▁vuestras ▁bestia s , ▁é ▁ id , ▁ v o l v ed ▁á ▁la ▁tierra ▁de ▁Canaán ;
▁Y ▁toma d ▁á ▁vuestro ▁padre ▁y ▁vuestras ▁familias , ▁y ▁ven id ▁á ▁mí , ▁que ▁yo ▁os ▁daré ▁lo ▁bueno ▁de ▁la ▁tierra ▁de ▁Egipto ▁y ▁comeréis ▁la ▁gr os ura ▁de ▁la ▁tierra .
▁Y ▁tú ▁man da : ▁Ha c ed ▁esto : ▁toma os ▁de ▁la ▁tierra ▁de ▁Egipto ▁carro s ▁para ▁vuestro s ▁niño s ▁y ▁vuestras ▁mujeres ; ▁y ▁toma d ▁á ▁vuestro ▁padre , ▁y ▁ven id .
▁Y ▁no ▁se ▁os ▁d é ▁nada ▁de ▁vuestras ▁al h a ja s , ▁por que ▁el ▁bien ▁de ▁la ▁tierra ▁de ▁Egipto ▁será ▁vuestro .
▁E ▁ hi ci é ron lo ▁así ▁los ▁hijos ▁de ▁Israel : ▁y ▁dió les ▁José ▁carro s ▁conform e ▁á ▁la ▁orden ▁de ▁Faraón , ▁y ▁su mi n i st r ó les ▁ v í ver es ▁para ▁el ▁camino .
▁A ▁ cada ▁uno ▁de ▁todos ▁ellos ▁dió ▁mu das ▁de ▁vestidos , ▁y ▁á ▁Benjamín ▁dió ▁tres ci enta s ▁pie za s ▁de ▁plata , ▁y ▁cinco ▁mu das ▁de ▁vestidos .
▁Y ▁á ▁su ▁padre ▁envió ▁esto : ▁diez ▁asno s ▁ca r g ados ▁de ▁lo ▁mejor ▁de ▁Egipto , ▁y ▁diez ▁as n as ▁ca r ga das ▁de ▁trigo , ▁y ▁pan ▁y ▁com i da , ▁para ▁su ▁padre ▁en ▁el ▁camino .
▁Y ▁de s p id ió ▁á ▁sus ▁hermanos , ▁y ▁fué ron se . ▁Y ▁él ▁les ▁dijo : ▁No ▁ ri ñ áis ▁por ▁el ▁camino .
▁Y ▁subieron ▁de ▁Egipto , ▁y ▁llegar on ▁á ▁la ▁tierra ▁de ▁Canaán ▁á ▁Jacob ▁su ▁padre .
▁Y ▁d iéronle ▁las ▁nueva s , ▁diciendo : ▁José ▁vi v e ▁a ún ; ▁y ▁él ▁es ▁señor ▁en ▁toda ▁la ▁tierra ▁de ▁Egipto . ▁Y ▁su ▁corazón ▁se ▁de s ma y ó ; ▁pues ▁no ▁los ▁c re ía .
▁Y ▁ellos ▁le ▁con t aron ▁todas ▁las ▁palabras ▁de ▁José , ▁que ▁él ▁les ▁había ▁hablado ; ▁y ▁ viendo ▁él ▁los ▁carro s ▁que ▁José ▁en vi aba ▁para ▁llev ar lo , ▁el ▁espíritu ▁de ▁Jacob ▁su ▁padre ▁re vi vi ó .
▁Entonces ▁dijo ▁Israel : ▁B as ta ; ▁José ▁mi ▁hijo ▁vi v e ▁toda v ía : ▁ir é , ▁y ▁le ▁ver é ▁antes ▁que ▁yo ▁muera .
▁Y ▁P A R T I Ó S E ▁Israel ▁con ▁todo ▁lo ▁que ▁tenía , ▁y ▁vino ▁á ▁Beer - se ba , ▁y ▁of re ció ▁sacrificio s ▁al ▁Dios ▁de ▁su ▁padre ▁Isaac .
▁Y ▁habló ▁Dios ▁á ▁Israel ▁en ▁vi s ion es ▁de ▁noche , ▁y ▁dijo : ▁Jacob , ▁Jacob . ▁Y ▁él ▁respondió : ▁He me ▁aquí .
▁Y ▁dijo : ▁Yo ▁soy ▁Dios , ▁el ▁Dios ▁de ▁tu ▁padre ; ▁no ▁tem as ▁de ▁descend er ▁á ▁Egipto , ▁por que ▁yo ▁te ▁pondré ▁allí ▁en ▁gran ▁gente .
▁Yo ▁descend er é ▁contigo ▁á ▁Egipto , ▁y ▁yo ▁también ▁te ▁haré ▁volver : ▁y ▁José ▁pondrá ▁su ▁mano ▁sobre ▁tu s ▁ojos .
▁Y ▁levant óse ▁Jacob ▁de ▁Beer - se ba ; ▁y ▁tomaron ▁los ▁hijos ▁de ▁Israel ▁á ▁su ▁padre ▁Jacob , ▁y ▁á ▁sus ▁niño s , ▁y ▁á ▁sus ▁mujeres , ▁en ▁los ▁carro s ▁que ▁Faraón ▁había ▁en vi ado ▁para ▁llev ar lo .
▁Y ▁tomaron ▁sus ▁ganado s , ▁y ▁su ▁haci en da ▁que ▁había ▁a d qui r ido ▁en ▁la ▁tierra ▁de ▁Canaán , ▁y ▁vi n iéronse ▁á ▁Egipto , ▁Jacob , ▁y ▁toda ▁su ▁simiente ▁consigo ;
▁Su s ▁hijos , ▁y ▁los ▁hijos ▁de ▁sus ▁hijos ▁consigo ; ▁sus ▁hijas , ▁y ▁las ▁hijas ▁de ▁sus ▁hijos , ▁y ▁á ▁toda ▁su ▁simiente ▁tra jo ▁consigo ▁á ▁Egipto .
▁Y ▁estos ▁son ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Israel , ▁que ▁entrar on ▁en ▁Egipto , ▁Jacob ▁y ▁sus ▁hijos : ▁Rubén , ▁el ▁primogénito ▁de ▁Jacob .
▁Y ▁los ▁hijos ▁de ▁Rubén : ▁Ha no ch , ▁y ▁P h al l u , ▁y ▁He z r ón , ▁y ▁C ar mi .
▁Y ▁los ▁hijos ▁de ▁Simeón : ▁Je m ue l , ▁y ▁Ja m í n , ▁y ▁O h ad , ▁y ▁Ja ch î n , ▁y ▁Z o h ar , ▁y ▁Saúl , ▁hijo ▁de ▁la ▁C an an e a .
▁Y ▁los ▁hijos ▁de ▁Leví : ▁Ge r s ón , ▁y ▁Coath , ▁y ▁Merari .
▁Y ▁los ▁hijos ▁de ▁Issachâr : ▁Th o la , ▁y ▁P hu a , ▁y ▁ J o b , ▁y ▁Si m r ón .
▁Y ▁los ▁hijos ▁de ▁Zabulón : ▁Se r ed , ▁y ▁El ón , ▁y ▁Ja h le el .
▁Estos ▁fueron ▁los ▁hijos ▁de ▁Le a , ▁los ▁que ▁parió ▁á ▁Jacob ▁en ▁P ada n - ar am , ▁y ▁además ▁su ▁hija ▁Di n a : ▁treinta ▁y ▁tres ▁las ▁alma s ▁todas ▁de ▁sus ▁hijos ▁é ▁hijas .
▁Y ▁los ▁hijos ▁de ▁Gad : ▁Z i ph ió n , ▁y ▁A g g i , ▁y ▁E z b ón , ▁y ▁Su n i , ▁y ▁He ri , ▁y ▁A ro di , ▁y ▁Ar el i .
▁Estos ▁fueron ▁los ▁hijos ▁de ▁Z il pa , ▁la ▁que ▁Labán ▁dió ▁á ▁su ▁hija ▁Le a , ▁y ▁parió ▁estos ▁á ▁Jacob ; ▁todas ▁diez ▁y ▁se is ▁alma s .
▁Y ▁los ▁hijos ▁de ▁Rachêl , ▁mujer ▁de ▁Jacob : ▁José ▁y ▁Benjamín .
▁Y ▁nac ieron ▁á ▁José ▁en ▁la ▁tierra ▁de ▁Egipto ▁Manasés ▁y ▁Ephraim , ▁los ▁que ▁le ▁parió ▁As en ath , ▁hija ▁de ▁P o t i ph er ah , ▁sacerdote ▁de ▁On .
▁Estos ▁fueron ▁los ▁hijos ▁de ▁Rachêl , ▁que ▁nac ieron ▁á ▁Jacob : ▁en ▁todas , ▁ca to r ce ▁alma s .
▁Y ▁los ▁hijos ▁de ▁Dan : ▁Hu s im .
▁Y ▁los ▁hijos ▁de ▁Nephtalí : ▁Ja h z e el , ▁y ▁ G un i , ▁y ▁Je z er , ▁y ▁Sh ill em .
▁Estos ▁fueron ▁los ▁hijos ▁de ▁B il h a , ▁la ▁que ▁dió ▁Labán ▁á ▁Rachêl ▁su ▁hija , ▁y ▁parió ▁estos ▁á ▁Jacob ; ▁todas ▁siete ▁alma s .
▁T o das ▁las ▁persona s ▁que ▁vinieron ▁con ▁Jacob ▁á ▁Egipto , ▁pro c ed ente s ▁de ▁sus ▁lo mos , ▁sin ▁las ▁mujeres ▁de ▁los ▁hijos ▁de ▁Jacob , ▁todas ▁las ▁persona s ▁fueron ▁se s enta ▁y ▁se is .
▁Y ▁los ▁hijos ▁de ▁José , ▁que ▁le ▁nac ieron ▁en ▁Egipto , ▁dos ▁persona s . ▁T o das ▁las ▁alma s ▁de ▁la ▁casa ▁de ▁Jacob , ▁que ▁entrar on ▁en ▁Egipto , ▁fueron ▁setenta .
▁Y ▁envió ▁á ▁Judá ▁delante ▁de ▁sí ▁á ▁José , ▁para ▁que ▁le ▁vi n i e se ▁á ▁ver ▁á ▁Go s é n ; ▁y ▁llegar on ▁á ▁la ▁tierra ▁de ▁Go s é n .
▁Entonces ▁Israel ▁dijo ▁á ▁José : ▁M ue ra ▁yo ▁ahora , ▁y a ▁que ▁he ▁visto ▁tu ▁rostro , ▁pues ▁aun ▁vi v es .
▁Y ▁los ▁hombres ▁son ▁pa s to res ▁de ▁ovejas , ▁por que ▁son ▁hombres ▁ ga n ad eros : ▁y ▁han ▁traído ▁sus ▁ovejas ▁y ▁sus ▁vacas , ▁y ▁todo ▁lo ▁que ▁tenía n .
▁Y ▁cuando ▁Faraón ▁os ▁llamar e ▁y ▁dijere : ▁¿ cu á l ▁es ▁vuestro ▁of i ci o ?
▁Y ▁de ▁los ▁postr eros ▁de ▁sus ▁hermanos ▁tomó ▁cinco ▁varones , ▁y ▁present ólo s ▁delante ▁de ▁Faraón .
▁Y ▁Faraón ▁dijo ▁á ▁sus ▁hermanos : ▁¿ C u á l ▁es ▁vuestro ▁of i ci o ? ▁Y ▁ellos ▁respondieron ▁á ▁Faraón : ▁P as to res ▁de ▁ovejas ▁son ▁tu s ▁siervos , ▁así ▁nosotros ▁ como ▁nuestro s ▁padres .
▁Entonces ▁Faraón ▁habló ▁á ▁José , ▁diciendo : ▁T u ▁padre ▁y ▁tu s ▁hermanos ▁han ▁venido ▁á ▁ti ;
▁Y ▁José ▁in t ro d u jo ▁á ▁su ▁padre , ▁y ▁present ólo ▁delante ▁de ▁Faraón ; ▁y ▁Jacob ▁bendijo ▁á ▁Faraón .
▁Y ▁dijo ▁Faraón ▁á ▁Jacob : ▁¿ C u án to s ▁son ▁los ▁días ▁de ▁los ▁años ▁de ▁tu ▁vida ?
▁Y ▁Jacob ▁bendijo ▁á ▁Faraón , ▁y ▁salió se ▁de ▁delante ▁de ▁Faraón .
▁As í ▁José ▁hizo ▁habita r ▁á ▁su ▁padre ▁y ▁á ▁sus ▁hermanos , ▁y ▁dió les ▁posesión ▁en ▁la ▁tierra ▁de ▁Egipto , ▁en ▁lo ▁mejor ▁de ▁la ▁tierra , ▁en ▁la ▁tierra ▁de ▁R am es es ▁ como ▁mandó ▁Faraón .
▁Y ▁al i ment aba ▁José ▁á ▁su ▁padre ▁y ▁á ▁sus ▁hermanos , ▁y ▁á ▁toda ▁la ▁casa ▁de ▁su ▁padre , ▁de ▁pan , ▁hast a ▁la ▁boca ▁del ▁niño .
▁Y ▁no ▁había ▁pan ▁en ▁toda ▁la ▁tierra , ▁y ▁el ▁hambre ▁era ▁mu y ▁grave ; ▁por ▁lo ▁que ▁de s f al le ció ▁de ▁hambre ▁la ▁tierra ▁de ▁Egipto ▁y ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁recog ió ▁José ▁todo ▁el ▁dinero ▁que ▁se ▁halló ▁en ▁la ▁tierra ▁de ▁Egipto ▁y ▁en ▁la ▁tierra ▁de ▁Canaán , ▁por ▁los ▁al i ment os ▁que ▁de ▁él ▁com p r aban ; ▁y ▁me t ió ▁José ▁el ▁dinero ▁en ▁casa ▁de ▁Faraón .
▁Y ▁José ▁dijo : ▁Da d ▁vuestro s ▁ganado s , ▁y ▁yo ▁os ▁daré ▁por ▁vuestro s ▁ganado s , ▁si ▁se ▁ha ▁acaba do ▁el ▁dinero .
▁Y ▁al ▁pueblo ▁ h í zo lo ▁pasar ▁á ▁las ▁ciudades ▁de s de ▁el ▁un ▁cabo ▁del ▁término ▁de ▁Egipto ▁hast a ▁el ▁otro ▁cabo .
▁Y ▁José ▁dijo ▁al ▁pueblo : ▁He ▁aquí ▁os ▁he ▁hoy ▁com p r ado ▁y ▁á ▁vuestra ▁tierra ▁para ▁Faraón : ▁ve d ▁aquí ▁simiente , ▁y ▁se m bra réis ▁la ▁tierra .
▁Y ▁ellos ▁respondieron : ▁La ▁vida ▁no s ▁has ▁dado : ▁ha l l emos ▁gracia ▁en ▁ojos ▁de ▁mi ▁señor , ▁y ▁sea mos ▁siervos ▁de ▁Faraón .
▁Entonces ▁José ▁lo ▁puso ▁por ▁f ue ro ▁hast a ▁hoy ▁sobre ▁la ▁tierra ▁de ▁Egipto , ▁señal ando ▁para ▁Faraón ▁el ▁qu in to ; ▁ex ce p to ▁s ólo ▁la ▁tierra ▁de ▁los ▁sacerdote s , ▁que ▁no ▁fué ▁de ▁Faraón .
▁As í ▁habitó ▁Israel ▁en ▁la ▁tierra ▁de ▁Egipto , ▁en ▁la ▁tierra ▁de ▁Go s é n ; ▁y ▁ap ose s ion áronse ▁en ▁ella , ▁y ▁se ▁a u ment aron , ▁y ▁multiplic aron ▁en ▁gran ▁manera .
▁Y ▁vivió ▁Jacob ▁en ▁la ▁tierra ▁de ▁Egipto ▁die ci s i e te ▁años : ▁y ▁fueron ▁los ▁días ▁de ▁Jacob , ▁los ▁años ▁de ▁su ▁vida , ▁ciento ▁cuarenta ▁y ▁siete ▁años .
▁Mas ▁cuando ▁d ur m iere ▁con ▁mis ▁padres , ▁llev ar me ▁has ▁de ▁Egipto , ▁y ▁me ▁sepulta rás ▁en ▁el ▁se p u l c ro ▁de ▁ellos . ▁Y ▁él ▁respondió : ▁Yo ▁haré ▁ como ▁tú ▁di ce s .
▁Y ▁él ▁dijo : ▁ J ú ra me lo . ▁Y ▁él ▁le ▁juró . ▁Entonces ▁Israel ▁se ▁inclin ó ▁sobre ▁la ▁ca be ce ra ▁de ▁la ▁ca ma .
▁Y ▁S U C E D I Ó ▁después ▁de ▁esta s ▁cosas ▁el ▁haber se ▁dicho ▁á ▁José : ▁He ▁aquí ▁tu ▁padre ▁está ▁en f er mo . ▁Y ▁él ▁tomó ▁consigo ▁sus ▁dos ▁hijos ▁Manasés ▁y ▁Ephraim .
▁Y ▁se ▁hizo ▁sabe r ▁á ▁Jacob , ▁diciendo : ▁He ▁aquí ▁tu ▁hijo ▁José ▁viene ▁á ▁ti . ▁Entonces ▁se ▁es for z ó ▁Israel , ▁y ▁sent óse ▁sobre ▁la ▁ca ma ;
▁Y ▁dijo ▁á ▁José : ▁El ▁Dios ▁O m n i p o t ente ▁me ▁ap are ció ▁en ▁L u z ▁en ▁la ▁tierra ▁de ▁Canaán , ▁y ▁me ▁bendijo ,
▁Y ▁d í jo me : ▁He ▁aquí , ▁yo ▁te ▁haré ▁c re cer , ▁y ▁te ▁multiplic aré , ▁y ▁te ▁pondré ▁por ▁es t ir pe ▁de ▁pueblo s : ▁y ▁daré ▁esta ▁tierra ▁á ▁tu ▁simiente ▁después ▁de ▁ti ▁por ▁heredad ▁perpetua .
▁Y ▁ahora ▁tu s ▁dos ▁hijos ▁Ephraim ▁y ▁Manasés , ▁que ▁te ▁nac ieron ▁en ▁la ▁tierra ▁de ▁Egipto , ▁antes ▁que ▁vi n i e se ▁á ▁ti ▁á ▁la ▁tierra ▁de ▁Egipto , ▁mío s ▁son ; ▁ como ▁Rubén ▁y ▁Simeón , ▁serán ▁mío s :
▁Y ▁los ▁que ▁después ▁de ▁ellos ▁has ▁en g en d r ado , ▁serán ▁tuyo s ; ▁por ▁el ▁nombre ▁de ▁sus ▁hermanos ▁serán ▁llamado s ▁en ▁sus ▁heredad es .
▁Y ▁vió ▁Israel ▁los ▁hijos ▁de ▁José , ▁y ▁dijo : ▁¿ Quién es ▁son ▁é st os ?
▁Y ▁respondió ▁José ▁á ▁su ▁padre : ▁So n ▁mis ▁hijos , ▁que ▁Dios ▁me ▁ha ▁dado ▁aquí . ▁Y ▁él ▁dijo : ▁A l l é ga los ▁ahora ▁á ▁mí , ▁y ▁los ▁bendecir é .
▁Y ▁los ▁ojos ▁de ▁Israel ▁estaban ▁ t an ▁a g ra v ados ▁de ▁la ▁ve je z , ▁que ▁no ▁pod ía ▁ver . ▁ H í zo les , ▁pues , ▁llegar ▁á ▁él , ▁y ▁él ▁los ▁be s ó ▁y ▁abr az ó .
▁Y ▁dijo ▁Israel ▁á ▁José : ▁No ▁pe n s aba ▁yo ▁ver ▁tu ▁rostro , ▁y ▁he ▁aquí ▁Dios ▁me ▁ha ▁hecho ▁ver ▁también ▁tu ▁simiente .
▁Entonces ▁José ▁los ▁sacó ▁de ▁entre ▁sus ▁rod ill as , ▁é ▁inclin óse ▁á ▁tierra .
▁Y ▁bendijo ▁á ▁José , ▁y ▁dijo : ▁El ▁Dios ▁en ▁cu y a ▁presencia ▁and u vier on ▁mis ▁padres ▁Abraham ▁é ▁Isaac , ▁el ▁Dios ▁que ▁me ▁man t i en e ▁de s de ▁que ▁yo ▁soy ▁hast a ▁este ▁día ,
▁Y ▁dijo ▁José ▁á ▁su ▁padre : ▁No ▁así , ▁padre ▁mío , ▁por que ▁éste ▁es ▁el ▁primogénito ; ▁pon ▁tu ▁die s tra ▁sobre ▁su ▁cabeza .
▁Y ▁be nd í jo los ▁aquel ▁día , ▁diciendo : ▁En ▁ti ▁bendecir á ▁Israel , ▁diciendo : ▁P ón ga te ▁Dios ▁ como ▁á ▁Ephraim ▁y ▁ como ▁á ▁Manasés . ▁Y ▁puso ▁á ▁Ephraim ▁delante ▁de ▁Manasés .
▁Y ▁dijo ▁Israel ▁á ▁José : ▁He ▁aquí , ▁yo ▁mu er o , ▁mas ▁Dios ▁será ▁con ▁vosotros , ▁y ▁os ▁hará ▁volver ▁á ▁la ▁tierra ▁de ▁vuestro s ▁padres .
▁Y ▁yo ▁te ▁he ▁dado ▁á ▁ti ▁una ▁parte ▁sobre ▁tu s ▁hermanos , ▁la ▁cual ▁to m é ▁yo ▁de ▁mano ▁del ▁Amorrheo ▁con ▁mi ▁espada ▁y ▁con ▁mi ▁ar co .
▁Y ▁L L A M Ó ▁Jacob ▁á ▁sus ▁hijos , ▁y ▁dijo : ▁ J un ta os , ▁y ▁os ▁declar aré ▁lo ▁que ▁os ▁ha ▁de ▁a co n te cer ▁en ▁los ▁postr eros ▁días .
▁ J un ta os ▁y ▁ o id , ▁hijos ▁de ▁Jacob ; ▁y ▁es cu ch ad ▁á ▁vuestro ▁padre ▁Israel .
▁Rubén , ▁tú ▁eres ▁mi ▁primogénito , ▁mi ▁fortaleza , ▁y ▁el ▁pri n ci p i o ▁de ▁mi ▁vi g or ; ▁principal ▁en ▁di g n i dad , ▁principal ▁en ▁pod er .
▁C or r iente ▁ como ▁las ▁aguas , ▁no ▁sea s ▁el ▁principal ; ▁por ▁cuanto ▁su b iste ▁al ▁le ch o ▁de ▁tu ▁padre : ▁entonces ▁te ▁en vi le c iste , ▁su b iendo ▁á ▁mi ▁es tra do .
▁Simeón ▁y ▁Leví , ▁hermanos : ▁arm as ▁de ▁iniquidad ▁sus ▁arm as .
▁M aldito ▁su ▁furor , ▁que ▁fué ▁f i er o ; ▁y ▁su ▁ir a , ▁que ▁fué ▁d ura : ▁yo ▁los ▁apart aré ▁en ▁Jacob , ▁y ▁los ▁esparci ré ▁en ▁Israel .
▁Judá , ▁al aba r te ▁han ▁tu s ▁hermanos : ▁tu ▁mano ▁en ▁la ▁ cer vi z ▁de ▁tu s ▁enemigos : ▁los ▁hijos ▁de ▁tu ▁padre ▁se ▁inclin arán ▁á ▁ti .
▁No ▁será ▁qu ita do ▁el ▁ ce t ro ▁de ▁Judá , ▁y ▁el ▁le g is la dor ▁de ▁entre ▁sus ▁pi é s , ▁hast a ▁que ▁ven ga ▁Shiloh ; ▁y ▁á ▁él ▁se ▁con g re g arán ▁los ▁pueblo s .
▁Su s ▁ojos ▁be r me jo s ▁del ▁vino , ▁y ▁los ▁d iente s ▁ b l an co s ▁de ▁la ▁le ch e .
▁Zabulón ▁en ▁pu er to s ▁de ▁mar ▁habita rá , ▁y ▁será ▁para ▁pu er to ▁de ▁ n a v í os ; ▁y ▁su ▁término ▁hast a ▁Si d ón .
▁Issachâr , ▁asno ▁hues u do ▁echa do ▁entre ▁dos ▁te r ci os :
▁Y ▁vió ▁que ▁el ▁de s ca n s o ▁era ▁bueno , ▁y ▁que ▁la ▁tierra ▁era ▁de le i to s a ; ▁y ▁ba j ó ▁su ▁ho m b ro ▁para ▁llev ar , ▁y ▁sirv ió ▁en ▁tribu to .
▁Dan ▁juzg ará ▁á ▁su ▁pueblo , ▁ como ▁una ▁de ▁las ▁tribu s ▁de ▁Israel .
▁T u ▁sal ud ▁es per é , ▁ o h ▁Jehová .
▁Gad , ▁ejército ▁lo ▁a co me te rá ; ▁mas ▁él ▁a co me te rá ▁al ▁fin .
▁El ▁pan ▁de ▁As er ▁será ▁gr ue s o , ▁y ▁él ▁dará ▁de le ites ▁al ▁rey .
▁Nephtalí , ▁sierva ▁de ja da , ▁que ▁dará ▁dicho s ▁her mos os .
▁R am o ▁f r u c t í f er o ▁José , ▁ram o ▁f r u c t í f er o ▁junto ▁á ▁fuente , ▁cu y os ▁ v ás ta go s ▁se ▁ex t i en de n ▁sobre ▁el ▁mu ro .
▁Y ▁ca u s áronle ▁am ar gu ra , ▁y ▁as a e te áronle , ▁y ▁aborrec iéronle ▁los ▁ar ch eros ▁ :
▁Mas ▁su ▁ar co ▁quedó ▁en ▁fortaleza , ▁y ▁los ▁brazo s ▁de ▁sus ▁manos ▁se ▁cor ro b or aron ▁por ▁las ▁manos ▁del ▁F u er te ▁de ▁Jacob , ▁ ( de ▁allí ▁el ▁pa st or , ▁y ▁la ▁piedra ▁de ▁Israel , )
▁Benjamín , ▁lo b o ▁ar re ba ta dor : ▁á ▁la ▁mañana ▁comerá ▁la ▁pre s a , ▁y ▁á ▁la ▁tarde ▁re p ar t irá ▁los ▁despojo s .
▁Todo s ▁estos ▁fueron ▁las ▁do ce ▁tribu s ▁de ▁Israel : ▁y ▁esto ▁fué ▁lo ▁que ▁su ▁padre ▁les ▁dijo , ▁y ▁be nd í jo los ; ▁á ▁ cada ▁uno ▁por ▁su ▁bendición ▁los ▁bendijo .
▁Ma nd ó les ▁luego , ▁y ▁díjole s : ▁Yo ▁ v o y ▁á ▁ser ▁re un ido ▁con ▁mi ▁pueblo : ▁sepulta d me ▁con ▁mis ▁padres ▁en ▁la ▁cueva ▁que ▁está ▁en ▁el ▁campo ▁de ▁E ph r ón ▁el ▁Hetheo ;
▁A l l í ▁sepulta ron ▁á ▁Abraham ▁y ▁á ▁Sara ▁su ▁mujer ; ▁allí ▁sepulta ron ▁á ▁Isaac ▁y ▁á ▁Rebeca ▁su ▁mujer ; ▁allí ▁también ▁se p u l t é ▁yo ▁á ▁Le a .
▁La ▁com p ra ▁del ▁campo ▁y ▁de ▁la ▁cueva ▁que ▁está ▁en ▁él , ▁fué ▁de ▁los ▁hijos ▁de ▁He th .
▁Y ▁ como ▁a ca b ó ▁Jacob ▁de ▁dar ▁ó r de n es ▁á ▁sus ▁hijos , ▁en co g ió ▁sus ▁pie s ▁en ▁la ▁ca ma , ▁y ▁es p ir ó : ▁y ▁fué ▁re un ido ▁con ▁sus ▁padres .
▁E N T O N C E S ▁se ▁echó ▁José ▁sobre ▁el ▁rostro ▁de ▁su ▁padre , ▁y ▁lloró ▁sobre ▁él , ▁y ▁be s ólo .
▁Y ▁mandó ▁José ▁á ▁sus ▁ m é di co s ▁familia res ▁que ▁ em ba l s am as en ▁á ▁su ▁padre : ▁y ▁los ▁ m é di co s ▁ em ba l s am aron ▁á ▁Israel .
▁Y ▁cumpl iéronle ▁cuarenta ▁días , ▁por que ▁así ▁cumpl ían ▁los ▁días ▁de ▁los ▁ em ba l s am ados , ▁y ▁ l l or áronlo ▁los ▁E g i p ci os ▁setenta ▁días .
▁Y ▁Faraón ▁dijo : ▁Ve , ▁y ▁sepulta ▁á ▁tu ▁padre , ▁ como ▁él ▁te ▁con j ur ó .
▁Entonces ▁José ▁subió ▁á ▁sepulta r ▁á ▁su ▁padre ; ▁y ▁subieron ▁con ▁él ▁todos ▁los ▁siervos ▁de ▁Faraón , ▁los ▁ancianos ▁de ▁su ▁casa , ▁y ▁todos ▁los ▁ancianos ▁de ▁la ▁tierra ▁de ▁Egipto ,
▁Y ▁toda ▁la ▁casa ▁de ▁José , ▁y ▁sus ▁hermanos , ▁y ▁la ▁casa ▁de ▁su ▁padre : ▁solamente ▁dejar on ▁en ▁la ▁tierra ▁de ▁Go s é n ▁sus ▁niño s , ▁y ▁sus ▁ovejas ▁y ▁sus ▁vacas .
▁Y ▁subieron ▁también ▁con ▁él ▁carro s ▁y ▁gente ▁de ▁á ▁caballo , ▁é ▁ h í zo se ▁un ▁es cu ad r ón ▁mu y ▁grande .
▁Hi c ieron , ▁pues , ▁sus ▁hijos ▁con ▁él , ▁seg ún ▁les ▁había ▁mandado :
▁Y ▁torn óse ▁José ▁á ▁Egipto , ▁él ▁y ▁sus ▁hermanos , ▁y ▁todos ▁los ▁que ▁subieron ▁con ▁él ▁á ▁sepulta r ▁á ▁su ▁padre , ▁después ▁que ▁le ▁hubo ▁sepulta do .
▁Y ▁ viendo ▁los ▁hermanos ▁de ▁José ▁que ▁su ▁padre ▁era ▁muerto , ▁dijeron : ▁ Q u i z á ▁no s ▁aborrec e rá ▁José , ▁y ▁no s ▁dará ▁el ▁pa go ▁de ▁todo ▁el ▁mal ▁que ▁le ▁ hi ci mos .
▁Y ▁enviar on ▁á ▁decir ▁á ▁José : ▁T u ▁padre ▁mandó ▁antes ▁de ▁su ▁muerte , ▁diciendo :
▁Y ▁vinieron ▁también ▁sus ▁hermanos , ▁y ▁postr áronse ▁delante ▁de ▁él , ▁y ▁dijeron : ▁He nos ▁aquí ▁por ▁tu s ▁siervos .
▁Y ▁respondió les ▁José : ▁No ▁tem áis : ▁¿ est o y ▁yo ▁en ▁lugar ▁de ▁Dios ?
▁Vosotros ▁pe n s a steis ▁mal ▁sobre ▁mí , ▁mas ▁Dios ▁lo ▁en ca mi n ó ▁á ▁bien , ▁para ▁hacer ▁lo ▁que ▁ve mos ▁hoy , ▁para ▁man t en er ▁en ▁vida ▁á ▁mucho ▁pueblo .
▁Ahora , ▁pues , ▁no ▁ten g áis ▁mi ed o ; ▁yo ▁os ▁sus t enta ré ▁á ▁vosotros ▁y ▁á ▁vuestro s ▁hijos . ▁As í ▁los ▁con s o l ó , ▁y ▁les ▁habló ▁al ▁corazón .
▁Y ▁estuv o ▁José ▁en ▁Egipto , ▁él ▁y ▁la ▁casa ▁de ▁su ▁padre : ▁y ▁vivió ▁José ▁ciento ▁diez ▁años .
▁Y ▁vió ▁José ▁los ▁hijos ▁de ▁Ephraim ▁hast a ▁la ▁tercer a ▁generación : ▁también ▁los ▁hijos ▁de ▁Ma ch î r , ▁hijo ▁de ▁Manasés , ▁fueron ▁criado s ▁sobre ▁las ▁rod ill as ▁de ▁José .
▁Y ▁José ▁dijo ▁á ▁sus ▁hermanos : ▁Yo ▁me ▁mu er o ; ▁mas ▁Dios ▁c iertamente ▁os ▁visit ará , ▁y ▁os ▁hará ▁subir ▁de ▁a que s ta ▁tierra ▁á ▁la ▁tierra ▁que ▁juró ▁á ▁Abraham , ▁á ▁Isaac , ▁y ▁á ▁Jacob .
▁Y ▁con j ur ó ▁José ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁Dios ▁c iertamente ▁os ▁visit ará , ▁y ▁ha réis ▁llev ar ▁de ▁aquí ▁mis ▁hues os .
▁Y ▁murió ▁José ▁de ▁edad ▁de ▁ciento ▁diez ▁años ; ▁y ▁ em ba l s am áronlo , ▁y ▁fué ▁puesto ▁en ▁un ▁a ta ú d ▁en ▁Egipto .
▁E S T O S ▁son ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Israel , ▁que ▁entrar on ▁en ▁Egipto ▁con ▁Jacob ; ▁ cada ▁uno ▁entr ó ▁con ▁su ▁familia .
▁Rubén , ▁Simeón , ▁Leví ▁y ▁Judá ;
▁Issachâr , ▁Zabulón ▁y ▁Benjamín ;
▁Dan ▁y ▁Nephtalí , ▁Gad ▁y ▁As er .
▁Y ▁todas ▁las ▁alma s ▁de ▁los ▁que ▁salieron ▁del ▁mu s lo ▁de ▁Jacob , ▁fueron ▁setenta . ▁Y ▁José ▁estaba ▁en ▁Egipto .
▁Y ▁murió ▁José , ▁y ▁todos ▁sus ▁hermanos , ▁y ▁toda ▁aquella ▁generación .
▁Y ▁los ▁hijos ▁de ▁Israel ▁c re c ieron , ▁y ▁multiplic aron , ▁y ▁fueron ▁a u ment ados ▁y ▁cor ro b or ados ▁en ▁ex t re mo ; ▁y ▁ l l en óse ▁la ▁tierra ▁de ▁ellos .
▁Levant óse ▁entre t an to ▁un ▁ n ue v o ▁rey ▁sobre ▁Egipto , ▁que ▁no ▁conoc ía ▁á ▁José ; ▁el ▁cual ▁dijo ▁á ▁su ▁pueblo :
▁He ▁aquí , ▁el ▁pueblo ▁de ▁los ▁hijos ▁de ▁Israel ▁es ▁may or ▁y ▁más ▁fuerte ▁que ▁nosotros :
▁E mpero ▁cuanto ▁más ▁los ▁ o p r im ían , ▁tanto ▁más ▁se ▁multiplic aban ▁y ▁c re c ían : ▁así ▁que ▁estaban ▁ellos ▁f a st i di ados ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁los ▁E g i p ci os ▁hicieron ▁servir ▁á ▁los ▁hijos ▁de ▁Israel ▁con ▁d u re za :
▁Y ▁habló ▁el ▁rey ▁de ▁Egipto ▁á ▁las ▁parte ra s ▁de ▁las ▁He bre as , ▁una ▁de ▁las ▁cuales ▁se ▁llamaba ▁Si ph ra , ▁y ▁otra ▁P h ú a , ▁y ▁díjole s :
▁Mas ▁las ▁parte ra s ▁tem ieron ▁á ▁Dios , ▁y ▁no ▁hicieron ▁ como ▁les ▁mandó ▁el ▁rey ▁de ▁Egipto , ▁sin o ▁que ▁re serv aban ▁la ▁vida ▁á ▁los ▁niño s .
▁Y ▁el ▁rey ▁de ▁Egipto ▁hizo ▁llamar ▁á ▁las ▁parte ra s , ▁y ▁díjole s : ▁Por ▁qué ▁ha béis ▁hecho ▁esto , ▁que ▁ha béis ▁re serv ado ▁la ▁vida ▁á ▁los ▁niño s ?
▁Y ▁Dios ▁hizo ▁bien ▁á ▁las ▁parte ra s : ▁y ▁el ▁pueblo ▁se ▁multiplic ó , ▁y ▁se ▁cor ro b or aron ▁en ▁gran ▁manera .
▁Y ▁por ▁haber ▁las ▁parte ra s ▁tem ido ▁á ▁Dios , ▁él ▁les ▁hizo ▁casa s .
▁Entonces ▁Faraón ▁mandó ▁á ▁todo ▁su ▁pueblo , ▁diciendo : ▁E ch ad ▁en ▁el ▁río ▁todo ▁hijo ▁que ▁nac iere , ▁y ▁á ▁toda ▁hija ▁re serv ad ▁la ▁vida .
▁ U N ▁varón ▁de ▁la ▁familia ▁de ▁Leví ▁fué , ▁y ▁tomó ▁por ▁mujer ▁una ▁hija ▁de ▁Leví :
▁La ▁cual ▁con ci b ió , ▁y ▁parió ▁un ▁hijo : ▁y ▁vi é ndo lo ▁que ▁era ▁her mos o , ▁tú v o le ▁escond ido ▁tres ▁me se s .
▁Y ▁par óse ▁una ▁hermana ▁su y a ▁á ▁lo ▁le jo s , ▁para ▁ver ▁lo ▁que ▁le ▁a co n te cer ía .
▁Y ▁ como ▁la ▁abr ió , ▁vió ▁al ▁niño ; ▁y ▁he ▁aquí ▁que ▁el ▁niño ▁llora ba . ▁Y ▁ten iendo ▁com pa s ió n ▁de ▁él , ▁dijo : ▁De ▁los ▁niño s ▁de ▁los ▁He bre os ▁es ▁éste .
▁Entonces ▁su ▁hermana ▁dijo ▁á ▁la ▁hija ▁de ▁Faraón : ▁¿ I ré ▁á ▁llamar te ▁un ▁a ma ▁de ▁las ▁He bre as , ▁para ▁que ▁te ▁c r í e ▁este ▁niño ?
▁Y ▁la ▁hija ▁de ▁Faraón ▁respondió : ▁Ve . ▁Entonces ▁fué ▁la ▁don ce l la , ▁y ▁llamó ▁á ▁la ▁madre ▁del ▁niño ;
▁A ▁la ▁cual ▁dijo ▁la ▁hija ▁de ▁Faraón : ▁L le v a ▁este ▁niño , ▁y ▁c r ía me lo , ▁y ▁yo ▁te ▁lo ▁pa g aré . ▁Y ▁la ▁mujer ▁tomó ▁al ▁niño , ▁y ▁c ri ólo .
▁Y ▁ como ▁c re ció ▁el ▁niño , ▁ella ▁lo ▁tra jo ▁á ▁la ▁hija ▁de ▁Faraón , ▁la ▁cual ▁lo ▁pro hi j ó , ▁y ▁p ú s o le ▁por ▁nombre ▁Moisés , ▁diciendo : ▁Porque ▁de ▁las ▁aguas ▁lo ▁s a qué .
▁Y ▁miró ▁á ▁todas ▁parte s , ▁y ▁ viendo ▁que ▁no ▁par e c ía ▁nadie , ▁mató ▁al ▁E g i p ci o , ▁y ▁escond ió lo ▁en ▁la ▁are n a .
▁Y ▁salió ▁al ▁día ▁siguiente , ▁y ▁ viendo ▁á ▁dos ▁He bre os ▁que ▁re ñ ían , ▁dijo ▁al ▁que ▁hacía ▁la ▁in j u ri a : ▁¿ Por ▁qué ▁ h iere s ▁á ▁tu ▁prójimo ?
▁Y ▁ o y e ndo ▁Faraón ▁este ▁negocio , ▁pro cu r ó ▁matar ▁á ▁Moisés : ▁mas ▁Moisés ▁huyó ▁de ▁delante ▁de ▁Faraón , ▁y ▁habitó ▁en ▁la ▁tierra ▁de ▁Madián ; ▁y ▁sent óse ▁junto ▁á ▁un ▁pozo .
▁T en ía ▁el ▁sacerdote ▁de ▁Madián ▁siete ▁hijas , ▁las ▁cuales ▁vinieron ▁á ▁saca r ▁agua , ▁para ▁llena r ▁las ▁pi la s ▁y ▁dar ▁de ▁beber ▁á ▁las ▁ovejas ▁de ▁su ▁padre .
▁Mas ▁los ▁pa s to res ▁vinieron , ▁y ▁ e ch á ron la s : ▁Entonces ▁Moisés ▁se ▁levant ó ▁y ▁de f en d ió la s , ▁y ▁a bre v ó ▁sus ▁ovejas .
▁Y ▁ v o l viendo ▁ella s ▁á ▁R a g ü el ▁su ▁padre , ▁díjole s ▁él : ▁¿ Por ▁qué ▁ha béis ▁hoy ▁venido ▁ t an ▁pre s to ?
▁Y ▁ella s ▁respondieron : ▁Un ▁varón ▁E g i p ci o ▁no s ▁de f en d ió ▁de ▁mano ▁de ▁los ▁pa s to res , ▁y ▁también ▁no s ▁sacó ▁el ▁agua , ▁y ▁a bre v ó ▁las ▁ovejas .
▁Y ▁dijo ▁á ▁sus ▁hijas : ▁¿ Y ▁d ón de ▁está ? ▁¿ por ▁qué ▁ha béis ▁de ja do ▁es e ▁hombre ? ▁ l la ma d le ▁para ▁que ▁com a ▁pan .
▁Y ▁Moisés ▁a co r d ó ▁en ▁mor ar ▁con ▁aquel ▁varón ; ▁y ▁él ▁dió ▁á ▁Moisés ▁á ▁su ▁hija ▁S é ph o ra :
▁La ▁cual ▁le ▁parió ▁un ▁hijo , ▁y ▁él ▁le ▁puso ▁por ▁nombre ▁Ge r s om : ▁por que ▁dijo : ▁P er e g ri no ▁soy ▁en ▁tierra ▁a je n a .
▁Y ▁oyó ▁Dios ▁el ▁ g em ido ▁de ▁ellos , ▁y ▁a co r d óse ▁de ▁su ▁pacto ▁con ▁Abraham , ▁Isaac ▁y ▁Jacob .
▁Y ▁miró ▁Dios ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁reconoc ió los ▁Dios .
▁Entonces ▁Moisés ▁dijo : ▁I ré ▁yo ▁ahora , ▁y ▁ver é ▁esta ▁grande ▁vi s ió n , ▁por ▁qué ▁causa ▁la ▁ za r za ▁no ▁se ▁que ma .
▁Y ▁ viendo ▁Jehová ▁que ▁iba ▁á ▁ver , ▁llamó lo ▁Dios ▁de ▁en ▁medio ▁de ▁la ▁ za r za , ▁y ▁dijo : ▁ ¡ M o is é s , ▁Moisés ! ▁Y ▁él ▁respondió : ▁He me ▁aquí .
▁Y ▁dijo : ▁No ▁te ▁lleg ue s ▁a c á : ▁qu ita ▁tu s ▁ za pa to s ▁de ▁tu s ▁pie s , ▁por que ▁el ▁lugar ▁en ▁que ▁tú ▁está s , ▁tierra ▁santa ▁es .
▁Y ▁dijo : ▁Yo ▁soy ▁el ▁Dios ▁de ▁tu ▁padre , ▁Dios ▁de ▁Abraham , ▁Dios ▁de ▁Isaac , ▁Dios ▁de ▁Jacob . ▁Entonces ▁Moisés ▁cu b r ió ▁su ▁rostro , ▁por que ▁tuvo ▁mi ed o ▁de ▁mira r ▁á ▁Dios .
▁El ▁c l am or , ▁pues , ▁de ▁los ▁hijos ▁de ▁Israel ▁ha ▁venido ▁delante ▁de ▁mí , ▁y ▁también ▁he ▁visto ▁la ▁ o p res ió n ▁con ▁que ▁los ▁E g i p ci os ▁los ▁ o p ri me n .
▁Ve n ▁por ▁tanto ▁ahora , ▁y ▁enviar te ▁he ▁á ▁Faraón , ▁para ▁que ▁s a que s ▁á ▁mi ▁pueblo , ▁los ▁hijos ▁de ▁Israel , ▁de ▁Egipto .
▁Entonces ▁Moisés ▁respondió ▁á ▁Dios : ▁¿ Quién ▁soy ▁yo , ▁para ▁que ▁vaya ▁á ▁Faraón , ▁y ▁s a que ▁de ▁Egipto ▁á ▁los ▁hijos ▁de ▁Israel ?
▁Y ▁respondió ▁Dios ▁á ▁Moisés : ▁Y O ▁S O Y ▁E L ▁ Q U E ▁S O Y . ▁Y ▁dijo : ▁As í ▁dirá s ▁á ▁los ▁hijos ▁de ▁Israel : ▁Y O ▁S O Y ▁me ▁ha ▁en vi ado ▁á ▁vosotros .
▁Mas ▁yo ▁s é ▁que ▁el ▁rey ▁de ▁Egipto ▁no ▁os ▁dejar á ▁ir ▁sin o ▁por ▁mano ▁fuerte .
▁E mpero ▁yo ▁extend er é ▁mi ▁mano , ▁y ▁her i ré ▁á ▁Egipto ▁con ▁todas ▁mis ▁mar a vi l la s ▁que ▁haré ▁en ▁él , ▁y ▁entonces ▁os ▁dejar á ▁ir .
▁Y ▁yo ▁daré ▁á ▁este ▁pueblo ▁gracia ▁en ▁los ▁ojos ▁de ▁los ▁E g i p ci os , ▁para ▁que ▁cuando ▁os ▁part iere is , ▁no ▁sal g áis ▁va c í os :
▁E N T O N C E S ▁Moisés ▁respondió , ▁y ▁dijo : ▁He ▁aquí ▁que ▁ellos ▁no ▁me ▁c re e rán , ▁ni ▁oir án ▁mi ▁voz ; ▁por que ▁dirá n : ▁No ▁te ▁ha ▁a pa recido ▁Jehová .
▁Y ▁Jehová ▁dijo : ▁¿ Qué ▁es ▁es o ▁que ▁tiene s ▁en ▁tu ▁mano ? ▁Y ▁él ▁respondió : ▁Un a ▁va ra .
▁Y ▁él ▁le ▁dijo : ▁ É ch a la ▁en ▁tierra . ▁Y ▁él ▁la ▁echó ▁en ▁tierra , ▁y ▁torn óse ▁una ▁cu le bra : ▁y ▁Moisés ▁ hu ía ▁de ▁ella .
▁Entonces ▁dijo ▁Jehová ▁á ▁Moisés : ▁E x t i en de ▁tu ▁mano , ▁y ▁ t ó ma la ▁por ▁la ▁co la . ▁Y ▁él ▁extend ió ▁su ▁mano , ▁y ▁tomó la , ▁y ▁torn óse ▁va ra ▁en ▁su ▁mano .
▁Por ▁esto ▁c re e rán ▁que ▁se ▁te ▁ha ▁a pa recido ▁Jehová , ▁el ▁Dios ▁de ▁tu s ▁padres , ▁el ▁Dios ▁de ▁Abraham , ▁Dios ▁de ▁Isaac ▁y ▁Dios ▁de ▁Jacob .
▁S í ▁a co n te c iere , ▁que ▁no ▁te ▁c re y er en , ▁ni ▁obedec iere n ▁á ▁la ▁voz ▁de ▁la ▁primer a ▁señal , ▁c re e rán ▁á ▁la ▁voz ▁de ▁la ▁postr er a .
▁Y ▁Jehová ▁le ▁respondió : ▁¿ Quién ▁dió ▁la ▁boca ▁al ▁hombre ? ▁¿ ó ▁qu ién ▁hizo ▁al ▁mu do ▁y ▁al ▁so r do , ▁al ▁que ▁ve ▁y ▁al ▁ ci e go ? ▁¿ no ▁soy ▁yo ▁Jehová ?
▁Ahora ▁pues , ▁ve , ▁que ▁yo ▁se ré ▁en ▁tu ▁boca , ▁y ▁te ▁en se ñ aré ▁lo ▁que ▁haya s ▁de ▁hablar .
▁Y ▁él ▁dijo : ▁ ¡ A y ▁Señor ! ▁en v ía ▁por ▁mano ▁del ▁que ▁has ▁de ▁enviar .
▁T ú ▁habla rás ▁á ▁él , ▁y ▁pondrá s ▁en ▁su ▁boca ▁las ▁palabras , ▁y ▁yo ▁se ré ▁en ▁tu ▁boca ▁y ▁en ▁la ▁su y a , ▁y ▁os ▁en se ñ aré ▁lo ▁que ▁hay áis ▁de ▁hacer .
▁Y ▁él ▁hablar á ▁por ▁ti ▁al ▁pueblo ; ▁y ▁él ▁te ▁será ▁á ▁ti ▁en ▁lugar ▁de ▁boca , ▁y ▁tú ▁será s ▁para ▁él ▁en ▁lugar ▁de ▁Dios .
▁Y ▁tomará s ▁esta ▁va ra ▁en ▁tu ▁mano , ▁con ▁la ▁cual ▁harás ▁las ▁señal es .
▁Di jo ▁también ▁Jehová ▁á ▁Moisés ▁en ▁Madián : ▁Ve , ▁y ▁ v u é l v e te ▁á ▁Egipto , ▁por que ▁han ▁muerto ▁todos ▁los ▁que ▁pro cu r aban ▁tu ▁muerte .
▁Entonces ▁Moisés ▁tomó ▁su ▁mujer ▁y ▁sus ▁hijos , ▁y ▁púsolo s ▁sobre ▁un ▁asno , ▁y ▁volvió se ▁á ▁tierra ▁de ▁Egipto : ▁tomó ▁también ▁Moisés ▁la ▁va ra ▁de ▁Dios ▁en ▁su ▁mano .
▁Y ▁dirá s ▁á ▁Faraón : ▁Jehová ▁ha ▁dicho ▁así : ▁Israel ▁es ▁mi ▁hijo , ▁mi ▁primogénito .
▁Y a ▁te ▁he ▁dicho ▁que ▁de je s ▁ir ▁á ▁mi ▁hijo , ▁para ▁que ▁me ▁sirv a , ▁mas ▁no ▁has ▁que r ido ▁dejar lo ▁ir : ▁he ▁aquí ▁yo ▁ v o y ▁á ▁matar ▁á ▁tu ▁hijo , ▁tu ▁primogénito .
▁Y ▁aconteció ▁en ▁el ▁camino , ▁que ▁en ▁una ▁pos ada ▁le ▁salió ▁al ▁en cu en t ro ▁Jehová , ▁y ▁quiso ▁matar lo .
▁As í ▁le ▁de j ó ▁luego ▁ir . ▁Y ▁ella ▁dijo : ▁E s p os o ▁de ▁sangre , ▁á ▁causa ▁de ▁la ▁c ir cu n ci s ió n .
▁Y ▁Jehová ▁dijo ▁á ▁Aarón : ▁Ve ▁á ▁recibir ▁á ▁Moisés ▁al ▁desierto . ▁Y ▁él ▁fué , ▁y ▁encontr ólo ▁en ▁el ▁monte ▁de ▁Dios , ▁y ▁be s ó le .
▁Entonces ▁con t ó ▁Moisés ▁á ▁Aarón ▁todas ▁las ▁palabras ▁de ▁Jehová ▁que ▁le ▁en vi aba , ▁y ▁todas ▁las ▁señal es ▁que ▁le ▁había ▁dado .
▁Y ▁fueron ▁Moisés ▁y ▁Aarón , ▁y ▁junt aron ▁todos ▁los ▁ancianos ▁de ▁los ▁hijos ▁de ▁Israel :
▁Y ▁habló ▁Aarón ▁todas ▁las ▁palabras ▁que ▁Jehová ▁había ▁dicho ▁á ▁Moisés , ▁é ▁hizo ▁las ▁señal es ▁delante ▁de ▁los ▁ojos ▁del ▁pueblo .
▁Y ▁Faraón ▁respondió : ▁¿ Quién ▁es ▁Jehová , ▁para ▁que ▁yo ▁ o i ga ▁su ▁voz ▁y ▁de je ▁ir ▁á ▁Israel ? ▁Yo ▁no ▁con o z co ▁á ▁Jehová , ▁ni ▁ t am p o co ▁dejar é ▁ir ▁á ▁Israel .
▁Entonces ▁el ▁rey ▁de ▁Egipto ▁les ▁dijo : ▁Moisés ▁y ▁Aarón , ▁¿ por ▁qué ▁ha c éis ▁c es ar ▁al ▁pueblo ▁de ▁su ▁obra ? ▁ ido s ▁á ▁vuestro s ▁cargo s .
▁Di jo ▁también ▁Faraón : ▁He ▁aquí ▁el ▁pueblo ▁de ▁la ▁tierra ▁es ▁ahora ▁mucho , ▁y ▁vosotros ▁les ▁ha c éis ▁c es ar ▁de ▁sus ▁cargo s .
▁Y ▁mandó ▁Faraón ▁aquel ▁mismo ▁día ▁á ▁los ▁cu ad r ill eros ▁del ▁pueblo ▁que ▁le ▁tenía n ▁á ▁su ▁cargo , ▁y ▁á ▁sus ▁go be rna do res , ▁diciendo :
▁De ▁aquí ▁a de l an te ▁no ▁d aréis ▁pa ja ▁al ▁pueblo ▁para ▁hacer ▁la d ri l lo , ▁ como ▁a y er ▁y ▁antes ▁de ▁a y er ; ▁vaya n ▁ellos ▁y ▁re co ja n ▁por ▁sí ▁mismo s ▁la ▁pa ja :
▁A g rá v e se ▁la ▁ serv id umb re ▁sobre ▁ellos , ▁para ▁que ▁se ▁oc u p en ▁en ▁ella , ▁y ▁no ▁at i en d an ▁á ▁palabras ▁de ▁men t i ra .
▁Y ▁sal iendo ▁los ▁cu ad r ill eros ▁del ▁pueblo ▁y ▁sus ▁go be rna do res , ▁hablar on ▁al ▁pueblo , ▁diciendo : ▁As í ▁ha ▁dicho ▁Faraón : ▁Yo ▁no ▁os ▁do y ▁pa ja .
▁I d ▁vosotros , ▁y ▁recog ed ▁pa ja ▁don de ▁la ▁halla re is ; ▁que ▁nada ▁se ▁di s mi n u irá ▁de ▁vuestra ▁ t are a .
▁Entonces ▁el ▁pueblo ▁se ▁derram ó ▁por ▁toda ▁la ▁tierra ▁de ▁Egipto ▁á ▁co g er ▁ ra st ro jo ▁en ▁lugar ▁de ▁pa ja .
▁Y ▁los ▁cu ad r ill eros ▁los ▁ap re mi aban , ▁diciendo : ▁A c aba d ▁vuestra ▁obra , ▁la ▁ t are a ▁del ▁día ▁en ▁su ▁día , ▁ como ▁cuando ▁se ▁os ▁d aba ▁pa ja .
▁Y ▁los ▁ca pa ta ce s ▁de ▁los ▁hijos ▁de ▁Israel ▁vinieron ▁á ▁Faraón , ▁y ▁se ▁que ja ron ▁á ▁él , ▁diciendo : ▁¿ Por ▁qué ▁lo ▁ha ce s ▁así ▁con ▁tu s ▁siervos ?
▁No ▁se ▁da ▁pa ja ▁á ▁tu s ▁siervos , ▁y ▁con ▁todo ▁no s ▁di ce n : ▁Ha c ed ▁el ▁la d ri l lo . ▁Y ▁he ▁aquí ▁tu s ▁siervos ▁son ▁a zo t ados , ▁y ▁tu ▁pueblo ▁ca e ▁en ▁falta .
▁Y ▁él ▁respondió : ▁E st áis ▁oc i os os , ▁sí , ▁oc i os os , ▁y ▁por ▁es o ▁de c í s : ▁ V a mos ▁y ▁s a c ri f i que mos ▁á ▁Jehová .
▁I d ▁pues ▁ahora , ▁y ▁tra ba ja d . ▁No ▁se ▁os ▁dará ▁pa ja , ▁y ▁ha béis ▁de ▁dar ▁la ▁ t are a ▁del ▁la d ri l lo .
▁Y ▁encontr ando ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁que ▁estaban ▁á ▁la ▁vi s ta ▁de ▁ellos ▁cuando ▁sal ían ▁de ▁Faraón ,
▁Entonces ▁Moisés ▁se ▁volvió ▁á ▁Jehová , ▁y ▁dijo : ▁Señor , ▁¿ por ▁qué ▁aflig es ▁á ▁este ▁pueblo ? ▁¿ para ▁qué ▁me ▁en vi aste ?
▁Porque ▁de s de ▁que ▁yo ▁vi n e ▁á ▁Faraón ▁para ▁hablar le ▁en ▁tu ▁nombre , ▁ha ▁aflig ido ▁á ▁este ▁pueblo ; ▁y ▁tú ▁ t am p o co ▁has ▁libr ado ▁á ▁tu ▁pueblo .
▁JEHOVÁ ▁respondió ▁á ▁Moisés : ▁Ahora ▁ve rás ▁lo ▁que ▁yo ▁haré ▁á ▁Faraón ; ▁por que ▁con ▁mano ▁fuerte ▁los ▁ha ▁de ▁dejar ▁ir ; ▁y ▁con ▁mano ▁fuerte ▁los ▁ha ▁de ▁echar ▁de ▁su ▁tierra .
▁Ha b l ó ▁toda v ía ▁Dios ▁á ▁Moisés , ▁y ▁díjole : ▁Yo ▁soy ▁JEHOVÁ ;
▁Y ▁ap are c í ▁á ▁Abraham , ▁á ▁Isaac ▁y ▁á ▁Jacob ▁ba jo ▁el ▁nombre ▁de ▁Dios ▁O m n i p o t ente , ▁mas ▁en ▁mi ▁nombre ▁JEHOVÁ ▁no ▁me ▁not i f i qué ▁á ▁ellos .
▁Y ▁también ▁esta ble c í ▁mi ▁pacto ▁con ▁ellos , ▁de ▁dar les ▁la ▁tierra ▁de ▁Canaán , ▁la ▁tierra ▁en ▁que ▁fueron ▁extranjero s , ▁y ▁en ▁la ▁cual ▁per e g ri n aron .
▁Y ▁a simismo ▁yo ▁he ▁oído ▁el ▁ g em ido ▁de ▁los ▁hijos ▁de ▁Israel , ▁á ▁quien es ▁ha ce n ▁servir ▁los ▁E g i p ci os , ▁y ▁he me ▁a co r d ado ▁de ▁mi ▁pacto .
▁Y ▁os ▁tomar é ▁por ▁mi ▁pueblo ▁y ▁se ré ▁vuestro ▁Dios : ▁y ▁vosotros ▁s ab réis ▁que ▁yo ▁soy ▁Jehová ▁vuestro ▁Dios , ▁que ▁os ▁s a co ▁de ▁debajo ▁de ▁las ▁ca r ga s ▁de ▁Egipto :
▁De ▁esta ▁manera ▁habló ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel : ▁mas ▁ellos ▁no ▁es cu ch aban ▁á ▁Moisés ▁á ▁causa ▁de ▁la ▁con go ja ▁de ▁espíritu , ▁y ▁de ▁la ▁d ura ▁ serv id umb re .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁En tra , ▁y ▁habla ▁á ▁Faraón ▁rey ▁de ▁Egipto , ▁que ▁de je ▁ir ▁de ▁su ▁tierra ▁á ▁los ▁hijos ▁de ▁Israel .
▁Entonces ▁Jehová ▁habló ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁dió les ▁man d amiento ▁para ▁los ▁hijos ▁de ▁Israel , ▁y ▁para ▁Faraón ▁rey ▁de ▁Egipto , ▁para ▁que ▁saca s en ▁á ▁los ▁hijos ▁de ▁Israel ▁de ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁estos ▁son ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Leví ▁por ▁sus ▁li n a je s : ▁Ge r s ón , ▁y ▁Coath , ▁y ▁Merari . ▁Y ▁los ▁años ▁de ▁la ▁vida ▁de ▁Leví ▁fueron ▁ciento ▁treinta ▁y ▁siete ▁años .
▁Y ▁los ▁hijos ▁de ▁Ge r s ón : ▁L i b n i , ▁y ▁Sh im i , ▁por ▁sus ▁familias .
▁Y ▁los ▁hijos ▁de ▁Coath : ▁A m r am , ▁é ▁I z h ar , ▁y ▁Hebrón , ▁y ▁Uz z i el . ▁Y ▁los ▁años ▁de ▁la ▁vida ▁de ▁Coath ▁fueron ▁ciento ▁treinta ▁y ▁tres ▁años .
▁Y ▁los ▁hijos ▁de ▁Merari : ▁Ma h al i , ▁y ▁M u s i : ▁esta s ▁son ▁las ▁familias ▁de ▁Leví ▁por ▁sus ▁li n a je s .
▁Y ▁A m r am ▁tomó ▁por ▁mujer ▁á ▁ J o ch ê b ed ▁su ▁ t ía ; ▁la ▁cual ▁le ▁parió ▁á ▁Aarón ▁y ▁á ▁Moisés . ▁Y ▁los ▁años ▁de ▁la ▁vida ▁de ▁A m r am ▁fueron ▁ciento ▁treinta ▁y ▁siete ▁años .
▁Y ▁los ▁hijos ▁de ▁I z h ar : ▁C o ra , ▁y ▁N e ph e g ▁y ▁Z i th ri .
▁Y ▁los ▁hijos ▁de ▁Uz z i el : ▁Mi s a el , ▁y ▁El za ph án ▁y ▁Z i th ri .
▁Y ▁los ▁hijos ▁de ▁C o ra : ▁As s ir , ▁y ▁El ca n a , ▁y ▁Abi as a ph : ▁esta s ▁son ▁las ▁familias ▁de ▁los ▁C or itas .
▁Y ▁Eleazar , ▁hijo ▁de ▁Aarón , ▁tomó ▁para ▁sí ▁mujer ▁de ▁las ▁hijas ▁de ▁P hu t i el , ▁la ▁cual ▁le ▁parió ▁á ▁P h in e es : ▁y ▁esta s ▁son ▁las ▁cabeza s ▁de ▁los ▁padres ▁de ▁los ▁Levitas ▁por ▁sus ▁familias .
▁Este ▁es ▁aquel ▁Aarón ▁y ▁aquel ▁Moisés , ▁á ▁los ▁cuales ▁Jehová ▁dijo : ▁S a ca d ▁á ▁los ▁hijos ▁de ▁Israel ▁de ▁la ▁tierra ▁de ▁Egipto ▁por ▁sus ▁escuadrones .
▁Estos ▁son ▁los ▁que ▁hablar on ▁á ▁Faraón ▁rey ▁de ▁Egipto , ▁para ▁saca r ▁de ▁Egipto ▁á ▁los ▁hijos ▁de ▁Israel . ▁Moisés ▁y ▁Aarón ▁fueron ▁estos .
▁Cuan do ▁Jehová ▁habló ▁á ▁Moisés ▁en ▁la ▁tierra ▁de ▁Egipto ,
▁Entonces ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo : ▁Yo ▁soy ▁JEHOVÁ ; ▁di ▁á ▁Faraón ▁rey ▁de ▁Egipto ▁todas ▁las ▁cosas ▁que ▁yo ▁te ▁di go ▁á ▁ti .
▁Y ▁Moisés ▁respondió ▁delante ▁de ▁Jehová : ▁He ▁aquí , ▁yo ▁soy ▁in ci r cu n ci s o ▁de ▁la bi os , ▁¿ cómo ▁pues ▁me ▁ha ▁de ▁oir ▁Faraón ?
▁Y ▁JEHOVÁ ▁dijo ▁á ▁Moisés : ▁Mi ra , ▁yo ▁te ▁he ▁con st i tu í do ▁di os ▁para ▁Faraón , ▁y ▁tu ▁hermano ▁Aarón ▁será ▁tu ▁profeta .
▁T ú ▁dirá s ▁todas ▁las ▁cosas ▁que ▁yo ▁te ▁man d aré , ▁y ▁Aarón ▁tu ▁hermano ▁hablar á ▁á ▁Faraón , ▁para ▁que ▁de je ▁ir ▁de ▁su ▁tierra ▁á ▁los ▁hijos ▁de ▁Israel .
▁Y ▁yo ▁en d u re ce ré ▁el ▁corazón ▁de ▁Faraón , ▁y ▁multiplic aré ▁en ▁la ▁tierra ▁de ▁Egipto ▁mis ▁señal es ▁y ▁mis ▁mar a vi l la s .
▁Y ▁Faraón ▁no ▁os ▁oir á ; ▁mas ▁yo ▁pondré ▁mi ▁mano ▁sobre ▁Egipto , ▁y ▁saca ré ▁á ▁mis ▁ejército s , ▁mi ▁pueblo , ▁los ▁hijos ▁de ▁Israel , ▁de ▁la ▁tierra ▁de ▁Egipto , ▁con ▁grande s ▁juicio s .
▁Y ▁s ab rán ▁los ▁E g i p ci os ▁que ▁yo ▁soy ▁Jehová , ▁cuando ▁extend er é ▁mi ▁mano ▁sobre ▁Egipto , ▁y ▁saca ré ▁los ▁hijos ▁de ▁Israel ▁de ▁en ▁medio ▁de ▁ellos .
▁E ▁hizo ▁Moisés ▁y ▁Aarón ▁ como ▁Jehová ▁les ▁mandó : ▁ hi ci é ron lo ▁así .
▁Y ▁era ▁Moisés ▁de ▁edad ▁de ▁oc h enta ▁años , ▁y ▁Aarón ▁de ▁edad ▁de ▁oc h enta ▁y ▁tres , ▁cuando ▁hablar on ▁á ▁Faraón .
▁Y ▁habló ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁ V in ieron , ▁pues , ▁Moisés ▁y ▁Aarón ▁á ▁Faraón , ▁é ▁hicieron ▁ como ▁Jehová ▁lo ▁había ▁mandado : ▁y ▁echó ▁Aarón ▁su ▁va ra ▁delante ▁de ▁Faraón ▁y ▁de ▁sus ▁siervos , ▁y ▁torn óse ▁cu le bra .
▁Entonces ▁llamó ▁también ▁Faraón ▁s a bi os ▁y ▁en ca n t ado res ; ▁é ▁hicieron ▁también ▁lo ▁mismo ▁los ▁en ca n t ado res ▁de ▁Egipto ▁con ▁sus ▁en ca n t amiento s ;
▁P ue s ▁echó ▁ cada ▁uno ▁su ▁va ra , ▁las ▁cuales ▁se ▁volvieron ▁cu le bra s : ▁mas ▁la ▁va ra ▁de ▁Aarón ▁de v or ó ▁las ▁va ra s ▁de ▁ellos .
▁Y ▁el ▁corazón ▁de ▁Faraón ▁se ▁en d u re ció , ▁y ▁no ▁los ▁es cu ch ó ; ▁ como ▁Jehová ▁lo ▁había ▁dicho .
▁Entonces ▁Jehová ▁dijo ▁á ▁Moisés : ▁El ▁corazón ▁de ▁Faraón ▁está ▁a g ra v ado , ▁que ▁no ▁qu iere ▁dejar ▁ir ▁al ▁pueblo .
▁Y ▁los ▁pe ce s ▁que ▁hay ▁en ▁el ▁río ▁morirá n , ▁y ▁he de rá ▁el ▁río , ▁y ▁tendrá n ▁as co ▁los ▁E g i p ci os ▁de ▁beber ▁el ▁agua ▁del ▁río .
▁A simismo ▁los ▁pe ce s ▁que ▁había ▁en ▁el ▁río ▁mu r ieron ; ▁y ▁el ▁río ▁se ▁cor ro m p ió , ▁que ▁los ▁E g i p ci os ▁no ▁pod ían ▁beber ▁de ▁él : ▁y ▁hubo ▁sangre ▁por ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁los ▁en ca n t ado res ▁de ▁Egipto ▁hicieron ▁lo ▁mismo ▁con ▁sus ▁en ca n t amiento s : ▁y ▁el ▁corazón ▁de ▁Faraón ▁se ▁en d u re ció , ▁y ▁no ▁los ▁es cu ch ó ; ▁ como ▁Jehová ▁lo ▁había ▁dicho .
▁Y ▁torn ando ▁Faraón ▁volvió se ▁á ▁su ▁casa , ▁y ▁no ▁puso ▁su ▁corazón ▁aun ▁en ▁esto .
▁Y ▁en ▁todo ▁Egipto ▁hicieron ▁pozo s ▁alrededor ▁del ▁río ▁para ▁beber , ▁por que ▁no ▁pod ían ▁beber ▁de ▁las ▁aguas ▁del ▁río .
▁Y ▁cumpl iéronse ▁siete ▁días ▁después ▁que ▁Jehová ▁hirió ▁el ▁río .
▁E N T O N C E S ▁Jehová ▁dijo ▁á ▁Moisés : ▁En tra ▁á ▁Faraón , ▁y ▁di le : ▁Jehová ▁ha ▁dicho ▁así : ▁De ja ▁ir ▁á ▁mi ▁pueblo , ▁para ▁que ▁me ▁sirv an .
▁Y ▁si ▁no ▁lo ▁qu is iere s ▁dejar ▁ir , ▁he ▁aquí ▁yo ▁her i ré ▁con ▁ran as ▁todos ▁tu s ▁término s :
▁Y ▁las ▁ran as ▁subir án ▁sobre ▁ti , ▁y ▁sobre ▁tu ▁pueblo , ▁y ▁sobre ▁todos ▁tu s ▁siervos .
▁Entonces ▁Aarón ▁extend ió ▁su ▁mano ▁sobre ▁las ▁aguas ▁de ▁Egipto , ▁y ▁subieron ▁ran as ▁que ▁cu b r ieron ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁los ▁en ca n t ado res ▁hicieron ▁lo ▁mismo ▁con ▁sus ▁en ca n t amiento s , ▁é ▁hicieron ▁ven ir ▁ran as ▁sobre ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁él ▁dijo : ▁Ma ñ an a . ▁Y ▁Moisés ▁respondió : ▁Se ▁hará ▁conform e ▁á ▁tu ▁palabra , ▁para ▁que ▁con o z ca s ▁que ▁no ▁hay ▁ como ▁Jehová ▁nuestro ▁Dios :
▁Y ▁las ▁ran as ▁se ▁ir án ▁de ▁ti , ▁y ▁de ▁tu s ▁casa s , ▁y ▁de ▁tu s ▁siervos ▁ , ▁y ▁de ▁tu ▁pueblo , ▁y ▁solamente ▁se ▁quedar án ▁en ▁el ▁río .
▁Entonces ▁salieron ▁Moisés ▁y ▁Aarón ▁de ▁con ▁Faraón , ▁y ▁c l am ó ▁Moisés ▁á ▁Jehová ▁sobre ▁el ▁negocio ▁de ▁las ▁ran as ▁que ▁había ▁puesto ▁á ▁Faraón .
▁E ▁hizo ▁Jehová ▁conform e ▁á ▁la ▁palabra ▁de ▁Moisés , ▁y ▁mu r ieron ▁las ▁ran as ▁de ▁las ▁casa s , ▁de ▁los ▁cor t i jo s , ▁y ▁de ▁los ▁campo s .
▁Y ▁las ▁junt aron ▁en ▁mo n to n es , ▁y ▁ap est aban ▁la ▁tierra .
▁Y ▁ viendo ▁Faraón ▁que ▁le ▁habían ▁dado ▁reposo , ▁a g ra v ó ▁su ▁corazón , ▁y ▁no ▁los ▁es cu ch ó ; ▁ como ▁Jehová ▁lo ▁había ▁dicho .
▁Entonces ▁Jehová ▁dijo ▁á ▁Moisés : ▁Di ▁á ▁Aarón : ▁E x t i en de ▁tu ▁va ra , ▁y ▁ h iere ▁el ▁polvo ▁de ▁la ▁tierra , ▁para ▁que ▁se ▁ v ue l v a ▁pi o jo s ▁por ▁todo ▁el ▁país ▁de ▁Egipto .
▁Entonces ▁los ▁ ma go s ▁dijeron ▁á ▁Faraón : ▁De do ▁de ▁Dios ▁es ▁este . ▁Mas ▁el ▁corazón ▁de ▁Faraón ▁se ▁en d u re ció , ▁y ▁no ▁los ▁es cu ch ó ; ▁ como ▁Jehová ▁lo ▁había ▁dicho .
▁Y ▁yo ▁pondré ▁re de n ción ▁entre ▁mi ▁pueblo ▁y ▁el ▁tuyo . ▁Ma ñ an a ▁será ▁esta ▁señal .
▁Entonces ▁Faraón ▁llamó ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁díjole s : ▁And ad , ▁sacrific ad ▁á ▁vuestro ▁Dios ▁en ▁la ▁tierra .
▁C am in o ▁de ▁tres ▁días ▁ir emos ▁por ▁el ▁desierto , ▁y ▁sacrific a remos ▁á ▁Jehová ▁nuestro ▁Dios , ▁ como ▁él ▁no s ▁dirá .
▁Y ▁dijo ▁Faraón : ▁Yo ▁os ▁dejar é ▁ir ▁para ▁que ▁s a c ri f i qué is ▁á ▁Jehová ▁vuestro ▁Dios ▁en ▁el ▁desierto , ▁con ▁tal ▁que ▁no ▁va y áis ▁más ▁le jo s : ▁or ad ▁por ▁mí .
▁Entonces ▁Moisés ▁salió ▁de ▁con ▁Faraón , ▁y ▁or ó ▁á ▁Jehová .
▁Y ▁Jehová ▁hizo ▁conform e ▁á ▁la ▁palabra ▁de ▁Moisés ; ▁y ▁ qui t ó ▁todas ▁aquella s ▁ mos ca s ▁de ▁Faraón , ▁y ▁de ▁sus ▁siervos , ▁y ▁de ▁su ▁pueblo , ▁sin ▁que ▁quedar a ▁una .
▁Mas ▁Faraón ▁a g ra v ó ▁a ún ▁esta ▁vez ▁su ▁corazón , ▁y ▁no ▁de j ó ▁ir ▁al ▁pueblo .
▁E N T O N C E S ▁Jehová ▁dijo ▁á ▁Moisés : ▁En tra ▁á ▁Faraón , ▁y ▁di le : ▁Jehová , ▁el ▁Dios ▁de ▁los ▁He bre os , ▁di ce ▁así : ▁De ja ▁ir ▁á ▁mi ▁pueblo , ▁para ▁que ▁me ▁sirv an ;
▁Porque ▁si ▁no ▁lo ▁qu iere s ▁dejar ▁ir , ▁y ▁los ▁de tu vier es ▁a ún ,
▁Y ▁Jehová ▁hará ▁se para ción ▁entre ▁los ▁ganado s ▁de ▁Israel ▁y ▁los ▁de ▁Egipto , ▁de ▁mo do ▁que ▁nada ▁muera ▁de ▁todo ▁lo ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁Jehová ▁señal ó ▁tiempo , ▁diciendo : ▁Ma ñ an a ▁hará ▁Jehová ▁esta ▁cosa ▁en ▁la ▁tierra .
▁Y ▁el ▁día ▁siguiente ▁Jehová ▁hizo ▁aquello , ▁y ▁murió ▁todo ▁el ▁ganado ▁de ▁Egipto ; ▁mas ▁del ▁ganado ▁de ▁los ▁hijos ▁de ▁Israel ▁no ▁murió ▁uno .
▁Entonces ▁Faraón ▁envió , ▁y ▁he ▁aquí ▁que ▁del ▁ganado ▁de ▁los ▁hijos ▁de ▁Israel ▁no ▁había ▁muerto ▁uno . ▁Mas ▁el ▁corazón ▁de ▁Faraón ▁se ▁a g ra v ó , ▁y ▁no ▁de j ó ▁ir ▁al ▁pueblo .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés ▁y ▁á ▁Aarón : ▁Toma d ▁pu ñ ados ▁de ▁c en i za ▁de ▁un ▁horn o , ▁y ▁es p á r za la ▁Moisés ▁haci a ▁el ▁cielo ▁delante ▁de ▁Faraón :
▁Y ▁los ▁ ma go s ▁no ▁pod ían ▁esta r ▁delante ▁de ▁Moisés ▁á ▁causa ▁de ▁los ▁tu mo res , ▁por que ▁hubo ▁s ar p u l l ido ▁en ▁los ▁ ma go s ▁y ▁en ▁todos ▁los ▁E g i p ci os .
▁Y ▁Jehová ▁en d u re ció ▁el ▁corazón ▁de ▁Faraón , ▁y ▁no ▁los ▁oyó ; ▁ como ▁Jehová ▁lo ▁había ▁dicho ▁á ▁Moisés .
▁Entonces ▁Jehová ▁dijo ▁á ▁Moisés : ▁Levántate ▁de ▁mañana , ▁y ▁pon te ▁delante ▁de ▁Faraón , ▁y ▁di le : ▁Jehová , ▁el ▁Dios ▁de ▁los ▁He bre os , ▁di ce ▁así : ▁De ja ▁ir ▁á ▁mi ▁pueblo , ▁para ▁que ▁me ▁sirv a .
▁Porque ▁yo ▁enviar é ▁esta ▁vez ▁todas ▁mis ▁plaga s ▁á ▁tu ▁corazón , ▁sobre ▁tu s ▁siervos , ▁y ▁sobre ▁tu ▁pueblo , ▁para ▁que ▁en t i en das ▁que ▁no ▁hay ▁otro ▁ como ▁yo ▁en ▁toda ▁la ▁tierra .
▁Porque ▁ahora ▁yo ▁extend er é ▁mi ▁mano ▁para ▁her ir te ▁á ▁ti ▁y ▁á ▁tu ▁pueblo ▁de ▁pe s til en ci a , ▁y ▁será s ▁qu ita do ▁de ▁la ▁tierra .
▁Y ▁á ▁la ▁ver dad ▁yo ▁te ▁he ▁puesto ▁para ▁declar ar ▁en ▁ti ▁mi ▁p o t en ci a , ▁y ▁que ▁mi ▁No m bre ▁sea ▁con t ado ▁en ▁toda ▁la ▁tierra .
▁¿ T o da v ía ▁te ▁en s al za s ▁tú ▁contra ▁mi ▁pueblo , ▁para ▁no ▁dejar los ▁ir ?
▁He ▁aquí ▁que ▁mañana ▁á ▁esta s ▁ho ra s ▁yo ▁haré ▁ l lo ver ▁gran i zo ▁mu y ▁grave , ▁cual ▁ nunc a ▁fué ▁en ▁Egipto , ▁de s de ▁el ▁día ▁que ▁se ▁f un d ó ▁hast a ▁ahora .
▁De ▁los ▁siervos ▁de ▁Faraón ▁el ▁que ▁tem ió ▁la ▁palabra ▁de ▁Jehová , ▁hizo ▁ hu ir ▁sus ▁criado s ▁y ▁su ▁ganado ▁á ▁casa :
▁Mas ▁el ▁que ▁no ▁puso ▁en ▁su ▁corazón ▁la ▁palabra ▁de ▁Jehová , ▁de j ó ▁sus ▁criado s ▁y ▁sus ▁ganado s ▁en ▁el ▁campo .
▁So l amente ▁en ▁la ▁tierra ▁de ▁Go s é n , ▁don de ▁los ▁hijos ▁de ▁Israel ▁estaban , ▁no ▁hubo ▁gran i zo .
▁Entonces ▁Faraón ▁envió ▁á ▁llamar ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁les ▁dijo : ▁He ▁pecado ▁esta ▁vez : ▁Jehová ▁es ▁just o , ▁y ▁yo ▁y ▁mi ▁pueblo ▁imp í os .
▁O ra d ▁á ▁Jehová : ▁y ▁c es en ▁los ▁tru en os ▁de ▁Dios ▁y ▁el ▁gran i zo ; ▁y ▁yo ▁os ▁dejar é ▁ir , ▁y ▁no ▁os ▁de te nd réis ▁más .
▁Mas ▁yo ▁s é ▁que ▁ni ▁tú ▁ni ▁tu s ▁siervos ▁te me réis ▁toda v ía ▁la ▁presencia ▁del ▁Dios ▁Jehová .
▁El ▁lino , ▁pues , ▁y ▁la ▁ ce b ada ▁fueron ▁her ido s ; ▁por que ▁la ▁ ce b ada ▁estaba ▁y a ▁es p i g ada , ▁y ▁el ▁lino ▁en ▁ca ñ a .
▁Mas ▁el ▁trigo ▁y ▁el ▁c ente no ▁no ▁fueron ▁her ido s ; ▁por que ▁era n ▁ t ar d í os .
▁Y ▁sal ido ▁Moisés ▁de ▁con ▁Faraón ▁de ▁la ▁ciudad , ▁extend ió ▁sus ▁manos ▁á ▁Jehová , ▁y ▁c es aron ▁los ▁tru en os ▁y ▁el ▁gran i zo ; ▁y ▁la ▁ l l u vi a ▁no ▁cayó ▁más ▁sobre ▁la ▁tierra .
▁Y ▁ viendo ▁Faraón ▁que ▁la ▁ l l u vi a ▁había ▁c es ado ▁y ▁el ▁gran i zo ▁y ▁los ▁tru en os , ▁per se ver ó ▁en ▁pecar , ▁y ▁a g ra v ó ▁su ▁corazón , ▁él ▁y ▁sus ▁siervos .
▁Y ▁el ▁corazón ▁de ▁Faraón ▁se ▁en d u re ció , ▁y ▁no ▁de j ó ▁ir ▁á ▁los ▁hijos ▁de ▁Israel ; ▁ como ▁Jehová ▁lo ▁había ▁dicho ▁por ▁medio ▁de ▁Moisés .
▁Y ▁JEHOVÁ ▁dijo ▁á ▁Moisés : ▁En tra ▁á ▁Faraón ; ▁por que ▁yo ▁he ▁a g ra v ado ▁su ▁corazón , ▁y ▁el ▁corazón ▁de ▁sus ▁siervos , ▁para ▁dar ▁entre ▁ellos ▁esta s ▁mis ▁señal es ;
▁Y ▁si ▁aun ▁re hu s as ▁dejar lo ▁ir , ▁he ▁aquí ▁que ▁yo ▁tra er é ▁mañana ▁la n go s ta ▁en ▁tu s ▁término s ,
▁Y ▁Moisés ▁y ▁Aarón ▁volvieron ▁á ▁ser ▁llamado s ▁á ▁Faraón , ▁el ▁cual ▁les ▁dijo : ▁And ad , ▁ serv id ▁á ▁Jehová ▁vuestro ▁Dios . ▁¿ Quién ▁y ▁qu ién ▁son ▁los ▁que ▁han ▁de ▁ir ?
▁Y ▁él ▁les ▁dijo : ▁As í ▁sea ▁Jehová ▁con ▁vosotros ▁ como ▁yo ▁os ▁dejar é ▁ir ▁á ▁vosotros ▁y ▁á ▁vuestro s ▁niño s : ▁mira d ▁ como ▁el ▁mal ▁está ▁delante ▁de ▁vuestro ▁rostro .
▁No ▁será ▁así : ▁ id ▁ahora ▁vosotros ▁los ▁varones , ▁y ▁ serv id ▁á ▁Jehová : ▁pues ▁esto ▁es ▁lo ▁que ▁vosotros ▁de man da steis . ▁Y ▁ e ch áronlo s ▁de ▁delante ▁de ▁Faraón .
▁Entonces ▁Faraón ▁hizo ▁llamar ▁ap ri es a ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁dijo : ▁He ▁pecado ▁contra ▁Jehová ▁vuestro ▁Dios , ▁y ▁contra ▁vosotros .
▁Mas ▁ruego ▁ahora ▁que ▁perdon es ▁mi ▁pecado ▁solamente ▁esta ▁vez , ▁y ▁que ▁or éis ▁á ▁Jehová ▁vuestro ▁Dios ▁que ▁qu ite ▁de ▁mí ▁solamente ▁esta ▁muerte .
▁Y ▁salió ▁de ▁con ▁Faraón , ▁y ▁or ó ▁á ▁Jehová .
▁Mas ▁Jehová ▁en d u re ció ▁el ▁corazón ▁de ▁Faraón ; ▁y ▁no ▁envió ▁los ▁hijos ▁de ▁Israel .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁E x t i en de ▁tu ▁mano ▁haci a ▁el ▁cielo , ▁para ▁que ▁haya ▁ti n i e b la s ▁sobre ▁la ▁tierra ▁de ▁Egipto , ▁tal es ▁que ▁cualquier a ▁las ▁pa l pe .
▁Y ▁extend ió ▁Moisés ▁su ▁mano ▁haci a ▁el ▁cielo , ▁y ▁hubo ▁de n s as ▁ti n i e b la s ▁tres ▁días ▁por ▁toda ▁la ▁tierra ▁de ▁Egipto .
▁N ing un o ▁vió ▁á ▁su ▁prójimo , ▁ni ▁nadie ▁se ▁levant ó ▁de ▁su ▁lugar ▁en ▁tres ▁días ; ▁mas ▁todos ▁los ▁hijos ▁de ▁Israel ▁tenía n ▁lu z ▁en ▁sus ▁habita ciones .
▁Entonces ▁Faraón ▁hizo ▁llamar ▁á ▁Moisés , ▁y ▁dijo : ▁I d , ▁ serv id ▁á ▁Jehová ; ▁solamente ▁que de n ▁vuestras ▁ovejas ▁y ▁vuestras ▁vacas : ▁vaya n ▁también ▁vuestro s ▁niño s ▁con ▁vosotros .
▁Y ▁Moisés ▁respondió : ▁T ú ▁también ▁no s ▁entre g arás ▁sacrificio s ▁y ▁holocausto s ▁que ▁s a c ri f i que mos ▁á ▁Jehová ▁nuestro ▁Dios .
▁Mas ▁Jehová ▁en d u re ció ▁el ▁corazón ▁de ▁Faraón , ▁y ▁no ▁quiso ▁dejar los ▁ir .
▁Y ▁díjole ▁Faraón : ▁Re t í ra te ▁de ▁mí : ▁ gu á r da te ▁que ▁no ▁ve as ▁más ▁mi ▁rostro , ▁por que ▁en ▁cualquier ▁día ▁que ▁ vier es ▁mi ▁rostro , ▁morirá s .
▁Y ▁Moisés ▁respondió : ▁B i en ▁has ▁dicho ; ▁no ▁ver é ▁más ▁tu ▁rostro .
▁Habla ▁ahora ▁al ▁pueblo , ▁y ▁que ▁ cada ▁uno ▁de man de ▁á ▁su ▁ve ci no , ▁y ▁ cada ▁una ▁á ▁su ▁ve ci n a , ▁vasos ▁de ▁plata ▁y ▁de ▁oro .
▁Y ▁Jehová ▁dió ▁gracia ▁al ▁pueblo ▁en ▁los ▁ojos ▁de ▁los ▁E g i p ci os . ▁T ambién ▁Moisés ▁era ▁mu y ▁gran ▁varón ▁en ▁la ▁tierra ▁de ▁Egipto , ▁á ▁los ▁ojos ▁de ▁los ▁siervos ▁de ▁Faraón , ▁y ▁á ▁los ▁ojos ▁del ▁pueblo .
▁Y ▁dijo ▁Moisés : ▁Jehová ▁ha ▁dicho ▁así : ▁A ▁la ▁media ▁noche ▁yo ▁sal d ré ▁por ▁medio ▁de ▁Egipto ,
▁Y ▁habrá ▁gran ▁c l am or ▁por ▁toda ▁la ▁tierra ▁de ▁Egipto , ▁cual ▁ nunc a ▁fué , ▁ni ▁ ja m ás ▁será .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁Faraón ▁no ▁os ▁oir á , ▁para ▁que ▁mis ▁mar a vi l la s ▁se ▁mu l t i p li que n ▁en ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁Moisés ▁y ▁Aarón ▁hicieron ▁todos ▁estos ▁pro di g i os ▁delante ▁de ▁Faraón : ▁mas ▁Jehová ▁había ▁en d u recido ▁el ▁corazón ▁de ▁Faraón , ▁y ▁no ▁envió ▁á ▁los ▁hijos ▁de ▁Israel ▁fuera ▁de ▁su ▁país .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón ▁en ▁la ▁tierra ▁de ▁Egipto , ▁diciendo :
▁Este ▁me s ▁os ▁será ▁pri n ci p i o ▁de ▁los ▁me se s ; ▁será ▁este ▁para ▁vosotros ▁el ▁primer o ▁en ▁los ▁me se s ▁del ▁año .
▁Habla d ▁á ▁toda ▁la ▁congregación ▁de ▁Israel , ▁diciendo : ▁En ▁el ▁diez ▁de ▁a que s te ▁me s ▁ t ó me se ▁ cada ▁uno ▁un ▁cordero ▁por ▁las ▁familias ▁de ▁los ▁padres , ▁un ▁cordero ▁por ▁familia :
▁El ▁cordero ▁será ▁sin ▁defecto , ▁macho ▁de ▁un ▁año : ▁toma réis lo ▁de ▁las ▁ovejas ▁ó ▁de ▁las ▁ca bra s :
▁Y ▁ha béis ▁de ▁guarda r lo ▁hast a ▁el ▁día ▁ca to r ce ▁de ▁este ▁me s ; ▁y ▁lo ▁in mo l ará ▁toda ▁la ▁congregación ▁del ▁pueblo ▁de ▁Israel ▁entre ▁las ▁dos ▁tarde s .
▁Y ▁tomará n ▁de ▁la ▁sangre , ▁y ▁pondrá n ▁en ▁los ▁dos ▁pos te s ▁y ▁en ▁el ▁di n te l ▁de ▁las ▁casa s ▁en ▁que ▁lo ▁han ▁de ▁come r .
▁Y ▁aquella ▁noche ▁comerá n ▁la ▁carne ▁as ada ▁al ▁fuego , ▁y ▁pan es ▁sin ▁levadura : ▁con ▁ hi er ba s ▁am ar ga s ▁lo ▁comerá n .
▁N ing un a ▁cosa ▁comeréis ▁de ▁él ▁c r ud a , ▁ni ▁co ci da ▁en ▁agua , ▁sin o ▁as ada ▁al ▁fuego ; ▁su ▁cabeza ▁con ▁sus ▁pie s ▁y ▁sus ▁in t est in os .
▁N ing un a ▁cosa ▁dejar éis ▁de ▁él ▁hast a ▁la ▁mañana ; ▁y ▁lo ▁que ▁habrá ▁que d ado ▁hast a ▁la ▁mañana , ▁ha béis ▁de ▁que m ar lo ▁en ▁el ▁fuego .
▁En ▁el ▁me s ▁primer o , ▁el ▁día ▁ca to r ce ▁del ▁me s ▁por ▁la ▁tarde , ▁comeréis ▁los ▁pan es ▁sin ▁levadura , ▁hast a ▁el ▁veinti un o ▁del ▁me s ▁por ▁la ▁tarde .
▁N ing un a ▁cosa ▁le ud ada ▁comeréis ; ▁en ▁todas ▁vuestras ▁habita ciones ▁comeréis ▁pan es ▁sin ▁levadura .
▁Y ▁Moisés ▁con v o c ó ▁á ▁todos ▁los ▁ancianos ▁de ▁Israel , ▁y ▁díjole s : ▁S a ca d , ▁y ▁toma os ▁cordero s ▁por ▁vuestras ▁familias , ▁y ▁sacrific ad ▁la ▁pa s cu a .
▁Y ▁guarda réis ▁esto ▁por ▁estatuto ▁para ▁vosotros ▁y ▁para ▁vuestro s ▁hijos ▁para ▁siempre .
▁Y ▁será , ▁cuando ▁ha b réis ▁entr ado ▁en ▁la ▁tierra ▁que ▁Jehová ▁os ▁dará , ▁ como ▁tiene ▁hablado , ▁que ▁guarda réis ▁este ▁ ri to .
▁Y ▁cuando ▁os ▁dijere n ▁vuestro s ▁hijos : ▁¿ Qué ▁ ri to ▁es ▁este ▁vuestro ?
▁Y ▁los ▁hijos ▁de ▁Israel ▁se ▁fueron , ▁é ▁hicieron ▁pu n tu al mente ▁así ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés ▁y ▁á ▁Aarón .
▁Y ▁levant óse ▁aquella ▁noche ▁Faraón , ▁él ▁y ▁todos ▁sus ▁siervos , ▁y ▁todos ▁los ▁E g i p ci os ; ▁y ▁había ▁un ▁gran ▁c l am or ▁en ▁Egipto , ▁por que ▁no ▁había ▁casa ▁don de ▁no ▁ hu bi e se ▁muerto .
▁E ▁hizo ▁llamar ▁á ▁Moisés ▁y ▁á ▁Aarón ▁de ▁noche , ▁y ▁díjole s : ▁Sal id ▁de ▁en ▁medio ▁de ▁mi ▁pueblo ▁vosotros , ▁y ▁los ▁hijos ▁de ▁Israel ; ▁é ▁ id , ▁ serv id ▁á ▁Jehová , ▁ como ▁ha béis ▁dicho .
▁Toma d ▁también ▁vuestras ▁ovejas ▁y ▁vuestras ▁vacas , ▁ como ▁ha béis ▁dicho , ▁é ▁ ido s ; ▁y ▁be n de ci d me ▁también ▁á ▁mí .
▁Y ▁los ▁E g i p ci os ▁ap re mi aban ▁al ▁pueblo , ▁d ándose ▁pri es a ▁á ▁echar los ▁de ▁la ▁tierra ; ▁por que ▁decía n : ▁Todo s ▁so mos ▁muerto s .
▁Y ▁llev ó ▁el ▁pueblo ▁su ▁mas a ▁antes ▁que ▁se ▁le u das e , ▁sus ▁mas as ▁en v ue l ta s ▁en ▁sus ▁s á ba n as ▁sobre ▁sus ▁ho m b ro s .
▁E ▁hicieron ▁los ▁hijos ▁de ▁Israel ▁conform e ▁al ▁man d amiento ▁de ▁Moisés , ▁de man d ando ▁á ▁los ▁E g i p ci os ▁vasos ▁de ▁plata , ▁y ▁vasos ▁de ▁oro , ▁y ▁vestidos .
▁Y ▁Jehová ▁dió ▁gracia ▁al ▁pueblo ▁delante ▁de ▁los ▁E g i p ci os , ▁y ▁pre st áronle s ; ▁y ▁ellos ▁de s p o ja ron ▁á ▁los ▁E g i p ci os .
▁Y ▁part ieron ▁los ▁hijos ▁de ▁Israel ▁de ▁R am es es ▁á ▁Succoth , ▁ como ▁seiscient os ▁mil ▁hombres ▁de ▁á ▁pie , ▁sin ▁con t ar ▁los ▁niño s .
▁Y ▁también ▁subió ▁con ▁ellos ▁grande ▁multitud ▁de ▁di ver s a ▁suerte ▁de ▁gente s ; ▁y ▁ovejas , ▁y ▁ganado s ▁mu y ▁mucho s ▁ .
▁El ▁tiempo ▁que ▁los ▁hijos ▁de ▁Israel ▁habita ron ▁en ▁Egipto , ▁fué ▁cuatrocient os ▁treinta ▁años .
▁Y ▁pasa do s ▁cuatrocient os ▁treinta ▁años , ▁en ▁el ▁mismo ▁día ▁salieron ▁todos ▁los ▁ejército s ▁de ▁Jehová ▁de ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés ▁y ▁á ▁Aarón : ▁Esta ▁es ▁la ▁orden an za ▁de ▁la ▁P as cu a : ▁N ing ún ▁ex tra ñ o ▁comerá ▁de ▁ella :
▁Mas ▁todo ▁siervo ▁ hu man o ▁com p r ado ▁por ▁dinero , ▁comerá ▁de ▁ella ▁después ▁que ▁lo ▁hubiere s ▁c ir cu n ci d ado .
▁El ▁extranjero ▁y ▁el ▁as a la ri ado ▁no ▁comerá n ▁de ▁ella .
▁En ▁una ▁casa ▁se ▁comerá , ▁y ▁no ▁llev arás ▁de ▁aquella ▁carne ▁fuera ▁de ▁casa , ▁ni ▁que bra réis ▁hues o ▁suyo .
▁T o da ▁la ▁congregación ▁de ▁Israel ▁le ▁sacrific ará .
▁La ▁mis ma ▁le y ▁será ▁para ▁el ▁ n a t ura l ▁y ▁para ▁el ▁extranjero ▁que ▁per e g ri n are ▁entre ▁vosotros .
▁As í ▁lo ▁hicieron ▁todos ▁los ▁hijos ▁de ▁Israel ; ▁ como ▁mandó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁así ▁lo ▁hicieron .
▁Y ▁en ▁aquel ▁mismo ▁día ▁sacó ▁Jehová ▁á ▁los ▁hijos ▁de ▁Israel ▁de ▁la ▁tierra ▁de ▁Egipto ▁por ▁sus ▁escuadrones .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁S an t i f í ca me ▁todo ▁primogénito , ▁cualquier a ▁que ▁a bre ▁ ma t ri z ▁entre ▁los ▁hijos ▁de ▁Israel , ▁así ▁de ▁los ▁hombres ▁ como ▁de ▁los ▁animal es : ▁mío ▁es .
▁Vosotros ▁sal í s ▁hoy ▁en ▁el ▁me s ▁de ▁Abi b .
▁Si e te ▁días ▁comerá s ▁por ▁le ud ar , ▁y ▁el ▁séptimo ▁día ▁será ▁f i est a ▁á ▁Jehová .
▁Y ▁con t arás ▁en ▁aquel ▁día ▁á ▁tu ▁hijo , ▁diciendo : ▁ H á ce se ▁esto ▁con ▁mo t i v o ▁de ▁lo ▁que ▁Jehová ▁hizo ▁conmigo ▁cuando ▁me ▁sacó ▁de ▁Egipto .
▁Y ▁ser te ▁ha ▁ como ▁una ▁señal ▁sobre ▁tu ▁mano , ▁y ▁ como ▁una ▁memoria ▁delante ▁de ▁tu s ▁ojos , ▁para ▁que ▁la ▁le y ▁de ▁Jehová ▁es t é ▁en ▁tu ▁boca ; ▁por ▁cuanto ▁con ▁mano ▁fuerte ▁te ▁sacó ▁Jehová ▁de ▁Egipto .
▁Por ▁tanto , ▁tú ▁guarda rás ▁este ▁ ri to ▁en ▁su ▁tiempo ▁de ▁año ▁en ▁año .
▁Y ▁cuando ▁Jehová ▁te ▁hubiere ▁me t ido ▁en ▁la ▁tierra ▁del ▁Cananeo , ▁ como ▁te ▁ha ▁ j ur ado ▁á ▁ti ▁y ▁á ▁tu s ▁padres , ▁y ▁cuando ▁te ▁la ▁hubiere ▁dado ,
▁Ha rás ▁pasar ▁á ▁Jehová ▁todo ▁lo ▁que ▁abr iere ▁la ▁ ma t ri z , ▁a simismo ▁todo ▁primer i zo ▁que ▁abr iere ▁la ▁ ma t ri z ▁de ▁tu s ▁animal es : ▁los ▁macho s ▁serán ▁de ▁Jehová .
▁Se r te ▁ha , ▁pues , ▁ como ▁una ▁señal ▁sobre ▁tu ▁mano , ▁y ▁por ▁una ▁memoria ▁delante ▁de ▁tu s ▁ojos ; ▁y a ▁que ▁Jehová ▁no s ▁sacó ▁de ▁Egipto ▁con ▁mano ▁fuerte .
▁Mas ▁hizo ▁Dios ▁al ▁pueblo ▁que ▁rod e a se ▁por ▁el ▁camino ▁del ▁desierto ▁del ▁mar ▁B er me jo . ▁Y ▁subieron ▁los ▁hijos ▁de ▁Israel ▁de ▁Egipto ▁arm ados .
▁Y ▁part ido s ▁de ▁Succoth , ▁a sentaron ▁campo ▁en ▁E th am , ▁á ▁la ▁entr ada ▁del ▁desierto .
▁Nun ca ▁se ▁part ió ▁de ▁delante ▁del ▁pueblo ▁la ▁co l u m n a ▁de ▁nube ▁de ▁día , ▁ni ▁de ▁noche ▁la ▁co l u m n a ▁de ▁fuego .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Porque ▁Faraón ▁dirá ▁de ▁los ▁hijos ▁de ▁Israel : ▁En cer r ados ▁están ▁en ▁la ▁tierra , ▁el ▁desierto ▁los ▁ha ▁en cer r ado .
▁Y ▁un ció ▁su ▁carro , ▁y ▁tomó ▁consigo ▁su ▁pueblo ;
▁Y ▁tomó ▁seiscient os ▁carro s ▁es co g ido s , ▁y ▁todos ▁los ▁carro s ▁de ▁Egipto , ▁y ▁los ▁ca p ita n es ▁sobre ▁ellos .
▁Y ▁en d u re ció ▁Jehová ▁el ▁corazón ▁de ▁Faraón ▁rey ▁de ▁Egipto , ▁y ▁si gu ió ▁á ▁los ▁hijos ▁de ▁Israel ; ▁per o ▁los ▁hijos ▁de ▁Israel ▁habían ▁sal ido ▁con ▁mano ▁pod eros a .
▁Jehová ▁pe le ará ▁por ▁vosotros , ▁y ▁vosotros ▁esta réis ▁que do s .
▁Entonces ▁Jehová ▁dijo ▁á ▁Moisés : ▁¿ Por ▁qué ▁clama s ▁á ▁mí ? ▁di ▁á ▁los ▁hijos ▁de ▁Israel ▁que ▁mar ch en :
▁Y ▁tú ▁al za ▁tu ▁va ra , ▁y ▁ex t i en de ▁tu ▁mano ▁sobre ▁la ▁mar , ▁y ▁di v í de la ; ▁y ▁entre n ▁los ▁hijos ▁de ▁Israel ▁por ▁medio ▁de ▁la ▁mar ▁en ▁se co .
▁Y ▁s ab rán ▁los ▁E g i p ci os ▁que ▁yo ▁soy ▁Jehová , ▁cuando ▁me ▁ g lo ri f i c aré ▁en ▁Faraón , ▁en ▁sus ▁carro s , ▁y ▁en ▁su ▁gente ▁de ▁á ▁caballo .
▁Entonces ▁los ▁hijos ▁de ▁Israel ▁entrar on ▁por ▁medio ▁de ▁la ▁mar ▁en ▁se co , ▁ten iendo ▁las ▁aguas ▁ como ▁mu ro ▁á ▁su ▁die s tra ▁y ▁á ▁su ▁sin i est ra :
▁Y ▁si gu ién do los ▁los ▁E g i p ci os , ▁entrar on ▁tras ▁ellos ▁hast a ▁el ▁medio ▁de ▁la ▁mar , ▁toda ▁la ▁ca ba l l er ía ▁de ▁Faraón , ▁sus ▁carro s , ▁y ▁su ▁gente ▁de ▁á ▁caballo .
▁Y ▁volvieron ▁las ▁aguas , ▁y ▁cu b r ieron ▁los ▁carro s ▁y ▁la ▁ca ba l l er ía , ▁y ▁todo ▁el ▁ejército ▁de ▁Faraón ▁que ▁había ▁entr ado ▁tras ▁ellos ▁en ▁la ▁mar ; ▁no ▁quedó ▁de ▁ellos ▁ni ▁uno .
▁Y ▁los ▁hijos ▁de ▁Israel ▁fueron ▁por ▁medio ▁de ▁la ▁mar ▁en ▁se co , ▁ten iendo ▁las ▁aguas ▁por ▁mu ro ▁á ▁su ▁die s tra ▁y ▁á ▁su ▁sin i est ra .
▁As í ▁sal v ó ▁Jehová ▁aquel ▁día ▁á ▁Israel ▁de ▁mano ▁de ▁los ▁E g i p ci os ; ▁é ▁Israel ▁vió ▁á ▁los ▁E g i p ci os ▁muerto s ▁á ▁la ▁orilla ▁de ▁la ▁mar .
▁Y ▁vió ▁Israel ▁aquel ▁grande ▁hecho ▁que ▁Jehová ▁ e je cu t ó ▁contra ▁los ▁E g i p ci os : ▁y ▁el ▁pueblo ▁tem ió ▁á ▁Jehová , ▁y ▁c re y e ron ▁á ▁Jehová ▁y ▁á ▁Moisés ▁su ▁siervo .
▁Jehová ▁es ▁mi ▁fortaleza , ▁y ▁mi ▁can ción , ▁y ▁ha me ▁sido ▁por ▁sal ud : ▁éste ▁es ▁mi ▁Dios , ▁y ▁á ▁éste ▁en g ra n de ce ré ; ▁Dios ▁de ▁mi ▁padre , ▁y ▁á ▁éste ▁en s al za ré .
▁Jehová , ▁varón ▁de ▁guerra ; ▁Jehová ▁es ▁su ▁nombre .
▁Lo s ▁carro s ▁de ▁Faraón ▁y ▁á ▁su ▁ejército ▁echó ▁en ▁la ▁mar ; ▁y ▁sus ▁es co g ido s ▁príncipes ▁fueron ▁ hu nd ido s ▁en ▁el ▁mar ▁B er me jo .
▁Lo s ▁a bi s mos ▁los ▁cu b r ieron ; ▁ como ▁piedra ▁descend ieron ▁á ▁los ▁pro f u ndo s .
▁T u ▁die s tra , ▁ o h ▁Jehová , ▁ha ▁sido ▁ ma g n i f i cada ▁en ▁fortaleza ; ▁tu ▁die s tra , ▁ o h ▁Jehová , ▁ha ▁que bra n t ado ▁al ▁enemigo .
▁Y ▁con ▁la ▁grande za ▁de ▁tu ▁pod er ▁has ▁tras to rna do ▁á ▁los ▁que ▁se ▁levant aron ▁contra ▁ti : ▁en vi aste ▁tu ▁furor ; ▁los ▁tra g ó ▁ como ▁á ▁ho ja ra s ca .
▁So p l aste ▁con ▁tu ▁vi en to , ▁cu b ri ólo s ▁la ▁mar : ▁ hu nd iéronse ▁ como ▁p lo mo ▁en ▁las ▁imp e tu os as ▁aguas .
▁E x te nd iste ▁tu ▁die s tra ; ▁la ▁tierra ▁los ▁tra g ó .
▁C on d u j iste ▁en ▁tu ▁misericordia ▁á ▁este ▁pueblo , ▁al ▁cual ▁salva s te ; ▁llev ás te lo ▁con ▁tu ▁fortaleza ▁á ▁la ▁habita ción ▁de ▁tu ▁santuario .
▁O irá n lo ▁los ▁pueblo s , ▁y ▁tem b l arán ; ▁ap o der ar se ▁ha ▁do l or ▁de ▁los ▁moradores ▁de ▁P al est in a .
▁Entonces ▁los ▁príncipes ▁de ▁Edom ▁se ▁tu r b arán ; ▁á ▁los ▁ ro b u st os ▁de ▁Moab ▁los ▁oc u p ará ▁tem b l or ; ▁ aba t ir se ▁han ▁todos ▁los ▁moradores ▁de ▁Canaán .
▁Jehová ▁reinar á ▁por ▁los ▁si g los ▁de ▁los ▁si g los .
▁Y ▁Ma r ía ▁la ▁pro f e t is a , ▁hermana ▁de ▁Aarón , ▁tomó ▁un ▁pan der o ▁en ▁su ▁mano , ▁y ▁todas ▁las ▁mujeres ▁salieron ▁en ▁pos ▁de ▁ella ▁con ▁pan d eros ▁y ▁da n za s ;
▁E ▁hizo ▁Moisés ▁que ▁part i e se ▁Israel ▁del ▁mar ▁B er me jo , ▁y ▁salieron ▁al ▁desierto ▁de ▁Sh ur ; ▁y ▁and u vier on ▁tres ▁días ▁por ▁el ▁desierto ▁sin ▁halla r ▁agua .
▁Y ▁llegar on ▁á ▁Ma ra , ▁y ▁no ▁pu d ieron ▁beber ▁las ▁aguas ▁de ▁Ma ra , ▁por que ▁era n ▁am ar ga s ; ▁por ▁es o ▁le ▁pusier on ▁el ▁nombre ▁de ▁Ma ra .
▁Entonces ▁el ▁pueblo ▁murmur ó ▁contra ▁Moisés , ▁y ▁dijo : ▁¿ Qué ▁he mos ▁de ▁beber ?
▁Y ▁llegar on ▁á ▁El im , ▁don de ▁había ▁do ce ▁fuente s ▁de ▁aguas , ▁y ▁setenta ▁palm as ; ▁y ▁a sentaron ▁allí ▁junto ▁á ▁las ▁aguas .
▁Y ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁murmur ó ▁contra ▁Moisés ▁y ▁Aarón ▁en ▁el ▁desierto ;
▁Mas ▁al ▁se x to ▁día ▁ap are ja rán ▁lo ▁que ▁han ▁de ▁en cer r ar , ▁que ▁será ▁el ▁do ble ▁de ▁lo ▁que ▁so l ían ▁co g er ▁ cada ▁día .
▁Entonces ▁dijo ▁Moisés ▁y ▁Aarón ▁á ▁todos ▁los ▁hijos ▁de ▁Israel : ▁A ▁la ▁tarde ▁s ab réis ▁que ▁Jehová ▁os ▁ha ▁saca do ▁de ▁la ▁tierra ▁de ▁Egipto :
▁Y ▁á ▁la ▁mañana ▁ve réis ▁la ▁gloria ▁de ▁Jehová ; ▁por que ▁él ▁ha ▁oído ▁vuestras ▁murmur a ciones ▁contra ▁Jehová ; ▁que ▁nosotros , ▁¿ qué ▁so mos , ▁para ▁que ▁vosotros ▁murmur éis ▁contra ▁nosotros ?
▁Y ▁dijo ▁Moisés ▁á ▁Aarón : ▁Di ▁á ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel : ▁A cer ca os ▁á ▁la ▁presencia ▁de ▁Jehová ; ▁que ▁él ▁ha ▁oído ▁vuestras ▁murmur a ciones .
▁Y ▁habla ndo ▁Aarón ▁á ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁mira ron ▁haci a ▁el ▁desierto , ▁y ▁he ▁aquí ▁la ▁gloria ▁de ▁Jehová , ▁que ▁ap are ció ▁en ▁la ▁nube .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Y ▁ven i da ▁la ▁tarde ▁subieron ▁co dor n i ce s ▁que ▁cu b r ieron ▁el ▁re al ; ▁y ▁á ▁la ▁mañana ▁descend ió ▁ ro c í o ▁en ▁derredor ▁del ▁re al .
▁Y ▁ como ▁el ▁ ro c í o ▁c es ó ▁de ▁descend er , ▁he ▁aquí ▁sobre ▁la ▁ha z ▁del ▁desierto ▁una ▁cosa ▁men ud a , ▁re do n da , ▁men ud a ▁ como ▁una ▁he l ada ▁sobre ▁la ▁tierra .
▁Y ▁los ▁hijos ▁de ▁Israel ▁lo ▁hicieron ▁así : ▁y ▁recog ieron ▁uno s ▁más , ▁otro s ▁men os :
▁Y ▁me d ían lo ▁por ▁go m er , ▁y ▁no ▁so bra ba ▁al ▁que ▁había ▁recog ido ▁mucho , ▁ni ▁falta ba ▁al ▁que ▁había ▁recog ido ▁poco : ▁ cada ▁uno ▁recog ió ▁conform e ▁á ▁lo ▁que ▁había ▁de ▁come r .
▁Y ▁díjole s ▁Moisés : ▁N ing un o ▁de je ▁nada ▁de ▁el lo ▁para ▁mañana .
▁Y ▁recog ían lo ▁ cada ▁mañana , ▁ cada ▁uno ▁seg ún ▁lo ▁que ▁había ▁de ▁come r : ▁y ▁luego ▁que ▁el ▁so l ▁ca l enta ba , ▁de r re t ía se .
▁En ▁el ▁se x to ▁día ▁recog ieron ▁do b l ada ▁com i da , ▁dos ▁go me res ▁para ▁ cada ▁uno : ▁y ▁todos ▁los ▁príncipes ▁de ▁la ▁congregación ▁vinieron ▁á ▁Moisés , ▁y ▁se ▁lo ▁hicieron ▁sabe r .
▁Y ▁ellos ▁lo ▁guarda ron ▁hast a ▁la ▁mañana , ▁seg ún ▁que ▁Moisés ▁había ▁mandado , ▁y ▁no ▁se ▁pu d r ió , ▁ni ▁hubo ▁en ▁él ▁ gu s an o .
▁Y ▁dijo ▁Moisés : ▁Come d lo ▁hoy , ▁por que ▁hoy ▁es ▁sábado ▁de ▁Jehová : ▁hoy ▁no ▁halla réis ▁en ▁el ▁campo .
▁En ▁los ▁se is ▁días ▁lo ▁recog e réis ; ▁mas ▁el ▁séptimo ▁día ▁es ▁sábado , ▁en ▁el ▁cual ▁no ▁se ▁halla rá .
▁Y ▁aconteció ▁que ▁alguno s ▁del ▁pueblo ▁salieron ▁en ▁el ▁séptimo ▁día ▁á ▁recog er , ▁y ▁no ▁halla ron .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁¿ H as ta ▁cu ándo ▁no ▁que r réis ▁guarda r ▁mis ▁mandamientos ▁y ▁mis ▁le y es ?
▁As í ▁el ▁pueblo ▁re p os ó ▁el ▁séptimo ▁día .
▁Y ▁la ▁casa ▁de ▁Israel ▁lo ▁llamó ▁Ma n á ; ▁y ▁era ▁ como ▁simiente ▁de ▁cu l an t ro , ▁ b l an co , ▁y ▁su ▁s ab or ▁ como ▁de ▁ho j ue la s ▁con ▁mi el .
▁Y ▁dijo ▁Moisés ▁á ▁Aarón : ▁Toma ▁un ▁va s o , ▁y ▁pon ▁en ▁él ▁un ▁go m er ▁lleno ▁de ▁man á , ▁y ▁pon lo ▁delante ▁de ▁Jehová , ▁para ▁que ▁sea ▁guard ado ▁para ▁vuestro s ▁descend iente s .
▁Y ▁Aarón ▁lo ▁puso ▁delante ▁del ▁T est im on i o ▁para ▁guarda r lo , ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés .
▁As í ▁com ieron ▁los ▁hijos ▁de ▁Israel ▁man á ▁cuarenta ▁años , ▁hast a ▁que ▁entrar on ▁en ▁la ▁tierra ▁habita da : ▁man á ▁com ieron ▁hast a ▁que ▁llegar on ▁al ▁término ▁de ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁un ▁go m er ▁es ▁la ▁décima ▁parte ▁del ▁ e ph a .
▁Y ▁al t er c ó ▁el ▁pueblo ▁con ▁Moisés , ▁y ▁dijeron : ▁Dan os ▁agua ▁que ▁be ba mos . ▁Y ▁Moisés ▁les ▁dijo : ▁¿ Por ▁qué ▁al t er c áis ▁conmigo ? ▁¿ por ▁qué ▁tent áis ▁á ▁Jehová ?
▁Entonces ▁c l am ó ▁Moisés ▁á ▁Jehová , ▁diciendo : ▁¿ Qué ▁haré ▁con ▁este ▁pueblo ? ▁de ▁aquí ▁á ▁un ▁poco ▁me ▁ap ed re arán .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁P as a ▁delante ▁del ▁pueblo , ▁y ▁toma ▁contigo ▁de ▁los ▁ancianos ▁de ▁Israel ; ▁y ▁toma ▁también ▁en ▁tu ▁mano ▁tu ▁va ra , ▁con ▁que ▁her iste ▁el ▁río , ▁y ▁ve :
▁Y ▁vino ▁Amalec , ▁y ▁pe le ó ▁con ▁Israel ▁en ▁Re ph id im .
▁Y ▁dijo ▁Moisés ▁á ▁Josué : ▁E s c ó g en os ▁varones , ▁y ▁sal , ▁pe le a ▁con ▁Amalec : ▁mañana ▁yo ▁esta ré ▁sobre ▁la ▁cumbre ▁del ▁co l l ado , ▁y ▁la ▁va ra ▁de ▁Dios ▁en ▁mi ▁mano .
▁E ▁hizo ▁Josué ▁ como ▁le ▁dijo ▁Moisés , ▁pe le ando ▁con ▁Amalec ; ▁y ▁Moisés ▁y ▁Aarón ▁y ▁Hu r ▁subieron ▁á ▁la ▁cumbre ▁del ▁co l l ado .
▁Y ▁su c ed ía ▁que ▁cuando ▁al za ba ▁Moisés ▁su ▁mano , ▁Israel ▁pre v a le c ía ; ▁mas ▁cuando ▁él ▁ba ja ba ▁su ▁mano , ▁pre v a le c ía ▁Amalec .
▁Y ▁Josué ▁de s hi zo ▁á ▁Amalec ▁y ▁á ▁su ▁pueblo ▁á ▁f i lo ▁de ▁espada .
▁Y ▁Moisés ▁edificó ▁un ▁altar , ▁y ▁llamó ▁su ▁nombre ▁Jehová - n is s i ▁ ;
▁Y ▁dijo : ▁Por ▁cuanto ▁la ▁mano ▁sobre ▁el ▁trono ▁de ▁Jehová , ▁Jehová ▁tendrá ▁guerra ▁con ▁Amalec ▁de ▁generación ▁en ▁generación .
▁Y ▁O Y Ó ▁Je th ro , ▁sacerdote ▁de ▁Madián , ▁suegro ▁de ▁Moisés , ▁todas ▁las ▁cosas ▁que ▁Dios ▁había ▁hecho ▁con ▁Moisés , ▁y ▁con ▁Israel ▁su ▁pueblo , ▁y ▁ cómo ▁Jehová ▁había ▁saca do ▁á ▁Israel ▁de ▁Egipto :
▁Y ▁tomó ▁Je th ro , ▁suegro ▁de ▁Moisés , ▁á ▁S é ph o ra ▁la ▁mujer ▁de ▁Moisés , ▁después ▁que ▁él ▁la ▁envió ,
▁Y ▁á ▁sus ▁dos ▁hijos ; ▁el ▁uno ▁se ▁llamaba ▁Ge r s om , ▁por que ▁dijo , ▁P er e g ri no ▁he ▁sido ▁en ▁tierra ▁a je n a ;
▁Y ▁el ▁otro ▁se ▁llamaba ▁Eli ezer , ▁por que ▁dijo , ▁El ▁Dios ▁de ▁mi ▁padre ▁me ▁a y ud ó , ▁y ▁me ▁libr ó ▁del ▁cuchillo ▁de ▁Faraón .
▁Y ▁Je th ro , ▁el ▁suegro ▁de ▁Moisés , ▁con ▁sus ▁hijos ▁y ▁su ▁mujer , ▁llegó ▁á ▁Moisés ▁en ▁el ▁desierto , ▁don de ▁tenía ▁el ▁campo ▁junto ▁al ▁monte ▁de ▁Dios ;
▁Y ▁dijo ▁á ▁Moisés : ▁Yo ▁tu ▁suegro ▁Je th ro ▁ven go ▁á ▁ti , ▁con ▁tu ▁mujer , ▁y ▁sus ▁dos ▁hijos ▁con ▁ella .
▁Y ▁Moisés ▁salió ▁á ▁recibir ▁á ▁su ▁suegro , ▁é ▁inclin óse , ▁y ▁be s ólo : ▁y ▁pre gu n t áronse ▁el ▁uno ▁al ▁otro ▁ cómo ▁estaban , ▁y ▁vinieron ▁á ▁la ▁tienda .
▁Y ▁alegr óse ▁Je th ro ▁de ▁todo ▁el ▁bien ▁que ▁Jehová ▁había ▁hecho ▁á ▁Israel , ▁que ▁lo ▁había ▁libr ado ▁de ▁mano ▁de ▁los ▁E g i p ci os .
▁Ahora ▁con o z co ▁que ▁Jehová ▁es ▁grande ▁más ▁que ▁todos ▁los ▁dioses ; ▁hast a ▁en ▁lo ▁que ▁se ▁en s o b er be c ieron ▁contra ▁ellos .
▁Y ▁tomó ▁Je th ro , ▁suegro ▁de ▁Moisés , ▁holocausto s ▁y ▁sacrificio s ▁para ▁Dios : ▁y ▁vino ▁Aarón ▁y ▁todos ▁los ▁ancianos ▁de ▁Israel ▁á ▁come r ▁pan ▁con ▁el ▁suegro ▁de ▁Moisés ▁delante ▁de ▁Dios .
▁Y ▁aconteció ▁que ▁otro ▁día ▁se ▁sent ó ▁Moisés ▁á ▁juzg ar ▁al ▁pueblo ; ▁y ▁el ▁pueblo ▁estuv o ▁delante ▁de ▁Moisés ▁de s de ▁la ▁mañana ▁hast a ▁la ▁tarde .
▁Y ▁Moisés ▁respondió ▁á ▁su ▁suegro : ▁Porque ▁el ▁pueblo ▁viene ▁á ▁mí ▁para ▁consult ar ▁á ▁Dios :
▁Cuan do ▁tiene n ▁negocio s , ▁viene n ▁á ▁mí ; ▁y ▁yo ▁juzg o ▁entre ▁el ▁uno ▁y ▁el ▁otro , ▁y ▁declar o ▁las ▁orden an za s ▁de ▁Dios ▁y ▁sus ▁le y es .
▁Entonces ▁el ▁suegro ▁de ▁Moisés ▁le ▁dijo : ▁No ▁ha ce s ▁bien :
▁De s f al le ce rás ▁del ▁todo , ▁tú , ▁y ▁también ▁este ▁pueblo ▁que ▁está ▁contigo ; ▁por que ▁el ▁negocio ▁es ▁de ma s i ado ▁pe s ado ▁para ▁ti ; ▁no ▁pod rás ▁hacer lo ▁tú ▁so lo .
▁O y e ▁ahora ▁mi ▁voz , ▁yo ▁te ▁a co n se ja ré , ▁y ▁Dios ▁será ▁contigo . ▁E st á ▁tú ▁por ▁el ▁pueblo ▁delante ▁de ▁Dios , ▁y ▁so me te ▁tú ▁los ▁negocio s ▁á ▁Dios .
▁Y ▁en se ñ a ▁á ▁ellos ▁las ▁orden an za s ▁y ▁las ▁le y es , ▁y ▁mu é s tra les ▁el ▁camino ▁por ▁don de ▁and en , ▁y ▁lo ▁que ▁han ▁de ▁hacer .
▁Si ▁esto ▁hiciere s , ▁y ▁Dios ▁te ▁lo ▁man d are , ▁tú ▁pod rás ▁per s i st ir , ▁y ▁todo ▁este ▁pueblo ▁se ▁ irá ▁también ▁en ▁paz ▁á ▁su ▁lugar .
▁Y ▁oyó ▁Moisés ▁la ▁voz ▁de ▁su ▁suegro , ▁é ▁hizo ▁todo ▁lo ▁que ▁dijo .
▁Y ▁juzg aban ▁al ▁pueblo ▁en ▁todo ▁tiempo : ▁el ▁negocio ▁ar d u o ▁tra ían lo ▁á ▁Moisés , ▁y ▁ellos ▁juzg aban ▁todo ▁negocio ▁pe que ñ o .
▁Y ▁de s p id ió ▁Moisés ▁á ▁su ▁suegro , ▁y ▁fué se ▁á ▁su ▁tierra .
▁A L ▁me s ▁tercer o ▁de ▁la ▁sal i da ▁de ▁los ▁hijos ▁de ▁Israel ▁de ▁la ▁tierra ▁de ▁Egipto , ▁en ▁aquel ▁día ▁vinieron ▁al ▁desierto ▁de ▁Sinaí .
▁Porque ▁part ieron ▁de ▁Re ph id im , ▁y ▁llegar on ▁al ▁desierto ▁de ▁Sinaí , ▁y ▁a sentaron ▁en ▁el ▁desierto ; ▁y ▁a c am p ó ▁allí ▁Israel ▁delante ▁del ▁monte .
▁Y ▁Moisés ▁subió ▁á ▁Dios ; ▁y ▁Jehová ▁lo ▁llamó ▁de s de ▁el ▁monte , ▁diciendo : ▁As í ▁dirá s ▁á ▁la ▁casa ▁de ▁Jacob , ▁y ▁de nunc i arás ▁á ▁los ▁hijos ▁de ▁Israel :
▁Vosotros ▁vi steis ▁lo ▁que ▁ hi ce ▁á ▁los ▁E g i p ci os , ▁y ▁ cómo ▁os ▁to m é ▁sobre ▁al as ▁de ▁á gu il as , ▁y ▁os ▁he ▁traído ▁á ▁mí .
▁Ahora ▁pues , ▁si ▁die re is ▁oído ▁á ▁mi ▁voz , ▁y ▁guarda re is ▁mi ▁pacto , ▁vosotros ▁se réis ▁mi ▁es pe ci al ▁te s o ro ▁sobre ▁todos ▁los ▁pueblo s ; ▁por que ▁mí a ▁es ▁toda ▁la ▁tierra .
▁Y ▁vosotros ▁se réis ▁mi ▁reino ▁de ▁sacerdote s , ▁y ▁gente ▁santa . ▁Esta s ▁son ▁las ▁palabras ▁que ▁dirá s ▁á ▁los ▁hijos ▁de ▁Israel .
▁Entonces ▁vino ▁Moisés , ▁y ▁llamó ▁á ▁los ▁ancianos ▁del ▁pueblo , ▁y ▁pro p u s o ▁en ▁presencia ▁de ▁ellos ▁todas ▁esta s ▁palabras ▁que ▁Jehová ▁le ▁había ▁mandado .
▁Y ▁todo ▁el ▁pueblo ▁respondió ▁á ▁una , ▁y ▁dijeron : ▁Todo ▁lo ▁que ▁Jehová ▁ha ▁dicho ▁ha remos . ▁Y ▁Moisés ▁re f ir ió ▁las ▁palabras ▁del ▁pueblo ▁á ▁Jehová .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁Ve ▁al ▁pueblo , ▁y ▁s an t i f í ca los ▁hoy ▁y ▁mañana , ▁y ▁ l ave n ▁sus ▁vestidos ;
▁Y ▁es t é n ▁a per ci b ido s ▁para ▁el ▁día ▁tercer o , ▁por que ▁al ▁tercer ▁día ▁Jehová ▁descend e rá , ▁á ▁ojos ▁de ▁todo ▁el ▁pueblo , ▁sobre ▁el ▁monte ▁de ▁Sinaí .
▁Y ▁descend ió ▁Moisés ▁del ▁monte ▁al ▁pueblo , ▁y ▁s an t i f i c ó ▁al ▁pueblo ; ▁y ▁la v aron ▁sus ▁vestidos .
▁Y ▁dijo ▁al ▁pueblo : ▁Esta d ▁a per ci b ido s ▁para ▁el ▁tercer ▁día ; ▁no ▁lleg u éis ▁á ▁mujer .
▁Y ▁Moisés ▁sacó ▁del ▁re al ▁al ▁pueblo ▁á ▁recibir ▁á ▁Dios ; ▁y ▁pu s iéronse ▁á ▁lo ▁ba jo ▁del ▁monte .
▁Y ▁el ▁son ido ▁de ▁la ▁bocina ▁iba ▁es for z ándose ▁en ▁ex t re mo : ▁Moisés ▁habla ba , ▁y ▁Dios ▁le ▁respond ía ▁en ▁voz .
▁Y ▁descend ió ▁Jehová ▁sobre ▁el ▁monte ▁de ▁Sinaí , ▁sobre ▁la ▁cumbre ▁del ▁monte : ▁y ▁llamó ▁Jehová ▁á ▁Moisés ▁á ▁la ▁cumbre ▁del ▁monte , ▁y ▁Moisés ▁subió .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁De s ci en de , ▁re qui er e ▁al ▁pueblo ▁que ▁no ▁tras pa s en ▁el ▁término ▁por ▁ver ▁á ▁Jehová , ▁por que ▁ca e rá ▁multitud ▁de ▁ellos .
▁Y ▁también ▁los ▁sacerdote s ▁que ▁se ▁lleg an ▁á ▁Jehová , ▁se ▁s an t i f i que n , ▁por que ▁Jehová ▁no ▁haga ▁en ▁ellos ▁es tra go .
▁Y ▁Moisés ▁dijo ▁á ▁Jehová : ▁El ▁pueblo ▁no ▁pod rá ▁subir ▁al ▁monte ▁de ▁Sinaí , ▁por que ▁tú ▁no s ▁has ▁re que r ido ▁diciendo : ▁Se ñ a la ▁término s ▁al ▁monte , ▁y ▁s an t i f í ca lo .
▁Entonces ▁Moisés ▁descend ió ▁al ▁pueblo , ▁y ▁habló ▁con ▁ellos .
▁Y ▁HABL Ó ▁Dios ▁todas ▁esta s ▁palabras , ▁diciendo :
▁Yo ▁soy ▁JEHOVÁ ▁tu ▁Dios , ▁que ▁te ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁de ▁casa ▁de ▁siervos .
▁No ▁tendrá s ▁dioses ▁ajenos ▁delante ▁de ▁mí .
▁No ▁te ▁harás ▁image n , ▁ni ▁ninguna ▁se me ja n za ▁de ▁cosa ▁que ▁es t é ▁arriba ▁en ▁el ▁cielo , ▁ni ▁ aba jo ▁en ▁la ▁tierra , ▁ni ▁en ▁las ▁aguas ▁debajo ▁de ▁la ▁tierra :
▁Y ▁que ▁ha go ▁misericordia ▁en ▁mil la res ▁á ▁los ▁que ▁me ▁a man , ▁y ▁guarda n ▁mis ▁mandamientos .
▁No ▁tomará s ▁el ▁nombre ▁de ▁Jehová ▁tu ▁Dios ▁en ▁va no ; ▁por que ▁no ▁dará ▁por ▁in o c ente ▁Jehová ▁al ▁que ▁tomar e ▁su ▁nombre ▁en ▁va no .
▁A co r d ar te ▁has ▁del ▁día ▁del ▁reposo , ▁para ▁santifica r lo :
▁Se is ▁días ▁tra ba ja rás , ▁y ▁harás ▁toda ▁tu ▁obra ;
▁ H on ra ▁á ▁tu ▁padre ▁y ▁á ▁tu ▁madre , ▁por que ▁tu s ▁días ▁se ▁al ar gu en ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da .
▁No ▁mata rás .
▁No ▁come te rás ▁a d u l te ri o .
▁No ▁hurt arás .
▁No ▁habla rás ▁contra ▁tu ▁prójimo ▁f al s o ▁testimonio .
▁Y ▁dijeron ▁á ▁Moisés : ▁Habla ▁tú ▁con ▁nosotros , ▁que ▁nosotros ▁oir emos ; ▁mas ▁no ▁ha ble ▁Dios ▁con ▁nosotros , ▁por que ▁no ▁mu ra mos .
▁Y ▁Moisés ▁respondió ▁al ▁pueblo : ▁No ▁tem áis ; ▁que ▁por ▁pro ba ro s ▁vino ▁Dios , ▁y ▁por que ▁su ▁tem or ▁es t é ▁en ▁vuestra ▁presencia ▁para ▁que ▁no ▁pe qué is .
▁Entonces ▁el ▁pueblo ▁se ▁puso ▁de ▁le jo s , ▁y ▁Moisés ▁se ▁llegó ▁á ▁la ▁os b cu ri dad , ▁en ▁la ▁cual ▁estaba ▁Dios .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁As í ▁dirá s ▁á ▁los ▁hijos ▁de ▁Israel : ▁Vosotros ▁ha béis ▁visto ▁que ▁he ▁hablado ▁de s de ▁el ▁cielo ▁con ▁vosotros .
▁No ▁ha g áis ▁conmigo ▁dioses ▁de ▁plata , ▁ni ▁dioses ▁de ▁oro ▁os ▁ha réis .
▁Y ▁si ▁me ▁hiciere s ▁altar ▁de ▁piedra s , ▁no ▁las ▁la bre s ▁de ▁can t er ía ; ▁por que ▁si ▁al za res ▁tu ▁pi co ▁sobre ▁él , ▁tú ▁lo ▁pro f an arás .
▁Y ▁no ▁subir ás ▁por ▁gr ada s ▁á ▁mi ▁altar , ▁por que ▁tu ▁desnudez ▁no ▁sea ▁junto ▁á ▁él ▁de s cu bi er ta .
▁Y ▁E S T O S ▁son ▁los ▁derecho s ▁que ▁les ▁pro p on d rás .
▁Si ▁com p ra res ▁siervo ▁he bre o , ▁se is ▁años ▁servir á ; ▁mas ▁el ▁séptimo ▁saldrá ▁ho r ro ▁de ▁ba l de .
▁Si ▁entr ó ▁so lo , ▁so lo ▁saldrá : ▁si ▁tenía ▁mujer , ▁saldrá ▁él ▁y ▁su ▁mujer ▁con ▁él .
▁Si ▁su ▁am o ▁le ▁hubiere ▁dado ▁mujer , ▁y ▁ella ▁le ▁hubiere ▁par ido ▁hijos ▁ó ▁hijas , ▁la ▁mujer ▁y ▁sus ▁hijos ▁serán ▁de ▁su ▁am o , ▁y ▁él ▁saldrá ▁so lo .
▁Y ▁si ▁el ▁siervo ▁dijere ▁ : ▁Yo ▁am o ▁á ▁mi ▁señor , ▁á ▁mi ▁mujer ▁y ▁á ▁mis ▁hijos , ▁no ▁sal d ré ▁libr e :
▁Y ▁cuando ▁alguno ▁ven d iere ▁su ▁hija ▁por ▁sierva , ▁no ▁saldrá ▁ como ▁su el en ▁sal ir ▁los ▁siervos .
▁Mas ▁si ▁la ▁hubiere ▁de s p os ado ▁con ▁su ▁hijo , ▁hará ▁con ▁ella ▁seg ún ▁la ▁co st umb re ▁de ▁las ▁hijas .
▁Si ▁le ▁tomar e ▁otra , ▁no ▁di s mi n u irá ▁su ▁al i ment o , ▁ni ▁su ▁vestido , ▁ni ▁el ▁d é bi to ▁con y u ga l .
▁Y ▁si ▁ninguna ▁de ▁esta s ▁tres ▁cosas ▁hiciere , ▁ella ▁saldrá ▁de ▁gracia ▁sin ▁dinero .
▁El ▁que ▁ h ir iere ▁á ▁alguno , ▁haci é ndo le ▁así ▁mor ir , ▁él ▁morirá .
▁Mas ▁el ▁que ▁no ▁arm ó ▁as e ch an za s , ▁sin o ▁que ▁Dios ▁lo ▁puso ▁en ▁sus ▁manos , ▁entonces ▁yo ▁te ▁señal aré ▁lugar ▁al ▁cual ▁ha ▁de ▁ hu ir .
▁A de m ás , ▁si ▁alguno ▁se ▁en s o b er be c iere ▁contra ▁su ▁prójimo , ▁y ▁lo ▁matar e ▁con ▁al e v os ía , ▁de ▁mi ▁altar ▁lo ▁quitar ás ▁para ▁que ▁muera .
▁Y ▁el ▁que ▁ h ir iere ▁á ▁su ▁padre ▁ó ▁á ▁su ▁madre , ▁morirá ▁ .
▁A simismo ▁el ▁que ▁ ro ba re ▁una ▁persona , ▁y ▁la ▁ven d iere , ▁ó ▁se ▁halla re ▁en ▁sus ▁manos , ▁morirá ▁ .
▁I gu al mente ▁el ▁que ▁mal di je re ▁á ▁su ▁padre ▁ó ▁á ▁su ▁madre , ▁morirá ▁ .
▁A de m ás , ▁si ▁alguno s ▁ ri ñ er en , ▁y ▁alguno ▁ h ir iere ▁á ▁su ▁prójimo ▁con ▁piedra ▁ó ▁con ▁el ▁pu ñ o , ▁y ▁no ▁mu r iere , ▁per o ▁ca y er e ▁en ▁ca ma ;
▁Y ▁si ▁alguno ▁ h ir iere ▁á ▁su ▁siervo ▁ó ▁á ▁su ▁sierva ▁con ▁pa lo , ▁y ▁mu r iere ▁ba jo ▁de ▁su ▁mano , ▁será ▁cast i g ado ▁ :
▁Mas ▁si ▁d ura re ▁por ▁un ▁día ▁ó ▁dos , ▁no ▁será ▁cast i g ado , ▁por que ▁su ▁dinero ▁es .
▁Mas ▁si ▁hubiere ▁muerte , ▁entonces ▁pa g arás ▁vida ▁por ▁vida ,
▁O jo ▁por ▁ o jo , ▁d iente ▁por ▁d iente , ▁mano ▁por ▁mano , ▁pie ▁por ▁pie ,
▁Que ma d ura ▁por ▁que ma d ura , ▁her i da ▁por ▁her i da , ▁go l pe ▁por ▁go l pe .
▁Y ▁cuando ▁alguno ▁ h ir iere ▁el ▁ o jo ▁de ▁su ▁siervo , ▁ó ▁el ▁ o jo ▁de ▁su ▁sierva , ▁y ▁lo ▁en to r t are , ▁dará le ▁li b er ta d ▁por ▁ ra z ón ▁de ▁su ▁ o jo .
▁Y ▁si ▁saca re ▁el ▁d iente ▁de ▁su ▁siervo , ▁ó ▁el ▁d iente ▁de ▁su ▁sierva , ▁por ▁su ▁d iente ▁le ▁dejar á ▁ir ▁libr e .
▁Si ▁le ▁fuere ▁imp ue s to ▁re s ca te , ▁entonces ▁dará ▁por ▁el ▁re s ca te ▁de ▁su ▁persona ▁cuanto ▁le ▁fuere ▁imp ue s to .
▁Ha y a ▁a co r n e ado ▁hijo , ▁ó ▁haya ▁a co r n e ado ▁hija , ▁conform e ▁á ▁este ▁juicio ▁se ▁hará ▁con ▁él .
▁Si ▁el ▁buey ▁a co r n e are ▁siervo ▁ó ▁sierva , ▁pa g ará ▁treinta ▁siclo s ▁de ▁plata ▁su ▁señor , ▁y ▁el ▁buey ▁será ▁ap ed re ado .
▁Y ▁si ▁alguno ▁abr iere ▁hoy o , ▁ó ▁ca v are ▁c iste rna , ▁y ▁no ▁la ▁cu b r iere , ▁y ▁ca y er e ▁allí ▁buey ▁ó ▁asno ,
▁El ▁d ue ñ o ▁de ▁la ▁c iste rna ▁pa g ará ▁el ▁dinero , ▁re s ar c iendo ▁á ▁su ▁d ue ñ o , ▁y ▁lo ▁que ▁fué ▁muerto ▁será ▁suyo .
▁Y ▁si ▁el ▁buey ▁de ▁alguno ▁ h ir iere ▁al ▁buey ▁de ▁su ▁prójimo , ▁y ▁éste ▁mu r iere , ▁entonces ▁ven de rán ▁el ▁buey ▁vi v o , ▁y ▁part irá n ▁el ▁dinero ▁de ▁él , ▁y ▁también ▁part irá n ▁el ▁muerto .
▁C U A NDO ▁alguno ▁hurt are ▁buey ▁ ú ▁ ove ja , ▁y ▁le ▁degollar e ▁ó ▁ven d iere , ▁por ▁aquel ▁buey ▁pa g ará ▁cinco ▁bueyes , ▁y ▁por ▁aquella ▁ ove ja ▁cuatro ▁ovejas .
▁Si ▁el ▁la d r ón ▁fuere ▁halla do ▁for z ando ▁una ▁casa , ▁y ▁fuere ▁her ido ▁y ▁mu r iere , ▁el ▁que ▁le ▁hirió ▁no ▁será ▁culpa do ▁de ▁su ▁muerte .
▁Si ▁fuere ▁halla do ▁con ▁el ▁hurt o ▁en ▁la ▁mano , ▁sea ▁buey ▁ó ▁asno ▁ ú ▁ ove ja ▁vi v os , ▁pa g ará ▁el ▁d u p lo .
▁Si ▁el ▁la d r ón ▁no ▁se ▁halla re , ▁entonces ▁el ▁d ue ñ o ▁de ▁la ▁casa ▁será ▁present ado ▁á ▁los ▁ j ue ce s , ▁para ▁ver ▁si ▁ha ▁me t ido ▁su ▁mano ▁en ▁la ▁haci en da ▁de ▁su ▁prójimo .
▁Si ▁alguno ▁hubiere ▁dado ▁á ▁su ▁prójimo ▁asno , ▁ó ▁buey , ▁ ú ▁ ove ja , ▁ó ▁cualquier ▁otro ▁animal ▁á ▁guarda r , ▁y ▁se ▁mu r iere , ▁ó ▁se ▁per n i que bra re , ▁ó ▁fuere ▁llev ado ▁sin ▁ver lo ▁nadie ;
▁Mas ▁si ▁le ▁hubiere ▁sido ▁hurt ado ▁ , ▁re s ar ci rá ▁á ▁su ▁d ue ñ o .
▁Y ▁si ▁le ▁hubiere ▁sido ▁ar re ba t ado ▁por ▁f i er a , ▁tra er le ▁ha ▁testimonio , ▁y ▁no ▁pa g ará ▁lo ▁ar re ba t ado .
▁P er o ▁si ▁alguno ▁hubiere ▁tomado ▁pre st ada ▁bestia ▁de ▁su ▁prójimo , ▁y ▁fuere ▁es t ro pe ada ▁ó ▁mu er ta , ▁a u s ente ▁su ▁d ue ñ o , ▁de be rá ▁pa gar la .
▁Si ▁el ▁d ue ñ o ▁estaba ▁presente , ▁no ▁la ▁pa g ará . ▁Si ▁era ▁al qui l ada , ▁él ▁vendrá ▁por ▁su ▁al qui l er .
▁Y ▁si ▁alguno ▁en ga ñ are ▁á ▁alguna ▁don ce l la ▁que ▁no ▁fuere ▁de s p os ada , ▁y ▁d ur m iere ▁con ▁ella , ▁de be rá ▁do t ar la ▁y ▁tomar la ▁por ▁mujer .
▁Si ▁su ▁padre ▁no ▁qu is iere ▁d á r se la , ▁él ▁le ▁pe s ará ▁plata ▁conform e ▁al ▁do te ▁de ▁las ▁ v í r g en es .
▁A ▁la ▁he ch i ce ra ▁no ▁dejar ás ▁que ▁viva .
▁Cualquier a ▁que ▁tuviere ▁a y un t amiento ▁con ▁bestia , ▁morirá ▁ .
▁El ▁que ▁sacrific are ▁á ▁dioses , ▁ex ce p to ▁á ▁s ólo ▁Jehová , ▁será ▁muerto .
▁Y ▁al ▁extranjero ▁no ▁en ga ñ arás , ▁ni ▁an gu st i arás , ▁por que ▁extranjero s ▁f u i steis ▁vosotros ▁en ▁la ▁tierra ▁de ▁Egipto .
▁A ▁ninguna ▁vi ud a ▁ni ▁ hu é r f an o ▁aflig i réis .
▁Que ▁si ▁tú ▁lleg as ▁á ▁aflig ir le , ▁y ▁él ▁á ▁mí ▁clama re ▁ , ▁c iertamente ▁oir é ▁yo ▁su ▁c l am or ;
▁Y ▁mi ▁furor ▁se ▁en ce n de rá , ▁y ▁os ▁matar é ▁á ▁cuchillo , ▁y ▁vuestras ▁mujeres ▁serán ▁vi u das , ▁y ▁ hu é r f an os ▁vuestro s ▁hijos .
▁Si ▁die res ▁á ▁mi ▁pueblo ▁dinero ▁emp re st ado , ▁al ▁p o bre ▁que ▁está ▁contigo , ▁no ▁te ▁por t arás ▁con ▁él ▁ como ▁lo g re ro , ▁ni ▁le ▁imp on d rás ▁us ura .
▁Si ▁tomar es ▁en ▁pre n da ▁el ▁vestido ▁de ▁tu ▁prójimo , ▁á ▁pues ta s ▁del ▁so l ▁se ▁lo ▁volver ás :
▁No ▁de nos t arás ▁á ▁los ▁ j ue ce s , ▁ni ▁mal de ci rás ▁al ▁príncipe ▁de ▁tu ▁pueblo .
▁No ▁di la t arás ▁la ▁pri mi ci a ▁de ▁tu ▁co se ch a , ▁ni ▁de ▁tu ▁li co r : ▁me ▁dará s ▁el ▁primogénito ▁de ▁tu s ▁hijos .
▁As í ▁harás ▁con ▁el ▁de ▁tu ▁buey ▁y ▁de ▁tu ▁ ove ja : ▁siete ▁días ▁estará ▁con ▁su ▁madre , ▁y ▁al ▁oc ta v o ▁día ▁me ▁lo ▁dará s .
▁Y ▁ha béis ▁de ▁ser me ▁varones ▁santo s : ▁y ▁no ▁comeréis ▁carne ▁ar re ba t ada ▁de ▁las ▁f i er as ▁en ▁el ▁campo ; ▁á ▁los ▁per ro s ▁la ▁echa réis .
▁N O ▁a d mi t irá s ▁f al s o ▁ r u mo r . ▁No ▁te ▁con cer t arás ▁con ▁el ▁imp í o ▁para ▁ser ▁testigo ▁f al s o .
▁No ▁se gu irá s ▁á ▁los ▁mucho s ▁para ▁mal ▁hacer ; ▁ni ▁respond e rás ▁en ▁li t i g i o ▁inclin ándo te ▁á ▁los ▁más ▁para ▁hacer ▁a g ra vi os ;
▁N i ▁al ▁p o bre ▁di st ing u irá s ▁en ▁su ▁causa .
▁Si ▁encontr are s ▁el ▁buey ▁de ▁tu ▁enemigo ▁ó ▁su ▁asno ▁ex tra vi ado , ▁ v ue l v e ▁á ▁llev á r se lo .
▁Si ▁ vier es ▁el ▁asno ▁del ▁que ▁te ▁aborrec e ▁ca í do ▁debajo ▁de ▁su ▁ca r ga , ▁¿ le ▁dejar ás ▁entonces ▁de s am para do ? ▁Si n ▁falta ▁a y ud arás ▁con ▁él ▁á ▁levant ar lo .
▁No ▁per ver t irá s ▁el ▁derecho ▁de ▁tu ▁men di go ▁en ▁su ▁p le i to .
▁De ▁palabra ▁de ▁men t i ra ▁te ▁al e ja rás , ▁y ▁no ▁mata rás ▁al ▁in o c ente ▁y ▁just o ; ▁por que ▁yo ▁no ▁just i f i c aré ▁al ▁imp í o .
▁No ▁recibir ás ▁presente ; ▁por que ▁el ▁presente ▁ ci e ga ▁á ▁los ▁que ▁ven , ▁y ▁per vier te ▁las ▁palabras ▁just as .
▁Y ▁no ▁an gu st i arás ▁al ▁extranjero : ▁pues ▁vosotros ▁s a béis ▁ cómo ▁se ▁halla ▁el ▁alma ▁del ▁extranjero , ▁y a ▁que ▁extranjero s ▁f u i steis ▁en ▁la ▁tierra ▁de ▁Egipto .
▁Se is ▁años ▁se m bra rás ▁tu ▁tierra , ▁y ▁all e g arás ▁su ▁co se ch a :
▁Y ▁en ▁todo ▁lo ▁que ▁os ▁he ▁dicho ▁se réis ▁a vi s ados . ▁Y ▁nombre ▁de ▁otro s ▁dioses ▁no ▁men t aréis , ▁ni ▁se ▁oir á ▁de ▁vuestra ▁boca .
▁T res ▁veces ▁en ▁el ▁año ▁me ▁ ce le bra réis ▁f i est a .
▁T res ▁veces ▁en ▁el ▁año ▁par e ce rá ▁todo ▁varón ▁tuyo ▁delante ▁del ▁Señor ▁Jehová .
▁No ▁ofrecerá s ▁con ▁pan ▁le u do ▁la ▁sangre ▁de ▁mi ▁sacrificio ; ▁ni ▁el ▁sebo ▁de ▁mi ▁ v í c t im a ▁quedar á ▁de ▁la ▁noche ▁hast a ▁la ▁mañana .
▁La s ▁pri mi ci as ▁de ▁los ▁primer os ▁fruto s ▁de ▁tu ▁tierra ▁traerá s ▁á ▁la ▁casa ▁de ▁Jehová ▁tu ▁Dios . ▁No ▁ gu is arás ▁el ▁ca b ri to ▁con ▁la ▁le ch e ▁de ▁su ▁madre .
▁He ▁aquí ▁yo ▁en v í o ▁el ▁A n g el ▁delante ▁de ▁ti ▁para ▁que ▁te ▁guard e ▁en ▁el ▁camino , ▁y ▁te ▁in t ro d u z ca ▁en ▁el ▁lugar ▁que ▁yo ▁he ▁pre para do .
▁ G u á r da te ▁delante ▁de ▁él , ▁y ▁ o y e ▁su ▁voz ; ▁no ▁le ▁sea s ▁rebel de ; ▁por que ▁él ▁no ▁perdon ará ▁vuestra ▁rebel ió n : ▁por que ▁mi ▁nombre ▁está ▁en ▁él .
▁P er o ▁si ▁en ▁ver dad ▁ o y er es ▁su ▁voz , ▁é ▁hiciere s ▁todo ▁lo ▁que ▁yo ▁te ▁dijere , ▁se ré ▁enemigo ▁á ▁tu s ▁enemigos , ▁y ▁aflig i ré ▁á ▁los ▁que ▁te ▁aflig iere n .
▁No ▁te ▁inclin arás ▁á ▁sus ▁dioses , ▁ni ▁los ▁servir ás , ▁ni ▁harás ▁ como ▁ellos ▁ha ce n ; ▁antes ▁los ▁destruir ás ▁del ▁todo , ▁y ▁que bra n t arás ▁enter amente ▁sus ▁esta tu as .
▁Mas ▁á ▁Jehová ▁vuestro ▁Dios ▁servir éis , ▁y ▁él ▁bendecir á ▁tu ▁pan ▁y ▁tu s ▁aguas ; ▁y ▁yo ▁quitar é ▁toda ▁en f er me dad ▁de ▁en ▁medio ▁de ▁ti .
▁No ▁habrá ▁mujer ▁que ▁a b or te , ▁ni ▁es t é ri l ▁en ▁tu ▁tierra ; ▁y ▁yo ▁cumpl i ré ▁el ▁número ▁de ▁tu s ▁días .
▁Yo ▁enviar é ▁mi ▁te r ro r ▁delante ▁de ▁ti , ▁y ▁con st er n aré ▁á ▁todo ▁pueblo ▁don de ▁tú ▁entrar es , ▁y ▁te ▁daré ▁la ▁ cer vi z ▁de ▁todos ▁tu s ▁enemigos .
▁Yo ▁enviar é ▁la ▁a vi s pa ▁delante ▁de ▁ti , ▁que ▁ e ch e ▁fuera ▁al ▁He v e o , ▁y ▁al ▁Cananeo , ▁y ▁al ▁Hetheo , ▁de ▁delante ▁de ▁ti :
▁No ▁los ▁echar é ▁de ▁delante ▁de ▁ti ▁en ▁un ▁año , ▁por que ▁no ▁que de ▁la ▁tierra ▁de s i er ta , ▁y ▁se ▁a u mente n ▁contra ▁ti ▁las ▁bestia s ▁del ▁campo .
▁P o co ▁á ▁poco ▁los ▁echar é ▁de ▁delante ▁de ▁ti , ▁hast a ▁que ▁te ▁mu l t i p li que s ▁y ▁to me s ▁la ▁tierra ▁por ▁heredad .
▁No ▁harás ▁alianza ▁con ▁ellos , ▁ni ▁con ▁sus ▁dioses .
▁En ▁tu ▁tierra ▁no ▁habita rán , ▁no ▁sea ▁que ▁te ▁haga n ▁pecar ▁contra ▁mí ▁sirv iendo ▁á ▁sus ▁dioses : ▁por que ▁te ▁será ▁de ▁ t ro p i e zo .
▁Y ▁ D I J O ▁á ▁Moisés : ▁Su be ▁á ▁Jehová , ▁tú , ▁y ▁Aarón , ▁N ada b , ▁y ▁Abi ú , ▁y ▁setenta ▁de ▁los ▁ancianos ▁de ▁Israel ; ▁y ▁os ▁inclin aréis ▁de s de ▁le jo s .
▁Mas ▁Moisés ▁s ólo ▁se ▁llegar á ▁á ▁Jehová ; ▁y ▁ellos ▁no ▁se ▁lleg ue n ▁cerca , ▁ni ▁su ba ▁con ▁él ▁el ▁pueblo .
▁Y ▁Moisés ▁vino ▁y ▁con t ó ▁al ▁pueblo ▁todas ▁las ▁palabras ▁de ▁Jehová , ▁y ▁todos ▁los ▁derecho s : ▁y ▁todo ▁el ▁pueblo ▁respondió ▁á ▁una ▁voz , ▁y ▁dijeron : ▁E je cu ta remos ▁todas ▁las ▁palabras ▁que ▁Jehová ▁ha ▁dicho .
▁Y ▁Moisés ▁es c ri b ió ▁todas ▁las ▁palabras ▁de ▁Jehová , ▁y ▁levant ándose ▁de ▁mañana ▁edificó ▁un ▁altar ▁al ▁pie ▁del ▁monte , ▁y ▁do ce ▁co l u m n as , ▁seg ún ▁las ▁do ce ▁tribu s ▁de ▁Israel .
▁Y ▁envió ▁á ▁los ▁mancebo s ▁de ▁los ▁hijos ▁de ▁Israel , ▁los ▁cuales ▁of re c ieron ▁holocausto s , ▁y ▁sacrific aron ▁pa c í f i co s ▁á ▁Jehová , ▁becerro s .
▁Y ▁Moisés ▁tomó ▁la ▁mitad ▁de ▁la ▁sangre , ▁y ▁p ú s o la ▁en ▁ t az on es , ▁y ▁esparci ó ▁la ▁otra ▁mitad ▁de ▁la ▁sangre ▁sobre ▁el ▁altar .
▁Y ▁tomó ▁el ▁libr o ▁de ▁la ▁alianza , ▁y ▁le y ó ▁á ▁oído s ▁del ▁pueblo , ▁el ▁cual ▁dijo : ▁Ha remos ▁todas ▁las ▁cosas ▁que ▁Jehová ▁ha ▁dicho , ▁y ▁obedec e remos .
▁Entonces ▁Moisés ▁tomó ▁la ▁sangre , ▁y ▁ ro ció ▁sobre ▁el ▁pueblo , ▁y ▁dijo : ▁He ▁aquí ▁la ▁sangre ▁de ▁la ▁alianza ▁que ▁Jehová ▁ha ▁hecho ▁con ▁vosotros ▁sobre ▁todas ▁esta s ▁cosas .
▁Y ▁subieron ▁Moisés ▁y ▁Aarón , ▁N ada b ▁y ▁Abi ú , ▁y ▁setenta ▁de ▁los ▁ancianos ▁de ▁Israel ;
▁Y ▁vieron ▁al ▁Dios ▁de ▁Israel ; ▁y ▁había ▁debajo ▁de ▁sus ▁pie s ▁ como ▁un ▁ em ba l do s ado ▁de ▁ za f i ro , ▁se me ja n te ▁al ▁cielo ▁cuando ▁está ▁se re no .
▁Mas ▁no ▁extend ió ▁su ▁mano ▁sobre ▁los ▁príncipes ▁de ▁los ▁hijos ▁de ▁Israel : ▁y ▁vieron ▁á ▁Dios , ▁y ▁com ieron ▁y ▁be b ieron .
▁Y ▁levant óse ▁Moisés , ▁y ▁Josué ▁su ▁ministr o ; ▁y ▁Moisés ▁subió ▁al ▁monte ▁de ▁Dios .
▁Entonces ▁Moisés ▁subió ▁al ▁monte , ▁y ▁una ▁nube ▁cu b r ió ▁el ▁monte .
▁Y ▁la ▁gloria ▁de ▁Jehová ▁re p os ó ▁sobre ▁el ▁monte ▁Sinaí , ▁y ▁la ▁nube ▁lo ▁cu b r ió ▁por ▁se is ▁días : ▁y ▁al ▁séptimo ▁día ▁llamó ▁á ▁Moisés ▁de ▁en ▁medio ▁de ▁la ▁nube .
▁Y ▁el ▁par e cer ▁de ▁la ▁gloria ▁de ▁Jehová ▁era ▁ como ▁un ▁fuego ▁abr as ado r ▁en ▁la ▁cumbre ▁del ▁monte , ▁á ▁los ▁ojos ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁entr ó ▁Moisés ▁en ▁medio ▁de ▁la ▁nube , ▁y ▁subió ▁al ▁monte : ▁y ▁estuv o ▁Moisés ▁en ▁el ▁monte ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁Di ▁á ▁los ▁hijos ▁de ▁Israel ▁que ▁to me n ▁para ▁mí ▁ofrenda : ▁de ▁todo ▁varón ▁que ▁la ▁die re ▁de ▁su ▁ v o l un ta d , ▁de ▁corazón , ▁toma réis ▁mi ▁ofrenda .
▁Y ▁esta ▁es ▁la ▁ofrenda ▁que ▁toma réis ▁de ▁ellos : ▁O ro , ▁y ▁plata , ▁y ▁co bre ,
▁Y ▁ ja ci n to , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁fin o , ▁y ▁pe lo ▁de ▁ca bra s ,
▁Y ▁cu eros ▁de ▁carnero s ▁te ñ ido s ▁de ▁ ro jo , ▁y ▁cu eros ▁de ▁te jo n es , ▁y ▁made ra ▁de ▁Sittim ;
▁A ce ite ▁para ▁la ▁lu mi n ar i a , ▁es pe ci as ▁para ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁para ▁el ▁s a hu me ri o ▁ar om á t i co ;
▁P i ed ra s ▁de ▁on i x , ▁y ▁piedra s ▁de ▁en g aste s , ▁para ▁el ▁ephod , ▁y ▁para ▁el ▁ ra ci on al .
▁Y ▁hacer me ▁han ▁un ▁santuario , ▁y ▁yo ▁habita ré ▁entre ▁ellos .
▁C on for me ▁á ▁todo ▁lo ▁que ▁yo ▁te ▁most ra re , ▁el ▁di se ñ o ▁del ▁tabernáculo , ▁y ▁el ▁di se ñ o ▁de ▁todos ▁sus ▁vasos , ▁así ▁lo ▁ha réis .
▁Ha rán ▁también ▁un ▁arca ▁de ▁made ra ▁de ▁Sittim , ▁cu y a ▁longitud ▁será ▁de ▁dos ▁codos ▁y ▁medio , ▁y ▁su ▁an ch ura ▁de ▁co do ▁y ▁medio , ▁y ▁su ▁al t ura ▁de ▁co do ▁y ▁medio .
▁Y ▁la ▁cu b ri rás ▁de ▁oro ▁pu ro ; ▁por ▁dentro ▁y ▁por ▁fuera ▁la ▁cu b ri rás ; ▁y ▁harás ▁sobre ▁ella ▁una ▁corn is a ▁de ▁oro ▁alrededor .
▁Y ▁para ▁ella ▁harás ▁de ▁fundición ▁cuatro ▁anillos ▁de ▁oro , ▁que ▁pondrá s ▁á ▁sus ▁cuatro ▁es qui n as ; ▁dos ▁anillos ▁al ▁un ▁la do ▁de ▁ella , ▁y ▁dos ▁anillos ▁al ▁otro ▁la do .
▁Y ▁harás ▁una s ▁va ra s ▁de ▁made ra ▁de ▁Sittim , ▁las ▁cuales ▁cu b ri rás ▁de ▁oro :
▁Y ▁me te rás ▁las ▁va ra s ▁por ▁los ▁anillos ▁á ▁los ▁la do s ▁del ▁arca , ▁para ▁llev ar ▁el ▁arca ▁con ▁ella s .
▁La s ▁va ra s ▁se ▁estará n ▁en ▁los ▁anillos ▁del ▁arca : ▁no ▁se ▁quitar án ▁de ▁ella .
▁Y ▁pondrá s ▁en ▁el ▁arca ▁el ▁testimonio ▁que ▁yo ▁te ▁daré .
▁Y ▁harás ▁una ▁cubierta ▁de ▁oro ▁fin o , ▁cu y a ▁longitud ▁será ▁de ▁dos ▁codos ▁y ▁medio , ▁y ▁su ▁an ch ura ▁de ▁co do ▁y ▁medio .
▁Ha rás ▁también ▁dos ▁querubines ▁de ▁oro , ▁la bra do s ▁á ▁mar til lo ▁los ▁harás , ▁en ▁los ▁dos ▁cabo s ▁de ▁la ▁cubierta .
▁Y ▁pondrá s ▁la ▁cubierta ▁en ci ma ▁del ▁arca , ▁y ▁en ▁el ▁arca ▁pondrá s ▁el ▁testimonio ▁que ▁yo ▁te ▁daré .
▁Ha rás ▁a simismo ▁una ▁me s a ▁de ▁made ra ▁de ▁Sittim : ▁su ▁longitud ▁será ▁de ▁dos ▁codos , ▁y ▁de ▁un ▁co do ▁su ▁an ch ura , ▁y ▁su ▁al t ura ▁de ▁co do ▁y ▁medio .
▁Y ▁la ▁cu b ri rás ▁de ▁oro ▁pu ro , ▁y ▁le ▁has ▁de ▁hacer ▁una ▁corn is a ▁de ▁oro ▁alrededor .
▁Ha cer le ▁has ▁también ▁una ▁mo l d ura ▁alrededor , ▁del ▁an ch o ▁de ▁una ▁mano , ▁á ▁la ▁cual ▁mo l d ura ▁harás ▁una ▁corn is a ▁de ▁oro ▁en ▁c ir cu n f er en ci a .
▁Y ▁le ▁harás ▁cuatro ▁anillos ▁de ▁oro , ▁los ▁cuales ▁pondrá s ▁á ▁las ▁cuatro ▁es qui n as ▁que ▁cor res p on de n ▁á ▁sus ▁cuatro ▁pie s .
▁Lo s ▁anillos ▁estará n ▁antes ▁de ▁la ▁mo l d ura , ▁por ▁lugar es ▁de ▁las ▁va ra s , ▁para ▁llev ar ▁la ▁me s a .
▁Y ▁harás ▁las ▁va ra s ▁de ▁made ra ▁de ▁Sittim , ▁y ▁las ▁cu b ri rás ▁de ▁oro , ▁y ▁con ▁ella s ▁será ▁llev ada ▁la ▁me s a .
▁Ha rás ▁también ▁sus ▁p la to s , ▁y ▁sus ▁cu ch ar as , ▁y ▁sus ▁cubierta s , ▁y ▁sus ▁ t az on es , ▁con ▁que ▁se ▁li b ará : ▁de ▁oro ▁fin o ▁los ▁harás .
▁Y ▁pondrá s ▁sobre ▁la ▁me s a ▁el ▁pan ▁de ▁la ▁pro p os i ción ▁delante ▁de ▁mí ▁con t in u amente .
▁Y ▁saldrá n ▁se is ▁brazo s ▁de ▁sus ▁la do s : ▁tres ▁brazo s ▁del ▁candelero ▁del ▁un ▁la do ▁suyo , ▁y ▁tres ▁brazo s ▁del ▁candelero ▁del ▁otro ▁su ▁la do :
▁Y ▁en ▁el ▁candelero ▁cuatro ▁co pa s ▁en ▁for ma ▁de ▁al me nd ra s , ▁sus ▁man za n as ▁y ▁sus ▁flor es .
▁Su s ▁man za n as ▁y ▁sus ▁brazo s ▁serán ▁de ▁lo ▁mismo , ▁todo ▁el lo ▁una ▁pie za ▁la bra da ▁á ▁mar til lo , ▁de ▁oro ▁pu ro .
▁Y ▁hacer le ▁has ▁siete ▁can di le ja s , ▁las ▁cuales ▁en ce n de rás ▁para ▁que ▁al umb re n ▁á ▁la ▁parte ▁de ▁su ▁delante ra :
▁T ambién ▁sus ▁de s pa bi la der as ▁y ▁sus ▁p la til los , ▁de ▁oro ▁pu ro .
▁De ▁un ▁talent o ▁de ▁oro ▁fin o ▁lo ▁harás , ▁con ▁todos ▁estos ▁vasos .
▁Y ▁mira , ▁y ▁ha z los ▁conform e ▁á ▁su ▁mo de lo , ▁que ▁te ▁ha ▁sido ▁most r ado ▁en ▁el ▁monte .
▁Y ▁ H A R Á S ▁el ▁tabernáculo ▁de ▁diez ▁cortina s ▁de ▁lino ▁to r c ido , ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí : ▁y ▁harás ▁querubines ▁de ▁obra ▁del i cada .
▁La ▁longitud ▁de ▁la ▁una ▁cortina ▁de ▁veinti o ch o ▁codos , ▁y ▁la ▁an ch ura ▁de ▁la ▁mis ma ▁cortina ▁de ▁cuatro ▁codos : ▁todas ▁las ▁cortina s ▁tendrá n ▁una ▁me di da .
▁C in co ▁cortina s ▁estará n ▁junt as ▁la ▁una ▁con ▁la ▁otra , ▁y ▁cinco ▁cortina s ▁un i das ▁la ▁una ▁con ▁la ▁otra .
▁Ha rás ▁también ▁cincuenta ▁cor ch e te s ▁de ▁oro , ▁con ▁los ▁cuales ▁junt arás ▁las ▁cortina s ▁la ▁una ▁con ▁la ▁otra , ▁y ▁se ▁for m ará ▁un ▁tabernáculo .
▁Ha rás ▁a simismo ▁cortina s ▁de ▁pe lo ▁de ▁ca bra s ▁para ▁una ▁cubierta ▁sobre ▁el ▁tabernáculo ; ▁on ce ▁cortina s ▁harás .
▁La ▁longitud ▁de ▁la ▁una ▁cortina ▁será ▁de ▁treinta ▁codos , ▁y ▁la ▁an ch ura ▁de ▁la ▁mis ma ▁cortina ▁de ▁cuatro ▁codos : ▁una ▁me di da ▁tendrá n ▁las ▁on ce ▁cortina s .
▁Y ▁junt arás ▁las ▁cinco ▁cortina s ▁apart e ▁y ▁las ▁otra s ▁se is ▁cortina s ▁se para d amente ; ▁y ▁do b l arás ▁la ▁se x ta ▁cortina ▁delante ▁de ▁la ▁f az ▁del ▁tabernáculo .
▁Ha rás ▁a simismo ▁cincuenta ▁cor ch e te s ▁de ▁al am bre , ▁los ▁cuales ▁me te rás ▁por ▁las ▁la za das : ▁y ▁junt arás ▁la ▁tienda , ▁para ▁que ▁se ▁haga ▁una ▁so la ▁cubierta .
▁Y ▁el ▁so bra n te ▁que ▁re s u l ta ▁en ▁las ▁cortina s ▁de ▁la ▁tienda , ▁la ▁mitad ▁de ▁la ▁una ▁cortina ▁que ▁so bra , ▁quedar á ▁á ▁las ▁es pa l das ▁del ▁tabernáculo .
▁Ha rás ▁también ▁á ▁la ▁tienda ▁una ▁cubierta ▁de ▁cu eros ▁de ▁carnero s , ▁te ñ ido s ▁de ▁ ro jo , ▁y ▁una ▁cubierta ▁de ▁cu eros ▁de ▁te jo n es ▁en ci ma .
▁Y ▁harás ▁para ▁el ▁tabernáculo ▁tablas ▁de ▁made ra ▁de ▁Sittim , ▁que ▁es t é n ▁derecha s .
▁La ▁longitud ▁de ▁ cada ▁ t ab la ▁será ▁de ▁diez ▁codos , ▁y ▁de ▁co do ▁y ▁medio ▁la ▁an ch ura ▁de ▁ cada ▁ t ab la .
▁Do s ▁ qui ci os ▁tendrá ▁ cada ▁ t ab la , ▁tra ba das ▁la ▁una ▁con ▁la ▁otra ; ▁así ▁harás ▁todas ▁las ▁tablas ▁del ▁tabernáculo .
▁Ha rás , ▁pues , ▁las ▁tablas ▁del ▁tabernáculo : ▁veinte ▁tablas ▁al ▁la do ▁del ▁mediodía , ▁al ▁a u st ro .
▁Y ▁harás ▁cuarenta ▁basas ▁de ▁plata ▁debajo ▁de ▁las ▁veinte ▁tablas ; ▁dos ▁basas ▁debajo ▁de ▁la ▁una ▁ t ab la ▁para ▁sus ▁dos ▁ qui ci os , ▁y ▁dos ▁basas ▁debajo ▁de ▁la ▁otra ▁ t ab la ▁para ▁sus ▁dos ▁ qui ci os .
▁Y ▁al ▁otro ▁la do ▁del ▁tabernáculo , ▁á ▁la ▁parte ▁del ▁a qui l ón , ▁veinte ▁tablas ;
▁Y ▁sus ▁cuarenta ▁basas ▁de ▁plata : ▁dos ▁basas ▁debajo ▁de ▁la ▁una ▁ t ab la , ▁y ▁dos ▁basas ▁debajo ▁de ▁la ▁otra ▁ t ab la .
▁Y ▁para ▁el ▁la do ▁del ▁tabernáculo , ▁al ▁occidente , ▁harás ▁se is ▁tablas .
▁Ha rás ▁además ▁dos ▁tablas ▁para ▁las ▁es qui n as ▁del ▁tabernáculo ▁en ▁los ▁dos ▁á n gu los ▁pos te ri o res ;
▁De ▁suerte ▁que ▁serán ▁oc h o ▁tablas , ▁con ▁sus ▁basas ▁de ▁plata , ▁diez ▁y ▁se is ▁basas ; ▁dos ▁basas ▁debajo ▁de ▁la ▁una ▁ t ab la , ▁y ▁dos ▁basas ▁debajo ▁de ▁la ▁otra ▁ t ab la .
▁Ha rás ▁también ▁cinco ▁bar ra s ▁de ▁made ra ▁de ▁Sittim , ▁para ▁las ▁tablas ▁del ▁un ▁la do ▁del ▁tabernáculo ,
▁Y ▁cinco ▁bar ra s ▁para ▁las ▁tablas ▁del ▁otro ▁la do ▁del ▁tabernáculo , ▁y ▁cinco ▁bar ra s ▁para ▁el ▁otro ▁la do ▁del ▁tabernáculo , ▁que ▁está ▁al ▁occidente .
▁Y ▁la ▁bar ra ▁del ▁medio ▁pasar á ▁por ▁medio ▁de ▁las ▁tablas , ▁del ▁un ▁cabo ▁al ▁otro .
▁Y ▁cu b ri rás ▁las ▁tablas ▁de ▁oro , ▁y ▁harás ▁sus ▁anillos ▁de ▁oro ▁para ▁me t er ▁por ▁ellos ▁las ▁bar ra s : ▁también ▁cu b ri rás ▁las ▁bar ra s ▁de ▁oro .
▁Y ▁al za rás ▁el ▁tabernáculo ▁conform e ▁á ▁su ▁tra za ▁que ▁te ▁fué ▁most r ada ▁en ▁el ▁monte .
▁Y ▁harás ▁también ▁un ▁ve lo ▁de ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁de ▁lino ▁to r c ido : ▁será ▁hecho ▁de ▁pri mo ro s a ▁la b or , ▁con ▁querubines :
▁Y ▁has ▁de ▁pon er lo ▁sobre ▁cuatro ▁co l u m n as ▁de ▁made ra ▁de ▁Sittim ▁cubierta s ▁de ▁oro ; ▁sus ▁ca p ite les ▁de ▁oro , ▁sobre ▁basas ▁de ▁plata .
▁Y ▁pondrá s ▁la ▁cubierta ▁sobre ▁el ▁arca ▁del ▁testimonio ▁en ▁el ▁lugar ▁s an t í s im o ▁ .
▁Y ▁pondrá s ▁la ▁me s a ▁fuera ▁del ▁ve lo , ▁y ▁el ▁candelero ▁en f r ente ▁de ▁la ▁me s a ▁al ▁la do ▁del ▁tabernáculo ▁al ▁mediodía ; ▁y ▁pondrá s ▁la ▁me s a ▁al ▁la do ▁del ▁a qui l ón .
▁Y ▁harás ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁una ▁cortina ▁de ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido , ▁obra ▁de ▁bo r dad or .
▁Y ▁harás ▁para ▁la ▁cortina ▁cinco ▁co l u m n as ▁de ▁made ra ▁de ▁Sittim , ▁las ▁cuales ▁cu b ri rás ▁de ▁oro , ▁con ▁sus ▁ca p ite les ▁de ▁oro : ▁y ▁hacer la s ▁has ▁de ▁fundición ▁cinco ▁basas ▁de ▁metal .
▁ H A R Á S ▁también ▁altar ▁de ▁made ra ▁de ▁Sittim ▁de ▁cinco ▁codos ▁de ▁longitud , ▁y ▁de ▁cinco ▁codos ▁de ▁an ch ura : ▁será ▁cu ad r ado ▁el ▁altar , ▁y ▁su ▁al t ura ▁de ▁tres ▁codos .
▁Y ▁harás ▁sus ▁cu er nos ▁á ▁sus ▁cuatro ▁es qui n as ; ▁los ▁cu er nos ▁serán ▁de ▁lo ▁mismo ; ▁y ▁lo ▁cu b ri rás ▁de ▁metal .
▁Y ▁le ▁harás ▁un ▁en re ja do ▁de ▁metal ▁de ▁obra ▁de ▁mal la ; ▁y ▁sobre ▁el ▁en re ja do ▁harás ▁cuatro ▁anillos ▁de ▁metal ▁á ▁sus ▁cuatro ▁es qui n as .
▁Y ▁lo ▁has ▁de ▁pon er ▁dentro ▁del ▁ cer co ▁del ▁altar ▁ aba jo ; ▁y ▁llegar á ▁el ▁en re ja do ▁hast a ▁el ▁medio ▁del ▁altar .
▁Ha rás ▁también ▁va ra s ▁para ▁el ▁altar , ▁va ra s ▁de ▁made ra ▁de ▁Sittim , ▁las ▁cuales ▁cu b ri rás ▁de ▁metal .
▁Y ▁sus ▁va ra s ▁se ▁me te rán ▁por ▁los ▁anillos : ▁y ▁estará n ▁aquella s ▁va ra s ▁á ▁ambos ▁la do s ▁del ▁altar , ▁cuando ▁hubiere ▁de ▁ser ▁llev ado .
▁De ▁tablas ▁lo ▁harás , ▁ hu e co : ▁de ▁la ▁manera ▁que ▁te ▁fué ▁most r ado ▁en ▁el ▁monte , ▁así ▁lo ▁harás .
▁A simismo ▁harás ▁el ▁atrio ▁del ▁tabernáculo : ▁al ▁la do ▁del ▁mediodía , ▁al ▁a u st ro , ▁tendrá ▁el ▁atrio ▁cortina s ▁de ▁lino ▁to r c ido , ▁de ▁cien ▁codos ▁de ▁longitud ▁ cada ▁un ▁la do ;
▁Su s ▁veinte ▁co l u m n as , ▁y ▁sus ▁veinte ▁basas ▁serán ▁de ▁metal ; ▁los ▁ca p ite les ▁de ▁las ▁co l u m n as ▁y ▁sus ▁mo l d ura s , ▁de ▁plata .
▁Y ▁el ▁an ch o ▁del ▁atrio ▁del ▁la do ▁oc ci d enta l ▁tendrá ▁cortina s ▁de ▁cincuenta ▁codos ; ▁sus ▁co l u m n as ▁diez , ▁con ▁sus ▁diez ▁basas .
▁Y ▁en ▁el ▁an ch o ▁del ▁atrio ▁por ▁la ▁parte ▁de ▁levant e , ▁al ▁or iente , ▁habrá ▁cincuenta ▁codos .
▁Y ▁las ▁cortina s ▁del ▁un ▁la do ▁serán ▁de ▁qu in ce ▁codos ; ▁sus ▁co l u m n as ▁tres , ▁con ▁sus ▁tres ▁basas .
▁A l ▁otro ▁la do ▁qu in ce ▁codos ▁de ▁cortina s ; ▁sus ▁co l u m n as ▁tres , ▁con ▁sus ▁tres ▁basas .
▁T o das ▁las ▁co l u m n as ▁del ▁atrio ▁en ▁derredor ▁serán ▁ ce ñ i das ▁de ▁plata ; ▁sus ▁ca p ite les ▁de ▁plata , ▁y ▁sus ▁basas ▁de ▁metal .
▁La ▁longitud ▁del ▁atrio ▁será ▁de ▁cien ▁codos , ▁y ▁la ▁an ch ura ▁cincuenta ▁por ▁un ▁la do ▁y ▁cincuenta ▁por ▁el ▁otro , ▁y ▁la ▁al t ura ▁de ▁cinco ▁codos : ▁sus ▁cortina s ▁de ▁lino ▁to r c ido , ▁y ▁sus ▁basas ▁de ▁metal .
▁Todo s ▁los ▁vasos ▁del ▁tabernáculo ▁en ▁todo ▁su ▁servicio , ▁y ▁todos ▁sus ▁c la v os , ▁y ▁todos ▁los ▁c la v os ▁del ▁atrio , ▁serán ▁de ▁metal .
▁Y ▁harás ▁vestidos ▁s a g r ados ▁á ▁Aarón ▁tu ▁hermano , ▁para ▁ho n ra ▁y ▁her mos ura .
▁Toma rán ▁oro , ▁y ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido .
▁Y ▁hará n ▁el ▁ephod ▁de ▁oro ▁y ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido ▁de ▁obra ▁de ▁bo r dad or .
▁T en d rá ▁dos ▁hombre ra s ▁que ▁se ▁junt en ▁á ▁sus ▁dos ▁la do s , ▁y ▁se ▁junt ará .
▁Y ▁tomará s ▁dos ▁piedra s ▁on i qui n as , ▁y ▁gr aba rás ▁en ▁ella s ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Israel :
▁Lo s ▁se is ▁de ▁sus ▁nombre s ▁en ▁la ▁una ▁piedra , ▁y ▁los ▁otro s ▁se is ▁nombre s ▁en ▁la ▁otra ▁piedra , ▁conform e ▁al ▁nac imiento ▁de ▁ellos .
▁Ha rás ▁pues , ▁en g aste s ▁de ▁oro ,
▁Se rá ▁cu ad r ado ▁y ▁do ble , ▁de ▁un ▁palm o ▁de ▁la r go ▁y ▁un ▁palm o ▁de ▁an ch o :
▁El ▁segundo ▁orden , ▁una ▁es me ra l da , ▁un ▁ za f i ro , ▁y ▁un ▁di a man te ;
▁El ▁tercer ▁orden , ▁un ▁ r u b í , ▁un ▁á ga ta , ▁y ▁una ▁a ma t is ta ;
▁Y ▁el ▁cu ar to ▁orden , ▁un ▁be ri lo , ▁un ▁on i x , ▁y ▁un ▁ ja s pe : ▁estará n ▁en ga st ada s ▁en ▁oro ▁en ▁sus ▁en ca je s .
▁Ha rás ▁también ▁en ▁el ▁ ra ci on al ▁ca de n e ta s ▁de ▁he ch ura ▁de ▁ t re n za s ▁de ▁oro ▁fin o .
▁Y ▁harás ▁en ▁el ▁ ra ci on al ▁dos ▁anillos ▁de ▁oro , ▁los ▁cuales ▁dos ▁anillos ▁pondrá s ▁á ▁las ▁dos ▁pu n ta s ▁del ▁ ra ci on al .
▁Y ▁pondrá s ▁las ▁dos ▁ t re n za s ▁de ▁oro ▁en ▁los ▁dos ▁anillos ▁á ▁las ▁dos ▁pu n ta s ▁del ▁ ra ci on al :
▁Ha rás ▁también ▁dos ▁anillos ▁de ▁oro , ▁los ▁cuales ▁pondrá s ▁á ▁las ▁dos ▁pu n ta s ▁del ▁ ra ci on al , ▁en ▁su ▁orilla ▁que ▁está ▁al ▁la do ▁del ▁ephod ▁de ▁la ▁parte ▁de ▁dentro .
▁Y ▁llev ará ▁Aarón ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Israel ▁en ▁el ▁ ra ci on al ▁del ▁juicio ▁sobre ▁su ▁corazón , ▁cuando ▁entrar e ▁en ▁el ▁santuario , ▁para ▁memoria ▁delante ▁de ▁Jehová ▁con t in u amente .
▁Ha rás ▁el ▁man to ▁del ▁ephod ▁todo ▁de ▁ ja ci n to :
▁Un a ▁camp an ill a ▁de ▁oro ▁y ▁una ▁gran ada , ▁camp an ill a ▁de ▁oro ▁y ▁gran ada , ▁por ▁las ▁orilla s ▁del ▁man to ▁alrededor .
▁Y ▁estará ▁sobre ▁Aarón ▁cuando ▁ministr are ; ▁y ▁oir ás e ▁su ▁son ido ▁cuando ▁él ▁entrar e ▁en ▁el ▁santuario ▁delante ▁de ▁Jehová ▁y ▁cuando ▁sal iere , ▁por que ▁no ▁muera .
▁Ha rás ▁además ▁una ▁p l an ch a ▁de ▁oro ▁fin o , ▁y ▁gr aba rás ▁en ▁ella ▁gr aba d ura ▁de ▁se l lo , ▁S A N T I D A D ▁ Á ▁JEHOVÁ .
▁Y ▁la ▁pondrá s ▁con ▁un ▁cor d ón ▁de ▁ ja ci n to , ▁y ▁estará ▁sobre ▁la ▁mi tra ; ▁por ▁el ▁f r ente ▁an te ri or ▁de ▁la ▁mi tra ▁estará .
▁Y ▁con ▁ellos ▁ve st irá s ▁á ▁Aarón ▁tu ▁hermano , ▁y ▁á ▁sus ▁hijos ▁con ▁él : ▁y ▁los ▁un g irá s , ▁y ▁los ▁consagr arás , ▁y ▁santifica rás , ▁para ▁que ▁sea n ▁mis ▁sacerdote s .
▁Y ▁les ▁harás ▁pa ñ e te s ▁de ▁lino ▁para ▁cu b ri r ▁la ▁carne ▁ver g on zo s a ; ▁serán ▁de s de ▁los ▁lo mos ▁hast a ▁los ▁mu s los :
▁Y ▁E S T O ▁es ▁lo ▁que ▁les ▁harás ▁para ▁consagr ar los , ▁para ▁que ▁sea n ▁mis ▁sacerdote s : ▁Toma ▁un ▁becerro ▁de ▁la ▁va cada , ▁y ▁dos ▁carnero s ▁sin ▁ ta ch a ;
▁Y ▁pan es ▁sin ▁levadura , ▁y ▁to r ta s ▁sin ▁levadura ▁amasada s ▁con ▁aceite , ▁y ▁ho ja l d res ▁sin ▁levadura ▁un ta das ▁con ▁aceite ; ▁las ▁cuales ▁cosas ▁harás ▁de ▁flor ▁de ▁harina ▁de ▁trigo :
▁Y ▁las ▁pondrá s ▁en ▁un ▁can as til lo , ▁y ▁en ▁el ▁can as til lo ▁las ▁ofrecerá s , ▁con ▁el ▁becerro ▁y ▁los ▁dos ▁carnero s .
▁Y ▁harás ▁llegar ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁los ▁lavará s ▁con ▁agua .
▁Y ▁pondrá s ▁la ▁mi tra ▁sobre ▁su ▁cabeza , ▁y ▁sobre ▁la ▁mi tra ▁pondrá s ▁la ▁di a de ma ▁santa .
▁Y ▁tomará s ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁derram arás ▁sobre ▁su ▁cabeza , ▁y ▁le ▁un g irá s .
▁Y ▁harás ▁llegar ▁sus ▁hijos , ▁y ▁les ▁ve st irá s ▁las ▁tú n i ca s .
▁Y ▁harás ▁llegar ▁el ▁becerro ▁delante ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁Aarón ▁y ▁sus ▁hijos ▁pondrá n ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁becerro .
▁Y ▁mata rás ▁el ▁becerro ▁delante ▁de ▁Jehová ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁tomará s ▁de ▁la ▁sangre ▁del ▁becerro , ▁y ▁pondrá s ▁sobre ▁los ▁cu er nos ▁del ▁altar ▁con ▁tu ▁de do , ▁y ▁derram arás ▁toda ▁la ▁de m ás ▁sangre ▁al ▁pie ▁del ▁altar .
▁E mpero ▁consum irá s ▁á ▁fuego ▁fuera ▁del ▁campo ▁la ▁carne ▁del ▁becerro , ▁y ▁su ▁pe l le jo , ▁y ▁su ▁es t i é r co l : ▁es ▁expiación .
▁A simismo ▁tomará s ▁el ▁un ▁carnero , ▁y ▁Aarón ▁y ▁sus ▁hijos ▁pondrá n ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁carnero .
▁Y ▁mata rás ▁el ▁carnero , ▁y ▁tomará s ▁su ▁sangre , ▁y ▁ ro ci arás ▁sobre ▁el ▁altar ▁alrededor .
▁Y ▁cor t arás ▁el ▁carnero ▁en ▁pe da zo s , ▁y ▁lavará s ▁sus ▁in t est in os ▁y ▁sus ▁pie rna s , ▁y ▁las ▁pondrá s ▁sobre ▁sus ▁ t ro zo s ▁y ▁sobre ▁su ▁cabeza .
▁Y ▁que m arás ▁todo ▁el ▁carnero ▁sobre ▁el ▁altar : ▁es ▁holocausto ▁á ▁Jehová , ▁olor ▁gr a to , ▁es ▁ofrenda ▁que m ada ▁á ▁Jehová .
▁Toma rás ▁luego ▁el ▁otro ▁carnero , ▁y ▁Aarón ▁y ▁sus ▁hijos ▁pondrá n ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁carnero :
▁T ambién ▁una ▁to r ta ▁de ▁pan , ▁y ▁una ▁ho ja l d re ▁amasada ▁con ▁aceite , ▁y ▁una ▁las a ñ a ▁del ▁can as til lo ▁de ▁los ▁á z i mos ▁present ado ▁á ▁Jehová ;
▁Y ▁lo ▁has ▁de ▁pon er ▁todo ▁en ▁las ▁manos ▁de ▁Aarón , ▁y ▁en ▁las ▁manos ▁de ▁sus ▁hijos ; ▁y ▁lo ▁me ce rás ▁a g i t ándo lo ▁delante ▁de ▁Jehová .
▁Después ▁lo ▁tomará s ▁de ▁sus ▁manos , ▁y ▁lo ▁harás ▁ar der ▁sobre ▁el ▁altar ▁en ▁holocausto , ▁por ▁olor ▁a g r ada ble ▁delante ▁de ▁Jehová . ▁E s ▁ofrenda ▁encendida ▁á ▁Jehová .
▁Y ▁tomará s ▁el ▁pe ch o ▁del ▁carnero ▁de ▁las ▁consagr a ciones , ▁que ▁fué ▁in mo l ado ▁para ▁la ▁de ▁Aarón , ▁y ▁lo ▁me ce rás ▁por ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová ; ▁y ▁será ▁por ción ▁tu y a .
▁Y ▁las ▁ve st im enta s ▁santa s , ▁que ▁son ▁de ▁Aarón , ▁serán ▁de ▁sus ▁hijos ▁después ▁de ▁él , ▁para ▁ser ▁ungido s ▁con ▁ella s , ▁y ▁para ▁ser ▁con ▁ella s ▁consagr ados ▁ .
▁Por ▁siete ▁días ▁las ▁ve st irá ▁el ▁sacerdote ▁de ▁sus ▁hijos , ▁que ▁en ▁su ▁lugar ▁vi n iere ▁al ▁tabernáculo ▁del ▁testimonio ▁á ▁servir ▁en ▁el ▁santuario .
▁Y ▁tomará s ▁el ▁carnero ▁de ▁las ▁consagr a ciones , ▁y ▁co ce rás ▁su ▁carne ▁en ▁el ▁lugar ▁del ▁santuario .
▁Y ▁Aarón ▁y ▁sus ▁hijos ▁comerá n ▁la ▁carne ▁del ▁carnero , ▁y ▁el ▁pan ▁que ▁está ▁en ▁el ▁can as til lo , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁comerá n ▁aquella s ▁cosas ▁con ▁las ▁cuales ▁se ▁hizo ▁expiación , ▁para ▁he n ch ir ▁sus ▁manos ▁para ▁ser ▁santifica do s : ▁mas ▁el ▁extranjero ▁no ▁comerá , ▁por que ▁es ▁cosa ▁santa .
▁As í ▁pues ▁harás ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁yo ▁te ▁he ▁mandado : ▁por ▁siete ▁días ▁los ▁consagr arás .
▁Y ▁sacrific arás ▁el ▁becerro ▁de ▁la ▁expiación ▁en ▁ cada ▁día ▁para ▁las ▁ex p i a ciones ; ▁y ▁purifica rás ▁el ▁altar ▁en ▁ha b iendo ▁hecho ▁expiación ▁por ▁él , ▁y ▁lo ▁un g irá s ▁para ▁santifica r lo .
▁Por ▁siete ▁días ▁ex p i arás ▁el ▁altar , ▁y ▁lo ▁santifica rás , ▁y ▁será ▁un ▁altar ▁s an t í s im o ▁ : ▁cualquier a ▁cosa ▁que ▁tocare ▁al ▁altar , ▁será ▁santifica da .
▁Y ▁esto ▁es ▁lo ▁que ▁ofrecerá s ▁sobre ▁el ▁altar : ▁dos ▁cordero s ▁de ▁un ▁año ▁ cada ▁día , ▁sin ▁in t er mi s ió n .
▁Of re ce rás ▁el ▁un ▁cordero ▁á ▁la ▁mañana , ▁y ▁el ▁otro ▁cordero ▁ofrecerá s ▁á ▁la ▁ca í da ▁de ▁la ▁tarde :
▁Y ▁ofrecerá s ▁el ▁otro ▁cordero ▁á ▁la ▁ca í da ▁de ▁la ▁tarde , ▁ha c iendo ▁conform e ▁á ▁la ▁ofrenda ▁de ▁la ▁mañana , ▁y ▁conform e ▁á ▁su ▁li b ación , ▁en ▁olor ▁de ▁su a vi dad ; ▁será ▁ofrenda ▁encendida ▁á ▁Jehová .
▁E s to ▁será ▁holocausto ▁con t in u o ▁por ▁vuestras ▁generaciones ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ▁delante ▁de ▁Jehová , ▁en ▁el ▁cual ▁me ▁con cer t aré ▁con ▁vosotros , ▁para ▁hablar os ▁allí ,
▁Y ▁allí ▁te st i f i c aré ▁de ▁mí ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁el ▁lugar ▁será ▁santifica do ▁con ▁mi ▁gloria .
▁Y ▁santifica ré ▁el ▁tabernáculo ▁del ▁testimonio ▁y ▁el ▁altar : ▁santifica ré ▁a simismo ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁para ▁que ▁sea n ▁mis ▁sacerdote s .
▁Y ▁habita ré ▁entre ▁los ▁hijos ▁de ▁Israel , ▁y ▁se ré ▁su ▁Dios .
▁Y ▁conoc e rán ▁que ▁yo ▁soy ▁Jehová ▁su ▁Dios , ▁que ▁los ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁para ▁habita r ▁en ▁medio ▁de ▁ellos : ▁Yo ▁Jehová ▁su ▁Dios .
▁ H A R Á S ▁a simismo ▁un ▁altar ▁de ▁s a hu me ri o ▁de ▁perfume : ▁de ▁made ra ▁de ▁Sittim ▁lo ▁harás .
▁Y ▁cu b ri r lo ▁has ▁de ▁oro ▁pu ro , ▁su ▁te ch ado , ▁y ▁sus ▁par ed es ▁en ▁derredor , ▁y ▁sus ▁cu er nos : ▁y ▁le ▁harás ▁en ▁derredor ▁una ▁cor on a ▁de ▁oro .
▁Y ▁harás ▁los ▁va ra les ▁de ▁made ra ▁de ▁Sittim , ▁y ▁los ▁cu b ri rás ▁de ▁oro .
▁Y ▁lo ▁pondrá s ▁delante ▁del ▁ve lo ▁que ▁está ▁junto ▁al ▁arca ▁del ▁testimonio , ▁delante ▁de ▁la ▁cubierta ▁que ▁está ▁sobre ▁el ▁testimonio , ▁don de ▁yo ▁te ▁te st i f i c aré ▁de ▁mí .
▁Y ▁que m ará ▁sobre ▁él ▁Aarón ▁s a hu me ri o ▁de ▁a ro ma ▁ cada ▁mañana : ▁cuando ▁a de re za re ▁las ▁ l á m para s ▁lo ▁que m ará .
▁Y ▁cuando ▁Aarón ▁en ce n de rá ▁las ▁ l á m para s ▁al ▁an o ch e cer ▁ , ▁que m ará ▁el ▁s a hu me ri o : ▁ ri to ▁perpetuo ▁delante ▁de ▁Jehová ▁por ▁vuestras ▁edad es .
▁No ▁ofreceréis ▁sobre ▁él ▁s a hu me ri o ▁ex tra ñ o , ▁ni ▁holocausto , ▁ni ▁presente ; ▁ni ▁ t am p o co ▁derram aréis ▁sobre ▁él ▁li b ación .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Cualquier a ▁que ▁pasar e ▁por ▁la ▁cu enta , ▁de ▁veinte ▁años ▁arriba , ▁dará ▁la ▁ofrenda ▁á ▁Jehová .
▁N i ▁el ▁ ri co ▁a u ment ará , ▁ni ▁el ▁p o bre ▁di s mi n u irá ▁de ▁medio ▁siclo , ▁cuando ▁die re n ▁la ▁ofrenda ▁á ▁Jehová ▁para ▁hacer ▁expiación ▁por ▁vuestras ▁persona s .
▁Ha b l ó ▁más ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Ha rás ▁también ▁una ▁fuente ▁de ▁metal , ▁con ▁su ▁ba s a ▁de ▁metal , ▁para ▁la v ar ; ▁y ▁la ▁has ▁de ▁pon er ▁entre ▁el ▁tabernáculo ▁del ▁testimonio ▁y ▁el ▁altar ; ▁y ▁pondrá s ▁en ▁ella ▁agua .
▁Y ▁de ▁ella ▁se ▁lavará n ▁Aarón ▁y ▁sus ▁hijos ▁sus ▁manos ▁y ▁sus ▁pie s :
▁T ambién ▁se ▁lavará n ▁las ▁manos ▁y ▁los ▁pie s , ▁y ▁no ▁morirá n . ▁Y ▁lo ▁tendrá n ▁por ▁estatuto ▁perpetuo ▁él ▁y ▁su ▁simiente ▁por ▁sus ▁generaciones .
▁Ha b l ó ▁más ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁de ▁ca s i a ▁quinient os ▁ , ▁al ▁pe s o ▁del ▁santuario , ▁y ▁de ▁aceite ▁de ▁ o li v as ▁un ▁hin :
▁Y ▁harás ▁de ▁el lo ▁el ▁aceite ▁de ▁la ▁santa ▁un ción , ▁su per i or ▁un g ü en to , ▁obra ▁de ▁per f u ma dor , ▁el ▁cual ▁será ▁el ▁aceite ▁de ▁la ▁un ción ▁s a g r ada .
▁C on ▁él ▁un g irá s ▁el ▁tabernáculo ▁del ▁testimonio , ▁y ▁el ▁arca ▁del ▁testimonio ,
▁Y ▁la ▁me s a , ▁y ▁todos ▁sus ▁vasos , ▁y ▁el ▁candelero , ▁y ▁todos ▁sus ▁vasos , ▁y ▁el ▁altar ▁del ▁perfume ,
▁Y ▁el ▁altar ▁del ▁holocausto , ▁todos ▁sus ▁vasos , ▁y ▁la ▁fuente ▁y ▁su ▁ba s a .
▁As í ▁los ▁consagr arás , ▁y ▁serán ▁cosas ▁s an t í s im as ▁ : ▁todo ▁lo ▁que ▁tocare ▁en ▁ellos , ▁será ▁santifica do .
▁Un g irá s ▁también ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁y ▁los ▁consagr arás ▁para ▁que ▁sea n ▁mis ▁sacerdote s .
▁Y ▁habla rás ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁Este ▁será ▁mi ▁aceite ▁de ▁la ▁santa ▁un ción ▁por ▁vuestras ▁edad es .
▁So bre ▁carne ▁de ▁hombre ▁no ▁será ▁un t ado , ▁ni ▁ha réis ▁otro ▁se me ja n te , ▁conform e ▁á ▁su ▁com p os i ción : ▁santo ▁es ; ▁por ▁santo ▁ha béis ▁de ▁ten er lo ▁vosotros .
▁Cualquier a ▁que ▁com p u s iere ▁un g ü en to ▁se me ja n te , ▁y ▁que ▁pusier e ▁de ▁él ▁sobre ▁ex tra ñ o , ▁será ▁cor t ado ▁de ▁sus ▁pueblo s .
▁Y ▁harás ▁de ▁el lo ▁una ▁con f e c ción ▁ar om á t i ca ▁de ▁obra ▁de ▁per f u ma dor , ▁bien ▁me z c l ada , ▁pu ra ▁y ▁santa :
▁C o mo ▁la ▁con f e c ción ▁que ▁harás , ▁no ▁os ▁ha réis ▁otra ▁seg ún ▁su ▁com p os i ción : ▁te ▁será ▁cosa ▁s a g r ada ▁para ▁Jehová .
▁Cualquier a ▁que ▁hiciere ▁otra ▁ como ▁ella ▁para ▁ o l er la , ▁será ▁cor t ado ▁de ▁sus ▁pueblo s .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Mi ra , ▁yo ▁he ▁llamado ▁por ▁su ▁nombre ▁á ▁Be za le el , ▁hijo ▁de ▁Uri , ▁hijo ▁de ▁Hu r , ▁de ▁la ▁tribu ▁de ▁Judá ;
▁Y ▁lo ▁he ▁he n ch ido ▁de ▁espíritu ▁de ▁Dios , ▁en ▁sabiduría , ▁y ▁en ▁in te li g en ci a , ▁y ▁en ▁cien ci a , ▁y ▁en ▁todo ▁art i f i ci o ,
▁Para ▁in v enta r ▁di se ñ os , ▁para ▁tra ba ja r ▁en ▁oro , ▁y ▁en ▁plata , ▁y ▁en ▁metal ,
▁Y ▁en ▁art i f i ci o ▁de ▁piedra s ▁para ▁en ga st ar la s , ▁y ▁en ▁art i f i ci o ▁de ▁made ra ; ▁para ▁obra r ▁en ▁toda ▁suerte ▁de ▁la b or .
▁El ▁tabernáculo ▁del ▁testimonio , ▁y ▁el ▁arca ▁del ▁testimonio , ▁y ▁la ▁cubierta ▁que ▁está ▁sobre ▁ella , ▁y ▁todos ▁los ▁vasos ▁del ▁tabernáculo ;
▁Y ▁la ▁me s a ▁y ▁sus ▁vasos , ▁y ▁el ▁candelero ▁limpio ▁y ▁todos ▁sus ▁vasos , ▁y ▁el ▁altar ▁del ▁perfume ;
▁Y ▁el ▁altar ▁del ▁holocausto ▁y ▁todos ▁sus ▁vasos , ▁y ▁la ▁fuente ▁y ▁su ▁ba s a ;
▁Y ▁los ▁vestidos ▁del ▁servicio , ▁y ▁las ▁santa s ▁ve st id ura s ▁para ▁Aarón ▁el ▁sacerdote , ▁y ▁las ▁ve st id ura s ▁de ▁sus ▁hijos , ▁para ▁que ▁ e j er za n ▁el ▁s a cer do ci o ;
▁Y ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁el ▁perfume ▁ar om á t i co ▁para ▁el ▁santuario : ▁hará n ▁conform e ▁á ▁todo ▁lo ▁que ▁te ▁he ▁mandado .
▁Ha b l ó ▁además ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Se is ▁días ▁se ▁hará ▁obra , ▁mas ▁el ▁día ▁séptimo ▁es ▁sábado ▁de ▁reposo ▁consagr ado ▁á ▁Jehová ; ▁cualquier a ▁que ▁hiciere ▁obra ▁el ▁día ▁del ▁sábado , ▁morirá ▁c iertamente .
▁ G u ar d arán , ▁pues , ▁el ▁sábado ▁los ▁hijos ▁de ▁Israel : ▁ ce le b r ándo lo ▁por ▁sus ▁edad es ▁por ▁pacto ▁perpetuo :
▁Se ñ al ▁es ▁para ▁siempre ▁entre ▁mí ▁y ▁los ▁hijos ▁de ▁Israel ; ▁por que ▁en ▁se is ▁días ▁hizo ▁Jehová ▁los ▁cielo s ▁y ▁la ▁tierra , ▁y ▁en ▁el ▁séptimo ▁día ▁c es ó , ▁y ▁re p os ó .
▁Y ▁dió ▁á ▁Moisés , ▁ como ▁a ca b ó ▁de ▁hablar ▁con ▁él ▁en ▁el ▁monte ▁de ▁Sinaí , ▁dos ▁tablas ▁del ▁testimonio , ▁tablas ▁de ▁piedra ▁es c r itas ▁con ▁el ▁de do ▁de ▁Dios .
▁Y ▁Aarón ▁les ▁dijo : ▁A p ar ta d ▁los ▁ za r ci l los ▁de ▁oro ▁que ▁están ▁en ▁las ▁or e ja s ▁de ▁vuestras ▁mujeres , ▁y ▁de ▁vuestro s ▁hijos , ▁y ▁de ▁vuestras ▁hijas , ▁y ▁tra é d me los .
▁Entonces ▁todo ▁el ▁pueblo ▁apart ó ▁los ▁ za r ci l los ▁de ▁oro ▁que ▁tenía n ▁en ▁sus ▁or e ja s , ▁y ▁tra j é ron los ▁á ▁Aarón :
▁Y ▁ viendo ▁esto ▁Aarón , ▁edificó ▁un ▁altar ▁delante ▁del ▁becerro ; ▁y ▁pre g on ó ▁Aarón , ▁y ▁dijo : ▁Ma ñ an a ▁será ▁f i est a ▁á ▁Jehová .
▁Entonces ▁Jehová ▁dijo ▁á ▁Moisés : ▁And a , ▁de s ci en de , ▁por que ▁tu ▁pueblo ▁que ▁saca s te ▁de ▁tierra ▁de ▁Egipto ▁se ▁ha ▁cor ro m p ido :
▁Di jo ▁más ▁Jehová ▁á ▁Moisés : ▁Yo ▁he ▁visto ▁á ▁este ▁pueblo , ▁que ▁por ▁cierto ▁es ▁pueblo ▁de ▁d ura ▁ cer vi z :
▁Ahora ▁pues , ▁d é ja me ▁que ▁se ▁en ci en da ▁mi ▁furor ▁en ▁ellos , ▁y ▁los ▁consum a : ▁y ▁á ▁ti ▁yo ▁te ▁pondré ▁sobre ▁gran ▁gente .
▁Entonces ▁Jehová ▁se ▁ar re p in t ió ▁del ▁mal ▁que ▁dijo ▁que ▁había ▁de ▁hacer ▁á ▁su ▁pueblo .
▁Y ▁volvió se ▁Moisés , ▁y ▁descend ió ▁del ▁monte ▁tra y e ndo ▁en ▁su ▁mano ▁las ▁dos ▁tablas ▁del ▁testimonio , ▁las ▁tablas ▁es c r itas ▁por ▁ambos ▁la do s ; ▁de ▁una ▁parte ▁y ▁de ▁otra ▁estaban ▁es c r itas .
▁Y ▁las ▁tablas ▁era n ▁obra ▁de ▁Dios , ▁y ▁la ▁es c ri t ura ▁era ▁es c ri t ura ▁de ▁Dios ▁gr aba da ▁sobre ▁las ▁tablas .
▁Y ▁ o y e ndo ▁Josué ▁el ▁c l am or ▁del ▁pueblo ▁que ▁gr ita ba , ▁dijo ▁á ▁Moisés : ▁A l ar ido ▁de ▁pe le a ▁hay ▁en ▁el ▁campo .
▁Y ▁tomó ▁el ▁becerro ▁que ▁habían ▁hecho , ▁y ▁que m ólo ▁en ▁el ▁fuego , ▁y ▁mo li ólo ▁hast a ▁re d u ci r lo ▁á ▁polvo , ▁que ▁esparci ó ▁sobre ▁las ▁aguas , ▁y ▁dió lo ▁á ▁beber ▁á ▁los ▁hijos ▁de ▁Israel .
▁Y ▁dijo ▁Moisés ▁á ▁Aarón : ▁¿ Qué ▁te ▁ha ▁hecho ▁este ▁pueblo , ▁que ▁has ▁traído ▁sobre ▁él ▁ t an ▁gran ▁pecado ?
▁Y ▁respondió ▁Aarón : ▁No ▁se ▁enoj e ▁mi ▁señor ; ▁tú ▁conoc es ▁el ▁pueblo , ▁que ▁es ▁inclin ado ▁á ▁mal .
▁Porque ▁me ▁dijeron : ▁Ha z nos ▁dioses ▁que ▁vaya n ▁delante ▁de ▁nosotros , ▁que ▁á ▁este ▁Moisés , ▁el ▁varón ▁que ▁no s ▁sacó ▁de ▁tierra ▁de ▁Egipto , ▁no ▁sabe mos ▁qué ▁le ▁ha ▁a co n te c ido .
▁Y ▁yo ▁les ▁respond í : ▁¿ Quién ▁tiene ▁oro ? ▁apart ad lo . ▁Y ▁di é ron me lo , ▁y ▁ e ch é lo ▁en ▁el ▁fuego , ▁y ▁salió ▁este ▁becerro .
▁Y ▁ viendo ▁Moisés ▁que ▁el ▁pueblo ▁estaba ▁de s p o ja do , ▁por que ▁Aarón ▁lo ▁había ▁de s p o ja do ▁para ▁ver g ü en za ▁entre ▁sus ▁enemigos ,
▁P ú s ose ▁Moisés ▁á ▁la ▁puerta ▁del ▁re al , ▁y ▁dijo : ▁¿ Quién ▁es ▁de ▁Jehová ? ▁ j ún te se ▁conmigo . ▁Y ▁junt áronse ▁con ▁él ▁todos ▁los ▁hijos ▁de ▁Leví .
▁Y ▁los ▁hijos ▁de ▁Leví ▁lo ▁hicieron ▁conform e ▁al ▁dicho ▁de ▁Moisés : ▁y ▁ca y e ron ▁del ▁pueblo ▁en ▁aquel ▁día ▁ como ▁tres ▁mil ▁hombres .
▁Entonces ▁Moisés ▁dijo : ▁ H o y ▁os ▁ha béis ▁consagr ado ▁á ▁Jehová , ▁por que ▁ cada ▁uno ▁se ▁ha ▁consagr ado ▁en ▁su ▁hijo , ▁y ▁en ▁su ▁hermano , ▁para ▁que ▁d é ▁él ▁hoy ▁bendición ▁sobre ▁vosotros .
▁Y ▁aconteció ▁que ▁el ▁día ▁siguiente ▁dijo ▁Moisés ▁al ▁pueblo : ▁Vosotros ▁ha béis ▁come t ido ▁un ▁gran ▁pecado : ▁mas ▁yo ▁subir é ▁ahora ▁á ▁Jehová ; ▁quizá ▁le ▁ap la c aré ▁acerca ▁de ▁vuestro ▁pecado .
▁Entonces ▁volvió ▁Moisés ▁á ▁Jehová , ▁y ▁dijo : ▁Ruégote , ▁pues ▁este ▁pueblo ▁ha ▁come t ido ▁un ▁gran ▁pecado , ▁por que ▁se ▁hicieron ▁dioses ▁de ▁oro ,
▁Que ▁perdon es ▁ahora ▁su ▁pecado , ▁y ▁si ▁no , ▁ rá e me ▁ahora ▁de ▁tu ▁libr o ▁que ▁has ▁escrito .
▁Y ▁Jehová ▁respondió ▁á ▁Moisés : ▁A l ▁que ▁pecar e ▁contra ▁mí , ▁á ▁éste ▁ ra er é ▁yo ▁de ▁mi ▁libr o .
▁Ve ▁pues ▁ahora , ▁llev a ▁á ▁este ▁pueblo ▁don de ▁te ▁he ▁dicho : ▁he ▁aquí ▁mi ▁ángel ▁ irá ▁delante ▁de ▁ti ; ▁que ▁en ▁el ▁día ▁de ▁mi ▁visit ación ▁yo ▁visit aré ▁en ▁ellos ▁su ▁pecado .
▁Y ▁Jehová ▁hirió ▁al ▁pueblo , ▁por que ▁habían ▁hecho ▁el ▁becerro ▁que ▁for m ó ▁Aarón .
▁Y ▁yo ▁enviar é ▁delante ▁de ▁ti ▁el ▁ángel , ▁y ▁echar é ▁fuera ▁al ▁Cananeo ▁y ▁al ▁Amorrheo , ▁y ▁al ▁Hetheo , ▁y ▁al ▁P h er e z e o , ▁y ▁al ▁He v e o ▁y ▁al ▁Jebus e o :
▁Y ▁ o y e ndo ▁el ▁pueblo ▁esta ▁se n s i ble ▁palabra , ▁vi st ieron ▁lu to , ▁y ▁ninguno ▁se ▁puso ▁sus ▁a ta v í os :
▁Entonces ▁los ▁hijos ▁de ▁Israel ▁se ▁de s p o ja ron ▁de ▁sus ▁a ta v í os ▁de s de ▁el ▁monte ▁Hor e b .
▁Y ▁cuando ▁Moisés ▁entr aba ▁en ▁el ▁tabernáculo , ▁la ▁co l u m n a ▁de ▁nube ▁descend ía , ▁y ▁pon ía se ▁á ▁la ▁puerta ▁del ▁tabernáculo , ▁y ▁Jehová ▁habla ba ▁con ▁Moisés .
▁Y ▁ viendo ▁todo ▁el ▁pueblo ▁la ▁co l u m n a ▁de ▁la ▁nube , ▁que ▁estaba ▁á ▁la ▁puerta ▁del ▁tabernáculo , ▁levant á ba se ▁todo ▁el ▁pueblo , ▁ cada ▁uno ▁á ▁la ▁puerta ▁de ▁su ▁tienda , ▁y ▁a dor aba .
▁Y ▁él ▁dijo : ▁Mi ▁rostro ▁ irá ▁contigo , ▁y ▁te ▁haré ▁de s ca n s ar .
▁Y ▁él ▁respondió : ▁Si ▁tu ▁rostro ▁no ▁ha ▁de ▁ir ▁conmigo , ▁no ▁no s ▁s a que s ▁de ▁aquí .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁T ambién ▁haré ▁esto ▁que ▁has ▁dicho , ▁por ▁cuanto ▁has ▁halla do ▁gracia ▁en ▁mis ▁ojos , ▁y ▁te ▁he ▁conoc ido ▁por ▁tu ▁nombre .
▁El ▁entonces ▁dijo : ▁Ruégote ▁que ▁me ▁mu est res ▁tu ▁gloria .
▁Di jo ▁más : ▁No ▁pod rás ▁ver ▁mi ▁rostro : ▁por que ▁no ▁me ▁ver á ▁hombre , ▁y ▁vivir á .
▁Y ▁dijo ▁a ún ▁Jehová : ▁He ▁aquí ▁lugar ▁junto ▁á ▁mí , ▁y ▁tú ▁estará s ▁sobre ▁la ▁peña :
▁Y ▁será ▁que , ▁cuando ▁pasar e ▁mi ▁gloria , ▁yo ▁te ▁pondré ▁en ▁una ▁he nd id ura ▁de ▁la ▁peña , ▁y ▁te ▁cu b ri ré ▁con ▁mi ▁mano ▁hast a ▁que ▁haya ▁pasa do :
▁Después ▁apart aré ▁mi ▁mano , ▁y ▁ve rás ▁mis ▁es pa l das ; ▁mas ▁no ▁se ▁ver á ▁mi ▁rostro .
▁Y ▁JEHOVÁ ▁dijo ▁á ▁Moisés : ▁A l í s a te ▁dos ▁tablas ▁de ▁piedra ▁ como ▁las ▁primer as , ▁y ▁es c ri bi ré ▁sobre ▁es as ▁tablas ▁las ▁palabras ▁que ▁estaban ▁en ▁las ▁tablas ▁primer as ▁que ▁que bra s te .
▁A per c í be te , ▁pues , ▁para ▁mañana , ▁y ▁su be ▁por ▁la ▁mañana ▁al ▁monte ▁de ▁Sinaí , ▁y ▁está me ▁allí ▁sobre ▁la ▁cumbre ▁del ▁monte .
▁Y ▁no ▁su ba ▁hombre ▁contigo , ▁ni ▁par e z ca ▁alguno ▁en ▁todo ▁el ▁monte ; ▁ni ▁ovejas ▁ni ▁bueyes ▁paz ca n ▁delante ▁del ▁monte .
▁Y ▁Jehová ▁descend ió ▁en ▁la ▁nube , ▁y ▁estuv o ▁allí ▁con ▁él , ▁pro c l am ando ▁el ▁nombre ▁de ▁Jehová .
▁Entonces ▁Moisés , ▁ap res ur ándose , ▁ba j ó ▁la ▁cabeza ▁haci a ▁el ▁su e lo ▁y ▁en co r v óse ;
▁ G u á r da te ▁que ▁no ▁haga s ▁alianza ▁con ▁los ▁moradores ▁de ▁la ▁tierra ▁don de ▁has ▁de ▁entrar , ▁por que ▁no ▁sea n ▁por ▁ t ro pe za der o ▁en ▁medio ▁de ▁ t í :
▁Mas ▁de r ri b aréis ▁sus ▁altar es , ▁y ▁que bra réis ▁sus ▁esta tu as , ▁y ▁tal aréis ▁sus ▁bo s que s :
▁Porque ▁no ▁te ▁has ▁de ▁inclin ar ▁á ▁di os ▁a je no ; ▁que ▁Jehová , ▁cu y o ▁nombre ▁es ▁C e los o , ▁Dios ▁ ce los o ▁es .
▁Por ▁tanto ▁no ▁harás ▁alianza ▁con ▁los ▁moradores ▁de ▁aquella ▁tierra ; ▁por que ▁for n i c arán ▁en ▁pos ▁de ▁sus ▁dioses , ▁y ▁sacrific arán ▁á ▁sus ▁dioses , ▁y ▁te ▁llamar án , ▁y ▁comerá s ▁de ▁sus ▁sacrificio s ;
▁O ▁toma ndo ▁de ▁sus ▁hijas ▁para ▁tu s ▁hijos , ▁y ▁for n i c ando ▁sus ▁hijas ▁en ▁pos ▁de ▁sus ▁dioses , ▁hará n ▁también ▁for n i c ar ▁á ▁tu s ▁hijos ▁en ▁pos ▁de ▁los ▁dioses ▁de ▁ella s .
▁No ▁harás ▁dioses ▁de ▁fundición ▁para ▁ti .
▁Todo ▁lo ▁que ▁a bre ▁ ma t ri z , ▁mío ▁es ; ▁y ▁de ▁tu ▁ganado ▁todo ▁primer i zo ▁de ▁va ca ▁ó ▁de ▁ ove ja ▁que ▁fuere ▁macho .
▁Se is ▁días ▁tra ba ja rás , ▁mas ▁en ▁el ▁séptimo ▁día ▁c es arás : ▁c es arás ▁aun ▁en ▁la ▁ar ada ▁y ▁en ▁la ▁si e ga .
▁T res ▁veces ▁en ▁el ▁año ▁será ▁visto ▁todo ▁varón ▁tuyo ▁delante ▁del ▁Señor e ado r ▁Jehová , ▁Dios ▁de ▁Israel .
▁No ▁ofrecerá s ▁con ▁le u do ▁la ▁sangre ▁de ▁mi ▁sacrificio ; ▁ni ▁quedar á ▁de ▁la ▁noche ▁para ▁la ▁mañana ▁el ▁sacrificio ▁de ▁la ▁f i est a ▁de ▁la ▁pa s cu a .
▁La ▁pri mi ci a ▁de ▁los ▁primer os ▁fruto s ▁de ▁tu ▁tierra ▁me te rás ▁en ▁la ▁casa ▁de ▁Jehová ▁tu ▁Dios . ▁No ▁co ce rás ▁el ▁ca b ri to ▁en ▁la ▁le ch e ▁de ▁su ▁madre .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁E s c ri be ▁tú ▁esta s ▁palabras ; ▁por que ▁conform e ▁á ▁esta s ▁palabras ▁he ▁hecho ▁la ▁alianza ▁contigo ▁y ▁con ▁Israel .
▁Y ▁él ▁estuv o ▁allí ▁con ▁Jehová ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s : ▁no ▁com ió ▁pan , ▁ni ▁be b ió ▁agua ; ▁y ▁es c ri b ió ▁en ▁tablas ▁las ▁palabras ▁de ▁la ▁alianza , ▁las ▁diez ▁palabras .
▁Y ▁miró ▁Aarón ▁y ▁todos ▁los ▁hijos ▁de ▁Israel ▁á ▁Moisés , ▁y ▁he ▁aquí ▁la ▁te z ▁de ▁su ▁rostro ▁era ▁re s p l an de c iente ; ▁y ▁ tuvieron ▁mi ed o ▁de ▁llegar se ▁á ▁él .
▁Y ▁llamó los ▁Moisés ; ▁y ▁Aarón ▁y ▁todos ▁los ▁príncipes ▁de ▁la ▁congregación ▁volvieron ▁á ▁él , ▁y ▁Moisés ▁les ▁habló .
▁Y ▁después ▁se ▁llegar on ▁todos ▁los ▁hijos ▁de ▁Israel , ▁á ▁los ▁cuales ▁mandó ▁todas ▁las ▁cosas ▁que ▁Jehová ▁le ▁había ▁dicho ▁en ▁el ▁monte ▁de ▁Sinaí .
▁Y ▁cuando ▁hubo ▁acaba do ▁Moisés ▁de ▁hablar ▁con ▁ellos , ▁puso ▁un ▁ve lo ▁sobre ▁su ▁rostro .
▁Y ▁cuando ▁venía ▁Moisés ▁delante ▁de ▁Jehová ▁para ▁hablar ▁con ▁él , ▁ qui t á ba se ▁el ▁ve lo ▁hast a ▁que ▁sal ía ; ▁y ▁sal iendo , ▁habla ba ▁con ▁los ▁hijos ▁de ▁Israel ▁lo ▁que ▁le ▁era ▁mandado ;
▁Y ▁M O I S É S ▁hizo ▁junt ar ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁díjole s : ▁Esta s ▁son ▁las ▁cosas ▁que ▁Jehová ▁ha ▁mandado ▁que ▁ha g áis .
▁Se is ▁días ▁se ▁hará ▁obra , ▁mas ▁el ▁día ▁séptimo ▁os ▁será ▁santo , ▁sábado ▁de ▁reposo ▁á ▁Jehová : ▁cualquier a ▁que ▁en ▁él ▁hiciere ▁obra , ▁morirá .
▁No ▁en ce n de réis ▁fuego ▁en ▁todas ▁vuestras ▁mor ada s ▁en ▁el ▁día ▁del ▁sábado .
▁Y ▁habló ▁Moisés ▁á ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁E s to ▁es ▁lo ▁que ▁Jehová ▁ha ▁mandado , ▁diciendo :
▁Toma d ▁de ▁entre ▁vosotros ▁ofrenda ▁para ▁Jehová : ▁todo ▁li be ra l ▁de ▁corazón ▁la ▁traerá ▁á ▁Jehová : ▁oro , ▁plata , ▁metal ;
▁Y ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁fin o , ▁y ▁pe lo ▁de ▁ca bra s ;
▁Y ▁cu eros ▁ ro jo s ▁de ▁carnero s , ▁y ▁cu eros ▁de ▁te jo n es , ▁y ▁made ra ▁de ▁Sittim ;
▁Y ▁aceite ▁para ▁la ▁lu mi n ar i a , ▁y ▁es pe ci as ▁ar om á t i ca s ▁para ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁para ▁el ▁perfume ▁ar om á t i co ;
▁Y ▁piedra s ▁de ▁on i x , ▁y ▁de m ás ▁p ed r er ía , ▁para ▁el ▁ephod , ▁y ▁para ▁el ▁ ra ci on al .
▁Y ▁todo ▁s a bi o ▁de ▁corazón ▁entre ▁vosotros , ▁vendrá ▁y ▁hará ▁todas ▁las ▁cosas ▁que ▁Jehová ▁ha ▁mandado :
▁El ▁tabernáculo , ▁su ▁tienda , ▁y ▁su ▁cubierta , ▁y ▁sus ▁anillos , ▁y ▁sus ▁tablas , ▁sus ▁bar ra s , ▁sus ▁co l u m n as , ▁y ▁sus ▁basas ;
▁El ▁arca , ▁y ▁sus ▁va ra s , ▁la ▁cubierta , ▁y ▁el ▁ve lo ▁de ▁la ▁tienda ;
▁La ▁me s a , ▁y ▁sus ▁va ra s , ▁y ▁todos ▁sus ▁vasos , ▁y ▁el ▁pan ▁de ▁la ▁pro p os i ción .
▁El ▁candelero ▁de ▁la ▁lu mi n ar i a , ▁y ▁sus ▁vasos , ▁y ▁sus ▁can di le ja s , ▁y ▁el ▁aceite ▁para ▁la ▁lu mi n ar i a ;
▁Y ▁el ▁altar ▁del ▁perfume , ▁y ▁sus ▁va ra s , ▁y ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁el ▁perfume ▁ar om á t i co , ▁y ▁el ▁pa be l l ón ▁de ▁la ▁puerta , ▁para ▁la ▁entr ada ▁del ▁tabernáculo ;
▁El ▁altar ▁del ▁holocausto , ▁y ▁su ▁en re ja do ▁de ▁metal , ▁y ▁sus ▁va ra s , ▁y ▁todos ▁sus ▁vasos , ▁y ▁la ▁fuente ▁con ▁su ▁ba s a ;
▁La s ▁cortina s ▁del ▁atrio , ▁sus ▁co l u m n as , ▁y ▁sus ▁basas , ▁y ▁el ▁pa be l l ón ▁de ▁la ▁puerta ▁del ▁atrio ;
▁La s ▁esta ca s ▁del ▁tabernáculo , ▁y ▁las ▁esta ca s ▁del ▁atrio , ▁y ▁sus ▁cu er das ;
▁Y ▁salió ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁de ▁delante ▁de ▁Moisés .
▁Cualquier a ▁que ▁of re c ía ▁ofrenda ▁de ▁plata ▁ó ▁de ▁metal , ▁tra ía ▁á ▁Jehová ▁la ▁ofrenda : ▁y ▁todo ▁el ▁que ▁se ▁halla ba ▁con ▁made ra ▁de ▁Sittim , ▁tra ía la ▁para ▁toda ▁la ▁obra ▁del ▁servicio .
▁A de m ás ▁todas ▁las ▁mujeres ▁s a bi as ▁de ▁corazón ▁ hi l aban ▁de ▁sus ▁manos , ▁y ▁tra ían ▁lo ▁que ▁habían ▁ hi l ado : ▁c á r de no , ▁ó ▁púrpura , ▁ó ▁carmesí , ▁ó ▁lino ▁fin o .
▁Y ▁todas ▁las ▁mujeres ▁cu y o ▁corazón ▁las ▁levant ó ▁en ▁sabiduría , ▁ hi l aron ▁pe los ▁de ▁ca bra s .
▁Y ▁los ▁príncipes ▁tra je ron ▁piedra s ▁de ▁on i x , ▁y ▁las ▁piedra s ▁de ▁los ▁en g aste s ▁para ▁el ▁ephod ▁y ▁el ▁ ra ci on al ;
▁Y ▁la ▁es pe ci a ▁ar om á t i ca ▁y ▁aceite , ▁para ▁la ▁lu mi n ar i a , ▁y ▁para ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁para ▁el ▁perfume ▁ar om á t i co .
▁Y ▁dijo ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel : ▁Mi ra d , ▁Jehová ▁ha ▁no m bra do ▁á ▁Be za le el , ▁hijo ▁de ▁Uri , ▁hijo ▁de ▁Hu r , ▁de ▁la ▁tribu ▁de ▁Judá ;
▁Y ▁lo ▁ha ▁he n ch ido ▁de ▁espíritu ▁de ▁Dios , ▁en ▁sabiduría , ▁en ▁in te li g en ci a , ▁y ▁en ▁cien ci a , ▁y ▁en ▁todo ▁art i f i ci o ,
▁Para ▁pro y e c t ar ▁in v en to s , ▁para ▁tra ba ja r ▁en ▁oro , ▁y ▁en ▁plata , ▁y ▁en ▁metal ,
▁Y ▁en ▁obra ▁de ▁p ed r er ía ▁para ▁en ga st ar , ▁y ▁en ▁obra ▁de ▁made ra , ▁para ▁tra ba ja r ▁en ▁toda ▁in v en ción ▁ ing en i os a .
▁Y ▁ha ▁puesto ▁en ▁su ▁corazón ▁el ▁que ▁pu ed a ▁en se ñ ar , ▁así ▁él ▁ como ▁A h o li ab , ▁hijo ▁de ▁Ahi s a ma c , ▁de ▁la ▁tribu ▁de ▁Dan :
▁Y ▁tomaron ▁de ▁delante ▁de ▁Moisés ▁toda ▁la ▁ofrenda ▁que ▁los ▁hijos ▁de ▁Israel ▁habían ▁traído ▁para ▁la ▁obra ▁del ▁servicio ▁del ▁santuario , ▁á ▁fin ▁de ▁hacer la . ▁Y ▁ellos ▁le ▁tra ían ▁a ún ▁ofrenda ▁ v o l un ta ri a ▁ cada ▁mañana .
▁ V in ieron , ▁por ▁tanto , ▁todos ▁los ▁ ma est ro s ▁que ▁hacía n ▁toda ▁la ▁obra ▁del ▁santuario , ▁ cada ▁uno ▁de ▁la ▁obra ▁que ▁hacía .
▁Y ▁hablar on ▁á ▁Moisés , ▁diciendo : ▁El ▁pueblo ▁tra e ▁mucho ▁más ▁de ▁lo ▁que ▁es ▁men est er ▁para ▁la ▁at en ción ▁de ▁hacer ▁la ▁obra ▁que ▁Jehová ▁ha ▁mandado ▁que ▁se ▁haga .
▁P ue s ▁tenía ▁ ma te ri al ▁a b un d an te ▁para ▁hacer ▁toda ▁la ▁obra , ▁y ▁so bra ba .
▁La ▁longitud ▁de ▁la ▁una ▁cortina ▁era ▁de ▁veinti o ch o ▁codos , ▁y ▁la ▁an ch ura ▁de ▁cuatro ▁codos : ▁todas ▁las ▁cortina s ▁tenía n ▁una ▁mis ma ▁me di da .
▁Y ▁junt ó ▁las ▁cinco ▁cortina s ▁la ▁una ▁con ▁la ▁otra : ▁a simismo ▁un ió ▁las ▁otra s ▁cinco ▁cortina s ▁la ▁una ▁con ▁la ▁otra .
▁Hi zo ▁también ▁cincuenta ▁cor ch e te s ▁de ▁oro , ▁con ▁los ▁cuales ▁junt ó ▁las ▁cortina s , ▁la ▁una ▁con ▁la ▁otra ; ▁é ▁ h í zo se ▁un ▁tabernáculo .
▁Hi zo ▁a simismo ▁cortina s ▁de ▁pe lo ▁de ▁ca bra s ▁para ▁la ▁tienda ▁sobre ▁el ▁tabernáculo , ▁é ▁ h í zo la s ▁en ▁número ▁de ▁on ce ▁ .
▁La ▁longitud ▁de ▁la ▁una ▁cortina ▁era ▁de ▁treinta ▁codos , ▁y ▁la ▁an ch ura ▁de ▁cuatro ▁codos : ▁las ▁on ce ▁cortina s ▁tenía n ▁una ▁mis ma ▁me di da .
▁Y ▁junt ó ▁las ▁cinco ▁cortina s ▁de ▁por ▁sí , ▁y ▁las ▁se is ▁cortina s ▁apart e .
▁Hi zo ▁también ▁cincuenta ▁cor ch e te s ▁de ▁metal ▁para ▁junt ar ▁la ▁tienda , ▁de ▁mo do ▁que ▁fuese ▁una .
▁E ▁hizo ▁una ▁cubierta ▁para ▁la ▁tienda ▁de ▁cu eros ▁ ro jo s ▁de ▁carnero s , ▁y ▁una ▁cubierta ▁en ci ma ▁de ▁cu eros ▁de ▁te jo n es .
▁A de m ás ▁hizo ▁las ▁tablas ▁para ▁el ▁tabernáculo ▁de ▁made ra ▁de ▁Sittim , ▁para ▁esta r ▁derecha s .
▁La ▁longitud ▁de ▁ cada ▁ t ab la ▁de ▁diez ▁codos , ▁y ▁de ▁co do ▁y ▁medio ▁la ▁an ch ura .
▁C ada ▁ t ab la ▁tenía ▁dos ▁ qui ci os ▁en c la vi j ados ▁el ▁uno ▁delante ▁del ▁otro : ▁así ▁hizo ▁todas ▁las ▁tablas ▁del ▁tabernáculo .
▁Hi zo , ▁pues , ▁las ▁tablas ▁para ▁el ▁tabernáculo : ▁veinte ▁tablas ▁al ▁la do ▁del ▁a u st ro , ▁al ▁mediodía .
▁Y ▁para ▁el ▁otro ▁la do ▁del ▁tabernáculo , ▁á ▁la ▁parte ▁del ▁a qui l ón , ▁hizo ▁veinte ▁tablas ,
▁C on ▁sus ▁cuarenta ▁basas ▁de ▁plata : ▁dos ▁basas ▁debajo ▁de ▁la ▁una ▁ t ab la , ▁y ▁dos ▁basas ▁debajo ▁de ▁la ▁otra ▁ t ab la .
▁Y ▁para ▁el ▁la do ▁oc ci d enta l ▁del ▁tabernáculo ▁hizo ▁se is ▁tablas .
▁Para ▁las ▁es qui n as ▁del ▁tabernáculo ▁en ▁los ▁dos ▁la do s ▁hizo ▁dos ▁tablas ,
▁La s ▁cuales ▁se ▁junt aban ▁por ▁ aba jo , ▁y ▁a simismo ▁por ▁arriba ▁á ▁un ▁go z n e : ▁y ▁así ▁hizo ▁á ▁la ▁una ▁y ▁á ▁la ▁otra ▁en ▁las ▁dos ▁es qui n as .
▁E ra n , ▁pues , ▁oc h o ▁tablas , ▁y ▁sus ▁basas ▁de ▁plata ▁die ci s éis ; ▁dos ▁basas ▁debajo ▁de ▁ cada ▁ t ab la .
▁Hi zo ▁también ▁las ▁bar ra s ▁de ▁made ra ▁de ▁Sittim ; ▁cinco ▁para ▁las ▁tablas ▁del ▁un ▁la do ▁del ▁tabernáculo ,
▁Y ▁cinco ▁bar ra s ▁para ▁las ▁tablas ▁del ▁otro ▁la do ▁del ▁tabernáculo , ▁y ▁cinco ▁bar ra s ▁para ▁las ▁tablas ▁del ▁la do ▁del ▁tabernáculo ▁á ▁la ▁parte ▁oc ci d enta l .
▁E ▁hizo ▁que ▁la ▁bar ra ▁del ▁medio ▁pasa se ▁por ▁medio ▁de ▁las ▁tablas ▁del ▁un ▁cabo ▁al ▁otro .
▁Y ▁cu b r ió ▁las ▁tablas ▁de ▁oro , ▁é ▁hizo ▁de ▁oro ▁los ▁anillos ▁de ▁ella s ▁por ▁don de ▁pasa s en ▁las ▁bar ra s : ▁cu b r ió ▁también ▁de ▁oro ▁las ▁bar ra s .
▁Hi zo ▁a simismo ▁el ▁ve lo ▁de ▁c á r de no , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido , ▁el ▁cual ▁hizo ▁con ▁querubines ▁de ▁del i cada ▁obra .
▁Hi zo ▁también ▁el ▁ve lo ▁para ▁la ▁puerta ▁del ▁tabernáculo , ▁de ▁ ja ci n to , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido , ▁obra ▁de ▁rec am ado r ;
▁Y ▁sus ▁cinco ▁co l u m n as ▁con ▁sus ▁ca p ite les : ▁y ▁cu b r ió ▁las ▁cabeza s ▁de ▁ella s ▁y ▁sus ▁mo l d ura s ▁de ▁oro : ▁per o ▁sus ▁cinco ▁basas ▁las ▁hizo ▁de ▁metal .
▁Y ▁cu b r ió la ▁de ▁oro ▁pu ro ▁por ▁de ▁dentro ▁y ▁por ▁de ▁fuera , ▁é ▁ h í zo le ▁una ▁corn is a ▁de ▁oro ▁en ▁derredor .
▁ H í zo le ▁además ▁de ▁fundición ▁cuatro ▁anillos ▁de ▁oro ▁á ▁sus ▁cuatro ▁es qui n as ; ▁en ▁el ▁un ▁la do ▁dos ▁anillos ▁y ▁en ▁el ▁otro ▁la do ▁dos ▁anillos .
▁Hi zo ▁también ▁las ▁va ra s ▁de ▁made ra ▁de ▁Sittim , ▁y ▁cu b r ió la s ▁de ▁oro .
▁Y ▁me t ió ▁las ▁va ra s ▁por ▁los ▁anillos ▁á ▁los ▁la do s ▁del ▁arca , ▁para ▁llev ar ▁el ▁arca .
▁Hi zo ▁a simismo ▁la ▁cubierta ▁de ▁oro ▁pu ro : ▁su ▁longitud ▁de ▁dos ▁codos ▁y ▁medio , ▁y ▁su ▁an ch ura ▁de ▁co do ▁y ▁medio .
▁Hi zo ▁también ▁los ▁dos ▁querubines ▁de ▁oro , ▁ h í zo los ▁la bra do s ▁á ▁mar til lo , ▁á ▁los ▁dos ▁cabo s ▁de ▁la ▁cubierta :
▁El ▁un ▁que r u b í n ▁de ▁esta ▁parte ▁al ▁un ▁cabo , ▁y ▁el ▁otro ▁que r u b í n ▁de ▁la ▁otra ▁parte ▁al ▁otro ▁cabo ▁de ▁la ▁cubierta : ▁hizo ▁los ▁querubines ▁á ▁sus ▁dos ▁cabo s ▁ .
▁Y ▁los ▁querubines ▁extend ían ▁sus ▁al as ▁por ▁en ci ma , ▁cu b r iendo ▁con ▁sus ▁al as ▁la ▁cubierta : ▁y ▁sus ▁rostro s ▁el ▁uno ▁en f r ente ▁del ▁otro , ▁haci a ▁la ▁cubierta ▁los ▁rostro s ▁de ▁los ▁querubines .
▁Hi zo ▁también ▁la ▁me s a ▁de ▁made ra ▁de ▁Sittim ; ▁su ▁longitud ▁de ▁dos ▁codos , ▁y ▁su ▁an ch ura ▁de ▁un ▁co do , ▁y ▁de ▁co do ▁y ▁medio ▁su ▁al t ura ;
▁Y ▁cu b r ió la ▁de ▁oro ▁pu ro , ▁é ▁ h í zo le ▁una ▁corn is a ▁de ▁oro ▁en ▁derredor .
▁ H í zo le ▁también ▁una ▁mo l d ura ▁alrededor , ▁del ▁an ch o ▁de ▁una ▁mano , ▁á ▁la ▁cual ▁mo l d ura ▁hizo ▁la ▁corn is a ▁de ▁oro ▁en ▁c ir cu n f er en ci a .
▁ H í zo le ▁a simismo ▁de ▁fundición ▁cuatro ▁anillos ▁de ▁oro , ▁y ▁púsolo s ▁á ▁las ▁cuatro ▁es qui n as ▁que ▁cor res p on d ían ▁á ▁los ▁cuatro ▁pie s ▁de ▁ella .
▁De l an te ▁de ▁la ▁mo l d ura ▁estaban ▁los ▁anillos , ▁por ▁los ▁cuales ▁se ▁me t i es en ▁las ▁va ra s ▁para ▁llev ar ▁la ▁me s a .
▁E ▁hizo ▁las ▁va ra s ▁de ▁made ra ▁de ▁Sittim ▁para ▁llev ar ▁la ▁me s a , ▁y ▁cu b r ió la s ▁de ▁oro .
▁De ▁sus ▁la do s ▁sal ían ▁se is ▁brazo s ; ▁tres ▁brazo s ▁del ▁un ▁la do ▁del ▁candelero , ▁y ▁otro s ▁tres ▁brazo s ▁del ▁otro ▁la do ▁del ▁candelero :
▁Y ▁en ▁el ▁candelero ▁había ▁cuatro ▁co pa s ▁f i gu ra ▁de ▁al me nd ra s , ▁sus ▁man za n as ▁y ▁sus ▁flor es :
▁Su s ▁man za n as ▁y ▁sus ▁brazo s ▁era n ▁de ▁lo ▁mismo ; ▁todo ▁era ▁una ▁pie za ▁la bra da ▁á ▁mar til lo , ▁de ▁oro ▁pu ro .
▁Hi zo ▁a simismo ▁sus ▁siete ▁can di le ja s , ▁y ▁sus ▁de s pa bi la der as , ▁y ▁sus ▁p la til los , ▁de ▁oro ▁pu ro ;
▁De ▁un ▁talent o ▁de ▁oro ▁pu ro ▁lo ▁hizo , ▁con ▁todos ▁sus ▁vasos .
▁Y ▁cu b ri ólo ▁de ▁oro ▁pu ro , ▁su ▁me s a ▁y ▁sus ▁par ed es ▁alrededor , ▁y ▁sus ▁cu er nos : ▁é ▁ h í zo le ▁una ▁cor on a ▁de ▁oro ▁alrededor .
▁ H í zo le ▁también ▁dos ▁anillos ▁de ▁oro ▁debajo ▁de ▁la ▁cor on a ▁en ▁las ▁dos ▁es qui n as ▁á ▁los ▁dos ▁la do s , ▁para ▁pasar ▁por ▁ellos ▁las ▁va ra s ▁con ▁que ▁había ▁de ▁ser ▁con d u c ido .
▁E ▁hizo ▁las ▁va ra s ▁de ▁made ra ▁de ▁Sittim , ▁y ▁cu b r ió la s ▁de ▁oro .
▁Hi zo ▁a simismo ▁el ▁aceite ▁santo ▁de ▁la ▁un ción , ▁y ▁el ▁fin o ▁perfume ▁ar om á t i co , ▁de ▁obra ▁de ▁per f u ma dor .
▁E ▁ h í zo le ▁sus ▁cu er nos ▁á ▁sus ▁cuatro ▁es qui n as , ▁los ▁cuales ▁era n ▁de ▁la ▁mis ma ▁pie za , ▁y ▁cu b ri ólo ▁de ▁metal .
▁E ▁hizo ▁para ▁el ▁altar ▁el ▁en re ja do ▁de ▁metal , ▁de ▁he ch ura ▁de ▁re d , ▁que ▁puso ▁en ▁su ▁ cer co ▁por ▁debajo ▁hast a ▁el ▁medio ▁del ▁altar .
▁Hi zo ▁también ▁cuatro ▁anillos ▁de ▁fundición ▁á ▁los ▁cuatro ▁cabo s ▁del ▁en re ja do ▁de ▁metal , ▁para ▁me t er ▁las ▁va ra s .
▁E ▁hizo ▁las ▁va ra s ▁de ▁made ra ▁de ▁Sittim , ▁y ▁cu b r ió la s ▁de ▁metal .
▁Y ▁me t ió ▁las ▁va ra s ▁por ▁los ▁anillos ▁á ▁los ▁la do s ▁del ▁altar , ▁para ▁llev ar lo ▁con ▁ella s : ▁ hu e co ▁lo ▁hizo , ▁de ▁tablas .
▁Hi zo ▁a simismo ▁el ▁atrio ; ▁á ▁la ▁parte ▁a u s tra l ▁del ▁mediodía ▁las ▁cortina s ▁del ▁atrio ▁era n ▁de ▁cien ▁codos , ▁de ▁lino ▁to r c ido :
▁Su s ▁co l u m n as ▁veinte , ▁con ▁sus ▁veinte ▁basas ▁de ▁metal : ▁los ▁ca p ite les ▁de ▁las ▁co l u m n as ▁y ▁sus ▁mo l d ura s , ▁de ▁plata .
▁A ▁la ▁parte ▁del ▁occidente ▁cortina s ▁de ▁cincuenta ▁codos : ▁sus ▁co l u m n as ▁diez , ▁y ▁sus ▁diez ▁basas ; ▁los ▁ca p ite les ▁de ▁las ▁co l u m n as ▁y ▁sus ▁mo l d ura s , ▁de ▁plata .
▁Y ▁á ▁la ▁parte ▁or i enta l , ▁al ▁levant e , ▁cortina s ▁de ▁cincuenta ▁codos :
▁A l ▁un ▁la do ▁cortina s ▁de ▁qu in ce ▁codos , ▁sus ▁tres ▁co l u m n as , ▁y ▁sus ▁tres ▁basas ;
▁A l ▁otro ▁la do , ▁de ▁la ▁una ▁parte ▁y ▁de ▁la ▁otra ▁de ▁la ▁puerta ▁del ▁atrio , ▁cortina s ▁de ▁á ▁qu in ce ▁codos , ▁sus ▁tres ▁co l u m n as , ▁y ▁sus ▁tres ▁basas .
▁T o das ▁las ▁cortina s ▁del ▁atrio ▁alrededor ▁era n ▁de ▁lino ▁to r c ido .
▁Y ▁sus ▁co l u m n as ▁fueron ▁cuatro ▁con ▁sus ▁cuatro ▁basas ▁de ▁metal : ▁y ▁sus ▁ca p ite les ▁de ▁plata ; ▁y ▁las ▁cubierta s ▁de ▁los ▁ca p ite les ▁de ▁ella s ▁y ▁sus ▁mo l d ura s , ▁de ▁plata .
▁Y ▁todas ▁las ▁esta ca s ▁del ▁tabernáculo ▁y ▁del ▁atrio ▁alrededor ▁fueron ▁de ▁metal .
▁Y ▁Be za le el , ▁hijo ▁de ▁Uri , ▁hijo ▁de ▁Hu r , ▁de ▁la ▁tribu ▁de ▁Judá , ▁hizo ▁todas ▁las ▁cosas ▁que ▁Jehová ▁mandó ▁á ▁Moisés .
▁Y ▁la ▁plata ▁de ▁los ▁contados ▁de ▁la ▁congregación ▁fué ▁cien ▁talent os , ▁y ▁mil ▁se te cientos ▁setenta ▁y ▁cinco ▁siclo s , ▁seg ún ▁el ▁siclo ▁del ▁santuario :
▁Hu b o ▁además ▁cien ▁talent os ▁de ▁plata ▁para ▁hacer ▁de ▁fundición ▁las ▁basas ▁del ▁santuario ▁y ▁las ▁basas ▁del ▁ve lo : ▁en ▁cien ▁basas ▁cien ▁talent os , ▁á ▁talent o ▁por ▁ba s a .
▁Y ▁de ▁los ▁mil ▁se te cientos ▁setenta ▁y ▁cinco ▁siclo s ▁hizo ▁los ▁ca p ite les ▁de ▁las ▁co l u m n as , ▁y ▁cu b r ió ▁los ▁ca p ite les ▁de ▁ella s , ▁y ▁las ▁ ci ñ ó .
▁Y ▁el ▁metal ▁de ▁la ▁ofrenda ▁fué ▁setenta ▁talent os , ▁y ▁dos ▁mil ▁cuatrocient os ▁siclo s ;
▁De l ▁cual ▁hizo ▁las ▁basas ▁de ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁el ▁altar ▁de ▁metal , ▁y ▁su ▁en re ja do ▁de ▁metal , ▁y ▁todos ▁los ▁vasos ▁del ▁altar .
▁Y ▁las ▁basas ▁del ▁atrio ▁alrededor , ▁y ▁las ▁basas ▁de ▁la ▁puerta ▁del ▁atrio , ▁y ▁todas ▁las ▁esta ca s ▁del ▁tabernáculo , ▁y ▁todas ▁las ▁esta ca s ▁del ▁atrio ▁alrededor .
▁Hi zo ▁también ▁el ▁ephod ▁de ▁oro , ▁de ▁c á r de no ▁y ▁púrpura ▁y ▁carmesí , ▁y ▁lino ▁to r c ido .
▁Hi c iéronle ▁las ▁hombre ra s ▁que ▁se ▁junt as en ; ▁y ▁un ían se ▁en ▁sus ▁dos ▁la do s ▁ .
▁Y ▁la bra ron ▁las ▁piedra s ▁on i qui n as ▁cerca das ▁de ▁en g aste s ▁de ▁oro , ▁gr aba das ▁de ▁gr aba d ura ▁de ▁se l lo ▁con ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Israel :
▁Y ▁p ú s o la s ▁sobre ▁las ▁hombre ra s ▁del ▁ephod , ▁por ▁piedra s ▁de ▁memoria ▁á ▁los ▁hijos ▁de ▁Israel ; ▁ como ▁Jehová ▁lo ▁había ▁á ▁Moisés ▁mandado .
▁Hi zo ▁también ▁el ▁ ra ci on al ▁de ▁pri mo ro s a ▁obra , ▁ como ▁la ▁obra ▁del ▁ephod , ▁de ▁oro , ▁ ja ci n to , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido .
▁E ra ▁cu ad r ado : ▁do b l ado ▁hicieron ▁el ▁ ra ci on al : ▁su ▁longitud ▁era ▁de ▁un ▁palm o , ▁y ▁de ▁un ▁palm o ▁su ▁an ch ura , ▁do b l ado .
▁Y ▁en ga st aron ▁en ▁él ▁cuatro ▁ó r de n es ▁de ▁piedra s . ▁El ▁primer ▁orden ▁era ▁un ▁s ar di o , ▁un ▁to pa ci o , ▁y ▁un ▁ca r b un c lo : ▁este ▁el ▁primer ▁orden .
▁El ▁segundo ▁orden , ▁una ▁es me ra l da , ▁un ▁ za f i ro , ▁y ▁un ▁di a man te .
▁El ▁tercer ▁orden , ▁un ▁li gu ri o , ▁un ▁á ga ta , ▁y ▁un ▁a ma t is ta .
▁Y ▁el ▁cu ar to ▁orden , ▁un ▁be ri lo , ▁un ▁on i x , ▁y ▁un ▁ ja s pe : ▁cerca das ▁y ▁en ca ja das ▁en ▁sus ▁en g aste s ▁de ▁oro .
▁Hi c ieron ▁también ▁sobre ▁el ▁ ra ci on al ▁las ▁ca de n as ▁pe que ñ as ▁de ▁he ch ura ▁de ▁ t re n za , ▁de ▁oro ▁pu ro .
▁Hi c ieron ▁a simismo ▁los ▁dos ▁en g aste s ▁y ▁los ▁dos ▁anillos , ▁de ▁oro ; ▁los ▁cuales ▁dos ▁anillos ▁de ▁oro ▁pusier on ▁en ▁los ▁dos ▁cabo s ▁del ▁ ra ci on al .
▁Y ▁pusier on ▁las ▁dos ▁ t re n za s ▁de ▁oro ▁en ▁aquello s ▁dos ▁anillos ▁á ▁los ▁cabo s ▁del ▁ ra ci on al .
▁Y ▁f i ja ron ▁los ▁dos ▁cabo s ▁de ▁las ▁dos ▁ t re n za s ▁en ▁los ▁dos ▁en g aste s , ▁que ▁pusier on ▁sobre ▁las ▁hombre ra s ▁del ▁ephod , ▁en ▁la ▁parte ▁delante ra ▁de ▁él .
▁E ▁hicieron ▁dos ▁anillos ▁de ▁oro , ▁que ▁pusier on ▁en ▁los ▁dos ▁cabo s ▁del ▁ ra ci on al ▁en ▁su ▁orilla , ▁á ▁la ▁parte ▁ba ja ▁del ▁ephod .
▁Hi zo ▁también ▁el ▁man to ▁del ▁ephod ▁de ▁obra ▁de ▁te je dor , ▁todo ▁de ▁ ja ci n to ,
▁C on ▁su ▁a b er t ura ▁en ▁medio ▁de ▁él , ▁ como ▁el ▁cu el lo ▁de ▁un ▁co se le te , ▁con ▁un ▁bo r de ▁en ▁derredor ▁de ▁la ▁a b er t ura , ▁por que ▁no ▁se ▁romp i e se .
▁E ▁hicieron ▁en ▁las ▁orilla s ▁del ▁man to ▁las ▁gran ada s ▁de ▁ ja ci n to , ▁y ▁púrpura , ▁y ▁carmesí , ▁y ▁lino ▁to r c ido .
▁Un a ▁camp an ill a ▁y ▁una ▁gran ada , ▁una ▁camp an ill a ▁y ▁una ▁gran ada ▁alrededor , ▁en ▁las ▁orilla s ▁del ▁man to , ▁para ▁ministr ar ; ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés .
▁I gu al mente ▁hicieron ▁las ▁tú n i ca s ▁de ▁lino ▁fin o ▁de ▁obra ▁de ▁te je dor , ▁para ▁Aarón ▁y ▁para ▁sus ▁hijos ;
▁A simismo ▁la ▁mi tra ▁de ▁lino ▁fin o , ▁y ▁los ▁a dor nos ▁de ▁los ▁ch a pe os ▁ ( t i ar as ) ▁de ▁lino ▁fin o , ▁y ▁los ▁pa ñ e te s ▁de ▁lino , ▁de ▁lino ▁to r c ido ;
▁T ambién ▁el ▁c in to ▁de ▁lino ▁to r c ido , ▁y ▁de ▁ ja ci n to , ▁y ▁púrpura , ▁y ▁carmesí , ▁de ▁obra ▁de ▁rec am ado r ; ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés .
▁Y ▁pusier on ▁en ▁ella ▁un ▁cor d ón ▁de ▁ ja ci n to , ▁para ▁co lo c ar la ▁en ▁al to ▁sobre ▁la ▁mi tra ; ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁fué ▁acaba da ▁toda ▁la ▁obra ▁del ▁tabernáculo , ▁del ▁tabernáculo ▁del ▁testimonio : ▁é ▁hicieron ▁los ▁hijos ▁de ▁Israel ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés : ▁así ▁lo ▁hicieron .
▁Y ▁tra je ron ▁el ▁tabernáculo ▁á ▁Moisés , ▁el ▁tabernáculo ▁y ▁todos ▁sus ▁vasos ; ▁sus ▁cor ch e te s , ▁sus ▁tablas , ▁sus ▁bar ra s , ▁y ▁sus ▁co l u m n as , ▁y ▁sus ▁basas ;
▁Y ▁la ▁cubierta ▁de ▁pie les ▁ ro ja s ▁de ▁carnero s , ▁y ▁la ▁cubierta ▁de ▁pie les ▁de ▁te jo n es , ▁y ▁el ▁ve lo ▁del ▁pa be l l ón ;
▁El ▁arca ▁del ▁testimonio , ▁y ▁sus ▁va ra s , ▁y ▁la ▁cubierta ;
▁La ▁me s a , ▁todos ▁sus ▁vasos , ▁y ▁el ▁pan ▁de ▁la ▁pro p os i ción ;
▁El ▁candelero ▁limpio , ▁sus ▁can di le ja s , ▁las ▁ l á m para s ▁que ▁de b ían ▁man t en er se ▁en ▁orden , ▁y ▁todos ▁sus ▁vasos , ▁y ▁el ▁aceite ▁para ▁la ▁lu mi n ar i a ;
▁Y ▁el ▁altar ▁de ▁oro , ▁y ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁el ▁perfume ▁ar om á t i co , ▁y ▁el ▁pa be l l ón ▁para ▁la ▁puerta ▁del ▁tabernáculo ;
▁El ▁altar ▁de ▁metal , ▁con ▁su ▁en re ja do ▁de ▁metal , ▁sus ▁va ra s , ▁y ▁todos ▁sus ▁vasos ; ▁y ▁la ▁fuente , ▁y ▁su ▁ba s a ;
▁En ▁conform i dad ▁á ▁todas ▁las ▁cosas ▁que ▁Jehová ▁había ▁mandado ▁á ▁Moisés , ▁así ▁hicieron ▁los ▁hijos ▁de ▁Israel ▁toda ▁la ▁obra .
▁Y ▁vió ▁Moisés ▁toda ▁la ▁obra , ▁y ▁he ▁aquí ▁que ▁la ▁habían ▁hecho ▁ como ▁Jehová ▁había ▁mandado ; ▁y ▁be nd í jo los .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁En ▁el ▁primer ▁día ▁del ▁me s ▁primer o ▁harás ▁levant ar ▁el ▁tabernáculo , ▁el ▁tabernáculo ▁del ▁testimonio :
▁Y ▁pondrá s ▁en ▁él ▁el ▁arca ▁del ▁testimonio , ▁y ▁la ▁cu b ri rás ▁con ▁el ▁ve lo :
▁Y ▁me te rás ▁la ▁me s a , ▁y ▁la ▁pondrá s ▁en ▁orden : ▁me te rás ▁también ▁el ▁candelero , ▁y ▁en ce n de rás ▁sus ▁ l á m para s :
▁Y ▁pondrá s ▁el ▁altar ▁de ▁oro ▁para ▁el ▁perfume ▁delante ▁del ▁arca ▁del ▁testimonio , ▁y ▁pondrá s ▁el ▁pa be l l ón ▁delante ▁de ▁la ▁puerta ▁del ▁tabernáculo .
▁Después ▁pondrá s ▁el ▁altar ▁del ▁holocausto ▁delante ▁de ▁la ▁puerta ▁del ▁tabernáculo , ▁del ▁tabernáculo ▁del ▁testimonio .
▁Luego ▁pondrá s ▁la ▁fuente ▁entre ▁el ▁tabernáculo ▁del ▁testimonio ▁y ▁el ▁altar ; ▁y ▁pondrá s ▁agua ▁en ▁ella .
▁F in al mente ▁pondrá s ▁el ▁atrio ▁en ▁derredor , ▁y ▁el ▁pa be l l ón ▁de ▁la ▁puerta ▁del ▁atrio .
▁Y ▁tomará s ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁un g irá s ▁el ▁tabernáculo , ▁y ▁todo ▁lo ▁que ▁está ▁en ▁él ; ▁y ▁le ▁santifica rás ▁con ▁todos ▁sus ▁vasos , ▁y ▁será ▁santo .
▁Un g irá s ▁también ▁el ▁altar ▁del ▁holocausto ▁y ▁todos ▁sus ▁vasos : ▁y ▁santifica rás ▁el ▁altar , ▁y ▁será ▁un ▁altar ▁s an t í s im o ▁ .
▁A simismo ▁un g irá s ▁la ▁fuente ▁y ▁su ▁ba s a , ▁y ▁la ▁santifica rás .
▁Y ▁harás ▁llegar ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁los ▁lavará s ▁con ▁agua .
▁Y ▁harás ▁ve st ir ▁á ▁Aarón ▁las ▁ve st id ura s ▁s a g ra das , ▁y ▁lo ▁un g irá s , ▁y ▁lo ▁consagr arás , ▁para ▁que ▁sea ▁mi ▁sacerdote .
▁Después ▁harás ▁llegar ▁sus ▁hijos , ▁y ▁les ▁ve st irá s ▁las ▁tú n i ca s :
▁Y ▁Moisés ▁hizo ▁conform e ▁á ▁todo ▁lo ▁que ▁Jehová ▁le ▁mandó ; ▁así ▁lo ▁hizo .
▁Y ▁así ▁en ▁el ▁día ▁primer o ▁del ▁primer ▁me s , ▁en ▁el ▁segundo ▁año , ▁el ▁tabernáculo ▁fué ▁ er i g ido .
▁Y ▁Moisés ▁hizo ▁levant ar ▁el ▁tabernáculo , ▁y ▁as en t ó ▁sus ▁basas , ▁y ▁co lo c ó ▁sus ▁tablas , ▁y ▁puso ▁sus ▁bar ra s , ▁é ▁hizo ▁al za r ▁sus ▁co l u m n as .
▁Y ▁extend ió ▁la ▁tienda ▁sobre ▁el ▁tabernáculo , ▁y ▁puso ▁la ▁sobre cu bi er ta ▁en ci ma ▁del ▁mismo ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁tomó ▁y ▁puso ▁el ▁testimonio ▁dentro ▁del ▁arca , ▁y ▁co lo c ó ▁las ▁va ra s ▁en ▁el ▁arca , ▁y ▁en ci ma ▁la ▁cubierta ▁sobre ▁el ▁arca :
▁Y ▁me t ió ▁el ▁arca ▁en ▁el ▁tabernáculo , ▁y ▁puso ▁el ▁ve lo ▁de ▁la ▁tienda , ▁y ▁cu b r ió ▁el ▁arca ▁del ▁testimonio ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁puso ▁la ▁me s a ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁al ▁la do ▁se p t en t ri on al ▁del ▁pa be l l ón , ▁fuera ▁del ▁ve lo :
▁Y ▁sobre ▁ella ▁puso ▁por ▁orden ▁los ▁pan es ▁delante ▁de ▁Jehová , ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁puso ▁el ▁candelero ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁en f r ente ▁de ▁la ▁me s a , ▁al ▁la do ▁me ri d ion al ▁del ▁pa be l l ón .
▁Y ▁encendió ▁las ▁ l á m para s ▁delante ▁de ▁Jehová ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁P u s o ▁también ▁el ▁altar ▁de ▁oro ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁delante ▁del ▁ve lo :
▁Y ▁encendió ▁sobre ▁él ▁el ▁perfume ▁ar om á t i co ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁P u s o ▁a simismo ▁la ▁cortina ▁de ▁la ▁puerta ▁del ▁tabernáculo .
▁Y ▁co lo c ó ▁el ▁altar ▁del ▁holocausto ▁á ▁la ▁puerta ▁del ▁tabernáculo , ▁del ▁tabernáculo ▁del ▁testimonio ; ▁y ▁of re ció ▁sobre ▁él ▁holocausto ▁y ▁presente ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁puso ▁la ▁fuente ▁entre ▁el ▁tabernáculo ▁del ▁testimonio ▁y ▁el ▁altar ; ▁y ▁puso ▁en ▁ella ▁agua ▁para ▁la v ar .
▁Y ▁Moisés ▁y ▁Aarón ▁y ▁sus ▁hijos ▁la v aban ▁en ▁ella ▁sus ▁manos ▁y ▁sus ▁pie s .
▁Cuan do ▁entr aban ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁y ▁cuando ▁se ▁lleg aban ▁al ▁altar , ▁se ▁la v aban ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁F in al mente ▁ er i g ió ▁el ▁atrio ▁en ▁derredor ▁del ▁tabernáculo ▁y ▁del ▁altar , ▁y ▁puso ▁la ▁cortina ▁de ▁la ▁puerta ▁del ▁atrio . ▁Y ▁así ▁a ca b ó ▁Moisés ▁la ▁obra .
▁Entonces ▁una ▁nube ▁cu b r ió ▁el ▁tabernáculo ▁del ▁testimonio , ▁y ▁la ▁gloria ▁de ▁Jehová ▁hin ch ió ▁el ▁tabernáculo .
▁Y ▁no ▁pod ía ▁Moisés ▁entrar ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁por que ▁la ▁nube ▁estaba ▁sobre ▁él , ▁y ▁la ▁gloria ▁de ▁Jehová ▁lo ▁tenía ▁lleno .
▁Y ▁cuando ▁la ▁nube ▁se ▁al za ba ▁del ▁tabernáculo , ▁los ▁hijos ▁de ▁Israel ▁se ▁mo v ían ▁en ▁todas ▁sus ▁ jo rna das :
▁P er o ▁si ▁la ▁nube ▁no ▁se ▁al za ba , ▁no ▁se ▁part ían ▁hast a ▁el ▁día ▁en ▁que ▁ella ▁se ▁al za ba .
▁Porque ▁la ▁nube ▁de ▁Jehová ▁estaba ▁de ▁día ▁sobre ▁el ▁tabernáculo , ▁y ▁el ▁fuego ▁estaba ▁de ▁noche ▁en ▁él , ▁á ▁vi s ta ▁de ▁toda ▁la ▁casa ▁de ▁Israel , ▁en ▁todas ▁sus ▁ jo rna das .
▁Y ▁L L A M Ó ▁Jehová ▁á ▁Moisés , ▁y ▁habló ▁con ▁él ▁de s de ▁el ▁tabernáculo ▁del ▁testimonio , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁alguno ▁de ▁entre ▁vosotros ▁ofreciere ▁ofrenda ▁á ▁Jehová , ▁de ▁ganado ▁va cu no ▁ ú ▁ ove j un o ▁ha réis ▁vuestra ▁ofrenda .
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁del ▁holocausto ; ▁y ▁él ▁lo ▁a ce p t ará ▁para ▁ex p i ar le .
▁Entonces ▁degollar á ▁el ▁becerro ▁en ▁la ▁presencia ▁de ▁Jehová ; ▁y ▁los ▁sacerdote s , ▁hijos ▁de ▁Aarón , ▁ofrecerá n ▁la ▁sangre , ▁y ▁la ▁ ro ci arán ▁alrededor ▁sobre ▁el ▁altar , ▁el ▁cual ▁está ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁de s o l l ará ▁el ▁holocausto , ▁y ▁lo ▁di vi d irá ▁en ▁sus ▁pie za s .
▁Y ▁los ▁hijos ▁de ▁Aarón ▁sacerdote ▁pondrá n ▁fuego ▁sobre ▁el ▁altar , ▁y ▁com p on d rán ▁la ▁le ñ a ▁sobre ▁el ▁fuego .
▁Luego ▁los ▁sacerdote s , ▁hijos ▁de ▁Aarón , ▁a como d arán ▁las ▁pie za s , ▁la ▁cabeza ▁y ▁el ▁re da ñ o , ▁sobre ▁la ▁le ñ a ▁que ▁está ▁sobre ▁el ▁fuego , ▁que ▁habrá ▁en ci ma ▁del ▁altar :
▁Y ▁lavará ▁con ▁agua ▁sus ▁in t est in os ▁y ▁sus ▁pie rna s : ▁y ▁el ▁sacerdote ▁hará ▁ar der ▁todo ▁sobre ▁el ▁altar : ▁holocausto ▁es , ▁ofrenda ▁encendida ▁de ▁olor ▁su ave ▁á ▁Jehová .
▁Y ▁si ▁su ▁ofrenda ▁para ▁holocausto ▁fuere ▁de ▁ovejas , ▁de ▁los ▁cordero s , ▁ó ▁de ▁las ▁ca bra s , ▁macho ▁sin ▁defecto ▁lo ▁ofrecerá .
▁Y ▁ha ▁de ▁degollar lo ▁al ▁la do ▁se p t en t ri on al ▁del ▁altar ▁delante ▁de ▁Jehová : ▁y ▁los ▁sacerdote s , ▁hijos ▁de ▁Aarón , ▁ ro ci arán ▁su ▁sangre ▁sobre ▁el ▁altar ▁alrededor .
▁Y ▁lo ▁di vi d irá ▁en ▁sus ▁pie za s , ▁con ▁su ▁cabeza ▁y ▁su ▁re da ñ o ; ▁y ▁el ▁sacerdote ▁las ▁a como d ará ▁sobre ▁la ▁le ñ a ▁que ▁está ▁sobre ▁el ▁fuego , ▁que ▁habrá ▁en ci ma ▁del ▁altar ;
▁Y ▁si ▁el ▁holocausto ▁se ▁hubiere ▁de ▁of re cer ▁á ▁Jehová ▁de ▁ ave s , ▁present ará ▁su ▁ofrenda ▁de ▁ t ó r to la s , ▁ó ▁de ▁pa lo mi nos .
▁Y ▁el ▁sacerdote ▁la ▁ofrecerá ▁sobre ▁el ▁altar , ▁y ▁ha ▁de ▁quitar le ▁la ▁cabeza , ▁y ▁hará ▁que ▁ar da ▁en ▁el ▁altar ; ▁y ▁su ▁sangre ▁será ▁ex p ri mi da ▁sobre ▁la ▁par ed ▁del ▁altar .
▁Y ▁le ▁ha ▁de ▁quitar ▁el ▁bu ch e ▁y ▁las ▁p l u ma s , ▁lo ▁cual ▁echar á ▁junto ▁al ▁altar , ▁haci a ▁el ▁or iente , ▁en ▁el ▁lugar ▁de ▁las ▁c en i za s .
▁Y ▁C U A NDO ▁alguna ▁persona ▁ofreciere ▁ob l ación ▁de ▁presente ▁á ▁Jehová , ▁su ▁ofrenda ▁será ▁flor ▁de ▁harina , ▁sobre ▁la ▁cual ▁echar á ▁aceite , ▁y ▁pondrá ▁sobre ▁ella ▁in ci en s o :
▁Y ▁la ▁so bra ▁del ▁presente ▁será ▁de ▁Aarón ▁y ▁de ▁sus ▁hijos : ▁es ▁cosa ▁s an t í s im a ▁de ▁las ▁ofrenda s ▁que ▁se ▁que man ▁á ▁Jehová .
▁Mas ▁si ▁tu ▁presente ▁fuere ▁ofrenda ▁de ▁s ar t é n , ▁será ▁de ▁flor ▁de ▁harina ▁sin ▁levadura , ▁amasada ▁con ▁aceite ,
▁La ▁cual ▁part irá s ▁en ▁pie za s , ▁y ▁echa rás ▁sobre ▁ella ▁aceite : ▁es ▁presente .
▁Y ▁si ▁tu ▁presente ▁fuere ▁ofrenda ▁co ci da ▁en ▁ca z ue la , ▁harás e ▁de ▁flor ▁de ▁harina ▁con ▁aceite .
▁Y ▁traerá s ▁á ▁Jehová ▁la ▁ofrenda ▁que ▁se ▁hará ▁de ▁esta s ▁cosas , ▁y ▁la ▁present arás ▁al ▁sacerdote , ▁el ▁cual ▁la ▁llegar á ▁al ▁altar .
▁Y ▁tomará ▁el ▁sacerdote ▁de ▁aquel ▁presente , ▁en ▁memoria ▁del ▁mismo , ▁y ▁hará lo ▁ar der ▁sobre ▁el ▁altar ; ▁ofrenda ▁encendida , ▁de ▁su ave ▁olor ▁á ▁Jehová .
▁Y ▁lo ▁rest an te ▁del ▁presente ▁será ▁de ▁Aarón ▁y ▁de ▁sus ▁hijos : ▁es ▁cosa ▁s an t í s im a ▁de ▁las ▁ofrenda s ▁que ▁se ▁que man ▁á ▁Jehová .
▁N ing ún ▁presente ▁que ▁ofreciere is ▁á ▁Jehová , ▁será ▁con ▁levadura : ▁por que ▁de ▁ninguna ▁cosa ▁le ud a , ▁ni ▁de ▁ninguna ▁mi el , ▁se ▁ha ▁de ▁que m ar ▁ofrenda ▁á ▁Jehová .
▁En ▁la ▁ofrenda ▁de ▁las ▁pri mi ci as ▁las ▁ofreceréis ▁á ▁Jehová : ▁mas ▁no ▁subir án ▁sobre ▁el ▁altar ▁en ▁olor ▁de ▁su a vi dad .
▁Y ▁pondrá s ▁sobre ▁ella ▁aceite , ▁y ▁pondrá s ▁sobre ▁ella ▁in ci en s o : ▁es ▁presente .
▁Y ▁S I ▁su ▁ofrenda ▁fuere ▁sacrificio ▁de ▁paces , ▁si ▁hubiere ▁de ▁of re cer lo ▁de ▁ganado ▁va cu no , ▁sea ▁macho ▁ó ▁he m bra , ▁sin ▁defecto ▁lo ▁ofrecerá ▁delante ▁de ▁Jehová :
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁de ▁su ▁ofrenda , ▁y ▁la ▁degollar á ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ; ▁y ▁los ▁sacerdote s , ▁hijos ▁de ▁Aarón , ▁ ro ci arán ▁su ▁sangre ▁sobre ▁el ▁altar ▁en ▁derredor .
▁Luego ▁ofrecerá ▁del ▁sacrificio ▁de ▁las ▁paces , ▁por ▁ofrenda ▁encendida ▁á ▁Jehová , ▁el ▁sebo ▁que ▁cu bre ▁los ▁in t est in os , ▁y ▁todo ▁el ▁sebo ▁que ▁está ▁sobre ▁las ▁entr a ñ as ,
▁Y ▁los ▁hijos ▁de ▁Aarón ▁hará n ▁ar der ▁esto ▁en ▁el ▁altar , ▁sobre ▁el ▁holocausto ▁que ▁estará ▁sobre ▁la ▁le ñ a ▁que ▁habrá ▁en ci ma ▁del ▁fuego ; ▁es ▁ofrenda ▁de ▁olor ▁su ave ▁á ▁Jehová .
▁Mas ▁si ▁de ▁ovejas ▁fuere ▁su ▁ofrenda ▁para ▁sacrificio ▁de ▁paces ▁á ▁Jehová , ▁sea ▁macho ▁ó ▁he m bra , ▁ofrecerá la ▁sin ▁ ta ch a .
▁Si ▁ofreciere ▁cordero ▁por ▁su ▁ofrenda , ▁ha ▁de ▁of re cer lo ▁delante ▁de ▁Jehová :
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁de ▁su ▁ofrenda , ▁y ▁después ▁la ▁degollar á ▁delante ▁del ▁tabernáculo ▁del ▁testimonio ; ▁y ▁los ▁hijos ▁de ▁Aarón ▁ ro ci arán ▁su ▁sangre ▁sobre ▁el ▁altar ▁en ▁derredor .
▁Y ▁el ▁sacerdote ▁hará ▁ar der ▁esto ▁sobre ▁el ▁altar ; ▁vi an da ▁de ▁ofrenda ▁encendida ▁á ▁Jehová .
▁Y ▁si ▁fuere ▁ca bra ▁su ▁ofrenda ▁ofrecerá la ▁delante ▁de ▁Jehová :
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁de ▁ella , ▁y ▁la ▁degollar á ▁delante ▁del ▁tabernáculo ▁del ▁testimonio ; ▁y ▁los ▁hijos ▁de ▁Aarón ▁ ro ci arán ▁su ▁sangre ▁sobre ▁el ▁altar ▁en ▁derredor .
▁Después ▁ofrecerá ▁de ▁ella ▁su ▁ofrenda ▁encendida ▁á ▁Jehová ; ▁el ▁sebo ▁que ▁cu bre ▁los ▁in t est in os , ▁y ▁todo ▁el ▁sebo ▁que ▁está ▁sobre ▁las ▁entr a ñ as ,
▁Y ▁el ▁sacerdote ▁hará ▁ar der ▁esto ▁sobre ▁el ▁altar ; ▁es ▁vi an da ▁de ▁ofrenda ▁que ▁se ▁que ma ▁en ▁olor ▁de ▁su a vi dad ▁á ▁Jehová : ▁el ▁sebo ▁todo ▁es ▁de ▁Jehová .
▁Esta tu to ▁perpetuo ▁por ▁vuestras ▁edad es ; ▁en ▁todas ▁vuestras ▁mor ada s , ▁ ning ún ▁sebo ▁ni ▁ninguna ▁sangre ▁comeréis .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Si ▁sacerdote ▁ungido ▁pecar e ▁seg ún ▁el ▁pecado ▁del ▁pueblo , ▁ofrecerá ▁á ▁Jehová , ▁por ▁su ▁pecado ▁que ▁habrá ▁come t ido , ▁un ▁becerro ▁sin ▁ ta ch a ▁para ▁expiación .
▁Y ▁traerá ▁el ▁becerro ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ▁delante ▁de ▁Jehová , ▁y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁del ▁becerro , ▁y ▁lo ▁degollar á ▁delante ▁de ▁Jehová .
▁Y ▁el ▁sacerdote ▁ungido ▁tomará ▁de ▁la ▁sangre ▁del ▁becerro , ▁y ▁la ▁traerá ▁al ▁tabernáculo ▁del ▁testimonio ;
▁Y ▁mo ja rá ▁el ▁sacerdote ▁su ▁de do ▁en ▁la ▁sangre , ▁y ▁ ro ci ará ▁de ▁aquella ▁sangre ▁siete ▁veces ▁delante ▁de ▁Jehová , ▁haci a ▁el ▁ve lo ▁del ▁santuario .
▁Y ▁tomará ▁del ▁becerro ▁para ▁la ▁expiación ▁todo ▁su ▁sebo , ▁el ▁sebo ▁que ▁cu bre ▁los ▁in t est in os , ▁y ▁todo ▁el ▁sebo ▁que ▁está ▁sobre ▁las ▁entr a ñ as ,
▁De ▁la ▁manera ▁que ▁se ▁qu ita ▁del ▁buey ▁del ▁sacrificio ▁de ▁las ▁paces : ▁y ▁el ▁sacerdote ▁lo ▁hará ▁ar der ▁sobre ▁el ▁altar ▁del ▁holocausto .
▁Y ▁el ▁cu er o ▁del ▁becerro , ▁y ▁toda ▁su ▁carne , ▁con ▁su ▁cabeza , ▁y ▁sus ▁pie rna s , ▁y ▁sus ▁in t est in os , ▁y ▁su ▁es t i é r co l ,
▁Luego ▁que ▁fuere ▁en te nd ido ▁el ▁pecado ▁sobre ▁que ▁del in qui e ron , ▁la ▁congregación ▁ofrecerá ▁un ▁becerro ▁por ▁expiación , ▁y ▁lo ▁traerá n ▁delante ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁los ▁ancianos ▁de ▁la ▁congregación ▁pondrá n ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁becerro ▁delante ▁de ▁Jehová ; ▁y ▁en ▁presencia ▁de ▁Jehová ▁degollar án ▁aquel ▁becerro .
▁Y ▁el ▁sacerdote ▁ungido ▁me te rá ▁de ▁la ▁sangre ▁del ▁becerro ▁en ▁el ▁tabernáculo ▁del ▁testimonio :
▁Y ▁mo ja rá ▁el ▁sacerdote ▁su ▁de do ▁en ▁la ▁mis ma ▁sangre , ▁y ▁ ro ci ará ▁siete ▁veces ▁delante ▁de ▁Jehová ▁haci a ▁el ▁ve lo .
▁Y ▁le ▁quitar á ▁todo ▁el ▁sebo , ▁y ▁hará lo ▁ar der ▁sobre ▁el ▁altar .
▁Y ▁hará ▁de ▁aquel ▁becerro ▁ como ▁hizo ▁con ▁el ▁becerro ▁de ▁la ▁expiación ; ▁lo ▁mismo ▁hará ▁de ▁él : ▁así ▁hará ▁el ▁sacerdote ▁expiación ▁por ▁ellos , ▁y ▁ob te nd rán ▁per d ón .
▁Y ▁saca rá ▁el ▁becerro ▁fuera ▁del ▁camp a ment o , ▁y ▁lo ▁que m ará ▁ como ▁que m ó ▁el ▁primer ▁becerro ; ▁expiación ▁de ▁la ▁congregación .
▁Luego ▁que ▁le ▁fuere ▁conoc ido ▁su ▁pecado ▁en ▁que ▁ha ▁del in qui do , ▁present ará ▁por ▁su ▁ofrenda ▁un ▁macho ▁cabrío ▁sin ▁defecto ;
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁del ▁macho ▁cabrío , ▁y ▁lo ▁degollar á ▁en ▁el ▁lugar ▁don de ▁se ▁de g ü el la ▁el ▁holocausto ▁delante ▁de ▁Jehová ; ▁es ▁expiación .
▁Y ▁que m ará ▁todo ▁su ▁sebo ▁sobre ▁el ▁altar , ▁ como ▁el ▁sebo ▁del ▁sacrificio ▁de ▁las ▁paces : ▁así ▁hará ▁el ▁sacerdote ▁por ▁él ▁la ▁expiación ▁de ▁su ▁pecado , ▁y ▁tendrá ▁per d ón .
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁de ▁la ▁expiación , ▁y ▁la ▁degollar á ▁en ▁el ▁lugar ▁del ▁holocausto .
▁Luego ▁tomará ▁el ▁sacerdote ▁en ▁su ▁de do ▁de ▁su ▁sangre , ▁y ▁pondrá ▁sobre ▁los ▁cu er nos ▁del ▁altar ▁del ▁holocausto , ▁y ▁derram ará ▁toda ▁su ▁sangre ▁al ▁pie ▁del ▁altar :
▁Y ▁si ▁tra je re ▁cordero ▁para ▁su ▁ofrenda ▁por ▁el ▁pecado , ▁he m bra ▁sin ▁defecto ▁traerá :
▁Y ▁pondrá ▁su ▁mano ▁sobre ▁la ▁cabeza ▁de ▁la ▁expiación , ▁y ▁la ▁degollar á ▁por ▁expiación ▁en ▁el ▁lugar ▁don de ▁se ▁de g ü el la ▁el ▁holocausto .
▁Y ▁será ▁que ▁cuando ▁pecar e ▁en ▁alguna ▁de ▁esta s ▁cosas , ▁con f es ará ▁aquello ▁en ▁que ▁pe c ó :
▁Y ▁ha ▁de ▁tra er los ▁al ▁sacerdote , ▁el ▁cual ▁ofrecerá ▁primer o ▁el ▁que ▁es ▁para ▁expiación , ▁y ▁de s un irá ▁su ▁cabeza ▁de ▁su ▁cu el lo , ▁mas ▁no ▁la ▁apart ará ▁del ▁todo :
▁Y ▁ ro ci ará ▁de ▁la ▁sangre ▁de ▁la ▁expiación ▁sobre ▁la ▁par ed ▁del ▁altar ; ▁y ▁lo ▁que ▁so bra re ▁de ▁la ▁sangre ▁lo ▁ex p r im irá ▁al ▁pie ▁del ▁altar ; ▁es ▁expiación .
▁Y ▁del ▁otro ▁hará ▁holocausto ▁conform e ▁al ▁ ri to ; ▁y ▁hará ▁por ▁él ▁el ▁sacerdote ▁expiación ▁de ▁su ▁pecado ▁que ▁come t ió , ▁y ▁será ▁perdon ado .
▁Ha b l ó ▁más ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁E s ▁in f ra c ción , ▁y ▁c iertamente ▁del in qui ó ▁contra ▁Jehová .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁O ▁sea ▁que ▁halla ndo ▁lo ▁per d ido , ▁después ▁lo ▁ n e gar e , ▁y ▁ j ura re ▁en ▁f al s o , ▁en ▁alguna ▁de ▁todas ▁aquella s ▁cosas ▁en ▁que ▁su e le ▁pecar ▁el ▁hombre :
▁Y ▁por ▁su ▁expiación ▁traerá ▁á ▁Jehová ▁un ▁carnero ▁sin ▁ ta ch a ▁de ▁los ▁re ba ñ os , ▁conform e ▁á ▁tu ▁es t im ación , ▁al ▁sacerdote ▁para ▁la ▁expiación :
▁Y ▁el ▁sacerdote ▁hará ▁expiación ▁por ▁él ▁delante ▁de ▁Jehová , ▁y ▁ob te nd rá ▁per d ón ▁de ▁cualquier a ▁de ▁todas ▁las ▁cosas ▁en ▁que ▁su e le ▁of en der .
▁Ha b l ó ▁a ún ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Después ▁se ▁de s n ud ará ▁de ▁sus ▁ve st im enta s , ▁y ▁se ▁pondrá ▁otra s ▁ve st id ura s , ▁y ▁saca rá ▁las ▁c en i za s ▁fuera ▁del ▁re al ▁al ▁lugar ▁limpio .
▁El ▁fuego ▁ha ▁de ▁ar der ▁con t in u amente ▁en ▁el ▁altar ; ▁no ▁se ▁a pa g ará .
▁Y ▁esta ▁es ▁la ▁le y ▁del ▁presente : ▁Ha n ▁de ▁of re cer lo ▁los ▁hijos ▁de ▁Aarón ▁delante ▁de ▁Jehová , ▁delante ▁del ▁altar .
▁Y ▁el ▁so bra n te ▁de ▁ella ▁lo ▁comerá n ▁Aarón ▁y ▁sus ▁hijos : ▁sin ▁levadura ▁se ▁comerá ▁en ▁el ▁lugar ▁santo ; ▁en ▁el ▁atrio ▁del ▁tabernáculo ▁del ▁testimonio ▁lo ▁comerá n .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁el ▁sacerdote ▁que ▁en ▁lugar ▁de ▁Aarón ▁fuere ▁ungido ▁de ▁entre ▁sus ▁hijos , ▁hará ▁la ▁ofrenda ; ▁estatuto ▁perpetuo ▁de ▁Jehová : ▁toda ▁ella ▁será ▁que m ada .
▁Y ▁todo ▁presente ▁de ▁sacerdote ▁será ▁enter amente ▁que m ado ; ▁no ▁se ▁comerá .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁El ▁sacerdote ▁que ▁la ▁ofreciere ▁por ▁expiación , ▁la ▁comerá : ▁en ▁el ▁lugar ▁santo ▁será ▁com i da , ▁en ▁el ▁atrio ▁del ▁tabernáculo ▁del ▁testimonio .
▁Todo ▁lo ▁que ▁en ▁su ▁carne ▁tocare , ▁será ▁santifica do ; ▁y ▁si ▁ca y er e ▁de ▁su ▁sangre ▁sobre ▁el ▁vestido , ▁lavará s ▁aquello ▁sobre ▁que ▁ca y er e , ▁en ▁el ▁lugar ▁santo .
▁Todo ▁varón ▁de ▁entre ▁los ▁sacerdote s ▁la ▁comerá : ▁es ▁cosa ▁s an t í s im a .
▁Mas ▁no ▁se ▁comerá ▁de ▁expiación ▁alguna , ▁de ▁cu y a ▁sangre ▁se ▁me t iere ▁en ▁el ▁tabernáculo ▁del ▁testimonio ▁para ▁rec on ci li ar ▁en ▁el ▁santuario : ▁al ▁fuego ▁será ▁que m ada .
▁A S I M I S M O ▁esta ▁es ▁la ▁le y ▁de ▁la ▁expiación ▁de ▁la ▁culpa : ▁es ▁cosa ▁mu y ▁santa .
▁En ▁el ▁lugar ▁don de ▁degollar en ▁el ▁holocausto , ▁degollar án ▁la ▁ v í c t im a ▁por ▁la ▁culpa ; ▁y ▁ ro ci ará ▁su ▁sangre ▁en ▁derredor ▁sobre ▁el ▁altar :
▁Y ▁de ▁ella ▁ofrecerá ▁todo ▁su ▁sebo , ▁la ▁co la , ▁y ▁el ▁sebo ▁que ▁cu bre ▁los ▁in t est in os .
▁Y ▁el ▁sacerdote ▁lo ▁hará ▁ar der ▁sobre ▁el ▁altar ; ▁ofrenda ▁encendida ▁á ▁Jehová : ▁es ▁expiación ▁de ▁la ▁culpa .
▁Todo ▁varón ▁de ▁entre ▁los ▁sacerdote s ▁la ▁comerá : ▁será ▁com i da ▁en ▁el ▁lugar ▁santo : ▁es ▁cosa ▁mu y ▁santa .
▁C o mo ▁la ▁expiación ▁por ▁el ▁pecado , ▁así ▁es ▁la ▁expiación ▁de ▁la ▁culpa : ▁una ▁mis ma ▁le y ▁tendrá n : ▁será ▁del ▁sacerdote ▁que ▁habrá ▁hecho ▁la ▁rec on ci li ación ▁con ▁ella .
▁Y ▁el ▁sacerdote ▁que ▁ofreciere ▁holocausto ▁de ▁alguno , ▁el ▁cu er o ▁del ▁holocausto ▁que ▁ofreciere , ▁será ▁para ▁él .
▁A simismo ▁todo ▁presente ▁que ▁se ▁co c iere ▁en ▁horn o , ▁y ▁todo ▁el ▁que ▁fuere ▁a de re z ado ▁en ▁s ar t é n , ▁ó ▁en ▁ca z ue la , ▁será ▁del ▁sacerdote ▁que ▁lo ▁ofreciere .
▁Y ▁todo ▁presente ▁am as ado ▁con ▁aceite , ▁y ▁se co , ▁será ▁de ▁todos ▁los ▁hijos ▁de ▁Aarón , ▁tanto ▁al ▁uno ▁ como ▁al ▁otro .
▁Y ▁esta ▁es ▁la ▁le y ▁del ▁sacrificio ▁de ▁las ▁paces , ▁que ▁se ▁ofrecerá ▁á ▁Jehová :
▁C on ▁to r ta s ▁de ▁pan ▁le u do ▁ofrecerá ▁su ▁ofrenda ▁en ▁el ▁sacrificio ▁de ▁ha c imiento s ▁de ▁gracia s ▁de ▁sus ▁paces .
▁Y ▁de ▁toda ▁la ▁ofrenda ▁present ará ▁una ▁parte ▁por ▁ofrenda ▁el e v ada ▁á ▁Jehová , ▁y ▁será ▁del ▁sacerdote ▁que ▁ ro ci are ▁la ▁sangre ▁de ▁los ▁pa c í f i co s .
▁Y ▁la ▁carne ▁del ▁sacrificio ▁de ▁sus ▁pa c í f i co s ▁en ▁ha c imiento ▁de ▁gracia s , ▁se ▁comerá ▁en ▁el ▁día ▁que ▁fuere ▁of re ci da : ▁no ▁dejar án ▁de ▁ella ▁nada ▁para ▁otro ▁día .
▁Y ▁lo ▁que ▁quedar e ▁para ▁el ▁tercer ▁día ▁de ▁la ▁carne ▁del ▁sacrificio , ▁será ▁que m ado ▁en ▁el ▁fuego .
▁Y ▁la ▁carne ▁que ▁tocare ▁á ▁alguna ▁cosa ▁inmunda , ▁no ▁se ▁comerá ; ▁al ▁fuego ▁será ▁que m ada ; ▁mas ▁cualquier a ▁limpio ▁comerá ▁de ▁a que s ta ▁carne .
▁Y ▁la ▁persona ▁que ▁com iere ▁la ▁carne ▁del ▁sacrificio ▁de ▁paces , ▁el ▁cual ▁es ▁de ▁Jehová , ▁esta ndo ▁inmunda , ▁aquella ▁persona ▁será ▁cor t ada ▁de ▁sus ▁pueblo s .
▁Ha b l ó ▁a ún ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁N ing ún ▁sebo ▁de ▁buey , ▁ni ▁de ▁cordero , ▁ni ▁de ▁ca bra , ▁comeréis .
▁El ▁sebo ▁de ▁animal ▁mor te ci no , ▁y ▁el ▁sebo ▁del ▁que ▁fué ▁ar re ba t ado ▁de ▁f i er as , ▁se ▁ap are ja rá ▁para ▁cualquier a ▁otro ▁us o , ▁mas ▁no ▁lo ▁comeréis ▁ .
▁Porque ▁cualquier a ▁que ▁com iere ▁sebo ▁de ▁animal , ▁del ▁cual ▁se ▁of re ce ▁á ▁Jehová ▁ofrenda ▁encendida , ▁la ▁persona ▁que ▁lo ▁com iere , ▁será ▁cor t ada ▁de ▁sus ▁pueblo s .
▁A de m ás , ▁ninguna ▁sangre ▁comeréis ▁en ▁todas ▁vuestras ▁habita ciones , ▁así ▁de ▁ ave s ▁ como ▁de ▁bestia s .
▁Cualquier a ▁persona ▁que ▁com iere ▁alguna ▁sangre , ▁la ▁tal ▁persona ▁será ▁cor t ada ▁de ▁sus ▁pueblo s .
▁Ha b l ó ▁más ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁El ▁que ▁ofreciere ▁sacrificio ▁de ▁sus ▁paces ▁á ▁Jehová , ▁traerá ▁su ▁ofrenda ▁del ▁sacrificio ▁de ▁sus ▁paces ▁á ▁Jehová ;
▁Y ▁el ▁sebo ▁lo ▁hará ▁ar der ▁el ▁sacerdote ▁en ▁el ▁altar ; ▁mas ▁el ▁pe ch o ▁será ▁de ▁Aarón ▁y ▁de ▁sus ▁hijos .
▁Y ▁d aréis ▁al ▁sacerdote ▁para ▁ser ▁el e v ada ▁en ▁ofrenda , ▁la ▁es pa l di l la ▁derecha ▁de ▁los ▁sacrificio s ▁de ▁vuestras ▁paces .
▁El ▁que ▁de ▁los ▁hijos ▁de ▁Aarón ▁ofreciere ▁la ▁sangre ▁de ▁las ▁paces , ▁y ▁el ▁sebo , ▁de ▁él ▁será ▁en ▁por ción ▁la ▁es pa l di l la ▁derecha ;
▁Lo ▁cual ▁mandó ▁Jehová ▁que ▁les ▁die s en , ▁de s de ▁el ▁día ▁que ▁él ▁los ▁un g ió ▁de ▁entre ▁los ▁hijos ▁de ▁Israel , ▁por ▁estatuto ▁perpetuo ▁en ▁sus ▁generaciones .
▁Esta ▁es ▁la ▁le y ▁del ▁holocausto , ▁del ▁presente , ▁de ▁la ▁expiación ▁por ▁el ▁pecado , ▁y ▁de ▁la ▁culpa , ▁y ▁de ▁las ▁consagr a ciones , ▁y ▁del ▁sacrificio ▁de ▁las ▁paces :
▁La ▁cual ▁in t im ó ▁Jehová ▁á ▁Moisés , ▁en ▁el ▁monte ▁de ▁Sinaí , ▁el ▁día ▁que ▁mandó ▁á ▁los ▁hijos ▁de ▁Israel ▁que ▁of re ci es en ▁sus ▁ofrenda s ▁á ▁Jehová ▁en ▁el ▁desierto ▁de ▁Sinaí .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁re un e ▁toda ▁la ▁congregación ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Hi zo , ▁pues , ▁Moisés ▁ como ▁Jehová ▁le ▁mandó , ▁y ▁junt óse ▁la ▁congregación ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁dijo ▁Moisés ▁á ▁la ▁congregación : ▁E s to ▁es ▁lo ▁que ▁Jehová ▁ha ▁mandado ▁hacer .
▁Entonces ▁Moisés ▁hizo ▁llegar ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁y ▁la v ólo s ▁con ▁agua .
▁P ú s o le ▁luego ▁en ci ma ▁el ▁ ra ci on al , ▁y ▁en ▁él ▁puso ▁el ▁Uri m ▁y ▁Thu m m im .
▁Después ▁puso ▁la ▁mi tra ▁sobre ▁su ▁cabeza ; ▁y ▁sobre ▁la ▁mi tra ▁en ▁su ▁f r ente ▁delante ro ▁puso ▁la ▁p l an ch a ▁de ▁oro , ▁la ▁di a de ma ▁santa ; ▁ como ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁tomó ▁Moisés ▁el ▁aceite ▁de ▁la ▁un ción , ▁y ▁un g ió ▁el ▁tabernáculo , ▁y ▁todas ▁las ▁cosas ▁que ▁estaban ▁en ▁él , ▁y ▁s an t i f i c ó la s .
▁Y ▁ ro ció ▁de ▁él ▁sobre ▁el ▁altar ▁siete ▁veces , ▁y ▁un g ió ▁el ▁altar ▁y ▁todos ▁sus ▁vasos , ▁y ▁la ▁fuente ▁y ▁su ▁ba s a , ▁para ▁santifica r los .
▁Y ▁derram ó ▁del ▁aceite ▁de ▁la ▁un ción ▁sobre ▁la ▁cabeza ▁de ▁Aarón , ▁y ▁un g ió lo ▁para ▁santifica r lo .
▁Hi zo ▁luego ▁llegar ▁el ▁becerro ▁de ▁la ▁expiación , ▁y ▁Aarón ▁y ▁sus ▁hijos ▁pusier on ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁becerro ▁de ▁la ▁expiación .
▁Mas ▁el ▁becerro , ▁y ▁su ▁cu er o , ▁y ▁su ▁carne , ▁y ▁su ▁es t i é r co l , ▁que m ólo ▁al ▁fuego ▁fuera ▁del ▁re al ; ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés .
▁Después ▁hizo ▁llegar ▁el ▁carnero ▁del ▁holocausto , ▁y ▁Aarón ▁y ▁sus ▁hijos ▁pusier on ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁carnero :
▁Y ▁de go l l ólo ; ▁y ▁ ro ció ▁Moisés ▁la ▁sangre ▁sobre ▁el ▁altar ▁en ▁derredor .
▁Y ▁cor t ó ▁el ▁carnero ▁en ▁ t ro zo s ; ▁y ▁Moisés ▁hizo ▁ar der ▁la ▁cabeza , ▁y ▁los ▁ t ro zo s , ▁y ▁el ▁sebo .
▁Después ▁hizo ▁llegar ▁el ▁otro ▁carnero , ▁el ▁carnero ▁de ▁las ▁consagr a ciones , ▁y ▁Aarón ▁y ▁sus ▁hijos ▁pusier on ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁del ▁carnero :
▁Y ▁púsolo ▁todo ▁en ▁las ▁manos ▁de ▁Aarón , ▁y ▁en ▁las ▁manos ▁de ▁sus ▁hijos , ▁é ▁ h í zo lo ▁me cer : ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová .
▁Después ▁tomó ▁aquella s ▁cosas ▁Moisés ▁de ▁las ▁manos ▁de ▁ellos , ▁é ▁ h í zo la s ▁ar der ▁en ▁el ▁altar ▁sobre ▁el ▁holocausto : ▁las ▁consagr a ciones ▁en ▁olor ▁de ▁su a vi dad , ▁ofrenda ▁encendida ▁á ▁Jehová .
▁Y ▁tomó ▁Moisés ▁el ▁pe ch o , ▁y ▁me ció lo , ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová : ▁del ▁carnero ▁de ▁las ▁consagr a ciones ▁a qué l la ▁fué ▁la ▁parte ▁de ▁Moisés ; ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁lo ▁que ▁so bra re ▁de ▁la ▁carne ▁y ▁del ▁pan , ▁ha béis ▁de ▁que m ar lo ▁al ▁fuego .
▁De ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ▁no ▁sal d réis ▁en ▁siete ▁días , ▁hast a ▁el ▁día ▁que ▁se ▁cumpl iere n ▁los ▁días ▁de ▁vuestras ▁consagr a ciones : ▁por que ▁por ▁siete ▁días ▁se réis ▁consagr ados .
▁De ▁la ▁manera ▁que ▁hoy ▁se ▁ha ▁hecho , ▁mandó ▁hacer ▁Jehová ▁para ▁ex p i ar os .
▁A ▁la ▁puerta , ▁pues , ▁del ▁tabernáculo ▁del ▁testimonio ▁esta réis ▁día ▁y ▁noche ▁por ▁siete ▁días , ▁y ▁guarda réis ▁la ▁orden an za ▁delante ▁de ▁Jehová , ▁para ▁que ▁no ▁mu r áis ; ▁por que ▁así ▁me ▁ha ▁sido ▁mandado .
▁Y ▁Aarón ▁y ▁sus ▁hijos ▁hicieron ▁todas ▁las ▁cosas ▁que ▁mandó ▁Jehová ▁por ▁medio ▁de ▁Moisés .
▁Y ▁F U É ▁en ▁el ▁día ▁oc ta v o , ▁que ▁Moisés ▁llamó ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁y ▁á ▁los ▁ancianos ▁de ▁Israel ;
▁Y ▁dijo ▁á ▁Aarón : ▁Toma ▁de ▁la ▁va cada ▁un ▁becerro ▁para ▁expiación , ▁y ▁un ▁carnero ▁para ▁holocausto , ▁sin ▁defecto , ▁y ▁of ré ce los ▁delante ▁de ▁Jehová .
▁A simismo ▁un ▁buey ▁y ▁un ▁carnero ▁para ▁sacrificio ▁de ▁paces , ▁que ▁in mo l éis ▁delante ▁de ▁Jehová ; ▁y ▁un ▁presente ▁am as ado ▁con ▁aceite : ▁por que ▁Jehová ▁se ▁ap are ce rá ▁hoy ▁á ▁vosotros .
▁Y ▁llev aron ▁lo ▁que ▁mandó ▁Moisés ▁delante ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁llegó se ▁toda ▁la ▁congregación , ▁y ▁pu s iéronse ▁delante ▁de ▁Jehová .
▁Entonces ▁Moisés ▁dijo : ▁E s to ▁es ▁lo ▁que ▁mandó ▁Jehová ; ▁ha c ed lo , ▁y ▁la ▁gloria ▁de ▁Jehová ▁se ▁os ▁ap are ce rá .
▁Entonces ▁llegó se ▁Aarón ▁al ▁altar ; ▁y ▁de go l l ó ▁su ▁becerro ▁de ▁la ▁expiación ▁que ▁era ▁por ▁él .
▁Y ▁el ▁sebo ▁y ▁ ri ñ on es ▁y ▁re da ñ o ▁del ▁ h í g ado , ▁de ▁la ▁expiación , ▁ h í zo los ▁ar der ▁sobre ▁el ▁altar ; ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés .
▁Mas ▁la ▁carne ▁y ▁el ▁cu er o ▁los ▁que m ó ▁al ▁fuego ▁fuera ▁del ▁re al .
▁De go l l ó ▁a simismo ▁el ▁holocausto , ▁y ▁los ▁hijos ▁de ▁Aarón ▁le ▁present aron ▁la ▁sangre , ▁la ▁cual ▁ ro ció ▁él ▁alrededor ▁sobre ▁el ▁altar .
▁P res en t áronle ▁después ▁el ▁holocausto , ▁á ▁ t ro zo s , ▁y ▁la ▁cabeza ; ▁é ▁ h í zo los ▁que m ar ▁sobre ▁el ▁altar .
▁Luego ▁la v ó ▁los ▁in t est in os ▁y ▁las ▁pie rna s , ▁y ▁que m ólo s ▁sobre ▁el ▁holocausto ▁en ▁el ▁altar .
▁Of re ció ▁también ▁la ▁ofrenda ▁del ▁pueblo , ▁y ▁tomó ▁el ▁macho ▁cabrío ▁que ▁era ▁para ▁la ▁expiación ▁del ▁pueblo , ▁y ▁de go l l ólo , ▁y ▁lo ▁of re ció ▁por ▁el ▁pecado ▁ como ▁el ▁primer o .
▁Y ▁of re ció ▁el ▁holocausto , ▁é ▁hizo ▁seg ún ▁el ▁ ri to .
▁Of re ció ▁a simismo ▁el ▁presente , ▁é ▁hin ch ió ▁de ▁él ▁su ▁mano , ▁y ▁lo ▁hizo ▁que m ar ▁sobre ▁el ▁altar , ▁además ▁del ▁holocausto ▁de ▁la ▁mañana .
▁De go l l ó ▁también ▁el ▁buey ▁y ▁el ▁carnero ▁en ▁sacrificio ▁de ▁paces , ▁que ▁era ▁del ▁pueblo : ▁y ▁los ▁hijos ▁de ▁Aarón ▁le ▁present aron ▁la ▁sangre ▁ ( la ▁cual ▁ ro ció ▁él ▁sobre ▁el ▁altar ▁alrededor ) ,
▁Y ▁los ▁sebo s ▁del ▁buey ; ▁y ▁del ▁carnero ▁la ▁co la ▁con ▁lo ▁que ▁cu bre ▁las ▁entr a ñ as , ▁y ▁los ▁ ri ñ on es , ▁y ▁el ▁re da ñ o ▁del ▁ h í g ado :
▁Y ▁pusier on ▁los ▁sebo s ▁sobre ▁los ▁pe ch os , ▁y ▁él ▁que m ó ▁los ▁sebo s ▁sobre ▁el ▁altar :
▁E mpero ▁los ▁pe ch os , ▁con ▁la ▁es pa l di l la ▁derecha , ▁me ció los ▁Aarón ▁por ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová ; ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés .
▁Después ▁al z ó ▁Aarón ▁sus ▁manos ▁haci a ▁el ▁pueblo ▁y ▁be nd í jo los : ▁y ▁descend ió ▁de ▁hacer ▁la ▁expiación , ▁y ▁el ▁holocausto , ▁y ▁el ▁sacrificio ▁de ▁las ▁paces .
▁Y ▁entrar on ▁Moisés ▁y ▁Aarón ▁en ▁el ▁tabernáculo ▁del ▁testimonio ; ▁y ▁salieron , ▁y ▁be n di je ron ▁al ▁pueblo : ▁y ▁la ▁gloria ▁de ▁Jehová ▁se ▁ap are ció ▁á ▁todo ▁el ▁pueblo .
▁Y ▁salió ▁fuego ▁de ▁delante ▁de ▁Jehová , ▁y ▁consum ió ▁el ▁holocausto ▁y ▁los ▁sebo s ▁sobre ▁el ▁altar ; ▁y ▁vi é ndo lo ▁todo ▁el ▁pueblo , ▁al aba ron , ▁y ▁ca y e ron ▁sobre ▁sus ▁rostro s .
▁Y ▁salió ▁fuego ▁de ▁delante ▁de ▁Jehová ▁que ▁los ▁que m ó , ▁y ▁mu r ieron ▁delante ▁de ▁Jehová .
▁Y ▁ellos ▁llegar on , ▁y ▁s a c áronlo s ▁con ▁sus ▁tú n i ca s ▁fuera ▁del ▁campo , ▁ como ▁dijo ▁Moisés .
▁N i ▁sal d réis ▁de ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁por que ▁mor i réis ; ▁por ▁cuanto ▁el ▁aceite ▁de ▁la ▁un ción ▁de ▁Jehová ▁está ▁sobre ▁vosotros . ▁Y ▁ellos ▁hicieron ▁conform e ▁al ▁dicho ▁de ▁Moisés .
▁Y ▁Jehová ▁habló ▁á ▁Aarón , ▁diciendo :
▁T ú , ▁y ▁tu s ▁hijos ▁contigo ▁ , ▁no ▁beber éis ▁vino ▁ni ▁si d ra , ▁cuando ▁hubiere is ▁de ▁entrar ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁por que ▁no ▁mu r áis : ▁estatuto ▁perpetuo ▁por ▁vuestras ▁generaciones ;
▁Y ▁para ▁pod er ▁di s cer n ir ▁entre ▁lo ▁santo ▁y ▁lo ▁pro f an o , ▁y ▁entre ▁lo ▁inmundo ▁y ▁lo ▁limpio ;
▁Y ▁para ▁en se ñ ar ▁á ▁los ▁hijos ▁de ▁Israel ▁todos ▁los ▁estatuto s ▁que ▁Jehová ▁les ▁ha ▁dicho ▁por ▁medio ▁de ▁Moisés .
▁Ha béis , ▁pues , ▁de ▁come r lo ▁en ▁el ▁lugar ▁santo : ▁por que ▁esto ▁es ▁f ue ro ▁para ▁ti , ▁y ▁f ue ro ▁para ▁tu s ▁hijos , ▁de ▁las ▁ofrenda s ▁encendida s ▁á ▁Jehová , ▁pues ▁que ▁así ▁me ▁ha ▁sido ▁mandado .
▁¿ Por ▁qué ▁no ▁com i steis ▁la ▁expiación ▁en ▁el ▁lugar ▁santo ? ▁por que ▁es ▁mu y ▁santa , ▁y ▁dió la ▁él ▁á ▁vosotros ▁para ▁llev ar ▁la ▁iniquidad ▁de ▁la ▁congregación , ▁para ▁que ▁sea n ▁rec on ci li ados ▁delante ▁de ▁Jehová .
▁Ve is ▁que ▁su ▁sangre ▁no ▁fué ▁me t i da ▁dentro ▁del ▁santuario : ▁había is ▁de ▁come r la ▁en ▁el ▁lugar ▁santo , ▁ como ▁yo ▁man d é .
▁Y ▁cuando ▁Moisés ▁oyó ▁esto , ▁dió se ▁por ▁sat is f e ch o ▁ .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁di ci é ndo les :
▁Habla d ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁Estos ▁son ▁los ▁animal es ▁que ▁comeréis ▁de ▁todos ▁los ▁animal es ▁que ▁están ▁sobre ▁la ▁tierra .
▁De ▁entre ▁los ▁animal es , ▁todo ▁el ▁de ▁pe z u ñ a , ▁y ▁que ▁tiene ▁las ▁pe z u ñ as ▁he n di das , ▁y ▁que ▁ r u mi a , ▁éste ▁comeréis .
▁T ambién ▁el ▁con e jo , ▁por que ▁ r u mi a , ▁mas ▁no ▁tiene ▁pe z u ñ a , ▁tendréis lo ▁por ▁inmundo ;
▁A simismo ▁la ▁li e bre , ▁por que ▁ r u mi a , ▁mas ▁no ▁tiene ▁pe z u ñ a , ▁tendréis la ▁por ▁inmunda ;
▁T ambién ▁el ▁pu er co , ▁por que ▁tiene ▁pe z u ñ as , ▁y ▁es ▁de ▁pe z u ñ as ▁he n di das , ▁mas ▁no ▁ r u mi a , ▁tendréis lo ▁por ▁inmundo .
▁De ▁la ▁carne ▁de ▁ellos ▁no ▁comeréis , ▁ni ▁to c aréis ▁su ▁cuerpo ▁muerto : ▁tendréis los ▁por ▁inmundo s .
▁E s to ▁comeréis ▁de ▁todas ▁las ▁cosas ▁que ▁están ▁en ▁las ▁aguas : ▁todas ▁las ▁cosas ▁que ▁tiene n ▁al e ta s ▁y ▁es ca ma s ▁en ▁las ▁aguas ▁de ▁la ▁mar , ▁y ▁en ▁los ▁río s , ▁aquella s ▁comeréis ;
▁O s ▁serán , ▁pues , ▁en ▁abomina ción : ▁de ▁su ▁carne ▁no ▁comeréis , ▁y ▁abomina réis ▁sus ▁cuerpo s ▁muerto s .
▁Todo ▁lo ▁que ▁no ▁tuviere ▁al e ta s ▁y ▁es ca ma s ▁en ▁las ▁aguas , ▁tendréis lo ▁en ▁abomina ción .
▁El ▁mil an o , ▁y ▁el ▁bu i t re ▁seg ún ▁su ▁especie ;
▁Todo ▁cu er v o ▁seg ún ▁su ▁especie ;
▁El ▁ ave st r u z ▁ , ▁y ▁la ▁le ch u za , ▁y ▁el ▁la ro , ▁y ▁el ▁ ga vi l án ▁seg ún ▁su ▁especie ,
▁Y ▁el ▁bu h o , ▁y ▁el ▁so mo r m u jo , ▁y ▁el ▁ i bi s ,
▁Y ▁el ▁ca l am ón , ▁y ▁el ▁c is n e , ▁y ▁el ▁on o c r ó ta lo ,
▁Y ▁el ▁her o di ón , ▁y ▁el ▁ca ra d ri ón , ▁seg ún ▁su ▁especie , ▁y ▁la ▁a b u bi l la , ▁y ▁el ▁mu r ci é la go .
▁Todo ▁re p til ▁al ado ▁que ▁and u vier e ▁sobre ▁cuatro ▁pie s , ▁tendréis ▁en ▁abomina ción .
▁E mpero ▁esto ▁comeréis ▁de ▁todo ▁re p til ▁al ado ▁que ▁and a ▁sobre ▁cuatro ▁pie s , ▁que ▁tuviere ▁pie rna s ▁además ▁de ▁sus ▁pie s ▁para ▁sal t ar ▁con ▁ella s ▁sobre ▁la ▁tierra ;
▁Todo ▁re p til ▁al ado ▁que ▁ten ga ▁cuatro ▁pie s , ▁tendréis ▁en ▁abomina ción .
▁Y ▁por ▁esta s ▁cosas ▁se réis ▁inmundo s : ▁cualquier a ▁que ▁tocare ▁á ▁sus ▁cuerpo s ▁muerto s , ▁será ▁inmundo ▁hast a ▁la ▁tarde :
▁Y ▁cualquier a ▁que ▁llev are ▁de ▁sus ▁cuerpo s ▁muerto s , ▁lavará ▁sus ▁vestidos , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁de ▁todos ▁los ▁animal es ▁que ▁and an ▁á ▁cuatro ▁pie s , ▁tendréis ▁por ▁inmundo ▁cualquier a ▁que ▁and e ▁sobre ▁sus ▁ gar ra s : ▁cualquier a ▁que ▁tocare ▁sus ▁cuerpo s ▁muerto s , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁el ▁que ▁llev are ▁sus ▁cuerpo s ▁muerto s , ▁lavará ▁sus ▁vestidos , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde : ▁ha béis ▁de ▁ten er los ▁por ▁inmundo s .
▁Y ▁estos ▁tendréis ▁por ▁inmundo s ▁de ▁los ▁re p til es ▁que ▁va n ▁ar ra st r ando ▁sobre ▁la ▁tierra : ▁la ▁com ad re ja , ▁y ▁el ▁ ra t ón , ▁y ▁la ▁ran a ▁seg ún ▁su ▁especie ,
▁Y ▁el ▁ er i zo , ▁y ▁el ▁la gar to , ▁y ▁el ▁ca ra co l , ▁y ▁la ▁ba b os a , ▁y ▁el ▁to p o .
▁Estos ▁tendréis ▁por ▁inmundo s ▁de ▁todos ▁los ▁re p til es : ▁cualquier a ▁que ▁los ▁tocare , ▁cuando ▁estuviere n ▁muerto s , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁toda ▁va s i ja ▁de ▁bar ro ▁dentro ▁de ▁la ▁cual ▁ca y er e ▁alguno ▁de ▁ellos , ▁todo ▁lo ▁que ▁estuviere ▁en ▁ella ▁será ▁inmundo , ▁y ▁que bra réis ▁la ▁va s i ja :
▁C on ▁todo , ▁la ▁fuente ▁y ▁la ▁c iste rna ▁don de ▁se ▁recog en ▁aguas , ▁serán ▁limpia s : ▁mas ▁lo ▁que ▁hubiere ▁to c ado ▁en ▁sus ▁cuerpo s ▁muerto s ▁será ▁inmundo .
▁Y ▁si ▁ca y er e ▁de ▁sus ▁cuerpo s ▁muerto s ▁sobre ▁alguna ▁simiente ▁que ▁se ▁haya ▁de ▁se m bra r , ▁será ▁limpia .
▁Mas ▁si ▁se ▁hubiere ▁puesto ▁agua ▁en ▁la ▁simiente , ▁y ▁ca y er e ▁de ▁sus ▁cuerpo s ▁muerto s ▁sobre ▁ella , ▁tendréis la ▁por ▁inmunda .
▁Y ▁si ▁al g ún ▁animal ▁que ▁tuviere is ▁para ▁come r ▁se ▁mu r iere , ▁el ▁que ▁tocare ▁su ▁cuerpo ▁muerto ▁será ▁inmundo ▁hast a ▁la ▁tarde :
▁Y ▁el ▁que ▁com iere ▁de ▁su ▁cuerpo ▁muerto , ▁lavará ▁sus ▁vestidos , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde : ▁a simismo ▁el ▁que ▁saca re ▁su ▁cuerpo ▁muerto , ▁lavará ▁sus ▁vestidos , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁todo ▁re p til ▁que ▁va ▁ar ra st r ando ▁sobre ▁la ▁tierra , ▁es ▁abomina ción ; ▁no ▁se ▁comerá .
▁No ▁en s u ci éis ▁vuestras ▁persona s ▁con ▁ ning ún ▁re p til ▁que ▁and a ▁ar ra st r ando , ▁ni ▁os ▁contamin éis ▁con ▁ellos , ▁ni ▁se áis ▁inmundo s ▁por ▁ellos .
▁Porque ▁yo ▁soy ▁Jehová , ▁que ▁os ▁ha go ▁subir ▁de ▁la ▁tierra ▁de ▁Egipto ▁para ▁ser os ▁por ▁Dios : ▁se réis ▁pues ▁santo s , ▁por que ▁yo ▁soy ▁santo .
▁Esta ▁es ▁la ▁le y ▁de ▁los ▁animal es ▁y ▁de ▁las ▁ ave s , ▁y ▁de ▁todo ▁ser ▁vi vi ente ▁que ▁se ▁mu e v e ▁en ▁las ▁aguas , ▁y ▁de ▁todo ▁animal ▁que ▁and a ▁ar ra st r ando ▁sobre ▁la ▁tierra ;
▁Para ▁hacer ▁di f er en ci a ▁entre ▁inmundo ▁y ▁limpio , ▁y ▁entre ▁los ▁animal es ▁que ▁se ▁pu ed en ▁come r ▁y ▁los ▁animal es ▁que ▁no ▁se ▁pu ed en ▁come r .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁al ▁oc ta v o ▁día ▁c ir cu n ci d ará ▁la ▁carne ▁de ▁su ▁pre p u ci o .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁Mas ▁si ▁hubiere ▁ ido ▁c re c iendo ▁la ▁pos til la ▁en ▁la ▁pie l , ▁después ▁que ▁fué ▁most r ado ▁al ▁sacerdote ▁para ▁ser ▁limpio , ▁será ▁visto ▁otra ▁vez ▁del ▁sacerdote :
▁Y ▁si ▁reconoc ién do lo ▁el ▁sacerdote , ▁ve ▁que ▁la ▁pos til la ▁ha ▁c recido ▁en ▁la ▁pie l , ▁el ▁sacerdote ▁lo ▁dará ▁por ▁inmundo : ▁es ▁lepra .
▁Cuan do ▁hubiere ▁llaga ▁de ▁lepra ▁en ▁el ▁hombre , ▁será ▁traído ▁al ▁sacerdote ;
▁Le p ra ▁es ▁en v e je ci da ▁en ▁la ▁pie l ▁de ▁su ▁carne ; ▁y ▁le ▁dará ▁por ▁inmundo ▁el ▁sacerdote , ▁y ▁no ▁le ▁en cer r ará , ▁por que ▁es ▁inmundo .
▁Mas ▁si ▁br o t are ▁la ▁lepra ▁cu nd iendo ▁por ▁el ▁cut is , ▁y ▁ella ▁cu b r iere ▁toda ▁la ▁pie l ▁del ▁llaga do ▁de s de ▁su ▁cabeza ▁hast a ▁sus ▁pie s , ▁á ▁toda ▁vi s ta ▁de ▁ojos ▁del ▁sacerdote ;
▁Entonces ▁el ▁sacerdote ▁le ▁reconoc e rá ; ▁y ▁si ▁la ▁lepra ▁hubiere ▁cu bi er to ▁toda ▁su ▁carne , ▁dará ▁por ▁limpio ▁al ▁llaga do : ▁ha se ▁vuelto ▁toda ▁ella ▁ b l an ca ; ▁y ▁él ▁es ▁limpio .
▁Mas ▁el ▁día ▁que ▁ap are c iere ▁en ▁él ▁la ▁carne ▁viva , ▁será ▁inmundo .
▁Y ▁el ▁sacerdote ▁mira rá ▁la ▁carne ▁viva , ▁y ▁lo ▁dará ▁por ▁inmundo . ▁E s ▁inmunda ▁la ▁carne ▁viva : ▁es ▁lepra .
▁Mas ▁cuando ▁la ▁carne ▁viva ▁se ▁mu d are ▁y ▁ v o l vier e ▁ b l an ca , ▁entonces ▁vendrá ▁al ▁sacerdote ;
▁Y ▁el ▁sacerdote ▁mira rá , ▁y ▁si ▁la ▁llaga ▁se ▁hubiere ▁vuelto ▁ b l an ca , ▁el ▁sacerdote ▁dará ▁por ▁limpio ▁al ▁que ▁tenía ▁la ▁llaga , ▁y ▁será ▁limpio .
▁Y ▁cuando ▁en ▁la ▁carne , ▁en ▁su ▁pie l , ▁hubiere ▁ap os te ma , ▁y ▁se ▁s an are ,
▁Y ▁su c ed iere ▁en ▁el ▁lugar ▁de ▁la ▁ap os te ma ▁tu mo r ▁ b l an co , ▁ó ▁man ch a ▁ b l an ca ▁ em b er me je ci da , ▁será ▁most r ado ▁al ▁sacerdote :
▁Y ▁si ▁se ▁fuere ▁extend iendo ▁por ▁la ▁pie l , ▁entonces ▁el ▁sacerdote ▁lo ▁dará ▁por ▁inmundo : ▁es ▁llaga .
▁E mpero ▁si ▁la ▁man ch a ▁ b l an ca ▁se ▁estuviere ▁en ▁su ▁lugar , ▁que ▁no ▁haya ▁cu nd ido , ▁es ▁la ▁co s tra ▁de ▁la ▁ap os te ma ; ▁y ▁el ▁sacerdote ▁lo ▁dará ▁por ▁limpio .
▁Y ▁al ▁séptimo ▁día ▁el ▁sacerdote ▁la ▁reconoc e rá : ▁si ▁se ▁hubiere ▁ ido ▁extend iendo ▁por ▁la ▁pie l , ▁el ▁sacerdote ▁lo ▁dará ▁por ▁inmundo : ▁es ▁llaga ▁de ▁lepra .
▁Y ▁al ▁hombre ▁ó ▁mujer ▁que ▁le ▁sal iere ▁llaga ▁en ▁la ▁cabeza , ▁ó ▁en ▁la ▁bar ba ,
▁Entonces ▁lo ▁tras qui l arán , ▁mas ▁no ▁tras qui l arán ▁el ▁lugar ▁de ▁la ▁ti ñ a : ▁y ▁en cer r ará ▁el ▁sacerdote ▁al ▁que ▁tiene ▁la ▁ti ñ a ▁por ▁otro s ▁siete ▁días .
▁E mpero ▁si ▁la ▁ti ñ a ▁se ▁hubiere ▁ ido ▁extend iendo ▁en ▁la ▁pie l ▁después ▁de ▁su ▁purifica ción ,
▁Entonces ▁el ▁sacerdote ▁la ▁mira rá ; ▁y ▁si ▁la ▁ti ñ a ▁hubiere ▁cu nd ido ▁en ▁la ▁pie l , ▁no ▁bu s que ▁el ▁sacerdote ▁el ▁pe lo ▁ r u bi o , ▁es ▁inmundo .
▁A simismo ▁el ▁hombre ▁ó ▁mujer , ▁cuando ▁en ▁la ▁pie l ▁de ▁su ▁carne ▁tuviere ▁man ch as , ▁man ch as ▁ b l an ca s ,
▁Y ▁el ▁hombre , ▁cuando ▁se ▁le ▁pe l are ▁la ▁cabeza , ▁es ▁ca l v o , ▁mas ▁limpio .
▁Y ▁si ▁á ▁la ▁parte ▁de ▁su ▁rostro ▁se ▁le ▁pe l are ▁la ▁cabeza , ▁es ▁ca l v o ▁por ▁delante , ▁per o ▁limpio .
▁Le p ro s o ▁es , ▁es ▁inmundo ; ▁el ▁sacerdote ▁lo ▁dará ▁luego ▁por ▁inmundo ▁ ; ▁en ▁su ▁cabeza ▁tiene ▁su ▁llaga .
▁Todo ▁el ▁tiempo ▁que ▁la ▁llaga ▁estuviere ▁en ▁él , ▁será ▁inmundo ; ▁estará ▁imp ur o : ▁habita rá ▁so lo ; ▁fuera ▁del ▁re al ▁será ▁su ▁mor ada .
▁Y ▁cuando ▁en ▁el ▁vestido ▁hubiere ▁plaga ▁de ▁lepra , ▁en ▁vestido ▁de ▁la n a , ▁ó ▁en ▁vestido ▁de ▁lino ;
▁O ▁en ▁esta m bre ▁ó ▁en ▁tra ma , ▁de ▁lino ▁ó ▁de ▁la n a , ▁ó ▁en ▁pie l , ▁ó ▁en ▁cualquier a ▁obra ▁de ▁pie l ;
▁Y ▁el ▁sacerdote ▁mira rá ▁la ▁plaga , ▁y ▁en cer r ará ▁la ▁cosa ▁plaga da ▁por ▁siete ▁días .
▁Y ▁si ▁el ▁sacerdote ▁mira re , ▁y ▁no ▁pareciere ▁que ▁la ▁plaga ▁se ▁haya ▁extend ido ▁en ▁el ▁vestido , ▁ó ▁esta m bre , ▁ó ▁en ▁la ▁tra ma , ▁ó ▁en ▁cualquier a ▁obra ▁de ▁pie les ;
▁Entonces ▁el ▁sacerdote ▁man d ará ▁que ▁ l ave n ▁don de ▁está ▁la ▁plaga , ▁y ▁lo ▁en cer r ará ▁otra ▁vez ▁por ▁siete ▁días .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Esta ▁será ▁la ▁le y ▁del ▁le p ro s o ▁cuando ▁se ▁limpia re : ▁Se rá ▁traído ▁al ▁sacerdote :
▁Y ▁el ▁sacerdote ▁saldrá ▁fuera ▁del ▁re al ; ▁y ▁mira rá ▁el ▁sacerdote , ▁y ▁ viendo ▁que ▁está ▁s an a ▁la ▁plaga ▁de ▁la ▁lepra ▁del ▁le p ro s o ,
▁El ▁sacerdote ▁man d ará ▁luego ▁que ▁se ▁to me n ▁para ▁el ▁que ▁se ▁purifica ▁dos ▁ ave c ill as ▁viva s , ▁limpia s , ▁y ▁pa lo ▁de ▁cedro , ▁y ▁gran a , ▁é ▁his o p o ;
▁Y ▁man d ará ▁el ▁sacerdote ▁matar ▁la ▁una ▁ ave ci l la ▁en ▁un ▁va s o ▁de ▁bar ro ▁sobre ▁aguas ▁viva s ;
▁Y ▁ ro ci ará ▁siete ▁veces ▁sobre ▁el ▁que ▁se ▁purifica ▁de ▁la ▁lepra , ▁y ▁le ▁dará ▁por ▁limpio ; ▁y ▁so l t ará ▁la ▁ ave ci l la ▁viva ▁sobre ▁la ▁ha z ▁del ▁campo .
▁Y ▁el ▁sacerdote ▁que ▁le ▁purifica ▁present ará ▁con ▁aquella s ▁cosas ▁al ▁que ▁se ▁ha ▁de ▁limpia r ▁delante ▁de ▁Jehová , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio :
▁Y ▁tomará ▁el ▁sacerdote ▁el ▁un ▁cordero , ▁y ▁ofrecerá lo ▁por ▁la ▁culpa , ▁con ▁el ▁lo g ▁de ▁aceite , ▁y ▁lo ▁me ce rá ▁ como ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová :
▁A simismo ▁tomará ▁el ▁sacerdote ▁del ▁lo g ▁de ▁aceite , ▁y ▁echar á ▁sobre ▁la ▁palm a ▁de ▁su ▁mano ▁ i z qui er da :
▁Y ▁mo ja rá ▁su ▁de do ▁derecho ▁en ▁el ▁aceite ▁que ▁tiene ▁en ▁su ▁mano ▁ i z qui er da , ▁y ▁esparci rá ▁del ▁aceite ▁con ▁su ▁de do ▁siete ▁veces ▁delante ▁de ▁Jehová :
▁Y ▁lo ▁que ▁quedar e ▁del ▁aceite ▁que ▁tiene ▁en ▁su ▁mano , ▁pondrá ▁sobre ▁la ▁cabeza ▁del ▁que ▁se ▁purifica : ▁y ▁hará ▁el ▁sacerdote ▁expiación ▁por ▁él ▁delante ▁de ▁Jehová .
▁Of re ce rá ▁luego ▁el ▁sacerdote ▁el ▁sacrificio ▁por ▁el ▁pecado , ▁y ▁hará ▁expiación ▁por ▁el ▁que ▁se ▁ha ▁de ▁purifica r ▁de ▁su ▁in m un di ci a , ▁y ▁después ▁degollar á ▁el ▁holocausto :
▁Y ▁hará ▁subir ▁el ▁sacerdote ▁el ▁holocausto ▁y ▁el ▁presente ▁sobre ▁el ▁altar . ▁As í ▁hará ▁el ▁sacerdote ▁expiación ▁por ▁él , ▁y ▁será ▁limpio .
▁Y ▁dos ▁ t ó r to la s , ▁ó ▁dos ▁pa lo mi nos , ▁lo ▁que ▁al ca n za re ▁su ▁mano : ▁y ▁el ▁uno ▁será ▁para ▁expiación ▁por ▁el ▁pecado , ▁y ▁el ▁otro ▁para ▁holocausto ;
▁La s ▁cuales ▁cosas ▁traerá ▁al ▁oc ta v o ▁día ▁de ▁su ▁purifica ción ▁al ▁sacerdote , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ▁delante ▁de ▁Jehová .
▁Y ▁el ▁sacerdote ▁tomará ▁el ▁cordero ▁de ▁la ▁expiación ▁por ▁la ▁culpa , ▁y ▁el ▁lo g ▁de ▁aceite , ▁y ▁me ce rá lo ▁el ▁sacerdote ▁ como ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová ;
▁Y ▁el ▁sacerdote ▁echar á ▁del ▁aceite ▁sobre ▁la ▁palm a ▁de ▁su ▁mano ▁ i z qui er da ;
▁Y ▁con ▁su ▁de do ▁derecho ▁ ro ci ará ▁el ▁sacerdote ▁del ▁aceite ▁que ▁tiene ▁en ▁su ▁mano ▁ i z qui er da , ▁siete ▁veces ▁delante ▁de ▁Jehová .
▁Y ▁lo ▁que ▁so bra re ▁del ▁aceite ▁que ▁el ▁sacerdote ▁tiene ▁en ▁su ▁mano , ▁pondrá lo ▁sobre ▁la ▁cabeza ▁del ▁que ▁se ▁purifica , ▁para ▁rec on ci li ar lo ▁delante ▁de ▁Jehová .
▁A simismo ▁ofrecerá ▁la ▁una ▁de ▁las ▁ t ó r to la s , ▁ó ▁de ▁los ▁pa lo mi nos , ▁lo ▁que ▁al ca n za re ▁su ▁mano :
▁Esta ▁es ▁la ▁le y ▁del ▁que ▁hubiere ▁ten ido ▁plaga ▁de ▁lepra , ▁cu y a ▁mano ▁no ▁al ca n za re ▁lo ▁pre s c ri to ▁para ▁purifica r se .
▁Y ▁habló ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁Cuan do ▁hubiere s ▁entr ado ▁en ▁la ▁tierra ▁de ▁Canaán , ▁la ▁cual ▁yo ▁os ▁do y ▁en ▁posesión , ▁y ▁pusier e ▁yo ▁plaga ▁de ▁lepra ▁en ▁alguna ▁casa ▁de ▁la ▁tierra ▁de ▁vuestra ▁posesión ,
▁Ve nd rá ▁a qué l ▁cu y a ▁fuere ▁la ▁casa , ▁y ▁dará ▁aviso ▁al ▁sacerdote , ▁diciendo : ▁C o mo ▁plaga ▁ha ▁a pa recido ▁en ▁mi ▁casa .
▁El ▁sacerdote ▁saldrá ▁de ▁la ▁casa ▁á ▁la ▁puerta ▁de ▁ella , ▁y ▁ cer r ará ▁la ▁casa ▁por ▁siete ▁días .
▁Y ▁al ▁séptimo ▁día ▁volver á ▁el ▁sacerdote , ▁y ▁mira rá : ▁y ▁si ▁la ▁plaga ▁hubiere ▁c recido ▁en ▁las ▁par ed es ▁de ▁la ▁casa ,
▁Entonces ▁man d ará ▁el ▁sacerdote , ▁y ▁ar ra n c arán ▁las ▁piedra s ▁en ▁que ▁estuviere ▁la ▁plaga , ▁y ▁las ▁echar án ▁fuera ▁de ▁la ▁ciudad , ▁en ▁lugar ▁inmundo :
▁Y ▁hará ▁de s co st r ar ▁la ▁casa ▁por ▁dentro ▁alrededor , ▁y ▁derram arán ▁el ▁polvo ▁que ▁de s co s tra re n , ▁fuera ▁de ▁la ▁ciudad ▁en ▁lugar ▁inmundo :
▁Y ▁tomará n ▁otra s ▁piedra s , ▁y ▁las ▁pondrá n ▁en ▁lugar ▁de ▁las ▁piedra s ▁qu ita das ; ▁y ▁tomará n ▁otro ▁bar ro , ▁y ▁en co st r arán ▁la ▁casa .
▁Entonces ▁el ▁sacerdote ▁entr ará ▁y ▁mira rá ; ▁y ▁si ▁pareciere ▁haber se ▁extend ido ▁la ▁plaga ▁en ▁la ▁casa , ▁lepra ▁ ro ed o ra ▁está ▁en ▁la ▁casa : ▁inmunda ▁es .
▁De r ri b ará , ▁por ▁tanto , ▁la ▁tal ▁casa , ▁sus ▁piedra s , ▁y ▁sus ▁made ro s , ▁y ▁toda ▁la ▁me z c la ▁de ▁la ▁casa ; ▁y ▁lo ▁saca rá ▁fuera ▁de ▁la ▁ciudad ▁á ▁lugar ▁inmundo .
▁Y ▁cualquier a ▁que ▁entrar e ▁en ▁aquella ▁casa ▁todos ▁los ▁días ▁que ▁la ▁mandó ▁ cer r ar , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁el ▁que ▁d ur m iere ▁en ▁aquella ▁casa , ▁lavará ▁sus ▁vestidos ; ▁también ▁el ▁que ▁com iere ▁en ▁la ▁casa , ▁lavará ▁sus ▁vestidos .
▁Entonces ▁tomará ▁para ▁limpia r ▁la ▁casa ▁dos ▁ ave c ill as , ▁y ▁pa lo ▁de ▁cedro , ▁y ▁gran a , ▁é ▁his o p o :
▁Y ▁degollar á ▁la ▁una ▁ ave ci l la ▁en ▁una ▁va s i ja ▁de ▁bar ro ▁sobre ▁aguas ▁viva s :
▁Luego ▁so l t ará ▁la ▁ ave ci l la ▁viva ▁fuera ▁de ▁la ▁ciudad ▁sobre ▁la ▁ha z ▁del ▁campo : ▁así ▁hará ▁expiación ▁por ▁la ▁casa , ▁y ▁será ▁limpia .
▁Esta ▁es ▁la ▁le y ▁acerca ▁de ▁toda ▁plaga ▁de ▁lepra , ▁y ▁de ▁ti ñ a ;
▁Y ▁de ▁la ▁lepra ▁del ▁vestido , ▁y ▁de ▁la ▁casa ;
▁Y ▁acerca ▁de ▁la ▁hin ch az ón , ▁y ▁de ▁la ▁pos til la , ▁y ▁de ▁la ▁man ch a ▁ b l an ca :
▁Para ▁en se ñ ar ▁cu ándo ▁es ▁inmundo , ▁y ▁cu ándo ▁limpio . ▁A que s ta ▁es ▁la ▁le y ▁to ca n te ▁á ▁la ▁lepra .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁Habla d ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁de ci d les : ▁Cualquier ▁varón , ▁cuando ▁su ▁simiente ▁man are ▁de ▁su ▁carne , ▁será ▁inmundo .
▁Y ▁esta ▁será ▁su ▁in m un di ci a ▁en ▁su ▁flujo ; ▁sea ▁que ▁su ▁carne ▁de s til ó ▁por ▁causa ▁de ▁su ▁flujo , ▁ó ▁que ▁su ▁carne ▁se ▁ob st r u y ó ▁á ▁causa ▁de ▁su ▁flujo , ▁él ▁será ▁inmundo .
▁T o da ▁ca ma ▁en ▁que ▁se ▁a co st are ▁el ▁que ▁tuviere ▁flujo , ▁será ▁inmunda ; ▁y ▁toda ▁cosa ▁sobre ▁que ▁se ▁sent are , ▁inmunda ▁será .
▁Y ▁cualquier a ▁que ▁tocare ▁á ▁su ▁ca ma , ▁lavará ▁sus ▁vestidos ; ▁lavará se ▁también ▁á ▁sí ▁mismo ▁con ▁agua , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁el ▁que ▁se ▁sent are ▁sobre ▁aquello ▁en ▁que ▁se ▁hubiere ▁sent ado ▁el ▁que ▁tiene ▁flujo , ▁lavará ▁sus ▁vestidos , ▁se ▁lavará ▁también ▁á ▁sí ▁mismo ▁con ▁agua , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁A simismo ▁el ▁que ▁tocare ▁la ▁carne ▁del ▁que ▁tiene ▁flujo , ▁lavará ▁sus ▁vestidos , ▁y ▁á ▁sí ▁mismo ▁se ▁lavará ▁con ▁agua , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁si ▁el ▁que ▁tiene ▁flujo ▁es cu p iere ▁sobre ▁el ▁limpio , ▁éste ▁lavará ▁sus ▁vestidos , ▁y ▁después ▁de ▁haber se ▁la v ado ▁con ▁agua , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁todo ▁ap are jo ▁sobre ▁que ▁ca ba l gar e ▁el ▁que ▁tuviere ▁flujo , ▁será ▁inmundo .
▁Y ▁la ▁va s i ja ▁de ▁bar ro ▁en ▁que ▁tocare ▁el ▁que ▁tiene ▁flujo , ▁será ▁que bra da ; ▁y ▁toda ▁va s i ja ▁de ▁made ra ▁será ▁la v ada ▁con ▁agua .
▁Y ▁hará los ▁el ▁sacerdote , ▁el ▁uno ▁ofrenda ▁por ▁el ▁pecado , ▁y ▁el ▁otro ▁holocausto : ▁y ▁le ▁purifica rá ▁el ▁sacerdote ▁de ▁su ▁flujo ▁delante ▁de ▁Jehová .
▁Y ▁el ▁hombre , ▁cuando ▁de ▁él ▁sal iere ▁derram amiento ▁de ▁se me n , ▁lavará ▁en ▁aguas ▁toda ▁su ▁carne , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁toda ▁ve st im enta , ▁ó ▁toda ▁pie l ▁sobre ▁la ▁cual ▁hubiere ▁el ▁derram amiento ▁del ▁se me n , ▁lavará se ▁con ▁agua , ▁y ▁será ▁inmunda ▁hast a ▁la ▁tarde .
▁Y ▁la ▁mujer ▁con ▁quien ▁el ▁varón ▁tu vier a ▁a y un t amiento ▁de ▁se me n , ▁ambos ▁se ▁lavará n ▁con ▁agua , ▁y ▁serán ▁inmundo s ▁hast a ▁la ▁tarde .
▁Y ▁cuando ▁la ▁mujer ▁tuviere ▁flujo ▁de ▁sangre , ▁y ▁su ▁flujo ▁fuere ▁en ▁su ▁carne , ▁siete ▁días ▁estará ▁apart ada ; ▁y ▁cualquier a ▁que ▁tocare ▁en ▁ella , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁todo ▁aquello ▁sobre ▁que ▁ella ▁se ▁a co st are ▁mi en tra s ▁su ▁se para ción , ▁será ▁inmundo : ▁también ▁todo ▁aquello ▁sobre ▁que ▁se ▁sent are , ▁será ▁inmundo .
▁Y ▁cualquier a ▁que ▁tocare ▁á ▁su ▁ca ma , ▁lavará ▁sus ▁vestidos , ▁y ▁después ▁de ▁la v ar se ▁con ▁agua , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁T ambién ▁cualquier a ▁que ▁tocare ▁cualquier ▁mu e ble ▁sobre ▁que ▁ella ▁se ▁hubiere ▁sent ado , ▁lavará ▁sus ▁vestidos ; ▁lavará se ▁luego ▁á ▁sí ▁mismo ▁con ▁agua , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁si ▁estuviere ▁sobre ▁la ▁ca ma , ▁ó ▁sobre ▁la ▁si l la ▁en ▁que ▁ella ▁se ▁hubiere ▁sent ado , ▁el ▁que ▁tocare ▁en ▁ella ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁si ▁alguno ▁d ur m iere ▁con ▁ella , ▁y ▁su ▁men st r u o ▁fuere ▁sobre ▁él , ▁será ▁inmundo ▁por ▁siete ▁días ; ▁y ▁toda ▁ca ma ▁sobre ▁que ▁d ur m iere , ▁será ▁inmunda .
▁Cualquier a ▁que ▁tocare ▁en ▁es as ▁cosas ▁será ▁inmundo ; ▁y ▁lavará ▁sus ▁vestidos , ▁y ▁á ▁sí ▁mismo ▁se ▁lavará ▁con ▁agua , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁cuando ▁fuere ▁libr e ▁de ▁su ▁flujo , ▁se ▁ha ▁de ▁con t ar ▁siete ▁días , ▁y ▁después ▁será ▁limpia .
▁Y ▁el ▁oc ta v o ▁día ▁tomará ▁consigo ▁dos ▁ t ó r to la s , ▁ó ▁dos ▁pa lo mi nos , ▁y ▁los ▁traerá ▁al ▁sacerdote , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio :
▁Y ▁el ▁sacerdote ▁hará ▁el ▁uno ▁ofrenda ▁por ▁el ▁pecado , ▁y ▁el ▁otro ▁holocausto ; ▁y ▁la ▁purifica rá ▁el ▁sacerdote ▁delante ▁de ▁Jehová ▁del ▁flujo ▁de ▁su ▁in m un di ci a .
▁As í ▁apart aréis ▁los ▁hijos ▁de ▁Israel ▁de ▁sus ▁in m un di ci as , ▁á ▁fin ▁de ▁que ▁no ▁muera n ▁por ▁sus ▁in m un di ci as , ▁en s u ci ando ▁mi ▁tabernáculo ▁que ▁está ▁entre ▁ellos .
▁Esta ▁es ▁la ▁le y ▁del ▁que ▁tiene ▁flujo , ▁y ▁del ▁que ▁sal e ▁derram amiento ▁de ▁se me n ▁ , ▁vi n iendo ▁á ▁ser ▁inmundo ▁á ▁causa ▁de ▁el lo ;
▁Y ▁de ▁la ▁que ▁pa de ce ▁su ▁co st umb re , ▁y ▁acerca ▁del ▁que ▁tuviere ▁flujo , ▁sea ▁varón ▁ó ▁he m bra , ▁y ▁del ▁hombre ▁que ▁d ur m iere ▁con ▁mujer ▁inmunda .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁después ▁que ▁mu r ieron ▁los ▁dos ▁hijos ▁de ▁Aarón , ▁cuando ▁se ▁llegar on ▁delante ▁de ▁Jehová , ▁y ▁mu r ieron ;
▁C on ▁esto ▁entr ará ▁Aarón ▁en ▁el ▁santuario : ▁con ▁un ▁becerro ▁por ▁expiación , ▁y ▁un ▁carnero ▁en ▁holocausto .
▁Y ▁de ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁tomará ▁dos ▁macho s ▁de ▁cabrío ▁para ▁expiación , ▁y ▁un ▁carnero ▁para ▁holocausto .
▁Y ▁hará ▁all e gar ▁Aarón ▁el ▁becerro ▁de ▁la ▁expiación , ▁que ▁es ▁suyo , ▁y ▁hará ▁la ▁rec on ci li ación ▁por ▁sí ▁y ▁por ▁su ▁casa .
▁Después ▁tomará ▁los ▁dos ▁macho s ▁de ▁cabrío , ▁y ▁los ▁present ará ▁delante ▁de ▁Jehová ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁echar á ▁suerte s ▁Aarón ▁sobre ▁los ▁dos ▁macho s ▁de ▁cabrío ; ▁la ▁una ▁suerte ▁por ▁Jehová , ▁y ▁la ▁otra ▁suerte ▁por ▁A za z el .
▁Y ▁hará ▁all e gar ▁Aarón ▁el ▁macho ▁cabrío ▁sobre ▁el ▁cual ▁ca y er e ▁la ▁suerte ▁por ▁Jehová , ▁y ▁ofrecerá lo ▁en ▁expiación .
▁Y ▁hará ▁llegar ▁Aarón ▁el ▁becerro ▁que ▁era ▁suyo ▁para ▁expiación , ▁y ▁hará ▁la ▁rec on ci li ación ▁por ▁sí ▁y ▁por ▁su ▁casa , ▁y ▁degollar á ▁en ▁expiación ▁el ▁becerro ▁que ▁es ▁suyo .
▁Y ▁pondrá ▁el ▁perfume ▁sobre ▁el ▁fuego ▁delante ▁de ▁Jehová , ▁y ▁la ▁nube ▁del ▁perfume ▁cu b r irá ▁la ▁cubierta ▁que ▁está ▁sobre ▁el ▁testimonio , ▁y ▁no ▁morirá .
▁Toma rá ▁luego ▁de ▁la ▁sangre ▁del ▁becerro , ▁y ▁ ro ci ará ▁con ▁su ▁de do ▁haci a ▁la ▁cubierta ▁al ▁la do ▁or i enta l : ▁haci a ▁la ▁cubierta ▁esparci rá ▁siete ▁veces ▁de ▁aquella ▁sangre ▁con ▁su ▁de do .
▁Y ▁esparci rá ▁sobre ▁él ▁de ▁la ▁sangre ▁con ▁su ▁de do ▁siete ▁veces , ▁y ▁lo ▁limpia rá , ▁y ▁lo ▁santifica rá ▁de ▁las ▁in m un di ci as ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁cuando ▁hubiere ▁acaba do ▁de ▁ex p i ar ▁el ▁santuario , ▁y ▁el ▁tabernáculo ▁del ▁testimonio , ▁y ▁el ▁altar , ▁hará ▁llegar ▁el ▁macho ▁cabrío ▁vi v o :
▁Y ▁aquel ▁macho ▁cabrío ▁llev ará ▁sobre ▁sí ▁todas ▁las ▁iniquidad es ▁de ▁ellos ▁á ▁tierra ▁in h ab ita da : ▁y ▁dejar á ▁ir ▁el ▁macho ▁cabrío ▁por ▁el ▁desierto .
▁Después ▁vendrá ▁Aarón ▁al ▁tabernáculo ▁del ▁testimonio , ▁y ▁se ▁de s n ud ará ▁las ▁ve st im enta s ▁de ▁lino , ▁que ▁había ▁vestido ▁para ▁entrar ▁en ▁el ▁santuario , ▁y ▁pondrá la s ▁allí .
▁Y ▁que m ará ▁el ▁sebo ▁de ▁la ▁expiación ▁sobre ▁el ▁altar .
▁Y ▁el ▁que ▁hubiere ▁llev ado ▁el ▁macho ▁cabrío ▁á ▁A za z el , ▁lavará ▁sus ▁vestidos , ▁lavará ▁también ▁con ▁agua ▁su ▁carne , ▁y ▁después ▁entr ará ▁en ▁el ▁re al .
▁Y ▁el ▁que ▁los ▁que ma re , ▁lavará ▁sus ▁vestidos , ▁lavará ▁también ▁su ▁carne ▁con ▁agua , ▁y ▁después ▁entr ará ▁en ▁el ▁re al .
▁Porque ▁en ▁este ▁día ▁se ▁os ▁rec on ci li ará ▁para ▁limpia ro s ; ▁y ▁se réis ▁limpio s ▁de ▁todos ▁vuestro s ▁pecado s ▁delante ▁de ▁Jehová .
▁S á b ado ▁de ▁reposo ▁es ▁para ▁vosotros , ▁y ▁aflig i réis ▁vuestras ▁alma s , ▁por ▁estatuto ▁perpetuo .
▁Y ▁esto ▁tendréis ▁por ▁estatuto ▁perpetuo , ▁para ▁ex p i ar ▁á ▁los ▁hijos ▁de ▁Israel ▁de ▁todos ▁sus ▁pecado s ▁una ▁vez ▁en ▁el ▁año . ▁Y ▁Moisés ▁lo ▁hizo ▁ como ▁Jehová ▁le ▁mandó .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁y ▁á ▁todos ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁E s to ▁es ▁lo ▁que ▁ha ▁mandado ▁Jehová , ▁diciendo :
▁Cualquier ▁varón ▁de ▁la ▁casa ▁de ▁Israel ▁que ▁degollar e ▁buey , ▁ó ▁cordero , ▁ó ▁ca bra , ▁en ▁el ▁re al , ▁ó ▁fuera ▁del ▁re al ,
▁Y ▁el ▁sacerdote ▁esparci rá ▁la ▁sangre ▁sobre ▁el ▁altar ▁de ▁Jehová , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁que m ará ▁el ▁sebo ▁en ▁olor ▁de ▁su a vi dad ▁á ▁Jehová .
▁Y ▁ nunc a ▁más ▁sacrific arán ▁sus ▁sacrificio s ▁á ▁los ▁de mo n i os , ▁tras ▁de ▁los ▁cuales ▁han ▁for n i c ado : ▁tendrá n ▁esto ▁por ▁estatuto ▁perpetuo ▁por ▁sus ▁edad es .
▁Le s ▁dirá s ▁también : ▁Cualquier ▁varón ▁de ▁la ▁casa ▁de ▁Israel , ▁ó ▁de ▁los ▁extranjero s ▁que ▁per e g ri n an ▁entre ▁vosotros , ▁que ▁ofreciere ▁holocausto ▁ó ▁sacrificio ,
▁Y ▁no ▁lo ▁tra je re ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁para ▁hacer lo ▁á ▁Jehová , ▁el ▁tal ▁varón ▁será ▁ i gu al mente ▁cor t ado ▁de ▁sus ▁pueblo s .
▁Porque ▁la ▁vida ▁de ▁la ▁carne ▁en ▁la ▁sangre ▁está : ▁y ▁yo ▁os ▁la ▁he ▁dado ▁para ▁ex p i ar ▁vuestras ▁persona s ▁sobre ▁el ▁altar : ▁por ▁lo ▁cual ▁la ▁mis ma ▁sangre ▁ex p i ará ▁la ▁persona .
▁Por ▁tanto , ▁he ▁dicho ▁á ▁los ▁hijos ▁de ▁Israel : ▁N ing un a ▁persona ▁de ▁vosotros ▁comerá ▁sangre , ▁ni ▁el ▁extranjero ▁que ▁per e g ri n a ▁entre ▁vosotros ▁comerá ▁sangre .
▁Y ▁si ▁no ▁los ▁la v are , ▁ni ▁la v are ▁su ▁carne , ▁llev ará ▁su ▁iniquidad .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Yo ▁soy ▁Jehová ▁vuestro ▁Dios .
▁Mi s ▁derecho s ▁pondré is ▁por ▁obra , ▁y ▁mis ▁estatuto s ▁guarda réis , ▁and ando ▁en ▁ellos : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁Por ▁tanto ▁mis ▁estatuto s ▁y ▁mis ▁derecho s ▁guarda réis , ▁los ▁cuales ▁ha c iendo ▁el ▁hombre , ▁vivir á ▁en ▁ellos : ▁Yo ▁Jehová .
▁N ing ún ▁varón ▁se ▁all e gu e ▁á ▁ninguna ▁cerca n a ▁de ▁su ▁carne , ▁para ▁descubr ir ▁su ▁desnudez : ▁Yo ▁Jehová .
▁La ▁desnudez ▁de ▁tu ▁padre , ▁ó ▁la ▁desnudez ▁de ▁tu ▁madre , ▁no ▁descubr irá s : ▁tu ▁madre ▁es , ▁no ▁descubr irá s ▁su ▁desnudez .
▁La ▁desnudez ▁de ▁la ▁mujer ▁de ▁tu ▁padre ▁no ▁descubr irá s ; ▁es ▁la ▁desnudez ▁de ▁tu ▁padre .
▁La ▁desnudez ▁de ▁tu ▁hermana , ▁hija ▁de ▁tu ▁padre , ▁ó ▁hija ▁de ▁tu ▁madre , ▁nac i da ▁en ▁casa ▁ó ▁nac i da ▁fuera , ▁su ▁desnudez ▁no ▁descubr irá s .
▁La ▁desnudez ▁de ▁la ▁hija ▁de ▁tu ▁hijo , ▁ó ▁de ▁la ▁hija ▁de ▁tu ▁hija , ▁su ▁desnudez ▁no ▁descubr irá s , ▁por que ▁es ▁la ▁desnudez ▁tu y a .
▁La ▁desnudez ▁de ▁la ▁hija ▁de ▁la ▁mujer ▁de ▁tu ▁padre , ▁en g en d r ada ▁de ▁tu ▁padre , ▁tu ▁hermana ▁es , ▁su ▁desnudez ▁no ▁descubr irá s .
▁La ▁desnudez ▁de ▁la ▁hermana ▁de ▁tu ▁padre ▁no ▁descubr irá s : ▁es ▁par i enta ▁de ▁tu ▁padre .
▁La ▁desnudez ▁de ▁la ▁hermana ▁de ▁tu ▁madre ▁no ▁descubr irá s : ▁por que ▁par i enta ▁de ▁tu ▁madre ▁es .
▁La ▁desnudez ▁del ▁hermano ▁de ▁tu ▁padre ▁no ▁descubr irá s : ▁no ▁llegar ás ▁á ▁su ▁mujer : ▁es ▁mujer ▁del ▁hermano ▁de ▁tu ▁padre .
▁La ▁desnudez ▁de ▁tu ▁ n ue ra ▁no ▁descubr irá s : ▁mujer ▁es ▁de ▁tu ▁hijo ; ▁no ▁descubr irá s ▁su ▁desnudez .
▁La ▁desnudez ▁de ▁la ▁mujer ▁de ▁tu ▁hermano ▁no ▁descubr irá s : ▁es ▁la ▁desnudez ▁de ▁tu ▁hermano .
▁No ▁tomará s ▁mujer ▁junt amente ▁con ▁su ▁hermana , ▁para ▁hacer la ▁su ▁ ri v al , ▁descubr iendo ▁su ▁desnudez ▁delante ▁de ▁ella ▁en ▁su ▁vida .
▁Y ▁no ▁llegar ás ▁á ▁la ▁mujer ▁en ▁el ▁apart amiento ▁de ▁su ▁in m un di ci a , ▁para ▁descubr ir ▁su ▁desnudez .
▁A de m ás , ▁no ▁tendrá s ▁a c to ▁ca rna l ▁con ▁la ▁mujer ▁de ▁tu ▁prójimo , ▁contamin ándo te ▁en ▁ella .
▁Y ▁no ▁de s ▁de ▁tu ▁simiente ▁para ▁hacer la ▁pasar ▁por ▁el ▁fuego ▁á ▁M o lo ch ; ▁no ▁contamin es ▁el ▁nombre ▁de ▁tu ▁Dios : ▁Yo ▁Jehová .
▁No ▁te ▁echa rás ▁con ▁varón ▁ como ▁con ▁mujer : ▁es ▁abomina ción .
▁N i ▁con ▁ ning ún ▁animal ▁tendrá s ▁a y un t amiento ▁a man c ill ándo te ▁con ▁él ; ▁ni ▁mujer ▁alguna ▁se ▁pondrá ▁delante ▁de ▁animal ▁para ▁a y un t ar se ▁con ▁él : ▁es ▁con f u s ió n .
▁En ▁ninguna ▁de ▁esta s ▁cosas ▁os ▁a man c ill aréis ; ▁por que ▁en ▁todas ▁esta s ▁cosas ▁se ▁han ▁en s u ci ado ▁las ▁gente s ▁que ▁yo ▁ e ch o ▁de ▁delante ▁de ▁vosotros :
▁Y ▁la ▁tierra ▁fué ▁contamin ada ; ▁y ▁yo ▁visit é ▁su ▁mal dad ▁sobre ▁ella , ▁y ▁la ▁tierra ▁ v o mi t ó ▁sus ▁moradores .
▁ ( Por que ▁todas ▁esta s ▁abomina ciones ▁hicieron ▁los ▁hombres ▁de ▁la ▁tierra , ▁que ▁fueron ▁antes ▁de ▁vosotros , ▁y ▁la ▁tierra ▁fué ▁contamin ada : )
▁Y ▁la ▁tierra ▁no ▁os ▁ v om ita rá , ▁por ▁haber la ▁contamin ado , ▁ como ▁ v o mi t ó ▁á ▁la ▁gente ▁que ▁fué ▁antes ▁de ▁vosotros .
▁Porque ▁cualquier a ▁que ▁hiciere ▁alguna ▁de ▁todas ▁esta s ▁abomina ciones , ▁las ▁persona s ▁que ▁las ▁hiciere n , ▁serán ▁cor ta das ▁de ▁entre ▁su ▁pueblo .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁S an to s ▁se réis , ▁por que ▁santo ▁soy ▁yo ▁Jehová ▁vuestro ▁Dios .
▁C ada ▁uno ▁te me rá ▁á ▁su ▁madre ▁y ▁á ▁su ▁padre , ▁y ▁mis ▁sábado s ▁guarda réis : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁No ▁os ▁volver éis ▁á ▁los ▁ í do los , ▁ni ▁ha réis ▁para ▁vosotros ▁dioses ▁de ▁fundición : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁Y ▁cuando ▁sacrific are is ▁sacrificio ▁de ▁paces ▁á ▁Jehová , ▁de ▁vuestra ▁ v o l un ta d ▁lo ▁sacrific aréis .
▁Se rá ▁com ido ▁el ▁día ▁que ▁lo ▁sacrific are is , ▁y ▁el ▁siguiente ▁día : ▁y ▁lo ▁que ▁quedar e ▁para ▁el ▁tercer ▁día , ▁será ▁que m ado ▁en ▁el ▁fuego .
▁Y ▁si ▁se ▁com iere ▁el ▁día ▁tercer o , ▁será ▁abomina ción ; ▁no ▁será ▁a ce p to :
▁Y ▁el ▁que ▁lo ▁com iere , ▁llev ará ▁su ▁del i to , ▁por ▁cuanto ▁pro f an ó ▁lo ▁santo ▁de ▁Jehová ; ▁y ▁la ▁tal ▁persona ▁será ▁cor t ada ▁de ▁sus ▁pueblo s .
▁Cuan do ▁seg are is ▁la ▁mi es ▁de ▁vuestra ▁tierra , ▁no ▁acaba rás ▁de ▁se gar ▁el ▁ ri n c ón ▁de ▁tu ▁ha za , ▁ni ▁es p i g arás ▁tu ▁tierra ▁seg ada .
▁Y ▁no ▁re b u s c arás ▁tu ▁viña , ▁ni ▁recog e rás ▁los ▁gran os ▁ca í do s ▁de ▁tu ▁viña ; ▁para ▁el ▁p o bre ▁y ▁para ▁el ▁extranjero ▁los ▁dejar ás : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁No ▁hurt aréis , ▁y ▁no ▁en ga ñ aréis , ▁ni ▁men t i réis ▁ninguno ▁á ▁su ▁prójimo .
▁Y ▁no ▁ j ura réis ▁en ▁mi ▁nombre ▁con ▁men t i ra , ▁ni ▁pro f an arás ▁el ▁nombre ▁de ▁tu ▁Dios : ▁Yo ▁Jehová .
▁No ▁ o p ri mi rás ▁á ▁tu ▁prójimo , ▁ni ▁le ▁ ro b arás . ▁No ▁se ▁de te nd rá ▁el ▁tra ba jo ▁del ▁ jo rna le ro ▁en ▁tu ▁casa ▁hast a ▁la ▁mañana .
▁No ▁mal di ga s ▁al ▁so r do , ▁y ▁delante ▁del ▁ ci e go ▁no ▁pon ga s ▁ t ro p i e zo , ▁mas ▁tendrá s ▁tem or ▁de ▁tu ▁Dios : ▁Yo ▁Jehová .
▁No ▁harás ▁a g ra vi o ▁en ▁el ▁juicio : ▁no ▁tendrá s ▁re s pe to ▁al ▁p o bre , ▁ni ▁ho n r arás ▁la ▁ca ra ▁del ▁grande : ▁con ▁justicia ▁juzg arás ▁á ▁tu ▁prójimo .
▁No ▁and arás ▁ch is me ando ▁en ▁tu s ▁pueblo s . ▁No ▁te ▁pondrá s ▁contra ▁la ▁sangre ▁de ▁tu ▁prójimo : ▁Yo ▁Jehová .
▁No ▁aborrec e rás ▁á ▁tu ▁hermano ▁en ▁tu ▁corazón : ▁ ing en u amente ▁re p re n de rás ▁á ▁tu ▁prójimo , ▁y ▁no ▁con s en t irá s ▁sobre ▁él ▁pecado .
▁No ▁te ▁ven g arás , ▁ni ▁guarda rás ▁re n co r ▁á ▁los ▁hijos ▁de ▁tu ▁pueblo : ▁mas ▁am arás ▁á ▁tu ▁prójimo ▁ como ▁á ▁ti ▁mismo : ▁Yo ▁Jehová .
▁Y ▁él ▁traerá ▁á ▁Jehová , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁un ▁carnero ▁en ▁expiación ▁por ▁su ▁culpa .
▁Y ▁con ▁el ▁carnero ▁de ▁la ▁expiación ▁lo ▁rec on ci li ará ▁el ▁sacerdote ▁delante ▁de ▁Jehová , ▁por ▁su ▁pecado ▁que ▁come t ió : ▁y ▁se ▁le ▁perdon ará ▁su ▁pecado ▁que ▁ha ▁come t ido .
▁Y ▁el ▁cu ar to ▁año ▁todo ▁su ▁fruto ▁será ▁s an t i dad ▁de ▁lo o res ▁á ▁Jehová .
▁Mas ▁al ▁qu in to ▁año ▁comeréis ▁el ▁fruto ▁de ▁él , ▁para ▁que ▁os ▁haga ▁c re cer ▁su ▁fruto : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁No ▁comeréis ▁cosa ▁alguna ▁con ▁sangre . ▁No ▁se réis ▁a g or eros , ▁ni ▁a di vi n aréis .
▁No ▁cor t aréis ▁en ▁re do ndo ▁las ▁ex t re mi dad es ▁de ▁vuestras ▁cabeza s , ▁ni ▁da ñ arás ▁la ▁pu n ta ▁de ▁tu ▁bar ba .
▁Y ▁no ▁ha réis ▁ ra s gu ñ os ▁en ▁vuestra ▁carne ▁por ▁un ▁muerto , ▁ni ▁imp ri mi réis ▁en ▁vosotros ▁señal ▁alguna : ▁Yo ▁Jehová .
▁No ▁contamin arás ▁tu ▁hija ▁haci é ndo la ▁for n i c ar : ▁por que ▁no ▁se ▁pro st i tu y a ▁la ▁tierra , ▁y ▁se ▁hin ch a ▁de ▁mal dad .
▁Mi s ▁sábado s ▁guarda réis , ▁y ▁mi ▁santuario ▁tendréis ▁en ▁re ver en ci a : ▁Yo ▁Jehová .
▁No ▁os ▁ v o l v áis ▁á ▁los ▁en ca n t ado res ▁y ▁á ▁los ▁a di vi nos : ▁no ▁los ▁consult éis ▁en s u ci ándo os ▁con ▁ellos : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁De l an te ▁de ▁las ▁can as ▁te ▁levant arás , ▁y ▁ho n r arás ▁el ▁rostro ▁del ▁an ci an o , ▁y ▁de ▁tu ▁Dios ▁tendrá s ▁tem or : ▁Yo ▁Jehová .
▁Y ▁cuando ▁el ▁extranjero ▁mor are ▁contigo ▁en ▁vuestra ▁tierra , ▁no ▁le ▁ o p ri mi réis .
▁No ▁ha g áis ▁a g ra vi o ▁en ▁juicio , ▁en ▁me di da ▁de ▁tierra , ▁ni ▁en ▁pe s o , ▁ni ▁en ▁otra ▁me di da .
▁B al an za s ▁just as , ▁pe s as ▁just as , ▁ e ph a ▁just o , ▁é ▁hin ▁just o ▁tendréis : ▁Yo ▁Jehová ▁vuestro ▁Dios , ▁que ▁os ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto .
▁ G u ar dad ▁pues ▁todos ▁mis ▁estatuto s , ▁y ▁todos ▁mis ▁derecho s , ▁y ▁pon ed los ▁por ▁obra : ▁Yo ▁Jehová .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁diciendo :
▁Que ▁si ▁escond iere ▁el ▁pueblo ▁de ▁la ▁tierra ▁sus ▁ojos ▁de ▁aquel ▁varón ▁que ▁hubiere ▁dado ▁de ▁su ▁simiente ▁á ▁M o lo ch , ▁para ▁no ▁matar le ,
▁S an t i f i ca os , ▁pues , ▁y ▁se d ▁santo s , ▁por que ▁yo ▁Jehová ▁soy ▁vuestro ▁Dios .
▁Y ▁guarda d ▁mis ▁estatuto s , ▁y ▁pon ed los ▁por ▁obra : ▁Yo ▁Jehová ▁que ▁os ▁s an t i f i co .
▁Porque ▁varón ▁que ▁mal di je re ▁á ▁su ▁padre ▁ó ▁á ▁su ▁madre , ▁de ▁cierto ▁morirá : ▁á ▁su ▁padre ▁ó ▁á ▁su ▁madre ▁mal di jo ; ▁su ▁sangre ▁será ▁sobre ▁él .
▁Y ▁cualquier a ▁que ▁se ▁echar e ▁con ▁la ▁mujer ▁de ▁su ▁padre , ▁la ▁desnudez ▁de ▁su ▁padre ▁descubr ió : ▁ambos ▁han ▁de ▁ser ▁muerto s ; ▁su ▁sangre ▁será ▁sobre ▁ellos .
▁Y ▁cualquier a ▁que ▁d ur m iere ▁con ▁su ▁ n ue ra , ▁ambos ▁han ▁de ▁mor ir : ▁hicieron ▁con f u s ió n ; ▁su ▁sangre ▁será ▁sobre ▁ellos .
▁Y ▁cualquier a ▁que ▁tuviere ▁a y un t amiento ▁con ▁varón ▁ como ▁con ▁mujer , ▁abomina ción ▁hicieron : ▁entr am b os ▁han ▁de ▁ser ▁muerto s ; ▁sobre ▁ellos ▁será ▁su ▁sangre .
▁Y ▁el ▁que ▁tomar e ▁mujer ▁y ▁á ▁la ▁madre ▁de ▁ella , ▁come te ▁vi le za : ▁que m arán ▁en ▁fuego ▁á ▁él ▁y ▁á ▁ella s , ▁por que ▁no ▁haya ▁vi le za ▁entre ▁vosotros .
▁Y ▁cualquier a ▁que ▁tuviere ▁c ó p u la ▁con ▁bestia , ▁ha ▁de ▁ser ▁muerto ; ▁y ▁matar éis ▁á ▁la ▁bestia .
▁Y ▁la ▁mujer ▁que ▁se ▁all e gar e ▁á ▁al g ún ▁animal , ▁para ▁ten er ▁a y un t amiento ▁con ▁él , ▁á ▁la ▁mujer ▁y ▁al ▁animal ▁mata rás : ▁morirá n ▁in f al i ble mente ; ▁será ▁su ▁sangre ▁sobre ▁ellos .
▁La ▁desnudez ▁de ▁la ▁hermana ▁de ▁tu ▁madre , ▁ó ▁de ▁la ▁hermana ▁de ▁tu ▁padre , ▁no ▁descubr irá s : ▁por ▁cuanto ▁descubr ió ▁su ▁par i enta , ▁su ▁iniquidad ▁llev arán .
▁Y ▁cualquier a ▁que ▁d ur m iere ▁con ▁la ▁mujer ▁del ▁hermano ▁de ▁su ▁padre , ▁la ▁desnudez ▁del ▁hermano ▁de ▁su ▁padre ▁descubr ió ; ▁su ▁pecado ▁llev arán ; ▁morirá n ▁sin ▁hijos .
▁Y ▁el ▁que ▁tomar e ▁la ▁mujer ▁de ▁su ▁hermano , ▁es ▁su ci ed ad ; ▁la ▁desnudez ▁de ▁su ▁hermano ▁descubr ió ; ▁sin ▁hijos ▁serán .
▁Y ▁no ▁and éis ▁en ▁las ▁p rá c t i ca s ▁de ▁la ▁gente ▁que ▁yo ▁echar é ▁de ▁delante ▁de ▁vosotros : ▁por que ▁ellos ▁hicieron ▁todas ▁esta s ▁cosas , ▁y ▁los ▁tu v e ▁en ▁abomina ción .
▁Ha béis , ▁pues , ▁de ▁ser me ▁santo s , ▁por que ▁yo ▁Jehová ▁soy ▁santo , ▁y ▁os ▁he ▁apart ado ▁de ▁los ▁pueblo s , ▁para ▁que ▁se áis ▁mío s .
▁Y ▁el ▁hombre ▁ó ▁la ▁mujer ▁en ▁quien es ▁hubiere ▁espíritu ▁pi th ón i co ▁ó ▁de ▁a di vi n ación , ▁han ▁de ▁ser ▁muerto s : ▁los ▁ap ed re arán ▁con ▁piedra s ; ▁su ▁sangre ▁sobre ▁ellos .
▁Y ▁JEHOVÁ ▁dijo ▁á ▁Moisés : ▁Habla ▁á ▁los ▁sacerdote s ▁hijos ▁de ▁Aarón , ▁y ▁di les ▁que ▁no ▁se ▁contamin en ▁por ▁un ▁muerto ▁en ▁sus ▁pueblo s .
▁Mas ▁por ▁su ▁par iente ▁cerca no ▁á ▁sí , ▁por ▁su ▁madre , ▁ó ▁por ▁su ▁padre , ▁ó ▁por ▁su ▁hijo , ▁ó ▁por ▁su ▁hermano ,
▁O ▁por ▁su ▁hermana ▁vi r g en , ▁á ▁él ▁cerca n a , ▁la ▁cual ▁no ▁haya ▁ten ido ▁marido , ▁por ▁ella ▁se ▁contamin ará .
▁No ▁se ▁contamin ará , ▁por que ▁es ▁príncipe ▁en ▁sus ▁pueblo s , ▁haci é ndo se ▁inmundo .
▁No ▁hará n ▁ca l v a ▁en ▁su ▁cabeza , ▁ni ▁ ra e rán ▁la ▁pu n ta ▁de ▁su ▁bar ba , ▁ni ▁en ▁su ▁carne ▁hará n ▁ ra s gu ñ os .
▁S an to s ▁serán ▁á ▁su ▁Dios , ▁y ▁no ▁pro f an arán ▁el ▁nombre ▁de ▁su ▁Dios ; ▁por que ▁los ▁fuego s ▁de ▁Jehová ▁y ▁el ▁pan ▁de ▁su ▁Dios ▁of re ce n : ▁por ▁tanto ▁serán ▁santo s .
▁M u j er ▁ram er a ▁ó ▁in f a me ▁no ▁tomará n : ▁ni ▁tomará n ▁mujer ▁re p ud i ada ▁de ▁su ▁marido : ▁por que ▁es ▁santo ▁á ▁su ▁Dios .
▁Lo ▁santifica rás ▁por ▁tanto , ▁pues ▁el ▁pan ▁de ▁tu ▁Dios ▁of re ce : ▁santo ▁será ▁para ▁ti , ▁por que ▁santo ▁soy ▁yo ▁Jehová ▁vuestro ▁santifica dor .
▁Y ▁la ▁hija ▁del ▁varón ▁sacerdote , ▁si ▁come n za re ▁á ▁for n i c ar , ▁á ▁su ▁padre ▁a man ci l la : ▁que m ada ▁será ▁al ▁fuego .
▁N i ▁entr ará ▁don de ▁haya ▁alguna ▁persona ▁mu er ta , ▁ni ▁por ▁su ▁padre , ▁ó ▁por ▁su ▁madre ▁se ▁contamin ará .
▁N i ▁saldrá ▁del ▁santuario , ▁ni ▁contamin ará ▁el ▁santuario ▁de ▁su ▁Dios ; ▁por que ▁la ▁cor on a ▁del ▁aceite ▁de ▁la ▁un ción ▁de ▁su ▁Dios ▁está ▁sobre ▁él : ▁Yo ▁Jehová .
▁Y ▁tomará ▁él ▁mujer ▁con ▁su ▁virgin i dad .
▁ V i ud a , ▁ó ▁re p ud i ada , ▁ó ▁in f a me , ▁ó ▁ram er a , ▁é st as ▁no ▁tomará : ▁mas ▁tomará ▁vi r g en ▁de ▁sus ▁pueblo s ▁por ▁mujer .
▁Y ▁no ▁a man c ill ará ▁su ▁simiente ▁en ▁sus ▁pueblo s ; ▁por que ▁yo ▁Jehová ▁soy ▁el ▁que ▁los ▁s an t i f i co .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁Aarón , ▁y ▁di le : ▁El ▁varón ▁de ▁tu ▁simiente ▁en ▁sus ▁generaciones , ▁en ▁el ▁cual ▁hubiere ▁falta , ▁no ▁se ▁all e g ará ▁para ▁of re cer ▁el ▁pan ▁de ▁su ▁Dios .
▁O ▁varón ▁en ▁el ▁cual ▁hubiere ▁que bra d ura ▁de ▁pie ▁ó ▁ ro t ura ▁de ▁mano ,
▁O ▁cor co v ado , ▁ó ▁la ga ñ os o , ▁ó ▁que ▁tuviere ▁nube ▁en ▁el ▁ o jo , ▁ó ▁que ▁ten ga ▁s a rna , ▁ó ▁emp e in e , ▁ó ▁com pa ñ ón ▁re la ja do ;
▁El ▁pan ▁de ▁su ▁Dios , ▁de ▁lo ▁mu y ▁santo ▁y ▁las ▁cosas ▁santifica das , ▁comerá .
▁Y ▁Moisés ▁habló ▁esto ▁á ▁Aarón , ▁y ▁á ▁sus ▁hijos , ▁y ▁á ▁todos ▁los ▁hijos ▁de ▁Israel .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁O ▁el ▁varón ▁que ▁hubiere ▁to c ado ▁cualquier ▁re p til , ▁por ▁el ▁cual ▁será ▁inmundo , ▁ ú ▁hombre ▁por ▁el ▁cual ▁ven ga ▁á ▁ser ▁inmundo , ▁conform e ▁á ▁cualquier a ▁in m un di ci a ▁su y a ;
▁La ▁persona ▁que ▁lo ▁tocare , ▁será ▁inmunda ▁hast a ▁la ▁tarde , ▁y ▁no ▁comerá ▁de ▁las ▁cosas ▁s a g ra das ▁antes ▁que ▁haya ▁la v ado ▁su ▁carne ▁con ▁agua .
▁Y ▁cuando ▁el ▁so l ▁se ▁pusier e , ▁será ▁limpio ; ▁y ▁después ▁comerá ▁las ▁cosas ▁s a g ra das , ▁por que ▁su ▁pan ▁es .
▁M or te ci no ▁ni ▁de s p ed az ado ▁por ▁f i er a ▁no ▁comerá , ▁para ▁contamin ar se ▁en ▁el lo : ▁Yo ▁Jehová .
▁ G u ar de n , ▁pues , ▁mi ▁orden an za , ▁y ▁no ▁llev en ▁pecado ▁por ▁el lo , ▁no ▁sea ▁que ▁así ▁muera n ▁cuando ▁la ▁pro f an ar en : ▁Yo ▁Jehová ▁que ▁los ▁s an t i f i co .
▁N ing ún ▁ex tra ñ o ▁comerá ▁cosa ▁s a g r ada ; ▁el ▁ hu é s p ed ▁del ▁sacerdote , ▁ni ▁el ▁ jo rna le ro , ▁no ▁comerá ▁cosa ▁s a g r ada .
▁Mas ▁el ▁sacerdote , ▁cuando ▁com p ra re ▁persona ▁de ▁su ▁dinero , ▁é s ta ▁comerá ▁de ▁ella , ▁y ▁el ▁nac ido ▁en ▁su ▁casa : ▁é st os ▁comerá n ▁de ▁su ▁pan .
▁E mpero ▁la ▁hija ▁del ▁sacerdote , ▁cuando ▁se ▁casa re ▁con ▁varón ▁ex tra ñ o , ▁ella ▁no ▁comerá ▁de ▁la ▁ofrenda ▁de ▁las ▁cosas ▁s a g ra das .
▁Y ▁el ▁que ▁por ▁y er ro ▁com iere ▁cosa ▁s a g r ada , ▁a ñ ad irá ▁á ▁ella ▁su ▁qu in to , ▁y ▁dará lo ▁al ▁sacerdote ▁con ▁la ▁cosa ▁s a g r ada .
▁No ▁pro f an arán , ▁pues , ▁las ▁cosas ▁santa s ▁de ▁los ▁hijos ▁de ▁Israel , ▁las ▁cuales ▁apart an ▁para ▁Jehová :
▁Y ▁no ▁les ▁hará n ▁llev ar ▁la ▁iniquidad ▁del ▁pecado , ▁com iendo ▁las ▁cosas ▁santa s ▁de ▁ellos : ▁por que ▁yo ▁Jehová ▁soy ▁el ▁que ▁los ▁s an t i f i co .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁De ▁vuestra ▁ v o l un ta d ▁ofreceréis ▁macho ▁sin ▁defecto ▁de ▁entre ▁las ▁vacas , ▁de ▁entre ▁los ▁cordero s , ▁ó ▁de ▁entre ▁las ▁ca bra s .
▁N ing un a ▁cosa ▁en ▁que ▁haya ▁falta ▁ofreceréis , ▁por que ▁no ▁será ▁a ce p to ▁por ▁vosotros .
▁He r ido ▁ó ▁ ma gu l l ado , ▁romp ido ▁ó ▁cor t ado , ▁no ▁ofreceréis ▁á ▁Jehová , ▁ni ▁en ▁vuestra ▁tierra ▁lo ▁ha réis .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁sea ▁buey ▁ó ▁carnero , ▁no ▁degollar éis ▁en ▁un ▁día ▁á ▁él ▁y ▁á ▁su ▁hijo .
▁Y ▁cuando ▁sacrific are is ▁sacrificio ▁de ▁ha c imiento ▁de ▁gracia s ▁á ▁Jehová , ▁de ▁vuestra ▁ v o l un ta d ▁lo ▁sacrific aréis .
▁En ▁el ▁mismo ▁día ▁se ▁comerá ; ▁no ▁dejar éis ▁de ▁él ▁para ▁otro ▁día : ▁Yo ▁Jehová .
▁ G u ar dad ▁pues ▁mis ▁mandamientos , ▁y ▁ e je cu ta d los : ▁Yo ▁Jehová .
▁Y ▁no ▁a man c ill éis ▁mi ▁santo ▁nombre , ▁y ▁yo ▁me ▁santifica ré ▁en ▁medio ▁de ▁los ▁hijos ▁de ▁Israel : ▁Yo ▁Jehová ▁que ▁os ▁s an t i f i co ;
▁Que ▁os ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁para ▁ser ▁vuestro ▁Dios : ▁Yo ▁Jehová .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁La s ▁solemnidad es ▁de ▁Jehová , ▁las ▁cuales ▁pro c l am aréis ▁santa s ▁con v o ca ciones , ▁a que st as ▁serán ▁mis ▁solemnidad es .
▁Se is ▁días ▁se ▁tra ba ja rá , ▁y ▁el ▁séptimo ▁día ▁sábado ▁de ▁reposo ▁será , ▁con v o c ación ▁santa : ▁ninguna ▁obra ▁ha réis ; ▁sábado ▁es ▁de ▁Jehová ▁en ▁todas ▁vuestras ▁habita ciones .
▁Esta s ▁son ▁las ▁solemnidad es ▁de ▁Jehová , ▁las ▁con v o ca ciones ▁santa s , ▁á ▁las ▁cuales ▁con v o c aréis ▁en ▁sus ▁tiempo s .
▁En ▁el ▁me s ▁primer o , ▁á ▁los ▁ca to r ce ▁del ▁me s , ▁entre ▁las ▁dos ▁tarde s , ▁pa s cu a ▁es ▁de ▁Jehová .
▁Y ▁á ▁los ▁qu in ce ▁días ▁de ▁este ▁me s ▁es ▁la ▁solemnidad ▁de ▁los ▁á z i mos ▁á ▁Jehová : ▁siete ▁días ▁comeréis ▁á z i mos .
▁El ▁primer ▁día ▁tendréis ▁santa ▁con v o c ación : ▁ninguna ▁obra ▁ser vi l ▁ha réis .
▁Y ▁ofreceréis ▁á ▁Jehová ▁siete ▁días ▁ofrenda ▁encendida : ▁el ▁séptimo ▁día ▁será ▁santa ▁con v o c ación ; ▁ninguna ▁obra ▁ser vi l ▁ha réis .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁El ▁cual ▁me ce rá ▁el ▁ om er ▁delante ▁de ▁Jehová , ▁para ▁que ▁se áis ▁a ce p to s : ▁el ▁siguiente ▁día ▁del ▁sábado ▁lo ▁me ce rá ▁el ▁sacerdote .
▁Y ▁el ▁día ▁que ▁of re z c áis ▁el ▁ om er , ▁ofreceréis ▁un ▁cordero ▁de ▁un ▁año , ▁sin ▁defecto , ▁en ▁holocausto ▁á ▁Jehová .
▁Y ▁os ▁ha béis ▁de ▁con t ar ▁de s de ▁el ▁siguiente ▁día ▁del ▁sábado , ▁de s de ▁el ▁día ▁en ▁que ▁of re ci steis ▁el ▁ om er ▁de ▁la ▁ofrenda ▁me ci da ; ▁siete ▁se man as ▁cumpl i das ▁serán :
▁Ha s ta ▁el ▁siguiente ▁día ▁del ▁sábado ▁séptimo ▁con t aréis ▁cincuenta ▁días ; ▁entonces ▁ofreceréis ▁ n ue v o ▁presente ▁á ▁Jehová .
▁Of re ce réis ▁además ▁un ▁macho ▁de ▁cabrío ▁por ▁expiación ; ▁y ▁dos ▁cordero s ▁de ▁un ▁año ▁en ▁sacrificio ▁de ▁paces .
▁Y ▁el ▁sacerdote ▁los ▁me ce rá ▁en ▁ofrenda ▁a g ita da ▁delante ▁de ▁Jehová , ▁con ▁el ▁pan ▁de ▁las ▁pri mi ci as , ▁y ▁los ▁dos ▁cordero s : ▁serán ▁cosa ▁s a g r ada ▁de ▁Jehová ▁para ▁el ▁sacerdote .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁N ing un a ▁obra ▁ser vi l ▁ha réis ; ▁y ▁ofreceréis ▁ofrenda ▁encendida ▁á ▁Jehová .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁N ing un a ▁obra ▁ha réis ▁en ▁este ▁mismo ▁día ; ▁por que ▁es ▁día ▁de ▁ex p i a ciones , ▁para ▁rec on ci li ar os ▁delante ▁de ▁Jehová ▁vuestro ▁Dios .
▁Porque ▁toda ▁persona ▁que ▁no ▁se ▁aflig iere ▁en ▁este ▁mismo ▁día , ▁será ▁cor t ada ▁de ▁sus ▁pueblo s .
▁Y ▁cualquier a ▁persona ▁que ▁hiciere ▁obra ▁alguna ▁en ▁este ▁mismo ▁día , ▁yo ▁destruir é ▁la ▁tal ▁persona ▁de ▁entre ▁su ▁pueblo .
▁N ing un a ▁obra ▁ha réis : ▁estatuto ▁perpetuo ▁es ▁por ▁vuestras ▁edad es ▁en ▁todas ▁vuestras ▁habita ciones .
▁S á b ado ▁de ▁reposo ▁será ▁á ▁vosotros , ▁y ▁aflig i réis ▁vuestras ▁alma s , ▁come n z ando ▁á ▁los ▁ n ue v e ▁del ▁me s ▁en ▁la ▁tarde : ▁de ▁tarde ▁á ▁tarde ▁ho l g aréis ▁vuestro ▁sábado .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁A ▁los ▁qu in ce ▁días ▁de ▁este ▁me s ▁séptimo ▁será ▁la ▁solemnidad ▁de ▁las ▁ca ba ñ as ▁á ▁Jehová ▁por ▁siete ▁días .
▁El ▁primer ▁día ▁habrá ▁santa ▁con v o c ación : ▁ninguna ▁obra ▁ser vi l ▁ha réis .
▁A de m ás ▁de ▁los ▁sábado s ▁de ▁Jehová ▁y ▁además ▁de ▁vuestro s ▁done s , ▁y ▁á ▁más ▁de ▁todos ▁vuestro s ▁voto s , ▁y ▁además ▁de ▁todas ▁vuestras ▁ofrenda s ▁ v o l un ta ri as , ▁que ▁d aréis ▁á ▁Jehová .
▁Y ▁le ▁ha réis ▁f i est a ▁á ▁Jehová ▁por ▁siete ▁días ▁ cada ▁un ▁año ; ▁será ▁estatuto ▁perpetuo ▁por ▁vuestras ▁edad es ; ▁en ▁el ▁me s ▁séptimo ▁la ▁ha réis .
▁En ▁ca ba ñ as ▁habita réis ▁siete ▁días : ▁todo ▁ n a t ura l ▁de ▁Israel ▁habita rá ▁en ▁ca ba ñ as ;
▁Para ▁que ▁se p an ▁vuestro s ▁descend iente s ▁que ▁en ▁ca ba ñ as ▁ hi ce ▁yo ▁habita r ▁á ▁los ▁hijos ▁de ▁Israel , ▁cuando ▁los ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁As í ▁habló ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel ▁sobre ▁las ▁solemnidad es ▁de ▁Jehová .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁So bre ▁el ▁candelero ▁limpio ▁pondrá ▁siempre ▁en ▁orden ▁las ▁ l á m para s ▁delante ▁de ▁Jehová .
▁Y ▁tomará s ▁flor ▁de ▁harina , ▁y ▁co ce rás ▁de ▁ella ▁do ce ▁to r ta s : ▁ cada ▁to r ta ▁será ▁de ▁dos ▁décima s .
▁Y ▁has ▁de ▁pon er la s ▁en ▁dos ▁ó r de n es , ▁se is ▁en ▁ cada ▁orden , ▁sobre ▁la ▁me s a ▁limpia ▁delante ▁de ▁Jehová .
▁P on d rás ▁también ▁sobre ▁ cada ▁orden ▁in ci en s o ▁limpio , ▁y ▁será ▁para ▁el ▁pan ▁por ▁perfume , ▁ofrenda ▁encendida ▁á ▁Jehová .
▁C ada ▁día ▁de ▁sábado ▁lo ▁pondrá ▁de ▁con t in u o ▁en ▁orden ▁delante ▁de ▁Jehová , ▁de ▁los ▁hijos ▁de ▁Israel ▁por ▁pacto ▁se m p ite r no .
▁Y ▁será ▁de ▁Aarón ▁y ▁de ▁sus ▁hijos , ▁los ▁cuales ▁lo ▁comerá n ▁en ▁el ▁lugar ▁santo ; ▁por que ▁es ▁cosa ▁mu y ▁santa ▁para ▁él , ▁de ▁las ▁ofrenda s ▁encendida s ▁á ▁Jehová , ▁por ▁f ue ro ▁perpetuo .
▁Y ▁pu s i é ron lo ▁en ▁la ▁c á r ce l , ▁hast a ▁que ▁les ▁fuese ▁declar ado ▁por ▁palabra ▁de ▁Jehová .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁S a ca ▁al ▁ b la s f e mo ▁fuera ▁del ▁re al , ▁y ▁todos ▁los ▁que ▁le ▁ o y e ron ▁pon ga n ▁sus ▁manos ▁sobre ▁la ▁cabeza ▁de ▁él , ▁y ▁ap ed ré e lo ▁toda ▁la ▁congregación .
▁Y ▁á ▁los ▁hijos ▁de ▁Israel ▁habla rás , ▁diciendo : ▁Cualquier a ▁que ▁mal di je re ▁á ▁su ▁Dios , ▁llev ará ▁su ▁iniquidad .
▁A simismo ▁el ▁hombre ▁que ▁ h iere ▁de ▁muerte ▁á ▁cualquier a ▁persona , ▁que ▁su f ra ▁la ▁muerte .
▁Y ▁el ▁que ▁ h iere ▁á ▁al g ún ▁animal , ▁ha ▁de ▁rest i tu ir lo : ▁animal ▁por ▁animal .
▁Y ▁el ▁que ▁causa re ▁les ió n ▁en ▁su ▁prójimo , ▁seg ún ▁hizo , ▁así ▁le ▁sea ▁hecho :
▁R o t ura ▁por ▁ ro t ura , ▁ o jo ▁por ▁ o jo , ▁d iente ▁por ▁d iente : ▁seg ún ▁la ▁les ió n ▁que ▁habrá ▁hecho ▁á ▁otro , ▁tal ▁se ▁hará ▁á ▁él .
▁El ▁que ▁ h iere ▁al g ún ▁animal , ▁ha ▁de ▁rest i tu ir lo ; ▁mas ▁el ▁que ▁ h iere ▁de ▁muerte ▁á ▁un ▁hombre , ▁que ▁muera .
▁Un ▁mismo ▁derecho ▁tendréis : ▁ como ▁el ▁extranjero , ▁así ▁será ▁el ▁ n a t ura l : ▁por que ▁yo ▁soy ▁Jehová ▁vuestro ▁Dios .
▁Y ▁habló ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁ellos ▁saca ron ▁al ▁ b la s f e mo ▁fuera ▁del ▁re al , ▁y ▁ap ed re áronlo ▁con ▁piedra s . ▁Y ▁los ▁hijos ▁de ▁Israel ▁hicieron ▁seg ún ▁que ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés ▁en ▁el ▁monte ▁de ▁Sinaí , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁hubiere is ▁entr ado ▁en ▁la ▁tierra ▁que ▁yo ▁os ▁do y , ▁la ▁tierra ▁hará ▁sábado ▁á ▁Jehová .
▁Se is ▁años ▁se m bra rás ▁tu ▁tierra , ▁y ▁se is ▁años ▁pod arás ▁tu ▁viña , ▁y ▁co g e rás ▁sus ▁fruto s ;
▁Y ▁el ▁séptimo ▁año ▁la ▁tierra ▁tendrá ▁sábado ▁de ▁ho l ga n za , ▁sábado ▁á ▁Jehová : ▁no ▁se m bra rás ▁tu ▁tierra , ▁ni ▁pod arás ▁tu ▁viña .
▁Mas ▁el ▁sábado ▁de ▁la ▁tierra ▁os ▁será ▁para ▁come r ▁á ▁ti , ▁y ▁á ▁tu ▁siervo , ▁y ▁á ▁tu ▁sierva , ▁y ▁á ▁tu ▁criado , ▁y ▁á ▁tu ▁extranjero ▁que ▁mor are ▁contigo :
▁Y ▁á ▁tu ▁animal , ▁y ▁á ▁la ▁bestia ▁que ▁hubiere ▁en ▁tu ▁tierra , ▁será ▁todo ▁el ▁fruto ▁de ▁ella ▁para ▁come r .
▁Y ▁te ▁has ▁de ▁con t ar ▁siete ▁se man as ▁de ▁años , ▁siete ▁veces ▁siete ▁años ; ▁de ▁mo do ▁que ▁los ▁días ▁de ▁las ▁siete ▁se man as ▁de ▁años ▁vendrá n ▁á ▁ser te ▁cuarenta ▁y ▁ n ue v e ▁años .
▁Entonces ▁harás ▁pasar ▁la ▁ t ro m pe ta ▁de ▁ j u bi l ación ▁en ▁el ▁me s ▁séptimo ▁á ▁los ▁diez ▁del ▁me s ; ▁el ▁día ▁de ▁la ▁expiación ▁ha réis ▁pasar ▁la ▁ t ro m pe ta ▁por ▁toda ▁vuestra ▁tierra .
▁Porque ▁es ▁jubile o : ▁santo ▁será ▁á ▁vosotros ; ▁el ▁pro d u c to ▁de ▁la ▁tierra ▁comeréis .
▁En ▁este ▁año ▁de ▁jubile o ▁volver éis ▁ cada ▁uno ▁á ▁su ▁posesión .
▁Y ▁cuando ▁ven d iere is ▁al go ▁á ▁vuestro ▁prójimo , ▁ó ▁com p ra re is ▁de ▁mano ▁de ▁vuestro ▁prójimo , ▁no ▁en ga ñ e ▁ninguno ▁á ▁su ▁hermano :
▁C on for me ▁al ▁número ▁de ▁los ▁años ▁después ▁del ▁jubile o ▁com p r arás ▁de ▁tu ▁prójimo ; ▁conform e ▁al ▁número ▁de ▁los ▁años ▁de ▁los ▁fruto s ▁te ▁ven de rá ▁él ▁á ▁ti .
▁Y ▁no ▁en ga ñ e ▁ninguno ▁á ▁su ▁prójimo ; ▁mas ▁tendrá s ▁tem or ▁de ▁tu ▁Dios : ▁por que ▁yo ▁soy ▁Jehová ▁vuestro ▁Dios .
▁E je cu ta d , ▁pues , ▁mis ▁estatuto s , ▁y ▁guarda d ▁mis ▁derecho s , ▁y ▁pon ed los ▁por ▁obra , ▁y ▁habita réis ▁en ▁la ▁tierra ▁seg ur os ;
▁Y ▁la ▁tierra ▁dará ▁su ▁fruto , ▁y ▁comeréis ▁hast a ▁ha r t ura , ▁y ▁habita réis ▁en ▁ella ▁con ▁se gu ri dad .
▁Y ▁si ▁dijere is : ▁¿ Qué ▁come remos ▁el ▁séptimo ▁año ? ▁he ▁aquí ▁no ▁he mos ▁de ▁se m bra r , ▁ni ▁he mos ▁de ▁co g er ▁nuestro s ▁fruto s :
▁Entonces ▁yo ▁os ▁enviar é ▁mi ▁bendición ▁el ▁se x to ▁año , ▁y ▁hará ▁fruto ▁por ▁tres ▁años .
▁Y ▁se m bra réis ▁el ▁año ▁oc ta v o , ▁y ▁comeréis ▁del ▁fruto ▁a ñ e jo ; ▁hast a ▁el ▁año ▁ n ove no , ▁hast a ▁que ▁ven ga ▁su ▁fruto ▁comeréis ▁del ▁a ñ e jo .
▁Y ▁la ▁tierra ▁no ▁se ▁ven de rá ▁re ma ta d amente , ▁por que ▁la ▁tierra ▁mí a ▁es ; ▁que ▁vosotros ▁per e g ri nos ▁y ▁extranjero s ▁so is ▁para ▁conmigo .
▁Por ▁tanto , ▁en ▁toda ▁la ▁tierra ▁de ▁vuestra ▁posesión , ▁ o to r g aréis ▁re de n ción ▁á ▁la ▁tierra .
▁Cuan do ▁tu ▁hermano ▁emp o bre c iere , ▁y ▁ven d iere ▁al go ▁de ▁su ▁posesión , ▁vendrá ▁el ▁re s ca ta dor , ▁su ▁cerca no , ▁y ▁re s ca t ará ▁lo ▁que ▁su ▁hermano ▁hubiere ▁ven d ido .
▁Y ▁cuando ▁el ▁hombre ▁no ▁tuviere ▁re s ca ta dor , ▁si ▁al ca n za re ▁su ▁mano , ▁y ▁halla re ▁lo ▁que ▁ba s ta ▁para ▁su ▁re s ca te ;
▁Entonces ▁con t ará ▁los ▁años ▁de ▁su ▁ven ta , ▁y ▁pa g ará ▁lo ▁que ▁quedar e ▁al ▁varón ▁á ▁quien ▁ven d ió , ▁y ▁volver á ▁á ▁su ▁posesión .
▁Mas ▁las ▁casa s ▁de ▁las ▁aldeas ▁que ▁no ▁tiene n ▁mu ro ▁alrededor , ▁serán ▁es t im ada s ▁ como ▁una ▁ha za ▁de ▁tierra : ▁tendrá n ▁re de n ción , ▁y ▁saldrá n ▁en ▁el ▁jubile o .
▁P er o ▁en ▁cuanto ▁á ▁las ▁ciudades ▁de ▁los ▁Levitas , ▁siempre ▁pod rán ▁re d im ir ▁los ▁Levitas ▁las ▁casa s ▁de ▁las ▁ciudades ▁que ▁pos e y er en .
▁Mas ▁la ▁tierra ▁del ▁ e j ido ▁de ▁sus ▁ciudades ▁no ▁se ▁ven de rá , ▁por que ▁es ▁perpetua ▁posesión ▁de ▁ellos .
▁No ▁tomará s ▁us ura ▁de ▁él , ▁ni ▁a u ment o ; ▁mas ▁tendrá s ▁tem or ▁de ▁tu ▁Dios , ▁y ▁tu ▁hermano ▁vivir á ▁contigo .
▁No ▁le ▁dará s ▁tu ▁dinero ▁á ▁us ura , ▁ni ▁tu ▁vi tu al la ▁á ▁ ga n an ci a :
▁Yo ▁Jehová ▁vuestro ▁Dios , ▁que ▁os ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁para ▁dar os ▁la ▁tierra ▁de ▁Canaán , ▁para ▁ser ▁vuestro ▁Dios .
▁Y ▁cuando ▁tu ▁hermano ▁emp o bre c iere , ▁esta ndo ▁contigo , ▁y ▁se ▁ven d iere ▁á ▁ti , ▁no ▁le ▁harás ▁servir ▁ como ▁siervo :
▁C o mo ▁criado , ▁ como ▁extranjero ▁estará ▁contigo ; ▁hast a ▁el ▁año ▁del ▁jubile o ▁te ▁servir á .
▁Entonces ▁saldrá ▁de ▁contigo , ▁él ▁y ▁sus ▁hijos ▁consigo , ▁y ▁volver á ▁á ▁su ▁familia , ▁y ▁á ▁la ▁posesión ▁de ▁sus ▁padres ▁se ▁rest i tu irá .
▁Porque ▁son ▁mis ▁siervos , ▁los ▁cuales ▁s a qué ▁yo ▁de ▁la ▁tierra ▁de ▁Egipto : ▁no ▁serán ▁ven d ido s ▁á ▁manera ▁de ▁siervos .
▁No ▁te ▁en se ñ o re arás ▁de ▁él ▁con ▁d u re za , ▁mas ▁tendrá s ▁tem or ▁de ▁tu ▁Dios .
▁Después ▁que ▁se ▁hubiere ▁ven d ido , ▁pod rá ▁ser ▁re s ca t ado : ▁uno ▁de ▁sus ▁hermanos ▁lo ▁re s ca t ará ;
▁Si ▁aun ▁fuere n ▁mucho s ▁años , ▁conform e ▁á ▁ellos ▁volver á ▁para ▁su ▁re s ca te ▁del ▁dinero ▁por ▁el ▁cual ▁se ▁ven d ió .
▁Y ▁si ▁quedar e ▁poco ▁tiempo ▁hast a ▁el ▁año ▁del ▁jubile o , ▁entonces ▁con t ará ▁con ▁él , ▁y ▁de v o l ver á ▁su ▁re s ca te ▁conform e ▁á ▁sus ▁años .
▁C o mo ▁con ▁tomado ▁á ▁sal ar i o ▁an u al mente ▁hará ▁con ▁él : ▁no ▁se ▁en se ñ o re ará ▁en ▁él ▁con ▁as per e za ▁delante ▁de ▁tu s ▁ojos .
▁Mas ▁si ▁no ▁se ▁re d im iere ▁en ▁es os ▁años , ▁en ▁el ▁año ▁del ▁jubile o ▁saldrá , ▁él , ▁y ▁sus ▁hijos ▁con ▁él .
▁Porque ▁mis ▁siervos ▁son ▁los ▁hijos ▁de ▁Israel ; ▁son ▁siervos ▁mío s , ▁á ▁los ▁cuales ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁ G u ar dad ▁mis ▁sábado s , ▁y ▁ten ed ▁en ▁re ver en ci a ▁mi ▁santuario : ▁Yo ▁Jehová .
▁Si ▁and u vier e is ▁en ▁mis ▁de c re to s , ▁y ▁guarda re is ▁mis ▁mandamientos , ▁y ▁los ▁pusier e is ▁por ▁obra ;
▁Yo ▁daré ▁vuestra ▁ l l u vi a ▁en ▁su ▁tiempo , ▁y ▁la ▁tierra ▁re nd irá ▁sus ▁pro d u c ciones , ▁y ▁el ▁árbol ▁del ▁campo ▁dará ▁su ▁fruto ;
▁Y ▁yo ▁daré ▁paz ▁en ▁la ▁tierra , ▁y ▁do r mi réis , ▁y ▁no ▁habrá ▁quien ▁os ▁es p an te : ▁y ▁haré ▁quitar ▁las ▁mal as ▁bestia s ▁de ▁vuestra ▁tierra , ▁y ▁no ▁pasar á ▁por ▁vuestro ▁país ▁la ▁espada :
▁Y ▁per se gu i réis ▁á ▁vuestro s ▁enemigos , ▁y ▁ca e rán ▁á ▁cuchillo ▁delante ▁de ▁vosotros :
▁Y ▁cinco ▁de ▁vosotros ▁per se gu irá n ▁á ▁ciento , ▁y ▁ciento ▁de ▁vosotros ▁per se gu irá n ▁á ▁diez ▁mil , ▁y ▁vuestro s ▁enemigos ▁ca e rán ▁á ▁cuchillo ▁delante ▁de ▁vosotros .
▁Porque ▁yo ▁me ▁volver é ▁á ▁vosotros , ▁y ▁os ▁haré ▁c re cer , ▁y ▁os ▁multiplic aré , ▁y ▁a f ir ma ré ▁mi ▁pacto ▁con ▁vosotros :
▁Y ▁comeréis ▁lo ▁a ñ e jo ▁de ▁mucho ▁tiempo , ▁y ▁saca réis ▁fuera ▁lo ▁a ñ e jo ▁á ▁causa ▁de ▁lo ▁ n ue v o :
▁Y ▁pondré ▁mi ▁mor ada ▁en ▁medio ▁de ▁vosotros , ▁y ▁mi ▁alma ▁no ▁os ▁abomina rá :
▁Y ▁and aré ▁entre ▁vosotros , ▁y ▁yo ▁se ré ▁vuestro ▁Dios , ▁y ▁vosotros ▁se réis ▁mi ▁pueblo .
▁Yo ▁Jehová ▁vuestro ▁Dios , ▁que ▁os ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁para ▁que ▁no ▁fuese is ▁sus ▁siervos ; ▁y ▁romp í ▁las ▁co y un das ▁de ▁vuestro ▁y u go , ▁y ▁os ▁he ▁hecho ▁and ar ▁el ▁rostro ▁al to .
▁E mpero ▁si ▁no ▁me ▁ o y er e is , ▁ni ▁hiciere is ▁todos ▁estos ▁mis ▁mandamientos ,
▁Y ▁si ▁abomina re is ▁mis ▁de c re to s , ▁y ▁vuestra ▁alma ▁men os p re ci are ▁mis ▁derecho s , ▁no ▁ e je cu t ando ▁todos ▁mis ▁mandamientos , ▁é ▁in v al id ando ▁mi ▁pacto ;
▁Y ▁si ▁aun ▁con ▁es as ▁cosas ▁no ▁me ▁ o y er e is , ▁yo ▁torn aré ▁á ▁cast i gar os ▁siete ▁veces ▁más ▁por ▁vuestro s ▁pecado s .
▁Y ▁que bra n t aré ▁la ▁so b er bi a ▁de ▁vuestra ▁fortaleza , ▁y ▁torn aré ▁vuestro ▁cielo ▁ como ▁ hi er ro , ▁y ▁vuestra ▁tierra ▁ como ▁metal :
▁Y ▁vuestra ▁fuerza ▁se ▁consum irá ▁en ▁va no ; ▁que ▁vuestra ▁tierra ▁no ▁dará ▁su ▁es qui l mo , ▁y ▁los ▁árbol es ▁de ▁la ▁tierra ▁no ▁dará n ▁su ▁fruto .
▁Y ▁si ▁and u vier e is ▁conmigo ▁en ▁ o p os i ción , ▁y ▁no ▁me ▁qu is iere is ▁oir , ▁yo ▁a ñ a di ré ▁sobre ▁vosotros ▁siete ▁veces ▁más ▁plaga s ▁seg ún ▁vuestro s ▁pecado s .
▁Y ▁si ▁con ▁esta s ▁cosas ▁no ▁fuere is ▁cor re g ido s , ▁sin o ▁que ▁and u vier e is ▁conmigo ▁en ▁ o p os i ción ,
▁Yo ▁también ▁pro ce de ré ▁con ▁vosotros ▁en ▁ o p os i ción , ▁y ▁os ▁her i ré ▁aun ▁siete ▁veces ▁por ▁vuestro s ▁pecado s :
▁Y ▁si ▁con ▁esto ▁no ▁me ▁ o y er e is , ▁mas ▁pro c ed iere is ▁conmigo ▁en ▁ o p os i ción ,
▁Yo ▁pro ce de ré ▁con ▁vosotros ▁en ▁contra ▁y ▁con ▁ir a , ▁y ▁os ▁cast i g aré ▁aun ▁siete ▁veces ▁por ▁vuestro s ▁pecado s .
▁Y ▁comeréis ▁las ▁carne s ▁de ▁vuestro s ▁hijos , ▁y ▁comeréis ▁las ▁carne s ▁de ▁vuestras ▁hijas :
▁Y ▁destruir é ▁vuestro s ▁al to s , ▁y ▁tal aré ▁vuestras ▁ im á g en es , ▁y ▁pondré ▁vuestro s ▁cuerpo s ▁muerto s ▁sobre ▁los ▁cuerpo s ▁muerto s ▁de ▁vuestro s ▁ í do los , ▁y ▁mi ▁alma ▁os ▁abomina rá :
▁Y ▁pondré ▁vuestras ▁ciudades ▁en ▁desierto , ▁y ▁as o l aré ▁vuestro s ▁santuario s , ▁y ▁no ▁ o le ré ▁la ▁f ra ga n ci a ▁de ▁vuestro ▁su ave ▁perfume .
▁Yo ▁as o l aré ▁también ▁la ▁tierra , ▁y ▁se ▁pa s m arán ▁de ▁ella ▁vuestro s ▁enemigos ▁que ▁en ▁ella ▁mor an :
▁Y ▁á ▁vosotros ▁os ▁esparci ré ▁por ▁las ▁gente s , ▁y ▁de s en v a in aré ▁espada ▁en ▁pos ▁de ▁vosotros : ▁y ▁vuestra ▁tierra ▁estará ▁as o l ada , ▁y ▁y er ma s ▁vuestras ▁ciudades .
▁Todo ▁el ▁tiempo ▁que ▁estará ▁as o l ada , ▁ho l g ará ▁lo ▁que ▁no ▁ho l g ó ▁en ▁vuestro s ▁sábado s ▁mi en tra s ▁habitaba is ▁en ▁ella .
▁Y ▁per e ce réis ▁entre ▁las ▁gente s , ▁y ▁la ▁tierra ▁de ▁vuestro s ▁enemigos ▁os ▁consum irá .
▁Y ▁los ▁que ▁quedar en ▁de ▁vosotros ▁de ca e rán ▁en ▁las ▁tierra s ▁de ▁vuestro s ▁enemigos ▁por ▁su ▁iniquidad ; ▁y ▁por ▁la ▁iniquidad ▁de ▁sus ▁padres ▁de ca e rán ▁con ▁ellos :
▁Y ▁yo ▁me ▁a co r d aré ▁de ▁mi ▁pacto ▁con ▁Jacob , ▁y ▁a simismo ▁de ▁mi ▁pacto ▁con ▁Isaac , ▁y ▁también ▁de ▁mi ▁pacto ▁con ▁Abraham ▁me ▁a co r d aré ; ▁y ▁haré ▁memoria ▁de ▁la ▁tierra .
▁A n te s ▁me ▁a co r d aré ▁de ▁ellos ▁por ▁el ▁pacto ▁an t i gu o , ▁cuando ▁los ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto ▁á ▁los ▁ojos ▁de ▁las ▁gente s , ▁para ▁ser ▁su ▁Dios : ▁Yo ▁Jehová .
▁Estos ▁son ▁los ▁de c re to s , ▁derecho s ▁y ▁le y es ▁que ▁esta ble ció ▁Jehová ▁entre ▁sí ▁y ▁los ▁hijos ▁de ▁Israel ▁en ▁el ▁monte ▁de ▁Sinaí ▁por ▁mano ▁de ▁Moisés .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁En ▁cuanto ▁al ▁varón ▁de ▁veinte ▁años ▁hast a ▁se s enta , ▁tu ▁es t im ación ▁será ▁cincuenta ▁siclo s ▁de ▁plata , ▁seg ún ▁el ▁siclo ▁del ▁santuario .
▁Y ▁si ▁fuere ▁he m bra , ▁la ▁es t im ación ▁será ▁treinta ▁siclo s .
▁Y ▁si ▁fuere ▁de ▁cinco ▁años ▁hast a ▁veinte , ▁tu ▁es t im ación ▁será ▁re s pe c to ▁al ▁varón ▁veinte ▁siclo s , ▁y ▁á ▁la ▁he m bra ▁diez ▁siclo s .
▁Mas ▁si ▁fuere ▁de ▁se s enta ▁años ▁arriba , ▁por ▁el ▁varón ▁tu ▁es t im ación ▁será ▁qu in ce ▁siclo s , ▁y ▁por ▁la ▁he m bra ▁diez ▁siclo s .
▁Y ▁si ▁fuere ▁animal ▁de ▁que ▁se ▁of re ce ▁ofrenda ▁á ▁Jehová , ▁todo ▁lo ▁que ▁se ▁die re ▁de ▁él ▁á ▁Jehová ▁será ▁santo .
▁Y ▁si ▁fuere ▁al g ún ▁animal ▁inmundo , ▁de ▁que ▁no ▁se ▁of re ce ▁ofrenda ▁á ▁Jehová , ▁entonces ▁el ▁animal ▁será ▁puesto ▁delante ▁del ▁sacerdote :
▁Y ▁el ▁sacerdote ▁lo ▁ap re ci ará , ▁sea ▁bueno ▁ó ▁sea ▁mal o ; ▁conform e ▁á ▁la ▁es t im ación ▁del ▁sacerdote , ▁así ▁será .
▁Y ▁si ▁lo ▁hubiere n ▁de ▁re d im ir , ▁a ñ ad irá n ▁su ▁qu in to ▁sobre ▁tu ▁va l u ación .
▁Mas ▁si ▁el ▁santifica n te ▁re d im iere ▁su ▁casa , ▁a ñ ad irá ▁á ▁tu ▁va l u ación ▁el ▁qu in to ▁del ▁dinero ▁de ▁ella , ▁y ▁será ▁su y a .
▁Y ▁si ▁santifica re ▁su ▁tierra ▁de s de ▁el ▁año ▁del ▁jubile o , ▁conform e ▁á ▁tu ▁es t im ación ▁quedar á .
▁Mas ▁si ▁él ▁no ▁re d im iere ▁la ▁tierra , ▁y ▁la ▁tierra ▁se ▁ven d iere ▁á ▁otro ▁ , ▁no ▁la ▁re d im irá ▁más ;
▁Si no ▁que ▁cuando ▁sal iere ▁en ▁el ▁jubile o , ▁la ▁tierra ▁será ▁santa ▁á ▁Jehová , ▁ como ▁tierra ▁consagr ada : ▁la ▁posesión ▁de ▁ella ▁será ▁del ▁sacerdote .
▁Y ▁si ▁santifica re ▁alguno ▁á ▁Jehová ▁la ▁tierra ▁que ▁él ▁com p r ó , ▁que ▁no ▁era ▁de ▁la ▁tierra ▁de ▁su ▁her en ci a ,
▁En ▁el ▁año ▁del ▁jubile o , ▁volver á ▁la ▁tierra ▁á ▁a qué l ▁de ▁quien ▁él ▁la ▁com p r ó , ▁cu y a ▁es ▁la ▁her en ci a ▁de ▁la ▁tierra .
▁Y ▁todo ▁lo ▁que ▁ap re ci are s ▁será ▁conform e ▁al ▁siclo ▁del ▁santuario : ▁el ▁siclo ▁tiene ▁veinte ▁ó b o los .
▁E mpero ▁el ▁primogénito ▁de ▁los ▁animal es , ▁que ▁por ▁la ▁pri mo g en i t ura ▁es ▁de ▁Jehová , ▁nadie ▁lo ▁santifica rá ; ▁sea ▁buey ▁ ú ▁ ove ja , ▁de ▁Jehová ▁es .
▁Cualquier ▁an a te ma ▁ ( co s a ▁consagr ada ) ▁de ▁hombres ▁que ▁se ▁consagr are , ▁no ▁será ▁re d im ido : ▁in de f e c t i ble mente ▁ha ▁de ▁ser ▁muerto .
▁Y ▁todas ▁las ▁décima s ▁de ▁la ▁tierra , ▁así ▁de ▁la ▁simiente ▁de ▁la ▁tierra ▁ como ▁del ▁fruto ▁de ▁los ▁árbol es , ▁de ▁Jehová ▁son : ▁es ▁cosa ▁consagr ada ▁á ▁Jehová .
▁Y ▁si ▁alguno ▁qu is iere ▁re d im ir ▁al go ▁de ▁sus ▁décima s , ▁a ñ ad irá ▁su ▁qu in to ▁á ▁el lo .
▁Y ▁toda ▁décima ▁de ▁vacas ▁ó ▁de ▁ovejas , ▁de ▁todo ▁lo ▁que ▁pasa ▁ba jo ▁la ▁va ra , ▁la ▁décima ▁será ▁consagr ada ▁á ▁Jehová .
▁Estos ▁son ▁los ▁mandamientos ▁que ▁orden ó ▁Jehová ▁á ▁Moisés , ▁para ▁los ▁hijos ▁de ▁Israel , ▁en ▁el ▁monte ▁de ▁Sinaí .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁en ▁el ▁desierto ▁de ▁Sinaí , ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁en ▁el ▁primer o ▁del ▁me s ▁segundo , ▁en ▁el ▁segundo ▁año ▁de ▁su ▁sal i da ▁de ▁la ▁tierra ▁de ▁Egipto , ▁diciendo :
▁Toma d ▁el ▁en ca be z amiento ▁de ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁por ▁sus ▁familias , ▁por ▁las ▁casa s ▁de ▁sus ▁padres , ▁con ▁la ▁cu enta ▁de ▁los ▁nombre s , ▁todos ▁los ▁varones ▁por ▁sus ▁cabeza s :
▁De ▁veinte ▁años ▁arriba , ▁todos ▁los ▁que ▁pu ed en ▁sal ir ▁á ▁la ▁guerra ▁en ▁Israel , ▁los ▁con t aréis ▁tú ▁y ▁Aarón ▁por ▁sus ▁cu ad r ill as .
▁Y ▁estará ▁con ▁vosotros ▁un ▁varón ▁de ▁ cada ▁tribu , ▁ cada ▁uno ▁cabeza ▁de ▁la ▁casa ▁de ▁sus ▁padres .
▁Y ▁estos ▁son ▁los ▁nombre s ▁de ▁los ▁varones ▁que ▁estará n ▁con ▁vosotros : ▁De ▁la ▁tribu ▁de ▁Rubén , ▁Eli s ur ▁hijo ▁de ▁Se de ur .
▁De ▁Simeón , ▁Se l u mi el ▁hijo ▁de ▁Z ur is ad da i .
▁De ▁Judá , ▁N a as ón ▁hijo ▁de ▁A mi n ada b .
▁De ▁Issachâr , ▁Nathan a el ▁hijo ▁de ▁Su ar .
▁De ▁Zabulón , ▁Eli ab ▁hijo ▁de ▁He l ón .
▁De ▁los ▁hijos ▁de ▁José : ▁de ▁Ephraim , ▁Eli s a ma ▁hijo ▁de ▁A m mi ud ; ▁de ▁Manasés , ▁ G am al i el ▁hijo ▁de ▁P ed as ur .
▁De ▁Benjamín , ▁Abi d án ▁hijo ▁de ▁Gedeón .
▁De ▁Dan , ▁Ahi ezer ▁hijo ▁de ▁A m mi s ad da i .
▁De ▁As er , ▁P h e g i el ▁hijo ▁de ▁O c rán .
▁De ▁Gad , ▁Eli as a ph ▁hijo ▁de ▁De hu el .
▁De ▁Nephtalí , ▁Ahi ra ▁hijo ▁de ▁En án .
▁Estos ▁era n ▁los ▁no m bra do s ▁de ▁la ▁congregación , ▁príncipes ▁de ▁las ▁tribu s ▁de ▁sus ▁padres , ▁ca p ita n es ▁de ▁los ▁mil la res ▁de ▁Israel .
▁T om ó ▁pues ▁Moisés ▁y ▁Aarón ▁á ▁estos ▁varones ▁que ▁fueron ▁declar ados ▁por ▁sus ▁nombre s :
▁C o mo ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés ; ▁y ▁con t ólo s ▁en ▁el ▁desierto ▁de ▁Sinaí .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Rubén , ▁fueron ▁cuarenta ▁y ▁se is ▁mil ▁y ▁quinient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Simeón , ▁cincuenta ▁y ▁ n ue v e ▁mil ▁y ▁tres cientos ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Gad , ▁cuarenta ▁y ▁cinco ▁mil ▁seiscient os ▁y ▁cincuenta .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Judá , ▁setenta ▁y ▁cuatro ▁mil ▁y ▁seiscient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Issachâr , ▁cincuenta ▁y ▁cuatro ▁mil ▁y ▁cuatrocient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Zabulón , ▁cincuenta ▁y ▁siete ▁mil ▁y ▁cuatrocient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Ephraim , ▁cuarenta ▁mil ▁y ▁quinient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Manasés , ▁treinta ▁y ▁dos ▁mil ▁y ▁dos cientos .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Benjamín , ▁treinta ▁y ▁cinco ▁mil ▁y ▁cuatrocient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Dan , ▁se s enta ▁y ▁dos ▁mil ▁y ▁se te cientos ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁As er , ▁cuarenta ▁y ▁un ▁mil ▁y ▁quinient os ▁ .
▁Lo s ▁contados ▁de ▁ellos , ▁de ▁la ▁tribu ▁de ▁Nephtalí , ▁cincuenta ▁y ▁tres ▁mil ▁y ▁cuatrocient os ▁ .
▁Estos ▁fueron ▁los ▁contados , ▁los ▁cuales ▁con t aron ▁Moisés ▁y ▁Aarón , ▁con ▁los ▁príncipes ▁de ▁Israel , ▁que ▁era n ▁do ce ▁ , ▁uno ▁por ▁ cada ▁casa ▁de ▁sus ▁padres .
▁Y ▁fueron ▁todos ▁los ▁contados ▁de ▁los ▁hijos ▁de ▁Israel ▁por ▁las ▁casa s ▁de ▁sus ▁padres , ▁de ▁veinte ▁años ▁arriba , ▁todos ▁los ▁que ▁pod ían ▁sal ir ▁á ▁la ▁guerra ▁en ▁Israel ;
▁F ue ron ▁todos ▁los ▁contados ▁seiscient os ▁tres ▁mil ▁quinient os ▁y ▁cincuenta .
▁P er o ▁los ▁Levitas ▁no ▁fueron ▁contados ▁entre ▁ellos ▁seg ún ▁la ▁tribu ▁de ▁sus ▁padres .
▁Porque ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁So l amente ▁no ▁con t arás ▁la ▁tribu ▁de ▁Leví , ▁ni ▁tomará s ▁la ▁cu enta ▁de ▁ellos ▁entre ▁los ▁hijos ▁de ▁Israel :
▁Y ▁cuando ▁el ▁tabernáculo ▁part iere , ▁los ▁Levitas ▁lo ▁de s ar m arán ; ▁y ▁cuando ▁el ▁tabernáculo ▁para re , ▁los ▁Levitas ▁lo ▁arm arán : ▁y ▁el ▁ex tra ñ o ▁que ▁se ▁llegar e , ▁morirá .
▁Y ▁los ▁hijos ▁de ▁Israel ▁as enta rán ▁sus ▁tienda s ▁ cada ▁uno ▁en ▁su ▁es cu ad r ón , ▁y ▁ cada ▁uno ▁junto ▁á ▁su ▁ba n de ra , ▁por ▁sus ▁cu ad r ill as ;
▁Mas ▁los ▁Levitas ▁as enta rán ▁las ▁su y as ▁alrededor ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁no ▁habrá ▁ir a ▁sobre ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel : ▁y ▁los ▁Levitas ▁tendrá n ▁la ▁guarda ▁del ▁tabernáculo ▁del ▁testimonio .
▁E ▁hicieron ▁los ▁hijos ▁de ▁Israel ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁mandó ▁Jehová ▁á ▁Moisés ; ▁así ▁lo ▁hicieron .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁Lo s ▁hijos ▁de ▁Israel ▁a c am p arán ▁ cada ▁uno ▁junto ▁á ▁su ▁ba n de ra , ▁seg ún ▁las ▁en se ñ as ▁de ▁las ▁casa s ▁de ▁sus ▁padres ; ▁alrededor ▁del ▁tabernáculo ▁del ▁testimonio ▁a c am p arán .
▁Su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁setenta ▁y ▁cuatro ▁mil ▁y ▁seiscient os ▁ .
▁ J un to ▁á ▁él ▁a c am p arán ▁los ▁de ▁la ▁tribu ▁de ▁Issachâr : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Issachâr , ▁Nathan a el ▁hijo ▁de ▁Su ar ;
▁Y ▁su ▁hues te , ▁con ▁sus ▁contados , ▁cincuenta ▁y ▁cuatro ▁mil ▁y ▁cuatrocient os ▁ :
▁Y ▁la ▁tribu ▁de ▁Zabulón : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Zabulón , ▁Eli ab ▁hijo ▁de ▁He l ón ;
▁Y ▁su ▁hues te , ▁con ▁sus ▁contados , ▁cincuenta ▁y ▁siete ▁mil ▁y ▁cuatrocient os ▁ .
▁Todo s ▁los ▁contados ▁en ▁el ▁ejército ▁de ▁Judá , ▁ciento ▁oc h enta ▁y ▁se is ▁mil ▁y ▁cuatrocient os ▁ , ▁por ▁sus ▁escuadrones , ▁ir án ▁delante .
▁La ▁ba n de ra ▁del ▁ejército ▁de ▁Rubén ▁al ▁mediodía , ▁por ▁sus ▁escuadrones : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Rubén , ▁Eli s ur ▁hijo ▁de ▁Se de ur ;
▁Y ▁su ▁hues te , ▁sus ▁contados , ▁cuarenta ▁y ▁se is ▁mil ▁y ▁quinient os ▁ .
▁Y ▁a c am p arán ▁junto ▁á ▁él ▁los ▁de ▁la ▁tribu ▁de ▁Simeón : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Simeón , ▁Se l u mi el ▁hijo ▁de ▁Z ur is ad da i ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁cincuenta ▁y ▁ n ue v e ▁mil ▁y ▁tres cientos ▁ :
▁Y ▁la ▁tribu ▁de ▁Gad : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Gad , ▁Eli as a ph ▁hijo ▁de ▁Re hu el ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁cuarenta ▁y ▁cinco ▁mil ▁seiscient os ▁y ▁cincuenta .
▁Todo s ▁los ▁contados ▁en ▁el ▁ejército ▁de ▁Rubén , ▁ciento ▁cincuenta ▁y ▁un ▁mil ▁cuatrocient os ▁y ▁cincuenta , ▁por ▁sus ▁escuadrones , ▁ir án ▁los ▁segundo s .
▁La ▁ba n de ra ▁del ▁ejército ▁de ▁Ephraim ▁por ▁sus ▁escuadrones , ▁al ▁occidente : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Ephraim , ▁Eli s a ma ▁hijo ▁de ▁A m mi ud ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁cuarenta ▁mil ▁y ▁quinient os ▁ .
▁ J un to ▁á ▁él ▁estará ▁la ▁tribu ▁de ▁Manasés ; ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Manasés , ▁ G am al i el ▁hijo ▁de ▁P ed as ur ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁treinta ▁y ▁dos ▁mil ▁y ▁dos cientos :
▁Y ▁la ▁tribu ▁de ▁Benjamín : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Benjamín , ▁Abi d án ▁hijo ▁de ▁Gedeón ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁treinta ▁y ▁cinco ▁mil ▁y ▁cuatrocient os ▁ .
▁Todo s ▁los ▁contados ▁en ▁el ▁ejército ▁de ▁Ephraim , ▁ciento ▁oc h o ▁mil ▁y ▁ciento , ▁por ▁sus ▁escuadrones , ▁ir án ▁los ▁tercer os .
▁La ▁ba n de ra ▁del ▁ejército ▁de ▁Dan ▁estará ▁al ▁a qui l ón , ▁por ▁sus ▁escuadrones : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Dan , ▁Ahi ezer ▁hijo ▁de ▁A mi s ad da i ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁se s enta ▁y ▁dos ▁mil ▁y ▁se te cientos ▁ .
▁ J un to ▁á ▁él ▁a c am p arán ▁los ▁de ▁la ▁tribu ▁de ▁As er : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁As er , ▁P h e g i el ▁hijo ▁de ▁O c rán ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁cuarenta ▁y ▁un ▁mil ▁y ▁quinient os ▁ :
▁Y ▁la ▁tribu ▁de ▁Nephtalí : ▁y ▁el ▁jefe ▁de ▁los ▁hijos ▁de ▁Nephtalí , ▁Ahi ra ▁hijo ▁de ▁En án ;
▁Y ▁su ▁hues te , ▁con ▁los ▁contados ▁de ▁ellos , ▁cincuenta ▁y ▁tres ▁mil ▁y ▁cuatrocient os ▁ .
▁Todo s ▁los ▁contados ▁en ▁el ▁ejército ▁de ▁Dan , ▁ciento ▁cincuenta ▁y ▁siete ▁mil ▁y ▁seiscient os ▁ : ▁ir án ▁los ▁postr eros ▁tras ▁sus ▁ba n der as .
▁Estos ▁son ▁los ▁contados ▁de ▁los ▁hijos ▁de ▁Israel , ▁por ▁las ▁casa s ▁de ▁sus ▁padres : ▁todos ▁los ▁contados ▁por ▁ejército s , ▁por ▁sus ▁escuadrones , ▁seiscient os ▁tres ▁mil ▁quinient os ▁y ▁cincuenta .
▁Mas ▁los ▁Levitas ▁no ▁fueron ▁contados ▁entre ▁los ▁hijos ▁de ▁Israel ; ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés .
▁Y ▁E S T A S ▁son ▁las ▁generaciones ▁de ▁Aarón ▁y ▁de ▁Moisés , ▁de s de ▁que ▁Jehová ▁habló ▁á ▁Moisés ▁en ▁el ▁monte ▁de ▁Sinaí .
▁Y ▁estos ▁son ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Aarón : ▁N ada b ▁el ▁primogénito , ▁y ▁Abi ú , ▁Eleazar , ▁é ▁I th am ar .
▁Estos ▁son ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Aarón , ▁sacerdote s ▁ungido s ; ▁cu y as ▁manos ▁él ▁hin ch ió ▁para ▁a d mi n is tra r ▁el ▁s a cer do ci o .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Ha z ▁llegar ▁á ▁la ▁tribu ▁de ▁Leví , ▁y ▁ha z la ▁esta r ▁delante ▁del ▁sacerdote ▁Aarón , ▁para ▁que ▁le ▁ministr en ;
▁Y ▁de s em pe ñ en ▁su ▁cargo , ▁y ▁el ▁cargo ▁de ▁toda ▁la ▁congregación ▁delante ▁del ▁tabernáculo ▁del ▁testimonio , ▁para ▁servir ▁en ▁el ▁minister i o ▁del ▁tabernáculo ;
▁Y ▁guard en ▁todas ▁las ▁al h a ja s ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁lo ▁en c ar g ado ▁á ▁ellos ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁ministr en ▁en ▁el ▁servicio ▁del ▁tabernáculo .
▁Y ▁dará s ▁los ▁Levitas ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos : ▁le ▁son ▁enter amente ▁dado s ▁de ▁entre ▁los ▁hijos ▁de ▁Israel .
▁Y ▁con st i tu irá s ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁para ▁que ▁ e j er za n ▁su ▁s a cer do ci o : ▁y ▁el ▁ex tra ñ o ▁que ▁se ▁llegar e , ▁morirá .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁he ▁aquí ▁yo ▁he ▁tomado ▁los ▁Levitas ▁de ▁entre ▁los ▁hijos ▁de ▁Israel ▁en ▁lugar ▁de ▁todos ▁los ▁primogénito s ▁que ▁abr en ▁la ▁ ma t ri z ▁entre ▁los ▁hijos ▁de ▁Israel ; ▁serán ▁pues ▁mío s ▁los ▁Levitas :
▁Y ▁Jehová ▁habló ▁á ▁Moisés ▁en ▁el ▁desierto ▁de ▁Sinaí , ▁diciendo :
▁C u enta ▁los ▁hijos ▁de ▁Leví ▁por ▁las ▁casa s ▁de ▁sus ▁padres , ▁por ▁sus ▁familias : ▁con t arás ▁todos ▁los ▁varones ▁de ▁un ▁me s ▁arriba .
▁Y ▁Moisés ▁los ▁con t ó ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová , ▁ como ▁le ▁fué ▁mandado .
▁Y ▁los ▁hijos ▁de ▁Leví ▁fueron ▁estos ▁por ▁sus ▁nombre s : ▁Ge r s ón , ▁y ▁Coath , ▁y ▁Merari .
▁Y ▁los ▁nombre s ▁de ▁los ▁hijos ▁de ▁Ge r s ón , ▁por ▁sus ▁familias , ▁estos : ▁L i b n i , ▁y ▁Si me i .
▁Y ▁los ▁hijos ▁de ▁Coath , ▁por ▁sus ▁familias : ▁A m r am , ▁é ▁I z h ar , ▁y ▁Hebrón , ▁y ▁Uz z i el .
▁Y ▁los ▁hijos ▁de ▁Merari , ▁por ▁sus ▁familias : ▁Ma h al i , ▁y ▁M u s i . ▁Esta s , ▁las ▁familias ▁de ▁Leví , ▁por ▁las ▁casa s ▁de ▁sus ▁padres .
▁De ▁Ge r s ón , ▁la ▁familia ▁de ▁L i b n i ▁y ▁la ▁de ▁Si me i : ▁esta s ▁son ▁las ▁familias ▁de ▁Ge r s ón .
▁Lo s ▁contados ▁de ▁ellos ▁conform e ▁á ▁la ▁cu enta ▁de ▁todos ▁los ▁varones ▁de ▁un ▁me s ▁arriba , ▁los ▁contados ▁de ▁ellos , ▁siete ▁mil ▁y ▁quinient os ▁ .
▁La s ▁familias ▁de ▁Ge r s ón ▁as enta rán ▁sus ▁tienda s ▁á ▁es pa l das ▁del ▁tabernáculo , ▁al ▁occidente ;
▁Y ▁el ▁jefe ▁de ▁la ▁casa ▁del ▁padre ▁de ▁los ▁Ge r s on itas , ▁Eli as a ph ▁hijo ▁de ▁La el .
▁A ▁cargo ▁de ▁los ▁hijos ▁de ▁Ge r s ón , ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁estará ▁el ▁tabernáculo , ▁y ▁la ▁tienda , ▁y ▁su ▁cubierta , ▁y ▁el ▁pa be l l ón ▁de ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ,
▁Y ▁las ▁cortina s ▁del ▁atrio , ▁y ▁el ▁pa be l l ón ▁de ▁la ▁puerta ▁del ▁atrio , ▁que ▁está ▁junto ▁al ▁tabernáculo ▁y ▁junto ▁al ▁altar ▁alrededor ; ▁a simismo ▁sus ▁cu er das ▁para ▁todo ▁su ▁servicio .
▁Por ▁la ▁cu enta ▁de ▁todos ▁los ▁varones ▁de ▁un ▁me s ▁arriba , ▁era n ▁oc h o ▁mil ▁y ▁seiscient os ▁ , ▁que ▁tenía n ▁la ▁guarda ▁del ▁santuario .
▁La s ▁familias ▁de ▁los ▁hijos ▁de ▁Coath ▁a c am p arán ▁al ▁la do ▁del ▁tabernáculo , ▁al ▁mediodía ;
▁Y ▁el ▁jefe ▁de ▁la ▁casa ▁del ▁padre ▁de ▁las ▁familias ▁de ▁Coath , ▁Eli s a ph án ▁hijo ▁de ▁Uz z i el .
▁Y ▁á ▁cargo ▁de ▁ellos ▁estará ▁el ▁arca , ▁y ▁la ▁me s a , ▁y ▁el ▁candelero , ▁y ▁los ▁altar es , ▁y ▁los ▁vasos ▁del ▁santuario ▁con ▁que ▁ministr an , ▁y ▁el ▁ve lo , ▁con ▁todo ▁su ▁servicio .
▁Y ▁el ▁principal ▁de ▁los ▁jefe s ▁de ▁los ▁Levitas ▁será ▁Eleazar , ▁hijo ▁de ▁Aarón ▁el ▁sacerdote , ▁pre p ó s i to ▁de ▁los ▁que ▁tiene n ▁la ▁guarda ▁del ▁santuario .
▁De ▁Merari , ▁la ▁familia ▁Ma h al í t i ca , ▁y ▁la ▁familia ▁M u s í t i ca : ▁esta s ▁son ▁las ▁familias ▁de ▁Merari .
▁Y ▁los ▁contados ▁de ▁ellos ▁conform e ▁á ▁la ▁cu enta ▁de ▁todos ▁los ▁varones ▁de ▁un ▁me s ▁arriba , ▁fueron ▁se is ▁mil ▁y ▁dos cientos .
▁Y ▁el ▁jefe ▁de ▁la ▁casa ▁del ▁padre ▁de ▁las ▁familias ▁de ▁Merari , ▁Su ri el ▁hijo ▁de ▁Abi h a il : ▁a c am p arán ▁al ▁la do ▁del ▁tabernáculo , ▁al ▁a qui l ón .
▁Y ▁las ▁co l u m n as ▁en ▁derredor ▁del ▁atrio , ▁y ▁sus ▁basas , ▁y ▁sus ▁esta ca s , ▁y ▁sus ▁cu er das .
▁Todo s ▁los ▁contados ▁de ▁los ▁Levitas , ▁que ▁Moisés ▁y ▁Aarón ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ▁con t aron ▁por ▁sus ▁familias , ▁todos ▁los ▁varones ▁de ▁un ▁me s ▁arriba , ▁fueron ▁veinte ▁y ▁dos ▁mil .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁C u enta ▁todos ▁los ▁primogénito s ▁varones ▁de ▁los ▁hijos ▁de ▁Israel ▁de ▁un ▁me s ▁arriba , ▁y ▁toma ▁la ▁cu enta ▁de ▁los ▁nombre s ▁de ▁ellos .
▁Y ▁con t ó ▁Moisés , ▁ como ▁Jehová ▁le ▁mandó , ▁todos ▁los ▁primogénito s ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁todos ▁los ▁primogénito s ▁varones , ▁conform e ▁á ▁la ▁cu enta ▁de ▁los ▁nombre s , ▁de ▁un ▁me s ▁arriba , ▁los ▁contados ▁de ▁ellos ▁fueron ▁veinte ▁y ▁dos ▁mil ▁dos cientos ▁setenta ▁y ▁tres .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Toma ▁los ▁Levitas ▁en ▁lugar ▁de ▁todos ▁los ▁primogénito s ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁los ▁animal es ▁de ▁los ▁Levitas ▁en ▁lugar ▁de ▁sus ▁animal es ; ▁y ▁los ▁Levitas ▁serán ▁mío s : ▁Yo ▁Jehová .
▁Y ▁por ▁los ▁re s ca te s ▁de ▁los ▁dos cientos ▁y ▁setenta ▁y ▁tres , ▁que ▁sobre p u ja n ▁á ▁los ▁Levitas ▁los ▁primogénito s ▁de ▁los ▁hijos ▁de ▁Israel ,
▁Toma rás ▁cinco ▁siclo s ▁por ▁cabeza ; ▁conform e ▁al ▁siclo ▁del ▁santuario ▁tomará s : ▁el ▁siclo ▁tiene ▁veinte ▁ó b o los :
▁Y ▁dará s ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos ▁el ▁dinero ▁por ▁los ▁re s ca te s ▁de ▁los ▁que ▁de ▁ellos ▁so bra n .
▁T om ó , ▁pues , ▁Moisés ▁el ▁dinero ▁del ▁re s ca te ▁de ▁los ▁que ▁re s u l t aron ▁de ▁más ▁de ▁los ▁re d im ido s ▁por ▁los ▁Levitas :
▁Y ▁re ci b ió ▁de ▁los ▁primogénito s ▁de ▁los ▁hijos ▁de ▁Israel ▁en ▁dinero , ▁mil ▁tres cientos ▁se s enta ▁y ▁cinco ▁siclo s , ▁conform e ▁al ▁siclo ▁del ▁santuario .
▁Y ▁Moisés ▁dió ▁el ▁dinero ▁de ▁los ▁re s ca te s ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁conform e ▁al ▁dicho ▁de ▁Jehová , ▁seg ún ▁que ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁Toma ▁la ▁cu enta ▁de ▁los ▁hijos ▁de ▁Coath ▁de ▁entre ▁los ▁hijos ▁de ▁Leví , ▁por ▁sus ▁familias , ▁por ▁las ▁casa s ▁de ▁sus ▁padres ,
▁De ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁cincuenta ▁años , ▁todos ▁los ▁que ▁entr an ▁en ▁com pa ñ ía , ▁para ▁hacer ▁servicio ▁en ▁el ▁tabernáculo ▁del ▁testimonio .
▁Este ▁será ▁el ▁of i ci o ▁de ▁los ▁hijos ▁de ▁Coath ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁en ▁el ▁lugar ▁s an t í s im o ▁ :
▁Cuan do ▁se ▁hubiere ▁de ▁mu d ar ▁el ▁campo , ▁vendrá n ▁Aarón ▁y ▁sus ▁hijos , ▁y ▁de s ar m arán ▁el ▁ve lo ▁de ▁la ▁tienda , ▁y ▁cu b ri rán ▁con ▁él ▁el ▁arca ▁del ▁testimonio :
▁Y ▁pondrá n ▁sobre ▁ella ▁la ▁cubierta ▁de ▁pie les ▁de ▁te jo n es , ▁y ▁extend e rán ▁en ci ma ▁el ▁pa ñ o ▁todo ▁de ▁c á r de no , ▁y ▁le ▁pondrá n ▁sus ▁va ra s .
▁Y ▁extend e rán ▁sobre ▁ella ▁el ▁pa ñ o ▁de ▁carmesí ▁co l or ado , ▁y ▁lo ▁cu b ri rán ▁con ▁la ▁cubierta ▁de ▁pie les ▁de ▁te jo n es ; ▁y ▁le ▁pondrá n ▁sus ▁va ra s .
▁Y ▁lo ▁pondrá n ▁con ▁todos ▁sus ▁vasos ▁en ▁una ▁cubierta ▁de ▁pie les ▁de ▁te jo n es , ▁y ▁lo ▁co lo c arán ▁sobre ▁una s ▁par i hu el as .
▁Y ▁sobre ▁el ▁altar ▁de ▁oro ▁extend e rán ▁el ▁pa ñ o ▁c á r de no , ▁y ▁le ▁cu b ri rán ▁con ▁la ▁cubierta ▁de ▁pie les ▁de ▁te jo n es , ▁y ▁le ▁pondrá n ▁sus ▁va ra les .
▁Y ▁quitar án ▁la ▁c en i za ▁del ▁altar , ▁y ▁extend e rán ▁sobre ▁él ▁un ▁pa ñ o ▁de ▁púrpura :
▁Y ▁habló ▁Jehová ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁No ▁cor t aréis ▁la ▁tribu ▁de ▁las ▁familias ▁de ▁Coath ▁de ▁entre ▁los ▁Levitas ;
▁No ▁entr arán ▁para ▁ver , ▁cuando ▁cu b r iere n ▁las ▁cosas ▁santa s ; ▁que ▁morirá n .
▁Y ▁habló ▁Jehová ▁á ▁Moisés ▁diciendo :
▁Toma ▁también ▁la ▁cu enta ▁de ▁los ▁hijos ▁de ▁Ge r s ón ▁por ▁las ▁casa s ▁de ▁sus ▁padres , ▁por ▁sus ▁familias .
▁De ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁cincuenta ▁años ▁los ▁con t arás ; ▁todos ▁los ▁que ▁entr an ▁en ▁com pa ñ ía , ▁para ▁hacer ▁servicio ▁en ▁el ▁tabernáculo ▁del ▁testimonio .
▁Este ▁será ▁el ▁of i ci o ▁de ▁las ▁familias ▁de ▁Ge r s ón , ▁para ▁ministr ar ▁y ▁para ▁llev ar :
▁Este ▁es ▁el ▁servicio ▁de ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Ge r s ón ▁en ▁el ▁tabernáculo ▁del ▁testimonio : ▁y ▁el ▁cargo ▁de ▁ellos ▁estará ▁ba jo ▁la ▁mano ▁de ▁I th am ar , ▁hijo ▁de ▁Aarón ▁el ▁sacerdote .
▁C on t arás ▁los ▁hijos ▁de ▁Merari ▁por ▁sus ▁familias , ▁por ▁las ▁casa s ▁de ▁sus ▁padres .
▁De s de ▁el ▁de ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁el ▁de ▁cincuenta ▁años , ▁los ▁con t arás ; ▁todos ▁los ▁que ▁entr an ▁en ▁com pa ñ ía , ▁para ▁hacer ▁servicio ▁en ▁el ▁tabernáculo ▁del ▁testimonio .
▁Y ▁este ▁será ▁el ▁de b er ▁de ▁su ▁cargo ▁para ▁todo ▁su ▁servicio ▁en ▁el ▁tabernáculo ▁del ▁testimonio : ▁las ▁tablas ▁del ▁tabernáculo , ▁y ▁sus ▁bar ra s , ▁y ▁sus ▁co l u m n as , ▁y ▁sus ▁basas ,
▁Este ▁será ▁el ▁servicio ▁de ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Merari ▁para ▁todo ▁su ▁minister i o ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁ba jo ▁la ▁mano ▁de ▁I th am ar , ▁hijo ▁de ▁Aarón ▁el ▁sacerdote .
▁Moisés , ▁pues , ▁y ▁Aarón , ▁y ▁los ▁jefe s ▁de ▁la ▁congregación , ▁con t aron ▁los ▁hijos ▁de ▁Coath ▁por ▁sus ▁familias , ▁y ▁por ▁las ▁casa s ▁de ▁sus ▁padres ,
▁De s de ▁el ▁de ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁el ▁de ▁edad ▁de ▁cincuenta ▁años ; ▁todos ▁los ▁que ▁entr an ▁en ▁com pa ñ ía , ▁para ▁ministr ar ▁en ▁el ▁tabernáculo ▁del ▁testimonio .
▁Y ▁fueron ▁los ▁contados ▁de ▁ellos ▁por ▁sus ▁familias , ▁dos ▁mil ▁se te cientos ▁y ▁cincuenta .
▁Estos ▁fueron ▁los ▁contados ▁de ▁las ▁familias ▁de ▁Coath , ▁todos ▁los ▁que ▁ministr an ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁los ▁cuales ▁con t aron ▁Moisés ▁y ▁Aarón , ▁ como ▁lo ▁mandó ▁Jehová ▁por ▁mano ▁de ▁Moisés .
▁Y ▁los ▁contados ▁de ▁los ▁hijos ▁de ▁Ge r s ón , ▁por ▁sus ▁familias , ▁y ▁por ▁las ▁casa s ▁de ▁sus ▁padres ,
▁De s de ▁el ▁de ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁el ▁de ▁edad ▁de ▁cincuenta ▁años , ▁todos ▁los ▁que ▁entr an ▁en ▁com pa ñ ía , ▁para ▁ministr ar ▁en ▁el ▁tabernáculo ▁del ▁testimonio ;
▁Lo s ▁contados ▁de ▁ellos ▁por ▁sus ▁familias , ▁por ▁las ▁casa s ▁de ▁sus ▁padres , ▁fueron ▁dos ▁mil ▁seiscient os ▁y ▁treinta .
▁Estos ▁son ▁los ▁contados ▁de ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Ge r s ón , ▁todos ▁los ▁que ▁ministr an ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁los ▁cuales ▁con t aron ▁Moisés ▁y ▁Aarón ▁por ▁man da to ▁de ▁Jehová .
▁Y ▁los ▁contados ▁de ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Merari , ▁por ▁sus ▁familias , ▁por ▁las ▁casa s ▁de ▁sus ▁padres ,
▁De s de ▁el ▁de ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁el ▁de ▁edad ▁de ▁cincuenta ▁años , ▁todos ▁los ▁que ▁entr an ▁en ▁com pa ñ ía , ▁para ▁ministr ar ▁en ▁el ▁tabernáculo ▁del ▁testimonio :
▁Lo s ▁contados ▁de ▁ellos , ▁por ▁sus ▁familias , ▁fueron ▁tres ▁mil ▁y ▁dos cientos .
▁Estos ▁fueron ▁los ▁contados ▁de ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Merari , ▁los ▁cuales ▁con t aron ▁Moisés ▁y ▁Aarón , ▁seg ún ▁lo ▁mandó ▁Jehová ▁por ▁mano ▁de ▁Moisés .
▁Todo s ▁los ▁contados ▁de ▁los ▁Levitas , ▁que ▁Moisés ▁y ▁Aarón ▁y ▁los ▁jefe s ▁de ▁Israel ▁con t aron ▁por ▁sus ▁familias , ▁y ▁por ▁las ▁casa s ▁de ▁sus ▁padres ,
▁De s de ▁el ▁de ▁edad ▁de ▁treinta ▁años ▁arriba ▁hast a ▁el ▁de ▁edad ▁de ▁cincuenta ▁años , ▁todos ▁los ▁que ▁entr aban ▁para ▁ministr ar ▁en ▁el ▁servicio , ▁y ▁ten er ▁cargo ▁de ▁obra ▁en ▁el ▁tabernáculo ▁del ▁testimonio ;
▁Lo s ▁contados ▁de ▁ellos ▁fueron ▁oc h o ▁mil ▁quinient os ▁y ▁oc h enta ,
▁C o mo ▁lo ▁mandó ▁Jehová ▁por ▁mano ▁de ▁Moisés ▁fueron ▁contados , ▁ cada ▁uno ▁seg ún ▁su ▁of i ci o , ▁y ▁seg ún ▁su ▁cargo ; ▁los ▁cuales ▁con t ó ▁él , ▁ como ▁le ▁fué ▁mandado .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁Ma n da ▁á ▁los ▁hijos ▁de ▁Israel ▁que ▁ e ch en ▁del ▁campo ▁á ▁todo ▁le p ro s o , ▁y ▁á ▁todos ▁los ▁que ▁pa de ce n ▁flujo ▁de ▁se me n , ▁y ▁á ▁todo ▁contamin ado ▁sobre ▁muerto :
▁As í ▁hombres ▁ como ▁mujeres ▁echa réis , ▁fuera ▁del ▁campo ▁los ▁echa réis ; ▁por que ▁no ▁contamin en ▁el ▁campo ▁de ▁aquello s ▁entre ▁los ▁cuales ▁yo ▁ha bi to .
▁E ▁ hi ci é ron lo ▁así ▁los ▁hijos ▁de ▁Israel , ▁que ▁los ▁echar on ▁fuera ▁del ▁campo : ▁ como ▁Jehová ▁dijo ▁á ▁Moisés , ▁así ▁lo ▁hicieron ▁los ▁hijos ▁de ▁Israel .
▁A de m ás ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel : ▁El ▁hombre ▁ó ▁la ▁mujer ▁que ▁come t iere ▁alguno ▁de ▁todos ▁los ▁pecado s ▁de ▁los ▁hombres , ▁ha c iendo ▁pre v ar i c ación ▁contra ▁Jehová , ▁y ▁del in qui er e ▁aquella ▁persona ;
▁Y ▁toda ▁ofrenda ▁de ▁todas ▁las ▁cosas ▁santa s ▁que ▁los ▁hijos ▁de ▁Israel ▁present ar en ▁al ▁sacerdote , ▁su y a ▁será .
▁Y ▁lo ▁santifica do ▁de ▁cualquier a ▁será ▁suyo : ▁a simismo ▁lo ▁que ▁cualquier a ▁die re ▁al ▁sacerdote , ▁suyo ▁será .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁la ▁mujer ▁de ▁alguno ▁se ▁de s man d are , ▁é ▁hiciere ▁tra i ción ▁contra ▁él ,
▁Y ▁el ▁sacerdote ▁la ▁hará ▁acerca r , ▁y ▁la ▁hará ▁pon er ▁delante ▁de ▁Jehová .
▁Luego ▁tomará ▁el ▁sacerdote ▁del ▁agua ▁santa ▁en ▁un ▁va s o ▁de ▁bar ro : ▁tomará ▁también ▁el ▁sacerdote ▁del ▁polvo ▁que ▁hubiere ▁en ▁el ▁su e lo ▁del ▁tabernáculo , ▁y ▁echar á lo ▁en ▁el ▁agua .
▁Mas ▁si ▁te ▁has ▁de s c ar ri ado ▁de ▁tu ▁marido , ▁y ▁te ▁has ▁a man c ill ado , ▁y ▁alguno ▁hubiere ▁ten ido ▁co i to ▁contigo , ▁fuera ▁de ▁tu ▁marido :
▁Y ▁el ▁sacerdote ▁es c ri b irá ▁esta s ▁mal di ciones ▁en ▁un ▁libr o , ▁y ▁las ▁bo r r ará ▁con ▁las ▁aguas ▁am ar ga s :
▁Y ▁dará ▁á ▁beber ▁á ▁la ▁mujer ▁las ▁aguas ▁am ar ga s ▁que ▁tra en ▁mal di ción ; ▁y ▁las ▁aguas ▁que ▁obra n ▁mal di ción ▁entr arán ▁en ▁ella ▁por ▁am ar ga s .
▁Después ▁tomará ▁el ▁sacerdote ▁de ▁la ▁mano ▁de ▁la ▁mujer ▁el ▁presente ▁de ▁los ▁ ce los , ▁y ▁me ce rá lo ▁delante ▁de ▁Jehová , ▁y ▁lo ▁ofrecerá ▁delante ▁del ▁altar :
▁Y ▁tomará ▁el ▁sacerdote ▁un ▁pu ñ ado ▁del ▁presente , ▁en ▁memoria ▁de ▁ella , ▁y ▁lo ▁que m ará ▁sobre ▁el ▁altar , ▁y ▁después ▁dará ▁á ▁beber ▁las ▁aguas ▁á ▁la ▁mujer .
▁Mas ▁si ▁la ▁mujer ▁no ▁fuere ▁inmunda , ▁sin o ▁que ▁estuviere ▁limpia , ▁ella ▁será ▁libr e , ▁y ▁será ▁f e cu n da .
▁Esta ▁es ▁la ▁le y ▁de ▁los ▁ ce los , ▁cuando ▁la ▁mujer ▁hiciere ▁tra i ción ▁á ▁su ▁marido , ▁y ▁se ▁a man c ill are ;
▁Y ▁aquel ▁varón ▁será ▁libr e ▁de ▁iniquidad , ▁y ▁la ▁mujer ▁llev ará ▁su ▁pecado .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁El ▁hombre , ▁ó ▁la ▁mujer , ▁cuando ▁se ▁apart are ▁ha c iendo ▁voto ▁de ▁N az are o , ▁para ▁de di c ar se ▁á ▁Jehová ,
▁Todo ▁el ▁tiempo ▁de ▁su ▁ n az are a to , ▁de ▁todo ▁lo ▁que ▁se ▁ha ce ▁de ▁vi d ▁de ▁vino , ▁de s de ▁los ▁gran ill os ▁hast a ▁el ▁ho l le jo , ▁no ▁comerá .
▁Todo ▁el ▁tiempo ▁que ▁se ▁apart are ▁á ▁Jehová , ▁no ▁entr ará ▁á ▁persona ▁mu er ta .
▁Por ▁su ▁padre , ▁ni ▁por ▁su ▁madre , ▁por ▁su ▁hermano , ▁ni ▁por ▁su ▁hermana , ▁no ▁se ▁contamin ará ▁con ▁ellos ▁cuando ▁mu r iere n ; ▁por que ▁consagr ación ▁de ▁su ▁Dios ▁tiene ▁sobre ▁su ▁cabeza .
▁Todo ▁el ▁tiempo ▁de ▁su ▁ n az are a to , ▁será ▁santo ▁á ▁Jehová .
▁Y ▁el ▁día ▁oc ta v o ▁traerá ▁dos ▁ t ó r to la s ▁ó ▁dos ▁pa lo mi nos ▁al ▁sacerdote , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ;
▁Y ▁el ▁sacerdote ▁hará ▁el ▁uno ▁en ▁expiación , ▁y ▁el ▁otro ▁en ▁holocausto : ▁y ▁ex p i ará lo ▁de ▁lo ▁que ▁pe c ó ▁sobre ▁el ▁muerto , ▁y ▁santifica rá ▁su ▁cabeza ▁en ▁aquel ▁día .
▁Esta ▁es , ▁pues , ▁la ▁le y ▁del ▁N az are o ▁el ▁día ▁que ▁se ▁cumpl iere ▁el ▁tiempo ▁de ▁su ▁ n az are a to : ▁Ve nd rá ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ;
▁Y ▁el ▁sacerdote ▁lo ▁ofrecerá ▁delante ▁de ▁Jehová , ▁y ▁hará ▁su ▁expiación ▁y ▁su ▁holocausto :
▁Y ▁ofrecerá ▁el ▁carnero ▁en ▁sacrificio ▁de ▁paces ▁á ▁Jehová , ▁con ▁el ▁can as til lo ▁de ▁las ▁c en ce ñ as ; ▁ofrecerá ▁a simismo ▁el ▁sacerdote ▁su ▁presente , ▁y ▁sus ▁li ba ciones .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁Aarón ▁y ▁á ▁sus ▁hijos , ▁y ▁di les : ▁As í ▁bendecir éis ▁á ▁los ▁hijos ▁de ▁Israel , ▁di ci é ndo les :
▁Jehová ▁te ▁be n di ga , ▁y ▁te ▁guard e :
▁Ha ga ▁re s p l an de cer ▁Jehová ▁su ▁rostro ▁sobre ▁ti , ▁y ▁haya ▁de ▁ti ▁misericordia :
▁Jehová ▁al ce ▁á ▁ti ▁su ▁rostro , ▁y ▁pon ga ▁en ▁ti ▁paz .
▁Y ▁pondrá n ▁mi ▁nombre ▁sobre ▁los ▁hijos ▁de ▁Israel , ▁y ▁yo ▁los ▁bendecir é .
▁Entonces ▁los ▁príncipes ▁de ▁Israel , ▁las ▁cabeza s ▁de ▁las ▁casa s ▁de ▁sus ▁padres , ▁los ▁cuales ▁era n ▁los ▁príncipes ▁de ▁las ▁tribu s , ▁que ▁estaban ▁sobre ▁los ▁contados , ▁of re c ieron ;
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁T ó ma lo ▁de ▁ellos , ▁y ▁será ▁para ▁el ▁servicio ▁del ▁tabernáculo ▁del ▁testimonio : ▁y ▁lo ▁dará s ▁á ▁los ▁Levitas , ▁á ▁ cada ▁uno ▁conform e ▁á ▁su ▁minister i o .
▁Entonces ▁Moisés ▁re ci b ió ▁los ▁carro s ▁y ▁los ▁bueyes , ▁y ▁dió los ▁á ▁los ▁Levitas .
▁Do s ▁carro s ▁y ▁cuatro ▁bueyes , ▁dió ▁á ▁los ▁hijos ▁de ▁Ge r s ón , ▁conform e ▁á ▁su ▁minister i o ;
▁Y ▁á ▁los ▁hijos ▁de ▁Merari ▁dió ▁los ▁cuatro ▁carro s ▁y ▁oc h o ▁bueyes , ▁conform e ▁á ▁su ▁minister i o , ▁ba jo ▁la ▁mano ▁de ▁I th am ar , ▁hijo ▁de ▁Aarón ▁el ▁sacerdote .
▁Y ▁á ▁los ▁hijos ▁de ▁Coath ▁no ▁dió ; ▁por que ▁llev aban ▁sobre ▁sí ▁en ▁los ▁ho m b ro s ▁el ▁servicio ▁del ▁santuario .
▁Y ▁of re c ieron ▁los ▁príncipes ▁á ▁la ▁de di c ación ▁del ▁altar ▁el ▁día ▁que ▁fué ▁ungido , ▁of re c ieron ▁los ▁príncipes ▁su ▁ofrenda ▁delante ▁del ▁altar .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁Of re ce rán ▁su ▁ofrenda , ▁un ▁príncipe ▁un ▁día , ▁y ▁otro ▁príncipe ▁otro ▁día , ▁á ▁la ▁de di c ación ▁del ▁altar .
▁Y ▁el ▁que ▁of re ció ▁su ▁ofrenda ▁el ▁primer ▁día ▁fué ▁N a as ón ▁hijo ▁de ▁A mi n ada b , ▁de ▁la ▁tribu ▁de ▁Judá .
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁N a as ón , ▁hijo ▁de ▁A mi n ada b .
▁El ▁segundo ▁día ▁of re ció ▁Nathan a el ▁hijo ▁de ▁Su ar , ▁príncipe ▁de ▁Issachâr .
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Nathan a el , ▁hijo ▁de ▁Su ar .
▁El ▁tercer ▁día , ▁Eli ab ▁hijo ▁de ▁He l ón , ▁príncipe ▁de ▁los ▁hijos ▁de ▁Zabulón :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Eli ab , ▁hijo ▁de ▁He l ón .
▁El ▁cu ar to ▁día , ▁Eli s ur ▁hijo ▁de ▁Se de ur , ▁príncipe ▁de ▁los ▁hijos ▁de ▁Rubén :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Eli s ur , ▁hijo ▁de ▁Se de ur .
▁El ▁qu in to ▁día , ▁Se l u mi el ▁hijo ▁de ▁Z ur is ad da i , ▁príncipe ▁de ▁los ▁hijos ▁de ▁Simeón :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Se l u mi el , ▁hijo ▁de ▁Z ur is ad da i .
▁El ▁se x to ▁día , ▁Eli as a ph ▁hijo ▁de ▁De hu el , ▁príncipe ▁de ▁los ▁hijos ▁de ▁Gad :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Eli as a ph , ▁hijo ▁de ▁De hu el .
▁El ▁séptimo ▁día , ▁el ▁príncipe ▁de ▁los ▁hijos ▁de ▁Ephraim , ▁Eli s a ma ▁hijo ▁de ▁A m mi ud :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Eli s a ma , ▁hijo ▁de ▁A m mi ud .
▁El ▁oc ta v o ▁día , ▁el ▁príncipe ▁de ▁los ▁hijos ▁de ▁Manasés , ▁ G am al i el ▁hijo ▁de ▁P ed as ur :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁ G am al i el , ▁hijo ▁de ▁P ed as ur .
▁El ▁ n ove no ▁día , ▁el ▁príncipe ▁de ▁los ▁hijos ▁de ▁Benjamín , ▁Abi d án ▁hijo ▁de ▁Gedeón :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Abi d án , ▁hijo ▁de ▁Gedeón .
▁El ▁d é ci mo ▁día , ▁el ▁príncipe ▁de ▁los ▁hijos ▁de ▁Dan , ▁Ahi ezer ▁hijo ▁de ▁A m mi s ad da i :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Ahi ezer , ▁hijo ▁de ▁A m mi s ad da i .
▁El ▁un d é ci mo ▁día , ▁el ▁príncipe ▁de ▁los ▁hijos ▁de ▁As er , ▁P a g i el ▁hijo ▁de ▁O c rán :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁P a g i el , ▁hijo ▁de ▁O c rán .
▁El ▁d u o d é ci mo ▁día , ▁el ▁príncipe ▁de ▁los ▁hijos ▁de ▁Nephtalí , ▁Ahi ra ▁hijo ▁de ▁En án :
▁Un a ▁cu ch ar a ▁de ▁oro ▁de ▁diez ▁siclo s , ▁llena ▁de ▁perfume ;
▁Un ▁becerro , ▁un ▁carnero , ▁un ▁cordero ▁de ▁un ▁año ▁para ▁holocausto ;
▁Un ▁macho ▁cabrío ▁para ▁expiación ;
▁Y ▁para ▁sacrificio ▁de ▁paces , ▁dos ▁bueyes , ▁cinco ▁carnero s , ▁cinco ▁macho s ▁de ▁cabrío , ▁cinco ▁cordero s ▁de ▁un ▁año . ▁Esta ▁fué ▁la ▁ofrenda ▁de ▁Ahi ra , ▁hijo ▁de ▁En án .
▁Esta ▁fué ▁la ▁de di c ación ▁del ▁altar , ▁el ▁día ▁que ▁fué ▁ungido , ▁por ▁los ▁príncipes ▁de ▁Israel : ▁do ce ▁p la to s ▁de ▁plata , ▁do ce ▁ ja r ro s ▁de ▁plata , ▁do ce ▁cu ch ar as ▁de ▁oro .
▁Todo s ▁los ▁bueyes ▁para ▁holocausto , ▁do ce ▁becerro s ; ▁do ce ▁los ▁carnero s , ▁do ce ▁los ▁cordero s ▁de ▁un ▁año , ▁con ▁su ▁presente : ▁y ▁do ce ▁los ▁macho s ▁de ▁cabrío , ▁para ▁expiación .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁Aarón , ▁y ▁di le : ▁Cuan do ▁en ce nd iere s ▁las ▁ l á m para s , ▁las ▁siete ▁ l á m para s ▁al umb r arán ▁f r ente ▁á ▁f r ente ▁del ▁candelero .
▁Y ▁Aarón ▁lo ▁hizo ▁así ; ▁que ▁encendió ▁en f r ente ▁del ▁candelero ▁sus ▁ l á m para s , ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Toma ▁á ▁los ▁Levitas ▁de ▁entre ▁los ▁hijos ▁de ▁Israel , ▁y ▁ex p ía los .
▁Luego ▁tomará n ▁un ▁no vi l lo ▁ , ▁con ▁su ▁presente ▁de ▁flor ▁de ▁harina ▁amasada ▁con ▁aceite ; ▁y ▁tomará s ▁otro ▁no vi l lo ▁para ▁expiación .
▁Y ▁harás ▁llegar ▁los ▁Levitas ▁delante ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁junt arás ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ;
▁Y ▁cuando ▁habrá s ▁hecho ▁llegar ▁los ▁Levitas ▁delante ▁de ▁Jehová , ▁pondrá n ▁los ▁hijos ▁de ▁Israel ▁sus ▁manos ▁sobre ▁los ▁Levitas ;
▁Y ▁ofrecerá ▁Aarón ▁los ▁Levitas ▁delante ▁de ▁Jehová ▁en ▁ofrenda ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁servir án ▁en ▁el ▁minister i o ▁de ▁Jehová .
▁Y ▁harás ▁present ar ▁los ▁Levitas ▁delante ▁de ▁Aarón , ▁y ▁delante ▁de ▁sus ▁hijos , ▁y ▁los ▁ofrecerá s ▁en ▁ofrenda ▁á ▁Jehová .
▁As í ▁apart arás ▁los ▁Levitas ▁de ▁entre ▁los ▁hijos ▁de ▁Israel ; ▁y ▁serán ▁mío s ▁los ▁Levitas .
▁Y ▁después ▁de ▁es o ▁vendrá n ▁los ▁Levitas ▁á ▁ministr ar ▁en ▁el ▁tabernáculo ▁del ▁testimonio : ▁los ▁ex p i arás ▁pues , ▁y ▁los ▁ofrecerá s ▁en ▁ofrenda .
▁Porque ▁mío ▁es ▁todo ▁primogénito ▁en ▁los ▁hijos ▁de ▁Israel , ▁así ▁de ▁hombres ▁ como ▁de ▁animal es ; ▁de s de ▁el ▁día ▁que ▁yo ▁her í ▁todo ▁primogénito ▁en ▁la ▁tierra ▁de ▁Egipto , ▁los ▁s an t i f i qué ▁para ▁mí .
▁Y ▁he ▁tomado ▁los ▁Levitas ▁en ▁lugar ▁de ▁todos ▁los ▁primogénito s ▁en ▁los ▁hijos ▁de ▁Israel .
▁Y ▁Moisés , ▁y ▁Aarón , ▁y ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁hicieron ▁de ▁los ▁Levitas ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁mandó ▁Jehová ▁á ▁Moisés ▁acerca ▁de ▁los ▁Levitas ; ▁así ▁hicieron ▁de ▁ellos ▁los ▁hijos ▁de ▁Israel .
▁Y ▁los ▁Levitas ▁se ▁purifica ron , ▁y ▁la v aron ▁sus ▁vestidos ; ▁y ▁Aarón ▁los ▁of re ció ▁en ▁ofrenda ▁delante ▁de ▁Jehová , ▁é ▁hizo ▁Aarón ▁expiación ▁por ▁ellos ▁para ▁purifica r los .
▁Y ▁así ▁vinieron ▁después ▁los ▁Levitas ▁para ▁servir ▁en ▁su ▁minister i o ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁delante ▁de ▁Aarón ▁y ▁delante ▁de ▁sus ▁hijos : ▁de ▁la ▁manera ▁que ▁mandó ▁Jehová ▁á ▁Moisés ▁acerca ▁de ▁los ▁Levitas , ▁así ▁hicieron ▁con ▁ellos .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁E s to ▁cuanto ▁á ▁los ▁Levitas : ▁de ▁veinte ▁y ▁cinco ▁años ▁arriba ▁entr arán ▁á ▁hacer ▁su ▁of i ci o ▁en ▁el ▁servicio ▁del ▁tabernáculo ▁del ▁testimonio :
▁Mas ▁de s de ▁los ▁cincuenta ▁años ▁volver án ▁del ▁of i ci o ▁de ▁su ▁minister i o , ▁y ▁ nunc a ▁más ▁servir án :
▁P er o ▁servir án ▁con ▁sus ▁hermanos ▁en ▁el ▁tabernáculo ▁del ▁testimonio , ▁para ▁hacer ▁la ▁guarda , ▁bien ▁que ▁no ▁servir án ▁en ▁el ▁minister i o . ▁As í ▁harás ▁de ▁los ▁Levitas ▁cuanto ▁á ▁sus ▁of i ci os .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁en ▁el ▁desierto ▁de ▁Sinaí , ▁en ▁el ▁segundo ▁año ▁de ▁su ▁sal i da ▁de ▁la ▁tierra ▁de ▁Egipto , ▁en ▁el ▁me s ▁primer o , ▁diciendo :
▁Lo s ▁hijos ▁de ▁Israel ▁hará n ▁la ▁pa s cu a ▁á ▁su ▁tiempo .
▁Y ▁habló ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel , ▁para ▁que ▁ hi ci es en ▁la ▁pa s cu a .
▁Y ▁hubo ▁alguno s ▁que ▁estaban ▁inmundo s ▁á ▁causa ▁de ▁muerto , ▁y ▁no ▁pu d ieron ▁hacer ▁la ▁pa s cu a ▁aquel ▁día ; ▁y ▁llegar on ▁delante ▁de ▁Moisés ▁y ▁delante ▁de ▁Aarón ▁aquel ▁día ;
▁Y ▁Moisés ▁les ▁respondió : ▁E s per ad , ▁y ▁oir é ▁qué ▁man d ará ▁Jehová ▁acerca ▁de ▁vosotros .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁En ▁el ▁me s ▁segundo , ▁á ▁los ▁ca to r ce ▁días ▁del ▁me s , ▁entre ▁las ▁dos ▁tarde s , ▁la ▁hará n : ▁con ▁c en ce ñ as ▁y ▁ hi er ba s ▁am ar ga s ▁la ▁comerá n ;
▁No ▁dejar án ▁de ▁él ▁para ▁la ▁mañana , ▁ni ▁que bra rán ▁hues o ▁en ▁él : ▁conform e ▁á ▁todos ▁los ▁ ri to s ▁de ▁la ▁pa s cu a ▁la ▁hará n .
▁As í ▁era ▁con t in u amente : ▁la ▁nube ▁lo ▁cu b r ía , ▁y ▁de ▁noche ▁la ▁ap ar i en ci a ▁de ▁fuego .
▁Y ▁seg ún ▁que ▁se ▁al za ba ▁la ▁nube ▁del ▁tabernáculo , ▁los ▁hijos ▁de ▁Israel ▁se ▁part ían : ▁y ▁en ▁el ▁lugar ▁don de ▁la ▁nube ▁para ba , ▁allí ▁al o j aban ▁los ▁hijos ▁de ▁Israel .
▁A l ▁man da to ▁de ▁Jehová ▁los ▁hijos ▁de ▁Israel ▁se ▁part ían : ▁y ▁al ▁man da to ▁de ▁Jehová ▁as en t aban ▁el ▁campo : ▁todos ▁los ▁días ▁que ▁la ▁nube ▁estaba ▁sobre ▁el ▁tabernáculo , ▁ellos ▁estaban ▁que do s .
▁Y ▁cuando ▁la ▁nube ▁se ▁de t en ía ▁sobre ▁el ▁tabernáculo ▁mucho s ▁días , ▁entonces ▁los ▁hijos ▁de ▁Israel ▁guard aban ▁la ▁orden an za ▁de ▁Jehová ▁y ▁no ▁part ían .
▁Y ▁cuando ▁su c ed ía ▁que ▁la ▁nube ▁estaba ▁sobre ▁el ▁tabernáculo ▁poco s ▁días , ▁al ▁dicho ▁de ▁Jehová ▁al o j aban , ▁y ▁al ▁dicho ▁de ▁Jehová ▁part ían .
▁A l ▁dicho ▁de ▁Jehová ▁as en t aban , ▁y ▁al ▁dicho ▁de ▁Jehová ▁part ían , ▁guarda ndo ▁la ▁orden an za ▁de ▁Jehová , ▁ como ▁lo ▁había ▁Jehová ▁dicho ▁por ▁medio ▁de ▁Moisés .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁Y ▁cuando ▁las ▁tocare n , ▁toda ▁la ▁congregación ▁se ▁junt ará ▁á ▁ti ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Mas ▁cuando ▁tocare n s ólo la ▁una , ▁entonces ▁se ▁con g re g arán ▁á ▁ti ▁los ▁príncipes , ▁las ▁cabeza s ▁de ▁los ▁mil la res ▁de ▁Israel .
▁Y ▁cuando ▁tocare is ▁al ar ma , ▁entonces ▁mo ver án ▁el ▁campo ▁de ▁los ▁que ▁están ▁al o j ados ▁al ▁or iente .
▁Y ▁cuando ▁tocare is ▁al ar ma ▁la ▁seg un da ▁vez , ▁entonces ▁mo ver án ▁el ▁campo ▁de ▁los ▁que ▁están ▁al o j ados ▁al ▁mediodía : ▁al ar ma ▁to c arán ▁á ▁sus ▁part i das .
▁E mpero ▁cuando ▁hubiere is ▁de ▁junt ar ▁la ▁congregación , ▁to c aréis , ▁mas ▁no ▁con ▁son ido ▁de ▁al ar ma .
▁Y ▁los ▁hijos ▁de ▁Aarón , ▁los ▁sacerdote s , ▁to c arán ▁las ▁ t ro m pe ta s ; ▁y ▁las ▁tendréis ▁por ▁estatuto ▁perpetuo ▁por ▁vuestras ▁generaciones .
▁Y ▁fué ▁en ▁el ▁año ▁segundo , ▁en ▁el ▁me s ▁segundo , ▁á ▁los ▁veinte ▁del ▁me s , ▁que ▁la ▁nube ▁se ▁al z ó ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁mo vier on ▁los ▁hijos ▁de ▁Israel ▁por ▁sus ▁part i das ▁del ▁desierto ▁de ▁Sinaí ; ▁y ▁par ó ▁la ▁nube ▁en ▁el ▁desierto ▁de ▁P arán .
▁Y ▁mo vier on ▁la ▁primer a ▁vez ▁al ▁dicho ▁de ▁Jehová ▁por ▁mano ▁de ▁Moisés .
▁Y ▁la ▁ba n de ra ▁del ▁campo ▁de ▁los ▁hijos ▁de ▁Judá ▁comenzó ▁á ▁mar ch ar ▁primer o , ▁por ▁sus ▁escuadrones : ▁y ▁N a as ón , ▁hijo ▁de ▁A mi n ada b , ▁era ▁sobre ▁su ▁ejército .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Issachâr , ▁Nathan a el ▁hijo ▁de ▁Su ar .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Zabulón , ▁Eli ab ▁hijo ▁de ▁He l ón .
▁Y ▁después ▁que ▁estaba ▁y a ▁de s ar m ado ▁el ▁tabernáculo , ▁mo vier on ▁los ▁hijos ▁de ▁Ge r s ón ▁y ▁los ▁hijos ▁de ▁Merari , ▁que ▁lo ▁llev aban .
▁Luego ▁comenzó ▁á ▁mar ch ar ▁la ▁ba n de ra ▁del ▁campo ▁de ▁Rubén ▁por ▁sus ▁escuadrones : ▁y ▁Eli s ur , ▁hijo ▁de ▁Se de ur , ▁era ▁sobre ▁su ▁ejército .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Simeón , ▁Se l u mi el ▁hijo ▁de ▁Z ur is ad da i .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Gad , ▁Eli as a ph ▁hijo ▁de ▁De hu el .
▁Luego ▁come n z aron ▁á ▁mar ch ar ▁los ▁Coath itas ▁llev ando ▁el ▁santuario ; ▁y ▁entre ▁tanto ▁que ▁ellos ▁lleg aban , ▁los ▁otro s ▁a co n di ci on aron ▁el ▁tabernáculo .
▁Después ▁comenzó ▁á ▁mar ch ar ▁la ▁ba n de ra ▁del ▁campo ▁de ▁los ▁hijos ▁de ▁Ephraim ▁por ▁sus ▁escuadrones : ▁y ▁Eli s a ma , ▁hijo ▁de ▁A m mi ud , ▁era ▁sobre ▁su ▁ejército .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Manasés , ▁ G am al i el ▁hijo ▁de ▁P ed as ur .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Benjamín , ▁Abi d án ▁hijo ▁de ▁Gedeón .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁As er , ▁P a g i el ▁hijo ▁de ▁O c rán .
▁Y ▁sobre ▁el ▁ejército ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Nephtalí , ▁Ahi ra ▁hijo ▁de ▁En án .
▁Esta s ▁son ▁las ▁part i das ▁de ▁los ▁hijos ▁de ▁Israel ▁por ▁sus ▁ejército s , ▁cuando ▁se ▁mo v ían .
▁Y ▁él ▁le ▁respondió : ▁Yo ▁no ▁ir é , ▁sin o ▁que ▁me ▁mar ch aré ▁á ▁mi ▁tierra ▁y ▁á ▁mi ▁par ente la .
▁Y ▁él ▁le ▁dijo : ▁Ruégote ▁que ▁no ▁no s ▁de je s ; ▁por que ▁tú ▁sabe s ▁nuestro s ▁al o j amiento s ▁en ▁el ▁desierto , ▁y ▁no s ▁será s ▁en ▁lugar ▁de ▁ojos .
▁Y ▁será , ▁que ▁si ▁vi n iere s ▁con ▁nosotros , ▁cuando ▁tu vi é remos ▁el ▁bien ▁que ▁Jehová ▁no s ▁ha ▁de ▁hacer , ▁nosotros ▁te ▁ha remos ▁bien .
▁As í ▁part ieron ▁del ▁monte ▁de ▁Jehová ▁camino ▁de ▁tres ▁días ; ▁y ▁el ▁arca ▁de ▁la ▁alianza ▁de ▁Jehová ▁fué ▁delante ▁de ▁ellos ▁camino ▁de ▁tres ▁días , ▁bu s c ándo les ▁lugar ▁de ▁de s ca n s o .
▁Y ▁la ▁nube ▁de ▁Jehová ▁iba ▁sobre ▁ellos ▁de ▁día , ▁de s de ▁que ▁part ieron ▁del ▁campo .
▁Y ▁fué , ▁que ▁en ▁mo viendo ▁el ▁arca , ▁Moisés ▁decía : ▁Levántate , ▁Jehová , ▁y ▁sea n ▁di s i p ados ▁tu s ▁enemigos , ▁y ▁ hu y an ▁de ▁tu ▁presencia ▁los ▁que ▁te ▁aborrec en .
▁Y ▁cuando ▁ella ▁as enta ba , ▁decía : ▁ V ue l v e , ▁Jehová , ▁á ▁los ▁mil la res ▁de ▁mil la res ▁de ▁Israel .
▁Entonces ▁el ▁pueblo ▁dió ▁voces ▁á ▁Moisés , ▁y ▁Moisés ▁or ó ▁á ▁Jehová , ▁y ▁so t er r óse ▁el ▁fuego .
▁Y ▁llamó ▁á ▁aquel ▁lugar ▁T ab er ah ; ▁por que ▁el ▁fuego ▁de ▁Jehová ▁se ▁encendió ▁en ▁ellos .
▁Y ▁el ▁ v u l go ▁que ▁había ▁en ▁medio ▁tuvo ▁un ▁vi v o ▁de se o , ▁y ▁volvieron , ▁y ▁aun ▁llora ron ▁los ▁hijos ▁de ▁Israel , ▁y ▁dijeron : ▁ ¡ Quién ▁no s ▁die ra ▁á ▁come r ▁carne !
▁Y ▁ahora ▁nuestra ▁alma ▁se ▁se ca ; ▁que ▁nada ▁sin o ▁man á ▁ven ▁nuestro s ▁ojos .
▁Y ▁era ▁el ▁man á ▁ como ▁se mi l la ▁de ▁cu l an t ro , ▁y ▁su ▁co l or ▁ como ▁co l or ▁de ▁ b de li o .
▁Y ▁cuando ▁descend ía ▁el ▁ ro c í o ▁sobre ▁el ▁re al ▁de ▁noche , ▁el ▁man á ▁descend ía ▁de ▁sobre ▁él .
▁Y ▁oyó ▁Moisés ▁al ▁pueblo , ▁que ▁llora ba ▁por ▁sus ▁familias , ▁ cada ▁uno ▁á ▁la ▁puerta ▁de ▁su ▁tienda : ▁y ▁el ▁furor ▁de ▁Jehová ▁se ▁encendió ▁en ▁gran ▁manera ; ▁también ▁par e ció ▁mal ▁á ▁Moisés .
▁Y ▁dijo ▁Moisés ▁á ▁Jehová : ▁¿ Por ▁qué ▁has ▁hecho ▁mal ▁á ▁tu ▁siervo ? ▁¿ y ▁por ▁qué ▁no ▁he ▁halla do ▁gracia ▁en ▁tu s ▁ojos , ▁que ▁has ▁puesto ▁la ▁ca r ga ▁de ▁todo ▁este ▁pueblo ▁sobre ▁mí ?
▁¿ D e ▁d ón de ▁ten go ▁yo ▁carne ▁para ▁dar ▁á ▁todo ▁este ▁pueblo ? ▁por que ▁llora n ▁á ▁mí , ▁diciendo : ▁Dan os ▁carne ▁que ▁com a mos .
▁No ▁pu ed o ▁yo ▁so lo ▁so por t ar ▁á ▁todo ▁este ▁pueblo , ▁que ▁me ▁es ▁pe s ado ▁en ▁de ma s ía .
▁Y ▁si ▁así ▁lo ▁ha ce s ▁tú ▁conmigo , ▁yo ▁te ▁ruego ▁que ▁me ▁de s ▁muerte , ▁si ▁he ▁halla do ▁gracia ▁en ▁tu s ▁ojos ; ▁y ▁que ▁yo ▁no ▁ve a ▁mi ▁mal .
▁No ▁comeréis ▁un ▁día , ▁ni ▁dos ▁días , ▁ni ▁cinco ▁días , ▁ni ▁diez ▁días , ▁ni ▁veinte ▁días ;
▁Entonces ▁dijo ▁Moisés : ▁Se is cientos ▁mil ▁de ▁á ▁pie ▁es ▁el ▁pueblo ▁en ▁medio ▁del ▁cual ▁yo ▁esto y ; ▁y ▁tú ▁di ce s : ▁Le s ▁daré ▁carne , ▁y ▁comerá n ▁el ▁tiempo ▁de ▁un ▁me s .
▁¿ S e ▁han ▁de ▁degollar ▁para ▁ellos ▁ovejas ▁y ▁bueyes ▁que ▁les ▁ba st en ? ▁¿ ó ▁se ▁junt arán ▁para ▁ellos ▁todos ▁los ▁pe ce s ▁de ▁la ▁mar ▁para ▁que ▁ten ga n ▁ aba s to ?
▁Entonces ▁Jehová ▁respondió ▁á ▁Moisés : ▁¿ H a se ▁a co r t ado ▁la ▁mano ▁de ▁Jehová ? ▁ahora ▁ve rás ▁si ▁te ▁su ce de ▁mi ▁dicho , ▁ó ▁no .
▁Y ▁salió ▁Moisés , ▁y ▁dijo ▁al ▁pueblo ▁las ▁palabras ▁de ▁Jehová : ▁y ▁junt ó ▁los ▁setenta ▁varones ▁de ▁los ▁ancianos ▁del ▁pueblo , ▁é ▁ h í zo los ▁esta r ▁alrededor ▁del ▁tabernáculo .
▁Y ▁cor r ió ▁un ▁mozo , ▁y ▁dió ▁aviso ▁á ▁Moisés , ▁y ▁dijo : ▁El dad ▁y ▁Me dad ▁pro f e t i za n ▁en ▁el ▁campo .
▁Entonces ▁respondió ▁Josué ▁hijo ▁de ▁Nun , ▁ministr o ▁de ▁Moisés , ▁uno ▁de ▁sus ▁mancebo s , ▁y ▁dijo : ▁Señor ▁mío ▁Moisés , ▁imp í de los .
▁Y ▁Moisés ▁le ▁respondió : ▁¿ T i en es ▁tú ▁ ce los ▁por ▁mí ? ▁mas ▁ o ja l á ▁que ▁todo ▁el ▁pueblo ▁de ▁Jehová ▁fuese n ▁profeta s , ▁que ▁Jehová ▁pusier a ▁su ▁espíritu ▁sobre ▁ellos .
▁Y ▁recog i óse ▁Moisés ▁al ▁campo , ▁él ▁y ▁los ▁ancianos ▁de ▁Israel .
▁A un ▁estaba ▁la ▁carne ▁entre ▁los ▁d iente s ▁de ▁ellos , ▁antes ▁que ▁fuese ▁mas cada , ▁cuando ▁el ▁furor ▁de ▁Jehová ▁se ▁encendió ▁en ▁el ▁pueblo , ▁é ▁hirió ▁Jehová ▁al ▁pueblo ▁con ▁una ▁mu y ▁grande ▁plaga .
▁Y ▁llamó ▁el ▁nombre ▁de ▁aquel ▁lugar ▁ K i b ro th - h a t ta a v ah , ▁por ▁cuanto ▁allí ▁sepulta ron ▁al ▁pueblo ▁co di ci os o .
▁De ▁ K i b ro th - h a t ta a v ah ▁mo vi ó ▁el ▁pueblo ▁á ▁Ha s er oth , ▁y ▁para ron ▁en ▁Ha s er oth .
▁Y ▁HABL A R O N ▁Ma r ía ▁y ▁Aarón ▁contra ▁Moisés ▁á ▁causa ▁de ▁la ▁mujer ▁E th i o pe ▁que ▁había ▁tomado : ▁por que ▁él ▁había ▁tomado ▁mujer ▁E th i o pe .
▁Y ▁dijeron : ▁¿ S o l amente ▁por ▁Moisés ▁ha ▁hablado ▁Jehová ? ▁¿ no ▁ha ▁hablado ▁también ▁por ▁nosotros ? ▁Y ▁oyó lo ▁Jehová .
▁Y ▁aquel ▁varón ▁Moisés ▁era ▁mu y ▁man s o , ▁más ▁que ▁todos ▁los ▁hombres ▁que ▁había ▁sobre ▁la ▁tierra .
▁Y ▁luego ▁dijo ▁Jehová ▁á ▁Moisés , ▁y ▁á ▁Aarón , ▁y ▁á ▁Ma r ía : ▁Sal id ▁vosotros ▁tres ▁al ▁tabernáculo ▁del ▁testimonio . ▁Y ▁salieron ▁ellos ▁tres .
▁Entonces ▁Jehová ▁descend ió ▁en ▁la ▁co l u m n a ▁de ▁la ▁nube , ▁y ▁p ú s ose ▁á ▁la ▁puerta ▁del ▁tabernáculo , ▁y ▁llamó ▁á ▁Aarón ▁y ▁á ▁Ma r ía ; ▁y ▁salieron ▁ellos ▁ambos .
▁Y ▁él ▁les ▁dijo : ▁O id ▁ahora ▁mis ▁palabras : ▁si ▁tuviere is ▁profeta ▁de ▁Jehová , ▁le ▁ap are ce ré ▁en ▁vi s ió n , ▁en ▁sueño s ▁hablar é ▁con ▁él .
▁No ▁así ▁á ▁mi ▁siervo ▁Moisés , ▁que ▁es ▁f i el ▁en ▁toda ▁mi ▁casa :
▁Entonces ▁el ▁furor ▁de ▁Jehová ▁se ▁encendió ▁en ▁ellos ; ▁y ▁fué se .
▁Y ▁dijo ▁Aarón ▁á ▁Moisés : ▁ ¡ A h ! ▁señor ▁mío , ▁no ▁pon ga s ▁ahora ▁sobre ▁nosotros ▁pecado ; ▁por que ▁lo c amente ▁lo ▁he mos ▁hecho , ▁y ▁he mos ▁pecado .
▁No ▁sea ▁ella ▁ahora ▁ como ▁el ▁que ▁sal e ▁muerto ▁del ▁vi en t re ▁de ▁su ▁madre , ▁consum i da ▁la ▁mitad ▁de ▁su ▁carne .
▁Entonces ▁Moisés ▁c l am ó ▁á ▁Jehová , ▁diciendo : ▁Ruégote , ▁ o h ▁Dios , ▁que ▁la ▁s an es ▁ahora .
▁As í ▁Ma r ía ▁fué ▁echa da ▁del ▁re al ▁siete ▁días ; ▁y ▁el ▁pueblo ▁no ▁pasó ▁a de l an te ▁hast a ▁que ▁se ▁le ▁re un ió ▁Ma r ía .
▁En v ía ▁tú ▁hombres ▁que ▁rec on o z ca n ▁la ▁tierra ▁de ▁Canaán , ▁la ▁cual ▁yo ▁do y ▁á ▁los ▁hijos ▁de ▁Israel : ▁de ▁ cada ▁tribu ▁de ▁sus ▁padres ▁enviar éis ▁un ▁varón , ▁ cada ▁uno ▁príncipe ▁entre ▁ellos .
▁Y ▁Moisés ▁los ▁envió ▁de s de ▁el ▁desierto ▁de ▁P arán , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová : ▁y ▁todos ▁aquello s ▁varones ▁era n ▁príncipes ▁de ▁los ▁hijos ▁de ▁Israel .
▁Lo s ▁nombre s ▁de ▁los ▁cuales ▁son ▁é st os : ▁De ▁la ▁tribu ▁de ▁Rubén , ▁S am m u a ▁hijo ▁de ▁Z a c cu r .
▁De ▁la ▁tribu ▁de ▁Simeón , ▁S a ph a t ▁hijo ▁de ▁Hu r í .
▁De ▁la ▁tribu ▁de ▁Judá , ▁Caleb ▁hijo ▁de ▁Je ph on e .
▁De ▁la ▁tribu ▁de ▁Issachâr , ▁I ga l ▁hijo ▁de ▁Joseph .
▁De ▁la ▁tribu ▁de ▁Ephraim , ▁O se as ▁hijo ▁de ▁Nun .
▁De ▁la ▁tribu ▁de ▁Benjamín , ▁P al t i ▁hijo ▁de ▁R a ph u .
▁De ▁la ▁tribu ▁de ▁Zabulón , ▁Gad di el ▁hijo ▁de ▁So di .
▁De ▁la ▁tribu ▁de ▁José , ▁de ▁la ▁tribu ▁de ▁Manasés , ▁Gad di ▁hijo ▁de ▁Su s i .
▁De ▁la ▁tribu ▁de ▁Dan , ▁A m mi el ▁hijo ▁de ▁Ge ma l li .
▁De ▁la ▁tribu ▁de ▁As er , ▁Se th ur ▁hijo ▁de ▁Mi ch â el .
▁De ▁la ▁tribu ▁de ▁Nephtalí , ▁N ah ab í ▁hijo ▁de ▁ V a p s i .
▁De ▁la ▁tribu ▁de ▁Gad , ▁Ge ue l ▁hijo ▁de ▁Ma ch î .
▁Estos ▁son ▁los ▁nombre s ▁de ▁los ▁varones ▁que ▁Moisés ▁envió ▁á ▁reconoc er ▁la ▁tierra : ▁y ▁á ▁O se as ▁hijo ▁de ▁Nun , ▁le ▁puso ▁Moisés ▁el ▁nombre ▁de ▁Josué .
▁En vi ólo s , ▁pues , ▁Moisés ▁á ▁reconoc er ▁la ▁tierra ▁de ▁Canaán , ▁di ci é ndo les : ▁Su bi d ▁por ▁aquí , ▁por ▁el ▁mediodía , ▁y ▁su bi d ▁al ▁monte :
▁Y ▁ob serv ad ▁la ▁tierra ▁qué ▁tal ▁es ; ▁y ▁el ▁pueblo ▁que ▁la ▁habita , ▁si ▁es ▁fuerte ▁ó ▁d é bi l , ▁si ▁poco ▁ó ▁ n u m eros o ;
▁Y ▁llamó se ▁aquel ▁lugar ▁N ah al - es co l , ▁por ▁el ▁ ra ci mo ▁que ▁cor t aron ▁de ▁allí ▁los ▁hijos ▁de ▁Israel .
▁Mas ▁el ▁pueblo ▁que ▁habita ▁aquella ▁tierra ▁es ▁fuerte , ▁y ▁las ▁ciudades ▁mu y ▁grande s ▁y ▁fuerte s ; ▁y ▁también ▁vi mos ▁allí ▁los ▁hijos ▁de ▁Ana c .
▁Amalec ▁habita ▁la ▁tierra ▁del ▁mediodía ; ▁y ▁el ▁Hetheo , ▁y ▁el ▁Jebus e o , ▁y ▁el ▁Amorrheo , ▁habita n ▁en ▁el ▁monte ; ▁y ▁el ▁Cananeo ▁habita ▁junto ▁á ▁la ▁mar , ▁y ▁á ▁la ▁ ri be ra ▁del ▁Jordán .
▁Entonces ▁Caleb ▁hizo ▁ca l l ar ▁el ▁pueblo ▁delante ▁de ▁Moisés , ▁y ▁dijo : ▁Su ba mos ▁luego , ▁y ▁pos e á mos la ; ▁que ▁más ▁pod remos ▁que ▁ella .
▁E N T O N C E S ▁toda ▁la ▁congregación ▁al z aron ▁gr ita , ▁y ▁d ieron ▁voces : ▁y ▁el ▁pueblo ▁lloró ▁aquella ▁noche .
▁¿ Y ▁por ▁qué ▁no s ▁tra e ▁Jehová ▁á ▁esta ▁tierra ▁para ▁ca er ▁á ▁cuchillo , ▁y ▁que ▁nuestra s ▁mujeres ▁y ▁nuestro s ▁ch i qui to s ▁sea n ▁por ▁pre s a ? ▁¿ no ▁no s ▁ser ía ▁mejor ▁volver nos ▁á ▁Egipto ?
▁Y ▁decía n ▁el ▁uno ▁al ▁otro : ▁Ha ga mos ▁un ▁capitán , ▁y ▁ v o l v á mo nos ▁á ▁Egipto .
▁Entonces ▁Moisés ▁y ▁Aarón ▁ca y e ron ▁sobre ▁sus ▁rostro s ▁delante ▁de ▁toda ▁la ▁multitud ▁de ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁Josué ▁hijo ▁de ▁Nun , ▁y ▁Caleb ▁hijo ▁de ▁Je ph on e , ▁que ▁era n ▁de ▁los ▁que ▁habían ▁reconoc ido ▁la ▁tierra , ▁romp ieron ▁sus ▁vestidos ;
▁Y ▁hablar on ▁á ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁La ▁tierra ▁por ▁don de ▁pasa mos ▁para ▁reconoc er la , ▁es ▁tierra ▁en ▁gran ▁manera ▁buena .
▁Si ▁Jehová ▁se ▁a g r ada re ▁de ▁nosotros , ▁él ▁no s ▁me te rá ▁en ▁esta ▁tierra , ▁y ▁no s ▁la ▁entre g ará ; ▁tierra ▁que ▁f l u y e ▁le ch e ▁y ▁mi el .
▁Entonces ▁toda ▁la ▁multitud ▁habló ▁de ▁ap ed re ar los ▁con ▁piedra s . ▁Mas ▁la ▁gloria ▁de ▁Jehová ▁se ▁most r ó ▁en ▁el ▁tabernáculo ▁del ▁testimonio ▁á ▁todos ▁los ▁hijos ▁de ▁Israel .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁¿ H as ta ▁cu ándo ▁me ▁ha ▁de ▁ir ri t ar ▁este ▁pueblo ? ▁¿ h as ta ▁cu ándo ▁no ▁me ▁ha ▁de ▁c re er ▁con ▁todas ▁las ▁señal es ▁que ▁he ▁hecho ▁en ▁medio ▁de ▁ellos ?
▁Yo ▁le ▁her i ré ▁de ▁mor t an dad , ▁y ▁lo ▁destruir é , ▁y ▁á ▁ti ▁te ▁pondré ▁sobre ▁gente ▁grande ▁y ▁más ▁fuerte ▁que ▁ellos .
▁Y ▁Moisés ▁respondió ▁á ▁Jehová : ▁O irá n lo ▁luego ▁los ▁E g i p ci os , ▁por que ▁de ▁en ▁medio ▁de ▁ellos ▁saca s te ▁á ▁este ▁pueblo ▁con ▁tu ▁fortaleza :
▁Y ▁que ▁has ▁hecho ▁mor ir ▁á ▁este ▁pueblo ▁ como ▁á ▁un ▁hombre : ▁y ▁las ▁gente s ▁que ▁hubiere n ▁oído ▁tu ▁f a ma ▁hablar án , ▁diciendo :
▁Porque ▁no ▁pu do ▁Jehová ▁me t er ▁este ▁pueblo ▁en ▁la ▁tierra ▁de ▁la ▁cual ▁les ▁había ▁ j ur ado , ▁los ▁mató ▁en ▁el ▁desierto .
▁Ahora , ▁pues , ▁yo ▁te ▁ruego ▁que ▁sea ▁ ma g n i f i cada ▁la ▁fortaleza ▁del ▁Señor , ▁ como ▁lo ▁habla s te , ▁diciendo :
▁P er do n a ▁ahora ▁la ▁iniquidad ▁de ▁este ▁pueblo ▁seg ún ▁la ▁grande za ▁de ▁tu ▁misericordia , ▁y ▁ como ▁has ▁perdon ado ▁á ▁este ▁pueblo ▁de s de ▁Egipto ▁hast a ▁aquí .
▁Entonces ▁Jehová ▁dijo : ▁yo ▁lo ▁he ▁perdon ado ▁conform e ▁á ▁tu ▁dicho :
▁Mas , ▁c iertamente ▁vi v o ▁yo ▁y ▁mi ▁gloria ▁hin ch e ▁toda ▁la ▁tierra ,
▁No ▁ver án ▁la ▁tierra ▁de ▁la ▁cual ▁ j u ré ▁á ▁sus ▁padres : ▁no , ▁ninguno ▁de ▁los ▁que ▁me ▁han ▁ir ri t ado ▁la ▁ver á .
▁E mpero ▁mi ▁siervo ▁Caleb , ▁por ▁cuanto ▁hubo ▁en ▁él ▁otro ▁espíritu , ▁y ▁cumpl ió ▁de ▁ir ▁en ▁pos ▁de ▁mí , ▁yo ▁le ▁me te ré ▁en ▁la ▁tierra ▁don de ▁entr ó , ▁y ▁su ▁simiente ▁la ▁recibir á ▁en ▁heredad .
▁Ahora ▁bien , ▁el ▁Amalec ita ▁y ▁el ▁Cananeo ▁habita n ▁en ▁el ▁valle ; ▁ v o l v e os ▁mañana , ▁y ▁part í os ▁al ▁desierto , ▁camino ▁del ▁mar ▁B er me jo .
▁Y ▁Jehová ▁habló ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁¿ H as ta ▁cu ándo ▁oir é ▁esta ▁de p ra v ada ▁multitud ▁que ▁murmur a ▁contra ▁mí , ▁las ▁que re l la s ▁de ▁los ▁hijos ▁de ▁Israel , ▁que ▁de ▁mí ▁se ▁que ja n ?
▁Di les : ▁Viv o ▁yo , ▁di ce ▁Jehová , ▁que ▁seg ún ▁ha béis ▁hablado ▁á ▁mis ▁oído s , ▁así ▁haré ▁yo ▁con ▁vosotros :
▁En ▁este ▁desierto ▁ca e rán ▁vuestro s ▁cuerpo s ; ▁todos ▁vuestro s ▁contados ▁seg ún ▁toda ▁vuestra ▁cu enta , ▁de ▁veinte ▁años ▁arriba , ▁los ▁cuales ▁ha béis ▁murmur ado ▁contra ▁mí ;
▁Vosotros ▁á ▁la ▁ver dad ▁no ▁entr aréis ▁en ▁la ▁tierra , ▁por ▁la ▁cual ▁al c é ▁mi ▁mano ▁de ▁hacer os ▁habita r ▁en ▁ella ; ▁ex ce p tu ando ▁á ▁Caleb ▁hijo ▁de ▁Je ph on e , ▁y ▁á ▁Josué ▁hijo ▁de ▁Nun .
▁Y ▁en ▁cuanto ▁á ▁vosotros , ▁vuestro s ▁cuerpo s ▁ca e rán ▁en ▁este ▁desierto .
▁Y ▁vuestro s ▁hijos ▁and arán ▁pa s to re ando ▁en ▁el ▁desierto ▁cuarenta ▁años , ▁y ▁ellos ▁llev arán ▁vuestras ▁for n i ca ciones , ▁hast a ▁que ▁vuestro s ▁cuerpo s ▁sea n ▁consum ido s ▁en ▁el ▁desierto .
▁Yo ▁Jehová ▁he ▁hablado ; ▁así ▁haré ▁á ▁toda ▁esta ▁multitud ▁per ver s a ▁que ▁se ▁ha ▁junt ado ▁contra ▁mí ; ▁en ▁este ▁desierto ▁serán ▁consum ido s , ▁y ▁ ah í ▁morirá n .
▁Y ▁los ▁varones ▁que ▁Moisés ▁envió ▁á ▁reconoc er ▁la ▁tierra , ▁y ▁vuelto s ▁habían ▁hecho ▁murmur ar ▁contra ▁él ▁á ▁toda ▁la ▁congregación , ▁de s a c re di t ando ▁aquel ▁país ,
▁A que l los ▁varones ▁que ▁habían ▁hablado ▁mal ▁de ▁la ▁tierra , ▁mu r ieron ▁de ▁plaga ▁delante ▁de ▁Jehová .
▁Mas ▁Josué ▁hijo ▁de ▁Nun , ▁y ▁Caleb ▁hijo ▁de ▁Je ph on e , ▁quedar on ▁con ▁vida ▁de ▁entre ▁aquello s ▁hombres ▁que ▁habían ▁ ido ▁á ▁reconoc er ▁la ▁tierra .
▁Y ▁Moisés ▁dijo ▁esta s ▁cosas ▁á ▁todos ▁los ▁hijos ▁de ▁Israel , ▁y ▁el ▁pueblo ▁se ▁en l u t ó ▁mucho .
▁Y ▁dijo ▁Moisés : ▁¿ Por ▁qué ▁que bra n t áis ▁el ▁dicho ▁de ▁Jehová ? ▁E s to ▁ t am p o co ▁os ▁su ce de rá ▁bien .
▁No ▁su b áis , ▁por que ▁Jehová ▁no ▁está ▁en ▁medio ▁de ▁vosotros , ▁no ▁se áis ▁her ido s ▁delante ▁de ▁vuestro s ▁enemigos .
▁Porque ▁el ▁Amalec ita ▁y ▁el ▁Cananeo ▁están ▁allí ▁delante ▁de ▁vosotros , ▁y ▁ca e réis ▁á ▁cuchillo : ▁pues ▁por ▁cuanto ▁os ▁ha béis ▁re tra í do ▁de ▁se gu ir ▁á ▁Jehová , ▁por ▁es o ▁no ▁será ▁Jehová ▁con ▁vosotros .
▁Si n ▁ em b ar go , ▁se ▁ob st in aron ▁en ▁subir ▁á ▁la ▁ ci ma ▁del ▁monte : ▁mas ▁el ▁arca ▁de ▁la ▁alianza ▁de ▁Jehová , ▁y ▁Moisés , ▁no ▁se ▁apart aron ▁de ▁en ▁medio ▁del ▁campo .
▁Y ▁descend ieron ▁el ▁Amalec ita ▁y ▁el ▁Cananeo , ▁que ▁habitaba n ▁en ▁aquel ▁monte , ▁é ▁ hi ri é ron los ▁y ▁de r ro t áronlo s , ▁per s i gu ién do los ▁hast a ▁Hor ma .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁hubiere is ▁entr ado ▁en ▁la ▁tierra ▁de ▁vuestras ▁habita ciones , ▁que ▁yo ▁os ▁do y ,
▁Entonces ▁el ▁que ▁ofreciere ▁su ▁ofrenda ▁á ▁Jehová , ▁traerá ▁por ▁presente ▁una ▁décima ▁de ▁un ▁ e ph a ▁de ▁flor ▁de ▁harina , ▁amasada ▁con ▁la ▁cu ar ta ▁parte ▁de ▁un ▁hin ▁de ▁aceite ;
▁Y ▁de ▁vino ▁para ▁la ▁li b ación ▁ofrecerá s ▁la ▁cu ar ta ▁parte ▁de ▁un ▁hin , ▁además ▁del ▁holocausto ▁ó ▁del ▁sacrificio , ▁por ▁ cada ▁un ▁cordero .
▁Y ▁por ▁ cada ▁carnero ▁harás ▁presente ▁de ▁dos ▁décima s ▁de ▁flor ▁de ▁harina , ▁amasada ▁con ▁el ▁te r ci o ▁de ▁un ▁hin ▁de ▁aceite :
▁Y ▁de ▁vino ▁para ▁la ▁li b ación ▁ofrecerá s ▁el ▁te r ci o ▁de ▁un ▁hin , ▁en ▁olor ▁su ave ▁á ▁Jehová .
▁Y ▁cuando ▁ofreciere is ▁no vi l lo ▁en ▁holocausto ▁ó ▁sacrificio , ▁por ▁es pe ci al ▁voto , ▁ó ▁de ▁paces ▁á ▁Jehová ,
▁Of re ce rás ▁con ▁el ▁no vi l lo ▁un ▁presente ▁de ▁tres ▁décima s ▁de ▁flor ▁de ▁harina , ▁amasada ▁con ▁la ▁mitad ▁de ▁un ▁hin ▁de ▁aceite :
▁Y ▁de ▁vino ▁para ▁la ▁li b ación ▁ofrecerá s ▁la ▁mitad ▁de ▁un ▁hin , ▁en ▁ofrenda ▁encendida ▁de ▁olor ▁su ave ▁á ▁Jehová .
▁As í ▁se ▁hará ▁con ▁ cada ▁un ▁buey , ▁ó ▁carnero , ▁ó ▁cordero , ▁lo ▁mismo ▁de ▁ovejas ▁que ▁de ▁ca bra s .
▁C on for me ▁al ▁número ▁así ▁ha réis ▁con ▁ cada ▁uno ▁seg ún ▁el ▁número ▁de ▁ellos .
▁Todo ▁ n a t ura l ▁hará ▁esta s ▁cosas ▁así , ▁para ▁of re cer ▁ofrenda ▁encendida ▁de ▁olor ▁su ave ▁á ▁Jehová .
▁Y ▁cuando ▁habita re ▁con ▁vosotros ▁extranjero , ▁ó ▁cualquier a ▁que ▁estuviere ▁entre ▁vosotros ▁por ▁vuestras ▁edad es , ▁si ▁hiciere ▁ofrenda ▁encendida ▁de ▁olor ▁su ave ▁á ▁Jehová , ▁ como ▁vosotros ▁hiciere is , ▁así ▁hará ▁él .
▁Un a ▁mis ma ▁le y ▁y ▁un ▁mismo ▁derecho ▁tendréis , ▁vosotros ▁y ▁el ▁per e g ri no ▁que ▁con ▁vosotros ▁mor a .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁hubiere is ▁entr ado ▁en ▁la ▁tierra ▁á ▁la ▁cual ▁yo ▁os ▁llev o ,
▁Se rá ▁que ▁cuando ▁come n za re is ▁á ▁come r ▁del ▁pan ▁de ▁la ▁tierra , ▁ofreceréis ▁ofrenda ▁á ▁Jehová .
▁De ▁lo ▁primer o ▁que ▁am as are is , ▁ofreceréis ▁una ▁to r ta ▁en ▁ofrenda ; ▁ como ▁la ▁ofrenda ▁de ▁la ▁era , ▁así ▁la ▁ofreceréis .
▁De ▁las ▁pri mi ci as ▁de ▁vuestras ▁mas as ▁d aréis ▁á ▁Jehová ▁ofrenda ▁por ▁vuestras ▁generaciones .
▁Y ▁cuando ▁ er ra re is , ▁y ▁no ▁hiciere is ▁todos ▁estos ▁mandamientos ▁que ▁Jehová ▁ha ▁dicho ▁á ▁Moisés ,
▁T o das ▁las ▁cosas ▁que ▁Jehová ▁os ▁ha ▁mandado ▁por ▁la ▁mano ▁de ▁Moisés , ▁de s de ▁el ▁día ▁que ▁Jehová ▁lo ▁mandó , ▁y ▁en ▁a de l an te ▁por ▁vuestras ▁edad es ,
▁Y ▁será ▁perdon ado ▁á ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁al ▁extranjero ▁que ▁per e g ri n a ▁entre ▁ellos , ▁por ▁cuanto ▁es ▁y er ro ▁de ▁todo ▁el ▁pueblo .
▁Y ▁si ▁una ▁persona ▁pecar e ▁por ▁y er ro , ▁ofrecerá ▁una ▁ca bra ▁de ▁un ▁año ▁por ▁expiación .
▁El ▁ n a t ura l ▁entre ▁los ▁hijos ▁de ▁Israel , ▁y ▁el ▁per e g ri no ▁que ▁habita re ▁entre ▁ellos , ▁una ▁mis ma ▁le y ▁tendréis ▁para ▁el ▁que ▁hiciere ▁al go ▁por ▁y er ro .
▁Por ▁cuanto ▁tuvo ▁en ▁poco ▁la ▁palabra ▁de ▁Jehová , ▁y ▁dió ▁por ▁ n u lo ▁su ▁man d amiento , ▁enter amente ▁será ▁cor t ada ▁la ▁tal ▁persona : ▁su ▁iniquidad ▁será ▁sobre ▁ella .
▁Y ▁esta ndo ▁los ▁hijos ▁de ▁Israel ▁en ▁el ▁desierto , ▁halla ron ▁un ▁hombre ▁que ▁recog ía ▁le ñ a ▁en ▁día ▁de ▁sábado .
▁Y ▁los ▁que ▁le ▁halla ron ▁recog iendo ▁le ñ a ▁tra j é ron le ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁á ▁toda ▁la ▁congregación :
▁Y ▁pu s i é ron lo ▁en ▁la ▁c á r ce l , ▁por ▁que ▁no ▁estaba ▁declar ado ▁qué ▁le ▁habían ▁de ▁hacer .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁I r re mi s i ble mente ▁muera ▁aquel ▁hombre ; ▁ap ed ré e lo ▁con ▁piedra s ▁toda ▁la ▁congregación ▁fuera ▁del ▁campo .
▁Entonces ▁lo ▁sacó ▁la ▁congregación ▁fuera ▁del ▁campo , ▁y ▁ap ed re áronlo ▁con ▁piedra s , ▁y ▁murió ; ▁ como ▁Jehová ▁mandó ▁á ▁Moisés .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Para ▁que ▁os ▁a co r d éis , ▁y ▁ha g áis ▁todos ▁mis ▁mandamientos , ▁y ▁se áis ▁santo s ▁á ▁vuestro ▁Dios .
▁Yo ▁Jehová ▁vuestro ▁Dios , ▁que ▁os ▁s a qué ▁de ▁la ▁tierra ▁de ▁Egipto , ▁para ▁ser ▁vuestro ▁Dios : ▁Yo ▁Jehová ▁vuestro ▁Dios .
▁Y ▁levant áronse ▁contra ▁Moisés ▁con ▁dos cientos ▁y ▁cincuenta ▁varones ▁de ▁los ▁hijos ▁de ▁Israel , ▁príncipes ▁de ▁la ▁congregación , ▁de ▁los ▁del ▁con se jo , ▁varones ▁de ▁nombre ;
▁Y ▁ como ▁lo ▁oyó ▁Moisés , ▁echó se ▁sobre ▁su ▁rostro ;
▁Ha c ed ▁esto : ▁toma os ▁in ce n s ar i os , ▁C o ré ▁y ▁todo ▁su ▁s é qui to :
▁Di jo ▁más ▁Moisés ▁á ▁C o ré : ▁O id ▁ahora , ▁hijos ▁de ▁Leví :
▁¿ Y ▁que ▁te ▁hizo ▁acerca r ▁á ▁ti , ▁y ▁á ▁todos ▁tu s ▁hermanos ▁los ▁hijos ▁de ▁Leví ▁contigo ▁ ; ▁para ▁que ▁pro cu réis ▁también ▁el ▁s a cer do ci o ?
▁Por ▁tanto , ▁tú ▁y ▁todo ▁tu ▁s é qui to ▁so is ▁los ▁que ▁os ▁junt áis ▁contra ▁Jehová : ▁pues ▁Aarón , ▁¿ qué ▁es ▁para ▁que ▁contra ▁él ▁murmur éis ?
▁Y ▁envió ▁Moisés ▁á ▁llamar ▁á ▁Da th án ▁y ▁Abi r am , ▁hijos ▁de ▁Eli ab ; ▁mas ▁ellos ▁respondieron : ▁No ▁ir emos ▁all á :
▁Entonces ▁Moisés ▁se ▁enoj ó ▁en ▁gran ▁manera , ▁y ▁dijo ▁á ▁Jehová : ▁No ▁mi res ▁á ▁su ▁presente : ▁ni ▁aun ▁un ▁asno ▁he ▁tomado ▁de ▁ellos , ▁ni ▁á ▁ninguno ▁de ▁ellos ▁he ▁hecho ▁mal .
▁Después ▁dijo ▁Moisés ▁á ▁C o ré : ▁T ú ▁y ▁todo ▁tu ▁s é qui to , ▁pon e os ▁mañana ▁delante ▁de ▁Jehová ; ▁tú , ▁y ▁ellos , ▁y ▁Aarón :
▁Y ▁tomaron ▁ cada ▁uno ▁su ▁in ce n s ar i o , ▁y ▁pusier on ▁en ▁ellos ▁fuego , ▁y ▁echar on ▁en ▁ellos ▁s a hu me ri o , ▁y ▁pu s iéronse ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio ▁con ▁Moisés ▁y ▁Aarón .
▁Y a ▁C o ré ▁había ▁hecho ▁junt ar ▁contra ▁ellos ▁toda ▁la ▁congregación ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio : ▁entonces ▁la ▁gloria ▁de ▁Jehová ▁ap are ció ▁á ▁toda ▁la ▁congregación .
▁Y ▁Jehová ▁habló ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁A p ar ta os ▁de ▁entre ▁esta ▁congregación , ▁y ▁consum ir los ▁he ▁en ▁un ▁mo ment o .
▁Y ▁ellos ▁se ▁echar on ▁sobre ▁sus ▁rostro s , ▁y ▁dijeron : ▁Dios , ▁Dios ▁de ▁los ▁espíritu s ▁de ▁toda ▁carne , ▁¿ no ▁es ▁un ▁hombre ▁el ▁que ▁pe c ó ? ▁¿ y ▁a ir ar te ▁has ▁tú ▁contra ▁toda ▁la ▁congregación ?
▁Entonces ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁la ▁congregación , ▁diciendo : ▁A p ar ta os ▁de ▁en ▁derredor ▁de ▁la ▁tienda ▁de ▁C o ré , ▁Da th án , ▁y ▁Abi r am .
▁Y ▁Moisés ▁se ▁levant ó , ▁y ▁fué ▁á ▁Da th án ▁y ▁á ▁Abi r am ; ▁y ▁los ▁ancianos ▁de ▁Israel ▁fueron ▁en ▁pos ▁de ▁él .
▁Y ▁dijo ▁Moisés : ▁En ▁esto ▁conoc e réis ▁que ▁Jehová ▁me ▁ha ▁en vi ado ▁para ▁que ▁ hi ci e se ▁todas ▁esta s ▁cosas ; ▁que ▁no ▁de ▁mi ▁corazón ▁las ▁ hi ce .
▁Si ▁ como ▁mu er en ▁todos ▁los ▁hombres ▁mu r iere n ▁é st os , ▁ó ▁si ▁fuere n ▁ellos ▁visit ados ▁á ▁la ▁manera ▁de ▁todos ▁los ▁hombres , ▁Jehová ▁no ▁me ▁envió .
▁Y ▁aconteció , ▁que ▁en ▁acaba ndo ▁él ▁de ▁hablar ▁todas ▁esta s ▁palabras , ▁romp i óse ▁la ▁tierra ▁que ▁estaba ▁debajo ▁de ▁ellos :
▁Y ▁abr ió ▁la ▁tierra ▁su ▁boca , ▁y ▁tra g ólo s ▁á ▁ellos , ▁y ▁á ▁sus ▁casa s , ▁y ▁á ▁todos ▁los ▁hombres ▁de ▁C o ré , ▁y ▁á ▁toda ▁su ▁haci en da .
▁Y ▁ellos , ▁con ▁todo ▁lo ▁que ▁tenía n , ▁descend ieron ▁vi v os ▁al ▁a bi s mo , ▁y ▁cu b ri ólo s ▁la ▁tierra , ▁y ▁per e c ieron ▁de ▁en ▁medio ▁de ▁la ▁congregación .
▁Y ▁todo ▁Israel , ▁los ▁que ▁estaban ▁en ▁derredor ▁de ▁ellos , ▁ hu y e ron ▁al ▁gr i to ▁de ▁ellos ; ▁por que ▁decía n : ▁No ▁no s ▁tra gu e ▁también ▁la ▁tierra .
▁Y ▁salió ▁fuego ▁de ▁Jehová , ▁y ▁consum ió ▁los ▁dos cientos ▁y ▁cincuenta ▁hombres ▁que ▁of re c ían ▁el ▁s a hu me ri o .
▁Entonces ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Di ▁á ▁Eleazar , ▁hijo ▁de ▁Aarón ▁sacerdote , ▁que ▁to me ▁los ▁in ce n s ar i os ▁de ▁en ▁medio ▁del ▁in ce n di o , ▁y ▁derram e ▁más ▁all á ▁el ▁fuego ; ▁por que ▁son ▁santifica do s :
▁Y ▁el ▁sacerdote ▁Eleazar ▁tomó ▁los ▁in ce n s ar i os ▁de ▁metal ▁con ▁que ▁los ▁que m ados ▁habían ▁of recido ; ▁y ▁extend i é ron los ▁para ▁cu b ri r ▁el ▁altar ,
▁El ▁día ▁siguiente ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁murmur ó ▁contra ▁Moisés ▁y ▁Aarón , ▁diciendo : ▁Vosotros ▁ha béis ▁muerto ▁al ▁pueblo ▁de ▁Jehová .
▁Y ▁aconteció ▁que , ▁ como ▁se ▁junt ó ▁la ▁congregación ▁contra ▁Moisés ▁y ▁Aarón , ▁mira ron ▁haci a ▁el ▁tabernáculo ▁del ▁testimonio , ▁y ▁he ▁aquí ▁la ▁nube ▁lo ▁había ▁cu bi er to , ▁y ▁ap are ció ▁la ▁gloria ▁de ▁Jehová .
▁Y ▁vinieron ▁Moisés ▁y ▁Aarón ▁delante ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁A p ar ta os ▁de ▁en ▁medio ▁de ▁esta ▁congregación , ▁y ▁consum i ré los ▁en ▁un ▁mo ment o . ▁Y ▁ellos ▁se ▁echar on ▁sobre ▁sus ▁rostro s .
▁Y ▁p ú s ose ▁entre ▁los ▁muerto s ▁y ▁los ▁vi v os ; ▁y ▁c es ó ▁la ▁mor t an dad .
▁Y ▁los ▁que ▁mu r ieron ▁en ▁aquella ▁mor t an dad ▁fueron ▁ca to r ce ▁mil ▁y ▁se te cientos ▁ , ▁sin ▁los ▁muerto s ▁por ▁el ▁negocio ▁de ▁C o ré .
▁Después ▁se ▁volvió ▁Aarón ▁á ▁Moisés ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁cuando ▁la ▁mor t an dad ▁había ▁c es ado .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁es c ri bi rás ▁el ▁nombre ▁de ▁Aarón ▁sobre ▁la ▁va ra ▁de ▁Leví ; ▁por que ▁ cada ▁cabeza ▁de ▁familia ▁de ▁sus ▁padres ▁tendrá ▁una ▁va ra .
▁Y ▁las ▁pondrá s ▁en ▁el ▁tabernáculo ▁del ▁testimonio ▁delante ▁del ▁testimonio , ▁don de ▁yo ▁me ▁declar aré ▁á ▁vosotros .
▁Y ▁Moisés ▁puso ▁las ▁va ra s ▁delante ▁de ▁Jehová ▁en ▁el ▁tabernáculo ▁del ▁testimonio .
▁Entonces ▁sacó ▁Moisés ▁todas ▁las ▁va ra s ▁de ▁delante ▁de ▁Jehová ▁á ▁todos ▁los ▁hijos ▁de ▁Israel ; ▁y ▁ellos ▁lo ▁vieron , ▁y ▁tomaron ▁ cada ▁uno ▁su ▁va ra .
▁E ▁ h í zo lo ▁Moisés : ▁ como ▁le ▁mandó ▁Jehová , ▁así ▁hizo .
▁Entonces ▁los ▁hijos ▁de ▁Israel ▁hablar on ▁á ▁Moisés , ▁diciendo : ▁He ▁aquí ▁nosotros ▁so mos ▁muerto s , ▁per d ido s ▁so mos , ▁todos ▁nosotros ▁so mos ▁per d ido s .
▁Cualquier a ▁que ▁se ▁llegar e , ▁el ▁que ▁se ▁acerca re ▁al ▁tabernáculo ▁de ▁Jehová ▁morirá : ▁¿ a c aba remos ▁de ▁per e cer ▁todos ?
▁Y ▁JEHOVÁ ▁dijo ▁á ▁Aarón : ▁T ú ▁y ▁tu s ▁hijos , ▁y ▁la ▁casa ▁de ▁tu ▁padre ▁contigo , ▁llev aréis ▁el ▁pecado ▁del ▁santuario : ▁y ▁tú ▁y ▁tu s ▁hijos ▁contigo ▁llev aréis ▁el ▁pecado ▁de ▁vuestro ▁s a cer do ci o .
▁Y ▁guard arán ▁lo ▁que ▁tú ▁orden are s , ▁y ▁el ▁cargo ▁de ▁todo ▁el ▁tabernáculo : ▁mas ▁no ▁llegar án ▁á ▁los ▁vasos ▁santo s ▁ni ▁al ▁altar , ▁por que ▁no ▁muera n ▁ellos ▁y ▁vosotros .
▁Se ▁junt arán , ▁pues , ▁contigo , ▁y ▁tendrá n ▁el ▁cargo ▁del ▁tabernáculo ▁del ▁testimonio ▁en ▁todo ▁el ▁servicio ▁del ▁tabernáculo ; ▁ ning ún ▁ex tra ñ o ▁se ▁ha ▁de ▁llegar ▁á ▁vosotros .
▁Y ▁tendréis ▁la ▁guarda ▁del ▁santuario , ▁y ▁la ▁guarda ▁del ▁altar , ▁para ▁que ▁no ▁sea ▁más ▁la ▁ir a ▁sobre ▁los ▁hijos ▁de ▁Israel .
▁Porque ▁he ▁aquí ▁yo ▁he ▁tomado ▁á ▁vuestro s ▁hermanos ▁los ▁Levitas ▁de ▁entre ▁los ▁hijos ▁de ▁Israel , ▁dado s ▁á ▁vosotros ▁en ▁don ▁de ▁Jehová , ▁para ▁que ▁sirv an ▁en ▁el ▁minister i o ▁del ▁tabernáculo ▁del ▁testimonio .
▁En ▁el ▁santuario ▁la ▁comerá s ; ▁todo ▁varón ▁comerá ▁de ▁ella : ▁cosa ▁santa ▁será ▁para ▁ti .
▁La s ▁pri mi ci as ▁de ▁todas ▁las ▁cosas ▁de ▁la ▁tierra ▁de ▁ellos , ▁las ▁cuales ▁traerá n ▁á ▁Jehová , ▁serán ▁tu y as : ▁todo ▁limpio ▁en ▁tu ▁casa ▁comerá ▁de ▁ella s .
▁Todo ▁lo ▁consagr ado ▁por ▁voto ▁en ▁Israel ▁será ▁tuyo .
▁Y ▁la ▁carne ▁de ▁ellos ▁será ▁tu y a : ▁ como ▁el ▁pe ch o ▁de ▁la ▁me c ed ura ▁y ▁ como ▁la ▁es pa l di l la ▁derecha , ▁será ▁tu y a .
▁Y ▁Jehová ▁dijo ▁á ▁Aarón : ▁De ▁la ▁tierra ▁de ▁ellos ▁no ▁tendrá s ▁heredad , ▁ni ▁entre ▁ellos ▁tendrá s ▁parte : ▁Yo ▁soy ▁tu ▁parte ▁y ▁tu ▁heredad ▁en ▁medio ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁he ▁aquí ▁yo ▁he ▁dado ▁á ▁los ▁hijos ▁de ▁Leví ▁todos ▁los ▁diez mos ▁en ▁Israel ▁por ▁heredad , ▁por ▁su ▁minister i o , ▁por ▁cuanto ▁ellos ▁sirv en ▁en ▁el ▁minister i o ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁no ▁llegar án ▁más ▁los ▁hijos ▁de ▁Israel ▁al ▁tabernáculo ▁del ▁testimonio , ▁por que ▁no ▁llev en ▁pecado , ▁por ▁el ▁cual ▁muera n .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁se ▁os ▁con t ará ▁vuestra ▁ofrenda ▁ como ▁gran o ▁de ▁la ▁era , ▁y ▁ como ▁a co p i o ▁del ▁la gar .
▁As í ▁ofreceréis ▁también ▁vosotros ▁ofrenda ▁á ▁Jehová ▁de ▁todos ▁vuestro s ▁diez mos ▁que ▁hubiere is ▁re ci b ido ▁de ▁los ▁hijos ▁de ▁Israel ; ▁y ▁d aréis ▁de ▁ellos ▁la ▁ofrenda ▁de ▁Jehová ▁á ▁Aarón ▁el ▁sacerdote .
▁De ▁todos ▁vuestro s ▁done s ▁ofreceréis ▁toda ▁ofrenda ▁á ▁Jehová ; ▁de ▁todo ▁lo ▁mejor ▁de ▁ellos ▁ofreceréis ▁la ▁por ción ▁que ▁ha ▁de ▁ser ▁consagr ada .
▁Y ▁lo ▁comeréis ▁en ▁cualquier ▁lugar , ▁vosotros ▁y ▁vuestra ▁familia : ▁pues ▁es ▁vuestra ▁re m un er ación ▁por ▁vuestro ▁minister i o ▁en ▁el ▁tabernáculo ▁del ▁testimonio .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁diciendo :
▁Y ▁la ▁d aréis ▁á ▁Eleazar ▁el ▁sacerdote , ▁y ▁él ▁la ▁saca rá ▁fuera ▁del ▁campo , ▁y ▁hará la ▁degollar ▁en ▁su ▁presencia .
▁Y ▁tomará ▁Eleazar ▁el ▁sacerdote ▁de ▁su ▁sangre ▁con ▁su ▁de do , ▁y ▁ ro ci ará ▁haci a ▁la ▁delante ra ▁del ▁tabernáculo ▁del ▁testimonio ▁con ▁la ▁sangre ▁de ▁ella ▁siete ▁veces ;
▁Y ▁hará ▁que m ar ▁la ▁va ca ▁an te ▁sus ▁ojos : ▁su ▁cu er o ▁y ▁su ▁carne ▁y ▁su ▁sangre , ▁con ▁su ▁es t i é r co l , ▁hará ▁que m ar .
▁Luego ▁tomará ▁el ▁sacerdote ▁pa lo ▁de ▁cedro , ▁é ▁his o p o , ▁y ▁es c ar la ta , ▁y ▁lo ▁echar á ▁en ▁medio ▁del ▁fuego ▁en ▁que ▁ar de ▁la ▁va ca .
▁El ▁sacerdote ▁lavará ▁luego ▁sus ▁vestidos , ▁lavará ▁también ▁su ▁carne ▁con ▁agua , ▁y ▁después ▁entr ará ▁en ▁el ▁re al ; ▁y ▁será ▁inmundo ▁el ▁sacerdote ▁hast a ▁la ▁tarde .
▁A simismo ▁el ▁que ▁la ▁que m ó , ▁lavará ▁sus ▁vestidos ▁en ▁agua , ▁también ▁lavará ▁en ▁agua ▁su ▁carne , ▁y ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁El ▁que ▁tocare ▁muerto ▁de ▁cualquier a ▁persona ▁ hu man a , ▁siete ▁días ▁será ▁inmundo :
▁Esta ▁es ▁la ▁le y ▁para ▁cuando ▁alguno ▁mu r iere ▁en ▁la ▁tienda : ▁cualquier a ▁que ▁entrar e ▁en ▁la ▁tienda ▁y ▁todo ▁el ▁que ▁estuviere ▁en ▁ella , ▁será ▁inmundo ▁siete ▁días .
▁Y ▁todo ▁va s o ▁a bi er to , ▁sobre ▁el ▁cual ▁no ▁hubiere ▁ ta pa de ra ▁bien ▁a j u st ada , ▁será ▁inmundo .
▁Y ▁cualquier a ▁que ▁tocare ▁en ▁muerto ▁á ▁cuchillo ▁sobre ▁la ▁ha z ▁del ▁campo , ▁ó ▁en ▁muerto , ▁ó ▁en ▁hues o ▁ hu man o , ▁ó ▁en ▁se p u l c ro , ▁siete ▁días ▁será ▁inmundo .
▁Y ▁para ▁el ▁inmundo ▁tomará n ▁de ▁la ▁c en i za ▁de ▁la ▁que m ada ▁va ca ▁de ▁la ▁expiación , ▁y ▁echar án ▁sobre ▁ella ▁agua ▁viva ▁en ▁un ▁va s o :
▁Y ▁les ▁será ▁por ▁estatuto ▁perpetuo : ▁también ▁el ▁que ▁ ro ci are ▁el ▁agua ▁de ▁la ▁se para ción ▁lavará ▁sus ▁vestidos ; ▁y ▁el ▁que ▁tocare ▁el ▁agua ▁de ▁la ▁se para ción , ▁será ▁inmundo ▁hast a ▁la ▁tarde .
▁Y ▁todo ▁lo ▁que ▁el ▁inmundo ▁tocare , ▁será ▁inmundo : ▁y ▁la ▁persona ▁que ▁lo ▁tocare , ▁será ▁inmunda ▁hast a ▁la ▁tarde .
▁Y ▁ como ▁no ▁ hu bi e se ▁agua ▁para ▁la ▁congregación , ▁junt áronse ▁contra ▁Moisés ▁y ▁Aarón .
▁Y ▁re ga ñ ó ▁el ▁pueblo ▁con ▁Moisés , ▁y ▁hablar on ▁diciendo : ▁ ¡ O ja l á ▁que ▁nosotros ▁ hu bi é ra mos ▁muerto ▁cuando ▁per e c ieron ▁nuestro s ▁hermanos ▁delante ▁de ▁Jehová !
▁¿ Y ▁por ▁qué ▁ hi c iste ▁ven ir ▁la ▁congregación ▁de ▁Jehová ▁á ▁este ▁desierto , ▁para ▁que ▁mu ra mos ▁aquí ▁nosotros ▁y ▁nuestra s ▁bestia s ?
▁Y ▁fué ron se ▁Moisés ▁y ▁Aarón ▁de ▁delante ▁de ▁la ▁congregación ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁ e ch áronse ▁sobre ▁sus ▁rostro s ; ▁y ▁la ▁gloria ▁de ▁Jehová ▁ap are ció ▁sobre ▁ellos .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Entonces ▁Moisés ▁tomó ▁la ▁va ra ▁de ▁delante ▁de ▁Jehová , ▁ como ▁él ▁le ▁mandó .
▁Y ▁junt aron ▁Moisés ▁y ▁Aarón ▁la ▁congregación ▁delante ▁de ▁la ▁peña , ▁y ▁díjole s : ▁O id ▁ahora , ▁rebel de s : ▁¿ os ▁he mos ▁de ▁hacer ▁sal ir ▁aguas ▁de ▁esta ▁peña ?
▁Entonces ▁al z ó ▁Moisés ▁su ▁mano , ▁é ▁hirió ▁la ▁peña ▁con ▁su ▁va ra ▁dos ▁veces : ▁y ▁salieron ▁much as ▁aguas , ▁y ▁be b ió ▁la ▁congregación , ▁y ▁sus ▁bestia s .
▁Esta s ▁son ▁las ▁aguas ▁de ▁la ▁re n ci l la , ▁por ▁las ▁cuales ▁con te nd ieron ▁los ▁hijos ▁de ▁Israel ▁con ▁Jehová , ▁y ▁él ▁se ▁s an t i f i c ó ▁en ▁ellos .
▁Y ▁envió ▁Moisés ▁ em ba ja do res ▁al ▁rey ▁de ▁Edom ▁de s de ▁C ad es : ▁As í ▁di ce ▁Israel ▁tu ▁hermano : ▁T ú ▁has ▁s ab ido ▁todo ▁el ▁tra ba jo ▁que ▁no s ▁ha ▁venido :
▁C ó mo ▁nuestro s ▁padres ▁descend ieron ▁á ▁Egipto , ▁y ▁estuv i mos ▁en ▁Egipto ▁la r go ▁tiempo , ▁y ▁los ▁E g i p ci os ▁no s ▁mal tra t aron , ▁y ▁á ▁nuestro s ▁padres ;
▁Y ▁Edom ▁le ▁respondió : ▁No ▁pasa rás ▁por ▁mi ▁país , ▁de ▁otra ▁manera ▁sal d ré ▁contra ▁ti ▁arm ado .
▁Y ▁él ▁respondió : ▁No ▁pasa rás . ▁Y ▁salió ▁Edom ▁contra ▁él ▁con ▁mucho ▁pueblo , ▁y ▁mano ▁fuerte .
▁No ▁quiso , ▁pues , ▁Edom ▁dejar ▁pasar ▁á ▁Israel ▁por ▁su ▁término , ▁y ▁apart óse ▁Israel ▁de ▁él .
▁Y ▁part ido s ▁de ▁C ad es ▁los ▁hijos ▁de ▁Israel , ▁toda ▁aquella ▁congregación , ▁vinieron ▁al ▁monte ▁de ▁Hor .
▁Y ▁Jehová ▁habló ▁á ▁Moisés ▁y ▁Aarón ▁en ▁el ▁monte ▁de ▁Hor , ▁en ▁los ▁con f in es ▁de ▁la ▁tierra ▁de ▁Edom , ▁diciendo :
▁Toma ▁á ▁Aarón ▁y ▁á ▁Eleazar ▁su ▁hijo , ▁y ▁ha z los ▁subir ▁al ▁monte ▁de ▁Hor ;
▁Y ▁ha z ▁de s n ud ar ▁á ▁Aarón ▁sus ▁vestidos , ▁y ▁vi s te ▁de ▁ellos ▁á ▁Eleazar ▁su ▁hijo ; ▁por que ▁Aarón ▁será ▁re un ido ▁á ▁sus ▁pueblo s , ▁y ▁allí ▁morirá .
▁Y ▁Moisés ▁hizo ▁ como ▁Jehová ▁le ▁mandó : ▁y ▁subieron ▁al ▁monte ▁de ▁Hor ▁á ▁ojos ▁de ▁toda ▁la ▁congregación .
▁Y ▁Moisés ▁hizo ▁de s n ud ar ▁á ▁Aarón ▁de ▁sus ▁vestidos ▁y ▁vi st ió los ▁á ▁Eleazar ▁su ▁hijo : ▁y ▁Aarón ▁murió ▁allí ▁en ▁la ▁cumbre ▁del ▁monte : ▁y ▁Moisés ▁y ▁Eleazar ▁descend ieron ▁del ▁monte .
▁Y ▁ viendo ▁toda ▁la ▁congregación ▁que ▁Aarón ▁era ▁muerto , ▁ hi c iéronle ▁d ue lo ▁por ▁treinta ▁días ▁todas ▁las ▁familias ▁de ▁Israel .
▁Y ▁O Y E NDO ▁el ▁Cananeo , ▁el ▁rey ▁de ▁Ar ad , ▁el ▁cual ▁habitaba ▁al ▁mediodía , ▁que ▁venía ▁Israel ▁por ▁el ▁camino ▁de ▁los ▁c en t in el as , ▁pe le ó ▁con ▁Israel , ▁y ▁tomó ▁de ▁él ▁pre s a .
▁Entonces ▁Israel ▁hizo ▁voto ▁á ▁Jehová , ▁y ▁dijo : ▁Si ▁en ▁ e f e c to ▁entre gar es ▁á ▁este ▁pueblo ▁en ▁mi ▁mano , ▁yo ▁destruir é ▁sus ▁ciudades .
▁Y ▁Jehová ▁es cu ch ó ▁la ▁voz ▁de ▁Israel , ▁y ▁entregó ▁al ▁Cananeo , ▁y ▁de st r u y ólo s ▁á ▁ellos ▁y ▁á ▁sus ▁ciudades ; ▁y ▁llamó ▁el ▁nombre ▁de ▁aquel ▁lugar ▁Hor ma .
▁Y ▁part ieron ▁del ▁monte ▁de ▁Hor , ▁camino ▁del ▁mar ▁B er me jo , ▁para ▁rod e ar ▁la ▁tierra ▁de ▁Edom ; ▁y ▁ aba t i óse ▁el ▁á n im o ▁del ▁pueblo ▁por ▁el ▁camino .
▁Y ▁Jehová ▁envió ▁entre ▁el ▁pueblo ▁ser p iente s ▁ar d iente s , ▁que ▁mor d ían ▁al ▁pueblo : ▁y ▁murió ▁mucho ▁pueblo ▁de ▁Israel .
▁Y ▁part ieron ▁los ▁hijos ▁de ▁Israel , ▁y ▁a sentaron ▁campo ▁en ▁O b oth .
▁Y ▁part ido s ▁de ▁O b oth , ▁a sentaron ▁en ▁I je - aba r im , ▁en ▁el ▁desierto ▁que ▁está ▁delante ▁de ▁Moab , ▁al ▁nac imiento ▁del ▁so l .
▁P ar t ido s ▁de ▁allí , ▁a sentaron ▁en ▁la ▁ar ro y ada ▁de ▁Z ar ed .
▁Por ▁tanto ▁se ▁di ce ▁en ▁el ▁libr o ▁de ▁las ▁batalla s ▁de ▁Jehová : ▁Lo ▁que ▁hizo ▁en ▁el ▁mar ▁B er me jo , ▁y ▁en ▁los ▁arroyo s ▁de ▁Ar n ón :
▁Y ▁á ▁la ▁cor r iente ▁de ▁los ▁arroyo s ▁que ▁va ▁á ▁para r ▁en ▁Ar , ▁y ▁de s ca n s a ▁en ▁el ▁término ▁de ▁Moab .
▁Y ▁de ▁allí ▁vinieron ▁á ▁Beer : ▁este ▁es ▁el ▁pozo ▁del ▁cual ▁Jehová ▁dijo ▁á ▁Moisés : ▁ J un ta ▁el ▁pueblo , ▁y ▁les ▁daré ▁agua .
▁Entonces ▁can t ó ▁Israel ▁esta ▁can ción : ▁Su be , ▁ o h ▁pozo ; ▁á ▁él ▁can ta d :
▁Y ▁de ▁Ma th an a ▁á ▁N ah al i el : ▁y ▁de ▁N ah al i el ▁á ▁B am oth :
▁Y ▁de ▁B am oth ▁al ▁valle ▁que ▁está ▁en ▁los ▁campo s ▁de ▁Moab , ▁y ▁á ▁la ▁cumbre ▁de ▁P is ga , ▁que ▁mira ▁á ▁Je s im ón .
▁Y ▁envió ▁Israel ▁ em ba ja do res ▁á ▁Sehón , ▁rey ▁de ▁los ▁Amorrheo s , ▁diciendo :
▁Mas ▁Sehón ▁no ▁de j ó ▁pasar ▁á ▁Israel ▁por ▁su ▁término : ▁antes ▁junt ó ▁Sehón ▁todo ▁su ▁pueblo , ▁y ▁salió ▁contra ▁Israel ▁en ▁el ▁desierto : ▁y ▁vino ▁á ▁Ja h az , ▁y ▁pe le ó ▁contra ▁Israel .
▁E ▁hirió le ▁Israel ▁á ▁f i lo ▁de ▁espada , ▁y ▁tomó ▁su ▁tierra ▁de s de ▁Ar n ón ▁hast a ▁Ja b o c , ▁hast a ▁los ▁hijos ▁de ▁Ammón : ▁por que ▁el ▁término ▁de ▁los ▁hijos ▁de ▁Ammón ▁era ▁fuerte .
▁Y ▁tomó ▁Israel ▁todas ▁esta s ▁ciudades : ▁y ▁habitó ▁Israel ▁en ▁todas ▁las ▁ciudades ▁del ▁Amorrheo , ▁en ▁Hesbón ▁y ▁en ▁todas ▁sus ▁aldeas .
▁Porque ▁Hesbón ▁era ▁la ▁ciudad ▁de ▁Sehón , ▁rey ▁de ▁los ▁Amorrheo s ; ▁el ▁cual ▁había ▁ten ido ▁guerra ▁antes ▁con ▁el ▁rey ▁de ▁Moab , ▁y ▁tomado ▁de ▁su ▁pod er ▁toda ▁su ▁tierra ▁hast a ▁Ar n ón .
▁Por ▁tanto , ▁di ce n ▁los ▁prove r bi st as : ▁Ve n id ▁á ▁Hesbón , ▁ ed i f í que se ▁y ▁re p á res e ▁la ▁ciudad ▁de ▁Sehón :
▁Que ▁fuego ▁salió ▁de ▁Hesbón , ▁y ▁ l la ma ▁de ▁la ▁ciudad ▁de ▁Sehón , ▁y ▁consum ió ▁á ▁Ar ▁de ▁Moab , ▁á ▁los ▁señor es ▁de ▁los ▁al to s ▁de ▁Ar n ón .
▁Mas ▁de v as ta mos ▁el ▁reino ▁de ▁ellos ; ▁per e ció ▁Hesbón ▁hast a ▁Di b ón , ▁y ▁de st r u i mos ▁hast a ▁No ph a ▁y ▁Me de ba .
▁As í ▁habitó ▁Israel ▁en ▁la ▁tierra ▁del ▁Amorrheo .
▁Y ▁envió ▁Moisés ▁á ▁reconoc er ▁á ▁Ja z er ; ▁y ▁tomaron ▁sus ▁aldeas , ▁y ▁echar on ▁al ▁Amorrheo ▁que ▁estaba ▁allí .
▁Y ▁volvieron , ▁y ▁subieron ▁camino ▁de ▁Basán , ▁y ▁salió ▁contra ▁ellos ▁O g ▁rey ▁de ▁Basán , ▁él ▁y ▁todo ▁su ▁pueblo , ▁para ▁pe le ar ▁en ▁E d re i .
▁E ▁hirieron ▁á ▁él , ▁y ▁á ▁sus ▁hijos , ▁y ▁á ▁toda ▁su ▁gente , ▁sin ▁que ▁le ▁quedar a ▁uno , ▁y ▁pos e y e ron ▁su ▁tierra .
▁Y ▁M O V I E R O N ▁los ▁hijos ▁de ▁Israel , ▁y ▁a sentaron ▁en ▁los ▁campo s ▁de ▁Moab , ▁de ▁esta ▁parte ▁del ▁Jordán ▁de ▁Jericó .
▁Y ▁vió ▁Balac , ▁hijo ▁de ▁Z i p por , ▁todo ▁lo ▁que ▁Israel ▁había ▁hecho ▁al ▁Amorrheo .
▁Y ▁Moab ▁tem ió ▁mucho ▁á ▁causa ▁del ▁pueblo ▁que ▁era ▁mucho ; ▁y ▁an gu st i óse ▁Moab ▁á ▁causa ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁fueron ▁los ▁ancianos ▁de ▁Moab , ▁y ▁los ▁ancianos ▁de ▁Madián , ▁con ▁las ▁d á di v as ▁de ▁a di vi n ación ▁en ▁su ▁mano , ▁y ▁llegar on ▁á ▁Balaam , ▁y ▁le ▁dijeron ▁las ▁palabras ▁de ▁Balac .
▁Y ▁él ▁les ▁dijo : ▁Re p os ad ▁aquí ▁esta ▁noche , ▁y ▁yo ▁os ▁re f er i ré ▁las ▁palabras , ▁ como ▁Jehová ▁me ▁hablar e . ▁As í ▁los ▁príncipes ▁de ▁Moab ▁se ▁quedar on ▁con ▁Balaam .
▁Y ▁vino ▁Dios ▁á ▁Balaam , ▁y ▁díjole : ▁¿ Qué ▁varones ▁son ▁estos ▁que ▁están ▁contigo ?
▁Y ▁Balaam ▁respondió ▁á ▁Dios : ▁Balac ▁hijo ▁de ▁Z i p por , ▁rey ▁de ▁Moab , ▁ha ▁en vi ado ▁á ▁mí ▁diciendo :
▁He ▁aquí ▁este ▁pueblo ▁que ▁ha ▁sal ido ▁de ▁Egipto , ▁cu bre ▁la ▁ha z ▁de ▁la ▁tierra : ▁ven ▁pues ▁ahora , ▁y ▁mal d í ce me lo ; ▁quizá ▁pod ré ▁pe le ar ▁con ▁él , ▁y ▁echar lo .
▁Entonces ▁dijo ▁Dios ▁á ▁Balaam : ▁No ▁vaya s ▁con ▁ellos , ▁ni ▁mal di ga s ▁al ▁pueblo ; ▁por que ▁es ▁be n di to .
▁As í ▁Balaam ▁se ▁levant ó ▁por ▁la ▁mañana , ▁y ▁dijo ▁á ▁los ▁príncipes ▁de ▁Balac : ▁ V o l v e os ▁á ▁vuestra ▁tierra , ▁por que ▁Jehová ▁no ▁me ▁qu iere ▁dejar ▁ir ▁con ▁vosotros .
▁Y ▁los ▁príncipes ▁de ▁Moab ▁se ▁levant aron , ▁y ▁vinieron ▁á ▁Balac , ▁y ▁dijeron : ▁Balaam ▁no ▁quiso ▁ven ir ▁con ▁nosotros .
▁Y ▁torn ó ▁Balac ▁á ▁enviar ▁otra ▁vez ▁más ▁príncipes , ▁y ▁más ▁ho no ra ble s ▁que ▁los ▁otro s .
▁Lo s ▁cuales ▁vinieron ▁á ▁Balaam , ▁y ▁dijéronle : ▁As í ▁di ce ▁Balac , ▁hijo ▁de ▁Z i p por : ▁Ruégote ▁que ▁no ▁de je s ▁de ▁ven ir ▁á ▁mí :
▁Porque ▁sin ▁d ud a ▁te ▁ho n r aré ▁mucho , ▁y ▁haré ▁todo ▁lo ▁que ▁me ▁dijere s : ▁ven ▁pues ▁ahora , ▁mal d í ce me ▁á ▁este ▁pueblo .
▁R u é go os ▁por ▁tanto ▁ahora , ▁que ▁re p os éis ▁aquí ▁esta ▁noche , ▁para ▁que ▁yo ▁se pa ▁qué ▁me ▁ v ue l v e ▁á ▁decir ▁Jehová .
▁Y ▁vino ▁Dios ▁á ▁Balaam ▁de ▁noche , ▁y ▁díjole : ▁Si ▁vi n iere n ▁á ▁llamar te ▁hombres , ▁le v án ta te ▁y ▁ve ▁con ▁ellos : ▁ e mpero ▁harás ▁lo ▁que ▁yo ▁te ▁dijere ▁ .
▁As í ▁Balaam ▁se ▁levant ó ▁por ▁la ▁mañana , ▁y ▁c in ch ó ▁su ▁as n a , ▁y ▁fué ▁con ▁los ▁príncipes ▁de ▁Moab .
▁Mas ▁el ▁ángel ▁de ▁Jehová ▁se ▁puso ▁en ▁una ▁send a ▁de ▁viña s ▁que ▁tenía ▁par ed ▁de ▁una ▁parte ▁y ▁par ed ▁de ▁otra .
▁Y ▁ viendo ▁el ▁as n a ▁al ▁ángel ▁de ▁Jehová , ▁pe g óse ▁á ▁la ▁par ed , ▁y ▁ap re t ó ▁contra ▁la ▁par ed ▁el ▁pie ▁de ▁Balaam : ▁y ▁él ▁volvió ▁á ▁her ir la .
▁Y ▁el ▁ángel ▁de ▁Jehová ▁pasó ▁más ▁all á , ▁y ▁p ú s ose ▁en ▁una ▁an go st ura , ▁don de ▁no ▁había ▁camino ▁para ▁apart ar se ▁ni ▁á ▁die s tra ▁ni ▁á ▁sin i est ra .
▁Y ▁ viendo ▁el ▁as n a ▁al ▁ángel ▁de ▁Jehová , ▁echó se ▁debajo ▁de ▁Balaam : ▁y ▁enoj óse ▁Balaam , ▁é ▁hirió ▁al ▁as n a ▁con ▁el ▁pa lo .
▁Entonces ▁Jehová ▁abr ió ▁la ▁boca ▁al ▁as n a , ▁la ▁cual ▁dijo ▁á ▁Balaam : ▁¿ Qué ▁te ▁he ▁hecho , ▁que ▁me ▁has ▁her ido ▁esta s ▁tres ▁veces ?
▁Y ▁Balaam ▁respondió ▁al ▁as n a : ▁Porque ▁te ▁has ▁bu r l ado ▁de ▁mí : ▁ ¡ o ja l á ▁tu vier a ▁espada ▁en ▁mi ▁mano , ▁que ▁ahora ▁te ▁matar ía !
▁Y ▁el ▁ángel ▁de ▁Jehová ▁le ▁dijo : ▁¿ Por ▁qué ▁has ▁her ido ▁tu ▁as n a ▁esta s ▁tres ▁veces ? ▁he ▁aquí ▁yo ▁he ▁sal ido ▁para ▁contra r re st ar te , ▁por que ▁tu ▁camino ▁es ▁per ver s o ▁delante ▁de ▁mí :
▁Entonces ▁Balaam ▁dijo ▁al ▁ángel ▁de ▁Jehová : ▁He ▁pecado , ▁que ▁no ▁s ab ía ▁que ▁tú ▁te ▁pon ía s ▁delante ▁de ▁mí ▁en ▁el ▁camino : ▁mas ▁ahora , ▁si ▁te ▁par e ce ▁mal , ▁yo ▁me ▁volver é .
▁Y ▁el ▁ángel ▁de ▁Jehová ▁dijo ▁á ▁Balaam : ▁Ve ▁con ▁es os ▁hombres : ▁ e mpero ▁la ▁palabra ▁que ▁yo ▁te ▁dijere , ▁es a ▁habla rás . ▁As í ▁Balaam ▁fué ▁con ▁los ▁príncipes ▁de ▁Balac .
▁Y ▁ o y e ndo ▁Balac ▁que ▁Balaam ▁venía , ▁salió ▁á ▁recibir lo ▁á ▁la ▁ciudad ▁de ▁Moab , ▁que ▁está ▁junto ▁al ▁término ▁de ▁Ar n ón , ▁que ▁es ▁el ▁cabo ▁de ▁los ▁con f in es .
▁Y ▁Balac ▁dijo ▁á ▁Balaam : ▁¿ No ▁en vi é ▁yo ▁á ▁ti ▁á ▁llamar te ? ▁¿ por ▁qué ▁no ▁has ▁venido ▁á ▁mí ? ▁¿ no ▁pu ed o ▁yo ▁ho n r ar te ?
▁Y ▁Balaam ▁respondió ▁á ▁Balac : ▁He ▁aquí ▁yo ▁he ▁venido ▁á ▁ti : ▁mas ▁¿ p o d ré ▁ahora ▁hablar ▁alguna ▁cosa ? ▁La ▁palabra ▁que ▁Dios ▁pusier e ▁en ▁mi ▁boca , ▁es a ▁hablar é .
▁Y ▁fué ▁Balaam ▁con ▁Balac , ▁y ▁vinieron ▁á ▁la ▁ciudad ▁de ▁Hu s oth ▁ .
▁Y ▁Balac ▁hizo ▁matar ▁bueyes ▁y ▁ovejas , ▁y ▁envió ▁á ▁Balaam , ▁y ▁á ▁los ▁príncipes ▁que ▁estaban ▁con ▁él .
▁Y ▁el ▁día ▁siguiente ▁Balac ▁tomó ▁á ▁Balaam , ▁é ▁ h í zo lo ▁subir ▁á ▁los ▁al to s ▁de ▁Baal , ▁y ▁de s de ▁allí ▁vió ▁la ▁ex t re mi dad ▁del ▁pueblo .
▁Y ▁B A L A A M ▁dijo ▁á ▁Balac : ▁E di f í ca me ▁aquí ▁siete ▁altar es , ▁y ▁pre p á ra me ▁aquí ▁siete ▁becerro s ▁y ▁siete ▁carnero s .
▁Y ▁Balac ▁hizo ▁ como ▁le ▁dijo ▁Balaam : ▁y ▁of re c ieron ▁Balac ▁y ▁Balaam ▁un ▁becerro ▁y ▁un ▁carnero ▁en ▁ cada ▁altar .
▁Y ▁vino ▁Dios ▁al ▁en cu en t ro ▁de ▁Balaam , ▁y ▁éste le ▁dijo : ▁Si e te ▁altar es ▁he ▁orden ado , ▁y ▁en ▁ cada ▁altar ▁he ▁of recido ▁un ▁becerro ▁y ▁un ▁carnero .
▁Y ▁Jehová ▁puso ▁palabra ▁en ▁la ▁boca ▁de ▁Balaam , ▁y ▁díjole : ▁ V ue l v e ▁á ▁Balac , ▁y ▁has ▁de ▁hablar ▁así .
▁Y ▁volvió ▁á ▁él , ▁y ▁he ▁aquí ▁estaba ▁él ▁junto ▁á ▁su ▁holocausto , ▁él ▁y ▁todos ▁los ▁príncipes ▁de ▁Moab .
▁¿ Por ▁qué ▁mal de ci ré ▁yo ▁al ▁que ▁Dios ▁no ▁mal di jo ? ▁¿ y ▁por ▁qué ▁he ▁de ▁ex e c r ar ▁al ▁que ▁Jehová ▁no ▁ha ▁ex e c r ado ?
▁Entonces ▁Balac ▁dijo ▁á ▁Balaam : ▁¿ Qué ▁me ▁has ▁hecho ? ▁he te ▁tomado ▁para ▁que ▁mal di ga s ▁á ▁mis ▁enemigos , ▁y ▁he ▁aquí ▁has ▁pro f er ido ▁be n di ciones .
▁Y ▁él ▁respondió , ▁y ▁dijo : ▁¿ No ▁ob serv aré ▁yo ▁lo ▁que ▁Jehová ▁pusier e ▁en ▁mi ▁boca ▁para ▁decir lo ?
▁Y ▁llev ólo ▁al ▁campo ▁de ▁So ph im , ▁á ▁la ▁cumbre ▁de ▁P is ga , ▁y ▁edificó ▁siete ▁altar es , ▁y ▁of re ció ▁un ▁becerro ▁y ▁un ▁carnero ▁en ▁ cada ▁altar .
▁Entonces ▁él ▁dijo ▁á ▁Balac : ▁P on te ▁aquí ▁junto ▁á ▁tu ▁holocausto , ▁y ▁yo ▁ir é ▁á ▁encontr ar ▁á ▁Dios ▁allí .
▁Y ▁Jehová ▁salió ▁al ▁en cu en t ro ▁de ▁Balaam , ▁y ▁puso ▁palabra ▁en ▁su ▁boca , ▁y ▁díjole : ▁ V ue l v e ▁á ▁Balac , ▁y ▁así ▁has ▁de ▁decir .
▁Y ▁vino ▁á ▁él , ▁y ▁he ▁aquí ▁que ▁él ▁estaba ▁junto ▁á ▁su ▁holocausto , ▁y ▁con ▁él ▁los ▁príncipes ▁de ▁Moab : ▁y ▁díjole ▁Balac : ▁¿ Qué ▁ha ▁dicho ▁Jehová ?
▁Entonces ▁él ▁tomó ▁su ▁par á b o la , ▁y ▁dijo : ▁Balac , ▁le v án ta te ▁y ▁ o y e ; ▁es cu ch a ▁mis ▁palabras , ▁hijo ▁de ▁Z i p por :
▁He ▁aquí , ▁yo ▁he ▁tomado ▁bendición : ▁y ▁él ▁bendijo , ▁y ▁no ▁pod ré ▁re v o c ar la .
▁No ▁ha ▁not ado ▁iniquidad ▁en ▁Jacob , ▁ni ▁ha ▁visto ▁per ver s i dad ▁en ▁Israel : ▁Jehová ▁su ▁Dios ▁es ▁con ▁él , ▁y ▁ j ú bi lo ▁de ▁rey ▁en ▁él .
▁Dios ▁los ▁ha ▁saca do ▁de ▁Egipto ; ▁tiene ▁fuerza s ▁ como ▁de ▁un i co r n i o .
▁Porque ▁en ▁Jacob ▁no ▁hay ▁a g ü er o , ▁ni ▁a di vi n ación ▁en ▁Israel : ▁ como ▁ahora , ▁será ▁dicho ▁de ▁Jacob ▁y ▁de ▁Israel : ▁ ¡ L o ▁que ▁ha ▁hecho ▁Dios !
▁He ▁aquí ▁el ▁pueblo , ▁que ▁ como ▁le ón ▁se ▁levant ará , ▁y ▁ como ▁le ón ▁se ▁ er gu irá : ▁no ▁se ▁echar á ▁hast a ▁que ▁com a ▁la ▁pre s a , ▁y ▁be ba ▁la ▁sangre ▁de ▁los ▁muerto s .
▁Entonces ▁Balac ▁dijo ▁á ▁Balaam : ▁Y a ▁que ▁no ▁lo ▁mal di ce s ▁ , ▁ni ▁ t am p o co ▁lo ▁be n di ga s ▁ .
▁Y ▁Balaam ▁respondió , ▁y ▁dijo ▁á ▁Balac : ▁¿ No ▁te ▁he ▁dicho ▁que ▁todo ▁lo ▁que ▁Jehová ▁me ▁dijere , ▁aquello ▁ten go ▁de ▁hacer ?
▁Y ▁dijo ▁Balac ▁á ▁Balaam : ▁Ruégote ▁que ▁ven ga s , ▁te ▁llev aré ▁á ▁otro ▁lugar ; ▁por ▁ven t ura ▁par e ce rá ▁bien ▁á ▁Dios ▁que ▁de s de ▁allí ▁me ▁lo ▁mal di ga s .
▁Y ▁Balac ▁llev ó ▁á ▁Balaam ▁á ▁la ▁cumbre ▁de ▁P e or , ▁que ▁mira ▁haci a ▁Je s im ón .
▁Entonces ▁Balaam ▁dijo ▁á ▁Balac : ▁E di f í ca me ▁aquí ▁siete ▁altar es , ▁y ▁pre p á ra me ▁aquí ▁siete ▁becerro s ▁y ▁siete ▁carnero s .
▁Y ▁Balac ▁hizo ▁ como ▁Balaam ▁le ▁dijo ; ▁y ▁of re ció ▁un ▁becerro ▁y ▁un ▁carnero ▁en ▁ cada ▁altar .
▁Y ▁al z ando ▁sus ▁ojos , ▁vió ▁á ▁Israel ▁al o ja do ▁por ▁sus ▁tribu s ; ▁y ▁el ▁espíritu ▁de ▁Dios ▁vino ▁sobre ▁él .
▁Entonces ▁tomó ▁su ▁par á b o la , ▁y ▁dijo : ▁Di jo ▁Balaam ▁hijo ▁de ▁Be or , ▁y ▁dijo ▁el ▁varón ▁de ▁ojos ▁a bi er to s :
▁Di jo ▁el ▁que ▁oyó ▁los ▁dicho s ▁de ▁Dios , ▁el ▁que ▁vió ▁la ▁vi s ió n ▁del ▁O m n i p o t ente ; ▁ca í do , ▁mas ▁a bi er to s ▁los ▁ojos :
▁ ¡ C u án ▁her mos as ▁son ▁tu s ▁tienda s , ▁ o h ▁Jacob , ▁tu s ▁habita ciones , ▁ o h ▁Israel !
▁ H ú y e te , ▁por ▁tanto , ▁ahora ▁á ▁tu ▁lugar : ▁yo ▁di je ▁que ▁te ▁ho n r ar ía ▁ , ▁mas ▁he ▁aquí ▁que ▁Jehová ▁te ▁ha ▁pri v ado ▁de ▁ho n ra .
▁Y ▁Balaam ▁le ▁respondió : ▁¿ No ▁lo ▁declar é ▁yo ▁también ▁á ▁tu s ▁mensajero s ▁que ▁me ▁en vi aste , ▁diciendo :
▁He ▁aquí ▁yo ▁me ▁ v o y ▁ahora ▁á ▁mi ▁pueblo : ▁por ▁tanto , ▁ven , ▁te ▁in di c aré ▁lo ▁que ▁este ▁pueblo ▁ha ▁de ▁hacer ▁á ▁tu ▁pueblo ▁en ▁los ▁postr im eros ▁días .
▁Y ▁tomó ▁su ▁par á b o la , ▁y ▁dijo : ▁Di jo ▁Balaam ▁hijo ▁de ▁Be or , ▁dijo ▁el ▁varón ▁de ▁ojos ▁a bi er to s :
▁Y ▁será ▁toma da ▁Edom , ▁será ▁también ▁toma da ▁Se ir ▁por ▁sus ▁enemigos , ▁ e ▁Israel ▁se ▁por t ará ▁va ron il mente .
▁Y ▁el ▁de ▁Jacob ▁se ▁en se ñ o re ará , ▁y ▁destruir á ▁de ▁la ▁ciudad ▁lo ▁que ▁quedar e .
▁Y ▁ viendo ▁á ▁Amalec , ▁tomó ▁su ▁par á b o la , ▁y ▁dijo : ▁Amalec , ▁cabeza ▁de ▁gente s ; ▁mas ▁su ▁postr im er ía ▁per e ce rá ▁para ▁siempre .
▁Y ▁ viendo ▁al ▁C in e o , ▁tomó ▁su ▁par á b o la , ▁y ▁dijo : ▁F u er te ▁es ▁tu ▁habita ción , ▁pon ▁en ▁la ▁peña ▁tu ▁ni do :
▁Que ▁el ▁C in e o ▁será ▁echa do , ▁cuando ▁As s ur ▁te ▁llev ará ▁ca u t i v o .
▁T o da v ía ▁tomó ▁su ▁par á b o la , ▁y ▁dijo : ▁ ¡ A y ! ▁¿ qui é n ▁vivir á ▁cuando ▁hiciere ▁Dios ▁esta s ▁cosas ?
▁Y ▁vendrá n ▁ n a v í os ▁de ▁la ▁co s ta ▁de ▁C i t t im , ▁y ▁aflig irá n ▁á ▁As s ur , ▁aflig irá n ▁también ▁á ▁E b er : ▁mas ▁él ▁también ▁per e ce rá ▁para ▁siempre .
▁Entonces ▁se ▁levant ó ▁Balaam , ▁y ▁se ▁fué , ▁y ▁volvió se ▁á ▁su ▁lugar : ▁y ▁también ▁Balac ▁se ▁fué ▁por ▁su ▁camino .
▁Y ▁R E P O S Ó ▁Israel ▁en ▁Sittim , ▁y ▁el ▁pueblo ▁emp e z ó ▁á ▁for n i c ar ▁con ▁las ▁hijas ▁de ▁Moab :
▁La s ▁cuales ▁llamar on ▁al ▁pueblo ▁á ▁los ▁sacrificio s ▁de ▁sus ▁dioses : ▁y ▁el ▁pueblo ▁com ió , ▁é ▁inclin óse ▁á ▁sus ▁dioses .
▁Y ▁all e g óse ▁el ▁pueblo ▁á ▁Baal - pe or ; ▁y ▁el ▁furor ▁de ▁Jehová ▁se ▁encendió ▁contra ▁Israel .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁Toma ▁todos ▁los ▁príncipes ▁del ▁pueblo , ▁y ▁ ah ó r ca los ▁á ▁Jehová ▁delante ▁del ▁so l ; ▁y ▁la ▁ir a ▁del ▁furor ▁de ▁Jehová ▁se ▁apart ará ▁de ▁Israel .
▁Entonces ▁Moisés ▁dijo ▁á ▁los ▁ j ue ce s ▁de ▁Israel : ▁Ma ta d ▁ cada ▁uno ▁á ▁aquello s ▁de ▁los ▁suyo s ▁que ▁se ▁han ▁all e g ado ▁á ▁Baal - pe or .
▁Y ▁vió lo ▁P h in e es , ▁hijo ▁de ▁Eleazar , ▁hijo ▁de ▁Aarón ▁el ▁sacerdote , ▁y ▁levant óse ▁de ▁en ▁medio ▁de ▁la ▁congregación , ▁y ▁tomó ▁una ▁la n za ▁en ▁su ▁mano :
▁Y ▁mu r ieron ▁de ▁aquella ▁mor t an dad ▁veinte ▁y ▁cuatro ▁mil .
▁Entonces ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Por ▁tanto ▁di les : ▁He ▁aquí ▁yo ▁esta ble z co ▁mi ▁pacto ▁de ▁paz ▁con ▁él ;
▁Y ▁tendrá ▁él , ▁y ▁su ▁simiente ▁después ▁de ▁él , ▁el ▁pacto ▁del ▁s a cer do ci o ▁perpetuo ; ▁por ▁cuanto ▁tuvo ▁ ce lo ▁por ▁su ▁Dios , ▁é ▁hizo ▁expiación ▁por ▁los ▁hijos ▁de ▁Israel .
▁Y ▁el ▁nombre ▁del ▁varón ▁muerto , ▁que ▁fué ▁muerto ▁con ▁la ▁Ma di an ita , ▁era ▁Z im ri ▁hijo ▁de ▁Sal u , ▁jefe ▁de ▁una ▁familia ▁de ▁la ▁tribu ▁de ▁Simeón .
▁Y ▁el ▁nombre ▁de ▁la ▁mujer ▁Ma di an ita ▁mu er ta , ▁era ▁C o z bi , ▁hija ▁de ▁Z ur , ▁príncipe ▁de ▁pueblo s , ▁padre ▁de ▁familia ▁en ▁Madián .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁ H os til i za réis ▁á ▁los ▁Ma di an itas , ▁y ▁los ▁her i réis :
▁Y ▁A C O N T E C I Ó ▁después ▁de ▁la ▁mor t an dad , ▁que ▁Jehová ▁habló ▁á ▁Moisés , ▁y ▁á ▁Eleazar ▁hijo ▁del ▁sacerdote ▁Aarón , ▁diciendo :
▁Toma d ▁la ▁su ma ▁de ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel , ▁de ▁veinte ▁años ▁arriba , ▁por ▁las ▁casa s ▁de ▁sus ▁padres , ▁todos ▁los ▁que ▁pu ed an ▁sal ir ▁á ▁la ▁guerra ▁en ▁Israel .
▁Y ▁Moisés ▁y ▁Eleazar ▁el ▁sacerdote ▁hablar on ▁con ▁ellos ▁en ▁los ▁campo s ▁de ▁Moab , ▁junto ▁al ▁Jordán ▁de ▁Jericó , ▁diciendo :
▁C on t aréis ▁el ▁pueblo ▁de ▁veinte ▁años ▁arriba , ▁ como ▁mandó ▁Jehová ▁á ▁Moisés ▁y ▁á ▁los ▁hijos ▁de ▁Israel , ▁que ▁habían ▁sal ido ▁de ▁tierra ▁de ▁Egipto .
▁Rubén ▁primogénito ▁de ▁Israel : ▁los ▁hijos ▁de ▁Rubén : ▁Ha no c , ▁del ▁cual ▁era ▁la ▁familia ▁de ▁los ▁Ha no ch î ta s ; ▁de ▁P h al l ú , ▁la ▁familia ▁de ▁los ▁P h al l u itas ;
▁De ▁He s r ón , ▁la ▁familia ▁de ▁los ▁He s ron itas ; ▁de ▁C ar mi , ▁la ▁familia ▁de ▁los ▁C ar m itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁los ▁R u b en itas : ▁y ▁sus ▁contados ▁fueron ▁cuarenta ▁y ▁tres ▁mil ▁se te cientos ▁y ▁treinta .
▁Y ▁los ▁hijos ▁de ▁P h al l ú : ▁Eli ab .
▁Mas ▁los ▁hijos ▁de ▁C o ré ▁no ▁mu r ieron .
▁De ▁Z er a , ▁la ▁familia ▁de ▁los ▁Z er a itas ; ▁de ▁Saul , ▁la ▁familia ▁de ▁los ▁Saul itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁los ▁Simeon itas , ▁veinte ▁y ▁dos ▁mil ▁y ▁dos cientos .
▁De ▁O z n i , ▁la ▁familia ▁de ▁los ▁O z n itas ; ▁de ▁E ri , ▁la ▁familia ▁de ▁los ▁E r itas ;
▁De ▁A ro z , ▁la ▁familia ▁de ▁los ▁A ro d itas ; ▁de ▁Ar el i , ▁la ▁familia ▁de ▁los ▁Ar el itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁Gad , ▁por ▁sus ▁contados , ▁cuarenta ▁mil ▁y ▁quinient os ▁ .
▁Lo s ▁hijos ▁de ▁Judá : ▁E r ▁y ▁On án ; ▁y ▁E r ▁y ▁On án ▁mu r ieron ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁fueron ▁los ▁hijos ▁de ▁P h are s : ▁de ▁He s r ón , ▁la ▁familia ▁de ▁los ▁He s ron itas ; ▁de ▁Ha m u l , ▁la ▁familia ▁de ▁los ▁Ha m u l itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁Judá , ▁por ▁sus ▁contados , ▁setenta ▁y ▁se is ▁mil ▁y ▁quinient os ▁ .
▁Lo s ▁hijos ▁de ▁Issachâr ▁por ▁sus ▁familias : ▁de ▁Th o la , ▁la ▁familia ▁de ▁los ▁Th o la itas ; ▁de ▁P u á ▁la ▁familia ▁de ▁los ▁P u an itas ;
▁De ▁Ja s u b , ▁la ▁familia ▁de ▁los ▁Ja s u b itas ; ▁de ▁Si m ron , ▁la ▁familia ▁de ▁los ▁Si m ron itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁Issachâr , ▁por ▁sus ▁contados , ▁se s enta ▁y ▁cuatro ▁mil ▁y ▁tres cientos ▁ .
▁Esta s ▁son ▁las ▁familias ▁de ▁los ▁Z ab u l on itas , ▁por ▁sus ▁contados , ▁se s enta ▁mil ▁y ▁quinient os ▁ .
▁Lo s ▁hijos ▁de ▁José ▁por ▁sus ▁familias : ▁Manasés ▁y ▁Ephraim .
▁Lo s ▁hijos ▁de ▁Manasés : ▁de ▁Ma ch î r , ▁la ▁familia ▁de ▁los ▁Ma ch î r itas ; ▁y ▁Ma ch î r ▁engendró ▁á ▁Galaad ; ▁de ▁Galaad , ▁la ▁familia ▁de ▁los ▁Galaad itas .
▁Estos ▁son ▁los ▁hijos ▁de ▁Galaad : ▁de ▁Je z er , ▁la ▁familia ▁de ▁los ▁Je z er itas ; ▁de ▁He le c , ▁la ▁familia ▁de ▁los ▁He le c itas ;
▁De ▁As ri el , ▁la ▁familia ▁de ▁los ▁As ri el itas : ▁de ▁Se ch ê m , ▁la ▁familia ▁de ▁los ▁Se ch ê m itas ;
▁De ▁Se mi da , ▁la ▁familia ▁de ▁los ▁Se mi da itas ; ▁de ▁He ph er , ▁la ▁familia ▁de ▁los ▁He ph er itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁Manasés ; ▁y ▁sus ▁contados , ▁cincuenta ▁y ▁dos ▁mil ▁y ▁se te cientos ▁ .
▁Y ▁estos ▁son ▁los ▁hijos ▁de ▁Su th a la : ▁de ▁He rán , ▁la ▁familia ▁de ▁los ▁He ra n itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Ephraim , ▁por ▁sus ▁contados , ▁treinta ▁y ▁dos ▁mil ▁y ▁quinient os ▁ . ▁Estos ▁son ▁los ▁hijos ▁de ▁José ▁por ▁sus ▁familias .
▁De ▁Su ph am , ▁la ▁familia ▁de ▁los ▁Su ph am itas ; ▁de ▁Hu ph am , ▁la ▁familia ▁de ▁los ▁Hu ph am itas .
▁Y ▁los ▁hijos ▁de ▁Be la ▁fueron ▁Ar d ▁y ▁N a am án : ▁de ▁Ar d , ▁la ▁familia ▁de ▁los ▁Ar d itas ; ▁de ▁N a am án , ▁la ▁familia ▁de ▁los ▁N a a man itas .
▁Estos ▁son ▁los ▁hijos ▁de ▁Benjamín ▁por ▁sus ▁familias ; ▁y ▁sus ▁contados , ▁cuarenta ▁y ▁cinco ▁mil ▁y ▁seiscient os ▁ .
▁Estos ▁son ▁los ▁hijos ▁de ▁Dan ▁por ▁sus ▁familias : ▁de ▁Su h am , ▁la ▁familia ▁de ▁los ▁Su h am itas . ▁Esta s ▁son ▁las ▁familias ▁de ▁Dan ▁por ▁sus ▁familias .
▁T o das ▁las ▁familias ▁de ▁los ▁Su h am itas , ▁por ▁sus ▁contados , ▁se s enta ▁y ▁cuatro ▁mil ▁y ▁cuatrocient os ▁ .
▁Lo s ▁hijos ▁de ▁Be ri a : ▁de ▁He b er , ▁la ▁familia ▁de ▁los ▁He b er itas ; ▁de ▁Ma l ch î el , ▁la ▁familia ▁de ▁los ▁Ma l ch î el itas .
▁Y ▁el ▁nombre ▁de ▁la ▁hija ▁de ▁As er ▁fué ▁Se ra .
▁Esta s ▁son ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁As er , ▁por ▁sus ▁contados , ▁cincuenta ▁y ▁tres ▁mil ▁y ▁cuatrocient os ▁ .
▁Lo s ▁hijos ▁de ▁Nephtalí ▁por ▁sus ▁familias : ▁de ▁Ja h z e el , ▁la ▁familia ▁de ▁los ▁Ja h z e el itas ; ▁de ▁ G un i , ▁la ▁familia ▁de ▁los ▁ G un itas ;
▁De ▁Je s er , ▁la ▁familia ▁de ▁los ▁Je s er itas ; ▁de ▁S ill em , ▁la ▁familia ▁de ▁los ▁S ill em itas .
▁Esta s ▁son ▁las ▁familias ▁de ▁Nephtalí ▁por ▁sus ▁familias ; ▁y ▁sus ▁contados , ▁cuarenta ▁y ▁cinco ▁mil ▁y ▁cuatrocient os ▁ .
▁Estos ▁son ▁los ▁contados ▁de ▁los ▁hijos ▁de ▁Israel , ▁seiscient os ▁y ▁un ▁mil ▁se te cientos ▁y ▁treinta .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁A ▁estos ▁se ▁re p ar t irá ▁la ▁tierra ▁en ▁heredad , ▁por ▁la ▁cu enta ▁de ▁los ▁nombre s .
▁A ▁los ▁más ▁dará s ▁may or ▁heredad , ▁y ▁á ▁los ▁men os ▁men or ; ▁y ▁á ▁ cada ▁uno ▁se ▁le ▁dará ▁su ▁heredad ▁conform e ▁á ▁sus ▁contados .
▁E mpero ▁la ▁tierra ▁será ▁re p ar t i da ▁por ▁suerte ; ▁y ▁por ▁los ▁nombre s ▁de ▁las ▁tribu s ▁de ▁sus ▁padres ▁her ed arán .
▁C on for me ▁á ▁la ▁suerte ▁será ▁re p ar t i da ▁su ▁heredad ▁entre ▁el ▁grande ▁y ▁el ▁pe que ñ o .
▁Y ▁á ▁Aarón ▁nac ieron ▁N ada b ▁y ▁Abi ú , ▁Eleazar ▁é ▁I th am ar .
▁Mas ▁N ada b ▁y ▁Abi ú ▁mu r ieron , ▁cuando ▁of re c ieron ▁fuego ▁ex tra ñ o ▁delante ▁de ▁Jehová .
▁Estos ▁son ▁los ▁contados ▁por ▁Moisés ▁y ▁Eleazar ▁el ▁sacerdote , ▁los ▁cuales ▁con t aron ▁los ▁hijos ▁de ▁Israel ▁en ▁los ▁campo s ▁de ▁Moab , ▁junto ▁al ▁Jordán ▁de ▁Jericó .
▁Y ▁entre ▁estos ▁ninguno ▁hubo ▁de ▁los ▁contados ▁por ▁Moisés ▁y ▁Aarón ▁el ▁sacerdote , ▁los ▁cuales ▁con t aron ▁á ▁los ▁hijos ▁de ▁Israel ▁en ▁el ▁desierto ▁de ▁Sinaí .
▁Porque ▁Jehová ▁les ▁dijo : ▁Ha n ▁de ▁mor ir ▁en ▁el ▁desierto : ▁y ▁no ▁quedó ▁varón ▁de ▁ellos , ▁sin o ▁Caleb ▁hijo ▁de ▁Je ph on e , ▁y ▁Josué ▁hijo ▁de ▁Nun .
▁Y ▁present áronse ▁delante ▁de ▁Moisés , ▁y ▁delante ▁del ▁sacerdote ▁Eleazar , ▁y ▁delante ▁de ▁los ▁príncipes , ▁y ▁de ▁toda ▁la ▁congregación , ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio , ▁y ▁dijeron :
▁N u est ro ▁padre ▁murió ▁en ▁el ▁desierto , ▁el ▁cual ▁no ▁estuv o ▁en ▁la ▁junt a ▁que ▁se ▁re un ió ▁contra ▁Jehová ▁en ▁la ▁com pa ñ ía ▁de ▁C o ré : ▁sin o ▁que ▁en ▁su ▁pecado ▁murió , ▁y ▁no ▁tuvo ▁hijos .
▁¿ Por ▁qué ▁será ▁qu ita do ▁el ▁nombre ▁de ▁nuestro ▁padre ▁de ▁entre ▁su ▁familia , ▁por ▁no ▁haber ▁ten ido ▁hijo ? ▁Dan os ▁heredad ▁entre ▁los ▁hermanos ▁de ▁nuestro ▁padre .
▁Y ▁Moisés ▁llev ó ▁su ▁causa ▁delante ▁de ▁Jehová .
▁Y ▁Jehová ▁respondió ▁á ▁Moisés , ▁diciendo :
▁B i en ▁di ce n ▁las ▁hijas ▁de ▁Sal ph a ad : ▁has ▁de ▁dar les ▁posesión ▁de ▁heredad ▁entre ▁los ▁hermanos ▁de ▁su ▁padre ; ▁y ▁tras pa s arás ▁la ▁heredad ▁de ▁su ▁padre ▁á ▁ella s .
▁Y ▁á ▁los ▁hijos ▁de ▁Israel ▁habla rás , ▁diciendo : ▁Cuan do ▁alguno ▁mu r iere ▁sin ▁hijos , ▁tras pa s aréis ▁su ▁her en ci a ▁á ▁su ▁hija :
▁Y ▁si ▁no ▁tuviere ▁hija , ▁d aréis ▁su ▁her en ci a ▁á ▁sus ▁hermanos :
▁Y ▁si ▁no ▁tuviere ▁hermanos , ▁d aréis ▁su ▁her en ci a ▁á ▁los ▁hermanos ▁de ▁su ▁padre .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁Su be ▁á ▁este ▁monte ▁A b ar im , ▁y ▁ve rás ▁la ▁tierra ▁que ▁he ▁dado ▁á ▁los ▁hijos ▁de ▁Israel .
▁Y ▁después ▁que ▁la ▁habrá s ▁visto , ▁tú ▁también ▁será s ▁re un ido ▁á ▁tu s ▁pueblo s , ▁ como ▁fué ▁re un ido ▁tu ▁hermano ▁Aarón :
▁Entonces ▁respondió ▁Moisés ▁á ▁Jehová , ▁diciendo :
▁P on ga ▁Jehová , ▁Dios ▁de ▁los ▁espíritu s ▁de ▁toda ▁carne , ▁varón ▁sobre ▁la ▁congregación ,
▁Que ▁sal ga ▁delante ▁de ▁ellos , ▁y ▁que ▁entre ▁delante ▁de ▁ellos , ▁que ▁los ▁s a que ▁y ▁los ▁in t ro d u z ca ; ▁por que ▁la ▁congregación ▁de ▁Jehová ▁no ▁sea ▁ como ▁ovejas ▁sin ▁pa st or .
▁Y ▁Jehová ▁dijo ▁á ▁Moisés : ▁Toma ▁á ▁Josué ▁hijo ▁de ▁Nun , ▁varón ▁en ▁el ▁cual ▁hay ▁espíritu , ▁y ▁pondrá s ▁tu ▁mano ▁sobre ▁él ;
▁Y ▁pon er lo ▁has ▁delante ▁de ▁Eleazar ▁el ▁sacerdote , ▁y ▁delante ▁de ▁toda ▁la ▁congregación ; ▁y ▁le ▁dará s ▁ó r de n es ▁en ▁presencia ▁de ▁ellos .
▁Y ▁pondrá s ▁de ▁tu ▁di g n i dad ▁sobre ▁él , ▁para ▁que ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁le ▁ob ed e z ca n .
▁Y ▁Moisés ▁hizo ▁ como ▁Jehová ▁le ▁había ▁mandado ; ▁que ▁tomó ▁á ▁Josué , ▁y ▁le ▁puso ▁delante ▁de ▁Eleazar ▁el ▁sacerdote , ▁y ▁de ▁toda ▁la ▁congregación :
▁Y ▁puso ▁sobre ▁él ▁sus ▁manos , ▁y ▁dió le ▁ó r de n es , ▁ como ▁Jehová ▁había ▁mandado ▁por ▁mano ▁de ▁Moisés .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Y ▁les ▁dirá s : ▁Esta ▁es ▁la ▁ofrenda ▁encendida ▁que ▁ofreceréis ▁á ▁Jehová : ▁dos ▁cordero s ▁sin ▁ ta ch a ▁de ▁un ▁año , ▁ cada ▁un ▁día , ▁será ▁el ▁holocausto ▁con t in u o .
▁El ▁un ▁cordero ▁ofrecerá s ▁por ▁la ▁mañana , ▁y ▁el ▁otro ▁cordero ▁ofrecerá s ▁entre ▁las ▁dos ▁tarde s :
▁Y ▁la ▁décima ▁de ▁un ▁ e ph a ▁de ▁flor ▁de ▁harina , ▁amasada ▁con ▁una ▁cu ar ta ▁de ▁un ▁hin ▁de ▁aceite ▁mo l ido , ▁en ▁presente .
▁E s ▁holocausto ▁con t in u o , ▁que ▁fué ▁hecho ▁en ▁el ▁monte ▁de ▁Sinaí ▁en ▁olor ▁de ▁su a vi dad , ▁ofrenda ▁encendida ▁á ▁Jehová .
▁Y ▁su ▁li b ación , ▁la ▁cu ar ta ▁de ▁un ▁hin ▁con ▁ cada ▁cordero : ▁derram arás ▁li b ación ▁de ▁su per i or ▁vino ▁á ▁Jehová ▁en ▁el ▁santuario .
▁Y ▁ofrecerá s ▁el ▁segundo ▁cordero ▁entre ▁las ▁dos ▁tarde s : ▁conform e ▁á ▁la ▁ofrenda ▁de ▁la ▁mañana , ▁y ▁conform e ▁á ▁su ▁li b ación ▁ofrecerá s , ▁ofrenda ▁encendida ▁en ▁olor ▁de ▁su a vi dad ▁á ▁Jehová .
▁Mas ▁el ▁día ▁del ▁sábado ▁dos ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto , ▁y ▁dos ▁décima s ▁de ▁flor ▁de ▁harina ▁amasada ▁con ▁aceite , ▁por ▁presente , ▁con ▁su ▁li b ación :
▁E s ▁el ▁holocausto ▁del ▁sábado ▁en ▁ cada ▁sábado , ▁además ▁del ▁holocausto ▁con t in u o , ▁y ▁su ▁li b ación .
▁Y ▁en ▁los ▁pri n ci p i os ▁de ▁vuestro s ▁me se s ▁ofreceréis ▁en ▁holocausto ▁á ▁Jehová ▁dos ▁becerro s ▁de ▁la ▁va cada , ▁y ▁un ▁carnero , ▁y ▁siete ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁una ▁décima ▁de ▁flor ▁de ▁harina ▁amasada ▁con ▁aceite , ▁en ▁ofrenda ▁por ▁presente ▁con ▁ cada ▁cordero : ▁holocausto ▁de ▁olor ▁su ave , ▁ofrenda ▁encendida ▁á ▁Jehová .
▁Y ▁un ▁macho ▁cabrío ▁en ▁expiación ▁se ▁ofrecerá ▁á ▁Jehová , ▁además ▁del ▁holocausto ▁con t in u o ▁con ▁su ▁li b ación .
▁Mas ▁en ▁el ▁me s ▁primer o , ▁á ▁los ▁ca to r ce ▁del ▁me s ▁será ▁la ▁pa s cu a ▁de ▁Jehová .
▁Y ▁á ▁los ▁qu in ce ▁días ▁de ▁a que s te ▁me s , ▁la ▁solemnidad : ▁por ▁siete ▁días ▁se ▁comerá n ▁á z i mos .
▁El ▁primer ▁día , ▁santa ▁con v o c ación ; ▁ninguna ▁obra ▁ser vi l ▁ha réis :
▁Y ▁ofreceréis ▁por ▁ofrenda ▁encendida ▁en ▁holocausto ▁á ▁Jehová ▁dos ▁becerro s ▁de ▁la ▁va cada , ▁y ▁un ▁carnero , ▁y ▁siete ▁cordero s ▁de ▁un ▁año : ▁sin ▁defecto ▁los ▁toma réis :
▁Y ▁su ▁presente ▁de ▁harina ▁amasada ▁con ▁aceite : ▁tres ▁décima s ▁con ▁ cada ▁becerro , ▁y ▁dos ▁décima s ▁con ▁ cada ▁carnero ▁ofreceréis ;
▁C on ▁ cada ▁uno ▁de ▁los ▁siete ▁cordero s ▁ofreceréis ▁una ▁décima ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación , ▁para ▁rec on ci li ar os .
▁E s to ▁ofreceréis ▁además ▁del ▁holocausto ▁de ▁la ▁mañana , ▁que ▁es ▁el ▁holocausto ▁con t in u o .
▁Y ▁el ▁séptimo ▁día ▁tendréis ▁santa ▁con v o c ación : ▁ninguna ▁obra ▁ser vi l ▁ha réis .
▁Y ▁ofreceréis ▁en ▁holocausto , ▁en ▁olor ▁de ▁su a vi dad ▁á ▁Jehová , ▁dos ▁becerro s ▁de ▁la ▁va cada , ▁un ▁carnero , ▁siete ▁cordero s ▁de ▁un ▁año :
▁Y ▁el ▁presente ▁de ▁ellos , ▁flor ▁de ▁harina ▁amasada ▁con ▁aceite , ▁tres ▁décima s ▁con ▁ cada ▁becerro , ▁dos ▁décima s ▁con ▁ cada ▁carnero ,
▁C on ▁ cada ▁uno ▁de ▁los ▁siete ▁cordero s ▁una ▁décima ;
▁Un ▁macho ▁cabrío , ▁para ▁hacer ▁expiación ▁por ▁vosotros .
▁Lo s ▁ofreceréis , ▁además ▁del ▁holocausto ▁con t in u o ▁con ▁sus ▁presente s , ▁y ▁sus ▁li ba ciones : ▁sin ▁defecto ▁los ▁toma réis .
▁Y ▁ofreceréis ▁holocausto ▁por ▁olor ▁de ▁su a vi dad ▁á ▁Jehová , ▁un ▁becerro ▁de ▁la ▁va cada , ▁un ▁carnero , ▁siete ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁el ▁presente ▁de ▁ellos , ▁de ▁flor ▁de ▁harina ▁amasada ▁con ▁aceite , ▁tres ▁décima s ▁con ▁ cada ▁becerro , ▁dos ▁décima s ▁con ▁ cada ▁carnero ,
▁Y ▁con ▁ cada ▁uno ▁de ▁los ▁siete ▁cordero s , ▁una ▁décima ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación , ▁para ▁rec on ci li ar os :
▁Y ▁en ▁el ▁diez ▁de ▁este ▁me s ▁séptimo ▁tendréis ▁santa ▁con v o c ación , ▁y ▁aflig i réis ▁vuestras ▁alma s : ▁ninguna ▁obra ▁ha réis :
▁Y ▁ofreceréis ▁en ▁holocausto ▁á ▁Jehová ▁por ▁olor ▁de ▁su a vi dad , ▁un ▁becerro ▁de ▁la ▁va cada , ▁un ▁carnero , ▁siete ▁cordero s ▁de ▁un ▁año ; ▁sin ▁defecto ▁los ▁toma réis :
▁Y ▁sus ▁presente s , ▁flor ▁de ▁harina ▁amasada ▁con ▁aceite , ▁tres ▁décima s ▁con ▁ cada ▁becerro , ▁dos ▁décima s ▁con ▁ cada ▁carnero ,
▁Y ▁con ▁ cada ▁uno ▁de ▁los ▁siete ▁cordero s , ▁una ▁décima ;
▁Un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁de ▁la ▁ofrenda ▁de ▁las ▁ex p i a ciones ▁por ▁el ▁pecado , ▁y ▁del ▁holocausto ▁con t in u o , ▁y ▁de ▁sus ▁presente s , ▁y ▁de ▁sus ▁li ba ciones .
▁T ambién ▁á ▁los ▁qu in ce ▁días ▁del ▁me s ▁séptimo ▁tendréis ▁santa ▁con v o c ación ; ▁ninguna ▁obra ▁ser vi l ▁ha réis , ▁y ▁ ce le bra réis ▁solemnidad ▁á ▁Jehová ▁por ▁siete ▁días ;
▁Y ▁con ▁ cada ▁uno ▁de ▁los ▁ca to r ce ▁cordero s , ▁una ▁décima ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁su ▁presente ▁y ▁su ▁li b ación .
▁Y ▁el ▁segundo ▁día , ▁do ce ▁becerro s ▁de ▁la ▁va cada , ▁dos ▁carnero s , ▁ca to r ce ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁sus ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁los ▁becerro s , ▁con ▁los ▁carnero s , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁y ▁su ▁presente ▁y ▁su ▁li b ación .
▁Y ▁el ▁día ▁tercer o , ▁on ce ▁becerro s , ▁dos ▁carnero s , ▁ca to r ce ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁sus ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁los ▁becerro s , ▁con ▁los ▁carnero s , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁y ▁su ▁presente ▁y ▁su ▁li b ación .
▁Y ▁el ▁cu ar to ▁día , ▁diez ▁becerro s , ▁dos ▁carnero s , ▁ca to r ce ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Su s ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁los ▁becerro s , ▁con ▁los ▁carnero s , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁su ▁presente ▁y ▁su ▁li b ación .
▁Y ▁el ▁qu in to ▁día , ▁ n ue v e ▁becerro s , ▁dos ▁carnero s , ▁ca to r ce ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁sus ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁los ▁becerro s , ▁con ▁los ▁carnero s , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁su ▁presente ▁y ▁su ▁li b ación .
▁Y ▁el ▁se x to ▁día , ▁oc h o ▁becerro s , ▁dos ▁carnero s , ▁ca to r ce ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁sus ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁los ▁becerro s , ▁con ▁los ▁carnero s , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁su ▁presente ▁y ▁sus ▁li ba ciones .
▁Y ▁el ▁séptimo ▁día , ▁siete ▁becerro s , ▁dos ▁carnero s , ▁ca to r ce ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Y ▁sus ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁los ▁becerro s , ▁con ▁los ▁carnero s , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁con ▁su ▁presente ▁y ▁su ▁li b ación .
▁El ▁oc ta v o ▁día ▁tendréis ▁solemnidad : ▁ninguna ▁obra ▁ser vi l ▁ha réis :
▁Y ▁ofreceréis ▁en ▁holocausto , ▁en ▁ofrenda ▁encendida ▁de ▁olor ▁su ave ▁á ▁Jehová , ▁un ▁no vi l lo , ▁un ▁carnero , ▁siete ▁cordero s ▁de ▁un ▁año ▁sin ▁defecto ;
▁Su s ▁presente s ▁y ▁sus ▁li ba ciones ▁con ▁el ▁no vi l lo , ▁con ▁el ▁carnero , ▁y ▁con ▁los ▁cordero s , ▁seg ún ▁el ▁número ▁de ▁ellos , ▁conform e ▁á ▁la ▁le y ;
▁Y ▁un ▁macho ▁cabrío ▁por ▁expiación : ▁además ▁del ▁holocausto ▁con t in u o , ▁con ▁su ▁presente ▁y ▁su ▁li b ación .
▁Y ▁M O I S É S ▁dijo ▁á ▁los ▁hijos ▁de ▁Israel , ▁conform e ▁á ▁todo ▁lo ▁que ▁Jehová ▁le ▁había ▁mandado .
▁Cuan do ▁alguno ▁hiciere ▁voto ▁á ▁Jehová , ▁ó ▁hiciere ▁ j ura ment o ▁li g ando ▁su ▁alma ▁con ▁ob li g ación , ▁no ▁vi o l ará ▁su ▁palabra : ▁hará ▁conform e ▁á ▁todo ▁lo ▁que ▁salió ▁de ▁su ▁boca .
▁E mpero ▁si ▁fuere ▁casa da , ▁é ▁hiciere ▁voto s , ▁ó ▁pro nunc i are ▁de ▁sus ▁la bi os ▁cosa ▁con ▁que ▁ob li gu e ▁su ▁alma ;
▁Mas ▁todo ▁voto ▁de ▁vi ud a , ▁ó ▁re p ud i ada , ▁con ▁que ▁li gar e ▁su ▁alma , ▁será ▁f ir me .
▁Y ▁si ▁hubiere ▁hecho ▁voto ▁en ▁casa ▁de ▁su ▁marido , ▁y ▁hubiere ▁li g ado ▁su ▁alma ▁con ▁ob li g ación ▁de ▁ j ura ment o ,
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁Ha z ▁la ▁ven ga n za ▁de ▁los ▁hijos ▁de ▁Israel ▁sobre ▁los ▁Ma di an itas ; ▁después ▁será s ▁recog ido ▁á ▁tu s ▁pueblo s .
▁Entonces ▁Moisés ▁habló ▁al ▁pueblo , ▁diciendo : ▁Ar ma os ▁alguno s ▁de ▁vosotros ▁para ▁la ▁guerra , ▁é ▁ir án ▁contra ▁Madián , ▁y ▁hará n ▁la ▁ven ga n za ▁de ▁Jehová ▁en ▁Madián .
▁Mi l ▁de ▁ cada ▁tribu ▁de ▁todas ▁las ▁tribu s ▁de ▁los ▁hijos ▁de ▁Israel , ▁enviar éis ▁á ▁la ▁guerra .
▁As í ▁fueron ▁dado s ▁de ▁los ▁mil la res ▁de ▁Israel , ▁mil ▁por ▁ cada ▁tribu , ▁do ce ▁mil ▁á ▁pu n to ▁de ▁guerra .
▁Y ▁pe le aron ▁contra ▁Madián , ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés , ▁y ▁matar on ▁á ▁todo ▁varón .
▁Y ▁abr as aron ▁con ▁fuego ▁todas ▁sus ▁ciudades , ▁aldeas ▁y ▁cast ill os .
▁Y ▁tomaron ▁todo ▁el ▁despojo , ▁y ▁toda ▁la ▁pre s a , ▁así ▁de ▁hombres ▁ como ▁de ▁bestia s .
▁Y ▁salieron ▁Moisés ▁y ▁Eleazar ▁el ▁sacerdote , ▁y ▁todos ▁los ▁príncipes ▁de ▁la ▁congregación , ▁á ▁recibir los ▁fuera ▁del ▁campo .
▁Y ▁enoj óse ▁Moisés ▁contra ▁los ▁ca p ita n es ▁del ▁ejército , ▁contra ▁los ▁tribu nos ▁y ▁c en t ur ion es ▁que ▁ v o l v ían ▁de ▁la ▁guerra ;
▁Y ▁díjole s ▁Moisés : ▁¿ T o das ▁las ▁mujeres ▁ha béis ▁re serv ado ?
▁Ma ta d ▁pues ▁ahora ▁todos ▁los ▁varones ▁entre ▁los ▁niño s : ▁mata d ▁también ▁toda ▁mujer ▁que ▁haya ▁conoc ido ▁varón ▁ca rna l mente ▁ .
▁Y ▁todas ▁las ▁ni ñ as ▁entre ▁las ▁mujeres , ▁que ▁no ▁haya n ▁conoc ido ▁a y un t amiento ▁de ▁varón , ▁os ▁re serv aréis ▁viva s .
▁A simismo ▁purifica réis ▁todo ▁vestido , ▁y ▁toda ▁pre n da ▁de ▁pie les , ▁y ▁toda ▁obra ▁de ▁pe los ▁de ▁ca bra , ▁y ▁todo ▁va s o ▁de ▁made ra .
▁Y ▁Eleazar ▁el ▁sacerdote ▁dijo ▁á ▁los ▁hombres ▁de ▁guerra ▁que ▁venía n ▁de ▁la ▁guerra : ▁Esta ▁es ▁la ▁orden an za ▁de ▁la ▁le y ▁que ▁Jehová ▁ha ▁mandado ▁á ▁Moisés :
▁C iertamente ▁el ▁oro , ▁y ▁la ▁plata , ▁metal , ▁ hi er ro , ▁esta ñ o , ▁y ▁p lo mo ,
▁A de m ás ▁la v aréis ▁vuestro s ▁vestidos ▁el ▁séptimo ▁día , ▁y ▁así ▁se réis ▁limpio s ; ▁y ▁después ▁entr aréis ▁en ▁el ▁campo .
▁Y ▁Jehová ▁habló ▁á ▁Moisés , ▁diciendo :
▁Toma ▁la ▁cu enta ▁de ▁la ▁pre s a ▁que ▁se ▁ha ▁hecho , ▁así ▁de ▁las ▁persona s ▁ como ▁de ▁las ▁bestia s , ▁tú ▁y ▁el ▁sacerdote ▁Eleazar , ▁y ▁las ▁cabeza s ▁de ▁los ▁padres ▁de ▁la ▁congregación :
▁Y ▁part irá s ▁por ▁mitad ▁la ▁pre s a ▁entre ▁los ▁que ▁pe le aron ▁ , ▁los ▁que ▁salieron ▁á ▁la ▁guerra , ▁y ▁toda ▁la ▁congregación .
▁De ▁la ▁mitad ▁de ▁ellos ▁lo ▁tomará s ; ▁y ▁dará s ▁á ▁Eleazar ▁el ▁sacerdote ▁la ▁ofrenda ▁de ▁Jehová .
▁E ▁hicieron ▁Moisés ▁y ▁Eleazar ▁el ▁sacerdote ▁ como ▁Jehová ▁mandó ▁á ▁Moisés .
▁Y ▁fué ▁la ▁pre s a , ▁el ▁rest o ▁de ▁la ▁pre s a ▁que ▁tomaron ▁los ▁hombres ▁de ▁guerra , ▁seiscient as ▁y ▁setenta ▁y ▁cinco ▁mil ▁ovejas ,
▁Y ▁setenta ▁y ▁dos ▁mil ▁bueyes ,
▁Y ▁setenta ▁y ▁un ▁mil ▁asno s ;
▁Y ▁en ▁cuanto ▁á ▁persona s , ▁de ▁mujeres ▁que ▁no ▁habían ▁conoc ido ▁a y un t amiento ▁de ▁varón , ▁en ▁todas ▁treinta ▁y ▁dos ▁mil .
▁Y ▁la ▁mitad , ▁la ▁parte ▁de ▁los ▁que ▁habían ▁sal ido ▁á ▁la ▁guerra , ▁fué ▁el ▁número ▁de ▁tres ci enta s ▁treinta ▁y ▁siete ▁mil ▁y ▁quinient as ▁ovejas .
▁Y ▁el ▁tribu to ▁para ▁Jehová ▁de ▁las ▁ovejas , ▁fué ▁seiscient as ▁setenta ▁y ▁cinco .
▁Y ▁de ▁los ▁bueyes , ▁treinta ▁y ▁se is ▁mil : ▁y ▁de ▁ellos ▁el ▁tribu to ▁para ▁Jehová , ▁setenta ▁y ▁dos .
▁Y ▁de ▁los ▁asno s , ▁treinta ▁mil ▁y ▁quinient os ▁ : ▁y ▁de ▁ellos ▁el ▁tribu to ▁para ▁Jehová , ▁setenta ▁y ▁uno .
▁Y ▁de ▁las ▁persona s , ▁diez ▁y ▁se is ▁mil : ▁y ▁de ▁ella s ▁el ▁tribu to ▁para ▁Jehová , ▁treinta ▁y ▁dos ▁persona s .
▁Y ▁dió ▁Moisés ▁el ▁tribu to , ▁por ▁el e v ada ▁ofrenda ▁á ▁Jehová , ▁á ▁Eleazar ▁el ▁sacerdote , ▁ como ▁Jehová ▁lo ▁mandó ▁á ▁Moisés .
▁Y ▁de ▁la ▁mitad ▁para ▁los ▁hijos ▁de ▁Israel , ▁que ▁apart ó ▁Moisés ▁de ▁los ▁hombres ▁que ▁habían ▁ ido ▁á ▁la ▁guerra ;
▁ ( L a ▁mitad ▁para ▁la ▁congregación ▁fué : ▁de ▁las ▁ovejas , ▁tres ci enta s ▁treinta ▁y ▁siete ▁mil ▁y ▁quinient as ▁ ;
▁Y ▁de ▁los ▁bueyes , ▁treinta ▁y ▁se is ▁mil ;
▁Y ▁de ▁los ▁asno s , ▁treinta ▁mil ▁y ▁quinient os ▁ ;
▁Y ▁de ▁las ▁persona s , ▁diez ▁y ▁se is ▁mil : )
▁Y ▁llegar on ▁á ▁Moisés ▁los ▁jefe s ▁de ▁los ▁mil la res ▁de ▁aquel ▁ejército , ▁los ▁tribu nos ▁y ▁c en t ur ion es ;
▁Y ▁dijeron ▁á ▁Moisés : ▁T u s ▁siervos ▁han ▁tomado ▁ ra z ón ▁de ▁los ▁hombres ▁de ▁guerra ▁que ▁están ▁en ▁nuestro ▁pod er , ▁y ▁ninguno ▁ha ▁falta do ▁de ▁nosotros .
▁Y ▁Moisés ▁y ▁el ▁sacerdote ▁Eleazar ▁re ci b ieron ▁el ▁oro ▁de ▁ellos , ▁al h a ja s , ▁todas ▁el ab or ada s .
▁Y ▁todo ▁el ▁oro ▁de ▁la ▁ofrenda ▁que ▁of re c ieron ▁á ▁Jehová ▁de ▁los ▁tribu nos ▁y ▁c en t ur ion es , ▁fué ▁diez ▁y ▁se is ▁mil ▁se te cientos ▁y ▁cincuenta ▁siclo s .
▁Lo s ▁hombres ▁del ▁ejército ▁habían ▁p ill ado ▁ cada ▁uno ▁para ▁sí .
▁Re ci b ieron , ▁pues , ▁Moisés ▁y ▁el ▁sacerdote ▁Eleazar , ▁el ▁oro ▁de ▁los ▁tribu nos ▁y ▁c en t ur ion es , ▁y ▁tra j é ron lo ▁al ▁tabernáculo ▁del ▁testimonio , ▁por ▁memoria ▁de ▁los ▁hijos ▁de ▁Israel ▁delante ▁de ▁Jehová .
▁Y ▁L O S ▁hijos ▁de ▁Rubén ▁y ▁los ▁hijos ▁de ▁Gad ▁tenía n ▁una ▁mu y ▁grande ▁much ed umb re ▁de ▁ganado ; ▁los ▁cuales ▁ viendo ▁la ▁tierra ▁de ▁Ja z er ▁y ▁de ▁Galaad , ▁par e ció les ▁el ▁país ▁lugar ▁de ▁ganado .
▁Y ▁vinieron ▁los ▁hijos ▁de ▁Gad ▁y ▁los ▁hijos ▁de ▁Rubén , ▁y ▁hablar on ▁á ▁Moisés , ▁y ▁á ▁Eleazar ▁el ▁sacerdote , ▁y ▁á ▁los ▁príncipes ▁de ▁la ▁congregación , ▁diciendo :
▁A t ar oth , ▁y ▁Di b ón , ▁y ▁Ja z er , ▁y ▁N im ra , ▁y ▁Hesbón , ▁y ▁El e a le , ▁y ▁S ab án , ▁y ▁N e b o , ▁y ▁Be ón ,
▁La ▁tierra ▁que ▁Jehová ▁hirió ▁delante ▁de ▁la ▁congregación ▁de ▁Israel , ▁es ▁tierra ▁de ▁ganado , ▁y ▁tu s ▁siervos ▁tiene n ▁ganado .
▁Por ▁tanto , ▁dijeron , ▁si ▁halla mos ▁gracia ▁en ▁tu s ▁ojos , ▁d é se ▁esta ▁tierra ▁á ▁tu s ▁siervos ▁en ▁heredad , ▁y ▁no ▁no s ▁haga s ▁pasar ▁el ▁Jordán .
▁Y ▁respondió ▁Moisés ▁á ▁los ▁hijos ▁de ▁Gad ▁y ▁á ▁los ▁hijos ▁de ▁Rubén : ▁¿ V en d rán ▁vuestro s ▁hermanos ▁á ▁la ▁guerra , ▁y ▁vosotros ▁os ▁quedar éis ▁aquí ?
▁¿ Y ▁por ▁qué ▁pre v en í s ▁el ▁á n im o ▁de ▁los ▁hijos ▁de ▁Israel , ▁para ▁que ▁no ▁pa s en ▁á ▁la ▁tierra ▁que ▁les ▁ha ▁dado ▁Jehová ?
▁As í ▁hicieron ▁vuestro s ▁padres , ▁cuando ▁los ▁en vi é ▁de s de ▁C ad es - b ar n e a ▁para ▁que ▁vi es en ▁la ▁tierra .
▁Y ▁el ▁furor ▁de ▁Jehová ▁se ▁encendió ▁entonces , ▁y ▁juró ▁diciendo :
▁Que ▁no ▁ver án ▁los ▁varones ▁que ▁subieron ▁de ▁Egipto ▁de ▁veinte ▁años ▁arriba , ▁la ▁tierra ▁por ▁la ▁cual ▁ j u ré ▁á ▁Abraham , ▁Isaac , ▁y ▁Jacob , ▁por ▁cuanto ▁no ▁fueron ▁per f e c to s ▁en ▁pos ▁de ▁mí ;
▁E x ce p to ▁Caleb , ▁hijo ▁de ▁Je ph on e ▁C en e z e o , ▁y ▁Josué ▁hijo ▁de ▁Nun , ▁que ▁fueron ▁per f e c to s ▁en ▁pos ▁de ▁Jehová .
▁Y ▁he ▁aquí ▁vosotros ▁ha béis ▁su c ed ido ▁en ▁lugar ▁de ▁vuestro s ▁padres , ▁pro le ▁de ▁hombres ▁pecado res , ▁para ▁a ñ ad ir ▁a ún ▁á ▁la ▁ir a ▁de ▁Jehová ▁contra ▁Israel .
▁Si ▁os ▁ v o l vier e is ▁de ▁en ▁pos ▁de ▁él , ▁él ▁volver á ▁otra ▁vez ▁á ▁dejar os ▁en ▁el ▁desierto , ▁y ▁destruir éis ▁á ▁todo ▁este ▁pueblo .
▁Entonces ▁ellos ▁se ▁llegar on ▁á ▁él ▁y ▁dijeron : ▁E di f i ca remos ▁aquí ▁ ma ja das ▁para ▁nuestro ▁ganado , ▁y ▁ciudades ▁para ▁nuestro s ▁niño s ;
▁No ▁volver emos ▁á ▁nuestra s ▁casa s ▁hast a ▁que ▁los ▁hijos ▁de ▁Israel ▁pos e an ▁ cada ▁uno ▁su ▁heredad .
▁Porque ▁no ▁toma remos ▁heredad ▁con ▁ellos ▁al ▁otro ▁la do ▁del ▁Jordán ▁ni ▁a de l an te , ▁por ▁cuanto ▁ten d remos ▁y a ▁nuestra ▁heredad ▁de ▁esto tra ▁parte ▁del ▁Jordán ▁al ▁or iente .
▁Entonces ▁les ▁respondió ▁Moisés : ▁Si ▁lo ▁hiciere is ▁así , ▁si ▁os ▁a per ci b iere is ▁para ▁ir ▁delante ▁de ▁Jehová ▁á ▁la ▁guerra ,
▁Y ▁pasar e is ▁todos ▁vosotros ▁arm ados ▁el ▁Jordán ▁delante ▁de ▁Jehová , ▁hast a ▁que ▁haya ▁echa do ▁á ▁sus ▁enemigos ▁de ▁delante ▁de ▁sí ,
▁Y ▁sea ▁el ▁país ▁so j u z g ado ▁delante ▁de ▁Jehová ; ▁luego ▁volver éis , ▁y ▁se réis ▁libr es ▁de ▁culpa ▁para ▁con ▁Jehová , ▁y ▁para ▁con ▁Israel ; ▁y ▁esta ▁tierra ▁será ▁vuestra ▁en ▁heredad ▁delante ▁de ▁Jehová .
▁Mas ▁si ▁así ▁no ▁lo ▁hiciere is , ▁he ▁aquí ▁ha b réis ▁pecado ▁á ▁Jehová ; ▁y ▁sabe d ▁que ▁os ▁al ca n z ará ▁vuestro ▁pecado .
▁E di f i ca os ▁ciudades ▁para ▁vuestro s ▁niño s , ▁y ▁ ma ja das ▁para ▁vuestras ▁ovejas , ▁y ▁ha c ed ▁lo ▁que ▁ha ▁sal ido ▁de ▁vuestra ▁boca .
▁Y ▁hablar on ▁los ▁hijos ▁de ▁Gad ▁y ▁los ▁hijos ▁de ▁Rubén ▁á ▁Moisés , ▁diciendo : ▁T u s ▁siervos ▁hará n ▁ como ▁mi ▁señor ▁ha ▁mandado .
▁N u est ro s ▁niño s , ▁nuestra s ▁mujeres , ▁nuestro s ▁ganado s , ▁y ▁todas ▁nuestra s ▁bestia s , ▁estará n ▁ ah í ▁en ▁las ▁ciudades ▁de ▁Galaad ;
▁Y ▁tu s ▁siervos , ▁arm ados ▁todos ▁de ▁guerra , ▁pasar án ▁delante ▁de ▁Jehová ▁á ▁la ▁guerra , ▁de ▁la ▁manera ▁que ▁mi ▁señor ▁di ce .
▁Entonces ▁los ▁en co me nd ó ▁Moisés ▁á ▁Eleazar ▁el ▁sacerdote , ▁y ▁á ▁Josué ▁hijo ▁de ▁Nun , ▁y ▁á ▁los ▁príncipes ▁de ▁los ▁padres ▁de ▁las ▁tribu s ▁de ▁los ▁hijos ▁de ▁Israel .
▁Mas ▁si ▁no ▁pasar en ▁arm ados ▁con ▁vosotros , ▁entonces ▁tendrá n ▁posesión ▁entre ▁vosotros ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁los ▁hijos ▁de ▁Gad ▁y ▁los ▁hijos ▁de ▁Rubén ▁respondieron , ▁diciendo : ▁Ha remos ▁lo ▁que ▁Jehová ▁ha ▁dicho ▁á ▁tu s ▁siervos .
▁No s o t ro s ▁pasar emos ▁arm ados ▁delante ▁de ▁Jehová ▁á ▁la ▁tierra ▁de ▁Canaán , ▁y ▁la ▁posesión ▁de ▁nuestra ▁heredad ▁será ▁de ▁esta ▁parte ▁del ▁Jordán .
▁Y ▁los ▁hijos ▁de ▁Gad ▁edifica ron ▁á ▁Di b ón , ▁y ▁á ▁A t ar oth , ▁y ▁á ▁A ro er ,
▁Y ▁á ▁A t ro th - s o ph an , ▁y ▁á ▁Ja z er , ▁y ▁á ▁ J o g ba a ,
▁Y ▁á ▁Beth - n im ra , ▁y ▁á ▁Beth arán : ▁ciudades ▁fuerte s , ▁y ▁también ▁ ma ja das ▁para ▁ovejas .
▁Y ▁los ▁hijos ▁de ▁Rubén ▁edifica ron ▁á ▁Hesbón , ▁y ▁á ▁El e a le , ▁y ▁á ▁ K i ri ath a im ,
▁Y ▁á ▁N e b o , ▁y ▁á ▁Baal - me ón , ▁ ( m ud ados ▁los ▁nombre s ) , ▁y ▁á ▁Si b ma : ▁y ▁pusier on ▁nombre s ▁á ▁las ▁ciudades ▁que ▁edifica ron .
▁Y ▁los ▁hijos ▁de ▁Ma ch î r ▁hijo ▁de ▁Manasés ▁fueron ▁á ▁Galaad , ▁y ▁to m á ron la , ▁y ▁echar on ▁al ▁Amorrheo ▁que ▁estaba ▁en ▁ella .
▁Y ▁Moisés ▁dió ▁Galaad ▁á ▁Ma ch î r ▁hijo ▁de ▁Manasés , ▁el ▁cual ▁habitó ▁en ▁ella .
▁T ambién ▁Ja ir ▁hijo ▁de ▁Manasés ▁fué ▁y ▁tomó ▁sus ▁aldeas , ▁y ▁p ú s o les ▁por ▁nombre ▁Ha v oth - ja ir .
▁A simismo ▁No ba ▁fué ▁y ▁tomó ▁á ▁ K en ath ▁y ▁sus ▁aldeas , ▁y ▁llamó le ▁No ba , ▁conform e ▁á ▁su ▁nombre .
▁E S T A S ▁son ▁las ▁esta n ci as ▁de ▁los ▁hijos ▁de ▁Israel , ▁los ▁cuales ▁salieron ▁de ▁la ▁tierra ▁de ▁Egipto ▁por ▁sus ▁escuadrones , ▁ba jo ▁la ▁con d u c ta ▁de ▁Moisés ▁y ▁Aarón .
▁Y ▁Moisés ▁es c ri b ió ▁sus ▁sal i das ▁conform e ▁á ▁sus ▁ jo rna das ▁por ▁man da to ▁de ▁Jehová . ▁Esta s , ▁pues , ▁son ▁sus ▁esta n ci as ▁con ▁ar re g lo ▁á ▁sus ▁part i das .
▁Esta ba n ente r r ando ▁los ▁E g i p ci os ▁los ▁que ▁Jehová ▁había ▁muerto ▁de ▁ellos , ▁á ▁todo ▁primogénito ; ▁ha b iendo ▁Jehová ▁hecho ▁también ▁juicio s ▁en ▁sus ▁dioses .
▁P ar t ieron , ▁pues , ▁los ▁hijos ▁de ▁Israel ▁de ▁R am es es , ▁y ▁a sentaron ▁campo ▁en ▁Succoth .
▁Y ▁part iendo ▁de ▁Succoth , ▁a sentaron ▁en ▁E th am , ▁que ▁está ▁al ▁cabo ▁del ▁desierto .
▁Y ▁part iendo ▁de ▁E th am , ▁volvieron ▁sobre ▁P i - h ah ir oth , ▁que ▁está ▁delante ▁de ▁Baal se ph on , ▁y ▁a sentaron ▁delante ▁de ▁Mi g do l .
▁Y ▁part iendo ▁de ▁P i - h ah ir oth , ▁pasar on ▁por ▁medio ▁de ▁la ▁mar ▁al ▁desierto , ▁y ▁and u vier on ▁camino ▁de ▁tres ▁días ▁por ▁el ▁desierto ▁de ▁E th am , ▁y ▁a sentaron ▁en ▁Ma ra .
▁Y ▁part iendo ▁de ▁Ma ra , ▁vinieron ▁á ▁El im , ▁don de ▁había ▁do ce ▁fuente s ▁de ▁aguas , ▁y ▁setenta ▁palm er as ; ▁y ▁a sentaron ▁allí .
▁Y ▁part ido s ▁de ▁El im , ▁a sentaron ▁junto ▁al ▁mar ▁B er me jo .
▁Y ▁part ido s ▁del ▁mar ▁B er me jo , ▁a sentaron ▁en ▁el ▁desierto ▁de ▁Si n .
▁Y ▁part ido s ▁del ▁desierto ▁de ▁Si n , ▁a sentaron ▁en ▁Do ph ca .
▁Y ▁part ido s ▁de ▁Do ph ca , ▁a sentaron ▁en ▁A l ú s .
▁Y ▁part ido s ▁de ▁A l ú s , ▁a sentaron ▁en ▁Re ph id im , ▁don de ▁el ▁pueblo ▁no ▁tuvo ▁aguas ▁para ▁beber .
▁Y ▁part ido s ▁de ▁Re ph id im , ▁a sentaron ▁en ▁el ▁desierto ▁de ▁Sinaí .
▁Y ▁part ido s ▁del ▁desierto ▁de ▁Sinaí , ▁a sentaron ▁en ▁ K i b ro th - h a ta a v a .
▁Y ▁part ido s ▁de ▁ K i b ro th - h a ta a v a , ▁a sentaron ▁en ▁Ha s er oth .
▁Y ▁part ido s ▁de ▁Ha s er oth , ▁a sentaron ▁en ▁R i t ma .
▁Y ▁part ido s ▁de ▁R i t ma , ▁a sentaron ▁en ▁R im m ón - per es .
▁Y ▁part ido s ▁de ▁R im m ón - per es , ▁a sentaron ▁en ▁L i b n a .
▁Y ▁part ido s ▁de ▁L i b n a , ▁a sentaron ▁en ▁R is s a .
▁Y ▁part ido s ▁de ▁R is s a , ▁a sentaron ▁en ▁C e el ath a .
▁Y ▁part ido s ▁de ▁C e el ath a , ▁a sentaron ▁en ▁el ▁monte ▁de ▁Se ph er .
▁Y ▁part ido s ▁del ▁monte ▁de ▁Se ph er , ▁a sentaron ▁en ▁Ha r ada .
▁Y ▁part ido s ▁de ▁Ha r ada , ▁a sentaron ▁en ▁Ma ce l oth .
▁Y ▁part ido s ▁de ▁Ma ce l oth , ▁a sentaron ▁en ▁T ah ath .
▁Y ▁part ido s ▁de ▁T ah ath , ▁a sentaron ▁en ▁T ar a .
▁Y ▁part ido s ▁de ▁T ar a , ▁a sentaron ▁en ▁Mi th ca .
▁Y ▁part ido s ▁de ▁Mi th ca , ▁a sentaron ▁en ▁Ha s mo n a .
▁Y ▁part ido s ▁de ▁Ha s mo n a , ▁a sentaron ▁en ▁M os er oth .
▁Y ▁part ido s ▁de ▁M os er oth , ▁a sentaron ▁en ▁Be n e - ja a c án .
▁Y ▁part ido s ▁de ▁Be n e - ja a c án , ▁a sentaron ▁en ▁el ▁monte ▁de ▁ G id ga d .
▁Y ▁part ido s ▁del ▁monte ▁de ▁ G id ga d , ▁a sentaron ▁en ▁ J o t ba th a .
▁Y ▁part ido s ▁de ▁ J o t ba th a , ▁a sentaron ▁en ▁A b ron a .
▁Y ▁part ido s ▁de ▁A b ron a , ▁a sentaron ▁en ▁E s ion - g e b er .
▁Y ▁part ido s ▁de ▁E s ion - g e b er , ▁a sentaron ▁en ▁el ▁desierto ▁de ▁Z in , ▁que ▁es ▁C ad es .
▁Y ▁part ido s ▁de ▁C ad es , ▁a sentaron ▁en ▁el ▁monte ▁de ▁Hor , ▁en ▁la ▁ex t re mi dad ▁del ▁país ▁de ▁Edom .
▁Y ▁era ▁Aarón ▁de ▁edad ▁de ▁ciento ▁y ▁veinte ▁y ▁tres ▁años , ▁cuando ▁murió ▁en ▁el ▁monte ▁de ▁Hor .
▁Y ▁el ▁Cananeo , ▁rey ▁de ▁Ar ad , ▁que ▁habitaba ▁al ▁mediodía ▁en ▁la ▁tierra ▁de ▁Canaán , ▁oyó ▁ como ▁habían ▁venido ▁los ▁hijos ▁de ▁Israel .
▁Y ▁part ido s ▁del ▁monte ▁de ▁Hor , ▁a sentaron ▁en ▁Sal mo n a .
▁Y ▁part ido s ▁de ▁Sal mo n a , ▁a sentaron ▁en ▁P hu n ón .
▁Y ▁part ido s ▁de ▁P hu n ón , ▁a sentaron ▁en ▁O b oth .
▁Y ▁part ido s ▁de ▁O b oth , ▁a sentaron ▁en ▁I je - aba r im ; ▁en ▁el ▁término ▁de ▁Moab .
▁Y ▁part ido s ▁de ▁I je - aba r im , ▁a sentaron ▁en ▁Di b on - ga d .
▁Y ▁part ido s ▁de ▁Di b on - ga d , ▁a sentaron ▁en ▁A l mo n - di b l ath a im .
▁Y ▁part ido s ▁de ▁A l mo n - di b l ath a im , ▁a sentaron ▁en ▁los ▁monte s ▁de ▁A b ar im , ▁delante ▁de ▁N e b o .
▁Y ▁part ido s ▁de ▁los ▁monte s ▁de ▁A b ar im , ▁a sentaron ▁en ▁los ▁campo s ▁de ▁Moab , ▁junto ▁al ▁Jordán ▁de ▁Jericó .
▁F in al mente ▁a sentaron ▁junto ▁al ▁Jordán , ▁de s de ▁Beth - je s im oth ▁hast a ▁Abel - s i t im ▁ , ▁en ▁los ▁campo s ▁de ▁Moab .
▁Y ▁habló ▁Jehová ▁á ▁Moisés ▁en ▁los ▁campo s ▁de ▁Moab ▁junto ▁al ▁Jordán ▁de ▁Jericó , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁hubiere is ▁pasa do ▁el ▁Jordán ▁á ▁la ▁tierra ▁de ▁Canaán ,
▁Y ▁echa réis ▁los ▁moradores ▁de ▁la ▁tierra , ▁y ▁habita réis ▁en ▁ella ; ▁por que ▁yo ▁os ▁la ▁he ▁dado ▁para ▁que ▁la ▁pos e áis .
▁Se rá ▁además , ▁que ▁haré ▁á ▁vosotros ▁ como ▁yo ▁pe n s é ▁hacer les ▁á ▁ellos .
▁Y ▁JEHOVÁ ▁habló ▁á ▁Moisés , ▁diciendo :
▁T en d réis ▁el ▁la do ▁del ▁mediodía ▁de s de ▁el ▁desierto ▁de ▁Z in ▁hast a ▁los ▁término s ▁de ▁Edom ; ▁y ▁os ▁será ▁el ▁término ▁del ▁mediodía ▁al ▁ex t re mo ▁del ▁mar ▁sal ado ▁haci a ▁el ▁or iente :
▁Y ▁rod e ará ▁este ▁término , ▁de s de ▁As m ón ▁hast a ▁el ▁to r r ente ▁de ▁Egipto , ▁y ▁sus ▁re ma te s ▁serán ▁al ▁occidente .
▁Y ▁el ▁término ▁oc ci d enta l ▁os ▁será ▁la ▁gran ▁mar : ▁este ▁término ▁os ▁será ▁el ▁término ▁oc ci d enta l .
▁Y ▁el ▁término ▁del ▁nor te ▁será ▁este : ▁de s de ▁la ▁gran ▁mar ▁os ▁señal aréis ▁el ▁monte ▁de ▁Hor ;
▁De l ▁monte ▁de ▁Hor ▁señal aréis ▁á ▁la ▁entr ada ▁de ▁Ha ma th , ▁y ▁serán ▁las ▁sal i das ▁de ▁aquel ▁término ▁á ▁Se dad ;
▁Y ▁saldrá ▁este ▁término ▁á ▁Z i ph ón , ▁y ▁serán ▁sus ▁re ma te s ▁en ▁Ha s ar - en án : ▁este ▁os ▁será ▁el ▁término ▁del ▁nor te .
▁Y ▁por ▁término ▁al ▁or iente ▁os ▁señal aréis ▁de s de ▁Ha s ar - en án ▁hast a ▁Se ph am ;
▁Después ▁descend e rá ▁este ▁término ▁al ▁Jordán , ▁y ▁serán ▁sus ▁sal i das ▁al ▁mar ▁Sal ado : ▁esta ▁será ▁vuestra ▁tierra : ▁por ▁sus ▁término s ▁alrededor .
▁Y ▁mandó ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁Esta ▁es ▁la ▁tierra ▁que ▁her ed aréis ▁por ▁suerte , ▁la ▁cual ▁mandó ▁Jehová ▁que ▁die se ▁á ▁las ▁ n ue v e ▁tribu s , ▁y ▁á ▁la ▁media ▁tribu :
▁Do s ▁tribu s ▁y ▁media ▁tomaron ▁su ▁heredad ▁de ▁esta ▁parte ▁del ▁Jordán ▁de ▁Jericó ▁al ▁or iente , ▁al ▁nac imiento ▁del ▁so l .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Estos ▁son ▁los ▁nombre s ▁de ▁los ▁varones ▁que ▁os ▁ap ose s ion arán ▁la ▁tierra : ▁Eleazar ▁el ▁sacerdote , ▁y ▁Josué ▁hijo ▁de ▁Nun .
▁Toma réis ▁también ▁de ▁ cada ▁tribu ▁un ▁príncipe , ▁para ▁dar ▁la ▁posesión ▁de ▁la ▁tierra .
▁Y ▁estos ▁son ▁los ▁nombre s ▁de ▁los ▁varones : ▁De ▁la ▁tribu ▁de ▁Judá , ▁Caleb ▁hijo ▁de ▁Je ph on e .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Simeón , ▁Samuel ▁hijo ▁de ▁A m mi ud .
▁De ▁la ▁tribu ▁de ▁Benjamín , ▁Eli dad ▁hijo ▁de ▁C hi s l ón .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Dan , ▁el ▁príncipe ▁B u c ci ▁hijo ▁de ▁ J o g li .
▁De ▁los ▁hijos ▁de ▁José : ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Manasés , ▁el ▁príncipe ▁Ha n i el ▁hijo ▁de ▁E ph o d .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Ephraim , ▁el ▁príncipe ▁C h ê m ue l ▁hijo ▁de ▁Si ph t án .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Zabulón , ▁el ▁príncipe ▁Eli s a ph án ▁hijo ▁de ▁P h a rna ch .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Issachâr , ▁el ▁príncipe ▁P al t i el ▁hijo ▁de ▁A za n .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁As er , ▁el ▁príncipe ▁Ahi ud ▁hijo ▁de ▁Se lo mi .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Nephtalí , ▁el ▁príncipe ▁P ed a el ▁hijo ▁de ▁A m mi ud .
▁Estos ▁son ▁á ▁los ▁que ▁mandó ▁Jehová ▁que ▁ hi ci es en ▁la ▁part i ción ▁de ▁la ▁her en ci a ▁á ▁los ▁hijos ▁de ▁Israel ▁en ▁la ▁tierra ▁de ▁Canaán .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Moisés ▁en ▁los ▁campo s ▁de ▁Moab , ▁junto ▁al ▁Jordán ▁de ▁Jericó , ▁diciendo :
▁Ma n da ▁á ▁los ▁hijos ▁de ▁Israel , ▁que ▁de n ▁á ▁los ▁Levitas ▁de ▁la ▁posesión ▁de ▁su ▁heredad ▁ciudades ▁en ▁que ▁ha bi t en : ▁también ▁d aréis ▁á ▁los ▁Levitas ▁los ▁ejidos ▁de ▁es as ▁ciudades ▁alrededor ▁de ▁ella s .
▁Y ▁tendrá n ▁ellos ▁las ▁ciudades ▁para ▁habita r , ▁y ▁los ▁ejidos ▁de ▁ella s ▁serán ▁para ▁sus ▁animal es , ▁y ▁para ▁sus ▁ganado s , ▁y ▁para ▁todas ▁sus ▁bestia s .
▁Y ▁los ▁ejidos ▁de ▁las ▁ciudades ▁que ▁d aréis ▁á ▁los ▁Levitas , ▁serán ▁mil ▁codos ▁alrededor , ▁de s de ▁el ▁mu ro ▁de ▁la ▁ciudad ▁para ▁a f ue ra .
▁T o das ▁las ▁ciudades ▁que ▁d aréis ▁á ▁los ▁Levitas ▁serán ▁cuarenta ▁y ▁oc h o ▁ciudades ; ▁ella s ▁con ▁sus ▁ejidos .
▁Y ▁habló ▁Jehová ▁á ▁Moisés , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁y ▁di les : ▁Cuan do ▁hubiere is ▁pasa do ▁el ▁Jordán ▁á ▁la ▁tierra ▁de ▁Canaán ,
▁O s ▁señal aréis ▁ciudades , ▁ciudades ▁de ▁a co g imiento ▁tendréis , ▁don de ▁ hu y a ▁el ▁homicida ▁que ▁ h ir iere ▁á ▁alguno ▁de ▁muerte ▁por ▁y er ro .
▁Y ▁os ▁serán ▁aquella s ▁ciudades ▁por ▁a co g imiento ▁del ▁par iente , ▁y ▁no ▁morirá ▁el ▁homicida ▁hast a ▁que ▁es t é ▁á ▁juicio ▁delante ▁de ▁la ▁congregación .
▁De ▁las ▁ciudades , ▁pues , ▁que ▁d aréis , ▁tendréis ▁se is ▁ciudades ▁de ▁a co g imiento .
▁T res ▁ciudades ▁d aréis ▁de ▁esta ▁parte ▁del ▁Jordán , ▁y ▁tres ▁ciudades ▁d aréis ▁en ▁la ▁tierra ▁de ▁Canaán ; ▁las ▁cuales ▁serán ▁ciudades ▁de ▁a co g imiento .
▁Y ▁si ▁con ▁in st r u ment o ▁de ▁ hi er ro ▁lo ▁ h ir iere ▁y ▁mu r iere , ▁homicida ▁es ; ▁el ▁homicida ▁morirá ▁ :
▁Y ▁si ▁con ▁piedra ▁de ▁mano , ▁de ▁que ▁pu ed a ▁mor ir , ▁lo ▁ h ir iere , ▁y ▁mu r iere , ▁homicida ▁es ; ▁el ▁homicida ▁morirá ▁ .
▁Y ▁si ▁con ▁in st r u ment o ▁de ▁pa lo ▁de ▁mano , ▁de ▁que ▁pu ed a ▁mor ir , ▁lo ▁ h ir iere , ▁y ▁mu r iere , ▁homicida ▁es ; ▁el ▁homicida ▁morirá ▁ .
▁El ▁par iente ▁del ▁muerto , ▁él ▁matar á ▁al ▁homicida : ▁cuando ▁lo ▁encontr are , ▁él ▁le ▁matar á .
▁Y ▁si ▁por ▁ o di o ▁lo ▁emp u j ó , ▁ó ▁echó ▁sobre ▁él ▁alguna ▁cosa ▁por ▁as e ch an za s , ▁y ▁mu er e ;
▁Mas ▁si ▁ca s u al mente ▁lo ▁emp u j ó ▁sin ▁en e mi st ad es , ▁ó ▁echó ▁sobre ▁él ▁cualquier ▁in st r u ment o ▁sin ▁as e ch an za s ,
▁O ▁bien , ▁sin ▁ver lo , ▁hizo ▁ca er ▁sobre ▁él ▁alguna ▁piedra , ▁de ▁que ▁pu do ▁mor ir , ▁y ▁mu r iere , ▁y ▁él ▁no ▁era ▁su ▁enemigo , ▁ni ▁pro cu r aba ▁su ▁mal ;
▁Entonces ▁la ▁congregación ▁juzg ará ▁entre ▁el ▁her ido r ▁y ▁el ▁par iente ▁del ▁muerto ▁conform e ▁á ▁esta s ▁le y es :
▁Y ▁si ▁el ▁homicida ▁sal iere ▁fuera ▁del ▁término ▁de ▁su ▁ciudad ▁de ▁re f u g i o , ▁á ▁la ▁cual ▁se ▁a co g ió ,
▁P ue s ▁en ▁su ▁ciudad ▁de ▁re f u g i o ▁de be rá ▁a qué l ▁habita r ▁hast a ▁que ▁muera ▁el ▁gran ▁sacerdote : ▁y ▁después ▁que ▁mu r iere ▁el ▁gran ▁sacerdote , ▁el ▁homicida ▁volver á ▁á ▁la ▁tierra ▁de ▁su ▁posesión .
▁Y ▁esta s ▁cosas ▁os ▁serán ▁por ▁orden an za ▁de ▁derecho ▁por ▁vuestras ▁edad es , ▁en ▁todas ▁vuestras ▁habita ciones .
▁Cualquier a ▁que ▁ h ir iere ▁á ▁alguno , ▁por ▁dicho ▁de ▁testigo s , ▁morirá ▁el ▁homicida : ▁mas ▁un ▁so lo ▁testigo ▁no ▁hará ▁f e ▁contra ▁alguna ▁persona ▁para ▁que ▁muera .
▁Y ▁no ▁toma réis ▁precio ▁por ▁la ▁vida ▁del ▁homicida ; ▁por que ▁está ▁con de n ado ▁á ▁muerte : ▁mas ▁in de f e c t i ble mente ▁morirá .
▁N i ▁ t am p o co ▁toma réis ▁precio ▁del ▁que ▁huyó ▁á ▁su ▁ciudad ▁de ▁re f u g i o , ▁para ▁que ▁ v ue l v a ▁á ▁vivir ▁en ▁su ▁tierra , ▁hast a ▁que ▁muera ▁el ▁sacerdote .
▁No ▁contamin éis , ▁pues , ▁la ▁tierra ▁don de ▁ha bi t áis , ▁en ▁medio ▁de ▁la ▁cual ▁yo ▁ha bi to ; ▁por que ▁yo ▁Jehová ▁ha bi to ▁en ▁medio ▁de ▁los ▁hijos ▁de ▁Israel .
▁Entonces ▁Moisés ▁mandó ▁á ▁los ▁hijos ▁de ▁Israel ▁por ▁dicho ▁de ▁Jehová , ▁diciendo : ▁La ▁tribu ▁de ▁los ▁hijos ▁de ▁José ▁habla ▁rec t amente .
▁Para ▁que ▁la ▁heredad ▁de ▁los ▁hijos ▁de ▁Israel ▁no ▁sea ▁tras pa s ada ▁de ▁tribu ▁en ▁tribu ; ▁por que ▁ cada ▁uno ▁de ▁los ▁hijos ▁de ▁Israel ▁se ▁all e g ará ▁á ▁la ▁heredad ▁de ▁la ▁tribu ▁de ▁sus ▁padres .
▁Y ▁no ▁and e ▁la ▁heredad ▁rod ando ▁de ▁una ▁tribu ▁á ▁otra : ▁mas ▁ cada ▁una ▁de ▁las ▁tribu s ▁de ▁los ▁hijos ▁de ▁Israel ▁se ▁lleg ue ▁á ▁su ▁heredad .
▁C o mo ▁Jehová ▁mandó ▁á ▁Moisés , ▁así ▁hicieron ▁las ▁hijas ▁de ▁Sal ph a ad .
▁De ▁la ▁familia ▁de ▁los ▁hijos ▁de ▁Manasés , ▁hijo ▁de ▁José , ▁fueron ▁mujeres ; ▁y ▁la ▁heredad ▁de ▁ella s ▁quedó ▁en ▁la ▁tribu ▁de ▁la ▁familia ▁de ▁su ▁padre .
▁Estos ▁son ▁los ▁mandamientos ▁y ▁los ▁estatuto s ▁que ▁mandó ▁Jehová ▁por ▁mano ▁de ▁Moisés ▁á ▁los ▁hijos ▁de ▁Israel ▁en ▁los ▁campo s ▁de ▁Moab , ▁junto ▁al ▁Jordán ▁de ▁Jericó .
▁On ce ▁ jo rna das ▁hay ▁de s de ▁Hor e b , ▁camino ▁del ▁monte ▁de ▁Se ir , ▁hast a ▁C ad es - b ar n e a .
▁Después ▁que ▁hirió ▁á ▁Sehón ▁rey ▁de ▁los ▁Amorrheo s , ▁que ▁habitaba ▁en ▁Hesbón , ▁y ▁á ▁O g ▁rey ▁de ▁Basán , ▁que ▁habitaba ▁en ▁As ta ro t ▁en ▁E d re i :
▁De ▁esta ▁parte ▁del ▁Jordán , ▁en ▁tierra ▁de ▁Moab , ▁re s o l vi ó ▁Moisés ▁declar ar ▁esta ▁le y , ▁diciendo :
▁Jehová ▁nuestro ▁Dios ▁no s ▁habló ▁en ▁Hor e b , ▁diciendo : ▁Ha r to ▁ha béis ▁esta do ▁en ▁este ▁monte ;
▁Mi ra d , ▁yo ▁he ▁dado ▁la ▁tierra ▁en ▁vuestra ▁presencia ; ▁entr ad ▁y ▁pos e ed ▁la ▁tierra ▁que ▁Jehová ▁juró ▁á ▁vuestro s ▁padres ▁Abraham , ▁Isaac , ▁y ▁Jacob , ▁que ▁les ▁dar ía ▁á ▁ellos ▁y ▁á ▁su ▁simiente ▁después ▁de ▁ellos .
▁Y ▁yo ▁os ▁ha b l é ▁entonces , ▁diciendo : ▁Yo ▁no ▁pu ed o ▁llev ar os ▁so lo :
▁Jehová ▁vuestro ▁Dios ▁os ▁ha ▁multiplic ado , ▁y ▁he ▁aquí ▁so is ▁hoy ▁vosotros ▁ como ▁las ▁es t re l la s ▁del ▁cielo ▁en ▁multitud .
▁ ¡ J e h o v á ▁Dios ▁de ▁vuestro s ▁padres ▁a ñ ada ▁sobre ▁vosotros ▁ como ▁so is ▁mil ▁veces , ▁y ▁os ▁be n di ga , ▁ como ▁os ▁ha ▁pro me t ido !
▁¿ C ó mo ▁llev aré ▁yo ▁so lo ▁vuestras ▁mo l est i as , ▁vuestras ▁ca r ga s , ▁y ▁vuestro s ▁p le i to s ?
▁Da d me ▁de ▁entre ▁vosotros , ▁de ▁vuestras ▁tribu s , ▁varones ▁s a bi os ▁y ▁en te nd ido s ▁y ▁ex per to s , ▁para ▁que ▁yo ▁los ▁pon ga ▁por ▁vuestro s ▁jefe s .
▁Y ▁me ▁respond i steis , ▁y ▁di j i steis : ▁B ue no ▁es ▁hacer ▁lo ▁que ▁has ▁dicho .
▁Y ▁entonces ▁man d é ▁á ▁vuestro s ▁ j ue ce s , ▁diciendo : ▁O id ▁entre ▁vuestro s ▁hermanos , ▁y ▁juzg ad ▁just amente ▁entre ▁el ▁hombre ▁y ▁su ▁hermano , ▁y ▁el ▁que ▁le ▁es ▁extranjero .
▁O s ▁man d é , ▁pues , ▁en ▁aquel ▁tiempo ▁todo ▁lo ▁que ▁había is ▁de ▁hacer .
▁Entonces ▁os ▁di je : ▁L le g ado ▁ha béis ▁al ▁monte ▁del ▁Amorrheo , ▁el ▁cual ▁Jehová ▁nuestro ▁Dios ▁no s ▁da .
▁Mi ra , ▁Jehová ▁tu ▁Dios ▁ha ▁dado ▁delante ▁de ▁ti ▁la ▁tierra : ▁su be ▁y ▁pos é e la , ▁ como ▁Jehová ▁el ▁Dios ▁de ▁tu s ▁padres ▁te ▁ha ▁dicho ; ▁no ▁tem as ▁ni ▁de s ma y es .
▁Y ▁el ▁dicho ▁me ▁par e ció ▁bien : ▁y ▁to m é ▁do ce ▁varones ▁de ▁vosotros , ▁un ▁varón ▁por ▁tribu :
▁Y ▁se ▁en ca mi n aron , ▁y ▁subieron ▁al ▁monte , ▁y ▁llegar on ▁hast a ▁la ▁ar ro y ada ▁de ▁E s co l , ▁y ▁reconoc ieron ▁la ▁tierra .
▁Y ▁tomaron ▁en ▁sus ▁manos ▁del ▁fruto ▁del ▁país , ▁y ▁no s ▁lo ▁tra je ron , ▁y ▁di é ron nos ▁cu enta , ▁y ▁dijeron : ▁E s ▁buena ▁la ▁tierra ▁que ▁Jehová ▁nuestro ▁Dios ▁no s ▁da .
▁E mpero ▁no ▁qu is i steis ▁subir , ▁antes ▁f u i steis ▁rebel de s ▁al ▁dicho ▁de ▁Jehová ▁vuestro ▁Dios ;
▁Y ▁murmur a steis ▁en ▁vuestras ▁tienda s , ▁diciendo : ▁Porque ▁Jehová ▁no s ▁aborrec ía , ▁no s ▁ha ▁saca do ▁de ▁tierra ▁de ▁Egipto , ▁para ▁entre gar nos ▁en ▁mano ▁del ▁Amorrheo ▁para ▁destruir nos .
▁Entonces ▁os ▁di je : ▁No ▁tem áis , ▁ni ▁ten g áis ▁mi ed o ▁de ▁ellos .
▁Jehová ▁vuestro ▁Dios , ▁el ▁cual ▁va ▁delante ▁de ▁vosotros , ▁él ▁pe le ará ▁por ▁vosotros , ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁hizo ▁por ▁vosotros ▁en ▁Egipto ▁delante ▁de ▁vuestro s ▁ojos ;
▁Y ▁en ▁el ▁desierto ▁has ▁visto ▁que ▁Jehová ▁tu ▁Dios ▁te ▁ha ▁traído , ▁ como ▁tra e ▁el ▁hombre ▁á ▁su ▁hijo , ▁por ▁todo ▁el ▁camino ▁que ▁ha béis ▁and ado , ▁hast a ▁que ▁ha béis ▁venido ▁á ▁este ▁lugar .
▁Y ▁aun ▁con ▁esto ▁no ▁c re i steis ▁en ▁Jehová ▁vuestro ▁Dios ,
▁Y ▁oyó ▁Jehová ▁la ▁voz ▁de ▁vuestras ▁palabras , ▁y ▁enoj óse , ▁y ▁juró ▁diciendo :
▁No ▁ver á ▁hombre ▁alguno ▁de ▁estos ▁de ▁esta ▁mal a ▁generación , ▁la ▁buena ▁tierra ▁que ▁ j u ré ▁había ▁de ▁dar ▁á ▁vuestro s ▁padres ,
▁Y ▁también ▁contra ▁mí ▁se ▁a ir ó ▁Jehová ▁por ▁vosotros , ▁diciendo : ▁T am p o co ▁tú ▁entr arás ▁all á :
▁Josué ▁hijo ▁de ▁Nun , ▁que ▁está ▁delante ▁de ▁ti , ▁él ▁entr ará ▁all á : ▁an í ma le ; ▁por que ▁él ▁la ▁hará ▁her ed ar ▁á ▁Israel .
▁Y ▁vosotros ▁ v o l v e os , ▁y ▁part í os ▁al ▁desierto ▁camino ▁del ▁mar ▁B er me jo .
▁Y ▁Jehová ▁me ▁dijo : ▁Di les : ▁No ▁su b áis , ▁ni ▁pe le éis , ▁pues ▁no ▁esto y ▁entre ▁vosotros ; ▁por que ▁no ▁se áis ▁her ido s ▁delante ▁de ▁vuestro s ▁enemigos .
▁Y ▁os ▁ha b l é , ▁y ▁no ▁di steis ▁oído ; ▁antes ▁f u i steis ▁rebel de s ▁al ▁dicho ▁de ▁Jehová , ▁y ▁per s i st iendo ▁con ▁al t ive z , ▁su bi steis ▁al ▁monte .
▁Y ▁ v o l vi steis , ▁y ▁llora steis ▁delante ▁de ▁Jehová ; ▁per o ▁Jehová ▁no ▁es cu ch ó ▁vuestra ▁voz , ▁ni ▁os ▁pre st ó ▁oído .
▁Y ▁estuv i steis ▁en ▁C ad es ▁por ▁mucho s ▁días , ▁ como ▁en ▁los ▁días ▁que ▁ha béis ▁esta do .
▁Y ▁ V O L V I M O S , ▁y ▁part í mo nos ▁al ▁desierto ▁camino ▁del ▁mar ▁B er me jo , ▁ como ▁Jehová ▁me ▁había ▁dicho ; ▁y ▁rod e a mos ▁el ▁monte ▁de ▁Se ir ▁por ▁mucho s ▁días .
▁Y ▁Jehová ▁me ▁habló , ▁diciendo :
▁Ha r to ▁ha béis ▁rod e ado ▁este ▁monte ; ▁ v o l v e os ▁al ▁a qui l ón .
▁Y ▁man da ▁al ▁pueblo , ▁diciendo : ▁P as ando ▁vosotros ▁por ▁el ▁término ▁de ▁vuestro s ▁hermanos ▁los ▁hijos ▁de ▁Esaú , ▁que ▁habita n ▁en ▁Se ir , ▁ellos ▁tendrá n ▁mi ed o ▁de ▁vosotros ; ▁mas ▁vosotros ▁guarda os ▁mucho :
▁No ▁os ▁me t áis ▁con ▁ellos ; ▁que ▁no ▁os ▁daré ▁de ▁su ▁tierra ▁ni ▁aun ▁la ▁ho l la d ura ▁de ▁la ▁plant a ▁de ▁un ▁pie ; ▁por que ▁yo ▁he ▁dado ▁por ▁heredad ▁á ▁Esaú ▁el ▁monte ▁de ▁Se ir .
▁C om p r aréis ▁de ▁ellos ▁por ▁dinero ▁las ▁vi an das , ▁y ▁comeréis ; ▁y ▁también ▁com p r aréis ▁de ▁ellos ▁el ▁agua , ▁y ▁beber éis :
▁P ue s ▁Jehová ▁tu ▁Dios ▁te ▁ha ▁be n de c ido ▁en ▁toda ▁obra ▁de ▁tu s ▁manos : ▁él ▁sabe ▁que ▁and as ▁por ▁este ▁gran ▁desierto : ▁estos ▁cuarenta ▁años ▁Jehová ▁tu ▁Dios ▁fué ▁contigo ; ▁y ▁ninguna ▁cosa ▁te ▁ha ▁falta do .
▁ ( L os ▁E mi me os ▁habita ron ▁en ▁ella ▁antes , ▁pueblo ▁grande , ▁y ▁ n u m eros o , ▁y ▁al to ▁ como ▁ g i ga n te s :
▁Por ▁ g i ga n te s ▁era n ▁ellos ▁también ▁contados , ▁ como ▁los ▁Ana ce os ; ▁y ▁los ▁Moab itas ▁los ▁ l la man ▁E mi me os .
▁Levant a os ▁ahora , ▁y ▁pasa d ▁el ▁arroyo ▁de ▁Z er ed . ▁Y ▁pasa mos ▁el ▁arroyo ▁de ▁Z er ed .
▁Y ▁también ▁la ▁mano ▁de ▁Jehová ▁fué ▁sobre ▁ellos ▁para ▁destruir los ▁de ▁en ▁medio ▁del ▁campo , ▁hast a ▁acaba r los .
▁Y ▁aconteció ▁que ▁cuando ▁se ▁ hu b ieron ▁acaba do ▁de ▁mor ir ▁todos ▁los ▁hombres ▁de ▁guerra ▁de ▁entre ▁el ▁pueblo ,
▁Jehová ▁me ▁habló , ▁diciendo :
▁T ú ▁pasa rás ▁hoy ▁el ▁término ▁de ▁Moab , ▁á ▁Ar ,
▁Y ▁en vi é ▁mensajero s ▁de s de ▁el ▁desierto ▁de ▁C ad em oth ▁á ▁Sehón ▁rey ▁de ▁Hesbón , ▁con ▁palabras ▁de ▁paz , ▁diciendo :
▁P as aré ▁por ▁tu ▁tierra ▁por ▁el ▁camino : ▁por ▁el ▁camino ▁ir é , ▁sin ▁apart ar me ▁á ▁die s tra ▁ni ▁á ▁sin i est ra :
▁La ▁com i da ▁me ▁ven de rás ▁por ▁dinero , ▁y ▁come ré : ▁el ▁agua ▁también ▁me ▁dará s ▁por ▁dinero , ▁y ▁beber é : ▁solamente ▁pasar é ▁á ▁pie ;
▁C o mo ▁lo ▁hicieron ▁conmigo ▁los ▁hijos ▁de ▁Esaú ▁que ▁habitaba n ▁en ▁Se ir , ▁y ▁los ▁Moab itas ▁que ▁habitaba n ▁en ▁Ar ; ▁hast a ▁que ▁pa se ▁el ▁Jordán ▁á ▁la ▁tierra ▁que ▁no s ▁da ▁Jehová ▁nuestro ▁Dios .
▁Y ▁d í jo me ▁Jehová : ▁He ▁aquí ▁yo ▁he ▁come n z ado ▁á ▁dar ▁delante ▁de ▁ti ▁á ▁Sehón ▁y ▁á ▁su ▁tierra ; ▁com i en za ▁á ▁tomar ▁posesión , ▁para ▁que ▁her ed es ▁su ▁tierra .
▁Y ▁salió nos ▁Sehón ▁al ▁en cu en t ro , ▁él ▁y ▁todo ▁su ▁pueblo , ▁para ▁pe le ar ▁en ▁Ja as .
▁Mas ▁Jehová ▁nuestro ▁Dios ▁lo ▁entregó ▁delante ▁de ▁nosotros ; ▁y ▁her i mos ▁á ▁él ▁y ▁á ▁sus ▁hijos , ▁y ▁á ▁todo ▁su ▁pueblo .
▁Y ▁toma mos ▁entonces ▁todas ▁sus ▁ciudades , ▁y ▁de st r u i mos ▁todas ▁las ▁ciudades , ▁hombres , ▁y ▁mujeres , ▁y ▁niño s ; ▁no ▁de ja mos ▁ninguno :
▁So l amente ▁toma mos ▁para ▁nosotros ▁las ▁bestia s , ▁y ▁los ▁despojo s ▁de ▁las ▁ciudades ▁que ▁había mos ▁tomado .
▁Y ▁ V O L V I M O S , ▁y ▁su bi mos ▁camino ▁de ▁Basán , ▁y ▁salió nos ▁al ▁en cu en t ro ▁O g ▁rey ▁de ▁Basán ▁para ▁pe le ar , ▁él ▁y ▁todo ▁su ▁pueblo , ▁en ▁E d re i .
▁Y ▁Jehová ▁nuestro ▁Dios ▁entregó ▁también ▁en ▁nuestra ▁mano ▁á ▁O g ▁rey ▁de ▁Basán , ▁y ▁á ▁todo ▁su ▁pueblo , ▁al ▁cual ▁her i mos ▁hast a ▁no ▁quedar ▁de ▁él ▁ninguno .
▁Y ▁toma mos ▁entonces ▁todas ▁sus ▁ciudades ; ▁no ▁quedó ▁ciudad ▁que ▁no ▁les ▁to m ás emos : ▁se s enta ▁ciudades , ▁toda ▁la ▁tierra ▁de ▁Ar go b , ▁del ▁reino ▁de ▁O g ▁en ▁Basán .
▁T o das ▁é st as ▁era n ▁ciudades ▁for ta le ci das ▁con ▁al to ▁mu ro , ▁con ▁puerta s ▁y ▁bar ra s ; ▁sin ▁otra s ▁mu y ▁much as ▁ciudades ▁sin ▁mu ro .
▁Y ▁de st r u í mos la s , ▁ como ▁ hi ci mos ▁á ▁Sehón ▁rey ▁de ▁Hesbón , ▁de st r u y e ndo ▁en ▁toda ▁ciudad ▁hombres , ▁mujeres , ▁y ▁niño s .
▁Y ▁toma mos ▁para ▁nosotros ▁todas ▁las ▁bestia s , ▁y ▁los ▁despojo s ▁de ▁las ▁ciudades .
▁T ambién ▁toma mos ▁en ▁aquel ▁tiempo ▁de ▁mano ▁de ▁dos ▁reyes ▁Amorrheo s ▁que ▁estaban ▁de ▁esta ▁parte ▁del ▁Jordán , ▁la ▁tierra ▁de s de ▁el ▁arroyo ▁de ▁Ar n ón ▁hast a ▁el ▁monte ▁de ▁He r m ón :
▁ ( L os ▁Si do n i os ▁ l la man ▁á ▁He r m ón ▁Si ri ón ; ▁y ▁los ▁Amorrheo s , ▁Se n ir : )
▁T o das ▁las ▁ciudades ▁de ▁la ▁ l l an ura , ▁y ▁todo ▁Galaad , ▁y ▁todo ▁Basán ▁hast a ▁Sal ch â ▁y ▁E d re i , ▁ciudades ▁del ▁reino ▁de ▁O g ▁en ▁Basán .
▁Y ▁á ▁Ma ch î r ▁d í ▁á ▁Galaad .
▁Y ▁á ▁los ▁R u b en itas ▁y ▁Gad itas ▁d í ▁de ▁Galaad ▁hast a ▁el ▁arroyo ▁de ▁Ar n ón , ▁el ▁medio ▁del ▁arroyo ▁por ▁término ; ▁hast a ▁el ▁arroyo ▁de ▁Ja b o c , ▁término ▁de ▁los ▁hijos ▁de ▁Ammón :
▁Y ▁os ▁man d é ▁entonces , ▁diciendo : ▁Jehová ▁vuestro ▁Dios ▁os ▁ha ▁dado ▁esta ▁tierra ▁para ▁que ▁la ▁pos e áis : ▁pasar éis ▁arm ados ▁delante ▁de ▁vuestro s ▁hermanos ▁los ▁hijos ▁de ▁Israel ▁todos ▁los ▁va l iente s .
▁So l amente ▁vuestras ▁mujeres , ▁vuestro s ▁niño s , ▁y ▁vuestro s ▁ganado s , ▁ ( y o ▁s é ▁que ▁ten éis ▁mucho ▁ganado , ) ▁quedar án ▁en ▁vuestras ▁ciudades ▁que ▁os ▁he ▁dado ,
▁Ma nd é ▁también ▁á ▁Josué ▁entonces , ▁diciendo : ▁T u s ▁ojos ▁vieron ▁todo ▁lo ▁que ▁Jehová ▁vuestro ▁Dios ▁ha ▁hecho ▁á ▁aquello s ▁dos ▁reyes : ▁así ▁hará ▁Jehová ▁á ▁todos ▁los ▁reino s ▁á ▁los ▁cuales ▁pasa rás ▁tú .
▁No ▁los ▁tem áis ; ▁que ▁Jehová ▁vuestro ▁Dios , ▁él ▁es ▁el ▁que ▁pe le a ▁por ▁vosotros .
▁Y ▁or é ▁á ▁Jehová ▁en ▁aquel ▁tiempo , ▁diciendo :
▁P a se ▁yo , ▁ r u é go te , ▁y ▁ve a ▁aquella ▁tierra ▁buena , ▁que ▁está ▁á ▁la ▁parte ▁all á ▁del ▁Jordán , ▁aquel ▁bu en ▁monte , ▁y ▁el ▁L í ba no .
▁Mas ▁Jehová ▁se ▁había ▁enoj ado ▁contra ▁mí ▁por ▁causa ▁de ▁vosotros , ▁por ▁lo ▁cual ▁no ▁me ▁oyó : ▁y ▁d í jo me ▁Jehová : ▁B ás ta te , ▁no ▁me ▁ha ble s ▁más ▁de ▁este ▁negocio .
▁Y ▁man da ▁á ▁Josué , ▁y ▁an í ma lo , ▁y ▁con f ó r ta lo ; ▁por que ▁él ▁ha ▁de ▁pasar ▁delante ▁de ▁este ▁pueblo , ▁y ▁él ▁les ▁hará ▁her ed ar ▁la ▁tierra ▁que ▁ve rás .
▁Y ▁para mos ▁en ▁el ▁valle ▁delante ▁de ▁Beth - pe or .
▁No ▁a ñ a di réis ▁á ▁la ▁palabra ▁que ▁yo ▁os ▁man do , ▁ni ▁di s mi n u i réis ▁de ▁ella , ▁para ▁que ▁guard éis ▁los ▁mandamientos ▁de ▁Jehová ▁vuestro ▁Dios ▁que ▁yo ▁os ▁orden o .
▁Mas ▁vosotros ▁que ▁os ▁all e ga steis ▁á ▁Jehová ▁vuestro ▁Dios , ▁todos ▁está is ▁vi v os ▁hoy .
▁Mi ra d , ▁yo ▁os ▁he ▁en se ñ ado ▁estatuto s ▁y ▁derecho s , ▁ como ▁Jehová ▁mi ▁Dios ▁me ▁mandó , ▁para ▁que ▁ha g áis ▁así ▁en ▁medio ▁de ▁la ▁tierra ▁en ▁la ▁cual ▁entr áis ▁para ▁poseer la .
▁Porque ▁¿ qué ▁gente ▁grande ▁hay ▁que ▁ten ga ▁los ▁dioses ▁cerca nos ▁á ▁sí , ▁ como ▁lo ▁está ▁Jehová ▁nuestro ▁Dios ▁en ▁todo ▁cuanto ▁le ▁pe di mos ?
▁Y ▁¿ qué ▁gente ▁grande ▁hay ▁que ▁ten ga ▁estatuto s ▁y ▁derecho s ▁just os , ▁ como ▁es ▁toda ▁esta ▁le y ▁que ▁yo ▁pon go ▁hoy ▁delante ▁de ▁vosotros ?
▁Y ▁os ▁lleg a steis , ▁y ▁os ▁pu s i steis ▁al ▁pie ▁del ▁monte ; ▁y ▁el ▁monte ▁ar d ía ▁en ▁fuego ▁hast a ▁en ▁medio ▁de ▁los ▁cielo s ▁con ▁ti n i e b la s , ▁nube , ▁y ▁os cu ri dad .
▁Y ▁habló ▁Jehová ▁con ▁vosotros ▁de ▁en ▁medio ▁del ▁fuego : ▁ o i steis ▁la ▁voz ▁de ▁sus ▁palabras , ▁mas ▁á ▁ex ce p ción ▁de ▁oir ▁la ▁voz , ▁ninguna ▁f i gu ra ▁vi steis :
▁Y ▁él ▁os ▁a nunc ió ▁su ▁pacto , ▁el ▁cual ▁os ▁mandó ▁pon er ▁por ▁obra , ▁las ▁diez ▁palabras ; ▁y ▁es c ri b ió la s ▁en ▁dos ▁tablas ▁de ▁piedra .
▁A ▁mí ▁también ▁me ▁mandó ▁Jehová ▁entonces ▁en se ñ ar os ▁los ▁estatuto s ▁y ▁derecho s , ▁para ▁que ▁los ▁pu s i e se is ▁por ▁obra ▁en ▁la ▁tierra ▁á ▁la ▁cual ▁pa s áis ▁para ▁poseer la .
▁ G u ar dad ▁pues ▁mucho ▁vuestras ▁alma s : ▁pues ▁ninguna ▁f i gu ra ▁vi steis ▁el ▁día ▁que ▁Jehová ▁habló ▁con ▁vosotros ▁de ▁en ▁medio ▁del ▁fuego :
▁Porque ▁no ▁os ▁cor ro m p áis , ▁y ▁ha g áis ▁para ▁vosotros ▁es cu l t ura , ▁image n ▁de ▁f i gu ra ▁alguna , ▁ e f i g i e ▁de ▁varón ▁ó ▁he m bra ,
▁F i gu ra ▁de ▁al g ún ▁animal ▁que ▁sea ▁en ▁la ▁tierra , ▁f i gu ra ▁de ▁ ave ▁alguna ▁al ada ▁que ▁ v ue le ▁por ▁el ▁a i re ,
▁F i gu ra ▁de ▁ ning ún ▁animal ▁que ▁vaya ▁ar ra st r ando ▁por ▁la ▁tierra , ▁f i gu ra ▁de ▁pe z ▁alguno ▁que ▁haya ▁en ▁el ▁agua ▁debajo ▁de ▁la ▁tierra :
▁E mpero ▁á ▁vosotros ▁Jehová ▁os ▁tomó , ▁y ▁os ▁ha ▁saca do ▁del ▁horn o ▁de ▁ hi er ro , ▁de ▁Egipto , ▁para ▁que ▁le ▁se áis ▁por ▁pueblo ▁de ▁heredad ▁ como ▁en ▁este ▁día .
▁As í ▁que ▁yo ▁ v o y ▁á ▁mor ir ▁en ▁esta ▁tierra ; ▁y ▁no ▁pa s o ▁el ▁Jordán : ▁mas ▁vosotros ▁pasar éis , ▁y ▁poseer éis ▁aquella ▁buena ▁tierra .
▁Porque ▁Jehová ▁tu ▁Dios ▁es ▁fuego ▁que ▁consum e , ▁Dios ▁ ce los o .
▁Y ▁Jehová ▁os ▁esparci rá ▁entre ▁los ▁pueblo s , ▁y ▁quedar éis ▁poco s ▁en ▁número ▁entre ▁las ▁gente s ▁á ▁las ▁cuales ▁os ▁llev ará ▁Jehová :
▁Y ▁servir éis ▁allí ▁á ▁dioses ▁hecho s ▁de ▁manos ▁de ▁hombres , ▁á ▁made ra ▁y ▁á ▁piedra , ▁que ▁no ▁ven , ▁ni ▁ o y en , ▁ni ▁come n , ▁ni ▁ hu el en .
▁Mas ▁si ▁de s de ▁allí ▁busca res ▁á ▁Jehová ▁tu ▁Dios , ▁lo ▁halla rás , ▁si ▁lo ▁busca res ▁de ▁todo ▁tu ▁corazón ▁y ▁de ▁toda ▁tu ▁alma .
▁Porque ▁Dios ▁mis er i co r di os o ▁es ▁Jehová ▁tu ▁Dios ; ▁no ▁te ▁dejar á , ▁ni ▁te ▁destruir á , ▁ni ▁se ▁ o l vi d ará ▁del ▁pacto ▁de ▁tu s ▁padres ▁que ▁les ▁juró .
▁¿ H a ▁oído ▁pueblo ▁la ▁voz ▁de ▁Dios , ▁que ▁habla se ▁de ▁en ▁medio ▁del ▁fuego , ▁ como ▁tú ▁la ▁has ▁oído , ▁y ▁vi vi do ?
▁A ▁ti ▁te ▁fué ▁most r ado , ▁para ▁que ▁su p i es es ▁que ▁Jehová ▁él ▁es ▁Dios ; ▁no ▁hay ▁más ▁fuera ▁de ▁él .
▁De ▁los ▁cielo s ▁te ▁hizo ▁oir ▁su ▁voz , ▁para ▁en se ñ ar te : ▁y ▁sobre ▁la ▁tierra ▁te ▁most r ó ▁su ▁gran ▁fuego : ▁y ▁has ▁oído ▁sus ▁palabras ▁de ▁en ▁medio ▁del ▁fuego .
▁Y ▁por ▁cuanto ▁él ▁am ó ▁á ▁tu s ▁padres , ▁es co g ió ▁su ▁simiente ▁después ▁de ▁ellos , ▁y ▁sacó te ▁delante ▁de ▁sí ▁de ▁Egipto ▁con ▁su ▁gran ▁pod er ;
▁Para ▁echar ▁de ▁delante ▁de ▁ti ▁gente s ▁grande s ▁y ▁más ▁fuerte s ▁que ▁tú , ▁y ▁para ▁in t ro d u ci r te , ▁y ▁dar te ▁su ▁tierra ▁por ▁heredad , ▁ como ▁hoy .
▁A p re n de ▁pues ▁hoy , ▁y ▁re d u ce ▁á ▁tu ▁corazón ▁que ▁Jehová ▁él ▁es ▁el ▁Dios ▁arriba ▁en ▁el ▁cielo , ▁y ▁ aba jo ▁sobre ▁la ▁tierra ; ▁no ▁hay ▁otro .
▁Entonces ▁apart ó ▁Moisés ▁tres ▁ciudades ▁de ▁esta ▁parte ▁del ▁Jordán ▁al ▁nac imiento ▁del ▁so l ,
▁A ▁Be s er ▁en ▁el ▁desierto , ▁en ▁tierra ▁de ▁la ▁ l l an ura , ▁de ▁los ▁R u b en itas ; ▁y ▁á ▁Ramoth ▁en ▁Galaad , ▁de ▁los ▁Gad itas ; ▁y ▁á ▁Go l án ▁en ▁Basán , ▁de ▁los ▁de ▁Manasés .
▁Esta , ▁pues , ▁es ▁la ▁le y ▁que ▁Moisés ▁pro p u s o ▁delante ▁de ▁los ▁hijos ▁de ▁Israel .
▁Estos ▁son ▁los ▁testimonio s , ▁y ▁los ▁estatuto s , ▁y ▁los ▁derecho s , ▁que ▁Moisés ▁not i f i c ó ▁á ▁los ▁hijos ▁de ▁Israel , ▁cuando ▁ hu b ieron ▁sal ido ▁de ▁Egipto ;
▁Y ▁pos e y e ron ▁su ▁tierra , ▁y ▁la ▁tierra ▁de ▁O g ▁rey ▁de ▁Basán ; ▁dos ▁reyes ▁de ▁los ▁Amorrheo s ▁que ▁estaban ▁de ▁esta ▁parte ▁del ▁Jordán , ▁al ▁nac imiento ▁del ▁so l :
▁De s de ▁A ro er , ▁que ▁está ▁junto ▁á ▁la ▁ ri be ra ▁del ▁arroyo ▁de ▁Ar n ón , ▁hast a ▁el ▁monte ▁de ▁Si ón , ▁que ▁es ▁He r m ón ;
▁Y ▁toda ▁la ▁ l l an ura ▁de ▁esta ▁parte ▁del ▁Jordán , ▁al ▁or iente , ▁hast a ▁la ▁mar ▁del ▁ l la no , ▁las ▁ver t iente s ▁de ▁las ▁aguas ▁ aba jo ▁del ▁P is ga .
▁Jehová ▁nuestro ▁Dios ▁hizo ▁pacto ▁con ▁nosotros ▁en ▁Hor e b .
▁No ▁con ▁nuestro s ▁padres ▁hizo ▁Jehová ▁este ▁pacto , ▁sin o ▁con ▁nosotros ▁todos ▁los ▁que ▁esta mos ▁aquí ▁hoy ▁vi v os .
▁C ar a ▁á ▁ca ra ▁habló ▁Jehová ▁con ▁vosotros ▁en ▁el ▁monte ▁de ▁en ▁medio ▁del ▁fuego ,
▁ ( Y o ▁estaba ▁entonces ▁entre ▁Jehová ▁y ▁vosotros , ▁para ▁de nunc i ar os ▁la ▁palabra ▁de ▁Jehová ; ▁por que ▁vosotros ▁tu vi steis ▁tem or ▁del ▁fuego , ▁y ▁no ▁su bi steis ▁al ▁monte ; ) ▁diciendo :
▁Yo ▁soy ▁Jehová ▁tu ▁Dios , ▁que ▁te ▁s a qué ▁de ▁tierra ▁de ▁Egipto , ▁de ▁casa ▁de ▁siervos .
▁No ▁tendrá s ▁dioses ▁ex tra ñ os ▁delante ▁de ▁mí .
▁No ▁harás ▁para ▁ti ▁es cu l t ura , ▁ni ▁image n ▁alguna ▁de ▁cosa ▁que ▁está ▁arriba ▁en ▁los ▁cielo s , ▁ó ▁ aba jo ▁en ▁la ▁tierra , ▁ó ▁en ▁las ▁aguas ▁debajo ▁de ▁la ▁tierra :
▁Y ▁que ▁ha go ▁misericordia ▁á ▁mil la res ▁á ▁los ▁que ▁me ▁a man , ▁y ▁guarda n ▁mis ▁mandamientos .
▁No ▁tomará s ▁en ▁va no ▁el ▁nombre ▁de ▁Jehová ▁tu ▁Dios ; ▁por que ▁Jehová ▁no ▁dará ▁por ▁in o c ente ▁al ▁que ▁tomar e ▁en ▁va no ▁su ▁nombre .
▁ G u ar d arás ▁el ▁día ▁del ▁reposo ▁para ▁santifica r lo , ▁ como ▁Jehová ▁tu ▁Dios ▁te ▁ha ▁mandado .
▁Se is ▁días ▁tra ba ja rás ▁y ▁harás ▁toda ▁tu ▁obra :
▁No ▁mata rás .
▁No ▁a d u l t er arás .
▁No ▁hurt arás .
▁No ▁dirá s ▁f al s o ▁testimonio ▁contra ▁tu ▁prójimo .
▁Ahora ▁pues , ▁¿ por ▁qué ▁mor i remos ? ▁que ▁este ▁gran ▁fuego ▁no s ▁consum irá : ▁si ▁torn á remos ▁á ▁oir ▁la ▁voz ▁de ▁Jehová ▁nuestro ▁Dios , ▁mor i remos .
▁Porque , ▁¿ qué ▁es ▁toda ▁carne , ▁para ▁que ▁ o i ga ▁la ▁voz ▁del ▁Dios ▁vi vi ente ▁que ▁habla ▁de ▁en ▁medio ▁del ▁fuego , ▁ como ▁nosotros ▁la ▁ o í mos , ▁y ▁viva ?
▁L le ga ▁tú , ▁y ▁ o y e ▁todas ▁las ▁cosas ▁que ▁dijere ▁Jehová ▁nuestro ▁Dios ; ▁y ▁tú ▁no s ▁dirá s ▁todo ▁lo ▁que ▁Jehová ▁nuestro ▁Dios ▁te ▁dijere , ▁y ▁nosotros ▁oir emos ▁y ▁ha remos .
▁ ¡ Quién ▁die ra ▁que ▁tu vi es en ▁tal ▁corazón , ▁que ▁me ▁tem i es en , ▁y ▁guarda s en ▁todos ▁los ▁días ▁todos ▁mis ▁mandamientos , ▁para ▁que ▁á ▁ellos ▁y ▁á ▁sus ▁hijos ▁les ▁fuese ▁bien ▁para ▁siempre !
▁Ve , ▁di les : ▁ V o l v e os ▁á ▁vuestras ▁tienda s .
▁Mi ra d , ▁pues , ▁que ▁ha g áis ▁ como ▁Jehová ▁vuestro ▁Dios ▁os ▁ha ▁mandado : ▁no ▁os ▁apart éis ▁á ▁die s tra ▁ni ▁á ▁sin i est ra ;
▁O y e , ▁Israel : ▁Jehová ▁nuestro ▁Dios , ▁Jehová ▁uno ▁es :
▁Y ▁am arás ▁á ▁Jehová ▁tu ▁Dios ▁de ▁todo ▁tu ▁corazón , ▁y ▁de ▁toda ▁tu ▁alma , ▁y ▁con ▁todo ▁tu ▁pod er .
▁Y ▁esta s ▁palabras ▁que ▁yo ▁te ▁man do ▁hoy , ▁estará n ▁sobre ▁tu ▁corazón :
▁Y ▁has ▁de ▁at ar la s ▁por ▁señal ▁en ▁tu ▁mano , ▁y ▁estará n ▁por ▁f ron ta les ▁entre ▁tu s ▁ojos :
▁Y ▁las ▁es c ri bi rás ▁en ▁los ▁pos te s ▁de ▁tu ▁casa , ▁y ▁en ▁tu s ▁por ta das .
▁ G u á r da te ▁que ▁no ▁te ▁ o l vi de s ▁de ▁Jehová , ▁que ▁te ▁sacó ▁de ▁tierra ▁de ▁Egipto , ▁de ▁casa ▁de ▁siervos .
▁A ▁Jehová ▁tu ▁Dios ▁te me rás , ▁y ▁á ▁él ▁servir ás , ▁y ▁por ▁su ▁nombre ▁ j ura rás .
▁No ▁and aréis ▁en ▁pos ▁de ▁dioses ▁ajenos , ▁de ▁los ▁dioses ▁de ▁los ▁pueblo s ▁que ▁están ▁en ▁vuestro s ▁con to r nos :
▁No ▁tent aréis ▁á ▁Jehová ▁vuestro ▁Dios , ▁ como ▁lo ▁tent a steis ▁en ▁Mas s a .
▁ G u ar dad ▁cu id ados amente ▁los ▁mandamientos ▁de ▁Jehová ▁vuestro ▁Dios , ▁y ▁sus ▁testimonio s , ▁y ▁sus ▁estatuto s , ▁que ▁te ▁ha ▁mandado .
▁Y ▁harás ▁lo ▁rec to ▁y ▁bueno ▁en ▁ojos ▁de ▁Jehová , ▁para ▁que ▁te ▁vaya ▁bien , ▁y ▁entre s ▁y ▁pos e as ▁la ▁buena ▁tierra ▁que ▁Jehová ▁juró ▁á ▁tu s ▁padres ;
▁Para ▁que ▁él ▁ e ch e ▁á ▁todos ▁tu s ▁enemigos ▁de ▁delante ▁de ▁ti , ▁ como ▁Jehová ▁ha ▁dicho .
▁Cuan do ▁mañana ▁te ▁pregunta re ▁tu ▁hijo , ▁diciendo : ▁¿ Qué ▁sign i f i ca n ▁los ▁testimonio s , ▁y ▁estatuto s , ▁y ▁derecho s , ▁que ▁Jehová ▁nuestro ▁Dios ▁os ▁mandó ?
▁Entonces ▁dirá s ▁á ▁tu ▁hijo : ▁No s o t ro s ▁é ra mos ▁siervos ▁de ▁Faraón ▁en ▁Egipto , ▁y ▁Jehová ▁no s ▁sacó ▁de ▁Egipto ▁con ▁mano ▁fuerte ;
▁Y ▁dió ▁Jehová ▁señal es ▁y ▁mil a g ro s ▁grande s ▁y ▁no ci v os ▁en ▁Egipto , ▁sobre ▁Faraón ▁y ▁sobre ▁toda ▁su ▁casa , ▁delante ▁de ▁nuestro s ▁ojos ;
▁Y ▁sacó nos ▁de ▁all á , ▁para ▁tra er nos ▁y ▁dar nos ▁la ▁tierra ▁que ▁juró ▁á ▁nuestro s ▁padres ;
▁Y ▁mandó nos ▁Jehová ▁que ▁ e je cu t ás emos ▁todos ▁estos ▁estatuto s , ▁y ▁que ▁tem a mos ▁á ▁Jehová ▁nuestro ▁Dios , ▁por que ▁no s ▁vaya ▁bien ▁todos ▁los ▁días , ▁y ▁para ▁que ▁no s ▁d é ▁vida , ▁ como ▁hoy .
▁Y ▁ten d remos ▁justicia ▁cuando ▁cu id á remos ▁de ▁pon er ▁por ▁obra ▁todos ▁estos ▁mandamientos ▁delante ▁de ▁Jehová ▁nuestro ▁Dios , ▁ como ▁él ▁no s ▁ha ▁mandado .
▁Y ▁Jehová ▁tu ▁Dios ▁las ▁hubiere ▁entregado ▁delante ▁de ▁ti , ▁y ▁las ▁ h ir iere s , ▁del ▁todo ▁las ▁destruir ás : ▁no ▁harás ▁con ▁ellos ▁alianza , ▁ni ▁las ▁tomará s ▁á ▁me r c ed .
▁Y ▁no ▁emp ar enta rás ▁con ▁ellos : ▁no ▁dará s ▁tu ▁hija ▁á ▁su ▁hijo , ▁ni ▁tomará s ▁á ▁su ▁hija ▁para ▁tu ▁hijo .
▁Porque ▁de s vi ará ▁á ▁tu ▁hijo ▁de ▁en ▁pos ▁de ▁mí , ▁y ▁servir án ▁á ▁dioses ▁ajenos ; ▁y ▁el ▁furor ▁de ▁Jehová ▁se ▁en ce n de rá ▁sobre ▁vosotros , ▁y ▁te ▁destruir á ▁pre s to .
▁Mas ▁así ▁ha béis ▁de ▁hacer ▁con ▁ellos : ▁sus ▁altar es ▁destruir éis , ▁y ▁que bra réis ▁sus ▁esta tu as , ▁y ▁cor t aréis ▁sus ▁bo s que s , ▁y ▁que m aréis ▁sus ▁es cu l t ura s ▁en ▁el ▁fuego .
▁Porque ▁tú ▁eres ▁pueblo ▁santo ▁á ▁Jehová ▁tu ▁Dios : ▁Jehová ▁tu ▁Dios ▁te ▁ha ▁es co g ido ▁para ▁ser le ▁un ▁pueblo ▁es pe ci al , ▁más ▁que ▁todos ▁los ▁pueblo s ▁que ▁están ▁sobre ▁la ▁ha z ▁de ▁la ▁tierra .
▁No ▁por ▁ser ▁vosotros ▁más ▁que ▁todos ▁los ▁pueblo s ▁os ▁ha ▁que r ido ▁Jehová , ▁y ▁os ▁ha ▁es co g ido ; ▁por que ▁vosotros ▁era is ▁los ▁más ▁poco s ▁de ▁todos ▁los ▁pueblo s :
▁C on o ce , ▁pues , ▁que ▁Jehová ▁tu ▁Dios ▁es ▁Dios , ▁Dios ▁f i el , ▁que ▁guarda ▁el ▁pacto ▁y ▁la ▁misericordia ▁á ▁los ▁que ▁le ▁a man ▁y ▁guarda n ▁sus ▁mandamientos , ▁hast a ▁las ▁mil ▁generaciones ;
▁Y ▁que ▁da ▁el ▁pa go ▁en ▁su ▁ca ra ▁al ▁que ▁le ▁aborrec e , ▁de st r u y é ndo lo : ▁ni ▁lo ▁di la t ará ▁al ▁que ▁le ▁ o di a , ▁en ▁su ▁ca ra ▁le ▁dará ▁el ▁pa go .
▁ G u ar da ▁por ▁tanto ▁los ▁mandamientos , ▁y ▁estatuto s , ▁y ▁derecho s ▁que ▁yo ▁te ▁man do ▁hoy ▁que ▁cumpl as .
▁Y ▁será ▁que , ▁por ▁haber ▁oído ▁estos ▁derecho s , ▁y ▁guard ado ▁y ▁pu é s to los ▁por ▁obra , ▁Jehová ▁tu ▁Dios ▁guard ará ▁contigo ▁el ▁pacto ▁y ▁la ▁misericordia ▁que ▁juró ▁á ▁tu s ▁padres ;
▁Be n di to ▁será s ▁más ▁que ▁todos ▁los ▁pueblo s : ▁no ▁habrá ▁en ▁ti ▁varón ▁ni ▁he m bra ▁es t é ri l , ▁ni ▁en ▁tu s ▁bestia s .
▁Y ▁quitar á ▁Jehová ▁de ▁ti ▁toda ▁en f er me dad ; ▁y ▁todas ▁las ▁mal as ▁plaga s ▁de ▁Egipto , ▁que ▁tú ▁sabe s , ▁no ▁las ▁pondrá ▁sobre ▁ti , ▁antes ▁las ▁pondrá ▁sobre ▁todos ▁los ▁que ▁te ▁aborrec iere n .
▁Cuan do ▁dijere s ▁en ▁tu ▁corazón : ▁Esta s ▁gente s ▁son ▁much as ▁más ▁que ▁yo , ▁¿ cómo ▁las ▁pod ré ▁de s ar ra i gar ? ;
▁No ▁ten ga s ▁tem or ▁de ▁ellos : ▁a cu é r da te ▁bien ▁de ▁lo ▁que ▁hizo ▁Jehová ▁tu ▁Dios ▁con ▁Faraón ▁y ▁con ▁todo ▁Egipto ;
▁Y ▁también ▁enviar á ▁Jehová ▁tu ▁Dios ▁sobre ▁ellos ▁a vi s pa s , ▁hast a ▁que ▁per e z ca n ▁los ▁que ▁quedar en , ▁y ▁los ▁que ▁se ▁hubiere n ▁escond ido ▁de ▁delante ▁de ▁ti .
▁No ▁de s ma y es ▁delante ▁de ▁ellos , ▁que ▁Jehová ▁tu ▁Dios ▁está ▁en ▁medio ▁de ▁ti , ▁Dios ▁grande ▁y ▁te r ri ble .
▁Y ▁Jehová ▁tu ▁Dios ▁echar á ▁á ▁esta s ▁gente s ▁de ▁delante ▁de ▁ti ▁poco ▁á ▁poco : ▁no ▁las ▁pod rás ▁acaba r ▁luego , ▁por que ▁las ▁bestia s ▁del ▁campo ▁no ▁se ▁a u mente n ▁contra ▁ti .
▁Mas ▁Jehová ▁tu ▁Dios ▁las ▁entre g ará ▁delante ▁de ▁ti , ▁y ▁él ▁las ▁que bra n t ará ▁con ▁grande ▁de st ro zo , ▁hast a ▁que ▁sea n ▁de st r u í do s .
▁Y ▁él ▁entre g ará ▁sus ▁reyes ▁en ▁tu ▁mano , ▁y ▁tú ▁destruir ás ▁el ▁nombre ▁de ▁ellos ▁de ▁debajo ▁del ▁cielo : ▁nadie ▁te ▁hará ▁f r ente ▁hast a ▁que ▁los ▁de st r u y as .
▁T u ▁vestido ▁ nunc a ▁se ▁en v e je ció ▁sobre ▁ti , ▁ni ▁el ▁pie ▁se ▁te ▁ha ▁hin ch ado ▁por ▁estos ▁cuarenta ▁años .
▁Re co no ce ▁a simismo ▁en ▁tu ▁corazón , ▁que ▁ como ▁cast i ga ▁el ▁hombre ▁á ▁su ▁hijo , ▁así ▁Jehová ▁tu ▁Dios ▁te ▁cast i ga .
▁ G u ar d arás , ▁pues , ▁los ▁mandamientos ▁de ▁Jehová ▁tu ▁Dios , ▁and ando ▁en ▁sus ▁camino s , ▁y ▁tem ién do lo .
▁Porque ▁Jehová ▁tu ▁Dios ▁te ▁in t ro d u ce ▁en ▁la ▁buena ▁tierra , ▁tierra ▁de ▁arroyo s , ▁de ▁aguas , ▁de ▁fuente s , ▁de ▁a bi s mos ▁que ▁br o t an ▁por ▁ve ga s ▁y ▁monte s ;
▁T i er ra ▁de ▁trigo ▁y ▁ ce b ada , ▁y ▁de ▁vi de s , ▁é ▁ hi gu er as , ▁y ▁gran ados ; ▁tierra ▁de ▁ o li v as , ▁de ▁aceite , ▁y ▁de ▁mi el ;
▁T i er ra ▁en ▁la ▁cual ▁no ▁comerá s ▁el ▁pan ▁con ▁es ca se z , ▁no ▁te ▁falta rá ▁nada ▁en ▁ella ; ▁tierra ▁que ▁sus ▁piedra s ▁son ▁ hi er ro , ▁y ▁de ▁sus ▁monte s ▁cor t arás ▁metal .
▁Y ▁comerá s ▁y ▁te ▁ha r t arás , ▁y ▁bendecir ás ▁á ▁Jehová ▁tu ▁Dios ▁por ▁la ▁buena ▁tierra ▁que ▁te ▁habrá ▁dado .
▁ G u á r da te , ▁que ▁no ▁te ▁ o l vi de s ▁de ▁Jehová ▁tu ▁Dios , ▁para ▁no ▁ob serv ar ▁sus ▁mandamientos , ▁y ▁sus ▁derecho s , ▁y ▁sus ▁estatuto s , ▁que ▁yo ▁te ▁orden o ▁hoy :
▁Que ▁quizá ▁no ▁com as ▁y ▁te ▁ha r te s , ▁y ▁ ed i f i que s ▁buena s ▁casa s ▁en ▁que ▁more s ,
▁Y ▁tu s ▁vacas ▁y ▁tu s ▁ovejas ▁se ▁a u mente n , ▁y ▁la ▁plata ▁y ▁el ▁oro ▁se ▁te ▁mu l t i p li que , ▁y ▁todo ▁lo ▁que ▁tuviere s ▁se ▁te ▁a u mente ,
▁Y ▁se ▁el e v e ▁luego ▁tu ▁corazón , ▁y ▁te ▁ o l vi de s ▁de ▁Jehová ▁tu ▁Dios , ▁que ▁te ▁sacó ▁de ▁tierra ▁de ▁Egipto , ▁de ▁casa ▁de ▁siervos ;
▁Que ▁te ▁sus t en t ó ▁con ▁man á ▁en ▁el ▁desierto , ▁com i da ▁que ▁tu s ▁padres ▁no ▁habían ▁conoc ido , ▁aflig ién do te ▁y ▁pro b ándo te , ▁para ▁á ▁la ▁postr e ▁hacer te ▁bien ;
▁Y ▁di ga s ▁en ▁tu ▁corazón : ▁Mi ▁pod er ▁y ▁la ▁fortaleza ▁de ▁mi ▁mano ▁me ▁han ▁traído ▁esta ▁ ri que za .
▁C o mo ▁las ▁gente s ▁que ▁Jehová ▁destruir á ▁delante ▁de ▁vosotros , ▁así ▁per e ce réis ; ▁por ▁cuanto ▁no ▁ha b réis ▁at en d ido ▁á ▁la ▁voz ▁de ▁Jehová ▁vuestro ▁Dios .
▁O Y E , ▁Israel : ▁tú ▁está s ▁hoy ▁para ▁pasar ▁el ▁Jordán , ▁para ▁entrar ▁á ▁poseer ▁gente s ▁más ▁ n u m eros as ▁y ▁más ▁fuerte s ▁que ▁tú , ▁ciudades ▁grande s ▁y ▁en ca st ill ada s ▁hast a ▁el ▁cielo ,
▁Por ▁tanto , ▁sabe ▁que ▁no ▁por ▁tu ▁justicia ▁Jehová ▁tu ▁Dios ▁te ▁da ▁esta ▁buena ▁tierra ▁para ▁poseer la ; ▁que ▁pueblo ▁d ur o ▁de ▁ cer vi z ▁eres ▁tú .
▁Y ▁en ▁Hor e b ▁pro v o ca steis ▁á ▁ir a ▁á ▁Jehová , ▁y ▁enoj óse ▁Jehová ▁contra ▁vosotros ▁para ▁destruir os .
▁Y ▁fué ▁al ▁cabo ▁de ▁los ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s , ▁que ▁Jehová ▁me ▁dió ▁las ▁dos ▁tablas ▁de ▁piedra , ▁las ▁tablas ▁del ▁pacto .
▁Y ▁habló me ▁Jehová , ▁diciendo : ▁He ▁visto ▁es e ▁pueblo , ▁y ▁he ▁aquí , ▁que ▁él ▁es ▁pueblo ▁d ur o ▁de ▁ cer vi z :
▁ D é ja me ▁que ▁los ▁de st r u y a , ▁y ▁ ra i ga ▁su ▁nombre ▁de ▁debajo ▁del ▁cielo ; ▁que ▁yo ▁te ▁pondré ▁sobre ▁gente ▁fuerte ▁y ▁much a ▁más ▁que ▁ellos .
▁Y ▁ v o l v í ▁y ▁descend í ▁del ▁monte , ▁el ▁cual ▁ar d ía ▁en ▁fuego , ▁con ▁las ▁tablas ▁del ▁pacto ▁en ▁mis ▁dos ▁manos .
▁Entonces ▁to m é ▁las ▁dos ▁tablas , ▁y ▁ar ro j é la s ▁de ▁mis ▁dos ▁manos , ▁y ▁que b ré la s ▁delante ▁de ▁vuestro s ▁ojos .
▁Porque ▁tem í ▁á ▁causa ▁del ▁furor ▁y ▁de ▁la ▁ir a ▁con ▁que ▁Jehová ▁estaba ▁enoj ado ▁contra ▁vosotros ▁para ▁destruir os . ▁P er o ▁Jehová ▁me ▁oyó ▁a ún ▁esta ▁vez .
▁C on tra ▁Aarón ▁también ▁se ▁enoj ó ▁Jehová ▁en ▁gran ▁manera ▁para ▁destruir lo : ▁y ▁también ▁or é ▁por ▁Aarón ▁entonces .
▁T ambién ▁en ▁T ab er a , ▁y ▁en ▁Mas s a , ▁y ▁en ▁ K i b ro th - h a ta a v ah , ▁enoj a steis ▁á ▁Jehová .
▁Re be l de s ▁ha béis ▁sido ▁á ▁Jehová ▁de s de ▁el ▁día ▁que ▁yo ▁os ▁con o z co .
▁P o st ré me , ▁pues , ▁delante ▁de ▁Jehová ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s ▁que ▁estuv e ▁postr ado ; ▁por que ▁Jehová ▁dijo ▁que ▁os ▁había ▁de ▁destruir .
▁Y ▁or é ▁á ▁Jehová , ▁diciendo : ▁O h ▁Señor ▁Jehová , ▁no ▁de st r u y as ▁tu ▁pueblo ▁y ▁tu ▁heredad ▁que ▁has ▁re d im ido ▁con ▁tu ▁grande za , ▁al ▁cual ▁saca s te ▁de ▁Egipto ▁con ▁mano ▁fuerte .
▁A cu é r da te ▁de ▁tu s ▁siervos ▁Abraham , ▁Isaac , ▁y ▁Jacob ; ▁no ▁mi res ▁á ▁la ▁d u re za ▁de ▁este ▁pueblo , ▁ni ▁á ▁su ▁imp i ed ad , ▁ni ▁á ▁su ▁pecado :
▁Y ▁ellos ▁son ▁tu ▁pueblo ▁y ▁tu ▁heredad , ▁que ▁saca s te ▁con ▁tu ▁gran ▁fortaleza ▁y ▁con ▁tu ▁brazo ▁extend ido .
▁E N ▁aquel ▁tiempo ▁Jehová ▁me ▁dijo : ▁L á bra te ▁dos ▁tablas ▁de ▁piedra ▁ como ▁las ▁primer as , ▁y ▁su be ▁á ▁mí ▁al ▁monte , ▁y ▁ha z te ▁un ▁arca ▁de ▁made ra :
▁Y ▁es c ri bi ré ▁en ▁aquella s ▁tablas ▁las ▁palabras ▁que ▁estaban ▁en ▁las ▁tablas ▁primer as ▁que ▁que bra s te ; ▁y ▁las ▁pondrá s ▁en ▁el ▁arca .
▁E ▁ hi ce ▁un ▁arca ▁de ▁made ra ▁de ▁Sittim , ▁y ▁la b ré ▁dos ▁tablas ▁de ▁piedra ▁ como ▁las ▁primer as , ▁y ▁su b í ▁al ▁monte ▁con ▁las ▁dos ▁tablas ▁en ▁mi ▁mano .
▁Y ▁ v o l v í ▁y ▁descend í ▁del ▁monte , ▁y ▁pu se ▁las ▁tablas ▁en ▁el ▁arca ▁que ▁había ▁hecho ; ▁y ▁allí ▁están , ▁ como ▁Jehová ▁me ▁mandó .
▁De ▁allí ▁part ieron ▁á ▁ G ud go d , ▁y ▁de ▁ G ud go d ▁á ▁ J o t ba th , ▁tierra ▁de ▁arroyo s ▁de ▁aguas .
▁En ▁aquel ▁tiempo ▁apart ó ▁Jehová ▁la ▁tribu ▁de ▁Leví , ▁para ▁que ▁llev a se ▁el ▁arca ▁del ▁pacto ▁de ▁Jehová , ▁para ▁que ▁estuv i e se ▁delante ▁de ▁Jehová ▁para ▁servir le , ▁y ▁para ▁bendecir ▁en ▁su ▁nombre , ▁hast a ▁hoy .
▁Por ▁lo ▁cual ▁Leví ▁no ▁tuvo ▁parte ▁ni ▁heredad ▁con ▁sus ▁hermanos : ▁Jehová ▁es ▁su ▁heredad , ▁ como ▁Jehová ▁tu ▁Dios ▁le ▁dijo . )
▁Y ▁yo ▁estuv e ▁en ▁el ▁monte ▁ como ▁los ▁primer os ▁días , ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s ; ▁y ▁Jehová ▁me ▁oyó ▁también ▁esta ▁vez , ▁y ▁no ▁quiso ▁Jehová ▁destruir te .
▁Y ▁d í jo me ▁Jehová : ▁Levántate , ▁and a , ▁para ▁que ▁part as ▁delante ▁del ▁pueblo , ▁para ▁que ▁entre n ▁y ▁pos e an ▁la ▁tierra ▁que ▁ j u ré ▁á ▁sus ▁padres ▁les ▁había ▁de ▁dar .
▁Que ▁guard es ▁los ▁mandamientos ▁de ▁Jehová ▁y ▁sus ▁estatuto s , ▁que ▁yo ▁te ▁pre s c ri b o ▁hoy , ▁para ▁que ▁haya s ▁bien ?
▁He ▁aquí , ▁de ▁Jehová ▁tu ▁Dios ▁son ▁los ▁cielo s , ▁y ▁los ▁cielo s ▁de ▁los ▁cielo s : ▁la ▁tierra , ▁y ▁todas ▁las ▁cosas ▁que ▁hay ▁en ▁ella .
▁So l amente ▁de ▁tu s ▁padres ▁se ▁a g ra d ó ▁Jehová ▁para ▁am ar los , ▁y ▁es co g ió ▁su ▁simiente ▁después ▁de ▁ellos , ▁á ▁vosotros , ▁de ▁entre ▁todos ▁los ▁pueblo s , ▁ como ▁en ▁este ▁día .
▁C ir cu n ci dad ▁pues ▁el ▁pre p u ci o ▁de ▁vuestro ▁corazón , ▁y ▁no ▁en d u re z c áis ▁más ▁vuestra ▁ cer vi z .
▁Porque ▁Jehová ▁vuestro ▁Dios ▁es ▁Dios ▁de ▁dioses , ▁y ▁Señor ▁de ▁señor es , ▁Dios ▁grande , ▁pod eros o , ▁y ▁te r ri ble , ▁que ▁no ▁a ce p ta ▁persona , ▁ni ▁toma ▁co h e ch o ;
▁Que ▁ha ce ▁justicia ▁al ▁ hu é r f an o ▁y ▁á ▁la ▁vi ud a ; ▁que ▁a ma ▁también ▁al ▁extranjero ▁d ándo le ▁pan ▁y ▁vestido .
▁A m aréis ▁pues ▁al ▁extranjero : ▁por que ▁extranjero s ▁f u i steis ▁vosotros ▁en ▁tierra ▁de ▁Egipto .
▁A ▁Jehová ▁tu ▁Dios ▁te me rás , ▁á ▁él ▁servir ás , ▁á ▁él ▁te ▁all e g arás , ▁y ▁por ▁su ▁nombre ▁ j ura rás .
▁El ▁es ▁tu ▁al aban za , ▁y ▁él ▁es ▁tu ▁Dios , ▁que ▁ha ▁hecho ▁contigo ▁esta s ▁grande s ▁y ▁te r ri ble s ▁cosas ▁que ▁tu s ▁ojos ▁han ▁visto .
▁C on ▁setenta ▁alma s ▁descend ieron ▁tu s ▁padres ▁á ▁Egipto ; ▁y ▁ahora ▁Jehová ▁te ▁ha ▁hecho ▁ como ▁las ▁es t re l la s ▁del ▁cielo ▁en ▁multitud .
▁A M A R Á S ▁pues ▁á ▁Jehová ▁tu ▁Dios , ▁y ▁guarda rás ▁su ▁orden an za , ▁y ▁sus ▁estatuto s ▁y ▁sus ▁derecho s ▁y ▁sus ▁mandamientos , ▁todos ▁los ▁días .
▁Y ▁sus ▁señal es , ▁y ▁sus ▁obra s ▁que ▁hizo ▁en ▁medio ▁de ▁Egipto ▁á ▁Faraón , ▁rey ▁de ▁Egipto , ▁y ▁á ▁toda ▁su ▁tierra ;
▁Y ▁lo ▁que ▁ha ▁hecho ▁con ▁vosotros ▁en ▁el ▁desierto , ▁hast a ▁que ▁ha béis ▁lleg ado ▁á ▁este ▁lugar ;
▁Mas ▁vuestro s ▁ojos ▁han ▁visto ▁todos ▁los ▁grande s ▁hecho s ▁que ▁Jehová ▁ha ▁ e je cu t ado .
▁Y ▁para ▁que ▁os ▁sea n ▁pro l on g ados ▁los ▁días ▁sobre ▁la ▁tierra , ▁que ▁juró ▁Jehová ▁á ▁vuestro s ▁padres ▁había ▁de ▁dar ▁á ▁ellos ▁y ▁á ▁su ▁simiente , ▁tierra ▁que ▁f l u y e ▁le ch e ▁y ▁mi el .
▁La ▁tierra ▁á ▁la ▁cual ▁pa s áis ▁para ▁poseer la , ▁es ▁tierra ▁de ▁monte s ▁y ▁de ▁ve ga s ; ▁de ▁la ▁ l l u vi a ▁del ▁cielo ▁ha ▁de ▁beber ▁las ▁aguas ;
▁T i er ra ▁de ▁la ▁cual ▁Jehová ▁tu ▁Dios ▁cu i da : ▁siempre ▁están ▁sobre ▁ella ▁los ▁ojos ▁de ▁Jehová ▁tu ▁Dios , ▁de s de ▁el ▁pri n ci p i o ▁del ▁año ▁hast a ▁el ▁fin ▁de ▁él .
▁Da ré ▁también ▁ hi er ba ▁en ▁tu ▁campo ▁para ▁tu s ▁bestia s ; ▁y ▁comerá s , ▁y ▁te ▁ha r t arás .
▁ G u ar da os , ▁pues , ▁que ▁vuestro ▁corazón ▁no ▁se ▁in f a t ú e , ▁y ▁os ▁apart éis , ▁y ▁sirv áis ▁á ▁dioses ▁ajenos , ▁y ▁os ▁inclin éis ▁á ▁ellos ;
▁Por ▁tanto , ▁pondré is ▁esta s ▁mis ▁palabras ▁en ▁vuestro ▁corazón ▁y ▁en ▁vuestra ▁alma , ▁y ▁las ▁at aréis ▁por ▁señal ▁en ▁vuestra ▁mano , ▁y ▁serán ▁por ▁f ron ta les ▁entre ▁vuestro s ▁ojos .
▁Y ▁las ▁en se ñ aréis ▁á ▁vuestro s ▁hijos , ▁habla ndo ▁de ▁ella s , ▁or a ▁sent ado ▁en ▁tu ▁casa , ▁ó ▁and ando ▁por ▁el ▁camino , ▁cuando ▁te ▁a cu est es , ▁y ▁cuando ▁te ▁levant es :
▁Y ▁las ▁es c ri bi rás ▁en ▁los ▁pos te s ▁de ▁tu ▁casa , ▁y ▁en ▁tu s ▁por ta das :
▁Para ▁que ▁sea n ▁a u ment ados ▁vuestro s ▁días , ▁y ▁los ▁días ▁de ▁vuestro s ▁hijos , ▁sobre ▁la ▁tierra ▁que ▁juró ▁Jehová ▁á ▁vuestro s ▁padres ▁que ▁les ▁había ▁de ▁dar , ▁ como ▁los ▁días ▁de ▁los ▁cielo s ▁sobre ▁la ▁tierra .
▁Jehová ▁también ▁echar á ▁todas ▁esta s ▁gente s ▁de ▁delante ▁de ▁vosotros ▁y ▁poseer éis ▁gente s ▁grande s ▁y ▁más ▁fuerte s ▁que ▁vosotros .
▁He ▁aquí ▁yo ▁pon go ▁hoy ▁delante ▁de ▁vosotros ▁la ▁bendición ▁y ▁la ▁mal di ción :
▁La ▁bendición , ▁si ▁ o y er e is ▁los ▁mandamientos ▁de ▁Jehová ▁vuestro ▁Dios , ▁que ▁yo ▁os ▁pre s c ri b o ▁hoy ;
▁Y ▁la ▁mal di ción , ▁si ▁no ▁ o y er e is ▁los ▁mandamientos ▁de ▁Jehová ▁vuestro ▁Dios , ▁y ▁os ▁apart are is ▁del ▁camino ▁que ▁yo ▁os ▁orden o ▁hoy , ▁para ▁ir ▁en ▁pos ▁de ▁dioses ▁ajenos ▁que ▁no ▁ha béis ▁conoc ido .
▁Porque ▁vosotros ▁pa s áis ▁el ▁Jordán , ▁para ▁ir ▁á ▁poseer ▁la ▁tierra ▁que ▁os ▁da ▁Jehová ▁vuestro ▁Dios ; ▁y ▁la ▁poseer éis , ▁y ▁habita réis ▁en ▁ella .
▁C u id aréis , ▁pues , ▁de ▁pon er ▁por ▁obra ▁todos ▁los ▁estatuto s ▁y ▁derecho s ▁que ▁yo ▁present o ▁hoy ▁delante ▁de ▁vosotros .
▁No ▁ha réis ▁así ▁á ▁Jehová ▁vuestro ▁Dios .
▁Mas ▁el ▁lugar ▁que ▁Jehová ▁vuestro ▁Dios ▁es co g iere ▁de ▁todas ▁vuestras ▁tribu s , ▁para ▁pon er ▁allí ▁su ▁nombre ▁para ▁su ▁habita ción , ▁é se ▁busca réis , ▁y ▁all á ▁ir éis :
▁Y ▁comeréis ▁allí ▁delante ▁de ▁Jehová ▁vuestro ▁Dios , ▁y ▁os ▁alegr aréis , ▁vosotros ▁y ▁vuestras ▁familias , ▁en ▁toda ▁obra ▁de ▁vuestras ▁manos ▁en ▁que ▁Jehová ▁tu ▁Dios ▁te ▁hubiere ▁be n de c ido .
▁No ▁ha réis ▁ como ▁todo ▁lo ▁que ▁nosotros ▁ha ce mos ▁aquí ▁ahora , ▁ cada ▁uno ▁lo ▁que ▁le ▁par e ce ,
▁Porque ▁aun ▁hast a ▁ahora ▁no ▁ha béis ▁entr ado ▁al ▁reposo ▁y ▁á ▁la ▁heredad ▁que ▁os ▁da ▁Jehová ▁vuestro ▁Dios .
▁Mas ▁pasar éis ▁el ▁Jordán , ▁y ▁habita réis ▁en ▁la ▁tierra ▁que ▁Jehová ▁vuestro ▁Dios ▁os ▁ha ce ▁her ed ar , ▁y ▁él ▁os ▁dará ▁reposo ▁de ▁todos ▁vuestro s ▁enemigos ▁alrededor , ▁y ▁habita réis ▁seg ur os .
▁ G u á r da te , ▁que ▁no ▁of re z ca s ▁tu s ▁holocausto s ▁en ▁cualquier ▁lugar ▁que ▁ vier es ;
▁Mas ▁en ▁el ▁lugar ▁que ▁Jehová ▁es co g iere , ▁en ▁una ▁de ▁tu s ▁tribu s , ▁allí ▁ofrecerá s ▁tu s ▁holocausto s , ▁y ▁allí ▁harás ▁todo ▁lo ▁que ▁yo ▁te ▁man do .
▁Sal v o ▁que ▁sangre ▁no ▁comeréis ; ▁sobre ▁la ▁tierra ▁la ▁derram aréis ▁ como ▁agua .
▁T en ▁cu id ado ▁de ▁no ▁de s am para r ▁al ▁Levi ta ▁en ▁todos ▁tu s ▁días ▁sobre ▁tu ▁tierra .
▁Lo ▁mismo ▁que ▁se ▁come ▁el ▁cor zo ▁y ▁el ▁ ci er v o , ▁así ▁las ▁comerá s : ▁el ▁inmundo ▁y ▁el ▁limpio ▁comerá n ▁también ▁de ▁ella s .
▁So l amente ▁que ▁te ▁es f u er ce s ▁á ▁no ▁come r ▁sangre : ▁por que ▁la ▁sangre ▁es ▁el ▁alma ; ▁y ▁no ▁has ▁de ▁come r ▁el ▁alma ▁junt amente ▁con ▁su ▁carne .
▁No ▁la ▁comerá s : ▁en ▁tierra ▁la ▁derram arás ▁ como ▁agua .
▁No ▁comerá s ▁de ▁ella ; ▁para ▁que ▁te ▁vaya ▁bien ▁á ▁ti , ▁y ▁á ▁tu s ▁hijos ▁después ▁de ▁ti , ▁cuando ▁hiciere s ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová .
▁E mpero ▁las ▁cosas ▁que ▁tuviere s ▁tú ▁consagr ada s , ▁y ▁tu s ▁voto s , ▁las ▁tomará s , ▁y ▁vendrá s ▁al ▁lugar ▁que ▁Jehová ▁hubiere ▁es co g ido :
▁Cuan do ▁hubiere ▁de v a st ado ▁delante ▁de ▁ti ▁Jehová ▁tu ▁Dios ▁las ▁ n a ciones ▁á ▁don de ▁tú ▁va s ▁para ▁poseer la s , ▁y ▁las ▁her ed are s , ▁y ▁habita res ▁en ▁su ▁tierra ,
▁No ▁harás ▁así ▁á ▁Jehová ▁tu ▁Dios ; ▁por que ▁todo ▁lo ▁que ▁Jehová ▁aborrec e , ▁hicieron ▁ellos ▁á ▁sus ▁dioses ; ▁pues ▁aun ▁á ▁sus ▁hijos ▁é ▁hijas ▁que m aban ▁en ▁el ▁fuego ▁á ▁sus ▁dioses .
▁C u id aréis ▁de ▁hacer ▁todo ▁lo ▁que ▁yo ▁os ▁man do : ▁no ▁a ñ ad irá s ▁á ▁el lo , ▁ni ▁quitar ás ▁de ▁el lo .
▁C U A NDO ▁se ▁levant are ▁en ▁medio ▁de ▁ti ▁profeta , ▁ó ▁so ñ ado r ▁de ▁sueño s , ▁y ▁te ▁die re ▁señal ▁ó ▁pro di g i o ,
▁Y ▁a ca e c iere ▁la ▁señal ▁ó ▁pro di g i o ▁que ▁él ▁te ▁dijo , ▁diciendo : ▁ V a mos ▁en ▁pos ▁de ▁dioses ▁ajenos , ▁que ▁no ▁conoc iste , ▁y ▁sirv á mos les ;
▁En ▁pos ▁de ▁Jehová ▁vuestro ▁Dios ▁and aréis , ▁y ▁á ▁él ▁te me réis , ▁y ▁guarda réis ▁sus ▁mandamientos , ▁y ▁es cu ch aréis ▁su ▁voz , ▁y ▁á ▁él ▁servir éis , ▁y ▁á ▁él ▁os ▁all e g aréis .
▁De ▁los ▁dioses ▁de ▁los ▁pueblo s ▁que ▁están ▁en ▁vuestro s ▁alrededor es ▁cerca nos ▁á ▁ti , ▁ó ▁le jo s ▁de ▁ti , ▁de s de ▁el ▁un ▁cabo ▁de ▁la ▁tierra ▁hast a ▁el ▁otro ▁cabo ▁de ▁ella ;
▁No ▁con s en t irá s ▁con ▁él , ▁ni ▁le ▁dará s ▁oído ; ▁ni ▁tu ▁ o jo ▁le ▁perdon ará , ▁ni ▁tendrá s ▁com pa s ió n , ▁ni ▁lo ▁en cu b ri rás :
▁A n te s ▁has ▁de ▁matar lo ; ▁tu ▁mano ▁será ▁primer o ▁sobre ▁él ▁para ▁matar le , ▁y ▁después ▁la ▁mano ▁de ▁todo ▁el ▁pueblo .
▁Para ▁que ▁todo ▁Israel ▁ o i ga , ▁y ▁tem a , ▁y ▁no ▁torn en ▁á ▁hacer ▁cosa ▁se me ja n te ▁á ▁esta ▁mal a ▁cosa ▁en ▁medio ▁de ▁ti .
▁Cuan do ▁ o y er es ▁de ▁alguna ▁de ▁tu s ▁ciudades ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁para ▁que ▁more s ▁en ▁ella s , ▁que ▁se ▁di ce :
▁T ú ▁in qui ri rás , ▁y ▁busca rás , ▁y ▁pregunta rás ▁con ▁di li g en ci a ; ▁y ▁si ▁pareciere ▁ver dad , ▁cosa ▁ ci er ta , ▁que ▁tal ▁abomina ción ▁se ▁hizo ▁en ▁medio ▁de ▁ti ,
▁Cuan do ▁obedec iere s ▁á ▁la ▁voz ▁de ▁Jehová ▁tu ▁Dios , ▁guarda ndo ▁todos ▁sus ▁mandamientos ▁que ▁yo ▁te ▁pre s c ri b o ▁hoy , ▁para ▁hacer ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová ▁tu ▁Dios .
▁ H I J O S ▁so is ▁de ▁Jehová ▁vuestro ▁Dios : ▁no ▁os ▁s a ja réis , ▁ni ▁pondré is ▁ca l v a ▁sobre ▁vuestro s ▁ojos ▁por ▁muerto ;
▁Porque ▁eres ▁pueblo ▁santo ▁á ▁Jehová ▁tu ▁Dios , ▁y ▁Jehová ▁te ▁ha ▁es co g ido ▁para ▁que ▁le ▁sea s ▁un ▁pueblo ▁sin gu l ar ▁de ▁entre ▁todos ▁los ▁pueblo s ▁que ▁están ▁sobre ▁la ▁ha z ▁de ▁la ▁tierra .
▁N ada ▁abomina ble ▁comerá s .
▁Estos ▁son ▁los ▁animal es ▁que ▁comeréis : ▁el ▁buey , ▁la ▁ ove ja , ▁y ▁la ▁ca bra ,
▁El ▁ ci er v o , ▁el ▁cor zo , ▁y ▁el ▁ b ú f a lo , ▁y ▁el ▁cabrío ▁salva je , ▁y ▁el ▁un i co r n i o , ▁y ▁buey ▁salva je , ▁y ▁ca bra ▁mo n t é s .
▁Y ▁todo ▁animal ▁de ▁pe z u ñ as , ▁que ▁tiene ▁he nd id ura ▁de ▁dos ▁ u ñ as , ▁y ▁que ▁ r u mi are ▁entre ▁los ▁animal es , ▁es e ▁comeréis .
▁N i ▁pu er co : ▁por que ▁tiene ▁ u ñ a ▁he n di da , ▁mas ▁no ▁ r u mi a , ▁os ▁será ▁inmundo . ▁De ▁la ▁carne ▁de ▁é st os ▁no ▁comeréis , ▁ni ▁to c aréis ▁sus ▁cuerpo s ▁muerto s .
▁E s to ▁comeréis ▁de ▁todo ▁lo ▁que ▁está ▁en ▁el ▁agua : ▁todo ▁lo ▁que ▁tiene ▁al e ta ▁y ▁es ca ma ▁comeréis ;
▁Mas ▁todo ▁lo ▁que ▁no ▁tuviere ▁al e ta ▁y ▁es ca ma , ▁no ▁comeréis : ▁inmundo ▁os ▁será .
▁T o da ▁ ave ▁limpia ▁comeréis .
▁Y ▁esta s ▁son ▁de ▁las ▁que ▁no ▁comeréis : ▁el ▁á gu i la , ▁y ▁el ▁a z or , ▁y ▁el ▁es me re j ón ,
▁Y ▁el ▁ i x i o , ▁y ▁el ▁bu i t re , ▁y ▁el ▁mil an o ▁seg ún ▁su ▁especie ,
▁Y ▁todo ▁cu er v o ▁seg ún ▁su ▁especie ,
▁Y ▁el ▁bu h o ▁ , ▁y ▁la ▁le ch u za , ▁y ▁el ▁cu c l ill o , ▁y ▁el ▁ha l c ón ▁seg ún ▁su ▁especie ,
▁Y ▁el ▁her o di ón , ▁y ▁el ▁c is n e , ▁y ▁el ▁ i bi s ,
▁Y ▁el ▁so mo r m u jo , ▁y ▁el ▁ca l am ón , ▁y ▁el ▁cor v e j ón ,
▁Y ▁la ▁ ci g ü e ñ a , ▁y ▁la ▁ gar za ▁seg ún ▁su ▁especie , ▁y ▁la ▁a b u bi l la , ▁y ▁el ▁mu r ci é la go .
▁Y ▁todo ▁re p til ▁al ado ▁os ▁será ▁inmundo : ▁no ▁se ▁comerá .
▁T o da ▁ ave ▁limpia ▁comeréis .
▁I nd is p en s a ble mente ▁diez m arás ▁todo ▁el ▁pro d u c to ▁de ▁tu ▁simiente , ▁que ▁ ri nd iere ▁el ▁campo ▁ cada ▁un ▁año .
▁Entonces ▁ven der lo ▁has , ▁y ▁at arás ▁el ▁dinero ▁en ▁tu ▁mano , ▁y ▁vendrá s ▁al ▁lugar ▁que ▁Jehová ▁tu ▁Dios ▁es co g iere ;
▁Y ▁no ▁de s am para rás ▁al ▁Levi ta ▁que ▁habita re ▁en ▁tu s ▁p o b la ciones ; ▁por que ▁no ▁tiene ▁parte ▁ni ▁heredad ▁contigo .
▁A l ▁cabo ▁de ▁ cada ▁tres ▁años ▁saca rás ▁todo ▁el ▁diez mo ▁de ▁tu s ▁pro d u c to s ▁de ▁aquel ▁año , ▁y ▁lo ▁guarda rás ▁en ▁tu s ▁ciudades :
▁A L ▁cabo ▁de ▁siete ▁años ▁harás ▁re mi s ió n .
▁De l ▁extranjero ▁de man d arás ▁el ▁re in te g ro : ▁mas ▁lo ▁que ▁tu ▁hermano ▁tuviere ▁tuyo , ▁lo ▁perdon ará ▁tu ▁mano ;
▁Para ▁que ▁así ▁no ▁haya ▁en ▁ti ▁men di go ; ▁por que ▁Jehová ▁te ▁bendecir á ▁con ▁a b un d an ci a ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁por ▁heredad ▁para ▁que ▁la ▁pos e as ,
▁Si ▁ e mpero ▁es cu ch are s ▁f i el mente ▁la ▁voz ▁de ▁Jehová ▁tu ▁Dios , ▁para ▁guarda r ▁y ▁cumpl ir ▁todos ▁estos ▁mandamientos ▁que ▁yo ▁te ▁in t im o ▁hoy .
▁Mas ▁abr irá s ▁á ▁él ▁tu ▁mano ▁li be ra l mente , ▁y ▁en ▁ e f e c to ▁le ▁pre st arás ▁lo ▁que ▁ba s ta , ▁lo ▁que ▁hubiere ▁men est er .
▁Cuan do ▁se ▁ven d iere ▁á ▁ti ▁tu ▁hermano ▁He bre o ▁ó ▁He bre a , ▁y ▁te ▁hubiere ▁ serv ido ▁se is ▁años , ▁al ▁séptimo ▁año ▁le ▁de s pe di rás ▁libr e ▁de ▁ti .
▁Y ▁cuando ▁lo ▁de s p id iere s ▁libr e ▁de ▁ti , ▁no ▁lo ▁enviar ás ▁va c í o :
▁Y ▁te ▁a co r d arás ▁que ▁f u iste ▁siervo ▁en ▁la ▁tierra ▁de ▁Egipto , ▁y ▁que ▁Jehová ▁tu ▁Dios ▁te ▁re s ca t ó : ▁por ▁tanto ▁yo ▁te ▁man do ▁esto ▁hoy .
▁Y ▁será ▁que , ▁si ▁él ▁te ▁dijere : ▁No ▁sal d ré ▁de ▁contigo ; ▁por que ▁te ▁a ma ▁á ▁ti ▁y ▁á ▁tu ▁casa , ▁que ▁le ▁va ▁bien ▁contigo ;
▁De l an te ▁de ▁Jehová ▁tu ▁Dios ▁los ▁comerá s ▁ cada ▁un ▁año , ▁tú ▁y ▁tu ▁familia , ▁en ▁el ▁lugar ▁que ▁Jehová ▁es co g iere .
▁Y ▁si ▁hubiere ▁en ▁él ▁ ta ch a , ▁ ci e go ▁ó ▁co jo , ▁ó ▁cualquier a ▁mal a ▁falta , ▁no ▁lo ▁sacrific arás ▁á ▁Jehová ▁tu ▁Dios .
▁En ▁tu s ▁p o b la ciones ▁lo ▁comerá s : ▁el ▁inmundo ▁lo ▁mismo ▁que ▁el ▁limpio ▁comerá n ▁de ▁él , ▁ como ▁de ▁un ▁cor zo ▁ó ▁de ▁un ▁ ci er v o .
▁So l amente ▁que ▁no ▁com as ▁su ▁sangre : ▁sobre ▁la ▁tierra ▁la ▁derram arás ▁ como ▁agua .
▁ G U A R D A R Á S ▁el ▁me s ▁de ▁Abi b , ▁y ▁harás ▁pa s cu a ▁á ▁Jehová ▁tu ▁Dios : ▁por que ▁en ▁el ▁me s ▁de ▁Abi b ▁te ▁sacó ▁Jehová ▁tu ▁Dios ▁de ▁Egipto ▁de ▁noche .
▁Y ▁sacrific arás ▁la ▁pa s cu a ▁á ▁Jehová ▁tu ▁Dios , ▁de ▁las ▁ovejas ▁y ▁de ▁las ▁vacas , ▁en ▁el ▁lugar ▁que ▁Jehová ▁es co g iere ▁para ▁hacer ▁habita r ▁allí ▁su ▁nombre .
▁No ▁pod rás ▁sacrific ar ▁la ▁pa s cu a ▁en ▁ninguna ▁de ▁tu s ▁ciudades , ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ;
▁Y ▁la ▁as arás ▁y ▁comerá s ▁en ▁el ▁lugar ▁que ▁Jehová ▁tu ▁Dios ▁hubiere ▁es co g ido ; ▁y ▁por ▁la ▁mañana ▁te ▁volver ás ▁y ▁rest i tu irá s ▁á ▁tu ▁mor ada .
▁Se is ▁días ▁comerá s ▁á z i mos , ▁y ▁el ▁séptimo ▁día ▁será ▁solemnidad ▁á ▁Jehová ▁tu ▁Dios : ▁no ▁harás ▁obra ▁en ▁él .
▁Si e te ▁se man as ▁te ▁con t arás : ▁de s de ▁que ▁come n za re ▁la ▁ho z ▁en ▁las ▁mi es es ▁come n za rás ▁á ▁con t ar te ▁las ▁siete ▁se man as .
▁Y ▁a cu é r da te ▁que ▁f u iste ▁siervo ▁en ▁Egipto ; ▁por ▁tanto ▁guarda rás ▁y ▁cumpl irá s ▁estos ▁estatuto s .
▁La ▁solemnidad ▁de ▁las ▁ca ba ñ as ▁harás ▁por ▁siete ▁días , ▁cuando ▁hubiere s ▁hecho ▁la ▁co se ch a ▁de ▁tu ▁era ▁y ▁de ▁tu ▁la gar .
▁C ada ▁uno ▁con ▁el ▁don ▁de ▁su ▁mano , ▁conform e ▁á ▁la ▁bendición ▁de ▁Jehová ▁tu ▁Dios , ▁que ▁te ▁hubiere ▁dado .
▁ J ue ce s ▁y ▁al ca l de s ▁te ▁pondrá s ▁en ▁todas ▁tu s ▁ciudades ▁que ▁Jehová ▁tu ▁Dios ▁te ▁dará ▁en ▁tu s ▁tribu s , ▁los ▁cuales ▁juzg arán ▁al ▁pueblo ▁con ▁just o ▁juicio .
▁La ▁justicia , ▁la ▁justicia ▁se gu irá s , ▁por que ▁viva s ▁y ▁her ed es ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da .
▁No ▁te ▁plant arás ▁bo s que ▁de ▁ ning ún ▁árbol ▁cerca ▁del ▁altar ▁de ▁Jehová ▁tu ▁Dios , ▁que ▁tú ▁te ▁habrá s ▁hecho .
▁N i ▁te ▁levant arás ▁esta tu a ; ▁lo ▁cual ▁aborrec e ▁Jehová ▁tu ▁Dios .
▁N O ▁sacrific arás ▁á ▁Jehová ▁tu ▁Dios ▁buey , ▁ó ▁cordero , ▁en ▁el ▁cual ▁haya ▁falta ▁ó ▁alguna ▁cosa ▁mal a : ▁por que ▁es ▁abomina ción ▁á ▁Jehová ▁tu ▁Dios .
▁Que ▁hubiere ▁ ido ▁y ▁ serv ido ▁á ▁dioses ▁ajenos , ▁y ▁se ▁hubiere ▁inclin ado ▁á ▁ellos , ▁or a ▁al ▁so l , ▁ó ▁á ▁la ▁lu n a , ▁ó ▁á ▁todo ▁el ▁ejército ▁del ▁cielo , ▁lo ▁cual ▁yo ▁no ▁he ▁mandado ;
▁Y ▁te ▁fuere ▁dado ▁aviso , ▁y , ▁después ▁que ▁ o y er es ▁y ▁hubiere s ▁in da g ado ▁bien , ▁la ▁cosa ▁par e ce ▁de ▁ver dad ▁ ci er ta , ▁que ▁tal ▁abomina ción ▁ha ▁sido ▁he ch a ▁en ▁Israel ;
▁Entonces ▁saca rás ▁al ▁hombre ▁ó ▁mujer ▁que ▁hubiere ▁hecho ▁esta ▁mal a ▁cosa , ▁á ▁tu s ▁puerta s , ▁hombre ▁ó ▁mujer , ▁y ▁los ▁ap ed re arás ▁con ▁piedra s , ▁y ▁así ▁morirá n .
▁Por ▁dicho ▁de ▁dos ▁testigo s , ▁ó ▁de ▁tres ▁testigo s , ▁morirá ▁el ▁que ▁hubiere ▁de ▁mor ir ; ▁no ▁morirá ▁por ▁el ▁dicho ▁de ▁un ▁so lo ▁testigo .
▁La ▁mano ▁de ▁los ▁testigo s ▁será ▁primer o ▁sobre ▁él ▁para ▁matar lo , ▁y ▁después ▁la ▁mano ▁de ▁todo ▁el ▁pueblo : ▁así ▁quitar ás ▁el ▁mal ▁de ▁en ▁medio ▁de ▁ti .
▁Y ▁vendrá s ▁á ▁los ▁sacerdote s ▁Levitas , ▁y ▁al ▁ j ue z ▁que ▁fuere ▁en ▁aquello s ▁días , ▁y ▁pregunta rás ; ▁y ▁te ▁en se ñ arán ▁la ▁sent en ci a ▁del ▁juicio .
▁Y ▁harás ▁seg ún ▁la ▁sent en ci a ▁que ▁te ▁in di ca re n ▁los ▁del ▁lugar ▁que ▁Jehová ▁es co g iere , ▁y ▁cu id arás ▁de ▁hacer ▁seg ún ▁todo ▁lo ▁que ▁te ▁man i f est ar en .
▁Y ▁todo ▁el ▁pueblo ▁oir á , ▁y ▁te me rá , ▁y ▁no ▁se ▁en s o b er be ce rán ▁más .
▁N i ▁a u ment ará ▁para ▁sí ▁mujeres , ▁por que ▁su ▁corazón ▁no ▁se ▁de s v í e : ▁ni ▁plata ▁ni ▁oro ▁a c re c enta rá ▁para ▁sí ▁en ▁gran ▁co p i a .
▁L O S ▁sacerdote s ▁Levitas , ▁toda ▁la ▁tribu ▁de ▁Leví , ▁no ▁tendrá n ▁parte ▁ni ▁heredad ▁con ▁Israel ; ▁de ▁las ▁ofrenda s ▁encendida s ▁á ▁Jehová , ▁y ▁de ▁la ▁heredad ▁de ▁él ▁comerá n .
▁No ▁tendrá n , ▁pues , ▁heredad ▁entre ▁sus ▁hermanos : ▁Jehová ▁es ▁su ▁heredad , ▁ como ▁él ▁les ▁ha ▁dicho .
▁La s ▁pri mi ci as ▁de ▁tu ▁gran o , ▁de ▁tu ▁vino , ▁y ▁de ▁tu ▁aceite , ▁y ▁las ▁pri mi ci as ▁de ▁la ▁la n a ▁de ▁tu s ▁ovejas ▁le ▁dará s :
▁Porque ▁le ▁ha ▁es co g ido ▁Jehová ▁tu ▁Dios ▁de ▁todas ▁tu s ▁tribu s , ▁para ▁que ▁es t é ▁para ▁ministr ar ▁al ▁nombre ▁de ▁Jehová , ▁él ▁y ▁sus ▁hijos ▁para ▁siempre ▁ .
▁Y ▁cuando ▁el ▁Levi ta ▁sal iere ▁de ▁alguna ▁de ▁tu s ▁ciudades ▁de ▁todo ▁Israel , ▁don de ▁hubiere ▁per e g ri n ado , ▁y ▁vi n iere ▁con ▁todo ▁de se o ▁de ▁su ▁alma ▁al ▁lugar ▁que ▁Jehová ▁es co g iere ,
▁Mi n is tra rá ▁al ▁nombre ▁de ▁Jehová ▁su ▁Dios , ▁ como ▁todos ▁sus ▁hermanos ▁los ▁Levitas ▁que ▁estuviere n ▁allí ▁delante ▁de ▁Jehová .
▁Por ción ▁ como ▁la ▁por ción ▁de ▁los ▁otro s ▁comerá n , ▁además ▁de ▁sus ▁pa t r im on i os .
▁Cuan do ▁hubiere s ▁entr ado ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da , ▁no ▁ap re n de rás ▁á ▁hacer ▁seg ún ▁las ▁abomina ciones ▁de ▁aquella s ▁gente s .
▁N i ▁f ra gu ado r ▁de ▁en ca n ta ment os , ▁ni ▁quien ▁pre gu n te ▁á ▁pi t ón , ▁ni ▁ m á g i co , ▁ni ▁quien ▁pre gu n te ▁á ▁los ▁muerto s .
▁Porque ▁es ▁abomina ción ▁á ▁Jehová ▁cualquier a ▁que ▁ha ce ▁esta s ▁cosas , ▁y ▁por ▁esta s ▁abomina ciones ▁Jehová ▁tu ▁Dios ▁las ▁echó ▁de ▁delante ▁de ▁ti .
▁P er f e c to ▁será s ▁con ▁Jehová ▁tu ▁Dios .
▁P ro f e ta ▁de ▁en ▁medio ▁de ▁ti , ▁de ▁tu s ▁hermanos , ▁ como ▁yo , ▁te ▁levant ará ▁Jehová ▁tu ▁Dios : ▁á ▁él ▁oir éis :
▁Y ▁Jehová ▁me ▁dijo : ▁B i en ▁han ▁dicho .
▁P ro f e ta ▁les ▁sus ci t aré ▁de ▁en ▁medio ▁de ▁sus ▁hermanos , ▁ como ▁tú ; ▁y ▁pondré ▁mis ▁palabras ▁en ▁su ▁boca , ▁y ▁él ▁les ▁hablar á ▁todo ▁lo ▁que ▁yo ▁le ▁man d are .
▁Mas ▁será , ▁que ▁cualquier a ▁que ▁no ▁ o y er e ▁mis ▁palabras ▁que ▁él ▁hablar e ▁en ▁mi ▁nombre , ▁yo ▁le ▁re s id en ci aré .
▁E mpero ▁el ▁profeta ▁que ▁pre s u m iere ▁hablar ▁palabra ▁en ▁mi ▁nombre , ▁que ▁yo ▁no ▁le ▁haya ▁mandado ▁hablar , ▁ó ▁que ▁hablar e ▁en ▁nombre ▁de ▁dioses ▁ajenos , ▁el ▁tal ▁profeta ▁morirá .
▁Y ▁si ▁dijere s ▁en ▁tu ▁corazón : ▁¿ C ó mo ▁conoc e remos ▁la ▁palabra ▁que ▁Jehová ▁no ▁hubiere ▁hablado ▁ ?
▁C U A NDO ▁Jehová ▁tu ▁Dios ▁tal are ▁las ▁gente s , ▁cu y a ▁tierra ▁Jehová ▁tu ▁Dios ▁te ▁da ▁á ▁ti , ▁y ▁tú ▁las ▁her ed are s , ▁y ▁habita res ▁en ▁sus ▁ciudades , ▁y ▁en ▁sus ▁casa s ;
▁T e ▁apart arás ▁tres ▁ciudades ▁en ▁medio ▁de ▁tu ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁para ▁que ▁la ▁pos e as .
▁Ar re g l ar te ▁has ▁el ▁camino , ▁y ▁di vi di rás ▁en ▁tres ▁parte s ▁el ▁término ▁de ▁tu ▁tierra , ▁que ▁Jehová ▁tu ▁Dios ▁te ▁dará ▁en ▁heredad , ▁y ▁será ▁para ▁que ▁todo ▁homicida ▁se ▁ hu y a ▁allí .
▁Por ▁tanto ▁yo ▁te ▁man do , ▁diciendo : ▁T res ▁ciudades ▁te ▁apart arás .
▁Y ▁si ▁Jehová ▁tu ▁Dios ▁en s an ch are ▁tu ▁término , ▁ como ▁lo ▁juró ▁á ▁tu s ▁padres , ▁y ▁te ▁die re ▁toda ▁la ▁tierra ▁que ▁dijo ▁á ▁tu s ▁padres ▁que ▁había ▁de ▁dar ;
▁Porque ▁no ▁sea ▁derram ada ▁sangre ▁in o c ente ▁en ▁medio ▁de ▁tu ▁tierra , ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁por ▁heredad , ▁y ▁sea ▁sobre ▁ti ▁sangre .
▁Entonces ▁los ▁ancianos ▁de ▁su ▁ciudad ▁enviar án ▁y ▁lo ▁saca rán ▁de ▁allí , ▁y ▁entre gar lo ▁han ▁en ▁mano ▁del ▁par iente ▁del ▁muerto , ▁y ▁morirá .
▁No ▁le ▁perdon ará ▁tu ▁ o jo : ▁y ▁quitar ás ▁de ▁Israel ▁la ▁sangre ▁in o c ente , ▁y ▁te ▁ irá ▁bien .
▁No ▁re d u ci rás ▁el ▁término ▁de ▁tu ▁prójimo , ▁el ▁cual ▁señal aron ▁los ▁an t i gu os ▁en ▁tu ▁heredad , ▁la ▁que ▁pos e y er es ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁para ▁que ▁la ▁pos e as .
▁Cuan do ▁se ▁levant are ▁testigo ▁f al s o ▁contra ▁alguno , ▁para ▁te st i f i c ar ▁contra ▁él ▁rebel ió n ,
▁Entonces ▁los ▁dos ▁hombres ▁li t i ga n te s ▁se ▁present arán ▁delante ▁de ▁Jehová , ▁delante ▁de ▁los ▁sacerdote s ▁y ▁ j ue ce s ▁que ▁fuere n ▁en ▁aquello s ▁días :
▁Y ▁los ▁ j ue ce s ▁in qui ri rán ▁bien , ▁y ▁si ▁pareciere ▁ser ▁a qué l ▁testigo ▁f al s o , ▁que ▁te st i f i c ó ▁f al s amente ▁contra ▁su ▁hermano ,
▁Ha réis ▁á ▁él ▁ como ▁él ▁pe n s ó ▁hacer ▁á ▁su ▁hermano : ▁y ▁quitar ás ▁el ▁mal ▁de ▁en ▁medio ▁de ▁ti .
▁Y ▁los ▁que ▁quedar en ▁oir án , ▁y ▁te me rán , ▁y ▁no ▁volver án ▁más ▁á ▁hacer ▁una ▁mal a ▁cosa ▁ como ▁é s ta , ▁en ▁medio ▁de ▁ti .
▁Y ▁no ▁perdon ará ▁tu ▁ o jo : ▁vida ▁por ▁vida , ▁ o jo ▁por ▁ o jo , ▁d iente ▁por ▁d iente , ▁mano ▁por ▁mano , ▁pie ▁por ▁pie .
▁Y ▁será ▁que , ▁cuando ▁os ▁acerca re is ▁para ▁com ba t ir , ▁llegar ás e ▁el ▁sacerdote , ▁y ▁hablar á ▁al ▁pueblo ,
▁Que ▁Jehová ▁vuestro ▁Dios ▁and a ▁con ▁vosotros , ▁para ▁pe le ar ▁por ▁vosotros ▁contra ▁vuestro s ▁enemigos , ▁para ▁salva ro s .
▁Y ▁será ▁que , ▁cuando ▁los ▁of i ci a les ▁acaba re n ▁de ▁hablar ▁al ▁pueblo , ▁entonces ▁los ▁ca p ita n es ▁de ▁los ▁ejército s ▁man d arán ▁delante ▁del ▁pueblo .
▁Cuan do ▁te ▁acerca res ▁á ▁una ▁ciudad ▁para ▁com ba t ir la , ▁le ▁in t im arás ▁la ▁paz .
▁Mas ▁si ▁no ▁hiciere ▁paz ▁contigo , ▁y ▁emp re nd iere ▁contigo ▁guerra , ▁y ▁la ▁cerca res ,
▁Luego ▁que ▁Jehová ▁tu ▁Dios ▁la ▁entre gar e ▁en ▁tu ▁mano , ▁her irá s ▁á ▁todo ▁varón ▁suyo ▁á ▁f i lo ▁de ▁espada .
▁As í ▁harás ▁á ▁todas ▁las ▁ciudades ▁que ▁estuviere n ▁mu y ▁le jo s ▁de ▁ti , ▁que ▁no ▁fuere n ▁de ▁las ▁ciudades ▁de ▁esta s ▁gente s .
▁E mpero ▁de ▁las ▁ciudades ▁de ▁estos ▁pueblo s ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁por ▁heredad , ▁ninguna ▁persona ▁dejar ás ▁con ▁vida ;
▁Porque ▁no ▁os ▁en se ñ en ▁á ▁hacer ▁seg ún ▁todas ▁sus ▁abomina ciones , ▁que ▁ellos ▁ha ce n ▁á ▁sus ▁dioses , ▁y ▁pe qué is ▁contra ▁Jehová ▁vuestro ▁Dios .
▁C U A NDO ▁fuere ▁halla do ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁para ▁que ▁la ▁pos e as , ▁muerto ▁echa do ▁en ▁el ▁campo , ▁y ▁no ▁se ▁su p iere ▁qu ién ▁lo ▁hirió ,
▁Entonces ▁tu s ▁ancianos ▁y ▁tu s ▁ j ue ce s ▁saldrá n ▁y ▁me di rán ▁hast a ▁las ▁ciudades ▁que ▁están ▁alrededor ▁del ▁muerto :
▁Y ▁todos ▁los ▁ancianos ▁de ▁aquella ▁ciudad ▁más ▁cerca n a ▁al ▁muerto ▁lavará n ▁sus ▁manos ▁sobre ▁la ▁be cer ra ▁de go l l ada ▁en ▁el ▁valle .
▁Y ▁pro t est arán , ▁y ▁dirá n : ▁N u est ra s ▁manos ▁no ▁han ▁derram ado ▁esta ▁sangre , ▁ni ▁nuestro s ▁ojos ▁lo ▁vieron .
▁Y ▁tú ▁quitar ás ▁la ▁culpa ▁de ▁sangre ▁in o c ente ▁de ▁en ▁medio ▁de ▁ti , ▁cuando ▁hiciere s ▁lo ▁que ▁es ▁rec to ▁en ▁los ▁ojos ▁de ▁Jehová .
▁Cuan do ▁sal iere s ▁á ▁la ▁guerra ▁contra ▁tu s ▁enemigos , ▁y ▁Jehová ▁tu ▁Dios ▁los ▁entre gar e ▁en ▁tu ▁mano , ▁y ▁tomar es ▁de ▁ellos ▁ca u t i v os ,
▁Y ▁ vier es ▁entre ▁los ▁ca u t i v os ▁alguna ▁mujer ▁her mos a , ▁y ▁la ▁co di ci are s , ▁y ▁la ▁tomar es ▁para ▁ti ▁por ▁mujer ,
▁La ▁me te rás ▁en ▁tu ▁casa ; ▁y ▁ella ▁ ra e rá ▁su ▁cabeza , ▁y ▁cor t ará ▁sus ▁ u ñ as ,
▁Entonces ▁tomar lo ▁han ▁su ▁padre ▁y ▁su ▁madre , ▁y ▁lo ▁saca rán ▁á ▁los ▁ancianos ▁de ▁su ▁ciudad , ▁y ▁á ▁la ▁puerta ▁del ▁lugar ▁suyo ;
▁Entonces ▁todos ▁los ▁hombres ▁de ▁su ▁ciudad ▁lo ▁ap ed re arán ▁con ▁piedra s , ▁y ▁morirá : ▁así ▁quitar ás ▁el ▁mal ▁de ▁en ▁medio ▁de ▁ti ; ▁y ▁todo ▁Israel ▁oir á , ▁y ▁te me rá .
▁Cuan do ▁en ▁alguno ▁hubiere ▁pecado ▁de ▁sent en ci a ▁de ▁muerte , ▁por ▁el ▁que ▁haya ▁de ▁mor ir , ▁y ▁le ▁habrá s ▁co l g ado ▁en ▁un ▁made ro ,
▁N O ▁ve rás ▁el ▁buey ▁de ▁tu ▁hermano , ▁ó ▁su ▁cordero , ▁per d ido s , ▁y ▁te ▁re t ir arás ▁de ▁ellos : ▁pre ci s amente ▁los ▁volver ás ▁á ▁tu ▁hermano .
▁No ▁ve rás ▁el ▁asno ▁de ▁tu ▁hermano , ▁ó ▁su ▁buey , ▁ca í do s ▁en ▁el ▁camino , ▁y ▁te ▁escond e rás ▁de ▁ellos : ▁con ▁él ▁has ▁de ▁pro cu r ar ▁levant ar los .
▁No ▁ve st irá ▁la ▁mujer ▁ h á bi to ▁de ▁hombre , ▁ni ▁el ▁hombre ▁ve st irá ▁ropa ▁de ▁mujer ; ▁por que ▁abomina ción ▁es ▁á ▁Jehová ▁tu ▁Dios ▁cualquier a ▁que ▁esto ▁ha ce .
▁De ja rás ▁ir ▁á ▁la ▁madre , ▁y ▁tomará s ▁los ▁p o l los ▁para ▁ti ; ▁para ▁que ▁te ▁vaya ▁bien , ▁y ▁pro l on gu es ▁tu s ▁días .
▁Cuan do ▁edifica res ▁casa ▁nueva , ▁harás ▁pre til ▁á ▁tu ▁te r r ado , ▁por que ▁no ▁pon ga s ▁sangre ▁en ▁tu ▁casa , ▁si ▁de ▁él ▁ca y er e ▁alguno .
▁No ▁ar arás ▁con ▁buey ▁y ▁con ▁asno ▁junt amente .
▁No ▁te ▁ve st irá s ▁de ▁mi st ura , ▁de ▁la n a ▁y ▁lino ▁junt amente .
▁Ha cer te ▁has ▁f le co s ▁en ▁los ▁cuatro ▁cabo s ▁de ▁tu ▁man to ▁con ▁que ▁te ▁cu b r iere s .
▁Cuan do ▁alguno ▁tomar e ▁mujer , ▁y ▁después ▁de ▁haber ▁entr ado ▁á ▁ella ▁la ▁aborrec iere ,
▁Y ▁le ▁pusier e ▁alguna s ▁falta s , ▁y ▁esparci er e ▁sobre ▁ella ▁mal a ▁f a ma , ▁y ▁dijere : ▁Esta ▁to m é ▁por ▁mujer , ▁y ▁lleg u é ▁á ▁ella , ▁y ▁no ▁la ▁ha l l é ▁vi r g en ;
▁Entonces ▁el ▁padre ▁de ▁la ▁mo za ▁y ▁su ▁madre ▁tomará n , ▁y ▁saca rán ▁las ▁señal es ▁de ▁la ▁virgin i dad ▁de ▁la ▁don ce l la ▁á ▁los ▁ancianos ▁de ▁la ▁ciudad , ▁en ▁la ▁puerta .
▁Y ▁dirá ▁el ▁padre ▁de ▁la ▁mo za ▁á ▁los ▁ancianos : ▁Yo ▁d í ▁mi ▁hija ▁á ▁este ▁hombre ▁por ▁mujer , ▁y ▁él ▁la ▁aborrec e ;
▁Entonces ▁los ▁ancianos ▁de ▁la ▁ciudad ▁tomará n ▁al ▁hombre ▁y ▁lo ▁cast i g arán ;
▁Mas ▁si ▁este ▁negocio ▁fué ▁ver dad , ▁que ▁no ▁se ▁hubiere ▁halla do ▁virgin i dad ▁en ▁la ▁mo za ,
▁Cuan do ▁fuere ▁mo za ▁vi r g en ▁de s p os ada ▁con ▁alguno , ▁y ▁alguno ▁la ▁halla re ▁en ▁la ▁ciudad , ▁y ▁se ▁echar e ▁con ▁ella ;
▁Mas ▁si ▁el ▁hombre ▁halló ▁una ▁mo za ▁de s p os ada ▁en ▁el ▁campo , ▁y ▁él ▁la ▁a gar ra re , ▁y ▁se ▁echar e ▁con ▁ella , ▁morirá ▁s ólo ▁el ▁hombre ▁que ▁con ▁ella ▁se ▁habrá ▁echa do ;
▁Y ▁á ▁la ▁mo za ▁no ▁harás ▁nada ; ▁no ▁tiene ▁la ▁mo za ▁culpa ▁de ▁muerte : ▁por que ▁ como ▁cuando ▁alguno ▁se ▁levant a ▁contra ▁su ▁prójimo , ▁y ▁le ▁qu ita ▁la ▁vida , ▁así ▁es ▁esto :
▁Porque ▁él ▁la ▁halló ▁en ▁el ▁campo : ▁dió ▁voces ▁la ▁mo za ▁de s p os ada , ▁y ▁no ▁hubo ▁quien ▁la ▁va li e se .
▁Cuan do ▁alguno ▁halla re ▁mo za ▁vi r g en , ▁que ▁no ▁fuere ▁de s p os ada , ▁y ▁la ▁tomar e , ▁y ▁se ▁echar e ▁con ▁ella , ▁y ▁fuere n ▁halla do s ;
▁No ▁tomará ▁alguno ▁la ▁mujer ▁de ▁su ▁padre , ▁ni ▁descubr irá ▁el ▁re ga zo ▁de ▁su ▁padre .
▁N O ▁entr ará ▁en ▁la ▁congregación ▁de ▁Jehová ▁el ▁que ▁fuere ▁que bra do ▁ , ▁ni ▁el ▁cast r ado ▁ .
▁No ▁entr ará ▁ba st ar do ▁en ▁la ▁congregación ▁de ▁Jehová : ▁ni ▁aun ▁en ▁la ▁décima ▁generación ▁entr ará ▁en ▁la ▁congregación ▁de ▁Jehová .
▁No ▁entr ará ▁Ammon ita ▁ni ▁Moab ita ▁en ▁la ▁congregación ▁de ▁Jehová ; ▁ni ▁aun ▁en ▁la ▁décima ▁generación ▁entr ará ▁en ▁la ▁congregación ▁de ▁Jehová ▁para ▁siempre :
▁Mas ▁no ▁quiso ▁Jehová ▁tu ▁Dios ▁oir ▁á ▁Balaam ; ▁y ▁Jehová ▁tu ▁Dios ▁te ▁volvió ▁la ▁mal di ción ▁en ▁bendición , ▁por que ▁Jehová ▁tu ▁Dios ▁te ▁am aba .
▁No ▁pro cu r arás ▁la ▁paz ▁de ▁ellos ▁ni ▁su ▁bien ▁en ▁todos ▁los ▁días ▁para ▁siempre .
▁No ▁abomina rás ▁al ▁I d u me o , ▁que ▁tu ▁hermano ▁es : ▁no ▁abomina rás ▁al ▁E g i p ci o , ▁que ▁extranjero ▁f u iste ▁en ▁su ▁tierra .
▁Lo s ▁hijos ▁que ▁nac iere n ▁de ▁ellos , ▁á ▁la ▁tercer a ▁generación ▁entr arán ▁en ▁la ▁congregación ▁de ▁Jehová .
▁Cuan do ▁sal iere s ▁á ▁camp a ñ a ▁contra ▁tu s ▁enemigos , ▁ gu á r da te ▁de ▁toda ▁cosa ▁mal a .
▁Y ▁será ▁que ▁al ▁de c l in ar ▁de ▁la ▁tarde ▁se ▁lavará ▁con ▁agua , ▁y ▁cuando ▁fuere ▁puesto ▁el ▁so l , ▁entr ará ▁en ▁el ▁campo .
▁Y ▁tendrá s ▁un ▁lugar ▁fuera ▁del ▁re al , ▁y ▁saldrá s ▁all á ▁fuera ;
▁No ▁entre g arás ▁á ▁su ▁señor ▁el ▁siervo ▁que ▁se ▁ hu y er e ▁á ▁ti ▁de ▁su ▁am o :
▁M o re ▁contigo , ▁en ▁medio ▁de ▁ti , ▁en ▁el ▁lugar ▁que ▁es co g iere ▁en ▁alguna ▁de ▁tu s ▁ciudades , ▁don de ▁bien ▁le ▁estuviere : ▁no ▁le ▁harás ▁fuerza .
▁No ▁habrá ▁ram er a ▁de ▁las ▁hijas ▁de ▁Israel , ▁ni ▁habrá ▁so do m í t i co ▁de ▁los ▁hijos ▁de ▁Israel .
▁No ▁traerá s ▁precio ▁de ▁ram er a , ▁ni ▁precio ▁de ▁per ro ▁á ▁la ▁casa ▁de ▁Jehová ▁tu ▁Dios ▁por ▁ ning ún ▁voto ; ▁por que ▁abomina ción ▁es ▁á ▁Jehová ▁tu ▁Dios ▁así ▁lo ▁uno ▁ como ▁lo ▁otro .
▁No ▁tomará s ▁de ▁tu ▁hermano ▁lo g ro ▁de ▁dinero , ▁ni ▁lo g ro ▁de ▁com i da , ▁ni ▁lo g ro ▁de ▁cosa ▁alguna ▁de ▁que ▁se ▁su e le ▁tomar .
▁Cuan do ▁pro me t iere s ▁voto ▁á ▁Jehová ▁tu ▁Dios , ▁no ▁ t ar d arás ▁en ▁pa gar lo ; ▁por que ▁c iertamente ▁lo ▁de man d ará ▁Jehová ▁tu ▁Dios ▁de ▁ti , ▁y ▁ha b r ía ▁en ▁ti ▁pecado .
▁Mas ▁cuando ▁te ▁a b st u vier es ▁de ▁pro me t er , ▁no ▁habrá ▁en ▁ti ▁pecado .
▁Cuan do ▁entrar es ▁en ▁la ▁viña ▁de ▁tu ▁prójimo , ▁comerá s ▁ u v as ▁hast a ▁s a ci ar ▁tu ▁de se o : ▁mas ▁no ▁pondrá s ▁en ▁tu ▁va s o .
▁Y ▁sal i da ▁de ▁su ▁casa , ▁pod rá ▁ir ▁y ▁casa r se ▁con ▁otro ▁hombre .
▁No ▁tomará s ▁en ▁pre n da ▁la ▁mu e la ▁de ▁mo li no , ▁ni ▁la ▁de ▁ aba jo ▁ni ▁la ▁de ▁arriba : ▁por que ▁ser ía ▁pre nd ar ▁la ▁vida .
▁A cu é r da te ▁de ▁lo ▁que ▁hizo ▁Jehová ▁tu ▁Dios ▁á ▁Ma r ía ▁en ▁el ▁camino , ▁después ▁que ▁sal i steis ▁de ▁Egipto .
▁Cuan do ▁die res ▁á ▁tu ▁prójimo ▁alguna ▁cosa ▁emp re st ada , ▁no ▁entr arás ▁en ▁su ▁casa ▁para ▁tomar le ▁pre n da :
▁F ue ra ▁estará s , ▁y ▁el ▁hombre ▁á ▁quien ▁pre st aste , ▁te ▁saca rá ▁a f ue ra ▁la ▁pre n da .
▁Y ▁si ▁fuere ▁hombre ▁p o bre , ▁no ▁d u er ma s ▁con ▁su ▁pre n da :
▁No ▁haga s ▁a g ra vi o ▁al ▁ jo rna le ro ▁p o bre ▁y ▁men est eros o , ▁así ▁de ▁tu s ▁hermanos ▁ como ▁de ▁tu s ▁extranjero s ▁que ▁están ▁en ▁tu ▁tierra ▁en ▁tu s ▁ciudades :
▁Lo s ▁padres ▁no ▁morirá n ▁por ▁los ▁hijos , ▁ni ▁los ▁hijos ▁por ▁los ▁padres ; ▁ cada ▁uno ▁morirá ▁por ▁su ▁pecado .
▁No ▁to r ce rás ▁el ▁derecho ▁del ▁per e g ri no ▁y ▁del ▁ hu é r f an o ; ▁ni ▁tomará s ▁por ▁pre n da ▁la ▁ropa ▁de ▁la ▁vi ud a :
▁Mas ▁a cu é r da te ▁que ▁f u iste ▁siervo ▁en ▁Egipto , ▁y ▁de ▁allí ▁te ▁re s ca t ó ▁Jehová ▁tu ▁Dios : ▁por ▁tanto , ▁yo ▁te ▁man do ▁que ▁haga s ▁esto .
▁Cuan do ▁s a cu d iere s ▁tu s ▁ o li v as , ▁no ▁rec or re rás ▁las ▁ram as ▁tras ▁ti : ▁para ▁el ▁extranjero , ▁para ▁el ▁ hu é r f an o , ▁y ▁para ▁la ▁vi ud a ▁será .
▁Cuan do ▁ven di mi are s ▁tu ▁viña , ▁no ▁re b u s c arás ▁tras ▁ti : ▁para ▁el ▁extranjero , ▁para ▁el ▁ hu é r f an o , ▁y ▁para ▁la ▁vi ud a ▁será .
▁Y ▁a cu é r da te ▁que ▁f u iste ▁siervo ▁en ▁tierra ▁de ▁Egipto : ▁por ▁tanto , ▁yo ▁te ▁man do ▁que ▁haga s ▁esto .
▁C U A NDO ▁hubiere ▁p le i to ▁entre ▁alguno s , ▁y ▁vi n iere n ▁á ▁juicio , ▁y ▁los ▁juzg ar en , ▁y ▁a b s o l vier en ▁al ▁just o ▁y ▁con de n ar en ▁al ▁in i cu o ,
▁No ▁pondrá s ▁bo za l ▁al ▁buey ▁cuando ▁ t r ill are .
▁Y ▁será ▁que ▁el ▁primogénito ▁que ▁par iere ▁ella , ▁se ▁levant ará ▁en ▁nombre ▁de ▁su ▁hermano ▁el ▁muerto , ▁por que ▁el ▁nombre ▁de ▁éste ▁no ▁sea ▁ ra í do ▁de ▁Israel .
▁Entonces ▁los ▁ancianos ▁de ▁aquella ▁ciudad ▁lo ▁hará n ▁ven ir , ▁y ▁hablar án ▁con ▁él : ▁y ▁si ▁él ▁se ▁levant are , ▁y ▁dijere , ▁No ▁ qui er o ▁tomar la ,
▁Y ▁su ▁nombre ▁será ▁llamado ▁en ▁Israel : ▁La ▁casa ▁del ▁de s ca l z ado ▁ .
▁La ▁cor t arás ▁entonces ▁la ▁mano , ▁no ▁la ▁perdon ará ▁tu ▁ o jo .
▁No ▁tendrá s ▁en ▁tu ▁bo l s a ▁pe s a ▁grande ▁y ▁pe s a ▁ch i ca .
▁No ▁tendrá s ▁en ▁tu ▁casa ▁ e ph a ▁grande ▁y ▁ e ph a ▁pe que ñ o .
▁P es as ▁cumpl i das ▁y ▁just as ▁tendrá s ; ▁ e ph a ▁ca ba l ▁y ▁just o ▁tendrá s : ▁para ▁que ▁tu s ▁días ▁sea n ▁pro l on g ados ▁sobre ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da .
▁Porque ▁abomina ción ▁es ▁á ▁Jehová ▁tu ▁Dios ▁cualquier a ▁que ▁ha ce ▁esto , ▁cualquier a ▁que ▁ha ce ▁a g ra vi o .
▁A cu é r da te ▁de ▁lo ▁que ▁te ▁hizo ▁Amalec ▁en ▁el ▁camino , ▁cuando ▁sal i steis ▁de ▁Egipto :
▁Y ▁S E R Á ▁que , ▁cuando ▁hubiere s ▁entr ado ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da ▁por ▁heredad , ▁y ▁la ▁pos e y er es , ▁y ▁habita res ▁en ▁ella ;
▁Y ▁el ▁sacerdote ▁tomará ▁el ▁can as til lo ▁de ▁tu ▁mano , ▁y ▁pondrá lo ▁delante ▁del ▁altar ▁de ▁Jehová ▁tu ▁Dios .
▁Y ▁los ▁E g i p ci os ▁no s ▁mal tra t aron , ▁y ▁no s ▁aflig ieron , ▁y ▁pusier on ▁sobre ▁nosotros ▁d ura ▁ serv id umb re .
▁Y ▁clama mos ▁á ▁Jehová ▁Dios ▁de ▁nuestro s ▁padres ; ▁y ▁oyó ▁Jehová ▁nuestra ▁voz , ▁y ▁vió ▁nuestra ▁a f li c ción , ▁y ▁nuestro ▁tra ba jo , ▁y ▁nuestra ▁ o p res ió n :
▁Y ▁sacó nos ▁Jehová ▁de ▁Egipto ▁con ▁mano ▁fuerte , ▁y ▁con ▁brazo ▁extend ido , ▁y ▁con ▁grande ▁es p an to , ▁y ▁con ▁señal es ▁y ▁con ▁mil a g ro s :
▁Y ▁ t rá jo nos ▁á ▁este ▁lugar , ▁y ▁dió nos ▁esta ▁tierra , ▁tierra ▁que ▁f l u y e ▁le ch e ▁y ▁mi el .
▁Y ▁te ▁alegr arás ▁con ▁todo ▁el ▁bien ▁que ▁Jehová ▁tu ▁Dios ▁te ▁hubiere ▁dado ▁á ▁ti ▁y ▁á ▁tu ▁casa , ▁tú ▁y ▁el ▁Levi ta , ▁y ▁el ▁extranjero ▁que ▁está ▁en ▁medio ▁de ▁ti .
▁Jehová ▁tu ▁Dios ▁te ▁man da ▁hoy ▁que ▁cumpl as ▁estos ▁estatuto s ▁y ▁derecho s ; ▁cu i da , ▁pues , ▁de ▁pon er los ▁por ▁obra ▁con ▁todo ▁tu ▁corazón , ▁y ▁con ▁toda ▁tu ▁alma .
▁A ▁Jehová ▁has ▁en s al z ado ▁hoy ▁para ▁que ▁te ▁sea ▁por ▁Dios , ▁y ▁para ▁and ar ▁en ▁sus ▁camino s , ▁y ▁para ▁guarda r ▁sus ▁estatuto s ▁y ▁sus ▁mandamientos ▁y ▁sus ▁derecho s , ▁y ▁para ▁oir ▁su ▁voz :
▁Y ▁Jehová ▁te ▁ha ▁en s al z ado ▁hoy ▁para ▁que ▁le ▁sea s ▁su ▁pe cu li ar ▁pueblo , ▁ como ▁él ▁te ▁lo ▁ha ▁dicho , ▁y ▁para ▁que ▁guard es ▁todos ▁sus ▁mandamientos ;
▁Y ▁para ▁pon er te ▁al to ▁sobre ▁todas ▁las ▁gente s ▁que ▁hizo , ▁para ▁lo or , ▁y ▁f a ma , ▁y ▁gloria ; ▁y ▁para ▁que ▁sea s ▁pueblo ▁santo ▁á ▁Jehová ▁tu ▁Dios , ▁ como ▁él ▁ha ▁dicho .
▁Y ▁M A N D Ó ▁Moisés , ▁con ▁los ▁ancianos ▁de ▁Israel , ▁al ▁pueblo , ▁diciendo : ▁ G u ar d aréis ▁todos ▁los ▁mandamientos ▁que ▁yo ▁pre s c ri b o ▁hoy .
▁Y ▁será ▁que , ▁el ▁día ▁que ▁pasar e is ▁el ▁Jordán ▁á ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da , ▁te ▁has ▁de ▁levant ar ▁piedra s ▁grande s , ▁las ▁cuales ▁re v o c arás ▁con ▁ca l :
▁Se rá ▁pues , ▁cuando ▁hubiere s ▁pasa do ▁el ▁Jordán , ▁que ▁levant aréis ▁esta s ▁piedra s ▁que ▁yo ▁os ▁man do ▁hoy , ▁en ▁el ▁monte ▁de ▁E ba l , ▁y ▁las ▁re v o c arás ▁con ▁ca l :
▁Y ▁edifica rás ▁allí ▁altar ▁á ▁Jehová ▁tu ▁Dios , ▁altar ▁de ▁piedra s : ▁no ▁al za rás ▁sobre ▁ella s ▁ hi er ro .
▁De ▁piedra s ▁enter as ▁edifica rás ▁el ▁altar ▁de ▁Jehová ▁tu ▁Dios ; ▁y ▁ofrecerá s ▁sobre ▁él ▁holocausto ▁á ▁Jehová ▁tu ▁Dios ;
▁Y ▁sacrific arás ▁pa c í f i co s , ▁y ▁comerá s ▁allí ; ▁y ▁alegr ar te ▁has ▁delante ▁de ▁Jehová ▁tu ▁Dios .
▁Y ▁es c ri bi rás ▁en ▁las ▁piedra s ▁todas ▁las ▁palabras ▁de ▁esta ▁le y ▁mu y ▁c l ar amente .
▁Y ▁Moisés , ▁con ▁los ▁sacerdote s ▁Levitas , ▁habló ▁á ▁todo ▁Israel , ▁diciendo : ▁A t i en de ▁y ▁es cu ch a , ▁Israel : ▁hoy ▁eres ▁hecho ▁pueblo ▁de ▁Jehová ▁tu ▁Dios .
▁O irá s ▁pues ▁la ▁voz ▁de ▁Jehová ▁tu ▁Dios , ▁y ▁cumpl irá s ▁sus ▁mandamientos ▁y ▁sus ▁estatuto s , ▁que ▁yo ▁te ▁orden o ▁hoy .
▁Y ▁mandó ▁Moisés ▁al ▁pueblo ▁en ▁aquel ▁día , ▁diciendo :
▁Estos ▁estará n ▁sobre ▁el ▁monte ▁de ▁Ge ri z im ▁para ▁bendecir ▁al ▁pueblo , ▁cuando ▁hubiere is ▁pasa do ▁el ▁Jordán : ▁Simeón , ▁y ▁Leví , ▁y ▁Judá , ▁é ▁Issachâr , ▁y ▁José , ▁y ▁Benjamín .
▁Y ▁estos ▁estará n ▁para ▁pro nunc i ar ▁la ▁mal di ción ▁en ▁el ▁de ▁E ba l : ▁Rubén , ▁Gad , ▁y ▁As er , ▁y ▁Zabulón , ▁Dan , ▁y ▁Nephtalí .
▁Y ▁hablar án ▁los ▁Levitas , ▁y ▁dirá n ▁á ▁todo ▁varón ▁de ▁Israel ▁en ▁al ta ▁voz :
▁M aldito ▁el ▁que ▁de s h on ra re ▁á ▁su ▁padre ▁ó ▁á ▁su ▁madre . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁re d u je re ▁el ▁término ▁de ▁su ▁prójimo . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁hiciere ▁ er r ar ▁al ▁ ci e go ▁en ▁el ▁camino . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁to r c iere ▁el ▁derecho ▁del ▁extranjero , ▁del ▁ hu é r f an o , ▁y ▁de ▁la ▁vi ud a . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁se ▁echar e ▁con ▁la ▁mujer ▁de ▁su ▁padre ; ▁por ▁cuanto ▁descubr ió ▁el ▁re ga zo ▁de ▁su ▁padre . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁tuviere ▁parte ▁con ▁cualquier a ▁bestia . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁se ▁echar e ▁con ▁su ▁hermana , ▁hija ▁de ▁su ▁padre , ▁ó ▁hija ▁de ▁su ▁madre . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁se ▁echar e ▁con ▁su ▁su e g ra . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁ h ir iere ▁á ▁su ▁prójimo ▁oc u l t amente . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁re ci b iere ▁don ▁para ▁her ir ▁de ▁muerte ▁al ▁in o c ente . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁M aldito ▁el ▁que ▁no ▁confirm are ▁las ▁palabras ▁de ▁esta ▁le y ▁para ▁cumpl ir la s . ▁Y ▁dirá ▁todo ▁el ▁pueblo : ▁A m é n .
▁Y ▁vendrá n ▁sobre ▁ti ▁todas ▁esta s ▁be n di ciones , ▁y ▁te ▁al ca n z arán , ▁cuando ▁ o y er es ▁la ▁voz ▁de ▁Jehová ▁tu ▁Dios .
▁Be n di to ▁será s ▁tú ▁en ▁la ▁ciudad , ▁y ▁be n di to ▁tú ▁en ▁el ▁campo .
▁Be n di to ▁el ▁fruto ▁de ▁tu ▁vi en t re , ▁y ▁el ▁fruto ▁de ▁tu ▁bestia , ▁la ▁c r ía ▁de ▁tu s ▁vacas , ▁y ▁los ▁re ba ñ os ▁de ▁tu s ▁ovejas .
▁Be n di to ▁tu ▁can as til lo ▁y ▁tu s ▁so bra s .
▁Be n di to ▁será s ▁en ▁tu ▁entrar , ▁y ▁be n di to ▁en ▁tu ▁sal ir .
▁P on d rá ▁Jehová ▁á ▁tu s ▁enemigos ▁que ▁se ▁levant ar en ▁contra ▁ti , ▁de ▁ ro ta ▁ba t i da ▁delante ▁de ▁ti : ▁por ▁un ▁camino ▁saldrá n ▁á ▁ti , ▁por ▁siete ▁camino s ▁ hu irá n ▁delante ▁de ▁ti .
▁En vi ará ▁Jehová ▁contigo ▁la ▁bendición ▁en ▁tu s ▁gran eros , ▁y ▁en ▁todo ▁aquello ▁en ▁que ▁pusier es ▁tu ▁mano ; ▁y ▁te ▁bendecir á ▁en ▁la ▁tierra ▁que ▁Jehová ▁tu ▁Dios ▁te ▁da .
▁C on f ir m ar te ▁ha ▁Jehová ▁por ▁pueblo ▁suyo ▁santo , ▁ como ▁te ▁ha ▁ j ur ado , ▁cuando ▁guarda res ▁los ▁mandamientos ▁de ▁Jehová ▁tu ▁Dios , ▁y ▁and u vier es ▁en ▁sus ▁camino s .
▁Y ▁ver án ▁todos ▁los ▁pueblo s ▁de ▁la ▁tierra ▁que ▁el ▁nombre ▁de ▁Jehová ▁es ▁llamado ▁sobre ▁ti , ▁y ▁te ▁te me rán .
▁Y ▁no ▁te ▁apart es ▁de ▁todas ▁las ▁palabras ▁que ▁yo ▁os ▁man do ▁hoy , ▁ni ▁á ▁die s tra ▁ni ▁á ▁sin i est ra , ▁para ▁ir ▁tras ▁dioses ▁ajenos ▁para ▁servir les .
▁M aldito ▁será s ▁tu ▁en ▁la ▁ciudad , ▁y ▁ m aldito ▁en ▁el ▁campo .
▁M aldito ▁tu ▁can as til lo , ▁y ▁tu s ▁so bra s .
▁M aldito ▁el ▁fruto ▁de ▁tu ▁vi en t re , ▁y ▁el ▁fruto ▁de ▁tu ▁tierra , ▁y ▁la ▁c r ía ▁de ▁tu s ▁vacas , ▁y ▁los ▁re ba ñ os ▁de ▁tu s ▁ovejas .
▁M aldito ▁será s ▁en ▁tu ▁entrar , ▁y ▁ m aldito ▁en ▁tu ▁sal ir .
▁Jehová ▁hará ▁que ▁se ▁te ▁pe gu e ▁mor t an dad , ▁hast a ▁que ▁te ▁consum a ▁de ▁la ▁tierra ▁á ▁la ▁cual ▁entr as ▁para ▁poseer la .
▁Y ▁tu s ▁cielo s ▁que ▁están ▁sobre ▁tu ▁cabeza , ▁serán ▁de ▁metal ; ▁y ▁la ▁tierra ▁que ▁está ▁debajo ▁de ▁ti , ▁de ▁ hi er ro .
▁Da rá ▁Jehová ▁por ▁ l l u vi a ▁á ▁tu ▁tierra ▁polvo ▁y ▁c en i za : ▁de ▁los ▁cielo s ▁descend e rán ▁sobre ▁ti ▁hast a ▁que ▁per e z ca s .
▁Y ▁será ▁tu ▁cuerpo ▁muerto ▁por ▁com i da ▁á ▁toda ▁ ave ▁del ▁cielo ▁y ▁bestia ▁de ▁la ▁tierra , ▁y ▁no ▁habrá ▁quien ▁las ▁es p an te .
▁Jehová ▁te ▁her irá ▁de ▁la ▁plaga ▁de ▁Egipto , ▁y ▁con ▁al mo r ra n as , ▁y ▁con ▁s a rna , ▁y ▁con ▁come z ón , ▁de ▁que ▁no ▁pu ed as ▁ser ▁cu r ado .
▁Jehová ▁te ▁her irá ▁con ▁lo cu ra , ▁y ▁con ▁ ce gu ed ad , ▁y ▁con ▁pa s mo ▁de ▁corazón .
▁T u s ▁hijos ▁y ▁tu s ▁hijas ▁serán ▁entregado s ▁á ▁otro ▁pueblo , ▁y ▁tu s ▁ojos ▁lo ▁ver án , ▁y ▁de s f al le ce rán ▁por ▁ellos ▁todo ▁el ▁día : ▁y ▁no ▁habrá ▁fuerza ▁en ▁tu ▁mano .
▁Y ▁en lo que ce rás ▁á ▁causa ▁de ▁lo ▁que ▁ve rás ▁con ▁tu s ▁ojos .
▁Jehová ▁llev ará ▁á ▁ti , ▁y ▁á ▁tu ▁rey ▁que ▁hubiere s ▁puesto ▁sobre ▁ti , ▁á ▁gente ▁que ▁no ▁conoc iste ▁tú ▁ni ▁tu s ▁padres ; ▁y ▁all á ▁servir ás ▁á ▁dioses ▁ajenos , ▁al ▁pa lo ▁y ▁á ▁la ▁piedra .
▁Y ▁será s ▁por ▁pa s mo , ▁por ▁ e je m p lo ▁y ▁por ▁f á b u la , ▁á ▁todos ▁los ▁pueblo s ▁á ▁los ▁cuales ▁te ▁llev ará ▁Jehová .
▁S a c arás ▁much a ▁simiente ▁al ▁campo , ▁y ▁co g e rás ▁poco ; ▁por que ▁la ▁la n go s ta ▁lo ▁consum irá .
▁P l an t arás ▁viña s ▁y ▁la bra rás , ▁mas ▁no ▁beber ás ▁vino , ▁ni ▁co g e rás ▁ u v as ; ▁por que ▁el ▁ gu s an o ▁las ▁comerá .
▁T en d rás ▁ o li v as ▁en ▁todo ▁tu ▁término , ▁mas ▁no ▁te ▁un g irá s ▁con ▁el ▁aceite ; ▁por que ▁tu ▁a ce i t un a ▁se ▁ca e rá .
▁Hi jo s ▁é ▁hijas ▁en g en d r arás , ▁y ▁no ▁serán ▁para ▁ti ; ▁por que ▁ir án ▁en ▁ca u t ive ri o .
▁T o da ▁tu ▁ar b o le da ▁y ▁el ▁fruto ▁de ▁tu ▁tierra ▁consum irá ▁la ▁la n go s ta .
▁El ▁extranjero ▁que ▁estará ▁en ▁medio ▁de ▁ti ▁subir á ▁sobre ▁ti ▁mu y ▁al to , ▁y ▁tú ▁será s ▁puesto ▁mu y ▁ba jo .
▁El ▁te ▁pre st ará ▁á ▁ti , ▁y ▁tú ▁no ▁pre st arás ▁á ▁él : ▁él ▁será ▁por ▁cabeza , ▁y ▁tú ▁será s ▁por ▁co la .
▁Y ▁serán ▁en ▁ti ▁por ▁señal ▁y ▁por ▁mar a vi l la , ▁y ▁en ▁tu ▁simiente ▁para ▁siempre .
▁Por ▁cuanto ▁no ▁ serv iste ▁á ▁Jehová ▁tu ▁Dios ▁con ▁alegr ía ▁y ▁con ▁go zo ▁de ▁corazón , ▁por ▁la ▁a b un d an ci a ▁de ▁todas ▁las ▁cosas ;
▁Ge n te ▁f i er a ▁de ▁rostro , ▁que ▁no ▁tendrá ▁re s pe to ▁al ▁an ci an o , ▁ni ▁perdon ará ▁al ▁niño :
▁Y ▁hará ▁volver ▁sobre ▁ti ▁todos ▁los ▁mal es ▁de ▁Egipto , ▁delante ▁de ▁los ▁cuales ▁tem iste , ▁y ▁se ▁te ▁pe g arán .
▁A simismo ▁toda ▁en f er me dad ▁y ▁toda ▁plaga ▁que ▁no ▁está ▁es c ri ta ▁en ▁el ▁libr o ▁de ▁esta ▁le y , ▁Jehová ▁la ▁enviar á ▁sobre ▁ti , ▁hast a ▁que ▁tú ▁sea s ▁de st r u í do .
▁Y ▁quedar éis ▁en ▁p o ca ▁gente , ▁en ▁lugar ▁de ▁haber ▁sido ▁ como ▁las ▁es t re l la s ▁del ▁cielo ▁en ▁multitud ; ▁por ▁cuanto ▁no ▁obedec iste ▁á ▁la ▁voz ▁de ▁Jehová ▁tu ▁Dios .
▁Y ▁tendrá s ▁tu ▁vida ▁ como ▁co l g ada ▁delante ▁de ▁ti , ▁y ▁estará s ▁tem eros o ▁de ▁noche ▁y ▁de ▁día , ▁y ▁no ▁con f i arás ▁de ▁tu ▁vida .
▁E S T A S ▁son ▁las ▁palabras ▁del ▁pacto ▁que ▁Jehová ▁mandó ▁á ▁Moisés ▁con cer ta ra ▁con ▁los ▁hijos ▁de ▁Israel ▁en ▁la ▁tierra ▁de ▁Moab , ▁además ▁del ▁pacto ▁que ▁con cer t ó ▁con ▁ellos ▁en ▁Hor e b .
▁Moisés ▁pues ▁llamó ▁á ▁todo ▁Israel , ▁y ▁díjole s : ▁Vosotros ▁ha béis ▁visto ▁todo ▁lo ▁que ▁Jehová ▁ha ▁hecho ▁delante ▁de ▁vuestro s ▁ojos ▁en ▁la ▁tierra ▁de ▁Egipto ▁á ▁Faraón ▁y ▁á ▁todos ▁sus ▁siervos , ▁y ▁á ▁toda ▁su ▁tierra :
▁La s ▁p r ue ba s ▁grande s ▁que ▁vieron ▁tu s ▁ojos , ▁las ▁señal es , ▁y ▁las ▁grande s ▁mar a vi l la s .
▁Y ▁Jehová ▁no ▁os ▁dió ▁corazón ▁para ▁en t en der , ▁ni ▁ojos ▁para ▁ver , ▁ni ▁oído s ▁para ▁oir , ▁hast a ▁el ▁día ▁de ▁hoy .
▁Y ▁yo ▁os ▁he ▁traído ▁cuarenta ▁años ▁por ▁el ▁desierto : ▁vuestro s ▁vestidos ▁no ▁se ▁han ▁en v e je c ido ▁sobre ▁vosotros , ▁ni ▁tu ▁ za pa to ▁se ▁ha ▁en v e je c ido ▁sobre ▁tu ▁pie .
▁No ▁ha béis ▁com ido ▁pan , ▁ni ▁be bi steis ▁vino ▁ni ▁si d ra : ▁para ▁que ▁su p i e se is ▁que ▁yo ▁soy ▁Jehová ▁vuestro ▁Dios .
▁Y ▁lleg a steis ▁á ▁este ▁lugar , ▁y ▁salió ▁Sehón ▁rey ▁de ▁Hesbón , ▁y ▁O g ▁rey ▁de ▁Basán , ▁delante ▁de ▁nosotros ▁para ▁pe le ar , ▁y ▁her í mos los ;
▁Y ▁toma mos ▁su ▁tierra , ▁y ▁d í mos la ▁por ▁heredad ▁á ▁Rubén ▁y ▁á ▁Gad , ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés .
▁ G u ar d aréis , ▁pues , ▁las ▁palabras ▁de ▁este ▁pacto , ▁y ▁las ▁pondré is ▁por ▁obra , ▁para ▁que ▁prosper éis ▁en ▁todo ▁lo ▁que ▁hiciere is .
▁Vosotros ▁todos ▁está is ▁hoy ▁delante ▁de ▁Jehová ▁vuestro ▁Dios ; ▁vuestro s ▁príncipes ▁de ▁vuestras ▁tribu s , ▁vuestro s ▁ancianos , ▁y ▁vuestro s ▁of i ci a les , ▁todos ▁los ▁varones ▁de ▁Israel ,
▁ V u est ro s ▁niño s , ▁vuestras ▁mujeres , ▁y ▁tu s ▁extranjero s ▁que ▁habita n ▁en ▁medio ▁de ▁tu ▁campo , ▁de s de ▁el ▁que ▁cor ta ▁tu ▁le ñ a ▁hast a ▁el ▁que ▁saca ▁tu s ▁aguas :
▁Para ▁que ▁entre s ▁en ▁el ▁pacto ▁de ▁Jehová ▁tu ▁Dios , ▁y ▁en ▁su ▁ j ura ment o , ▁que ▁Jehová ▁tu ▁Dios ▁a cu er da ▁hoy ▁contigo :
▁Y ▁no ▁con ▁vosotros ▁so los ▁a cu er do ▁yo ▁este ▁pacto ▁y ▁este ▁ j ura ment o ,
▁Si no ▁con ▁los ▁que ▁están ▁aquí ▁presente s ▁hoy ▁con ▁nosotros ▁delante ▁de ▁Jehová ▁nuestro ▁Dios , ▁y ▁con ▁los ▁que ▁no ▁están ▁aquí ▁hoy ▁con ▁nosotros .
▁Porque ▁vosotros ▁s a béis ▁ cómo ▁habita mos ▁en ▁la ▁tierra ▁de ▁Egipto , ▁y ▁ cómo ▁he mos ▁pasa do ▁por ▁medio ▁de ▁las ▁gente s ▁que ▁ha béis ▁pasa do ;
▁Y ▁ha béis ▁visto ▁sus ▁abomina ciones , ▁y ▁sus ▁ í do los , ▁made ra ▁y ▁piedra , ▁plata ▁y ▁oro , ▁que ▁tiene n ▁consigo .
▁Y ▁apart ará lo ▁Jehová ▁de ▁todas ▁las ▁tribu s ▁de ▁Israel ▁para ▁mal , ▁conform e ▁á ▁todas ▁las ▁mal di ciones ▁del ▁pacto ▁escrito ▁en ▁este ▁libr o ▁de ▁la ▁le y .
▁Di rán , ▁pues , ▁todas ▁las ▁gente s : ▁¿ Por ▁qué ▁hizo ▁Jehová ▁esto ▁á ▁esta ▁tierra ? ▁¿ qué ▁ir a ▁es ▁é s ta ▁de ▁ t an ▁gran ▁furor ?
▁Y ▁respond e rán : ▁Por ▁cuanto ▁dejar on ▁el ▁pacto ▁de ▁Jehová ▁el ▁Dios ▁de ▁sus ▁padres , ▁que ▁él ▁con cer t ó ▁con ▁ellos ▁cuando ▁los ▁sacó ▁de ▁la ▁tierra ▁de ▁Egipto ,
▁Y ▁fueron ▁y ▁sirv ieron ▁á ▁dioses ▁ajenos , ▁é ▁inclin áronse ▁á ▁ellos , ▁dioses ▁que ▁no ▁conoc ían , ▁y ▁que ▁ninguna ▁cosa ▁les ▁habían ▁dado :
▁En ce n di óse ▁por ▁tanto , ▁el ▁furor ▁de ▁Jehová ▁contra ▁esta ▁tierra , ▁para ▁tra er ▁sobre ▁ella ▁todas ▁las ▁mal di ciones ▁es c r itas ▁en ▁este ▁libr o ;
▁Y ▁Jehová ▁los ▁de s ar ra i g ó ▁de ▁su ▁tierra ▁con ▁enoj o , ▁y ▁con ▁s a ñ a , ▁y ▁con ▁furor ▁grande , ▁y ▁los ▁echó ▁á ▁otra ▁tierra , ▁ como ▁hoy .
▁La s ▁cosas ▁secret as ▁per t en e ce n ▁á ▁Jehová ▁nuestro ▁Dios : ▁mas ▁las ▁re v el ada s ▁son ▁para ▁nosotros ▁y ▁para ▁nuestro s ▁hijos ▁por ▁siempre , ▁para ▁que ▁cumpl a mos ▁todas ▁las ▁palabras ▁de ▁esta ▁le y .
▁Y ▁te ▁con vi r t iere s ▁á ▁Jehová ▁tu ▁Dios , ▁y ▁obedec iere s ▁á ▁su ▁voz ▁conform e ▁á ▁todo ▁lo ▁que ▁yo ▁te ▁man do ▁hoy , ▁tú ▁y ▁tu s ▁hijos , ▁con ▁todo ▁tu ▁corazón ▁y ▁con ▁toda ▁tu ▁alma ,
▁Si ▁hubiere s ▁sido ▁ar ro ja do ▁hast a ▁el ▁cabo ▁de ▁los ▁cielo s , ▁de ▁allí ▁te ▁recog e rá ▁Jehová ▁tu ▁Dios , ▁y ▁de ▁all á ▁te ▁tomará :
▁Y ▁volver te ▁ha ▁Jehová ▁tu ▁Dios ▁á ▁la ▁tierra ▁que ▁her ed aron ▁tu s ▁padres , ▁y ▁la ▁poseer ás ; ▁y ▁te ▁hará ▁bien , ▁y ▁te ▁multiplic ará ▁más ▁que ▁á ▁tu s ▁padres .
▁Y ▁c ir cu n ci d ará ▁Jehová ▁tu ▁Dios ▁tu ▁corazón , ▁y ▁el ▁corazón ▁de ▁tu ▁simiente , ▁para ▁que ▁am es ▁á ▁Jehová ▁tu ▁Dios ▁con ▁todo ▁tu ▁corazón ▁y ▁con ▁toda ▁tu ▁alma , ▁á ▁fin ▁de ▁que ▁tú ▁viva s .
▁Y ▁pondrá ▁Jehová ▁tu ▁Dios ▁todas ▁esta s ▁mal di ciones ▁sobre ▁tu s ▁enemigos , ▁y ▁sobre ▁tu s ▁aborrec ed o res ▁que ▁te ▁per s i gu ieron .
▁Y ▁tú ▁volver ás , ▁y ▁oir ás ▁la ▁voz ▁de ▁Jehová , ▁y ▁pondrá s ▁por ▁obra ▁todos ▁sus ▁mandamientos , ▁que ▁yo ▁te ▁in t im o ▁hoy .
▁Porque ▁este ▁man d amiento ▁que ▁yo ▁te ▁in t im o ▁hoy , ▁no ▁te ▁es ▁en cu bi er to , ▁ni ▁está ▁le jo s :
▁No ▁está ▁en ▁el ▁cielo , ▁para ▁que ▁di ga s : ▁¿ Quién ▁subir á ▁por ▁nosotros ▁al ▁cielo , ▁y ▁no s ▁lo ▁traerá ▁y ▁no s ▁lo ▁re p res enta rá , ▁para ▁que ▁lo ▁cumpl a mos ?
▁Porque ▁mu y ▁cerca ▁de ▁ti ▁está ▁la ▁palabra , ▁en ▁tu ▁boca ▁y ▁en ▁tu ▁corazón , ▁para ▁que ▁la ▁cumpl as .
▁Mi ra , ▁yo ▁he ▁puesto ▁delante ▁de ▁ti ▁hoy ▁la ▁vida ▁y ▁el ▁bien , ▁la ▁muerte ▁y ▁el ▁mal :
▁Mas ▁si ▁tu ▁corazón ▁se ▁apart are , ▁y ▁no ▁ o y er es , ▁y ▁fuere s ▁in ci t ado , ▁y ▁te ▁inclin are s ▁á ▁dioses ▁ajenos , ▁y ▁los ▁sirv iere s ;
▁P ro t é s to os ▁hoy ▁que ▁de ▁cierto ▁per e ce réis : ▁no ▁tendréis ▁la r go s ▁días ▁sobre ▁la ▁tierra , ▁para ▁ir ▁á ▁la ▁cual ▁pasa s ▁el ▁Jordán ▁para ▁poseer la .
▁Y ▁F U É ▁Moisés , ▁y ▁habló ▁esta s ▁palabras ▁á ▁todo ▁Israel ,
▁Y ▁díjole s : ▁De ▁edad ▁de ▁ciento ▁y ▁veinte ▁años ▁soy ▁hoy ▁día ; ▁no ▁pu ed o ▁más ▁sal ir ▁ni ▁entrar : ▁á ▁más ▁de ▁esto ▁Jehová ▁me ▁ha ▁dicho : ▁No ▁pasa rás ▁este ▁Jordán .
▁Jehová ▁tu ▁Dios , ▁él ▁pasa ▁delante ▁de ▁ti ; ▁él ▁destruir á ▁esta s ▁gente s ▁de ▁delante ▁de ▁ti , ▁y ▁las ▁her ed arás : ▁Josué ▁será ▁el ▁que ▁pasar á ▁delante ▁de ▁ti , ▁ como ▁Jehová ▁ha ▁dicho .
▁Y ▁hará ▁Jehová ▁con ▁ellos ▁ como ▁hizo ▁con ▁Sehón ▁y ▁con ▁O g , ▁reyes ▁de ▁los ▁Amorrheo s , ▁y ▁con ▁su ▁tierra , ▁que ▁los ▁de st r u y ó .
▁Y ▁los ▁entre g ará ▁Jehová ▁delante ▁de ▁vosotros , ▁y ▁ha réis ▁con ▁ellos ▁conform e ▁á ▁todo ▁lo ▁que ▁os ▁he ▁mandado .
▁Y ▁Jehová ▁es ▁el ▁que ▁va ▁delante ▁de ▁ti ; ▁él ▁será ▁contigo , ▁no ▁te ▁dejar á , ▁ni ▁te ▁de s am para rá ; ▁no ▁tem as , ▁ni ▁te ▁in t im id es .
▁Y ▁es c ri b ió ▁Moisés ▁esta ▁le y , ▁y ▁dió la ▁á ▁los ▁sacerdote s , ▁hijos ▁de ▁Leví , ▁que ▁llev aban ▁el ▁arca ▁del ▁pacto ▁de ▁Jehová , ▁y ▁á ▁todos ▁los ▁ancianos ▁de ▁Israel .
▁Y ▁mandó les ▁Moisés , ▁diciendo : ▁A l ▁cabo ▁del ▁séptimo ▁año , ▁en ▁el ▁año ▁de ▁la ▁re mi s ió n , ▁en ▁la ▁f i est a ▁de ▁las ▁C aba ñ as ,
▁Cuan do ▁vi n iere ▁todo ▁Israel ▁á ▁present ar se ▁delante ▁de ▁Jehová ▁tu ▁Dios ▁en ▁el ▁lugar ▁que ▁él ▁es co g iere , ▁le e rás ▁esta ▁le y ▁delante ▁de ▁todo ▁Israel ▁á ▁oído s ▁de ▁ellos .
▁Y ▁ap are ci óse ▁Jehová ▁en ▁el ▁tabernáculo , ▁en ▁la ▁co l u m n a ▁de ▁nube ; ▁y ▁la ▁co l u m n a ▁de ▁nube ▁se ▁puso ▁sobre ▁la ▁puerta ▁del ▁tabernáculo .
▁E mpero ▁yo ▁escond er é ▁c iertamente ▁mi ▁rostro ▁en ▁aquel ▁día , ▁por ▁todo ▁el ▁mal ▁que ▁ellos ▁habrá n ▁hecho , ▁por ▁haber se ▁vuelto ▁á ▁dioses ▁ajenos .
▁Y ▁Moisés ▁es c ri b ió ▁este ▁c án t i co ▁aquel ▁día , ▁y ▁en se ñ ólo ▁á ▁los ▁hijos ▁de ▁Israel .
▁Y ▁ como ▁a ca b ó ▁Moisés ▁de ▁es c ri bi r ▁las ▁palabras ▁de ▁esta ▁le y ▁en ▁un ▁libr o ▁hast a ▁con c l u ir se ,
▁Ma nd ó ▁Moisés ▁á ▁los ▁Levitas ▁que ▁llev aban ▁el ▁arca ▁del ▁pacto ▁de ▁Jehová , ▁diciendo :
▁Toma d ▁este ▁libr o ▁de ▁la ▁le y , ▁y ▁pon ed lo ▁al ▁la do ▁del ▁arca ▁del ▁pacto ▁de ▁Jehová ▁vuestro ▁Dios , ▁y ▁es t é ▁allí ▁por ▁testigo ▁contra ▁ti .
▁Entonces ▁habló ▁Moisés ▁en ▁oído s ▁de ▁toda ▁la ▁congregación ▁de ▁Israel ▁las ▁palabras ▁de ▁este ▁c án t i co ▁hast a ▁acaba r lo .
▁E S C U C H A D , ▁cielo s , ▁y ▁hablar é ; ▁y ▁ o i ga ▁la ▁tierra ▁los ▁dicho s ▁de ▁mi ▁boca .
▁Porque ▁el ▁nombre ▁de ▁Jehová ▁in v o c aré : ▁en g ra n de c ed ▁á ▁nuestro ▁Dios .
▁El ▁es ▁la ▁R o ca , ▁cu y a ▁obra ▁es ▁per f e c ta , ▁por que ▁todos ▁sus ▁camino s ▁son ▁rec t i t ud : ▁Dios ▁de ▁ver dad , ▁y ▁ninguna ▁iniquidad ▁en ▁él : ▁es ▁just o ▁y ▁rec to .
▁La ▁cor r u p ción ▁no ▁es ▁su y a : ▁á ▁sus ▁hijos ▁la ▁man ch a ▁de ▁ellos , ▁generación ▁to r ci da ▁y ▁per ver s a .
▁¿ A s í ▁pa g áis ▁á ▁Jehová , ▁pueblo ▁lo co ▁é ▁ i g n or an te ? ▁¿ no ▁es ▁él ▁tu ▁padre ▁que ▁te ▁pos e y ó ? ▁él ▁te ▁hizo ▁y ▁te ▁ha ▁or ga n i z ado .
▁Porque ▁la ▁parte ▁de ▁Jehová ▁es ▁su ▁pueblo ; ▁Jacob ▁la ▁cu er da ▁de ▁su ▁heredad .
▁Jehová ▁so lo ▁le ▁ gu ió , ▁que ▁no ▁hubo ▁con ▁él ▁di os ▁a je no .
▁ H í zo lo ▁subir ▁sobre ▁las ▁al t ura s ▁de ▁la ▁tierra , ▁y ▁com ió ▁los ▁fruto s ▁del ▁campo , ▁é ▁hizo ▁que ▁ch u pa se ▁mi el ▁de ▁la ▁peña , ▁y ▁aceite ▁del ▁d ur o ▁pe der n al ;
▁De s per t áronle ▁á ▁ ce los ▁con ▁los ▁dioses ▁ajenos ; ▁en s a ñ áronle ▁con ▁abomina ciones .
▁S a c ri f i c aron ▁á ▁los ▁di ab los , ▁no ▁á ▁Dios ; ▁á ▁dioses ▁que ▁no ▁habían ▁conoc ido , ▁á ▁ n ue v os ▁dioses ▁venido s ▁de ▁cerca , ▁que ▁no ▁habían ▁tem ido ▁vuestro s ▁padres .
▁De ▁la ▁R o ca ▁que ▁te ▁c r ió ▁te ▁ o l vi d aste : ▁te ▁has ▁ o l vi d ado ▁del ▁Dios ▁tu ▁criado r .
▁Y ▁vió lo ▁Jehová , ▁y ▁encendió se ▁en ▁ir a , ▁por ▁el ▁men os p re ci o ▁de ▁sus ▁hijos ▁y ▁de ▁sus ▁hijas .
▁Y ▁dijo : ▁E s co n de ré ▁de ▁ellos ▁mi ▁rostro , ▁ver é ▁cu á l ▁será ▁su ▁postr im er ía : ▁que ▁son ▁generación ▁de ▁per ver s i dad es , ▁hijos ▁sin ▁f e .
▁Yo ▁all e g aré ▁mal es ▁sobre ▁ellos ; ▁emp le aré ▁en ▁ellos ▁mis ▁s a e ta s .
▁De ▁fuera ▁de s o l ará ▁la ▁espada , ▁y ▁dentro ▁de ▁las ▁c á ma ra s ▁el ▁es p an to ; ▁así ▁al ▁mancebo ▁ como ▁á ▁la ▁don ce l la , ▁al ▁que ▁ ma ma ▁ como ▁el ▁hombre ▁can o .
▁Di je : ▁E ch ar ía los ▁yo ▁del ▁mu ndo , ▁ha r ía ▁c es ar ▁de ▁entre ▁los ▁hombres ▁la ▁memoria ▁de ▁ellos ,
▁Porque ▁son ▁gente ▁de ▁per d ido s ▁con se jo s , ▁y ▁no ▁hay ▁en ▁ellos ▁en te nd imiento .
▁ ¡ O ja l á ▁fuera n ▁s a bi os , ▁que ▁com p re n di er an ▁esto , ▁y ▁en t en di er an ▁su ▁postr im er ía !
▁Que ▁la ▁ ro ca ▁de ▁ellos ▁no ▁es ▁ como ▁nuestra ▁R o ca : ▁y ▁nuestro s ▁enemigos ▁sea n ▁de ▁el lo ▁ j ue ce s .
▁Ve n en o ▁de ▁d ra g on es ▁es ▁su ▁vino , ▁y ▁pon zo ñ a ▁c r ue l ▁de ▁á s p id es .
▁¿ No ▁ten go ▁yo ▁esto ▁guard ado , ▁se l l ado ▁en ▁mis ▁te s or os ?
▁Porque ▁Jehová ▁juzg ará ▁á ▁su ▁pueblo , ▁y ▁por ▁am or ▁de ▁sus ▁siervos ▁se ▁ar re p en t irá , ▁cuando ▁ vier e ▁que ▁la ▁fuerza ▁per e ció , ▁y ▁que ▁no ▁hay ▁guard ado , ▁mas ▁de s am para do .
▁Y ▁dirá : ▁¿ D ón de ▁están ▁sus ▁dioses , ▁la ▁ ro ca ▁en ▁que ▁se ▁ gu are c ían ;
▁Que ▁com ían ▁el ▁sebo ▁de ▁sus ▁sacrificio s , ▁be b ían ▁el ▁vino ▁de ▁sus ▁li ba ciones ? ▁Le v án t en se , ▁que ▁os ▁a y ud en ▁y ▁os ▁de f i en d an .
▁Cuan do ▁yo ▁al za ré ▁á ▁los ▁cielo s ▁mi ▁mano , ▁y ▁di ré : ▁Viv o ▁yo ▁para ▁siempre ,
▁Si ▁a f il are ▁mi ▁re l u c iente ▁espada , ▁y ▁mi ▁mano ▁ar re ba t are ▁el ▁juicio , ▁yo ▁volver é ▁la ▁ven ga n za ▁á ▁mis ▁enemigos , ▁y ▁daré ▁el ▁pa go ▁á ▁los ▁que ▁me ▁aborrec en .
▁Y ▁vino ▁Moisés , ▁y ▁re ci t ó ▁todas ▁las ▁palabras ▁de ▁este ▁c án t i co ▁á ▁oído s ▁del ▁pueblo , ▁él , ▁y ▁Josué ▁hijo ▁de ▁Nun .
▁Y ▁a ca b ó ▁Moisés ▁de ▁rec ita r ▁todas ▁esta s ▁palabras ▁á ▁todo ▁Israel ;
▁Y ▁díjole s : ▁P on ed ▁vuestro ▁corazón ▁á ▁todas ▁las ▁palabras ▁que ▁yo ▁os ▁pro te s to ▁hoy , ▁para ▁que ▁las ▁man d éis ▁á ▁vuestro s ▁hijos , ▁y ▁cu id en ▁de ▁pon er ▁por ▁obra ▁todas ▁las ▁palabras ▁de ▁esta ▁le y .
▁Porque ▁no ▁os ▁es ▁cosa ▁va n a , ▁mas ▁es ▁vuestra ▁vida : ▁y ▁por ▁ella s ▁ha réis ▁pro l on gar ▁los ▁días ▁sobre ▁la ▁tierra , ▁para ▁poseer ▁la ▁cual ▁pa s áis ▁el ▁Jordán .
▁Y ▁habló ▁Jehová ▁á ▁Moisés ▁aquel ▁mismo ▁día , ▁diciendo :
▁Y ▁mu er e ▁en ▁el ▁monte ▁al ▁cual ▁su be s , ▁y ▁s é ▁re un ido ▁á ▁tu s ▁pueblo s ; ▁al ▁mo do ▁que ▁murió ▁Aarón ▁tu ▁hermano ▁en ▁el ▁monte ▁de ▁Hor , ▁y ▁fué ▁re un ido ▁á ▁sus ▁pueblo s :
▁Ve rás ▁por ▁tanto ▁delante ▁de ▁ti ▁la ▁tierra ; ▁mas ▁no ▁entr arás ▁all á , ▁á ▁la ▁tierra ▁que ▁do y ▁á ▁los ▁hijos ▁de ▁Israel .
▁Y ▁E S T A ▁es ▁la ▁bendición ▁con ▁la ▁cual ▁bendijo ▁Moisés ▁varón ▁de ▁Dios ▁á ▁los ▁hijos ▁de ▁Israel , ▁antes ▁que ▁mu ri e se .
▁A un ▁am ó ▁los ▁pueblo s ; ▁todos ▁sus ▁santo s ▁en ▁tu ▁mano : ▁ellos ▁también ▁se ▁llegar on ▁á ▁tu s ▁pie s : ▁re ci b ieron ▁de ▁tu s ▁dicho s .
▁Le y ▁no s ▁mandó ▁Moisés , ▁heredad ▁á ▁la ▁congregación ▁de ▁Jacob .
▁Y ▁fué ▁rey ▁en ▁Je s hu r un , ▁cuando ▁se ▁con g re g aron ▁las ▁cabeza s ▁del ▁pueblo ▁con ▁las ▁tribu s ▁de ▁Israel .
▁Viv a ▁Rubén , ▁y ▁no ▁muera ; ▁y ▁sea n ▁sus ▁varones ▁en ▁número .
▁El ▁que ▁dijo ▁á ▁su ▁padre ▁y ▁á ▁su ▁madre : ▁Nun ca ▁los ▁vi : ▁ni ▁conoc ió ▁á ▁sus ▁hermanos , ▁ni ▁conoc ió ▁á ▁sus ▁hijos : ▁por ▁lo ▁cual ▁ellos ▁guard arán ▁tu s ▁palabras , ▁y ▁ob serv arán ▁tu ▁pacto .
▁El los ▁en se ñ arán ▁tu s ▁juicio s ▁á ▁Jacob , ▁y ▁tu ▁le y ▁á ▁Israel ; ▁pondrá n ▁el ▁perfume ▁delante ▁de ▁ti , ▁y ▁el ▁holocausto ▁sobre ▁tu ▁altar .
▁Y ▁á ▁Benjamín ▁dijo : ▁El ▁am ado ▁de ▁Jehová ▁habita rá ▁con f i ado ▁cerca ▁de ▁él ; ▁cu b r irá lo ▁siempre ▁ , ▁y ▁entre ▁sus ▁ho m b ro s ▁mor ará .
▁Y ▁á ▁José ▁dijo : ▁Be nd ita ▁de ▁Jehová ▁su ▁tierra , ▁por ▁los ▁re ga los ▁de ▁los ▁cielo s , ▁por ▁el ▁ ro c í o , ▁y ▁por ▁el ▁a bi s mo ▁que ▁ aba jo ▁y a ce ,
▁Y ▁por ▁los ▁re ga l ados ▁fruto s ▁del ▁so l , ▁y ▁por ▁los ▁re ga los ▁de ▁las ▁in f l ue n ci as ▁de ▁las ▁lu n as ,
▁Y ▁por ▁la ▁cumbre ▁de ▁los ▁monte s ▁an t i gu os , ▁y ▁por ▁los ▁re ga los ▁de ▁los ▁co l l ados ▁ e t er nos ,
▁Y ▁á ▁Zabulón ▁dijo : ▁A l é g ra te , ▁Zabulón , ▁cuando ▁sal iere s : ▁y ▁tú , ▁Issachâr , ▁en ▁tu s ▁tienda s .
▁Y ▁á ▁Gad ▁dijo : ▁Be n di to ▁el ▁que ▁hizo ▁en s an ch ar ▁á ▁Gad : ▁ como ▁le ón ▁habita rá , ▁y ▁ar re ba t ará ▁brazo ▁y ▁te s ta .
▁Y ▁á ▁Dan ▁dijo : ▁Dan , ▁ca ch or ro ▁de ▁le ón : ▁sal t ará ▁de s de ▁Basán .
▁Y ▁á ▁Nephtalí ▁dijo : ▁Nephtalí , ▁s a ci ado ▁de ▁be n e v o l en ci a , ▁y ▁lleno ▁de ▁la ▁bendición ▁de ▁Jehová , ▁pos e e ▁el ▁occidente ▁y ▁el ▁mediodía .
▁Y ▁á ▁As er ▁dijo : ▁Be n di to ▁As er ▁en ▁hijos : ▁a g r ada ble ▁será ▁á ▁sus ▁hermanos , ▁y ▁mo ja rá ▁en ▁aceite ▁su ▁pie .
▁Hi er ro ▁y ▁metal ▁tu ▁ca l z ado , ▁y ▁ como ▁tu s ▁días ▁tu ▁fortaleza .
▁No ▁hay ▁ como ▁el ▁Dios ▁de ▁Je s hu r un , ▁mo n t ado ▁sobre ▁los ▁cielo s ▁para ▁tu ▁a y ud a , ▁y ▁sobre ▁las ▁nube s ▁con ▁su ▁grande za .
▁E ▁Israel , ▁fuente ▁de ▁Jacob , ▁habita rá ▁con f i ado ▁so lo ▁en ▁tierra ▁de ▁gran o ▁y ▁de ▁vino : ▁también ▁sus ▁cielo s ▁de s til arán ▁ ro c í o .
▁Y ▁á ▁todo ▁Nephtalí , ▁y ▁la ▁tierra ▁de ▁Ephraim ▁y ▁de ▁Manasés , ▁toda ▁la ▁tierra ▁de ▁Judá ▁hast a ▁la ▁mar ▁postr er a ;
▁Y ▁la ▁parte ▁me ri d ion al , ▁y ▁la ▁camp i ñ a , ▁la ▁ve ga ▁de ▁Jericó , ▁ciudad ▁de ▁las ▁palm as , ▁hast a ▁So ar .
▁Y ▁murió ▁allí ▁Moisés ▁siervo ▁de ▁Jehová , ▁en ▁la ▁tierra ▁de ▁Moab , ▁conform e ▁al ▁dicho ▁de ▁Jehová .
▁Y ▁enter r ólo ▁en ▁el ▁valle , ▁en ▁tierra ▁de ▁Moab , ▁en f r ente ▁de ▁Beth pe or ; ▁y ▁ninguno ▁sabe ▁su ▁se p u l c ro ▁hast a ▁hoy .
▁Y ▁era ▁Moisés ▁de ▁edad ▁de ▁ciento ▁y ▁veinte ▁años ▁cuando ▁murió : ▁sus ▁ojos ▁ nunc a ▁se ▁os cu re c ieron , ▁ni ▁per d ió ▁su ▁vi g or .
▁Y ▁llora ron ▁los ▁hijos ▁de ▁Israel ▁á ▁Moisés ▁en ▁los ▁campo s ▁de ▁Moab ▁treinta ▁días : ▁y ▁así ▁se ▁cumpl ieron ▁los ▁días ▁del ▁ l lo ro ▁del ▁lu to ▁de ▁Moisés .
▁Y ▁Josué ▁hijo ▁de ▁Nun ▁fué ▁lleno ▁de ▁espíritu ▁de ▁sabiduría , ▁por que ▁Moisés ▁había ▁puesto ▁sus ▁manos ▁sobre ▁él : ▁y ▁los ▁hijos ▁de ▁Israel ▁le ▁obedec ieron , ▁é ▁hicieron ▁ como ▁Jehová ▁mandó ▁á ▁Moisés .
▁Y ▁ nunc a ▁más ▁se ▁levant ó ▁profeta ▁en ▁Israel ▁ como ▁Moisés , ▁á ▁quien ▁haya ▁conoc ido ▁Jehová ▁ca ra ▁á ▁ca ra ;
▁En ▁todas ▁las ▁señal es ▁y ▁pro di g i os ▁que ▁le ▁envió ▁Jehová ▁á ▁hacer ▁en ▁tierra ▁de ▁Egipto ▁á ▁Faraón , ▁y ▁á ▁todos ▁sus ▁siervos , ▁y ▁á ▁toda ▁su ▁tierra ;
▁Y ▁en ▁toda ▁aquella ▁mano ▁es for z ada , ▁y ▁en ▁todo ▁el ▁es p an to ▁grande ▁que ▁ca u s ó ▁Moisés ▁á ▁ojos ▁de ▁todo ▁Israel .
▁Y ▁A C O N T E C I Ó ▁después ▁de ▁la ▁muerte ▁de ▁Moisés ▁siervo ▁de ▁Jehová , ▁que ▁Jehová ▁habló ▁á ▁Josué ▁hijo ▁de ▁Nun , ▁ministr o ▁de ▁Moisés , ▁diciendo :
▁Mi ▁siervo ▁Moisés ▁es ▁muerto : ▁le v án ta te ▁pues ▁ahora , ▁y ▁pasa ▁este ▁Jordán , ▁tú ▁y ▁todo ▁este ▁pueblo , ▁á ▁la ▁tierra ▁que ▁yo ▁les ▁do y ▁á ▁los ▁hijos ▁de ▁Israel .
▁Yo ▁os ▁he ▁entregado , ▁ como ▁lo ▁había ▁dicho ▁á ▁Moisés , ▁todo ▁lugar ▁que ▁pi s are ▁la ▁plant a ▁de ▁vuestro ▁pie .
▁N a di e ▁te ▁pod rá ▁hacer ▁f r ente ▁en ▁todos ▁los ▁días ▁de ▁tu ▁vida : ▁ como ▁yo ▁f u í ▁con ▁Moisés , ▁se ré ▁contigo ; ▁no ▁te ▁dejar é , ▁ni ▁te ▁de s am para ré .
▁E s f u é r za te ▁y ▁s é ▁va l iente : ▁por que ▁tú ▁re p ar t irá s ▁á ▁este ▁pueblo ▁por ▁heredad ▁la ▁tierra , ▁de ▁la ▁cual ▁ j u ré ▁á ▁sus ▁padres ▁que ▁la ▁dar ía ▁á ▁ellos .
▁Mi ra ▁que ▁te ▁man do ▁que ▁te ▁es f u er ce s ▁y ▁sea s ▁va l iente : ▁no ▁tem as ▁ni ▁de s ma y es , ▁por que ▁Jehová ▁tu ▁Dios ▁será ▁contigo ▁en ▁don de ▁ qui er a ▁que ▁fuere s .
▁Y ▁Josué ▁mandó ▁á ▁los ▁of i ci a les ▁del ▁pueblo , ▁diciendo :
▁T ambién ▁habló ▁Josué ▁á ▁los ▁R u b en itas ▁y ▁Gad itas , ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés , ▁diciendo :
▁A co r da os ▁de ▁la ▁palabra ▁que ▁Moisés , ▁siervo ▁de ▁Jehová , ▁os ▁mandó ▁diciendo : ▁Jehová ▁vuestro ▁Dios ▁os ▁ha ▁dado ▁reposo , ▁y ▁os ▁ha ▁dado ▁esta ▁tierra .
▁Entonces ▁respondieron ▁á ▁Josué , ▁diciendo : ▁No s o t ro s ▁ha remos ▁todas ▁las ▁cosas ▁que ▁no s ▁has ▁mandado , ▁é ▁ir emos ▁ ado n de ▁ qui er a ▁que ▁no s ▁man da res .
▁De ▁la ▁manera ▁que ▁obedec i mos ▁á ▁Moisés ▁en ▁todas ▁las ▁cosas , ▁así ▁te ▁obedec e remos ▁á ▁ti : ▁solamente ▁Jehová ▁tu ▁Dios ▁sea ▁contigo , ▁ como ▁fué ▁con ▁Moisés .
▁Cualquier a ▁que ▁fuere ▁rebel de ▁á ▁tu ▁man d amiento , ▁y ▁no ▁obedec iere ▁á ▁tu s ▁palabras ▁en ▁todas ▁las ▁cosas ▁que ▁le ▁man da res , ▁que ▁muera ; ▁solamente ▁que ▁te ▁es f u er ce s , ▁y ▁sea s ▁va l iente .
▁Y ▁fué ▁dado ▁aviso ▁al ▁rey ▁de ▁Jericó , ▁diciendo : ▁He ▁aquí ▁que ▁hombres ▁de ▁los ▁hijos ▁de ▁Israel ▁han ▁venido ▁aquí ▁esta ▁noche ▁á ▁es p i ar ▁la ▁tierra .
▁Entonces ▁el ▁rey ▁de ▁Jericó ▁envió ▁á ▁decir ▁á ▁R ah ab : ▁S a ca ▁fuera ▁los ▁hombres ▁que ▁han ▁venido ▁á ▁ti , ▁y ▁han ▁entr ado ▁en ▁tu ▁casa ; ▁por que ▁han ▁venido ▁á ▁es p i ar ▁toda ▁la ▁tierra .
▁Mas ▁la ▁mujer ▁había ▁tomado ▁los ▁dos ▁hombres , ▁y ▁los ▁había ▁escond ido ; ▁y ▁dijo : ▁Ve r dad ▁que ▁hombres ▁vinieron ▁á ▁mí , ▁mas ▁no ▁su pe ▁de ▁d ón de ▁era n :
▁Mas ▁ella ▁los ▁había ▁hecho ▁subir ▁al ▁te r r ado , ▁y ▁había los ▁escond ido ▁entre ▁ ta s co s ▁de ▁lino ▁que ▁en ▁aquel ▁te r r ado ▁tenía ▁puesto s .
▁Y ▁los ▁hombres ▁fueron ▁tras ▁ellos ▁por ▁el ▁camino ▁del ▁Jordán , ▁hast a ▁los ▁va do s : ▁y ▁la ▁puerta ▁fué ▁ cer r ada ▁después ▁que ▁salieron ▁los ▁que ▁tras ▁ellos ▁iba n .
▁Mas ▁antes ▁que ▁ellos ▁d ur mi es en , ▁ella ▁subió ▁á ▁ellos ▁al ▁te r r ado , ▁y ▁díjole s :
▁S é ▁que ▁Jehová ▁os ▁ha ▁dado ▁esta ▁tierra ; ▁por que ▁el ▁tem or ▁de ▁vosotros ▁ha ▁ca í do ▁sobre ▁nosotros , ▁y ▁todos ▁los ▁moradores ▁del ▁país ▁están ▁de s ma y ados ▁por ▁causa ▁de ▁vosotros ;
▁Y ▁que ▁salva réis ▁la ▁vida ▁á ▁mi ▁padre ▁y ▁á ▁mi ▁madre , ▁y ▁á ▁mis ▁hermanos ▁y ▁hermana s , ▁y ▁á ▁todo ▁lo ▁que ▁es ▁suyo ; ▁y ▁que ▁libr aréis ▁nuestra s ▁vida s ▁de ▁la ▁muerte .
▁Entonces ▁ella ▁los ▁hizo ▁descend er ▁con ▁una ▁cu er da ▁por ▁la ▁ven t an a ; ▁por que ▁su ▁casa ▁estaba ▁á ▁la ▁par ed ▁del ▁mu ro , ▁y ▁ella ▁vi v ía ▁en ▁el ▁mu ro .
▁Y ▁ellos ▁le ▁dijeron : ▁No s o t ro s ▁se remos ▁de s o b li g ados ▁de ▁este ▁ j ura ment o ▁con ▁que ▁no s ▁has ▁con j ur ado .
▁Y ▁si ▁tú ▁de nunc i are s ▁este ▁nuestro ▁negocio , ▁nosotros ▁se remos ▁de s o b li g ados ▁de ▁este ▁tu ▁ j ura ment o ▁con ▁que ▁no s ▁has ▁ j ura ment ado .
▁Y ▁ella ▁respondió : ▁Se a ▁así ▁ como ▁ha béis ▁dicho . ▁Luego ▁los ▁de s p id ió , ▁y ▁se ▁fueron : ▁y ▁ella ▁at ó ▁el ▁cor d ón ▁de ▁gran a ▁á ▁la ▁ven t an a .
▁Y ▁torn ándose ▁los ▁dos ▁varones , ▁descend ieron ▁del ▁monte , ▁y ▁pasar on , ▁y ▁vinieron ▁á ▁Josué ▁hijo ▁de ▁Nun , ▁y ▁con t áronle ▁todas ▁las ▁cosas ▁que ▁les ▁habían ▁a co n te c ido .
▁Y ▁dijeron ▁á ▁Josué : ▁Jehová ▁ha ▁entregado ▁toda ▁la ▁tierra ▁en ▁nuestra s ▁manos ; ▁y ▁también ▁todos ▁los ▁moradores ▁del ▁país ▁están ▁de s ma y ados ▁delante ▁de ▁nosotros .
▁Y ▁L E V A N T Ó S E ▁Josué ▁de ▁mañana , ▁y ▁part ieron ▁de ▁Sittim , ▁y ▁vinieron ▁hast a ▁el ▁Jordán , ▁él ▁y ▁todos ▁los ▁hijos ▁de ▁Israel , ▁y ▁re p os aron ▁allí ▁antes ▁que ▁pasa s en .
▁Y ▁pasa do s ▁tres ▁días , ▁los ▁of i ci a les ▁at r ave s aron ▁por ▁medio ▁del ▁campo ,
▁Y ▁Josué ▁dijo ▁al ▁pueblo : ▁S an t i f i ca os , ▁por que ▁Jehová ▁hará ▁mañana ▁entre ▁vosotros ▁mar a vi l la s .
▁Y ▁habló ▁Josué ▁á ▁los ▁sacerdote s , ▁diciendo : ▁Toma d ▁el ▁arca ▁del ▁pacto , ▁y ▁pasa d ▁delante ▁del ▁pueblo . ▁Y ▁ellos ▁tomaron ▁el ▁arca ▁del ▁pacto , ▁y ▁fueron ▁delante ▁del ▁pueblo .
▁T ú , ▁pues , ▁man d arás ▁á ▁los ▁sacerdote s ▁que ▁llev an ▁el ▁arca ▁del ▁pacto , ▁diciendo : ▁Cuan do ▁hubiere is ▁entr ado ▁hast a ▁el ▁bo r de ▁del ▁agua ▁del ▁Jordán , ▁para réis ▁en ▁el ▁Jordán .
▁Y ▁Josué ▁dijo ▁á ▁los ▁hijos ▁de ▁Israel : ▁L le ga os ▁a c á , ▁y ▁es cu ch ad ▁las ▁palabras ▁de ▁Jehová ▁vuestro ▁Dios .
▁He ▁aquí , ▁el ▁arca ▁del ▁pacto ▁del ▁Señor e ado r ▁de ▁toda ▁la ▁tierra ▁pasa ▁el ▁Jordán ▁delante ▁de ▁vosotros .
▁Toma d , ▁pues , ▁ahora ▁do ce ▁hombres ▁de ▁las ▁tribu s ▁de ▁Israel , ▁de ▁ cada ▁tribu ▁uno .
▁Y ▁aconteció , ▁que ▁part iendo ▁el ▁pueblo ▁de ▁sus ▁tienda s ▁para ▁pasar ▁el ▁Jordán , ▁y ▁los ▁sacerdote s ▁delante ▁del ▁pueblo ▁llev ando ▁el ▁arca ▁del ▁pacto ,
▁Y ▁C U A NDO ▁toda ▁la ▁gente ▁hubo ▁acaba do ▁de ▁pasar ▁el ▁Jordán , ▁Jehová ▁habló ▁á ▁Josué , ▁diciendo :
▁Toma d ▁del ▁pueblo ▁do ce ▁hombres , ▁de ▁ cada ▁tribu ▁uno ,
▁Entonces ▁Josué ▁llamó ▁á ▁los ▁do ce ▁hombres , ▁los ▁cuales ▁había ▁él ▁orden ado ▁de ▁entre ▁los ▁hijos ▁de ▁Israel , ▁de ▁ cada ▁tribu ▁uno ;
▁Para ▁que ▁esto ▁sea ▁señal ▁entre ▁vosotros ; ▁y ▁cuando ▁vuestro s ▁hijos ▁pregunta re n ▁á ▁sus ▁padres ▁mañana , ▁diciendo : ▁¿ Qué ▁os ▁sign i f i ca n ▁esta s ▁piedra s ?
▁Josué ▁también ▁levant ó ▁do ce ▁piedra s ▁en ▁medio ▁del ▁Jordán , ▁en ▁el ▁lugar ▁don de ▁es tuvieron ▁los ▁pie s ▁de ▁los ▁sacerdote s ▁que ▁llev aban ▁el ▁arca ▁del ▁pacto ; ▁y ▁han ▁esta do ▁allí ▁hast a ▁hoy .
▁Y ▁cuando ▁todo ▁el ▁pueblo ▁a ca b ó ▁de ▁pasar , ▁pasó ▁también ▁el ▁arca ▁de ▁Jehová , ▁y ▁los ▁sacerdote s , ▁en ▁presencia ▁del ▁pueblo .
▁T ambién ▁los ▁hijos ▁de ▁Rubén ▁y ▁los ▁hijos ▁de ▁Gad , ▁y ▁la ▁media ▁tribu ▁de ▁Manasés , ▁pasar on ▁arm ados ▁delante ▁de ▁los ▁hijos ▁de ▁Israel , ▁seg ún ▁Moisés ▁les ▁había ▁dicho :
▁C o mo ▁cuarenta ▁mil ▁hombres ▁arm ados ▁á ▁pu n to ▁pasar on ▁haci a ▁la ▁camp i ñ a ▁de ▁Jericó ▁delante ▁de ▁Jehová ▁á ▁la ▁guerra .
▁En ▁aquel ▁día ▁Jehová ▁en g ra n de ció ▁á ▁Josué ▁en ▁ojos ▁de ▁todo ▁Israel : ▁y ▁tem iéronle , ▁ como ▁habían ▁tem ido ▁á ▁Moisés , ▁todos ▁los ▁días ▁de ▁su ▁vida .
▁Y ▁Jehová ▁habló ▁á ▁Josué , ▁diciendo :
▁Ma n da ▁á ▁los ▁sacerdote s ▁que ▁llev an ▁el ▁arca ▁del ▁testimonio , ▁que ▁su ba n ▁del ▁Jordán .
▁Y ▁Josué ▁mandó ▁á ▁los ▁sacerdote s , ▁diciendo : ▁Su bi d ▁del ▁Jordán .
▁Y ▁el ▁pueblo ▁subió ▁del ▁Jordán ▁el ▁diez ▁del ▁me s ▁primer o , ▁y ▁a sentaron ▁el ▁campo ▁en ▁Gilgal , ▁al ▁la do ▁or i enta l ▁de ▁Jericó .
▁Y ▁Josué ▁ er i g ió ▁en ▁Gilgal ▁las ▁do ce ▁piedra s ▁que ▁habían ▁traído ▁del ▁Jordán .
▁Y ▁habló ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁Cuan do ▁mañana ▁pregunta re n ▁vuestro s ▁hijos ▁á ▁sus ▁padres , ▁y ▁dijere n : ▁¿ Qué ▁os ▁sign i f i ca n ▁esta s ▁piedra s ?
▁De c l ar aréis ▁á ▁vuestro s ▁hijos , ▁diciendo : ▁Israel ▁pasó ▁en ▁se co ▁por ▁este ▁Jordán .
▁Para ▁que ▁todos ▁los ▁pueblo s ▁de ▁la ▁tierra ▁con o z ca n ▁la ▁mano ▁de ▁Jehová , ▁que ▁es ▁fuerte ; ▁para ▁que ▁tem áis ▁á ▁Jehová ▁vuestro ▁Dios ▁todos ▁los ▁días .
▁En ▁aquel ▁tiempo ▁Jehová ▁dijo ▁á ▁Josué : ▁Ha z te ▁cuchillo s ▁a f il ados , ▁y ▁ v ue l v e ▁á ▁c ir cu n ci d ar ▁la ▁seg un da ▁vez ▁á ▁los ▁hijos ▁de ▁Israel .
▁Y ▁Josué ▁se ▁hizo ▁cuchillo s ▁a f il ados , ▁y ▁c ir cu n ci d ó ▁á ▁los ▁hijos ▁de ▁Israel ▁en ▁el ▁monte ▁de ▁los ▁pre p u ci os .
▁Porque ▁todos ▁los ▁del ▁pueblo ▁que ▁habían ▁sal ido , ▁estaban ▁c ir cu n ci d ados : ▁mas ▁todo ▁el ▁pueblo ▁que ▁había ▁nac ido ▁en ▁el ▁desierto ▁por ▁el ▁camino , ▁después ▁que ▁salieron ▁de ▁Egipto , ▁no ▁estaban ▁c ir cu n ci d ados .
▁Y ▁cuando ▁ hu b ieron ▁acaba do ▁de ▁c ir cu n ci d ar ▁toda ▁la ▁gente , ▁que d áronse ▁en ▁el ▁mismo ▁lugar ▁en ▁el ▁campo , ▁hast a ▁que ▁s an aron .
▁Y ▁Jehová ▁dijo ▁á ▁Josué : ▁ H o y ▁he ▁qu ita do ▁de ▁vosotros ▁el ▁ o p ro bi o ▁de ▁Egipto : ▁por ▁lo ▁cual ▁el ▁nombre ▁de ▁aquel ▁lugar ▁fué ▁llamado ▁Gilgal , ▁hast a ▁hoy .
▁Y ▁los ▁hijos ▁de ▁Israel ▁a sentaron ▁el ▁campo ▁en ▁Gilgal , ▁y ▁ ce le bra ron ▁la ▁pa s cu a ▁á ▁los ▁ca to r ce ▁días ▁del ▁me s , ▁por ▁la ▁tarde , ▁en ▁los ▁ l la nos ▁de ▁Jericó .
▁Y ▁al ▁otro ▁día ▁de ▁la ▁pa s cu a ▁com ieron ▁del ▁fruto ▁de ▁la ▁tierra ▁los ▁pan es ▁sin ▁levadura , ▁y ▁en ▁el ▁mismo ▁día ▁es p i ga s ▁nueva s ▁to st ada s .
▁Y ▁el ▁P r í n ci pe ▁del ▁ejército ▁de ▁Jehová ▁respondió ▁á ▁Josué : ▁ Q u ita ▁tu s ▁ za pa to s ▁de ▁tu s ▁pie s ; ▁por que ▁el ▁lugar ▁don de ▁está s ▁es ▁santo . ▁Y ▁Josué ▁lo ▁hizo ▁así .
▁E M P E R O ▁Jericó ▁estaba ▁ cer r ada , ▁bien ▁ cer r ada , ▁á ▁causa ▁de ▁los ▁hijos ▁de ▁Israel : ▁nadie ▁entr aba , ▁ni ▁sal ía .
▁Mas ▁Jehová ▁dijo ▁á ▁Josué : ▁Mi ra , ▁yo ▁he ▁entregado ▁en ▁tu ▁mano ▁á ▁Jericó ▁y ▁á ▁su ▁rey , ▁con ▁sus ▁varones ▁de ▁guerra .
▁C er c aréis ▁pues ▁la ▁ciudad ▁todos ▁los ▁hombres ▁de ▁guerra , ▁ye ndo ▁alrededor ▁de ▁la ▁ciudad ▁una ▁vez : ▁y ▁esto ▁ha réis ▁se is ▁días .
▁Y ▁siete ▁sacerdote s ▁llev arán ▁siete ▁bocina s ▁de ▁cu er nos ▁de ▁carnero s ▁delante ▁del ▁arca ; ▁y ▁al ▁séptimo ▁día ▁d aréis ▁siete ▁ v ue l ta s ▁á ▁la ▁ciudad , ▁y ▁los ▁sacerdote s ▁to c arán ▁las ▁bocina s .
▁Y ▁ l l am ando ▁Josué ▁hijo ▁de ▁Nun ▁á ▁los ▁sacerdote s , ▁les ▁dijo : ▁L le v ad ▁el ▁arca ▁del ▁pacto , ▁y ▁siete ▁sacerdote s ▁llev en ▁bocina s ▁de ▁cu er nos ▁de ▁carnero s ▁delante ▁del ▁arca ▁de ▁Jehová .
▁Y ▁dijo ▁al ▁pueblo : ▁P as ad , ▁y ▁rod e ad ▁la ▁ciudad ; ▁y ▁los ▁que ▁están ▁arm ados ▁pasar án ▁delante ▁del ▁arca ▁de ▁Jehová .
▁Y ▁los ▁arm ados ▁iba n ▁delante ▁de ▁los ▁sacerdote s ▁que ▁to c aban ▁las ▁bocina s , ▁y ▁la ▁gente ▁re un i da ▁iba ▁de t rás ▁del ▁arca , ▁and ando ▁y ▁to c ando ▁bocina s .
▁El ▁arca ▁pues ▁de ▁Jehová ▁dió ▁una ▁ v ue l ta ▁alrededor ▁de ▁la ▁ciudad , ▁y ▁vi n iéronse ▁al ▁re al , ▁en ▁el ▁cual ▁ tuvieron ▁la ▁noche .
▁Y ▁Josué ▁se ▁levant ó ▁de ▁mañana , ▁y ▁los ▁sacerdote s ▁tomaron ▁el ▁arca ▁de ▁Jehová .
▁As í ▁d ieron ▁otra ▁ v ue l ta ▁á ▁la ▁ciudad ▁el ▁segundo ▁día , ▁y ▁ v o l v iéronse ▁al ▁re al : ▁de ▁esta ▁manera ▁hicieron ▁por ▁se is ▁días .
▁Y ▁ como ▁los ▁sacerdote s ▁ hu b ieron ▁to c ado ▁las ▁bocina s ▁la ▁s é p t im a ▁vez , ▁Josué ▁dijo ▁al ▁pueblo : ▁Da d ▁gr ita , ▁por que ▁Jehová ▁os ▁ha ▁entregado ▁la ▁ciudad .
▁Mas ▁toda ▁la ▁plata , ▁y ▁el ▁oro , ▁y ▁vasos ▁de ▁metal ▁y ▁de ▁ hi er ro , ▁sea ▁consagr ado ▁á ▁Jehová , ▁y ▁ven ga ▁al ▁te s o ro ▁de ▁Jehová .
▁Y ▁de st r u y e ron ▁todo ▁lo ▁que ▁en ▁la ▁ciudad ▁había ; ▁hombres ▁y ▁mujeres , ▁mozo s ▁y ▁viejo s , ▁hast a ▁los ▁bueyes , ▁y ▁ovejas , ▁y ▁asno s , ▁á ▁f i lo ▁de ▁espada .
▁F u é ▁pues ▁Jehová ▁con ▁Josué , ▁y ▁su ▁nombre ▁se ▁di v u l g ó ▁por ▁toda ▁la ▁tierra .
▁Y ▁subieron ▁all á ▁del ▁pueblo ▁ como ▁tres ▁mil ▁hombres , ▁los ▁cuales ▁ hu y e ron ▁delante ▁de ▁los ▁de ▁Ha i .
▁Entonces ▁Josué ▁romp ió ▁sus ▁vestidos , ▁y ▁postr óse ▁en ▁tierra ▁sobre ▁su ▁rostro ▁delante ▁del ▁arca ▁de ▁Jehová ▁hast a ▁la ▁tarde , ▁él ▁y ▁los ▁ancianos ▁de ▁Israel ; ▁y ▁echar on ▁polvo ▁sobre ▁sus ▁cabeza s .
▁ ¡ A y ▁Señor ! ▁¿ qué ▁di ré , ▁y a ▁que ▁Israel ▁ha ▁vuelto ▁las ▁es pa l das ▁delante ▁de ▁sus ▁enemigos ?
▁Porque ▁los ▁Cananeo s ▁y ▁todos ▁los ▁moradores ▁de ▁la ▁tierra ▁oir án , ▁y ▁no s ▁cerca rán , ▁y ▁ ra e rán ▁nuestro ▁nombre ▁de ▁sobre ▁la ▁tierra : ▁entonces ▁¿ qué ▁harás ▁tú ▁á ▁tu ▁grande ▁nombre ?
▁Y ▁Jehová ▁dijo ▁á ▁Josué : ▁Levántate ; ▁¿ por ▁qué ▁te ▁postr as ▁así ▁sobre ▁tu ▁rostro ?
▁Josué , ▁pues , ▁levant ándose ▁de ▁mañana , ▁hizo ▁all e gar ▁á ▁Israel ▁por ▁sus ▁tribu s ; ▁y ▁fué ▁toma da ▁la ▁tribu ▁de ▁Judá ;
▁Y ▁ha c iendo ▁all e gar ▁la ▁tribu ▁de ▁Judá , ▁fué ▁toma da ▁la ▁familia ▁de ▁los ▁de ▁Z er a ; ▁ha c iendo ▁luego ▁all e gar ▁la ▁familia ▁de ▁los ▁de ▁Z er a ▁por ▁los ▁varones , ▁fué ▁tomado ▁Z ab di ;
▁E ▁hizo ▁all e gar ▁su ▁casa ▁por ▁los ▁varones , ▁y ▁fué ▁tomado ▁A ch â n , ▁hijo ▁de ▁C ar mi , ▁hijo ▁de ▁Z ab di , ▁hijo ▁de ▁Z er a , ▁de ▁la ▁tribu ▁de ▁Judá .
▁Y ▁A ch â n ▁respondió ▁á ▁Josué , ▁diciendo : ▁Ve r dad er amente ▁yo ▁he ▁pecado ▁contra ▁Jehová ▁el ▁Dios ▁de ▁Israel , ▁y ▁he ▁hecho ▁así ▁y ▁así :
▁Josué ▁entonces ▁envió ▁mensajero s , ▁los ▁cuales ▁fueron ▁cor r iendo ▁á ▁la ▁tienda ; ▁y ▁he ▁aquí ▁estaba ▁escond ido ▁en ▁su ▁tienda , ▁y ▁el ▁dinero ▁debajo ▁de ▁el lo :
▁Y ▁to m ándo lo ▁de ▁en ▁medio ▁de ▁la ▁tienda , ▁tra j é ron lo ▁á ▁Josué ▁y ▁á ▁todos ▁los ▁hijos ▁de ▁Israel , ▁y ▁pu s i é ron lo ▁delante ▁de ▁Jehová .
▁Y ▁levant óse ▁Josué , ▁y ▁toda ▁la ▁gente ▁de ▁guerra , ▁para ▁subir ▁contra ▁Ha i : ▁y ▁es co g ió ▁Josué ▁treinta ▁mil ▁hombres ▁fuerte s , ▁los ▁cuales ▁envió ▁de ▁noche .
▁Y ▁mandó les , ▁diciendo : ▁Mi ra d , ▁pondré is ▁ em b os cada ▁á ▁la ▁ciudad ▁de t rás ▁de ▁ella : ▁no ▁os ▁al e ja réis ▁mucho ▁de ▁la ▁ciudad , ▁y ▁esta réis ▁todos ▁a per ci b ido s .
▁Y ▁yo , ▁y ▁todo ▁el ▁pueblo ▁que ▁está ▁conmigo , ▁no s ▁acerca remos ▁á ▁la ▁ciudad ; ▁y ▁cuando ▁saldrá n ▁ellos ▁contra ▁nosotros , ▁ como ▁hicieron ▁antes , ▁ hu i remos ▁delante ▁de ▁ellos .
▁Y ▁ellos ▁saldrá n ▁tras ▁nosotros , ▁hast a ▁que ▁los ▁ar ra n que mos ▁de ▁la ▁ciudad ; ▁por que ▁ellos ▁dirá n : ▁Hu y en ▁de ▁nosotros ▁ como ▁la ▁primer a ▁vez . ▁Hu i remos , ▁pues , ▁delante ▁de ▁ellos .
▁Entonces ▁vosotros ▁os ▁levant aréis ▁de ▁la ▁ em b os cada , ▁y ▁os ▁echa réis ▁sobre ▁la ▁ciudad ; ▁pues ▁Jehová ▁vuestro ▁Dios ▁la ▁entre g ará ▁en ▁vuestras ▁manos .
▁Y ▁cuando ▁la ▁hubiere is ▁tomado , ▁le ▁pre n de réis ▁fuego . ▁Ha réis ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová . ▁Mi ra d ▁que ▁os ▁lo ▁he ▁mandado .
▁Entonces ▁Josué ▁los ▁envió ; ▁y ▁ellos ▁se ▁fueron ▁á ▁la ▁ em b os cada , ▁y ▁pu s iéronse ▁entre ▁Beth - el ▁y ▁Ha i , ▁al ▁occidente ▁de ▁Ha i : ▁y ▁Josué ▁se ▁quedó ▁aquella ▁noche ▁en ▁medio ▁del ▁pueblo .
▁Y ▁levant ándose ▁Josué ▁mu y ▁de ▁mañana , ▁re vi st ó ▁al ▁pueblo , ▁y ▁subió ▁él , ▁con ▁los ▁ancianos ▁de ▁Israel , ▁delante ▁del ▁pueblo ▁contra ▁Ha i .
▁Y ▁tomó ▁ como ▁cinco ▁mil ▁hombres , ▁y ▁púsolo s ▁en ▁ em b os cada ▁entre ▁Beth - el ▁y ▁Ha i , ▁á ▁la ▁parte ▁oc ci d enta l ▁de ▁la ▁ciudad .
▁Entonces ▁Josué ▁y ▁todo ▁Israel , ▁haci é ndo se ▁ven c ido s , ▁ hu y e ron ▁delante ▁de ▁ellos ▁por ▁el ▁camino ▁del ▁desierto .
▁Y ▁todo ▁el ▁pueblo ▁que ▁estaba ▁en ▁Ha i ▁se ▁junt ó ▁para ▁se gu ir los : ▁y ▁siguie ron ▁á ▁Josué , ▁s iendo ▁así ▁ar ra n c ados ▁de ▁la ▁ciudad .
▁Y ▁no ▁quedó ▁hombre ▁en ▁Ha i ▁y ▁Beth - el , ▁que ▁no ▁sal i er a ▁tras ▁de ▁Israel ; ▁y ▁por ▁se gu ir ▁á ▁Israel ▁dejar on ▁la ▁ciudad ▁a bi er ta .
▁Josué ▁y ▁todo ▁Israel , ▁ viendo ▁que ▁los ▁de ▁la ▁ em b os cada ▁habían ▁tomado ▁la ▁ciudad , ▁y ▁que ▁el ▁ hu mo ▁de ▁la ▁ciudad ▁subía , ▁torn aron , ▁é ▁hirieron ▁á ▁los ▁de ▁Ha i .
▁Y ▁tomaron ▁vi v o ▁al ▁rey ▁de ▁Ha i , ▁y ▁tra j é ron le ▁á ▁Josué .
▁Y ▁el ▁número ▁de ▁los ▁que ▁ca y e ron ▁aquel ▁día , ▁hombres ▁y ▁mujeres , ▁fué ▁do ce ▁mil , ▁todos ▁los ▁de ▁Ha i .
▁Y ▁Josué ▁no ▁re tra jo ▁su ▁mano ▁que ▁había ▁extend ido ▁con ▁la ▁la n za , ▁hast a ▁que ▁hubo ▁de st r u í do ▁á ▁todos ▁los ▁moradores ▁de ▁Ha i .
▁E mpero ▁los ▁Israel itas ▁tomaron ▁para ▁sí ▁las ▁bestia s ▁y ▁los ▁despojo s ▁de ▁la ▁ciudad , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ▁que ▁él ▁había ▁mandado ▁á ▁Josué .
▁Y ▁Josué ▁que m ó ▁á ▁Ha i ▁y ▁re d ú jo la ▁á ▁un ▁mo n t ón ▁perpetuo , ▁as o l ado ▁hast a ▁hoy .
▁Entonces ▁Josué ▁edificó ▁un ▁altar ▁á ▁Jehová ▁Dios ▁de ▁Israel ▁en ▁el ▁monte ▁de ▁E ba l ,
▁T ambién ▁es c ri b ió ▁allí ▁en ▁piedra s ▁la ▁re pe t i ción ▁de ▁la ▁le y ▁de ▁Moisés , ▁la ▁cual ▁él ▁había ▁escrito ▁delante ▁de ▁los ▁hijos ▁de ▁Israel .
▁Después ▁de ▁esto , ▁le y ó ▁todas ▁las ▁palabras ▁de ▁la ▁le y , ▁las ▁be n di ciones ▁y ▁las ▁mal di ciones , ▁conform e ▁á ▁todo ▁lo ▁que ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁la ▁le y .
▁No ▁hubo ▁palabra ▁alguna ▁de ▁todas ▁las ▁cosas ▁que ▁mandó ▁Moisés , ▁que ▁Josué ▁no ▁ hi ci e se ▁le er ▁delante ▁de ▁toda ▁la ▁congregación ▁de ▁Israel , ▁mujeres ▁y ▁niño s , ▁y ▁extranjero s ▁que ▁and aban ▁entre ▁ellos .
▁ J un t áronse ▁á ▁una , ▁de ▁un ▁a cu er do , ▁para ▁pe le ar ▁contra ▁Josué ▁é ▁Israel .
▁Mas ▁los ▁moradores ▁de ▁ G aba ón , ▁ como ▁ o y e ron ▁lo ▁que ▁Josué ▁había ▁hecho ▁á ▁Jericó ▁y ▁á ▁Ha i ,
▁Y ▁ za pa to s ▁viejo s ▁y ▁rec os ido s ▁en ▁sus ▁pie s , ▁con ▁vestidos ▁viejo s ▁sobre ▁sí ; ▁y ▁todo ▁el ▁pan ▁que ▁tra ían ▁para ▁el ▁camino , ▁se co ▁y ▁mo h os o .
▁As í ▁vinieron ▁á ▁Josué ▁al ▁campo ▁en ▁Gilgal , ▁y ▁dijéronle ▁á ▁él ▁y ▁á ▁los ▁de ▁Israel : ▁No s o t ro s ▁ven i mos ▁de ▁tierra ▁mu y ▁le ja n a : ▁ha c ed ▁pues ▁ahora ▁con ▁nosotros ▁alianza .
▁Y ▁los ▁de ▁Israel ▁respondieron ▁á ▁los ▁He v e os : ▁ Q u i z ás ▁vosotros ▁ha bi t áis ▁en ▁medio ▁de ▁nosotros : ▁¿ cómo ▁pues ▁pod remos ▁nosotros ▁hacer ▁alianza ▁con ▁vosotros ?
▁Y ▁ellos ▁respondieron ▁á ▁Josué : ▁No s o t ro s ▁so mos ▁tu s ▁siervos . ▁Y ▁Josué ▁les ▁dijo : ▁¿ Quién ▁so is ▁vosotros ▁y ▁de ▁d ón de ▁ven í s ?
▁Y ▁ellos ▁respondieron : ▁T u s ▁siervos ▁han ▁venido ▁de ▁mu y ▁le ja n as ▁tierra s , ▁por ▁la ▁f a ma ▁de ▁Jehová ▁tu ▁Dios ; ▁por que ▁he mos ▁oído ▁su ▁f a ma , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo ▁en ▁Egipto ,
▁Y ▁todo ▁lo ▁que ▁hizo ▁á ▁los ▁dos ▁reyes ▁de ▁los ▁Amorrheo s ▁que ▁estaban ▁de ▁la ▁otra ▁parte ▁del ▁Jordán ; ▁á ▁Sehón ▁rey ▁de ▁Hesbón , ▁y ▁á ▁O g ▁rey ▁de ▁Basán , ▁que ▁estaba ▁en ▁As t ar oth .
▁Este ▁nuestro ▁pan ▁toma mos ▁ca l iente ▁de ▁nuestra s ▁casa s ▁para ▁el ▁camino ▁el ▁día ▁que ▁sal i mos ▁para ▁ven ir ▁á ▁vosotros ; ▁y ▁he lo ▁aquí ▁ahora ▁que ▁está ▁se co ▁y ▁mo h os o :
▁Y ▁los ▁hombres ▁de ▁Israel ▁tomaron ▁de ▁su ▁pro vi s ió n ▁del ▁camino , ▁y ▁no ▁pregunta ron ▁á ▁la ▁boca ▁de ▁Jehová .
▁Y ▁Josué ▁hizo ▁paz ▁con ▁ellos , ▁y ▁con cer t ó ▁con ▁ellos ▁que ▁les ▁dejar ía ▁la ▁vida : ▁también ▁los ▁príncipes ▁de ▁la ▁congregación ▁les ▁ j ura ron .
▁P as ados ▁tres ▁días ▁después ▁que ▁hicieron ▁con ▁ellos ▁el ▁con ci er to , ▁ o y e ron ▁ como ▁era n ▁sus ▁ve ci nos , ▁y ▁que ▁habitaba n ▁en ▁medio ▁de ▁ellos .
▁Y ▁part iéronse ▁los ▁hijos ▁de ▁Israel , ▁y ▁al ▁tercer ▁día ▁llegar on ▁á ▁sus ▁ciudades : ▁y ▁sus ▁ciudades ▁era n ▁ G aba ón , ▁C a ph i ra , ▁Beer oth , ▁y ▁C hi ri ath - je ar im .
▁Y ▁no ▁los ▁hirieron ▁los ▁hijos ▁de ▁Israel , ▁por ▁cuanto ▁los ▁príncipes ▁de ▁la ▁congregación ▁les ▁habían ▁ j ur ado ▁por ▁Jehová ▁el ▁Dios ▁de ▁Israel . ▁Y ▁toda ▁la ▁congregación ▁murmur aba ▁contra ▁los ▁príncipes .
▁Mas ▁todos ▁los ▁príncipes ▁respondieron ▁á ▁toda ▁la ▁congregación : ▁No s o t ro s ▁les ▁he mos ▁ j ur ado ▁por ▁Jehová ▁Dios ▁de ▁Israel ; ▁por ▁tanto , ▁ahora ▁no ▁les ▁pod emos ▁to c ar .
▁E s to ▁ha remos ▁con ▁ellos : ▁les ▁dejar emos ▁vivir , ▁por que ▁no ▁ven ga ▁ir a ▁sobre ▁nosotros ▁á ▁causa ▁del ▁ j ura ment o ▁que ▁les ▁he mos ▁hecho .
▁Y ▁los ▁príncipes ▁les ▁dijeron : ▁Viv an ; ▁mas ▁sea n ▁le ñ ado res ▁y ▁agua do res ▁para ▁toda ▁la ▁congregación , ▁ como ▁los ▁príncipes ▁les ▁han ▁dicho .
▁Y ▁ l l am ándo los ▁Josué , ▁les ▁habló ▁diciendo : ▁¿ Por ▁qué ▁no s ▁ha béis ▁en ga ñ ado , ▁diciendo , ▁Ha bi ta mos ▁mu y ▁le jo s ▁de ▁vosotros ; ▁una ▁vez ▁que ▁mor áis ▁en ▁medio ▁de ▁nosotros ?
▁Vosotros ▁pues ▁ahora ▁so is ▁ m aldito s , ▁y ▁no ▁falta rá ▁de ▁vosotros ▁siervo , ▁y ▁quien ▁cor te ▁la ▁le ñ a ▁y ▁s a que ▁el ▁agua ▁para ▁la ▁casa ▁de ▁mi ▁Dios .
▁Ahora ▁pues , ▁he nos ▁aquí ▁en ▁tu ▁mano : ▁lo ▁que ▁te ▁pareciere ▁bueno ▁y ▁rec to ▁hacer ▁de ▁nosotros , ▁ha z lo .
▁Y ▁él ▁lo ▁hizo ▁así ; ▁que ▁los ▁libr ó ▁de ▁la ▁mano ▁de ▁los ▁hijos ▁de ▁Israel , ▁para ▁que ▁no ▁los ▁mata s en .
▁Y ▁con st i tu y ólo s ▁Josué ▁aquel ▁día ▁por ▁le ñ ado res ▁y ▁agua do res ▁para ▁la ▁congregación ▁y ▁para ▁el ▁altar ▁de ▁Jehová , ▁en ▁el ▁lugar ▁que ▁él ▁es co g i e se : ▁lo ▁que ▁son ▁hast a ▁hoy .
▁T u vier on ▁mu y ▁gran ▁tem or ; ▁por que ▁ G aba ón ▁era ▁una ▁gran ▁ciudad , ▁ como ▁una ▁de ▁las ▁ciudades ▁re a les , ▁y ▁may or ▁que ▁Ha i , ▁y ▁todos ▁sus ▁hombres ▁fuerte s .
▁Su bi d ▁á ▁mí , ▁y ▁a y u dad me , ▁y ▁com ba ta mos ▁á ▁ G aba ón : ▁por que ▁ha ▁hecho ▁paz ▁con ▁Josué ▁y ▁con ▁los ▁hijos ▁de ▁Israel .
▁Y ▁subió ▁Josué ▁de ▁Gilgal , ▁él ▁y ▁todo ▁el ▁pueblo ▁de ▁guerra ▁con ▁él , ▁y ▁todos ▁los ▁hombres ▁va l iente s .
▁Y ▁Jehová ▁dijo ▁á ▁Josué : ▁No ▁ten ga s ▁tem or ▁de ▁ellos : ▁por que ▁yo ▁los ▁he ▁entregado ▁en ▁tu ▁mano , ▁y ▁ninguno ▁de ▁ellos ▁para rá ▁delante ▁de ▁ti .
▁Y ▁Josué ▁vino ▁á ▁ellos ▁de ▁re p ente , ▁toda ▁la ▁noche ▁subió ▁de s de ▁Gilgal .
▁Y ▁ nunc a ▁fué ▁tal ▁día ▁antes ▁ni ▁después ▁de ▁a qué l , ▁ha b iendo ▁at en d ido ▁Jehová ▁á ▁la ▁voz ▁de ▁un ▁hombre : ▁por que ▁Jehová ▁pe le aba ▁por ▁Israel .
▁Y ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁ v o l v ía se ▁al ▁campo ▁en ▁Gilgal .
▁P er o ▁los ▁cinco ▁reyes ▁ hu y e ron ▁ , ▁y ▁se ▁escond ieron ▁en ▁una ▁cueva ▁en ▁Ma ce da .
▁Y ▁fué ▁dicho ▁á ▁Josué ▁que ▁los ▁cinco ▁reyes ▁habían ▁sido ▁halla do s ▁en ▁una ▁cueva ▁en ▁Ma ce da .
▁Entonces ▁Josué ▁dijo : ▁R o dad ▁grande s ▁piedra s ▁á ▁la ▁boca ▁de ▁la ▁cueva , ▁y ▁pon ed ▁hombres ▁junto ▁á ▁ella ▁que ▁los ▁guard en ;
▁Y ▁vosotros ▁no ▁os ▁pa réis , ▁sin o ▁se gu id ▁á ▁vuestro s ▁enemigos , ▁y ▁her id les ▁la ▁re ta gu ar di a , ▁sin ▁dejar les ▁entrar ▁en ▁sus ▁ciudades ; ▁por que ▁Jehová ▁vuestro ▁Dios ▁los ▁ha ▁entregado ▁en ▁vuestra ▁mano .
▁Y ▁todo ▁el ▁pueblo ▁se ▁volvió ▁sal v o ▁al ▁campo ▁á ▁Josué ▁en ▁Ma ce da ; ▁que ▁no ▁hubo ▁quien ▁mo vi e se ▁su ▁le n gu a ▁contra ▁los ▁hijos ▁de ▁Israel .
▁Entonces ▁dijo ▁Josué : ▁A b ri d ▁la ▁boca ▁de ▁la ▁cueva , ▁y ▁saca d me ▁de ▁ella ▁á ▁estos ▁cinco ▁reyes .
▁Y ▁Josué ▁les ▁dijo : ▁No ▁tem áis , ▁ni ▁os ▁a te mo ri c éis ; ▁se d ▁fuerte s ▁y ▁va l iente s : ▁por que ▁así ▁hará ▁Jehová ▁á ▁todos ▁vuestro s ▁enemigos ▁contra ▁los ▁cuales ▁pe le áis .
▁Y ▁después ▁de ▁esto ▁Josué ▁los ▁hirió ▁y ▁los ▁mató , ▁é ▁ h í zo los ▁co l gar ▁en ▁cinco ▁made ro s : ▁y ▁quedar on ▁co l g ados ▁en ▁los ▁made ro s ▁hast a ▁la ▁tarde .
▁Y ▁de ▁Ma ce da ▁pasó ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁á ▁L i b n a ; ▁y ▁pe le ó ▁contra ▁L i b n a :
▁Y ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁pasó ▁de ▁L i b n a ▁á ▁La ch î s , ▁y ▁puso ▁campo ▁contra ▁ella , ▁y ▁com ba t ió la :
▁Entonces ▁Hor am , ▁rey ▁de ▁Ge z er , ▁subió ▁en ▁a y ud a ▁de ▁La ch î s ; ▁mas ▁á ▁él ▁y ▁á ▁su ▁pueblo ▁hirió ▁Josué , ▁hast a ▁no ▁quedar ▁ninguno ▁de ▁ellos .
▁De ▁La ch î s ▁pasó ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁á ▁E g l ón : ▁y ▁pusier on ▁campo ▁contra ▁ella , ▁y ▁com ba t i é ron la :
▁Y ▁la ▁tomaron ▁el ▁mismo ▁día , ▁y ▁me t i é ron la ▁á ▁cuchillo ; ▁y ▁aquel ▁día ▁mató ▁á ▁todo ▁lo ▁que ▁en ▁ella ▁había ▁vi v o , ▁ como ▁había ▁hecho ▁en ▁La ch î s .
▁Su b ió ▁luego ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁de ▁E g l ón ▁á ▁Hebrón , ▁y ▁com ba t i é ron la ;
▁Y ▁ v o l vi é ndo se ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁sobre ▁De bi r , ▁com ba t ió la ;
▁E ▁hirió los ▁Josué ▁de s de ▁C ad es - b ar n e a ▁hast a ▁ G a za , ▁y ▁toda ▁la ▁tierra ▁de ▁Go s é n ▁hast a ▁ G aba ón .
▁Todo s ▁estos ▁reyes ▁y ▁sus ▁tierra s ▁tomó ▁Josué ▁de ▁una ▁vez ; ▁por que ▁Jehová ▁el ▁Dios ▁de ▁Israel ▁pe le aba ▁por ▁Israel .
▁Y ▁torn óse ▁Josué , ▁y ▁todo ▁Israel ▁con ▁él , ▁al ▁campo ▁en ▁Gilgal .
▁Estos ▁salieron , ▁y ▁con ▁ellos ▁todos ▁sus ▁ejército s , ▁pueblo ▁mucho ▁en ▁gran ▁manera , ▁ como ▁la ▁are n a ▁que ▁está ▁á ▁la ▁orilla ▁del ▁mar , ▁con ▁gran ▁much ed umb re ▁de ▁caballo s ▁y ▁carro s .
▁Todo s ▁estos ▁reyes ▁se ▁junt aron , ▁y ▁vi n iendo ▁re un ieron ▁los ▁campo s ▁junto ▁á ▁las ▁aguas ▁de ▁Me ro m , ▁para ▁pe le ar ▁contra ▁Israel .
▁Y ▁vino ▁Josué , ▁y ▁con ▁él ▁todo ▁el ▁pueblo ▁de ▁guerra , ▁contra ▁ellos , ▁y ▁dió ▁de ▁re p ente ▁sobre ▁ellos ▁junto ▁á ▁las ▁aguas ▁de ▁Me ro m .
▁Y ▁Josué ▁hizo ▁con ▁ellos ▁ como ▁Jehová ▁le ▁había ▁mandado : ▁de s ja r re t ó ▁sus ▁caballo s , ▁y ▁sus ▁carro s ▁que m ó ▁al ▁fuego .
▁Y ▁torn ándose ▁Josué , ▁tomó ▁en ▁el ▁mismo ▁tiempo ▁á ▁Ha s or , ▁é ▁hirió ▁á ▁cuchillo ▁á ▁su ▁rey : ▁la ▁cual ▁Ha s or ▁había ▁sido ▁antes ▁cabeza ▁de ▁todos ▁estos ▁reino s .
▁E ▁hirieron ▁á ▁cuchillo ▁todo ▁cuanto ▁en ▁ella ▁había ▁vi v o , ▁de st r u y e ndo ▁y ▁no ▁de ja ndo ▁cosa ▁con ▁vida ; ▁y ▁á ▁As or ▁pusier on ▁á ▁fuego .
▁A simismo ▁tomó ▁Josué ▁todas ▁las ▁ciudades ▁de ▁a que st os ▁reyes , ▁y ▁á ▁todos ▁los ▁reyes ▁de ▁ella s , ▁y ▁los ▁me t ió ▁á ▁cuchillo , ▁y ▁los ▁de st r u y ó , ▁ como ▁Moisés ▁siervo ▁de ▁Jehová ▁lo ▁había ▁mandado .
▁E mpero ▁todas ▁las ▁ciudades ▁que ▁estaban ▁en ▁sus ▁ca be zo s , ▁no ▁las ▁que m ó ▁Israel , ▁saca ndo ▁á ▁so la ▁As or , ▁la ▁cual ▁que m ó ▁Josué .
▁De ▁la ▁manera ▁que ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés ▁su ▁siervo , ▁así ▁Moisés ▁lo ▁mandó ▁á ▁Josué : ▁y ▁así ▁Josué ▁lo ▁hizo , ▁sin ▁quitar ▁palabra ▁de ▁todo ▁lo ▁que ▁Jehová ▁había ▁mandado ▁á ▁Moisés .
▁Por ▁mucho s ▁días ▁tuvo ▁guerra ▁Josué ▁con ▁estos ▁reyes .
▁No ▁hubo ▁ciudad ▁que ▁ hi ci e se ▁paz ▁con ▁los ▁hijos ▁de ▁Israel , ▁saca do s ▁los ▁He v e os , ▁que ▁mor aban ▁en ▁ G aba ón : ▁todo ▁lo ▁tomaron ▁por ▁guerra .
▁N ing un o ▁de ▁los ▁Ana ce os ▁quedó ▁en ▁la ▁tierra ▁de ▁los ▁hijos ▁de ▁Israel ; ▁solamente ▁quedar on ▁en ▁ G a za , ▁en ▁Gath , ▁y ▁en ▁As do d .
▁Y ▁los ▁término s ▁de ▁O g ▁rey ▁de ▁Basán , ▁que ▁había ▁que d ado ▁de ▁los ▁R a ph e os , ▁el ▁cual ▁habitaba ▁en ▁As t ar oth ▁y ▁en ▁E d re i ,
▁A ▁estos ▁hirieron ▁Moisés ▁siervo ▁de ▁Jehová ▁y ▁los ▁hijos ▁de ▁Israel ; ▁y ▁Moisés ▁siervo ▁de ▁Jehová ▁dió ▁aquella ▁tierra ▁en ▁posesión ▁á ▁los ▁R u b en itas , ▁Gad itas , ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés .
▁El ▁rey ▁de ▁Jericó , ▁uno : ▁el ▁rey ▁de ▁Ha i , ▁que ▁está ▁al ▁la do ▁de ▁Beth - el , ▁otro :
▁El ▁rey ▁de ▁Jerusalem , ▁otro : ▁el ▁rey ▁de ▁Hebrón , ▁otro :
▁El ▁rey ▁de ▁Ja r m u th , ▁otro : ▁el ▁rey ▁de ▁La ch î s , ▁otro :
▁El ▁rey ▁de ▁E g l ón , ▁otro : ▁el ▁rey ▁de ▁Ge z er , ▁otro :
▁El ▁rey ▁de ▁De bi r , ▁otro : ▁el ▁rey ▁de ▁Ge der , ▁otro :
▁El ▁rey ▁de ▁Hor ma , ▁otro : ▁el ▁rey ▁de ▁Ar ad , ▁otro :
▁El ▁rey ▁de ▁L i b n a , ▁otro : ▁el ▁rey ▁de ▁A d u l l am , ▁otro :
▁El ▁rey ▁de ▁Ma ce da , ▁otro : ▁el ▁rey ▁de ▁Beth - el , ▁otro :
▁El ▁rey ▁de ▁T a p p u a , ▁otro : ▁el ▁rey ▁de ▁He ph er , ▁otro :
▁El ▁rey ▁de ▁A ph e c , ▁otro : ▁el ▁rey ▁de ▁La s ar ón , ▁otro :
▁El ▁rey ▁de ▁Ma d ón , ▁otro : ▁el ▁rey ▁de ▁Ha s or , ▁otro :
▁El ▁rey ▁de ▁Si m ro m - me ron , ▁otro : ▁el ▁rey ▁de ▁A ch s a ph , ▁otro :
▁El ▁rey ▁de ▁T a an a ch , ▁otro : ▁el ▁rey ▁de ▁Me g id do , ▁otro :
▁El ▁rey ▁de ▁C h ê de s , ▁otro : ▁el ▁rey ▁de ▁ J o c n e am ▁de ▁Carmel , ▁otro :
▁El ▁rey ▁de ▁Do r , ▁de ▁la ▁pro vi n ci a ▁de ▁Do r , ▁otro : ▁el ▁rey ▁de ▁Ge n te s ▁en ▁Gilgal , ▁otro :
▁El ▁rey ▁de ▁T ir s a , ▁otro : ▁treinta ▁y ▁un ▁reyes ▁en ▁todo .
▁Y ▁S I E NDO ▁Josué ▁y a ▁viejo , ▁entr ado ▁en ▁días , ▁Jehová ▁le ▁dijo : ▁T ú ▁eres ▁y a ▁viejo , ▁de ▁edad ▁a v an z ada ▁ , ▁y ▁que da ▁a ún ▁mu y ▁much a ▁tierra ▁por ▁poseer .
▁Esta ▁es ▁la ▁tierra ▁que ▁que da : ▁todos ▁los ▁término s ▁de ▁los ▁P hi l iste os , ▁y ▁toda ▁Ge s s u ri ;
▁A l ▁mediodía ▁toda ▁la ▁tierra ▁de ▁los ▁Cananeo s , ▁y ▁Me h ar a ▁que ▁es ▁de ▁los ▁Si do n i os , ▁hast a ▁A ph e c , ▁hast a ▁el ▁término ▁del ▁Amorrheo ;
▁P ar te , ▁pues , ▁tú ▁ahora ▁esta ▁tierra ▁en ▁heredad ▁á ▁las ▁ n ue v e ▁tribu s , ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés .
▁Porque ▁la ▁otra ▁media ▁re ci b ió ▁su ▁heredad ▁con ▁los ▁R u b en itas ▁y ▁Gad itas , ▁la ▁cual ▁les ▁dió ▁Moisés ▁de ▁la ▁otra ▁parte ▁del ▁Jordán ▁al ▁or iente , ▁seg ún ▁que ▁se ▁la ▁dió ▁Moisés ▁siervo ▁de ▁Jehová :
▁De s de ▁A ro er , ▁que ▁está ▁á ▁la ▁orilla ▁del ▁arroyo ▁de ▁Ar n ón , ▁y ▁la ▁ciudad ▁que ▁está ▁en ▁medio ▁del ▁arroyo , ▁y ▁toda ▁la ▁camp i ñ a ▁de ▁Me de ba , ▁hast a ▁Di b ón ;
▁Y ▁todas ▁las ▁ciudades ▁de ▁Sehón ▁rey ▁de ▁los ▁Amorrheo s , ▁el ▁cual ▁reinó ▁en ▁Hesbón , ▁hast a ▁los ▁término s ▁de ▁los ▁hijos ▁de ▁Ammón ;
▁Y ▁Galaad , ▁y ▁los ▁término s ▁de ▁Ge s s u ri ▁y ▁de ▁Ma a ch â t i , ▁y ▁todo ▁el ▁monte ▁de ▁He r m ón , ▁y ▁toda ▁la ▁tierra ▁de ▁Basán ▁hast a ▁Sal ch â :
▁E mpero ▁á ▁la ▁tribu ▁de ▁Leví ▁no ▁dió ▁heredad : ▁los ▁sacrificio s ▁de ▁Jehová ▁Dios ▁de ▁Israel ▁son ▁su ▁heredad , ▁ como ▁él ▁les ▁había ▁dicho .
▁Di ó , ▁pues , ▁Moisés ▁á ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Rubén ▁conform e ▁á ▁sus ▁familias :
▁Y ▁fué ▁el ▁término ▁de ▁ellos ▁de s de ▁A ro er , ▁que ▁está ▁á ▁la ▁orilla ▁del ▁arroyo ▁de ▁Ar n ón , ▁y ▁la ▁ciudad ▁que ▁está ▁en ▁medio ▁del ▁arroyo , ▁y ▁toda ▁la ▁camp i ñ a , ▁hast a ▁Me de ba ;
▁Hesbón , ▁con ▁todas ▁sus ▁villas ▁que ▁están ▁en ▁la ▁ l l an ura ; ▁Di b ón , ▁y ▁B am oth - ba al , ▁y ▁Beth - ba al - me ón ;
▁Y ▁Ja as , ▁y ▁ K ed de mo th , ▁y ▁Me ph a ath ,
▁Y ▁C h î ri a ta im , ▁y ▁Si b ma , ▁y ▁Z er eth s h ah ar ▁en ▁el ▁monte ▁del ▁valle ;
▁Y ▁Beth - pe or , ▁y ▁As do th - p is ga , ▁y ▁Beth - je s im oth ;
▁T ambién ▁matar on ▁á ▁cuchillo ▁los ▁hijos ▁de ▁Israel ▁á ▁Balaam ▁a di vi no , ▁hijo ▁de ▁Be or , ▁con ▁los ▁de m ás ▁que ▁matar on .
▁Y ▁fueron ▁los ▁término s ▁de ▁los ▁hijos ▁de ▁Rubén ▁el ▁Jordán ▁con ▁su ▁término . ▁Esta ▁fué ▁la ▁her en ci a ▁de ▁los ▁hijos ▁de ▁Rubén ▁conform e ▁á ▁sus ▁familias , ▁esta s ▁ciudades ▁con ▁sus ▁villas .
▁Di ó ▁a simismo ▁Moisés ▁á ▁la ▁tribu ▁de ▁Gad , ▁á ▁los ▁hijos ▁de ▁Gad , ▁conform e ▁á ▁sus ▁familias .
▁Y ▁el ▁término ▁de ▁ellos ▁fué ▁Ja cer , ▁y ▁todas ▁las ▁ciudades ▁de ▁Galaad , ▁y ▁la ▁mitad ▁de ▁la ▁tierra ▁de ▁los ▁hijos ▁de ▁Ammón ▁hast a ▁A ro er , ▁que ▁está ▁delante ▁de ▁R ab ba .
▁Y ▁de s de ▁Hesbón ▁hast a ▁Rama th mi s pe , ▁y ▁Be to n im ; ▁y ▁de s de ▁Ma h an a im ▁hast a ▁el ▁término ▁de ▁De bi r :
▁Esta ▁es ▁la ▁her en ci a ▁de ▁los ▁hijos ▁de ▁Gad , ▁por ▁sus ▁familias , ▁esta s ▁ciudades ▁con ▁sus ▁villas .
▁T ambién ▁dió ▁Moisés ▁her en ci a ▁á ▁la ▁media ▁tribu ▁de ▁Manasés : ▁y ▁fué ▁de ▁la ▁media ▁tribu ▁de ▁los ▁hijos ▁de ▁Manasés , ▁conform e ▁á ▁sus ▁familias .
▁El ▁término ▁de ▁ellos ▁fué ▁de s de ▁Ma h an a im , ▁todo ▁Basán , ▁todo ▁el ▁reino ▁de ▁O g ▁rey ▁de ▁Basán , ▁y ▁todas ▁las ▁aldeas ▁de ▁Ja ir ▁que ▁están ▁en ▁Basán , ▁se s enta ▁p o b la ciones .
▁E s to ▁es ▁lo ▁que ▁Moisés ▁re p ar t ió ▁en ▁heredad ▁en ▁los ▁ l la nos ▁de ▁Moab , ▁de ▁la ▁otra ▁parte ▁del ▁Jordán ▁de ▁Jericó , ▁al ▁or iente .
▁Mas ▁á ▁la ▁tribu ▁de ▁Leví ▁no ▁dió ▁Moisés ▁heredad : ▁Jehová ▁Dios ▁de ▁Israel ▁es ▁la ▁heredad ▁de ▁ellos ▁ como ▁él ▁les ▁había ▁dicho .
▁Por ▁suerte di óse les s u ▁heredad , ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁por ▁Moisés , ▁que ▁die se ▁á ▁las ▁ n ue v e ▁tribu s , ▁y ▁á ▁la ▁media ▁tribu .
▁Porque ▁á ▁las ▁dos ▁tribu s , ▁y ▁á ▁la ▁media ▁tribu , ▁les ▁había ▁Moisés ▁dado ▁heredad ▁de ▁la ▁otra ▁parte ▁del ▁Jordán : ▁mas ▁á ▁los ▁Levitas ▁no ▁dió ▁heredad ▁entre ▁ellos .
▁Porque ▁los ▁hijos ▁de ▁José ▁fueron ▁dos ▁tribu s , ▁Manasés ▁y ▁Ephraim : ▁y ▁no ▁d ieron ▁parte ▁á ▁los ▁Levitas ▁en ▁la ▁tierra , ▁sin o ▁ciudades ▁en ▁que ▁mor as en , ▁con ▁sus ▁ejidos ▁para ▁sus ▁ganado s ▁y ▁re ba ñ os .
▁De ▁la ▁manera ▁que ▁Jehová ▁lo ▁había ▁mandado ▁á ▁Moisés , ▁así ▁lo ▁hicieron ▁los ▁hijos ▁de ▁Israel ▁en ▁el ▁re p ar t imiento ▁de ▁la ▁tierra .
▁Yo ▁era ▁de ▁edad ▁de ▁cuarenta ▁años , ▁cuando ▁Moisés ▁siervo ▁de ▁Jehová ▁me ▁envió ▁de ▁C ad es - b ar n e a ▁á ▁reconoc er ▁la ▁tierra ; ▁y ▁yo ▁le ▁re f er í ▁el ▁negocio ▁ como ▁lo ▁tenía ▁en ▁mi ▁corazón :
▁Mas ▁mis ▁hermanos , ▁los ▁que ▁habían ▁su b ido ▁conmigo , ▁men gu aron ▁el ▁corazón ▁del ▁pueblo ; ▁ e mpero ▁yo ▁cumpl í ▁siguie ndo ▁á ▁Jehová ▁mi ▁Dios .
▁Entonces ▁Moisés ▁juró , ▁diciendo : ▁Si ▁la ▁tierra ▁que ▁ho l l ó ▁tu ▁pie ▁no ▁fuere ▁para ▁ti , ▁y ▁para ▁tu s ▁hijos ▁en ▁her en ci a ▁perpetua : ▁por ▁cuanto ▁cumpl iste ▁siguie ndo ▁á ▁Jehová ▁mi ▁Dios .
▁P er o ▁aun ▁hoy ▁esto y ▁ t an ▁fuerte ▁ como ▁el ▁día ▁que ▁Moisés ▁me ▁envió : ▁cual ▁era ▁entonces ▁mi ▁fuerza , ▁tal ▁es ▁ahora , ▁para ▁la ▁guerra , ▁y ▁para ▁sal ir ▁y ▁para ▁entrar .
▁Josué ▁entonces ▁le ▁bendijo , ▁y ▁dió ▁á ▁Caleb ▁hijo ▁de ▁Je ph on e ▁á ▁Hebrón ▁por ▁heredad .
▁Por ▁tanto ▁Hebrón ▁fué ▁de ▁Caleb , ▁hijo ▁de ▁Je ph on e ▁C en e z e o , ▁en ▁heredad ▁hast a ▁hoy ; ▁por que ▁cumpl ió ▁siguie ndo ▁á ▁Jehová ▁Dios ▁de ▁Israel .
▁Mas ▁Hebrón ▁fué ▁antes ▁ l l am ada ▁C h î ri ath - ar ba ; ▁fué ▁Ar ba ▁un ▁hombre ▁grande ▁entre ▁los ▁Ana ce os . ▁Y ▁la ▁tierra ▁tuvo ▁reposo ▁de ▁las ▁guerra s .
▁Y ▁F U É ▁la ▁suerte ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Judá , ▁por ▁sus ▁familias , ▁junto ▁al ▁término ▁de ▁Edom , ▁del ▁desierto ▁de ▁Z in ▁al ▁mediodía , ▁al ▁la do ▁del ▁su r .
▁Y ▁su ▁término ▁de ▁la ▁parte ▁del ▁mediodía ▁fué ▁de s de ▁la ▁co s ta ▁del ▁mar ▁Sal ado , ▁de s de ▁la ▁le n gu a ▁que ▁mira ▁haci a ▁el ▁mediodía ;
▁De ▁allí ▁pasa ba ▁á ▁A z m ón , ▁y ▁sal ía ▁al ▁arroyo ▁de ▁Egipto ; ▁y ▁sal e ▁este ▁término ▁al ▁occidente . ▁Este ▁pues ▁os ▁será ▁el ▁término ▁del ▁mediodía .
▁Y ▁su be ▁este ▁término ▁por ▁Beth - h o g la , ▁y ▁pasa ▁del ▁nor te ▁á ▁Beth - ar aba , ▁y ▁de ▁aquí ▁su be ▁este ▁término ▁á ▁la ▁piedra ▁de ▁B o h án , ▁hijo ▁de ▁Rubén .
▁El ▁término ▁del ▁occidente ▁es ▁la ▁mar ▁grande . ▁Este ▁pues , ▁es ▁el ▁término ▁de ▁los ▁hijos ▁de ▁Judá ▁en ▁derredor , ▁por ▁sus ▁familias .
▁Y ▁Caleb ▁echó ▁de ▁allí ▁tres ▁hijos ▁de ▁Ana c , ▁á ▁Se s a i , ▁A im an , ▁y ▁T al ma i , ▁hijos ▁de ▁Ana c .
▁De ▁aquí ▁subió ▁á ▁los ▁que ▁mor aban ▁en ▁De bi r : ▁y ▁el ▁nombre ▁de ▁De bi r ▁era ▁antes ▁C h î ri ath - se ph er .
▁Y ▁dijo ▁Caleb : ▁A l ▁que ▁ h ir iere ▁á ▁C h î ri ath - se ph er , ▁y ▁la ▁tomar e , ▁yo ▁le ▁daré ▁á ▁mi ▁hija ▁A x a ▁por ▁mujer .
▁Y ▁tomó la ▁O th on i el , ▁hijo ▁de ▁C en e z , ▁hermano ▁de ▁Caleb ; ▁y ▁él ▁le ▁dió ▁por ▁mujer ▁á ▁su ▁hija ▁A x a .
▁Y ▁aconteció ▁que ▁cuando ▁la ▁llev aba , ▁él ▁la ▁per s u ad ió ▁que ▁pi di e se ▁á ▁su ▁padre ▁tierra s ▁para ▁la bra r . ▁El la ▁entonces ▁se ▁a pe ó ▁del ▁asno . ▁Y ▁Caleb ▁le ▁dijo : ▁¿ Qué ▁tiene s ?
▁Esta ▁pues ▁es ▁la ▁her en ci a ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Judá ▁por ▁sus ▁familias .
▁Y ▁fueron ▁las ▁ciudades ▁del ▁término ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Judá ▁haci a ▁el ▁término ▁de ▁Edom ▁al ▁mediodía : ▁C ab se el , ▁y ▁E der , ▁y ▁Ja gu r ,
▁Y ▁C in a , ▁y ▁Di mo n a , ▁y ▁A d ada ,
▁Y ▁C ed es , ▁y ▁As or , ▁é ▁I t n án ,
▁Z i ph , ▁y ▁T el em , ▁y ▁Be al oth ,
▁Y ▁As or - h ada t ta , ▁y ▁C h ê ri oth - h es ron ▁ , ▁que ▁es ▁As or ,
▁A ma m , ▁y ▁Se ma , ▁y ▁M o l ada ,
▁Y ▁As ar - ga d da , ▁y ▁He s m ón , ▁y ▁Beth - pe le t ,
▁Y ▁Ha s ar - s u al , ▁Beer se b ah , ▁y ▁B i zo t i a ,
▁Baal a , ▁é ▁I im , ▁y ▁E s em ,
▁Y ▁El to la d , ▁y ▁C es il , ▁y ▁Hor ma ,
▁Y ▁Si c la g , ▁y ▁Ma d man n a , ▁S an s an a ,
▁Y ▁Le ba oth , ▁Si l im , ▁y ▁A í n , ▁y ▁R im m ón ; ▁en ▁todas ▁veinti n ue v e ▁ciudades ▁con ▁sus ▁aldeas .
▁En ▁las ▁ l l an ura s , ▁Esta o l , ▁y ▁So re a , ▁y ▁As en a ,
▁Y ▁Z an o a , ▁y ▁En ga n n im , ▁T a p p u a , ▁y ▁En am ,
▁Je r im oth , ▁y ▁A d u l l am , ▁So ch ô , ▁y ▁A ce ca ,
▁Y ▁Sara im , ▁y ▁A di th a im , ▁y ▁Ge de ra , ▁y ▁Ge der oth a im ; ▁ca to r ce ▁ciudades ▁con ▁sus ▁aldeas .
▁Se n án , ▁y ▁Ha das a , ▁y ▁Mi g da l ga d ,
▁Y ▁Di l án , ▁y ▁Mizpa , ▁y ▁ J o c te el ,
▁La ch î s , ▁y ▁B os ca th , ▁y ▁E g l ón ,
▁Y ▁C ab ón , ▁y ▁La ma s , ▁y ▁C h î t li s ,
▁Y ▁Ge der o h , ▁Beth - da g ón , ▁y ▁N a a ma , ▁y ▁Ma ce da ; ▁die ci s éis ▁ciudades ▁con ▁sus ▁aldeas .
▁L i b n a , ▁y ▁E ther , ▁y ▁As án ,
▁Y ▁ J i ph ta , ▁y ▁As n a , ▁y ▁N es i b ,
▁Y ▁C e i la , ▁y ▁A ch z i b , ▁y ▁Ma res a ; ▁ n ue v e ▁ciudades ▁con ▁sus ▁aldeas .
▁E crón ▁con ▁sus ▁villas ▁y ▁sus ▁aldeas :
▁De s de ▁E crón ▁hast a ▁la ▁mar , ▁todas ▁las ▁que ▁están ▁á ▁la ▁co s ta ▁de ▁As do d ▁con ▁sus ▁aldeas .
▁As do d ▁con ▁sus ▁villas ▁y ▁sus ▁aldeas : ▁ G a za ▁con ▁sus ▁villas ▁y ▁sus ▁aldeas ▁hast a ▁el ▁río ▁de ▁Egipto , ▁y ▁la ▁gran ▁mar ▁con ▁sus ▁término s .
▁Y ▁en ▁las ▁mo n ta ñ as , ▁S am ir , ▁y ▁Ja t t ir , ▁y ▁Succoth ,
▁Y ▁Dan n a , ▁y ▁C h î ri ath - s an n a , ▁que ▁es ▁De bi r ,
▁Y ▁Ana b , ▁y ▁Este mo , ▁y ▁A n im ,
▁Y ▁Go s é n , ▁y ▁O l ón , ▁y ▁ G i lo ; ▁on ce ▁ciudades ▁con ▁sus ▁aldeas .
▁Ar ab , ▁y ▁ D u ma h , ▁y ▁E s án ,
▁Y ▁Ja n u m , ▁y ▁Beth - ta p p u a , ▁y ▁A ph e ca ,
▁Y ▁Hu m ta , ▁y ▁C h î ri ath - ar ba , ▁que ▁es ▁Hebrón , ▁y ▁Si or ; ▁ n ue v e ▁ciudades ▁con ▁sus ▁aldeas .
▁Ma ón , ▁Carmel , ▁y ▁Z i ph , ▁y ▁ J u ta ,
▁E ▁I z re el , ▁ J o c de am , ▁y ▁Z an o a ,
▁C a í n , ▁ G i be a , ▁y ▁Timna ; ▁diez ▁ciudades ▁con ▁sus ▁aldeas .
▁Ha l hu l , ▁y ▁Beth f ur , ▁y ▁Ge dor ,
▁Y ▁Ma ar ath , ▁y ▁Beth - an oth , ▁y ▁El te c ón ; ▁se is ▁ciudades ▁con ▁sus ▁aldeas .
▁C h î ri ath - ba al , ▁que ▁es ▁C h î ri ath - je ar im , ▁y ▁R ab ba ; ▁dos ▁ciudades ▁con ▁sus ▁aldeas .
▁En ▁el ▁desierto , ▁Beth - ar aba , ▁Mi d d í n , ▁y ▁Se ch â ch â ,
▁Y ▁N i b s an , ▁y ▁la ▁ciudad ▁de ▁la ▁sal , ▁y ▁En g ed i ; ▁se is ▁ciudades ▁con ▁sus ▁aldeas .
▁Mas ▁á ▁los ▁Jebus e os ▁que ▁habitaba n ▁en ▁Jerusalem , ▁los ▁hijos ▁de ▁Judá ▁no ▁los ▁pu d ieron ▁de s ar ra i gar ; ▁antes ▁quedó ▁el ▁Jebus e o ▁en ▁Jerusalem ▁con ▁los ▁hijos ▁de ▁Judá , ▁hast a ▁hoy .
▁Y ▁L A ▁suerte ▁del ▁los ▁hijos ▁de ▁José ▁salió ▁de s de ▁el ▁Jordán ▁de ▁Jericó ▁hast a ▁las ▁aguas ▁de ▁Jericó ▁haci a ▁el ▁or iente , ▁al ▁desierto ▁que ▁su be ▁de ▁Jericó ▁al ▁monte ▁de ▁Beth - el :
▁Y ▁de ▁Beth - el ▁sal e ▁á ▁L u z , ▁y ▁pasa ▁al ▁término ▁de ▁Ar ch i ▁en ▁A t ar oth ;
▁Y ▁torn a ▁á ▁descend er ▁haci a ▁la ▁mar ▁al ▁término ▁de ▁Ja ph le t , ▁hast a ▁el ▁término ▁de ▁Beth - o ron ▁la ▁de ▁ aba jo , ▁y ▁hast a ▁Ge z er ; ▁y ▁sal e ▁á ▁la ▁mar .
▁Re ci b ieron ▁pues ▁heredad ▁los ▁hijos ▁de ▁José , ▁Manasés ▁y ▁Ephraim .
▁Y ▁de ▁Ja no a ▁de s ci en de ▁á ▁A t ar oth , ▁y ▁á ▁N a ar ath a , ▁y ▁to ca ▁en ▁Jericó , ▁y ▁sal e ▁al ▁Jordán .
▁Hu b o ▁también ▁ciudades ▁que ▁se ▁apart aron ▁para ▁los ▁hijos ▁de ▁Ephraim ▁en ▁medio ▁de ▁la ▁her en ci a ▁de ▁los ▁hijos ▁de ▁Manasés , ▁todas ▁ciudades ▁con ▁sus ▁aldeas .
▁Y ▁no ▁echar on ▁al ▁Cananeo ▁que ▁habitaba ▁en ▁Ge z er ; ▁antes ▁quedó ▁el ▁Cananeo ▁en ▁medio ▁de ▁Ephraim , ▁hast a ▁hoy , ▁y ▁fué ▁tribu ta ri o .
▁Y ▁ca y e ron ▁á ▁Manasés ▁diez ▁suerte s ▁á ▁más ▁de ▁la ▁tierra ▁de ▁Galaad ▁y ▁de ▁Basán , ▁que ▁está ▁de ▁la ▁otra ▁parte ▁del ▁Jordán :
▁Porque ▁las ▁hijas ▁de ▁Manasés ▁pos e y e ron ▁her en ci a ▁entre ▁sus ▁hijos : ▁y ▁la ▁tierra ▁de ▁Galaad ▁fué ▁de ▁los ▁otro s ▁hijos ▁de ▁Manasés .
▁Y ▁fué ▁el ▁término ▁de ▁Manasés ▁de s de ▁As er ▁hast a ▁Mi ch me ta t , ▁la ▁cual ▁está ▁delante ▁de ▁Sichêm ; ▁y ▁va ▁este ▁término ▁á ▁la ▁mano ▁derecha , ▁á ▁los ▁que ▁habita n ▁en ▁T a p p u a .
▁Y ▁la ▁tierra ▁de ▁T a p p u a ▁fué ▁de ▁Manasés ; ▁per o ▁T a p p u a , ▁que ▁está ▁junto ▁al ▁término ▁de ▁Manasés , ▁es ▁de ▁los ▁hijos ▁de ▁Ephraim .
▁Ephraim ▁al ▁mediodía , ▁y ▁Manasés ▁al ▁nor te , ▁y ▁la ▁mar ▁es ▁su ▁término : ▁y ▁en cu é n tra n se ▁con ▁As er ▁á ▁la ▁parte ▁del ▁nor te , ▁y ▁con ▁Issachâr ▁al ▁or iente .
▁Mas ▁los ▁hijos ▁de ▁Manasés ▁no ▁pu d ieron ▁echar ▁á ▁los ▁de ▁aquella s ▁ciudades ; ▁antes ▁el ▁Cananeo ▁quiso ▁habita r ▁en ▁la ▁tierra .
▁E mpero ▁cuando ▁los ▁hijos ▁de ▁Israel ▁tomaron ▁fuerza s , ▁hicieron ▁tribu ta ri o ▁al ▁Cananeo , ▁mas ▁no ▁lo ▁echar on .
▁Entonces ▁Josué ▁respondió ▁á ▁la ▁casa ▁de ▁José , ▁á ▁Ephraim ▁y ▁Manasés , ▁diciendo : ▁T ú ▁eres ▁gran ▁pueblo , ▁y ▁tiene s ▁gran ▁fuerza ; ▁no ▁tendrá s ▁una ▁so la ▁suerte ;
▁Y ▁T O D A ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁se ▁junt ó ▁en ▁Si lo , ▁y ▁a sentaron ▁allí ▁el ▁tabernáculo ▁del ▁testimonio , ▁después ▁que ▁la ▁tierra ▁les ▁fué ▁su je ta .
▁Mas ▁habían ▁que d ado ▁en ▁los ▁hijos ▁de ▁Israel ▁siete ▁tribu s , ▁á ▁las ▁cuales ▁aun ▁no ▁habían ▁re p ar t ido ▁su ▁posesión .
▁Y ▁Josué ▁dijo ▁á ▁los ▁hijos ▁de ▁Israel : ▁¿ H as ta ▁cu ándo ▁se réis ▁ n e g li g ente s ▁para ▁ven ir ▁á ▁poseer ▁la ▁tierra ▁que ▁os ▁ha ▁dado ▁Jehová ▁el ▁Dios ▁de ▁vuestro s ▁padres ?
▁Y ▁la ▁di vi di rán ▁en ▁siete ▁parte s : ▁y ▁Judá ▁estará ▁en ▁su ▁término ▁al ▁mediodía , ▁y ▁los ▁de ▁la ▁casa ▁de ▁José ▁estará n ▁en ▁el ▁suyo ▁al ▁nor te .
▁Vosotros , ▁pues , ▁del in e aréis ▁la ▁tierra ▁en ▁siete ▁parte s , ▁y ▁me ▁tra e réis ▁la ▁de s c ri p ción ▁aquí , ▁y ▁yo ▁os ▁echar é ▁las ▁suerte s ▁aquí ▁delante ▁de ▁Jehová ▁nuestro ▁Dios .
▁F ue ron ▁pues ▁aquello s ▁varones ▁y ▁pa se aron ▁la ▁tierra , ▁del in e ándo la ▁por ▁ciudades ▁en ▁siete ▁parte s ▁en ▁un ▁libr o , ▁y ▁torn aron ▁á ▁Josué ▁al ▁campo ▁en ▁Si lo .
▁Y ▁Josué ▁les ▁echó ▁las ▁suerte s ▁delante ▁de ▁Jehová ▁en ▁Si lo ; ▁y ▁allí ▁re p ar t ió ▁Josué ▁la ▁tierra ▁á ▁los ▁hijos ▁de ▁Israel ▁por ▁sus ▁por ciones .
▁Y ▁sacó se ▁la ▁suerte ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Benjamín ▁por ▁sus ▁familias : ▁y ▁salió ▁el ▁término ▁de ▁su ▁suerte ▁entre ▁los ▁hijos ▁de ▁Judá ▁y ▁los ▁hijos ▁de ▁José .
▁Y ▁el ▁la do ▁del ▁mediodía ▁es ▁de s de ▁el ▁cabo ▁de ▁C h î ri ath - je ar im , ▁y ▁sal e ▁el ▁término ▁al ▁occidente , ▁y ▁sal e ▁á ▁la ▁fuente ▁de ▁las ▁aguas ▁de ▁N e ph to a :
▁Y ▁pasa ▁al ▁la do ▁que ▁está ▁delante ▁de ▁la ▁camp i ñ a ▁del ▁nor te , ▁y ▁de s ci en de ▁á ▁los ▁ l la nos :
▁Y ▁el ▁Jordán ▁acaba ▁a que s te ▁término ▁al ▁la do ▁del ▁or iente . ▁Esta ▁es ▁la ▁heredad ▁de ▁los ▁hijos ▁de ▁Benjamín ▁por ▁sus ▁término s ▁alrededor , ▁conform e ▁á ▁sus ▁familias .
▁La s ▁ciudades ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Benjamín , ▁por ▁sus ▁familias , ▁fueron ▁Jericó , ▁Beth - h o g la , ▁y ▁el ▁valle ▁de ▁C as is ,
▁Beth - ar aba , ▁S am ar a im , ▁y ▁Beth - el ;
▁Y ▁A vi m , ▁y ▁Para , ▁y ▁O ph ra ,
▁Y ▁C e ph ar - h am mo n a i , ▁O ph n i , ▁y ▁ G aba ; ▁do ce ▁ciudades ▁con ▁sus ▁aldeas :
▁ G aba ón , ▁Rama , ▁Beer oth ,
▁Y ▁Mizpa , ▁Che ph i ra , ▁y ▁M o za ,
▁Re co m , ▁I r pe el ▁y ▁T ar a la ,
▁L A ▁S E G U N D A ▁suerte ▁salió ▁por ▁Simeón , ▁por ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Simeón ▁conform e ▁á ▁sus ▁familias ; ▁y ▁su ▁heredad ▁fué ▁entre ▁la ▁heredad ▁de ▁los ▁hijos ▁de ▁Judá .
▁Y ▁ tuvieron ▁en ▁su ▁heredad ▁á ▁Beer - se ba , ▁Se ba , ▁y ▁M o l ada ,
▁Ha s ar - s u al , ▁B a la , ▁y ▁E s em ,
▁He l to la d , ▁Be tu l , ▁y ▁Hor ma ,
▁Si c la g , ▁Beth - m ar ch â b oth , ▁y ▁Ha s ar - s u s a ,
▁Beth - le ba oth , ▁y ▁S ar u h é n ; ▁ t re ce ▁ciudades ▁con ▁sus ▁aldeas :
▁A í n , ▁R im m ón , ▁E t er , ▁y ▁As án ; ▁cuatro ▁ciudades ▁con ▁sus ▁aldeas :
▁Y ▁todas ▁las ▁aldeas ▁que ▁estaban ▁alrededor ▁de ▁esta s ▁ciudades ▁hast a ▁Baal ath - be er , ▁que ▁es R a ma t ▁del ▁mediodía . ▁Esta ▁es ▁la ▁heredad ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Simeón , ▁seg ún ▁sus ▁familias .
▁La ▁tercer a ▁suerte ▁salió ▁por ▁los ▁hijos ▁de ▁Zabulón ▁conform e ▁á ▁sus ▁familias : ▁y ▁el ▁término ▁de ▁su ▁heredad ▁fué ▁hast a ▁S ar id .
▁Y ▁su ▁término ▁su be ▁hast a ▁la ▁mar ▁y ▁hast a ▁Me ra la , ▁y ▁lleg a ▁hast a ▁Da b be - s eth , ▁y ▁de ▁allí ▁lleg a ▁al ▁arroyo ▁que ▁está ▁delante ▁de ▁ J o c n e am ;
▁Y ▁de ▁aquí ▁torn a ▁este ▁término ▁al ▁nor te ▁á ▁Ha n a t ón , ▁vi n iendo ▁á ▁sal ir ▁al ▁valle ▁de ▁I ph ta el ;
▁Y ▁a bra za ▁C a t ah , ▁y ▁N a al al , ▁y ▁Si m r ón , ▁é ▁I de a la , ▁y ▁Beth - lehem ; ▁do ce ▁ciudades ▁con ▁sus ▁aldeas .
▁Esta ▁es ▁la ▁heredad ▁de ▁los ▁hijos ▁de ▁Zabulón ▁por ▁sus ▁familias ; ▁esta s ▁ciudades ▁con ▁sus ▁aldeas .
▁La ▁cu ar ta ▁suerte ▁salió ▁por ▁Issachâr , ▁por ▁los ▁hijos ▁de ▁Issachâr ▁conform e ▁á ▁sus ▁familias .
▁Y ▁fué ▁su ▁término ▁I z re el , ▁y ▁Che s u l lo t , ▁y ▁Su n em ,
▁Y ▁Ha ph ar a im , ▁y ▁Si ón , ▁y ▁Ana ar ath ,
▁Y ▁R ab bi t , ▁y ▁C hi s ió n , ▁y ▁E be s ,
▁Y ▁R am eth , ▁y ▁En - ga n n im , ▁y ▁En - h ad da ▁y ▁Beth - pa s se s ;
▁Y ▁lleg a ▁este ▁término ▁hast a ▁T ab or , ▁y ▁S ah as im , ▁y ▁Beth - se me s ; ▁y ▁sal e ▁su ▁término ▁al ▁Jordán : ▁diez ▁y ▁se is ▁ciudades ▁con ▁sus ▁aldeas .
▁Esta ▁es ▁la ▁heredad ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Issachâr ▁conform e ▁á ▁sus ▁familias ; ▁esta s ▁ciudades ▁con ▁sus ▁aldeas .
▁Y ▁salió ▁la ▁qu in ta ▁suerte ▁por ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁As er ▁por ▁sus ▁familias .
▁Y ▁su ▁término ▁fué ▁He l ch â t , ▁y ▁Ha l í , ▁y ▁Be t é n , ▁y ▁A x a ph ,
▁Y ▁A l am me le c , ▁y ▁A me ad , ▁y ▁Mi se al ; ▁y ▁lleg a ▁hast a ▁Carmel ▁al ▁occidente , ▁y ▁á ▁Si h or - li b n ath ;
▁Y ▁a bra za ▁á ▁Hebrón , ▁y ▁Re h o b , ▁y ▁Ha m m ón , ▁y ▁C an a , ▁hast a ▁la ▁gran ▁Si d ón ;
▁A bra za ▁también ▁ U m ma , ▁y ▁A ph e c , ▁y ▁Re h o b : ▁veinte ▁y ▁dos ▁ciudades ▁con ▁sus ▁aldeas .
▁Esta ▁es ▁la ▁heredad ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁As er ▁por ▁sus ▁familias ; ▁esta s ▁ciudades ▁con ▁sus ▁aldeas .
▁La ▁se x ta ▁suerte ▁salió ▁por ▁los ▁hijos ▁de ▁Nephtalí , ▁por ▁los ▁hijos ▁de ▁Nephtalí ▁conform e ▁á ▁sus ▁familias .
▁Y ▁las ▁ciudades ▁fuerte s ▁son ▁Si d d im , ▁Se r , ▁y ▁Ha ma th , ▁R a c ca th , ▁y ▁C in n er oth ,
▁Y ▁Adam a , ▁y ▁Rama , ▁y ▁As or ,
▁Y ▁C ed es , ▁y ▁E d re i , ▁y ▁En - h as or ,
▁E ▁I r ón , ▁y ▁Mi g da le l , ▁y ▁Hor em , ▁y ▁Beth - an ath , ▁y ▁Beth - se me s : ▁diez ▁y ▁ n ue v e ▁ciudades ▁con ▁sus ▁aldeas .
▁Esta ▁es ▁la ▁heredad ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Nephtalí ▁por ▁sus ▁familias ; ▁esta s ▁ciudades ▁con ▁sus ▁aldeas .
▁La ▁s é p t im a ▁suerte ▁salió ▁por ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Dan ▁por ▁sus ▁familias .
▁Y ▁fué ▁el ▁término ▁de ▁su ▁heredad , ▁So ra , ▁y ▁Esta o l , ▁é ▁I r - se me s ,
▁Y ▁S a al ab í n , ▁y ▁A il ón , ▁y ▁Je th - la ,
▁Y ▁El ón , ▁y ▁Timna th a , ▁y ▁E crón ,
▁Y ▁El te ch ê , ▁ G i b b eth ón , ▁y ▁Baal ath ,
▁Y ▁Jehu d , ▁y ▁Be n e - be rá c , ▁y ▁Gath - r im m ón ,
▁Y ▁Me ja r c ón , ▁y ▁R a c c ón , ▁con ▁el ▁término ▁que ▁está ▁delante ▁de ▁ J o p pa .
▁Esta ▁es ▁la ▁heredad ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Dan ▁conform e ▁á ▁sus ▁familias ; ▁esta s ▁ciudades ▁con ▁sus ▁aldeas .
▁Y ▁después ▁que ▁acaba ron ▁de ▁re p ar t ir ▁la ▁tierra ▁en ▁heredad ▁por ▁sus ▁término s , ▁d ieron ▁los ▁hijos ▁de ▁Israel ▁heredad ▁á ▁Josué ▁hijo ▁de ▁Nun ▁en ▁medio ▁de ▁ellos :
▁Se g ún ▁la ▁palabra ▁de ▁Jehová , ▁le ▁d ieron ▁la ▁ciudad ▁que ▁él ▁pi d ió , ▁Timna th - se ra , ▁en ▁el ▁monte ▁de ▁Ephraim ; ▁y ▁él ▁re ed i f i c ó ▁la ▁ciudad , ▁y ▁habitó ▁en ▁ella .
▁Y ▁HABL Ó ▁Jehová ▁á ▁Josué , ▁diciendo :
▁Habla ▁á ▁los ▁hijos ▁de ▁Israel , ▁diciendo : ▁Se ñ a la os ▁las ▁ciudades ▁de ▁re f u g i o , ▁de ▁las ▁cuales ▁yo ▁os ▁ha b l é ▁por ▁Moisés ;
▁Para ▁que ▁se ▁a co ja ▁allí ▁el ▁homicida ▁que ▁matar e ▁á ▁alguno ▁por ▁y er ro ▁y ▁no ▁á ▁s a bi en das ; ▁que ▁os ▁sea n ▁por ▁a co g imiento ▁del ▁cerca no ▁del ▁muerto .
▁Y ▁L O S ▁principal es ▁de ▁los ▁padres ▁de ▁los ▁Levitas ▁vinieron ▁á ▁Eleazar ▁sacerdote , ▁y ▁á ▁Josué ▁hijo ▁de ▁Nun , ▁y ▁á ▁los ▁principal es ▁de ▁los ▁padres ▁de ▁las ▁tribu s ▁de ▁los ▁hijos ▁de ▁Israel ;
▁Y ▁ha b l áronle s ▁en ▁Si lo ▁en ▁la ▁tierra ▁de ▁Canaán , ▁diciendo : ▁Jehová ▁mandó ▁por ▁Moisés ▁que ▁no s ▁fuese n ▁da das ▁villas ▁para ▁habita r , ▁con ▁sus ▁ejidos ▁para ▁nuestra s ▁bestia s .
▁Entonces ▁los ▁hijos ▁de ▁Israel ▁d ieron ▁á ▁los ▁Levitas ▁de ▁sus ▁pos es ion es , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová , ▁esta s ▁villas ▁con ▁sus ▁ejidos .
▁Y ▁á ▁los ▁otro s ▁hijos ▁de ▁Coath ▁se ▁d ieron ▁por ▁suerte ▁diez ▁villas ▁de ▁las ▁familias ▁de ▁la ▁tribu ▁de ▁Ephraim , ▁y ▁de ▁la ▁tribu ▁de ▁Dan , ▁y ▁de ▁la ▁media ▁tribu ▁de ▁Manasés ;
▁A ▁los ▁hijos ▁de ▁Merari ▁por ▁sus ▁familias ▁se ▁d ieron ▁do ce ▁villas ▁por ▁la ▁tribu ▁de ▁Rubén , ▁y ▁por ▁la ▁tribu ▁de ▁Gad , ▁y ▁por ▁la ▁tribu ▁de ▁Zabulón .
▁Y ▁así ▁d ieron ▁por ▁suerte ▁los ▁hijos ▁de ▁Israel ▁á ▁los ▁Levitas ▁esta s ▁villas ▁con ▁sus ▁ejidos , ▁ como ▁Jehová ▁lo ▁había ▁mandado ▁por ▁Moisés .
▁Y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Judá , ▁y ▁de ▁la ▁tribu ▁de ▁los ▁hijos ▁de ▁Simeón ▁d ieron ▁esta s ▁villas ▁que ▁fueron ▁no m bra das :
▁Y ▁la ▁primer a ▁suerte ▁fué ▁de ▁los ▁hijos ▁de ▁Aarón , ▁de ▁la ▁familia ▁de ▁Coath , ▁de ▁los ▁hijos ▁de ▁Leví ;
▁A ▁los ▁cuales ▁d ieron ▁C h î ri ath - ar ba , ▁del ▁padre ▁de ▁Ana c , ▁la ▁cual ▁es ▁Hebrón , ▁en ▁el ▁monte ▁de ▁Judá , ▁con ▁sus ▁ejidos ▁en ▁sus ▁con to r nos .
▁Mas ▁el ▁campo ▁de ▁a que s ta ▁ciudad ▁y ▁sus ▁aldeas ▁d ieron ▁á ▁Caleb ▁hijo ▁de ▁Je ph on e , ▁por ▁su ▁posesión .
▁Y ▁á ▁los ▁hijos ▁de ▁Aarón ▁sacerdote ▁d ieron ▁la ▁ciudad ▁de ▁re f u g i o ▁para ▁los ▁homicida s , ▁á ▁Hebrón ▁con ▁sus ▁ejidos ; ▁y ▁á ▁L i b n a ▁con ▁sus ▁ejidos ,
▁Y ▁á ▁Ja t t ir ▁con ▁sus ▁ejidos , ▁y ▁á ▁Este mo a ▁con ▁sus ▁ejidos ,
▁A ▁He l ón ▁con ▁sus ▁ejidos , ▁y ▁á ▁De bi r ▁con ▁sus ▁ejidos ,
▁A ▁A in ▁con ▁sus ▁ejidos , ▁á ▁ J u t ta ▁con ▁sus ▁ejidos , ▁y ▁á ▁Beth - se me s ▁con ▁sus ▁ejidos ; ▁ n ue v e ▁villas ▁de ▁esta s ▁dos ▁tribu s :
▁Y ▁de ▁la ▁tribu ▁de ▁Benjamín , ▁á ▁ G i be ón ▁con ▁sus ▁ejidos , ▁á ▁Ge ba ▁con ▁sus ▁ejidos ,
▁A ▁Ana th oth ▁con ▁sus ▁ejidos , ▁á ▁A l m ón ▁con ▁sus ▁ejidos : ▁cuatro ▁villas .
▁T o das ▁las ▁villas ▁de ▁los ▁sacerdote s , ▁hijos ▁de ▁Aarón , ▁son ▁ t re ce ▁con ▁sus ▁ejidos .
▁Mas ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Coath , ▁Levitas , ▁los ▁que ▁que d aban ▁de ▁los ▁hijos ▁de ▁Coath , ▁re ci b ieron ▁por ▁suerte ▁villas ▁de ▁la ▁tribu ▁de ▁Ephraim .
▁Y ▁d iéronle s ▁á ▁Sichêm , ▁vi l la ▁de ▁re f u g i o ▁para ▁los ▁homicida s , ▁con ▁sus ▁ejidos , ▁en ▁el ▁monte ▁de ▁Ephraim ; ▁y ▁á ▁Ge s er ▁con ▁sus ▁ejidos ,
▁Y ▁á ▁ K i b s a im ▁con ▁sus ▁ejidos , ▁y ▁á ▁Beth - o ron ▁con ▁sus ▁ejidos : ▁cuatro ▁villas :
▁Y ▁de ▁la ▁tribu ▁de ▁Dan ▁á ▁El th e co ▁con ▁sus ▁ejidos , ▁á ▁ G i b eth ón ▁con ▁sus ▁ejidos ,
▁A ▁A y al ón ▁con ▁sus ▁ejidos , ▁á ▁Gath - r im m ón ▁con ▁sus ▁ejidos : ▁cuatro ▁villas :
▁Y ▁de ▁la ▁media ▁tribu ▁de ▁Manasés , ▁á ▁T a an a ch ▁con ▁sus ▁ejidos , ▁y ▁á ▁Gath - r im m ón ▁con ▁sus ▁ejidos : ▁dos ▁villas .
▁T o das ▁las ▁villas ▁para ▁el ▁rest o ▁de ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Coath ▁fueron ▁diez ▁con ▁sus ▁ejidos .
▁Y ▁de ▁la ▁tribu ▁de ▁Issachâr , ▁á ▁C es ió n ▁con ▁sus ▁ejidos , ▁á ▁Da b er eth ▁con ▁sus ▁ejidos ,
▁A ▁Ja r m u th ▁con ▁sus ▁ejidos , ▁y ▁á ▁En - ga n n im ▁con ▁sus ▁ejidos : ▁cuatro ▁villas :
▁Y ▁de ▁la ▁tribu ▁de ▁As er , ▁á ▁Mi se al ▁con ▁sus ▁ejidos , ▁á ▁A b d ón ▁con ▁sus ▁ejidos ,
▁A ▁He l ch â th ▁con ▁sus ▁ejidos , ▁y ▁á ▁Re h o b ▁con ▁sus ▁ejidos : ▁cuatro ▁villas :
▁T o das ▁las ▁villas ▁de ▁los ▁Ge r s on itas ▁por ▁sus ▁familias ▁fueron ▁ t re ce ▁villas ▁con ▁sus ▁ejidos .
▁Y ▁á ▁las ▁familias ▁de ▁los ▁hijos ▁de ▁Merari , ▁Levitas ▁que ▁que d aban , ▁dió se les ▁de ▁la ▁tribu ▁de ▁Zabulón , ▁á ▁ J o c n e am ▁con ▁sus ▁ejidos , ▁C ar th a ▁con ▁sus ▁ejidos ,
▁Di m n a ▁con ▁sus ▁ejidos , ▁N a al al ▁con ▁sus ▁ejidos : ▁cuatro ▁villas :
▁Y ▁de ▁la ▁tribu ▁de ▁Rubén , ▁á ▁Be s er ▁con ▁sus ▁ejidos , ▁á ▁Ja s a ▁con ▁sus ▁ejidos ,
▁A ▁C ed em oth ▁con ▁sus ▁ejidos , ▁y ▁Me ph a a t ▁con ▁sus ▁ejidos : ▁cuatro ▁villas :
▁De ▁la ▁tribu ▁de ▁Gad , ▁la ▁vi l la ▁de ▁re f u g i o ▁para ▁los ▁homicida s , ▁Ramoth ▁en ▁Galaad ▁con ▁sus ▁ejidos , ▁y ▁Ma h an a im ▁con ▁sus ▁ejidos ,
▁Hesbón ▁con ▁sus ▁ejidos , ▁y ▁Ja cer ▁con ▁sus ▁ejidos : ▁cuatro ▁villas .
▁T o das ▁las ▁villas ▁de ▁los ▁hijos ▁de ▁Merari ▁por ▁sus ▁familias , ▁que ▁rest aban ▁de ▁las ▁familias ▁de ▁los ▁Levitas , ▁fueron ▁por ▁sus ▁suerte s ▁do ce ▁villas .
▁Y ▁todas ▁la ▁villas ▁de ▁los ▁Levitas ▁en ▁medio ▁de ▁la ▁posesión ▁de ▁los ▁hijos ▁de ▁Israel , ▁fueron ▁cuarenta ▁y ▁oc h o ▁villas ▁con ▁sus ▁ejidos .
▁Y ▁esta s ▁ciudades ▁estaban ▁apart ada s ▁la ▁una ▁de ▁la ▁otra ▁ cada ▁cual ▁con ▁sus ▁ejidos ▁alrededor ▁de ▁ella s : ▁lo ▁cual ▁fué ▁en ▁todas ▁esta s ▁ciudades .
▁As í ▁dió ▁Jehová ▁á ▁Israel ▁toda ▁la ▁tierra ▁que ▁había ▁ j ur ado ▁dar ▁á ▁sus ▁padres ; ▁y ▁pos e y é ron la , ▁y ▁habita ron ▁en ▁ella .
▁Y ▁Jehová ▁les ▁dió ▁reposo ▁alrededor , ▁conform e ▁á ▁todo ▁lo ▁que ▁había ▁ j ur ado ▁á ▁sus ▁padres : ▁y ▁ninguno ▁de ▁todos ▁los ▁enemigos ▁les ▁par ó ▁delante , ▁sin o ▁que ▁Jehová ▁entregó ▁en ▁sus ▁manos ▁á ▁todos ▁sus ▁enemigos .
▁No ▁f al t ó ▁palabra ▁de ▁todas ▁la ▁buena s ▁que ▁habló ▁Jehová ▁á ▁la ▁casa ▁de ▁Israel ; ▁todo ▁se ▁cumpl ió .
▁E N T O N C E S ▁Josué ▁llamó ▁á ▁los ▁R u b en itas ▁y ▁á ▁los ▁Gad itas , ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés ,
▁Y ▁díjole s : ▁Vosotros ▁ha béis ▁guard ado ▁todo ▁lo ▁que ▁Moisés ▁siervo ▁de ▁Jehová ▁os ▁mandó , ▁y ▁ha béis ▁obedec ido ▁á ▁mi ▁voz ▁en ▁todo ▁lo ▁que ▁os ▁he ▁mandado .
▁No ▁ha béis ▁de ja do ▁á ▁vuestro s ▁hermanos ▁en ▁estos ▁mucho s ▁días ▁hast a ▁hoy , ▁antes ▁ha béis ▁guard ado ▁la ▁ob serv an ci a ▁de ▁los ▁mandamientos ▁de ▁Jehová ▁vuestro ▁Dios .
▁Y ▁be n di ci é ndo los ▁Josué , ▁los ▁envió : ▁y ▁fué ron se ▁á ▁sus ▁tienda s .
▁Lo ▁cual ▁ como ▁los ▁hijos ▁de ▁Israel ▁ o y e ron , ▁junt óse ▁toda ▁la ▁congregación ▁de ▁los ▁hijos ▁de ▁Israel ▁en ▁Si lo , ▁para ▁subir ▁á ▁pe le ar ▁contra ▁ellos .
▁Y ▁enviar on ▁los ▁hijos ▁de ▁Israel ▁á ▁los ▁hijos ▁de ▁Rubén ▁y ▁á ▁los ▁hijos ▁de ▁Gad ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés ▁en ▁la ▁tierra ▁de ▁Galaad , ▁á ▁P h in e es ▁hijo ▁de ▁Eleazar ▁sacerdote ,
▁Y ▁á ▁diez ▁príncipes ▁con ▁él ; ▁un ▁príncipe ▁de ▁ cada ▁casa ▁pa te rna ▁de ▁todas ▁las ▁tribu s ▁de ▁Israel , ▁ cada ▁uno ▁de ▁los ▁cuales ▁era ▁cabeza ▁de ▁familia ▁de ▁sus ▁padres ▁en ▁la ▁multitud ▁de ▁Israel .
▁Lo s ▁cuales ▁vinieron ▁á ▁los ▁hijos ▁de ▁Rubén ▁y ▁á ▁los ▁hijos ▁de ▁Gad , ▁y ▁á ▁la ▁media ▁tribu ▁de ▁Manasés , ▁en ▁la ▁tierra ▁de ▁Galaad ; ▁y ▁ha b l áronle s , ▁diciendo :
▁¿ No s ▁ha ▁sido ▁poco ▁la ▁mal dad ▁de ▁P e or , ▁de ▁la ▁que ▁no ▁esta mos ▁a ún ▁limpio s ▁hast a ▁este ▁día , ▁por ▁la ▁cual ▁fué ▁la ▁mor t an dad ▁en ▁la ▁congregación ▁de ▁Jehová ?
▁Y ▁vosotros ▁os ▁ v o l v éis ▁hoy ▁de ▁se gu ir ▁á ▁Jehová ; ▁mas ▁será ▁que ▁vosotros ▁os ▁rebel aréis ▁hoy ▁contra ▁Jehová , ▁y ▁mañana ▁se ▁a ir ará ▁él ▁contra ▁toda ▁la ▁congregación ▁de ▁Israel .
▁Entonces ▁los ▁hijos ▁de ▁Rubén ▁y ▁los ▁hijos ▁de ▁Gad , ▁y ▁la ▁media ▁tribu ▁de ▁Manasés , ▁respondieron ▁y ▁dijeron ▁á ▁los ▁principal es ▁de ▁la ▁multitud ▁de ▁Israel :
▁No s ▁he mos ▁edifica do ▁altar ▁para ▁torn ar nos ▁de ▁en ▁pos ▁de ▁Jehová , ▁ó ▁para ▁sacrific ar ▁holocausto ▁ó ▁presente , ▁ó ▁para ▁hacer ▁sobre ▁él ▁sacrificio s ▁pa c í f i co s , ▁el ▁mismo ▁Jehová ▁no s ▁lo ▁de man de .
▁A simismo , ▁si ▁no ▁lo ▁ hi ci mos ▁por ▁tem or ▁de ▁esto , ▁diciendo : ▁Ma ñ an a ▁vuestro s ▁hijos ▁dirá n ▁á ▁nuestro s ▁hijos : ▁¿ Qué ▁ten éis ▁vosotros ▁con ▁Jehová ▁el ▁Dios ▁de ▁Israel ? ;
▁Jehová ▁ha ▁puesto ▁por ▁término ▁el ▁Jordán ▁entre ▁nosotros ▁y ▁vosotros , ▁ o h ▁hijos ▁de ▁Rubén ▁é ▁hijos ▁de ▁Gad ; ▁no ▁ten éis ▁vosotros ▁parte ▁en ▁Jehová : ▁y ▁así ▁vuestro s ▁hijos ▁hará n ▁que ▁nuestro s ▁hijos ▁no ▁tem an ▁á ▁Jehová .
▁Por ▁esto ▁di j i mos : ▁Ha ga mos ▁ahora ▁por ▁edifica r nos ▁un ▁altar , ▁no ▁para ▁holocausto ▁ni ▁para ▁sacrificio ,
▁Y ▁los ▁hijos ▁de ▁Rubén ▁y ▁los ▁hijos ▁de ▁Gad ▁pusier on ▁por ▁nombre ▁al ▁altar ▁E d ; ▁por que ▁es ▁testimonio ▁entre ▁nosotros ▁que ▁Jehová ▁es ▁Dios .
▁Y ▁A C O N T E C I Ó , ▁pasa do s ▁mucho s ▁días ▁después ▁que ▁Jehová ▁dió ▁reposo ▁á ▁Israel ▁de ▁todos ▁sus ▁enemigos ▁al ▁con to r no , ▁que ▁Josué , ▁s iendo ▁viejo , ▁y ▁entr ado ▁en ▁días ,
▁L l am ó ▁á ▁todo ▁Israel , ▁á ▁sus ▁ancianos , ▁á ▁sus ▁príncipes , ▁á ▁sus ▁ j ue ce s ▁y ▁á ▁sus ▁of i ci a les , ▁y ▁díjole s : ▁Yo ▁soy ▁y a ▁viejo ▁y ▁entr ado ▁en ▁días :
▁Y ▁vosotros ▁ha béis ▁visto ▁todo ▁lo ▁que ▁Jehová ▁vuestro ▁Dios ▁ha ▁hecho ▁con ▁todas ▁esta s ▁gente s ▁en ▁vuestra ▁presencia ; ▁por que ▁Jehová ▁vuestro ▁Dios ▁ha ▁pe le ado ▁por ▁vosotros .
▁Y ▁Jehová ▁vuestro ▁Dios ▁las ▁echar á ▁de ▁delante ▁de ▁vosotros , ▁y ▁las ▁la n z ará ▁de ▁vuestra ▁presencia : ▁y ▁vosotros ▁poseer éis ▁sus ▁tierra s , ▁ como ▁Jehová ▁vuestro ▁Dios ▁os ▁ha ▁dicho .
▁E s for za os ▁pues ▁mucho ▁á ▁guarda r ▁y ▁hacer ▁todo ▁lo ▁que ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁la ▁le y ▁de ▁Moisés , ▁sin ▁apart ar os ▁de ▁el lo ▁ni ▁á ▁la ▁die s tra ▁ni ▁á ▁la ▁sin i est ra ;
▁Mas ▁á ▁Jehová ▁vuestro ▁Dios ▁os ▁all e g aréis , ▁ como ▁ha béis ▁hecho ▁hast a ▁hoy ;
▁P ue s ▁ha ▁echa do ▁Jehová ▁delante ▁de ▁vosotros ▁grande s ▁y ▁fuerte s ▁ n a ciones , ▁y ▁hast a ▁hoy ▁nadie ▁ha ▁pod ido ▁para r ▁delante ▁de ▁vuestro ▁rostro .
▁Un ▁varón ▁de ▁vosotros ▁per se gu irá ▁á ▁mil : ▁por que ▁Jehová ▁vuestro ▁Dios ▁pe le a ▁por ▁vosotros , ▁ como ▁él ▁os ▁dijo .
▁Por ▁tanto , ▁cu i dad ▁mucho ▁por ▁vuestras ▁alma s , ▁que ▁am éis ▁á ▁Jehová ▁vuestro ▁Dios .
▁Y ▁yo ▁to m é ▁á ▁vuestro ▁padre ▁Abraham ▁de ▁la ▁otra ▁parte ▁del ▁río , ▁y ▁ t rá je lo ▁por ▁toda ▁la ▁tierra ▁de ▁Canaán , ▁y ▁a u ment é ▁su ▁generación , ▁y ▁d í le ▁á ▁Isaac .
▁Y ▁á ▁Isaac ▁d í ▁á ▁Jacob ▁y ▁á ▁Esaú : ▁y ▁á ▁Esaú ▁d í ▁el ▁monte ▁de ▁Se ir , ▁que ▁lo ▁pos e y e se : ▁mas ▁Jacob ▁y ▁sus ▁hijos ▁descend ieron ▁á ▁Egipto .
▁Y ▁yo ▁en vi é ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁her í ▁á ▁Egipto , ▁al ▁mo do ▁que ▁lo ▁ hi ce ▁en ▁medio ▁de ▁él , ▁y ▁después ▁os ▁s a qué .
▁Y ▁levant óse ▁después ▁Balac ▁hijo ▁de ▁Se ph or , ▁rey ▁de ▁los ▁Moab itas , ▁y ▁pe le ó ▁contra ▁Israel ; ▁y ▁envió ▁á ▁llamar ▁á ▁Balaam ▁hijo ▁de ▁Be or , ▁para ▁que ▁os ▁mal di je se .
▁Mas ▁yo ▁no ▁ qui se ▁es cu ch ar ▁á ▁Balaam , ▁antes ▁os ▁bendijo ▁re pe t id amente , ▁y ▁os ▁libr é ▁de ▁sus ▁manos .
▁Y ▁en vi é ▁ t á ba nos ▁delante ▁de ▁vosotros , ▁los ▁cuales ▁los ▁echar on ▁de ▁delante ▁de ▁vosotros , ▁á ▁sabe r , ▁á ▁los ▁dos ▁reyes ▁de ▁los ▁Amorrheo s ; ▁no ▁con ▁tu ▁espada , ▁ni ▁con ▁tu ▁ar co .
▁Entonces ▁el ▁pueblo ▁respondió , ▁y ▁dijo : ▁Nun ca ▁tal ▁a co n te z ca , ▁que ▁de je mos ▁á ▁Jehová ▁por ▁servir ▁á ▁otro s ▁dioses :
▁Y ▁Jehová ▁echó ▁de ▁delante ▁de ▁nosotros ▁á ▁todos ▁los ▁pueblo s , ▁y ▁al ▁Amorrheo ▁que ▁habitaba ▁en ▁la ▁tierra : ▁nosotros , ▁pues , ▁también ▁servir emos ▁á ▁Jehová , ▁por que ▁él ▁es ▁nuestro ▁Dios .
▁Entonces ▁Josué ▁dijo ▁al ▁pueblo : ▁No ▁pod réis ▁servir ▁á ▁Jehová , ▁por que ▁él ▁es ▁Dios ▁santo , ▁y ▁Dios ▁ ce los o ; ▁no ▁su f r irá ▁vuestras ▁rebel ion es ▁y ▁vuestro s ▁pecado s .
▁Si ▁dejar e is ▁á ▁Jehová ▁y ▁sirv iere is ▁á ▁dioses ▁ajenos , ▁se ▁volver á , ▁y ▁os ▁mal tra t ará , ▁y ▁os ▁consum irá , ▁después ▁que ▁os ▁ha ▁hecho ▁bien .
▁El ▁pueblo ▁entonces ▁dijo ▁á ▁Josué : ▁No , ▁antes ▁á ▁Jehová ▁servir emos .
▁Y ▁Josué ▁respondió ▁al ▁pueblo : ▁Vosotros ▁so is ▁testigo s ▁contra ▁vosotros ▁mismo s , ▁de ▁que ▁os ▁ha béis ▁el e g ido ▁á ▁Jehová ▁para ▁servir le . ▁Y ▁ellos ▁respondieron : ▁T est i go s ▁so mos .
▁ Q u ita d , ▁pues , ▁ahora ▁los ▁dioses ▁ajenos ▁que ▁están ▁entre ▁vosotros , ▁é ▁inclin ad ▁vuestro ▁corazón ▁á ▁Jehová ▁Dios ▁de ▁Israel .
▁Y ▁el ▁pueblo ▁respondió ▁á ▁Josué : ▁A ▁Jehová ▁nuestro ▁Dios ▁servir emos , ▁y ▁á ▁su ▁voz ▁obedec e remos .
▁Entonces ▁Josué ▁hizo ▁alianza ▁con ▁el ▁pueblo ▁el ▁mismo ▁día , ▁y ▁p ú s o le ▁orden an za s ▁y ▁le y es ▁en ▁Sichêm .
▁Y ▁es c ri b ió ▁Josué ▁esta s ▁palabras ▁en ▁el ▁libr o ▁de ▁la ▁le y ▁de ▁Dios ; ▁y ▁toma ndo ▁una ▁grande ▁piedra , ▁levant ó la ▁allí ▁debajo ▁de ▁un ▁al co r no que ▁que ▁estaba ▁junto ▁al ▁santuario ▁de ▁Jehová .
▁Y ▁envió ▁Josué ▁al ▁pueblo , ▁ cada ▁uno ▁á ▁su ▁heredad .
▁Y ▁después ▁de ▁esta s ▁cosas ▁murió ▁Josué , ▁hijo ▁de ▁Nun , ▁siervo ▁de ▁Jehová , ▁s iendo ▁de ▁ciento ▁y ▁diez ▁años .
▁Y ▁enter r áronlo ▁en ▁el ▁término ▁de ▁su ▁posesión ▁en ▁Timna th - se ra , ▁que ▁está ▁en ▁el ▁monte ▁de ▁Ephraim , ▁al ▁nor te ▁del ▁monte ▁de ▁ G a as .
▁Y ▁sirv ió ▁Israel ▁á ▁Jehová ▁todo ▁el ▁tiempo ▁de ▁Josué , ▁y ▁todo ▁el ▁tiempo ▁de ▁los ▁ancianos ▁que ▁vi vier on ▁después ▁de ▁Josué , ▁y ▁que ▁s ab ían ▁todas ▁las ▁obra s ▁de ▁Jehová , ▁que ▁había ▁hecho ▁por ▁Israel .
▁T ambién ▁murió ▁Eleazar , ▁hijo ▁de ▁Aarón ; ▁al ▁cual ▁enter r aron ▁en ▁el ▁co l l ado ▁de ▁P h in e es ▁su ▁hijo , ▁que ▁le ▁fué ▁dado ▁en ▁el ▁monte ▁de ▁Ephraim .
▁Y ▁A C O N T E C I Ó ▁después ▁de ▁la ▁muerte ▁de ▁Josué , ▁que ▁los ▁hijos ▁de ▁Israel ▁consult aron ▁á ▁Jehová , ▁diciendo : ▁¿ Quién ▁subir á ▁por ▁nosotros ▁el ▁primer o ▁á ▁pe le ar ▁contra ▁los ▁Cananeo s ?
▁Y ▁Jehová ▁respondió : ▁Judá ▁subir á ; ▁he ▁aquí ▁que ▁yo ▁he ▁entregado ▁la ▁tierra ▁en ▁sus ▁manos .
▁Y ▁Judá ▁dijo ▁á ▁Simeón ▁su ▁hermano : ▁Su be ▁conmigo ▁á ▁mi ▁suerte , ▁y ▁pe le emos ▁contra ▁el ▁Cananeo , ▁y ▁yo ▁también ▁ir é ▁contigo ▁á ▁tu ▁suerte . ▁Y ▁Simeón ▁fué ▁con ▁él .
▁Y ▁subió ▁Judá , ▁y ▁Jehová ▁entregó ▁en ▁sus ▁manos ▁al ▁Cananeo ▁y ▁al ▁P h er e z e o ; ▁y ▁de ▁ellos ▁hirieron ▁en ▁Be z e c ▁diez ▁mil ▁hombres .
▁Y ▁halla ron ▁á ▁A do n i - be z e c ▁en ▁Be z e c , ▁y ▁pe le aron ▁contra ▁él : ▁é ▁hirieron ▁al ▁Cananeo ▁y ▁al ▁P h er e z e o .
▁Mas ▁A do n i - be z e c ▁huyó ▁ ; ▁y ▁si gu iéronle , ▁y ▁pre nd iéronle , ▁y ▁cor t áronle ▁los ▁pu l gar es ▁de ▁las ▁manos ▁y ▁de ▁los ▁pie s .
▁Y ▁habían ▁com ba t ido ▁los ▁hijos ▁de ▁Judá ▁á ▁Jerusalem , ▁y ▁la ▁habían ▁tomado , ▁y ▁me t ido ▁á ▁cuchillo , ▁y ▁puesto ▁á ▁fuego ▁la ▁ciudad .
▁Después ▁los ▁hijos ▁de ▁Judá ▁descend ieron ▁para ▁pe le ar ▁contra ▁el ▁Cananeo ▁que ▁habitaba ▁en ▁las ▁mo n ta ñ as , ▁y ▁al ▁mediodía , ▁y ▁en ▁los ▁ l la nos .
▁Y ▁part ió ▁Judá ▁contra ▁el ▁Cananeo ▁que ▁habitaba ▁en ▁Hebrón , ▁la ▁cual ▁se ▁llamaba ▁antes ▁C h î ri ath - ar ba ; ▁é ▁hirieron ▁á ▁Se s a i , ▁y ▁á ▁Ahi man , ▁y ▁á ▁T al ma i .
▁Y ▁de ▁allí ▁fué ▁á ▁los ▁que ▁habitaba n ▁en ▁De bi r , ▁que ▁antes ▁se ▁llamaba ▁C h î ri ath - se ph er .
▁Y ▁dijo ▁Caleb : ▁El ▁que ▁ h ir iere ▁á ▁C h î ri ath - se ph er , ▁y ▁la ▁tomar e , ▁yo ▁le ▁daré ▁á ▁A x a ▁mi ▁hija ▁por ▁mujer .
▁Y ▁tomó la ▁O th on i el ▁hijo ▁de ▁C en e z , ▁hermano ▁men or ▁de ▁Caleb : ▁y ▁él ▁le ▁dió ▁á ▁A x a ▁su ▁hija ▁por ▁mujer .
▁Y ▁cuando ▁la ▁llev aban , ▁per s u ad ió le ▁que ▁pi di e se ▁á ▁su ▁padre ▁un ▁campo . ▁Y ▁ella ▁se ▁a pe ó ▁del ▁asno , ▁y ▁Caleb ▁le ▁dijo : ▁¿ Qué ▁tiene s ?
▁Y ▁fué ▁Judá ▁á ▁su ▁hermano ▁Simeón , ▁é ▁hirieron ▁al ▁Cananeo ▁que ▁habitaba ▁en ▁Se ph ath , ▁y ▁as o l á ron la : ▁y ▁pusier on ▁por ▁nombre ▁á ▁la ▁ciudad , ▁Hor ma .
▁T om ó ▁también ▁Judá ▁á ▁ G a za ▁con ▁su ▁término , ▁y ▁á ▁As ca l ón ▁con ▁su ▁término , ▁y ▁á ▁E crón ▁con ▁su ▁término .
▁Y ▁fué ▁Jehová ▁con ▁Judá , ▁y ▁echó ▁á ▁los ▁de ▁las ▁mo n ta ñ as ; ▁mas ▁no ▁pu do ▁echar ▁á ▁los ▁que ▁habitaba n ▁en ▁los ▁ l la nos , ▁los ▁cuales ▁tenía n ▁carro s ▁her r ados .
▁Y ▁d ieron ▁Hebrón ▁á ▁Caleb , ▁ como ▁Moisés ▁había ▁dicho : ▁y ▁él ▁echó ▁de ▁allí ▁tres ▁hijos ▁de ▁Ana c .
▁Mas ▁al ▁Jebus e o ▁que ▁habitaba ▁en ▁Jerusalem , ▁no ▁echar on ▁los ▁hijos ▁de ▁Benjamín , ▁y ▁así ▁el ▁Jebus e o ▁habitó ▁con ▁los ▁hijos ▁de ▁Benjamín ▁en ▁Jerusalem ▁hast a ▁hoy .
▁T ambién ▁los ▁de ▁la ▁casa ▁de ▁José ▁subieron ▁á ▁Beth - el ; ▁y ▁fué ▁Jehová ▁con ▁ellos .
▁Y ▁los ▁de ▁la ▁casa ▁de ▁José ▁pusier on ▁es p ía s ▁en ▁Beth - el , ▁la ▁cual ▁ciudad ▁antes ▁se ▁llamaba ▁L u z .
▁Y ▁los ▁que ▁es p i aban ▁vieron ▁un ▁hombre ▁que ▁sal ía ▁de ▁la ▁ciudad , ▁y ▁dijéronle : ▁M u é s tra nos ▁ahora ▁la ▁entr ada ▁de ▁la ▁ciudad , ▁y ▁ha remos ▁contigo ▁misericordia .
▁Y ▁él ▁les ▁most r ó ▁la ▁entr ada ▁á ▁la ▁ciudad , ▁é ▁ hi ri é ron la ▁á ▁f i lo ▁de ▁espada ; ▁mas ▁dejar on ▁á ▁aquel ▁hombre ▁con ▁toda ▁su ▁familia .
▁Y ▁fuese ▁el ▁hombre ▁á ▁la ▁tierra ▁de ▁los ▁Hetheo s , ▁y ▁edificó ▁una ▁ciudad , ▁á ▁la ▁cual ▁llamó ▁L u z : ▁y ▁este ▁es ▁su ▁nombre ▁hast a ▁hoy .
▁E mpero ▁cuando ▁Israel ▁tomó ▁fuerza s ▁hizo ▁al ▁Cananeo ▁tribu ta ri o , ▁mas ▁no ▁lo ▁echó .
▁T am p o co ▁Ephraim ▁echó ▁al ▁Cananeo ▁que ▁habitaba ▁en ▁Ge z er ; ▁antes ▁habitó ▁el ▁Cananeo ▁en ▁medio ▁de ▁ellos ▁en ▁Ge z er .
▁T am p o co ▁Zabulón ▁echó ▁á ▁los ▁que ▁habitaba n ▁en ▁C h î t ron ▁y ▁á ▁los ▁que ▁habitaba n ▁en ▁N a a lo l ; ▁mas ▁el ▁Cananeo ▁habitó ▁en ▁medio ▁de ▁él , ▁y ▁le ▁fueron ▁tribu ta ri os .
▁A n te s ▁mor ó ▁As er ▁entre ▁los ▁Cananeo s ▁que ▁habitaba n ▁en ▁la ▁tierra ; ▁pues ▁no ▁los ▁echó .
▁Lo s ▁Amorrheo s ▁ap re t aron ▁á ▁los ▁hijos ▁de ▁Dan ▁hast a ▁el ▁monte ; ▁que ▁no ▁los ▁dejar on ▁descend er ▁á ▁la ▁camp i ñ a .
▁Y ▁el ▁término ▁del ▁Amorrheo ▁fué ▁de s de ▁la ▁su bi da ▁de ▁A c ra b im , ▁de s de ▁la ▁piedra , ▁y ▁arriba .
▁Por ▁tanto ▁yo ▁también ▁di je : ▁No ▁los ▁echar é ▁de ▁delante ▁de ▁vosotros , ▁sin o ▁que ▁os ▁serán ▁por ▁a zo te ▁para ▁vuestro s ▁co st ados , ▁y ▁sus ▁dioses ▁por ▁ t ro p i e zo .
▁Y ▁ como ▁el ▁ángel ▁de ▁Jehová ▁habló ▁esta s ▁palabras ▁á ▁todos ▁los ▁hijos ▁de ▁Israel , ▁el ▁pueblo ▁lloró ▁en ▁al ta ▁voz .
▁Y ▁llamar on ▁por ▁nombre ▁aquel ▁lugar ▁B o ch î m : ▁y ▁sacrific aron ▁allí ▁á ▁Jehová .
▁Porque ▁y a ▁Josué ▁había ▁de s p ed ido ▁al ▁pueblo , ▁y ▁los ▁hijos ▁de ▁Israel ▁se ▁habían ▁ ido ▁ cada ▁uno ▁á ▁su ▁heredad ▁para ▁poseer la .
▁Y ▁murió ▁Josué ▁hijo ▁de ▁Nun , ▁siervo ▁de ▁Jehová , ▁s iendo ▁de ▁ciento ▁y ▁diez ▁años .
▁Y ▁enter r áronlo ▁en ▁el ▁término ▁de ▁su ▁heredad ▁en ▁Timna th - se ra , ▁en ▁el ▁monte ▁de ▁Ephraim , ▁al ▁nor te ▁del ▁monte ▁de ▁ G a as .
▁Y ▁toda ▁aquella ▁generación ▁fué ▁también ▁recog i da ▁con ▁sus ▁padres . ▁Y ▁levant óse ▁después ▁de ▁ellos ▁otra ▁generación , ▁que ▁no ▁conoc ían ▁á ▁Jehová , ▁ni ▁la ▁obra ▁que ▁él ▁había ▁hecho ▁por ▁Israel .
▁Y ▁los ▁hijos ▁de ▁Israel ▁hicieron ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁y ▁sirv ieron ▁á ▁los ▁Baal es :
▁Y ▁dejar on ▁á ▁Jehová , ▁y ▁a dor aron ▁á ▁Baal ▁y ▁á ▁As t ar oth .
▁Por ▁don de ▁ qui er a ▁que ▁sal ían , ▁la ▁mano ▁de ▁Jehová ▁era ▁contra ▁ellos ▁para ▁mal , ▁ como ▁Jehová ▁había ▁dicho , ▁y ▁ como ▁Jehová ▁se ▁lo ▁había ▁ j ur ado ; ▁así ▁los ▁aflig ió ▁en ▁gran ▁manera .
▁Mas ▁Jehová ▁sus ci t ó ▁ j ue ce s ▁que ▁los ▁libr as en ▁de ▁mano ▁de ▁los ▁que ▁los ▁de s p o j aban .
▁Y ▁la ▁ir a ▁de ▁Jehová ▁se ▁encendió ▁contra ▁Israel , ▁y ▁dijo : ▁P ue s ▁que ▁esta ▁gente ▁tras pa s a ▁mi ▁pacto ▁que ▁orden é ▁á ▁sus ▁padres , ▁y ▁no ▁obedec en ▁mi ▁voz ,
▁T am p o co ▁yo ▁echar é ▁más ▁de ▁delante ▁de ▁ellos ▁á ▁ninguna ▁de ▁a que st as ▁gente s ▁que ▁de j ó ▁Josué ▁cuando ▁murió ;
▁Para ▁que ▁por ▁ella s ▁pro ba ra ▁yo ▁á ▁Israel , ▁si ▁guarda r ían ▁ellos ▁el ▁camino ▁de ▁Jehová ▁and ando ▁por ▁él , ▁ como ▁sus ▁padres ▁lo ▁guarda ron , ▁ó ▁no .
▁Por ▁esto ▁de j ó ▁Jehová ▁aquella s ▁gente s , ▁y ▁no ▁las ▁de s ar ra i g ó ▁luego , ▁ni ▁las ▁entregó ▁en ▁mano ▁de ▁Josué .
▁E S T A S , ▁pues , ▁son ▁las ▁gente s ▁que ▁de j ó ▁Jehová ▁para ▁pro b ar ▁con ▁ella s ▁á ▁Israel , ▁á ▁todos ▁aquello s ▁que ▁no ▁habían ▁conoc ido ▁todas ▁las ▁guerra s ▁de ▁Canaán ;
▁Para ▁que ▁al ▁men os ▁el ▁li n a je ▁de ▁los ▁hijos ▁de ▁Israel ▁conoc i e se , ▁para ▁en se ñ ar los ▁en ▁la ▁guerra , ▁si qui er a ▁fuese á ▁los ▁que ▁antes ▁no ▁la ▁habían ▁conoc ido :
▁Estos ▁pues ▁fueron ▁para ▁pro b ar ▁por ▁ellos ▁á ▁Israel , ▁para ▁sabe r ▁si ▁obedec er ían ▁á ▁los ▁mandamientos ▁de ▁Jehová , ▁que ▁él ▁había ▁pre s c ri to ▁á ▁sus ▁padres ▁por ▁mano ▁de ▁Moisés .
▁As í ▁los ▁hijos ▁de ▁Israel ▁habitaba n ▁entre ▁los ▁Cananeo s , ▁Hetheo s , ▁Amorrheo s , ▁P h er e z e os , ▁He v e os , ▁y ▁Jebus e os :
▁Y ▁tomaron ▁de ▁sus ▁hijas ▁por ▁mujeres , ▁y ▁d ieron ▁sus ▁hijas ▁á ▁los ▁hijos ▁de ▁ellos , ▁y ▁sirv ieron ▁á ▁sus ▁dioses .
▁Y ▁re p os ó ▁la ▁tierra ▁cuarenta ▁años ; ▁y ▁murió ▁O th on i el , ▁hijo ▁de ▁C en e z .
▁Y ▁torn aron ▁los ▁hijos ▁de ▁Israel ▁á ▁hacer ▁lo ▁mal o ▁an te ▁los ▁ojos ▁de ▁Jehová ; ▁y ▁Jehová ▁es for z ó ▁á ▁E g l ón ▁rey ▁de ▁Moab ▁contra ▁Israel , ▁por ▁cuanto ▁habían ▁hecho ▁lo ▁mal o ▁an te ▁los ▁ojos ▁de ▁Jehová .
▁Y ▁junt ó ▁consigo ▁á ▁los ▁hijos ▁de ▁Ammón ▁y ▁de ▁Amalec , ▁y ▁fué , ▁é ▁hirió ▁á ▁Israel , ▁y ▁tomó ▁la ▁ciudad ▁de ▁las ▁palm as .
▁Y ▁sirv ieron ▁los ▁hijos ▁de ▁Israel ▁á ▁E g l ón ▁rey ▁de ▁los ▁Moab itas ▁diez ▁y ▁oc h o ▁años .
▁Y ▁A o d ▁se ▁había ▁hecho ▁un ▁pu ñ al ▁de ▁dos ▁f i los , ▁de ▁un ▁co do ▁de ▁la r go ; ▁y ▁ ci ñ óse le ▁debajo ▁de ▁sus ▁vestidos ▁á ▁su ▁la do ▁derecho .
▁Y ▁present ó ▁el ▁presente ▁á ▁E g l ón ▁rey ▁de ▁Moab ; ▁y ▁era ▁E g l ón ▁hombre ▁mu y ▁gr ue s o .
▁Y ▁luego ▁que ▁hubo ▁present ado ▁el ▁don , ▁de s p id ió ▁á ▁la ▁gente ▁que ▁lo ▁había ▁traído .
▁Mas ▁A o d ▁me t ió ▁su ▁mano ▁ i z qui er da , ▁y ▁tomó ▁el ▁pu ñ al ▁de ▁su ▁la do ▁derecho , ▁y ▁me t i óse lo ▁por ▁el ▁vi en t re ;
▁Y ▁sal iendo ▁A o d ▁al ▁pa t i o , ▁ cer r ó ▁tras ▁sí ▁las ▁puerta s ▁de ▁la ▁sal a .
▁Mas ▁entre ▁tanto ▁que ▁ellos ▁se ▁de tuvieron , ▁A o d ▁se ▁es ca p ó , ▁y ▁pasa ndo ▁los ▁ í do los , ▁sal v óse ▁en ▁Se ir ath .
▁Y ▁ como ▁hubo ▁entr ado , ▁to c ó ▁el ▁cu er no ▁en ▁el ▁monte ▁de ▁Ephraim , ▁y ▁los ▁hijos ▁de ▁Israel ▁descend ieron ▁con ▁él ▁del ▁monte , ▁y ▁él ▁iba ▁delante ▁de ▁ellos .
▁Y ▁en ▁aquel ▁tiempo ▁hirieron ▁de ▁los ▁Moab itas ▁ como ▁diez ▁mil ▁hombres , ▁todos ▁va l iente s ▁y ▁todos ▁hombres ▁de ▁guerra ; ▁no ▁es ca p ó ▁hombre .
▁As í ▁quedó ▁Moab ▁so j u z g ado ▁aquel ▁día ▁ba jo ▁la ▁mano ▁de ▁Israel : ▁y ▁re p os ó ▁la ▁tierra ▁oc h enta ▁años .
▁Después ▁de ▁éste ▁fué ▁S am gar ▁hijo ▁de ▁Ana t , ▁el ▁cual ▁hirió ▁seiscient os ▁hombres ▁de ▁los ▁Filisteos ▁con ▁una ▁a gu i ja da ▁de ▁bueyes ; ▁y ▁él ▁también ▁sal v ó ▁á ▁Israel .
▁M A S ▁los ▁hijos ▁de ▁Israel ▁torn aron ▁á ▁hacer ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁después ▁de ▁la ▁muerte ▁de ▁A o d .
▁Y ▁los ▁hijos ▁de ▁Israel ▁clama ron ▁á ▁Jehová , ▁por que ▁a qué l ▁tenía ▁ n ue v e cientos ▁carro s ▁her r ados : ▁y ▁había ▁aflig ido ▁en ▁gran ▁manera ▁á ▁los ▁hijos ▁de ▁Israel ▁por ▁veinte ▁años .
▁Y ▁go be rna ba ▁en ▁aquel ▁tiempo ▁á ▁Israel ▁una ▁mujer , ▁ D é b o ra , ▁pro f e t is a , ▁mujer ▁de ▁La p ido th :
▁La ▁cual ▁ D é b o ra ▁habitaba ▁debajo ▁de ▁una ▁palm a ▁entre ▁Rama ▁y ▁Beth - el , ▁en ▁el ▁monte ▁de ▁Ephraim : ▁y ▁los ▁hijos ▁de ▁Israel ▁subía n ▁á ▁ella ▁á ▁juicio .
▁Y ▁yo ▁at ra er é ▁á ▁ti ▁al ▁arroyo ▁de ▁C is ón ▁á ▁S í s ar a , ▁capitán ▁del ▁ejército ▁de ▁Ja b í n , ▁con ▁sus ▁carro s ▁y ▁su ▁ejército , ▁y ▁entre g aré lo ▁en ▁tu s ▁manos ?
▁Y ▁B ar a c ▁le ▁respondió : ▁Si ▁tú ▁fuere s ▁conmigo , ▁yo ▁ir é : ▁per o ▁si ▁no ▁fuere s ▁conmigo , ▁no ▁ir é .
▁Y ▁junt ó ▁B ar a c ▁á ▁Zabulón ▁y ▁á ▁Nephtalí ▁en ▁C ed es , ▁y ▁subió ▁con ▁diez ▁mil ▁hombres ▁á ▁su ▁man do , ▁y ▁ D é b o ra ▁subió ▁con ▁él .
▁ V in ieron ▁pues ▁las ▁nueva s ▁á ▁S í s ar a ▁ como ▁B ar a c ▁hijo ▁de ▁Abi no am ▁había ▁su b ido ▁al ▁monte ▁de ▁T ab or .
▁As í ▁ aba t ió ▁Dios ▁aquel ▁día ▁á ▁Ja b í n , ▁rey ▁de ▁Canaán , ▁delante ▁de ▁los ▁hijos ▁de ▁Israel .
▁Y ▁la ▁mano ▁de ▁los ▁hijos ▁de ▁Israel ▁comenzó ▁á ▁c re cer ▁y ▁á ▁for t i f i c ar se ▁contra ▁Ja b í n ▁rey ▁de ▁Canaán , ▁hast a ▁que ▁lo ▁de st r u y e ron .
▁Y ▁A Q U E L ▁día ▁can t ó ▁ D é b o ra , ▁con ▁B ar a c , ▁hijo ▁de ▁Abi no am , ▁diciendo :
▁Porque ▁ha ▁ven g ado ▁las ▁in j u ri as ▁de ▁Israel , ▁por que ▁el ▁pueblo ▁se ▁ha ▁of recido ▁de ▁su ▁ v o l un ta d , ▁lo ad ▁á ▁Jehová .
▁O id , ▁reyes ; ▁esta d , ▁ o h ▁príncipes , ▁at en to s : ▁yo ▁can t aré ▁á ▁Jehová , ▁can t aré ▁sal mos ▁á ▁Jehová ▁Dios ▁de ▁Israel .
▁Lo s ▁monte s ▁se ▁de r ri t ieron ▁delante ▁de ▁Jehová , ▁a que s te ▁Sinaí , ▁delante ▁de ▁Jehová ▁Dios ▁de ▁Israel .
▁La s ▁aldeas ▁habían ▁c es ado ▁en ▁Israel , ▁habían ▁de ca í do ; ▁hast a ▁que ▁yo ▁ D é b o ra ▁me ▁levant é , ▁me ▁levant é ▁madre ▁en ▁Israel .
▁En ▁es co g iendo ▁ n ue v os ▁dioses , ▁la ▁guerra ▁estaba ▁á ▁las ▁puerta s : ▁¿ se ▁ve ía ▁es cu do ▁ó ▁la n za ▁entre ▁cuarenta ▁mil ▁en ▁Israel ?
▁Mi ▁corazón ▁está ▁por ▁los ▁príncipes ▁de ▁Israel , ▁los ▁que ▁con ▁buena ▁ v o l un ta d ▁se ▁of re c ieron ▁entre ▁el ▁pueblo : ▁lo ad ▁á ▁Jehová .
▁Vosotros ▁los ▁que ▁ca ba l g áis ▁en ▁as n as ▁ b l an ca s , ▁los ▁que ▁pre s id í s ▁en ▁juicio , ▁y ▁vosotros ▁los ▁que ▁vi a j áis ▁ , ▁habla d .
▁Entonces ▁ha ▁hecho ▁que ▁el ▁que ▁quedó ▁del ▁pueblo , ▁señor e e ▁á ▁los ▁ ma g n í f i co s : ▁Jehová ▁me ▁hizo ▁en se ñ o re ar ▁sobre ▁los ▁fuerte s .
▁¿ Por ▁qué ▁te ▁que d aste ▁entre ▁las ▁ ma ja das , ▁para ▁oir ▁los ▁ba l ido s ▁de ▁los ▁re ba ñ os ? ▁De ▁las ▁di vi s ion es ▁de ▁Rubén ▁grande s ▁fueron ▁las ▁di s qui s i ciones ▁del ▁corazón .
▁El ▁pueblo ▁de ▁Zabulón ▁ex p u s o ▁su ▁vida ▁á ▁la ▁muerte , ▁y ▁Nephtalí ▁en ▁las ▁al t ura s ▁del ▁campo .
▁ V in ieron ▁reyes ▁y ▁pe le aron : ▁entonces ▁pe le aron ▁los ▁reyes ▁de ▁Canaán ▁en ▁T a an a c , ▁junto ▁á ▁las ▁aguas ▁de ▁Me g id do , ▁mas ▁no ▁llev aron ▁ ga n an ci a ▁alguna ▁de ▁dinero .
▁De ▁los ▁cielo s ▁pe le aron : ▁las ▁es t re l la s ▁de s de ▁sus ▁ó r b itas ▁pe le aron ▁contra ▁S í s ar a .
▁De s pa l m áronse ▁entonces ▁las ▁ u ñ as ▁de ▁los ▁caballo s ▁por ▁las ▁ar re me t i das , ▁por ▁los ▁br in co s ▁de ▁sus ▁va l iente s .
▁Be nd ita ▁sea ▁entre ▁las ▁mujeres ▁Ja el , ▁mujer ▁de ▁He b er ▁C in e o ; ▁sobre ▁las ▁mujeres ▁be nd ita ▁sea ▁en ▁la ▁tienda .
▁El ▁pi d ió ▁agua , ▁y ▁dió le ▁ella ▁le ch e ; ▁en ▁ t az ón ▁de ▁no ble s ▁le ▁present ó ▁man te ca .
▁C a y ó ▁en co r v ado ▁entre ▁sus ▁pie s , ▁quedó ▁ten d ido : ▁entre ▁sus ▁pie s ▁cayó ▁en co r v ado ; ▁don de ▁se ▁en co r v ó , ▁allí ▁cayó ▁muerto .
▁La s ▁más ▁a vi s ada s ▁de ▁sus ▁da ma s ▁le ▁respond ían ; ▁y ▁aun ▁ella ▁se ▁respond ía ▁á ▁sí ▁mis ma .
▁As í ▁per e z ca n ▁todos ▁tu s ▁enemigos , ▁ o h ▁Jehová : ▁mas ▁los ▁que ▁le ▁a man , ▁sea n ▁ como ▁el ▁so l ▁cuando ▁nac e ▁en ▁su ▁fuerza . ▁Y ▁la ▁tierra ▁re p os ó ▁cuarenta ▁años .
▁M A S ▁los ▁hijos ▁de ▁Israel ▁hicieron ▁lo ▁mal o ▁en ▁los ▁ojos ▁de ▁Jehová ; ▁y ▁Jehová ▁los ▁entregó ▁en ▁las ▁manos ▁de ▁Madián ▁por ▁siete ▁años .
▁Y ▁la ▁mano ▁de ▁Madián ▁pre v a le ció ▁contra ▁Israel . ▁Y ▁los ▁hijos ▁de ▁Israel , ▁por ▁causa ▁de ▁los ▁Ma di an itas , ▁se ▁hicieron ▁cueva s ▁en ▁los ▁monte s , ▁y ▁ca ver n as , ▁y ▁lugar es ▁fuerte s .
▁P ue s ▁ como ▁los ▁de ▁Israel ▁habían ▁se m bra do , ▁subía n ▁los ▁Ma di an itas , ▁y ▁Amalec itas , ▁y ▁los ▁or i enta les : ▁subía n ▁contra ▁ellos ;
▁Y ▁as enta ndo ▁campo ▁contra ▁ellos ▁de st r u ían ▁los ▁fruto s ▁de ▁la ▁tierra , ▁hast a ▁llegar ▁á ▁ G a za ; ▁y ▁no ▁de j aban ▁qué ▁come r ▁en ▁Israel , ▁ni ▁ovejas , ▁ni ▁bueyes , ▁ni ▁asno s .
▁E ra ▁pues ▁Israel ▁en ▁gran ▁manera ▁emp o b recido ▁por ▁los ▁Ma di an itas ; ▁y ▁los ▁hijos ▁de ▁Israel ▁clama ron ▁á ▁Jehová .
▁Y ▁cuando ▁los ▁hijos ▁de ▁Israel ▁ hu b ieron ▁clama do ▁á ▁Jehová , ▁á ▁causa ▁de ▁los ▁Ma di an itas ,
▁Jehová ▁envió ▁un ▁varón ▁profeta ▁á ▁los ▁hijos ▁de ▁Israel , ▁el ▁cual ▁les ▁dijo : ▁As í ▁ha ▁dicho ▁Jehová ▁Dios ▁de ▁Israel : ▁Yo ▁os ▁ hi ce ▁sal ir ▁de ▁Egipto , ▁y ▁os ▁s a qué ▁de ▁la ▁casa ▁de ▁ serv id umb re :
▁Yo ▁os ▁libr é ▁de ▁mano ▁de ▁los ▁E g i p ci os , ▁y ▁de ▁mano ▁de ▁todos ▁los ▁que ▁os ▁aflig ieron , ▁á ▁los ▁cuales ▁ e ch é ▁de ▁delante ▁de ▁vosotros , ▁y ▁os ▁d í ▁su ▁tierra ;
▁Y ▁d í je os : ▁Yo ▁soy ▁Jehová ▁vuestro ▁Dios ; ▁no ▁tem áis ▁á ▁los ▁dioses ▁de ▁los ▁Amorrheo s , ▁en ▁cu y a ▁tierra ▁ha bi t áis : ▁mas ▁no ▁ha béis ▁obedec ido ▁á ▁mi ▁voz .
▁Y ▁el ▁ángel ▁de ▁Jehová ▁se ▁le ▁ap are ció , ▁y ▁díjole : ▁Jehová ▁es ▁contigo , ▁varón ▁es for z ado .
▁Y ▁mi r ándo le ▁Jehová , ▁díjole : ▁Ve ▁con ▁esta ▁tu ▁fortaleza , ▁y ▁salva rás ▁á ▁Israel ▁de ▁la ▁mano ▁de ▁los ▁Ma di an itas . ▁¿ No ▁te ▁en v í o ▁yo ?
▁Entonces ▁le ▁respondió : ▁A h , ▁Señor ▁mío , ▁¿ co n ▁qué ▁ten go ▁de ▁salva r ▁á ▁Israel ? ▁He ▁aquí ▁que ▁mi ▁familia ▁es ▁p o bre ▁en ▁Manasés , ▁y ▁yo ▁el ▁men or ▁en ▁la ▁casa ▁de ▁mi ▁padre .
▁Y ▁Jehová ▁le ▁dijo : ▁Porque ▁yo ▁se ré ▁contigo , ▁y ▁her irá s ▁á ▁los ▁Ma di an itas ▁ como ▁á ▁un ▁so lo ▁hombre .
▁Y ▁él ▁respondió : ▁Yo ▁te ▁ruego , ▁que ▁si ▁he ▁halla do ▁gracia ▁delante ▁de ▁ti , ▁me ▁de s ▁señal ▁de ▁que ▁tú ▁has ▁hablado ▁conmigo .
▁Y ▁el ▁ángel ▁de ▁Dios ▁le ▁dijo : ▁Toma ▁la ▁carne , ▁y ▁los ▁pan es ▁sin ▁levadura , ▁y ▁pon lo ▁sobre ▁esta ▁peña , ▁y ▁ vier te ▁el ▁ca l do . ▁Y ▁él ▁lo ▁hizo ▁así .
▁Y ▁ viendo ▁Gedeón ▁que ▁era ▁el ▁ángel ▁de ▁Jehová , ▁dijo : ▁A h , ▁Señor ▁Jehová , ▁que ▁he ▁visto ▁el ▁ángel ▁de ▁Jehová ▁ca ra ▁á ▁ca ra .
▁Y ▁Jehová ▁le ▁dijo : ▁P az ▁á ▁ti ; ▁no ▁ten ga s ▁tem or , ▁no ▁morirá s .
▁Y ▁edificó ▁allí ▁Gedeón ▁altar ▁á ▁Jehová , ▁al ▁que ▁llamó ▁Jehová - s al om ▁ : ▁está ▁hast a ▁hoy ▁en ▁O ph ra ▁de ▁los ▁Abi ezer itas .
▁Y ▁decía n se ▁uno s ▁á ▁otro s : ▁¿ Quién ▁ha ▁hecho ▁esto ▁ ? ▁Y ▁busca ndo ▁é ▁in qui r iendo , ▁dijéronle s : ▁Gedeón ▁hijo ▁de ▁Joas ▁lo ▁ha ▁hecho . ▁Entonces ▁los ▁hombres ▁de ▁la ▁ciudad ▁dijeron ▁á ▁Joas :
▁S a ca ▁fuera ▁tu ▁hijo ▁para ▁que ▁muera , ▁por ▁cuanto ▁ha ▁de r ri b ado ▁el ▁altar ▁de ▁Baal ▁y ▁ha ▁cor t ado ▁el ▁bo s que ▁que ▁junto ▁á ▁él ▁estaba .
▁Y ▁aquel ▁día ▁llamó ▁él ▁á ▁Gedeón ▁Je ro ba al ; ▁por que ▁dijo : ▁P le ite e ▁Baal ▁contra ▁el ▁que ▁de r ri b ó ▁su ▁altar .
▁Y ▁todos ▁los ▁Ma di an itas , ▁y ▁Amalec itas , ▁y ▁or i enta les , ▁se ▁junt aron ▁á ▁una , ▁y ▁pasa ndo ▁a sentaron ▁campo ▁en ▁el ▁valle ▁de ▁Jezreel .
▁Y ▁el ▁espíritu ▁de ▁Jehová ▁se ▁en vi st ió ▁en ▁Gedeón , ▁y ▁ como ▁éste ▁hubo ▁to c ado ▁el ▁cu er no , ▁Abi ezer ▁se ▁junt ó ▁con ▁él .
▁Y ▁envió ▁mensajero s ▁por ▁todo ▁Manasés , ▁el ▁cual ▁también ▁se ▁junt ó ▁con ▁él : ▁a simismo ▁envió ▁mensajero s ▁á ▁As er , ▁y ▁á ▁Zabulón , ▁y ▁á ▁Nephtalí , ▁los ▁cuales ▁salieron ▁á ▁encontr ar les .
▁Y ▁Gedeón ▁dijo ▁á ▁Dios : ▁Si ▁has ▁de ▁salva r ▁á ▁Israel ▁por ▁mi ▁mano , ▁ como ▁has ▁dicho ,
▁Y ▁aconteció ▁así : ▁por que ▁ como ▁se ▁levant ó ▁de ▁mañana , ▁ex p r im iendo ▁el ▁ve l l ón ▁sacó ▁de ▁él ▁el ▁ ro c í o , ▁un ▁va s o ▁lleno ▁de ▁agua .
▁Y ▁aquella ▁noche ▁lo ▁hizo ▁Dios ▁así : ▁por que ▁la ▁se que dad ▁fué ▁s ólo ▁en ▁el ▁ve l l ón , ▁y ▁en ▁toda ▁la ▁tierra ▁estuv o ▁el ▁ ro c í o .
▁Y ▁fué ▁el ▁número ▁de ▁los ▁que ▁la m ieron ▁las ▁aguas , ▁lleg ándo la ▁con ▁la ▁mano ▁á ▁la ▁boca , ▁tres cientos ▁hombres : ▁y ▁todo ▁el ▁rest o ▁del ▁pueblo ▁se ▁do b l ó ▁sobre ▁sus ▁rod ill as ▁para ▁beber ▁las ▁aguas .
▁Y ▁aconteció ▁que ▁aquella ▁noche ▁Jehová ▁le ▁dijo : ▁Levántate , ▁y ▁de s ci en de ▁al ▁campo ; ▁por que ▁yo ▁lo ▁he ▁entregado ▁en ▁tu s ▁manos .
▁Y ▁si ▁tiene s ▁tem or ▁de ▁descend er , ▁ba ja ▁tú ▁con ▁P h ar a ▁tu ▁criado ▁al ▁campo ,
▁Y ▁su ▁com pa ñ er o ▁respondió , ▁y ▁dijo : ▁E s to ▁no ▁es ▁otra ▁cosa ▁sin o ▁la ▁espada ▁de ▁Gedeón ▁hijo ▁de ▁Joas , ▁varón ▁de ▁Israel : ▁Dios ▁ha ▁entregado ▁en ▁sus ▁manos ▁á ▁los ▁Ma di an itas ▁con ▁todo ▁el ▁campo .
▁Y ▁estuv iéronse ▁en ▁sus ▁lugar es ▁en ▁derredor ▁del ▁campo : ▁y ▁todo ▁el ▁campo ▁fué ▁al b o ro t ado , ▁y ▁ hu y e ron ▁gr ita ndo .
▁Y ▁junt ándose ▁los ▁de ▁Israel , ▁de ▁Nephtalí , ▁y ▁de ▁As er , ▁y ▁de ▁todo ▁Manasés , ▁siguie ron ▁á ▁los ▁Ma di an itas .
▁Y ▁L O S ▁de ▁Ephraim ▁le ▁dijeron : ▁¿ Qué ▁es ▁esto ▁que ▁has ▁hecho ▁con ▁nosotros , ▁no ▁ l l am ándo nos ▁cuando ▁iba s ▁á ▁la ▁guerra ▁contra ▁Madián ? ▁Y ▁rec on vi n i é ron lo ▁fuerte mente .
▁Y ▁vino ▁Gedeón ▁al ▁Jordán ▁para ▁pasar , ▁él ▁y ▁los ▁tres cientos ▁hombres ▁que ▁tra ía ▁consigo , ▁can s ados ▁del ▁al ca n ce .
▁Y ▁los ▁principal es ▁de ▁Succoth ▁respondieron : ▁¿ E st á ▁y a ▁la ▁mano ▁de ▁Z e ba ▁y ▁Z al m un n a ▁en ▁tu ▁mano , ▁para ▁que ▁haya mos ▁nosotros ▁de ▁dar ▁pan ▁á ▁tu ▁ejército ?
▁Y ▁Gedeón ▁dijo : ▁P ue s ▁cuando ▁Jehová ▁hubiere ▁entregado ▁en ▁mi ▁mano ▁á ▁Z e ba ▁y ▁á ▁Z al m un n a , ▁yo ▁ t r ill aré ▁vuestra ▁carne ▁con ▁es p in as ▁y ▁abr o jo s ▁del ▁desierto .
▁Y ▁de ▁allí ▁subió ▁á ▁P en ue l , ▁y ▁habló les ▁las ▁mis ma s ▁palabras . ▁Y ▁los ▁de ▁P en ue l ▁le ▁respondieron ▁ como ▁habían ▁respond ido ▁los ▁de ▁Succoth .
▁Y ▁él ▁habló ▁también ▁á ▁los ▁de ▁P en ue l , ▁diciendo : ▁Cuan do ▁yo ▁torn are ▁en ▁paz , ▁de r ri b aré ▁esta ▁to r re .
▁Y ▁su b iendo ▁Gedeón ▁haci a ▁los ▁que ▁habitaba n ▁en ▁tienda s , ▁á ▁la ▁parte ▁or i enta l ▁de ▁No ba ▁y ▁de ▁ J o g be a , ▁hirió ▁el ▁campo , ▁por que ▁estaba ▁el ▁ejército ▁sin ▁re ce lo .
▁Y ▁Gedeón ▁hijo ▁de ▁Joas ▁volvió ▁de ▁la ▁batalla ▁antes ▁que ▁el ▁so l ▁su bi e se ;
▁Y ▁tomó ▁á ▁los ▁ancianos ▁de ▁la ▁ciudad , ▁y ▁es p in as ▁y ▁abr o jo s ▁del ▁desierto , ▁y ▁cast i g ó ▁con ▁ellos ▁á ▁los ▁de ▁Succoth .
▁A simismo ▁de r ri b ó ▁la ▁to r re ▁de ▁P en ue l , ▁y ▁mató ▁á ▁los ▁de ▁la ▁ciudad .
▁Y ▁él ▁dijo : ▁Mi s ▁hermanos ▁era n , ▁hijos ▁de ▁mi ▁madre : ▁ ¡ V ive ▁Jehová , ▁que ▁si ▁los ▁ hu bi er a is ▁guard ado ▁en ▁vida , ▁yo ▁no ▁os ▁matar ía !
▁Y ▁dijo ▁á ▁Je ther ▁su ▁primogénito : ▁Levántate , ▁y ▁ m á ta los . ▁Mas ▁el ▁ j ove n ▁no ▁de s en v a in ó ▁su ▁espada , ▁por que ▁tenía ▁tem or ; ▁que ▁aun ▁era ▁much a ch o .
▁Y ▁los ▁Israel itas ▁dijeron ▁á ▁Gedeón : ▁S é ▁nuestro ▁señor , ▁tú , ▁y ▁tu ▁hijo , ▁y ▁tu ▁ni e to ; ▁pues ▁que ▁no s ▁has ▁libr ado ▁de ▁mano ▁de ▁Madián .
▁Mas ▁Gedeón ▁respondió : ▁No ▁se ré ▁señor ▁sobre ▁vosotros , ▁ni ▁mi ▁hijo ▁os ▁señor e ará : ▁Jehová ▁será ▁vuestro ▁Señor .
▁Y ▁ellos ▁respondieron : ▁De ▁buena ▁ ga n a ▁los ▁da remos . ▁Y ▁ten d iendo ▁una ▁ropa ▁de ▁ve st ir , ▁echó ▁allí ▁ cada ▁uno ▁los ▁ za r ci l los ▁de ▁su ▁despojo .
▁As í ▁fué ▁ hu m ill ado ▁Madián ▁delante ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁ nunc a ▁más ▁levant aron ▁su ▁cabeza . ▁Y ▁re p os ó ▁la ▁tierra ▁cuarenta ▁años ▁en ▁los ▁días ▁de ▁Gedeón .
▁Y ▁Je ro ba al ▁hijo ▁de ▁Joas ▁fué , ▁y ▁habitó ▁en ▁su ▁casa .
▁Y ▁tuvo ▁Gedeón ▁setenta ▁hijos ▁que ▁salieron ▁de ▁su ▁mu s lo , ▁por que ▁tuvo ▁much as ▁mujeres .
▁Y ▁su ▁concubina ▁que ▁estaba ▁en ▁Sichêm , ▁también ▁le ▁parió ▁un ▁hijo ; ▁y ▁p ú s o le ▁por ▁nombre ▁Abimelech .
▁Y ▁murió ▁Gedeón ▁hijo ▁de ▁Joas ▁en ▁buena ▁ve je z , ▁y ▁fué ▁sepulta do ▁en ▁el ▁se p u l c ro ▁de ▁su ▁padre ▁Joas , ▁en ▁O ph ra ▁de ▁los ▁Abi ezer itas .
▁Y ▁aconteció ▁que ▁ como ▁murió ▁Gedeón , ▁los ▁hijos ▁de ▁Israel ▁torn aron , ▁y ▁for n i c aron ▁en ▁pos ▁de ▁los ▁Baal es , ▁y ▁se ▁pusier on ▁por ▁Dios ▁á ▁Baal - be ri th .
▁Y ▁no ▁se ▁a co r d aron ▁los ▁hijos ▁de ▁Israel ▁de ▁Jehová ▁su ▁Dios , ▁que ▁los ▁había ▁libr ado ▁de ▁todos ▁sus ▁enemigos ▁alrededor :
▁N i ▁hicieron ▁misericordia ▁con ▁la ▁casa ▁de ▁Je ro ba al ▁Gedeón , ▁conform e ▁á ▁todo ▁el ▁bien ▁que ▁él ▁había ▁hecho ▁á ▁Israel .
▁Y ▁F U É S E ▁Abimelech ▁hijo ▁de ▁Je ro ba al ▁á ▁Sichêm , ▁á ▁los ▁hermanos ▁de ▁su ▁madre , ▁y ▁habló ▁con ▁ellos , ▁y ▁con ▁toda ▁la ▁familia ▁de ▁la ▁casa ▁del ▁padre ▁de ▁su ▁madre , ▁diciendo :
▁Y ▁d iéronle ▁setenta ▁siclo s ▁de ▁plata ▁del ▁templo ▁de ▁Baal - be ri th , ▁con ▁los ▁cuales ▁Abimelech ▁al qui l ó ▁hombres ▁oc i os os ▁y ▁va ga b u ndo s , ▁que ▁le ▁siguie ron .
▁Y ▁re un ido s ▁todos ▁los ▁de ▁Sichêm ▁con ▁toda ▁la ▁casa ▁de ▁Mi l lo , ▁fueron ▁y ▁el i g ieron ▁á ▁Abimelech ▁por ▁rey , ▁cerca ▁de ▁la ▁ l l an ura ▁del ▁pi l ar ▁que ▁estaba ▁en ▁Sichêm .
▁F ue ron ▁los ▁árbol es ▁á ▁el e g ir ▁rey ▁sobre ▁sí , ▁y ▁dijeron ▁á ▁la ▁ o li v a : ▁Re in a ▁sobre ▁nosotros .
▁Y ▁dijeron ▁los ▁árbol es ▁á ▁la ▁ hi gu er a : ▁And a ▁tú , ▁re in a ▁sobre ▁nosotros .
▁Y ▁respondió ▁la ▁ hi gu er a : ▁¿ T en go ▁de ▁dejar ▁mi ▁d u l z ura ▁y ▁mi ▁bu en ▁fruto , ▁por ▁ir ▁á ▁ser ▁grande ▁sobre ▁los ▁árbol es ?
▁Di je ron ▁luego ▁los ▁árbol es ▁á ▁la ▁vi d : ▁P ue s ▁ven ▁tú , ▁re in a ▁sobre ▁nosotros .
▁Y ▁la ▁vi d ▁les ▁respondió : ▁¿ T en go ▁de ▁dejar ▁mi ▁most o , ▁que ▁alegr a ▁á ▁Dios ▁y ▁á ▁los ▁hombres , ▁por ▁ir ▁á ▁ser ▁grande ▁sobre ▁los ▁árbol es ?
▁Di je ron ▁entonces ▁todos ▁los ▁árbol es ▁al ▁es c ar am u jo : ▁And a ▁tú , ▁re in a ▁sobre ▁nosotros .
▁ ( P ue s ▁que ▁mi ▁padre ▁pe le ó ▁por ▁vosotros , ▁y ▁echó ▁le jo s ▁su ▁vida ▁por ▁libr ar os ▁de ▁mano ▁de ▁Madián ;
▁Si ▁con ▁ver dad ▁y ▁con ▁in te g ri dad ▁ha béis ▁obra do ▁hoy ▁con ▁Je ro ba al ▁y ▁con ▁su ▁casa , ▁que ▁go c éis ▁de ▁Abimelech , ▁y ▁él ▁go ce ▁de ▁vosotros .
▁Y ▁huyó ▁ J oth am , ▁y ▁se ▁f u g ó , ▁y ▁fué se ▁á ▁Beer , ▁y ▁allí ▁se ▁estuv o ▁por ▁causa ▁de ▁Abimelech ▁su ▁hermano .
▁Y ▁después ▁que ▁Abimelech ▁hubo ▁do mi n ado ▁sobre ▁Israel ▁tres ▁años ,
▁En vi ó ▁Dios ▁un ▁espíritu ▁mal o ▁entre ▁Abimelech ▁y ▁los ▁hombres ▁de ▁Sichêm : ▁que ▁los ▁de ▁Sichêm ▁se ▁levant aron ▁contra ▁Abimelech :
▁Y ▁pu s iéronle ▁los ▁de ▁Sichêm ▁as e ch ado res ▁en ▁las ▁cumbre s ▁de ▁los ▁monte s , ▁los ▁cuales ▁sal te aban ▁á ▁todos ▁los ▁que ▁pa s aban ▁junto ▁á ▁ellos ▁por ▁el ▁camino ; ▁de ▁lo ▁que ▁fué ▁dado ▁aviso ▁á ▁Abimelech .
▁Y ▁ G a al ▁hijo ▁de ▁E b ed ▁vino ▁con ▁sus ▁hermanos , ▁y ▁pa s áronse ▁á ▁Sichêm : ▁y ▁los ▁de ▁Sichêm ▁se ▁con f i aron ▁en ▁él .
▁F u é ra me ▁dado ▁este ▁pueblo ▁ba jo ▁de ▁mi ▁mano , ▁yo ▁echar ía ▁luego ▁á ▁Abimelech . ▁Y ▁decía ▁á ▁Abimelech : ▁A u ment a ▁tu s ▁escuadrones , ▁y ▁sal .
▁Y ▁Z e b u l ▁as iste n te ▁de ▁la ▁ciudad , ▁ o y e ndo ▁las ▁palabras ▁de ▁ G a al ▁hijo ▁de ▁E b ed , ▁encendió se ▁su ▁ir a ;
▁Y ▁envió ▁s a g az mente ▁mensajero s ▁á ▁Abimelech , ▁diciendo : ▁He ▁aquí ▁que ▁ G a al ▁hijo ▁de ▁E b ed ▁y ▁sus ▁hermanos ▁han ▁venido ▁á ▁Sichêm , ▁y ▁he ▁aquí , ▁que ▁han ▁cerca do ▁la ▁ciudad ▁contra ▁ti .
▁Levántate ▁pues ▁ahora ▁de ▁noche , ▁tú ▁y ▁el ▁pueblo ▁que ▁está ▁contigo ▁ , ▁y ▁pon ▁ em b os cada ▁en ▁el ▁campo :
▁Levant ándose ▁pues ▁de ▁noche ▁Abimelech ▁y ▁todo ▁el ▁pueblo ▁que ▁con ▁él ▁estaba , ▁pusier on ▁ em b os cada ▁contra ▁Sichêm ▁con ▁cuatro ▁com pa ñ ía s .
▁Y ▁ G a al ▁hijo ▁de ▁E b ed ▁salió , ▁y ▁p ú s ose ▁á ▁la ▁entr ada ▁de ▁la ▁puerta ▁de ▁la ▁ciudad : ▁y ▁Abimelech ▁y ▁todo ▁el ▁pueblo ▁que ▁con ▁él ▁estaba , ▁se ▁levant aron ▁de ▁la ▁ em b os cada .
▁Mas ▁ G a al ▁torn ó ▁á ▁hablar , ▁y ▁dijo : ▁He ▁allí ▁pueblo ▁que ▁de s ci en de ▁por ▁medio ▁de ▁la ▁tierra , ▁y ▁un ▁es cu ad r ón ▁viene ▁camino ▁de ▁la ▁camp i ñ a ▁de ▁Me on en im .
▁Y ▁ G a al ▁salió ▁delante ▁de ▁los ▁de ▁Sichêm , ▁y ▁pe le ó ▁contra ▁Abimelech .
▁Mas ▁per s i gu ió lo ▁Abimelech , ▁delante ▁del ▁cual ▁él ▁huyó ; ▁y ▁ca y e ron ▁her ido s ▁mucho s ▁hast a ▁la ▁entr ada ▁de ▁la ▁puerta .
▁Y ▁Abimelech ▁se ▁quedó ▁en ▁Ar u ma ; ▁y ▁Z e b u l ▁echó ▁fuera ▁á ▁ G a al ▁y ▁á ▁sus ▁hermanos , ▁para ▁que ▁no ▁mor as en ▁en ▁Sichêm .
▁Y ▁aconteció ▁al ▁siguiente ▁día , ▁que ▁el ▁pueblo ▁salió ▁al ▁campo : ▁y ▁fué ▁dado ▁aviso ▁á ▁Abimelech .
▁Y ▁después ▁de ▁com ba t ir ▁Abimelech ▁la ▁ciudad ▁todo ▁aquel ▁día , ▁tomó la , ▁y ▁mató ▁el ▁pueblo ▁que ▁en ▁ella ▁estaba , ▁y ▁as o l ó ▁la ▁ciudad , ▁y ▁se m b r ó la ▁de ▁sal .
▁C o mo ▁ o y e ron ▁esto ▁todos ▁los ▁que ▁estaban ▁en ▁la ▁to r re ▁de ▁Sichêm , ▁entr áronse ▁en ▁la ▁fortaleza ▁del ▁templo ▁del ▁di os ▁Be ri th .
▁Y ▁fué ▁dicho ▁á ▁Abimelech ▁ como ▁todos ▁los ▁de ▁la ▁to r re ▁de ▁Sichêm ▁estaban ▁re un ido s .
▁Después ▁Abimelech ▁se ▁fué ▁á ▁The be s ; ▁y ▁puso ▁ cer co ▁á ▁The be s , ▁y ▁tomó la .
▁Y ▁vino ▁Abimelech ▁á ▁la ▁to r re , ▁y ▁com ba t ién do la , ▁llegó se ▁á ▁la ▁puerta ▁de ▁la ▁to r re ▁para ▁pe gar le ▁fuego .
▁Mas ▁una ▁mujer ▁de j ó ▁ca er ▁un ▁pe da zo ▁de ▁una ▁ r ue da ▁de ▁mo li no ▁sobre ▁la ▁cabeza ▁de ▁Abimelech , ▁y ▁que b r ó le ▁los ▁ca s co s .
▁Y ▁ como ▁los ▁Israel itas ▁vieron ▁muerto ▁á ▁Abimelech , ▁fué ron se ▁ cada ▁uno ▁á ▁su ▁casa .
▁As í ▁pues ▁pa g ó ▁Dios ▁á ▁Abimelech ▁el ▁mal ▁que ▁hizo ▁contra ▁su ▁padre ▁mata ndo ▁á ▁sus ▁setenta ▁hermanos .
▁Y ▁aun ▁todo ▁el ▁mal ▁de ▁los ▁hombres ▁de ▁Sichêm ▁torn ó ▁Dios ▁sobre ▁sus ▁cabeza s : ▁y ▁la ▁mal di ción ▁de ▁ J oth am , ▁hijo ▁de ▁Je ro ba al , ▁vino ▁sobre ▁ellos .
▁Y ▁juzg ó ▁á ▁Israel ▁veinti t ré s ▁años , ▁y ▁murió , ▁y ▁fué ▁sepulta do ▁en ▁S am ir .
▁T ra s ▁él ▁se ▁levant ó ▁Ja ir , ▁Galaad ita , ▁el ▁cual ▁juzg ó ▁á ▁Israel ▁veinti d ó s ▁años .
▁Este ▁tuvo ▁treinta ▁hijos ▁que ▁ca ba l g aban ▁sobre ▁treinta ▁asno s , ▁y ▁tenía n ▁treinta ▁villas , ▁que ▁se ▁llamar on ▁las ▁villas ▁de ▁Ja ir ▁hast a ▁hoy , ▁las ▁cuales ▁están ▁en ▁la ▁tierra ▁de ▁Galaad .
▁Y ▁murió ▁Ja ir , ▁y ▁fué ▁sepulta do ▁en ▁C am ón .
▁Y ▁Jehová ▁se ▁a ir ó ▁contra ▁Israel , ▁y ▁ven di ólo s ▁en ▁mano ▁de ▁los ▁Filisteos , ▁y ▁en ▁mano ▁de ▁los ▁hijos ▁de ▁Ammón :
▁Y ▁los ▁hijos ▁de ▁Ammón ▁pasar on ▁el ▁Jordán ▁para ▁hacer ▁también ▁guerra ▁contra ▁Judá , ▁y ▁contra ▁Benjamín , ▁y ▁la ▁casa ▁de ▁Ephraim : ▁y ▁fué ▁Israel ▁en ▁gran ▁manera ▁aflig ido .
▁Y ▁los ▁hijos ▁de ▁Israel ▁clama ron ▁á ▁Jehová , ▁diciendo : ▁No s o t ro s ▁he mos ▁pecado ▁contra ▁ti ; ▁por que ▁he mos ▁de ja do ▁á ▁nuestro ▁Dios , ▁y ▁ serv ido ▁á ▁los ▁Baal es .
▁Y ▁Jehová ▁respondió ▁á ▁los ▁hijos ▁de ▁Israel : ▁¿ No ▁ha béis ▁sido ▁ o p r im ido s ▁de ▁Egipto , ▁de ▁los ▁Amorrheo s , ▁de ▁los ▁Ammon itas ▁ , ▁de ▁los ▁Filisteos ,
▁De ▁los ▁de ▁Si d ón , ▁de ▁Amalec , ▁y ▁de ▁Ma ón , ▁y ▁clama ndo ▁á ▁mí ▁os ▁he ▁libr ado ▁de ▁sus ▁manos ?
▁Mas ▁vosotros ▁me ▁ha béis ▁de ja do , ▁y ▁ha béis ▁ serv ido ▁á ▁dioses ▁ajenos : ▁por ▁tanto , ▁yo ▁no ▁os ▁libr aré ▁más .
▁And ad , ▁y ▁clama d ▁á ▁los ▁dioses ▁que ▁os ▁ha béis ▁el e g ido , ▁que ▁os ▁libr en ▁en ▁el ▁tiempo ▁de ▁vuestra ▁a f li c ción .
▁Y ▁los ▁hijos ▁de ▁Israel ▁respondieron ▁á ▁Jehová : ▁He mos ▁pecado ; ▁ha z ▁tú ▁con ▁nosotros ▁ como ▁bien ▁te ▁pareciere : ▁solamente ▁que ▁ahora ▁no s ▁libr es ▁en ▁este ▁día .
▁Y ▁quitar on ▁de ▁entre ▁sí ▁los ▁dioses ▁ajenos , ▁y ▁sirv ieron ▁á ▁Jehová : ▁y ▁su ▁alma ▁fué ▁an gu st i ada ▁á ▁causa ▁del ▁tra ba jo ▁de ▁Israel .
▁Y ▁junt ándose ▁los ▁hijos ▁de ▁Ammón , ▁a sentaron ▁campo ▁en ▁Galaad : ▁junt áronse ▁a simismo ▁los ▁hijos ▁de ▁Israel , ▁y ▁a sentaron ▁su ▁campo ▁en ▁Mizpa .
▁Y ▁los ▁príncipes ▁y ▁el ▁pueblo ▁de ▁Galaad ▁dijeron ▁el ▁uno ▁al ▁otro : ▁¿ Quién ▁será ▁el ▁que ▁come n z ará ▁la ▁batalla ▁contra ▁los ▁hijos ▁de ▁Ammón ? ▁él ▁será ▁cabeza ▁sobre ▁todos ▁los ▁que ▁habita n ▁en ▁Galaad .
▁E X I S T Í A ▁entonces ▁Jephté , ▁Galaad ita , ▁hombre ▁va l iente ▁ , ▁hijo ▁de ▁una ▁ram er a , ▁al ▁cual ▁había ▁en g en d r ado ▁Galaad .
▁Hu y e ndo ▁pues ▁Jephté ▁á ▁causa ▁de ▁sus ▁hermanos , ▁habitó ▁en ▁tierra ▁de ▁T o b ; ▁y ▁junt áronse ▁con ▁él ▁hombres ▁oc i os os , ▁los ▁cuales ▁con ▁él ▁sal ían .
▁Y ▁aconteció ▁que ▁después ▁de ▁días ▁los ▁hijos ▁de ▁Ammón ▁hicieron ▁guerra ▁contra ▁Israel :
▁Y ▁ como ▁los ▁hijos ▁de ▁Ammón ▁tenía n ▁guerra ▁contra ▁Israel , ▁los ▁ancianos ▁de ▁Galaad ▁fueron ▁para ▁volver ▁á ▁Jephté ▁de ▁tierra ▁de ▁T o b ;
▁Y ▁dijeron ▁á ▁Jephté : ▁Ve n , ▁y ▁será s ▁nuestro ▁capitán , ▁para ▁que ▁pe le emos ▁con ▁los ▁hijos ▁de ▁Ammón .
▁Y ▁Jephté ▁respondió ▁á ▁los ▁ancianos ▁de ▁Galaad : ▁¿ No ▁me ▁ha béis ▁vosotros ▁aborrec ido , ▁y ▁me ▁echa steis ▁de ▁la ▁casa ▁de ▁mi ▁padre ? ▁¿ por ▁qué ▁pues ▁ven í s ▁ahora ▁á ▁mí ▁cuando ▁está is ▁en ▁a f li c ción ?
▁Jephté ▁entonces ▁dijo ▁á ▁los ▁ancianos ▁de ▁Galaad : ▁Si ▁me ▁ v o l v éis ▁para ▁que ▁pe le e ▁contra ▁los ▁hijos ▁de ▁Ammón , ▁y ▁Jehová ▁los ▁entre gar e ▁delante ▁de ▁mí , ▁¿ se ré ▁yo ▁vuestra ▁cabeza ?
▁Y ▁los ▁ancianos ▁de ▁Galaad ▁respondieron ▁á ▁Jephté : ▁Jehová ▁ o i ga ▁entre ▁nosotros , ▁si ▁no ▁ hi ci é remos ▁ como ▁tú ▁di ce s .
▁Entonces ▁Jephté ▁vino ▁con ▁los ▁ancianos ▁de ▁Galaad , ▁y ▁el ▁pueblo ▁lo ▁el i g ió ▁por ▁su ▁cabeza ▁y ▁príncipe ; ▁y ▁Jephté ▁habló ▁todas ▁sus ▁palabras ▁delante ▁de ▁Jehová ▁en ▁Mizpa .
▁Y ▁envió ▁Jephté ▁ em ba ja do res ▁al ▁rey ▁de ▁los ▁Ammon itas , ▁diciendo : ▁¿ Qué ▁tiene s ▁tú ▁conmigo ▁que ▁has ▁venido ▁á ▁mí ▁para ▁hacer ▁guerra ▁en ▁mi ▁tierra ?
▁Y ▁Jephté ▁torn ó ▁á ▁enviar ▁otro s ▁ em ba ja do res ▁al ▁rey ▁de ▁los ▁Ammon itas ,
▁Para ▁decir le : ▁Jephté ▁ha ▁dicho ▁así : ▁Israel ▁no ▁tomó ▁tierra ▁de ▁Moab , ▁ni ▁tierra ▁de ▁los ▁hijos ▁de ▁Ammón :
▁Mas ▁su b iendo ▁Israel ▁de ▁Egipto , ▁and u v o ▁por ▁el ▁desierto ▁hast a ▁el ▁mar ▁B er me jo , ▁y ▁llegó ▁á ▁C ad es .
▁Y ▁envió ▁Israel ▁ em ba ja do res ▁á ▁Sehón ▁rey ▁de ▁los ▁Amorrheo s , ▁rey ▁de ▁Hesbón , ▁di ci é ndo le : ▁Ruégote ▁que ▁me ▁de je s ▁pasar ▁por ▁tu ▁tierra ▁hast a ▁mi ▁lugar .
▁Mas ▁Sehón ▁no ▁se ▁f ió ▁de ▁Israel ▁para ▁dar le ▁pa s o ▁por ▁su ▁término ; ▁antes ▁junt ando ▁Sehón ▁toda ▁su ▁gente , ▁puso ▁campo ▁en ▁Ja as , ▁y ▁pe le ó ▁contra ▁Israel .
▁E mpero ▁Jehová ▁el ▁Dios ▁de ▁Israel ▁entregó ▁á ▁Sehón ▁y ▁á ▁todo ▁su ▁pueblo ▁en ▁mano ▁de ▁Israel , ▁y ▁ven ció los : ▁y ▁pos e y ó ▁Israel ▁toda ▁la ▁tierra ▁del ▁Amorrheo ▁que ▁habitaba ▁en ▁aquel ▁país .
▁P ose y e ron ▁también ▁todo ▁el ▁término ▁del ▁Amorrheo ▁de s de ▁Ar n ón ▁hast a ▁Ja b o c , ▁y ▁de s de ▁el ▁desierto ▁hast a ▁el ▁Jordán .
▁As í ▁que ▁Jehová ▁el ▁Dios ▁de ▁Israel ▁echó ▁los ▁Amorrheo s ▁delante ▁de ▁su ▁pueblo ▁Israel : ▁¿ y ▁lo ▁has ▁de ▁poseer ▁tú ?
▁Si ▁C h ê mos ▁tu ▁di os ▁te ▁echa se ▁alguno , ▁¿ no ▁lo ▁poseer ía s ▁tú ? ▁As í ▁poseer emos ▁nosotros ▁á ▁todo ▁aquel ▁que ▁echó ▁Jehová ▁nuestro ▁Dios ▁de ▁delante ▁de ▁nosotros .
▁¿ E res ▁tú ▁ahora ▁en ▁al go ▁mejor ▁que ▁Balac ▁hijo ▁de ▁Se ph or , ▁rey ▁de ▁Moab ? ▁¿ tu v o ▁él ▁cu est ió n ▁contra ▁Israel , ▁ó ▁hizo ▁guerra ▁contra ▁ellos ?
▁As í ▁que , ▁yo ▁nada ▁he ▁pecado ▁contra ▁ti , ▁mas ▁tú ▁ha ce s ▁mal ▁conmigo ▁haci é ndo me ▁guerra : ▁Jehová , ▁que ▁es ▁el ▁ j ue z , ▁juzg ue ▁hoy ▁entre ▁los ▁hijos ▁de ▁Israel ▁y ▁los ▁hijos ▁de ▁Ammón .
▁Mas ▁el ▁rey ▁de ▁los ▁hijos ▁de ▁Ammón ▁no ▁at en d ió ▁las ▁ ra z on es ▁de ▁Jephté ▁que ▁le ▁envió .
▁Y ▁Jephté ▁hizo ▁voto ▁á ▁Jehová , ▁diciendo : ▁Si ▁entre gar es ▁á ▁los ▁Ammon itas ▁en ▁mis ▁manos ,
▁P as ó ▁pues ▁Jephté ▁á ▁los ▁hijos ▁de ▁Ammón ▁para ▁pe le ar ▁contra ▁ellos ; ▁y ▁Jehová ▁los ▁entregó ▁en ▁su ▁mano .
▁El ▁entonces ▁dijo : ▁Ve . ▁Y ▁de j ó la ▁por ▁dos ▁me se s . ▁Y ▁ella ▁fué ▁con ▁sus ▁com pa ñ er as , ▁y ▁lloró ▁su ▁virgin i dad ▁por ▁los ▁monte s .
▁De ▁aquí ▁fué ▁la ▁co st umb re ▁en ▁Israel ▁que ▁de ▁año ▁en ▁año ▁iba n ▁las ▁don ce l la s ▁de ▁Israel ▁á ▁en de ch ar ▁á ▁la ▁hija ▁de ▁Jephté ▁Galaad ita , ▁cuatro ▁días ▁en ▁el ▁año .
▁Y ▁Jephté ▁les ▁respondió : ▁Yo ▁tu v e , ▁y ▁mi ▁pueblo , ▁una ▁gran ▁con t i en da ▁con ▁los ▁hijos ▁de ▁Ammón , ▁y ▁os ▁ l l am é , ▁y ▁no ▁me ▁de f en di steis ▁de ▁sus ▁manos .
▁Y ▁Jephté ▁juzg ó ▁á ▁Israel ▁se is ▁años : ▁luego ▁murió ▁Jephté ▁Galaad ita , ▁y ▁fué ▁sepulta do ▁en ▁una ▁de ▁las ▁ciudades ▁de ▁Galaad .
▁Después ▁de ▁él ▁juzg ó ▁á ▁Israel ▁I b za n ▁de ▁Beth - lehem ;
▁El ▁cual ▁tuvo ▁treinta ▁hijos ▁y ▁treinta ▁hijas , ▁las ▁cuales ▁ca s ó ▁fuera , ▁y ▁tomó ▁de ▁fuera ▁treinta ▁hijas ▁para ▁sus ▁hijos : ▁y ▁juzg ó ▁á ▁Israel ▁siete ▁años .
▁Y ▁murió ▁I b za n , ▁y ▁fué ▁sepulta do ▁en ▁Beth - lehem .
▁Después ▁de ▁él ▁juzg ó ▁á ▁Israel ▁El ón , ▁Z ab u l on ita , ▁el ▁cual ▁juzg ó ▁á ▁Israel ▁diez ▁años .
▁Y ▁murió ▁El ón , ▁Z ab u l on ita , ▁y ▁fué ▁sepulta do ▁en ▁A ja l ón ▁en ▁la ▁tierra ▁de ▁Zabulón .
▁Después ▁de ▁él ▁juzg ó ▁á ▁Israel ▁A b d ón ▁hijo ▁de ▁Hi l le l , ▁P i ra to n ita .
▁Este ▁tuvo ▁cuarenta ▁hijos ▁y ▁treinta ▁ni e to s , ▁que ▁ca ba l g aban ▁sobre ▁setenta ▁asno s : ▁y ▁juzg ó ▁á ▁Israel ▁oc h o ▁años .
▁Y ▁murió ▁A b d ón ▁hijo ▁de ▁Hi l le l , ▁P i ra to n ita , ▁y ▁fué ▁sepulta do ▁en ▁P i ra t ón , ▁en ▁la ▁tierra ▁de ▁Ephraim , ▁en ▁el ▁monte ▁de ▁Amalec .
▁Y ▁L O S ▁hijos ▁de ▁Israel ▁torn aron ▁á ▁hacer ▁lo ▁mal o ▁en ▁los ▁ojos ▁de ▁Jehová ; ▁y ▁Jehová ▁los ▁entregó ▁en ▁mano ▁de ▁los ▁Filisteos , ▁por ▁cuarenta ▁años .
▁Y ▁había ▁un ▁hombre ▁de ▁So ra , ▁de ▁la ▁tribu ▁de ▁Dan , ▁el ▁cual ▁se ▁llamaba ▁Manoa ; ▁y ▁su ▁mujer ▁era ▁es t é ri l , ▁que ▁ nunc a ▁había ▁par ido .
▁A est am u j er ▁ap are ció ▁el ▁ángel ▁de ▁Jehová , ▁y ▁díjole : ▁He ▁aquí ▁que ▁tú ▁eres ▁es t é ri l , ▁y ▁no ▁has ▁par ido ; ▁mas ▁con ce bi rás ▁y ▁par irá s ▁un ▁hijo .
▁Ahora , ▁pues , ▁mira ▁que ▁ahora ▁no ▁be ba s ▁vino , ▁ni ▁si d ra , ▁ni ▁com as ▁cosa ▁inmunda .
▁Y ▁Dios ▁oyó ▁la ▁voz ▁de ▁Manoa : ▁y ▁el ▁ángel ▁de ▁Dios ▁volvió ▁otra ▁vez ▁á ▁la ▁mujer , ▁esta ndo ▁ella ▁en ▁el ▁campo ; ▁mas ▁su ▁marido ▁Manoa ▁no ▁estaba ▁con ▁ella .
▁Y ▁la ▁mujer ▁cor r ió ▁pro n t amente , ▁y ▁not i ció lo ▁á ▁su ▁marido , ▁di ci é ndo le : ▁Mi ra ▁que ▁se ▁me ▁ha ▁a pa recido ▁aquel ▁varón ▁que ▁vino ▁á ▁mí ▁el ▁otro ▁día .
▁Y ▁levant óse ▁Manoa , ▁y ▁si gu ió ▁á ▁su ▁mujer ; ▁y ▁así ▁que ▁llegó ▁al ▁varón , ▁díjole : ▁¿ E res ▁tú ▁aquel ▁varón ▁que ▁habla s te ▁á ▁la ▁mujer ? ▁Y ▁él ▁dijo : ▁Yo ▁soy .
▁Entonces ▁Manoa ▁dijo : ▁C ú m p la se ▁pues ▁tu ▁palabra . ▁¿ Qué ▁orden ▁se ▁tendrá ▁con ▁el ▁niño , ▁y ▁qué ▁ha ▁de ▁hacer ?
▁Y ▁el ▁ángel ▁de ▁Jehová ▁respondió ▁á ▁Manoa : ▁La ▁mujer ▁se ▁guard ará ▁de ▁todas ▁las ▁cosas ▁que ▁yo ▁le ▁di je :
▁El la ▁no ▁comerá ▁cosa ▁que ▁pro ce da ▁de ▁vi d ▁que ▁da ▁vino ; ▁no ▁beber á ▁vino ▁ni ▁si d ra , ▁y ▁no ▁comerá ▁cosa ▁inmunda : ▁ha ▁de ▁guarda r ▁todo ▁lo ▁que ▁le ▁man d é .
▁Entonces ▁Manoa ▁dijo ▁al ▁ángel ▁de ▁Jehová : ▁Ruégote ▁per m itas ▁que ▁te ▁de t en ga mos , ▁y ▁a de re za remos ▁un ▁ca b ri to ▁que ▁pon er ▁delante ▁de ▁ti .
▁Entonces ▁dijo ▁Manoa ▁al ▁ángel ▁de ▁Jehová : ▁¿ C ó mo ▁es ▁tu ▁nombre , ▁para ▁que ▁cuando ▁se ▁cumpl iere ▁tu ▁palabra ▁te ▁ho n remos ?
▁Y ▁el ▁ángel ▁de ▁Jehová ▁respondió : ▁¿ Por ▁qué ▁pregunta s ▁por ▁mi ▁nombre , ▁que ▁es ▁oc u l to ?
▁Y ▁Manoa ▁tomó ▁un ▁ca b ri to ▁de ▁las ▁ca bra s ▁y ▁un ▁presente , ▁y ▁sacrific ólo ▁sobre ▁una ▁peña ▁á ▁Jehová : ▁y ▁el ▁ángel ▁hizo ▁mil a g ro ▁á ▁vi s ta ▁de ▁Manoa ▁y ▁de ▁su ▁mujer .
▁Y ▁el ▁ángel ▁de ▁Jehová ▁no ▁torn ó ▁á ▁ap are cer ▁á ▁Manoa ▁ni ▁á ▁su ▁mujer . ▁Entonces ▁conoc ió ▁Manoa ▁que ▁era ▁el ▁ángel ▁de ▁Jehová .
▁Y ▁dijo ▁Manoa ▁á ▁su ▁mujer : ▁C iertamente ▁mor i remos , ▁por que ▁á ▁Dios ▁he mos ▁visto .
▁Y ▁la ▁mujer ▁parió ▁un ▁hijo , ▁y ▁llamó le ▁por ▁nombre ▁Samsón . ▁Y ▁el ▁niño ▁c re ció , ▁y ▁Jehová ▁lo ▁bendijo .
▁Y ▁el ▁espíritu ▁de ▁Jehová ▁comenzó ▁á ▁man i f est ar se ▁en ▁él ▁en ▁los ▁camp a ment os ▁de ▁Dan , ▁entre ▁So ra ▁y ▁E s th a o l .
▁Y ▁ D E S C E N D I E NDO ▁Samsón ▁á ▁Timna h , ▁vió ▁en ▁Timna h ▁una ▁mujer ▁de ▁las ▁hijas ▁de ▁los ▁Filisteos .
▁Y ▁subió , ▁y ▁declar ólo ▁á ▁su ▁padre ▁y ▁á ▁su ▁madre , ▁diciendo : ▁Yo ▁he ▁visto ▁en ▁Timna h ▁una ▁mujer ▁de ▁las ▁hijas ▁de ▁los ▁Filisteos : ▁ r u é go os ▁que ▁me ▁la ▁to m éis ▁por ▁mujer .
▁Mas ▁su ▁padre ▁y ▁su ▁madre ▁no ▁s ab ían ▁que ▁esto ▁venía ▁de ▁Jehová , ▁y ▁que ▁él ▁busca ba ▁oc as ió n ▁contra ▁los ▁Filisteos : ▁por que ▁en ▁aquel ▁tiempo ▁los ▁Filisteos ▁do mi n aban ▁sobre ▁Israel .
▁Y ▁Samsón ▁descend ió ▁con ▁su ▁padre ▁y ▁con ▁su ▁madre ▁á ▁Timna h : ▁y ▁ como ▁llegar on ▁á ▁las ▁viña s ▁de ▁Timna h , ▁he ▁aquí ▁un ▁ca ch or ro ▁de ▁le ón ▁que ▁venía ▁br am ando ▁haci a ▁él .
▁ V in o ▁pues , ▁y ▁habló ▁á ▁la ▁mujer ▁que ▁había ▁a g ra d ado ▁á ▁Samsón .
▁ V in o ▁pues ▁su ▁padre ▁á ▁la ▁mujer , ▁y ▁Samsón ▁hizo ▁allí ▁ba n que te ; ▁por que ▁así ▁so l ían ▁hacer ▁los ▁mancebo s .
▁Y ▁ como ▁ellos ▁le ▁vieron , ▁tomaron ▁treinta ▁com pa ñ eros ▁que ▁estuv i es en ▁con ▁él ;
▁Entonces ▁les ▁dijo : ▁De l ▁come dor ▁salió ▁com i da , ▁y ▁del ▁fuerte ▁salió ▁d u l z ura . ▁Y ▁ellos ▁no ▁pu d ieron ▁declar ar le ▁el ▁en i g ma ▁en ▁tres ▁días .
▁Y ▁Samsón ▁les ▁respondió : ▁Yo ▁se ré ▁sin ▁culpa ▁esta ▁vez ▁para ▁con ▁los ▁Filisteos , ▁si ▁mal ▁les ▁hiciere .
▁Y ▁fué ▁Samsón ▁y ▁co g ió ▁tres ci enta s ▁ z or ra s , ▁y ▁toma ndo ▁te as , ▁y ▁tra b ando ▁a qué l la s ▁por ▁las ▁co la s , ▁puso ▁entre ▁ cada ▁dos ▁co la s ▁una ▁te a .
▁Entonces ▁Samsón ▁les ▁dijo : ▁¿ A s í ▁lo ▁había is ▁de ▁hacer ? ▁mas ▁yo ▁me ▁ven g aré ▁de ▁vosotros , ▁y ▁después ▁c es aré .
▁E ▁hirió los ▁pie rna ▁y ▁mu s lo ▁con ▁gran ▁mor t an dad ; ▁y ▁descend ió , ▁y ▁f i j óse ▁en ▁la ▁cueva ▁de ▁la ▁peña ▁de ▁E t am .
▁Y ▁los ▁Filisteos ▁subieron ▁y ▁pusier on ▁campo ▁en ▁Judá , ▁y ▁ten d iéronse ▁por ▁Le hi .
▁Y ▁los ▁varones ▁de ▁Judá ▁les ▁dijeron : ▁¿ Por ▁qué ▁ha béis ▁su b ido ▁contra ▁nosotros ? ▁Y ▁ellos ▁respondieron : ▁A ▁pre n der ▁á ▁Samsón ▁he mos ▁su b ido , ▁para ▁hacer le ▁ como ▁él ▁no s ▁ha ▁hecho .
▁Y ▁halla ndo ▁una ▁ qui ja da ▁de ▁asno ▁f res ca , ▁extend ió ▁la ▁mano ▁y ▁tomó la , ▁é ▁hirió ▁con ▁ella ▁á ▁mil ▁hombres .
▁Entonces ▁Samsón ▁dijo : ▁con ▁la ▁ qui ja da ▁de ▁un ▁asno , ▁un ▁mo n t ón , ▁dos ▁mo n to n es ; ▁con ▁la ▁ qui ja da ▁de ▁un ▁asno ▁her í ▁mil ▁hombres .
▁Y ▁acaba ndo ▁de ▁hablar , ▁echó ▁de ▁su ▁mano ▁la ▁ qui ja da , ▁y ▁llamó ▁á ▁aquel ▁lugar ▁Rama th - le hi .
▁Y ▁juzg ó ▁á ▁Israel ▁en ▁días ▁de ▁los ▁Filisteos ▁veinte ▁años .
▁Y ▁F U É ▁Samsón ▁á ▁ G a za , ▁y ▁vió ▁allí ▁una ▁mujer ▁ram er a , ▁y ▁entr ó ▁á ▁ella .
▁Después ▁de ▁esto ▁aconteció ▁que ▁se ▁en am or ó ▁de ▁una ▁mujer ▁en ▁el ▁valle ▁de ▁So re c , ▁la ▁cual ▁se ▁llamaba ▁Da li la .
▁Y ▁Da li la ▁dijo ▁á ▁Samsón : ▁Yo ▁te ▁ruego ▁que ▁me ▁declar es ▁en ▁qué ▁con s iste ▁tu ▁grande ▁fuerza , ▁y ▁ cómo ▁pod rás ▁ser ▁at ado ▁para ▁ser ▁at or ment ado .
▁Y ▁los ▁príncipes ▁de ▁los ▁Filisteos ▁le ▁tra je ron ▁siete ▁mi m bre s ▁ver de s ▁que ▁aun ▁no ▁se ▁habían ▁en j u g ado , ▁y ▁at ó le ▁con ▁ellos .
▁Entonces ▁Da li la ▁dijo ▁á ▁Samsón : ▁He ▁aquí ▁tú ▁me ▁has ▁en ga ñ ado , ▁y ▁me ▁has ▁dicho ▁men t ir as : ▁de s c ú bre me ▁pues ▁ahora , ▁yo ▁te ▁ruego , ▁ cómo ▁pod rás ▁ser ▁at ado .
▁Y ▁él ▁le ▁dijo : ▁Si ▁me ▁at ar en ▁fuerte mente ▁con ▁cu er das ▁nueva s , ▁con ▁las ▁cuales ▁ninguna ▁cosa ▁se ▁haya ▁hecho , ▁yo ▁me ▁de bi l ita ré , ▁y ▁se ré ▁ como ▁cualquier a ▁de ▁los ▁hombres .
▁Y ▁aconteció ▁que , ▁ap re t ándo le ▁ella ▁ cada ▁día ▁con ▁sus ▁palabras ▁é ▁imp or t un ándo le , ▁su ▁alma ▁fué ▁re d u ci da ▁á ▁mor ta l ▁an gu st i a .
▁Y ▁el ▁ca be l lo ▁de ▁su ▁cabeza ▁comenzó ▁á ▁c re cer , ▁después ▁que ▁fué ▁ ra p ado .
▁Entonces ▁los ▁príncipes ▁de ▁los ▁Filisteos ▁se ▁junt aron ▁para ▁of re cer ▁sacrificio ▁á ▁Da g ón ▁su ▁di os , ▁y ▁para ▁alegr ar se ; ▁y ▁dijeron : ▁N u est ro ▁di os ▁entregó ▁en ▁nuestra s ▁manos ▁á ▁Samsón ▁nuestro ▁enemigo .
▁ H U B O ▁un ▁hombre ▁del ▁monte ▁de ▁Ephraim , ▁que ▁se ▁llamaba ▁Mi ch â s .
▁Y ▁tuvo ▁este ▁hombre ▁Mi ch â s ▁casa ▁de ▁dioses , ▁é ▁ h í zo se ▁hacer ▁ephod ▁y ▁te ra ph im , ▁y ▁consagr ó ▁uno ▁de ▁sus ▁hijos ; ▁y ▁fué le ▁por ▁sacerdote .
▁En ▁estos ▁días ▁no ▁había ▁rey ▁en ▁Israel : ▁ cada ▁uno ▁hacía ▁ como ▁mejor ▁le ▁par e c ía .
▁Y ▁había ▁un ▁ j ove n ▁de ▁Beth - lehem ▁de ▁Judá , ▁de ▁la ▁tribu ▁de ▁Judá , ▁el ▁cual ▁era ▁Levi ta ; ▁y ▁per e g ri n aba ▁allí .
▁Este ▁hombre ▁se ▁había ▁part ido ▁de ▁la ▁ciudad ▁de ▁Beth - lehem ▁de ▁Judá , ▁para ▁ir ▁á ▁vivir ▁don de ▁halla se ; ▁y ▁lleg ando ▁al ▁monte ▁de ▁Ephraim , ▁vino ▁á ▁casa ▁de ▁Mi ch â s , ▁para ▁de ▁allí ▁hacer ▁su ▁camino .
▁Y ▁Mi ch â s ▁le ▁dijo : ▁¿ D e ▁d ón de ▁viene s ? ▁Y ▁el ▁Levi ta ▁le ▁respondió : ▁So y ▁de ▁Beth - lehem ▁de ▁Judá , ▁y ▁ v o y ▁á ▁vivir ▁don de ▁halla re .
▁A co r d ó ▁pues ▁el ▁Levi ta ▁en ▁mor ar ▁con ▁aquel ▁hombre , ▁y ▁él ▁lo ▁tenía ▁ como ▁á ▁uno ▁de ▁sus ▁hijos .
▁Y ▁Mi ch â s ▁consagr ó ▁al ▁Levi ta , ▁y ▁aquel ▁ j ove n ▁le ▁ serv ía ▁de ▁sacerdote , ▁y ▁estaba ▁en ▁casa ▁de ▁Mi ch â s .
▁Y ▁Mi ch â s ▁dijo : ▁Ahora ▁s é ▁que ▁Jehová ▁me ▁hará ▁bien , ▁pues ▁que ▁el ▁Levi ta ▁es ▁hecho ▁mi ▁sacerdote .
▁Y ▁él ▁les ▁respondió : ▁De ▁esta ▁y ▁de ▁esta ▁manera ▁ha ▁hecho ▁conmigo ▁Mi ch â s , ▁y ▁me ▁ha ▁tomado ▁para ▁que ▁sea ▁su ▁sacerdote .
▁Y ▁ellos ▁le ▁dijeron : ▁P re gu n ta ▁pues ▁ahora ▁á ▁Dios , ▁para ▁que ▁se pa mos ▁si ▁ha ▁de ▁prosper ar ▁nuestro ▁vi a je ▁que ▁ha ce mos .
▁Y ▁el ▁sacerdote ▁les ▁respondió : ▁I d ▁en ▁paz , ▁que ▁vuestro ▁vi a je ▁que ▁ha c éis ▁es ▁delante ▁de ▁Jehová .
▁ V o l viendo ▁pues ▁ellos ▁á ▁sus ▁hermanos ▁en ▁So ra ▁y ▁E s th a o l , ▁sus ▁hermanos ▁les ▁dijeron : ▁¿ Qué ▁hay ? ▁y ▁ellos ▁respondieron :
▁Y ▁part iendo ▁los ▁de ▁Dan ▁de ▁allí , ▁de ▁So ra ▁y ▁de ▁E s th a o l , ▁seiscient os ▁hombres ▁arm ados ▁de ▁arm as ▁de ▁guerra ,
▁Y ▁pasa ndo ▁de ▁allí ▁al ▁monte ▁de ▁Ephraim , ▁vinieron ▁hast a ▁la ▁casa ▁de ▁Mi ch â s .
▁Y ▁lleg ándose ▁all á , ▁vinieron ▁á ▁la ▁casa ▁del ▁ j ove n ▁Levi ta ▁en ▁casa ▁de ▁Mi ch â s , ▁y ▁pre gu n t áronle ▁ cómo ▁estaba .
▁Y ▁los ▁seiscient os ▁hombres , ▁que ▁era n ▁de ▁los ▁hijos ▁de ▁Dan , ▁estaban ▁arm ados ▁de ▁sus ▁arm as ▁de ▁guerra ▁á ▁la ▁entr ada ▁de ▁la ▁puerta .
▁Y ▁alegr óse ▁el ▁corazón ▁del ▁sacerdote ; ▁el ▁cual ▁toma ndo ▁el ▁ephod ▁y ▁el ▁te ra ph im , ▁y ▁la ▁image n , ▁ v í n ose ▁entre ▁la ▁gente .
▁Y ▁ellos ▁torn aron , ▁y ▁fué ron se ; ▁y ▁pusier on ▁los ▁niño s , ▁y ▁el ▁ganado ▁y ▁el ▁ba ga je , ▁delante ▁de ▁sí .
▁Y ▁d ando ▁voces ▁á ▁los ▁de ▁Dan , ▁é st os ▁volvieron ▁sus ▁rostro s , ▁y ▁dijeron ▁á ▁Mi ch â s : ▁¿ Qué ▁tiene s ▁que ▁has ▁junt ado ▁gente ?
▁Y ▁y é ndo se ▁los ▁hijos ▁de ▁Dan ▁su ▁camino , ▁y ▁ viendo ▁Mi ch â s ▁que ▁era n ▁más ▁fuerte s ▁que ▁él , ▁volvió se ▁y ▁re g res ó ▁á ▁su ▁casa .
▁Y ▁llamar on ▁el ▁nombre ▁de ▁aquella ▁ciudad ▁Dan , ▁conform e ▁al ▁nombre ▁de ▁Dan ▁su ▁padre , ▁hijo ▁de ▁Israel , ▁bien ▁que ▁antes ▁se ▁llamaba ▁la ▁ciudad ▁La is .
▁Y ▁levant áronse ▁la ▁image n ▁de ▁Mi ch â s , ▁la ▁cual ▁él ▁había ▁hecho , ▁todo ▁el ▁tiempo ▁que ▁la ▁casa ▁de ▁Dios ▁estuv o ▁en ▁Si lo .
▁Y ▁su ▁concubina ▁a d u l t er ó ▁contra ▁él , ▁y ▁fuese ▁de ▁él ▁á ▁casa ▁de ▁su ▁padre , ▁á ▁Beth - lehem ▁de ▁Judá , ▁y ▁estuv o ▁all á ▁por ▁tiempo ▁de ▁cuatro ▁me se s .
▁Y ▁levant ándose ▁el ▁varón ▁para ▁ir se , ▁el ▁suegro ▁le ▁con st ri ñ ó ▁á ▁que ▁torn a se ▁y ▁tu vi e se ▁allí ▁la ▁noche .
▁Y ▁su ▁señor ▁le ▁respondió : ▁No ▁ir emos ▁á ▁ninguna ▁ciudad ▁de ▁extranjero s , ▁que ▁no ▁sea ▁de ▁los ▁hijos ▁de ▁Israel : ▁antes ▁pasar emos ▁hast a ▁Gabaa . ▁Y ▁dijo ▁á ▁su ▁criado :
▁Ve n , ▁lleg u emos ▁á ▁uno ▁de ▁es os ▁lugar es , ▁para ▁ten er ▁la ▁noche ▁en ▁Gabaa , ▁ó ▁en ▁Rama .
▁P as ando ▁pues , ▁ca mi n aron , ▁y ▁p ú s ose les ▁el ▁so l ▁junto ▁á ▁Gabaa , ▁que ▁era ▁de ▁Benjamín .
▁Y ▁al z ando ▁el ▁viejo ▁los ▁ojos , ▁vió ▁á ▁aquel ▁vi a ja n te ▁en ▁la ▁p la za ▁de ▁la ▁ciudad , ▁y ▁díjole : ▁¿ A ▁d ón de ▁va s , ▁y ▁de ▁d ón de ▁viene s ?
▁Y ▁el ▁hombre ▁viejo ▁dijo : ▁P az ▁sea ▁contigo ; ▁tu ▁ n e ce s i dad ▁toda ▁sea ▁solamente ▁á ▁mi ▁cargo , ▁con ▁tal ▁que ▁no ▁ten ga s ▁la ▁noche ▁en ▁la ▁p la za .
▁Y ▁me t ién do los ▁en ▁su ▁casa , ▁dió ▁de ▁come r ▁á ▁sus ▁asno s ; ▁y ▁ellos ▁se ▁la v aron ▁los ▁pie s , ▁y ▁com ieron ▁y ▁be b ieron .
▁Y ▁y a ▁que ▁a man e c ía , ▁la ▁mujer ▁vino , ▁y ▁cayó ▁delante ▁de ▁la ▁puerta ▁de ▁la ▁casa ▁de ▁aquel ▁hombre ▁don de ▁su ▁señor ▁estaba , ▁hast a ▁que ▁fué ▁de ▁día .
▁Y ▁él ▁le ▁dijo : ▁Levántate , ▁y ▁ v á mo nos . ▁Mas ▁ella ▁no ▁respondió . ▁Entonces ▁la ▁levant ó ▁el ▁varón , ▁y ▁ e ch ándo la ▁sobre ▁su ▁asno , ▁levant óse ▁y ▁fué se ▁á ▁su ▁lugar .
▁E N T O N C E S ▁salieron ▁todos ▁los ▁hijos ▁de ▁Israel , ▁y ▁re un i óse ▁la ▁congregación ▁ como ▁un ▁so lo ▁hombre , ▁de s de ▁Dan ▁hast a ▁Beer - se ba ▁y ▁la ▁tierra ▁de ▁Galaad , ▁á ▁Jehová ▁en ▁Mizpa .
▁Y ▁los ▁principal es ▁de ▁todo ▁el ▁pueblo , ▁de ▁todas ▁las ▁tribu s ▁de ▁Israel , ▁se ▁halla ron ▁presente s ▁en ▁la ▁re un ió n ▁del ▁pueblo ▁de ▁Dios , ▁cuatrocient os ▁mil ▁hombres ▁de ▁á ▁pie ▁que ▁saca ba n ▁espada .
▁Y ▁los ▁hijos ▁de ▁Benjamín ▁ o y e ron ▁que ▁los ▁hijos ▁de ▁Israel ▁habían ▁su b ido ▁á ▁Mizpa . ▁Y ▁dijeron ▁los ▁hijos ▁de ▁Israel : ▁De ci d ▁ cómo ▁fué ▁esta ▁mal dad .
▁Entonces ▁el ▁varón ▁Levi ta , ▁marido ▁de ▁la ▁mujer ▁mu er ta , ▁respondió ▁y ▁dijo : ▁Yo ▁lleg u é ▁á ▁Gabaa ▁de ▁Benjamín ▁con ▁mi ▁concubina , ▁para ▁ten er ▁allí ▁la ▁noche .
▁Y ▁levant ándose ▁contra ▁mí ▁los ▁de ▁Gabaa , ▁cerca ron ▁sobre ▁mí ▁la ▁casa ▁de ▁noche , ▁con ▁ i de a ▁de ▁matar me , ▁y ▁ o p r im ieron ▁mi ▁concubina ▁de ▁tal ▁manera , ▁que ▁ella ▁fué ▁mu er ta .
▁Entonces ▁toma ndo ▁yo ▁mi ▁concubina , ▁cor t é la ▁en ▁pie za s , ▁y ▁en vi é la s ▁por ▁todo ▁el ▁término ▁de ▁la ▁posesión ▁de ▁Israel : ▁por ▁cuanto ▁han ▁hecho ▁mal dad ▁y ▁c ri me n ▁en ▁Israel .
▁He ▁aquí ▁que ▁todos ▁vosotros ▁los ▁hijos ▁de ▁Israel ▁está is ▁presente s ; ▁da os ▁aquí ▁par e cer ▁y ▁con se jo .
▁Entonces ▁todo ▁el ▁pueblo , ▁ como ▁un ▁so lo ▁hombre , ▁se ▁levant ó , ▁y ▁dijeron : ▁N ing un o ▁de ▁nosotros ▁ irá ▁á ▁su ▁tienda , ▁ni ▁no s ▁apart a remos ▁ cada ▁uno ▁á ▁su ▁casa ,
▁Ha s ta ▁que ▁haga mos ▁esto ▁sobre ▁Gabaa : ▁que ▁ e ch emos ▁suerte s ▁contra ▁ella ;
▁Y ▁junt áronse ▁todos ▁los ▁hombres ▁de ▁Israel ▁contra ▁la ▁ciudad , ▁li g ados ▁ como ▁un ▁so lo ▁hombre .
▁Y ▁las ▁tribu s ▁de ▁Israel ▁enviar on ▁varones ▁por ▁toda ▁la ▁tribu ▁de ▁Benjamín , ▁diciendo : ▁¿ Qué ▁mal dad ▁es ▁é s ta ▁que ▁ha ▁sido ▁he ch a ▁entre ▁vosotros ?
▁A n te s ▁los ▁de ▁Benjamín ▁se ▁junt aron ▁de ▁las ▁ciudades ▁de ▁Gabaa , ▁para ▁sal ir ▁á ▁pe le ar ▁contra ▁los ▁hijos ▁de ▁Israel .
▁Y ▁fueron ▁contados ▁en ▁aquel ▁tiempo ▁los ▁hijos ▁de ▁Benjamín ▁de ▁las ▁ciudades , ▁veinti s éis ▁mil ▁hombres ▁que ▁saca ba n ▁espada , ▁sin ▁los ▁que ▁mor aban ▁en ▁Gabaa , ▁que ▁fueron ▁por ▁cu enta ▁se te cientos ▁hombres ▁es co g ido s .
▁Y ▁fueron ▁contados ▁los ▁varones ▁de ▁Israel , ▁fuera ▁de ▁Benjamín , ▁cuatrocient os ▁mil ▁hombres ▁que ▁saca ba n ▁espada , ▁todos ▁estos ▁hombres ▁de ▁guerra .
▁Levant ándose ▁pues ▁de ▁mañana ▁los ▁hijos ▁de ▁Israel , ▁pusier on ▁campo ▁contra ▁Gabaa .
▁Y ▁salieron ▁los ▁hijos ▁de ▁Israel ▁á ▁com ba t ir ▁contra ▁Benjamín ; ▁y ▁los ▁varones ▁de ▁Israel ▁orden aron ▁la ▁batalla ▁contra ▁ellos ▁junto ▁á ▁Gabaa .
▁Sal iendo ▁entonces ▁de ▁Gabaa ▁los ▁hijos ▁de ▁Benjamín , ▁de r ri b aron ▁en ▁tierra ▁aquel ▁día ▁veinti d ó s ▁mil ▁hombres ▁de ▁los ▁hijos ▁de ▁Israel .
▁Mas ▁re an im ándose ▁el ▁pueblo , ▁los ▁varones ▁de ▁Israel ▁torn aron ▁á ▁orden ar ▁la ▁batalla ▁en ▁el ▁mismo ▁lugar ▁don de ▁la ▁habían ▁orden ado ▁el ▁primer ▁día .
▁Lo s ▁hijos ▁pues ▁de ▁Israel ▁se ▁acerca ron ▁el ▁siguiente ▁día ▁á ▁los ▁hijos ▁de ▁Benjamín .
▁Y ▁aquel ▁segundo ▁día , ▁sal iendo ▁Benjamín ▁de ▁Gabaa ▁contra ▁ellos , ▁de r ri b aron ▁por ▁tierra ▁otro s ▁diez ▁y ▁oc h o ▁mil ▁hombres ▁de ▁los ▁hijos ▁de ▁Israel , ▁todos ▁los ▁cuales ▁saca ba n ▁espada .
▁Y ▁los ▁hijos ▁de ▁Israel ▁pregunta ron ▁á ▁Jehová , ▁ ( por que ▁el ▁arca ▁del ▁pacto ▁de ▁Dios ▁estaba ▁allí ▁en ▁aquello s ▁días ,
▁Y ▁puso ▁Israel ▁ em b os cada s ▁alrededor ▁de ▁Gabaa .
▁Su b iendo ▁entonces ▁los ▁hijos ▁de ▁Israel ▁contra ▁los ▁hijos ▁de ▁Benjamín ▁el ▁tercer ▁día , ▁orden aron ▁la ▁batalla ▁delante ▁de ▁Gabaa , ▁ como ▁las ▁otra s ▁veces .
▁Y ▁los ▁hijos ▁de ▁Benjamín ▁decía n : ▁Ve n c ido s ▁son ▁delante ▁de ▁nosotros , ▁ como ▁antes . ▁Mas ▁los ▁hijos ▁de ▁Israel ▁decía n : ▁Hu i remos , ▁y ▁los ▁al e ja remos ▁de ▁la ▁ciudad ▁hast a ▁los ▁camino s .
▁Y ▁vinieron ▁contra ▁Gabaa ▁diez ▁mil ▁hombres ▁es co g ido s ▁de ▁todo ▁Israel , ▁y ▁la ▁batalla ▁comenzó ▁á ▁a g ra v ar se : ▁mas ▁ellos ▁no ▁s ab ían ▁que ▁el ▁mal ▁se ▁acerca ba ▁sobre ▁ellos .
▁E ▁hirió ▁Jehová ▁á ▁Benjamín ▁delante ▁de ▁Israel ; ▁y ▁matar on ▁los ▁hijos ▁de ▁Israel ▁aquel ▁día ▁veinti ci n co ▁mil ▁y ▁cien ▁hombres ▁de ▁Benjamín , ▁todos ▁los ▁cuales ▁saca ba n ▁espada .
▁Y ▁vieron ▁los ▁hijos ▁de ▁Benjamín ▁que ▁era n ▁muerto s ; ▁pues ▁los ▁hijos ▁de ▁Israel ▁habían ▁dado ▁lugar ▁á ▁Benjamín , ▁por que ▁estaban ▁con f i ados ▁en ▁las ▁ em b os cada s ▁que ▁habían ▁puesto ▁de t rás ▁de ▁Gabaa .
▁Entonces ▁las ▁ em b os cada s ▁a co me t ieron ▁pre st amente ▁á ▁Gabaa , ▁y ▁se ▁extend ieron , ▁y ▁pasar on ▁á ▁cuchillo ▁toda ▁la ▁ciudad .
▁Y a ▁los ▁Israel itas ▁estaban ▁con cer t ados ▁con ▁las ▁ em b os cada s , ▁que ▁ hi ci es en ▁mucho ▁fuego , ▁para ▁que ▁su bi e se ▁gran ▁ hu mo ▁de ▁la ▁ciudad .
▁Entonces ▁re v o l vier on ▁los ▁hombres ▁de ▁Israel , ▁y ▁los ▁de ▁Benjamín ▁se ▁llena ron ▁de ▁tem or : ▁por que ▁vieron ▁que ▁el ▁mal ▁había ▁venido ▁sobre ▁ellos .
▁Y ▁ca y e ron ▁de ▁Benjamín ▁diez ▁y ▁oc h o ▁mil ▁hombres , ▁todos ▁ellos ▁hombres ▁de ▁guerra .
▁As í ▁todos ▁los ▁que ▁de ▁Benjamín ▁mu r ieron ▁aquel ▁día , ▁fueron ▁veinti ci n co ▁mil ▁hombres ▁que ▁saca ba n ▁espada , ▁todos ▁ellos ▁hombres ▁de ▁guerra .
▁P er o ▁se ▁volvieron ▁y ▁ hu y e ron ▁al ▁desierto ▁á ▁la ▁peña ▁de ▁R im m ón ▁seiscient os ▁hombres , ▁los ▁cuales ▁es tuvieron ▁en ▁la ▁peña ▁de ▁R im m ón ▁cuatro ▁me se s :
▁Y ▁L O S ▁varones ▁de ▁Israel ▁habían ▁ j ur ado ▁en ▁Mizpa , ▁diciendo : ▁N ing un o ▁de ▁nosotros ▁dará ▁su ▁hija ▁á ▁los ▁de ▁Benjamín ▁por ▁mujer .
▁Y ▁vino ▁el ▁pueblo ▁á ▁la ▁casa ▁de ▁Dios , ▁y ▁estuv iéronse ▁allí ▁hast a ▁la ▁tarde ▁delante ▁de ▁Dios ; ▁y ▁al z ando ▁su ▁voz ▁hicieron ▁gran ▁ l l an to , ▁y ▁dijeron :
▁O h ▁Jehová ▁Dios ▁de ▁Israel , ▁¿ por ▁qué ▁ha ▁su c ed ido ▁esto ▁en ▁Israel , ▁que ▁f al te ▁hoy ▁de ▁Israel ▁una ▁tribu ?
▁Y ▁al ▁día ▁siguiente ▁el ▁pueblo ▁se ▁levant ó ▁de ▁mañana , ▁y ▁edifica ron ▁allí ▁altar , ▁y ▁of re c ieron ▁holocausto s ▁y ▁pa c í f i co s .
▁Y ▁los ▁hijos ▁de ▁Israel ▁se ▁ar re p in t ieron ▁á ▁causa ▁de ▁Benjamín ▁su ▁hermano , ▁y ▁dijeron : ▁Un a ▁tribu ▁es ▁hoy ▁cor t ada ▁de ▁Israel .
▁¿ Qué ▁ha remos ▁en ▁cuanto ▁á ▁mujeres ▁para ▁los ▁que ▁han ▁que d ado ? ▁No s o t ro s ▁he mos ▁ j ur ado ▁por ▁Jehová ▁que ▁no ▁les ▁he mos ▁de ▁dar ▁nuestra s ▁hijas ▁por ▁mujeres .
▁Porque ▁el ▁pueblo ▁fué ▁con t ado , ▁y ▁no ▁hubo ▁allí ▁varón ▁de ▁los ▁moradores ▁de ▁Jabes - ga la ad .
▁Entonces ▁la ▁congregación ▁envió ▁all á ▁do ce ▁mil ▁hombres ▁de ▁los ▁más ▁va l iente s , ▁y ▁man d áronle s , ▁diciendo : ▁I d ▁y ▁pon ed ▁á ▁cuchillo ▁á ▁los ▁moradores ▁de ▁Jabes - ga la ad , ▁y ▁las ▁mujeres ▁y ▁niño s .
▁Mas ▁ha réis ▁de ▁esta ▁manera : ▁matar éis ▁á ▁todo ▁varón , ▁y ▁á ▁toda ▁mujer ▁que ▁hubiere ▁conoc ido ▁a y un t amiento ▁de ▁varón .
▁T o da ▁la ▁congregación ▁envió ▁luego ▁á ▁hablar ▁á ▁los ▁hijos ▁de ▁Benjamín ▁que ▁estaban ▁en ▁la ▁peña ▁de ▁R im m ón , ▁y ▁ l l am áronlo s ▁en ▁paz .
▁Y ▁volvieron ▁entonces ▁los ▁de ▁Benjamín ; ▁y ▁d iéronle s ▁por ▁mujeres ▁las ▁que ▁habían ▁guard ado ▁viva s ▁de ▁las ▁mujeres ▁de ▁Jabes - ga la ad ▁ : ▁mas ▁no ▁les ▁ba st aron ▁é st as .
▁Y ▁el ▁pueblo ▁tuvo ▁do l or ▁á ▁causa ▁de ▁Benjamín , ▁de ▁que ▁Jehová ▁ hu bi e se ▁hecho ▁me l la ▁en ▁las ▁tribu s ▁de ▁Israel .
▁Entonces ▁los ▁ancianos ▁de ▁la ▁congregación ▁dijeron : ▁¿ Qué ▁ha remos ▁acerca ▁de ▁mujeres ▁para ▁los ▁que ▁han ▁que d ado ? ▁Porque ▁el ▁se x o ▁de ▁las ▁mujeres ▁había ▁sido ▁ ra í do ▁de ▁Benjamín .
▁Y ▁dijeron : ▁La ▁heredad ▁de ▁los ▁que ▁han ▁es ca p ado ▁ha ▁de ▁ser ▁lo ▁que ▁era ▁de ▁Benjamín , ▁por que ▁no ▁sea ▁una ▁tribu ▁ ra í da ▁de ▁Israel .
▁No s o t ro s ▁ e mpero , ▁no ▁les ▁pod emos ▁dar ▁mujeres ▁de ▁nuestra s ▁hijas , ▁por que ▁los ▁hijos ▁de ▁Israel ▁han ▁ j ur ado , ▁diciendo : ▁M aldito ▁el ▁que ▁die re ▁mujer ▁á ▁Benjamín .
▁Y ▁man d aron ▁á ▁los ▁hijos ▁de ▁Benjamín , ▁diciendo : ▁I d , ▁y ▁pon ed ▁ em b os cada ▁en ▁las ▁viña s :
▁Entonces ▁los ▁hijos ▁de ▁Israel ▁se ▁fueron ▁también ▁de ▁allí , ▁ cada ▁uno ▁á ▁su ▁tribu ▁y ▁á ▁su ▁familia , ▁sal iendo ▁de ▁allí ▁ cada ▁uno ▁á ▁su ▁heredad .
▁En ▁estos ▁días ▁no ▁había ▁rey ▁en ▁Israel : ▁ cada ▁uno ▁hacía ▁lo ▁rec to ▁delante ▁de ▁sus ▁ojos .
▁Y ▁murió ▁Eli me le ch , ▁marido ▁de ▁No e mi , ▁y ▁quedó ▁ella ▁con ▁sus ▁dos ▁hijos ;
▁Lo s ▁cuales ▁tomaron ▁para ▁sí ▁mujeres ▁de ▁Moab , ▁el ▁nombre ▁de ▁la ▁una ▁O r ph a , ▁y ▁el ▁nombre ▁de ▁la ▁otra ▁R u th ; ▁y ▁habita ron ▁allí ▁uno s ▁diez ▁años .
▁Y ▁mu r ieron ▁también ▁los ▁dos , ▁Ma h al ón ▁y ▁Che li ón , ▁que d ando ▁así ▁la ▁mujer ▁de s am para da ▁de ▁sus ▁dos ▁hijos ▁y ▁de ▁su ▁marido .
▁Entonces ▁se ▁levant ó ▁con ▁sus ▁ n ue ra s , ▁y ▁volvió se ▁de ▁los ▁campo s ▁de ▁Moab : ▁por que ▁oyó ▁en ▁el ▁campo ▁de ▁Moab ▁que ▁Jehová ▁había ▁visit ado ▁á ▁su ▁pueblo ▁para ▁dar les ▁pan .
▁Sal ió ▁pues ▁del ▁lugar ▁don de ▁había ▁esta do , ▁y ▁con ▁ella ▁sus ▁dos ▁ n ue ra s , ▁y ▁come n z aron ▁á ▁ca mi n ar ▁para ▁volver se ▁á ▁la ▁tierra ▁de ▁Judá .
▁ D é os ▁Jehová ▁que ▁ha l l éis ▁de s ca n s o , ▁ cada ▁una ▁en ▁casa ▁de ▁su ▁marido : ▁be s ó la s ▁luego , ▁y ▁ella s ▁llora ron ▁á ▁voz ▁en ▁gr i to .
▁Y ▁dijéronle : ▁C iertamente ▁no s o tra s ▁volver emos ▁contigo ▁á ▁tu ▁pueblo .
▁Mas ▁ella s ▁al z ando ▁otra ▁vez ▁su ▁voz , ▁llora ron : ▁y ▁O r ph a ▁be s ó ▁á ▁su ▁su e g ra , ▁mas ▁R u th ▁se ▁quedó ▁con ▁ella .
▁Y ▁No e mi ▁dijo : ▁He ▁aquí ▁tu ▁cu ñ ada ▁se ▁ha ▁vuelto ▁á ▁su ▁pueblo ▁y ▁á ▁sus ▁dioses ; ▁ v u é l v e te ▁tú ▁tras ▁ella .
▁Do n de ▁tú ▁mu r iere s , ▁mor i ré ▁yo , ▁y ▁allí ▁se ré ▁sepulta da : ▁así ▁me ▁haga ▁Jehová , ▁y ▁así ▁me ▁d é , ▁que ▁s ólo ▁la ▁muerte ▁hará ▁se para ción ▁entre ▁mí ▁y ▁ti .
▁Y ▁ viendo ▁No e mi ▁que ▁estaba ▁ t an ▁re s ue l ta ▁á ▁ir ▁con ▁ella , ▁de j ó ▁de ▁hablar le .
▁Y ▁ella ▁les ▁respond ía : ▁No ▁me ▁ l l am éis ▁No e mi , ▁sin o ▁ l la ma d me ▁Ma ra : ▁por que ▁en ▁grande ▁am ar gu ra ▁me ▁ha ▁puesto ▁el ▁Todo p o d eros o .
▁Y ▁T E N Í A ▁No e mi ▁un ▁par iente ▁de ▁su ▁marido , ▁varón ▁pod eros o ▁y ▁de ▁hecho , ▁de ▁la ▁familia ▁de ▁Eli me le ch , ▁el ▁cual ▁se ▁llamaba ▁B o o z .
▁Y ▁he ▁aquí ▁que ▁B o o z ▁vino ▁de ▁Beth - lehem , ▁y ▁dijo ▁á ▁los ▁seg ado res : ▁Jehová ▁sea ▁con ▁vosotros . ▁Y ▁ellos ▁respondieron : ▁Jehová ▁te ▁be n di ga .
▁Y ▁B o o z ▁dijo ▁á ▁su ▁criado ▁el ▁sobre st an te ▁de ▁los ▁seg ado res : ▁¿ C ú y a ▁es ▁esta ▁mo za ?
▁Y ▁el ▁criado , ▁sobre st an te ▁de ▁los ▁seg ado res , ▁respondió ▁y ▁dijo : ▁E s ▁la ▁mo za ▁de ▁Moab , ▁que ▁volvió ▁con ▁No e mi ▁de ▁los ▁campo s ▁de ▁Moab ;
▁Jehová ▁ ga l ar do n e ▁tu ▁obra , ▁y ▁tu ▁re m un er ación ▁sea ▁llena ▁por ▁Jehová ▁Dios ▁de ▁Israel , ▁que ▁has ▁venido ▁para ▁cu b ri r te ▁debajo ▁de ▁sus ▁al as .
▁Levant óse ▁luego ▁para ▁es p i gar . ▁Y ▁B o o z ▁mandó ▁á ▁sus ▁criado s , ▁diciendo : ▁C o ja ▁también ▁es p i ga s ▁entre ▁las ▁ ga vi l la s , ▁y ▁no ▁la ▁a ver g on c éis ;
▁A n te s ▁echa réis ▁á ▁s a bi en das ▁de ▁los ▁mano jo s , ▁y ▁la ▁dejar éis ▁que ▁co ja , ▁y ▁no ▁la ▁re p re nd áis .
▁Y ▁es p i g ó ▁en ▁el ▁campo ▁hast a ▁la ▁tarde , ▁y ▁de s g ra n ó ▁lo ▁que ▁había ▁co g ido , ▁y ▁fué ▁ como ▁un ▁ e ph a ▁de ▁ ce b ada .
▁Y ▁R u th ▁Moab ita ▁dijo : ▁A ▁más ▁de ▁esto ▁me ▁ha ▁dicho : ▁ J ún ta te ▁con ▁mis ▁criado s , ▁hast a ▁que ▁haya n ▁acaba do ▁toda ▁mi ▁si e ga .
▁Y ▁No e mi ▁respondió ▁á ▁R u th ▁su ▁ n ue ra : ▁Me jo r ▁es , ▁hija ▁mí a , ▁que ▁sal ga s ▁con ▁sus ▁c ri ada s , ▁que ▁no ▁que ▁te ▁en cu en t re n ▁en ▁otro ▁campo .
▁Y ▁ D Í J O L E ▁su ▁su e g ra ▁No e mi : ▁Hi ja ▁mí a , ▁¿ no ▁te ▁ten go ▁de ▁busca r ▁de s ca n s o , ▁que ▁te ▁sea ▁bueno ?
▁¿ No ▁es ▁B o o z ▁nuestro ▁par iente , ▁con ▁cu y as ▁mo za s ▁tú ▁has ▁esta do ? ▁He ▁aquí ▁que ▁él ▁a vi enta ▁esta ▁noche ▁la ▁par v a ▁de ▁las ▁ ce ba das .
▁Y ▁le ▁respondió : ▁Ha ré ▁todo ▁lo ▁que ▁tú ▁me ▁man da res .
▁De s ce nd ió ▁pues ▁á ▁la ▁era , ▁é ▁hizo ▁todo ▁lo ▁que ▁su ▁su e g ra ▁le ▁había ▁mandado .
▁Y ▁aconteció , ▁que ▁á ▁la ▁media ▁noche ▁se ▁es t re me ció ▁aquel ▁hombre , ▁y ▁pa l p ó : ▁y ▁he ▁aquí , ▁la ▁mujer ▁que ▁estaba ▁a co st ada ▁á ▁sus ▁pie s .
▁Entonces ▁él ▁dijo : ▁¿ Quién ▁eres ? ▁Y ▁ella ▁respondió : ▁Yo ▁soy ▁R u th ▁tu ▁sierva : ▁ex t i en de ▁el ▁bo r de ▁de ▁tu ▁ca pa ▁sobre ▁tu ▁sierva , ▁por ▁cuanto ▁eres ▁par iente ▁cerca no .
▁Ahora ▁pues , ▁no ▁tem as , ▁hija ▁mí a : ▁yo ▁haré ▁contigo ▁lo ▁que ▁tú ▁dijere s , ▁pues ▁que ▁toda ▁la ▁puerta ▁de ▁mi ▁pueblo ▁sabe ▁que ▁eres ▁mujer ▁vi r tu os a .
▁Y ▁ahora , ▁aun que ▁es ▁cierto ▁que ▁yo ▁soy ▁par iente ▁cerca no , ▁con ▁todo ▁es o ▁hay ▁par iente ▁más ▁cerca no ▁que ▁yo .
▁Y ▁después ▁que ▁re p os ó ▁á ▁sus ▁pie s ▁hast a ▁la ▁mañana , ▁levant óse , ▁antes ▁que ▁nadie ▁pu di e se ▁conoc er ▁á ▁otro . ▁Y ▁él ▁dijo : ▁No ▁se ▁se pa ▁que ▁haya ▁venido ▁mujer ▁á ▁la ▁era .
▁As í ▁que ▁vino ▁á ▁su ▁su e g ra , ▁é s ta ▁le ▁dijo : ▁¿ Qué ▁pues , ▁hija ▁mí a ? ▁Y ▁declar ó le ▁ella ▁todo ▁lo ▁que ▁con ▁aquel ▁varón ▁le ▁había ▁a co n te c ido .
▁Y ▁dijo : ▁Esta s ▁se is ▁me di das ▁de ▁ ce b ada ▁me ▁dió , ▁di ci é ndo me : ▁Porque ▁no ▁vaya s ▁va c ía ▁á ▁tu ▁su e g ra .
▁Entonces ▁No e mi ▁dijo : ▁Re p os a , ▁hija ▁mí a , ▁hast a ▁que ▁se pa s ▁ cómo ▁ca e ▁la ▁cosa : ▁por que ▁aquel ▁hombre ▁no ▁para rá ▁hast a ▁que ▁hoy ▁con c l u y a ▁el ▁negocio .
▁Entonces ▁él ▁tomó ▁diez ▁varones ▁de ▁los ▁ancianos ▁de ▁la ▁ciudad , ▁y ▁dijo : ▁S enta os ▁aquí . ▁Y ▁ellos ▁se ▁ sentaron .
▁Luego ▁dijo ▁al ▁par iente : ▁No e mi , ▁que ▁ha ▁vuelto ▁del ▁campo ▁de ▁Moab , ▁ven de ▁una ▁parte ▁de ▁las ▁tierra s ▁que ▁tuvo ▁nuestro ▁hermano ▁Eli me le ch ;
▁Y ▁respondió ▁el ▁par iente : ▁No ▁pu ed o ▁re d im ir ▁por ▁mi ▁parte , ▁por que ▁echar ía ▁á ▁per der ▁mi ▁heredad : ▁re di me ▁tú ▁us ando ▁de ▁mi ▁derecho , ▁por que ▁yo ▁no ▁pod ré ▁re d im ir .
▁Entonces ▁el ▁par iente ▁dijo ▁á ▁B o o z : ▁T ó ma lo ▁tú . ▁Y ▁de s ca l z ó ▁su ▁ za pa to .
▁Y ▁de ▁la ▁simiente ▁que ▁Jehová ▁te ▁die re ▁de ▁a que s ta ▁mo za , ▁sea ▁tu ▁casa ▁ como ▁la ▁casa ▁de ▁P h are s , ▁al ▁que ▁parió ▁Tha m ar ▁á ▁Judá .
▁B o o z ▁pues ▁tomó ▁á ▁R u th , ▁y ▁ella ▁fué ▁su ▁mujer ; ▁y ▁luego ▁que ▁entr ó ▁á ▁ella , ▁Jehová ▁le ▁dió ▁que ▁con ci bi e se ▁y ▁par i e se ▁un ▁hijo .
▁Y ▁las ▁mujeres ▁decía n ▁á ▁No e mi : ▁Lo ado ▁sea ▁Jehová , ▁que ▁hizo ▁que ▁no ▁te ▁falta se ▁hoy ▁par iente , ▁cu y o ▁nombre ▁será ▁no m bra do ▁en ▁Israel .
▁Y ▁toma ndo ▁No e mi ▁el ▁hijo , ▁púsolo ▁en ▁su ▁re ga zo , ▁y ▁fué le ▁su ▁a ma .
▁Y ▁las ▁ve ci n as ▁diciendo , ▁A ▁No e mi ▁ha ▁nac ido ▁un ▁hijo , ▁le ▁pusier on ▁nombre ; ▁y ▁ l l am áronle ▁O b ed . ▁Este ▁es ▁padre ▁de ▁Isaí , ▁padre ▁de ▁David .
▁Y ▁esta s ▁son ▁las ▁generaciones ▁de ▁P h are s : ▁P h are s ▁engendró ▁á ▁He s r ón ;
▁Y ▁He s r ón ▁engendró ▁á ▁R am , ▁y ▁R am ▁engendró ▁á ▁A mi n ada b ;
▁Y ▁A mi n ada b ▁engendró ▁á ▁N ah as ón , ▁y ▁N ah as ón ▁engendró ▁á ▁Sal m ón ;
▁Y ▁Sal m ón ▁engendró ▁á ▁B o o z , ▁y ▁B o o z ▁engendró ▁á ▁O b ed ;
▁Y ▁O b ed ▁engendró ▁á ▁Isaí , ▁é ▁Isaí ▁engendró ▁á ▁David .
▁Y ▁tenía ▁él ▁dos ▁mujeres ; ▁el ▁nombre ▁de ▁la ▁una ▁era ▁A n n a , ▁y ▁el ▁nombre ▁de ▁la ▁otra ▁P en in n a . ▁Y ▁P en in n a ▁tenía ▁hijos , ▁mas ▁A n n a ▁no ▁los ▁tenía .
▁Y ▁cuando ▁venía ▁el ▁día , ▁El ca n a ▁sacrific aba , ▁y ▁d aba ▁á ▁P en in n a ▁su ▁mujer , ▁y ▁á ▁todos ▁sus ▁hijos ▁y ▁á ▁todas ▁sus ▁hijas , ▁á ▁ cada ▁uno ▁su ▁parte .
▁Mas ▁á ▁A n n a ▁d aba ▁una ▁parte ▁es co g i da ; ▁por que ▁am aba ▁á ▁A n n a , ▁aun que ▁Jehová ▁había ▁ cer r ado ▁su ▁ ma t ri z .
▁Y ▁su ▁com pe t ido ra ▁la ▁ir ri t aba , ▁enoj ándo la ▁y ▁entr iste ci é ndo la , ▁por que ▁Jehová ▁había ▁ cer r ado ▁su ▁ ma t ri z .
▁Y ▁así ▁hacía ▁ cada ▁año : ▁cuando ▁subía ▁á ▁la ▁casa ▁de ▁Jehová , ▁enoj aba ▁así ▁á ▁la ▁otra ; ▁por ▁lo ▁cual ▁ella ▁llora ba , ▁y ▁no ▁com ía .
▁Y ▁levant óse ▁A n n a ▁después ▁que ▁hubo ▁com ido ▁y ▁be b ido ▁en ▁Si lo ; ▁y ▁mi en tra s ▁el ▁sacerdote ▁Eli ▁estaba ▁sent ado ▁en ▁una ▁si l la ▁junto ▁á ▁un ▁pi l ar ▁del ▁templo ▁de ▁Jehová ,
▁El la ▁con ▁am ar gu ra ▁de ▁alma ▁or ó ▁á ▁Jehová , ▁y ▁lloró ▁a b un d an te mente .
▁Y ▁fué ▁que ▁ como ▁ella ▁or a se ▁la r g amente ▁delante ▁de ▁Jehová , ▁Eli ▁estaba ▁ob serv ando ▁la ▁boca ▁de ▁ella .
▁Mas ▁A n n a ▁habla ba ▁en ▁su ▁corazón , ▁y ▁solamente ▁se ▁mo v ían ▁sus ▁la bi os , ▁y ▁su ▁voz ▁no ▁se ▁ o ía ; ▁y ▁tú v o la ▁Eli ▁por ▁bo r ra ch a .
▁Entonces ▁le ▁dijo ▁Eli : ▁¿ H as ta ▁cu ándo ▁estará s ▁bo r ra ch a ? ; ▁di g iere ▁tu ▁vino .
▁No ▁ten ga s ▁á ▁tu ▁sierva ▁por ▁una ▁mujer ▁imp ía : ▁por que ▁por ▁la ▁ ma g n i t ud ▁de ▁mis ▁con go ja s ▁y ▁de ▁mi ▁a f li c ción ▁he ▁hablado ▁hast a ▁ahora .
▁Y ▁Eli ▁respondió , ▁y ▁dijo : ▁Ve ▁en ▁paz , ▁y ▁el ▁Dios ▁de ▁Israel ▁te ▁ o to r gu e ▁la ▁pe t i ción ▁que ▁le ▁has ▁hecho .
▁Y ▁ella ▁dijo : ▁Ha l le ▁tu ▁sierva ▁gracia ▁delante ▁de ▁tu s ▁ojos . ▁Y ▁fué se ▁la ▁mujer ▁su ▁camino , ▁y ▁com ió , ▁y ▁no ▁estuv o ▁más ▁ t r iste .
▁Y ▁fué ▁que ▁cor r ido ▁el ▁tiempo , ▁después ▁de ▁haber ▁con ce b ido ▁A n n a , ▁parió ▁un ▁hijo , ▁y ▁p ú s o le ▁por ▁nombre ▁Samuel , ▁diciendo : ▁Por ▁cuanto ▁lo ▁de man d é ▁á ▁Jehová .
▁Después ▁subió ▁el ▁varón ▁El ca n a , ▁con ▁toda ▁su ▁familia , ▁á ▁sacrific ar ▁á ▁Jehová ▁el ▁sacrificio ▁a co st umb r ado , ▁y ▁su ▁voto .
▁Y ▁mata ndo ▁el ▁becerro , ▁tra je ron ▁el ▁niño ▁á ▁Eli .
▁Y ▁ella ▁dijo : ▁ ¡ O h , ▁señor ▁mío ! ▁vi v e ▁tu ▁alma , ▁señor ▁mío , ▁yo ▁soy ▁aquella ▁mujer ▁que ▁estuv o ▁aquí ▁junto ▁á ▁ti ▁or ando ▁á ▁Jehová .
▁Por ▁este ▁niño ▁or aba , ▁y ▁Jehová ▁me ▁dió ▁lo ▁que ▁le ▁p ed í .
▁Yo ▁pues ▁le ▁ v ue l v o ▁también ▁á ▁Jehová : ▁todos ▁los ▁días ▁que ▁vi vier e , ▁será ▁de ▁Jehová . ▁Y ▁a dor ó ▁allí ▁á ▁Jehová .
▁No ▁hay ▁santo ▁ como ▁Jehová : ▁por que ▁no ▁hay ▁ninguno ▁fuera ▁de ▁ti ; ▁y ▁no ▁hay ▁re f u g i o ▁ como ▁el ▁Dios ▁nuestro .
▁Lo s ▁ar co s ▁de ▁los ▁fuerte s ▁fueron ▁que bra do s , ▁y ▁los ▁f la co s ▁se ▁ ci ñ e ron ▁de ▁fortaleza .
▁Jehová ▁mata , ▁y ▁él ▁da ▁vida : ▁él ▁ha ce ▁descend er ▁al ▁se p u l c ro , ▁y ▁ha ce ▁subir .
▁Jehová ▁emp o bre ce , ▁y ▁él ▁en ri que ce : ▁ aba te , ▁y ▁en s al za .
▁El ▁guarda ▁los ▁pie s ▁de ▁sus ▁santo s , ▁mas ▁los ▁imp í os ▁per e ce n ▁en ▁ti n i e b la s ; ▁por que ▁nadie ▁será ▁fuerte ▁por ▁su ▁fuerza .
▁Y ▁El ca n a ▁se ▁volvió ▁á ▁su ▁casa ▁en ▁Rama th a ; ▁y ▁el ▁niño ▁ministr aba ▁á ▁Jehová ▁delante ▁del ▁sacerdote ▁Eli .
▁Mas ▁los ▁hijos ▁de ▁Eli ▁era n ▁hombres ▁imp í os , ▁y ▁no ▁tenía n ▁conoc imiento ▁de ▁Jehová .
▁E ra ▁pues ▁el ▁pecado ▁de ▁los ▁mozo s ▁mu y ▁grande ▁delante ▁de ▁Jehová ; ▁por que ▁los ▁hombres ▁men os p re ci aban ▁los ▁sacrificio s ▁de ▁Jehová .
▁Y ▁el ▁ j ove n ▁Samuel ▁ministr aba ▁delante ▁de ▁Jehová , ▁vestido ▁de ▁un ▁ephod ▁de ▁lino .
▁Y ▁hacía le ▁su ▁madre ▁una ▁tú n i ca ▁pe que ñ a , ▁y ▁tra ía se la ▁ cada ▁año , ▁cuando ▁subía ▁con ▁su ▁marido ▁á ▁of re cer ▁el ▁sacrificio ▁a co st umb r ado .
▁Y ▁Eli ▁bendijo ▁á ▁El ca n a ▁y ▁á ▁su ▁mujer , ▁diciendo : ▁Jehová ▁te ▁d é ▁simiente ▁de ▁esta ▁mujer ▁en ▁lugar ▁de ▁esta ▁pe t i ción ▁que ▁hizo ▁á ▁Jehová . ▁Y ▁ v o l v iéronse ▁á ▁su ▁casa .
▁Y ▁visit ó ▁Jehová ▁á ▁A n n a , ▁y ▁con ci b ió , ▁y ▁parió ▁tres ▁hijos , ▁y ▁dos ▁hijas . ▁Y ▁el ▁ j ove n ▁Samuel ▁c re c ía ▁delante ▁de ▁Jehová .
▁Eli ▁ e mpero ▁era ▁mu y ▁viejo , ▁y ▁oyó ▁todo ▁lo ▁que ▁sus ▁hijos ▁hacía n ▁á ▁todo ▁Israel , ▁y ▁ como ▁do r m ían ▁con ▁las ▁mujeres ▁que ▁ve l aban ▁á ▁la ▁puerta ▁del ▁tabernáculo ▁del ▁testimonio .
▁Y ▁díjole s : ▁¿ Por ▁qué ▁ha c éis ▁cosas ▁se me ja n te s ? ▁Porque ▁yo ▁ o i go ▁de ▁todo ▁este ▁pueblo ▁vuestro s ▁mal os ▁pro ce de res .
▁No , ▁hijos ▁mío s ; ▁por que ▁no ▁es ▁buena ▁f a ma ▁la ▁que ▁yo ▁ o i go : ▁que ▁ha c éis ▁pecar ▁al ▁pueblo ▁de ▁Jehová .
▁Y ▁el ▁ j ove n ▁Samuel ▁iba ▁c re c iendo , ▁y ▁a de l an t ando ▁delante ▁de ▁Dios ▁y ▁delante ▁de ▁los ▁hombres .
▁Y ▁vino ▁un ▁varón ▁de ▁Dios ▁á ▁Eli , ▁y ▁díjole : ▁As í ▁ha ▁dicho ▁Jehová : ▁¿ No ▁me ▁man i f est é ▁yo ▁c l ar amente ▁á ▁la ▁casa ▁de ▁tu ▁padre , ▁cuando ▁estaban ▁en ▁Egipto ▁en ▁casa ▁de ▁Faraón ?
▁He ▁aquí ▁viene n ▁días , ▁en ▁que ▁cor t aré ▁tu ▁brazo , ▁y ▁el ▁brazo ▁de ▁la ▁casa ▁de ▁tu ▁padre , ▁que ▁no ▁haya ▁viejo ▁en ▁tu ▁casa .
▁Y ▁ve rás ▁com pe t ido r ▁en ▁el ▁tabernáculo , ▁en ▁todas ▁las ▁cosas ▁en ▁que ▁hiciere ▁bien ▁á ▁Israel ; ▁y ▁en ▁ ning ún ▁tiempo ▁habrá ▁viejo ▁en ▁tu ▁casa .
▁Y ▁te ▁será ▁por ▁señal ▁esto ▁que ▁a co n te ce rá ▁á ▁tu s ▁dos ▁hijos , ▁O ph n i ▁y ▁P h in e es : ▁ambos ▁morirá n ▁en ▁un ▁día .
▁Y ▁E L ▁ j ove n ▁Samuel ▁ministr aba ▁á ▁Jehová ▁delante ▁de ▁Eli : ▁y ▁la ▁palabra ▁de ▁Jehová ▁era ▁de ▁es t im a ▁en ▁aquello s ▁días ; ▁no ▁había ▁vi s ió n ▁man i f i est a .
▁Y ▁aconteció ▁un ▁día , ▁que ▁esta ndo ▁Eli ▁a co st ado ▁en ▁su ▁ap os en to , ▁cuando ▁sus ▁ojos ▁come n z aban ▁á ▁os cu re cer se , ▁que ▁no ▁pod ía ▁ver ,
▁Samuel ▁estaba ▁d ur m iendo ▁en ▁el ▁templo ▁de ▁Jehová , ▁don de ▁el ▁arca ▁de ▁Dios ▁estaba : ▁y ▁antes ▁que ▁la ▁ l á m para ▁de ▁Dios ▁fuese ▁a pa g ada ,
▁Jehová ▁llamó ▁á ▁Samuel ; ▁y ▁él ▁respondió : ▁He me ▁aquí .
▁Y ▁Samuel ▁no ▁había ▁conoc ido ▁a ún ▁á ▁Jehová , ▁ni ▁la ▁palabra ▁de ▁Jehová ▁le ▁había ▁sido ▁re v el ada .
▁Y ▁vino ▁Jehová , ▁y ▁par óse , ▁y ▁llamó ▁ como ▁las ▁otra s ▁veces : ▁ ¡ S am ue l , ▁Samuel ! ▁Entonces ▁Samuel ▁dijo : ▁Habla , ▁que ▁tu ▁siervo ▁ o y e .
▁Y ▁Jehová ▁dijo ▁á ▁Samuel : ▁He ▁aquí ▁haré ▁yo ▁una ▁cosa ▁en ▁Israel , ▁que ▁á ▁quien ▁la ▁ o y er e , ▁le ▁re t i ñ irá n ▁ambos ▁oído s .
▁A que l ▁día ▁yo ▁de s per t aré ▁contra ▁Eli ▁todas ▁las ▁cosas ▁que ▁he ▁dicho ▁sobre ▁su ▁casa . ▁En ▁come n z ando , ▁acaba ré ▁también .
▁Y ▁most r aré le ▁que ▁yo ▁juzg aré ▁su ▁casa ▁para ▁siempre , ▁por ▁la ▁iniquidad ▁que ▁él ▁sabe ; ▁por que ▁sus ▁hijos ▁se ▁han ▁en vi le c ido , ▁y ▁él ▁no ▁los ▁ha ▁esto r b ado .
▁Y ▁por ▁tanto ▁yo ▁he ▁ j ur ado ▁á ▁la ▁casa ▁de ▁Eli , ▁que ▁la ▁iniquidad ▁de ▁la ▁casa ▁de ▁Eli ▁no ▁será ▁ex p i ada ▁ ja m ás ▁ , ▁ni ▁con ▁sacrificio s ▁ni ▁con ▁presente s .
▁Y ▁Samuel ▁estuv o ▁a co st ado ▁hast a ▁la ▁mañana , ▁y ▁abr ió ▁las ▁puerta s ▁de ▁la ▁casa ▁de ▁Jehová . ▁Y ▁Samuel ▁tem ía ▁descubr ir ▁la ▁vi s ió n ▁á ▁Eli .
▁L l am ando ▁pues ▁Eli ▁á ▁Samuel , ▁díjole : ▁Hi jo ▁mío , ▁Samuel . ▁Y ▁él ▁respondió : ▁He me ▁aquí .
▁Y ▁Samuel ▁se ▁lo ▁man i f est ó ▁todo ▁ , ▁sin ▁en cu b ri r le ▁nada . ▁Entonces ▁él ▁dijo : ▁Jehová ▁es ; ▁haga ▁lo ▁que ▁bien ▁le ▁pareciere .
▁Y ▁Samuel ▁c re ció , ▁y ▁Jehová ▁fué ▁con ▁él , ▁y ▁no ▁de j ó ▁ca er ▁á ▁tierra ▁ninguna ▁de ▁sus ▁palabras .
▁Y ▁conoc ió ▁todo ▁Israel ▁de s de ▁Dan ▁hast a ▁Beer - se b ah , ▁que ▁Samuel ▁era ▁f i el ▁profeta ▁de ▁Jehová .
▁As í ▁torn ó ▁Jehová ▁á ▁ap are cer ▁en ▁Si lo : ▁por que ▁Jehová ▁se ▁man i f est ó ▁á ▁Samuel ▁en ▁Si lo ▁con ▁palabra ▁de ▁Jehová .
▁Y ▁los ▁Filisteos ▁present aron ▁la ▁batalla ▁á ▁Israel ; ▁y ▁tra b ándose ▁el ▁com ba te , ▁Israel ▁fué ▁ven c ido ▁delante ▁de ▁los ▁Filisteos , ▁los ▁cuales ▁hirieron ▁en ▁la ▁batalla ▁por ▁el ▁campo ▁ como ▁cuatro ▁mil ▁hombres .
▁Y ▁aconteció ▁que , ▁ como ▁el ▁arca ▁del ▁pacto ▁de ▁Jehová ▁vino ▁al ▁campo , ▁todo ▁Israel ▁dió ▁gr ita ▁con ▁ t an ▁gran ▁ j ú bi lo , ▁que ▁la ▁tierra ▁tem b l ó .
▁Y ▁los ▁Filisteos ▁ tuvieron ▁mi ed o , ▁por que ▁decía n : ▁Ha ▁venido ▁Dios ▁al ▁campo . ▁Y ▁dijeron : ▁ ¡ A y ▁de ▁nosotros ! ▁pues ▁antes ▁de ▁ahora ▁no ▁fué ▁así .
▁ ¡ A y ▁de ▁nosotros ! ▁¿ Quién ▁no s ▁libr ará ▁de ▁las ▁manos ▁de ▁estos ▁dioses ▁fuerte s ? ▁Estos ▁son ▁los ▁dioses ▁que ▁hirieron ▁á ▁Egipto ▁con ▁toda ▁plaga ▁en ▁el ▁desierto .
▁E s for za os , ▁ o h ▁Filisteos , ▁y ▁se d ▁hombres , ▁por que ▁no ▁sirv áis ▁á ▁los ▁He bre os , ▁ como ▁ellos ▁os ▁han ▁ serv ido ▁á ▁vosotros : ▁se d ▁hombres , ▁y ▁pe le ad .
▁Y ▁el ▁arca ▁de ▁Dios ▁fué ▁toma da , ▁y ▁muerto s ▁los ▁dos ▁hijos ▁de ▁Eli , ▁O ph n i ▁y ▁P h in e es .
▁Y ▁cor r iendo ▁de ▁la ▁batalla ▁un ▁hombre ▁de ▁Benjamín , ▁vino ▁aquel ▁día ▁á ▁Si lo , ▁ ro to s ▁sus ▁vestidos ▁y ▁tierra ▁sobre ▁su ▁cabeza :
▁E ra ▁y a ▁Eli ▁de ▁edad ▁de ▁no v enta ▁y ▁oc h o ▁años , ▁y ▁sus ▁ojos ▁se ▁habían ▁en t en e b recido , ▁de ▁mo do ▁que ▁no ▁pod ía ▁ver .
▁Di jo ▁pues ▁aquel ▁hombre ▁á ▁Eli : ▁Yo ▁ven go ▁de ▁la ▁batalla , ▁yo ▁he ▁es ca p ado ▁hoy ▁del ▁com ba te . ▁Y ▁él ▁dijo : ▁¿ Qué ▁ha ▁a co n te c ido , ▁hijo ▁mío ?
▁Y ▁al ▁tiempo ▁que ▁se ▁mor ía , ▁decía n le ▁las ▁que ▁estaban ▁junto ▁á ▁ella : ▁No ▁ten ga s ▁tem or , ▁por que ▁has ▁par ido ▁un ▁hijo . ▁Mas ▁ella ▁no ▁respondió , ▁ni ▁par ó ▁mi ente s .
▁Y ▁llamó ▁al ▁niño ▁I ch â b o d , ▁diciendo : ▁ ¡ T ra s pa s ada ▁es ▁la ▁gloria ▁de ▁Israel ! ▁por ▁el ▁arca ▁de ▁Dios ▁que ▁fué ▁toma da , ▁y ▁por que ▁era ▁muerto ▁su ▁suegro , ▁y ▁su ▁marido .
▁Di jo ▁pues : ▁T ra s pa s ada ▁es ▁la ▁gloria ▁de ▁Israel : ▁por que ▁el ▁arca ▁de ▁Dios ▁fué ▁toma da .
▁Y ▁L O S ▁Filisteos , ▁toma da ▁el ▁arca ▁de ▁Dios , ▁tra j é ron la ▁de s de ▁E b en - ezer ▁á ▁As do d .
▁Y ▁tomaron ▁los ▁Filisteos ▁el ▁arca ▁de ▁Dios , ▁y ▁me t i é ron la ▁en ▁la ▁casa ▁de ▁Da g ón , ▁y ▁pu s i é ron la ▁junto ▁á ▁Da g ón .
▁Por ▁esta ▁causa ▁los ▁sacerdote s ▁de ▁Da g ón , ▁y ▁todos ▁los ▁que ▁en ▁el ▁templo ▁de ▁Da g ón ▁entr an , ▁no ▁pi s an ▁el ▁ umb ra l ▁de ▁Da g ón ▁en ▁As do d , ▁hast a ▁hoy .
▁E mpero ▁a g ra v óse ▁la ▁mano ▁de ▁Jehová ▁sobre ▁los ▁de ▁As do d , ▁y ▁de st r u y ólo s , ▁é ▁hirió los ▁con ▁he mo r ro id es ▁en ▁As do d ▁y ▁en ▁todos ▁sus ▁término s .
▁Y ▁los ▁que ▁no ▁mor ían , ▁era n ▁her ido s ▁de ▁he mo r ro id es ; ▁y ▁el ▁c l am or ▁de ▁la ▁ciudad ▁subía ▁al ▁cielo .
▁Y ▁E S T U V O ▁el ▁arca ▁de ▁Jehová ▁en ▁la ▁tierra ▁de ▁los ▁Filisteos ▁siete ▁me se s .
▁Entonces ▁los ▁Filisteos , ▁ l l am ando ▁los ▁sacerdote s ▁y ▁a di vi nos , ▁pregunta ron : ▁¿ Qué ▁ha remos ▁del ▁arca ▁de ▁Jehová ? ▁De c l ar ad nos ▁ cómo ▁la ▁he mos ▁de ▁torn ar ▁á ▁enviar ▁á ▁su ▁lugar .
▁Y ▁aquello s ▁hombres ▁lo ▁hicieron ▁así ; ▁pues ▁toma ndo ▁dos ▁vacas ▁que ▁c ri aban , ▁un ci é ron la s ▁al ▁carro , ▁y ▁en cer r aron ▁en ▁casa ▁sus ▁becerro s .
▁Luego ▁pusier on ▁el ▁arca ▁de ▁Jehová ▁sobre ▁el ▁carro , ▁y ▁la ▁ca ja ▁con ▁los ▁ ra to n es ▁de ▁oro ▁y ▁con ▁las ▁for ma s ▁de ▁sus ▁he mo r ro id es .
▁Y ▁los ▁de ▁Beth - se me s ▁seg aban ▁el ▁trigo ▁en ▁el ▁valle ; ▁y ▁al z ando ▁sus ▁ojos ▁vieron ▁el ▁arca , ▁y ▁ho l g áronse ▁cuando ▁la ▁vieron .
▁Lo ▁cual ▁ viendo ▁los ▁cinco ▁príncipes ▁de ▁los ▁Filisteos , ▁ v o l v iéronse ▁á ▁E crón ▁el ▁mismo ▁día .
▁Y ▁dijeron ▁los ▁de ▁Beth - se me s : ▁¿ Quién ▁pod rá ▁esta r ▁delante ▁de ▁Jehová ▁el ▁Dios ▁santo ? ▁¿ y ▁á ▁qu ién ▁subir á ▁de s de ▁nosotros ?
▁Y ▁enviar on ▁mensajero s ▁á ▁los ▁de ▁C h î ri ath - je ar im , ▁diciendo : ▁Lo s ▁Filisteos ▁han ▁vuelto ▁el ▁arca ▁de ▁Jehová : ▁descend ed ▁pues , ▁y ▁llev ad la ▁á ▁vosotros .
▁Y ▁aconteció ▁que ▁de s de ▁el ▁día ▁que ▁llegó ▁el ▁arca ▁á ▁C h î ri ath - je ar im ▁pasar on ▁mucho s ▁días , ▁veinte ▁años ; ▁y ▁toda ▁la ▁casa ▁de ▁Israel ▁la ment aba ▁en ▁pos ▁de ▁Jehová .
▁Entonces ▁los ▁hijos ▁de ▁Israel ▁quitar on ▁á ▁los ▁Baal es ▁y ▁á ▁As t ar oth , ▁y ▁sirv ieron ▁á ▁so lo ▁Jehová .
▁Y ▁Samuel ▁dijo : ▁ J un ta d ▁á ▁todo ▁Israel ▁en ▁Mizpa , ▁y ▁yo ▁or aré ▁por ▁vosotros ▁á ▁Jehová .
▁Y ▁dijeron ▁los ▁hijos ▁de ▁Israel ▁á ▁Samuel : ▁No ▁c es es ▁de ▁clama r ▁por ▁nosotros ▁á ▁Jehová ▁nuestro ▁Dios , ▁que ▁no s ▁guard e ▁de ▁mano ▁de ▁los ▁f il iste os .
▁Y ▁Samuel ▁tomó ▁un ▁cordero ▁de ▁le ch e , ▁y ▁sacrific ólo ▁enter o ▁á ▁Jehová ▁en ▁holocausto : ▁y ▁c l am ó ▁Samuel ▁á ▁Jehová ▁por ▁Israel , ▁y ▁Jehová ▁le ▁oyó .
▁Y ▁sal iendo ▁los ▁hijos ▁de ▁Israel ▁de ▁Mizpa , ▁siguie ron ▁á ▁los ▁Filisteos , ▁ h ir ién do los ▁hast a ▁ aba jo ▁de ▁Beth - c ar .
▁T om ó ▁luego ▁Samuel ▁una ▁piedra , ▁y ▁p ú s o la ▁entre ▁Mizpa ▁y ▁Se n , ▁y ▁p ú s o le ▁por ▁nombre ▁E b en - ezer , ▁diciendo : ▁Ha s ta ▁aquí ▁no s ▁a y ud ó ▁Jehová .
▁F ue ron ▁pues ▁los ▁Filisteos ▁ hu m ill ados , ▁que ▁no ▁vinieron ▁más ▁al ▁término ▁de ▁Israel ; ▁y ▁la ▁mano ▁de ▁Jehová ▁fué ▁contra ▁los ▁Filisteos ▁todo ▁el ▁tiempo ▁de ▁Samuel .
▁Y ▁juzg ó ▁Samuel ▁á ▁Israel ▁todo ▁el ▁tiempo ▁que ▁vivió .
▁Y ▁todos ▁los ▁años ▁iba ▁y ▁d aba ▁ v ue l ta ▁á ▁Beth - el , ▁y ▁á ▁Gilgal , ▁y ▁á ▁Mizpa , ▁y ▁juzg aba ▁á ▁Israel ▁en ▁todos ▁estos ▁lugar es .
▁ V o l v ía se ▁después ▁á ▁Rama , ▁por que ▁allí ▁estaba ▁su ▁casa , ▁y ▁allí ▁juzg aba ▁á ▁Israel ; ▁y ▁edificó ▁allí ▁altar ▁á ▁Jehová .
▁Y ▁A C O N T E C I Ó ▁que ▁ha b iendo ▁Samuel ▁en v e je c ido , ▁puso ▁sus ▁hijos ▁por ▁ j ue ce s ▁sobre ▁Israel .
▁Y ▁el ▁nombre ▁de ▁su ▁hijo ▁primogénito ▁fué ▁ J o el , ▁y ▁el ▁nombre ▁del ▁segundo , ▁Abi a : ▁fueron ▁ j ue ce s ▁en ▁Beer - se b ah .
▁Mas ▁no ▁and u vier on ▁los ▁hijos ▁por ▁los ▁camino s ▁de ▁su ▁padre , ▁antes ▁se ▁la de aron ▁tras ▁la ▁a v ar i ci a , ▁re ci b iendo ▁co h e ch o ▁y ▁per vi r t iendo ▁el ▁derecho .
▁Entonces ▁todos ▁los ▁ancianos ▁de ▁Israel ▁se ▁junt aron , ▁y ▁vinieron ▁á ▁Samuel ▁en ▁Rama ,
▁Y ▁de s co n t en t ó ▁á ▁Samuel ▁esta ▁palabra ▁que ▁dijeron : ▁Dan os ▁rey ▁que ▁no s ▁juzg ue . ▁Y ▁Samuel ▁or ó ▁á ▁Jehová .
▁Ahora ▁pues , ▁ o y e ▁su ▁voz : ▁mas ▁pro te s ta ▁contra ▁ellos ▁declar ándo les ▁el ▁derecho ▁del ▁rey ▁que ▁ha ▁de ▁reinar ▁sobre ▁ellos .
▁Y ▁dijo ▁Samuel ▁todas ▁las ▁palabras ▁de ▁Jehová ▁al ▁pueblo ▁que ▁le ▁había ▁p ed ido ▁rey .
▁Toma rá ▁también ▁vuestras ▁hijas ▁para ▁que ▁sea n ▁per f u ma dor as , ▁co ci n er as , ▁y ▁am as ado ra s .
▁A simismo ▁tomará ▁vuestras ▁tierra s , ▁vuestras ▁viña s , ▁y ▁vuestro s ▁bueno s ▁ o li v are s , ▁y ▁los ▁dará ▁á ▁sus ▁siervos .
▁El ▁diez m ará ▁vuestras ▁simiente s ▁y ▁vuestras ▁viña s , ▁para ▁dar ▁á ▁sus ▁ e un u co s ▁y ▁á ▁sus ▁siervos .
▁El ▁tomará ▁vuestro s ▁siervos , ▁y ▁vuestras ▁sierva s , ▁y ▁vuestro s ▁bueno s ▁mancebo s , ▁y ▁vuestro s ▁asno s , ▁y ▁con ▁ellos ▁hará ▁sus ▁obra s .
▁Di e z m ará ▁también ▁vuestro ▁re ba ñ o , ▁y ▁se réis ▁sus ▁siervos .
▁Y ▁clama réis ▁aquel ▁día ▁á ▁causa ▁de ▁vuestro ▁rey ▁que ▁os ▁ha b réis ▁el e g ido , ▁mas ▁Jehová ▁no ▁os ▁oir á ▁en ▁aquel ▁día .
▁E mpero ▁el ▁pueblo ▁no ▁quiso ▁oir ▁la ▁voz ▁de ▁Samuel ; ▁antes ▁dijeron : ▁No , ▁sin o ▁que ▁habrá ▁rey ▁sobre ▁nosotros :
▁Y ▁nosotros ▁se remos ▁también ▁ como ▁todas ▁las ▁gente s , ▁y ▁nuestro ▁rey ▁no s ▁go be rna rá , ▁y ▁saldrá ▁delante ▁de ▁nosotros , ▁y ▁hará ▁nuestra s ▁guerra s .
▁Y ▁oyó ▁Samuel ▁todas ▁las ▁palabras ▁del ▁pueblo , ▁y ▁re f ir ió la s ▁en ▁oído s ▁de ▁Jehová .
▁Y ▁Jehová ▁dijo ▁á ▁Samuel : ▁O y e ▁su ▁voz , ▁y ▁pon ▁rey ▁sobre ▁ellos . ▁Entonces ▁dijo ▁Samuel ▁á ▁los ▁varones ▁de ▁Israel : ▁I do s ▁ cada ▁uno ▁á ▁su ▁ciudad .
▁Entonces ▁torn ó ▁el ▁criado ▁á ▁respond er ▁á ▁Saúl , ▁diciendo : ▁He ▁aquí ▁se ▁halla ▁en ▁mi ▁mano ▁la ▁cu ar ta ▁parte ▁de ▁un ▁siclo ▁de ▁plata : ▁esto ▁daré ▁al ▁varón ▁de ▁Dios , ▁por que ▁no s ▁declar e ▁nuestro ▁camino .
▁Di jo ▁entonces ▁Saúl ▁á ▁su ▁criado : ▁B i en ▁di ce s ; ▁ e a ▁pues , ▁va mos . ▁Y ▁fueron ▁á ▁la ▁ciudad ▁don de ▁estaba ▁el ▁varón ▁de ▁Dios .
▁Y ▁cuando ▁subía n ▁por ▁la ▁cu est a ▁de ▁la ▁ciudad , ▁halla ron ▁una s ▁mo za s ▁que ▁sal ían ▁por ▁agua , ▁á ▁las ▁cuales ▁dijeron : ▁¿ E st á ▁en ▁este ▁lugar ▁el ▁vi d ente ?
▁El los ▁entonces ▁subieron ▁á ▁la ▁ciudad ; ▁y ▁cuando ▁en ▁medio ▁de ▁la ▁ciudad ▁es tuvieron , ▁he ▁aquí ▁Samuel ▁que ▁delante ▁de ▁ellos ▁sal ía ▁para ▁subir ▁al ▁al to .
▁Y ▁un ▁día ▁antes ▁que ▁Saúl ▁vi n i e se , ▁Jehová ▁había ▁re v el ado ▁al ▁oído ▁de ▁Samuel , ▁diciendo :
▁Y ▁luego ▁que ▁Samuel ▁vió ▁á ▁Saúl , ▁Jehová ▁le ▁dijo : ▁He ▁aquí ▁éste ▁es ▁el ▁varón ▁del ▁cual ▁te ▁ha b l é ; ▁éste ▁señor e ará ▁á ▁mi ▁pueblo .
▁Y ▁lleg ando ▁Saúl ▁á ▁Samuel ▁en ▁medio ▁de ▁la ▁puerta , ▁díjole : ▁Ruégote ▁que ▁me ▁en se ñ es ▁d ón de ▁está ▁la ▁casa ▁del ▁vi d ente .
▁Y ▁tra b ando ▁Samuel ▁de ▁Saúl ▁y ▁de ▁su ▁criado , ▁me t ió los ▁en ▁la ▁sal a , ▁y ▁dió les ▁lugar ▁á ▁la ▁ca be ce ra ▁de ▁los ▁con vi d ados , ▁que ▁era n ▁ como ▁uno s ▁treinta ▁hombres .
▁Y ▁dijo ▁Samuel ▁al ▁co ci n er o : ▁T ra e ▁a c á ▁la ▁por ción ▁que ▁te ▁d í , ▁la ▁cual ▁te ▁di je ▁que ▁guarda se s ▁apart e .
▁Y ▁cuando ▁ hu b ieron ▁descend ido ▁del ▁al to ▁á ▁la ▁ciudad , ▁él ▁habló ▁con ▁Saúl ▁en ▁el ▁te r r ado .
▁T O M A NDO ▁entonces ▁Samuel ▁una ▁am p o l la ▁de ▁aceite , ▁derram ó la ▁sobre ▁su ▁cabeza , ▁y ▁be s ólo , ▁y ▁díjole : ▁¿ No ▁te ▁ha ▁ungido ▁Jehová ▁por ▁capitán ▁sobre ▁su ▁heredad ?
▁Lo s ▁cuales , ▁luego ▁que ▁te ▁haya n ▁sal ud ado , ▁te ▁dará n ▁dos ▁pan es , ▁los ▁que ▁tomará s ▁de ▁manos ▁de ▁ellos .
▁Y ▁el ▁espíritu ▁de ▁Jehová ▁te ▁ar re ba t ará , ▁y ▁pro f e t i za rás ▁con ▁ellos , ▁y ▁será s ▁mu d ado ▁en ▁otro ▁hombre .
▁Y ▁cuando ▁te ▁hubiere n ▁sobre v en ido ▁esta s ▁señal es , ▁ha z ▁lo ▁que ▁te ▁vi n iere ▁á ▁la ▁mano , ▁por que ▁Dios ▁es ▁contigo .
▁Y ▁fué ▁que ▁así ▁ como ▁torn ó ▁él ▁su ▁ho m b ro ▁para ▁part ir se ▁de ▁Samuel , ▁mu d ó le ▁Dios ▁su ▁corazón ; ▁y ▁todas ▁esta s ▁señal es ▁a ca e c ieron ▁en ▁aquel ▁día .
▁Y ▁alguno ▁de ▁allí ▁respondió , ▁y ▁dijo : ▁¿ Y ▁qu ién ▁es ▁el ▁padre ▁de ▁ellos ? ▁Por ▁esta ▁causa ▁se ▁torn ó ▁en ▁prove r bi o : ▁¿ T ambién ▁Saúl ▁entre ▁los ▁profeta s ?
▁Y ▁c es ó ▁de ▁pro f e t i za r , ▁y ▁llegó ▁al ▁al to .
▁Y ▁dijo ▁el ▁ t í o ▁de ▁Saúl : ▁Yo ▁te ▁ruego ▁me ▁declar es ▁qué ▁os ▁dijo ▁Samuel .
▁Y ▁Saúl ▁respondió ▁á ▁su ▁ t í o : ▁De c l ar ón os ▁ex p res amente ▁que ▁las ▁as n as ▁habían ▁pa recido . ▁Mas ▁del ▁negocio ▁del ▁reino , ▁de ▁que ▁Samuel ▁le ▁había ▁hablado , ▁no ▁le ▁descubr ió ▁nada .
▁Y ▁Samuel ▁con v o c ó ▁el ▁pueblo ▁á ▁Jehová ▁en ▁Mizpa ;
▁Y ▁ha c iendo ▁all e gar ▁Samuel ▁todas ▁las ▁tribu s ▁de ▁Israel , ▁fué ▁toma da ▁la ▁tribu ▁de ▁Benjamín .
▁E ▁hizo ▁llegar ▁la ▁tribu ▁de ▁Benjamín ▁por ▁sus ▁li n a je s , ▁y ▁fué ▁toma da ▁la ▁familia ▁de ▁Ma t ri ; ▁y ▁de ▁ella ▁fué ▁tomado ▁Saúl ▁hijo ▁de ▁C is . ▁Y ▁le ▁busca ron , ▁mas ▁no ▁fué ▁halla do .
▁P re gu n t aron ▁pues ▁otra ▁vez ▁á ▁Jehová , ▁si ▁había ▁a ún ▁de ▁ven ir ▁allí ▁aquel ▁varón . ▁Y ▁respondió ▁Jehová : ▁He ▁aquí ▁que ▁él ▁está ▁escond ido ▁entre ▁el ▁ba ga je .
▁Entonces ▁cor r ieron ▁ , ▁y ▁to m áronlo ▁de ▁allí , ▁y ▁puesto ▁en ▁medio ▁del ▁pueblo , ▁de s de ▁el ▁ho m b ro ▁arriba ▁era ▁más ▁al to ▁que ▁todo ▁el ▁pueblo .
▁Samuel ▁re ci t ó ▁luego ▁al ▁pueblo ▁el ▁derecho ▁del ▁reino , ▁y ▁es c ri bi ólo ▁en ▁un ▁libr o , ▁el ▁cual ▁guard ó ▁delante ▁de ▁Jehová .
▁Y ▁envió ▁Samuel ▁á ▁todo ▁el ▁pueblo ▁ cada ▁uno ▁á ▁su ▁casa . ▁Y ▁Saúl ▁también ▁se ▁fué ▁á ▁su ▁casa ▁en ▁Gabaa , ▁y ▁fueron ▁con ▁él ▁el ▁ejército , ▁el ▁corazón ▁de ▁los ▁cuales ▁Dios ▁había ▁to c ado .
▁P er o ▁los ▁imp í os ▁dijeron : ▁¿ C ó mo ▁no s ▁ha ▁de ▁salva r ▁éste ? ▁Y ▁tu v iéronle ▁en ▁poco , ▁y ▁no ▁le ▁tra je ron ▁presente : ▁mas ▁él ▁di s im u l ó .
▁Y ▁lleg ando ▁los ▁mensajero s ▁á ▁Gabaa ▁de ▁Saúl , ▁dijeron ▁esta s ▁palabras ▁en ▁oído s ▁del ▁pueblo ; ▁y ▁todo ▁el ▁pueblo ▁lloró ▁á ▁voz ▁en ▁gr i to .
▁Y ▁he ▁aquí ▁Saúl ▁que ▁venía ▁del ▁campo , ▁tras ▁los ▁bueyes ; ▁y ▁dijo ▁Saúl : ▁¿ Qué ▁tiene ▁el ▁pueblo , ▁que ▁llora n ? ▁Y ▁con t áronle ▁las ▁palabras ▁de ▁los ▁hombres ▁de ▁Jabes .
▁Y ▁el ▁espíritu ▁de ▁Dios ▁ar re ba t ó ▁á ▁Saúl ▁en ▁ o y e ndo ▁esta s ▁palabras , ▁y ▁encendió se ▁en ▁ir a ▁en ▁gran ▁manera .
▁Y ▁con t ólo s ▁en ▁Be z e c ; ▁y ▁fueron ▁los ▁hijos ▁de ▁Israel ▁tres cientos ▁mil , ▁y ▁treinta ▁mil ▁los ▁hombres ▁de ▁Judá .
▁Y ▁los ▁de ▁Jabes ▁dijeron : ▁Ma ñ an a ▁sal d remos ▁á ▁vosotros , ▁para ▁que ▁ha g áis ▁con ▁nosotros ▁todo ▁lo ▁que ▁bien ▁os ▁pareciere .
▁El ▁pueblo ▁entonces ▁dijo ▁á ▁Samuel : ▁¿ Quién es ▁son ▁lo ▁que ▁decía n : ▁Re in ará ▁Saúl ▁sobre ▁nosotros ? ▁Da d nos ▁es os ▁hombres , ▁y ▁los ▁matar emos .
▁Y ▁Saúl ▁dijo : ▁No ▁morirá ▁hoy ▁ninguno , ▁por que ▁hoy ▁ha ▁obra do ▁Jehová ▁sal ud ▁en ▁Israel .
▁Mas ▁Samuel ▁dijo ▁al ▁pueblo : ▁Ve n id , ▁va mos ▁á ▁Gilgal ▁para ▁que ▁re n ove mos ▁allí ▁el ▁reino .
▁Y ▁ D I J O ▁Samuel ▁á ▁todo ▁Israel : ▁He ▁aquí , ▁yo ▁he ▁oído ▁vuestra ▁voz ▁en ▁todas ▁las ▁cosas ▁que ▁me ▁ha béis ▁dicho , ▁y ▁os ▁he ▁puesto ▁rey .
▁Entonces ▁dijeron : ▁Nun ca ▁no s ▁has ▁ca l u m n i ado , ▁ni ▁a g ra vi ado , ▁ni ▁has ▁tomado ▁al go ▁de ▁mano ▁de ▁ ning ún ▁hombre .
▁Y ▁él ▁les ▁dijo : ▁Jehová ▁es ▁testigo ▁contra ▁vosotros , ▁y ▁su ▁ungido ▁también ▁es ▁testigo ▁en ▁este ▁día , ▁que ▁no ▁ha béis ▁halla do ▁en ▁mi ▁mano ▁cosa ▁ninguna . ▁Y ▁ellos ▁respondieron : ▁As í ▁es .
▁Entonces ▁Samuel ▁dijo ▁al ▁pueblo : ▁Jehová ▁es ▁quien ▁hizo ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁y ▁que ▁sacó ▁á ▁vuestro s ▁padres ▁de ▁la ▁tierra ▁de ▁Egipto .
▁Ahora ▁pues , ▁agua r dad , ▁y ▁yo ▁os ▁haré ▁cargo ▁delante ▁de ▁Jehová ▁de ▁todas ▁las ▁justicia s ▁de ▁Jehová , ▁que ▁ha ▁hecho ▁con ▁vosotros ▁y ▁con ▁vuestro s ▁padres .
▁Después ▁que ▁Jacob ▁hubo ▁entr ado ▁en ▁Egipto ▁y ▁vuestro s ▁padres ▁clama ron ▁á ▁Jehová , ▁Jehová ▁envió ▁á ▁Moisés ▁y ▁á ▁Aarón , ▁los ▁cuales ▁saca ron ▁á ▁vuestro s ▁padres ▁de ▁Egipto , ▁y ▁los ▁hicieron ▁habita r ▁en ▁este ▁lugar .
▁Entonces ▁Jehová ▁envió ▁á ▁Je ro ba al , ▁y ▁á ▁B ed án , ▁y ▁á ▁Jephté , ▁y ▁á ▁Samuel , ▁y ▁os ▁libr ó ▁de ▁mano ▁de ▁vuestro s ▁enemigos ▁alrededor , ▁y ▁habita steis ▁seg ur os .
▁Y ▁ha b iendo ▁visto ▁que ▁N a as ▁rey ▁de ▁lo ▁hijos ▁de ▁Ammón ▁venía ▁contra ▁vosotros , ▁me ▁di j i steis : ▁No , ▁sin o ▁rey ▁reinar á ▁sobre ▁nosotros ; ▁s iendo ▁vuestro ▁rey ▁Jehová ▁vuestro ▁Dios .
▁Ahora ▁pues , ▁ve d ▁aquí ▁vuestro ▁rey ▁que ▁ha béis ▁el e g ido , ▁el ▁cual ▁pe di steis ; ▁y a ▁ve is ▁que ▁Jehová ▁ha ▁puesto ▁sobre ▁vosotros ▁rey .
▁Mas ▁si ▁no ▁ o y er e is ▁la ▁voz ▁de ▁Jehová , ▁y ▁si ▁fuere is ▁rebel de s ▁á ▁las ▁palabras ▁de ▁Jehová , ▁la ▁mano ▁de ▁Jehová ▁será ▁contra ▁vosotros ▁ como ▁contra ▁vuestro s ▁padres .
▁E s per ad ▁a ún ▁ahora , ▁y ▁mira d ▁esta ▁gran ▁cosa ▁que ▁Jehová ▁hará ▁delante ▁de ▁vuestro s ▁ojos .
▁Y ▁Samuel ▁c l am ó ▁á ▁Jehová ; ▁y ▁Jehová ▁dió ▁tru en os ▁y ▁aguas ▁en ▁aquel ▁día ; ▁y ▁todo ▁el ▁pueblo ▁tem ió ▁en ▁gran ▁manera ▁á ▁Jehová ▁y ▁á ▁Samuel .
▁Entonces ▁dijo ▁todo ▁el ▁pueblo ▁á ▁Samuel : ▁R ue ga ▁por ▁tu s ▁siervos ▁á ▁Jehová ▁tu ▁Dios , ▁que ▁no ▁mu ra mos : ▁por que ▁á ▁todos ▁nuestro s ▁pecado s ▁he mos ▁a ñ ad ido ▁este ▁mal ▁de ▁p ed ir ▁rey ▁para ▁nosotros .
▁Y ▁Samuel ▁respondió ▁al ▁pueblo : ▁No ▁tem áis : ▁vosotros ▁ha béis ▁come t ido ▁todo ▁este ▁mal ; ▁mas ▁con ▁todo ▁es o ▁no ▁os ▁apart éis ▁de ▁en ▁pos ▁de ▁Jehová , ▁sin o ▁ serv id ▁á ▁Jehová ▁con ▁todo ▁vuestro ▁corazón :
▁No ▁os ▁apart éis ▁en ▁pos ▁de ▁las ▁va n i dad es , ▁que ▁no ▁ap r ove ch an ▁ni ▁libr an , ▁por que ▁son ▁va n i dad es .
▁P ue s ▁Jehová ▁no ▁de s am para rá ▁á ▁su ▁pueblo ▁por ▁su ▁grande ▁nombre ; ▁por que ▁Jehová ▁ha ▁que r ido ▁hacer os ▁pueblo ▁suyo .
▁As í ▁que , ▁le jo s ▁sea ▁de ▁mí ▁que ▁pe que ▁yo ▁contra ▁Jehová ▁c es ando ▁de ▁ ro gar ▁por ▁vosotros ; ▁antes ▁yo ▁os ▁en se ñ aré ▁por ▁el ▁camino ▁bueno ▁y ▁derecho .
▁So l amente ▁tem ed ▁á ▁Jehová , ▁y ▁ serv id le ▁de ▁ver dad ▁con ▁todo ▁vuestro ▁corazón , ▁por que ▁con s i der ad ▁cu án ▁grande s ▁cosas ▁ha ▁hecho ▁con ▁vosotros .
▁Mas ▁si ▁per se ver are is ▁en ▁hacer ▁mal , ▁vosotros ▁y ▁vuestro ▁rey ▁per e ce réis .
▁ H A B Í A ▁y a ▁Saúl ▁re in ado ▁un ▁año ; ▁y ▁re in ado ▁que ▁hubo ▁dos ▁años ▁sobre ▁Israel ,
▁Y ▁todo ▁Israel ▁oyó ▁que ▁se ▁decía : ▁Saúl ▁ha ▁her ido ▁la ▁ gu ar n i ción ▁de ▁los ▁Filisteos ; ▁y ▁también ▁que ▁Israel ▁ o l ía ▁mal ▁á ▁los ▁Filisteos . ▁Y ▁junt óse ▁el ▁pueblo ▁en ▁pos ▁de ▁Saúl ▁en ▁Gilgal .
▁Y ▁alguno s ▁de ▁los ▁He bre os ▁pasar on ▁el ▁Jordán ▁á ▁la ▁tierra ▁de ▁Gad ▁y ▁de ▁Galaad : ▁y ▁Saúl ▁se ▁estaba ▁a ún ▁en ▁Gilgal , ▁y ▁todo ▁el ▁pueblo ▁iba ▁tras ▁él ▁tem b l ando .
▁Y ▁él ▁es per ó ▁siete ▁días , ▁conform e ▁al ▁p la zo ▁que ▁Samuel ▁había ▁dicho ; ▁per o ▁Samuel ▁no ▁venía ▁á ▁Gilgal , ▁y ▁el ▁pueblo ▁se ▁le ▁de s er t aba .
▁Entonces ▁dijo ▁Saúl : ▁T ra ed me ▁holocausto ▁y ▁sacrificio s ▁pa c í f i co s . ▁Y ▁of re ció ▁el ▁holocausto .
▁Y ▁ como ▁él ▁acaba ba ▁de ▁hacer ▁el ▁holocausto , ▁he ▁aquí ▁Samuel ▁que ▁venía ; ▁y ▁Saúl ▁le ▁salió ▁á ▁recibir ▁para ▁sal ud ar le .
▁Me ▁di je : ▁Lo s ▁Filisteos ▁descend e rán ▁ahora ▁contra ▁mí ▁á ▁Gilgal , ▁y ▁yo ▁no ▁he ▁imp l or ado ▁el ▁f a v or ▁de ▁Jehová . ▁E s for c é me ▁pues , ▁y ▁of re c í ▁holocausto .
▁Mas ▁ahora ▁tu ▁reino ▁no ▁será ▁d ura ble : ▁Jehová ▁se ▁ha ▁busca do ▁varón ▁seg ún ▁su ▁corazón , ▁al ▁cual ▁Jehová ▁ha ▁mandado ▁que ▁sea ▁capitán ▁sobre ▁su ▁pueblo , ▁por ▁cuanto ▁tú ▁no ▁has ▁guard ado ▁lo ▁que ▁Jehová ▁te ▁mandó .
▁Y ▁levant ándose ▁Samuel , ▁subió ▁de ▁Gilgal ▁á ▁Gabaa ▁de ▁Benjamín . ▁Y ▁Saúl ▁con t ó ▁la ▁gente ▁que ▁se ▁halla ba ▁con ▁él , ▁ como ▁seiscient os ▁hombres .
▁Saúl ▁pues ▁y ▁Jonathán ▁su ▁hijo , ▁y ▁el ▁pueblo ▁que ▁con ▁ellos ▁se ▁halla ba , ▁que d áronse ▁en ▁Gabaa ▁de ▁Benjamín : ▁mas ▁los ▁Filisteos ▁habían ▁puesto ▁su ▁campo ▁en ▁Mi ch ma s .
▁Y ▁salieron ▁del ▁campo ▁de ▁los ▁Filisteos ▁en ▁cor r er ía ▁tres ▁escuadrones . ▁El ▁un ▁es cu ad r ón ▁ti r ó ▁por ▁el ▁camino ▁de ▁O ph ra ▁haci a ▁la ▁tierra ▁de ▁Su al .
▁El ▁otro ▁es cu ad r ón ▁mar ch ó ▁haci a ▁Beth - o ron , ▁y ▁el ▁tercer ▁es cu ad r ón ▁mar ch ó ▁haci a ▁la ▁re g ió n ▁que ▁mira ▁al ▁valle ▁de ▁Se b o im ▁haci a ▁el ▁desierto .
▁Y ▁en ▁toda ▁la ▁tierra ▁de ▁Israel ▁no ▁se ▁halla ba ▁her re ro ; ▁por que ▁los ▁Filisteos ▁habían ▁dicho : ▁Para ▁que ▁los ▁He bre os ▁no ▁haga n ▁espada ▁ó ▁la n za .
▁Y ▁todos ▁los ▁de ▁Israel ▁descend ían ▁á ▁los ▁Filisteos ▁ cada ▁cual ▁á ▁am o l ar ▁su ▁re ja , ▁su ▁a za d ón , ▁su ▁ha ch a , ▁ó ▁su ▁s a ch o ,
▁As í ▁aconteció ▁que ▁el ▁día ▁de ▁la ▁batalla ▁no ▁se ▁halló ▁espada ▁ni ▁la n za ▁en ▁mano ▁de ▁alguno ▁de ▁todo ▁el ▁pueblo ▁que ▁estaba ▁con ▁Saúl ▁y ▁con ▁Jonathán , ▁ex ce p to ▁Saúl ▁y ▁Jonathán ▁su ▁hijo , ▁que ▁las ▁tenía n .
▁Y ▁la ▁ gu ar n i ción ▁de ▁los ▁Filisteos ▁salió ▁al ▁pa s o ▁de ▁Mi ch ma s .
▁Y ▁Saúl ▁estaba ▁en ▁el ▁término ▁de ▁Gabaa , ▁debajo ▁de ▁un ▁gran ado ▁que ▁hay ▁en ▁Mi g r ón , ▁y ▁el ▁pueblo ▁que ▁estaba ▁con ▁él ▁era ▁ como ▁seiscient os ▁hombres .
▁El ▁un ▁peña s co ▁si tu ado ▁al ▁nor te ▁haci a ▁Mi ch ma s , ▁y ▁el ▁otro ▁al ▁mediodía ▁haci a ▁Gabaa .
▁Y ▁su ▁pa je ▁de ▁arm as ▁le ▁respondió : ▁Ha z ▁todo ▁lo ▁que ▁tiene s ▁en ▁tu ▁corazón : ▁ve , ▁que ▁aquí ▁esto y ▁contigo ▁á ▁tu ▁ v o l un ta d .
▁Y ▁Jonathán ▁dijo : ▁He ▁aquí , ▁nosotros ▁pasar emos ▁á ▁los ▁hombres , ▁y ▁no s ▁most ra remos ▁á ▁ellos .
▁Si ▁no s ▁dijere n ▁así : ▁E s per ad ▁hast a ▁que ▁lleg u emos ▁á ▁vosotros ; ▁entonces ▁no s ▁esta remos ▁en ▁nuestro ▁lugar , ▁y ▁no ▁subir emos ▁á ▁ellos .
▁Mas ▁si ▁no s ▁dijere n ▁así : ▁Su bi d ▁á ▁nosotros : ▁entonces ▁subir emos , ▁por que ▁Jehová ▁los ▁ha ▁entregado ▁en ▁nuestra s ▁manos : ▁y ▁esto ▁no s ▁será ▁por ▁señal .
▁M o st r áronse ▁pues ▁ambos ▁á ▁la ▁ gu ar n i ción ▁de ▁los ▁Filisteos , ▁y ▁los ▁Filisteos ▁dijeron : ▁He ▁aquí ▁los ▁He bre os , ▁que ▁sal en ▁de ▁las ▁ca ver n as ▁en ▁que ▁se ▁habían ▁escond ido .
▁Y ▁subió ▁Jonathán ▁ t re p ando ▁con ▁sus ▁manos ▁y ▁sus ▁pie s , ▁y ▁tras ▁él ▁su ▁pa je ▁de ▁arm as ; ▁y ▁los ▁que ▁ca ían ▁delante ▁de ▁Jonathán , ▁su ▁pa je ▁de ▁arm as ▁que ▁iba ▁tras ▁él , ▁los ▁mata ba .
▁Y ▁las ▁c en t in el as ▁de ▁Saúl ▁vieron ▁de s de ▁Gabaa ▁de ▁Benjamín ▁ cómo ▁la ▁multitud ▁estaba ▁tu r b ada , ▁é ▁iba ▁de ▁una ▁parte ▁á ▁otra , ▁y ▁era ▁de s h e ch a .
▁Y ▁Saúl ▁dijo ▁á ▁A ch î as : ▁T ra e ▁el ▁arca ▁de ▁Dios . ▁Porque ▁el ▁arca ▁de ▁Dios ▁estaba ▁entonces ▁con ▁los ▁hijos ▁de ▁Israel .
▁Y ▁los ▁He bre os ▁que ▁habían ▁esta do ▁con ▁los ▁Filisteos ▁de ▁tiempo ▁antes , ▁y ▁habían ▁venido ▁con ▁ellos ▁de ▁los ▁alrededor es ▁al ▁campo , ▁también ▁é st os ▁se ▁volvieron ▁para ▁ser ▁con ▁los ▁Israel itas ▁que ▁estaban ▁con ▁Saúl ▁y ▁con ▁Jonathán .
▁A simismo ▁todos ▁los ▁Israel itas ▁que ▁se ▁habían ▁escond ido ▁en ▁el ▁monte ▁de ▁Ephraim , ▁ o y e ndo ▁que ▁los ▁Filisteos ▁ hu ían , ▁ellos ▁también ▁los ▁per s i gu ieron ▁en ▁aquella ▁batalla .
▁As í ▁sal v ó ▁Jehová ▁á ▁Israel ▁aquel ▁día . ▁Y ▁llegó ▁el ▁al ca n ce ▁hast a ▁Beth - ave n .
▁Y ▁todo ▁el ▁pueblo ▁del ▁país ▁llegó ▁á ▁un ▁bo s que ▁don de ▁había ▁mi el ▁en ▁la ▁su per f i ci e ▁del ▁campo .
▁En t r ó ▁pues ▁el ▁pueblo ▁en ▁el ▁bo s que , ▁y ▁he ▁aquí ▁que ▁la ▁mi el ▁cor r ía ; ▁mas ▁ninguno ▁hubo ▁que ▁lleg a se ▁la ▁mano ▁á ▁su ▁boca : ▁por que ▁el ▁pueblo ▁tem ía ▁el ▁ j ura ment o .
▁Y ▁respondió ▁Jonathán : ▁Mi ▁padre ▁ha ▁tu r b ado ▁el ▁país . ▁Ve d ▁ahora ▁ cómo ▁han ▁sido ▁a c l ar ados ▁mis ▁ojos , ▁por ▁haber ▁ gu st ado ▁un ▁poco ▁de ▁esta ▁mi el :
▁E ▁hirieron ▁aquel ▁día ▁á ▁los ▁Filisteos ▁de s de ▁Mi ch ma s ▁hast a ▁A ja l ón : ▁mas ▁el ▁pueblo ▁se ▁can s ó ▁mucho .
▁T or n óse ▁por ▁tanto ▁el ▁pueblo ▁al ▁despojo , ▁y ▁tomaron ▁ovejas ▁y ▁vacas ▁y ▁becerro s , ▁y ▁ ma t áronlo s ▁en ▁tierra , ▁y ▁el ▁pueblo ▁com ió ▁con ▁sangre .
▁Y ▁edificó ▁Saúl ▁altar ▁á ▁Jehová , ▁el ▁cual ▁altar ▁fué ▁el ▁primer o ▁que ▁edificó ▁á ▁Jehová .
▁Y ▁Saúl ▁consult ó ▁á ▁Dios : ▁¿ D es ce n de ré ▁tras ▁los ▁Filisteos ? ▁¿ los ▁entre g arás ▁en ▁mano ▁de ▁Israel ? ▁Mas ▁Jehová ▁no ▁le ▁dió ▁re s p ue s ta ▁aquel ▁día .
▁Entonces ▁dijo ▁Saúl : ▁L le ga os ▁a c á ▁todos ▁los ▁principal es ▁del ▁pueblo ; ▁y ▁sabe d ▁y ▁mira d ▁por ▁qu ién ▁ha ▁sido ▁hoy ▁este ▁pecado ;
▁Porque ▁vi v e ▁Jehová , ▁que ▁salva ▁á ▁Israel , ▁que ▁si ▁fuere ▁en ▁mi ▁hijo ▁Jonathán , ▁el ▁morirá ▁de ▁cierto . ▁Y ▁no ▁hubo ▁en ▁todo ▁el ▁pueblo ▁quien ▁le ▁respond i e se .
▁Di jo ▁luego ▁á ▁todo ▁Israel : ▁Vosotros ▁esta réis ▁á ▁un ▁la do , ▁y ▁yo ▁y ▁Jonathán ▁mi ▁hijo ▁esta remos ▁á ▁otro ▁la do . ▁Y ▁el ▁pueblo ▁respondió ▁á ▁Saúl : ▁Ha z ▁lo ▁que ▁bien ▁te ▁pareciere .
▁Entonces ▁dijo ▁Saúl ▁á ▁Jehová ▁Dios ▁de ▁Israel : ▁Da ▁per f e c ción . ▁Y ▁fueron ▁tomado s ▁Jonathán ▁y ▁Saúl , ▁y ▁el ▁pueblo ▁salió ▁libr e .
▁Y ▁Saúl ▁dijo : ▁E ch ad ▁suerte ▁entre ▁mí ▁y ▁Jonathán ▁mi ▁hijo . ▁Y ▁fué ▁tomado ▁Jonathán .
▁Y ▁Saúl ▁respondió : ▁As í ▁me ▁haga ▁Dios ▁y ▁así ▁me ▁a ñ ada , ▁que ▁sin ▁d ud a ▁morirá s , ▁Jonathán .
▁Y ▁Saúl ▁de j ó ▁de ▁se gu ir ▁á ▁los ▁Filisteos ; ▁y ▁los ▁Filisteos ▁se ▁fueron ▁á ▁su ▁lugar .
▁Y ▁re un ió ▁un ▁ejército , ▁é ▁hirió ▁á ▁Amalec , ▁y ▁libr ó ▁á ▁Israel ▁de ▁mano ▁de ▁los ▁que ▁le ▁ ro b aban .
▁Y ▁el ▁nombre ▁de ▁la ▁mujer ▁de ▁Saúl ▁era ▁Ahi no am , ▁hija ▁de ▁A im a as . ▁Y ▁el ▁nombre ▁del ▁ g en er al ▁de ▁su ▁ejército ▁era ▁Abner , ▁hijo ▁de ▁N er ▁ t í o ▁de ▁Saúl .
▁Porque ▁C is ▁padre ▁de ▁Saúl , ▁y ▁N er ▁padre ▁de ▁Abner , ▁fueron ▁hijos ▁de ▁Abi el .
▁Y ▁la ▁guerra ▁fué ▁fuerte ▁contra ▁los ▁Filisteos ▁todo ▁el ▁tiempo ▁de ▁Saúl ; ▁y ▁á ▁cualquier a ▁que ▁Saúl ▁ve ía ▁hombre ▁va l iente ▁y ▁hombre ▁de ▁es f u er zo , ▁junt á ba le ▁consigo .
▁Y ▁S A M U E L ▁dijo ▁á ▁Saúl : ▁Jehová ▁me ▁envió ▁á ▁que ▁te ▁un g i e se ▁por ▁rey ▁sobre ▁su ▁pueblo ▁Israel : ▁ o y e ▁pues ▁la ▁voz ▁de ▁las ▁palabras ▁de ▁Jehová .
▁As í ▁ha ▁dicho ▁Jehová ▁de ▁los ▁ejército s : ▁A cu é r do me ▁de ▁lo ▁que ▁hizo ▁Amalec ▁á ▁Israel ; ▁que ▁se ▁le ▁ o p u s o ▁en ▁el ▁camino , ▁cuando ▁subía ▁de ▁Egipto .
▁Saúl ▁pues ▁junt ó ▁el ▁pueblo , ▁y ▁reconoc ió los ▁en ▁T e la im , ▁dos cientos ▁mil ▁de ▁á ▁pie , ▁y ▁diez ▁mil ▁hombres ▁de ▁Judá .
▁Y ▁vi n iendo ▁Saúl ▁á ▁la ▁ciudad ▁de ▁Amalec , ▁puso ▁ em b os cada ▁en ▁el ▁valle .
▁Y ▁Saúl ▁hirió ▁á ▁Amalec , ▁de s de ▁Ha vi la ▁hast a ▁llegar ▁á ▁Sh ur , ▁que ▁está ▁á ▁la ▁f ron te ra ▁de ▁Egipto .
▁Y ▁tomó ▁vi v o ▁á ▁A ga g ▁rey ▁de ▁Amalec , ▁mas ▁á ▁todo ▁el ▁pueblo ▁mató ▁á ▁f i lo ▁de ▁espada .
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Samuel , ▁diciendo :
▁ V in o ▁pues ▁Samuel ▁á ▁Saúl , ▁y ▁Saúl ▁le ▁dijo : ▁Be n di to ▁sea s ▁tú ▁de ▁Jehová ; ▁yo ▁he ▁cumpl ido ▁la ▁palabra ▁de ▁Jehová .
▁Samuel ▁entonces ▁dijo : ▁¿ P ue s ▁qué ▁ba l ido ▁de ▁ganado s ▁y ▁br am ido ▁de ▁bueyes ▁es ▁este ▁que ▁yo ▁ o i go ▁con ▁mis ▁oído s ?
▁Entonces ▁dijo ▁Samuel ▁á ▁Saúl : ▁ D é ja me ▁declar ar te ▁lo ▁que ▁Jehová ▁me ▁ha ▁dicho ▁esta ▁noche . ▁Y ▁él ▁le ▁respondió : ▁Di .
▁Y ▁dijo ▁Samuel : ▁S iendo ▁tú ▁pe que ñ o ▁en ▁tu s ▁ojos ▁¿ no ▁has ▁sido ▁hecho ▁cabeza ▁á ▁las ▁tribu s ▁de ▁Israel , ▁y ▁Jehová ▁te ▁ha ▁ungido ▁por ▁rey ▁sobre ▁Israel ?
▁Y ▁envió te ▁Jehová ▁en ▁ jo rna da , ▁y ▁dijo : ▁Ve , ▁y ▁de st r u y e ▁los ▁pecado res ▁de ▁Amalec , ▁y ▁ha z les ▁guerra ▁hast a ▁que ▁los ▁a ca be s .
▁¿ Por ▁qué ▁pues ▁no ▁has ▁oído ▁la ▁voz ▁de ▁Jehová , ▁sin o ▁que ▁vuelto ▁al ▁despojo , ▁has ▁hecho ▁lo ▁mal o ▁en ▁los ▁ojos ▁de ▁Jehová ?
▁Mas ▁el ▁pueblo ▁tomó ▁del ▁despojo ▁ovejas ▁y ▁vacas , ▁las ▁pri mi ci as ▁del ▁an a te ma , ▁para ▁sacrific ar la s ▁á ▁Jehová ▁tu ▁Dios ▁en ▁Gilgal .
▁Y ▁ v ue l v e ▁conmigo ▁para ▁que ▁ ado re ▁á ▁Jehová .
▁Y ▁Samuel ▁respondió ▁á ▁Saúl : ▁No ▁volver é ▁contigo ; ▁por que ▁de se ch aste ▁la ▁palabra ▁de ▁Jehová , ▁y ▁Jehová ▁te ▁ha ▁de se ch ado ▁para ▁que ▁no ▁sea s ▁rey ▁sobre ▁Israel .
▁Y ▁ v o l vi é ndo se ▁Samuel ▁para ▁ir se , ▁él ▁echó ▁mano ▁de ▁la ▁or la ▁de ▁su ▁ca pa , ▁y ▁de s gar r óse .
▁Entonces ▁Samuel ▁le ▁dijo : ▁Jehová ▁ha ▁de s gar r ado ▁hoy ▁de ▁ti ▁el ▁reino ▁de ▁Israel , ▁y ▁lo ▁ha ▁dado ▁á ▁tu ▁prójimo ▁mejor ▁que ▁tú .
▁Y ▁también ▁el ▁Ve n ce dor ▁de ▁Israel ▁no ▁men t irá , ▁ni ▁se ▁ar re p en t irá : ▁por que ▁no ▁es ▁hombre ▁para ▁que ▁se ▁ar re p i enta .
▁Y ▁volvió ▁Samuel ▁tras ▁Saúl , ▁y ▁a dor ó ▁Saúl ▁á ▁Jehová .
▁Y ▁Samuel ▁dijo : ▁C o mo ▁tu ▁espada ▁de j ó ▁las ▁mujeres ▁sin ▁hijos , ▁así ▁tu ▁madre ▁será ▁sin ▁hijo ▁entre ▁las ▁mujeres . ▁Entonces ▁Samuel ▁cor t ó ▁en ▁pe da zo s ▁á ▁A ga g ▁delante ▁de ▁Jehová ▁en ▁Gilgal .
▁F u é se ▁luego ▁Samuel ▁á ▁Rama , ▁y ▁Saúl ▁subió ▁á ▁su ▁casa ▁en ▁Gabaa ▁de ▁Saúl .
▁Y ▁ nunc a ▁después ▁vió ▁Samuel ▁á ▁Saúl ▁en ▁toda ▁su ▁vida ▁ : ▁y ▁Samuel ▁llora ba ▁á ▁Saúl : ▁mas ▁Jehová ▁se ▁había ▁ar re p en t ido ▁de ▁haber ▁puesto ▁á ▁Saúl ▁por ▁rey ▁sobre ▁Israel .
▁Y ▁dijo ▁Samuel : ▁¿ C ó mo ▁ir é ? ▁Si ▁Saúl ▁lo ▁en te nd iere , ▁me ▁matar á . ▁Jehová ▁respondió : ▁Toma ▁contigo ▁una ▁be cer ra ▁de ▁la ▁va cada , ▁y ▁di : ▁A ▁sacrific ar ▁á ▁Jehová ▁he ▁venido .
▁Y ▁ l la ma ▁á ▁Isaí ▁al ▁sacrificio , ▁y ▁yo ▁te ▁en se ñ aré ▁lo ▁que ▁has ▁de ▁hacer ; ▁y ▁un g ir me ▁has ▁al ▁que ▁yo ▁te ▁dijere .
▁Y ▁aconteció ▁que ▁ como ▁ellos ▁vinieron , ▁él ▁vió ▁á ▁Eli ab , ▁y ▁dijo : ▁De ▁cierto ▁delante ▁de ▁Jehová ▁está ▁su ▁ungido .
▁Entonces ▁llamó ▁Isaí ▁á ▁Abi n ada b , ▁é ▁ h í zo le ▁pasar ▁delante ▁de ▁Samuel , ▁el ▁cual ▁dijo : ▁N i ▁á ▁éste ▁ha ▁el e g ido ▁Jehová .
▁Hi zo ▁luego ▁pasar ▁Isaí ▁á ▁S am ma . ▁Y ▁él ▁dijo : ▁T am p o co ▁á ▁éste ▁ha ▁el e g ido ▁Jehová .
▁E ▁hizo ▁pasar ▁Isaí ▁sus ▁siete ▁hijos ▁delante ▁de ▁Samuel ; ▁mas ▁Samuel ▁dijo ▁á ▁Isaí : ▁Jehová ▁no ▁ha ▁el e g ido ▁á ▁é st os .
▁Y ▁el ▁espíritu ▁de ▁Jehová ▁se ▁apart ó ▁de ▁Saúl , ▁y ▁at or ment á ba le ▁el ▁espíritu ▁mal o ▁de ▁parte ▁de ▁Jehová .
▁Y ▁los ▁criado s ▁de ▁Saúl ▁le ▁dijeron : ▁He ▁aquí ▁ahora , ▁que ▁el ▁espíritu ▁mal o ▁de ▁parte ▁de ▁Dios ▁te ▁at or ment a .
▁Y ▁Saúl ▁respondió ▁á ▁sus ▁criado s : ▁B u s ca d me ▁pues ▁ahora ▁alguno ▁que ▁ ta ñ a ▁bien , ▁y ▁tra é d me lo .
▁Y ▁Saúl ▁envió ▁mensajero s ▁á ▁Isaí , ▁diciendo : ▁En v ía me ▁á ▁David ▁tu ▁hijo , ▁el ▁que ▁está ▁con ▁las ▁ovejas .
▁Y ▁tomó ▁Isaí ▁un ▁asno ▁ca r g ado ▁de ▁pan , ▁y ▁una ▁va s i ja ▁de ▁vino ▁y ▁un ▁ca b ri to , ▁y ▁envió lo ▁á ▁Saúl ▁por ▁mano ▁de ▁David ▁su ▁hijo .
▁Y ▁vi n iendo ▁David ▁á ▁Saúl , ▁estuv o ▁delante ▁de ▁él : ▁y ▁am ólo ▁él ▁mucho , ▁y ▁fué ▁hecho ▁su ▁es cu der o ▁ .
▁Y ▁Saúl ▁envió ▁á ▁decir ▁á ▁Isaí : ▁Yo ▁te ▁ruego ▁que ▁es t é ▁David ▁conmigo ; ▁por que ▁ha ▁halla do ▁gracia ▁en ▁mis ▁ojos .
▁Y ▁también ▁Saúl ▁y ▁los ▁hombres ▁de ▁Israel ▁se ▁junt aron , ▁y ▁a sentaron ▁el ▁campo ▁en ▁el ▁valle ▁del ▁A l co r no que , ▁y ▁orden aron ▁la ▁batalla ▁contra ▁los ▁Filisteos .
▁Y ▁los ▁Filisteos ▁estaban ▁sobre ▁el ▁un ▁monte ▁de ▁la ▁una ▁parte , ▁é ▁Israel ▁estaba ▁sobre ▁el ▁otro ▁monte ▁de ▁la ▁otra ▁parte , ▁y ▁el ▁valle ▁entre ▁ellos :
▁Sal ió ▁entonces ▁un ▁varón ▁del ▁campo ▁de ▁los ▁Filisteos ▁que ▁se ▁puso ▁entre ▁los ▁dos ▁campo s , ▁el ▁cual ▁se ▁llamaba ▁Go li ath , ▁de ▁Gath , ▁y ▁tenía ▁de ▁al t ura ▁se is ▁codos ▁y ▁un ▁palm o .
▁Y ▁tra ía ▁un ▁al me te ▁de ▁a ce ro ▁en ▁su ▁cabeza , ▁é ▁iba ▁vestido ▁con ▁cor az as ▁de ▁p l an ch as : ▁y ▁era ▁el ▁pe s o ▁de ▁la ▁cor a za ▁cinco ▁mil ▁siclo s ▁de ▁metal :
▁Y ▁sobre ▁sus ▁pie rna s ▁tra ía ▁gr e ba s ▁de ▁ hi er ro , ▁y ▁es cu do ▁de ▁a ce ro ▁á ▁sus ▁ho m b ro s .
▁Y ▁a ñ ad ió ▁el ▁Filisteo : ▁ H o y ▁yo ▁he ▁de s a f i ado ▁el ▁campo ▁de ▁Israel ; ▁ dad me ▁un ▁hombre ▁que ▁pe le e ▁conmigo .
▁Y ▁ o y e ndo ▁Saúl ▁y ▁todo ▁Israel ▁esta s ▁palabras ▁del ▁Filisteo , ▁con t ur b áronse , ▁y ▁ tuvieron ▁gran ▁mi ed o .
▁Y ▁David ▁era ▁el ▁men or . ▁Si gu ieron ▁pues ▁los ▁tres ▁may o res ▁á ▁Saúl .
▁E mpero ▁David ▁había ▁ ido ▁y ▁vuelto ▁de ▁con ▁Saúl , ▁para ▁a pa c enta r ▁las ▁ovejas ▁de ▁su ▁padre ▁en ▁Beth - lehem .
▁Ve n ía ▁pues ▁aquel ▁Filisteo ▁por ▁la ▁mañana ▁y ▁á ▁la ▁tarde , ▁y ▁present óse ▁por ▁cuarenta ▁días .
▁L le v arás ▁a simismo ▁estos ▁diez ▁que s os ▁de ▁le ch e ▁al ▁capitán , ▁y ▁cu i da ▁de ▁ver ▁si ▁tu s ▁hermanos ▁están ▁bueno s , ▁y ▁toma ▁pre n das ▁de ▁ellos .
▁Y ▁Saúl ▁y ▁ellos ▁y ▁todos ▁lo ▁de ▁Israel , ▁estaban ▁en ▁el ▁valle ▁del ▁A l co r no que , ▁pe le ando ▁con ▁los ▁Filisteos .
▁Porque ▁así ▁los ▁Israel itas ▁ como ▁los ▁Filisteos ▁estaban ▁en ▁orden an za , ▁es cu ad r ón ▁contra ▁es cu ad r ón .
▁Y ▁todos ▁los ▁varones ▁de ▁Israel ▁que ▁ve ían ▁aquel ▁hombre , ▁ hu ían ▁de ▁su ▁presencia , ▁y ▁tenía n ▁gran ▁tem or .
▁Y ▁el ▁pueblo ▁le ▁respondió ▁las ▁mis ma s ▁palabras , ▁diciendo : ▁As í ▁se ▁hará ▁al ▁hombre ▁que ▁lo ▁ven c iere .
▁Y ▁David ▁respondió : ▁¿ Qué ▁he ▁hecho ▁yo ▁ahora ? ▁Esta s , ▁¿ no ▁son ▁palabras ?
▁Y ▁apart ándose ▁de ▁él ▁haci a ▁otro s , ▁habló ▁lo ▁mismo ; ▁y ▁respond iéronle ▁los ▁del ▁pueblo ▁ como ▁primer o .
▁Y ▁fueron ▁ o í das ▁las ▁palabras ▁que ▁David ▁había ▁dicho , ▁las ▁cuales ▁ como ▁re f i ri es en ▁delante ▁de ▁Saúl , ▁él ▁lo ▁hizo ▁ven ir .
▁Y ▁dijo ▁David ▁á ▁Saúl : ▁No ▁de s ma y e ▁ninguno ▁á ▁causa ▁de ▁él ; ▁tu ▁siervo ▁ irá ▁y ▁pe le ará ▁con ▁este ▁Filisteo .
▁Y ▁dijo ▁Saúl ▁á ▁David : ▁No ▁pod rás ▁tú ▁ir ▁contra ▁aquel ▁Filisteo , ▁para ▁pe le ar ▁con ▁él ; ▁por que ▁tú ▁eres ▁mozo , ▁y ▁él ▁un ▁hombre ▁de ▁guerra ▁de s de ▁su ▁ j u v en t ud .
▁Y ▁David ▁respondió ▁á ▁Saúl : ▁T u ▁siervo ▁era ▁pa st or ▁en ▁las ▁ovejas ▁de ▁su ▁padre , ▁y ▁venía ▁un ▁le ón , ▁ó ▁un ▁os o , ▁y ▁toma ba ▁al g ún ▁cordero ▁de ▁la ▁man ada ,
▁Y ▁sal ía ▁yo ▁tras ▁él , ▁y ▁her ía lo , ▁y ▁libr á ba le ▁de ▁su ▁boca : ▁y ▁si ▁se ▁levant aba ▁contra ▁mí , ▁yo ▁le ▁echa ba ▁mano ▁de ▁la ▁ qui ja da , ▁y ▁lo ▁her ía ▁y ▁mata ba .
▁F ue se ▁le ón , ▁fuese ▁os o , ▁tu ▁siervo ▁lo ▁mata ba ; ▁pues ▁este ▁Filisteo ▁in ci r cu n ci s o ▁será ▁ como ▁uno ▁de ▁ellos , ▁por que ▁ha ▁pro v o c ado ▁al ▁ejército ▁del ▁Dios ▁vi vi ente .
▁Y ▁Saúl ▁vi st ió ▁á ▁David ▁de ▁sus ▁ropa s , ▁y ▁puso ▁sobre ▁su ▁cabeza ▁un ▁al me te ▁de ▁a ce ro , ▁y ▁arm ó le ▁de ▁cor a za .
▁Y ▁el ▁Filisteo ▁venía ▁and ando ▁y ▁a cer c ándose ▁á ▁David , ▁y ▁su ▁es cu der o ▁delante ▁de ▁él .
▁Y ▁ como ▁el ▁Filisteo ▁miró ▁y ▁vió ▁á ▁David ▁tú v o le ▁en ▁poco ; ▁por que ▁era ▁mancebo , ▁y ▁ r u bi o , ▁y ▁de ▁her mos o ▁par e cer .
▁Y ▁dijo ▁el ▁Filisteo ▁á ▁David : ▁¿ S o y ▁yo ▁per ro ▁para ▁que ▁ven ga s ▁á ▁mí ▁con ▁pa los ? ▁Y ▁mal di jo ▁á ▁David ▁por ▁sus ▁dioses .
▁Di jo ▁luego ▁el ▁Filisteo ▁á ▁David : ▁Ve n ▁á ▁mí , ▁y ▁daré ▁tu ▁carne ▁á ▁las ▁ ave s ▁del ▁cielo , ▁y ▁á ▁las ▁bestia s ▁del ▁campo .
▁Y ▁s ab rá ▁toda ▁esta ▁congregación ▁que ▁Jehová ▁no ▁salva ▁con ▁espada ▁y ▁la n za ; ▁por que ▁de ▁Jehová ▁es ▁la ▁guerra , ▁y ▁él ▁os ▁entre g ará ▁en ▁nuestra s ▁manos .
▁Y ▁aconteció ▁que , ▁ como ▁el ▁Filisteo ▁se ▁levant ó ▁para ▁ir ▁y ▁llegar se ▁contra ▁David , ▁David ▁se ▁dió ▁pri es a , ▁y ▁cor r ió ▁al ▁com ba te ▁contra ▁el ▁Filisteo .
▁As í ▁ven ció ▁David ▁al ▁Filisteo ▁con ▁ho n da ▁y ▁piedra ; ▁é ▁hirió ▁al ▁Filisteo ▁y ▁mató lo , ▁sin ▁ten er ▁David ▁espada ▁en ▁su ▁mano .
▁T or n ando ▁luego ▁los ▁hijos ▁de ▁Israel ▁de ▁se gu ir ▁los ▁Filisteos , ▁de s p o ja ron ▁su ▁camp a ment o .
▁Y ▁David ▁tomó ▁la ▁cabeza ▁del ▁Filisteo , ▁y ▁ t rá jo la ▁á ▁Jerusalem , ▁mas ▁puso ▁sus ▁arm as ▁en ▁su ▁tienda .
▁Y ▁cuando ▁Saúl ▁vió ▁á ▁David ▁que ▁sal ía ▁á ▁encontr ar se ▁con ▁el ▁Filisteo , ▁dijo ▁á ▁Abner ▁ g en er al ▁del ▁ejército : ▁Abner , ▁¿ de ▁qu ién ▁es ▁hijo ▁aquel ▁mancebo ? ▁Y ▁Abner ▁respondió :
▁Viv e ▁tu ▁alma , ▁ o h ▁rey , ▁que ▁no ▁lo ▁s é . ▁Y ▁el ▁rey ▁dijo : ▁P re gu n ta ▁pues ▁de ▁qu ién ▁es ▁hijo ▁aquel ▁mancebo .
▁Y ▁cuando ▁David ▁ v o l v ía ▁de ▁matar ▁al ▁Filisteo , ▁Abner ▁lo ▁tomó , ▁y ▁llev ólo ▁delante ▁de ▁Saúl , ▁ten iendo ▁la ▁cabeza ▁del ▁Filisteo ▁en ▁su ▁mano .
▁Y ▁díjole ▁Saúl : ▁Ma n ce b o , ▁¿ de ▁qu ién ▁eres ▁hijo ? ▁Y ▁David ▁respondió : ▁Yo ▁soy ▁hijo ▁de ▁tu ▁siervo ▁Isaí ▁de ▁Beth - lehem .
▁Y ▁A S Í ▁que ▁él ▁hubo ▁acaba do ▁de ▁hablar ▁con ▁Saúl , ▁el ▁alma ▁de ▁Jonathán ▁fué ▁li g ada ▁con ▁la ▁de ▁David , ▁y ▁am ólo ▁Jonathán ▁ como ▁á ▁su ▁alma .
▁Y ▁Saúl ▁le ▁tomó ▁aquel ▁día , ▁y ▁no ▁le ▁de j ó ▁volver ▁á ▁casa ▁de ▁su ▁padre .
▁E ▁hicieron ▁alianza ▁Jonathán ▁y ▁David , ▁por que ▁él ▁le ▁am aba ▁ como ▁á ▁su ▁alma .
▁Y ▁Jonathán ▁se ▁de s n ud ó ▁la ▁ropa ▁que ▁tenía ▁sobre ▁sí , ▁y ▁dió la ▁á ▁David , ▁y ▁otra s ▁ropa s ▁su y as , ▁hast a ▁su ▁espada , ▁y ▁su ▁ar co , ▁y ▁su ▁tal aba r te .
▁Y ▁can t aban ▁las ▁mujeres ▁que ▁da n za ba , ▁y ▁decía n : ▁Saúl ▁hirió ▁sus ▁mil es , ▁y ▁David ▁sus ▁diez ▁mil es .
▁Y ▁de s de ▁aquel ▁día ▁Saúl ▁miró ▁de ▁tra v é s ▁á ▁David .
▁Y ▁ar ro j ó ▁Saúl ▁la ▁la n za , ▁diciendo : ▁En c la v aré ▁á ▁David ▁en ▁la ▁par ed . ▁Y ▁dos ▁veces ▁se ▁apart ó ▁de ▁él ▁David .
▁Mas ▁Saúl ▁se ▁tem ía ▁de ▁David , ▁por ▁cuanto ▁Jehová ▁era ▁con ▁él , ▁y ▁se ▁había ▁apart ado ▁de ▁Saúl .
▁A p ar t ólo ▁pues ▁Saúl ▁de ▁sí , ▁é ▁ h í zo le ▁capitán ▁de ▁mil ; ▁y ▁sal ía ▁y ▁entr aba ▁delante ▁del ▁pueblo .
▁Y ▁David ▁se ▁con d u c ía ▁p r ud ente mente ▁en ▁todos ▁sus ▁negocio s , ▁y ▁Jehová ▁era ▁con ▁él .
▁Y ▁ viendo ▁Saúl ▁que ▁se ▁por t aba ▁ t an ▁p r ud ente mente , ▁tem ía se ▁de ▁él .
▁Mas ▁todo ▁Israel ▁y ▁Judá ▁am aba ▁á ▁David , ▁por que ▁él ▁sal ía ▁y ▁entr aba ▁delante ▁de ▁ellos .
▁Y ▁David ▁respondió ▁á ▁Saúl : ▁¿ Quién ▁soy ▁yo , ▁ó ▁qué ▁es ▁mi ▁vida , ▁ó ▁la ▁familia ▁de ▁mi ▁padre ▁en ▁Israel , ▁para ▁ser ▁y er no ▁del ▁rey ?
▁Y ▁venido ▁el ▁tiempo ▁en ▁que ▁Me ra b , ▁hija ▁de ▁Saúl , ▁se ▁había ▁de ▁dar ▁á ▁David , ▁fué ▁d ada ▁por ▁mujer ▁á ▁A d ri el ▁Me h o la t ita .
▁Mas ▁Mi ch â l ▁la ▁otra ▁hija ▁de ▁Saúl ▁am aba ▁á ▁David ; ▁y ▁fué ▁dicho ▁á ▁Saúl , ▁lo ▁cual ▁p l u go ▁en ▁sus ▁ojos .
▁Y ▁los ▁criado s ▁de ▁Saúl ▁le ▁d ieron ▁la ▁re s p ue s ta ▁diciendo : ▁T a les ▁palabras ▁ha ▁dicho ▁David .
▁Y ▁ como ▁sus ▁criado s ▁declar aron ▁á ▁David ▁esta s ▁palabras , ▁p l u go ▁la ▁cosa ▁en ▁los ▁ojos ▁de ▁David , ▁para ▁ser ▁y er no ▁del ▁rey . ▁Y ▁ como ▁el ▁p la zo ▁no ▁era ▁a ún ▁cumpl ido ,
▁P er o ▁Saúl , ▁ viendo ▁y ▁con s i der ando ▁que ▁Jehová ▁era ▁con ▁David , ▁y ▁que ▁su ▁hija ▁Mi ch â l ▁lo ▁am aba ,
▁T e mi óse ▁más ▁de ▁David ; ▁y ▁fué ▁Saúl ▁enemigo ▁de ▁David ▁todos ▁los ▁días .
▁Y ▁sal ían ▁los ▁príncipes ▁de ▁los ▁Filisteos ; ▁y ▁ como ▁ellos ▁sal ían , ▁por t á ba se ▁David ▁más ▁p r ud ente mente ▁que ▁todos ▁los ▁siervos ▁de ▁Saúl : ▁y ▁era ▁su ▁nombre ▁mu y ▁ il u st re .
▁Y ▁HABL Ó ▁Saúl ▁á ▁Jonathán ▁su ▁hijo , ▁y ▁á ▁todos ▁sus ▁criado s , ▁para ▁que ▁mata s en ▁á ▁David ; ▁mas ▁Jonathán ▁hijo ▁de ▁Saúl ▁am aba ▁á ▁David ▁en ▁gran ▁manera .
▁Y ▁yo ▁sal d ré ▁y ▁esta ré ▁junto ▁á ▁mi ▁padre ▁en ▁el ▁campo ▁don de ▁estuviere s : ▁y ▁hablar é ▁de ▁ti ▁á ▁mi ▁padre , ▁y ▁te ▁haré ▁sabe r ▁lo ▁que ▁not are .
▁Y ▁ o y e ndo ▁Saúl ▁la ▁voz ▁de ▁Jonathán , ▁juró : ▁Viv e ▁Jehová , ▁que ▁no ▁morirá .
▁L l am ando ▁entonces ▁Jonathán ▁á ▁David , ▁declar ó le ▁todas ▁esta s ▁palabras ; ▁y ▁él ▁mismo ▁present ó ▁á ▁David ▁á ▁Saúl , ▁y ▁estuv o ▁delante ▁de ▁él ▁ como ▁antes ▁ .
▁Y ▁torn ó ▁á ▁hacer se ▁guerra : ▁y ▁salió ▁David ▁y ▁pe le ó ▁contra ▁los ▁Filisteos , ▁é ▁hirió los ▁con ▁grande ▁es tra go , ▁y ▁ hu y e ron ▁delante ▁de ▁él .
▁Y ▁el ▁espíritu ▁mal o ▁de ▁parte ▁de ▁Jehová ▁fué ▁sobre ▁Saúl : ▁y ▁esta ndo ▁sent ado ▁en ▁su ▁casa ▁tenía ▁una ▁la n za ▁á ▁mano , ▁mi en tra s ▁David ▁estaba ▁ ta ñ e ndo ▁con ▁su ▁mano .
▁Y ▁de s co l g ó ▁Mi ch â l ▁á ▁David ▁por ▁una ▁ven t an a ; ▁y ▁él ▁se ▁fué , ▁y ▁huyó , ▁y ▁es ca p óse .
▁Y ▁cuando ▁Saúl ▁envió ▁mensajero s ▁que ▁toma s en ▁á ▁David , ▁ella ▁respondió : ▁E st á ▁en f er mo .
▁Y ▁torn ó ▁Saúl ▁á ▁enviar ▁mensajero s ▁para ▁que ▁vi es en ▁á ▁David , ▁diciendo : ▁T ra é d me lo ▁en ▁la ▁ca ma ▁para ▁que ▁lo ▁ ma te .
▁Y ▁ como ▁los ▁mensajero s ▁entrar on , ▁he ▁aquí ▁la ▁esta tu a ▁estaba ▁en ▁la ▁ca ma , ▁y ▁una ▁al mo h ada ▁de ▁pe los ▁de ▁ca bra ▁por ▁ca be ce ra .
▁Hu y ó ▁pues ▁David , ▁y ▁es ca p óse , ▁y ▁vino ▁á ▁Samuel ▁en ▁Rama , ▁y ▁díjole ▁todo ▁lo ▁que ▁Saúl ▁había ▁hecho ▁con ▁él . ▁Y ▁fué ron se ▁él ▁y ▁Samuel , ▁y ▁mor aron ▁en ▁N a jo th .
▁Y ▁fué ▁dado ▁aviso ▁á ▁Saúl , ▁diciendo : ▁He ▁aquí ▁que ▁David ▁está ▁en ▁N a jo th ▁en ▁Rama .
▁Y ▁hecho ▁que ▁fué ▁sabe r ▁á ▁Saúl , ▁él ▁envió ▁otro s ▁mensajero s , ▁los ▁cuales ▁también ▁pro f e t i z aron . ▁Y ▁Saúl ▁volvió ▁á ▁enviar ▁por ▁tercer a ▁vez ▁mensajero s , ▁y ▁ellos ▁también ▁pro f e t i z aron .
▁Y ▁Jonathán ▁dijo ▁á ▁David : ▁¿ Qué ▁di s cu r re ▁tu ▁alma , ▁y ▁haré lo ▁por ▁ti ?
▁Si ▁él ▁dijere , ▁B i en ▁está , ▁paz ▁tendrá ▁tu ▁siervo ; ▁mas ▁si ▁se ▁enoj are ▁ , ▁sabe ▁que ▁la ▁mal i ci a ▁es ▁en ▁él ▁consum ada .
▁Di jo ▁entonces ▁David ▁á ▁Jonathán : ▁¿ Quién ▁me ▁dará ▁aviso ? ▁ó ▁¿ qué ▁si ▁tu ▁padre ▁te ▁respond iere ▁á s per amente ?
▁Y ▁Jonathán ▁dijo ▁á ▁David : ▁Ve n , ▁sal ga mos ▁al ▁campo . ▁Y ▁salieron ▁ambos ▁al ▁campo .
▁Y ▁si ▁yo ▁vi vier e , ▁harás ▁conmigo ▁misericordia ▁de ▁Jehová ; ▁mas ▁si ▁fuere ▁muerto ,
▁No ▁quitar ás ▁perpetua mente ▁tu ▁misericordia ▁de ▁mi ▁casa . ▁Cuan do ▁de s ar ra i gar e ▁Jehová ▁uno ▁por ▁uno ▁los ▁enemigos ▁de ▁David ▁de ▁la ▁tierra , ▁aun ▁á ▁Jonathán ▁qu ite ▁de ▁su ▁casa , ▁si ▁te ▁falta re .
▁As í ▁hizo ▁Jonathán ▁alianza ▁con ▁la ▁casa ▁de ▁David , ▁diciendo : ▁Re qui é ra lo ▁Jehová ▁de ▁la ▁mano ▁de ▁los ▁enemigos ▁de ▁David .
▁Y ▁torn ó ▁Jonathán ▁á ▁ j ura r ▁á ▁David , ▁por que ▁le ▁am aba , ▁por que ▁le ▁am aba ▁ como ▁á ▁su ▁alma .
▁ D í jo le ▁luego ▁Jonathán : ▁Ma ñ an a ▁es ▁nueva ▁lu n a , ▁y ▁tú ▁será s ▁echa do ▁de ▁men os , ▁por que ▁tu ▁as i en to ▁estará ▁va c í o .
▁Y ▁yo ▁ti r aré ▁tres ▁s a e ta s ▁haci a ▁aquel ▁la do , ▁ como ▁ e j er ci t ándo me ▁al ▁ b l an co .
▁Mas ▁si ▁yo ▁dijere ▁al ▁mozo ▁así : ▁He ▁allí ▁las ▁s a e ta s ▁más ▁all á ▁de ▁ti : ▁ve te , ▁por que ▁Jehová ▁te ▁ha ▁en vi ado .
▁Y ▁cuanto ▁á ▁las ▁palabras ▁que ▁yo ▁y ▁tú ▁he mos ▁hablado , ▁sea ▁Jehová ▁entre ▁mí ▁y ▁ti ▁para ▁siempre .
▁David ▁pues ▁se ▁escond ió ▁en ▁el ▁campo , ▁y ▁ven i da ▁que ▁fué ▁la ▁nueva ▁lu n a , ▁sent óse ▁el ▁rey ▁á ▁come r ▁pan .
▁Mas ▁aquel ▁día ▁Saúl ▁no ▁dijo ▁nada , ▁por que ▁se ▁decía : ▁Ha b rá le ▁a co n te c ido ▁al go , ▁y ▁no ▁está ▁limpio ; ▁no ▁estará ▁purifica do .
▁Y ▁Jonathán ▁respondió ▁á ▁Saúl : ▁David ▁me ▁pi d ió ▁en ca re ci d amente ▁le ▁de ja se ▁ir ▁hast a ▁Beth - lehem .
▁Porque ▁todo ▁el ▁tiempo ▁que ▁el ▁hijo ▁de ▁Isaí ▁vi vier e ▁sobre ▁la ▁tierra , ▁ni ▁tú ▁será s ▁f ir me , ▁ni ▁tu ▁reino . ▁En v ía ▁pues ▁ahora , ▁y ▁ t rá e me lo , ▁por que ▁ha ▁de ▁mor ir ▁ .
▁Y ▁Jonathán ▁respondió ▁á ▁su ▁padre ▁Saúl , ▁y ▁díjole : ▁¿ Por ▁qué ▁morirá ? ▁¿ qué ▁ha ▁hecho ?
▁Entonces ▁Saúl ▁le ▁ar ro j ó ▁una ▁la n za ▁por ▁her ir lo : ▁de ▁don de ▁en te nd ió ▁Jonathán ▁que ▁su ▁padre ▁estaba ▁de t er mi n ado ▁á ▁matar ▁á ▁David .
▁A l ▁otro ▁día ▁de ▁mañana , ▁salió ▁Jonathán ▁al ▁campo , ▁al ▁tiempo ▁ap l az ado ▁con ▁David , ▁y ▁un ▁mozo ▁pe que ñ o ▁con ▁él .
▁E mpero ▁ninguna ▁cosa ▁en te nd ió ▁el ▁much a ch o : ▁solamente ▁Jonathán ▁y ▁David ▁en te nd ían ▁el ▁negocio .
▁Luego ▁dió ▁Jonathán ▁sus ▁arm as ▁á ▁su ▁much a ch o , ▁y ▁díjole : ▁Ve te ▁y ▁ l l é v al as ▁á ▁la ▁ciudad .
▁Y ▁ V I N O ▁David ▁á ▁No b , ▁á ▁Ahimelech ▁sacerdote : ▁y ▁so r p re n di óse ▁Ahimelech ▁de ▁su ▁en cu en t ro , ▁y ▁díjole : ▁¿ C ó mo ▁tú ▁so lo , ▁y ▁nadie ▁contigo ▁ ?
▁Ahora ▁pues , ▁¿ qué ▁tiene s ▁á ▁mano ? ▁da me ▁cinco ▁pan es , ▁ó ▁lo ▁que ▁se ▁halla re .
▁Y ▁el ▁sacerdote ▁respondió ▁á ▁David , ▁y ▁dijo : ▁No ▁ten go ▁pan ▁com ún ▁á ▁la ▁mano ; ▁solamente ▁ten go ▁pan ▁s a g r ado : ▁mas ▁lo ▁daré ▁si ▁los ▁criado s ▁se ▁han ▁guard ado ▁may or mente ▁de ▁mujeres .
▁Y ▁levant ándose ▁David ▁aquel ▁día , ▁huyó ▁de ▁la ▁presencia ▁de ▁Saúl , ▁y ▁ v í n ose ▁á ▁A ch î s ▁rey ▁de ▁Gath .
▁Y ▁David ▁puso ▁en ▁su ▁corazón ▁esta s ▁palabras , ▁y ▁tuvo ▁gran ▁tem or ▁de ▁A ch î s ▁rey ▁de ▁Gath .
▁Y ▁dijo ▁A ch î s ▁á ▁sus ▁siervos : ▁He ▁aquí ▁está is ▁ viendo ▁un ▁hombre ▁de mente ; ▁¿ por ▁qué ▁lo ▁ha béis ▁traído ▁á ▁mí ?
▁¿ F á l t an me ▁á ▁mí ▁lo co s , ▁para ▁que ▁hay áis ▁traído ▁éste ▁que ▁ hi ci e se ▁del ▁lo co ▁delante ▁de ▁mí ? ▁¿ h ab ía ▁de ▁ven ir ▁éste ▁á ▁mi ▁casa ?
▁Y ▁Y É NDO S E ▁David ▁de ▁allí ▁es ca p óse ▁á ▁la ▁cueva ▁de ▁A d u l l am ; ▁lo ▁cual ▁ como ▁ o y e ron ▁sus ▁hermanos ▁y ▁toda ▁la ▁casa ▁de ▁su ▁padre , ▁vinieron ▁allí ▁á ▁él .
▁T rá jo los ▁pues ▁á ▁la ▁presencia ▁del ▁rey ▁de ▁Moab , ▁y ▁habita ron ▁con ▁él ▁todo ▁el ▁tiempo ▁que ▁David ▁estuv o ▁en ▁la ▁fortaleza .
▁Y ▁Gad ▁profeta ▁dijo ▁á ▁David : ▁No ▁te ▁es t é s ▁en ▁esta ▁fortaleza , ▁p á r te te , ▁y ▁ve te ▁á ▁tierra ▁de ▁Judá . ▁Y ▁David ▁se ▁part ió , ▁y ▁vino ▁al ▁bo s que ▁de ▁Ha r eth .
▁Entonces ▁Do e g ▁I d u me o , ▁que ▁era ▁su per i or ▁entre ▁los ▁siervos ▁de ▁Saúl , ▁respondió ▁y ▁dijo : ▁Yo ▁vi ▁al ▁hijo ▁de ▁Isaí ▁que ▁vino ▁á ▁No b , ▁á ▁Ahimelech ▁hijo ▁de ▁Ahi to b ;
▁El ▁cual ▁consult ó ▁por ▁él ▁á ▁Jehová , ▁y ▁dió le ▁pro vi s ió n , ▁y ▁también ▁le ▁dió ▁la ▁espada ▁de ▁Go li ath ▁el ▁Filisteo .
▁Y ▁el ▁rey ▁envió ▁por ▁el ▁sacerdote ▁Ahimelech ▁hijo ▁de ▁Ahi to b , ▁y ▁por ▁toda ▁la ▁casa ▁de ▁su ▁padre , ▁los ▁sacerdote s ▁que ▁estaban ▁en ▁No b : ▁y ▁todos ▁vinieron ▁al ▁rey .
▁Y ▁Saúl ▁le ▁dijo : ▁O y e ▁ahora , ▁hijo ▁de ▁Ahi to b . ▁Y ▁él ▁dijo : ▁He me ▁aquí , ▁señor ▁mío .
▁Y ▁el ▁rey ▁dijo : ▁Si n ▁d ud a ▁morirá s , ▁Ahimelech , ▁tú ▁y ▁toda ▁la ▁casa ▁de ▁tu ▁padre .
▁Y ▁á ▁No b , ▁ciudad ▁de ▁los ▁sacerdote s , ▁puso ▁á ▁cuchillo : ▁así ▁á ▁hombres ▁ como ▁á ▁mujeres , ▁niño s ▁y ▁ ma man te s , ▁bueyes ▁y ▁asno s ▁y ▁ovejas , ▁todo ▁á ▁cuchillo .
▁Mas ▁uno ▁de ▁los ▁hijos ▁de ▁Ahimelech ▁hijo ▁de ▁Ahi to b , ▁que ▁se ▁llamaba ▁Abiathar , ▁es ca p ó , ▁y ▁huyó se ▁á ▁David .
▁Y ▁Abiathar ▁not i ció ▁á ▁David ▁ como ▁Saúl ▁había ▁muerto ▁los ▁sacerdote s ▁de ▁Jehová .
▁ Qué da te ▁conmigo , ▁no ▁tem as : ▁quien ▁busca re ▁mi ▁vida , ▁busca rá ▁también ▁la ▁tu y a : ▁bien ▁que ▁tú ▁estará s ▁conmigo ▁guard ado .
▁Y ▁ D I E R O N ▁aviso ▁á ▁David , ▁diciendo : ▁He ▁aquí ▁que ▁los ▁Filisteos ▁com ba t en ▁á ▁Keila , ▁y ▁ ro ba n ▁las ▁era s .
▁Y ▁David ▁consult ó ▁á ▁Jehová , ▁diciendo : ▁¿ I ré ▁á ▁her ir ▁á ▁estos ▁Filisteos ? ▁Y ▁Jehová ▁respondió ▁á ▁David : ▁Ve , ▁ h iere ▁á ▁los ▁Filisteos , ▁y ▁libr a ▁á ▁Keila .
▁Mas ▁los ▁que ▁estaban ▁con ▁David ▁le ▁dijeron : ▁He ▁aquí ▁que ▁nosotros ▁aquí ▁en ▁Judá ▁esta mos ▁con ▁mi ed o ; ▁¿ cu án to ▁más ▁si ▁fué remos ▁á ▁Keila ▁contra ▁el ▁ejército ▁de ▁los ▁Filisteos ?
▁Entonces ▁David ▁volvió ▁á ▁consult ar ▁á ▁Jehová . ▁Y ▁Jehová ▁le ▁respondió , ▁y ▁dijo : ▁Levántate , ▁de s ci en de ▁á ▁Keila , ▁que ▁yo ▁entre g aré ▁en ▁tu s ▁manos ▁á ▁los ▁Filisteos .
▁Y ▁aconteció ▁que , ▁ hu y e ndo ▁Abiathar ▁hijo ▁de ▁Ahimelech ▁á ▁David ▁á ▁Keila , ▁vino ▁también ▁con ▁él ▁el ▁ephod .
▁Y ▁con v o c ó ▁Saúl ▁todo ▁el ▁pueblo ▁á ▁la ▁batalla , ▁para ▁descend er ▁á ▁Keila , ▁y ▁pon er ▁ cer co ▁á ▁David ▁y ▁á ▁los ▁suyo s .
▁Mas ▁en te nd iendo ▁David ▁que ▁Saúl ▁ i de aba ▁el ▁mal ▁contra ▁él , ▁dijo ▁á ▁Abiathar ▁sacerdote : ▁T ra e ▁el ▁ephod .
▁Y ▁dijo ▁David : ▁Jehová ▁Dios ▁de ▁Israel , ▁tu ▁siervo ▁tiene ▁en te nd ido ▁que ▁Saúl ▁tra ta ▁de ▁ven ir ▁contra ▁Keila , ▁á ▁destruir ▁la ▁ciudad ▁por ▁causa ▁mí a .
▁Di jo ▁luego ▁David : ▁¿ M e ▁entre g arán ▁los ▁ve ci nos ▁de ▁Keila ▁á ▁mí ▁y ▁á ▁mis ▁hombres ▁en ▁manos ▁de ▁Saúl ? ▁Y ▁Jehová ▁respondió : ▁T e ▁entre g arán .
▁Y ▁David ▁se ▁estaba ▁en ▁el ▁desierto ▁en ▁peña s , ▁y ▁habitaba ▁en ▁un ▁monte ▁en ▁el ▁desierto ▁de ▁Z i ph ; ▁y ▁bu s c á ba lo ▁Saúl ▁todos ▁los ▁días , ▁mas ▁Dios ▁no ▁lo ▁entregó ▁en ▁sus ▁manos .
▁ V iendo ▁pues ▁David ▁que ▁Saúl ▁había ▁sal ido ▁en ▁busca ▁de ▁su ▁alma , ▁está ba se ▁él ▁en ▁el ▁bo s que ▁en ▁el ▁desierto ▁de ▁Z i ph .
▁Entonces ▁se ▁levant ó ▁Jonathán ▁hijo ▁de ▁Saúl , ▁y ▁vino ▁á ▁David ▁en ▁el ▁bo s que , ▁y ▁con for t ó ▁su ▁mano ▁en ▁Dios .
▁Y ▁entr am b os ▁hicieron ▁alianza ▁delante ▁de ▁Jehová : ▁y ▁David ▁se ▁quedó ▁en ▁el ▁bo s que , ▁y ▁Jonathán ▁se ▁volvió ▁á ▁su ▁casa .
▁Por ▁tanto , ▁rey , ▁de s ci en de ▁ahora ▁pre s to , ▁seg ún ▁todo ▁el ▁de se o ▁de ▁tu ▁alma , ▁y ▁nosotros ▁lo ▁entre ga remos ▁en ▁la ▁mano ▁del ▁rey .
▁Y ▁Saúl ▁dijo : ▁Be n di to s ▁se áis ▁vosotros ▁de ▁Jehová , ▁que ▁ha béis ▁ten ido ▁com pa s ió n ▁de ▁mí :
▁Y ▁ellos ▁se ▁levant aron , ▁y ▁se ▁fueron ▁á ▁Z i ph ▁delante ▁de ▁Saúl . ▁Mas ▁David ▁y ▁su ▁gente ▁estaban ▁en ▁el ▁desierto ▁de ▁Ma ón , ▁en ▁la ▁ l l an ura ▁que ▁está ▁á ▁la ▁die s tra ▁del ▁desierto .
▁Entonces ▁vino ▁un ▁mensajero ▁á ▁Saúl , ▁diciendo : ▁Ve n ▁luego , ▁por que ▁los ▁Filisteos ▁han ▁hecho ▁una ▁ir r u p ción ▁en ▁el ▁país .
▁ V o l vi óse ▁por ▁tanto ▁Saúl ▁de ▁per se gu ir ▁á ▁David , ▁y ▁part ió ▁contra ▁los ▁Filisteos . ▁Por ▁esta ▁causa ▁pusier on ▁á ▁aquel ▁lugar ▁por ▁nombre ▁Se la - h am ma h - le co th .
▁E N T O N C E S ▁David ▁subió ▁de ▁allí , ▁y ▁habitó ▁en ▁los ▁para je s ▁fuerte s ▁en ▁En ga d di .
▁Y ▁ como ▁Saúl ▁volvió ▁de ▁los ▁Filisteos , ▁d iéronle ▁aviso ▁diciendo : ▁He ▁aquí ▁que ▁David ▁está ▁en ▁el ▁desierto ▁de ▁En ga d di .
▁Y ▁toma ndo ▁Saúl ▁tres ▁mil ▁hombres ▁es co g ido s ▁de ▁todo ▁Israel , ▁fué ▁en ▁busca ▁de ▁David ▁y ▁de ▁los ▁suyo s , ▁por ▁las ▁cumbre s ▁de ▁los ▁peña s co s ▁de ▁las ▁ca bra s ▁monte se s .
▁Y ▁dijo ▁á ▁los ▁suyo s : ▁Jehová ▁me ▁guard e ▁de ▁hacer ▁tal ▁cosa ▁contra ▁mi ▁señor , ▁el ▁ungido ▁de ▁Jehová , ▁que ▁yo ▁ex t i en da ▁mi ▁mano ▁contra ▁él ; ▁por que ▁es ▁el ▁ungido ▁de ▁Jehová .
▁ J u z gu e ▁Jehová ▁entre ▁mí ▁y ▁ti , ▁y ▁ v é n gu e me ▁de ▁ti ▁Jehová : ▁ e mpero ▁mi ▁mano ▁no ▁será ▁contra ▁ti .
▁C o mo ▁di ce ▁el ▁prove r bi o ▁de ▁los ▁an t i gu os : ▁De ▁los ▁imp í os ▁saldrá ▁la ▁imp i ed ad : ▁así ▁que ▁mi ▁mano ▁no ▁será ▁contra ▁ti .
▁¿ T ra s ▁qu ién ▁ha ▁sal ido ▁el ▁rey ▁de ▁Israel ? ▁¿ á ▁qu ién ▁per s i gu es ? ▁¿ á ▁un ▁per ro ▁muerto ? ▁¿ á ▁una ▁pu l ga ?
▁Jehová ▁pues ▁será ▁ j ue z , ▁y ▁él ▁juzg ará ▁entre ▁mí ▁y ▁ti . ▁El ▁ve a , ▁y ▁sus t ente ▁mi ▁causa , ▁y ▁me ▁de f i en da ▁de ▁tu ▁mano .
▁Y ▁aconteció ▁que , ▁ como ▁David ▁a ca b ó ▁de ▁decir ▁esta s ▁palabras ▁á ▁Saúl , ▁Saúl ▁dijo : ▁¿ No ▁es ▁esta ▁la ▁voz ▁tu y a , ▁hijo ▁mío ▁David ? ▁Y ▁al z ando ▁Saúl ▁su ▁voz ▁lloró .
▁Y ▁dijo ▁á ▁David : ▁M ás ▁just o ▁eres ▁tú ▁que ▁yo , ▁que ▁me ▁has ▁pa g ado ▁con ▁bien , ▁ha b ién do te ▁yo ▁pa g ado ▁con ▁mal .
▁T ú ▁has ▁most r ado ▁hoy ▁que ▁has ▁hecho ▁conmigo ▁bien ; ▁pues ▁no ▁me ▁has ▁muerto , ▁ha b ién do me ▁Jehová ▁puesto ▁en ▁tu s ▁manos .
▁Porque ▁¿ qui é n ▁halla rá ▁á ▁su ▁enemigo , ▁y ▁lo ▁dejar á ▁ir ▁s an o ▁y ▁sal v o ? ▁Jehová ▁te ▁pa gu e ▁con ▁bien ▁por ▁lo ▁que ▁en ▁este ▁día ▁has ▁hecho ▁conmigo .
▁Y ▁ahora , ▁ como ▁yo ▁en t iendo ▁que ▁tú ▁has ▁de ▁reinar , ▁y ▁que ▁el ▁reino ▁de ▁Israel ▁ha ▁de ▁ser ▁en ▁tu ▁mano ▁f ir me ▁y ▁esta ble ,
▁Y ▁M U R I Ó ▁Samuel , ▁y ▁junt óse ▁todo ▁Israel , ▁y ▁lo ▁llora ron , ▁y ▁lo ▁sepulta ron ▁en ▁su ▁casa ▁en ▁Rama . ▁Y ▁levant óse ▁David , ▁y ▁se ▁fué ▁al ▁desierto ▁de ▁P arán .
▁Y ▁oyó ▁David ▁en ▁el ▁desierto ▁que ▁Nabal ▁es qui l aba ▁sus ▁ovejas .
▁Entonces ▁envió ▁David ▁diez ▁criado s , ▁y ▁díjole s : ▁Su bi d ▁al ▁Carmel o , ▁é ▁ id ▁á ▁Nabal , ▁y ▁sal u dad le ▁en ▁mi ▁nombre ,
▁Y ▁de ci d le ▁así : ▁Que ▁viva s ▁y ▁sea ▁paz ▁á ▁ti , ▁y ▁paz ▁á ▁tu ▁familia , ▁y ▁paz ▁á ▁todo ▁cuanto ▁tiene s .
▁Y ▁ como ▁llegar on ▁los ▁criado s ▁de ▁David , ▁dijeron ▁á ▁Nabal ▁todas ▁esta s ▁palabras ▁en ▁nombre ▁de ▁David , ▁y ▁ca l l aron .
▁Y ▁Nabal ▁respondió ▁á ▁los ▁criado s ▁de ▁David , ▁y ▁dijo : ▁¿ Quién ▁es ▁David ? ▁¿ y ▁qu ién ▁es ▁el ▁hijo ▁de ▁Isaí ? ▁M u ch os ▁siervos ▁hay ▁hoy ▁que ▁se ▁ hu y en ▁de ▁sus ▁señor es .
▁¿ H e ▁de ▁tomar ▁yo ▁ahora ▁mi ▁pan , ▁mi ▁agua , ▁y ▁mi ▁ v í c t im a ▁que ▁he ▁pre para do ▁para ▁mis ▁es qui l ado res , ▁y ▁la ▁daré ▁á ▁hombres ▁que ▁no ▁s é ▁de ▁d ón de ▁son ?
▁Y ▁torn ándose ▁los ▁criado s ▁de ▁David , ▁ v o l v iéronse ▁por ▁su ▁camino , ▁y ▁vinieron ▁y ▁dijeron ▁á ▁David ▁todas ▁esta s ▁palabras .
▁Y ▁uno ▁de ▁los ▁criado s ▁dió ▁aviso ▁á ▁Abigail ▁mujer ▁de ▁Nabal , ▁diciendo : ▁He ▁aquí ▁David ▁envió ▁mensajero s ▁del ▁desierto ▁que ▁sal u das en ▁á ▁nuestro ▁am o , ▁y ▁él ▁los ▁ha ▁ za h er ido .
▁Ha n nos ▁sido ▁por ▁mu ro ▁de ▁día ▁y ▁de ▁noche , ▁todos ▁los ▁días ▁que ▁he mos ▁esta do ▁con ▁ellos ▁a pa c enta ndo ▁las ▁ovejas .
▁Y ▁dijo ▁á ▁sus ▁criado s : ▁I d ▁delante ▁de ▁mí , ▁que ▁yo ▁os ▁se gu i ré ▁luego . ▁Y ▁nada ▁declar ó ▁á ▁su ▁marido ▁Nabal .
▁Y ▁sent ándose ▁sobre ▁un ▁asno ▁descend ió ▁por ▁una ▁parte ▁secret a ▁del ▁monte , ▁y ▁he ▁aquí ▁David ▁y ▁los ▁suyo s ▁que ▁venía n ▁f r ente ▁á ▁ella , ▁y ▁ella ▁les ▁fué ▁al ▁en cu en t ro .
▁As í ▁haga ▁Dios , ▁y ▁así ▁a ñ ada ▁á ▁los ▁enemigos ▁de ▁David , ▁que ▁de ▁aquí ▁á ▁mañana ▁no ▁ten go ▁de ▁dejar ▁de ▁todo ▁lo ▁que ▁fuere ▁suyo ▁ni ▁aun ▁me an te ▁á ▁la ▁par ed .
▁Y ▁ como ▁Abigail ▁vió ▁á ▁David , ▁a pe óse ▁pre st amente ▁del ▁asno , ▁y ▁postr ándose ▁delante ▁de ▁David ▁sobre ▁su ▁rostro , ▁inclin óse ▁á ▁tierra ;
▁Y ▁ahora ▁esta ▁bendición ▁que ▁tu ▁sierva ▁ha ▁traído ▁á ▁mi ▁señor , ▁d é se ▁á ▁los ▁criado s ▁que ▁si gu en ▁á ▁mi ▁señor .
▁Y ▁a co n te ce rá ▁que ▁cuando ▁Jehová ▁hiciere ▁con ▁mi ▁señor ▁conform e ▁á ▁todo ▁el ▁bien ▁que ▁ha ▁hablado ▁de ▁ti , ▁y ▁te ▁man d are ▁que ▁sea s ▁ca ud ill o ▁sobre ▁Israel ,
▁Y ▁dijo ▁David ▁á ▁Abigail : ▁Be n di to ▁sea ▁Jehová ▁Dios ▁de ▁Israel , ▁que ▁te ▁envió ▁para ▁que ▁hoy ▁me ▁encontr as es ;
▁Y ▁be n di to ▁sea ▁tu ▁ ra z on amiento , ▁y ▁be nd ita ▁tú , ▁que ▁me ▁has ▁esto r b ado ▁hoy ▁el ▁ir ▁á ▁derram ar ▁sangre , ▁y ▁á ▁ven gar me ▁por ▁mi ▁pro p i a ▁mano :
▁Y ▁re ci b ió ▁David ▁de ▁su ▁mano ▁lo ▁que ▁le ▁había ▁traído , ▁y ▁díjole : ▁Su be ▁en ▁paz ▁á ▁tu ▁casa , ▁y ▁mira ▁que ▁he ▁oído ▁tu ▁voz , ▁y ▁ten í do te ▁re s pe to .
▁P er o ▁á ▁la ▁mañana , ▁cuando ▁el ▁vino ▁había ▁sal ido ▁de ▁Nabal , ▁re f ir ió le ▁su ▁mujer ▁a que st as ▁cosas ; ▁y ▁se ▁le ▁am or te ció ▁el ▁corazón , ▁y ▁quedó se ▁ como ▁una ▁piedra .
▁Y ▁pasa do s ▁diez ▁días ▁Jehová ▁hirió ▁á ▁Nabal , ▁y ▁murió .
▁Y ▁los ▁criado s ▁de ▁David ▁vinieron ▁á ▁Abigail ▁en ▁el ▁Carmel o , ▁y ▁hablar on ▁con ▁ella , ▁diciendo : ▁David ▁no s ▁ha ▁en vi ado ▁á ▁ti , ▁para ▁tomar te ▁por ▁su ▁mujer .
▁Y ▁ella ▁se ▁levant ó , ▁é ▁inclin ó ▁su ▁rostro ▁á ▁tierra , ▁diciendo : ▁He ▁aquí ▁tu ▁sierva , ▁para ▁que ▁sea ▁sierva ▁que ▁ l ave ▁los ▁pie s ▁de ▁los ▁siervos ▁de ▁mi ▁señor .
▁Y ▁levant ándose ▁luego ▁Abigail ▁con ▁cinco ▁mo za s ▁que ▁la ▁se gu ían ▁ , ▁mo n t óse ▁en ▁un ▁asno , ▁y ▁si gu ió ▁los ▁mensajero s ▁de ▁David , ▁y ▁fué ▁su ▁mujer .
▁T ambién ▁tomó ▁David ▁á ▁Ahi no am ▁de ▁Jezreel , ▁y ▁am ba s ▁á ▁dos ▁fueron ▁sus ▁mujeres .
▁Porque ▁Saúl ▁había ▁dado ▁su ▁hija ▁Mi ch â l ▁mujer ▁de ▁David , ▁á ▁P al t i ▁hijo ▁de ▁La is , ▁que ▁era ▁de ▁ G al l im .
▁Y ▁ V I N I E R O N ▁los ▁Z i ph e os ▁á ▁Saúl ▁en ▁Gabaa , ▁diciendo : ▁¿ No ▁está ▁David ▁escond ido ▁en ▁el ▁co l l ado ▁de ▁Ha ch î la ▁delante ▁del ▁desierto ?
▁Saúl ▁entonces ▁se ▁levant ó , ▁y ▁descend ió ▁al ▁desierto ▁de ▁Z i ph , ▁llev ando ▁consigo ▁tres ▁mil ▁hombres ▁es co g ido s ▁de ▁Israel , ▁para ▁busca r ▁á ▁David ▁en ▁el ▁desierto ▁de ▁Z i ph .
▁David ▁por ▁tanto ▁envió ▁es p ía s , ▁y ▁en te nd ió ▁por ▁cierto ▁que ▁Saúl ▁había ▁venido .
▁Y ▁David ▁respondió ▁á ▁Abi s a i : ▁No ▁le ▁ ma te s : ▁por que ▁¿ qui é n ▁extend e rá ▁su ▁mano ▁contra ▁el ▁ungido ▁de ▁Jehová , ▁y ▁será ▁in o c ente ?
▁Di jo ▁además ▁David : ▁Viv e ▁Jehová , ▁que ▁si ▁Jehová ▁no ▁lo ▁ h ir iere , ▁ó ▁que ▁su ▁día ▁lleg ue ▁para ▁que ▁muera , ▁ó ▁que ▁descend iendo ▁en ▁batalla ▁per e z ca ,
▁Y ▁pasa ndo ▁David ▁de ▁la ▁otra ▁parte , ▁p ú s ose ▁de s vi ado ▁en ▁la ▁cumbre ▁del ▁monte , ▁ha b iendo ▁grande ▁di st an ci a ▁entre ▁ellos ;
▁Y ▁dió ▁voces ▁David ▁al ▁pueblo , ▁y ▁á ▁Abner ▁hijo ▁de ▁N er , ▁diciendo : ▁¿ No ▁respond es , ▁Abner ? ▁Entonces ▁Abner ▁respondió ▁y ▁dijo : ▁¿ Quién ▁eres ▁tú ▁que ▁da s ▁voces ▁al ▁rey ?
▁Y ▁conoc iendo ▁Saúl ▁la ▁voz ▁de ▁David , ▁dijo : ▁¿ No ▁es ▁esta ▁tu ▁voz , ▁hijo ▁mío ▁David ? ▁Y ▁David ▁respondió : ▁Mi ▁voz ▁es , ▁rey ▁señor ▁mío .
▁Y ▁dijo : ▁¿ Por ▁qué ▁per s i gu e ▁así ▁mi ▁señor ▁á ▁su ▁siervo ? ▁¿ qué ▁he ▁hecho ? ▁¿ qué ▁mal ▁hay ▁en ▁mi ▁mano ?
▁Y ▁David ▁respondió , ▁y ▁dijo : ▁He ▁aquí ▁la ▁la n za ▁del ▁rey ; ▁pa se ▁a c á ▁uno ▁de ▁los ▁criado s , ▁y ▁ t ó me la .
▁Y ▁he ▁aquí , ▁ como ▁tu ▁vida ▁ha ▁sido ▁es t im ada ▁hoy ▁en ▁mis ▁ojos , ▁así ▁sea ▁mi ▁vida ▁es t im ada ▁en ▁los ▁ojos ▁de ▁Jehová , ▁y ▁me ▁libr e ▁de ▁toda ▁a f li c ción .
▁Levant óse ▁pues ▁David , ▁y ▁con ▁los ▁seiscient os ▁hombres ▁que ▁tenía ▁consigo ▁pasó se ▁á ▁A ch î s ▁hijo ▁de ▁Ma o ch , ▁rey ▁de ▁Gath .
▁Y ▁vino ▁la ▁nueva ▁á ▁Saúl ▁que ▁David ▁se ▁había ▁ hu í do ▁á ▁Gath , ▁y ▁no ▁lo ▁bu s c ó ▁más .
▁Y ▁A ch î s ▁le ▁dió ▁aquel ▁día ▁á ▁Si c la g . ▁De ▁aquí ▁fué ▁Si c la g ▁de ▁los ▁reyes ▁de ▁Judá ▁hast a ▁hoy .
▁Y ▁fué ▁el ▁número ▁de ▁los ▁días ▁que ▁David ▁habitó ▁en ▁la ▁tierra ▁de ▁los ▁Filisteos , ▁cuatro ▁me se s ▁y ▁alguno s ▁días .
▁Y ▁A ch î s ▁c re ía ▁á ▁David , ▁diciendo ▁así : ▁El ▁se ▁ha ce ▁abomina ble ▁en ▁su ▁pueblo ▁de ▁Israel , ▁y ▁será ▁siempre ▁mi ▁siervo .
▁Y ▁David ▁respondió ▁á ▁A ch î s : ▁S ab rás ▁pues ▁lo ▁que ▁hará ▁tu ▁siervo . ▁Y ▁A ch î s ▁dijo ▁á ▁David : ▁Por ▁tanto ▁te ▁haré ▁guarda ▁de ▁mi ▁cabeza ▁todos ▁los ▁días .
▁P ue s ▁ como ▁los ▁Filisteos ▁se ▁junt aron , ▁vinieron ▁y ▁a sentaron ▁campo ▁en ▁Su n am : ▁y ▁Saúl ▁junt ó ▁á ▁todo ▁Israel , ▁y ▁a sentaron ▁campo ▁en ▁ G il b o a .
▁Y ▁cuando ▁vió ▁Saúl ▁el ▁campo ▁de ▁los ▁Filisteos , ▁tem ió , ▁y ▁tu r b óse ▁su ▁corazón ▁en ▁gran ▁manera .
▁Y ▁consult ó ▁Saúl ▁á ▁Jehová ; ▁per o ▁Jehová ▁no ▁le ▁respondió , ▁ni ▁por ▁sueño s , ▁ni ▁por ▁Uri m , ▁ni ▁por ▁profeta s .
▁En to ce s ▁Saúl ▁le ▁juró ▁por ▁Jehová , ▁diciendo : ▁Viv e ▁Jehová , ▁que ▁ ning ún ▁mal ▁te ▁vendrá ▁por ▁esto ▁ .
▁La ▁mujer ▁entonces ▁dijo : ▁¿ A ▁qu ién ▁te ▁haré ▁ven ir ? ▁Y ▁él ▁respondió : ▁Ha z me ▁ven ir ▁á ▁Samuel .
▁Y ▁ viendo ▁la ▁mujer ▁á ▁Samuel , ▁c l am ó ▁en ▁al ta ▁voz , ▁y ▁habló ▁aquella ▁mujer ▁á ▁Saúl , ▁diciendo :
▁¿ Por ▁qué ▁me ▁has ▁en ga ñ ado ? ▁que ▁tú ▁eres ▁Saúl . ▁Y ▁el ▁rey ▁le ▁dijo : ▁No ▁tem as : ▁¿ qué ▁has ▁visto ? ▁Y ▁la ▁mujer ▁respondió ▁á ▁Saúl : ▁He ▁visto ▁dioses ▁que ▁su b en ▁de ▁la ▁tierra .
▁Entonces ▁Samuel ▁dijo : ▁¿ Y ▁para ▁qué ▁me ▁pregunta s ▁á ▁mí , ▁ha b ién do se ▁apart ado ▁de ▁ti ▁Jehová , ▁y ▁es ▁tu ▁enemigo ?
▁Jehová ▁pues ▁ha ▁hecho ▁ como ▁habló ▁por ▁medio ▁de ▁mí ; ▁pues ▁ha ▁cor t ado ▁Jehová ▁el ▁reino ▁de ▁tu ▁mano , ▁y ▁lo ▁ha ▁dado ▁á ▁tu ▁com pa ñ er o ▁David .
▁C o mo ▁tú ▁no ▁obedec iste ▁á ▁la ▁voz ▁de ▁Jehová , ▁ni ▁cumpl iste ▁el ▁furor ▁de ▁su ▁ir a ▁sobre ▁Amalec , ▁por ▁es o ▁Jehová ▁te ▁ha ▁hecho ▁esto ▁hoy .
▁Y ▁Jehová ▁entre g ará ▁á ▁Israel ▁también ▁contigo ▁en ▁manos ▁de ▁los ▁Filisteos : ▁y ▁mañana ▁se réis ▁conmigo , ▁tú ▁y ▁tu s ▁hijos : ▁y ▁aun ▁el ▁campo ▁de ▁Israel ▁entre g ará ▁Jehová ▁en ▁manos ▁de ▁los ▁Filisteos .
▁Ruégote ▁pues , ▁que ▁tú ▁también ▁ o i ga s ▁la ▁voz ▁de ▁tu ▁sierva : ▁pondré ▁yo ▁delante ▁de ▁ti ▁un ▁boca do ▁de ▁pan ▁que ▁com as , ▁para ▁que ▁te ▁cor ro b o res , ▁y ▁vaya s ▁tu ▁camino .
▁Y ▁aquella ▁mujer ▁tenía ▁en ▁su ▁casa ▁un ▁te r n er o ▁gr ue s o , ▁el ▁cual ▁mató ▁luego ; ▁y ▁tomó ▁harina ▁y ▁am as ó la , ▁y ▁co ció ▁de ▁ella ▁pan es ▁sin ▁levadura .
▁Y ▁lo ▁tra jo ▁delante ▁de ▁Saúl ▁y ▁de ▁sus ▁criado s ; ▁y ▁luego ▁que ▁ hu b ieron ▁com ido , ▁se ▁levant aron , ▁y ▁part ieron ▁aquella ▁noche .
▁Y ▁L O S ▁Filisteos ▁junt aron ▁todos ▁sus ▁campo s ▁en ▁A ph e c ; ▁é ▁Israel ▁puso ▁su ▁campo ▁junto ▁á ▁la ▁fuente ▁que ▁está ▁en ▁Jezreel .
▁Y ▁reconoc iendo ▁los ▁príncipes ▁de ▁los ▁Filisteos ▁sus ▁com pa ñ ía s ▁de ▁á ▁ciento ▁y ▁de ▁á ▁mil ▁hombres , ▁David ▁y ▁los ▁suyo s ▁iba n ▁en ▁los ▁postr eros ▁con ▁A ch î s .
▁¿ No ▁es ▁este ▁David ▁de ▁quien ▁can t aban ▁en ▁los ▁cor ro s , ▁diciendo : ▁Saúl ▁hirió ▁sus ▁mil es , ▁y ▁David ▁sus ▁diez ▁mil es ?
▁ V u é l v e te ▁pues , ▁y ▁ve te ▁en ▁paz ; ▁y ▁no ▁haga s ▁lo ▁mal o ▁en ▁los ▁ojos ▁de ▁los ▁príncipes ▁de ▁los ▁Filisteos .
▁Levántate ▁pues ▁de ▁mañana , ▁tú ▁y ▁los ▁siervos ▁de ▁tu ▁señor ▁que ▁han ▁venido ▁contigo ; ▁y ▁levant ándo os ▁de ▁mañana , ▁luego ▁al ▁a man e cer ▁part í os .
▁Y ▁levant óse ▁David ▁de ▁mañana , ▁él ▁y ▁los ▁suyo s , ▁para ▁ir se ▁y ▁volver se ▁á ▁la ▁tierra ▁de ▁los ▁Filisteos ; ▁y ▁los ▁Filisteos ▁fueron ▁á ▁Jezreel .
▁Y ▁habían se ▁llev ado ▁ca u t i v as ▁á ▁las ▁mujeres ▁que ▁estaban ▁en ▁ella , ▁de s de ▁el ▁men or ▁hast a ▁el ▁may or ; ▁mas ▁á ▁nadie ▁habían ▁muerto , ▁sin o ▁llev ado , ▁é ▁ í do se ▁su ▁camino .
▁ V in o ▁pues ▁David ▁con ▁los ▁suyo s ▁á ▁la ▁ciudad , ▁y ▁he ▁aquí ▁que ▁estaba ▁que m ada ▁á ▁fuego , ▁y ▁sus ▁mujeres ▁y ▁sus ▁hijos ▁é ▁hijas ▁llev ada s ▁ca u t i v as .
▁Entonces ▁David ▁y ▁la ▁gente ▁que ▁con ▁él ▁estaba , ▁al z aron ▁su ▁voz ▁y ▁llora ron , ▁hast a ▁que ▁les ▁falta ron ▁las ▁fuerza s ▁para ▁llora r .
▁La s ▁dos ▁mujeres ▁de ▁David , ▁Ahi no am ▁Jezreel ita ▁y ▁Abigail ▁la ▁que ▁fué ▁mujer ▁de ▁Nabal ▁del ▁Carmel o , ▁también ▁era n ▁ca u t i v as .
▁Y ▁dijo ▁David ▁al ▁sacerdote ▁Abiathar ▁hijo ▁de ▁Ahimelech : ▁Yo ▁te ▁ruego ▁que ▁me ▁a cer que s ▁el ▁ephod . ▁Y ▁Abiathar ▁a cer c ó ▁el ▁ephod ▁á ▁David .
▁P ar t i óse ▁pues ▁David , ▁él ▁y ▁los ▁seiscient os ▁hombres ▁que ▁con ▁él ▁estaban , ▁y ▁vinieron ▁hast a ▁el ▁to r r ente ▁de ▁Be s or , ▁don de ▁se ▁quedar on ▁alguno s .
▁Y ▁David ▁si gu ió ▁el ▁al ca n ce ▁con ▁cuatrocient os ▁hombres ; ▁por que ▁se ▁quedar on ▁at rás ▁dos cientos , ▁que ▁can s ados ▁no ▁pu d ieron ▁pasar ▁el ▁to r r ente ▁de ▁Be s or .
▁Y ▁halla ron ▁en ▁el ▁campo ▁un ▁hombre ▁E g i p ci o , ▁el ▁cual ▁tra je ron ▁á ▁David , ▁y ▁d iéronle ▁pan ▁que ▁com i e se , ▁y ▁á ▁beber ▁agua ;
▁P ue s ▁ hi ci mos ▁una ▁in cu r s ió n ▁á ▁la ▁parte ▁del ▁mediodía ▁de ▁C er eth i , ▁y ▁á ▁Judá , ▁y ▁al ▁mediodía ▁de ▁Caleb ; ▁y ▁pu s i mos ▁fuego ▁á ▁Si c la g .
▁Y ▁libr ó ▁David ▁todo ▁lo ▁que ▁los ▁Amalec itas ▁habían ▁tomado : ▁y ▁a simismo ▁li b er t ó ▁David ▁á ▁sus ▁dos ▁mujeres .
▁Y ▁no ▁les ▁f al t ó ▁cosa ▁ch i ca ▁ni ▁grande , ▁así ▁de ▁hijos ▁ como ▁de ▁hijas , ▁del ▁ ro b o , ▁y ▁de ▁todas ▁las ▁cosas ▁que ▁les ▁habían ▁tomado : ▁todo ▁lo ▁re co b r ó ▁David .
▁T om ó ▁también ▁David ▁todas ▁las ▁ovejas ▁y ▁ganado s ▁may o res ; ▁y ▁tra y é ndo lo ▁todo ▁delante , ▁decía n : ▁Esta ▁es ▁la ▁pre s a ▁de ▁David .
▁Y ▁David ▁dijo : ▁No ▁ha g áis ▁es o , ▁hermanos ▁mío s , ▁de ▁lo ▁que ▁no s ▁ha ▁dado ▁Jehová ; ▁el ▁cual ▁no s ▁ha ▁guard ado , ▁y ▁ha ▁entregado ▁en ▁nuestra s ▁manos ▁la ▁ca t er v a ▁que ▁vino ▁sobre ▁nosotros .
▁Y ▁de s de ▁aquel ▁día ▁en ▁a de l an te ▁fué ▁esto ▁puesto ▁por ▁le y ▁y ▁orden an za ▁en ▁Israel , ▁hast a ▁hoy .
▁Y ▁ como ▁David ▁llegó ▁á ▁Si c la g , ▁envió ▁de ▁la ▁pre s a ▁á ▁los ▁ancianos ▁de ▁Judá , ▁sus ▁am i go s , ▁diciendo : ▁He ▁aquí ▁una ▁bendición ▁para ▁vosotros , ▁de ▁la ▁pre s a ▁de ▁los ▁enemigos ▁de ▁Jehová .
▁A ▁los ▁que ▁estaban ▁en ▁Beth - el , ▁y ▁en ▁Ramoth ▁al ▁mediodía , ▁y ▁á ▁los ▁que ▁estaban ▁en ▁Ja t t ir ;
▁Y ▁á ▁los ▁que ▁estaban ▁en ▁A ro er , ▁y ▁en ▁Si ph mo th , ▁y ▁á ▁los ▁que ▁estaban ▁en ▁E s th e mo a ;
▁Y ▁á ▁los ▁que ▁estaban ▁en ▁R a ch â l , ▁y ▁á ▁los ▁que ▁estaban ▁en ▁las ▁ciudades ▁de ▁Je ra me el , ▁y ▁á ▁los ▁que ▁estaban ▁en ▁las ▁ciudades ▁del ▁C in e o ;
▁Y ▁á ▁los ▁que ▁estaban ▁en ▁Hor ma , ▁y ▁á ▁los ▁que ▁estaban ▁en ▁C h ô ra s án , ▁y ▁á ▁los ▁que ▁estaban ▁en ▁A th a ch ;
▁Y ▁á ▁los ▁que ▁estaban ▁en ▁Hebrón , ▁y ▁en ▁todos ▁los ▁lugar es ▁don de ▁David ▁había ▁esta do ▁con ▁los ▁suyo s .
▁L O S ▁Filisteos ▁pues ▁pe le aron ▁con ▁Israel , ▁y ▁los ▁de ▁Israel ▁ hu y e ron ▁delante ▁de ▁los ▁Filisteos , ▁y ▁ca y e ron ▁muerto s ▁en ▁el ▁monte ▁de ▁ G il b o a .
▁Y ▁siguie ndo ▁los ▁Filisteos ▁á ▁Saúl ▁y ▁á ▁sus ▁hijos , ▁matar on ▁á ▁Jonathán , ▁y ▁á ▁Abi n ada b , ▁y ▁á ▁Me l ch î s u a , ▁hijos ▁de ▁Saúl .
▁Y ▁a g ra v óse ▁la ▁batalla ▁sobre ▁Saúl , ▁y ▁le ▁al ca n z aron ▁los ▁f le ch eros ▁ ; ▁y ▁tuvo ▁gran ▁tem or ▁de ▁los ▁f le ch eros ▁ .
▁Y ▁ viendo ▁su ▁es cu der o ▁á ▁Saúl ▁muerto , ▁él ▁también ▁se ▁echó ▁sobre ▁su ▁espada , ▁y ▁murió ▁con ▁él .
▁As í ▁murió ▁Saúl ▁en ▁aquel ▁día , ▁junt amente ▁con ▁sus ▁tres ▁hijos , ▁y ▁su ▁es cu der o , ▁y ▁todos ▁sus ▁varones .
▁Y ▁aconteció ▁el ▁siguiente ▁día , ▁que ▁vi n iendo ▁los ▁Filisteos ▁á ▁de s p o ja r ▁los ▁muerto s , ▁halla ron ▁á ▁Saúl ▁y ▁á ▁sus ▁tres ▁hijos ▁ten d ido s ▁en ▁el ▁monte ▁de ▁ G il b o a ;
▁Y ▁pusier on ▁sus ▁arm as ▁en ▁el ▁templo ▁de ▁As t ar oth , ▁y ▁co l g aron ▁su ▁cuerpo ▁en ▁el ▁mu ro ▁de ▁Beth - s an .
▁Mas ▁ o y e ndo ▁los ▁de ▁Jabes ▁de ▁Galaad ▁esto ▁que ▁los ▁Filisteos ▁hicieron ▁á ▁Saúl ,
▁Y ▁toma ndo ▁sus ▁hues os , ▁se p u l t áronlo s ▁debajo ▁de ▁un ▁árbol ▁en ▁Jabes , ▁y ▁a y un aron ▁siete ▁días .
▁Y ▁A C O N T E C I Ó ▁después ▁de ▁la ▁muerte ▁de ▁Saúl , ▁que ▁vuelto ▁David ▁de ▁la ▁de r ro ta ▁de ▁los ▁Amalec itas , ▁estuv o ▁dos ▁días ▁en ▁Si c la g :
▁Y ▁pre gu n t ó le ▁David : ▁¿ D e ▁d ón de ▁viene s ? ▁Y ▁él ▁respondió : ▁He me ▁es ca p ado ▁del ▁campo ▁de ▁Israel .
▁Y ▁dijo ▁David ▁á ▁aquel ▁mancebo ▁que ▁le ▁d aba ▁las ▁nueva s : ▁¿ C ó mo ▁sabe s ▁que ▁Saúl ▁es ▁muerto , ▁y ▁Jonathán ▁su ▁hijo ?
▁Y ▁ como ▁él ▁miró ▁at rás , ▁vió me ▁y ▁llamó me ; ▁y ▁yo ▁di je : ▁He me ▁aquí .
▁Y ▁él ▁me ▁dijo : ▁¿ Quién ▁eres ▁tú ? ▁Y ▁yo ▁le ▁respond í : ▁So y ▁Amalec ita .
▁Y ▁él ▁me ▁volvió ▁á ▁decir : ▁Yo ▁te ▁ruego ▁que ▁te ▁pon ga s ▁sobre ▁mí , ▁y ▁me ▁ ma te s , ▁por que ▁me ▁to man ▁an gu st i as , ▁y ▁toda ▁mi ▁alma ▁está ▁a ún ▁en ▁mí .
▁Entonces ▁David ▁tra b ando ▁de ▁sus ▁vestidos , ▁romp ió los ; ▁y ▁lo ▁mismo ▁hicieron ▁los ▁hombres ▁que ▁estaban ▁con ▁él .
▁Y ▁llora ron ▁y ▁la ment aron , ▁y ▁a y un aron ▁hast a ▁la ▁tarde , ▁por ▁Saúl ▁y ▁por ▁Jonathán ▁su ▁hijo , ▁y ▁por ▁el ▁pueblo ▁de ▁Jehová , ▁y ▁por ▁la ▁casa ▁de ▁Israel : ▁por que ▁habían ▁ca í do ▁á ▁cuchillo .
▁Y ▁David ▁dijo ▁á ▁aquel ▁mancebo ▁que ▁le ▁había ▁traído ▁las ▁nueva s : ▁¿ D e ▁d ón de ▁eres ▁tú ? ▁Y ▁él ▁respondió : ▁Yo ▁soy ▁hijo ▁de ▁un ▁extranjero , ▁Amalec ita .
▁Y ▁díjole ▁David : ▁¿ C ó mo ▁no ▁tu vi s te ▁tem or ▁de ▁extend er ▁tu ▁mano ▁para ▁matar ▁al ▁ungido ▁de ▁Jehová ?
▁Entonces ▁llamó ▁David ▁uno ▁de ▁los ▁mancebo s , ▁y ▁díjole : ▁L le ga , ▁y ▁ m á ta lo . ▁Y ▁él ▁lo ▁hirió , ▁y ▁murió .
▁Y ▁David ▁le ▁dijo : ▁T u ▁sangre ▁sea ▁sobre ▁tu ▁cabeza , ▁pues ▁que ▁tu ▁boca ▁at est i gu ó ▁contra ▁ti , ▁diciendo : ▁Yo ▁ ma t é ▁al ▁ungido ▁de ▁Jehová .
▁Y ▁en de ch ó ▁David ▁á ▁Saúl ▁y ▁á ▁Jonathán ▁su ▁hijo ▁con ▁esta ▁en de ch a .
▁ ( D i jo ▁también ▁que ▁en se ñ as en ▁al ▁ar co ▁á ▁los ▁hijos ▁de ▁Judá . ▁He ▁aquí ▁que ▁está ▁escrito ▁en ▁el ▁libr o ▁del ▁derecho : )
▁ ¡ P e recido ▁ha ▁la ▁gloria ▁de ▁Israel ▁sobre ▁tu s ▁mo n ta ñ as ! ▁ ¡ C ó mo ▁han ▁ca í do ▁los ▁va l iente s !
▁Si n ▁sangre ▁de ▁muerto s , ▁sin ▁gr os ura ▁de ▁va l iente s , ▁el ▁ar co ▁de ▁Jonathán ▁ nunc a ▁volvió , ▁ni ▁la ▁espada ▁de ▁Saúl ▁se ▁torn ó ▁va c ía .
▁Hi ja s ▁de ▁Israel , ▁llora d ▁sobre ▁Saúl , ▁que ▁os ▁ve st ía ▁de ▁es c ar la ta ▁en ▁re go ci jo s , ▁que ▁a dor n aba ▁vuestras ▁ropa s ▁con ▁or n a ment os ▁de ▁oro .
▁ ¡ C ó mo ▁han ▁ca í do ▁los ▁va l iente s ▁en ▁medio ▁de ▁la ▁batalla ! ▁ ¡ J on ath án , ▁muerto ▁en ▁tu s ▁al t ura s !
▁A n gu st i a ▁ten go ▁por ▁ti , ▁hermano ▁mío ▁Jonathán , ▁que ▁me ▁f u iste ▁mu y ▁d u l ce : ▁más ▁mar a vi l los o ▁me ▁fué ▁tu ▁am or , ▁que ▁el ▁am or ▁de ▁las ▁mujeres .
▁ ¡ C ó mo ▁han ▁ca í do ▁los ▁va l iente s , ▁y ▁per e c ieron ▁las ▁arm as ▁de ▁guerra !
▁Y ▁David ▁subió ▁all á , ▁y ▁con ▁él ▁sus ▁dos ▁mujeres , ▁Ahi no am ▁Jezreel ita ▁y ▁Abigail , ▁la ▁que ▁fué ▁mujer ▁de ▁Nabal ▁del ▁Carmel o .
▁Y ▁llev ó ▁también ▁David ▁consigo ▁los ▁hombres ▁que ▁con ▁él ▁habían ▁esta do , ▁ cada ▁uno ▁con ▁su ▁familia ; ▁los ▁cuales ▁mor aron ▁en ▁las ▁ciudades ▁de ▁Hebrón .
▁Y ▁vinieron ▁los ▁varones ▁de ▁Judá , ▁y ▁un g ieron ▁allí ▁á ▁David ▁por ▁rey ▁sobre ▁la ▁casa ▁de ▁Judá . ▁Y ▁d ieron ▁aviso ▁á ▁David , ▁diciendo : ▁Lo s ▁de ▁Jabes ▁de ▁Galaad ▁son ▁los ▁que ▁sepulta ron ▁á ▁Saúl .
▁Ahora ▁pues , ▁Jehová ▁haga ▁con ▁vosotros ▁misericordia ▁y ▁ver dad ; ▁y ▁yo ▁también ▁os ▁haré ▁bien ▁por ▁esto ▁que ▁ha béis ▁hecho .
▁E s f u é r ce n se ▁pues ▁ahora ▁vuestras ▁manos , ▁y ▁se d ▁va l iente s ; ▁pues ▁que ▁muerto ▁Saúl ▁vuestro ▁señor , ▁los ▁de ▁la ▁casa ▁de ▁Judá ▁me ▁han ▁ungido ▁por ▁rey ▁sobre ▁ellos .
▁Mas ▁Abner ▁hijo ▁de ▁N er , ▁ g en er al ▁de ▁ejército ▁de ▁Saúl , ▁tomó ▁á ▁I s - b os eth ▁hijo ▁de ▁Saúl , ▁é ▁ h í zo lo ▁pasar ▁al ▁re al :
▁Y ▁al z ólo ▁por ▁rey ▁sobre ▁Galaad , ▁y ▁sobre ▁Ge s s u ri , ▁y ▁sobre ▁Jezreel , ▁y ▁sobre ▁Ephraim , ▁y ▁sobre ▁Benjamín , ▁y ▁sobre ▁todo ▁Israel .
▁De ▁cuarenta ▁años ▁era ▁I s - b os eth ▁hijo ▁de ▁Saúl , ▁cuando ▁comenzó ▁á ▁reinar ▁sobre ▁Israel ; ▁y ▁reinó ▁dos ▁años . ▁So la ▁la ▁casa ▁de ▁Judá ▁se gu ía ▁á ▁David .
▁Y ▁fué ▁el ▁número ▁de ▁los ▁días ▁que ▁David ▁reinó ▁en ▁Hebrón ▁sobre ▁la ▁casa ▁de ▁Judá , ▁siete ▁años ▁y ▁se is ▁me se s .
▁Y ▁Abner ▁hijo ▁de ▁N er ▁salió ▁de ▁Ma h an a im ▁á ▁ G aba ón ▁con ▁los ▁siervos ▁de ▁I s - b os eth ▁hijo ▁de ▁Saúl .
▁Y ▁dijo ▁Abner ▁á ▁Joab : ▁Le v án t en se ▁ahora ▁los ▁mancebo s , ▁y ▁man i o bre n ▁delante ▁de ▁nosotros . ▁Y ▁Joab ▁respondió : ▁Le v án t en se .
▁Entonces ▁se ▁levant aron , ▁y ▁en ▁número ▁de ▁do ce ▁ , ▁pasar on ▁de ▁Benjamín ▁de ▁la ▁parte ▁de ▁I s - b os eth ▁hijo ▁de ▁Saúl ; ▁y ▁do ce ▁de ▁los ▁siervos ▁de ▁David .
▁Y ▁hubo ▁aquel ▁día ▁una ▁batalla ▁mu y ▁re ci a , ▁y ▁Abner ▁y ▁los ▁hombres ▁de ▁Israel ▁fueron ▁ven c ido s ▁de ▁los ▁siervos ▁de ▁David .
▁Y ▁estaban ▁allí ▁los ▁tres ▁hijos ▁de ▁S ar vi a : ▁Joab , ▁y ▁Abi s a i , ▁y ▁As a el . ▁Este ▁As a el ▁era ▁su el to ▁de ▁pie s ▁ como ▁un ▁cor zo ▁del ▁campo .
▁El ▁cual ▁As a el ▁si gu ió ▁á ▁Abner , ▁ye ndo ▁tras ▁de ▁él ▁sin ▁apart ar se ▁á ▁die s tra ▁ni ▁á ▁sin i est ra .
▁Y ▁Abner ▁miró ▁at rás , ▁y ▁dijo : ▁¿ No ▁eres ▁tú ▁As a el ? ▁Y ▁él ▁respondió : ▁S í .
▁Y ▁junt áronse ▁los ▁hijos ▁de ▁Benjamín ▁en ▁un ▁es cu ad r ón ▁con ▁Abner , ▁y ▁par áronse ▁en ▁la ▁cumbre ▁del ▁co l l ado .
▁Y ▁Joab ▁respondió : ▁Viv e ▁Dios ▁que ▁si ▁no ▁ hu bi er as ▁hablado , ▁y a ▁de s de ▁esta ▁mañana ▁el ▁pueblo ▁ hu bi er a ▁de ja do ▁de ▁se gu ir ▁á ▁sus ▁hermanos .
▁Entonces ▁Joab ▁to c ó ▁el ▁cu er no , ▁y ▁todo ▁el ▁pueblo ▁se ▁de tu v o , ▁y ▁no ▁si gu ió ▁más ▁á ▁los ▁de ▁Israel , ▁ni ▁pe le ó ▁más .
▁Y ▁Abner ▁y ▁los ▁suyo s ▁ca mi n aron ▁por ▁la ▁camp i ñ a ▁toda ▁aquella ▁noche , ▁y ▁pasa ndo ▁el ▁Jordán ▁c r u z aron ▁por ▁todo ▁B i t r ón , ▁y ▁llegar on ▁á ▁Ma h an a im .
▁Joab ▁también ▁volvió ▁de ▁se gu ir ▁á ▁Abner , ▁y ▁junt ando ▁todo ▁el ▁pueblo , ▁falta ron ▁de ▁los ▁siervos ▁de ▁David ▁die ci n ue v e ▁hombres , ▁y ▁As a el .
▁Y ▁ca mi n aron ▁toda ▁aquella ▁noche ▁Joab ▁y ▁los ▁suyo s , ▁y ▁a man e ció les ▁en ▁Hebrón .
▁Y ▁ H U B O ▁la r ga ▁guerra ▁entre ▁la ▁casa ▁de ▁Saúl ▁y ▁la ▁casa ▁de ▁David ; ▁mas ▁David ▁se ▁iba ▁for t i f i c ando , ▁y ▁la ▁casa ▁de ▁Saúl ▁iba ▁en ▁di s mi n u ción .
▁Y ▁nac ieron ▁hijos ▁á ▁David ▁en ▁Hebrón : ▁su ▁primogénito ▁fué ▁Ammón , ▁de ▁Ahi no am ▁Jezreel ita ;
▁Su ▁segundo ▁C hi le ab , ▁de ▁Abigail ▁la ▁mujer ▁de ▁Nabal , ▁el ▁del ▁Carmel o ; ▁el ▁tercer o , ▁A b s al ó m , ▁hijo ▁de ▁Ma a ch â , ▁hija ▁de ▁T al ma i ▁rey ▁de ▁Ge s s ur :
▁El ▁cu ar to , ▁A do n ía s ▁hijo ▁de ▁Ha g g i th ; ▁el ▁qu in to , ▁S a ph a t ía s ▁hijo ▁de ▁Abi ta l ;
▁El ▁se x to , ▁Je t re am , ▁de ▁E g la ▁mujer ▁de ▁David . ▁Estos ▁nac ieron ▁á ▁David ▁en ▁Hebrón .
▁Y ▁ como ▁había ▁guerra ▁entre ▁la ▁casa ▁de ▁Saúl ▁y ▁la ▁de ▁David , ▁aconteció ▁que ▁Abner ▁se ▁es for za ba ▁por ▁la ▁casa ▁de ▁Saúl .
▁Y ▁había ▁Saúl ▁ten ido ▁una ▁concubina ▁que ▁se ▁llamaba ▁R is pa , ▁hija ▁de ▁A ja . ▁Y ▁dijo ▁I s - b os eth ▁á ▁Abner : ▁¿ Por ▁qué ▁has ▁entr ado ▁á ▁la ▁concubina ▁de ▁mi ▁padre ?
▁As í ▁haga ▁Dios ▁á ▁Abner ▁y ▁así ▁le ▁a ñ ada , ▁si ▁ como ▁ha ▁ j ur ado ▁Jehová ▁á ▁David ▁no ▁hiciere ▁yo ▁así ▁con ▁él ,
▁T ra s l ada ndo ▁el ▁reino ▁de ▁la ▁casa ▁de ▁Saúl , ▁y ▁confirm ando ▁el ▁trono ▁de ▁David ▁sobre ▁Israel ▁y ▁sobre ▁Judá , ▁de s de ▁Dan ▁hast a ▁Beer - se b ah .
▁Y ▁él ▁no ▁pu do ▁respond er ▁palabra ▁á ▁Abner , ▁por que ▁le ▁tem ía .
▁Entonces ▁I s - b os eth ▁envió , ▁y ▁ qui t ó la ▁á ▁su ▁marido ▁P al t i el , ▁hijo ▁de ▁La is .
▁Y ▁su ▁marido ▁fué ▁con ▁ella , ▁si gu ién do la ▁y ▁llora ndo ▁hast a ▁B ah ur im . ▁Y ▁díjole ▁Abner : ▁And a , ▁ v u é l v e te . ▁Entonces ▁él ▁se ▁volvió .
▁Y ▁habló ▁Abner ▁con ▁los ▁ancianos ▁de ▁Israel , ▁diciendo : ▁A y er ▁y ▁antes ▁pro cu r aba is ▁que ▁David ▁fuese ▁rey ▁sobre ▁vosotros ;
▁Ahora , ▁pues , ▁ha c ed lo ; ▁por que ▁Jehová ▁ha ▁hablado ▁á ▁David , ▁diciendo : ▁Por ▁la ▁mano ▁de ▁mi ▁siervo ▁David ▁libr aré ▁á ▁mi ▁pueblo ▁Israel ▁de ▁mano ▁de ▁los ▁Filisteos , ▁y ▁de ▁mano ▁de ▁todos ▁sus ▁enemigos .
▁ V in o ▁pues ▁Abner ▁á ▁David ▁en ▁Hebrón , ▁y ▁con ▁él ▁veinte ▁hombres : ▁y ▁David ▁hizo ▁ba n que te ▁á ▁Abner ▁y ▁á ▁los ▁que ▁con ▁él ▁habían ▁venido .
▁Y ▁luego ▁que ▁llegó ▁Joab ▁y ▁todo ▁el ▁ejército ▁que ▁con ▁él ▁estaba , ▁fué ▁dado ▁aviso ▁á ▁Joab , ▁diciendo : ▁Abner ▁hijo ▁de ▁N er ▁ha ▁venido ▁al ▁rey , ▁y ▁él ▁le ▁ha ▁de s p ed ido , ▁y ▁se ▁fué ▁en ▁paz .
▁Entonces ▁Joab ▁vino ▁al ▁rey , ▁y ▁díjole : ▁¿ Qué ▁has ▁hecho ? ▁He ▁aquí ▁había se ▁venido ▁Abner ▁á ▁ti : ▁¿ por ▁qué ▁pues ▁lo ▁de j aste ▁que ▁se ▁fué se ?
▁¿ S ab es ▁tú ▁que ▁Abner ▁hijo ▁de ▁N er ▁ha ▁venido ▁para ▁en ga ñ ar te , ▁y ▁á ▁sabe r ▁tu ▁sal i da ▁y ▁tu ▁entr ada , ▁y ▁por ▁en t en der ▁todo ▁lo ▁que ▁tú ▁ha ce s ?
▁Y ▁sal ién do se ▁Joab ▁de ▁con ▁David , ▁envió ▁mensajero s ▁tras ▁Abner , ▁los ▁cuales ▁le ▁volvieron ▁de s de ▁el ▁pozo ▁de ▁Si ra , ▁sin ▁sabe r lo ▁David .
▁Cuan do ▁David ▁su p o ▁después ▁esto , ▁dijo : ▁L im p i o ▁esto y ▁yo ▁y ▁mi ▁reino , ▁por ▁Jehová , ▁para ▁siempre , ▁de ▁la ▁sangre ▁de ▁Abner ▁hijo ▁de ▁N er .
▁Joab ▁pues ▁y ▁Abi s a i ▁su ▁hermano ▁matar on ▁á ▁Abner , ▁por que ▁él ▁había ▁muerto ▁á ▁As a el , ▁hermano ▁de ▁ellos ▁en ▁la ▁batalla ▁de ▁ G aba ón .
▁Y ▁sepulta ron ▁á ▁Abner ▁en ▁Hebrón : ▁y ▁al z ando ▁el ▁rey ▁su ▁voz , ▁lloró ▁junto ▁al ▁se p u l c ro ▁de ▁Abner ; ▁y ▁lloró ▁también ▁todo ▁el ▁pueblo .
▁Y ▁en de ch ando ▁el ▁rey ▁al ▁mismo ▁Abner , ▁decía : ▁¿ M ur ió ▁Abner ▁ como ▁mu er e ▁un ▁vi l la no ?
▁T u s ▁manos ▁no ▁estaban ▁at ada s , ▁ni ▁tu s ▁pie s ▁li g ados ▁con ▁gr ill os : ▁ca í s te ▁ como ▁los ▁que ▁ca en ▁delante ▁de ▁mal os ▁hombres . ▁Y ▁todo ▁el ▁pueblo ▁volvió ▁á ▁llora r ▁sobre ▁él .
▁S ú p o lo ▁así ▁todo ▁el ▁pueblo , ▁y ▁p l u go ▁en ▁sus ▁ojos ; ▁por que ▁todo ▁lo ▁que ▁el ▁rey ▁hacía ▁par e c ía ▁bien ▁en ▁ojos ▁de ▁todo ▁el ▁pueblo .
▁Y ▁todo ▁el ▁pueblo ▁y ▁todo ▁Israel ▁en te nd ieron ▁aquel ▁día , ▁que ▁no ▁había ▁venido ▁del ▁rey ▁que ▁Abner ▁hijo ▁de ▁N er ▁mu ri e se .
▁Y ▁el ▁rey ▁dijo ▁á ▁sus ▁siervos : ▁¿ No ▁s a béis ▁que ▁ha ▁ca í do ▁hoy ▁en ▁Israel ▁un ▁príncipe , ▁y ▁grande ?
▁L U E G O ▁que ▁oyó ▁el ▁hijo ▁de ▁Saúl ▁que ▁Abner ▁había ▁sido ▁muerto ▁en ▁Hebrón , ▁las ▁manos ▁se ▁le ▁de s co y un t aron , ▁y ▁fué ▁a te mo ri z ado ▁todo ▁Israel .
▁Estos ▁Beer oth itas ▁se ▁habían ▁ hu í do ▁á ▁ G i t ta im , ▁y ▁habían ▁sido ▁per e g ri nos ▁allí ▁hast a ▁entonces . )
▁Y ▁ V I N I E R O N ▁todas ▁las ▁tribu s ▁de ▁Israel ▁á ▁David ▁en ▁Hebrón , ▁y ▁hablar on , ▁diciendo : ▁He ▁aquí ▁nosotros ▁so mos ▁tu s ▁hues os ▁y ▁tu ▁carne .
▁ V in ieron ▁pues ▁todos ▁los ▁ancianos ▁de ▁Israel ▁al ▁rey ▁en ▁Hebrón , ▁y ▁el ▁rey ▁David ▁hizo ▁con ▁ellos ▁alianza ▁en ▁Hebrón ▁delante ▁de ▁Jehová ; ▁y ▁un g ieron ▁á ▁David ▁por ▁rey ▁sobre ▁Israel .
▁E ra ▁David ▁de ▁treinta ▁años ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁reinó ▁cuarenta ▁años .
▁En ▁Hebrón ▁reinó ▁sobre ▁Judá ▁siete ▁años ▁y ▁se is ▁me se s : ▁y ▁en ▁Jerusalem ▁reinó ▁treinta ▁y ▁tres ▁años ▁sobre ▁todo ▁Israel ▁y ▁Judá .
▁E mpero ▁David ▁tomó ▁la ▁fortaleza ▁de ▁Si ón , ▁la ▁cual ▁es ▁la ▁ciudad ▁de ▁David .
▁Y ▁David ▁mor ó ▁en ▁la ▁fortaleza , ▁y ▁p ú s o le ▁por ▁nombre ▁la ▁C i u dad ▁de ▁David : ▁y ▁edificó ▁alrededor , ▁de s de ▁Mi l lo ▁para ▁a de n t ro .
▁Y ▁David ▁iba ▁c re c iendo ▁y ▁a u ment ándose , ▁y ▁Jehová ▁Dios ▁de ▁los ▁ejército s ▁era ▁con ▁él .
▁Y ▁en te nd ió ▁David ▁que ▁Jehová ▁le ▁había ▁confirm ado ▁por ▁rey ▁sobre ▁Israel , ▁y ▁que ▁había ▁en s al z ado ▁su ▁reino ▁por ▁am or ▁de ▁su ▁pueblo ▁Israel .
▁Y ▁tomó ▁David ▁más ▁concubina s ▁y ▁mujeres ▁de ▁Jerusalem ▁después ▁que ▁vino ▁de ▁Hebrón , ▁y ▁nac iéronle ▁más ▁hijos ▁é ▁hijas .
▁Estos ▁son ▁los ▁nombre s ▁de ▁los ▁que ▁le ▁nac ieron ▁en ▁Jerusalem : ▁S am m u a , ▁y ▁So ba b , ▁y ▁Nathán , ▁y ▁Salomón ,
▁E ▁I b h ar , ▁y ▁Eli s u a , ▁y ▁N e ph e g ,
▁Y ▁Ja ph i a , ▁y ▁Eli s a ma , ▁y ▁Eli ada , ▁y ▁Eli ph e le t .
▁Y ▁ o y e ndo ▁los ▁Filisteos ▁que ▁habían ▁ungido ▁á ▁David ▁por ▁rey ▁sobre ▁Israel , ▁todos ▁los ▁Filisteos ▁subieron ▁á ▁busca r ▁á ▁David : ▁lo ▁cual ▁ como ▁David ▁oyó , ▁vino ▁á ▁la ▁fortaleza .
▁Y ▁vinieron ▁los ▁Filisteos , ▁y ▁extend iéronse ▁por ▁el ▁valle ▁de ▁R a ph a im .
▁Y ▁dejar on ▁allí ▁sus ▁ í do los , ▁los ▁cuales ▁que m ó ▁David ▁y ▁los ▁suyo s .
▁Y ▁los ▁Filisteos ▁torn aron ▁á ▁ven ir , ▁y ▁extend iéronse ▁en ▁el ▁valle ▁de ▁R a ph a im .
▁Y ▁consult ando ▁David ▁á ▁Jehová , ▁él ▁le ▁respondió : ▁No ▁su ba s ; ▁mas ▁rod é a los , ▁y ▁vendrá s ▁á ▁ellos ▁por ▁delante ▁de ▁los ▁mor a les :
▁Y ▁David ▁lo ▁hizo ▁así , ▁ como ▁Jehová ▁se ▁lo ▁había ▁mandado ; ▁é ▁hirió ▁á ▁los ▁Filisteos ▁de s de ▁Gabaa ▁hast a ▁llegar ▁á ▁ G a za .
▁Y ▁ D A V I D ▁torn ó ▁á ▁junt ar ▁todos ▁los ▁es co g ido s ▁de ▁Israel , ▁treinta ▁mil .
▁Y ▁cuando ▁lo ▁llev aban ▁de ▁la ▁casa ▁de ▁Abi n ada b ▁que ▁estaba ▁en ▁Gabaa , ▁con ▁el ▁arca ▁de ▁Dios , ▁Ahi o ▁iba ▁delante ▁del ▁arca .
▁Y ▁cuando ▁llegar on ▁á ▁la ▁era ▁de ▁N a ch ô n , ▁Uz za ▁extend ió ▁la ▁mano ▁al ▁arca ▁de ▁Dios , ▁y ▁tú v o la ; ▁por que ▁los ▁bueyes ▁d aban ▁s a cu di das .
▁Y ▁el ▁furor ▁de ▁Jehová ▁se ▁encendió ▁contra ▁Uz za , ▁é ▁hirió lo ▁allí ▁Dios ▁por ▁aquella ▁tem er i dad , ▁y ▁cayó ▁allí ▁muerto ▁junto ▁al ▁arca ▁de ▁Dios .
▁Y ▁entr iste ci óse ▁David ▁por ▁haber ▁her ido ▁Jehová ▁á ▁Uz za : ▁y ▁fué ▁llamado ▁aquel ▁lugar ▁P é re z - u z za , ▁hast a ▁hoy .
▁Y ▁tem iendo ▁David ▁á ▁Jehová ▁aquel ▁día , ▁dijo : ▁¿ C ó mo ▁ha ▁de ▁ven ir ▁á ▁mí ▁el ▁arca ▁de ▁Jehová ?
▁No ▁quiso ▁pues ▁David ▁tra er ▁á ▁sí ▁el ▁arca ▁de ▁Jehová ▁á ▁la ▁ciudad ▁de ▁David ; ▁mas ▁llev ó la ▁David ▁á ▁casa ▁de ▁O b ed - ed om ▁Ge th e o .
▁Y ▁estuv o ▁el ▁arca ▁de ▁Jehová ▁en ▁casa ▁de ▁O b ed - ed om ▁Ge th e o ▁tres ▁me se s : ▁y ▁bendijo ▁Jehová ▁á ▁O b ed - ed om ▁y ▁á ▁toda ▁su ▁casa .
▁Y ▁ como ▁los ▁que ▁llev aban ▁el ▁arca ▁de ▁Dios ▁habían ▁and ado ▁se is ▁pa s os , ▁sacrific aban ▁un ▁buey ▁y ▁un ▁carnero ▁gr ue s o .
▁Y ▁David ▁sal t aba ▁con ▁toda ▁su ▁fuerza ▁delante ▁de ▁Jehová ; ▁y ▁tenía ▁vestido ▁David ▁un ▁ephod ▁de ▁lino .
▁As í ▁David ▁y ▁toda ▁la ▁casa ▁de ▁Israel ▁llev aban ▁el ▁arca ▁de ▁Jehová ▁con ▁ j ú bi lo ▁y ▁son ido ▁de ▁ t ro m pe ta .
▁Me t ieron ▁pues ▁el ▁arca ▁de ▁Jehová , ▁y ▁pu s i é ron la ▁en ▁su ▁lugar ▁en ▁medio ▁de ▁una ▁tienda ▁que ▁David ▁le ▁había ▁ten d ido : ▁y ▁sacrific ó ▁David ▁holocausto s ▁y ▁pa c í f i co s ▁delante ▁de ▁Jehová .
▁Y ▁ como ▁David ▁hubo ▁acaba do ▁de ▁of re cer ▁los ▁holocausto s ▁y ▁pa c í f i co s , ▁bendijo ▁al ▁pueblo ▁en ▁el ▁nombre ▁de ▁Jehová ▁de ▁los ▁ejército s .
▁Y ▁aun ▁me ▁haré ▁más ▁vi l ▁que ▁esta ▁vez , ▁y ▁se ré ▁ba jo ▁á ▁mis ▁pro p i os ▁ojos ; ▁y ▁delante ▁de ▁las ▁c ri ada s ▁que ▁di j iste , ▁delante ▁de ▁ella s ▁se ré ▁ho n r ado .
▁Y ▁Mi ch â l ▁hija ▁de ▁Saúl ▁ nunc a ▁tuvo ▁hijos ▁hast a ▁el ▁día ▁de ▁su ▁muerte .
▁Y ▁A C O N T E C I Ó ▁que , ▁esta ndo ▁y a ▁el ▁rey ▁as enta do ▁en ▁su ▁casa , ▁después ▁que ▁Jehová ▁le ▁había ▁dado ▁reposo ▁de ▁todos ▁sus ▁enemigos ▁en ▁derredor ,
▁Di jo ▁el ▁rey ▁al ▁profeta ▁Nathán : ▁Mi ra ▁ahora , ▁yo ▁mor o ▁en ▁ ed i f i ci os ▁de ▁cedro , ▁y ▁el ▁arca ▁de ▁Dios ▁está ▁entre ▁cortina s .
▁Y ▁Nathán ▁dijo ▁al ▁rey : ▁And a , ▁y ▁ha z ▁todo ▁lo ▁que ▁está ▁en ▁tu ▁corazón , ▁que ▁Jehová ▁es ▁contigo .
▁Y ▁aconteció ▁aquella ▁noche , ▁que ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Nathán , ▁diciendo :
▁Ve ▁y ▁di ▁á ▁mi ▁siervo ▁David : ▁As í ▁ha ▁dicho ▁Jehová : ▁¿ T ú ▁me ▁has ▁de ▁edifica r ▁casa ▁en ▁que ▁yo ▁more ?
▁C iertamente ▁no ▁he ▁habita do ▁en ▁casa s ▁de s de ▁el ▁día ▁que ▁s a qué ▁á ▁los ▁hijos ▁de ▁Israel ▁de ▁Egipto ▁hast a ▁hoy , ▁sin o ▁que ▁and u v e ▁en ▁tienda ▁y ▁en ▁tabernáculo .
▁Y ▁he ▁sido ▁contigo ▁en ▁todo ▁cuanto ▁has ▁and ado , ▁y ▁delante ▁de ▁ti ▁he ▁tal ado ▁todos ▁tu s ▁enemigos , ▁y ▁te ▁he ▁hecho ▁nombre ▁grande , ▁ como ▁el ▁nombre ▁de ▁los ▁grande s ▁que ▁son ▁en ▁la ▁tierra .
▁El ▁edifica rá ▁casa ▁á ▁mi ▁nombre , ▁y ▁yo ▁a f ir ma ré ▁para ▁siempre ▁el ▁trono ▁de ▁su ▁reino .
▁Yo ▁le ▁se ré ▁á ▁él ▁padre , ▁y ▁él ▁me ▁será ▁á ▁mí ▁hijo . ▁Y ▁si ▁él ▁hiciere ▁mal , ▁yo ▁le ▁cast i g aré ▁con ▁va ra ▁de ▁hombres , ▁y ▁con ▁a zo te s ▁de ▁hijos ▁de ▁hombres ;
▁E mpero ▁mi ▁misericordia ▁no ▁se ▁apart ará ▁de ▁él , ▁ como ▁la ▁apart é ▁de ▁Saúl , ▁al ▁cual ▁ qui t é ▁de ▁delante ▁de ▁ti .
▁Y ▁será ▁a f ir m ada ▁tu ▁casa ▁y ▁tu ▁reino ▁para ▁siempre ▁delante ▁de ▁tu ▁rostro ; ▁y ▁tu ▁trono ▁será ▁esta ble ▁ e te rna l mente .
▁C on for me ▁á ▁todas ▁esta s ▁palabras , ▁y ▁conform e ▁á ▁toda ▁esta ▁vi s ió n , ▁así ▁habló ▁Nathán ▁á ▁David .
▁Y ▁entr ó ▁el ▁rey ▁David , ▁y ▁p ú s ose ▁delante ▁de ▁Jehová , ▁y ▁dijo : ▁Señor ▁Jehová , ▁¿ qui é n ▁soy ▁yo , ▁y ▁qué ▁es ▁mi ▁casa , ▁para ▁que ▁tú ▁me ▁tra i ga s ▁hast a ▁aquí ?
▁¿ Y ▁qué ▁más ▁pu ed e ▁a ñ ad ir ▁David ▁habla ndo ▁contigo ? ▁T ú ▁pues ▁conoc es ▁tu ▁siervo , ▁Señor ▁Jehová .
▁T o das ▁esta s ▁grande za s ▁has ▁obra do ▁por ▁tu ▁palabra ▁y ▁conform e ▁á ▁tu ▁corazón , ▁haci é ndo la s ▁sabe r ▁á ▁tu ▁siervo .
▁Por ▁tanto ▁tú ▁te ▁has ▁en g ra n de c ido , ▁Jehová ▁Dios : ▁por ▁cuanto ▁no ▁hay ▁ como ▁tú , ▁ni ▁hay ▁Dios ▁fuera ▁de ▁ti , ▁conform e ▁á ▁todo ▁lo ▁que ▁he mos ▁oído ▁con ▁nuestro s ▁oído s .
▁Porque ▁tú ▁te ▁has ▁confirm ado ▁á ▁tu ▁pueblo ▁Israel ▁por ▁pueblo ▁tuyo ▁para ▁siempre : ▁y ▁tú , ▁ o h ▁Jehová , ▁f u iste ▁á ▁ellos ▁por ▁Dios .
▁Ahora ▁pues , ▁Jehová ▁Dios , ▁la ▁palabra ▁que ▁has ▁hablado ▁sobre ▁tu ▁siervo ▁y ▁sobre ▁su ▁casa , ▁de s p i é r ta la ▁para ▁siempre , ▁y ▁ha z ▁conform e ▁á ▁lo ▁que ▁has ▁dicho .
▁Que ▁sea ▁en g ra n de c ido ▁tu ▁nombre ▁para ▁siempre , ▁y ▁d í ga se : ▁Jehová ▁de ▁los ▁ejército s ▁es ▁Dios ▁sobre ▁Israel ; ▁y ▁que ▁la ▁casa ▁de ▁tu ▁siervo ▁David ▁sea ▁f ir me ▁delante ▁de ▁ti .
▁Ahora ▁pues , ▁Jehová ▁Dios , ▁tú ▁eres ▁Dios , ▁y ▁tu s ▁palabras ▁serán ▁f ir me s , ▁y a ▁que ▁has ▁dicho ▁á ▁tu ▁siervo ▁este ▁bien .
▁ D E S P U É S ▁de ▁esto ▁aconteció , ▁que ▁David ▁hirió ▁á ▁los ▁Filisteos , ▁y ▁los ▁ hu m ill ó : ▁y ▁tomó ▁David ▁á ▁M eth e g am ma ▁de ▁mano ▁de ▁los ▁Filisteos .
▁A simismo ▁hirió ▁David ▁á ▁Ha dad - ezer ▁hijo ▁de ▁Re h o b , ▁rey ▁de ▁So ba , ▁ye ndo ▁él ▁á ▁extend er ▁su ▁término ▁hast a ▁el ▁río ▁de ▁E u f ra te s .
▁Y ▁vinieron ▁los ▁Siros ▁de ▁Da ma s co ▁á ▁dar ▁a y ud a ▁á ▁Ha dad - ezer ▁rey ▁de ▁So ba ; ▁y ▁David ▁hirió ▁de ▁los ▁Siros ▁veinte ▁y ▁dos ▁mil ▁hombres .
▁Y ▁tomó ▁David ▁los ▁es cu do s ▁de ▁oro ▁que ▁tra ían ▁los ▁siervos ▁de ▁Ha dad - ezer , ▁y ▁llev ólo s ▁á ▁Jerusalem .
▁A simismo ▁de ▁Be ta ▁y ▁de ▁Beer oth , ▁ciudades ▁de ▁Ha dad - ezer , ▁tomó ▁el ▁rey ▁David ▁gran ▁co p i a ▁de ▁metal .
▁Entonces ▁ o y e ndo ▁T o i , ▁rey ▁de ▁Ha ma th , ▁que ▁David ▁había ▁her ido ▁todo ▁el ▁ejército ▁de ▁Ha dad - ezer ,
▁Lo s ▁cuales ▁el ▁rey ▁David ▁de di c ó ▁á ▁Jehová , ▁con ▁la ▁plata ▁y ▁el ▁oro ▁que ▁tenía ▁de di c ado ▁de ▁todas ▁las ▁ n a ciones ▁que ▁había ▁so me t ido :
▁De ▁los ▁Siros , ▁de ▁los ▁Moab itas , ▁de ▁los ▁Ammon itas , ▁de ▁los ▁Filisteos , ▁de ▁los ▁Amalec itas , ▁y ▁del ▁despojo ▁de ▁Ha dad - ezer ▁hijo ▁de ▁Re h o b , ▁rey ▁de ▁So ba .
▁Y ▁ ga n ó ▁David ▁f a ma ▁cuando , ▁ v o l viendo ▁de ▁la ▁ ro ta ▁de ▁los ▁Siros , ▁hirió ▁diez ▁y ▁oc h o ▁mil ▁hombres ▁en ▁el ▁valle ▁de ▁la ▁sal .
▁Y ▁reinó ▁David ▁sobre ▁todo ▁Israel ; ▁y ▁hacía ▁David ▁derecho ▁y ▁justicia ▁á ▁todo ▁su ▁pueblo .
▁Y ▁Joab ▁hijo ▁de ▁S ar vi a ▁era ▁ g en er al ▁de ▁su ▁ejército ; ▁y ▁Josaphat ▁hijo ▁de ▁Ahi l ud , ▁can c ill er ;
▁Y ▁S ado c ▁hijo ▁de ▁Ahi t ud , ▁y ▁Ahimelech ▁hijo ▁de ▁Abiathar , ▁era n ▁sacerdote s ; ▁y ▁Se ra ía ▁era ▁es c ri ba ;
▁Y ▁Be n ah ía ▁hijo ▁de ▁ J o i ada , ▁era ▁sobre ▁los ▁C er eth e os ▁y ▁P el eth e os ; ▁y ▁los ▁hijos ▁de ▁David ▁era n ▁los ▁príncipes .
▁Y ▁ D I J O ▁David : ▁¿ H a ▁que d ado ▁alguno ▁de ▁la ▁casa ▁de ▁Saúl , ▁á ▁quien ▁haga ▁yo ▁misericordia ▁por ▁am or ▁de ▁Jonathán ?
▁Entonces ▁el ▁rey ▁le ▁dijo : ▁¿ Y ▁é se ▁d ón de ▁está ? ▁Y ▁Si ba ▁respondió ▁al ▁rey : ▁He ▁aquí , ▁está ▁en ▁casa ▁de ▁Ma ch î r ▁hijo ▁de ▁A mi el , ▁en ▁Lo de b ar .
▁Y ▁envió ▁el ▁rey ▁David , ▁y ▁tomó lo ▁de ▁casa ▁de ▁Ma ch î r ▁hijo ▁de ▁A mi el , ▁de ▁Lo de b ar .
▁Y ▁él ▁inclin ándose , ▁dijo : ▁¿ Quién ▁es ▁tu ▁siervo , ▁para ▁que ▁mi res ▁á ▁un ▁per ro ▁muerto ▁ como ▁yo ?
▁Entonces ▁el ▁rey ▁llamó ▁á ▁Si ba , ▁siervo ▁de ▁Saúl , ▁y ▁díjole : ▁Todo ▁lo ▁que ▁fué ▁de ▁Saúl ▁y ▁de ▁toda ▁su ▁casa , ▁yo ▁lo ▁he ▁dado ▁al ▁hijo ▁de ▁tu ▁señor .
▁Y ▁tenía ▁Me ph i - b os eth ▁un ▁hijo ▁pe que ñ o , ▁que ▁se ▁llamaba ▁Mi ch â . ▁Y ▁toda ▁la ▁familia ▁de ▁la ▁casa ▁de ▁Si ba ▁era n ▁siervos ▁de ▁Me ph i - b os eth .
▁Y ▁mor aba ▁Me ph i - b os eth ▁en ▁Jerusalem , ▁por que ▁com ía ▁siempre ▁á ▁la ▁me s a ▁del ▁rey : ▁y ▁era ▁co jo ▁de ▁ambos ▁pie s .
▁ D E S P U É S ▁de ▁esto ▁aconteció , ▁que ▁murió ▁el ▁rey ▁de ▁los ▁hijos ▁de ▁Ammón : ▁y ▁reinó ▁en ▁lugar ▁suyo ▁Ha n ún ▁su ▁hijo .
▁Entonces ▁Ha n ún ▁tomó ▁los ▁siervos ▁de ▁David , ▁y ▁ ra p ó les ▁la ▁mitad ▁de ▁la ▁bar ba , ▁y ▁cor t ó les ▁los ▁vestidos ▁por ▁la ▁mitad ▁hast a ▁las ▁ n al ga s , ▁y ▁de s pa ch ólo s .
▁Lo ▁cual ▁ como ▁oyó ▁David , ▁envió ▁á ▁Joab ▁con ▁todo ▁el ▁ejército ▁de ▁los ▁va l iente s .
▁ V iendo ▁pues ▁Joab ▁que ▁había ▁escuadrones ▁delante ▁y ▁de t rás ▁de ▁él , ▁entre s a c ó ▁de ▁todos ▁los ▁es co g ido s ▁de ▁Israel , ▁y ▁p ú s ose ▁en ▁orden ▁contra ▁los ▁Siros .
▁En t re g ó ▁luego ▁lo ▁que ▁quedó ▁del ▁pueblo ▁en ▁mano ▁de ▁Abi s a i ▁su ▁hermano , ▁y ▁púsolo ▁en ▁orden ▁para ▁encontr ar ▁á ▁los ▁Ammon itas ▁ .
▁Y ▁dijo : ▁Si ▁los ▁Siros ▁me ▁fuere n ▁su per i o res , ▁tú ▁me ▁a y ud arás ; ▁y ▁si ▁los ▁hijos ▁de ▁Ammón ▁pu d iere n ▁más ▁que ▁tú , ▁yo ▁te ▁daré ▁a y ud a .
▁E s f u é r za te , ▁y ▁es for c é mo nos ▁por ▁nuestro ▁pueblo , ▁y ▁por ▁las ▁ciudades ▁de ▁nuestro ▁Dios : ▁y ▁haga ▁Jehová ▁lo ▁que ▁bien ▁le ▁pareciere .
▁Y ▁a cer c óse ▁Joab , ▁y ▁el ▁pueblo ▁que ▁con ▁él ▁estaba , ▁para ▁pe le ar ▁con ▁los ▁Siros ; ▁mas ▁ellos ▁ hu y e ron ▁delante ▁de ▁él .
▁Mas ▁ viendo ▁los ▁Siros ▁que ▁habían ▁ca í do ▁delante ▁de ▁Israel , ▁torn áronse ▁á ▁junt ar .
▁Y ▁envió ▁Ha dad - ezer , ▁y ▁sacó ▁los ▁Siros ▁que ▁estaban ▁de ▁la ▁otra ▁parte ▁del ▁río , ▁los ▁cuales ▁vinieron ▁á ▁He l am , ▁llev ando ▁por ▁jefe ▁á ▁So ba ch ▁ g en er al ▁del ▁ejército ▁de ▁Ha dad - ezer .
▁Y ▁ como ▁fué ▁dado ▁aviso ▁á ▁David , ▁junt ó ▁á ▁todo ▁Israel , ▁y ▁pasa ndo ▁el ▁Jordán ▁vino ▁á ▁He l am : ▁y ▁los ▁Siros ▁se ▁pusier on ▁en ▁orden ▁contra ▁David , ▁y ▁pe le aron ▁con ▁él .
▁Y ▁envió ▁David ▁á ▁pregunta r ▁por ▁aquella ▁mujer , ▁y ▁dijéronle : ▁A que l la ▁es ▁B ath - sheba ▁hija ▁de ▁Eli am , ▁mujer ▁de ▁Uría ▁Hetheo .
▁Y ▁envió ▁David ▁mensajero s , ▁y ▁tomó la : ▁y ▁así ▁que ▁hubo ▁entr ado ▁á ▁él , ▁él ▁d urmió ▁con ▁ella . ▁P u ri f i c óse ▁luego ▁ella ▁de ▁su ▁in m un di ci a , ▁y ▁se ▁volvió ▁á ▁su ▁casa .
▁Y ▁con ci b ió ▁la ▁mujer , ▁y ▁envió lo ▁á ▁hacer ▁sabe r ▁á ▁David , ▁diciendo : ▁Yo ▁esto y ▁ em ba ra z ada .
▁Entonces ▁David ▁envió ▁á ▁decir ▁á ▁Joab : ▁En v ía me ▁á ▁Uría ▁Hetheo . ▁Y ▁envió lo ▁Joab ▁á ▁David .
▁Y ▁ como ▁Uría ▁vino ▁á ▁él , ▁pre gu n t ó le ▁David ▁por ▁la ▁sal ud ▁de ▁Joab , ▁y ▁por ▁la ▁sal ud ▁del ▁pueblo , ▁y ▁a simismo ▁de ▁la ▁guerra .
▁Después ▁dijo ▁David ▁á ▁Uría : ▁De s ci en de ▁á ▁tu ▁casa , ▁y ▁la v a ▁tu s ▁pie s . ▁Y ▁sal iendo ▁Uría ▁de ▁casa ▁del ▁rey , ▁vino ▁tras ▁de ▁él ▁com i da ▁re al .
▁Mas ▁Uría ▁d urmió ▁á ▁la ▁puerta ▁de ▁la ▁casa ▁del ▁rey ▁con ▁todos ▁los ▁siervos ▁de ▁su ▁señor , ▁y ▁no ▁descend ió ▁á ▁su ▁casa .
▁E ▁hicieron ▁sabe r ▁esto ▁á ▁David , ▁diciendo : ▁Uría ▁no ▁ha ▁descend ido ▁á ▁su ▁casa . ▁Y ▁dijo ▁David ▁á ▁Uría : ▁¿ No ▁has ▁venido ▁de ▁camino ? ▁¿ por ▁qué ▁pues ▁no ▁descend iste ▁á ▁tu ▁casa ?
▁Y ▁David ▁dijo ▁á ▁Uría : ▁E st á te ▁aquí ▁a ún ▁hoy , ▁y ▁mañana ▁te ▁de s pa ch aré . ▁Y ▁quedó se ▁Uría ▁en ▁Jerusalem ▁aquel ▁día ▁y ▁el ▁siguiente .
▁Ve n i da ▁la ▁mañana , ▁es c ri b ió ▁David ▁á ▁Joab ▁una ▁ca r ta , ▁la ▁cual ▁envió ▁por ▁mano ▁de ▁Uría .
▁As í ▁fué ▁que ▁cuando ▁Joab ▁ cer c ó ▁la ▁ciudad , ▁puso ▁á ▁Uría ▁en ▁el ▁lugar ▁don de ▁s ab ía ▁que ▁estaban ▁los ▁hombres ▁más ▁va l iente s .
▁Y ▁sal iendo ▁luego ▁los ▁de ▁la ▁ciudad , ▁pe le aron ▁con ▁Joab , ▁y ▁ca y e ron ▁alguno s ▁del ▁pueblo ▁de ▁los ▁siervos ▁de ▁David ; ▁y ▁murió ▁también ▁Uría ▁Hetheo .
▁Entonces ▁envió ▁Joab , ▁é ▁hizo ▁sabe r ▁á ▁David ▁todos ▁los ▁negocio s ▁de ▁la ▁guerra .
▁Y ▁mandó ▁al ▁mensajero , ▁diciendo : ▁Cuan do ▁acaba res ▁de ▁con t ar ▁al ▁rey ▁todos ▁los ▁negocio s ▁de ▁la ▁guerra ,
▁Y ▁fué ▁el ▁mensajero , ▁y ▁lleg ando , ▁con t ó ▁á ▁David ▁todas ▁las ▁cosas ▁á ▁que ▁Joab ▁le ▁había ▁en vi ado .
▁Y ▁dijo ▁el ▁mensajero ▁á ▁David : ▁P re v a le c ieron ▁contra ▁nosotros ▁los ▁hombres , ▁que ▁salieron ▁á ▁nosotros ▁al ▁campo , ▁bien ▁que ▁nosotros ▁les ▁ hi ci mos ▁re t ro ce der ▁hast a ▁la ▁entr ada ▁de ▁la ▁puerta ;
▁P er o ▁los ▁f le ch eros ▁ti r aron ▁contra ▁tu s ▁siervos ▁de s de ▁el ▁mu ro , ▁y ▁mu r ieron ▁alguno s ▁de ▁los ▁siervos ▁del ▁rey ; ▁y ▁murió ▁también ▁tu ▁siervo ▁Uría ▁Hetheo .
▁Y ▁ o y e ndo ▁la ▁mujer ▁de ▁Uría ▁que ▁su ▁marido ▁Uría ▁era ▁muerto , ▁hizo ▁d ue lo ▁por ▁su ▁marido .
▁Y ▁pasa do ▁el ▁lu to , ▁envió ▁David ▁y ▁recog ió la ▁á ▁su ▁casa : ▁y ▁fué ▁ella ▁su ▁mujer , ▁y ▁parió le ▁un ▁hijo . ▁Mas ▁esto ▁que ▁David ▁había ▁hecho , ▁fué ▁de s a g r ada ble ▁á ▁los ▁ojos ▁de ▁Jehová .
▁Y ▁E N V I Ó ▁Jehová ▁á ▁Nathán ▁á ▁David , ▁el ▁cual ▁vi n iendo ▁á ▁él , ▁díjole : ▁Ha b ía ▁dos ▁hombres ▁en ▁una ▁ciudad , ▁el ▁uno ▁ ri co , ▁y ▁el ▁otro ▁p o bre .
▁El ▁ ri co ▁tenía ▁ n u m eros as ▁ovejas ▁y ▁vacas :
▁Entonces ▁se ▁encendió ▁el ▁furor ▁de ▁David ▁en ▁gran ▁manera ▁contra ▁aquel ▁hombre , ▁y ▁dijo ▁á ▁Nathán : ▁Viv e ▁Jehová , ▁que ▁el ▁que ▁tal ▁hizo ▁es ▁di g no ▁de ▁muerte .
▁Y ▁que ▁él ▁de be ▁pa gar ▁la ▁cor de ra ▁con ▁cuatro ▁tanto s , ▁por que ▁hizo ▁esta ▁tal ▁cosa , ▁y ▁no ▁tuvo ▁misericordia .
▁Entonces ▁dijo ▁Nathán ▁á ▁David : ▁T ú ▁eres ▁aquel ▁hombre . ▁As í ▁ha ▁dicho ▁Jehová , ▁Dios ▁de ▁Israel : ▁Yo ▁te ▁un g í ▁por ▁rey ▁sobre ▁Israel , ▁y ▁te ▁libr é ▁de ▁la ▁mano ▁de ▁Saúl ;
▁Por ▁lo ▁cual ▁ahora ▁no ▁se ▁apart ará ▁ ja m ás ▁de ▁tu ▁casa ▁la ▁espada ; ▁por ▁cuanto ▁me ▁men os p re ci aste , ▁y ▁toma s te ▁la ▁mujer ▁de ▁Uría ▁Hetheo ▁para ▁que ▁fuese ▁tu ▁mujer .
▁Porque ▁tú ▁lo ▁ hi c iste ▁en ▁secret o ; ▁mas ▁yo ▁haré ▁esto ▁delante ▁de ▁todo ▁Israel , ▁y ▁delante ▁del ▁so l .
▁Entonces ▁dijo ▁David ▁á ▁Nathán : ▁P e qué ▁contra ▁Jehová . ▁Y ▁Nathán ▁dijo ▁á ▁David : ▁T ambién ▁Jehová ▁ha ▁re mi t ido ▁tu ▁pecado : ▁no ▁morirá s .
▁Mas ▁por ▁cuanto ▁con ▁este ▁negocio ▁ hi c iste ▁ b la s f em ar ▁á ▁los ▁enemigos ▁de ▁Jehová , ▁el ▁hijo ▁que ▁te ▁ha ▁nac ido ▁morirá ▁c iertamente .
▁Y ▁Nathán ▁se ▁volvió ▁á ▁su ▁casa . ▁Y ▁Jehová ▁hirió ▁al ▁niño ▁que ▁la ▁mujer ▁de ▁Uría ▁había ▁par ido ▁á ▁David , ▁y ▁en f er m ó ▁grave mente .
▁Entonces ▁ ro g ó ▁David ▁á ▁Dios ▁por ▁el ▁niño ; ▁y ▁a y un ó ▁David , ▁recog i óse , ▁y ▁pasó ▁la ▁noche ▁a co st ado ▁en ▁tierra .
▁Y ▁levant ándose ▁los ▁ancianos ▁de ▁su ▁casa ▁fueron ▁á ▁él ▁para ▁hacer lo ▁levant ar ▁de ▁tierra ; ▁mas ▁él ▁no ▁quiso , ▁ni ▁com ió ▁con ▁ellos ▁pan .
▁Mas ▁David ▁ viendo ▁á ▁sus ▁siervos ▁hablar ▁entre ▁sí , ▁en te nd ió ▁que ▁el ▁niño ▁era ▁muerto ; ▁por ▁lo ▁que ▁dijo ▁David ▁á ▁sus ▁siervos : ▁¿ E s ▁muerto ▁el ▁niño ? ▁Y ▁ellos ▁respondieron : ▁M u er to ▁es .
▁Y ▁él ▁respondió : ▁Viv iendo ▁a ún ▁el ▁niño , ▁yo ▁a y un aba ▁y ▁llora ba , ▁diciendo : ▁¿ Quién ▁sabe ▁si ▁Dios ▁tendrá ▁com pa s ió n ▁de ▁mí , ▁por ▁manera ▁que ▁viva ▁el ▁niño ?
▁Mas ▁ahora ▁que ▁y a ▁es ▁muerto , ▁¿ para ▁qué ▁ten go ▁de ▁a y un ar ? ▁¿ p o d ré ▁yo ▁hacer le ▁volver ? ▁Yo ▁ v o y ▁á ▁él , ▁mas ▁él ▁no ▁volver á ▁á ▁mí .
▁Y ▁con s o l ó ▁David ▁á ▁B ath - sheba ▁su ▁mujer , ▁y ▁entr ando ▁á ▁ella , ▁d urmió ▁con ▁ella ; ▁y ▁parió ▁un ▁hijo , ▁y ▁llamó ▁su ▁nombre ▁Salomón , ▁al ▁cual ▁am ó ▁Jehová :
▁Que ▁envió ▁por ▁mano ▁de ▁Nathán ▁profeta , ▁y ▁llamó ▁su ▁nombre ▁Je di di ah , ▁á ▁causa ▁de ▁Jehová .
▁Y ▁Joab ▁pe le aba ▁contra ▁R ab ba ▁de ▁los ▁hijos ▁de ▁Ammón , ▁y ▁tomó ▁la ▁ciudad ▁re al .
▁Entonces ▁envió ▁Joab ▁mensajero s ▁á ▁David , ▁diciendo : ▁Yo ▁he ▁pe le ado ▁contra ▁R ab ba , ▁y ▁he ▁tomado ▁la ▁ciudad ▁de ▁las ▁aguas .
▁ J un ta ▁pues ▁ahora ▁el ▁pueblo ▁que ▁que da , ▁y ▁as i enta ▁campo ▁contra ▁la ▁ciudad , ▁y ▁ t ó ma la ; ▁por que ▁toma ndo ▁yo ▁la ▁ciudad , ▁no ▁se ▁ l la me ▁de ▁mi ▁nombre .
▁Y ▁junt ando ▁David ▁todo ▁el ▁pueblo , ▁fué ▁contra ▁R ab ba , ▁y ▁com ba t ió la , ▁y ▁tomó la .
▁A C O N T E C I Ó ▁después ▁de ▁esto , ▁que ▁ten iendo ▁Absalom ▁hijo ▁de ▁David ▁una ▁hermana ▁her mos a ▁que ▁se ▁llamaba ▁Tha m ar , ▁en am or óse ▁de ▁ella ▁Amnón ▁hijo ▁de ▁David .
▁Y ▁Amnón ▁tenía ▁un ▁am i go ▁que ▁se ▁llamaba ▁ J on ada b , ▁hijo ▁de ▁Si me a , ▁hermano ▁de ▁David : ▁y ▁era ▁ J on ada b ▁hombre ▁mu y ▁as tu to .
▁Y ▁David ▁envió ▁á ▁Tha m ar ▁á ▁su ▁casa , ▁diciendo : ▁Ve ▁ahora ▁á ▁casa ▁de ▁Amnón ▁tu ▁hermano , ▁y ▁ha z le ▁de ▁come r .
▁T om ó ▁luego ▁la ▁s ar t é n , ▁y ▁sacó la s ▁delante ▁de ▁él : ▁mas ▁él ▁no ▁quiso ▁come r . ▁Y ▁dijo ▁Amnón : ▁E ch ad ▁fuera ▁de ▁aquí ▁á ▁todos ▁ . ▁Y ▁todos ▁se ▁salieron ▁de ▁allí .
▁Y ▁ como ▁ella ▁se ▁las ▁puso ▁delante ▁para ▁que ▁com i e se , ▁él ▁tra b ó ▁de ▁ella , ▁di ci é ndo le : ▁Ve n , ▁hermana ▁mí a ▁a cu é s ta te ▁conmigo .
▁El la ▁entonces ▁le ▁respondió : ▁No , ▁hermano ▁mío , ▁no ▁me ▁haga s ▁fuerza ; ▁por que ▁no ▁se ▁ha ▁de ▁hacer ▁así ▁en ▁Israel . ▁No ▁haga s ▁tal ▁de s a ci er to .
▁Mas ▁él ▁no ▁la ▁quiso ▁oir ; ▁antes ▁pu d iendo ▁más ▁que ▁ella ▁la ▁for z ó , ▁y ▁echó se ▁con ▁ella .
▁Y ▁ella ▁le ▁respondió : ▁No ▁es ▁ ra z ón ; ▁may or ▁mal ▁es ▁éste ▁de ▁echar me , ▁que ▁el ▁que ▁me ▁has ▁hecho . ▁Mas ▁él ▁no ▁la ▁quiso ▁oir :
▁A n te s ▁ l l am ando ▁su ▁criado ▁que ▁le ▁ serv ía ▁dijo : ▁E ch a me ▁é s ta ▁all á ▁fuera , ▁y ▁tras ▁ella ▁ ci er ra ▁la ▁puerta .
▁Y ▁luego ▁que ▁el ▁rey ▁David ▁oyó ▁todo ▁esto ▁ , ▁fué ▁mu y ▁enoj ado .
▁Mas ▁Absalom ▁no ▁habló ▁con ▁Amnón ▁ni ▁mal o ▁ni ▁bueno ; ▁bien ▁que ▁Absalom ▁aborrec ía ▁á ▁Amnón , ▁por que ▁había ▁for z ado ▁á ▁Tha m ar ▁su ▁hermana .
▁Y ▁aconteció ▁pasa do s ▁dos ▁años ▁ , ▁que ▁Absalom ▁tenía ▁es qui l ado res ▁en ▁B a la - h as or , ▁que ▁está ▁junto ▁á ▁Ephraim ; ▁y ▁con vi d ó ▁Absalom ▁á ▁todos ▁los ▁hijos ▁del ▁rey .
▁Y ▁vino ▁Absalom ▁al ▁rey , ▁y ▁díjole : ▁He ▁aquí , ▁tu ▁siervo ▁tiene ▁ahora ▁es qui l ado res : ▁yo ▁ruego ▁que ▁ven ga ▁el ▁rey ▁y ▁sus ▁siervos ▁con ▁tu ▁siervo .
▁Entonces ▁dijo ▁Absalom : ▁Si ▁no , ▁ r u é go te ▁que ▁ven ga ▁con ▁nosotros ▁Amnón ▁mi ▁hermano . ▁Y ▁el ▁rey ▁le ▁respondió : ▁¿ P ar a ▁qué ▁ha ▁de ▁ir ▁contigo ?
▁Y ▁ como ▁Absalom ▁lo ▁imp or t un a se , ▁de j ó ▁ir ▁con ▁él ▁á ▁Amnón ▁y ▁á ▁todos ▁los ▁hijos ▁del ▁rey .
▁Y ▁los ▁criado s ▁de ▁Absalom ▁hicieron ▁con ▁Amnón ▁ como ▁Absalom ▁lo ▁había ▁mandado . ▁Levant áronse ▁luego ▁todos ▁los ▁hijos ▁del ▁rey , ▁y ▁subieron ▁todos ▁en ▁sus ▁mu los , ▁y ▁ hu y e ron .
▁Y ▁esta ndo ▁a ún ▁ellos ▁en ▁el ▁camino , ▁llegó ▁á ▁David ▁el ▁ r u mo r ▁que ▁decía : ▁Absalom ▁ha ▁muerto ▁á ▁todos ▁los ▁hijos ▁del ▁rey , ▁que ▁ninguno ▁de ▁ellos ▁ha ▁que d ado .
▁Entonces ▁levant ándose ▁David , ▁ ra s g ó ▁sus ▁vestidos , ▁y ▁echó se ▁en ▁tierra , ▁y ▁todos ▁sus ▁criado s , ▁ ra s g ados ▁sus ▁vestidos , ▁estaban ▁delante .
▁Por ▁tanto , ▁ahora ▁no ▁pon ga ▁mi ▁señor ▁el ▁rey ▁en ▁su ▁corazón ▁es a ▁voz ▁que ▁di ce : ▁Todo s ▁los ▁hijos ▁del ▁rey ▁son ▁muerto s : ▁por que ▁s ólo ▁Amnón ▁es ▁muerto .
▁Absalom ▁huyó ▁luego . ▁En t re ▁tanto , ▁al z ando ▁sus ▁ojos ▁el ▁mozo ▁que ▁estaba ▁en ▁a ta la y a , ▁miró , ▁y ▁he ▁aquí ▁mucho ▁pueblo ▁que ▁venía ▁á ▁sus ▁es pa l das ▁por ▁el ▁camino ▁de ▁haci a ▁el ▁monte .
▁Y ▁dijo ▁ J on ada b ▁al ▁rey : ▁He ▁allí ▁los ▁hijos ▁del ▁rey ▁que ▁viene n : ▁es ▁así ▁ como ▁tu ▁siervo ▁ha ▁dicho .
▁Mas ▁Absalom ▁huyó , ▁y ▁fué se ▁á ▁T al ma i ▁hijo ▁de ▁A mi ud , ▁rey ▁de ▁Ge s s ur . ▁Y ▁David ▁llora ba ▁por ▁su ▁hijo ▁todos ▁los ▁días .
▁Y ▁después ▁que ▁Absalom ▁huyó ▁y ▁se ▁fué ▁á ▁Ge s s ur , ▁estuv o ▁all á ▁tres ▁años .
▁Y ▁el ▁rey ▁David ▁de se ó ▁ver ▁á ▁Absalom : ▁por que ▁y a ▁estaba ▁con s o l ado ▁acerca ▁de ▁Amnón ▁que ▁era ▁muerto .
▁Y ▁C O N O C I E NDO ▁Joab ▁hijo ▁de ▁S ar vi a , ▁que ▁el ▁corazón ▁del ▁rey ▁estaba ▁por ▁Absalom ,
▁Y ▁entr ando ▁al ▁rey , ▁habla ▁con ▁él ▁de ▁esta ▁manera . ▁Y ▁puso ▁Joab ▁las ▁palabras ▁en ▁su ▁boca .
▁En t r ó ▁pues ▁aquella ▁mujer ▁de ▁T e co a ▁al ▁rey , ▁y ▁postr ándose ▁en ▁tierra ▁sobre ▁su ▁rostro ▁hizo ▁re ver en ci a , ▁y ▁dijo : ▁O h ▁rey , ▁salva .
▁Y ▁el ▁rey ▁le ▁dijo : ▁¿ Qué ▁tiene s ? ▁Y ▁ella ▁respondió : ▁Yo ▁á ▁la ▁ver dad ▁soy ▁una ▁mujer ▁vi ud a ▁y ▁mi ▁marido ▁es ▁muerto .
▁Y ▁tu ▁sierva ▁tenía ▁dos ▁hijos ▁y ▁los ▁dos ▁ ri ñ e ron ▁en ▁el ▁campo ; ▁y ▁no ▁ha b iendo ▁quien ▁los ▁de s p ar t i e se , ▁hirió ▁el ▁uno ▁al ▁otro , ▁y ▁mató lo .
▁Entonces ▁el ▁rey ▁dijo ▁á ▁la ▁mujer : ▁Ve te ▁á ▁tu ▁casa , ▁que ▁yo ▁man d aré ▁acerca ▁de ▁ti .
▁Y ▁la ▁mujer ▁de ▁T e co a ▁dijo ▁al ▁rey : ▁Re y ▁señor ▁mío , ▁la ▁mal dad ▁sea ▁sobre ▁mí ▁y ▁sobre ▁la ▁casa ▁de ▁mi ▁padre ; ▁mas ▁el ▁rey ▁y ▁su ▁trono ▁sin ▁culpa .
▁Y ▁el ▁rey ▁dijo : ▁A l ▁que ▁hablar e ▁contra ▁ti , ▁ t rá e lo ▁á ▁mí , ▁que ▁no ▁te ▁to c ará ▁más .
▁Y ▁la ▁mujer ▁dijo : ▁Ruégote ▁que ▁ha ble ▁tu ▁c ri ada ▁una ▁palabra ▁á ▁mi ▁señor ▁el ▁rey . ▁Y ▁él ▁dijo : ▁Habla .
▁P ue s ▁el ▁rey ▁oir á , ▁para ▁libr ar ▁á ▁su ▁sierva ▁de ▁mano ▁del ▁hombre ▁que ▁me ▁qu iere ▁ ra er ▁á ▁mí , ▁y ▁á ▁mi ▁hijo ▁junt amente , ▁de ▁la ▁heredad ▁de ▁Dios .
▁Entonces ▁él ▁respondió , ▁y ▁dijo ▁á ▁la ▁mujer : ▁Yo ▁te ▁ruego ▁que ▁no ▁me ▁en cu bra s ▁nada ▁de ▁lo ▁que ▁yo ▁te ▁pregunta re . ▁Y ▁la ▁mujer ▁dijo : ▁Ha ble ▁mi ▁señor ▁el ▁rey .
▁Entonces ▁el ▁rey ▁dijo ▁á ▁Joab : ▁He ▁aquí ▁yo ▁ha go ▁esto ▁ : ▁ve , ▁y ▁ha z ▁volver ▁al ▁mozo ▁Absalom .
▁Levant óse ▁luego ▁Joab , ▁y ▁fué ▁á ▁Ge s s ur , ▁y ▁volvió ▁á ▁Absalom ▁á ▁Jerusalem .
▁Mas ▁el ▁rey ▁dijo : ▁ V á y a se ▁á ▁su ▁casa , ▁y ▁no ▁ve a ▁mi ▁rostro . ▁Y ▁volvió se ▁Absalom ▁á ▁su ▁casa , ▁y ▁no ▁vió ▁el ▁rostro ▁del ▁rey .
▁Y ▁no ▁había ▁en ▁todo ▁Israel ▁hombre ▁ t an ▁her mos o ▁ como ▁Absalom , ▁de ▁al aba r ▁en ▁gran ▁manera : ▁de s de ▁la ▁plant a ▁de ▁su ▁pie ▁hast a ▁la ▁mo l le ra ▁no ▁había ▁en ▁él ▁defecto .
▁Y ▁N a c iéronle ▁á ▁Absalom ▁tres ▁hijos , ▁y ▁una ▁hija ▁que ▁se ▁llamó ▁Tha m ar , ▁la ▁cual ▁era ▁her mos a ▁de ▁ver .
▁Y ▁estuv o ▁Absalom ▁por ▁es pa ci o ▁de ▁dos ▁años ▁en ▁Jerusalem , ▁y ▁no ▁vió ▁la ▁ca ra ▁del ▁rey .
▁Y ▁mandó ▁Absalom ▁por ▁Joab , ▁para ▁enviar lo ▁al ▁rey ; ▁mas ▁no ▁quiso ▁ven ir ▁á ▁él ; ▁ni ▁aun que ▁envió ▁por ▁seg un da ▁vez , ▁quiso ▁él ▁ven ir .
▁Levant óse ▁por ▁tanto ▁Joab , ▁y ▁vino ▁á ▁Absalom ▁á ▁su ▁casa , ▁y ▁díjole : ▁¿ Por ▁qué ▁han ▁puesto ▁fuego ▁tu s ▁siervos ▁á ▁mis ▁tierra s ?
▁ V in o ▁pues ▁Joab ▁al ▁rey , ▁é ▁ h í zo se lo ▁sabe r . ▁Entonces ▁llamó ▁á ▁Absalom , ▁el ▁cual ▁vino ▁al ▁rey , ▁é ▁inclin ó ▁su ▁rostro ▁á ▁tierra ▁delante ▁del ▁rey : ▁y ▁el ▁rey ▁be s ó ▁á ▁Absalom .
▁A C O N T E C I Ó ▁después ▁de ▁esto , ▁que ▁Absalom ▁se ▁hizo ▁de ▁carro s ▁y ▁caballo s , ▁y ▁cincuenta ▁hombres ▁que ▁cor ri es en ▁delante ▁de ▁él .
▁Entonces ▁Absalom ▁le ▁decía : ▁Mi ra , ▁tu s ▁palabras ▁son ▁buena s ▁y ▁just as : ▁mas ▁no ▁tiene s ▁quien ▁te ▁ o i ga ▁por ▁el ▁rey .
▁Y ▁decía ▁Absalom : ▁ ¡ Quién ▁me ▁pusier a ▁por ▁ j ue z ▁en ▁la ▁tierra , ▁para ▁que ▁vi n i es en ▁á ▁mí ▁todos ▁los ▁que ▁tiene n ▁p le i to ▁ó ▁negocio , ▁que ▁yo ▁les ▁ha r ía ▁justicia !
▁Y ▁a co n te c ía ▁que , ▁cuando ▁alguno ▁se ▁lleg aba ▁para ▁inclin ar se ▁á ▁él , ▁él ▁extend ía ▁la ▁mano , ▁y ▁lo ▁toma ba , ▁y ▁lo ▁be s aba .
▁Y ▁de ▁esta ▁manera ▁hacía ▁con ▁todo ▁Israel ▁que ▁venía ▁al ▁rey ▁á ▁juicio : ▁y ▁así ▁ ro ba ba ▁Absalom ▁el ▁corazón ▁de ▁los ▁de ▁Israel .
▁Y ▁al ▁cabo ▁de ▁cuarenta ▁años ▁aconteció ▁que ▁Absalom ▁dijo ▁al ▁rey : ▁Yo ▁te ▁ruego ▁me ▁per m itas ▁que ▁vaya ▁á ▁Hebrón , ▁á ▁pa gar ▁mi ▁voto ▁que ▁he ▁pro me t ido ▁á ▁Jehová :
▁Porque ▁tu ▁siervo ▁hizo ▁voto ▁cuando ▁estaba ▁en ▁Ge s s ur ▁en ▁Siria , ▁diciendo : ▁Si ▁Jehová ▁me ▁ v o l vier e ▁á ▁Jerusalem , ▁yo ▁servir é ▁á ▁Jehová .
▁Y ▁el ▁rey ▁le ▁dijo : ▁Ve ▁en ▁paz . ▁Y ▁él ▁se ▁levant ó , ▁y ▁se ▁fué ▁á ▁Hebrón .
▁E mpero ▁envió ▁Absalom ▁es p ía s ▁por ▁todas ▁las ▁tribu s ▁de ▁Israel , ▁diciendo : ▁Cuan do ▁ o y er e is ▁el ▁son ido ▁de ▁la ▁ t ro m pe ta , ▁di réis : ▁Absalom ▁re in a ▁en ▁Hebrón .
▁Y ▁fueron ▁con ▁Absalom ▁dos cientos ▁hombres ▁de ▁Jerusalem ▁por ▁él ▁con vi d ados , ▁los ▁cuales ▁iba n ▁en ▁su ▁se n ci l le z , ▁sin ▁sabe r ▁nada .
▁Y ▁vino ▁el ▁aviso ▁á ▁David , ▁diciendo : ▁El ▁corazón ▁de ▁todo ▁Israel ▁va ▁tras ▁Absalom .
▁Y ▁los ▁siervos ▁del ▁rey ▁dijeron ▁al ▁rey : ▁He ▁aquí , ▁tu s ▁siervos ▁están ▁pre st os ▁á ▁todo ▁lo ▁que ▁nuestro ▁señor ▁el ▁rey ▁el i g iere .
▁El ▁rey ▁entonces ▁salió , ▁con ▁toda ▁su ▁familia ▁en ▁pos ▁de ▁él . ▁Y ▁de j ó ▁el ▁rey ▁diez ▁mujeres ▁concubina s ▁para ▁que ▁guarda s en ▁la ▁casa .
▁Sal ió ▁pues ▁el ▁rey ▁con ▁todo ▁el ▁pueblo ▁que ▁le ▁se gu ía , ▁y ▁par áronse ▁en ▁un ▁lugar ▁di st an te .
▁Entonces ▁David ▁dijo ▁á ▁I t ta i : ▁Ve n ▁pues , ▁y ▁pasa . ▁Y ▁pasó ▁I t ta i ▁Ge th e o , ▁y ▁todos ▁sus ▁hombres , ▁y ▁toda ▁su ▁familia .
▁Y ▁todo ▁el ▁país ▁lloró ▁en ▁al ta ▁voz ; ▁pasó ▁luego ▁toda ▁la ▁gente ▁el ▁to r r ente ▁de ▁C ed r ón ; ▁a simismo ▁pasó ▁el ▁rey , ▁y ▁todo ▁el ▁pueblo ▁pasó , ▁al ▁camino ▁que ▁va ▁al ▁desierto .
▁Y ▁si ▁dijere : ▁No ▁me ▁a g ra das : ▁aquí ▁esto y , ▁haga ▁de ▁mí ▁lo ▁que ▁bien ▁le ▁pareciere .
▁Mi ra d , ▁yo ▁me ▁de te nd ré ▁en ▁los ▁campo s ▁del ▁desierto , ▁hast a ▁que ▁ven ga ▁re s p ue s ta ▁de ▁vosotros ▁que ▁me ▁d é ▁aviso .
▁Entonces ▁S ado c ▁y ▁Abiathar ▁volvieron ▁el ▁arca ▁de ▁Dios ▁á ▁Jerusalem ; ▁y ▁estuv iéronse ▁all á .
▁Y ▁díjole ▁David : ▁Si ▁pasar es ▁conmigo , ▁ser me ▁has ▁de ▁ca r ga ;
▁Y ▁he ▁aquí ▁que ▁están ▁con ▁ellos ▁sus ▁dos ▁hijos , ▁Ahi ma as ▁el ▁de ▁S ado c , ▁y ▁Jonathán ▁el ▁de ▁Abiathar : ▁por ▁mano ▁de ▁ellos ▁me ▁enviar éis ▁aviso ▁de ▁todo ▁lo ▁que ▁ o y er e is .
▁As í ▁se ▁vino ▁Hu s a i ▁am i go ▁de ▁David ▁á ▁la ▁ciudad ; ▁y ▁Absalom ▁entr ó ▁en ▁Jerusalem .
▁Y ▁echa ndo ▁piedra s ▁contra ▁David , ▁y ▁contra ▁todos ▁los ▁siervos ▁del ▁rey ▁David : ▁y ▁todo ▁el ▁pueblo , ▁y ▁todos ▁los ▁hombres ▁va l iente s ▁estaban ▁á ▁su ▁die s tra ▁y ▁á ▁su ▁sin i est ra .
▁Y ▁decía ▁Se me i , ▁mal di ci é ndo le : ▁Sal , ▁sal , ▁varón ▁de ▁sangre s , ▁y ▁hombre ▁de ▁Be li al :
▁Entonces ▁Abi s a i ▁hijo ▁de ▁S ar vi a ▁dijo ▁al ▁rey : ▁¿ Por ▁qué ▁mal di ce ▁este ▁per ro ▁muerto ▁á ▁mi ▁señor ▁el ▁rey ? ▁Yo ▁te ▁ruego ▁que ▁me ▁de je s ▁pasar , ▁y ▁quitar é le ▁la ▁cabeza .
▁ Q u i z á ▁mira rá ▁Jehová ▁á ▁mi ▁a f li c ción ▁ , ▁y ▁me ▁dará ▁Jehová ▁bien ▁por ▁sus ▁mal di ciones ▁de ▁hoy .
▁Y ▁el ▁rey ▁y ▁todo ▁el ▁pueblo ▁que ▁con ▁él ▁estaba , ▁llegar on ▁fat i g ados , ▁y ▁de s ca n s aron ▁allí .
▁Y ▁Absalom ▁y ▁todo ▁el ▁pueblo , ▁los ▁varones ▁de ▁Israel , ▁entrar on ▁en ▁Jerusalem , ▁y ▁con ▁él ▁A ch i to ph el .
▁Y ▁a ca e ció ▁luego , ▁que ▁ como ▁Hu s a i ▁A ra ch î ta ▁am i go ▁de ▁David ▁hubo ▁lleg ado ▁á ▁Absalom , ▁díjole ▁Hu s a i : ▁Viv a ▁el ▁rey , ▁viva ▁el ▁rey .
▁Y ▁Absalom ▁dijo ▁á ▁Hu s a i : ▁¿ E s te ▁es ▁tu ▁a g ra de c imiento ▁para ▁con ▁tu ▁am i go ? ▁¿ por ▁qué ▁no ▁f u iste ▁con ▁tu ▁am i go ?
▁Y ▁Hu s a i ▁respondió ▁á ▁Absalom : ▁No : ▁antes ▁al ▁que ▁el i g iere ▁Jehová ▁y ▁este ▁pueblo ▁y ▁todos ▁los ▁varones ▁de ▁Israel , ▁de ▁a qué l ▁se ré ▁yo , ▁y ▁con ▁a qué l ▁quedar é .
▁¿ Y ▁á ▁qu ién ▁había ▁yo ▁de ▁servir ? ▁¿ no ▁es ▁á ▁su ▁hijo ? ▁C o mo ▁he ▁ serv ido ▁delante ▁de ▁tu ▁padre , ▁así ▁se ré ▁delante ▁de ▁ti .
▁Entonces ▁dijo ▁Absalom ▁á ▁A ch i to ph el : ▁C on s u l ta d ▁qué ▁ha remos .
▁Entonces ▁pusier on ▁una ▁tienda ▁á ▁Absalom ▁sobre ▁el ▁te r r ado , ▁y ▁entr ó ▁Absalom ▁á ▁las ▁concubina s ▁de ▁su ▁padre , ▁en ▁ojos ▁de ▁todo ▁Israel .
▁E N T O N C E S ▁A ch i to ph el ▁dijo ▁á ▁Absalom : ▁Yo ▁es co g er é ▁ahora ▁do ce ▁mil ▁hombres , ▁y ▁me ▁levant aré , ▁y ▁se gu i ré ▁á ▁David ▁esta ▁noche ;
▁Y ▁daré ▁sobre ▁él ▁cuando ▁él ▁estará ▁can s ado ▁y ▁f la co ▁de ▁manos : ▁lo ▁a te mo ri za ré , ▁y ▁todo ▁el ▁pueblo ▁que ▁está ▁con ▁él ▁ hu irá , ▁y ▁her i ré ▁al ▁rey ▁so lo .
▁As í ▁torn aré ▁á ▁todo ▁el ▁pueblo ▁á ▁ti : ▁y ▁cuando ▁ellos ▁hubiere n ▁vuelto , ▁ ( p ue s ▁aquel ▁hombre ▁es ▁el ▁que ▁tú ▁qu iere s ) ▁todo ▁el ▁pueblo ▁estará ▁en ▁paz .
▁Esta ▁ ra z ón ▁par e ció ▁bien ▁á ▁Absalom ▁y ▁á ▁todos ▁los ▁ancianos ▁de ▁Israel .
▁Y ▁dijo ▁Absalom : ▁L la ma ▁también ▁ahora ▁á ▁Hu s a i ▁A ra ch î ta , ▁para ▁que ▁a simismo ▁ o i ga mos ▁lo ▁que ▁él ▁dirá .
▁Y ▁ como ▁Hu s a i ▁vino ▁á ▁Absalom , ▁habló le ▁Absalom , ▁diciendo : ▁As í ▁ha ▁dicho ▁A ch i to ph el ; ▁¿ se gu i remos ▁su ▁con se jo , ▁ó ▁no ? ▁Di ▁tú .
▁Entonces ▁Hu s a i ▁dijo ▁á ▁Absalom : ▁El ▁con se jo ▁que ▁ha ▁dado ▁esta ▁vez ▁A ch i to ph el ▁no ▁es ▁bueno .
▁Y ▁si ▁se ▁recog iere ▁en ▁alguna ▁ciudad , ▁todos ▁los ▁de ▁Israel ▁traerá n ▁so ga s ▁á ▁aquella ▁ciudad , ▁y ▁la ▁ar ra s tra remos ▁hast a ▁el ▁arroyo , ▁que ▁ nunc a ▁más ▁par e z ca ▁piedra ▁de ▁ella .
▁Y ▁toma ndo ▁la ▁mujer ▁de ▁la ▁casa ▁una ▁man ta , ▁extend ió la ▁sobre ▁la ▁boca ▁del ▁pozo , ▁y ▁ten d ió ▁sobre ▁ella ▁el ▁gran o ▁ t r ill ado ; ▁y ▁no ▁se ▁pe n e t r ó ▁el ▁negocio .
▁Entonces ▁David ▁se ▁levant ó , ▁y ▁todo ▁el ▁pueblo ▁que ▁con ▁él ▁estaba , ▁y ▁pasar on ▁el ▁Jordán ▁antes ▁que ▁a man e ci e se ▁ ; ▁ni ▁si qui er a ▁f al t ó ▁uno ▁que ▁no ▁pasa se ▁el ▁Jordán .
▁Y ▁David ▁llegó ▁á ▁Ma h an a im , ▁y ▁Absalom ▁pasó ▁el ▁Jordán ▁con ▁toda ▁la ▁gente ▁de ▁Israel .
▁Y ▁as en t ó ▁campo ▁Israel ▁con ▁Absalom ▁en ▁tierra ▁de ▁Galaad .
▁ D A V I D ▁pues ▁re vi st ó ▁el ▁pueblo ▁que ▁tenía ▁consigo , ▁y ▁puso ▁sobre ▁ellos ▁tribu nos ▁y ▁c en t ur ion es ▁ .
▁Entonces ▁el ▁rey ▁les ▁dijo : ▁Yo ▁haré ▁lo ▁que ▁bien ▁os ▁pareciere . ▁Y ▁p ú s ose ▁el ▁rey ▁á ▁la ▁entr ada ▁de ▁la ▁puerta , ▁mi en tra s ▁sal ía ▁todo ▁el ▁pueblo ▁de ▁ciento ▁en ▁ciento ▁y ▁de ▁mil ▁en ▁mil .
▁Sal ió ▁pues ▁el ▁pueblo ▁al ▁campo ▁contra ▁Israel , ▁y ▁dió se ▁la ▁batalla ▁en ▁el ▁bo s que ▁de ▁Ephraim ;
▁Y ▁allí ▁cayó ▁el ▁pueblo ▁de ▁Israel ▁delante ▁de ▁los ▁siervos ▁de ▁David , ▁é ▁ h í zo se ▁allí ▁en ▁aquel ▁día ▁una ▁gran ▁mata n za ▁de ▁veinte ▁mil ▁hombres ;
▁Y ▁derram ándose ▁allí ▁el ▁ejército ▁por ▁la ▁ha z ▁de ▁toda ▁la ▁tierra , ▁fueron ▁más ▁los ▁que ▁consum ió ▁el ▁bo s que ▁de ▁los ▁del ▁pueblo , ▁que ▁los ▁que ▁consum ió ▁el ▁cuchillo ▁aquel ▁día .
▁Y ▁vi é ndo lo ▁uno ▁ , ▁a vi s ó ▁á ▁Joab , ▁diciendo : ▁He ▁aquí ▁que ▁he ▁visto ▁á ▁Absalom ▁co l g ado ▁de ▁un ▁al co r no que .
▁Por ▁otra ▁parte , ▁ha b r ía ▁yo ▁hecho ▁tra i ción ▁contra ▁mi ▁vida ▁ ( p ue s ▁que ▁al ▁rey ▁nada ▁se ▁le ▁escond e ) , ▁y ▁tú ▁mismo ▁esta r ía s ▁en ▁contra .
▁C er c ándo lo ▁luego ▁diez ▁mancebo s ▁es cu d eros ▁de ▁Joab , ▁hirieron ▁á ▁Absalom , ▁y ▁a ca b áronle .
▁Entonces ▁Joab ▁to c ó ▁la ▁corn e ta , ▁y ▁el ▁pueblo ▁se ▁volvió ▁de ▁se gu ir ▁á ▁Israel , ▁por que ▁Joab ▁de tu v o ▁al ▁pueblo .
▁Entonces ▁Ahi ma as ▁hijo ▁de ▁S ado c ▁dijo : ▁¿ C or re ré ▁ahora , ▁y ▁daré ▁las ▁nueva s ▁al ▁rey ▁de ▁ como ▁Jehová ▁ha ▁de f en d ido ▁su ▁causa ▁de ▁la ▁mano ▁de ▁sus ▁enemigos ?
▁Y ▁Joab ▁dijo ▁á ▁C u s i : ▁Ve ▁tú , ▁y ▁di ▁al ▁rey ▁lo ▁que ▁has ▁visto . ▁Y ▁C u s i ▁hizo ▁re ver en ci a ▁á ▁Joab , ▁y ▁cor r ió .
▁El ▁a ta la y a ▁dió ▁luego ▁voces , ▁é ▁ h í zo lo ▁sabe r ▁al ▁rey . ▁Y ▁el ▁rey ▁dijo : ▁Si ▁es ▁so lo , ▁buena s ▁nueva s ▁tra e . ▁En ▁tanto ▁que ▁él ▁venía ▁a cer c ándose ,
▁Y ▁el ▁rey ▁dijo : ▁P as a , ▁y ▁pon te ▁allí . ▁Y ▁él ▁pasó , ▁y ▁par óse .
▁Y ▁luego ▁vino ▁C u s i , ▁y ▁dijo : ▁Re ci ba ▁nueva ▁mi ▁señor ▁el ▁rey , ▁que ▁hoy ▁Jehová ▁ha ▁de f en d ido ▁tu ▁causa ▁de ▁la ▁mano ▁de ▁todos ▁los ▁que ▁se ▁habían ▁levant ado ▁contra ▁ti .
▁Y ▁ D I E R O N ▁aviso ▁á ▁Joab : ▁He ▁aquí ▁el ▁rey ▁llora , ▁y ▁ha ce ▁d ue lo ▁por ▁Absalom .
▁Y ▁volvió se ▁aquel ▁día ▁la ▁vi c to ri a ▁en ▁lu to ▁para ▁todo ▁el ▁pueblo ; ▁por que ▁oyó ▁decir ▁el ▁pueblo ▁aquel ▁día ▁que ▁el ▁rey ▁tenía ▁do l or ▁por ▁su ▁hijo .
▁En t r óse ▁el ▁pueblo ▁aquel ▁día ▁en ▁la ▁ciudad ▁escond id amente , ▁ como ▁su e le ▁entrar ▁á ▁escond i das ▁el ▁pueblo ▁a ver g on z ado ▁que ▁ha ▁ hu í do ▁de ▁la ▁batalla .
▁Mas ▁el ▁rey , ▁cu bi er to ▁el ▁rostro , ▁clama ba ▁en ▁al ta ▁voz : ▁ ¡ H i jo ▁mío ▁Absalom , ▁Absalom , ▁hijo ▁mío , ▁hijo ▁mío !
▁Y ▁Absalom , ▁á ▁quien ▁había mos ▁ungido ▁sobre ▁nosotros , ▁es ▁muerto ▁en ▁la ▁batalla . ▁¿ Por ▁qué ▁pues ▁os ▁está is ▁ahora ▁que do s ▁en ▁orden ▁á ▁hacer ▁volver ▁al ▁rey ?
▁Vosotros ▁so is ▁mis ▁hermanos ; ▁mis ▁hues os ▁y ▁mi ▁carne ▁so is : ▁¿ por ▁qué ▁pues ▁se réis ▁vosotros ▁los ▁postr eros ▁en ▁volver ▁al ▁rey ?
▁As í ▁inclin ó ▁el ▁corazón ▁de ▁todos ▁los ▁varones ▁de ▁Judá , ▁ como ▁el ▁de ▁un ▁so lo ▁hombre , ▁para ▁que ▁en vi as en ▁á ▁decir ▁al ▁rey : ▁ V ue l v e ▁tú , ▁y ▁todos ▁tu s ▁siervos .
▁ V o l vi ó ▁pues ▁el ▁rey , ▁y ▁vino ▁hast a ▁el ▁Jordán . ▁Y ▁Judá ▁vino ▁á ▁Gilgal , ▁á ▁recibir ▁al ▁rey ▁y ▁pasar lo ▁el ▁Jordán .
▁Y ▁Se me i ▁hijo ▁de ▁Ge ra , ▁hijo ▁de ▁Benjamín , ▁que ▁era ▁de ▁B ah ur im , ▁dió se ▁pri es a ▁á ▁ven ir ▁con ▁los ▁hombres ▁de ▁Judá ▁á ▁recibir ▁al ▁rey ▁David ;
▁Y ▁con ▁él ▁venía n ▁mil ▁hombres ▁de ▁Benjamín ; ▁a simismo ▁Si ba ▁criado ▁de ▁la ▁casa ▁de ▁Saúl , ▁con ▁sus ▁qu in ce ▁hijos ▁y ▁sus ▁veinte ▁siervos , ▁los ▁cuales ▁pasar on ▁el ▁Jordán ▁delante ▁del ▁rey .
▁Porque ▁yo ▁tu ▁siervo ▁con o z co ▁haber ▁pecado , ▁y ▁he ▁venido ▁hoy ▁el ▁primer o ▁de ▁toda ▁la ▁casa ▁de ▁José , ▁para ▁descend er ▁á ▁recibir ▁á ▁mi ▁señor ▁el ▁rey .
▁Y ▁Abi s a i ▁hijo ▁de ▁S ar vi a ▁respondió ▁y ▁dijo : ▁¿ No ▁ha ▁de ▁mor ir ▁por ▁esto ▁Se me i , ▁que ▁mal di jo ▁al ▁ungido ▁de ▁Jehová ?
▁Y ▁dijo ▁el ▁rey ▁á ▁Se me i : ▁No ▁morirá s . ▁Y ▁el ▁rey ▁se ▁lo ▁juró .
▁Y ▁luego ▁que ▁vino ▁él ▁á ▁Jerusalem ▁á ▁recibir ▁al ▁rey , ▁el ▁rey ▁le ▁dijo : ▁Me ph i - b os eth , ▁¿ por ▁qué ▁no ▁f u iste ▁conmigo ?
▁E mpero ▁él ▁re v o l vi ó ▁á ▁tu ▁siervo ▁delante ▁de ▁mi ▁señor ▁el ▁rey ; ▁mas ▁mi ▁señor ▁el ▁rey ▁es ▁ como ▁un ▁ángel ▁de ▁Dios : ▁ha z ▁pues ▁lo ▁que ▁bien ▁te ▁pareciere .
▁Y ▁el ▁rey ▁le ▁dijo : ▁¿ P ar a ▁qué ▁habla s ▁más ▁palabras ▁ ? ▁Yo ▁he ▁de t er mi n ado ▁que ▁tú ▁y ▁Si ba ▁part áis ▁las ▁tierra s .
▁Y ▁Me ph i - b os eth ▁dijo ▁al ▁rey : ▁Y ▁aun ▁ t ó me la s ▁él ▁todas , ▁pues ▁que ▁mi ▁señor ▁el ▁rey ▁ha ▁vuelto ▁en ▁paz ▁á ▁su ▁casa .
▁T ambién ▁B ar z ill a i ▁Galaad ita ▁descend ió ▁de ▁R o g el im , ▁y ▁pasó ▁el ▁Jordán ▁con ▁el ▁rey , ▁para ▁a co m pa ñ ar le ▁de ▁la ▁otra ▁parte ▁del ▁Jordán .
▁Y ▁el ▁rey ▁dijo ▁á ▁B ar z ill a i : ▁P as a ▁conmigo , ▁y ▁yo ▁te ▁daré ▁de ▁come r ▁conmigo ▁en ▁Jerusalem .
▁Mas ▁B ar z ill a i ▁dijo ▁al ▁rey : ▁¿ C u án to s ▁son ▁los ▁días ▁del ▁tiempo ▁de ▁mi ▁vida , ▁para ▁que ▁yo ▁su ba ▁con ▁el ▁rey ▁á ▁Jerusalem ?
▁P as ará ▁tu ▁siervo ▁un ▁poco ▁el ▁Jordán ▁con ▁el ▁rey : ▁¿ por ▁qué ▁me ▁ha ▁de ▁dar ▁el ▁rey ▁ t an ▁grande ▁rec om p en s a ?
▁Y ▁todo ▁el ▁pueblo ▁pasó ▁el ▁Jordán : ▁y ▁luego ▁que ▁el ▁rey ▁hubo ▁también ▁pasa do , ▁el ▁rey ▁be s ó ▁á ▁B ar z ill a i , ▁y ▁be nd í jo lo ; ▁y ▁él ▁se ▁volvió ▁á ▁su ▁casa .
▁El ▁rey ▁entonces ▁pasó ▁á ▁Gilgal , ▁y ▁con ▁él ▁pasó ▁C h im h am ; ▁y ▁todo ▁el ▁pueblo ▁de ▁Judá , ▁con ▁la ▁mitad ▁del ▁pueblo ▁de ▁Israel , ▁pasar on ▁al ▁rey .
▁Después ▁dijo ▁el ▁rey ▁á ▁Amasa : ▁ J ún ta me ▁los ▁varones ▁de ▁Judá ▁para ▁dentro ▁de ▁tres ▁días , ▁y ▁ h á l la te ▁tú ▁aquí ▁presente .
▁F u é ▁pues ▁Amasa ▁á ▁junt ar ▁á ▁Judá ; ▁per o ▁de t ú v ose ▁más ▁del ▁tiempo ▁que ▁le ▁había ▁sido ▁señal ado .
▁Entonces ▁Joab ▁dijo ▁á ▁Amasa : ▁¿ T i en es ▁paz , ▁hermano ▁mío ? ▁Y ▁tomó ▁Joab ▁con ▁la ▁die s tra ▁la ▁bar ba ▁de ▁Amasa , ▁para ▁be s ar lo .
▁Y ▁uno ▁de ▁los ▁criado s ▁de ▁Joab ▁se ▁par ó ▁junto ▁á ▁él , ▁diciendo : ▁Cualquier a ▁que ▁am are ▁á ▁Joab ▁y ▁á ▁David ▁vaya ▁en ▁pos ▁de ▁Joab .
▁Luego , ▁pues , ▁que ▁fué ▁apart ado ▁del ▁camino , ▁pasar on ▁todos ▁los ▁que ▁se gu ían ▁á ▁Joab , ▁para ▁ir ▁tras ▁Se ba ▁hijo ▁de ▁B i ch ri .
▁Y ▁él ▁pasó ▁por ▁todas ▁las ▁tribu s ▁de ▁Israel ▁hast a ▁Abel ▁y ▁Beth - ma a ch â ▁y ▁todo ▁B ar im : ▁y ▁junt áronse ▁ , ▁y ▁si gu i é ron lo ▁también .
▁Entonces ▁una ▁mujer ▁s a bi a ▁dió ▁voces ▁en ▁la ▁ciudad , ▁diciendo : ▁O id , ▁ o id ; ▁ r u é go os ▁que ▁di g áis ▁á ▁Joab ▁se ▁lleg ue ▁á ▁a c á , ▁para ▁que ▁yo ▁ha ble ▁con ▁él .
▁Entonces ▁torn ó ▁ella ▁á ▁hablar , ▁diciendo : ▁A n t i gu amente ▁so l ían ▁hablar , ▁diciendo : ▁ Q u i en ▁pregunta re , ▁pre gu n te ▁en ▁Abel : ▁y ▁así ▁con c l u ían .
▁Yo ▁soy ▁de ▁las ▁pa c í f i ca s ▁y ▁f i e les ▁de ▁Israel : ▁y ▁tú ▁pro cu ra s ▁destruir ▁una ▁ciudad ▁que ▁es ▁madre ▁de ▁Israel : ▁¿ por ▁qué ▁de st r u y es ▁la ▁heredad ▁de ▁Jehová ?
▁Y ▁Joab ▁respondió , ▁diciendo : ▁Nun ca ▁tal , ▁ nunc a ▁tal ▁me ▁a co n te z ca , ▁que ▁yo ▁de st r u y a ▁ni ▁de s h a ga .
▁As í ▁quedó ▁Joab ▁sobre ▁todo ▁el ▁ejército ▁de ▁Israel ; ▁y ▁Be n a ía ▁hijo ▁de ▁ J o i ada ▁sobre ▁los ▁C er eth e os ▁y ▁P el eth e os ;
▁Y ▁A dor am ▁sobre ▁los ▁tribu to s ; ▁y ▁Josaphat ▁hijo ▁de ▁Ahi l l ud , ▁el ▁can c ill er ;
▁Y ▁Se ba , ▁es c ri ba ; ▁y ▁S ado c ▁y ▁Abiathar , ▁sacerdote s ; ▁é ▁I ra ▁Ja i re o ▁fué ▁un ▁jefe ▁principal ▁cerca ▁de ▁David .
▁Di jo ▁pues ▁David ▁á ▁los ▁ G aba on itas : ▁¿ Qué ▁os ▁haré , ▁y ▁con ▁qué ▁ex p i aré ▁para ▁que ▁be n di g áis ▁á ▁la ▁heredad ▁de ▁Jehová ?
▁Y ▁ellos ▁respondieron ▁al ▁rey : ▁De ▁aquel ▁hombre ▁que ▁no s ▁de st r u y ó , ▁y ▁que ▁ ma qui n ó ▁contra ▁nosotros , ▁para ▁ex t ir p ar nos ▁sin ▁dejar ▁nada ▁de ▁nosotros ▁en ▁todo ▁el ▁término ▁de ▁Israel ;
▁ D é n se nos ▁siete ▁varones ▁de ▁sus ▁hijos , ▁para ▁que ▁los ▁ ah or que mos ▁á ▁Jehová ▁en ▁Gabaa ▁de ▁Saúl , ▁el ▁es co g ido ▁de ▁Jehová . ▁Y ▁el ▁rey ▁dijo : ▁Yo ▁los ▁daré .
▁Y ▁fué ▁dicho ▁á ▁David ▁lo ▁que ▁hacía ▁R is pa ▁hija ▁de ▁A ja , ▁concubina ▁de ▁Saúl .
▁E ▁hizo ▁llev ar ▁de ▁allí ▁los ▁hues os ▁de ▁Saúl ▁y ▁los ▁hues os ▁de ▁Jonathán ▁su ▁hijo ; ▁y ▁junt aron ▁también ▁los ▁hues os ▁de ▁los ▁ ah or c ados .
▁Y ▁ como ▁los ▁Filisteos ▁torn aron ▁á ▁hacer ▁guerra ▁á ▁Israel , ▁descend ió ▁David ▁y ▁sus ▁siervos ▁con ▁él , ▁y ▁pe le aron ▁con ▁los ▁Filisteos : ▁y ▁David ▁se ▁can s ó .
▁Este ▁de s a f ió ▁á ▁Israel , ▁y ▁mató lo ▁Jonathán , ▁hijo ▁de ▁Si ma ▁hermano ▁de ▁David .
▁Estos ▁cuatro ▁le ▁habían ▁nac ido ▁al ▁ g i ga n te ▁en ▁Gath , ▁los ▁cuales ▁ca y e ron ▁por ▁la ▁mano ▁de ▁David , ▁y ▁por ▁la ▁mano ▁de ▁sus ▁siervos .
▁Y ▁HABL Ó ▁David ▁á ▁Jehová ▁las ▁palabras ▁de ▁este ▁c án t i co , ▁el ▁día ▁que ▁Jehová ▁le ▁había ▁libr ado ▁de ▁la ▁mano ▁de ▁todos ▁sus ▁enemigos , ▁y ▁de ▁la ▁mano ▁de ▁Saúl .
▁Y ▁dijo : ▁Jehová ▁es ▁mi ▁ ro ca , ▁y ▁mi ▁fortaleza , ▁y ▁mi ▁li b er ta dor ;
▁I n v o c aré ▁á ▁Jehová , ▁di g no ▁de ▁ser ▁lo ado , ▁y ▁se ré ▁sal v o ▁de ▁mis ▁enemigos .
▁Cuan do ▁me ▁cerca ron ▁on das ▁de ▁muerte , ▁y ▁arroyo s ▁de ▁iniquidad ▁me ▁as om bra ron ,
▁Me ▁rod e aron ▁los ▁do lo res ▁del ▁in f i er no , ▁y ▁me ▁tomaron ▁de s cu id ado ▁la zo s ▁de ▁muerte .
▁T u v e ▁an gu st i a , ▁in v o qué ▁á ▁Jehová , ▁y ▁c l am é ▁á ▁mi ▁Dios : ▁y ▁él ▁oyó ▁mi ▁voz ▁de s de ▁su ▁templo ; ▁llegó ▁mi ▁c l am or ▁á ▁sus ▁oído s .
▁La ▁tierra ▁se ▁re mo vi ó , ▁y ▁tem b l ó ; ▁los ▁f un da ment os ▁de ▁los ▁cielo s ▁fueron ▁mo vi do s , ▁y ▁se ▁es t re me c ieron , ▁por que ▁él ▁se ▁a ir ó .
▁Su b ió ▁ hu mo ▁de ▁sus ▁ n ar i ce s , ▁y ▁de ▁su ▁boca ▁fuego ▁consum ido r , ▁por ▁el ▁cual ▁se ▁en ce nd ieron ▁ca r b on es .
▁Y ▁ aba j ó ▁los ▁cielo s , ▁y ▁descend ió : ▁una ▁os cu ri dad ▁debajo ▁de ▁sus ▁pie s .
▁Su b ió ▁sobre ▁el ▁que r u b í n , ▁y ▁ v o l ó : ▁ap are ci óse ▁sobre ▁las ▁al as ▁del ▁vi en to .
▁P u s o ▁ti n i e b la s ▁alrededor ▁de ▁sí ▁á ▁mo do ▁de ▁pa be l l on es ; ▁aguas ▁ n e g ra s ▁y ▁es pe s as ▁nube s .
▁De l ▁re s p l ando r ▁de ▁su ▁presencia ▁se ▁en ce nd ieron ▁as cu as ▁ar d iente s .
▁Jehová ▁ t ron ó ▁de s de ▁los ▁cielo s , ▁y ▁el ▁A l t í s im o ▁dió ▁su ▁voz ;
▁Ar ro j ó ▁s a e ta s , ▁y ▁de s ba ra t ólo s ; ▁re l am pa gu e ó , ▁y ▁consum ió los .
▁E x te nd ió ▁su ▁mano ▁de ▁lo ▁al to , ▁y ▁ar re ba t ó me , ▁y ▁sacó me ▁de ▁co p i os as ▁aguas .
▁L i b r ó me ▁de ▁fuerte s ▁enemigos , ▁de ▁aquello s ▁que ▁me ▁aborrec ían , ▁los ▁cuales ▁era n ▁más ▁fuerte s ▁que ▁yo .
▁As al t á ron me ▁en ▁el ▁día ▁de ▁mi ▁ca la mi dad ; ▁mas ▁Jehová ▁fué ▁mi ▁so st é n .
▁S a c ó me ▁á ▁an ch ura ; ▁libr ó me , ▁por que ▁puso ▁su ▁ v o l un ta d ▁en ▁mí .
▁Re m un er ó me ▁Jehová ▁conform e ▁á ▁mi ▁justicia ; ▁y ▁conform e ▁á ▁la ▁li m p i e za ▁de ▁mis ▁manos , ▁me ▁dió ▁la ▁pa ga .
▁Porque ▁yo ▁guard é ▁los ▁camino s ▁de ▁Jehová , ▁y ▁no ▁me ▁apart é ▁imp í amente ▁de ▁mi ▁Dios .
▁Porque ▁delante ▁de ▁mí ▁ten go ▁todas ▁sus ▁orden an za s ; ▁y ▁at en to ▁á ▁sus ▁f u eros , ▁no ▁me ▁re t ir aré ▁de ▁ellos .
▁Y ▁f u í ▁ í n te g ro ▁para ▁con ▁él , ▁y ▁guard é me ▁de ▁mi ▁iniquidad .
▁Re m un er ó me ▁por ▁tanto ▁Jehová ▁conform e ▁á ▁mi ▁justicia , ▁y ▁conform e ▁á ▁mi ▁li m p i e za ▁delante ▁de ▁sus ▁ojos .
▁C on ▁el ▁bueno ▁eres ▁be n i g no , ▁y ▁con ▁el ▁ í n te g ro ▁te ▁mu est ra s ▁ í n te g ro ;
▁L im p i o ▁eres ▁para ▁con ▁el ▁limpio , ▁mas ▁con ▁el ▁per ver s o ▁eres ▁ r í g ido .
▁Y ▁tú ▁salva s ▁al ▁pueblo ▁ hu mi l de ; ▁mas ▁tu s ▁ojos ▁sobre ▁los ▁al t i v os , ▁para ▁ aba t ir los .
▁Porque ▁tú ▁eres ▁mi ▁ l á m para , ▁ o h ▁Jehová : ▁Jehová ▁da ▁lu z ▁á ▁mis ▁ti n i e b la s .
▁Porque ▁en ▁ti ▁romp er é ▁ejército s , ▁y ▁con ▁mi ▁Dios ▁sal t aré ▁las ▁mu ra l la s .
▁Dios , ▁per f e c to ▁su ▁camino : ▁la ▁palabra ▁de ▁Jehová ▁purifica da , ▁es cu do ▁es ▁de ▁todos ▁los ▁que ▁en ▁él ▁es per an .
▁Porque ▁¿ qué ▁Dios ▁hay ▁sin o ▁Jehová ? ▁¿ ó ▁qu ién ▁es ▁fuerte ▁sin o ▁nuestro ▁Dios ?
▁Dios ▁es ▁el ▁que ▁con ▁vi r t ud ▁me ▁cor ro b o ra , ▁y ▁el ▁que ▁de s pe ja ▁mi ▁camino ;
▁El ▁que ▁ha ce ▁mis ▁pie s ▁ como ▁de ▁ ci er v as , ▁y ▁el ▁que ▁me ▁as i enta ▁en ▁mis ▁al t ura s ;
▁El ▁que ▁en se ñ a ▁mis ▁manos ▁para ▁la ▁pe le a , ▁y ▁da ▁que ▁con ▁mis ▁brazo s ▁ qui e bre ▁el ▁ar co ▁de ▁a ce ro .
▁T ú ▁me ▁d iste ▁a simismo ▁el ▁es cu do ▁de ▁tu ▁sal ud , ▁y ▁tu ▁be n i g n i dad ▁me ▁ha ▁a c re c enta do .
▁T ú ▁en s an ch aste ▁mis ▁pa s os ▁debajo ▁de ▁mí , ▁para ▁que ▁no ▁ti tu be as en ▁mis ▁rod ill as .
▁P er se gu i ré ▁á ▁mis ▁enemigos , ▁y ▁que bra n t aré los ; ▁y ▁no ▁me ▁volver é ▁hast a ▁que ▁los ▁a ca be .
▁Lo s ▁consum i ré , ▁y ▁los ▁her i ré , ▁y ▁no ▁se ▁levant arán ; ▁y ▁ca e rán ▁debajo ▁de ▁mis ▁pie s .
▁C e ñ í s te me ▁de ▁fortaleza ▁para ▁la ▁batalla , ▁y ▁postr aste ▁debajo ▁de ▁mí ▁los ▁que ▁contra ▁mí ▁se ▁levant aron .
▁T ú ▁me ▁d iste ▁la ▁ cer vi z ▁de ▁mis ▁enemigos , ▁de ▁mis ▁aborrec ed o res , ▁y ▁que ▁yo ▁los ▁de st r u y e se .
▁Mi r aron , ▁y ▁no ▁hubo ▁quien ▁los ▁libr a se ; ▁á ▁Jehová , ▁mas ▁no ▁les ▁respondió .
▁Yo ▁los ▁de s me n u za ré ▁ como ▁polvo ▁de ▁la ▁tierra ; ▁ho l l aré los ▁ como ▁á ▁lo do ▁de ▁las ▁p la za s , ▁y ▁los ▁di s i p aré .
▁T ú ▁me ▁libr aste ▁de ▁con t i en das ▁de ▁pueblo s : ▁tú ▁me ▁guard aste ▁para ▁que ▁fuese ▁cabeza ▁de ▁gente s : ▁pueblo s ▁que ▁no ▁conoc ía , ▁me ▁sirv ieron .
▁Lo s ▁ex tra ñ os ▁ti tu be aban ▁á ▁mí : ▁en ▁ o y e ndo ▁ , ▁me ▁obedec ían .
▁Lo s ▁ex tra ñ os ▁de s f al le c ían , ▁y ▁tem b l aban ▁en ▁sus ▁escond ri jo s .
▁Viv a ▁Jehová , ▁y ▁sea ▁be nd ita ▁mi ▁ ro ca ; ▁sea ▁en s al z ado ▁el ▁Dios , ▁la ▁ ro ca ▁de ▁mi ▁salva ment o :
▁El ▁Dios ▁que ▁me ▁ha ▁ven g ado , ▁y ▁su je ta ▁los ▁pueblo s ▁debajo ▁de ▁mí ;
▁Y ▁que ▁me ▁saca ▁de ▁entre ▁mis ▁enemigos : ▁tú ▁me ▁saca s te ▁en ▁al to ▁de ▁entre ▁los ▁que ▁se ▁levant aron ▁contra ▁mí : ▁libr ás te me ▁del ▁varón ▁de ▁iniquidad es .
▁Por ▁tanto ▁yo ▁te ▁con f es aré ▁entre ▁las ▁gente s , ▁ o h ▁Jehová , ▁y ▁can t aré ▁á ▁tu ▁nombre .
▁El ▁que ▁en g ra n de ce ▁las ▁sal ud es ▁de ▁su ▁rey , ▁y ▁ha ce ▁misericordia ▁á ▁su ▁ungido , ▁á ▁David , ▁y ▁á ▁su ▁simiente , ▁para ▁siempre ▁ .
▁El ▁espíritu ▁de ▁Jehová ▁ha ▁hablado ▁por ▁mí , ▁y ▁su ▁palabra ▁ha ▁sido ▁en ▁mi ▁le n gu a .
▁El ▁Dios ▁de ▁Israel ▁ha ▁dicho , ▁habló me ▁el ▁F u er te ▁de ▁Israel : ▁El ▁señor e ado r ▁de ▁los ▁hombres ▁será ▁just o , ▁señor e ado r ▁en ▁tem or ▁de ▁Dios .
▁Mas ▁los ▁de ▁Be li al ▁serán ▁todos ▁ellos ▁ como ▁es p in as ▁ar ra n cada s , ▁las ▁cuales ▁nadie ▁toma ▁con ▁la ▁mano ;
▁Si no ▁que ▁el ▁que ▁qu iere ▁to c ar ▁en ▁ella s , ▁á r ma se ▁de ▁ hi er ro ▁y ▁de ▁as ta ▁de ▁la n za , ▁y ▁son ▁que ma das ▁en ▁su ▁lugar .
▁El ▁entonces ▁se ▁par ó ▁en ▁medio ▁de ▁la ▁suerte ▁de ▁tierra , ▁y ▁de f en d ió la , ▁é ▁hirió ▁á ▁los ▁Filisteos ; ▁y ▁Jehová ▁hizo ▁una ▁gran ▁sal ud .
▁Y ▁tres ▁de ▁los ▁treinta ▁principal es ▁descend ieron ▁y ▁vinieron ▁en ▁tiempo ▁de ▁la ▁si e ga ▁á ▁David ▁á ▁la ▁cueva ▁de ▁A d u l l am : ▁y ▁el ▁campo ▁de ▁los ▁Filisteos ▁estaba ▁en ▁el ▁valle ▁de ▁R a ph a im .
▁David ▁entonces ▁estaba ▁en ▁la ▁fortaleza , ▁y ▁la ▁ gu ar n i ción ▁de ▁los ▁Filisteos ▁estaba ▁en ▁Beth - lehem .
▁Y ▁David ▁tuvo ▁de se o , ▁y ▁dijo : ▁ ¡ Quién ▁me ▁die ra ▁á ▁beber ▁del ▁agua ▁de ▁la ▁c iste rna ▁de ▁Beth - lehem , ▁que ▁está ▁á ▁la ▁puerta !
▁El ▁era ▁el ▁más ▁ ave n ta ja do ▁de ▁los ▁tres , ▁y ▁el ▁primer o ▁de ▁ellos ; ▁mas ▁no ▁llegó ▁á ▁los ▁tres ▁primer os .
▁E s to ▁hizo ▁Be n a ía ▁hijo ▁de ▁ J o i ada , ▁y ▁tuvo ▁nombre ▁entre ▁los ▁tres ▁va l iente s .
▁De ▁los ▁treinta ▁fué ▁el ▁más ▁ ave n ta ja do ; ▁per o ▁no ▁llegó ▁á ▁los ▁tres ▁primer os . ▁Y ▁púsolo ▁David ▁en ▁su ▁con se jo .
▁As a el ▁hermano ▁de ▁Joab ▁fué ▁de ▁los ▁treinta ; ▁El h a an an ▁hijo ▁de ▁Do do ▁de ▁Beth - lehem ;
▁S am ma ▁de ▁Ha ro di , ▁Eli ca ▁de ▁Ha ro di ;
▁He les ▁de ▁P al t i , ▁Hi ra , ▁hijo ▁de ▁Je c ce s , ▁de ▁T e co a ;
▁Abi ezer ▁de ▁Ana th oth , ▁Me b un n a i ▁de ▁Hu s a ;
▁Se l mo ▁de ▁Ha h o h , ▁Ma h ar a i ▁de ▁N e to ph ath ;
▁He le c ▁hijo ▁de ▁B a an a ▁de ▁N e to ph ath , ▁I t ta i ▁hijo ▁de ▁R i ba i ▁de ▁Gabaa ▁de ▁los ▁hijos ▁de ▁Benjamín ;
▁Be n a ía ▁P ir ath on ita , ▁Hi d da i ▁del ▁arroyo ▁de ▁ G a as ;
▁Abi - al b on ▁de ▁Ar ba th , ▁As m ave th ▁de ▁B ar hu m ;
▁Eli h aba ▁de ▁S a al b ón , ▁Jonathán ▁de ▁los ▁hijos ▁de ▁Ja s s é n ;
▁S am ma ▁de ▁Ar ar , ▁Ahi am ▁hijo ▁de ▁Sara r ▁de ▁Ar ar .
▁Eli ph el eth ▁hijo ▁de ▁As ba i ▁hijo ▁de ▁Ma a ch â t i ; ▁Eli am ▁hijo ▁de ▁A ch î to ph el ▁de ▁Ge l ón ;
▁He s ra i ▁del ▁Carmel o , ▁P h ar a i ▁de ▁Ar bi ;
▁I g h e al ▁hijo ▁de ▁Nathán ▁de ▁So ba , ▁B an i ▁de ▁Gad i ;
▁Se le c ▁de ▁Ammón , ▁N ah ar a i ▁de ▁Beer oth , ▁es cu der o ▁de ▁Joab ▁hijo ▁de ▁S ar vi a ;
▁I ra ▁de ▁I th ri , ▁ G are b ▁de ▁I th ri ;
▁Uría ▁Hetheo . ▁En t re ▁todos ▁treinta ▁y ▁siete .
▁Y ▁ V O L V I Ó ▁el ▁furor ▁de ▁Jehová ▁á ▁en ce n der se ▁contra ▁Israel , ▁é ▁in ci t ó ▁á ▁David ▁contra ▁ellos ▁á ▁que ▁di je se : ▁Ve , ▁cu enta ▁á ▁Israel ▁y ▁á ▁Judá .
▁Y ▁pasa ndo ▁el ▁Jordán ▁a sentaron ▁en ▁A ro er , ▁á ▁la ▁mano ▁derecha ▁de ▁la ▁ciudad ▁que ▁está ▁en ▁medio ▁de ▁la ▁ar ro y ada ▁de ▁Gad ▁y ▁junto ▁á ▁Ja z er .
▁Después ▁vinieron ▁á ▁Galaad , ▁y ▁á ▁la ▁tierra ▁ba ja ▁de ▁A b s i : ▁y ▁de ▁allí ▁vinieron ▁á ▁Dan - ja án ▁y ▁alrededor ▁de ▁Si d ón .
▁Y ▁vinieron ▁luego ▁á ▁la ▁fortaleza ▁de ▁T i ro , ▁y ▁á ▁todas ▁las ▁ciudades ▁de ▁los ▁He v e os ▁y ▁de ▁los ▁Cananeo s ; ▁y ▁salieron ▁al ▁mediodía ▁de ▁Judá , ▁á ▁Beer - se ba .
▁Y ▁después ▁que ▁ hu b ieron ▁and ado ▁toda ▁la ▁tierra , ▁volvieron ▁á ▁Jerusalem ▁al ▁cabo ▁de ▁ n ue v e ▁me se s ▁y ▁veinte ▁días .
▁Y ▁Joab ▁dió ▁la ▁cu enta ▁del ▁número ▁del ▁pueblo ▁al ▁rey ; ▁y ▁fueron ▁los ▁de ▁Israel ▁oc h o cientos ▁mil ▁hombres ▁fuerte s ▁que ▁saca ba n ▁espada ; ▁y ▁de ▁los ▁de ▁Judá ▁quinient os ▁mil ▁hombres .
▁Y ▁por ▁la ▁mañana , ▁cuando ▁David ▁se ▁hubo ▁levant ado , ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Gad ▁profeta , ▁vi d ente ▁de ▁David , ▁diciendo :
▁Ve , ▁y ▁di ▁á ▁David : ▁As í ▁ha ▁dicho ▁Jehová : ▁T res ▁cosas ▁te ▁of re z co : ▁tú ▁te ▁es co g e rás ▁una ▁de ▁ella s , ▁la ▁cual ▁yo ▁haga .
▁Entonces ▁David ▁dijo ▁á ▁Gad : ▁En ▁grande ▁an gu st i a ▁esto y : ▁ruego ▁que ▁ca i ga ▁en ▁la ▁mano ▁de ▁Jehová , ▁por que ▁sus ▁mis er a ciones ▁son ▁much as , ▁y ▁que ▁no ▁ca i ga ▁yo ▁en ▁manos ▁de ▁hombres .
▁Y ▁envió ▁Jehová ▁pe s til en ci a ▁á ▁Israel ▁de s de ▁la ▁mañana ▁hast a ▁el ▁tiempo ▁señal ado : ▁y ▁mu r ieron ▁del ▁pueblo , ▁de s de ▁Dan ▁hast a ▁Beer - se ba , ▁setenta ▁mil ▁hombres .
▁Y ▁Gad ▁vino ▁á ▁David ▁aquel ▁día , ▁y ▁díjole : ▁Su be , ▁y ▁ha z ▁un ▁altar ▁á ▁Jehová ▁en ▁la ▁era ▁de ▁A ra un a ▁Jebus e o .
▁Y ▁subió ▁David , ▁conform e ▁al ▁dicho ▁de ▁Gad , ▁que ▁Jehová ▁le ▁había ▁mandado .
▁Y ▁mira ndo ▁A ra un a , ▁vió ▁al ▁rey ▁y ▁á ▁sus ▁siervos ▁que ▁pa s aban ▁á ▁él . ▁Sal iendo ▁entonces ▁A ra un a , ▁inclin óse ▁delante ▁del ▁rey ▁haci a ▁tierra .
▁Todo ▁lo ▁da ▁ como ▁un ▁rey ▁A ra un a ▁al ▁rey . ▁Luego ▁dijo ▁A ra un a ▁al ▁rey : ▁Jehová ▁tu ▁Dios ▁te ▁sea ▁pro p i ci o .
▁Y ▁edificó ▁allí ▁David ▁un ▁altar ▁á ▁Jehová , ▁y ▁sacrific ó ▁holocausto s ▁y ▁pa c í f i co s ; ▁y ▁Jehová ▁se ▁ap la c ó ▁con ▁la ▁tierra , ▁y ▁c es ó ▁la ▁plaga ▁de ▁Israel .
▁C O M O ▁el ▁rey ▁David ▁era ▁viejo , ▁y ▁entr ado ▁en ▁días , ▁cu b r ían le ▁de ▁vestidos , ▁mas ▁no ▁se ▁ca l enta ba .
▁Y ▁busca ron ▁una ▁mo za ▁her mos a ▁por ▁todo ▁el ▁término ▁de ▁Israel , ▁y ▁halla ron ▁á ▁Abi s a g ▁Su n am ita , ▁y ▁tra j é ron la ▁al ▁rey .
▁Y ▁la ▁mo za ▁era ▁her mos a ▁ , ▁la ▁cual ▁ca l enta ba ▁al ▁rey , ▁y ▁le ▁ serv ía : ▁mas ▁el ▁rey ▁ nunc a ▁la ▁conoc ió .
▁Y ▁tenía ▁tra to s ▁con ▁Joab ▁hijo ▁de ▁S ar vi a , ▁y ▁con ▁Abiathar ▁sacerdote , ▁los ▁cuales ▁a y ud aban ▁á ▁A do n ía .
▁Mas ▁no ▁con vi d ó ▁á ▁Nathán ▁profeta , ▁ni ▁á ▁Be n a ía , ▁ni ▁á ▁los ▁grande s , ▁ni ▁á ▁Salomón ▁su ▁hermano .
▁Y ▁habló ▁Nathán ▁á ▁B ath - sheba ▁madre ▁de ▁Salomón , ▁diciendo : ▁¿ No ▁has ▁oído ▁que ▁re in a ▁A do n ía ▁hijo ▁de ▁Ha g g i th , ▁sin ▁sabe r lo ▁David ▁nuestro ▁señor ?
▁Ve n ▁pues ▁ahora , ▁y ▁toma ▁mi ▁con se jo , ▁para ▁que ▁guard es ▁tu ▁vida , ▁y ▁la ▁vida ▁de ▁tu ▁hijo ▁Salomón .
▁Y ▁esta ndo ▁tú ▁a ún ▁habla ndo ▁con ▁el ▁rey , ▁yo ▁entrar é ▁tras ▁ti , ▁y ▁acaba ré ▁tu s ▁ ra z on es .
▁Entonces ▁B ath - sheba ▁entr ó ▁al ▁rey ▁á ▁la ▁c á ma ra : ▁y ▁el ▁rey ▁era ▁mu y ▁viejo ; ▁y ▁Abi s a g ▁Su n am ita ▁ serv ía ▁al ▁rey .
▁Y ▁B ath - sheba ▁se ▁inclin ó , ▁é ▁hizo ▁re ver en ci a ▁al ▁rey . ▁Y ▁el ▁rey ▁dijo : ▁¿ Qué ▁tiene s ?
▁Y ▁ella ▁le ▁respondió : ▁Señor ▁mío , ▁tú ▁ j ur aste ▁á ▁tu ▁sierva ▁por ▁Jehová ▁tu ▁Dios , ▁diciendo : ▁Salomón ▁tu ▁hijo ▁reinar á ▁después ▁de ▁mí , ▁y ▁él ▁se ▁sent ará ▁en ▁mi ▁trono ;
▁Y ▁he ▁aquí ▁ahora ▁A do n ía ▁re in a : ▁y ▁tú , ▁mi ▁señor ▁rey , ▁ahora ▁no ▁lo ▁su p iste .
▁En t re ▁tanto , ▁rey ▁señor ▁mío , ▁los ▁ojos ▁de ▁todo ▁Israel ▁están ▁sobre ▁ti , ▁para ▁que ▁les ▁declar es ▁qu ién ▁se ▁ha ▁de ▁sent ar ▁en ▁el ▁trono ▁de ▁mi ▁señor ▁el ▁rey ▁después ▁de ▁él .
▁De ▁otra ▁suerte ▁a co n te ce rá , ▁cuando ▁mi ▁señor ▁el ▁rey ▁d ur m iere ▁con ▁sus ▁padres , ▁que ▁yo ▁y ▁mi ▁hijo ▁Salomón ▁se remos ▁ten ido s ▁por ▁culpa ble s .
▁Y ▁esta ndo ▁a ún ▁habla ndo ▁ella ▁con ▁el ▁rey , ▁he ▁aquí ▁Nathán ▁profeta , ▁que ▁vino .
▁Y ▁d ieron ▁aviso ▁al ▁rey , ▁diciendo : ▁He ▁aquí ▁Nathán ▁profeta : ▁el ▁cual ▁ como ▁entr ó ▁al ▁rey , ▁postr óse ▁delante ▁del ▁rey ▁inclin ando ▁su ▁rostro ▁á ▁tierra .
▁Y ▁dijo ▁Nathán : ▁Re y ▁señor ▁mío , ▁¿ h as ▁tú ▁dicho : ▁A do n ía ▁reinar á ▁después ▁de ▁mí , ▁y ▁él ▁se ▁sent ará ▁en ▁mi ▁trono ?
▁Mas ▁ni ▁á ▁mí ▁tu ▁siervo , ▁ni ▁á ▁S ado c ▁sacerdote , ▁ni ▁á ▁Be n a ía ▁hijo ▁de ▁ J o i ada , ▁ni ▁á ▁Salomón ▁tu ▁siervo , ▁ha ▁con vi d ado .
▁¿ E s ▁este ▁negocio ▁orden ado ▁por ▁mi ▁señor ▁el ▁rey , ▁sin ▁haber ▁declar ado ▁á ▁tu ▁siervo ▁qu ién ▁se ▁había ▁de ▁sent ar ▁en ▁el ▁trono ▁de ▁mi ▁señor ▁el ▁rey ▁después ▁de ▁él ?
▁Entonces ▁el ▁rey ▁David ▁respondió , ▁y ▁dijo : ▁L la ma d me ▁á ▁B ath - sheba . ▁Y ▁ella ▁entr ó ▁á ▁la ▁presencia ▁del ▁rey , ▁y ▁p ú s ose ▁delante ▁del ▁rey .
▁Y ▁el ▁rey ▁juró , ▁diciendo : ▁Viv e ▁Jehová , ▁que ▁ha ▁re d im ido ▁mi ▁alma ▁de ▁toda ▁an gu st i a ,
▁Entonces ▁B ath - sheba ▁se ▁inclin ó ▁al ▁rey , ▁su ▁rostro ▁á ▁tierra , ▁y ▁ha c iendo ▁re ver en ci a ▁al ▁rey , ▁dijo : ▁Viv a ▁mi ▁señor ▁el ▁rey ▁David ▁para ▁siempre .
▁Y ▁el ▁rey ▁David ▁dijo : ▁L la ma d me ▁á ▁S ado c ▁sacerdote , ▁y ▁á ▁Nathán ▁profeta , ▁y ▁á ▁Be n a ía ▁hijo ▁de ▁ J o i ada . ▁Y ▁ellos ▁entrar on ▁á ▁la ▁presencia ▁del ▁rey .
▁Y ▁el ▁rey ▁les ▁dijo : ▁Toma d ▁con ▁vosotros ▁los ▁siervos ▁de ▁vuestro ▁señor , ▁y ▁ha c ed ▁subir ▁á ▁Salomón ▁mi ▁hijo ▁en ▁mi ▁mu la , ▁y ▁llev ad lo ▁á ▁ G i h ón :
▁Y ▁allí ▁lo ▁un g irá n ▁S ado c ▁sacerdote ▁y ▁Nathán ▁profeta ▁por ▁rey ▁sobre ▁Israel ; ▁y ▁to c aréis ▁ t ro m pe ta , ▁diciendo : ▁ ¡ V i v a ▁el ▁rey ▁Salomón !
▁Después ▁ir éis ▁vosotros ▁de t rás ▁de ▁él , ▁y ▁vendrá ▁y ▁se ▁sent ará ▁en ▁mi ▁trono , ▁y ▁él ▁reinar á ▁por ▁mí ; ▁por que ▁á ▁él ▁he ▁orden ado ▁para ▁que ▁sea ▁príncipe ▁sobre ▁Israel ▁y ▁sobre ▁Judá .
▁Entonces ▁Be n a ía ▁hijo ▁de ▁ J o i ada ▁respondió ▁al ▁rey , ▁y ▁dijo : ▁A m é n . ▁As í ▁lo ▁di ga ▁Jehová , ▁Dios ▁de ▁mi ▁señor ▁el ▁rey .
▁De ▁la ▁manera ▁que ▁Jehová ▁ha ▁sido ▁con ▁mi ▁señor ▁el ▁rey , ▁así ▁sea ▁con ▁Salomón ; ▁y ▁él ▁haga ▁may or ▁su ▁trono ▁que ▁el ▁trono ▁de ▁mi ▁señor ▁el ▁rey ▁David .
▁Y ▁toma ndo ▁S ado c ▁sacerdote ▁el ▁cu er no ▁del ▁aceite ▁del ▁tabernáculo , ▁un g ió ▁á ▁Salomón : ▁y ▁to c aron ▁ t ro m pe ta , ▁y ▁dijo ▁todo ▁el ▁pueblo : ▁ ¡ V i v a ▁el ▁rey ▁Salomón !
▁Esta ndo ▁a ún ▁él ▁habla ndo , ▁he ▁aquí ▁Jonathán ▁hijo ▁de ▁Abiathar ▁sacerdote ▁vino , ▁al ▁cual ▁dijo ▁A do n ía : ▁En tra , ▁por que ▁tú ▁eres ▁hombre ▁de ▁es f u er zo , ▁y ▁traerá s ▁buena s ▁nueva s .
▁Y ▁Jonathán ▁respondió , ▁y ▁dijo ▁á ▁A do n ía : ▁C iertamente ▁nuestro ▁señor ▁el ▁rey ▁David ▁ha ▁hecho ▁rey ▁á ▁Salomón :
▁Y ▁también ▁Salomón ▁se ▁ha ▁sent ado ▁en ▁el ▁trono ▁del ▁reino .
▁Y ▁también ▁el ▁rey ▁habló ▁así : ▁Be n di to ▁sea ▁Jehová ▁Dios ▁de ▁Israel , ▁que ▁ha ▁dado ▁hoy ▁quien ▁se ▁si ente ▁en ▁mi ▁trono , ▁vi é ndo lo ▁mis ▁ojos .
▁El los ▁entonces ▁se ▁es t re me c ieron , ▁y ▁levant áronse ▁todos ▁los ▁con vi d ados ▁que ▁estaban ▁con ▁A do n ía , ▁y ▁fué se ▁ cada ▁uno ▁por ▁su ▁camino .
▁Mas ▁A do n ía , ▁tem iendo ▁de ▁la ▁presencia ▁de ▁Salomón , ▁levant óse ▁y ▁fué se , ▁y ▁co g ió ▁los ▁corn i ja les ▁del ▁altar .
▁Y ▁Salomón ▁dijo : ▁Si ▁él ▁fuere ▁vi r tu os o , ▁ni ▁uno ▁de ▁sus ▁ca be l los ▁ca e rá ▁en ▁tierra : ▁mas ▁si ▁se ▁halla re ▁mal ▁en ▁él , ▁morirá .
▁Y ▁envió ▁el ▁rey ▁Salomón , ▁y ▁tra j é ron lo ▁del ▁altar ; ▁y ▁él ▁vino , ▁é ▁inclin óse ▁al ▁rey ▁Salomón . ▁Y ▁Salomón ▁le ▁dijo : ▁Ve te ▁á ▁tu ▁casa .
▁Y ▁L L E G Á R O N S E ▁los ▁días ▁de ▁David ▁para ▁mor ir , ▁y ▁mandó ▁á ▁Salomón ▁su ▁hijo , ▁diciendo :
▁Yo ▁ v o y ▁el ▁camino ▁de ▁toda ▁la ▁tierra : ▁es f u é r za te , ▁y ▁s é ▁varón .
▁T ú ▁pues ▁harás ▁conform e ▁á ▁tu ▁sabiduría ; ▁no ▁dejar ás ▁descend er ▁sus ▁can as ▁á ▁la ▁hues a ▁en ▁paz .
▁Y ▁David ▁d urmió ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁en ▁la ▁ciudad ▁de ▁David .
▁Lo s ▁días ▁que ▁reinó ▁David ▁sobre ▁Israel ▁fueron ▁cuarenta ▁años : ▁siete ▁años ▁reinó ▁en ▁Hebrón , ▁y ▁treinta ▁y ▁tres ▁años ▁reinó ▁en ▁Jerusalem .
▁Y ▁se ▁sent ó ▁Salomón ▁en ▁el ▁trono ▁de ▁David ▁su ▁padre , ▁y ▁fué ▁su ▁reino ▁f ir me ▁en ▁gran ▁manera .
▁Entonces ▁A do n ía ▁hijo ▁de ▁Ha g g i th ▁vino ▁á ▁B ath - sheba ▁madre ▁de ▁Salomón ; ▁y ▁ella ▁dijo : ▁¿ E s ▁tu ▁ven i da ▁de ▁paz ? ▁Y ▁él ▁respondió : ▁S í , ▁de ▁paz .
▁En ▁se gu i da ▁dijo : ▁Un a ▁palabra ▁ten go ▁que ▁decir te . ▁Y ▁ella ▁dijo : ▁Di .
▁Y ▁ahora ▁yo ▁te ▁ha go ▁una ▁pe t i ción : ▁no ▁me ▁haga s ▁volver ▁mi ▁rostro . ▁Y ▁ella ▁le ▁dijo : ▁Habla .
▁El ▁entonces ▁dijo : ▁Yo ▁te ▁ruego ▁que ▁ha ble s ▁al ▁rey ▁Salomón , ▁ ( por que ▁él ▁no ▁te ▁hará ▁volver ▁tu ▁rostro , ) ▁para ▁que ▁me ▁d é ▁á ▁Abi s a g ▁Su n am ita ▁por ▁mujer .
▁Y ▁B ath - sheba ▁dijo : ▁B i en ; ▁yo ▁hablar é ▁por ▁ti ▁al ▁rey .
▁Y ▁ella ▁dijo : ▁ D é se ▁Abi s a g ▁Su n am ita ▁por ▁mujer ▁á ▁tu ▁hermano ▁A do n ía .
▁Y ▁el ▁rey ▁Salomón ▁juró ▁por ▁Jehová , ▁diciendo : ▁As í ▁me ▁haga ▁Dios ▁y ▁así ▁me ▁a ñ ada , ▁que ▁contra ▁su ▁vida ▁ha ▁hablado ▁A do n ía ▁esta ▁palabra .
▁Entonces ▁el ▁rey ▁Salomón ▁envió ▁por ▁mano ▁de ▁Be n a ía ▁hijo ▁de ▁ J o i ada , ▁el ▁cual ▁dió ▁sobre ▁él , ▁y ▁murió .
▁As í ▁echó ▁Salomón ▁á ▁Abiathar ▁del ▁s a cer do ci o ▁de ▁Jehová , ▁para ▁que ▁se ▁cumpl i e se ▁la ▁palabra ▁de ▁Jehová ▁que ▁había ▁dicho ▁sobre ▁la ▁casa ▁de ▁Eli ▁en ▁Si lo .
▁Entonces ▁Be n a ía ▁hijo ▁de ▁ J o i ada ▁subió , ▁y ▁dió ▁sobre ▁él , ▁y ▁mató lo ; ▁y ▁fué ▁sepulta do ▁en ▁su ▁casa ▁en ▁el ▁desierto .
▁Y ▁el ▁rey ▁puso ▁en ▁su ▁lugar ▁á ▁Be n a ía ▁hijo ▁de ▁ J o i ada ▁sobre ▁el ▁ejército : ▁y ▁á ▁S ado c ▁puso ▁el ▁rey ▁por ▁sacerdote ▁en ▁lugar ▁de ▁Abiathar .
▁Después ▁envió ▁el ▁rey , ▁é ▁hizo ▁ven ir ▁á ▁Se me i , ▁y ▁díjole : ▁E di f í ca te ▁una ▁casa ▁en ▁Jerusalem , ▁y ▁mor a ▁ ah í , ▁y ▁no ▁sal ga s ▁de ▁all á ▁á ▁una ▁parte ▁ni ▁á ▁otra ;
▁Porque ▁sabe ▁de ▁cierto ▁que ▁el ▁día ▁que ▁sal iere s , ▁y ▁pasar es ▁el ▁to r r ente ▁de ▁C ed r ón , ▁sin ▁d ud a ▁morirá s , ▁y ▁tu ▁sangre ▁será ▁sobre ▁tu ▁cabeza .
▁Y ▁Se me i ▁dijo ▁al ▁rey : ▁La ▁palabra ▁es ▁buena ; ▁ como ▁el ▁rey ▁mi ▁señor ▁ha ▁dicho , ▁así ▁lo ▁hará ▁tu ▁siervo . ▁Y ▁habitó ▁Se me i ▁en ▁Jerusalem ▁mucho s ▁días .
▁ D í jo se ▁luego ▁á ▁Salomón ▁ como ▁Se me i ▁había ▁ ido ▁de ▁Jerusalem ▁hast a ▁Gath , ▁y ▁que ▁había ▁vuelto .
▁¿ Por ▁qué ▁pues ▁no ▁guard aste ▁el ▁ j ura ment o ▁de ▁Jehová , ▁y ▁el ▁man d amiento ▁que ▁yo ▁te ▁imp u se ?
▁Y ▁el ▁rey ▁Salomón ▁será ▁be n di to , ▁y ▁el ▁trono ▁de ▁David ▁será ▁f ir me ▁perpetua mente ▁delante ▁de ▁Jehová .
▁Entonces ▁el ▁rey ▁mandó ▁á ▁Be n a ía ▁hijo ▁de ▁ J o i ada , ▁el ▁cual ▁salió ▁é ▁hirió le ; ▁y ▁murió . ▁Y ▁el ▁reino ▁fué ▁confirm ado ▁en ▁la ▁mano ▁de ▁Salomón .
▁Ha s ta ▁entonces ▁el ▁pueblo ▁sacrific aba ▁en ▁los ▁al to s ; ▁por que ▁no ▁había ▁casa ▁edifica da ▁al ▁nombre ▁de ▁Jehová ▁hast a ▁aquello s ▁tiempo s .
▁Mas ▁Salomón ▁am ó ▁á ▁Jehová , ▁and ando ▁en ▁los ▁estatuto s ▁de ▁su ▁padre ▁David : ▁solamente ▁sacrific aba ▁y ▁que ma ba ▁perfume s ▁en ▁los ▁al to s .
▁E ▁iba ▁el ▁rey ▁á ▁ G aba ón , ▁por que ▁a qué l ▁era ▁el ▁al to ▁principal , ▁y ▁sacrific aba ▁allí : ▁mil ▁holocausto s ▁sacrific aba ▁Salomón ▁sobre ▁aquel ▁altar .
▁Y ▁ap are ci óse ▁Jehová ▁á ▁Salomón ▁en ▁ G aba ón ▁una ▁noche ▁en ▁sueño s , ▁y ▁díjole D i os : ▁P i de ▁lo ▁que qui s iere s ▁que y o ▁te ▁d é .
▁Ahora ▁pues , ▁Jehová ▁Dios ▁mío , ▁tú ▁has ▁puesto ▁á ▁mí ▁tu ▁siervo ▁por ▁rey ▁en ▁lugar ▁de ▁David ▁mi ▁padre : ▁y ▁yo ▁soy ▁mozo ▁pe que ñ o , ▁que ▁no ▁s é ▁ cómo ▁entrar ▁ni ▁sal ir .
▁Y ▁tu ▁siervo ▁está ▁en ▁medio ▁de ▁tu ▁pueblo ▁al ▁cual ▁tú ▁es co g iste ; ▁un ▁pueblo ▁grande , ▁que ▁no ▁se ▁pu ed e ▁con t ar ▁ni ▁ n u m er ar ▁por ▁su ▁multitud .
▁Y ▁a g ra d ó ▁delante ▁de ▁A do n a i ▁que ▁Salomón ▁pi di e se ▁esto ▁ .
▁Y ▁aun ▁también ▁te ▁he ▁dado ▁las ▁cosas ▁que ▁no ▁p ed iste , ▁ ri que za s ▁y ▁gloria : ▁tal , ▁que ▁entre ▁los ▁reyes ▁ninguno ▁haya ▁ como ▁tú ▁en ▁todos ▁tu s ▁días .
▁Y ▁si ▁and u vier es ▁en ▁mis ▁camino s , ▁guarda ndo ▁mis ▁estatuto s ▁y ▁mis ▁mandamientos , ▁ como ▁and u v o ▁David ▁tu ▁padre , ▁yo ▁al ar g aré ▁tu s ▁días .
▁En ▁aquella ▁s az ón ▁vinieron ▁dos ▁mujeres ▁ram er as ▁al ▁rey , ▁y ▁present áronse ▁delante ▁de ▁él .
▁Y ▁dijo ▁la ▁una ▁mujer : ▁ ¡ A h , ▁señor ▁mío ! ▁yo ▁y ▁esta ▁mujer ▁mo rá ba mos ▁en ▁una ▁mis ma ▁casa , ▁y ▁yo ▁par í ▁esta ndo ▁con ▁ella ▁en ▁la ▁casa .
▁Y ▁aconteció ▁al ▁tercer ▁día ▁después ▁que ▁yo ▁par í , ▁que ▁é s ta ▁parió ▁también , ▁y ▁mo rá ba mos ▁no s o tra s ▁junt as ; ▁ninguno ▁de ▁fuera ▁estaba ▁en ▁casa , ▁sin o ▁no s o tra s ▁dos ▁en ▁la ▁casa .
▁Y ▁una ▁noche ▁el ▁hijo ▁de ▁esta ▁mujer ▁murió , ▁por que ▁ella ▁se ▁a co st ó ▁sobre ▁él .
▁Y ▁levant óse ▁á ▁media ▁noche , ▁y ▁tomó ▁á ▁mi ▁hijo ▁de ▁junto ▁á ▁mí , ▁esta ndo ▁yo ▁tu ▁sierva ▁d ur m iendo , ▁y ▁púsolo ▁á ▁su ▁la do , ▁y ▁p ú s o me ▁á ▁mi ▁la do ▁su ▁hijo ▁muerto .
▁Y ▁ como ▁yo ▁me ▁levant é ▁por ▁la ▁mañana ▁para ▁dar ▁el ▁pe ch o ▁á ▁mi ▁hijo , ▁he ▁aquí ▁que ▁estaba ▁muerto : ▁mas ▁ob serv é le ▁por ▁la ▁mañana , ▁y ▁vi ▁que ▁no ▁era ▁mi ▁hijo , ▁que ▁yo ▁había ▁par ido .
▁El ▁rey ▁entonces ▁dijo : ▁Esta ▁di ce : ▁Mi ▁hijo ▁es ▁el ▁que ▁vi v e , ▁y ▁tu ▁hijo ▁es ▁el ▁muerto : ▁y ▁la ▁otra ▁di ce , ▁No , ▁mas ▁el ▁tuyo ▁es ▁el ▁muerto , ▁y ▁mi ▁hijo ▁es ▁el ▁que ▁vi v e .
▁Y ▁dijo ▁el ▁rey : ▁T ra ed me ▁un ▁cuchillo . ▁Y ▁tra je ron ▁al ▁rey ▁un ▁cuchillo .
▁En ▁se gu i da ▁el ▁rey ▁dijo : ▁P ar t id ▁por ▁medio ▁el ▁niño ▁vi v o , ▁y ▁ dad ▁la ▁mitad ▁á ▁la ▁una , ▁y ▁la ▁otra ▁mitad ▁á ▁la ▁otra .
▁Entonces ▁el ▁rey ▁respondió , ▁y ▁dijo : ▁Da d ▁á ▁a qué l la ▁el ▁hijo ▁vi v o , ▁y ▁no ▁lo ▁ ma t éis ▁ : ▁ella ▁es ▁su ▁madre .
▁Y ▁todo ▁Israel ▁oyó ▁aquel ▁juicio ▁que ▁había ▁dado ▁el ▁rey : ▁y ▁tem ieron ▁al ▁rey , ▁por que ▁vieron ▁que ▁había ▁en ▁él ▁sabiduría ▁de ▁Dios ▁para ▁juzg ar .
▁F U É ▁pues ▁el ▁rey ▁Salomón ▁rey ▁sobre ▁todo ▁Israel .
▁Y ▁estos ▁fueron ▁los ▁príncipes ▁que ▁tuvo : ▁A za r ía s ▁hijo ▁de ▁S ado c , ▁sacerdote ;
▁Eli o re ph ▁y ▁A h ía , ▁hijos ▁de ▁Si s a , ▁es c ri ba s ; ▁Josaphat ▁hijo ▁de ▁Ahi l ud , ▁can c ill er ;
▁Be n a ía ▁hijo ▁de ▁ J o i ada ▁era ▁sobre ▁el ▁ejército ; ▁y ▁S ado c ▁y ▁Abiathar ▁era n ▁los ▁sacerdote s ;
▁A za r ía ▁hijo ▁de ▁Nathán ▁era ▁sobre ▁los ▁go be rna do res ; ▁Z ab ud ▁hijo ▁de ▁Nathán ▁era ▁principal ▁of i ci al , ▁am i go ▁del ▁rey ;
▁Y ▁Ahi s ar ▁era ▁may or do mo ▁ ; ▁y ▁A do n ir am ▁hijo ▁de ▁A b da ▁era ▁sobre ▁el ▁tribu to .
▁Y ▁tenía ▁Salomón ▁do ce ▁go be rna do res ▁sobre ▁todo ▁Israel , ▁los ▁cuales ▁man t en ían ▁al ▁rey ▁y ▁á ▁su ▁casa . ▁C ada ▁uno ▁de ▁ellos ▁estaba ▁ob li g ado ▁á ▁a b aste cer ▁por ▁un ▁me s ▁en ▁el ▁año .
▁Y ▁estos ▁son ▁los ▁nombre s ▁de ▁ellos : ▁el ▁hijo ▁de ▁Hu r ▁en ▁el ▁monte ▁de ▁Ephraim ;
▁El ▁hijo ▁de ▁De c ar , ▁en ▁Ma c ca s , ▁y ▁en ▁S a al b im , ▁y ▁en ▁Beth - se me s , ▁y ▁en ▁El ón , ▁y ▁en ▁Beth - h an an ;
▁El ▁hijo ▁de ▁He s ed , ▁en ▁Ar u b oth ; ▁éste ▁tenía ▁también ▁á ▁So ch ô ▁y ▁toda ▁la ▁tierra ▁de ▁E ph e t .
▁El ▁hijo ▁de ▁Abi n ada b , ▁en ▁todos ▁los ▁término s ▁de ▁Do r : ▁éste ▁tenía ▁por ▁mujer ▁á ▁Tha ph a t ▁hija ▁de ▁Salomón ;
▁Ahi n ada b ▁hijo ▁de ▁I d do , ▁en ▁Ma h an a im ;
▁Ahi ma as ▁en ▁Nephtalí ; ▁éste ▁tomó ▁también ▁por ▁mujer ▁á ▁B as em ath ▁hija ▁de ▁Salomón .
▁B a an a ▁hijo ▁de ▁Hu s a i , ▁en ▁As er ▁y ▁en ▁A l oth ;
▁Josaphat ▁hijo ▁de ▁P h ar u a , ▁en ▁Issachâr ;
▁Se me i ▁hijo ▁de ▁El a , ▁en ▁Benjamín ;
▁Ge b er ▁hijo ▁de ▁Uri , ▁en ▁la ▁tierra ▁de ▁Galaad , ▁la ▁tierra ▁de ▁Sehón ▁rey ▁de ▁los ▁Amorrheo s , ▁y ▁de ▁O g ▁rey ▁de ▁Basán ; ▁éste ▁era ▁el ▁ ún i co ▁go be rna dor ▁en ▁aquella ▁tierra .
▁Judá ▁é ▁Israel ▁era n ▁mucho s , ▁ como ▁la ▁are n a ▁que ▁está ▁junto ▁á ▁la ▁mar ▁en ▁multitud , ▁com iendo ▁y ▁be b iendo ▁y ▁alegr ándose .
▁Y ▁Salomón ▁señor e aba ▁sobre ▁todos ▁los ▁reino s , ▁de s de ▁el ▁río ▁de ▁la ▁tierra ▁de ▁los ▁Filisteos ▁hast a ▁el ▁término ▁de ▁Egipto : ▁y ▁tra ían ▁presente s , ▁y ▁sirv ieron ▁á ▁Salomón ▁todos ▁los ▁días ▁que ▁vivió .
▁Y ▁la ▁de s p en s a ▁de ▁Salomón ▁era ▁ cada ▁día ▁treinta ▁cor os ▁de ▁flor ▁de ▁harina , ▁y ▁se s enta ▁cor os ▁de ▁harina .
▁Y ▁Judá ▁é ▁Israel ▁vi v ían ▁seg ur os , ▁ cada ▁uno ▁debajo ▁de ▁su ▁par ra ▁y ▁debajo ▁de ▁su ▁ hi gu er a , ▁de s de ▁Dan ▁hast a ▁Beer - se ba , ▁todos ▁los ▁días ▁de ▁Salomón .
▁T en ía ▁además ▁de ▁esto ▁Salomón ▁cuarenta ▁mil ▁caballo s ▁en ▁sus ▁ca ba l le ri za s ▁para ▁sus ▁carro s , ▁y ▁do ce ▁mil ▁ j in e te s .
▁Y ▁estos ▁go be rna do res ▁man t en ían ▁al ▁rey ▁Salomón , ▁y ▁á ▁todos ▁los ▁que ▁á ▁la ▁me s a ▁del ▁rey ▁Salomón ▁venía n , ▁ cada ▁uno ▁un ▁me s ; ▁y ▁hacía n ▁que ▁nada ▁falta se .
▁Ha c ían ▁también ▁tra er ▁ ce b ada ▁y ▁pa ja ▁para ▁los ▁caballo s ▁y ▁para ▁las ▁bestia s ▁de ▁ca r ga , ▁al ▁lugar ▁don de ▁él ▁estaba , ▁ cada ▁uno ▁conform e ▁al ▁cargo ▁que ▁tenía .
▁Y ▁dió ▁Dios ▁á ▁Salomón ▁sabiduría , ▁y ▁p r ud en ci a ▁mu y ▁grande , ▁y ▁an ch ura ▁de ▁corazón ▁ como ▁la ▁are n a ▁que ▁está ▁á ▁la ▁orilla ▁del ▁mar .
▁Que ▁fué ▁may or ▁la ▁sabiduría ▁de ▁Salomón ▁que ▁la ▁de ▁todos ▁los ▁or i enta les , ▁y ▁que ▁toda ▁la ▁sabiduría ▁de ▁los ▁E g i p ci os .
▁Y ▁pro p u s o ▁tres ▁mil ▁par á b o la s ; ▁y ▁sus ▁ver s os ▁fueron ▁mil ▁y ▁cinco .
▁Y ▁venía n ▁de ▁todos ▁los ▁pueblo s ▁á ▁oir ▁la ▁sabiduría ▁de ▁Salomón , ▁y ▁de ▁todos ▁los ▁reyes ▁de ▁la ▁tierra , ▁don de ▁había ▁lleg ado ▁la ▁f a ma ▁de ▁su ▁sabiduría .
▁ H I R A M ▁rey ▁de ▁T i ro ▁envió ▁también ▁sus ▁siervos ▁á ▁Salomón , ▁luego ▁que ▁oyó ▁que ▁lo ▁habían ▁ungido ▁por ▁rey ▁en ▁lugar ▁de ▁su ▁padre : ▁por que ▁Hiram ▁había ▁siempre ▁am ado ▁á ▁David .
▁Entonces ▁Salomón ▁envió ▁á ▁decir ▁á ▁Hiram :
▁T ú ▁sabe s ▁ como ▁mi ▁padre ▁David ▁no ▁pu do ▁edifica r ▁casa ▁al ▁nombre ▁de ▁Jehová ▁su ▁Dios , ▁por ▁las ▁guerra s ▁que ▁le ▁cerca ron , ▁hast a ▁que ▁Jehová ▁puso s u s ▁enemigos ba jo ▁las ▁plant as ▁de ▁sus ▁pie s .
▁Ahora ▁Jehová ▁mi ▁Dios ▁me ▁ha ▁dado ▁reposo ▁por ▁todas ▁parte s ; ▁que ▁ni ▁hay ▁a d ver s ar i os , ▁ni ▁mal ▁en cu en t ro .
▁Y ▁ como ▁Hiram ▁oyó ▁las ▁palabras ▁de ▁Salomón , ▁ho l g óse ▁en ▁gran ▁manera , ▁y ▁dijo : ▁Be n di to ▁sea ▁hoy ▁Jehová , ▁que ▁dió ▁hijo ▁s a bi o ▁á ▁David ▁sobre ▁este ▁pueblo ▁ t an ▁grande .
▁Di ó ▁pues ▁Hiram ▁á ▁Salomón ▁made ra ▁de ▁cedro ▁y ▁made ra ▁de ▁haya ▁todo ▁lo ▁que ▁quiso .
▁Y ▁Salomón ▁d aba ▁á ▁Hiram ▁veinte ▁mil ▁cor os ▁de ▁trigo ▁para ▁el ▁sus t en to ▁de ▁su ▁familia , ▁y ▁veinte ▁cor os ▁de ▁aceite ▁limpio : ▁esto ▁d aba ▁Salomón ▁á ▁Hiram ▁ cada ▁un ▁año .
▁Di ó ▁pues ▁Jehová ▁á ▁Salomón ▁sabiduría ▁ como ▁le ▁había ▁dicho : ▁y ▁hubo ▁paz ▁entre ▁Hiram ▁y ▁Salomón , ▁é ▁hicieron ▁alianza ▁entre ▁ambos .
▁Y ▁el ▁rey ▁Salomón ▁imp u s o ▁tribu to ▁á ▁todo ▁Israel , ▁y ▁el ▁tribu to ▁fué ▁de ▁treinta ▁mil ▁hombres :
▁T en ía ▁también ▁Salomón ▁setenta ▁mil ▁que ▁llev aban ▁las ▁ca r ga s , ▁y ▁oc h enta ▁mil ▁cor t ado res ▁en ▁el ▁monte ;
▁Si n ▁los ▁principal es ▁of i ci a les ▁de ▁Salomón ▁que ▁estaban ▁sobre ▁la ▁obra , ▁tres ▁mil ▁y ▁tres cientos ▁ , ▁los ▁cuales ▁tenía n ▁cargo ▁del ▁pueblo ▁que ▁hacía ▁la ▁obra .
▁Y ▁mandó ▁el ▁rey ▁que ▁tra je s en ▁grande s ▁piedra s , ▁piedra s ▁de ▁precio , ▁para ▁los ▁c imiento s ▁de ▁la ▁casa , ▁y ▁piedra s ▁la bra das .
▁Y ▁los ▁al ba ñ i les ▁de ▁Salomón ▁y ▁los ▁de ▁Hiram , ▁y ▁los ▁ap are ja do res , ▁cor t aron ▁y ▁ap are ja ron ▁la ▁made ra ▁y ▁la ▁can t er ía ▁para ▁la bra r ▁la ▁casa .
▁La ▁casa ▁que ▁el ▁rey ▁Salomón ▁edificó ▁á ▁Jehová , ▁tuvo ▁se s enta ▁codos ▁de ▁la r go ▁y ▁veinte ▁de ▁an ch o , ▁y ▁treinta ▁codos ▁de ▁al to .
▁Y ▁el ▁p ó r t i co ▁delante ▁del ▁templo ▁de ▁la ▁casa , ▁de ▁veinte ▁codos ▁de ▁la r go , ▁seg ún ▁la ▁an ch ura ▁de ▁la ▁casa , ▁y ▁su ▁an ch o er a de ▁diez ▁codos ▁delante ▁de ▁la ▁casa .
▁E ▁hizo ▁á ▁la ▁casa ▁ven t an as ▁an ch as por ▁de ▁dentro , ▁y ▁es t re ch as por ▁de ▁fuera .
▁La b r ó ▁pues ▁la ▁casa , ▁y ▁a ca b ó la ; ▁y ▁cu b r ió ▁la ▁casa ▁con ▁art es on ados ▁de ▁cedro .
▁Y ▁edificó ▁a simismo ▁el ▁ap os en to ▁en ▁derredor ▁de ▁toda ▁la ▁casa , ▁de ▁al t ura ▁de ▁cinco ▁codos , ▁el ▁cual ▁se ▁ap o y aba ▁en ▁la ▁casa ▁con ▁made ra s ▁de ▁cedro .
▁Y ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Salomón , ▁diciendo :
▁Y ▁habita ré ▁en ▁medio ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁no ▁dejar é ▁á ▁mi ▁pueblo ▁Israel .
▁As í ▁que , ▁Salomón ▁la b r ó ▁la ▁casa , ▁y ▁a ca b ó la .
▁Y ▁la ▁casa , ▁á ▁sabe r , ▁el ▁templo ▁de ▁dentro , ▁tenía ▁cuarenta ▁codos .
▁Y ▁a dor n ó ▁el ▁or á cu lo ▁por ▁de ▁dentro ▁en ▁medio ▁de ▁la ▁casa , ▁para ▁pon er ▁allí ▁el ▁arca ▁del ▁pacto ▁de ▁Jehová .
▁De ▁suerte ▁que ▁vi st ió ▁Salomón ▁de ▁oro ▁pu ro ▁la ▁casa ▁por ▁de ▁dentro , ▁y ▁ cer r ó ▁la ▁entr ada ▁del ▁or á cu lo ▁con ▁ca de n as ▁de ▁oro , ▁y ▁vi st ió lo ▁de ▁oro .
▁C u b r ió ▁pues ▁de ▁oro ▁toda ▁la ▁casa ▁hast a ▁el ▁cabo ; ▁y ▁a simismo ▁vi st ió ▁de ▁oro ▁todo ▁el ▁altar ▁que ▁estaba ▁delante ▁del ▁or á cu lo .
▁Hi zo ▁también ▁en ▁el ▁or á cu lo ▁dos ▁querubines ▁de ▁made ra ▁de ▁ o li v a , ▁ cada ▁uno ▁de ▁al t ura ▁de ▁diez ▁codos .
▁A simismo ▁el ▁otro ▁que r u b í n ▁tenía ▁diez ▁codos ; ▁por que ▁ambos ▁querubines ▁era n ▁de ▁un ▁ ta ma ñ o ▁y ▁de ▁una ▁he ch ura .
▁La ▁al t ura ▁del ▁uno ▁era ▁de ▁diez ▁codos , ▁y ▁a simismo ▁el ▁otro .
▁Y ▁vi st ió ▁de ▁oro ▁los ▁querubines .
▁Y ▁cu b r ió ▁de ▁oro ▁el ▁pi s o ▁de ▁la ▁casa , ▁de ▁dentro ▁y ▁de ▁fuera .
▁Y ▁á ▁la ▁entr ada ▁del ▁or á cu lo ▁hizo ▁puerta s ▁de ▁made ra ▁de ▁ o li v a ; ▁y ▁el ▁ umb ra l ▁y ▁los ▁pos te s ▁era n ▁de ▁cinco ▁es qui n as .
▁I gu al mente ▁hizo ▁á ▁la ▁puerta ▁del ▁templo ▁pos te s ▁de ▁made ra ▁de ▁ o li v a ▁cu ad r ados .
▁P er o ▁las ▁dos ▁puerta s ▁era n ▁de ▁made ra ▁de ▁haya ; ▁y ▁los ▁dos ▁la do s ▁de ▁la ▁una ▁puerta ▁era n ▁re do ndo s , ▁y ▁los ▁otro s ▁dos ▁la do s ▁de ▁la ▁otra ▁puerta ▁también ▁re do ndo s .
▁Y ▁en ta l l ó ▁en ▁ella s ▁querubines ▁y ▁palm as ▁y ▁bo to n es ▁de ▁flor es , ▁y ▁cu b r ió la s ▁de ▁oro ▁a j u st ado ▁á ▁las ▁en ta l la d ura s .
▁Y ▁edificó ▁el ▁atrio ▁in te ri or ▁de ▁tres ▁ó r de n es ▁de ▁piedra s ▁la bra das , ▁y ▁de ▁un ▁orden ▁de ▁vi ga s ▁de ▁cedro .
▁En ▁el ▁cu ar to ▁año , ▁en ▁el ▁me s ▁de ▁Z i ph , ▁se ▁echar on ▁los ▁c imiento s ▁de ▁la ▁casa ▁de ▁Jehová :
▁ D E S P U É S ▁edificó ▁Salomón ▁su ▁pro p i a ▁casa ▁en ▁ t re ce ▁años , ▁y ▁a ca b ó la ▁toda .
▁Y ▁estaba ▁cubierta ▁de ▁tablas ▁de ▁cedro ▁arriba ▁sobre ▁las ▁vi ga s , ▁que ▁se ▁ap o y aban ▁en ▁cuarenta ▁y ▁cinco ▁co l u m n as : ▁ cada ▁ hi le ra ▁tenía ▁qu in ce ▁co l u m n as .
▁Y ▁había ▁tres ▁ó r de n es ▁de ▁ven t an as , ▁una ▁ven t an a ▁contra ▁la ▁otra ▁en ▁tres ▁ó r de n es .
▁Y ▁todas ▁las ▁puerta s ▁y ▁pos te s ▁era n ▁cu ad r ados : ▁y ▁las ▁una s ▁ven t an as ▁estaban ▁f r ente ▁á ▁las ▁otra s ▁en ▁tres ▁ó r de n es .
▁Hi zo ▁a simismo ▁el ▁p ó r t i co ▁del ▁trono ▁en ▁que ▁había ▁de ▁juzg ar , ▁el ▁p ó r t i co ▁del ▁juicio , ▁y ▁vi st ió lo ▁de ▁cedro ▁de ▁su e lo ▁á ▁su e lo .
▁El ▁c imiento ▁era ▁de ▁piedra s ▁de ▁precio , ▁de ▁piedra s ▁grande s , ▁de ▁piedra s ▁de ▁diez ▁codos , ▁y ▁de ▁piedra s ▁de ▁oc h o ▁codos .
▁De ▁allí ▁arriba ▁era n ▁también ▁piedra s ▁de ▁precio , ▁la bra das ▁conform e ▁á ▁sus ▁me di das , ▁y ▁obra ▁de ▁cedro .
▁Y ▁envió ▁el ▁rey ▁Salomón , ▁é ▁hizo ▁ven ir ▁de ▁T i ro ▁á ▁Hiram ,
▁Lo s ▁ca p ite les ▁que ▁estaban ▁sobre ▁las ▁co l u m n as ▁en ▁el ▁p ó r t i co , ▁tenía n ▁la b or ▁de ▁flor es ▁por ▁cuatro ▁codos .
▁Y ▁puso ▁en ▁las ▁cabeza s ▁de ▁las ▁co l u m n as ▁la b or ▁en ▁for ma ▁de ▁a z u ce n as ; ▁y ▁así ▁se ▁a ca b ó ▁la ▁obra ▁de ▁las ▁co l u m n as .
▁Hi zo ▁también ▁diez ▁basas ▁de ▁br on ce , ▁s iendo ▁la ▁longitud ▁de ▁ cada ▁ba s a ▁de ▁cuatro ▁codos , ▁y ▁la ▁an ch ura ▁de ▁cuatro ▁codos , ▁y ▁de ▁tres ▁codos ▁la ▁al t ura .
▁La ▁obra ▁de ▁las ▁basas ▁era ▁esta : ▁tenía n ▁una s ▁c in ta s , ▁las ▁cuales ▁estaban ▁entre ▁mo l d ura s :
▁A simismo ▁los ▁cuatro ▁ho m b ri l los ▁á ▁las ▁cuatro ▁es qui n as ▁de ▁ cada ▁ba s a : ▁y ▁los ▁ho m b ri l los ▁era n ▁de ▁la ▁mis ma ▁ba s a .
▁De ▁esta ▁for ma ▁hizo ▁diez ▁basas ▁f un di das ▁de ▁una ▁mis ma ▁manera , ▁de ▁una ▁mis ma ▁me di da , ▁y ▁de ▁una ▁mis ma ▁en ta l la d ura .
▁Hi zo ▁también ▁diez ▁fuente s ▁de ▁br on ce : ▁ cada ▁fuente ▁con t en ía ▁cuarenta ▁ba to s , ▁y ▁ cada ▁una ▁era ▁de ▁cuatro ▁codos ; ▁y ▁as en t ó ▁una ▁fuente ▁sobre ▁ cada ▁una ▁de ▁las ▁diez ▁basas .
▁A simismo ▁hizo ▁Hiram ▁fuente s , ▁y ▁ten az as , ▁y ▁cu en co s . ▁As í ▁a ca b ó ▁toda ▁la ▁obra ▁que ▁hizo ▁á ▁Salomón ▁para ▁la ▁casa ▁de ▁Jehová :
▁Y ▁las ▁diez ▁basas , ▁y ▁las ▁diez ▁fuente s ▁sobre ▁las ▁basas ;
▁Y ▁un ▁mar , ▁y ▁do ce ▁bueyes ▁debajo ▁del ▁mar ;
▁Y ▁ca l d eros , ▁y ▁pa le ta s , ▁y ▁cu en co s ; ▁y ▁todos ▁los ▁vasos ▁que ▁Hiram ▁hizo ▁al ▁rey ▁Salomón , ▁para ▁la ▁casa ▁de ▁Jehová , ▁de ▁metal ▁a ci ca l ado .
▁Todo ▁lo ▁hizo ▁f un d ir ▁el ▁rey ▁en ▁la ▁ l l an ura ▁del ▁Jordán , ▁en ▁tierra ▁ar ci l los a , ▁entre ▁Succoth ▁y ▁S ar th án .
▁Y ▁de j ó ▁Salomón ▁sin ▁in qui ri r ▁el ▁pe s o ▁del ▁metal ▁de ▁todos ▁los ▁vasos , ▁por ▁la ▁grande ▁multitud ▁de ▁ellos .
▁Entonces ▁hizo ▁Salomón ▁todos ▁los ▁vasos ▁que ▁per t en e c ían ▁á ▁la ▁casa ▁de ▁Jehová : ▁un ▁altar ▁de ▁oro , ▁y ▁una ▁me s a ▁sobre ▁la ▁cual ▁estaban ▁los ▁pan es ▁de ▁la ▁pro p os i ción , ▁también ▁de ▁oro ;
▁Y ▁se ▁junt aron ▁al ▁rey ▁Salomón ▁todos ▁los ▁varones ▁de ▁Israel ▁en ▁el ▁me s ▁de ▁E th an im , ▁que ▁es ▁el ▁me s ▁séptimo , ▁en ▁el ▁día ▁so l em n e .
▁Y ▁vinieron ▁todos ▁los ▁ancianos ▁de ▁Israel , ▁y ▁los ▁sacerdote s ▁tomaron ▁el ▁arca .
▁Y ▁llev aron ▁el ▁arca ▁de ▁Jehová , ▁y ▁el ▁tabernáculo ▁del ▁testimonio , ▁y ▁todos ▁los ▁vasos ▁s a g r ados ▁que ▁estaban ▁en ▁el ▁tabernáculo ; ▁los ▁cuales ▁llev aban ▁los ▁sacerdote s ▁y ▁Levitas .
▁Y ▁los ▁sacerdote s ▁me t ieron ▁el ▁arca ▁del ▁pacto ▁de ▁Jehová ▁en ▁su ▁lugar , ▁en ▁el ▁or á cu lo ▁de ▁la ▁casa , ▁en ▁el ▁lugar ▁s an t í s im o ▁ , ▁debajo ▁de ▁las ▁al as ▁de ▁los ▁querubines .
▁Porque ▁los ▁querubines ▁tenía n ▁extend i das ▁las ▁al as ▁sobre ▁el ▁lugar ▁del ▁arca , ▁y ▁así ▁cu b r ían ▁los ▁querubines ▁el ▁arca ▁y ▁sus ▁va ra s ▁por ▁en ci ma .
▁En ▁el ▁arca ▁ninguna ▁cosa ▁había ▁más ▁de ▁las ▁dos ▁tablas ▁de ▁piedra ▁que ▁había ▁allí ▁puesto ▁Moisés ▁en ▁Hor e b , ▁don de ▁Jehová ▁hizo ▁la ▁alianza ▁con ▁los ▁hijos ▁de ▁Israel , ▁cuando ▁salieron ▁de ▁la ▁tierra ▁de ▁Egipto .
▁Y ▁ como ▁los ▁sacerdote s ▁salieron ▁del ▁santuario , ▁la ▁nube ▁hin ch ió ▁la ▁casa ▁de ▁Jehová .
▁Y ▁los ▁sacerdote s ▁no ▁pu d ieron ▁esta r ▁para ▁ministr ar ▁por ▁causa ▁de ▁la ▁nube ; ▁por que ▁la ▁gloria ▁de ▁Jehová ▁había ▁he n ch ido ▁la ▁casa ▁de ▁Jehová .
▁Entonces ▁dijo ▁Salomón : ▁Jehová ▁ha ▁dicho ▁que ▁él ▁habita r ía ▁en ▁la ▁os cu ri dad .
▁Yo ▁he ▁edifica do ▁casa ▁por ▁mor ada ▁para ▁ti , ▁as i en to ▁en ▁que ▁tú ▁ha b ites ▁para ▁siempre .
▁Y ▁ v o l viendo ▁el ▁rey ▁su ▁rostro , ▁bendijo ▁á ▁toda ▁la ▁congregación ▁de ▁Israel ; ▁y ▁toda ▁la ▁congregación ▁de ▁Israel ▁estaba ▁en ▁pie .
▁Y ▁dijo : ▁Be n di to ▁sea ▁Jehová ▁Dios ▁de ▁Israel , ▁que ▁habló ▁de ▁su ▁boca ▁á ▁David ▁mi ▁padre , ▁y ▁con ▁su ▁mano ▁lo ▁ha ▁cumpl ido , ▁diciendo :
▁Y ▁David ▁mi ▁padre ▁tuvo ▁en ▁el ▁corazón ▁edifica r ▁casa ▁al ▁nombre ▁de ▁Jehová ▁Dios ▁de ▁Israel .
▁Mas ▁Jehová ▁dijo ▁á ▁David ▁mi ▁padre : ▁Cuan to ▁á ▁haber ▁tú ▁ten ido ▁en ▁el ▁corazón ▁edifica r ▁casa ▁á ▁mi ▁nombre , ▁bien ▁has ▁hecho ▁en ▁ten er ▁tal ▁ v o l un ta d ;
▁E mpero ▁tú ▁no ▁edifica rás ▁la ▁casa , ▁sin o ▁tu ▁hijo ▁que ▁saldrá ▁de ▁tu s ▁lo mos , ▁él ▁edifica rá ▁casa ▁á ▁mi ▁nombre .
▁Y ▁he ▁puesto ▁en ▁ella ▁lugar ▁para ▁el ▁arca , ▁en ▁la ▁cual ▁está ▁el ▁pacto ▁de ▁Jehová , ▁que ▁él ▁hizo ▁con ▁nuestro s ▁padres ▁cuando ▁los ▁sacó ▁de ▁la ▁tierra ▁de ▁Egipto .
▁P ú s ose ▁luego ▁Salomón ▁delante ▁del ▁altar ▁de ▁Jehová , ▁en ▁presencia ▁de ▁toda ▁la ▁congregación ▁de ▁Israel , ▁y ▁extend iendo ▁sus ▁manos ▁al ▁cielo ,
▁Que ▁has ▁guard ado ▁á ▁tu ▁siervo ▁David ▁mi ▁padre ▁lo ▁que ▁le ▁di j iste : ▁di j í s te lo ▁con ▁tu ▁boca , ▁y ▁con ▁tu ▁mano ▁lo ▁has ▁cumpl ido , ▁ como ▁ap are ce ▁este ▁día .
▁Ahora ▁pues , ▁ o h ▁Dios ▁de ▁Israel , ▁ver i f í que se ▁tu ▁palabra ▁que ▁di j iste ▁á ▁tu ▁siervo ▁David ▁mi ▁padre .
▁Cuan do ▁alguno ▁hubiere ▁pecado ▁contra ▁su ▁prójimo , ▁y ▁le ▁tomar en ▁ j ura ment o ▁haci é ndo le ▁ j ura r , ▁y ▁vi n iere ▁el ▁ j ura ment o ▁delante ▁de ▁tu ▁altar ▁en ▁esta ▁casa ;
▁O y e los ▁tú ▁en ▁los ▁cielo s , ▁y ▁perdon a ▁el ▁pecado ▁de ▁tu ▁pueblo ▁Israel , ▁y ▁ v u é l v e los ▁á ▁la ▁tierra ▁que ▁d iste ▁á ▁sus ▁padres .
▁T o da ▁or ación ▁y ▁toda ▁s ú p li ca ▁que ▁hiciere ▁cualquier ▁hombre , ▁ó ▁todo ▁tu ▁pueblo ▁Israel , ▁cuando ▁cualquier a ▁sin t iere ▁la ▁plaga ▁de ▁su ▁corazón , ▁y ▁extend iere ▁sus ▁manos ▁á ▁esta ▁casa ;
▁Para ▁que ▁te ▁tem an ▁todos ▁los ▁días ▁que ▁vi vier en ▁sobre ▁la ▁ha z ▁de ▁la ▁tierra ▁que ▁tú ▁d iste ▁á ▁nuestro s ▁padres .
▁A simismo ▁el ▁extranjero , ▁que ▁no ▁es ▁de ▁tu ▁pueblo ▁Israel , ▁que ▁hubiere ▁venido ▁de ▁le ja n as ▁tierra s ▁á ▁causa ▁de ▁tu ▁nombre ,
▁ ( Por que ▁oir án ▁de ▁tu ▁grande ▁nombre , ▁y ▁de ▁tu ▁mano ▁fuerte , ▁y ▁de ▁tu ▁brazo ▁extend ido ; ) ▁y ▁vi n iere ▁á ▁or ar ▁á ▁esta ▁casa ;
▁T ú ▁oir ás ▁en ▁los ▁cielo s ▁su ▁or ación ▁y ▁su ▁s ú p li ca , ▁y ▁les ▁harás ▁derecho .
▁T ú ▁oir ás ▁en ▁los ▁cielo s , ▁en ▁la ▁habita ción ▁de ▁tu ▁mor ada , ▁su ▁or ación ▁y ▁su ▁s ú p li ca , ▁y ▁les ▁harás ▁derecho ;
▁Porque ▁ellos ▁son ▁tu ▁pueblo ▁y ▁tu ▁heredad , ▁que ▁tú ▁saca s te ▁de ▁Egipto , ▁de ▁en ▁medio ▁del ▁horn o ▁de ▁ hi er ro .
▁Y ▁puesto ▁en ▁pie , ▁bendijo ▁á ▁toda ▁la ▁congregación ▁de ▁Israel , ▁diciendo ▁en ▁voz ▁al ta :
▁Se a ▁con ▁nosotros ▁Jehová ▁nuestro ▁Dios , ▁ como ▁fué ▁con ▁nuestro s ▁padres ; ▁y ▁no ▁no s ▁de s am p are , ▁ni ▁no s ▁de je ;
▁I n c l in e ▁nuestro ▁corazón ▁haci a ▁sí , ▁para ▁que ▁and emos ▁en ▁todos ▁sus ▁camino s , ▁y ▁guard emos ▁sus ▁mandamientos ▁y ▁sus ▁estatuto s ▁y ▁sus ▁derecho s , ▁los ▁cuales ▁mandó ▁á ▁nuestro s ▁padres .
▁A ▁fin ▁de ▁que ▁todos ▁los ▁pueblo s ▁de ▁la ▁tierra ▁se p an ▁que ▁Jehová ▁es ▁Dios , ▁y ▁que ▁no ▁hay ▁otro .
▁Se a ▁pues ▁per f e c to ▁vuestro ▁corazón ▁para ▁con ▁Jehová ▁nuestro ▁Dios , ▁and ando ▁en ▁sus ▁estatuto s , ▁y ▁guarda ndo ▁sus ▁mandamientos , ▁ como ▁el ▁día ▁de ▁hoy .
▁Entonces ▁el ▁rey , ▁y ▁todo ▁Israel ▁con ▁él , ▁sacrific aron ▁ v í c t im as ▁delante ▁de ▁Jehová .
▁Y ▁C O M O ▁Salomón ▁hubo ▁acaba do ▁la ▁obra ▁de ▁la ▁casa ▁de ▁Jehová , ▁y ▁la ▁casa ▁re al , ▁y ▁todo ▁lo ▁que ▁Salomón ▁quiso ▁hacer ,
▁Jehová ▁ap are ció ▁á ▁Salomón ▁la ▁seg un da ▁vez , ▁ como ▁le ▁había ▁a pa recido ▁en ▁ G aba ón .
▁Yo ▁a f ir ma ré ▁el ▁trono ▁de ▁tu ▁reino ▁sobre ▁Israel ▁para ▁siempre , ▁ como ▁ha b l é ▁á ▁David ▁tu ▁padre , ▁diciendo : ▁No ▁falta rá ▁de ▁ti ▁varón ▁en ▁el ▁trono ▁de ▁Israel .
▁Y ▁aconteció ▁al ▁cabo ▁de ▁veinte ▁años , ▁en ▁que ▁Salomón ▁había ▁edifica do ▁las ▁dos ▁casa s , ▁la ▁casa ▁de ▁Jehová ▁y ▁la ▁casa ▁re al ,
▁Y ▁salió ▁Hiram ▁de ▁T i ro ▁para ▁ver ▁las ▁ciudades ▁que ▁Salomón ▁le ▁había ▁dado , ▁y ▁no ▁le ▁con t enta ron .
▁Y ▁dijo : ▁¿ Qué ▁ciudades ▁son ▁esta s ▁que ▁me ▁has ▁dado , ▁hermano ? ▁Y ▁p ú s o les ▁por ▁nombre , ▁la ▁tierra ▁de ▁C ab u l , ▁hast a ▁hoy .
▁Y ▁había ▁Hiram ▁en vi ado ▁al ▁rey ▁ciento ▁y ▁veinte ▁talent os ▁de ▁oro .
▁Faraón ▁el ▁rey ▁de ▁Egipto ▁había ▁su b ido ▁y ▁tomado ▁á ▁Ge z er , ▁y ▁que m á do la , ▁y ▁había ▁muerto ▁los ▁Cananeo s ▁que ▁habitaba n ▁la ▁ciudad , ▁y ▁d á do la ▁en ▁don ▁á ▁su ▁hija ▁la ▁mujer ▁de ▁Salomón .
▁Re s ta ur ó ▁pues ▁Salomón ▁á ▁Ge z er , ▁y ▁á ▁la ▁ba ja ▁Beth - o ron ,
▁Y ▁á ▁Baal ath , ▁y ▁á ▁T ad mo r ▁en ▁tierra ▁del ▁desierto ;
▁A ▁todos ▁los ▁pueblo s ▁que ▁quedar on ▁de ▁los ▁Amorrheo s , ▁Hetheo s , ▁P h er e z e os , ▁He v e os , ▁Jebus e os , ▁que ▁no ▁fueron ▁de ▁los ▁hijos ▁de ▁Israel ;
▁A ▁sus ▁hijos ▁que ▁quedar on ▁en ▁la ▁tierra ▁después ▁de ▁ellos , ▁que ▁los ▁hijos ▁de ▁Israel ▁no ▁pu d ieron ▁acaba r , ▁hizo ▁Salomón ▁que ▁sirv i es en ▁con ▁tribu to ▁hast a ▁hoy .
▁Y ▁los ▁que ▁Salomón ▁había ▁hecho ▁jefe s ▁y ▁pre p ó s i to s ▁sobre ▁las ▁obra s , ▁era n ▁quinient os ▁y ▁cincuenta , ▁los ▁cuales ▁estaban ▁sobre ▁el ▁pueblo ▁que ▁tra ba ja ba ▁en ▁aquella ▁obra .
▁Y ▁subió ▁la ▁hija ▁de ▁Faraón ▁de ▁la ▁ciudad ▁de ▁David ▁á ▁su ▁casa ▁que ▁Salomón ▁le ▁había ▁edifica do : ▁entonces ▁edificó ▁él ▁á ▁Mi l lo .
▁Hi zo ▁también ▁el ▁rey ▁Salomón ▁ n a v í os ▁en ▁E z ió n - g e b er , ▁que ▁es ▁junto ▁á ▁El ath ▁en ▁la ▁ ri be ra ▁del ▁mar ▁B er me jo , ▁en ▁la ▁tierra ▁de ▁Edom .
▁Y ▁envió ▁Hiram ▁en ▁ellos ▁á ▁sus ▁siervos , ▁mar in eros ▁y ▁die st ro s ▁en ▁la ▁mar , ▁con ▁los ▁siervos ▁de ▁Salomón :
▁Lo s ▁cuales ▁fueron ▁á ▁O ph ir , ▁y ▁tomaron ▁de ▁allí ▁oro , ▁cuatrocient os ▁y ▁veinte ▁talent os , ▁y ▁tra j é ron lo ▁al ▁rey ▁Salomón .
▁Y ▁O Y E NDO ▁la ▁re in a ▁de ▁Se ba ▁la ▁f a ma ▁de ▁Salomón ▁en ▁el ▁nombre ▁de ▁Jehová , ▁vino ▁á ▁pro b ar le ▁con ▁pregunta s .
▁Y ▁Salomón ▁le ▁declar ó ▁todas ▁sus ▁palabras : ▁ninguna ▁cosa ▁se ▁le ▁escond ió ▁al ▁rey , ▁que ▁no ▁le ▁declar a se .
▁Y ▁cuando ▁la ▁re in a ▁de ▁Se ba ▁vió ▁toda ▁la ▁sabiduría ▁de ▁Salomón , ▁y ▁la ▁casa ▁que ▁había ▁edifica do ,
▁Y ▁dijo ▁al ▁rey : ▁Ve r dad ▁es ▁lo ▁que ▁ o í ▁en ▁mi ▁tierra ▁de ▁tu s ▁cosas ▁y ▁de ▁tu ▁sabiduría ;
▁B i en ave n t ur ados ▁tu s ▁varones , ▁dicho s os ▁estos ▁tu s ▁siervos , ▁que ▁están ▁con t in u amente ▁delante ▁de ▁ti , ▁y ▁ o y en ▁tu ▁sabiduría .
▁La ▁f lo ta ▁de ▁Hiram ▁que ▁había ▁traído ▁el ▁oro ▁de ▁O ph ir , ▁tra ía ▁también ▁de ▁O ph ir ▁mu y ▁much a ▁made ra ▁de ▁br as il , ▁y ▁piedra s ▁precio s as .
▁El ▁pe s o ▁del ▁oro ▁que ▁Salomón ▁tenía ▁de ▁ r enta ▁ cada ▁un ▁año , ▁era ▁seiscient os ▁se s enta ▁y ▁se is ▁talent os ▁de ▁oro ;
▁Hi zo ▁también ▁el ▁rey ▁Salomón ▁dos cientos ▁p ave se s ▁de ▁oro ▁extend ido : ▁seiscient os ▁siclo s ▁de ▁oro ▁ ga st ó ▁en ▁ cada ▁pa v é s .
▁A simismo ▁tres cientos ▁es cu do s ▁de ▁oro ▁extend ido , ▁en ▁ cada ▁uno ▁de ▁los ▁cuales ▁ ga st ó ▁tres ▁libr as ▁de ▁oro : ▁y ▁púsolo s ▁el ▁rey ▁en ▁la ▁casa ▁del ▁bo s que ▁del ▁L í ba no .
▁Hi zo ▁también ▁el ▁rey ▁un ▁gran ▁trono ▁de ▁mar f il , ▁el ▁cual ▁cu b r ió ▁de ▁oro ▁pu r í s im o .
▁Esta ba n ▁también ▁do ce ▁le on es ▁puesto s ▁allí ▁sobre ▁las ▁se is ▁gr ada s , ▁de ▁la ▁una ▁parte ▁y ▁de ▁la ▁otra : ▁en ▁ ning ún ▁otro ▁reino ▁se ▁había ▁hecho ▁trono ▁se me ja n te .
▁As í ▁ex c ed ía ▁el ▁rey ▁Salomón ▁á ▁todos ▁los ▁reyes ▁de ▁la ▁tierra ▁en ▁ ri que za s ▁y ▁en ▁sabiduría .
▁T o da ▁la ▁tierra ▁pro cu r aba ▁ver ▁la ▁ca ra ▁de ▁Salomón , ▁para ▁oir ▁su ▁sabiduría , ▁la ▁cual ▁Dios ▁había ▁puesto ▁en ▁su ▁corazón .
▁Y ▁puso ▁el ▁rey ▁en ▁Jerusalem ▁plata ▁ como ▁piedra s , ▁y ▁cedro s ▁ como ▁los ▁ca bra hi go s ▁que ▁están ▁por ▁los ▁campo s ▁en ▁a b un d an ci a .
▁Y ▁saca ba n ▁caballo s ▁y ▁li en zo s ▁á ▁Salomón ▁de ▁Egipto : ▁por que ▁la ▁com pa ñ ía ▁de ▁los ▁me r ca de res ▁del ▁rey ▁com p r aban ▁caballo s ▁y ▁li en zo s .
▁Y ▁tuvo ▁se te ci enta s ▁mujeres ▁re in as , ▁y ▁tres ci enta s ▁concubina s ; ▁y ▁sus ▁mujeres ▁to r c ieron ▁su ▁corazón .
▁Y ▁y a ▁que ▁Salomón ▁era ▁viejo , ▁sus ▁mujeres ▁inclin aron ▁su ▁corazón ▁tras ▁dioses ▁ajenos ; ▁y ▁su ▁corazón ▁no ▁era ▁per f e c to ▁con ▁Jehová ▁su ▁Dios , ▁ como ▁el ▁corazón ▁de ▁su ▁padre ▁David .
▁Porque ▁Salomón ▁si gu ió ▁á ▁As t ar oth , ▁di os a ▁de ▁los ▁Si do n i os , ▁y ▁á ▁Mi l co m , ▁abomina ción ▁de ▁los ▁Ammon itas .
▁E ▁hizo ▁Salomón ▁lo ▁mal o ▁en ▁los ▁ojos ▁de ▁Jehová , ▁y ▁no ▁fué ▁cumpl id amente ▁tras ▁Jehová ▁ como ▁David ▁su ▁padre .
▁Entonces ▁edificó ▁Salomón ▁un ▁al to ▁á ▁C h ê mos , ▁abomina ción ▁de ▁Moab , ▁en ▁el ▁monte ▁que ▁está ▁en f r ente ▁de ▁Jerusalem ; ▁y ▁á ▁M o lo ch , ▁abomina ción ▁de ▁los ▁hijos ▁de ▁Ammón .
▁Y ▁así ▁hizo ▁para ▁todas ▁sus ▁mujeres ▁ex tra n je ra s , ▁las ▁cuales ▁que m aban ▁perfume s , ▁y ▁sacrific aban ▁á ▁sus ▁dioses .
▁Y ▁enoj óse ▁Jehová ▁contra ▁Salomón , ▁por ▁cuanto ▁estaba ▁su ▁corazón ▁de s vi ado ▁de ▁Jehová ▁Dios ▁de ▁Israel , ▁que ▁le ▁había ▁a pa recido ▁dos ▁veces ,
▁Y ▁le ▁había ▁mandado ▁acerca ▁de ▁esto ▁ , ▁que ▁no ▁siguie se ▁dioses ▁ajenos : ▁mas ▁él ▁no ▁guard ó ▁lo ▁que ▁le ▁mandó ▁Jehová .
▁E mpero ▁no ▁lo ▁haré ▁en ▁tu s ▁días , ▁por ▁am or ▁de ▁David ▁tu ▁padre : ▁romp er é lo ▁de ▁la ▁mano ▁de ▁tu ▁hijo .
▁Si n ▁ em b ar go ▁no ▁romp er é ▁todo ▁el ▁reino , ▁sin o ▁que ▁daré ▁una ▁tribu ▁á ▁tu ▁hijo , ▁por ▁am or ▁de ▁David ▁mi ▁siervo , ▁y ▁por ▁am or ▁de ▁Jerusalem ▁que ▁yo ▁he ▁el e g ido .
▁Y ▁Jehová ▁sus ci t ó ▁un ▁a d ver s ar i o ▁á ▁Salomón , ▁á ▁A dad , ▁I d u me o , ▁de ▁la ▁sangre ▁re al , ▁el ▁cual ▁estaba ▁en ▁Edom .
▁Porque ▁cuando ▁David ▁estaba ▁en ▁Edom , ▁y ▁subió ▁Joab ▁el ▁ g en er al ▁del ▁ejército ▁á ▁enter r ar ▁los ▁muerto s , ▁y ▁mató ▁á ▁todos ▁los ▁varones ▁de ▁Edom ,
▁ ( Por que ▁se is ▁me se s ▁habitó ▁allí ▁Joab , ▁y ▁todo ▁Israel , ▁hast a ▁que ▁hubo ▁acaba do ▁á ▁todo ▁el ▁se x o ▁mas cu li no ▁en ▁Edom ; )
▁Entonces ▁huyó ▁A dad , ▁y ▁con ▁él ▁alguno s ▁varones ▁I d u me os ▁de ▁los ▁siervos ▁de ▁su ▁padre , ▁y ▁fué se ▁á ▁Egipto ; ▁era ▁entonces ▁A dad ▁much a ch o ▁pe que ñ o .
▁Y ▁halló ▁A dad ▁grande ▁gracia ▁delante ▁de ▁Faraón , ▁el ▁cual ▁le ▁dió ▁por ▁mujer ▁á ▁la ▁hermana ▁de ▁su ▁es p os a , ▁á ▁la ▁hermana ▁de ▁la ▁re in a ▁Tha ph n es .
▁Y ▁ o y e ndo ▁A dad ▁en ▁Egipto ▁que ▁David ▁había ▁do r m ido ▁con ▁sus ▁padres , ▁y ▁que ▁era ▁muerto ▁Joab ▁ g en er al ▁del ▁ejército , ▁A dad ▁dijo ▁á ▁Faraón : ▁ D é ja me ▁ir ▁á ▁mi ▁tierra .
▁De s per t ó le ▁también ▁Dios ▁por ▁a d ver s ar i o ▁á ▁Re z ón , ▁hijo ▁de ▁Eli ada , ▁el ▁cual ▁había ▁ hu í do ▁de ▁su ▁am o ▁A dad - ezer , ▁rey ▁de ▁So ba .
▁Y ▁fué ▁a d ver s ar i o ▁á ▁Israel ▁todos ▁los ▁días ▁de ▁Salomón ; ▁y ▁fué ▁otro ▁mal ▁con ▁el ▁de ▁A dad , ▁por que ▁aborrec ió ▁á ▁Israel , ▁y ▁reinó ▁sobre ▁la ▁Siria .
▁Y ▁la ▁causa ▁por ▁qué ▁éste ▁al z ó ▁mano ▁contra ▁el ▁rey , ▁fué ▁esta : ▁Salomón ▁edifica ndo ▁á ▁Mi l lo , ▁ cer r ó ▁el ▁por til lo ▁de ▁la ▁ciudad ▁de ▁David ▁su ▁padre .
▁Y ▁el ▁varón ▁Jeroboam ▁era ▁va l iente ▁y ▁es for z ado ; ▁y ▁ viendo ▁Salomón ▁al ▁mancebo ▁que ▁era ▁hombre ▁a c t i v o , ▁en co me nd ó le ▁todo ▁el ▁cargo ▁de ▁la ▁casa ▁de ▁José .
▁Y ▁tra b ando ▁A h ía s ▁de ▁la ▁ca pa ▁nueva ▁que ▁tenía ▁sobre ▁sí , ▁romp ió la ▁en ▁do ce ▁pe da zo s ,
▁Y ▁dijo ▁á ▁Jeroboam : ▁Toma ▁para ▁ti ▁los ▁diez ▁pe da zo s ; ▁por que ▁así ▁dijo ▁Jehová ▁Dios ▁de ▁Israel : ▁He ▁aquí ▁que ▁yo ▁romp o ▁el ▁reino ▁de ▁la ▁mano ▁de ▁Salomón , ▁y ▁á ▁ti ▁daré ▁diez ▁tribu s ;
▁ ( Y ▁él ▁tendrá ▁una ▁tribu , ▁por ▁am or ▁de ▁David ▁mi ▁siervo , ▁y ▁por ▁am or ▁de ▁Jerusalem , ▁ciudad ▁que ▁yo ▁he ▁el e g ido ▁de ▁todas ▁las ▁tribu s ▁de ▁Israel : )
▁Mas ▁yo ▁quitar é ▁el ▁reino ▁de ▁la ▁mano ▁de ▁su ▁hijo , ▁y ▁daré lo ▁á ▁ti , ▁las ▁diez ▁tribu s .
▁Y ▁á ▁su ▁hijo ▁daré ▁una ▁tribu , ▁para ▁que ▁mi ▁siervo ▁David ▁ten ga ▁ l á m para ▁todos ▁los ▁días ▁delante ▁de ▁mí ▁en ▁Jerusalem , ▁ciudad ▁que ▁yo ▁me ▁el e g í ▁para ▁pon er ▁en ▁ella ▁mi ▁nombre .
▁Yo ▁pues ▁te ▁tomar é ▁á ▁ti , ▁y ▁tú ▁reinar ás ▁en ▁todas ▁las ▁cosas ▁que ▁de se are ▁tu ▁alma , ▁y ▁será s ▁rey ▁sobre ▁Israel .
▁Y ▁yo ▁aflig i ré ▁la ▁simiente ▁de ▁David ▁á ▁causa ▁de ▁esto , ▁mas ▁no ▁para ▁siempre ▁ .
▁P ro cu r ó ▁por ▁tanto ▁Salomón ▁de ▁matar ▁á ▁Jeroboam , ▁per o ▁levant ándose ▁Jeroboam , ▁huyó ▁á ▁Egipto , ▁á ▁Si s a c ▁rey ▁de ▁Egipto , ▁y ▁estuv o ▁en ▁Egipto ▁hast a ▁la ▁muerte ▁de ▁Salomón .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Salomón , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁y ▁su ▁sabiduría , ▁¿ no ▁están ▁es c r itas ▁en ▁el ▁libr o ▁de ▁los ▁hecho s ▁de ▁Salomón ?
▁Y ▁los ▁días ▁que ▁Salomón ▁reinó ▁en ▁Jerusalem ▁sobre ▁todo ▁Israel , ▁fueron ▁cuarenta ▁años .
▁Y ▁d urmió ▁Salomón ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁en ▁la ▁ciudad ▁de ▁su ▁padre ▁David : ▁y ▁reinó ▁en ▁su ▁lugar ▁R o b o am ▁su ▁hijo .
▁Y ▁F U É ▁R o b o am ▁á ▁Sichêm ; ▁por que ▁todo ▁Israel ▁había ▁venido ▁á ▁Sichêm ▁para ▁hacer lo ▁rey .
▁Y ▁aconteció , ▁que ▁ como ▁lo ▁oyó ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁que ▁estaba ▁en ▁Egipto , ▁por que ▁había ▁ hu í do ▁de ▁delante ▁del ▁rey ▁Salomón , ▁y ▁habitaba ▁en ▁Egipto ;
▁En vi aron ▁y ▁ l l am áronle . ▁ V in o ▁pues ▁Jeroboam ▁y ▁toda ▁la ▁congregación ▁de ▁Israel , ▁y ▁hablar on ▁á ▁R o b o am , ▁diciendo :
▁Y ▁él ▁les ▁dijo : ▁I do s , ▁y ▁de ▁aquí ▁á ▁tres ▁días ▁ v o l v ed ▁á ▁mí . ▁Y ▁el ▁pueblo ▁se ▁fué .
▁Entonces ▁el ▁rey ▁R o b o am ▁tomó ▁con se jo ▁con ▁los ▁ancianos ▁que ▁habían ▁esta do ▁delante ▁de ▁Salomón ▁su ▁padre ▁cuando ▁vi v ía , ▁y ▁dijo : ▁¿ C ó mo ▁a co n se j áis ▁vosotros ▁que ▁respond a ▁á ▁este ▁pueblo ?
▁Mas ▁él , ▁de ja do ▁el ▁con se jo ▁de ▁los ▁viejo s ▁que ▁ellos ▁le ▁habían ▁dado , ▁tomó ▁con se jo ▁con ▁los ▁mancebo s ▁que ▁se ▁habían ▁criado ▁con ▁él , ▁y ▁estaban ▁delante ▁de ▁él .
▁Y ▁díjole s : ▁¿ C ó mo ▁a co n se j áis ▁vosotros ▁que ▁respond a mos ▁á ▁este ▁pueblo , ▁que ▁me ▁ha ▁hablado , ▁diciendo : ▁Di s mi n u y e ▁al go ▁del ▁y u go ▁que ▁tu ▁padre ▁puso ▁sobre ▁nosotros ?
▁Y ▁al ▁tercer ▁día ▁vino ▁Jeroboam ▁con ▁todo ▁el ▁pueblo ▁á ▁R o b o am ; ▁seg ún ▁el ▁rey ▁lo ▁había ▁mandado , ▁diciendo : ▁ V o l v ed ▁á ▁mí ▁al ▁tercer ▁día .
▁Y ▁el ▁rey ▁respondió ▁al ▁pueblo ▁d ur amente , ▁de ja do ▁el ▁con se jo ▁de ▁los ▁ancianos ▁que ▁ellos ▁le ▁habían ▁dado ;
▁Mas ▁reinó ▁R o b o am ▁sobre ▁los ▁hijos ▁de ▁Israel ▁que ▁mor aban ▁en ▁las ▁ciudades ▁de ▁Judá .
▁As í ▁se ▁apart ó ▁Israel ▁de ▁la ▁casa ▁de ▁David ▁hast a ▁hoy .
▁Mas ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Se me ía s ▁varón ▁de ▁Dios , ▁diciendo :
▁Habla ▁á ▁R o b o am ▁hijo ▁de ▁Salomón , ▁rey ▁de ▁Judá , ▁y ▁á ▁toda ▁la ▁casa ▁de ▁Judá ▁y ▁de ▁Benjamín , ▁y ▁á ▁los ▁de m ás ▁del ▁pueblo , ▁diciendo :
▁Y ▁re ed i f i c ó ▁Jeroboam ▁á ▁Sichêm ▁en ▁el ▁monte ▁de ▁Ephraim , ▁y ▁habitó ▁en ▁ella ; ▁y ▁sal iendo ▁de ▁allí , ▁re ed i f i c ó ▁á ▁P en ue l .
▁Y ▁dijo ▁Jeroboam ▁en ▁su ▁corazón : ▁Ahora ▁se ▁volver á ▁el ▁reino ▁á ▁la ▁casa ▁de ▁David ,
▁Y ▁puso ▁el ▁uno ▁en ▁Beth - el , ▁y ▁el ▁otro ▁puso ▁en ▁Dan .
▁Y ▁esto ▁fué ▁oc as ió n ▁de ▁pecado ; ▁por que ▁el ▁pueblo ▁iba ▁á ▁a dor ar ▁delante ▁del ▁uno , ▁hast a ▁Dan .
▁Hi zo ▁también ▁casa ▁de ▁al to s , ▁é ▁hizo ▁sacerdote s ▁de ▁la ▁c la se ▁del ▁pueblo , ▁que ▁no ▁era n ▁de ▁los ▁hijos ▁de ▁Leví .
▁Y ▁ H E ▁aquí ▁que ▁un ▁varón ▁de ▁Dios ▁por ▁palabra ▁de ▁Jehová ▁vino ▁de ▁Judá ▁á ▁Beth - el ; ▁y ▁esta ndo ▁Jeroboam ▁al ▁altar ▁para ▁que m ar ▁perfume s ,
▁Y ▁aquel ▁mismo ▁día ▁dió ▁una ▁señal , ▁diciendo : ▁Esta ▁es ▁la ▁señal ▁de ▁que ▁Jehová ▁ha ▁hablado : ▁he ▁aquí ▁que ▁el ▁altar ▁se ▁que bra rá , ▁y ▁la ▁c en i za ▁que ▁sobre ▁él ▁está ▁se ▁derram ará .
▁Y ▁el ▁altar ▁se ▁romp ió , ▁y ▁derram óse ▁la ▁c en i za ▁del ▁altar , ▁conform e ▁á ▁la ▁señal ▁que ▁el ▁varón ▁de ▁Dios ▁había ▁dado ▁por ▁palabra ▁de ▁Jehová .
▁Y ▁el ▁rey ▁dijo ▁al ▁varón ▁de ▁Dios : ▁Ve n ▁conmigo ▁á ▁casa , ▁y ▁comerá s , ▁y ▁yo ▁te ▁daré ▁un ▁presente .
▁Mas ▁el ▁varón ▁de ▁Dios ▁dijo ▁al ▁rey : ▁Si ▁me ▁die se s ▁la ▁mitad ▁de ▁tu ▁casa , ▁no ▁ir ía ▁contigo , ▁ni ▁come r ía ▁pan ▁ni ▁beber ía ▁agua ▁en ▁este ▁lugar ;
▁Porque ▁así ▁me ▁está ▁mandado ▁por ▁palabra ▁de ▁Jehová , ▁diciendo : ▁No ▁com as ▁pan , ▁ni ▁be ba s ▁agua , ▁ni ▁ v ue l v as ▁por ▁el ▁camino ▁que ▁fuere s .
▁F u é se ▁pues ▁por ▁otro ▁camino , ▁y ▁no ▁volvió ▁por ▁el ▁camino ▁por ▁don de ▁había ▁venido ▁á ▁Beth - el .
▁Y ▁su ▁padre ▁les ▁dijo : ▁¿ Por ▁qué ▁camino ▁fué ? ▁Y ▁sus ▁hijos ▁le ▁most r aron ▁el ▁camino ▁por ▁don de ▁se ▁había ▁torn ado ▁el ▁varón ▁de ▁Dios , ▁que ▁había ▁venido ▁de ▁Judá .
▁Y ▁él ▁dijo ▁á ▁sus ▁hijos : ▁En al b ar dad me ▁el ▁asno . ▁Y ▁ellos ▁le ▁en al b ar d aron ▁el ▁asno , ▁y ▁subió ▁en ▁él .
▁Y ▁ye ndo ▁tras ▁el ▁varón ▁de ▁Dios , ▁halló le ▁que ▁estaba ▁sent ado ▁debajo ▁de ▁un ▁al co r no que : ▁y ▁díjole : ▁¿ E res ▁tú ▁el ▁varón ▁de ▁Dios ▁que ▁vi n iste ▁de ▁Judá ? ▁Y ▁él ▁dijo : ▁Yo ▁soy .
▁ D í jo le ▁entonces : ▁Ve n ▁conmigo ▁á ▁casa , ▁y ▁come ▁del ▁pan .
▁Mas ▁él ▁respondió : ▁No ▁pod ré ▁volver ▁contigo , ▁ni ▁ir é ▁contigo ; ▁ni ▁ t am p o co ▁come ré ▁pan ▁ni ▁beber é ▁agua ▁contigo ▁en ▁este ▁lugar ;
▁Porque ▁por ▁palabra ▁de ▁Dios ▁me ▁ha ▁sido ▁dicho : ▁No ▁com as ▁pan ▁ni ▁be ba s ▁agua ▁allí , ▁ni ▁ v ue l v as ▁por ▁el ▁camino ▁que ▁fuere s .
▁Entonces ▁volvió ▁con ▁él , ▁y ▁com ió ▁del ▁pan ▁en ▁su ▁casa , ▁y ▁be b ió ▁del ▁agua .
▁Y ▁aconteció ▁que , ▁esta ndo ▁ellos ▁á ▁la ▁me s a , ▁fué ▁palabra ▁de ▁Jehová ▁al ▁profeta ▁que ▁le ▁había ▁hecho ▁volver ;
▁Y ▁ como ▁hubo ▁com ido ▁del ▁pan ▁y ▁be b ido , ▁el ▁profeta ▁que ▁le ▁había ▁hecho ▁volver ▁le ▁en al b ar d ó ▁un ▁asno ;
▁Y ▁y é ndo se , ▁to p ó le ▁un ▁le ón ▁en ▁el ▁camino , ▁y ▁mató le ; ▁y ▁su ▁cuerpo ▁estaba ▁echa do ▁en ▁el ▁camino , ▁y ▁el ▁asno ▁estaba ▁junto ▁á ▁él , ▁y ▁el ▁le ón ▁también ▁estaba ▁junto ▁al ▁cuerpo .
▁Y ▁habló ▁á ▁sus ▁hijos , ▁y ▁díjole s : ▁En al b ar dad me ▁un ▁asno . ▁Y ▁ellos ▁se ▁lo ▁en al b ar d aron .
▁Y ▁él ▁fué , ▁y ▁halló ▁su ▁cuerpo ▁ten d ido ▁en ▁el ▁camino , ▁y ▁el ▁asno ▁y ▁el ▁le ón ▁estaban ▁junto ▁al ▁cuerpo : ▁el ▁le ón ▁no ▁había ▁com ido ▁el ▁cuerpo , ▁ni ▁da ñ ado ▁al ▁asno .
▁Y ▁toma ndo ▁el ▁profeta ▁el ▁cuerpo ▁del ▁varón ▁de ▁Dios , ▁púsolo ▁sobre ▁el ▁asno , ▁y ▁llev óse lo . ▁Y ▁el ▁profeta ▁viejo ▁vino ▁á ▁la ▁ciudad , ▁para ▁en de ch ar le ▁y ▁enter r ar le .
▁Y ▁puso ▁su ▁cuerpo ▁en ▁su ▁se p u l c ro ; ▁y ▁en de ch áronle , ▁diciendo : ▁ ¡ A y , ▁hermano ▁mío !
▁Porque ▁sin ▁d ud a ▁vendrá ▁lo ▁que ▁él ▁dijo ▁á ▁voces ▁por ▁palabra ▁de ▁Jehová ▁contra ▁el ▁altar ▁que ▁está ▁en ▁Beth - el , ▁y ▁contra ▁todas ▁las ▁casa s ▁de ▁los ▁al to s ▁que ▁están ▁en ▁las ▁ciudades ▁de ▁Samaria .
▁Y ▁esto ▁fué ▁causa ▁de ▁pecado ▁á ▁la ▁casa ▁de ▁Jeroboam ; ▁por ▁lo ▁cual ▁fué ▁cor t ada ▁y ▁ ra í da ▁de ▁sobre ▁la ▁ha z ▁de ▁la ▁tierra .
▁E N ▁aquel ▁tiempo ▁A b ía s ▁hijo ▁de ▁Jeroboam ▁cayó ▁en f er mo .
▁Y ▁toma ▁en ▁tu ▁mano ▁diez ▁pan es , ▁y ▁tu r ron es , ▁y ▁una ▁bo t i ja ▁de ▁mi el , ▁y ▁ve ▁á ▁él ; ▁que ▁te ▁declar e ▁lo ▁que ▁ha ▁de ▁ser ▁de ▁este ▁mozo .
▁Ve , ▁y ▁di ▁á ▁Jeroboam : ▁As í ▁dijo ▁Jehová ▁Dios ▁de ▁Israel : ▁Por ▁cuanto ▁yo ▁te ▁levant é ▁de ▁en ▁medio ▁del ▁pueblo , ▁y ▁te ▁ hi ce ▁príncipe ▁sobre ▁mi ▁pueblo ▁Israel ,
▁El ▁que ▁mu r iere ▁de ▁los ▁de ▁Jeroboam ▁en ▁la ▁ciudad , ▁le ▁comerá n ▁los ▁per ro s ; ▁y ▁el ▁que ▁mu r iere ▁en ▁el ▁campo , ▁come r lo ▁han ▁las ▁ ave s ▁del ▁cielo ; ▁por que ▁Jehová ▁lo ▁ha ▁dicho .
▁Y ▁tú ▁le v án ta te , ▁y ▁ve te ▁á ▁tu ▁casa ; ▁que ▁en ▁entr ando ▁tu ▁pie ▁en ▁la ▁ciudad , ▁morirá ▁el ▁mozo .
▁Y ▁Jehová ▁se ▁levant ará ▁un ▁rey ▁sobre ▁Israel , ▁el ▁cual ▁tal ará ▁la ▁casa ▁de ▁Jeroboam ▁en ▁este ▁día ; ▁¿ y ▁qué , ▁si ▁ahora ?
▁Y ▁él ▁entre g ará ▁á ▁Israel ▁por ▁los ▁pecado s ▁de ▁Jeroboam , ▁el ▁cual ▁pe c ó , ▁y ▁ha ▁hecho ▁pecar ▁á ▁Israel .
▁Entonces ▁la ▁mujer ▁de ▁Jeroboam ▁se ▁levant ó , ▁y ▁se ▁fué , ▁y ▁vino ▁á ▁Th ir s a : ▁y ▁entr ando ▁ella ▁por ▁el ▁ umb ra l ▁de ▁la ▁casa , ▁el ▁mozo ▁murió .
▁Y ▁enter r áronlo , ▁y ▁en de ch ólo ▁todo ▁Israel , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová , ▁que ▁él ▁había ▁hablado ▁por ▁mano ▁de ▁su ▁siervo ▁A h ía s ▁profeta .
▁Lo s ▁otro s ▁hecho s ▁de ▁Jeroboam , ▁qué ▁guerra s ▁hizo , ▁y ▁ cómo ▁reinó , ▁todo ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁his to ri as ▁de ▁los ▁reyes ▁de ▁Israel .
▁El ▁tiempo ▁que ▁reinó ▁Jeroboam ▁fueron ▁veinti d ó s ▁años ; ▁y ▁ha b iendo ▁do r m ido ▁con ▁sus ▁padres , ▁reinó ▁en ▁su ▁lugar ▁N ada b ▁su ▁hijo .
▁Y ▁Judá ▁hizo ▁lo ▁mal o ▁en ▁los ▁ojos ▁de ▁Jehová , ▁y ▁enoj áronle ▁más ▁que ▁todo ▁lo ▁que ▁sus ▁padres ▁habían ▁hecho ▁en ▁sus ▁pecado s ▁que ▁come t ieron .
▁Porque ▁ellos ▁también ▁se ▁edifica ron ▁al to s , ▁esta tu as , ▁y ▁bo s que s , ▁en ▁todo ▁co l l ado ▁al to , ▁y ▁debajo ▁de ▁todo ▁árbol ▁f ron do s o :
▁Y ▁hubo ▁también ▁so do m itas ▁en ▁la ▁tierra , ▁é ▁hicieron ▁conform e ▁á ▁todas ▁las ▁abomina ciones ▁de ▁las ▁gente s ▁que ▁Jehová ▁había ▁echa do ▁delante ▁de ▁los ▁hijos ▁de ▁Israel .
▁A l ▁qu in to ▁año ▁del ▁rey ▁R o b o am ▁subió ▁Si s a c ▁rey ▁de ▁Egipto ▁contra ▁Jerusalem .
▁Y ▁cuando ▁el ▁rey ▁entr aba ▁en ▁la ▁casa ▁de ▁Jehová , ▁los ▁de ▁la ▁guard i a ▁los ▁llev aban ; ▁y ▁pon ían los ▁después ▁en ▁la ▁c á ma ra ▁de ▁los ▁de ▁la ▁guard i a .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁R o b o am , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁están ▁es c r itas ▁en ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁hubo ▁guerra ▁entre ▁R o b o am ▁y ▁Jeroboam ▁todos ▁los ▁días .
▁E N ▁el ▁año ▁die ci o ch o ▁del ▁rey ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁Abi am ▁comenzó ▁á ▁reinar ▁sobre ▁Judá .
▁Re in ó ▁tres ▁años ▁en ▁Jerusalem . ▁El ▁nombre ▁de ▁su ▁madre ▁fué ▁Ma a ch â , ▁hija ▁de ▁Abi s al om .
▁Y ▁and u v o ▁en ▁todos ▁los ▁pecado s ▁de ▁su ▁padre , ▁que ▁había ▁éste ▁hecho ▁antes ▁de ▁él ; ▁y ▁no ▁fué ▁su ▁corazón ▁per f e c to ▁con ▁Jehová ▁su ▁Dios , ▁ como ▁el ▁corazón ▁de ▁David ▁su ▁padre .
▁Mas ▁por ▁am or ▁de ▁David , ▁dió le ▁Jehová ▁su ▁Dios ▁ l á m para ▁en ▁Jerusalem , ▁levant ándo le ▁á ▁su ▁hijo ▁después ▁de ▁él , ▁y ▁so st en iendo ▁á ▁Jerusalem :
▁Por ▁cuanto ▁David ▁había ▁hecho ▁lo ▁rec to ▁an te ▁los ▁ojos ▁de ▁Jehová , ▁y ▁de ▁ninguna ▁cosa ▁que ▁le ▁man das e ▁se ▁había ▁apart ado ▁en ▁todos ▁los ▁días ▁de ▁su ▁vida , ▁ex ce p to ▁el ▁negocio ▁de ▁Uría ▁Hetheo .
▁Y ▁hubo ▁guerra ▁entre ▁R o b o am ▁y ▁Jeroboam ▁todos ▁los ▁días ▁de ▁su ▁vida .
▁Y ▁d urmió ▁Abi am ▁con ▁sus ▁padres , ▁y ▁se p u l t áronlo ▁en ▁la ▁ciudad ▁de ▁David : ▁y ▁reinó ▁As a ▁su ▁hijo ▁en ▁su ▁lugar .
▁En ▁el ▁año ▁veinte ▁de ▁Jeroboam ▁rey ▁de ▁Israel , ▁As a ▁comenzó ▁á ▁reinar ▁sobre ▁Judá .
▁Y ▁reinó ▁cuarenta ▁y ▁un ▁años ▁en ▁Jerusalem ; ▁el ▁nombre ▁de ▁su ▁madre ▁fué ▁Ma a ch â , ▁hija ▁de ▁Abi s al om .
▁Y ▁As a ▁hizo ▁lo ▁rec to ▁an te ▁los ▁ojos ▁de ▁Jehová , ▁ como ▁David ▁su ▁padre .
▁Porque ▁ qui t ó ▁los ▁so do m itas ▁de ▁la ▁tierra , ▁y ▁ qui t ó ▁todas ▁las ▁su ci ed ad es ▁que ▁sus ▁padres ▁habían ▁hecho .
▁E mpero ▁los ▁al to s ▁no ▁se ▁quitar on : ▁con ▁todo , ▁el ▁corazón ▁de ▁As a ▁fué ▁per f e c to ▁para ▁con ▁Jehová ▁toda ▁su ▁vida .
▁T ambién ▁me t ió ▁en ▁la ▁casa ▁de ▁Jehová ▁lo ▁que ▁su ▁padre ▁había ▁de di c ado , ▁y ▁lo ▁que ▁él ▁de di c ó : ▁oro , ▁y ▁plata , ▁y ▁vasos .
▁Y ▁hubo ▁guerra ▁entre ▁As a ▁y ▁B a as a ▁rey ▁de ▁Israel , ▁todo ▁el ▁tiempo ▁de ▁ambos .
▁Y ▁subió ▁B a as a ▁rey ▁de ▁Israel ▁contra ▁Judá , ▁y ▁edificó ▁á ▁Rama , ▁para ▁no ▁dejar ▁sal ir ▁ni ▁entrar ▁á ▁ninguno ▁de ▁As a , ▁rey ▁de ▁Judá .
▁Y ▁ o y e ndo ▁esto ▁B a as a , ▁de j ó ▁de ▁edifica r ▁á ▁Rama , ▁y ▁es t ú v ose ▁en ▁Th ir s a .
▁Y ▁d urmió ▁As a ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁con ▁sus ▁padres ▁en ▁la ▁ciudad ▁de ▁David ▁su ▁padre : ▁y ▁reinó ▁en ▁su ▁lugar ▁Josaphat ▁su ▁hijo .
▁Y ▁N ada b , ▁hijo ▁de ▁Jeroboam , ▁comenzó ▁á ▁reinar ▁sobre ▁Israel ▁en ▁el ▁segundo ▁año ▁de ▁As a ▁rey ▁de ▁Judá ; ▁y ▁reinó ▁sobre ▁Israel ▁dos ▁años .
▁E ▁hizo ▁lo ▁mal o ▁an te ▁los ▁ojos ▁de ▁Jehová , ▁and ando ▁en ▁el ▁camino ▁de ▁su ▁padre , ▁y ▁en ▁sus ▁pecado s ▁con ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁Ma t ólo ▁pues ▁B a as a ▁en ▁el ▁tercer ▁año ▁de ▁As a ▁rey ▁de ▁Judá , ▁y ▁reinó ▁en ▁lugar ▁suyo .
▁Por ▁los ▁pecado s ▁de ▁Jeroboam ▁que ▁él ▁había ▁come t ido , ▁y ▁con ▁los ▁cuales ▁hizo ▁pecar ▁á ▁Israel ; ▁y ▁por ▁su ▁pro v o c ación ▁con ▁que ▁pro v o c ó ▁á ▁enoj o ▁á ▁Jehová ▁Dios ▁de ▁Israel .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁N ada b , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Y ▁hubo ▁guerra ▁entre ▁As a ▁y ▁B a as a ▁rey ▁de ▁Israel , ▁todo ▁el ▁tiempo ▁de ▁ambos .
▁En ▁el ▁tercer ▁año ▁de ▁As a ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁B a as a ▁hijo ▁de ▁A h ía ▁sobre ▁todo ▁Israel ▁en ▁Th ir s a ; ▁y ▁reinó ▁veinti cu a t ro ▁años .
▁E ▁hizo ▁lo ▁mal o ▁á ▁los ▁ojos ▁de ▁Jehová , ▁y ▁and u v o ▁en ▁el ▁camino ▁de ▁Jeroboam , ▁y ▁en ▁su ▁pecado ▁con ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁Y ▁F U É ▁palabra ▁de ▁Jehová ▁á ▁Jehú ▁hijo ▁de ▁Ha n an i ▁contra ▁B a as a , ▁diciendo :
▁He ▁aquí ▁yo ▁bar re ré ▁la ▁pos te ri dad ▁de ▁B a as a , ▁y ▁la ▁pos te ri dad ▁de ▁su ▁casa : ▁y ▁pondré ▁tu ▁casa ▁ como ▁la ▁casa ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t .
▁El ▁que ▁de ▁B a as a ▁fuere ▁muerto ▁en ▁la ▁ciudad , ▁le ▁comerá n ▁los ▁per ro s ; ▁y ▁el ▁que ▁de ▁él ▁fuere ▁muerto ▁en ▁el ▁campo , ▁come r lo ▁han ▁las ▁ ave s ▁del ▁cielo .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁B a as a , ▁y ▁las ▁cosas ▁que ▁hizo , ▁y ▁su ▁fortaleza , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Y ▁d urmió ▁B a as a ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁en ▁Th ir s a ; ▁y ▁reinó ▁en ▁su ▁lugar ▁El a ▁su ▁hijo .
▁En ▁el ▁año ▁veinti s éis ▁de ▁As a ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁El a ▁hijo ▁de ▁B a as a ▁sobre ▁Israel ▁en ▁Th ir s a ; ▁y ▁reinó ▁dos ▁años .
▁ V in o ▁Z im ri , ▁y ▁lo ▁hirió ▁y ▁mató , ▁en ▁el ▁año ▁veinti s i e te ▁de ▁As a ▁rey ▁de ▁Judá ; ▁y ▁reinó ▁en ▁lugar ▁suyo .
▁As í ▁ ra y ó ▁Z im ri ▁toda ▁la ▁casa ▁de ▁B a as a , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová , ▁que ▁había ▁pro f er ido ▁contra ▁B a as a ▁por ▁medio ▁del ▁profeta ▁Jehú ;
▁Lo s ▁de m ás ▁hecho s ▁de ▁El a , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Y ▁subió ▁O m ri ▁de ▁ G i b b eth ón , ▁y ▁con ▁él ▁todo ▁Israel , ▁y ▁cerca ron ▁á ▁Th ir s a .
▁Mas ▁ viendo ▁Z im ri ▁toma da ▁la ▁ciudad , ▁me t i óse ▁en ▁el ▁pa la ci o ▁de ▁la ▁casa ▁re al , ▁y ▁pe g ó ▁fuego ▁á ▁la ▁casa ▁consigo : ▁así ▁murió ,
▁Por ▁sus ▁pecado s ▁que ▁él ▁había ▁come t ido , ▁ha c iendo ▁lo ▁mal o ▁á ▁los ▁ojos ▁de ▁Jehová , ▁y ▁and ando ▁en ▁los ▁camino s ▁de ▁Jeroboam , ▁y ▁en ▁su ▁pecado ▁que ▁come t ió , ▁ha c iendo ▁pecar ▁á ▁Israel .
▁Lo s ▁de m ás ▁hecho s ▁de ▁Z im ri , ▁y ▁su ▁con s p ir ación ▁que ▁for m ó , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Mas ▁el ▁pueblo ▁que ▁se gu ía ▁á ▁O m ri , ▁pu do ▁más ▁que ▁el ▁que ▁se gu ía ▁á ▁Th i b n i ▁hijo ▁de ▁ G in eth ; ▁y ▁Th i b n i ▁murió , ▁y ▁O m ri ▁fué ▁rey .
▁En ▁el ▁año ▁treinta ▁y ▁uno ▁de ▁As a ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁O m ri ▁sobre ▁Israel , ▁y ▁reinó ▁do ce ▁años : ▁en ▁Th ir s a ▁reinó ▁se is ▁años .
▁Y ▁O m ri ▁hizo ▁lo ▁mal o ▁á ▁los ▁ojos ▁de ▁Jehová , ▁é ▁hizo ▁pe or ▁que ▁todos ▁los ▁que ▁habían ▁sido ▁antes ▁de ▁él :
▁Y ▁O m ri ▁d urmió ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁en ▁Samaria ; ▁y ▁reinó ▁en ▁lugar ▁suyo ▁Achâb , ▁su ▁hijo .
▁Y ▁comenzó ▁á ▁reinar ▁Achâb ▁hijo ▁de ▁O m ri ▁sobre ▁Israel ▁el ▁año ▁treinta ▁y ▁oc h o ▁de ▁As a ▁rey ▁de ▁Judá .
▁Y ▁reinó ▁Achâb ▁hijo ▁de ▁O m ri ▁sobre ▁Israel ▁en ▁Samaria ▁veinti d ó s ▁años . ▁Y ▁Achâb ▁hijo ▁de ▁O m ri ▁hizo ▁lo ▁mal o ▁á ▁los ▁ojos ▁de ▁Jehová ▁sobre ▁todos ▁los ▁que ▁fueron ▁antes ▁de ▁él ;
▁E ▁hizo ▁altar ▁á ▁Baal , ▁en ▁el ▁templo ▁de ▁Baal ▁que ▁él ▁edificó ▁en ▁Samaria .
▁Hi zo ▁también ▁Achâb ▁un ▁bo s que ; ▁y ▁a ñ ad ió ▁Achâb ▁ha c iendo ▁pro v o c ar ▁á ▁ir a ▁á ▁Jehová ▁Dios ▁de ▁Israel , ▁más ▁que ▁todos ▁los ▁reyes ▁de ▁Israel ▁que ▁antes ▁de ▁él ▁habían ▁sido .
▁Y ▁fué ▁á ▁él ▁palabra ▁de ▁Jehová , ▁diciendo :
▁A p á r ta te ▁de ▁aquí , ▁y ▁ v u é l v e te ▁al ▁or iente , ▁y ▁es c ón de te ▁en ▁el ▁arroyo ▁de ▁Che ri th , ▁que ▁está ▁delante ▁del ▁Jordán ;
▁Y ▁beber ás ▁del ▁arroyo ; ▁y ▁yo ▁he ▁mandado ▁á ▁los ▁cu er v os ▁que ▁te ▁de n ▁allí ▁de ▁come r .
▁Y ▁él ▁fué , ▁é ▁hizo ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ; ▁pues ▁se ▁fué ▁y ▁as en t ó ▁junto ▁al ▁arroyo ▁de ▁Che ri th , ▁que ▁está ▁antes ▁del ▁Jordán .
▁Y ▁los ▁cu er v os ▁le ▁tra ían ▁pan ▁y ▁carne ▁por ▁la ▁mañana , ▁y ▁pan ▁y ▁carne ▁á ▁la ▁tarde ; ▁y ▁be b ía ▁del ▁arroyo .
▁P as ados ▁alguno s ▁días , ▁se c óse ▁el ▁arroyo ; ▁por que ▁no ▁había ▁ l lo vi do ▁sobre ▁la ▁tierra .
▁Y ▁fué ▁á ▁él ▁palabra ▁de ▁Jehová , ▁diciendo :
▁Levántate , ▁ve te ▁á ▁S are p ta ▁de ▁Si d ón , ▁y ▁allí ▁mor arás : ▁he ▁aquí ▁yo ▁he ▁mandado ▁allí ▁á ▁una ▁mujer ▁vi ud a ▁que ▁te ▁sus t ente .
▁Y ▁ye ndo ▁ella ▁para ▁tra é r se la , ▁él ▁la ▁volvió ▁á ▁llamar , ▁y ▁díjole : ▁Ruégote ▁que ▁me ▁tra i ga s ▁también ▁un ▁boca do ▁de ▁pan ▁en ▁tu ▁mano .
▁Entonces ▁ella ▁fué , ▁é ▁hizo ▁ como ▁le ▁dijo ▁Elías ; ▁y ▁com ió ▁él , ▁y ▁ella ▁y ▁su ▁casa , ▁mucho s ▁días .
▁Y ▁la ▁ti n a ja ▁de ▁la ▁harina ▁no ▁es ca se ó , ▁ni ▁men gu ó ▁la ▁bo t i ja ▁del ▁aceite , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ▁que ▁había ▁dicho ▁por ▁Elías .
▁Después ▁de ▁esta s ▁cosas ▁aconteció ▁que ▁cayó ▁en f er mo ▁el ▁hijo ▁del ▁a ma ▁de ▁la ▁casa , ▁y ▁la ▁en f er me dad ▁fué ▁ t an ▁grave , ▁que ▁no ▁quedó ▁en ▁él ▁re s ue l lo .
▁Y ▁ella ▁dijo ▁á ▁Elías : ▁¿ Qué ▁ten go ▁yo ▁contigo , ▁varón ▁de ▁Dios ? ▁¿ h as ▁venido ▁á ▁mí ▁para ▁tra er ▁en ▁memoria ▁mis ▁iniquidad es , ▁y ▁para ▁hacer me ▁mor ir ▁mi ▁hijo ?
▁Y ▁él ▁le ▁dijo : ▁Da me ▁a c á ▁tu ▁hijo . ▁Entonces ▁él ▁lo ▁tomó ▁de ▁su ▁re ga zo , ▁y ▁llev ólo ▁á ▁la ▁c á ma ra ▁don de ▁él ▁estaba , ▁y ▁p ú s o le ▁sobre ▁su ▁ca ma ;
▁Y ▁clama ndo ▁á ▁Jehová , ▁dijo : ▁Jehová ▁Dios ▁mío , ▁¿ a un ▁á ▁la ▁vi ud a ▁en ▁cu y a ▁casa ▁yo ▁esto y ▁ho s p ed ado ▁has ▁aflig ido , ▁ ma t ándo le ▁su ▁hijo ?
▁Y ▁mi di óse ▁sobre ▁el ▁niño ▁tres ▁veces , ▁y ▁c l am ó ▁á ▁Jehová , ▁y ▁dijo : ▁Jehová ▁Dios ▁mío , ▁ r u é go te ▁que ▁ v ue l v a ▁el ▁alma ▁de ▁este ▁niño ▁á ▁sus ▁entr a ñ as .
▁Y ▁Jehová ▁oyó ▁la ▁voz ▁de ▁Elías , ▁y ▁el ▁alma ▁del ▁niño ▁volvió ▁á ▁sus ▁entr a ñ as , ▁y ▁re vi vi ó .
▁Toma ndo ▁luego ▁Elías ▁al ▁niño , ▁ t rá jo lo ▁de ▁la ▁c á ma ra ▁á ▁la ▁casa , ▁y ▁dió lo ▁á ▁su ▁madre , ▁y ▁díjole ▁Elías : ▁Mi ra , ▁tu ▁hijo ▁vi v e .
▁Entonces ▁la ▁mujer ▁dijo ▁á ▁Elías : ▁Ahora ▁con o z co ▁que ▁tú ▁eres ▁varón ▁de ▁Dios , ▁y ▁que ▁la ▁palabra ▁de ▁Jehová ▁es ▁ver dad ▁en ▁tu ▁boca .
▁F u é ▁pues ▁Elías ▁á ▁most r ar se ▁á ▁Achâb . ▁Ha b ía ▁á ▁la ▁s az ón ▁grande ▁hambre ▁en ▁Samaria .
▁Y ▁Achâb ▁llamó ▁á ▁A b d ía s ▁su ▁may or do mo ▁ , ▁el ▁cual ▁A b d ía s ▁era ▁en ▁grande ▁manera ▁tem eros o ▁de ▁Jehová ;
▁Y ▁part ieron ▁entre ▁sí ▁el ▁país ▁para ▁rec or r er lo : ▁Achâb ▁fué ▁de ▁por ▁sí ▁por ▁un ▁camino , ▁y ▁A b d ía s ▁fué ▁se para d amente ▁por ▁otro .
▁Y ▁ye ndo ▁A b d ía s ▁por ▁el ▁camino , ▁to p óse ▁con ▁Elías ; ▁y ▁ como ▁le ▁conoc ió , ▁postr óse ▁sobre ▁su ▁rostro , ▁y ▁dijo : ▁¿ No ▁eres ▁tú ▁mi ▁señor ▁Elías ?
▁Y ▁él ▁respondió : ▁Yo ▁soy ; ▁ve , ▁di ▁á ▁tu ▁am o : ▁He ▁aquí ▁Elías .
▁P er o ▁él ▁dijo : ▁¿ E n ▁qué ▁he ▁pecado , ▁para ▁que ▁tú ▁entre gu es ▁tu ▁siervo ▁en ▁mano ▁de ▁Achâb ▁para ▁que ▁me ▁ ma te ?
▁¿ Y ▁ahora ▁tú ▁di ce s : ▁Ve , ▁di ▁á ▁tu ▁am o : ▁A q u í ▁está ▁Elías ?
▁¿ Y ▁ahora ▁di ce s ▁tú : ▁Ve , ▁di ▁á ▁tu ▁am o : ▁A q u í ▁está ▁Elías : ▁para ▁que ▁él ▁me ▁ ma te ?
▁Y ▁díjole ▁Elías : ▁Viv e ▁Jehová ▁de ▁los ▁ejército s , ▁delante ▁del ▁cual ▁esto y , ▁que ▁hoy ▁me ▁most r aré ▁á ▁él .
▁Entonces ▁A b d ía s ▁fué ▁á ▁encontr ar se ▁con ▁Achâb , ▁y ▁dió le ▁el ▁aviso ; ▁y ▁Achâb ▁vino ▁á ▁encontr ar se ▁con ▁Elías .
▁Y ▁ como ▁Achâb ▁vió ▁á ▁Elías , ▁díjole ▁Achâb : ▁¿ E res ▁tú ▁el ▁que ▁al b o ro ta s ▁á ▁Israel ?
▁Y ▁él ▁respondió : ▁Yo ▁no ▁he ▁al b o ro t ado ▁á ▁Israel , ▁sin o ▁tú ▁y ▁la ▁casa ▁de ▁tu ▁padre , ▁de ja ndo ▁los ▁mandamientos ▁de ▁Jehová , ▁y ▁siguie ndo ▁á ▁los ▁Baal es .
▁Entonces ▁Achâb ▁envió ▁á ▁todos ▁los ▁hijos ▁de ▁Israel , ▁y ▁junt ó ▁los ▁profeta s ▁en ▁el ▁monte ▁de ▁Carmel o .
▁Y ▁Elías ▁torn ó ▁á ▁decir ▁al ▁pueblo : ▁S ólo ▁yo ▁he ▁que d ado ▁profeta ▁de ▁Jehová ; ▁mas ▁de ▁los ▁profeta s ▁de ▁Baal ▁hay ▁cuatrocient os ▁y ▁cincuenta ▁hombres .
▁Y ▁ellos ▁clama ba n ▁á ▁grande s ▁voces , ▁y ▁s a j á ba n se ▁con ▁cuchillo s ▁y ▁con ▁la n ce ta s ▁conform e ▁á ▁su ▁co st umb re , ▁hast a ▁ch or re ar ▁la ▁sangre ▁sobre ▁ellos .
▁Elías ▁dijo ▁entonces ▁á ▁todo ▁el ▁pueblo : ▁A cer ca os ▁á ▁mí . ▁Y ▁todo ▁el ▁pueblo ▁se ▁llegó ▁á ▁él : ▁y ▁él ▁re p ar ó ▁el ▁altar ▁de ▁Jehová ▁que ▁estaba ▁ar r u in ado .
▁Y ▁toma ndo ▁Elías ▁do ce ▁piedra s , ▁conform e ▁al ▁número ▁de ▁las ▁tribu s ▁de ▁los ▁hijos ▁de ▁Jacob , ▁al ▁cual ▁había ▁sido ▁palabra ▁de ▁Jehová , ▁diciendo , ▁Israel ▁será ▁tu ▁nombre ;
▁E di f i c ó ▁con ▁las ▁piedra s ▁un ▁altar ▁en ▁el ▁nombre ▁de ▁Jehová : ▁después ▁hizo ▁una ▁re gu er a ▁alrededor ▁del ▁altar , ▁cuanto ▁cu p i er an ▁dos ▁sat os ▁de ▁simiente .
▁De ▁manera ▁que ▁las ▁aguas ▁cor r ían ▁alrededor ▁del ▁altar ; ▁y ▁había ▁también ▁he n ch ido ▁de ▁agua ▁la ▁re gu er a .
▁Entonces ▁cayó ▁fuego ▁de ▁Jehová , ▁el ▁cual ▁consum ió ▁el ▁holocausto , ▁y ▁la ▁le ñ a , ▁y ▁las ▁piedra s , ▁y ▁el ▁polvo , ▁y ▁aun ▁la m ió ▁las ▁aguas ▁que ▁estaban ▁en ▁la ▁re gu er a .
▁Y ▁vi é ndo lo ▁todo ▁el ▁pueblo , ▁ca y e ron ▁sobre ▁sus ▁rostro s , ▁y ▁dijeron : ▁ ¡ J e h o v á ▁es ▁el ▁Dios ! ▁ ¡ J e h o v á ▁es ▁el ▁Dios !
▁Y ▁díjole s ▁Elías : ▁P re nd ed ▁á ▁los ▁profeta s ▁de ▁Baal , ▁que ▁no ▁escape ▁ninguno . ▁Y ▁ellos ▁los ▁pre nd ieron ; ▁y ▁llev ólo s ▁Elías ▁al ▁arroyo ▁de ▁C is ón , ▁y ▁allí ▁los ▁de go l l ó .
▁Y ▁entonces ▁Elías ▁dijo ▁á ▁Achâb : ▁Su be , ▁come ▁y ▁be be ; ▁por que ▁una ▁grande ▁ l l u vi a ▁su en a .
▁Y ▁Achâb ▁subió ▁á ▁come r ▁y ▁á ▁beber . ▁Y ▁Elías ▁subió ▁á ▁la ▁cumbre ▁del ▁Carmel o ; ▁y ▁postr ándose ▁en ▁tierra , ▁puso ▁su ▁rostro ▁entre ▁las ▁rod ill as .
▁Y ▁dijo ▁á ▁su ▁criado : ▁Su be ▁ahora , ▁y ▁mira ▁haci a ▁la ▁mar . ▁Y ▁él ▁subió , ▁y ▁miró , ▁y ▁dijo : ▁No ▁hay ▁nada . ▁Y ▁él ▁le ▁volvió ▁á ▁decir : ▁ V ue l v e ▁siete ▁veces .
▁Y ▁aconteció , ▁esta ndo ▁en ▁esto , ▁que ▁los ▁cielo s ▁se ▁os cu re c ieron ▁con ▁nube s ▁y ▁vi en to ; ▁y ▁hubo ▁una ▁gran ▁ l l u vi a . ▁Y ▁su b iendo ▁Achâb , ▁vino ▁á ▁Jezreel .
▁Y ▁la ▁mano ▁de ▁Jehová ▁fué ▁sobre ▁Elías , ▁el ▁cual ▁ ci ñ ó ▁sus ▁lo mos , ▁y ▁vino ▁cor r iendo ▁delante ▁de ▁Achâb ▁hast a ▁llegar ▁á ▁Jezreel .
▁Y ▁A C H A B ▁dió ▁la ▁nueva ▁á ▁Je za be l ▁de ▁todo ▁lo ▁que ▁Elías ▁había ▁hecho , ▁de ▁ como ▁había ▁muerto ▁á ▁cuchillo ▁á ▁todos ▁los ▁profeta s .
▁ V iendo ▁pues ▁el ▁pe li g ro , ▁levant óse ▁y ▁fué se ▁por ▁salva r ▁su ▁vida , ▁y ▁vino ▁á ▁Beer - se ba , ▁que ▁es ▁en ▁Judá , ▁y ▁de j ó ▁allí ▁su ▁criado .
▁Y ▁ e ch ándose ▁debajo ▁del ▁en e b ro , ▁quedó se ▁do r m ido : ▁y ▁he ▁aquí ▁luego ▁un ▁ángel ▁que ▁le ▁to c ó , ▁y ▁le ▁dijo : ▁Levántate , ▁come .
▁Y ▁ v o l viendo ▁el ▁ángel ▁de ▁Jehová ▁la ▁seg un da ▁vez , ▁to c ó le , ▁diciendo : ▁Levántate , ▁come : ▁por que ▁gran ▁camino ▁te ▁rest a .
▁Levant óse ▁pues , ▁y ▁com ió ▁y ▁be b ió ; ▁y ▁ca mi n ó ▁con ▁la ▁fortaleza ▁de ▁aquella ▁com i da ▁cuarenta ▁días ▁y ▁cuarenta ▁noche s , ▁hast a ▁el ▁monte ▁de ▁Dios , ▁Hor e b .
▁Y ▁allí ▁se ▁me t ió ▁en ▁una ▁cueva , ▁don de ▁tuvo ▁la ▁noche . ▁Y ▁fué ▁á ▁él ▁palabra ▁de ▁Jehová , ▁el ▁cual ▁le ▁dijo : ▁¿ Qué ▁ha ce s ▁aquí , ▁Elías ?
▁Y ▁tras ▁el ▁te r re mo to ▁un ▁fuego : ▁mas ▁Jehová ▁no ▁estaba ▁en ▁el ▁fuego . ▁Y ▁tras ▁el ▁fuego ▁un ▁si l b o ▁a pa ci ble ▁y ▁del i c ado .
▁Y ▁díjole ▁Jehová : ▁Ve , ▁ v u é l v e te ▁por ▁tu ▁camino , ▁por ▁el ▁desierto ▁de ▁Da ma s co : ▁y ▁llegar ás , ▁y ▁un g irá s ▁á ▁Hazael ▁por ▁rey ▁de ▁Siria ;
▁Y ▁á ▁Jehú ▁hijo ▁de ▁N im s i , ▁un g irá s ▁por ▁rey ▁sobre ▁Israel ; ▁y ▁á ▁Eliseo ▁hijo ▁de ▁S a ph a t , ▁de ▁Abel me hu la , ▁un g irá s ▁para ▁que ▁sea ▁profeta ▁en ▁lugar ▁de ▁ti .
▁Y ▁será , ▁que ▁el ▁que ▁es ca p are ▁del ▁cuchillo ▁de ▁Hazael , ▁Jehú ▁lo ▁matar á ; ▁y ▁el ▁que ▁es ca p are ▁del ▁cuchillo ▁de ▁Jehú , ▁Eliseo ▁lo ▁matar á .
▁Y ▁yo ▁haré ▁que ▁que de n ▁en ▁Israel ▁siete ▁mil ; ▁todas ▁rod ill as ▁que ▁no ▁se ▁en co r v aron ▁á ▁Baal , ▁y ▁boca s ▁todas ▁que ▁no ▁lo ▁be s aron .
▁Y ▁envió ▁mensajero s ▁á ▁la ▁ciudad ▁á ▁Achâb ▁rey ▁de ▁Israel , ▁diciendo :
▁As í ▁ha ▁dicho ▁Be n - ada d : ▁T u ▁plata ▁y ▁tu ▁oro ▁es ▁mío , ▁y ▁tu s ▁mujeres ▁y ▁tu s ▁hijos ▁her mos os ▁son ▁mío s .
▁Y ▁el ▁rey ▁de ▁Israel ▁respondió , ▁y ▁dijo : ▁C o mo ▁tú ▁di ce s , ▁rey ▁señor ▁mío , ▁yo ▁soy ▁tuyo , ▁y ▁todo ▁lo ▁que ▁ten go .
▁Y ▁todos ▁los ▁ancianos ▁y ▁todo ▁el ▁pueblo ▁le ▁respondieron : ▁No ▁le ▁ob ed e z ca s , ▁ni ▁haga s ▁lo ▁que ▁te ▁pi de .
▁Y ▁el ▁rey ▁de ▁Israel ▁respondió , ▁y ▁dijo : ▁De ci d le , ▁que ▁no ▁se ▁al ab e ▁el ▁que ▁se ▁ ci ñ e , ▁ como ▁el ▁que ▁y a ▁se ▁de s ci ñ e .
▁Entonces ▁él ▁reconoc ió ▁los ▁criado s ▁de ▁los ▁príncipes ▁de ▁las ▁pro vi n ci as , ▁los ▁cuales ▁fueron ▁dos cientos ▁treinta ▁y ▁dos . ▁Luego ▁reconoc ió ▁todo ▁el ▁pueblo , ▁todos ▁los ▁hijos ▁de ▁Israel , ▁que ▁fueron ▁siete ▁mil .
▁Y ▁salieron ▁á ▁medio ▁día . ▁Y ▁estaba ▁Be n - ada d ▁be b iendo , ▁bo r ra ch o ▁en ▁las ▁tienda s , ▁él ▁y ▁los ▁reyes , ▁los ▁treinta ▁y ▁dos ▁reyes ▁que ▁habían ▁venido ▁en ▁su ▁a y ud a .
▁Y ▁los ▁criado s ▁de ▁los ▁príncipes ▁de ▁las ▁pro vi n ci as ▁salieron ▁los ▁primer os . ▁Y ▁había ▁Be n - ada d ▁en vi ado ▁quien ▁le ▁dió ▁aviso , ▁diciendo : ▁Ha n ▁sal ido ▁hombres ▁de ▁Samaria .
▁El ▁entonces ▁dijo : ▁Si ▁han ▁sal ido ▁por ▁paz , ▁toma d los ▁vi v os ; ▁y ▁si ▁han ▁sal ido ▁para ▁pe le ar , ▁toma d los ▁vi v os .
▁Sal ieron ▁pues ▁de ▁la ▁ciudad ▁los ▁criado s ▁de ▁los ▁príncipes ▁de ▁las ▁pro vi n ci as , ▁y ▁en ▁pos ▁de ▁ellos ▁el ▁ejército .
▁Y ▁salió ▁el ▁rey ▁de ▁Israel , ▁é ▁hirió ▁la ▁gente ▁de ▁á ▁caballo , ▁y ▁los ▁carro s ; ▁y ▁de s hi zo ▁los ▁Siros ▁con ▁grande ▁es tra go .
▁Ha z ▁pues ▁así ▁ : ▁S a ca ▁á ▁los ▁reyes ▁ cada ▁uno ▁de ▁su ▁puesto , ▁y ▁pon ▁ca p ita n es ▁en ▁lugar ▁de ▁ellos .
▁P as ado ▁el ▁año , ▁Be n - ada d ▁reconoc ió ▁los ▁Siros , ▁y ▁vino ▁á ▁A ph e c ▁á ▁pe le ar ▁contra ▁Israel .
▁Si e te ▁días ▁ tuvieron ▁as enta do ▁campo ▁los ▁uno s ▁delante ▁de ▁los ▁otro s , ▁y ▁al ▁séptimo ▁día ▁se ▁dió ▁la ▁batalla : ▁y ▁matar on ▁los ▁hijos ▁de ▁Israel ▁de ▁los ▁Siros ▁en ▁un ▁día ▁cien ▁mil ▁hombres ▁de ▁á ▁pie .
▁Entonces ▁un ▁varón ▁de ▁los ▁hijos ▁de ▁los ▁profeta s ▁dijo ▁á ▁su ▁com pa ñ er o ▁por ▁palabra ▁de ▁Dios : ▁Hi é re me ▁ahora . ▁Mas ▁el ▁otro ▁varón ▁no ▁quiso ▁her ir le .
▁En co n t r óse ▁luego ▁con ▁otro ▁hombre , ▁y ▁díjole : ▁Hi é re me ▁ahora . ▁Y ▁el ▁hombre ▁le ▁dió ▁un ▁go l pe , ▁é ▁ h í zo le ▁una ▁her i da .
▁Y ▁el ▁profeta ▁se ▁fué , ▁y ▁p ú s ose ▁delante ▁del ▁rey ▁en ▁el ▁camino , ▁y ▁di s f ra z óse ▁con ▁un ▁ve lo ▁sobre ▁los ▁ojos .
▁P er o ▁él ▁se ▁ qui t ó ▁de ▁pre s to ▁el ▁ve lo ▁de ▁sobre ▁sus ▁ojos , ▁y ▁el ▁rey ▁de ▁Israel ▁conoc ió ▁que ▁era ▁de ▁los ▁profeta s .
▁Y ▁el ▁rey ▁de ▁Israel ▁se ▁fué ▁á ▁su ▁casa ▁ t r iste ▁y ▁enoj ado , ▁y ▁llegó ▁á ▁Samaria .
▁P A S A D O S ▁estos ▁negocio s , ▁aconteció ▁que ▁Naboth ▁de ▁Jezreel ▁tenía ▁en ▁Jezreel ▁una ▁viña ▁junto ▁al ▁pa la ci o ▁de ▁Achâb ▁rey ▁de ▁Samaria .
▁Y ▁Naboth ▁respondió ▁á ▁Achâb : ▁ G u á r de me ▁Jehová ▁de ▁que ▁yo ▁te ▁d é ▁á ▁ti ▁la ▁heredad ▁de ▁mis ▁padres .
▁Y ▁vino ▁á ▁él ▁su ▁mujer ▁Je za be l , ▁y ▁díjole : ▁¿ Por ▁qué ▁está ▁ t an ▁ t r iste ▁tu ▁espíritu , ▁y ▁no ▁come s ▁pan ?
▁Y ▁las ▁ca r ta s ▁que ▁es c ri b ió ▁decía n ▁así : ▁P ro c la ma d ▁a y un o , ▁y ▁pon ed ▁á ▁Naboth ▁á ▁la ▁ca be ce ra ▁del ▁pueblo ;
▁Y ▁pro m u l g aron ▁a y un o , ▁y ▁a sentaron ▁á ▁Naboth ▁á ▁la ▁ca be ce ra ▁del ▁pueblo .
▁Después ▁enviar on ▁á ▁decir ▁á ▁Je za be l : ▁Naboth ▁ha ▁sido ▁ap ed re ado ▁y ▁muerto .
▁Y ▁ o y e ndo ▁Achâb ▁que ▁Naboth ▁era ▁muerto , ▁levant óse ▁para ▁descend er ▁á ▁la ▁viña ▁de ▁Naboth ▁de ▁Jezreel , ▁para ▁tomar ▁posesión ▁de ▁ella .
▁Entonces ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Elías ▁This bi ta , ▁diciendo :
▁Levántate , ▁de s ci en de ▁á ▁encontr ar te ▁con ▁Achâb ▁rey ▁de ▁Israel , ▁que ▁está ▁en ▁Samaria : ▁he ▁aquí ▁él ▁está ▁en ▁la ▁viña ▁de ▁Naboth , ▁á ▁la ▁cual ▁ha ▁descend ido ▁para ▁tomar ▁posesión ▁de ▁ella .
▁Y ▁Achâb ▁dijo ▁á ▁Elías : ▁¿ M e ▁has ▁halla do , ▁enemigo ▁mío ? ▁Y ▁él ▁respondió : ▁He te ▁encontr ado , ▁por que ▁te ▁has ▁ven d ido ▁á ▁mal ▁hacer ▁delante ▁de ▁Jehová .
▁He ▁aquí ▁yo ▁tra i go ▁mal ▁sobre ▁ti , ▁y ▁bar re ré ▁tu ▁pos te ri dad , ▁y ▁tal aré ▁de ▁Achâb ▁todo ▁me an te ▁á ▁la ▁par ed , ▁al ▁guard ado ▁y ▁al ▁de s am para do ▁en ▁Israel :
▁De ▁Je za be l ▁también ▁ha ▁hablado ▁Jehová , ▁diciendo : ▁Lo s ▁per ro s ▁comerá n ▁á ▁Je za be l ▁en ▁la ▁bar ba ca n a ▁de ▁Jezreel .
▁El ▁que ▁de ▁Achâb ▁fuere ▁muerto ▁en ▁la ▁ciudad , ▁per ro s ▁le ▁comerá n : ▁y ▁el ▁que ▁fuere ▁muerto ▁en ▁el ▁campo , ▁come r lo ▁han ▁las ▁ ave s ▁del ▁cielo .
▁ ( A ▁la ▁ver dad ▁ninguno ▁fué ▁ como ▁Achâb , ▁que ▁se ▁ven di e se ▁á ▁hacer ▁lo ▁mal o ▁á ▁los ▁ojos ▁de ▁Jehová ; ▁por que ▁Je za be l ▁su ▁mujer ▁lo ▁in ci t aba .
▁El ▁fué ▁en ▁grande ▁manera ▁abomina ble , ▁ca mi n ando ▁en ▁pos ▁de ▁los ▁ í do los , ▁conform e ▁á ▁todo ▁lo ▁que ▁hicieron ▁los ▁Amorrheo s , ▁á ▁los ▁cuales ▁la n z ó ▁Jehová ▁delante ▁de ▁los ▁hijos ▁de ▁Israel . )
▁Entonces ▁fué ▁palabra ▁de ▁Jehová ▁á ▁Elías ▁This bi ta , ▁diciendo :
▁T R E S ▁años ▁pasar on ▁sin ▁guerra ▁entre ▁los ▁Siros ▁é ▁Israel .
▁Y ▁aconteció ▁al ▁tercer ▁año , ▁que ▁Josaphat ▁rey ▁de ▁Judá ▁descend ió ▁al ▁rey ▁de ▁Israel .
▁Y ▁el ▁rey ▁de ▁Israel ▁dijo ▁á ▁sus ▁siervos : ▁¿ No ▁s a béis ▁que ▁es ▁nuestra ▁Ramoth ▁de ▁Galaad ? ▁y ▁nosotros ▁ca l la mos ▁en ▁orden ▁á ▁tomar la ▁de ▁mano ▁del ▁rey ▁de ▁Siria .
▁Y ▁dijo ▁luego ▁Josaphat ▁al ▁rey ▁de ▁Israel : ▁Yo ▁te ▁ruego ▁que ▁consult es ▁hoy ▁la ▁palabra ▁de ▁Jehová .
▁Y ▁dijo ▁Josaphat : ▁¿ H a y ▁a ún ▁aquí ▁al g ún ▁profeta ▁de ▁Jehová , ▁por ▁el ▁cual ▁consult emos ?
▁Entonces ▁el ▁rey ▁de ▁Israel ▁llamó ▁á ▁un ▁ e un u co , ▁y ▁díjole : ▁tra e ▁pre s to ▁á ▁Mi ch ê as ▁hijo ▁de ▁I m la .
▁Y ▁todos ▁los ▁profeta s ▁pro f e t i z aban ▁de ▁la ▁mis ma ▁manera , ▁diciendo : ▁Su be ▁á ▁Ramoth ▁de ▁Galaad , ▁y ▁será s ▁prosper ado ; ▁que ▁Jehová ▁la ▁dará ▁en ▁mano ▁del ▁rey .
▁Y ▁Mi ch ê as ▁respondió : ▁Viv e ▁Jehová , ▁que ▁lo ▁que ▁Jehová ▁me ▁hablar e , ▁es o ▁di ré .
▁Y ▁el ▁rey ▁le ▁dijo : ▁¿ H as ta ▁cu án ta s ▁veces ▁he ▁de ▁con j ura r te ▁que ▁no ▁me ▁di ga s ▁sin o ▁la ▁ver dad ▁en ▁el ▁nombre ▁de ▁Jehová ?
▁Y ▁el ▁rey ▁de ▁Israel ▁dijo ▁á ▁Josaphat : ▁¿ No ▁te ▁lo ▁había ▁yo ▁dicho ? ▁N ing un a ▁cosa ▁buena ▁pro f e t i z ará ▁él ▁acerca ▁de ▁mí , ▁sin o ▁solamente ▁mal .
▁Entonces ▁él ▁dijo : ▁O y e ▁pues ▁palabra ▁de ▁Jehová : ▁Yo ▁vi ▁á ▁Jehová ▁sent ado ▁en ▁su ▁trono , ▁y ▁todo ▁el ▁ejército ▁de ▁los ▁cielo s ▁estaba ▁junto ▁á ▁él , ▁á ▁su ▁die s tra ▁y ▁á ▁su ▁sin i est ra .
▁Y ▁Jehová ▁dijo : ▁¿ Quién ▁in d u ci rá ▁á ▁Achâb , ▁para ▁que ▁su ba ▁y ▁ca i ga ▁en ▁Ramoth ▁de ▁Galaad ? ▁Y ▁uno ▁decía ▁de ▁una ▁manera ; ▁y ▁otro ▁decía ▁de ▁otra .
▁Y ▁salió ▁un ▁espíritu , ▁y ▁p ú s ose ▁delante ▁de ▁Jehová , ▁y ▁dijo : ▁Yo ▁le ▁in d u ci ré . ▁Y ▁Jehová ▁le ▁dijo : ▁¿ D e ▁qué ▁manera ?
▁Y ▁ahora , ▁he ▁aquí ▁Jehová ▁ha ▁puesto ▁espíritu ▁de ▁men t i ra ▁en ▁la ▁boca ▁de ▁todos ▁estos ▁tu s ▁profeta s , ▁y ▁Jehová ▁ha ▁de c re t ado ▁el ▁mal ▁acerca ▁de ▁ti .
▁Y ▁Mi ch ê as ▁respondió : ▁He ▁aquí ▁tú ▁lo ▁ve rás ▁en ▁aquel ▁día , ▁cuando ▁te ▁ irá s ▁me t iendo ▁de ▁c á ma ra ▁en ▁c á ma ra ▁por ▁escond er te .
▁Entonces ▁el ▁rey ▁de ▁Israel ▁dijo : ▁Toma ▁á ▁Mi ch ê as , ▁y ▁ v u é l v e lo ▁á ▁A m ón ▁go be rna dor ▁de ▁la ▁ciudad , ▁y ▁á ▁Joas ▁hijo ▁del ▁rey ;
▁Y ▁dijo ▁Mi ch ê as : ▁Si ▁llegar es ▁á ▁volver ▁en ▁paz , ▁Jehová ▁no ▁ha ▁hablado ▁por ▁mí . ▁En ▁se gu i da ▁dijo : ▁O id , ▁pueblo s ▁todos .
▁Su b ió ▁pues ▁el ▁rey ▁de ▁Israel ▁con ▁Josaphat ▁rey ▁de ▁Judá ▁á ▁Ramoth ▁de ▁Galaad .
▁Mas ▁el ▁rey ▁de ▁Siria ▁había ▁mandado ▁á ▁sus ▁treinta ▁y ▁dos ▁ca p ita n es ▁de ▁los ▁carro s , ▁diciendo : ▁No ▁pe le éis ▁vosotros ▁ni ▁con ▁grande ▁ni ▁con ▁ch i co , ▁sin o ▁s ólo ▁contra ▁el ▁rey ▁de ▁Israel .
▁Y ▁ como ▁los ▁ca p ita n es ▁de ▁los ▁carro s ▁vieron ▁á ▁Josaphat , ▁dijeron : ▁C iertamente ▁éste ▁es ▁el ▁rey ▁de ▁Israel ; ▁y ▁vi n iéronse ▁á ▁él ▁para ▁pe le ar ▁con ▁él ; ▁mas ▁el ▁rey ▁Josaphat ▁dió ▁voces .
▁ V iendo ▁entonces ▁los ▁ca p ita n es ▁de ▁los ▁carro s ▁que ▁no ▁era ▁el ▁rey ▁de ▁Israel , ▁apart áronse ▁de ▁él .
▁Mas ▁la ▁batalla ▁había ▁ar re ci ado ▁aquel ▁día , ▁y ▁el ▁rey ▁estuv o ▁en ▁su ▁carro ▁delante ▁de ▁los ▁Siros , ▁y ▁á ▁la ▁tarde ▁murió : ▁y ▁la ▁sangre ▁de ▁la ▁her i da ▁cor r ía ▁por ▁el ▁se no ▁del ▁carro .
▁Y ▁á ▁pues ta ▁del ▁so l ▁salió ▁un ▁pre g ón ▁por ▁el ▁campo , ▁diciendo : ▁ ¡ C ada ▁uno ▁á ▁su ▁ciudad , ▁y ▁ cada ▁cual ▁á ▁su ▁tierra !
▁Y ▁murió ▁pues ▁el ▁rey , ▁y ▁fué ▁traído ▁á ▁Samaria ; ▁y ▁sepulta ron ▁al ▁rey ▁en ▁Samaria .
▁Y ▁la v aron ▁el ▁carro ▁en ▁el ▁esta n que ▁de ▁Samaria ; ▁la v aron ▁también ▁sus ▁arm as ; ▁y ▁los ▁per ro s ▁la m ieron ▁su ▁sangre , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ▁que ▁había ▁hablado .
▁Y ▁d urmió ▁Achâb ▁con ▁sus ▁padres , ▁y ▁reinó ▁en ▁su ▁lugar ▁O ch ô z ía s ▁su ▁hijo .
▁Y ▁Josaphat ▁hijo ▁de ▁As a ▁comenzó ▁á ▁reinar ▁sobre ▁Judá ▁en ▁el ▁cu ar to ▁año ▁de ▁Achâb ▁rey ▁de ▁Israel .
▁Y ▁era ▁Josaphat ▁de ▁treinta ▁y ▁cinco ▁años ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁reinó ▁veinti ci n co ▁años ▁en ▁Jerusalem . ▁El ▁nombre ▁de ▁su ▁madre ▁fué ▁A z u ba ▁hija ▁de ▁Si la i .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Josaphat , ▁y ▁sus ▁ha za ñ as , ▁y ▁las ▁guerra s ▁que ▁hizo , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁B ar r ió ▁también ▁de ▁la ▁tierra ▁el ▁rest o ▁de ▁los ▁so do m itas ▁que ▁habían ▁que d ado ▁en ▁el ▁tiempo ▁de ▁su ▁padre ▁As a .
▁No ▁había ▁entonces ▁rey ▁en ▁Edom ; ▁pre s id ente ▁había ▁en ▁lugar ▁de ▁rey .
▁Ha b ía ▁Josaphat ▁hecho ▁ n a v í os ▁en ▁Tha r s is , ▁los ▁cuales ▁habían ▁de ▁ir ▁á ▁O ph ir ▁por ▁oro ; ▁mas ▁no ▁fueron , ▁por que ▁se ▁romp ieron ▁en ▁E z ion - g e b er .
▁Entonces ▁O ch ô z ía s ▁hijo ▁de ▁Achâb ▁dijo ▁á ▁Josaphat : ▁ V a y an ▁mis ▁siervos ▁con ▁los ▁tuyo s ▁en ▁los ▁ n a v í os . ▁Mas ▁Josaphat ▁no ▁quiso .
▁Y ▁d urmió ▁Josaphat ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁con ▁sus ▁padres ▁en ▁la ▁ciudad ▁de ▁David ▁su ▁padre ; ▁y ▁en ▁su ▁lugar ▁reinó ▁Joram ▁su ▁hijo .
▁Y ▁O ch ô z ía s ▁hijo ▁de ▁Achâb ▁comenzó ▁á ▁reinar ▁sobre ▁Israel ▁en ▁Samaria , ▁el ▁año ▁die ci s i e te ▁de ▁Josaphat ▁rey ▁de ▁Judá ; ▁y ▁reinó ▁dos ▁años ▁sobre ▁Israel .
▁ D E S P U É S ▁de ▁la ▁muerte ▁de ▁Achâb ▁rebel óse ▁Moab ▁contra ▁Israel .
▁Por ▁tanto ▁así ▁ha ▁dicho ▁Jehová : ▁De l ▁le ch o ▁en ▁que ▁su b iste ▁no ▁descend e rás , ▁antes ▁morirá s ▁c iertamente . ▁Y ▁Elías ▁se ▁fué .
▁Y ▁ como ▁los ▁mensajero s ▁se ▁volvieron ▁al ▁rey , ▁él ▁les ▁dijo : ▁¿ Por ▁qué ▁pues ▁os ▁ha béis ▁vuelto ?
▁Entonces ▁él ▁les ▁dijo : ▁¿ Qué ▁ h á bi to ▁era ▁el ▁de ▁aquel ▁varón ▁que ▁encontr a steis , ▁y ▁os ▁dijo ▁tal es ▁palabras ?
▁Y ▁ellos ▁le ▁respondieron : ▁Un ▁varón ▁ve l los o , ▁y ▁ ce ñ ía ▁sus ▁lo mos ▁con ▁un ▁c in to ▁de ▁cu er o . ▁Entonces ▁él ▁dijo : ▁Elías ▁This bi ta ▁es .
▁ V o l vi ó ▁el ▁rey ▁á ▁enviar ▁á ▁él ▁otro ▁capitán ▁de ▁cincuenta ▁con ▁sus ▁cincuenta ; ▁y ▁habló le , ▁y ▁dijo : ▁ V ar ón ▁de ▁Dios , ▁el ▁rey ▁ha ▁dicho ▁así : ▁De s ci en de ▁pre s to .
▁He ▁aquí ▁ha ▁descend ido ▁fuego ▁del ▁cielo , ▁y ▁ha ▁consum ido ▁los ▁dos ▁primer os ▁ca p ita n es ▁de ▁cincuenta , ▁con ▁sus ▁cincuenta ; ▁sea ▁ahora ▁mi ▁vida ▁de ▁va l or ▁delante ▁de ▁tu s ▁ojos .
▁Entonces ▁el ▁ángel ▁de ▁Jehová ▁dijo ▁á ▁Elías : ▁De s ci en de ▁con ▁él ; ▁no ▁haya s ▁de ▁él ▁mi ed o . ▁Y ▁él ▁se ▁levant ó , ▁y ▁descend ió ▁con ▁él ▁al ▁rey .
▁Y ▁murió ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová ▁que ▁había ▁hablado ▁Elías : ▁y ▁reinó ▁en ▁su ▁lugar ▁Joram , ▁en ▁el ▁segundo ▁año ▁de ▁Joram , ▁hijo ▁de ▁Josaphat ▁rey ▁de ▁Judá ; ▁por que ▁O ch ô z ía s ▁no ▁tenía ▁hijo .
▁Y ▁lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁O ch ô z ía s , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Y ▁A C O N T E C I Ó ▁que , ▁cuando ▁quiso ▁Jehová ▁al za r ▁á ▁Elías ▁en ▁un ▁to r be l li no ▁al ▁cielo , ▁Elías ▁venía ▁con ▁Eliseo ▁de ▁Gilgal .
▁Y ▁vinieron ▁cincuenta ▁varones ▁de ▁los ▁hijos ▁de ▁los ▁profeta s , ▁y ▁par áronse ▁en f r ente ▁á ▁lo ▁le jo s : ▁y ▁ellos ▁dos ▁se ▁para ron ▁junto ▁al ▁Jordán .
▁Toma ndo ▁entonces ▁Elías ▁su ▁man to , ▁do b l ólo , ▁é ▁hirió ▁las ▁aguas , ▁las ▁cuales ▁se ▁apart aron ▁á ▁uno ▁y ▁á ▁otro ▁la do , ▁y ▁pasar on ▁ambos ▁en ▁se co .
▁Y ▁él ▁le ▁dijo : ▁C os a ▁di f í ci l ▁has ▁p ed ido . ▁Si ▁me ▁ vier es ▁cuando ▁fuere ▁qu ita do ▁de ▁ti , ▁te ▁será ▁así ▁hecho ; ▁mas ▁si ▁no , ▁no .
▁A l z ó ▁luego ▁el ▁man to ▁de ▁Elías ▁que ▁se ▁le ▁había ▁ca í do , ▁y ▁volvió , ▁y ▁par óse ▁á ▁la ▁orilla ▁del ▁Jordán .
▁Y ▁vi é ndo le ▁los ▁hijos ▁de ▁los ▁profeta s ▁que ▁estaban ▁en ▁Jericó ▁de ▁la ▁otra ▁parte , ▁dijeron : ▁El ▁espíritu ▁de ▁Elías ▁re p os ó ▁sobre ▁Eliseo . ▁Y ▁vi n iéronle ▁á ▁recibir , ▁é ▁inclin áronse ▁á ▁él ▁hast a ▁la ▁tierra .
▁Mas ▁ellos ▁le ▁imp or t un aron , ▁hast a ▁que ▁a ver g on z ándose ▁dijo : ▁En vi ad . ▁Entonces ▁ellos ▁enviar on ▁cincuenta ▁hombres , ▁los ▁cuales ▁lo ▁busca ron ▁tres ▁días , ▁mas ▁no ▁lo ▁halla ron .
▁Y ▁cuando ▁volvieron ▁á ▁él , ▁que ▁se ▁había ▁que d ado ▁en ▁Jericó , ▁él ▁les ▁dijo : ▁¿ No ▁os ▁di je ▁yo ▁que ▁no ▁fuese is ?
▁Entonces ▁él ▁dijo : ▁T ra ed me ▁una ▁bo t i ja ▁nueva , ▁y ▁pon ed ▁en ▁ella ▁sal . ▁Y ▁tra j é ron se la .
▁Y ▁fueron ▁s an as ▁las ▁aguas ▁hast a ▁hoy , ▁conform e ▁á ▁la ▁palabra ▁que ▁habló ▁Eliseo .
▁Y ▁mira ndo ▁él ▁at rás , ▁vió los , ▁y ▁mal d í jo los ▁en ▁el ▁nombre ▁de ▁Jehová . ▁Y ▁salieron ▁dos ▁os os ▁del ▁monte , ▁y ▁de s p ed az aron ▁de ▁ellos ▁cuarenta ▁y ▁dos ▁much a ch os .
▁De ▁allí ▁fué ▁al ▁monte ▁de ▁Carmel o , ▁y ▁de ▁allí ▁volvió ▁á ▁Samaria .
▁Y ▁ J O R A M ▁hijo ▁de ▁Achâb ▁comenzó ▁á ▁reinar ▁en ▁Samaria ▁sobre ▁Israel ▁el ▁año ▁die ci o ch o ▁de ▁Josaphat ▁rey ▁de ▁Judá ; ▁y ▁reinó ▁do ce ▁años .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁aun que ▁no ▁ como ▁su ▁padre ▁y ▁su ▁madre ; ▁por que ▁ qui t ó ▁las ▁esta tu as ▁de ▁Baal ▁que ▁su ▁padre ▁había ▁hecho .
▁Mas ▁all e g óse ▁á ▁los ▁pecado s ▁de ▁Jeroboam , ▁hijo ▁de ▁N aba t , ▁que ▁hizo ▁pecar ▁á ▁Israel ; ▁y ▁no ▁se ▁apart ó ▁de ▁ellos .
▁Entonces ▁Me s a ▁rey ▁de ▁Moab ▁era ▁pro p i e ta ri o ▁de ▁ganado s , ▁y ▁pa g aba ▁al ▁rey ▁de ▁Israel ▁cien ▁mil ▁cordero s ▁y ▁cien ▁mil ▁carnero s ▁con ▁sus ▁ve l l on es .
▁Mas ▁muerto ▁Achâb , ▁el ▁rey ▁de ▁Moab ▁se ▁rebel ó ▁contra ▁el ▁rey ▁de ▁Israel .
▁Y ▁salió ▁entonces ▁de ▁Samaria ▁el ▁rey ▁Joram , ▁é ▁in s pe c ci on ó ▁á ▁todo ▁Israel .
▁Y ▁dijo : ▁¿ Por ▁qué ▁camino ▁ir emos ? ▁Y ▁él ▁respondió : ▁Por ▁el ▁camino ▁del ▁desierto ▁de ▁I d u me a .
▁Entonces ▁el ▁rey ▁de ▁Israel ▁dijo : ▁ ¡ A h ! ▁que ▁ha ▁llamado ▁Jehová ▁estos ▁tres ▁reyes ▁para ▁entre gar los ▁en ▁manos ▁de ▁los ▁Moab itas .
▁Y ▁Josaphat ▁dijo : ▁Este ▁tendrá ▁palabra ▁de ▁Jehová . ▁Y ▁descend ieron ▁á ▁él ▁el ▁rey ▁de ▁Israel , ▁y ▁Josaphat , ▁y ▁el ▁rey ▁de ▁I d u me a .
▁Mas ▁ahora ▁tra ed me ▁un ▁ ta ñ ed or . ▁Y ▁mi en tra s ▁el ▁ ta ñ ed or ▁to c aba , ▁la ▁mano ▁de ▁Jehová ▁fué ▁sobre ▁Eliseo .
▁Y ▁dijo : ▁As í ▁ha ▁dicho ▁Jehová : ▁Ha c ed ▁en ▁este ▁valle ▁much as ▁a ce qui as .
▁Y ▁esto ▁es ▁cosa ▁li g er a ▁en ▁los ▁ojos ▁de ▁Jehová ; ▁dará ▁también ▁á ▁los ▁Moab itas ▁en ▁vuestras ▁manos .
▁Y ▁aconteció ▁que ▁por ▁la ▁mañana , ▁cuando ▁se ▁of re ce ▁el ▁sacrificio , ▁he ▁aquí ▁vinieron ▁aguas ▁por ▁el ▁camino ▁de ▁I d u me a , ▁y ▁la ▁tierra ▁fué ▁llena ▁de ▁aguas .
▁Y ▁ como ▁se ▁levant aron ▁por ▁la ▁mañana , ▁y ▁lu ció ▁el ▁so l ▁sobre ▁las ▁aguas , ▁vieron ▁los ▁de ▁Moab ▁de s de ▁le jo s ▁las ▁aguas ▁ ro ja s ▁ como ▁sangre ;
▁Mas ▁cuando ▁llegar on ▁al ▁campo ▁de ▁Israel , ▁levant áronse ▁los ▁Israel itas ▁é ▁hirieron ▁á ▁los ▁de ▁Moab , ▁los ▁cuales ▁ hu y e ron ▁delante ▁de ▁ellos : ▁siguie ron ▁ e mpero ▁ h ir iendo ▁toda v ía ▁á ▁los ▁de ▁Moab .
▁Y ▁cuando ▁el ▁rey ▁de ▁Moab ▁vió ▁que ▁la ▁batalla ▁lo ▁ven c ía , ▁tomó ▁consigo ▁se te cientos ▁hombres ▁que ▁saca ba n ▁espada , ▁para ▁romp er ▁contra ▁el ▁rey ▁de ▁I d u me a : ▁mas ▁no ▁pu d ieron .
▁Y ▁Eliseo ▁le ▁dijo : ▁¿ Qué ▁te ▁haré ▁yo ? ▁De c l á ra me ▁qué ▁tiene s ▁en ▁casa . ▁Y ▁ella ▁dijo : ▁T u ▁sierva ▁ninguna ▁cosa ▁tiene ▁en ▁casa , ▁sin o ▁una ▁bo t i ja ▁de ▁aceite .
▁Y ▁él ▁le ▁dijo : ▁Ve , ▁y ▁pi de ▁para ▁ti ▁vasos ▁pre st ados ▁de ▁todos ▁tu s ▁ve ci nos , ▁vasos ▁va c í os , ▁no ▁poco s .
▁En tra ▁luego , ▁y ▁ ci er ra ▁la ▁puerta ▁tras ▁ti ▁y ▁tras ▁tu s ▁hijos ; ▁y ▁echa ▁en ▁todos ▁los ▁vasos , ▁y ▁en ▁esta ndo ▁uno ▁lleno , ▁pon lo ▁apart e .
▁Y ▁part i óse ▁la ▁mujer ▁de ▁él , ▁y ▁ cer r ó ▁la ▁puerta ▁tras ▁sí ▁y ▁tras ▁sus ▁hijos ; ▁y ▁ellos ▁le ▁lleg aban ▁los ▁vasos , ▁y ▁ella ▁echa ba ▁del ▁aceite .
▁Y ▁ella ▁dijo ▁á ▁su ▁marido : ▁He ▁aquí ▁ahora , ▁yo ▁en t iendo ▁que ▁éste ▁que ▁siempre ▁pasa ▁por ▁nuestra ▁casa , ▁es ▁varón ▁de ▁Dios ▁santo .
▁Y ▁aconteció ▁que ▁un ▁día ▁vino ▁él ▁por ▁allí , ▁y ▁recog i óse ▁en ▁aquella ▁c á ma ra , ▁y ▁d urmió ▁en ▁ella .
▁Entonces ▁dijo ▁á ▁ G i e z i ▁su ▁criado : ▁L la ma ▁á ▁esta ▁Su n am ita . ▁Y ▁ como ▁él ▁la ▁llamó , ▁par e ció ▁ella ▁delante ▁de ▁él .
▁Y ▁él ▁dijo : ▁¿ Qué ▁pues ▁ha remos ▁por ▁ella ? ▁Y ▁ G i e z i ▁respondió : ▁He ▁aquí ▁ella ▁no ▁tiene ▁hijo , ▁y ▁su ▁marido ▁es ▁viejo .
▁Di jo ▁entonces : ▁L l á ma la . ▁Y ▁él ▁la ▁llamó , ▁y ▁ella ▁se ▁par ó ▁á ▁la ▁puerta .
▁Mas ▁la ▁mujer ▁con ci b ió , ▁y ▁parió ▁un ▁hijo ▁á ▁aquel ▁tiempo ▁que ▁Eliseo ▁le ▁había ▁dicho , ▁seg ún ▁el ▁tiempo ▁de ▁la ▁vida .
▁Y ▁ como ▁el ▁niño ▁fué ▁grande , ▁aconteció ▁que ▁un ▁día ▁salió ▁á ▁su ▁padre , ▁á ▁los ▁seg ado res .
▁Y ▁dijo ▁á ▁su ▁padre : ▁ ¡ M i ▁cabeza , ▁mi ▁cabeza ! ▁Y ▁él ▁dijo ▁á ▁un ▁criado : ▁L l é v a lo ▁á ▁su ▁madre .
▁Y ▁ha b ién do le ▁él ▁tomado , ▁y ▁traído lo ▁á ▁su ▁madre , ▁estuv o ▁sent ado ▁sobre ▁sus ▁rod ill as ▁hast a ▁medio ▁día , ▁y ▁murió se .
▁El la ▁entonces ▁subió , ▁y ▁púsolo ▁sobre ▁la ▁ca ma ▁del ▁varón ▁de ▁Dios , ▁y ▁ cer r ándo le ▁la ▁puerta , ▁salió se .
▁Y ▁él ▁dijo : ▁¿ P ar a ▁qué ▁has ▁de ▁ir ▁á ▁él ▁hoy ? ▁No ▁es ▁nueva ▁lu n a , ▁ni ▁sábado . ▁Y ▁ella ▁respondió : ▁P az .
▁Después ▁hizo ▁en al b ar d ar ▁una ▁bo r ri ca , ▁y ▁dijo ▁al ▁mozo : ▁ G u ía ▁y ▁and a ; ▁y ▁no ▁me ▁haga s ▁de t en er ▁para ▁que ▁su ba , ▁sin o ▁cuando ▁yo ▁te ▁lo ▁dijere .
▁Ruégote ▁que ▁vaya s ▁ahora ▁cor r iendo ▁á ▁recibir la , ▁y ▁di le : ▁¿ T i en es ▁paz ? ▁¿ y ▁tu ▁marido , ▁y ▁tu ▁hijo ? ▁Y ▁ella ▁dijo : ▁P az .
▁Y ▁ella ▁dijo : ▁¿ P ed í ▁yo ▁hijo ▁á ▁mi ▁señor ? ▁¿ No ▁di je ▁yo , ▁que ▁no ▁me ▁bu r la se s ?
▁Y ▁dijo ▁la ▁madre ▁del ▁niño : ▁Viv e ▁Jehová , ▁y ▁vi v e ▁tu ▁alma , ▁que ▁no ▁te ▁dejar é .
▁Y ▁venido ▁Eliseo ▁á ▁la ▁casa , ▁he ▁aquí ▁el ▁niño ▁que ▁estaba ▁ten d ido ▁muerto ▁sobre ▁su ▁ca ma .
▁En tra ndo ▁él ▁entonces , ▁ cer r ó ▁la ▁puerta ▁sobre ▁ambos , ▁y ▁or ó ▁á ▁Jehová .
▁Entonces ▁llamó ▁él ▁á ▁ G i e z i , ▁y ▁díjole : ▁L la ma ▁á ▁esta ▁Su n am ita . ▁Y ▁él ▁la ▁llamó . ▁Y ▁entr ando ▁ella , ▁él ▁le ▁dijo : ▁Toma ▁tu ▁hijo .
▁Y ▁así ▁que ▁ella ▁entr ó , ▁echó se ▁á ▁sus ▁pie s , ▁é ▁inclin óse ▁á ▁tierra : ▁después ▁tomó ▁su ▁hijo , ▁y ▁salió se .
▁El ▁entonces ▁dijo : ▁T ra ed ▁harina . ▁Y ▁esparci ó la ▁en ▁la ▁ o l la , ▁y ▁dijo : ▁E ch a ▁de ▁come r ▁á ▁la ▁gente . ▁Y ▁no ▁hubo ▁más ▁mal ▁en ▁la ▁ o l la .
▁Entonces ▁él ▁lo ▁puso ▁delante ▁de ▁ellos , ▁y ▁com ieron , ▁y ▁so b r ó les , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová .
▁Y ▁de ▁Siria ▁habían ▁sal ido ▁cu ad r ill as , ▁y ▁habían ▁llev ado ▁ca u t i v a ▁de ▁la ▁tierra ▁de ▁Israel ▁una ▁much a ch a ; ▁la ▁cual ▁sirv iendo ▁á ▁la ▁mujer ▁de ▁N a am án ,
▁Di jo ▁á ▁su ▁señor a : ▁Si ▁ ro ga se ▁mi ▁señor ▁al ▁profeta ▁que ▁está ▁en ▁Samaria , ▁él ▁lo ▁s an ar ía ▁de ▁su ▁lepra .
▁Y ▁entr ando ▁N a am án ▁á ▁su ▁señor , ▁declar óse lo , ▁diciendo : ▁As í ▁y ▁así ▁ha ▁dicho ▁una ▁much a ch a ▁que ▁es ▁de ▁la ▁tierra ▁de ▁Israel .
▁Y ▁vino ▁N a am án ▁con ▁sus ▁caballo s ▁y ▁con ▁su ▁carro , ▁y ▁par óse ▁á ▁las ▁puerta s ▁de ▁la ▁casa ▁de ▁Eliseo .
▁Entonces ▁Eliseo ▁le ▁envió ▁un ▁mensajero , ▁diciendo : ▁Ve , ▁y ▁ l á v a te ▁siete ▁veces ▁en ▁el ▁Jordán , ▁y ▁tu ▁carne ▁se ▁te ▁rest a ur ará , ▁y ▁será s ▁limpio .
▁El ▁entonces ▁descend ió , ▁y ▁ za m b u l l óse ▁siete ▁veces ▁en ▁el ▁Jordán , ▁conform e ▁á ▁la ▁palabra ▁del ▁varón ▁de ▁Dios : ▁y ▁su ▁carne ▁se ▁volvió ▁ como ▁la ▁carne ▁de ▁un ▁niño , ▁y ▁fué ▁limpio .
▁Mas ▁él ▁dijo : ▁Viv e ▁Jehová , ▁delante ▁del ▁cual ▁esto y , ▁que ▁no ▁lo ▁tomar é . ▁E ▁imp or t un ándo le ▁que ▁toma se , ▁él ▁ nunc a ▁quiso .
▁Y ▁él ▁le ▁dijo : ▁Ve te ▁en ▁paz . ▁P ar t i óse ▁pues ▁de ▁él , ▁y ▁ca mi n ó ▁ como ▁el ▁es pa ci o ▁de ▁una ▁mil la ▁ .
▁Y ▁si gu ió ▁ G i e z i ▁á ▁N a am án : ▁y ▁ como ▁le ▁vió ▁N a am án ▁que ▁venía ▁cor r iendo ▁tras ▁él , ▁a pe óse ▁del ▁carro ▁para ▁recibir le , ▁y ▁dijo : ▁¿ V a ▁bien ?
▁Y ▁lleg ado ▁que ▁hubo ▁á ▁un ▁lugar ▁secret o , ▁él ▁lo ▁tomó ▁de ▁mano ▁de ▁ellos , ▁y ▁guard ólo ▁en ▁casa : ▁luego ▁mandó ▁á ▁los ▁hombres ▁que ▁se ▁fuese n .
▁La ▁lepra ▁de ▁N a am án ▁se ▁te ▁pe g ará ▁á ▁ti , ▁y ▁á ▁tu ▁simiente ▁para ▁siempre . ▁Y ▁salió ▁de ▁delante ▁de ▁él ▁le p ro s o , ▁ b l an co ▁ como ▁la ▁ni e v e .
▁L O S ▁hijos ▁de ▁los ▁profeta s ▁dijeron ▁á ▁Eliseo : ▁He ▁aquí , ▁el ▁lugar ▁en ▁que ▁mor a mos ▁contigo ▁no s ▁es ▁es t re ch o .
▁ V a mos ▁ahora ▁al ▁Jordán , ▁y ▁to me mos ▁de ▁allí ▁ cada ▁uno ▁una ▁vi ga , ▁y ▁ha g á mo nos ▁allí ▁lugar ▁en ▁que ▁ha bi t emos . ▁Y ▁él ▁dijo : ▁And ad .
▁Y ▁dijo ▁uno : ▁R o g á mos te ▁que ▁ qui er as ▁ven ir ▁con ▁tu s ▁siervos . ▁Y ▁él ▁respondió : ▁Yo ▁ir é .
▁F u é se ▁pues ▁con ▁ellos ; ▁y ▁ como ▁llegar on ▁al ▁Jordán , ▁cor t aron ▁la ▁made ra .
▁Y ▁aconteció ▁que ▁de r ri b ando ▁uno ▁un ▁árbol , ▁cayó se le ▁el ▁ha ch a ▁en ▁el ▁agua ; ▁y ▁dió ▁voces , ▁diciendo : ▁ ¡ A h , ▁señor ▁mío , ▁que ▁era ▁emp re st ada !
▁Y ▁el ▁varón ▁de ▁Dios ▁dijo : ▁¿ D ón de ▁cayó ? ▁Y ▁él ▁le ▁most r ó ▁el ▁lugar . ▁Entonces ▁cor t ó ▁él ▁un ▁pa lo , ▁y ▁echó lo ▁allí ; ▁é ▁hizo ▁nada r ▁el ▁ hi er ro .
▁Y ▁dijo : ▁T ó ma lo . ▁Y ▁él ▁ten d ió ▁la ▁mano , ▁y ▁tomó lo .
▁T en ía ▁el ▁rey ▁de ▁Siria ▁guerra ▁contra ▁Israel , ▁y ▁consult ando ▁con ▁sus ▁siervos , ▁dijo : ▁En ▁tal ▁y ▁tal ▁lugar ▁estará ▁mi ▁camp a ment o .
▁Y ▁el ▁varón ▁de ▁Dios ▁envió ▁á ▁decir ▁al ▁rey ▁de ▁Israel : ▁Mi ra ▁que ▁no ▁pa se s ▁por ▁tal ▁lugar , ▁por que ▁los ▁Siros ▁va n ▁allí .
▁Entonces ▁el ▁rey ▁de ▁Israel ▁envió ▁á ▁aquel ▁lugar ▁que ▁el ▁varón ▁de ▁Dios ▁había ▁dicho ▁y ▁am on est á do le ; ▁y ▁guard óse ▁de ▁allí , ▁no ▁una ▁vez ▁ni ▁dos .
▁Y ▁el ▁corazón ▁del ▁rey ▁de ▁Siria ▁fué ▁tu r b ado ▁de ▁esto ▁ ; ▁y ▁ l l am ando ▁á ▁sus ▁siervos , ▁díjole s : ▁¿ No ▁me ▁declar aréis ▁vosotros ▁qu ién ▁de ▁los ▁nuestro s ▁es ▁del ▁rey ▁de ▁Israel ?
▁Entonces ▁uno ▁de ▁los ▁siervos ▁dijo : ▁No , ▁rey ▁señor ▁mío ; ▁sin o ▁que ▁el ▁profeta ▁Eliseo ▁está ▁en ▁Israel , ▁el ▁cual ▁declar a ▁al ▁rey ▁de ▁Israel ▁las ▁palabras ▁que ▁tú ▁habla s ▁en ▁tu ▁más ▁secret a ▁c á ma ra .
▁Y ▁él ▁dijo : ▁I d , ▁y ▁mira d ▁d ón de ▁está , ▁para ▁que ▁yo ▁en v í e ▁á ▁tomar lo . ▁Y ▁fué le ▁dicho : ▁He ▁aquí ▁él ▁está ▁en ▁Do th án .
▁Entonces ▁envió ▁el ▁rey ▁all á ▁gente ▁de ▁á ▁caballo , ▁y ▁carro s , ▁y ▁un ▁grande ▁ejército , ▁los ▁cuales ▁vinieron ▁de ▁noche , ▁y ▁cerca ron ▁la ▁ciudad .
▁Y ▁él ▁le ▁dijo : ▁No ▁haya s ▁mi ed o : ▁por que ▁más ▁son ▁los ▁que ▁están ▁con ▁nosotros ▁que ▁los ▁que ▁están ▁con ▁ellos .
▁Después ▁les ▁dijo ▁Eliseo : ▁No ▁es ▁este ▁el ▁camino , ▁ni ▁es ▁esta ▁la ▁ciudad ; ▁se gu id me , ▁que ▁yo ▁os ▁ gu i aré ▁al ▁hombre ▁que ▁bu s c áis . ▁Y ▁ gu ió los ▁á ▁Samaria .
▁Y ▁cuando ▁el ▁rey ▁de ▁Israel ▁los ▁hubo ▁visto , ▁dijo ▁á ▁Eliseo : ▁¿ H er i ré los , ▁padre ▁mío ?
▁Después ▁de ▁esto ▁aconteció , ▁que ▁Be n - ada d ▁rey ▁de ▁Siria ▁junt ó ▁todo ▁su ▁ejército , ▁y ▁subió , ▁y ▁puso ▁ cer co ▁á ▁Samaria .
▁Y ▁pasa ndo ▁el ▁rey ▁de ▁Israel ▁por ▁el ▁mu ro , ▁una ▁mujer ▁le ▁dió ▁voces , ▁y ▁dijo : ▁Sal v a , ▁rey ▁señor ▁mío .
▁Y ▁él ▁dijo : ▁Si ▁no ▁te ▁salva ▁Jehová , ▁¿ de ▁d ón de ▁te ▁ten go ▁de ▁salva r ▁yo ? ▁¿ de l ▁al f o l í , ▁ó ▁del ▁la gar ?
▁Y ▁díjole ▁el ▁rey : ▁¿ Qué ▁tiene s ? ▁Y ▁ella ▁respondió : ▁Esta ▁mujer ▁me ▁dijo : ▁Da ▁a c á ▁tu ▁hijo , ▁y ▁com á mos lo ▁hoy , ▁y ▁mañana ▁come remos ▁el ▁mío .
▁C o ci mos ▁pues ▁mi ▁hijo , ▁y ▁le ▁com i mos . ▁El ▁día ▁siguiente ▁yo ▁le ▁di je : ▁Da ▁a c á ▁tu ▁hijo , ▁y ▁com á mos lo . ▁Mas ▁ella ▁ha ▁escond ido ▁su ▁hijo .
▁Y ▁él ▁dijo : ▁As í ▁me ▁haga ▁Dios , ▁y ▁así ▁me ▁a ñ ada , ▁si ▁la ▁cabeza ▁de ▁Eliseo ▁hijo ▁de ▁S a ph a t ▁quedar e ▁sobre ▁él ▁hoy .
▁A un ▁estaba ▁él ▁habla ndo ▁con ▁ellos , ▁y ▁he ▁aquí ▁el ▁mensajero ▁que ▁descend ía ▁á ▁él ; ▁y ▁dijo : ▁C iertamente ▁este ▁mal ▁de ▁Jehová ▁viene . ▁¿ P ar a ▁qué ▁ten go ▁de ▁es per ar ▁más ▁á ▁Jehová ?
▁Y ▁había ▁cuatro ▁hombres ▁le p ro s os ▁á ▁la ▁entr ada ▁de ▁la ▁puerta , ▁los ▁cuales ▁dijeron ▁el ▁uno ▁al ▁otro : ▁¿ P ar a ▁qué ▁no s ▁esta mos ▁aquí ▁hast a ▁que ▁mu ra mos ?
▁Y ▁los ▁por t eros ▁d ieron ▁voces , ▁y ▁declar áronlo ▁dentro , ▁en ▁el ▁pa la ci o ▁del ▁rey .
▁Toma ron ▁pues ▁dos ▁caballo s ▁de ▁un ▁carro , ▁y ▁envió ▁el ▁rey ▁tras ▁el ▁campo ▁de ▁los ▁Siros , ▁diciendo : ▁I d , ▁y ▁ve d .
▁Y ▁ v í no le ▁así ; ▁por que ▁el ▁pueblo ▁le ▁at ro pe l l ó ▁á ▁la ▁entr ada , ▁y ▁murió .
▁Entonces ▁la ▁mujer ▁se ▁levant ó , ▁é ▁hizo ▁ como ▁el ▁varón ▁de ▁Dios ▁le ▁dijo : ▁y ▁part i óse ▁ella ▁con ▁su ▁familia , ▁y ▁vivió ▁en ▁tierra ▁de ▁los ▁Filisteos ▁siete ▁años .
▁Y ▁ como ▁fueron ▁pasa do s ▁los ▁siete ▁años , ▁la ▁mujer ▁volvió ▁de ▁la ▁tierra ▁de ▁los ▁Filisteos : ▁después ▁salió ▁para ▁clama r ▁al ▁rey ▁por ▁su ▁casa , ▁y ▁por ▁sus ▁tierra s .
▁Y ▁había ▁el ▁rey ▁hablado ▁con ▁ G i e z i , ▁criado ▁del ▁varón ▁de ▁Dios , ▁di ci é ndo le : ▁Ruégote ▁que ▁me ▁cu ente s ▁todas ▁las ▁mar a vi l la s ▁que ▁ha ▁hecho ▁Eliseo .
▁Eliseo ▁se ▁fué ▁luego ▁á ▁Da ma s co , ▁y ▁Be n - ada d ▁rey ▁de ▁Siria ▁estaba ▁en f er mo , ▁al ▁cual ▁d ieron ▁aviso , ▁diciendo : ▁El ▁varón ▁de ▁Dios ▁ha ▁venido ▁aquí .
▁Y ▁el ▁rey ▁dijo ▁á ▁Hazael : ▁Toma ▁en ▁tu ▁mano ▁un ▁presente , ▁y ▁ve ▁á ▁recibir ▁al ▁varón ▁de ▁Dios , ▁y ▁consult a ▁por ▁él ▁á ▁Jehová , ▁diciendo : ▁¿ T en go ▁de ▁s an ar ▁de ▁esta ▁en f er me dad ?
▁Y ▁Eliseo ▁le ▁dijo : ▁Ve , ▁di le : ▁Se gu r amente ▁vivir ás . ▁E mpero ▁Jehová ▁me ▁ha ▁most r ado ▁que ▁él ▁ha ▁de ▁mor ir ▁c iertamente .
▁Y ▁el ▁varón ▁de ▁Dios ▁le ▁volvió ▁el ▁rostro ▁a f ir ma d amente , ▁y ▁es t ú v ose ▁así ▁una ▁gran ▁pie za ; ▁y ▁lloró ▁el ▁varón ▁de ▁Dios .
▁Y ▁Hazael ▁dijo : ▁¿ Por ▁qué ? ▁¿ es ▁tu ▁siervo ▁per ro , ▁que ▁hará ▁esta ▁gran ▁cosa ? ▁Y ▁respondió ▁Eliseo : ▁Jehová ▁me ▁ha ▁most r ado ▁que ▁tú ▁has ▁de ▁ser ▁rey ▁de ▁Siria .
▁Y ▁él ▁se ▁part ió ▁de ▁Eliseo , ▁y ▁vino ▁á ▁su ▁señor , ▁el ▁cual ▁le ▁dijo : ▁¿ Qué ▁te ▁ha ▁dicho ▁Eliseo ? ▁Y ▁él ▁respondió : ▁ D í jo me ▁que ▁seg ur amente ▁vivir ás .
▁El ▁día ▁siguiente ▁tomó ▁un ▁pa ñ o ▁ba s to , ▁y ▁me t ió lo ▁en ▁agua , ▁y ▁ten di ólo ▁sobre ▁el ▁rostro ▁de ▁Be n - ada d , ▁y ▁murió : ▁y ▁reinó ▁Hazael ▁en ▁su ▁lugar .
▁En ▁el ▁qu in to ▁año ▁de ▁Joram ▁hijo ▁de ▁Achâb ▁rey ▁de ▁Israel , ▁y ▁s iendo ▁Josaphat ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁Joram ▁hijo ▁de ▁Josaphat ▁rey ▁de ▁Judá .
▁De ▁treinta ▁y ▁dos ▁años ▁era ▁cuando ▁comenzó ▁á ▁reinar , ▁y ▁oc h o ▁años ▁reinó ▁en ▁Jerusalem .
▁Y ▁and u v o ▁en ▁el ▁camino ▁de ▁los ▁reyes ▁de ▁Israel , ▁ como ▁hizo ▁la ▁casa ▁de ▁Achâb , ▁por que ▁una ▁hija ▁de ▁Achâb ▁fué ▁su ▁mujer ; ▁é ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová .
▁C on ▁todo ▁es o , ▁Jehová ▁no ▁quiso ▁cor t ar ▁á ▁Judá , ▁por ▁am or ▁de ▁David ▁su ▁siervo , ▁ como ▁le ▁había ▁pro me t ido ▁dar le ▁ l á m para ▁de ▁sus ▁hijos ▁perpetua mente ▁ .
▁En ▁su ▁tiempo ▁se ▁rebel ó ▁Edom ▁de ▁debajo ▁de ▁la ▁mano ▁de ▁Judá , ▁y ▁pusier on ▁rey ▁sobre ▁sí .
▁Su st rá jo se ▁no ▁ob st an te ▁Edom ▁de ▁ba jo ▁la ▁mano ▁de ▁Judá , ▁hast a ▁hoy . ▁Re be l óse ▁además ▁L i b n a ▁en ▁el ▁mismo ▁tiempo .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Joram , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁d urmió ▁Joram ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁con ▁sus ▁padres ▁en ▁la ▁ciudad ▁de ▁David : ▁y ▁reinó ▁en ▁lugar ▁suyo ▁O ch ô z ía s , ▁su ▁hijo .
▁En ▁el ▁año ▁do ce ▁de ▁Joram ▁hijo ▁de ▁Achâb ▁rey ▁de ▁Israel , ▁comenzó ▁á ▁reinar ▁O ch ô z ía s ▁hijo ▁de ▁Joram ▁rey ▁de ▁Judá .
▁Y ▁and u v o ▁en ▁el ▁camino ▁de ▁la ▁casa ▁de ▁Achâb , ▁é ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁ como ▁la ▁casa ▁de ▁Achâb : ▁por que ▁era ▁y er no ▁de ▁la ▁casa ▁de ▁Achâb .
▁Y ▁fué ▁á ▁la ▁guerra ▁con ▁Joram ▁hijo ▁de ▁Achâb ▁á ▁Ramoth ▁de ▁Galaad , ▁contra ▁Hazael ▁rey ▁de ▁Siria ; ▁y ▁los ▁Siros ▁hirieron ▁á ▁Joram .
▁F u é ▁pues ▁el ▁mozo , ▁el ▁mozo ▁del ▁profeta , ▁á ▁Ramoth ▁de ▁Galaad .
▁Y ▁her irá s ▁la ▁casa ▁de ▁Achâb ▁tu ▁señor , ▁para ▁que ▁yo ▁ven gu e ▁la ▁sangre ▁de ▁mis ▁siervos ▁los ▁profeta s , ▁y ▁la ▁sangre ▁de ▁todos ▁los ▁siervos ▁de ▁Jehová , ▁de ▁la ▁mano ▁de ▁Je za be l .
▁Y ▁per e ce rá ▁toda ▁la ▁casa ▁de ▁Achâb , ▁y ▁tal aré ▁de ▁Achâb ▁todo ▁me an te ▁á ▁la ▁par ed , ▁así ▁al ▁guard ado ▁ como ▁al ▁de s am para do ▁en ▁Israel .
▁Y ▁yo ▁pondré ▁la ▁casa ▁de ▁Achâb ▁ como ▁la ▁casa ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁y ▁ como ▁la ▁casa ▁de ▁B a as a ▁hijo ▁de ▁A h ía .
▁Y ▁á ▁Je za be l ▁comerá n ▁per ro s ▁en ▁el ▁campo ▁de ▁Jezreel , ▁y ▁no ▁habrá ▁quien ▁la ▁se p u l te . ▁En ▁se gu i da ▁abr ió ▁la ▁puerta , ▁y ▁echó ▁á ▁ hu ir .
▁Y ▁ellos ▁dijeron : ▁Me n t i ra ; ▁de c l á ra nos lo ▁ahora . ▁Y ▁él ▁dijo : ▁As í ▁y ▁así ▁me ▁habló , ▁diciendo : ▁As í ▁ha ▁dicho ▁Jehová : ▁Yo ▁te ▁he ▁ungido ▁por ▁rey ▁sobre ▁Israel .
▁Entonces ▁tomaron ▁pre st amente ▁su ▁ropa , ▁y ▁p ú s o la ▁ cada ▁uno ▁debajo ▁de ▁él ▁en ▁un ▁trono ▁al to , ▁y ▁to c aron ▁corn e ta , ▁y ▁dijeron : ▁Jehú ▁es ▁rey .
▁As í ▁con j ur ó ▁Jehú ▁hijo ▁de ▁Josaphat ▁hijo ▁de ▁N im s i , ▁contra ▁Joram . ▁ ( E st aba ▁Joram ▁guarda ndo ▁á ▁Ramoth ▁de ▁Galaad ▁con ▁todo ▁Israel , ▁por ▁causa ▁de ▁Hazael ▁rey ▁de ▁Siria .
▁Entonces ▁Jehú ▁ca ba l g ó , ▁y ▁fué se ▁á ▁Jezreel , ▁por que ▁Joram ▁estaba ▁allí ▁en f er mo . ▁T ambién ▁O ch ô z ía s ▁rey ▁de ▁Judá ▁había ▁descend ido ▁á ▁visit ar ▁á ▁Joram .
▁Entonces ▁Joram ▁ v o l viendo ▁la ▁mano ▁huyó , ▁y ▁dijo ▁á ▁O ch ô z ía s : ▁ ¡ T ra i ción , ▁O ch ô z ía s !
▁Mas ▁Jehú ▁f le ch ó ▁su ▁ar co , ▁é ▁hirió ▁á ▁Joram ▁entre ▁las ▁es pa l das , ▁y ▁la ▁s a e ta ▁salió ▁por ▁su ▁corazón , ▁y ▁cayó ▁en ▁su ▁carro .
▁Y ▁sus ▁siervos ▁le ▁llev aron ▁en ▁un ▁carro ▁á ▁Jerusalem , ▁y ▁all á ▁le ▁sepulta ron ▁con ▁sus ▁padres , ▁en ▁su ▁se p u l c ro ▁en ▁la ▁ciudad ▁de ▁David .
▁En ▁el ▁un d é ci mo ▁año ▁de ▁Joram ▁hijo ▁de ▁Achâb , ▁comenzó ▁á ▁reinar ▁O ch ô z ía s ▁sobre ▁Judá .
▁Y ▁ como ▁entr aba ▁Jehú ▁por ▁la ▁puerta , ▁ella ▁dijo : ▁¿ S u c ed ió ▁bien ▁á ▁Z im ri , ▁que ▁mató ▁á ▁su ▁señor ?
▁A l z ando ▁él ▁entonces ▁su ▁rostro ▁haci a ▁la ▁ven t an a , ▁dijo : ▁¿ Quién ▁es ▁conmigo ? ▁¿ qui é n ? ▁Y ▁mira ron ▁haci a ▁él ▁dos ▁ó ▁tres ▁ e un u co s .
▁Y ▁él ▁les ▁dijo : ▁E ch ad la ▁ aba jo . ▁Y ▁ellos ▁la ▁echar on : ▁y ▁parte ▁de ▁su ▁sangre ▁fué ▁sal p i cada ▁en ▁la ▁par ed , ▁y ▁en ▁los ▁caballo s ; ▁y ▁él ▁la ▁at ro pe l l ó .
▁En t r ó ▁luego , ▁y ▁después ▁que ▁com ió ▁y ▁be b ió , ▁dijo : ▁I d ▁ahora ▁á ▁ver ▁aquella ▁mal d ita , ▁y ▁sepulta d la ; ▁que ▁es ▁hija ▁de ▁rey .
▁E mpero ▁cuando ▁fueron ▁para ▁sepulta r la , ▁no ▁halla ron ▁de ▁ella ▁más ▁que ▁la ▁ca l ave ra , ▁y ▁los ▁pie s , ▁y ▁las ▁palm as ▁de ▁las ▁manos .
▁Y ▁el ▁cuerpo ▁de ▁Je za be l ▁fué ▁cual ▁es t i é r co l ▁sobre ▁la ▁f az ▁de ▁la ▁tierra ▁en ▁la ▁heredad ▁de ▁Jezreel ; ▁de ▁manera ▁que ▁nadie ▁pu ed a ▁decir : ▁Esta ▁es ▁Je za be l .
▁Y ▁T E N Í A ▁Achâb ▁en ▁Samaria ▁setenta ▁hijos ; ▁y ▁es c ri b ió ▁let ra s ▁Jehú , ▁y ▁envió la s ▁á ▁Samaria ▁á ▁los ▁principal es ▁de ▁Jezreel , ▁á ▁los ▁ancianos ▁y ▁á ▁los ▁a y os ▁de ▁Achâb , ▁diciendo :
▁Luego ▁en ▁lleg ando ▁esta s ▁let ra s ▁á ▁vosotros ▁los ▁que ▁ten éis ▁los ▁hijos ▁de ▁vuestro ▁señor , ▁y ▁los ▁que ▁ten éis ▁carro s ▁y ▁gente ▁de ▁á ▁caballo , ▁la ▁ciudad ▁per t re ch ada , ▁y ▁las ▁arm as ,
▁Mi ra d ▁cu á l ▁es ▁el ▁mejor ▁y ▁él ▁más ▁rec to ▁de ▁los ▁hijos ▁de ▁vuestro ▁señor , ▁y ▁pon ed lo ▁en ▁el ▁trono ▁de ▁su ▁padre , ▁y ▁pe le ad ▁por ▁la ▁casa ▁de ▁vuestro ▁señor .
▁Mas ▁ellos ▁ tuvieron ▁gran ▁tem or , ▁y ▁dijeron : ▁He ▁aquí ▁dos ▁reyes ▁no ▁pu d ieron ▁re s i st ir le , ▁¿ cómo ▁le ▁re s i st i remos ▁nosotros ?
▁Y ▁ como ▁las ▁let ra s ▁llegar on ▁á ▁ellos , ▁tomaron ▁á ▁los ▁hijos ▁del ▁rey , ▁y ▁degollar on ▁setenta ▁varones , ▁y ▁pusier on ▁sus ▁cabeza s ▁en ▁can as til los , ▁y ▁en vi áronse la s ▁á ▁Jezreel .
▁S ab ed ▁ahora ▁que ▁de ▁la ▁palabra ▁de ▁Jehová ▁que ▁habló ▁sobre ▁la ▁casa ▁de ▁Achâb , ▁nada ▁ca e rá ▁en ▁tierra : ▁y ▁que ▁Jehová ▁ha ▁hecho ▁lo ▁que ▁dijo ▁por ▁su ▁siervo ▁Elías .
▁Ma t ó ▁entonces ▁Jehú ▁á ▁todos ▁los ▁que ▁habían ▁que d ado ▁de ▁la ▁casa ▁de ▁Achâb ▁en ▁Jezreel , ▁y ▁á ▁todos ▁sus ▁príncipes , ▁y ▁á ▁todos ▁sus ▁familia res , ▁y ▁á ▁sus ▁sacerdote s , ▁que ▁no ▁le ▁quedó ▁ninguno .
▁Y ▁levant óse ▁de ▁allí , ▁y ▁vino ▁á ▁Samaria ; ▁y ▁lleg ando ▁él ▁en ▁el ▁camino ▁á ▁una ▁casa ▁de ▁es qui le o ▁de ▁pa s to res ,
▁Y ▁díjole : ▁Ve n ▁conmigo , ▁y ▁ve rás ▁mi ▁ ce lo ▁por ▁Jehová . ▁P u s i é ron lo ▁pues ▁en ▁su ▁carro .
▁Y ▁luego ▁que ▁hubo ▁Jehú ▁lleg ado ▁á ▁Samaria , ▁mató ▁á ▁todos ▁los ▁que ▁habían ▁que d ado ▁de ▁Achâb ▁en ▁Samaria , ▁hast a ▁ex t ir p ar los , ▁conform e ▁á ▁la ▁palabra ▁de ▁Jehová , ▁que ▁había ▁hablado ▁por ▁Elías .
▁Y ▁junt ó ▁Jehú ▁todo ▁el ▁pueblo , ▁y ▁díjole s : ▁Achâb ▁sirv ió ▁poco ▁á ▁Baal ; ▁mas ▁Jehú ▁lo ▁servir á ▁mucho .
▁Y ▁dijo ▁Jehú : ▁S an t i f i ca d ▁un ▁día ▁so l em n e ▁á ▁Baal . ▁Y ▁ellos ▁con v o c aron .
▁Entonces ▁dijo ▁al ▁que ▁tenía ▁el ▁cargo ▁de ▁las ▁ve st id ura s : ▁S a ca ▁ve st id ura s ▁para ▁todos ▁lo ▁siervos ▁de ▁Baal . ▁Y ▁él ▁les ▁sacó ▁ve st im enta s .
▁Y ▁saca ron ▁las ▁esta tu as ▁de ▁la ▁casa ▁de ▁Baal , ▁y ▁que m á ron la s .
▁Y ▁que bra ron ▁la ▁esta tu a ▁de ▁Baal , ▁y ▁de r ri b aron ▁la ▁casa ▁de ▁Baal , ▁é ▁ hi ci é ron la ▁ n e ce s ar i a , ▁hast a ▁hoy .
▁As í ▁ex t ing u ió ▁Jehú ▁á ▁Baal ▁de ▁Israel .
▁Mas ▁Jehú ▁no ▁cu id ó ▁de ▁and ar ▁en ▁la ▁le y ▁de ▁Jehová ▁Dios ▁de ▁Israel ▁con ▁todo ▁su ▁corazón , ▁ni ▁se ▁apart ó ▁de ▁los ▁pecado s ▁de ▁Jeroboam , ▁el ▁que ▁había ▁hecho ▁pecar ▁á ▁Israel .
▁En ▁aquello s ▁días ▁comenzó ▁Jehová ▁á ▁tal ar ▁en ▁Israel : ▁é ▁hirió los ▁Hazael ▁en ▁todos ▁los ▁término s ▁de ▁Israel ,
▁De s de ▁el ▁Jordán ▁al ▁nac imiento ▁del ▁so l , ▁toda ▁la ▁tierra ▁de ▁Galaad , ▁de ▁Gad , ▁de ▁Rubén , ▁y ▁de ▁Manasés , ▁de s de ▁A ro er ▁que ▁está ▁junto ▁al ▁arroyo ▁de ▁Ar n ón , ▁á ▁Galaad ▁y ▁á ▁Basán .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Jehú , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁y ▁toda ▁su ▁va l en t ía , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Y ▁d urmió ▁Jehú ▁con ▁sus ▁padres , ▁y ▁se p u l t áronlo ▁en ▁Samaria : ▁y ▁reinó ▁en ▁su ▁lugar ▁ J o a ch â z ▁su ▁hijo .
▁El ▁tiempo ▁que ▁reinó ▁Jehú ▁sobre ▁Israel ▁en ▁Samaria , ▁fué ▁veinti o ch o ▁años .
▁Y ▁A T H A L Í A ▁madre ▁de ▁O ch ô z ía s , ▁ viendo ▁que ▁su ▁hijo ▁era ▁muerto , ▁levant óse , ▁y ▁de st r u y ó ▁toda ▁la ▁simiente ▁re al .
▁Y ▁estuv o ▁con ▁ella ▁escond ido ▁en ▁la ▁casa ▁de ▁Jehová ▁se is ▁años : ▁y ▁A th al ía ▁fué ▁re in a ▁sobre ▁el ▁país .
▁Y ▁mandó les , ▁diciendo : ▁E s to ▁es ▁lo ▁que ▁ha béis ▁de ▁hacer : ▁la ▁tercer a ▁parte ▁de ▁vosotros , ▁los ▁que ▁entr arán ▁el ▁sábado , ▁tendrá n ▁la ▁guard i a ▁de ▁la ▁casa ▁del ▁rey ;
▁Y ▁la ▁otra ▁tercer a ▁parte ▁estará ▁á ▁la ▁puerta ▁del ▁su r , ▁y ▁la ▁otra ▁tercer a ▁parte ▁á ▁la ▁puerta ▁del ▁pos t i go ▁de ▁los ▁de ▁la ▁guard i a : ▁así ▁guarda réis ▁la ▁casa , ▁para ▁que ▁no ▁sea ▁all an ada .
▁Y ▁las ▁dos ▁parte s ▁de ▁vosotros , ▁es ▁á ▁sabe r , ▁todos ▁los ▁que ▁sal en ▁el ▁sábado , ▁tendréis ▁la ▁guarda ▁de ▁la ▁casa ▁de ▁Jehová ▁junto ▁al ▁rey .
▁Y ▁el ▁sacerdote ▁dió ▁á ▁los ▁c en t ur ion es ▁las ▁pi ca s ▁y ▁los ▁es cu do s ▁que ▁habían ▁sido ▁del ▁rey ▁David , ▁que ▁estaban ▁en ▁la ▁casa ▁de ▁Jehová .
▁Y ▁ o y e ndo ▁A th al ía ▁el ▁es t r ue ndo ▁del ▁pueblo ▁que ▁cor r ía , ▁entr ó ▁al ▁pueblo ▁en ▁el ▁templo ▁de ▁Jehová ;
▁ D iéronle ▁pues ▁lugar , ▁y ▁ como ▁iba ▁el ▁camino ▁por ▁don de ▁entr an ▁los ▁de ▁á ▁caballo ▁á ▁la ▁casa ▁del ▁rey , ▁allí ▁la ▁matar on .
▁Entonces ▁ J o i ada ▁hizo ▁alianza ▁entre ▁Jehová ▁y ▁el ▁rey ▁y ▁el ▁pueblo , ▁que ▁ser ían ▁pueblo ▁de ▁Jehová : ▁y ▁a simismo ▁entre ▁el ▁rey ▁y ▁el ▁pueblo .
▁Y ▁todo ▁el ▁pueblo ▁de ▁la ▁tierra ▁hizo ▁alegr ía s , ▁y ▁la ▁ciudad ▁estuv o ▁en ▁reposo , ▁ha b iendo ▁sido ▁A th al ía ▁mu er ta ▁á ▁cuchillo ▁junto ▁á ▁la ▁casa ▁del ▁rey .
▁E ra ▁Joas ▁de ▁siete ▁años ▁cuando ▁comenzó ▁á ▁reinar .
▁E N ▁el ▁séptimo ▁año ▁de ▁Jehú ▁comenzó ▁á ▁reinar ▁Joas , ▁y ▁reinó ▁cuarenta ▁años ▁en ▁Jerusalem . ▁El ▁nombre ▁de ▁su ▁madre ▁fué ▁Si bi a , ▁de ▁Beer - se ba .
▁Y ▁Joas ▁hizo ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová ▁todo ▁el ▁tiempo ▁que ▁le ▁di ri g ió ▁el ▁sacerdote ▁ J o i ada .
▁C on ▁todo ▁es o ▁los ▁al to s ▁no ▁se ▁quitar on ; ▁que ▁aun ▁sacrific aba ▁y ▁que ma ba ▁el ▁pueblo ▁perfume s ▁en ▁los ▁al to s .
▁Re c í ba n lo ▁los ▁sacerdote s , ▁ cada ▁uno ▁de ▁sus ▁familia res , ▁y ▁re p ar en ▁los ▁por til los ▁del ▁templo ▁don de ▁ qui er a ▁que ▁se ▁halla re ▁a b er t ura .
▁P er o ▁el ▁año ▁veinti t ré s ▁del ▁rey ▁Joas , ▁no ▁habían ▁a ún ▁re para do ▁los ▁sacerdote s ▁las ▁a b er t ura s ▁del ▁templo .
▁Y ▁los ▁sacerdote s ▁con s in t ieron ▁en ▁no ▁tomar ▁más ▁dinero ▁del ▁pueblo , ▁ni ▁ten er ▁cargo ▁de ▁re para r ▁las ▁a b er t ura s ▁del ▁templo .
▁Porque ▁lo ▁d aban ▁á ▁los ▁que ▁hacía n ▁la ▁obra , ▁y ▁con ▁él ▁re p ar aban ▁la ▁casa ▁de ▁Jehová .
▁Y ▁no ▁se ▁toma ba ▁cu enta ▁á ▁los ▁hombres ▁en ▁cu y as ▁manos ▁el ▁dinero ▁era ▁entregado , ▁para ▁que ▁ellos ▁lo ▁die s en ▁á ▁los ▁que ▁hacía n ▁la ▁obra : ▁por que ▁lo ▁hacía n ▁ellos ▁f i el mente .
▁El ▁dinero ▁por ▁el ▁del i to , ▁y ▁el ▁dinero ▁por ▁los ▁pecado s , ▁no ▁se ▁me t ía ▁en ▁la ▁casa ▁de ▁Jehová ; ▁por que ▁era ▁de ▁los ▁sacerdote s .
▁Entonces ▁subió ▁Hazael ▁rey ▁de ▁Siria , ▁y ▁pe le ó ▁contra ▁Gath , ▁y ▁tomó la : ▁y ▁puso ▁Hazael ▁su ▁rostro ▁para ▁subir ▁contra ▁Jerusalem ;
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Joas , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁levant áronse ▁sus ▁siervos , ▁y ▁con s p ir aron ▁en ▁con j ura ción , ▁y ▁matar on ▁á ▁Joas ▁en ▁la ▁casa ▁de ▁Mi l lo , ▁descend iendo ▁él ▁á ▁Si l la ;
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁y ▁si gu ió ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel ; ▁y ▁no ▁se ▁apart ó ▁de ▁ellos .
▁Y ▁encendió se ▁el ▁furor ▁de ▁Jehová ▁contra ▁Israel , ▁y ▁entregó los ▁en ▁mano ▁de ▁Hazael ▁rey ▁de ▁Siria , ▁y ▁en ▁mano ▁de ▁Be n - ada d ▁hijo ▁de ▁Hazael , ▁por ▁la r go ▁tiempo .
▁Mas ▁ J o a ch â z ▁or ó ▁á ▁la ▁f az ▁de ▁Jehová , ▁y ▁Jehová ▁lo ▁oyó : ▁por que ▁miró ▁la ▁a f li c ción ▁de ▁Israel , ▁pues ▁el ▁rey ▁de ▁Siria ▁los ▁aflig ía .
▁ ( Y ▁dió ▁Jehová ▁salva dor ▁á ▁Israel , ▁y ▁salieron ▁de ▁ba jo ▁la ▁mano ▁de ▁los ▁Siros ; ▁y ▁habita ron ▁los ▁hijos ▁de ▁Israel ▁en ▁sus ▁esta n ci as , ▁ como ▁antes ▁ .
▁C on ▁todo ▁es o ▁no ▁se ▁apart aron ▁de ▁los ▁pecado s ▁de ▁la ▁casa ▁de ▁Jeroboam , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel : ▁en ▁ellos ▁and u vier on ; ▁y ▁también ▁el ▁bo s que ▁per man e ció ▁en ▁Samaria . )
▁Y ▁d urmió ▁ J o a ch â z ▁con ▁sus ▁padres , ▁y ▁se p u l t áronlo ▁en ▁Samaria : ▁y ▁reinó ▁en ▁su ▁lugar ▁Joas ▁su ▁hijo .
▁El ▁año ▁treinta ▁y ▁siete ▁de ▁Joas ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁Joas ▁hijo ▁de ▁ J o a ch â z ▁sobre ▁Israel ▁en ▁Samaria ; ▁y ▁reinó ▁die ci s éis ▁años .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová : ▁no ▁se ▁apart ó ▁de ▁todos ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel ; ▁en ▁ellos ▁and u v o .
▁Y ▁d urmió ▁Joas ▁con ▁sus ▁padres , ▁y ▁sent óse ▁Jeroboam ▁sobre ▁su ▁trono : ▁y ▁Joas ▁fué ▁sepulta do ▁en ▁Samaria ▁con ▁los ▁reyes ▁de ▁Israel .
▁Y ▁díjole ▁Eliseo : ▁Toma ▁un ▁ar co ▁y ▁una s ▁s a e ta s . ▁T om óse ▁él ▁entonces ▁un ▁ar co ▁y ▁una s ▁s a e ta s .
▁Y ▁dijo ▁Eliseo ▁al ▁rey ▁de ▁Israel : ▁P on ▁tu ▁mano ▁sobre ▁el ▁ar co . ▁Y ▁puso ▁él ▁su ▁mano ▁sobre ▁el ▁ar co . ▁Entonces ▁puso ▁Eliseo ▁sus ▁manos ▁sobre ▁las ▁manos ▁del ▁rey ,
▁Y ▁torn ó le ▁á ▁decir : ▁Toma ▁las ▁s a e ta s . ▁Y ▁luego ▁que ▁el ▁rey ▁de ▁Israel ▁las ▁hubo ▁tomado , ▁díjole : ▁Hi er e ▁la ▁tierra . ▁Y ▁él ▁hirió ▁tres ▁veces , ▁y ▁c es ó .
▁Y ▁murió ▁Eliseo , ▁y ▁se p u l t áronlo . ▁En tra do ▁el ▁año ▁vinieron ▁part i das ▁de ▁Moab itas ▁á ▁la ▁tierra .
▁Hazael ▁pues , ▁rey ▁de ▁Siria , ▁aflig ió ▁á ▁Israel ▁todo ▁el ▁tiempo ▁de ▁ J o a ch â z .
▁Y ▁murió ▁Hazael ▁rey ▁de ▁Siria , ▁y ▁reinó ▁en ▁su ▁lugar ▁Be n - ada d ▁su ▁hijo .
▁E N ▁el ▁año ▁segundo ▁de ▁Joas ▁hijo ▁de ▁ J o a ch â z ▁rey ▁de ▁Israel , ▁comenzó ▁á ▁reinar ▁A ma s ía s ▁hijo ▁de ▁Joas ▁rey ▁de ▁Judá .
▁Cuan do ▁comenzó ▁á ▁reinar ▁era ▁de ▁veinti ci n co ▁años , ▁y ▁veinti n ue v e ▁años ▁reinó ▁en ▁Jerusalem : ▁el ▁nombre ▁de ▁su ▁madre ▁fué ▁ J o ad d an , ▁de ▁Jerusalem .
▁Y ▁él ▁hizo ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová , ▁aun que ▁no ▁ como ▁David ▁su ▁padre : ▁hizo ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁había ▁hecho ▁Joas ▁su ▁padre .
▁C on ▁todo ▁es o ▁los ▁al to s ▁no ▁fueron ▁ qui t ados ; ▁que ▁el ▁pueblo ▁aun ▁sacrific aba ▁y ▁que ma ba ▁perfume s ▁en ▁los ▁al to s .
▁Y ▁luego ▁que ▁el ▁reino ▁fué ▁confirm ado ▁en ▁su ▁mano , ▁hirió ▁á ▁sus ▁siervos , ▁los ▁que ▁habían ▁muerto ▁al ▁rey ▁su ▁padre .
▁Este ▁hirió ▁a simismo ▁diez ▁mil ▁I d u me os ▁en ▁el ▁valle ▁de ▁las ▁Sal in as , ▁y ▁tomó ▁á ▁Se la ▁por ▁guerra , ▁y ▁llamó la ▁ J o c te el , ▁hast a ▁hoy .
▁Entonces ▁A ma s ía s ▁envió ▁ em ba ja do res ▁á ▁Joas , ▁hijo ▁de ▁ J o a ch â z ▁hijo ▁de ▁Jehú , ▁rey ▁de ▁Israel , ▁diciendo : ▁Ve n , ▁y ▁ve á mo nos ▁de ▁rostro .
▁Y ▁Judá ▁cayó ▁delante ▁de ▁Israel , ▁y ▁ hu y e ron ▁ cada ▁uno ▁á ▁sus ▁esta n ci as .
▁Y ▁d urmió ▁Joas ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁en ▁Samaria ▁con ▁los ▁reyes ▁de ▁Israel ; ▁y ▁reinó ▁en ▁su ▁lugar ▁Jeroboam ▁su ▁hijo .
▁Y ▁A ma s ía s ▁hijo ▁de ▁Joas ▁rey ▁de ▁Judá , ▁vivió ▁después ▁de ▁la ▁muerte ▁de ▁Joas ▁hijo ▁de ▁ J o a ch â z ▁rey ▁de ▁Israel , ▁qu in ce ▁años .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁A ma s ía s , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁E ▁hicieron ▁con s p ir ación ▁contra ▁él ▁en ▁Jerusalem , ▁y ▁él ▁huyó ▁á ▁La ch î s ; ▁mas ▁enviar on ▁tras ▁él ▁á ▁La ch î s , ▁y ▁all á ▁lo ▁matar on .
▁T ra j é ron lo ▁luego ▁sobre ▁caballo s , ▁y ▁se p u l t áronlo ▁en ▁Jerusalem ▁con ▁sus ▁padres , ▁en ▁la ▁ciudad ▁de ▁David .
▁Entonces ▁todo ▁el ▁pueblo ▁de ▁Judá ▁tomó ▁á ▁A za r ía s , ▁que ▁era ▁de ▁diez ▁y ▁se is ▁años , ▁é ▁ hi ci é ron lo ▁rey ▁en ▁lugar ▁de ▁A ma s ía s ▁su ▁padre .
▁E di f i c ó ▁él ▁á ▁El ath , ▁y ▁la ▁rest i tu y ó ▁á ▁Judá , ▁después ▁que ▁el ▁rey ▁d urmió ▁con ▁sus ▁padres .
▁El ▁año ▁qu in ce ▁de ▁A ma s ía s ▁hijo ▁de ▁Joas ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁Jeroboam ▁hijo ▁de ▁Joas ▁sobre ▁Israel ▁en ▁Samaria ; ▁y ▁reinó ▁cuarenta ▁y ▁un ▁años .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁y ▁no ▁se ▁apart ó ▁de ▁todos ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁Por ▁cuanto ▁Jehová ▁miró ▁la ▁mu y ▁am ar ga ▁a f li c ción ▁de ▁Israel ; ▁que ▁no ▁había ▁guard ado ▁ni ▁de s am para do , ▁ni ▁quien ▁die se ▁a y ud a ▁á ▁Israel ;
▁Y ▁Jehová ▁no ▁había ▁de t er mi n ado ▁ ra er ▁el ▁nombre ▁de ▁Israel ▁de ▁debajo ▁del ▁cielo : ▁por ▁tanto , ▁los ▁sal v ó ▁por ▁mano ▁de ▁Jeroboam ▁hijo ▁de ▁Joas .
▁Y ▁d urmió ▁Jeroboam ▁con ▁sus ▁padres , ▁los ▁reyes ▁de ▁Israel , ▁y ▁reinó ▁en ▁su ▁lugar ▁Z a ch â r ía s ▁su ▁hijo .
▁E N ▁el ▁año ▁veinti s i e te ▁de ▁Jeroboam , ▁rey ▁de ▁Israel , ▁comenzó ▁á ▁reinar ▁A za r ía s ▁hijo ▁de ▁A ma s ía s ▁rey ▁de ▁Judá .
▁Cuan do ▁comenzó ▁á ▁reinar ▁era ▁de ▁die ci s éis ▁años , ▁y ▁cincuenta ▁y ▁dos ▁años ▁reinó ▁en ▁Jerusalem ; ▁el ▁nombre ▁de ▁su ▁madre ▁fué ▁Je co l ía , ▁de ▁Jerusalem .
▁E ▁hizo ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová , ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁su ▁padre ▁A ma s ía s ▁había ▁hecho .
▁C on ▁todo ▁es o ▁los ▁al to s ▁no ▁se ▁quitar on ; ▁que ▁el ▁pueblo ▁sacrific aba ▁a ún ▁y ▁que ma ba ▁perfume s ▁en ▁los ▁al to s .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁A za r ía s , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁d urmió ▁A za r ía s ▁con ▁sus ▁padres , ▁y ▁se p u l t áronlo ▁con ▁sus ▁padres ▁en ▁la ▁ciudad ▁de ▁David : ▁y ▁reinó ▁en ▁su ▁lugar ▁ J oth am ▁su ▁hijo .
▁En ▁el ▁año ▁treinta ▁y ▁oc h o ▁de ▁A za r ía s ▁rey ▁de ▁Judá , ▁reinó ▁Z a ch â r ía s ▁hijo ▁de ▁Jeroboam ▁sobre ▁Israel ▁se is ▁me se s .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁ como ▁habían ▁hecho ▁sus ▁padres : ▁no ▁se ▁apart ó ▁de ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁C on tra ▁él ▁se ▁con j ur ó ▁Sal l u m ▁hijo ▁de ▁Jabes , ▁y ▁lo ▁hirió ▁en ▁presencia ▁de ▁su ▁pueblo , ▁y ▁mató lo , ▁y ▁reinó ▁en ▁su ▁lugar .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Z a ch â r ía s , ▁he ▁aquí ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel .
▁Y ▁esta ▁fué ▁la ▁palabra ▁de ▁Jehová ▁que ▁había ▁hablado ▁á ▁Jehú , ▁diciendo : ▁T u s ▁hijos ▁hast a ▁la ▁cu ar ta ▁generación ▁se ▁sent arán ▁en ▁el ▁trono ▁de ▁Israel . ▁Y ▁fué ▁así .
▁Sal l u m ▁hijo ▁de ▁Jabes ▁comenzó ▁á ▁reinar ▁en ▁el ▁año ▁treinta ▁y ▁ n ue v e ▁de ▁Uz z ía ▁rey ▁de ▁Judá , ▁y ▁reinó ▁el ▁tiempo ▁de ▁un ▁me s ▁en ▁Samaria ;
▁P ue s ▁subió ▁Ma n ah em ▁hijo ▁de ▁Gad i , ▁de ▁Th ir s a , ▁y ▁vino ▁á ▁Samaria , ▁é ▁hirió ▁á ▁Sal l u m ▁hijo ▁de ▁Jabes ▁en ▁Samaria , ▁y ▁mató lo , ▁y ▁reinó ▁en ▁su ▁lugar .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Sal l u m , ▁y ▁su ▁con j ura ción ▁con ▁que ▁con s p ir ó , ▁he ▁aquí ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel .
▁En ▁el ▁año ▁treinta ▁y ▁ n ue v e ▁de ▁A za r ía s ▁rey ▁de ▁Judá , ▁reinó ▁Ma n ah em ▁hijo ▁de ▁Gad i ▁sobre ▁Israel ▁diez ▁años , ▁en ▁Samaria .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová : ▁no ▁se ▁apart ó ▁en ▁todo ▁su ▁tiempo ▁de ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁Y ▁vino ▁P hu l ▁rey ▁de ▁As i ri a ▁á ▁la ▁tierra ; ▁y ▁dió ▁Ma n ah em ▁á ▁P hu l ▁mil ▁talent os ▁de ▁plata ▁por que ▁le ▁a y ud ar a ▁á ▁confirm ar se ▁en ▁el ▁reino .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁Ma n ah em , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel ?
▁Y ▁d urmió ▁Ma n ah em ▁con ▁sus ▁padres , ▁y ▁reinó ▁en ▁su ▁lugar ▁P e k a ía ▁su ▁hijo .
▁En ▁el ▁año ▁cincuenta ▁de ▁A za r ía s ▁rey ▁de ▁Judá , ▁reinó ▁P e k a ía ▁hijo ▁de ▁Ma n ah em ▁sobre ▁Israel ▁en ▁Samaria , ▁dos ▁años .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová : ▁no ▁se ▁apart ó ▁de ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁P e k a ía , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁he ▁aquí ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel .
▁En ▁el ▁año ▁cincuenta ▁y ▁dos ▁de ▁A za r ía s ▁rey ▁de ▁Judá , ▁reinó ▁P e k a ▁hijo ▁de ▁Re ma l ía s ▁sobre ▁Israel ▁en ▁Samaria ; ▁y ▁reinó ▁veinte ▁años .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová ; ▁no ▁se ▁apart ó ▁de ▁los ▁pecado s ▁de ▁Jeroboam ▁hijo ▁de ▁N aba t , ▁el ▁que ▁hizo ▁pecar ▁á ▁Israel .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁P e k a , ▁y ▁todo ▁lo ▁que ▁hizo , ▁he ▁aquí ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Israel .
▁En ▁el ▁segundo ▁año ▁de ▁P e k a ▁hijo ▁de ▁Re ma l ía s ▁rey ▁de ▁Israel , ▁comenzó ▁á ▁reinar ▁ J oth am ▁hijo ▁de ▁Uz z ía ▁rey ▁de ▁Judá .
▁Cuan do ▁comenzó ▁á ▁reinar ▁era ▁de ▁veinti ci n co ▁años , ▁y ▁reinó ▁die ci s éis ▁años ▁en ▁Jerusalem . ▁El ▁nombre ▁de ▁su ▁madre ▁fué ▁Je r u s a ▁hija ▁de ▁S ado c .
▁Y ▁él ▁hizo ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová ; ▁hizo ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁había ▁hecho ▁su ▁padre ▁Uz z ía .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁ J oth am , ▁y ▁todas ▁las ▁cosas ▁que ▁hizo , ▁¿ no ▁está ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁En ▁aquel ▁tiempo ▁comenzó ▁Jehová ▁á ▁enviar ▁contra ▁Judá ▁á ▁Re s í n ▁rey ▁de ▁Siria , ▁y ▁á ▁P e k a ▁hijo ▁de ▁Re ma l ía s .
▁Y ▁d urmió ▁ J oth am ▁con ▁sus ▁padres , ▁y ▁fué ▁sepulta do ▁con ▁sus ▁padres ▁en ▁la ▁ciudad ▁de ▁David ▁su ▁padre : ▁y ▁reinó ▁en ▁su ▁lugar ▁A ch â z ▁su ▁hijo .
▁E N ▁el ▁año ▁die ci s i e te ▁de ▁P e k a ▁hijo ▁de ▁Re ma l ía s , ▁comenzó ▁á ▁reinar ▁A ch â z ▁hijo ▁de ▁ J oth am ▁rey ▁de ▁Judá .
▁Cuan do ▁comenzó ▁á ▁reinar ▁A ch â z , ▁era ▁de ▁veinte ▁años , ▁y ▁reinó ▁en ▁Jerusalem ▁die ci s éis ▁años : ▁y ▁no ▁hizo ▁lo ▁rec to ▁en ▁ojos ▁de ▁Jehová ▁su ▁Dios , ▁ como ▁David ▁su ▁padre ;
▁A simismo ▁sacrific ó , ▁y ▁que m ó ▁perfume s ▁en ▁los ▁al to s , ▁y ▁sobre ▁los ▁co l l ados , ▁y ▁debajo ▁de ▁todo ▁árbol ▁ umb ro s o .
▁Entonces ▁Re s í n ▁rey ▁de ▁Siria , ▁y ▁P e k a ▁hijo ▁de ▁Re ma l ía s ▁rey ▁de ▁Israel , ▁subieron ▁á ▁Jerusalem ▁para ▁hacer ▁guerra , ▁y ▁cerca r ▁á ▁A ch â z ; ▁mas ▁no ▁pu d ieron ▁tomar la .
▁En ▁aquel ▁tiempo ▁Re s í n ▁rey ▁de ▁Siria ▁rest i tu y ó ▁El ath ▁á ▁Siria , ▁y ▁echó ▁á ▁los ▁ J ud í os ▁de ▁El ath ; ▁y ▁los ▁Siros ▁vinieron ▁á ▁El ath , ▁y ▁habita ron ▁allí ▁hast a ▁hoy .
▁Y ▁luego ▁que ▁vino ▁el ▁rey ▁de ▁Da ma s co , ▁y ▁hubo ▁visto ▁el ▁altar , ▁a cer c óse ▁el ▁rey ▁á ▁él , ▁y ▁sacrific ó ▁en ▁él ;
▁Y ▁encendió ▁su ▁holocausto , ▁y ▁su ▁presente , ▁y ▁derram ó ▁sus ▁li ba ciones , ▁y ▁esparci ó ▁la ▁sangre ▁de ▁sus ▁pa c í f i co s ▁junto ▁al ▁altar .
▁E ▁hizo ▁el ▁sacerdote ▁Uría s ▁conform e ▁á ▁todas ▁las ▁cosas ▁que ▁el ▁rey ▁A ch â z ▁le ▁mandó .
▁A simismo ▁la ▁tienda ▁del ▁sábado ▁que ▁habían ▁edifica do ▁en ▁la ▁casa , ▁y ▁el ▁pasa di zo ▁de ▁a f ue ra ▁del ▁rey , ▁mu d ólo s ▁del ▁templo ▁de ▁Jehová , ▁por ▁causa ▁del ▁rey ▁de ▁As i ri a .
▁Lo ▁de m ás ▁de ▁los ▁hecho s ▁de ▁A ch â z ▁que ▁puso ▁por ▁obra , ▁¿ no ▁está ▁todo ▁escrito ▁en ▁el ▁libr o ▁de ▁las ▁ crón i ca s ▁de ▁los ▁reyes ▁de ▁Judá ?
▁Y ▁d urmió ▁el ▁rey ▁A ch â z ▁con ▁sus ▁padres ▁y ▁fué ▁sepulta do ▁con ▁sus ▁padres ▁en ▁la ▁ciudad ▁de ▁David : ▁y ▁reinó ▁en ▁su ▁lugar ▁E z e ch î as ▁su ▁hijo .
▁E N ▁el ▁año ▁d u o d é ci mo ▁de ▁A ch â z ▁rey ▁de ▁Judá , ▁comenzó ▁á ▁reinar ▁O se as ▁hijo ▁de ▁El a ▁en ▁Samaria ▁sobre ▁Israel ; ▁y ▁reinó n ue v e ▁años .
▁E ▁hizo ▁lo ▁mal o ▁en ▁ojos ▁de ▁Jehová , ▁aun que ▁no ▁ como ▁los ▁reyes ▁de ▁Israel ▁que ▁antes ▁de ▁él ▁habían ▁sido .
▁C on tra ▁éste ▁subió ▁Sal man as ar ▁rey ▁de ▁los ▁As i ri os ; ▁y ▁O se as ▁fué ▁hecho ▁su ▁siervo , ▁y ▁pa g á ba le ▁tribu to .
▁Y ▁el ▁rey ▁de ▁As i ri a ▁part ió ▁contra ▁todo ▁el ▁país , ▁y ▁subió ▁contra ▁Samaria , ▁y ▁estuv o ▁sobre ▁ella ▁tres ▁años .
▁Porque ▁ como ▁los ▁hijos ▁de ▁Israel ▁pe ca s en ▁contra ▁Jehová ▁su ▁Dios , ▁que ▁los ▁sacó ▁de ▁tierra ▁de ▁Egipto ▁de ▁ba jo ▁la ▁mano ▁de ▁Faraón ▁rey ▁de ▁Egipto , ▁y ▁tem i es en ▁á ▁dioses ▁ajenos ,
▁Y ▁and u vi es en ▁en ▁los ▁estatuto s ▁de ▁las ▁gente s ▁que ▁Jehová ▁había ▁la n z ado ▁delante ▁de ▁los ▁hijos ▁de ▁Israel , ▁y ▁en ▁los ▁de ▁los ▁reyes ▁de ▁Israel , ▁que ▁hicieron ;
▁Y ▁se ▁levant as en ▁esta tu as ▁y ▁bo s que s ▁en ▁todo ▁co l l ado ▁al to , ▁y ▁debajo ▁de ▁todo ▁árbol ▁ umb ro s o ,
▁P ue s ▁ serv ían ▁á ▁los ▁ í do los , ▁de ▁los ▁cuales ▁Jehová ▁les ▁había ▁dicho : ▁Vosotros ▁no ▁ha béis ▁de ▁hacer ▁esto ▁ ;
▁Mas ▁ellos ▁no ▁obedec ieron , ▁antes ▁en d u re c ieron ▁su ▁ cer vi z , ▁ como ▁la ▁ cer vi z ▁de ▁sus ▁padres , ▁los ▁cuales ▁no ▁c re y e ron ▁en ▁Jehová ▁su ▁Dios .
▁Jehová ▁por ▁tanto ▁se ▁a ir ó ▁en ▁gran ▁manera ▁contra ▁Israel , ▁y ▁ qui t ólo s ▁de ▁delante ▁de ▁su ▁rostro ; ▁que ▁no ▁quedó ▁sin o ▁s ólo ▁la ▁tribu ▁de ▁Judá .
▁Mas ▁ni ▁aun ▁Judá ▁guard ó ▁los ▁mandamientos ▁de ▁Jehová ▁su ▁Dios ; ▁antes ▁and u vier on ▁en ▁los ▁estatuto s ▁de ▁Israel , ▁los ▁cuales ▁habían ▁ellos ▁hecho .
▁Y ▁de se ch ó ▁Jehová ▁toda ▁la ▁simiente ▁de ▁Israel , ▁y ▁aflig ió los , ▁y ▁entregó los ▁en ▁manos ▁de ▁s a que ado res , ▁hast a ▁echar los ▁de ▁su ▁presencia .
