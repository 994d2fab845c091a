/**
 * Month and weekday names as Intl prints them (generated from Node 20.20.2, ICU 78.2,
 * CLDR 48.0 by test/parse/date-name-table.generate.ts; do not edit by hand, add hand spellings in
 * date-names.ts). Keys are normalized with `nameKey` (lower case, no diacritics or abbreviation dots).
 *
 * MONTH_NAMES rows: language, calendar, then the months 1…12 separated by `|`; each month lists its long
 * names (standalone and in-date/genitive), then after `/` its short ones, comma-separated.
 * WEEKDAY_NAMES: the words of each language's weekday names, long and short.
 */
import type { NameCalendar } from './date-names';

export const MONTH_NAMES: ReadonlyArray<readonly [language: string, calendar: NameCalendar, months: string]> = [
  ['en', 'gregory', 'january/jan|february/feb|march/mar|april/apr|may|june/jun|july/jul|august/aug|september/sep,sept|october/oct|november/nov|december/dec'],
  ['de', 'gregory', 'januar,janner/jan|februar/feb|marz/mar|april/apr|mai|juni/jun|juli/jul|august/aug|september/sep,sept|oktober/okt|november/nov|dezember/dez'],
  ['fr', 'gregory', 'janvier/janv|fevrier/fevr|mars|avril/avr|mai|juin|juillet/juil,juill|aout|septembre/sept|octobre/oct|novembre/nov|decembre/dec'],
  ['es', 'gregory', 'enero/ene|febrero/feb|marzo/mar|abril/abr|mayo/may|junio/jun|julio/jul|agosto/ago|septiembre/sept,sep|octubre/oct|noviembre/nov|diciembre/dic'],
  ['pt', 'gregory', 'janeiro/jan|fevereiro/fev|marco/mar|abril/abr|maio/mai|junho/jun|julho/jul|agosto/ago|setembro/set|outubro/out|novembro/nov|dezembro/dez'],
  ['it', 'gregory', 'gennaio/gen|febbraio/feb|marzo/mar|aprile/apr|maggio/mag|giugno/giu|luglio/lug|agosto/ago|settembre/set|ottobre/ott|novembre/nov|dicembre/dic'],
  ['nl', 'gregory', 'januari/jan|februari/feb|maart/mrt|april/apr|mei|juni/jun|juli/jul|augustus/aug|september/sep|oktober/okt|november/nov|december/dec'],
  ['tr', 'gregory', 'ocak/oca|subat/sub|mart/mar|nisan/nis|mayis/may|haziran/haz|temmuz/tem|agustos/agu|eylul/eyl|ekim/eki|kasim/kas|aralik/ara'],
  ['id', 'gregory', 'januari/jan|februari/feb|maret/mar|april/apr|mei|juni/jun|juli/jul|agustus/agu|september/sep|oktober/okt|november/nov|desember/des'],
  ['pl', 'gregory', 'styczen,stycznia/sty|luty,lutego/lut|marzec,marca/mar|kwiecien,kwietnia/kwi|maj,maja|czerwiec,czerwca/cze|lipiec,lipca/lip|sierpien,sierpnia/sie|wrzesien,wrzesnia/wrz|pazdziernik,pazdziernika/paz|listopad,listopada/lis|grudzien,grudnia/gru'],
  ['ru', 'gregory', 'январь,января/янв|февраль,февраля/февр|март,марта/мар|апрель,апреля/апр|маи,мая|июнь,июня/июн|июль,июля/июл|август,августа/авг|сентябрь,сентября/сент|октябрь,октября/окт|ноябрь,ноября/нояб|декабрь,декабря/дек'],
  ['uk', 'gregory', 'січень,січня/січ|лютии,лютого/лют|березень,березня/бер|квітень,квітня/квіт|травень,травня/трав|червень,червня/черв|липень,липня/лип|серпень,серпня/серп|вересень,вересня/вер|жовтень,жовтня/жовт|листопад,листопада/лист|грудень,грудня/груд'],
  ['he', 'gregory', 'ינואר,בינואר/ינו,בינו|פברואר,בפברואר/פבר,בפבר|מרץ,במרץ|אפריל,באפריל/אפר,באפר|מאי,במאי|יוני,ביוני|יולי,ביולי|אוגוסט,באוגוסט/אוג,באוג|ספטמבר,בספטמבר/ספט,בספט|אוקטובר,באוקטובר/אוק,באוק|נובמבר,בנובמבר/נוב,בנוב|דצמבר,בדצמבר/דצמ,בדצמ'],
  ['hi', 'gregory', 'जनवरी/जन|फरवरी/फर|मार्च|अप्रैल|मई|जून|जुलाई/जुल|अगस्त/अग|सितंबर/सित|अक्टूबर/अक्टू|नवंबर/नव|दिसंबर/दिस'],
  ['th', 'gregory', 'มกราคม/มค|กุมภาพันธ์/กพ|มีนาคม/มีค|เมษายน/เมย|พฤษภาคม/พค|มิถุนายน/มิย|กรกฎาคม/กค|สิงหาคม/สค|กันยายน/กย|ตุลาคม/ตค|พฤศจิกายน/พย|ธันวาคม/ธค'],
  ['fa', 'gregory', 'ژانویه|فوریه|مارس|اوریل|مه|ژوین|ژوییه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر'],
  ['fa', 'persian', 'فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|ابان|اذر|دی|بهمن|اسفند'],
  ['fa', 'islamic', 'محرم|صفر|ربیعالاول|ربیعالثانی|جمادیالاول|جمادیالثانی|رجب|شعبان|رمضان|شوال|ذیقعده|ذیحجه'],
  ['ar', 'gregory', 'ینایر,کانون الثانی,جانفی|فبرایر,شباط,فیفری|مارس,اذار|ابریل,نیسان,افریل|مایو,ایار,مای|یونیو,حزیران,جوان|یولیو,تموز,یولیوز,جویلیه|اغسطس,اب,غشت,اوت|سبتمبر,ایلول,شتنبر|اکتوبر,تشرین الاول|نوفمبر,تشرین الثانی,نونبر|دیسمبر,کانون الاول,دجنبر'],
  ['ar', 'islamic', 'محرم|صفر|ربیع الاول|ربیع الاخر|جمادی الاولی|جمادی الاخره|رجب|شعبان|رمضان|شوال|ذو القعده|ذو الحجه'],
];

