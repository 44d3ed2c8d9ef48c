/**
 * Reads the `export const meta = {…}` of an MDX page from its source, without running it: the value must be
 * written as plain JSON-like literals (strings, numbers, booleans, null, arrays and objects), which is all a
 * page's metadata needs, and anything else is refused with the reason.
 */
import { createProcessor } from "@mdx-js/mdx";

type EstreeNode = { type: string; [key: string]: unknown };

function literalValue(node: EstreeNode): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "ArrayExpression":
      return (node.elements as EstreeNode[]).map(literalValue);
    case "ObjectExpression":
      return Object.fromEntries(
        (node.properties as EstreeNode[]).map((property) => {
          const key = property.key as EstreeNode;
          if (property.type !== "Property" || property.computed) throw new Error("`meta` has a computed key");
          return [key.type === "Identifier" ? key.name : String(key.value), literalValue(property.value as EstreeNode)];
        }),
      );
    default:
      throw new Error(`\`meta\` holds a ${node.type}; write it with plain literals`);
  }
}

/** The value of the page's `meta` export, or undefined when it has none. */
export function metaExport(source: string): unknown {
  const tree = createProcessor().parse(source) as unknown as {
    children: { type: string; data?: { estree?: { body: EstreeNode[] } } }[];
  };
  for (const node of tree.children) {
    for (const statement of node.type === "mdxjsEsm" ? (node.data?.estree?.body ?? []) : []) {
      const declaration = statement.declaration as EstreeNode | null | undefined;
      if (statement.type !== "ExportNamedDeclaration" || declaration?.type !== "VariableDeclaration") continue;
      for (const declarator of declaration.declarations as EstreeNode[]) {
        const id = declarator.id as EstreeNode;
        if (id.type === "Identifier" && id.name === "meta") return literalValue(declarator.init as EstreeNode);
      }
    }
  }
  return undefined;
}
