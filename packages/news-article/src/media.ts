/**
 * A picture, video, audio clip or graphic that goes with the article, with its caption, credit and
 * files. ninjs: `associations[]` (items whose `type` is picture, video, audio or graphic) ·
 * schema.org: `image`, `video`, `associatedMedia` (`ImageObject`, `VideoObject`) · NewsML-G2:
 * `link`, `remoteContent`.
 */
export interface MediaObject {
  /** What kind of media it is. ninjs: `type` · schema.org: `@type`. */
  type: "picture" | "video" | "audio" | "graphic";
  /**
   * The media item's id. ninjs: `uri` · schema.org: `@id`.
   * @format uri
   */
  id?: string;
  /**
   * Where the media can be fetched, when it is one file. schema.org: `contentUrl`, `url`.
   * @format uri
   */
  url?: string;
  /** The name of the association, e.g. `a001` or `featureimage`. ninjs: `associations[].name`. */
  name?: string;
  /** How the media relates to the article. ninjs: `associations[].rel`. */
  rel?: string;
  /** The media's own headline or title. ninjs: `headlines[]` · schema.org: `name`. */
  headline?: string;
  /** The caption as written. ninjs: `descriptions[]` · schema.org: `caption` · NewsML-G2: `description@role=caption`. */
  caption?: string;
  /** A text alternative for readers who cannot see it. ninjs: `descriptions[role=alt]` · HTML: `alt`. */
  altText?: string;
  /** Who made it, as written, e.g. `Karl Melander/TT`. ninjs: `by` · schema.org: `creator` · NewsML-G2: `by`. */
  by?: string;
  /** The credit line, e.g. `Photo: Reuters`. schema.org: `creditText` · NewsML-G2: `creditline`. */
  credit?: string;
  /** Who holds its copyright. ninjs: `copyrightHolder` · schema.org: `copyrightHolder`. */
  copyrightHolder?: string;
  /** Whether the association is the full item or a part of it. ninjs: `representationType`. */
  representation?: "full" | "partial";
  /** The files it comes in: sizes and formats. ninjs: `renditions[]` · schema.org: `associatedMedia` · NewsML-G2: `remoteContent`. */
  renditions?: Rendition[];
}

/**
 * One file of a media object: a size, format or resolution.
 * ninjs: `renditions[]` · schema.org: `MediaObject` · NewsML-G2: `remoteContent`.
 */
export interface Rendition {
  /** Its name among the renditions, e.g. `thumbnail`. ninjs: `renditions[].name`. */
  name?: string;
  /** A title for the link, e.g. `Hires`. ninjs: `renditions[].title`. */
  title?: string;
  /**
   * Where the file is. ninjs: `renditions[].href` · schema.org: `contentUrl`.
   * @format uri
   */
  href?: string;
  /** The IANA media type, e.g. `image/jpeg`. ninjs: `renditions[].contentType` · schema.org: `encodingFormat`. */
  contentType?: string;
  /**
   * The width in pixels. ninjs: `renditions[].width` · schema.org: `width`.
   * @TJS-type integer
   * @minimum 0
   */
  width?: number;
  /**
   * The height in pixels. ninjs: `renditions[].height` · schema.org: `height`.
   * @TJS-type integer
   * @minimum 0
   */
  height?: number;
  /**
   * The file's size in bytes. ninjs: `renditions[].sizeInBytes` · schema.org: `contentSize`.
   * @TJS-type integer
   * @minimum 0
   */
  sizeInBytes?: number;
  /**
   * The running time in seconds. ninjs: `renditions[].duration` · schema.org: `duration`.
   * @minimum 0
   */
  duration?: number;
}
