// Handy facts about the sample data for tests.
export const demo = (key: string) => `${key}@chauthanh.demo`;
export const COMMUNE_KEYS = ['ttchauthanh', 'anhiep', 'anninh', 'hodackien', 'phutam', 'phutan', 'thienmy', 'thuanhoa'];
