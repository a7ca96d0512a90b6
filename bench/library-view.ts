// The library view's figures (first frame warm, typing in its search); filled in with the view.
export async function libraryView(_libs: { name: string; dir: string; env: NodeJS.ProcessEnv }[], _bareMs: number): Promise<void> {
  console.log('library view: not measured yet');
}
