// The sample article behind the "Try a sample" button. Written for abridge;
// dedicated to the public domain (CC0 1.0). It is fiction: the town, the
// people and the numbers are made up.
export const SAMPLE = `Harbour town lends drills, tents and sewing machines like library books

Kestrel Bay's public library opened a "library of things" on Saturday, lending more than 400 tools and household items to anyone with a library card.

The collection fills a former storeroom behind the reading room. Its shelves hold cordless drills, ladders, camping tents, a pressure washer, sewing machines, a telescope and two karaoke sets. Items are borrowed for a week and can be renewed once, exactly like books.

Librarian Ines Marr said the idea came from residents who kept asking whether the library could lend "something you only need twice a year". A survey last spring found that most households in the town owned a drill, but that the average drill was used for less than fifteen minutes in its lifetime.

"People do not want a drill, they want a hole in the wall," Marr said. "We would rather one good drill went round the whole street than forty cheap ones sat in forty cupboards."

Most of the items were donated after an appeal in the autumn. Volunteers from the town's repair café checked each one, replaced worn cables and wrote short instruction cards that now hang from every handle.

Borrowing is free. Late returns cost nothing either, although the library sends a reminder after three days, and a borrower who loses an item is asked to replace it or pay half its value.

On the first morning, 63 items went out before lunch. The carpet cleaner and the wallpaper steamer were reserved for the rest of the month within an hour of opening.

The council has promised to review the scheme in a year. If it works, the library wants to add garden tools and a small bicycle workshop next spring, and it is already looking for volunteers who can sharpen a lawnmower blade.
`;
