// xhr2 ships no types; the tests only hand its constructor to botframework-directlinejs as a global.
declare module 'xhr2' {
  const XMLHttpRequest: unknown;
  export default XMLHttpRequest;
}
