/**
 * Held-out batch AN. Written on 2026-12-01 by a writer who read neither the guard's rules nor its
 * README nor the earlier batches; committed before it was measured. Styles: (1) long casus texts for the
 * casus editor by professionals from onderwijs, jeugdhulp, JGZ and gemeente; (2) clarifying questions and
 * answers in the vraagverheldering step; (3) hypotheses and "wat zie ik" cards in the analysis step;
 * (4) advice cards and the inbrenger's reaction to the advice; (5) harvested lessons and reflections on them
 * by members elsewhere in the country; (6) the facilitator's session summary with agreements and who does what.
 *
 * Labelling convention: every distinct identifying detail is labelled once, in order of first occurrence.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_AN_IDENTIFYING: readonly CorpusSentence[] = [
  // 1. Long casus texts for the casus editor
  {
    text: 'Casus groep 6, ingebracht door de intern begeleider van OBS De Regenboog in Hoogvliet. Daan (9) zit sinds de zomervakantie bij ons; hij kwam van een andere school na de scheiding van zijn ouders. Moeder, Priscilla Koster, woont met Daan en zijn zusje Liv in een kleine flat. Vader ziet hij om het weekend, maar dat loopt vaak mis: de overdracht gebeurt op het schoolplein en er wordt dan hard geschreeuwd, waar andere ouders bij staan. Sinds de herfstvakantie zien we dat Daan zich afsluit. Hij zit in de pauze alleen op het bankje, reageert nauwelijks als zijn leerkracht hem iets vraagt en zijn werk komt niet af. Twee keer heeft hij een klasgenoot geslagen zonder duidelijke aanleiding. Moeder zegt dat het thuis \'prima\' gaat en wil geen hulp van het wijkteam, omdat ze bang is dat \'ze dan de kinderen afpakken\'. Mijn vraag aan het netwerk: hoe krijgen we moeder mee zonder dat zij afhaakt, en wat kunnen wij als school in de klas doen om Daan weer veiligheid te bieden?',
    expected: [e('institution', 'OBS De Regenboog'), e('place', 'Hoogvliet'), e('name', 'Daan'), e('name', 'Priscilla Koster'), e('name', 'Liv')],
  },
  {
    text: 'Ik ben jeugdverpleegkundige bij de GGD en zie Amira El Idrissi (14 maanden) sinds haar geboorte op het consultatiebureau in Overvecht. Moeder Salma is 19, woont nog bij haar eigen moeder en heeft weinig contact met de vader van Amira. Bij de laatste drie afspraken viel op dat Amira nauwelijks was aangekomen; ze zakt nu van de P25 naar onder de P3. Moeder vertelt dat Amira \'slecht eet\' en dat ze vooral flesjes met thee krijgt omdat ze daar rustig van wordt. Oma bemoeit zich veel met de verzorging en spreekt moeder tegen waar ze bij is. Op de laatste afspraak, op 14 november, was Amira apathisch en had ze een luieruitslag die er al langer leek te zitten. Moeder was zelf ook stil en zei dat ze \'het allemaal niet meer trekt\'. Ik twijfel of dit vooral onmacht en uitputting is of dat er meer speelt. Ik wil graag meedenken over de vraag wanneer ik de huisarts en eventueel Veilig Thuis moet inschakelen en hoe ik moeder daarin meeneem.',
    expected: [e('name', 'Amira El Idrissi'), e('place', 'Overvecht'), e('name', 'Salma'), e('date', '14 november')],
  },
  {
    text: 'Vanuit het wijkteam begeleid ik sinds maart het gezin Yılmaz. Moeder Elif heeft drie kinderen: Emre (12), een dochter van 8 en een peuter van 3. Vader zit sinds vorig jaar in Turkije en er is geen contact meer. Het gezin woont aan de Aert van Nesstraat 17 en heeft een huurachterstand van bijna vier maanden; de woningcorporatie heeft een ontruimingsvonnis aangekondigd. Emre neemt thuis veel over: hij brengt zijn zusje naar school, kookt en vertaalt de brieven voor zijn moeder. Op school gaat het daardoor mis, hij is vaak te laat en valt in de les in slaap. Moeder is somber, slaapt slecht en heeft rugklachten waardoor ze haar schoonmaakwerk kwijt is. Ze is trots en vraagt niet snel om hulp, maar tegen mij zei ze laatst dat ze soms niet weet waarom ze nog opstaat. Ik wil de schulden en de woning aanpakken, maar ik maak me vooral zorgen om Emre. Hoe zorgen we dat hij weer kind mag zijn zonder dat moeder zich aangevallen voelt?',
    expected: [e('name', 'Yılmaz'), e('name', 'Elif'), e('name', 'Emre'), e('street_address', 'Aert van Nesstraat 17')],
  },
  {
    text: 'Als leerplichtambtenaar van de gemeente Súdwest-Fryslân kreeg ik een melding van CSG Bogerman over Sietske de Jong, 15 jaar, derde klas havo. Ze heeft dit schooljaar al 46 uur ongeoorloofd verzuimd en de laatste twee weken is ze helemaal niet meer gekomen. Ik ben op huisbezoek geweest in Workum. Vader werkt als vrachtwagenchauffeur en is door de week weg; moeder was er niet, volgens Sietske ligt die \'veel op bed\'. Sietske zelf was vriendelijk maar gesloten. Ze vertelde dat ze misselijk wordt als ze aan school denkt en dat ze in de klas wordt uitgelachen om haar gewicht, onder meer in een appgroep. De mentor, meneer Haitsma, herkent het pesten maar zegt dat hij er \'niets van heeft gezien\'. Ik wil voorkomen dat dit een proces-verbaal wordt, want ik denk niet dat straffen hier helpt. Wat is een goede volgende stap, wie moet er aan tafel en hoe houden we Sietske in beeld?',
    expected: [e('place', 'Súdwest-Fryslân'), e('institution', 'CSG Bogerman'), e('name', 'Sietske de Jong'), e('place', 'Workum'), e('name', 'Haitsma')],
  },
  {
    text: 'Ik werk als ambulant hulpverlener bij Timon en heb sinds een half jaar Kevin en zijn moeder in begeleiding. Kevin is 11 en heeft de diagnose ADHD en een vermoeden van een hechtingsstoornis. Hij woont met moeder Chantal Verbeek in Almere Buiten; zijn biologische vader is onbekend. In de afgelopen maanden is Kevin drie keer van huis weggelopen, de laatste keer was hij tot half twee \'s nachts zoek en heeft de politie hem gevonden bij het station. Moeder reageert dan met boosheid en zegt dingen als \'ik heb geen zin meer in je\'. Tegelijk is ze heel betrokken: ze komt naar elke afspraak en wil echt dat het beter gaat. Er is een nieuwe partner, Ricardo, die er sinds de zomer bij woont en volgens Kevin \'altijd schreeuwt\'. Ik weet niet goed hoe ik de rol van Ricardo moet inschatten. Mijn vraag: hoe breng ik de veiligheid thuis goed in kaart zonder dat moeder het contact verbreekt?',
    expected: [e('institution', 'Timon'), e('name', 'Kevin'), e('name', 'Chantal Verbeek'), e('place', 'Almere Buiten'), e('name', 'Ricardo')],
  },
  {
    text: 'Casus vanuit kinderdagverblijf De Boefjes. Het gaat om Noah (2 jaar en 8 maanden), die vier dagen per week bij ons op de peutergroep komt. Sinds een paar weken zien we blauwe plekken op zijn bovenarmen en een keer een schaafwond op zijn wang. Vader Marco brengt hem meestal en zegt dat Noah \'een wildebras\' is die steeds valt. Moeder Demi zien we zelden; als ze Noah ophaalt, oogt ze gehaast en schrikt ze als we haar aanspreken. Noah zelf is veranderd. Hij was een vrolijk, druk jongetje en nu kruipt hij weg als er een man op de groep komt, ook bij onze stagiair. Hij eet gulzig aan het begin van de dag. Onze leidinggevende heeft de meldcode opengeslagen en wij hebben alles vastgelegd, maar we twijfelen of we eerst met de ouders moeten praten of direct advies moeten vragen. Ouders hebben laten weten dat ze Noah misschien naar een ander kinderdagverblijf in Zoetermeer doen.',
    expected: [e('institution', 'De Boefjes'), e('name', 'Noah'), e('name', 'Marco'), e('name', 'Demi'), e('place', 'Zoetermeer')],
  },
  {
    text: 'Ik ben zorgcoördinator op het Wellant College en breng Yonas in, een jongen van 16 uit Eritrea die twee jaar geleden via gezinshereniging naar Nederland kwam. Hij woont met zijn oom Tesfaye Gebremedhin in een portiekwoning in Lelystad, zijn ouders zitten nog in een kamp in Ethiopië. Yonas is slim en leert snel Nederlands, maar sinds de kerst is hij erg afwezig. Hij heeft hoofdpijn, slaapt slecht en vertelde zijn mentor dat hij \'steeds de boot ziet\'. Hij heeft een bijbaan in een distributiecentrum en werkt ook doordeweeks tot laat, omdat hij geld naar zijn familie wil sturen. Oom zegt dat het goed gaat en dat Yonas \'sterk is\'. Er is geen voogd meer sinds hij bij oom woont. De vraag aan de groep: hoe kunnen we Yonas toeleiden naar traumahulp die past bij zijn cultuur, zonder dat hij zijn werk en daarmee zijn rol in de familie kwijtraakt?',
    expected: [e('institution', 'Wellant College'), e('name', 'Yonas'), e('name', 'Tesfaye Gebremedhin'), e('place', 'Lelystad')],
  },
  {
    text: 'Casus van de jeugdarts. Op het PGO-spreekuur in groep 7 zag ik op 3 oktober Bo van Rijswijk, geboren 12-05-2014, woonachtig in Nijkerk. De aanleiding was overgewicht: Bo is in twee jaar tijd sterk in gewicht toegenomen. In het gesprek vertelde ze dat ze \'s avonds vaak alleen thuis is omdat haar moeder in de nachtdienst werkt in het ziekenhuis, en dat ze dan zelf iets pakt uit de vriezer. Vader is uit beeld. Bo maakte een opgewekte indruk, maar toen ik vroeg naar vriendinnen werd ze stil en zei ze dat niemand met haar wil spelen. Op de vragenlijst scoort ze hoog op emotionele problemen. Moeder Sandra belde later en was geïrriteerd: \'Ze is gewoon een beetje mollig, daar hoeft de GGD zich niet mee te bemoeien.\' Ik wil het contact met moeder herstellen. Hoe bespreek ik het gewicht en het alleen zijn zonder dat moeder zich beschuldigd voelt?',
    expected: [e('date', '3 oktober'), e('name', 'Bo van Rijswijk'), e('birth_date', '12-05-2014'), e('place', 'Nijkerk'), e('name', 'Sandra')],
  },
  {
    text: 'Als jeugdbeschermer bij de William Schrikker Stichting heb ik sinds de zomer de ondertoezichtstelling van Jayden Pinas (7). Jayden woont bij zijn moeder Rachelle in Amsterdam Zuidoost; moeder heeft een licht verstandelijke beperking. Het dossiernummer bij de rechtbank is C/13/741028. De OTS werd uitgesproken na een zorgmelding over verwaarlozing: er was geen eten in huis en Jayden kwam vaak in vieze kleren op school. Oma, die in de buurt woont, helpt veel mee, maar ze heeft zelf COPD en kan niet alles opvangen. Sinds de OTS is er een gezinshuis ingeschakeld voor de woensdagmiddag en zien we vooruitgang. Nu wil moeder een nieuwe vriend laten intrekken die een strafblad heeft vanwege geweld. Moeder ziet het probleem niet. Ik vraag me af hoe ik hierover een gesprek voer dat moeder begrijpt, en welke voorwaarden ik kan stellen zonder meteen een uithuisplaatsing te moeten overwegen.',
    expected: [e('institution', 'William Schrikker Stichting'), e('name', 'Jayden Pinas'), e('name', 'Rachelle'), e('place', 'Amsterdam Zuidoost'), e('client_number', 'C/13/741028')],
  },
  {
    text: 'Schoolmaatschappelijk werk, Basisschool De Wilgenhof. Ik breng de zorg in om Rocco (8) en Fenna (6). De ouders zitten midden in een vechtscheiding. Vader, Ronald Brouwer, heeft ons een e-mail gestuurd vanaf r.brouwer1979@gmail.com waarin hij eist dat wij moeder geen informatie meer geven over de kinderen. Moeder heeft een advocaat ingeschakeld en dreigt met een klacht als wij haar \'buitensluiten\'. Beide ouders hebben gezag. De kinderen worden heen en weer geslingerd: Rocco weigert nu naar vader te gaan en zegt dat hij daar \'niks mag\', Fenna huilt elke ochtend bij het afscheid. De leerkracht van Fenna krijgt van beide ouders lange appjes. Het team raakt uitgeput en er ontstaan discussies in de koffiekamer over wie er gelijk heeft. Mijn vraag: hoe bewaken we als school onze neutrale positie en hoe zorgen we dat de kinderen zelf ergens hun verhaal kwijt kunnen?',
    expected: [e('institution', 'Basisschool De Wilgenhof'), e('name', 'Rocco'), e('name', 'Fenna'), e('name', 'Ronald Brouwer'), e('email', 'r.brouwer1979@gmail.com')],
  },
  {
    text: 'Ik ben consulent jeugd bij de gemeente Enschede en heb een aanvraag voor een pgb voor Storm Nijhuis, 13 jaar, met autisme en een angststoornis. Storm zit sinds anderhalf jaar thuis; er is nog geen passende school gevonden. Moeder Ilse heeft haar baan opgezegd om voor Storm te zorgen en vraagt nu een pgb aan om zichzelf als zorgverlener te laten betalen. Het gezin woont in Glanerbrug. Vader is vorig jaar overleden. Storm gaat alleen naar buiten met de hond en gamet verder de hele dag. In het keukentafelgesprek op 22 januari werd duidelijk dat moeder uitgeput is en nauwelijks nog een eigen leven heeft. Tegelijk is ze de enige bij wie Storm zich veilig voelt. Ik twijfel of een pgb voor moeder de situatie niet juist vastzet. Hoe kijk ik naar zo\'n aanvraag, welke alternatieven zijn er, en hoe bespreek ik dat met een moeder die zo veel heeft verloren?',
    expected: [e('place', 'Enschede'), e('name', 'Storm Nijhuis'), e('name', 'Ilse'), e('place', 'Glanerbrug'), e('date', '22 januari')],
  },
  {
    text: 'Casus ingebracht door een mentor van het Stedelijk Gymnasium. Het betreft Sophie Willemsen (15), 4 vwo, een uitstekende leerling met allemaal achten en negens. Een klasgenoot kwam vorige week naar mij toe omdat Sophie foto\'s van snijwonden op haar onderarm had gedeeld in een besloten Instagram-account. Toen ik Sophie erop aansprak, ontkende ze eerst en daarna smeekte ze me om het niet aan haar ouders te vertellen. Haar vader is predikant in Barneveld en de verwachtingen thuis zijn hoog, zegt ze. Moeder werkt als lerares op een andere school. Sophie heeft ingestemd met een gesprek met de schoolpsycholoog, mevrouw Van Dalen, maar ze blijft erbij dat ouders er niets van mogen weten. Ik zit met het beroepsgeheim en met mijn eigen onrust: wat als het erger wordt? Wanneer moet ik ouders informeren, en hoe doe ik dat zo dat ik Sophie niet kwijtraak?',
    expected: [e('institution', 'Stedelijk Gymnasium'), e('name', 'Sophie Willemsen'), e('place', 'Barneveld'), e('name', 'Van Dalen')],
  },
  {
    text: 'Vanuit het CJG Rijnmond breng ik de situatie van baby Hoop in. Hoop is geboren op 2 september 2025 met een te laag geboortegewicht na een zwangerschap waarin moeder, Kimberley Smit, methadon gebruikte. Na zes weken ziekenhuis is Hoop thuisgekomen, bij moeder en haar partner in Vlaardingen. Het gezin staat onder begeleiding van de verslavingszorg en er komt twee keer per week een kraamverzorgende. Moeder is liefdevol en doet haar best, maar mist afspraken bij het consultatiebureau en vergeet voedingen als ze moe is. Haar partner werkt in de haven in ploegendienst. De buurvrouw belde het CJG omdat ze de baby \'urenlang\' hoort huilen. Moeder zegt dat Hoop nu eenmaal een huilbaby is. Mijn vraag: hoe houden we goed zicht op de veiligheid van Hoop, welke partijen moeten samenwerken, en hoe voorkomen we dat moeder zich gecontroleerd voelt en daardoor juist terugtrekt?',
    expected: [e('institution', 'CJG Rijnmond'), e('name', 'Hoop'), e('birth_date', '2 september 2025'), e('name', 'Kimberley Smit'), e('place', 'Vlaardingen')],
  },
  {
    text: 'Casus van de wijkagent, ingebracht via het zorg- en veiligheidshuis. Ik ken Mohamed Bakkali (17) al sinds hij een jaar of twaalf is; hij hangt met een groep jongens rond het winkelcentrum in Kanaleneiland. Sinds de zomer zie ik hem met dure kleding en een nieuwe scooter, terwijl zijn vader in de WW zit en het gezin van een minimuminkomen rondkomt. Zijn jongere broertje Ilias (13) loopt steeds vaker met de groep mee. Er zijn signalen dat de jongens worden ingezet als koerier voor drugs. Moeder Fatima heeft me een keer aangesproken bij de moskee en gezegd dat ze bang is voor haar zoons, maar dat vader niet wil dat er \'instanties\' komen. Ik wil vooral Ilias uit die groep houden voordat het te laat is. Hoe bouw ik samen met jongerenwerk en school een aanpak op, en hoe kom ik met vader in gesprek?',
    expected: [e('name', 'Mohamed Bakkali'), e('place', 'Kanaleneiland'), e('name', 'Ilias'), e('name', 'Fatima')],
  },
  {
    text: 'Ik ben pedagogisch medewerker op BSO Het Speelkwartier en wil de situatie van Sky (9) bespreken. Sky komt drie middagen per week. Ze is een stil meisje dat vooral tekent, maar de laatste maanden maakt ze tekeningen van een huis met een zwarte wolk erboven en een klein poppetje in de kast. Toen een collega vroeg wie dat was, zei Sky: \'Dat ben ik als papa boos is.\' Vader, Martijn Hoekstra, haalt haar op donderdag op en is altijd vriendelijk en charmant tegen ons. Moeder werkt fulltime en komt zelden. Sky wil op donderdag niet naar huis en verstopt zich dan in de gang. Wij zijn geen hulpverleners en we weten niet goed wat we met zo\'n uitspraak moeten. Onze locatiemanager, Petra van Schaik, wil eerst met de ouders praten, maar ik ben bang dat Sky daar last van krijgt. Hoe gaan we hier zorgvuldig mee om en wie kunnen we om advies vragen?',
    expected: [e('institution', 'BSO Het Speelkwartier'), e('name', 'Sky'), e('name', 'Martijn Hoekstra'), e('name', 'Petra van Schaik')],
  },
  {
    text: 'Als POH-GGZ jeugd bij een huisartsenpraktijk in Zwolle zie ik sinds januari Oksana Kovalenko, 14 jaar, gevlucht uit Charkiv met haar moeder en grootmoeder. Vader is in Oekraïne gebleven en vecht aan het front. Oksana zit op een ISK-klas en spreekt goed Engels. Ze komt met klachten van buikpijn en paniekaanvallen, vooral \'s nachts bij het geluid van vliegtuigen. Moeder Natalia werkt in een kas en is vaak pas laat thuis, oma spreekt alleen Oekraïens en Russisch. Oksana zorgt voor oma en volgt elke dag het nieuws op Telegram. Ze wil niet praten over haar vader, want \'als ik erover praat, gebeurt er iets\'. Ik heb maar vijf gesprekken en het wachtlijst voor de specialistische GGZ is lang. Mijn vraag is: wat kan ik in die korte tijd doen om Oksana te stabiliseren, en welke steun is er in de gemeente voor Oekraïense gezinnen?',
    expected: [e('place', 'Zwolle'), e('name', 'Oksana Kovalenko'), e('place', 'Charkiv'), e('name', 'Natalia')],
  },
  {
    text: 'Ik ben gezinsvoogd bij Jeugdbescherming Brabant en breng Mees van den Heuvel (10) in. Mees is een halfjaar geleden uit huis geplaatst bij een pleeggezin in Veghel, na ernstige huiselijk geweld tussen de ouders. Moeder woont nu in een opvang, vader heeft een contactverbod. Mees doet het in het pleeggezin redelijk, maar na elk bezoek van moeder is hij dagenlang ontregeld en slaat hij de pleegzus. Pleegmoeder, Anja Schepers, belde me afgelopen week om tien uur \'s avonds op 06-41829375 met de vraag of ze dit nog wel volhoudt. Moeder wil meer omgang en dreigt met een advocaat. Mees zegt zelf dat hij \'mama mist maar niet wil dat ze huilt\'. Ik sta tussen het belang van de band met moeder en de stabiliteit in het pleeggezin. Hoe bepaal ik wat Mees nu nodig heeft, en hoe ondersteun ik pleegmoeder zodat deze plaatsing niet ook nog breekt?',
    expected: [e('institution', 'Jeugdbescherming Brabant'), e('name', 'Mees van den Heuvel'), e('place', 'Veghel'), e('name', 'Anja Schepers'), e('phone', '06-41829375')],
  },
  {
    text: 'Casus ingebracht door de IB\'er van basisschool Al Wafa in Tilburg. Hodan Abdi Warsame zit in groep 4 en is 7 jaar. Ze woont met haar moeder en vijf broers en zussen aan de Ringbaan-Oost 204, 5013 CD Tilburg, in een driekamerwoning. Moeder spreekt weinig Nederlands; de oudste dochter, Ayaan, vertaalt meestal. Hodan heeft al drie maanden luizen die steeds terugkomen, ze heeft vaak geen ontbijt gehad en haar tanden zijn slecht. In de klas is ze vrolijk en behulpzaam, maar ze loopt een jaar achter met lezen. Moeder komt wel naar gesprekken, maar knikt vooral en er verandert daarna weinig. We vermoeden dat ze overvraagd is en misschien ook financiële problemen heeft. Onze vraag: hoe maken we echt contact met moeder, bij voorkeur met een tolk of sleutelpersoon, en hoe voorkomen we dat alles via Ayaan gaat, die zelf pas 14 is?',
    expected: [e('institution', 'Al Wafa'), e('place', 'Tilburg'), e('name', 'Hodan Abdi Warsame'), e('street_address', 'Ringbaan-Oost 204'), e('postcode', '5013 CD'), e('name', 'Ayaan')],
  },
  {
    text: 'Vanuit onze leefgroep De Horizon breng ik Senna in, 15 jaar, clientnummer 20418836. Senna woont sinds vier maanden bij ons na een crisisplaatsing. Daarvoor woonde ze bij haar vader; moeder is verslaafd en woont in een andere stad. Senna is slim en grappig, maar ze gaat steeds vaker \'s nachts weg en komt dan onder invloed terug. Ze heeft contact met een oudere jongen, die zich Dean noemt, en ze krijgt van hem cadeaus en een nieuwe telefoon. We vermoeden loverboyproblematiek. Senna ontkent alles en zegt dat Dean \'de enige is die echt om me geeft\'. Onze gedragswetenschapper wil een gesloten plaatsing overwegen, maar ik ben bang dat we Senna dan helemaal kwijt zijn. Hoe kunnen we haar beschermen, welke signalen moeten we delen met de politie, en hoe behouden we de relatie met haar?',
    expected: [e('institution', 'De Horizon'), e('name', 'Senna'), e('client_number', '20418836'), e('name', 'Dean')],
  },
  {
    text: 'Ik ben klantmanager bij de gemeente Assen en breng het gezin Alhassan in. Vader, moeder en vier kinderen zijn in 2019 uit Aleppo gevlucht en hebben nu een sociale huurwoning in de wijk. De oudste zoon, Omar, is 17 en wil stoppen met school om te werken; vader is het daar mee eens omdat de uitkering niet genoeg is. Bij de aanvraag bijzondere bijstand voor Omar, BSN 390996038, kwam naar voren dat er grote schulden zijn bij familie in Turkije. Moeder heeft migraine en is vaak dagen op bed; dochter Lina (12) neemt dan het huishouden over en is veel van school afwezig. Vader vindt dat de dochters thuis moeten helpen en spreekt zich uit tegen hulp \'van buiten\'. Ik merk dat ik vastloop tussen respect voor de cultuur van het gezin en mijn zorgen over Lina. Hoe kan ik vader betrekken, en wie in het netwerk kan helpen?',
    expected: [e('place', 'Assen'), e('name', 'Alhassan'), e('place', 'Aleppo'), e('name', 'Omar'), e('bsn', '390996038'), e('name', 'Lina')],
  },
  {
    text: 'Casus vanuit de VVE-peutergroep Kleine Beer in de Schilderswijk. Mei Ling Chen (3) komt sinds september bij ons. Ze spreekt thuis Mandarijn en zegt op de groep nog helemaal niets, ook niet in haar eigen taal tegen haar vader. Ouders hebben een restaurant en werken zeven dagen per week; Mei Ling wordt vaak door een oom gebracht die alleen kort knikt. Bij het overdrachtsgesprek vertelde vader, Wei Chen, dat Mei Ling thuis wel praat, maar alleen tegen haar oma, die in China woont en met wie ze elke avond videobelt. Onze pedagogisch coach, Fatma Doğan, denkt aan selectief mutisme, ik denk eerder aan weinig taalaanbod en verlegenheid. Mei Ling speelt veel alleen en huilt als ze geknuffeld wordt. Ouders willen geen onderzoek, want \'ze komt vanzelf wel\'. Hoe bepalen wij wat hier nodig is, en hoe kunnen we ouders overtuigen om mee te werken?',
    expected: [e('institution', 'Kleine Beer'), e('place', 'Schilderswijk'), e('name', 'Mei Ling Chen'), e('name', 'Wei Chen'), e('name', 'Fatma Doğan')],
  },
  {
    text: 'Ik werk als leerkracht op SO De Maasoever in Venlo en breng Jurre in, 9 jaar, met een verstandelijke beperking en epilepsie. Jurre woont met zijn moeder, K. Kowalska, en zijn stiefvader in een caravan op een camping in Blerick; het gezin is vorig jaar uit hun huurhuis gezet. Moeder komt oorspronkelijk uit Polen en werkt via een uitzendbureau in een slachterij. Jurre komt vaak moe en hongerig op school, zijn medicatie wordt niet altijd gegeven en hij heeft twee keer een aanval in de klas gehad. De taxi haalt hem op bij de slagboom van de camping, waar hij soms al om zeven uur \'s ochtends alleen staat te wachten. Moeder is moeilijk bereikbaar en reageert niet op de brieven in Parnassys. Ik weet niet of dit een woonprobleem is of verwaarlozing. Welke stappen kan ik als school zetten en wie moet hier de regie nemen?',
    expected: [e('institution', 'SO De Maasoever'), e('place', 'Venlo'), e('name', 'Jurre'), e('initials', 'K. Kowalska'), e('place', 'Blerick')],
  },

  // 2. Clarifying questions and answers (vraagverheldering)
  { text: 'Vraag: wie is er thuis het aanspreekpunt? Antwoord: meestal oma, mevrouw Pattiradjawane, de moeder van vader.', expected: [e('name', 'Pattiradjawane')] },
  { text: 'Hoe oud is Joy precies en sinds wanneer zit ze op deze school?', expected: [e('name', 'Joy')] },
  { text: 'Joy is net 11 geworden, ze is in groep 5 ingestroomd vanuit een school in Paramaribo.', expected: [e('name', 'Joy'), e('place', 'Paramaribo')] },
  { text: 'Weet vader van de melding? — Ja, ik heb Erik zelf gebeld op de dag van de melding, hij was heel boos.', expected: [e('name', 'Erik')] },
  { text: 'Is er al een hulpverlener betrokken? Ja, vanuit Karakter zit er een psycholoog op, Maartje Bos.', expected: [e('institution', 'Karakter'), e('name', 'Maartje Bos')] },
  { text: 'Wat zegt Kofi er zelf over? Hij zegt dat hij liever bij zijn tante in Amsterdam-Noord woont.', expected: [e('name', 'Kofi'), e('place', 'Amsterdam-Noord')] },
  { text: 'Vraag van Harm: heeft moeder zelf ooit hulp gehad? Antwoord Naomi: ja, als tiener zat ze in een gezinshuis.', expected: [e('name', 'Harm'), e('name', 'Naomi')] },
  { text: 'Heeft Lucas broers of zussen? — Een halfbroer, Tim, die bij zijn vader woont. Ze zien elkaar bijna nooit.', expected: [e('name', 'Lucas'), e('name', 'Tim')] },
  { text: 'Wanneer was het laatste gesprek met de ouders? Dat was op 9 december, met de mentor erbij.', expected: [e('date', '9 december')] },
  { text: 'Wie heeft het gezag? Alleen moeder. Vader, Giovanni Esposito, heeft de erkenning nooit geregeld.', expected: [e('name', 'Giovanni Esposito')] },
  { text: 'Gaat Ayşe naar een club of vereniging? Ja, ze turnt bij Olympia Haarlem, twee keer per week.', expected: [e('name', 'Ayşe'), e('institution', 'Olympia Haarlem')] },
  { text: 'Is de zorg van school ook bij de huisarts bekend? Ik weet het niet, de praktijk van dokter Verhagen heeft nog niet teruggebeld.', expected: [e('name', 'Verhagen')] },
  { text: 'Kun je iets meer vertellen over de opvoedstijl? Antwoord: moeder Nathalie is heel streng, alles gaat volgens een schema op de koelkast.', expected: [e('name', 'Nathalie')] },
  { text: 'Wie zijn de belangrijke mensen voor Dirk? Zijn opa en de trainer van de jo13, meneer Van Wijk.', expected: [e('name', 'Dirk'), e('name', 'Van Wijk')] },
  { text: 'Waar woont het gezin nu? Tijdelijk bij een vriendin van moeder, Lansinkweg 8 in Hengelo. Daarvoor in de opvang.', expected: [e('street_address', 'Lansinkweg 8'), e('place', 'Hengelo')] },
  { text: 'Vraag: hoe gaat het met eten? Antwoord: Aziz eet op school niets, zijn broodtrommel komt dicht terug.', expected: [e('name', 'Aziz')] },
  { text: 'Is er een dossiernummer bij Veilig Thuis? Ja, het advies staat onder nummer VT-2025-08812.', expected: [e('client_number', 'VT-2025-08812')] },
  { text: 'Wat zijn de sterke kanten van Milou? Ze kan heel goed met jongere kinderen omgaan en ze tekent prachtig.', expected: [e('name', 'Milou')] },
  { text: 'Heb je contact met de vorige school? Ja, de IB\'er van De Klimop in Oss, Annemiek, heeft het OPP gestuurd.', expected: [e('institution', 'De Klimop'), e('place', 'Oss'), e('name', 'Annemiek')] },
  { text: 'Kan ik vader rechtstreeks bereiken? Hij gaf zijn nummer, 06-17264930, maar neemt bijna nooit op.', expected: [e('phone', '06-17264930')] },
  { text: 'Vraag van Roos: waar is Wesley bang voor? Ik denk voor het moment dat zijn stiefvader thuiskomt.', expected: [e('name', 'Roos'), e('name', 'Wesley')] },
  { text: 'Hoe is de relatie tussen de zusjes? Elin en Nova hebben veel ruzie, maar Nova zoekt Elin wel op als ze verdrietig is.', expected: [e('name', 'Elin'), e('name', 'Nova')] },

  // 3. Hypotheses and "wat zie ik" cards (analysis)
  { text: 'Wat ik zie: Tygo is de laatste weken veel stiller en zit vaak met zijn capuchon op in de klas.', expected: [e('name', 'Tygo')] },
  { text: 'Hypothese: het wegblijven van Sara heeft te maken met de nieuwe vriend van moeder.', expected: [e('name', 'Sara')] },
  { text: 'Ik zie een moeder die alles alleen wil doen. Mevrouw Boateng vraagt nooit om hulp, ook niet als het zichtbaar niet lukt.', expected: [e('name', 'Boateng')] },
  { text: 'Misschien voelt Youssef zich verantwoordelijk voor zijn moeder sinds vader naar Marokko is vertrokken.', expected: [e('name', 'Youssef')] },
  { text: 'Wat zie ik: Lotte lacht als ze over thuis praat, maar haar verhalen kloppen niet met wat oma vertelt.', expected: [e('name', 'Lotte')] },
  { text: 'Hypothese 2: de school in Kerkrade heeft de zorg rond Jesse nooit overgedragen, waardoor we opnieuw beginnen.', expected: [e('place', 'Kerkrade'), e('name', 'Jesse')] },
  { text: 'Ik zie dat opa Vos een stabiele factor is: hij haalt de kinderen elke dag op en kookt op woensdag.', expected: [e('name', 'Vos')] },
  { text: 'Zou het kunnen dat Saar ADD heeft en dat niemand dat heeft opgemerkt omdat ze zo lief is?', expected: [e('name', 'Saar')] },
  { text: 'Wat ik zie: de familie Kaya staat er alleen voor, er is geen netwerk in Nederland behalve een neef in Deventer.', expected: [e('name', 'Kaya'), e('place', 'Deventer')] },
  { text: 'Hypothese: Milan test de grenzen bij juf Esther omdat zij als enige echt consequent is.', expected: [e('name', 'Milan'), e('name', 'Esther')] },
  { text: 'Ik zie een jongen die sinds het overlijden van zijn broer Sem op 14 augustus niet meer speelt.', expected: [e('name', 'Sem'), e('date', '14 augustus')] },
  { text: 'Wat zie ik: Fleur komt elke maandag moe op school na het weekend bij vader in Heerhugowaard.', expected: [e('name', 'Fleur'), e('place', 'Heerhugowaard')] },
  { text: 'Hypothese: Anouar wordt thuis geslagen. Ik baseer dat op de plekken op zijn rug die de gymdocent zag.', expected: [e('name', 'Anouar')] },
  { text: 'Ik vermoed dat de spanningen bij Dewi thuis te maken hebben met geldzorgen, moeder werkt sinds kort niet meer in de supermarkt in Ede.', expected: [e('name', 'Dewi'), e('place', 'Ede')] },
  { text: 'Wat ik zie: Luuk en Thijs worden door hun vader tegen elkaar uitgespeeld.', expected: [e('name', 'Luuk'), e('name', 'Thijs')] },
  { text: 'Misschien kan Ibrahim zijn verhaal beter kwijt bij de jongerenwerker van Buurtwerk Het Anker dan bij ons.', expected: [e('name', 'Ibrahim'), e('institution', 'Buurtwerk Het Anker')] },
  { text: 'Kaart: ik zie dat J. pas opbloeit als hij met zijn handen bezig is, bijvoorbeeld in de moestuin.', expected: [e('initials', 'J.')] },
  { text: 'Hypothese: moeder, mevrouw Rahimi, heeft zelf trauma uit Afghanistan en herkent daardoor de angst van haar zoon niet.', expected: [e('name', 'Rahimi')] },
  { text: 'Ik zie dat Isa zich veilig voelt bij de conciërge, Henk, en daar in de pauze vaak zit.', expected: [e('name', 'Isa'), e('name', 'Henk')] },
  { text: 'Wat ik zie: sinds de verhuizing naar Leeuwarden-Heechterp heeft Jelle geen vriendjes meer.', expected: [e('place', 'Leeuwarden-Heechterp'), e('name', 'Jelle')] },
  { text: 'Hypothese: Gabriela voelt zich niet gezien omdat haar ouders al hun energie in haar zieke broertje Lucas steken.', expected: [e('name', 'Gabriela'), e('name', 'Lucas')] },
  { text: 'Ik zie dat de lijnen tussen Lentis en het wijkteam erg lang zijn, niemand belt elkaar.', expected: [e('institution', 'Lentis')] },

  // 4. Advice cards and the inbrenger's reaction
  { text: 'Advies: bel eerst met de gezinsvoogd, Marloes de Boer, voordat je een nieuw gesprek met moeder plant.', expected: [e('name', 'Marloes de Boer')] },
  { text: 'Mijn advies is om Bilal een vaste tussenpersoon te geven op school, iemand die hij zelf kiest.', expected: [e('name', 'Bilal')] },
  { text: 'Reactie inbrenger: goed idee, ik ga dit voorleggen aan de directeur van De Zonnewijzer.', expected: [e('institution', 'De Zonnewijzer')] },
  { text: 'Advies van Bart: schakel het Sociaal Team Zaandam Oost in, zij kennen het gezin al van eerder.', expected: [e('name', 'Bart'), e('institution', 'Sociaal Team Zaandam Oost')] },
  { text: 'Probeer met Nadia een signalenplan te maken waarin zij zelf aangeeft wanneer het te veel wordt.', expected: [e('name', 'Nadia')] },
  { text: 'Reactie: dat hebben we al geprobeerd, maar meneer Van der Linden kwam toen niet opdagen.', expected: [e('name', 'Van der Linden')] },
  { text: 'Advies: vraag een consult aan bij het expertiseteam van Samenwerkingsverband Passend Onderwijs Zuid-Kennemerland.', expected: [e('institution', 'Samenwerkingsverband Passend Onderwijs Zuid-Kennemerland')] },
  { text: 'Zorg dat Chiara niet steeds haar verhaal opnieuw hoeft te vertellen; leg het één keer vast met haar erbij.', expected: [e('name', 'Chiara')] },
  { text: 'Reactie van Jolanda: dit advies helpt me, ik ga donderdag bij oma Trijntje langs om het netwerk in kaart te brengen.', expected: [e('name', 'Jolanda'), e('name', 'Trijntje')] },
  { text: 'Advies: laat Mustafa bij de eerstvolgende afspraak een vriend meenemen, dat verlaagt de drempel.', expected: [e('name', 'Mustafa')] },
  { text: 'Overweeg een gesprek met de huisarts van het gezin in Bunschoten over de medicatie van moeder.', expected: [e('place', 'Bunschoten')] },
  { text: 'Reactie inbrenger: dit voelt als veel tegelijk. Ik begin met de brief aan mevrouw Oosterhuis en wacht de rest af.', expected: [e('name', 'Oosterhuis')] },
  { text: 'Mijn advies: geef Jasmijn en haar moeder samen een plek bij de moeder-dochtergroep van Humanitas in Breda.', expected: [e('name', 'Jasmijn'), e('place', 'Breda')] },
  { text: 'Advies van de jeugdarts: laat Kaan onderzoeken op gehoor, want een deel van het gedrag kan daar vandaan komen.', expected: [e('name', 'Kaan')] },
  { text: 'Reactie: Tess en ik hebben het besproken en we gaan de ouders uitnodigen op 17 februari.', expected: [e('name', 'Tess'), e('date', '17 februari')] },
  { text: 'Advies: vraag toestemming van beide ouders voordat je de verslagen naar het Wilhelmina Kinderziekenhuis stuurt.', expected: [e('institution', 'Wilhelmina Kinderziekenhuis')] },
  { text: 'Betrek tante Esperanza erbij, zij spreekt Portugees met moeder en ze wordt door Gustavo vertrouwd.', expected: [e('name', 'Esperanza'), e('name', 'Gustavo')] },
  { text: 'Reactie inbrenger: ik durf het gesprek met vader niet alleen aan, kan Willem van het wijkteam mee?', expected: [e('name', 'Willem')] },
  { text: 'Advies: laat Hanna elke ochtend inchecken bij mevrouw Smulders, de teamleider van de onderbouw.', expected: [e('name', 'Hanna'), e('name', 'Smulders')] },
  { text: 'Schrijf de zorgen op in Onderwijs Transparant en stuur het verslag naar ib.dewegwijzer@stichtingpallas.nl.', expected: [e('email', 'ib.dewegwijzer@stichtingpallas.nl')] },
  { text: 'Reactie: het advies om Stijn eerst te laten testen ging ik eigenlijk al doen, maar fijn dat jullie het bevestigen.', expected: [e('name', 'Stijn')] },
  { text: 'Advies van Mirjam: neem contact op met de wijkverpleegkundige, die kent de opa van Rayan.', expected: [e('name', 'Mirjam'), e('name', 'Rayan')] },

  // 5. Harvested lessons and reflections by members elsewhere
  { text: 'Les uit de casus van Femke: wacht niet op de perfecte hulp, begin met wat er morgen kan.', expected: [e('name', 'Femke')] },
  { text: 'Geoogst: bij Thomas werkte het om de vader eerst als vader aan te spreken en pas later over de zorgen te beginnen.', expected: [e('name', 'Thomas')] },
  { text: 'Reflectie vanuit Maastricht: herkenbaar, wij hadden precies hetzelfde met een leerling van het Bonnefanten College.', expected: [e('place', 'Maastricht'), e('institution', 'Bonnefanten College')] },
  { text: 'Les: een sleutelfiguur uit de eigen gemeenschap, in dit geval imam Haddou, opende deuren die voor ons dicht bleven.', expected: [e('name', 'Haddou')] },
  { text: 'Reactie van Geert: mooi geformuleerd. Bij ons in Goes werkt de school ook met een vaste ouderkamer.', expected: [e('name', 'Geert'), e('place', 'Goes')] },
  { text: 'Geleerde les uit de sessie van 28 oktober: spreek met elkaar af wie de ouders informeert, anders doet niemand het.', expected: [e('date', '28 oktober')] },
  { text: 'Ik neem mee uit het verhaal van Lieke dat je als leerkracht ook mag zeggen: dit gaat mijn rol te boven.', expected: [e('name', 'Lieke')] },
  { text: 'Reflectie van Anneke (jeugdverpleegkundige, Den Helder): ook bij ons komen moeders eerder op een inloop dan op een afspraak.', expected: [e('name', 'Anneke'), e('place', 'Den Helder')] },
  { text: 'Les: zet het kind centraal, niet het conflict. In de casus van Rosa ging het zes weken alleen over de ouders.', expected: [e('name', 'Rosa')] },
  { text: 'Herkenbaar voor ons in Kampen. We hebben met Stichting Jeugdwerk IJsselmond een vergelijkbare aanpak opgezet.', expected: [e('place', 'Kampen'), e('institution', 'Stichting Jeugdwerk IJsselmond')] },
  { text: 'Les van Pieter: maak het netwerk zichtbaar op papier. Tijdens de sessie bleek dat buurman Cor eigenlijk de belangrijkste volwassene was.', expected: [e('name', 'Pieter'), e('name', 'Cor')] },
  { text: 'Reflectie: ik werk in Rotterdam-Charlois en zie dit patroon vaak bij jongeren die mantelzorger zijn.', expected: [e('place', 'Rotterdam-Charlois')] },
  { text: 'Geoogste les: laat ouders het verslag lezen voordat het verstuurd wordt. Mevrouw Jansen-Hofman was daar heel dankbaar voor.', expected: [e('name', 'Jansen-Hofman')] },
  { text: 'Reactie van Soufiane (jongerenwerker): bij ons helpt het om jongeren buiten kantoortijd te spreken, bijvoorbeeld in de sporthal.', expected: [e('name', 'Soufiane')] },
  { text: 'Les uit de casus over Olivia: een diagnose is geen oplossing, maar het gaf de ouders wel taal om erover te praten.', expected: [e('name', 'Olivia')] },
  { text: 'Reflectie van Marieke uit Heerenveen: bij ons duurde het ook maanden voordat leerplicht en wijkteam samen aan tafel zaten.', expected: [e('name', 'Marieke'), e('place', 'Heerenveen')] },
  { text: 'Les: vraag het kind zelf. Toen we Yara vroegen wat zij wilde, bleek ze gewoon weer op dansles te willen bij Dansstudio Pirouette.', expected: [e('name', 'Yara'), e('institution', 'Dansstudio Pirouette')] },
  { text: 'Reactie vanuit Curaçao, waar ik eerder werkte: daar pakt de familie zo\'n situatie vaak zelf op, zoals de tante van Shanaya deed.', expected: [e('place', 'Curaçao'), e('name', 'Shanaya')] },
  { text: 'Geoogst door Hilde: het helpt om in het eerste gesprek niet te beginnen met de melding maar met de vraag hoe het met moeder gaat.', expected: [e('name', 'Hilde')] },
  { text: 'Reflectie: ik herken veel van wat Ruud vertelde over zijn leerling in Hoorn; de overgang naar het vo was voor haar ook het breekpunt.', expected: [e('name', 'Ruud'), e('place', 'Hoorn')] },
  { text: 'Les uit de sessie met T. Bakker: een gezamenlijk plan is pas gezamenlijk als de ouders het ook zo voelen.', expected: [e('initials', 'T. Bakker')] },

  // 6. Session summaries by the facilitator, with agreements
  { text: 'Samenvatting: de zorg rond Ilse (12) is vooral dat ze thuis de zorg voor haar zieke moeder draagt. Afspraak: Marjolein belt de mantelzorgconsulent.', expected: [e('name', 'Ilse'), e('name', 'Marjolein')] },
  { text: 'Afspraken: Kees neemt contact op met vader, Hatice met de school. We evalueren over zes weken.', expected: [e('name', 'Kees'), e('name', 'Hatice')] },
  { text: 'Verslag sessie 4 november. Aanwezig: Joost (IB), Meryem (wijkteam), Frank (leerplicht) en ik als gespreksleider.', expected: [e('date', '4 november'), e('name', 'Joost'), e('name', 'Meryem'), e('name', 'Frank')] },
  { text: 'De inbrenger, Sabine, gaat in gesprek met moeder over de aanmelding bij Accare.', expected: [e('name', 'Sabine'), e('institution', 'Accare')] },
  { text: 'Samenvatting: Ravi is een jongen met veel kwaliteiten die op school vastloopt. Het netwerk adviseert een plek op het Rotsoord College.', expected: [e('name', 'Ravi'), e('institution', 'Rotsoord College')] },
  { text: 'Wie doet wat: Evelien stuurt het OPP door, meneer Dijkstra plant het MDO, de ouders krijgen een uitnodiging.', expected: [e('name', 'Evelien'), e('name', 'Dijkstra')] },
  { text: 'Actiepunt: contact met de begeleider van Noor bij Ipse de Bruggen, uiterlijk vrijdag.', expected: [e('name', 'Noor'), e('institution', 'Ipse de Bruggen')] },
  { text: 'Conclusie van de sessie: de veiligheid van Benjamin is op dit moment voldoende, maar er is zorg over de nachten bij vader in Utrecht-Overvecht.', expected: [e('name', 'Benjamin'), e('place', 'Utrecht-Overvecht')] },
  { text: 'Afspraak: Carlijn zoekt uit of de familie Nguyen recht heeft op een tolk via de gemeente.', expected: [e('name', 'Carlijn'), e('name', 'Nguyen')] },
  { text: 'Samenvatting voor de inbrenger: je maakt je terecht zorgen om Lars. Het advies is om binnen twee weken advies te vragen bij Veilig Thuis.', expected: [e('name', 'Lars')] },
  { text: 'Vervolg: op 12 maart komen we terug op de casus; Dorien bereidt een korte update voor.', expected: [e('date', '12 maart'), e('name', 'Dorien')] },
  { text: 'Afspraken: de mentor van Zoë neemt contact op met de ouders, de zorgcoördinator vraagt een consult aan bij Yulius.', expected: [e('name', 'Zoë'), e('institution', 'Yulius')] },
  { text: 'Samenvatting: moeder van Amina wil hulp, maar niet van een instantie die ze niet kent. Yasmina van de moskee kan bemiddelen.', expected: [e('name', 'Amina'), e('name', 'Yasmina')] },
  { text: 'Wie doet wat: Ellen (gemeente) regelt de vervoersindicatie, Bram (school) zorgt dat Julian een vaste plek krijgt bij de ingang.', expected: [e('name', 'Ellen'), e('name', 'Bram'), e('name', 'Julian')] },
  { text: 'Kern van de sessie: er is te veel hulp rond het gezin Mensah in Amsterdam-West en niemand heeft de regie.', expected: [e('name', 'Mensah'), e('place', 'Amsterdam-West')] },
  { text: 'Afspraak: Rutger stuurt het verslag naar de ouders en naar de jeugdarts, mw. Groeneveld.', expected: [e('name', 'Rutger'), e('name', 'Groeneveld')] },
  { text: 'Samenvatting: de situatie van Teun is stabiel sinds hij bij zijn opa en oma in Dokkum woont. Geen nieuwe acties nodig.', expected: [e('name', 'Teun'), e('place', 'Dokkum')] },
  { text: 'Actie: de IB\'er neemt contact op met de vorige school, OBS De Fontein, over het dossier van Dani.', expected: [e('institution', 'OBS De Fontein'), e('name', 'Dani')] },
  { text: 'Samenvatting: Viktoria (BSN 131860914) is sinds de zomer niet meer gezien bij het consultatiebureau. Afspraak: de jeugdverpleegkundige doet een huisbezoek.', expected: [e('name', 'Viktoria'), e('bsn', '131860914')] },
  { text: 'Wie doet wat: Jeroen vraagt de voogd of Habiba mag logeren bij haar nicht.', expected: [e('name', 'Jeroen'), e('name', 'Habiba')] },
  { text: 'Samenvatting: inbrenger A. Mulder voelt zich gesteund. Afspraak: binnen een maand een tweede sessie met de moeder erbij.', expected: [e('initials', 'A. Mulder')] },
];

export const HELD_OUT_AN_CLEAN: readonly CorpusSentence[] = [
  // 1. Long casus texts for the casus editor
  {
    text: 'Casus groep 7, ingebracht door de intern begeleider. Het gaat om een jongen van 10 die sinds de herfstvakantie steeds vaker ziek wordt gemeld. Moeder belt dan om kwart over acht dat hij buikpijn heeft. Als hij wel op school is, zit hij stil in een hoek en doet hij niet mee met gym. Hij was vorig jaar een vrolijke, sportieve leerling die graag voetbalde in de pauze. Er is thuis een baby geboren en vader werkt sinds kort in ploegendienst. In een gesprek gaf moeder aan dat ze \'het allemaal niet meer overziet\' en dat de jongen thuis veel helpt met de baby. We hebben de schoolarts gevraagd om mee te kijken, maar er is een wachttijd van zes weken. Mijn vraag aan het netwerk: is dit schoolverzuim of zorg thuis, en hoe kunnen we moeder ondersteunen zonder dat zij het gevoel krijgt dat ze tekortschiet?',
    expected: [],
  },
  {
    text: 'Ik ben jeugdverpleegkundige en zie een meisje van 4 maanden dat sinds de geboorte slecht groeit. Moeder is 22 en alleenstaand, de vader is na de bevalling vertrokken. Moeder komt trouw naar het consultatiebureau, maar ze oogt moe en zegt weinig. Als ik vraag hoe het gaat, zegt ze steeds dat het \'goed\' gaat. Op de EPDS scoorde ze vorige maand hoog, en ze gaf aan dat ze \'s nachts ligt te piekeren. De huisarts heeft haar doorverwezen naar de POH-GGZ, maar ze is daar niet naartoe gegaan. Ze heeft geen netwerk in de buurt; haar eigen moeder woont ver weg en ze heeft weinig vriendinnen. De baby is verder gezond, maar weinig alert en lacht nog niet. Ik maak me zorgen over de hechting en over moeder zelf. Hoe kan ik haar bereiken en welke laagdrempelige steun is er voor jonge moeders zonder netwerk?',
    expected: [],
  },
  {
    text: 'Vanuit het wijkteam begeleid ik een gezin met vier kinderen tussen de 3 en 14 jaar. Moeder is alleenstaand en heeft een bijstandsuitkering; er zijn schulden bij de zorgverzekeraar, de energieleverancier en het CAK. De oudste zoon zit in de brugklas en wordt thuis \'de man in huis\' genoemd. Hij past op zijn broertjes en zusje en gaat pas om elf uur \'s avonds naar bed. Op school zakt hij weg. Moeder heeft zelf een zware jeugd gehad en is gewend dat instanties haar kinderen willen weghalen. Ze praat wel met mij, maar houdt de deur dicht voor anderen. Ik heb een aanmelding gedaan bij de schuldhulpverlening, maar dat traject duurt maanden. Ondertussen wil ik iets doen voor de oudste. Hoe zorgen we dat hij ontlast wordt, zonder dat het gezin uit elkaar valt? En wie kan moeder helpen de administratie op orde te krijgen?',
    expected: [],
  },
  {
    text: 'Als leerplichtambtenaar heb ik een melding gekregen over een meisje van 15, derde klas vmbo-kader, dat dit schooljaar al meer dan vijftig uur heeft verzuimd. De school heeft meerdere keren contact gezocht, maar de ouders reageren niet op mails en de telefoon wordt niet opgenomen. Ik ben op huisbezoek geweest. Moeder deed open in haar badjas, om half twaalf \'s ochtends, en zei dat haar dochter ziek was. Het meisje zat boven op haar kamer en wilde niet naar beneden komen. Van school hoor ik dat ze in de tweede klas het slachtoffer was van een naaktfoto die rondging via Snapchat. Sindsdien is ze veranderd. De school heeft destijds aangifte laten doen, maar er is niets mee gebeurd. Ik wil niet meteen een proces-verbaal opmaken. Mijn vraag: wat is hier nodig, en hoe kan ik het vertrouwen van het meisje winnen?',
    expected: [],
  },
  {
    text: 'Ik werk als ambulant gezinsbegeleider en breng een jongen van 12 in met autisme en ernstige driftbuien. Hij woont met zijn moeder en twee zussen. Vader is twee jaar geleden overleden aan kanker. Sinds het overlijden slaapt de jongen bij moeder in bed en gaat hij niet meer naar buiten, behalve naar school. Thuis gooit hij met spullen als iets niet gaat zoals hij verwacht; vorige maand heeft hij een deur kapotgeschopt. De zussen van 15 en 17 zijn bang voor hem en zitten het liefst bij vriendinnen. Moeder probeert alles te voorkomen wat hem boos maakt en past het hele gezinsleven aan hem aan. Ze is uitgeput, maar wil geen logeeropvang, omdat ze vindt dat hij na het verlies van zijn vader niet nóg iemand kwijt mag raken. Hoe kunnen we rouw en autisme allebei een plek geven, en wat heeft moeder nodig om weer grenzen te stellen?',
    expected: [],
  },
  {
    text: 'Casus vanuit de kinderopvang. Een peuter van 3 komt sinds een jaar vier dagen per week bij ons. De laatste weken ruikt hij naar urine, zijn kleding is vaak te klein en hij heeft in de koude maanden geen jas aan. Hij eet bij de lunch drie boterhammen en vraagt daarna om meer. Ouders zijn vriendelijk, maar altijd gehaast bij het brengen en halen. Vader vertelde dat hij zijn baan is kwijtgeraakt. Moeder zegt dat ze ‘even een moeilijke periode’ hebben. Wij willen de ouders niet beschuldigen, maar we zien dat het kind achteruitgaat. Hij was een nieuwsgierig jongetje en nu zit hij vaak passief in de hoek. Onze aandachtsfunctionaris heeft de meldcode doorlopen en adviseert eerst een gesprek. Hoe pakken we dat aan, en welke hulp kunnen we ouders concreet aanbieden, zoals een voedselbank of Stichting Leergeld?',
    expected: [],
  },
  {
    text: 'Ik ben zorgcoördinator op een school voor voortgezet onderwijs en breng een jongen van 16 in die alleenstaand minderjarig vluchteling is. Hij woont in een kleinschalige woonvoorziening en heeft een voogd van Nidos. Hij is zeer gemotiveerd, haalt goede cijfers en wil later arts worden. Sinds een paar weken slaapt hij in de les, is hij prikkelbaar en heeft hij twee keer ruzie gehad met een docent. Hij vertelde zijn mentor dat zijn familie in het land van herkomst in gevaar is en dat hij elke nacht berichten krijgt. Hij voelt zich schuldig dat hij hier veilig is. De voogd is bereikbaar, maar heeft veel jongeren op zijn caseload. De jongen wil geen psycholoog, want \'dat is voor gekken\'. Mijn vraag: hoe kunnen we hem op school steunen, en welke vorm van hulp past bij een jongen die vooral wil presteren?',
    expected: [],
  },
  {
    text: 'Casus van de jeugdarts. Op het spreekuur zag ik een meisje van 13 dat door de mentor was aangemeld vanwege sterk gewichtsverlies. Ze is in een half jaar zo\'n acht kilo afgevallen. Ze gaf aan dat ze \'gezond wil eten\' en volgt veel fitnessaccounts op TikTok. Ze sport vijf keer per week en eet geen lunch meer. Moeder was bij het gesprek en bagatelliseerde het: ze vond het juist goed dat haar dochter zo gedisciplineerd is. Vader was niet aanwezig. Het meisje zei weinig, maar toen moeder even de kamer uit was, vertelde ze dat ze zich \'s avonds vaak duizelig voelt. Ik heb een vervolgafspraak gemaakt over vier weken en haar gevraagd een eetdagboek bij te houden. Ik twijfel of ik sneller moet handelen. Wanneer verwijs ik door naar de huisarts of een eetstoorniskliniek, en hoe neem ik moeder mee in mijn zorg?',
    expected: [],
  },
  {
    text: 'Als jeugdbeschermer heb ik een ondertoezichtstelling van een meisje van 8. Ze woont bij haar vader; moeder heeft een psychiatrische aandoening en is de laatste jaren meerdere keren opgenomen. De omgang met moeder is begeleid, één keer per twee weken op een bezoeklocatie. Vader is zorgzaam, maar werkt veel en laat het meisje vaak bij de buurvrouw. Het meisje vertelt op school dat ze \'later bij mama gaat wonen\' en dat mama haar \'stiekem\' belt. Dat blijkt te kloppen: moeder belt haar via WhatsApp op het tablet en vraagt haar om dingen over vader te vertellen. Het meisje is sindsdien erg onrustig en plast weer in bed. Vader wil het contact met moeder helemaal stoppen. Ik vind dat het kind recht heeft op contact met beide ouders. Hoe vind ik hier een goede balans, en wat zeg ik tegen de rechter bij de verlenging?',
    expected: [],
  },
  {
    text: 'Schoolmaatschappelijk werk. Ik breng een zorg in over een broer en zus, 9 en 7 jaar, van wie de ouders in een moeizame scheiding zitten. Beide ouders hebben het gezag en wonen in dezelfde wijk. De kinderen gaan volgens een co-ouderschapsregeling om de week naar de ene en dan naar de andere ouder. Bij de wissel op vrijdag is er vaak ruzie bij het hek van de school. De jongen heeft daarna in de klas buikpijn en huilt, het meisje doet juist heel vrolijk en vertelt iedereen dat \'alles goed is\'. Moeder stuurt de leerkracht lange berichten via Parro en vader dreigt met een klacht bij het bestuur als de school \'partij kiest\'. Het team voelt zich klem gezet. Wat kunnen wij als school doen om voor de kinderen een veilige plek te blijven, en hoe bewaken we onze grenzen naar de ouders?',
    expected: [],
  },
  {
    text: 'Ik ben consulent jeugd bij een middelgrote gemeente. Ik heb een aanvraag voor een maatwerkvoorziening voor een jongen van 14 met ernstige angstklachten. Hij zit al zeven maanden thuis. De ouders zijn hoogopgeleid en hebben zelf veel uitgezocht. Ze willen dat hij naar een specifieke particuliere praktijk gaat die geen contract heeft met de gemeente. De gecontracteerde aanbieders hebben wachtlijsten van vier tot zes maanden. Ouders dreigen met bezwaar en een klacht bij de Nationale ombudsman. Ondertussen gamet de jongen de hele nacht en slaapt hij overdag. Het samenwerkingsverband is betrokken, maar er is nog geen onderwijs-zorgarrangement. Ik begrijp de frustratie van ouders, maar ik moet ook binnen de regels van de Jeugdwet blijven. Hoe kom ik met deze ouders tot een oplossing en hoe zorg ik dat de jongen in de tussentijd niet verder wegzakt?',
    expected: [],
  },
  {
    text: 'Casus ingebracht door een mentor van 5 havo. Een leerling van 17 vertelde me na de les dat ze zwanger is. Ze heeft het nog aan niemand verteld, ook niet aan haar ouders. Ze is bang voor de reactie van haar vader, die volgens haar \'zal ontploffen\'. Ze weet nog niet of ze het kind wil houden. Ze is ongeveer tien weken zwanger en wil over een paar maanden eindexamen doen. Ze vroeg me om het geheim te houden. Ik heb haar gewezen op de huisarts en op Fiom, maar ik weet niet of ze daar gaat. Ik voel me verantwoordelijk en onrustig: ik ben mentor, geen hulpverlener. Mag ik dit bij de zorgcoördinator neerleggen zonder haar toestemming? En hoe kan ik haar steunen bij het gesprek met haar ouders, als ze dat al wil? Ik wil vooral niet dat ze zich alleen voelt.',
    expected: [],
  },
  {
    text: 'Vanuit de JGZ breng ik een gezin in met een pasgeboren tweeling. Moeder heeft een licht verstandelijke beperking en woont samen met de vader, die zelf ook moeite heeft met lezen en schrijven. De kraamtijd is goed verlopen, maar nu de kraamverzorgster weg is gaat het mis. De voedingen worden niet goed bijgehouden, een van de twee baby\'s groeit onvoldoende en de flessen worden niet goed schoongemaakt. Ouders zijn heel lief voor de kinderen en willen graag hulp, maar vergeten afspraken en begrijpen de brieven niet. De grootouders wonen dichtbij en helpen, maar hebben ook hun mening over hoe het moet, wat tot ruzie leidt. Ik wil een goede ondersteuning organiseren die past bij het niveau van ouders. Wie moet er aan tafel, welke hulp is er voor ouders met een LVB en hoe houden we de veiligheid van de baby\'s goed in het oog?',
    expected: [],
  },
  {
    text: 'Casus van de wijkagent. In de wijk is een groep van zes à zeven jongens tussen de 13 en 16 die \'s avonds rondhangen bij het speeltuintje achter de flats. Bewoners klagen over geluidsoverlast, vernielingen en intimidatie. Een van de jongens, 14 jaar, valt op omdat hij steeds vaker met oudere jongens wordt gezien die al bekend zijn bij de politie. Hij heeft sinds kort een dure jas en nieuwe sneakers. Zijn moeder werkt in de avonddienst in de thuiszorg en weet niet waar hij is. Vader is uit beeld. Op school gaat het slecht en hij is al twee keer geschorst. Ik wil voorkomen dat hij afglijdt naar de criminaliteit. Het jongerenwerk kent hem goed en heeft contact met hem. Hoe kunnen we als politie, school en jongerenwerk samen optrekken, en hoe betrekken we moeder zonder haar nog meer te belasten?',
    expected: [],
  },
  {
    text: 'Ik werk op een buitenschoolse opvang en breng een meisje van 6 in. Ze is erg druk, bijt andere kinderen en gooit met speelgoed als ze haar zin niet krijgt. Op school zien ze hetzelfde gedrag. Ze woont bij haar moeder en oma; moeder werkt fulltime en heeft net een nieuwe relatie. Als ze opgehaald wordt, rent ze vaak weg over de parkeerplaats en moeder lacht dat dan weg. We hebben met moeder gesproken, maar zij vindt dat het meisje \'gewoon pittig\' is en zegt dat het thuis prima gaat. Oma heeft ons eens toevertrouwd dat er thuis veel spanning is. De groepsleiding raakt gefrustreerd en de andere ouders beginnen te klagen. Hoe kunnen we als BSO het gedrag beter begrijpen, en hoe bespreken we onze zorgen met moeder zonder dat ze het kind van de opvang haalt?',
    expected: [],
  },
  {
    text: 'Als POH-GGZ jeugd zie ik een jongen van 15 die door de huisarts is doorgestuurd met sombere gevoelens. In het eerste gesprek vertelde hij dat hij al een jaar \'niks meer leuk\' vindt en \'s nachts pas om drie uur slaapt. Hij heeft een klein groepje vrienden online, met wie hij Fortnite speelt. Op school gaat het net, zijn cijfers zijn gezakt van zevens naar vijven. Hij gaf aan dat hij soms denkt dat het beter zou zijn als hij er niet meer was, maar dat hij geen plan heeft. Ouders weten hier niets van. Hij wil niet dat ze het horen, omdat zijn moeder zelf depressief is en hij haar niet wil belasten. Ik heb een veiligheidsplan met hem gemaakt en hem gewezen op 113. Mijn vraag: hoe en wanneer betrek ik ouders, en is het verantwoord om met hem verder te gaan in de basis-GGZ?',
    expected: [],
  },
  {
    text: 'Ik ben gezinsvoogd en werk met een jongen van 11 die sinds een jaar in een pleeggezin woont. Hij is uit huis geplaatst na ernstige verwaarlozing; zijn moeder is verslaafd en vader zit in detentie. In het pleeggezin gaat het wisselend. Hij is soms heel aanhankelijk en dan weer afwijzend. Hij steelt eten en verstopt het onder zijn bed. Pleegouders zijn betrokken en lief, maar ze hebben zelf twee jonge kinderen en merken dat het gezin onder druk staat. Pleegmoeder vroeg vorige week of er een plan B is. Moeder wil de omgang uitbreiden, maar ze komt regelmatig niet opdagen bij bezoeken, wat voor de jongen een grote teleurstelling is. Ik vraag me af hoe ik de plaatsing kan stabiliseren, welke ondersteuning pleegouders nodig hebben, en hoe ik de omgang met moeder zo regel dat de jongen er niet steeds onder lijdt.',
    expected: [],
  },
  {
    text: 'Casus ingebracht door de intern begeleider van een basisschool in een dorp. Een meisje van 7 uit groep 4 komt uit een gezin met een Somalische achtergrond en is de jongste van zes kinderen. Ze is vriendelijk en wil graag, maar loopt een jaar achter met taal en rekenen. Ze wordt elke ochtend door haar broer van 12 gebracht. Moeder spreekt geen Nederlands en komt niet naar oudergesprekken; de broer vertaalt. We weten niet goed of de boodschap goed overkomt. Het meisje heeft vaak geen ontbijt gehad en heeft regelmatig hoofdluis. We vermoeden dat moeder overvraagd is, maar we hebben geen zicht op wat er thuis speelt. We willen moeder graag echt spreken, met een tolk via de tolkentelefoon of iemand uit de gemeenschap. Hoe leggen we dat contact, en hoe voorkomen we dat de broer te veel verantwoordelijkheid krijgt?',
    expected: [],
  },
  {
    text: 'Vanuit een residentiële leefgroep breng ik een meisje van 16 in. Ze woont hier sinds drie maanden na een crisisplaatsing. Ze is slim en sociaal, maar sinds een paar weken gaat ze \'s nachts weg en komt ze onder invloed terug. Ze heeft contact met een man van rond de 25, die haar cadeaus geeft en ophaalt in een zwarte auto. Ze noemt hem haar vriend. Wij vermoeden mensenhandel en seksuele uitbuiting. Het meisje ontkent dat ze iets moet doen voor hem en zegt dat wij \'jaloers\' zijn. Ze dreigt weg te lopen als we haar verbieden hem te zien. De gedragswetenschapper overweegt een plaatsing in een gesloten setting. Ik ben bang dat dat de relatie met haar kapotmaakt. Hoe kunnen we haar beschermen zonder haar kwijt te raken, en welke informatie moeten we met de politie en het CoMensha-netwerk delen?',
    expected: [],
  },
  {
    text: 'Ik ben klantmanager werk en inkomen en breng een gezin in met een Syrische achtergrond. Ouders en drie kinderen zijn zes jaar geleden naar Nederland gekomen. Vader heeft geen werk en voelt zich nutteloos; moeder heeft Nederlands geleerd en werkt parttime in de kinderopvang. Er zijn spanningen in huis omdat de rollen zijn omgedraaid. De oudste dochter, 16 jaar, wil gaan studeren maar vader vindt dat ze thuis moet helpen. Ze heeft op school verteld dat er thuis geschreeuwd wordt en dat ze bang is dat ze niet verder mag leren. De school heeft haar doorverwezen naar het schoolmaatschappelijk werk. Vader komt wel naar afspraken bij mij, maar vertrouwt hulpverleners niet. Ik wil hem graag helpen aan werk, maar ik zie ook de zorgen om de dochter. Hoe kan ik beide onderwerpen bespreekbaar maken, en wie kan daarbij helpen?',
    expected: [],
  },
  {
    text: 'Casus vanuit een peuterspeelzaal met VVE. Een meisje van 3 komt sinds vier maanden bij ons en zegt op de groep helemaal niets. Thuis spreken ouders Mandarijn. Volgens ouders praat ze thuis wel, maar alleen met haar moeder en oudere zus. Ze maakt weinig oogcontact, speelt vooral alleen en wordt erg angstig bij harde geluiden. Ze huilt als een pedagogisch medewerker haar aanraakt. Ouders hebben een eigen bedrijf en werken lange dagen; ze is vaak bij een tante. Bij het oudergesprek reageerden ouders afwijzend op het voorstel om het consultatiebureau mee te laten kijken. Ze vinden dat ze \'gewoon verlegen\' is. De pedagogisch coach denkt aan selectief mutisme, maar we willen ook een ontwikkelingsstoornis niet uitsluiten. Hoe kunnen we ouders overtuigen om mee te werken, en wat kunnen wij op de groep doen om haar te helpen?',
    expected: [],
  },
  {
    text: 'Ik werk als leerkracht in het speciaal onderwijs en breng een jongen van 9 in met een verstandelijke beperking en epilepsie. Het gezin woont sinds een huisuitzetting in een vakantiepark, in een chalet dat eigenlijk niet voor permanente bewoning bedoeld is. Moeder komt uit Polen en werkt via een uitzendbureau. De jongen komt vaak moe en hongerig op school, zijn medicatie wordt niet altijd gegeven en hij heeft twee keer een aanval gehad in de klas. De taxi haalt hem op bij de ingang van het park, waar hij soms al vroeg alleen staat te wachten. Moeder is slecht bereikbaar en reageert niet op berichten. We weten niet of dit een woonprobleem is of verwaarlozing, of allebei. Welke stappen kunnen wij als school zetten, en wie moet de regie nemen als het gezin tussen wal en schip valt?',
    expected: [],
  },

  // 2. Clarifying questions and answers (vraagverheldering)
  { text: 'Vraag: wie is er thuis het aanspreekpunt? Antwoord: meestal oma, de moeder van vader.', expected: [] },
  { text: 'Hoe oud is ze precies? Antwoord: 11, ze zit in groep 7 en heeft groep 3 overgedaan.', expected: [] },
  { text: 'Ze is net 11 geworden en is halverwege groep 5 ingestroomd vanuit het buitenland.', expected: [] },
  { text: 'Weet vader van de melding? — Ja, ik heb hem zelf gebeld, hij was heel boos.', expected: [] },
  { text: 'Is er al een hulpverlener betrokken? Ja, er is sinds het voorjaar een psycholoog vanuit de specialistische GGZ.', expected: [] },
  { text: 'Wat zegt hij er zelf over? Weinig. Hij zit vooral op TikTok en Roblox en zegt dat school \'saai\' is.', expected: [] },
  { text: 'Heeft moeder zelf ooit hulp gehad? Antwoord: ja, als tiener woonde ze een tijd in een gezinshuis.', expected: [] },
  { text: 'Heeft hij broers of zussen? — Een halfbroer van 19, die bij zijn vader woont. Ze zien elkaar bijna nooit.', expected: [] },
  { text: 'Wanneer was het laatste gesprek met ouders? In december, op een dinsdagmiddag om half vier, met de mentor erbij.', expected: [] },
  { text: 'Wie heeft het gezag? Alleen moeder. Vader heeft het kind wel erkend, maar nooit gezag aangevraagd.', expected: [] },
  { text: 'Doet ze iets na school? Ze zit op turnen en op zaterdag op Koranles, en ze leest alles van Harry Potter.', expected: [] },
  { text: 'Is de huisarts op de hoogte? Ik weet het niet, de praktijk heeft nog niet teruggebeld.', expected: [] },
  { text: 'Kun je iets meer vertellen over de opvoedstijl? Moeder is heel streng, alles gaat volgens een schema op de koelkast.', expected: [] },
  { text: 'Wie zijn de belangrijke volwassenen voor hem? Zijn opa en de trainer van de JO13.', expected: [] },
  { text: 'Waar woont het gezin nu? Tijdelijk bij een vriendin van moeder, daarvoor in de maatschappelijke opvang.', expected: [] },
  { text: 'Vraag: hoe gaat het met eten? Antwoord: hij eet op school niets, zijn broodtrommel komt dicht terug.', expected: [] },
  { text: 'Is de Meldcode doorlopen? Ja, stap 1 tot en met 3; we hebben twee keer advies gevraagd bij Veilig Thuis, nog geen melding gedaan.', expected: [] },
  { text: 'Wat zijn haar sterke kanten? Ze kan heel goed met jongere kinderen omgaan en tekent prachtig.', expected: [] },
  { text: 'Heb je contact gehad met de vorige school? Ja, de IB\'er heeft het OPP en het groeidocument gestuurd.', expected: [] },
  { text: 'Kun je vader rechtstreeks bereiken? Alleen via WhatsApp, en dan reageert hij pas na een paar dagen met een duimpje.', expected: [] },
  { text: 'Waar kijkt hij naar op YouTube? Vooral Enzo Knol en filmpjes over Messi. Daar kun je altijd een gesprek mee beginnen.', expected: [] },
  { text: 'Heeft ze een knuffel of huisdier waar ze veel over praat? Ja, de hond, Bolletje. Ze vertelt elke ochtend wat Bolletje heeft gedaan.', expected: [] },

  // 3. Hypotheses and "wat zie ik" cards (analysis)
  { text: 'Wat ik zie: een jongen van groep 8 die de laatste weken stiller is en vaak met zijn capuchon op zit.', expected: [] },
  { text: 'Hypothese: het wegblijven van school heeft te maken met de nieuwe vriend van moeder.', expected: [] },
  { text: 'Ik zie een moeder die alles alleen wil doen en nooit om hulp vraagt, ook niet als het zichtbaar niet lukt.', expected: [] },
  { text: 'Misschien voelt hij zich verantwoordelijk voor zijn moeder sinds vader is vertrokken.', expected: [] },
  { text: 'Wat zie ik: ze lacht als ze over thuis praat, maar haar verhalen kloppen niet met wat oma vertelt.', expected: [] },
  { text: 'Hypothese 2: de vorige school heeft de zorg nooit overgedragen, waardoor we steeds opnieuw beginnen.', expected: [] },
  { text: 'Ik zie dat opa een stabiele factor is: hij haalt de kinderen elke dag op en kookt op woensdag.', expected: [] },
  { text: 'Zou het kunnen dat ze ADD heeft en dat niemand het merkte omdat ze zo lief en stil is? Op de SDQ scoort ze laag.', expected: [] },
  { text: 'Wat ik zie: dit gezin staat er alleen voor, er is geen netwerk in Nederland behalve een neef.', expected: [] },
  { text: 'Hypothese: de Kanjertraining werkt in deze groep niet omdat de leerkracht er zelf niet in gelooft.', expected: [] },
  { text: 'Ik zie een jongen die sinds het overlijden van zijn broer, afgelopen zomer, niet meer buiten speelt.', expected: [] },
  { text: 'Wat zie ik: elke maandag is ze moe en kribbig, na het weekend bij vader. Op donderdag gaat het weer.', expected: [] },
  { text: 'Hypothese: er wordt thuis geslagen. Ik baseer dat op de plekken op zijn rug die de gymdocent zag.', expected: [] },
  { text: 'Ik vermoed dat de spanningen thuis met geldzorgen te maken hebben, moeder is sinds kort haar baan kwijt.', expected: [] },
  { text: 'Wat ik zie: de twee broers worden door hun vader tegen elkaar uitgespeeld.', expected: [] },
  { text: 'Misschien kan hij zijn verhaal beter kwijt bij de Kindertelefoon of via chat dan face-to-face.', expected: [] },
  { text: 'Wat ik zie: hij bloeit op in Minecraft, daar bouwt hij hele steden, maar een schrijfopdracht van vijf zinnen lukt niet.', expected: [] },
  { text: 'Hypothese: moeder heeft zelf trauma uit de oorlog en herkent daardoor de angst van haar zoon niet.', expected: [] },
  { text: 'Ik zie dat de storm thuis pas is gaan liggen sinds vader een eigen kamer heeft gehuurd.', expected: [] },
  { text: 'Wat ik zie: sinds de verhuizing naar een andere wijk heeft hij geen vriendjes meer.', expected: [] },
  { text: 'Hypothese: ze voelt zich niet gezien omdat haar ouders al hun energie in haar zieke broertje steken.', expected: [] },
  { text: 'Ik zie dat de lijnen tussen de GGZ-aanbieder en het wijkteam lang zijn, niemand belt elkaar.', expected: [] },

  // 4. Advice cards and the inbrenger's reaction
  { text: 'Advies: bel eerst met de gezinsvoogd voordat je een nieuw gesprek met moeder plant.', expected: [] },
  { text: 'Mijn advies is om hem een vaste tussenpersoon te geven op school, iemand die hij zelf kiest.', expected: [] },
  { text: 'Reactie inbrenger: goed idee, ik leg dit maandag voor aan onze directeur. Hoop doet leven!', expected: [] },
  { text: 'Advies: schakel het sociaal team in, zij kennen het gezin al van eerder.', expected: [] },
  { text: 'Advies: bied ouders Triple P aan, niveau 4, in een groep of individueel. Dat is laagdrempelig en er is geen wachtlijst.', expected: [] },
  { text: 'Reactie: dat hebben we al geprobeerd, maar vader kwam toen niet opdagen.', expected: [] },
  { text: 'Advies: vraag een consult aan bij het expertiseteam van het samenwerkingsverband.', expected: [] },
  { text: 'Zorg dat ze niet steeds opnieuw haar verhaal hoeft te vertellen; leg het één keer vast met haar erbij.', expected: [] },
  { text: 'Reactie: dit advies helpt me, ik ga donderdag bij oma langs om het netwerk in kaart te brengen.', expected: [] },
  { text: 'Advies: laat hem bij de volgende afspraak een vriend meenemen, dat verlaagt de drempel.', expected: [] },
  { text: 'Advies: kijk of de Wmo iets kan betekenen voor moeder, los van de Jeugdwet-indicatie voor de kinderen.', expected: [] },
  { text: 'Reactie inbrenger: dit voelt als veel tegelijk. Ik begin met de brief aan de ouders en wacht de rest af.', expected: [] },
  { text: 'Mijn advies: zoek een moeder-dochtergroep, bijvoorbeeld via Humanitas of het CJG.', expected: [] },
  { text: 'Advies van de jeugdarts: laat zijn gehoor testen; bij 1 op de 10 kinderen met zulk gedrag blijkt er iets met het gehoor.', expected: [] },
  { text: 'Reactie: we hebben het besproken in het zorgteam en nodigen de ouders na de voorjaarsvakantie uit.', expected: [] },
  { text: 'Advies: vraag toestemming van beide gezaghebbende ouders voordat je de verslagen naar het ziekenhuis stuurt.', expected: [] },
  { text: 'Betrek de tante erbij, zij spreekt Portugees met moeder en wordt door de jongen vertrouwd.', expected: [] },
  { text: 'Reactie inbrenger: ik durf het gesprek met vader niet alleen aan, kan iemand van het wijkteam mee?', expected: [] },
  { text: 'Advies: laat haar elke ochtend inchecken bij de teamleider van de onderbouw, vijf minuten is genoeg.', expected: [] },
  { text: 'Leg de zorgen vast in Magister, niet in een losse mail, en zet het in het logboek onder \'zorg\'.', expected: [] },
  { text: 'Reactie: bedankt allemaal! Het advies over de Raad voor de Kinderbescherming had ik nog niet overwogen, daar ga ik mee aan de slag.', expected: [] },
  { text: 'Advies: neem contact op met de wijkverpleegkundige, die komt al bij opa over de vloer.', expected: [] },

  // 5. Harvested lessons and reflections by members elsewhere
  { text: 'Les uit deze casus: wacht niet op de perfecte hulp, begin met wat er morgen kan.', expected: [] },
  { text: 'Geoogst: het werkte om vader eerst als vader aan te spreken en pas later over de zorgen te beginnen.', expected: [] },
  { text: 'Reflectie: herkenbaar, wij hadden precies hetzelfde met een leerling uit de bovenbouw.', expected: [] },
  { text: 'Les: een sleutelfiguur uit de eigen gemeenschap opende deuren die voor ons dicht bleven.', expected: [] },
  { text: 'Reactie: mooi geformuleerd. Bij ons werkt de school met Rots en Water en een vaste ouderkamer op vrijdagochtend.', expected: [] },
  { text: 'Geleerde les: spreek met elkaar af wie de ouders informeert, anders doet niemand het.', expected: [] },
  { text: 'Ik neem mee dat je als leerkracht ook mag zeggen: dit gaat mijn rol te boven.', expected: [] },
  { text: 'Reflectie van een jeugdverpleegkundige: ook bij ons komen moeders eerder op een inloop dan op een afspraak.', expected: [] },
  { text: 'Les: zet het kind centraal, niet het conflict. Zes weken lang ging het alleen over de ouders.', expected: [] },
  { text: 'Herkenbaar. In onze regio hebben we met het jongerenwerk een vergelijkbare aanpak opgezet en dat loopt goed.', expected: [] },
  { text: 'Les: maak het netwerk zichtbaar op papier. Tijdens de sessie bleek de buurman eigenlijk de belangrijkste volwassene.', expected: [] },
  { text: 'Reflectie: ik werk in een grote stad en zie dit patroon vaak bij jongeren die mantelzorger zijn.', expected: [] },
  { text: 'Geoogste les: laat ouders het verslag lezen voordat het verstuurd wordt. Moeder was daar heel dankbaar voor.', expected: [] },
  { text: 'Reactie van een jongerenwerker: bij ons helpt het om jongeren buiten kantoortijd te spreken, bijvoorbeeld in de sporthal.', expected: [] },
  { text: 'Les: een diagnose is geen oplossing. Kijk naar het kind, niet naar het etiket, zoals de Kinderombudsman steeds benadrukt.', expected: [] },
  { text: 'Reflectie: bij ons duurde het ook maanden voordat leerplicht en wijkteam samen aan tafel zaten.', expected: [] },
  { text: 'Les: vraag het kind zelf. Toen we dat deden, bleek ze vooral weer op dansles te willen, op woensdag van vier tot vijf.', expected: [] },
  { text: 'Reactie: wij hebben in groep 6 de film Inside Out gekeken om over boosheid en verdriet te praten. Aanrader.', expected: [] },
  { text: 'Geoogst: een gezinsplan volgens Signs of Safety met de drie kolommen, samen met ouders ingevuld, werkt beter dan een rapport van twintig pagina\'s.', expected: [] },
  { text: 'Reflectie: ik herken veel van dit verhaal; de overgang naar het vo was voor onze leerling ook het breekpunt.', expected: [] },
  { text: 'Les uit de sessie: een gezamenlijk plan is pas gezamenlijk als de ouders het ook zo voelen.', expected: [] },

  // 6. Session summaries by the facilitator, with agreements
  { text: 'Samenvatting: de zorg rond het meisje (12) is vooral dat ze thuis de zorg voor haar zieke moeder draagt. Afspraak: de inbrenger belt de mantelzorgconsulent.', expected: [] },
  { text: 'Afspraken: de IB\'er neemt contact op met vader, het wijkteam met de school. We evalueren over zes weken.', expected: [] },
  { text: 'Verslag sessie. Aanwezig: de IB\'er, een medewerker van het wijkteam, de leerplichtambtenaar en ik als gespreksleider.', expected: [] },
  { text: 'De inbrenger gaat in gesprek met moeder over de aanmelding bij de kinder- en jeugdpsychiatrie.', expected: [] },
  { text: 'Samenvatting: een jongen met veel kwaliteiten die op school vastloopt. Het netwerk adviseert een plek in het praktijkonderwijs.', expected: [] },
  { text: 'Wie doet wat: de IB\'er stuurt het OPP door, de zorgcoördinator plant het MDO, ouders krijgen een uitnodiging.', expected: [] },
  { text: 'Actiepunt: contact met de begeleider vanuit de gehandicaptenzorg, uiterlijk vrijdag.', expected: [] },
  { text: 'Conclusie: de veiligheid is op dit moment voldoende, maar er blijft zorg over de nachten bij vader.', expected: [] },
  { text: 'Afspraak: de gespreksleider zoekt uit of het gezin recht heeft op een tolk; kosten zijn ongeveer € 45 per half uur.', expected: [] },
  { text: 'Samenvatting voor de inbrenger: je maakt je terecht zorgen. Het advies is om binnen twee weken advies te vragen bij Veilig Thuis.', expected: [] },
  { text: 'Vervolg: in maart, na de Ramadan, komen we terug op de casus; de inbrenger bereidt een korte update voor.', expected: [] },
  { text: 'Afspraken: de mentor neemt contact op met ouders, de zorgcoördinator vraagt een consult aan bij de GGD en het UWV over de bijbaan.', expected: [] },
  { text: 'Samenvatting: moeder wil hulp, maar niet van een instantie die ze niet kent. Iemand van de moskee kan bemiddelen.', expected: [] },
  { text: 'Wie doet wat: de consulent van de gemeente regelt de vervoersindicatie, school zorgt dat de taxi om 8.15 uur bij de ingang staat.', expected: [] },
  { text: 'Kern van de sessie: er is te veel hulp rond dit gezin en niemand heeft de regie. Het advies is één plan volgens Signs of Safety.', expected: [] },
  { text: 'Afspraak: de inbrenger stuurt het verslag naar de ouders en naar de jeugdarts, na akkoord van moeder.', expected: [] },
  { text: 'Samenvatting: de situatie is stabiel sinds hij bij zijn opa en oma woont. De OTS loopt door tot het najaar; geen nieuwe acties nodig.', expected: [] },
  { text: 'Actie: de IB\'er vraagt het dossier op bij de vorige school, met toestemming van ouders.', expected: [] },
  { text: 'Samenvatting: de baby is sinds de zomer niet meer gezien op het consultatiebureau. Afspraak: de jeugdverpleegkundige doet een huisbezoek.', expected: [] },
  { text: 'Wie doet wat: de gezinsvoogd vraagt of het meisje een weekend per maand bij haar nicht mag logeren.', expected: [] },
  { text: 'Samenvatting: de inbrenger voelt zich gesteund. Afspraak: binnen een maand een tweede sessie, met moeder erbij.', expected: [] },
];
