// stopword ships no types; presser uses only its English list.
declare module 'stopword' {
  export const eng: string[];
}
