// The frame decoders the live device sessions use, for `tend decode` (the CLI reaches
// native/ through the core, like every host: eslint.config.js).
export { decodeCharacteristic, isDecodeError, parseHex } from '../../native/profiles/index';
export { decodeManufacturerData, decodeServiceData, type AdvertOptions } from '../../native/profiles/advertisements/index';