export const WEEKDAY_NAMES: Readonly<Record<string, string>> = {
  en: 'sunday,monday,tuesday,wednesday,thursday,friday,saturday,sun,mon,tue,wed,thu,fri,sat',
  de: 'sonntag,montag,dienstag,mittwoch,donnerstag,freitag,samstag,so,mo,di,mi,do,fr,sa',
  fr: 'dimanche,lundi,mardi,mercredi,jeudi,vendredi,samedi,dim,lun,mar,mer,jeu,ven,sam',
  es: 'domingo,lunes,martes,miercoles,jueves,viernes,sabado,dom,lun,mar,mie,jue,vie,sab',
  pt: 'domingo,segunda,feira,terca,quarta,quinta,sexta,sabado,dom,seg,ter,qua,qui,sex,sab',
  it: 'domenica,lunedi,martedi,mercoledi,giovedi,venerdi,sabato,dom,lun,mar,mer,gio,ven,sab',
  nl: 'zondag,maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zo,ma,di,wo,do,vr,za',
  tr: 'pazar,pazartesi,sali,carsamba,persembe,cuma,cumartesi,paz,pzt,sal,car,per,cum,cmt',
  id: 'minggu,senin,selasa,rabu,kamis,jumat,sabtu,min,sen,sel,rab,kam,jum,sab',
  pl: 'niedziela,poniedziałek,wtorek,sroda,czwartek,piatek,sobota,niedz,pon,wt,sr,czw,pt,sob',
  ru: 'воскресенье,понедельник,вторник,среда,четверг,пятница,суббота,вс,пн,вт,ср,чт,пт,сб',
  uk: 'неділя,понеділок,вівторок,середа,четвер,пʼятниця,субота,нд,пн,вт,ср,чт,пт,сб',
  he: 'יום,ראשון,שני,שלישי,רביעי,חמישי,שישי,שבת,א,ב,ג,ד,ה,ו',
  hi: 'रविवार,सोमवार,मंगलवार,बुधवार,गुरुवार,शुक्रवार,शनिवार,रवि,सोम,मंगल,बुध,गुरु,शुक्र,शनि',
  th: 'วันอาทิตย์,วันจันทร์,วันอังคาร,วันพุธ,วันพฤหัสบดี,วันศุกร์,วันเสาร์,อาทิตย์,จันทร์,อังคาร,พุธ,พฤหัส,ศุกร์,เสาร์',
  fa: 'یکشنبه,دوشنبه,سهشنبه,چهارشنبه,پنجشنبه,جمعه,شنبه',
  ar: 'الاحد,الاثنین,الثلاثاء,الاربعاء,الخمیس,الجمعه,السبت',
  ja: '日曜日,月曜日,火曜日,水曜日,木曜日,金曜日,土曜日,日,月,火,水,木,金,土',
  ko: '일요일,월요일,화요일,수요일,목요일,금요일,토요일,일,월,화,수,목,금,토',
  zh: '星期日,星期一,星期二,星期三,星期四,星期五,星期六,周日,周一,周二,周三,周四,周五,周六,週日,週一,週二,週三,週四,週五,週六',
  vi: 'chu,nhat,thu,hai,ba,tu,nam,sau,bay,cn',
};
